"""The first schema: keys, users, people, cases, session notes and the audit chain.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _sealed_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(20), nullable=False),
        sa.Column("updated_at", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("purge_after", sa.String(10), nullable=True),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("role_signature", sa.LargeBinary, nullable=False),
        sa.Column("must_change_passphrase", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(20), nullable=False),
        sa.Column("updated_at", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "key_slots",
        sa.Column("holder_id", sa.String(36), primary_key=True),
        sa.Column("kdf_params", sa.String, nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("sealed_private", sa.LargeBinary, nullable=False),
        sa.Column("updated_at", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "key_grants",
        sa.Column("key_id", sa.String(16), primary_key=True),
        sa.Column("holder_id", sa.String(36), primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.String(20), nullable=False),
    )
    op.create_table("people", *_sealed_columns())
    op.create_table(
        "cases",
        *_sealed_columns(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("people.id"), nullable=False),
    )
    op.create_index("ix_cases_person_id", "cases", ["person_id"])
    op.create_table(
        "session_notes",
        *_sealed_columns(),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("author_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
    )
    op.create_index("ix_session_notes_case_id", "session_notes", ["case_id"])
    op.create_index("ix_session_notes_person_id", "session_notes", ["person_id"])
    op.create_table(
        "note_addenda",
        *_sealed_columns(),
        sa.Column("note_id", sa.String(36), sa.ForeignKey("session_notes.id"), nullable=False),
        sa.Column("author_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
    )
    op.create_index("ix_note_addenda_note_id", "note_addenda", ["note_id"])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("ts", sa.String(20), nullable=False),
        sa.Column("actor_id", sa.String(36), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=True),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("details", sa.LargeBinary, nullable=False),
        sa.Column("prev_mac", sa.LargeBinary, nullable=False),
        sa.Column("mac", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "audit_log",
        "note_addenda",
        "session_notes",
        "cases",
        "people",
        "key_grants",
        "key_slots",
        "users",
        "meta",
    ):
        op.drop_table(table)
