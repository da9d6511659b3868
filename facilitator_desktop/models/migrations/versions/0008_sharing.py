"""sharing a group with co-facilitators: row uuids, identity, keys, outbox and sync state

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 02:00:00

Every row that can be shared gets a uuid (the id it carries on every laptop; local integer
ids differ), backfilled here for what an older version stored. Notes get the "for
co-facilitators" flag (off: nothing written before is shared). The sync_* tables hold the
facilitator's identity, shared groups, keys, the outbox and the replication state; the
outbox triggers are created last (models/sync_triggers.py). Sealed values (private keys,
group keys, the server password, a conflict's other value) are only ever written after an
unlock: migrations never hold the key.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

from facilitator_desktop.models import sync_triggers

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

WITH_UUID = (
    "groups",
    "members",
    "sessions",
    "session_events",
    "turns",
    "rule_sets",
    "rule_cards",
    "acknowledgements",
    "session_notes",
    "note_addenda",
    "checkin_scores",
    "notes",
)
BACKFILL_BATCH = 5000


def _backfill(table: str) -> None:
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM {table} WHERE uuid IS NULL"))]
    update = sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id")
    for start in range(0, len(ids), BACKFILL_BATCH):
        chunk = ids[start : start + BACKFILL_BATCH]
        bind.execute(update, [{"uuid": str(uuid.uuid4()), "id": row_id} for row_id in chunk])


def _sync_tables() -> None:
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("wrap_public", sa.LargeBinary(), nullable=False),
        sa.Column("sign_public", sa.LargeBinary(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("secret_ct", sa.LargeBinary(), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_identity")),
    )
    op.create_table(
        "sync_server",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("dbname", sa.String(length=63), nullable=False),
        sa.Column("role", sa.String(length=63), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("password_ct", sa.LargeBinary(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_server")),
    )
    op.create_table(
        "sync_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_uuid", sa.String(length=36), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("chain", sa.LargeBinary(), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.Column("first_sync_done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_sync_groups_group_id_groups"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_groups")),
        sa.UniqueConstraint("group_id", name=op.f("uq_sync_groups_group_id")),
        sa.UniqueConstraint("group_uuid", name=op.f("uq_sync_groups_group_uuid")),
    )
    group_fk = (
        sa.ForeignKeyConstraint,
        ["shared_group_id"],
        ["sync_groups.id"],
    )

    def shared_group_fk(table: str) -> sa.ForeignKeyConstraint:
        constraint, columns, refs = group_fk
        return constraint(
            columns,
            refs,
            name=op.f(f"fk_{table}_shared_group_id_sync_groups"),
            ondelete="CASCADE",
        )

    op.create_table(
        "sync_group_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shared_group_id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("key_ct", sa.LargeBinary(), nullable=False),
        shared_group_fk("sync_group_keys"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_group_keys")),
        sa.UniqueConstraint(
            "shared_group_id", "epoch", name=op.f("uq_sync_group_keys_shared_group_id")
        ),
    )
    op.create_table(
        "sync_peers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shared_group_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("wrap_public", sa.LargeBinary(), nullable=False),
        sa.Column("sign_public", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_upto", sa.Integer(), nullable=True),
        shared_group_fk("sync_peers"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peers")),
        sa.UniqueConstraint(
            "shared_group_id", "device_id", name=op.f("uq_sync_peers_shared_group_id")
        ),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("row_id2", sa.Integer(), nullable=True),
        sa.Column("row_key", sa.String(length=80), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("decided", sa.Boolean(), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_group", ["group_id", "id"], unique=False)
    op.create_table(
        "sync_sent",
        sa.Column("shared_group_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded", sa.Boolean(), nullable=False),
        shared_group_fk("sync_sent"),
        sa.PrimaryKeyConstraint("shared_group_id", "seq", name=op.f("pk_sync_sent")),
    )
    op.create_table(
        "sync_cursors",
        sa.Column("shared_group_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_digest", sa.LargeBinary(), nullable=False),
        shared_group_fk("sync_cursors"),
        sa.PrimaryKeyConstraint("shared_group_id", "device_id", name=op.f("pk_sync_cursors")),
    )
    op.create_table(
        "sync_rows",
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("shared_group_id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=True),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("digests", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        shared_group_fk("sync_rows"),
        sa.PrimaryKeyConstraint("tbl", "key", name=op.f("pk_sync_rows")),
    )
    op.create_table(
        "sync_facts",
        sa.Column("tbl", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("session_key", sa.String(length=36), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "key", name=op.f("pk_sync_facts")),
    )
    with op.batch_alter_table("sync_facts", schema=None) as batch_op:
        batch_op.create_index("ix_sync_facts_session", ["session_key"], unique=False)
    op.create_table(
        "sync_session_alias",
        sa.Column("alias", sa.String(length=36), nullable=False),
        sa.Column("canonical", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("alias", name=op.f("pk_sync_session_alias")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shared_group_id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("row_key", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("value_ct", sa.LargeBinary(), nullable=True),
        sa.Column("kept_device", sa.String(length=36), nullable=False),
        sa.Column("other_device", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        shared_group_fk("sync_conflicts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_table(
        "sync_problems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shared_group_id", sa.Integer(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        shared_group_fk("sync_problems"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_problems")),
    )
    op.create_table(
        "sync_apply_guard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_apply_guard")),
    )


def upgrade() -> None:
    for table in WITH_UUID:
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        _backfill(table)
        op.create_index(op.f(f"ix_{table}_uuid"), table, ["uuid"], unique=True)
    with op.batch_alter_table("notes", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("shared", sa.Boolean(), server_default="0", nullable=False))
    _sync_tables()
    for _name, sql in sync_triggers.statements():
        op.execute(sql)


def downgrade() -> None:
    for name in sync_triggers.names():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in (
        "sync_apply_guard",
        "sync_problems",
        "sync_conflicts",
        "sync_session_alias",
        "sync_facts",
        "sync_rows",
        "sync_cursors",
        "sync_sent",
        "sync_outbox",
        "sync_peers",
        "sync_group_keys",
        "sync_groups",
        "sync_server",
        "sync_identity",
    ):
        op.drop_table(table)
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_column("shared")
    for table in WITH_UUID:
        op.drop_index(op.f(f"ix_{table}_uuid"), table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("uuid")
