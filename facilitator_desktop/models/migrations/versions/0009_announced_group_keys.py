"""a removal names the new epoch and a check of its key

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 16:00:00

`sync_peers.removed_epoch` and `removed_key_check`: the epoch a co-facilitator's removal
began and a public check of that epoch's key (HMAC-SHA256 under the key; it reveals nothing
of the key and names no one), so both are plain. Removals an older version recorded have
neither: the laptop that made them holds the key already.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_peers") as batch:
        batch.add_column(sa.Column("removed_epoch", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("removed_key_check", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_peers") as batch:
        batch.drop_column("removed_key_check")
        batch.drop_column("removed_epoch")
