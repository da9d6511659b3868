"""The storage layer's one-off set-up, done ahead of the first query.

ui/start_preload calls `warm_up` on its thread while the unlock window waits, so unlocking
pays for none of it (and ui/ itself never imports SQLAlchemy).
"""

from __future__ import annotations

import sqlalchemy.dialects.sqlite  # noqa: F401 - the dialect the first engine loads
from sqlalchemy.orm import configure_mappers

from facilitator_desktop.models.migrate import known_revisions


def warm_up() -> None:
    configure_mappers()  # otherwise done by the first query after the passphrase
    known_revisions()  # the migration scripts, read once per run
