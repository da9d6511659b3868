"""a group's handout language

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 10:00:00

Plain text: a language code such as "pl" or "pt_BR", or "" for the app's own language
(every group an older version made). It names no one, so it is not sealed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.add_column(
            sa.Column("handout_language", sa.String(length=16), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("handout_language")
