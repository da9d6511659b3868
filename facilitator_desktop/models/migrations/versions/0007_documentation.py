"""session notes, check-in scores and outcome measures

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 00:47:08

Every text and score is sealed (the *_ct columns); templates, instrument definitions, the
check-in scale and whether a note is signed name nobody and stay plain.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "measure_instruments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("item_min", sa.Integer(), nullable=False),
        sa.Column("item_max", sa.Integer(), nullable=False),
        sa.Column("higher_is_worse", sa.Boolean(), nullable=False),
        sa.Column("bands_json", sa.Text(), nullable=False),
        sa.Column("reliable_change", sa.Float(), nullable=True),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_instruments")),
        sa.UniqueConstraint("key", name=op.f("uq_measure_instruments_key")),
    )
    op.create_table(
        "note_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("sections_json", sa.Text(), nullable=False),
        sa.Column("builtin_key", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_templates")),
        sa.UniqueConstraint("builtin_key", name=op.f("uq_note_templates_builtin_key")),
    )
    op.create_table(
        "checkin_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("score_ct", sa.LargeBinary(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_checkin_scores_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_checkin_scores_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_scores")),
        sa.UniqueConstraint("session_id", "member_id", name=op.f("uq_checkin_scores_session_id")),
    )
    with op.batch_alter_table("checkin_scores", schema=None) as batch_op:
        batch_op.create_index("ix_checkin_scores_member", ["member_id"], unique=False)

    op.create_table(
        "measure_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("answers_ct", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["measure_instruments.id"],
            name=op.f("fk_measure_entries_instrument_id_measure_instruments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_measure_entries_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_measure_entries_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_entries")),
    )
    with op.batch_alter_table("measure_entries", schema=None) as batch_op:
        batch_op.create_index("ix_measure_entries_member", ["member_id", "taken_on"], unique=False)

    op.create_table(
        "session_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("body_ct", sa.LargeBinary(), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_notes_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["note_templates.id"],
            name=op.f("fk_session_notes_template_id_note_templates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_notes")),
        sa.UniqueConstraint("session_id", name=op.f("uq_session_notes_session_id")),
    )
    op.create_table(
        "note_addenda",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_note_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("body_ct", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_note_addenda_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_note_id"],
            ["session_notes.id"],
            name=op.f("fk_note_addenda_session_note_id_session_notes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_addenda")),
    )
    with op.batch_alter_table("note_addenda", schema=None) as batch_op:
        batch_op.create_index("ix_note_addenda_note", ["session_note_id"], unique=False)

    op.create_table(
        "progress_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_note_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("body_ct", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_progress_entries_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_note_id"],
            ["session_notes.id"],
            name=op.f("fk_progress_entries_session_note_id_session_notes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_entries")),
        sa.UniqueConstraint(
            "session_note_id", "member_id", name=op.f("uq_progress_entries_session_note_id")
        ),
    )
    with op.batch_alter_table("progress_entries", schema=None) as batch_op:
        batch_op.create_index("ix_progress_entries_member", ["member_id"], unique=False)

    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("checkin_min", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("checkin_max", sa.Integer(), server_default="10", nullable=False)
        )
        batch_op.add_column(
            sa.Column("checkin_question", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("note_template_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_groups_note_template_id_note_templates"),
            "note_templates",
            ["note_template_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_groups_note_template_id_note_templates"), type_="foreignkey"
        )
        batch_op.drop_column("note_template_id")
        batch_op.drop_column("checkin_question")
        batch_op.drop_column("checkin_max")
        batch_op.drop_column("checkin_min")

    with op.batch_alter_table("progress_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_progress_entries_member")

    op.drop_table("progress_entries")
    with op.batch_alter_table("note_addenda", schema=None) as batch_op:
        batch_op.drop_index("ix_note_addenda_note")

    op.drop_table("note_addenda")
    op.drop_table("session_notes")
    with op.batch_alter_table("measure_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_measure_entries_member")

    op.drop_table("measure_entries")
    with op.batch_alter_table("checkin_scores", schema=None) as batch_op:
        batch_op.drop_index("ix_checkin_scores_member")

    op.drop_table("checkin_scores")
    op.drop_table("note_templates")
    op.drop_table("measure_instruments")
