"""Ingest: run history per source, indexes for sightings by source and due sources.

Revision ID: 0002_ingest
Revises: 0001_core
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sigap.models.base

revision = "0002_ingest"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sigap.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sigap.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"], name=op.f("fk_ingest_run_source_id_source"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_run")),
    )
    with op.batch_alter_table("ingest_run", schema=None) as batch_op:
        batch_op.create_index("ix_ingest_run_source_started", ["source_id", "started_at"], unique=False)
    with op.batch_alter_table("item_sighting", schema=None) as batch_op:
        batch_op.create_index("ix_item_sighting_source_id", ["source_id"], unique=False)
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index("ix_source_enabled_next_due", ["enabled", "next_due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index("ix_source_enabled_next_due")
    with op.batch_alter_table("item_sighting", schema=None) as batch_op:
        batch_op.drop_index("ix_item_sighting_source_id")
    with op.batch_alter_table("ingest_run", schema=None) as batch_op:
        batch_op.drop_index("ix_ingest_run_source_started")
    op.drop_table("ingest_run")
