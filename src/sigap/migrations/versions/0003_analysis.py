"""Corrections of analyses by people.

Revision ID: 0003_analysis
Revises: 0002_ingest
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sigap.models.base

revision = "0003_analysis"
down_revision = "0002_ingest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("at", sigap.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=True),
        sa.Column("tone", sa.String(length=10), nullable=True),
        sa.Column("issues", sa.JSON(), nullable=True),
        sa.Column("units", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_correction_item_id_item"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["user_account.id"], name=op.f("fk_correction_user_id_user_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction")),
    )
    op.create_index(op.f("ix_correction_item_id"), "correction", ["item_id"], unique=False)
    op.create_index(op.f("ix_correction_at"), "correction", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_correction_at"), table_name="correction")
    op.drop_index(op.f("ix_correction_item_id"), table_name="correction")
    op.drop_table("correction")
