"""Alerts, their links and log, routing rules (with defaults), the delivery outbox, engagement snapshots

Revision ID: 0004_alerts
Revises: 0003_analysis
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import sigap.models.base

revision = "0004_alerts"
down_revision = "0003_analysis"
branch_labels = None
depends_on = None

# The routing defaults of DESIGN §3 (editable by an admin afterwards): level 1 to the unit,
# level 2 also to the Kanwil, level 3 also to Ditjen; disasters reach the Kanwil from level 1.
DEFAULT_RULES: list[dict[str, Any]] = [
    {"min_level": 1, "crisis_class": None, "tier": "upt", "channel": None, "address": None, "enabled": True,
     "description": "Level 1 Waspada: PR officers and head of the unit"},
    {"min_level": 2, "crisis_class": None, "tier": "kanwil", "channel": None, "address": None, "enabled": True,
     "description": "Level 2 Siaga: also the Kanwil"},
    {"min_level": 3, "crisis_class": None, "tier": "ditjen", "channel": None, "address": None, "enabled": True,
     "description": "Level 3 Awas: also Ditjen"},
    {"min_level": 1, "crisis_class": "bencana", "tier": "kanwil", "channel": None, "address": None,
     "enabled": True, "description": "Disasters: the Kanwil from level 1"},
]


def upgrade() -> None:
    op.create_table('alert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('run_id', sa.String(length=40), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('notified_level', sa.Integer(), nullable=False),
    sa.Column('queued_level', sa.Integer(), nullable=False),
    sa.Column('crisis_class', sa.String(length=30), nullable=False),
    sa.Column('issue', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('opened_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_item_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.Column('metrics', sa.JSON(), nullable=False),
    sa.Column('acked_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('acked_by', sa.String(length=80), nullable=True),
    sa.Column('snoozed_until', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('resolved_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert'))
    )
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_opened_at'), ['opened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_run_id'), ['run_id'], unique=False)
        batch_op.create_index('ix_alert_run_status', ['run_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_status'), ['status'], unique=False)

    op.create_table('routing_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('min_level', sa.Integer(), nullable=False),
    sa.Column('crisis_class', sa.String(length=30), nullable=True),
    sa.Column('tier', sa.String(length=20), nullable=True),
    sa.Column('channel', sa.String(length=20), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_rule'))
    )
    op.create_table('alert_event',
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alert.id'], name=op.f('fk_alert_event_alert_id_alert'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_alert_event_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('alert_id', 'event_id', name=op.f('pk_alert_event'))
    )
    with op.batch_alter_table('alert_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_event_event_id'), ['event_id'], unique=False)

    op.create_table('alert_kanwil',
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('kanwil_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alert.id'], name=op.f('fk_alert_kanwil_alert_id_alert'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['kanwil_id'], ['kanwil.id'], name=op.f('fk_alert_kanwil_kanwil_id_kanwil')),
    sa.PrimaryKeyConstraint('alert_id', 'kanwil_id', name=op.f('pk_alert_kanwil'))
    )
    with op.batch_alter_table('alert_kanwil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_kanwil_kanwil_id'), ['kanwil_id'], unique=False)

    op.create_table('alert_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alert.id'], name=op.f('fk_alert_log_alert_id_alert'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_log'))
    )
    with op.batch_alter_table('alert_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_log_alert_id'), ['alert_id'], unique=False)

    op.create_table('alert_unit',
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alert.id'], name=op.f('fk_alert_unit_alert_id_alert'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_alert_unit_unit_id_unit')),
    sa.PrimaryKeyConstraint('alert_id', 'unit_id', name=op.f('pk_alert_unit'))
    )
    with op.batch_alter_table('alert_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_unit_unit_id'), ['unit_id'], unique=False)

    op.create_table('alert_item',
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alert.id'], name=op.f('fk_alert_item_alert_id_alert'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_alert_item_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('alert_id', 'item_id', name=op.f('pk_alert_item'))
    )
    with op.batch_alter_table('alert_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_item_item_id'), ['item_id'], unique=False)

    op.create_table('delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('dedup_key', sa.String(length=200), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['alert_id'], ['alert.id'], name=op.f('fk_delivery_alert_id_alert'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_delivery_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery')),
    sa.UniqueConstraint('dedup_key', name=op.f('uq_delivery_dedup_key'))
    )
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_alert_id'), ['alert_id'], unique=False)
        batch_op.create_index('ix_delivery_status_next', ['status', 'next_attempt_at'], unique=False)

    op.create_table('engagement_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('likes', sa.Integer(), nullable=True),
    sa.Column('shares', sa.Integer(), nullable=True),
    sa.Column('comments', sa.Integer(), nullable=True),
    sa.Column('views', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_engagement_snapshot_item_id_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_engagement_snapshot')),
    sa.UniqueConstraint('item_id', 'at', name='uq_engagement_snapshot_item_at')
    )

    rules = sa.table("routing_rule", sa.column("min_level", sa.Integer), sa.column("crisis_class", sa.String),
                     sa.column("tier", sa.String), sa.column("channel", sa.String), sa.column("address", sa.Text),
                     sa.column("enabled", sa.Boolean), sa.column("description", sa.Text))
    op.bulk_insert(rules, DEFAULT_RULES)


def downgrade() -> None:
    op.drop_table('engagement_snapshot')
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.drop_index('ix_delivery_status_next')
        batch_op.drop_index(batch_op.f('ix_delivery_alert_id'))

    op.drop_table('delivery')
    with op.batch_alter_table('alert_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_item_item_id'))

    op.drop_table('alert_item')
    with op.batch_alter_table('alert_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_unit_unit_id'))

    op.drop_table('alert_unit')
    with op.batch_alter_table('alert_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_log_alert_id'))

    op.drop_table('alert_log')
    with op.batch_alter_table('alert_kanwil', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_kanwil_kanwil_id'))

    op.drop_table('alert_kanwil')
    with op.batch_alter_table('alert_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_event_event_id'))

    op.drop_table('alert_event')
    op.drop_table('routing_rule')
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_status'))
        batch_op.drop_index('ix_alert_run_status')
        batch_op.drop_index(batch_op.f('ix_alert_run_id'))
        batch_op.drop_index(batch_op.f('ix_alert_opened_at'))
        batch_op.drop_index(batch_op.f('ix_alert_key'))

    op.drop_table('alert')
