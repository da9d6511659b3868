"""key fingerprint, maintenance jobs, sealed group description and settings

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:50:00

The data itself is sealed after unlock (migrations never hold the key): a description an
older version stored in plain form is sealed and blanked at the first unlock.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workspace_meta") as batch:
        batch.add_column(sa.Column("key_id", sa.LargeBinary(length=16), nullable=True))
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("rev", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("description_ct", sa.LargeBinary(), nullable=True))
    op.create_table(
        "maintenance_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("payload_ct", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_jobs")),
    )
    op.create_table(
        "sealed_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("value_ct", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sealed_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_sealed_settings_key")),
    )


def downgrade() -> None:
    op.drop_table("sealed_settings")
    op.drop_table("maintenance_jobs")
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("description_ct")
        batch.drop_column("rev")
    with op.batch_alter_table("workspace_meta") as batch:
        batch.drop_column("key_id")
