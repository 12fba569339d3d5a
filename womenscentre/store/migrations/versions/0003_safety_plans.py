"""Safety plans with their versions, her list of people and services, and risk records.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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
        "safety_plans",
        *_sealed_columns(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("people.id"), nullable=False),
    )
    op.create_index("ix_safety_plans_person_id", "safety_plans", ["person_id"])
    op.create_table(
        "safety_plan_versions",
        *_sealed_columns(),
        sa.Column("plan_id", sa.String(36), sa.ForeignKey("safety_plans.id"), nullable=False),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("author_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.UniqueConstraint("plan_id", "number", name="uq_safety_plan_versions_plan_id"),
    )
    op.create_index("ix_safety_plan_versions_plan_id", "safety_plan_versions", ["plan_id"])
    op.create_table(
        "support_lists",
        *_sealed_columns(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("people.id"), nullable=False),
        sa.UniqueConstraint("person_id", name="uq_support_lists_person_id"),
    )
    op.create_table(
        "risk_records",
        *_sealed_columns(),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("author_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
    )
    op.create_index("ix_risk_records_person_id", "risk_records", ["person_id"])


def downgrade() -> None:
    for table in ("risk_records", "support_lists", "safety_plan_versions", "safety_plans"):
        op.drop_table(table)
