"""Consent to share, referral drafts, sharing decisions and export records.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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


def _person_and_author() -> list[sa.Column[object]]:
    return [
        sa.Column("person_id", sa.String(36), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("author_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "consents",
        *_sealed_columns(),
        *_person_and_author(),
        sa.Column("chain_id", sa.String(36), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.UniqueConstraint("chain_id", "number", name="uq_consents_chain_id"),
    )
    op.create_index("ix_consents_person_id", "consents", ["person_id"])
    op.create_index("ix_consents_chain_id", "consents", ["chain_id"])
    op.create_table("unsent_packs", *_sealed_columns(), *_person_and_author())
    op.create_index("ix_unsent_packs_person_id", "unsent_packs", ["person_id"])
    op.create_table(
        "sharing_decisions",
        *_sealed_columns(),
        *_person_and_author(),
        sa.Column("authoriser_id", sa.String(36), sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_index("ix_sharing_decisions_person_id", "sharing_decisions", ["person_id"])
    op.create_table(
        "exports",
        *_sealed_columns(),
        *_person_and_author(),
        sa.Column(
            "decision_id", sa.String(36), sa.ForeignKey("sharing_decisions.id"), nullable=False
        ),
        sa.UniqueConstraint("decision_id", name="uq_exports_decision_id"),
    )
    op.create_index("ix_exports_person_id", "exports", ["person_id"])


def downgrade() -> None:
    for table in ("exports", "sharing_decisions", "unsent_packs", "consents"):
        op.drop_table(table)
