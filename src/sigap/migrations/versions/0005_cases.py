"""Crisis cases: case, units, timeline, TKK teams, tasks, statements, clarification links, lessons, drills

Revision ID: 0005_cases
Revises: 0004_alerts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sigap.models.base

revision = "0005_cases"
down_revision = "0004_alerts"  # lead: chain after 0004_alerts
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('crisis_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('crisis_class', sa.String(length=40), nullable=False),
    sa.Column('cluster', sa.String(length=20), nullable=False),
    sa.Column('lead_tier', sa.String(length=10), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('kanwil_id', sa.Integer(), nullable=True),
    sa.Column('alert_id', sa.Integer(), nullable=True),
    sa.Column('issues', sigap.models.base.JSONList(), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.Column('is_drill', sa.Boolean(), nullable=False),
    sa.Column('opened_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('opened_by', sa.String(length=80), nullable=False),
    sa.Column('first_mention_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('stage_changed_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recovered_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['kanwil_id'], ['kanwil.id'], name=op.f('fk_crisis_case_kanwil_id_kanwil')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_crisis_case_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_case'))
    )
    op.create_index(op.f('ix_crisis_case_alert_id'), 'crisis_case', ['alert_id'], unique=False)
    op.create_index(op.f('ix_crisis_case_is_drill'), 'crisis_case', ['is_drill'], unique=False)
    op.create_index(op.f('ix_crisis_case_kanwil_id'), 'crisis_case', ['kanwil_id'], unique=False)
    op.create_index(op.f('ix_crisis_case_opened_at'), 'crisis_case', ['opened_at'], unique=False)
    op.create_index(op.f('ix_crisis_case_stage'), 'crisis_case', ['stage'], unique=False)
    op.create_index(op.f('ix_crisis_case_unit_id'), 'crisis_case', ['unit_id'], unique=False)
    op.create_table('case_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_case_event_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_case_event_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_event'))
    )
    op.create_index(op.f('ix_case_event_at'), 'case_event', ['at'], unique=False)
    op.create_index(op.f('ix_case_event_case_id'), 'case_event', ['case_id'], unique=False)
    op.create_table('case_lesson',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('created_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_case_lesson_case_id_crisis_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_lesson'))
    )
    op.create_index(op.f('ix_case_lesson_case_id'), 'case_lesson', ['case_id'], unique=False)
    op.create_table('case_statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('reviewed_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reviewed_by', sa.String(length=80), nullable=True),
    sa.Column('approved_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('approved_by', sa.String(length=80), nullable=True),
    sa.Column('published_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('reach', sa.Integer(), nullable=True),
    sa.Column('disclosure_flags', sigap.models.base.JSONList(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_case_statement_case_id_crisis_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_statement'))
    )
    op.create_index(op.f('ix_case_statement_case_id'), 'case_statement', ['case_id'], unique=False)
    op.create_index(op.f('ix_case_statement_status'), 'case_statement', ['status'], unique=False)
    op.create_table('case_unit',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_case_unit_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_case_unit_unit_id_unit')),
    sa.PrimaryKeyConstraint('case_id', 'unit_id', name=op.f('pk_case_unit'))
    )
    op.create_index(op.f('ix_case_unit_unit_id'), 'case_unit', ['unit_id'], unique=False)
    op.create_table('drill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scenario', sa.String(length=40), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('speed', sa.Double(), nullable=False),
    sa.Column('seed', sa.Integer(), nullable=False),
    sa.Column('started_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('scenario_start', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('released', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('ended_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('score', sa.JSON(), nullable=False),
    sa.Column('started_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_drill_case_id_crisis_case'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_drill_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill'))
    )
    op.create_table('tkk_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tier', sa.String(length=10), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('kanwil_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['kanwil_id'], ['kanwil.id'], name=op.f('fk_tkk_member_kanwil_id_kanwil')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_tkk_member_unit_id_unit')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_tkk_member_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tkk_member'))
    )
    op.create_index(op.f('ix_tkk_member_kanwil_id'), 'tkk_member', ['kanwil_id'], unique=False)
    op.create_index(op.f('ix_tkk_member_tier'), 'tkk_member', ['tier'], unique=False)
    op.create_index(op.f('ix_tkk_member_unit_id'), 'tkk_member', ['unit_id'], unique=False)
    op.create_table('case_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.String(length=40), nullable=True),
    sa.Column('statement_id', sa.Integer(), nullable=True),
    sa.Column('linked_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('answered_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_case_link_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_case_link_event_id_event')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_case_link_item_id_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['statement_id'], ['case_statement.id'], name=op.f('fk_case_link_statement_id_case_statement'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_link')),
    sa.UniqueConstraint('case_id', 'event_id', name='uq_case_link_case_event'),
    sa.UniqueConstraint('case_id', 'item_id', name='uq_case_link_case_item')
    )
    op.create_index(op.f('ix_case_link_case_id'), 'case_link', ['case_id'], unique=False)
    op.create_index(op.f('ix_case_link_event_id'), 'case_link', ['event_id'], unique=False)
    op.create_index(op.f('ix_case_link_item_id'), 'case_link', ['item_id'], unique=False)
    op.create_table('case_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('assigned_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_case_member_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['tkk_member.id'], name=op.f('fk_case_member_member_id_tkk_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_member')),
    sa.UniqueConstraint('case_id', 'member_id', 'role', name='uq_case_member_case_member_role')
    )
    op.create_index(op.f('ix_case_member_case_id'), 'case_member', ['case_id'], unique=False)
    op.create_index('uq_case_member_one_spokesperson', 'case_member', ['case_id'], unique=True, sqlite_where=sa.text("role = 'juru_bicara'"), postgresql_where=sa.text("role = 'juru_bicara'"))
    op.create_table('case_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('owner_tier', sa.String(length=10), nullable=False),
    sa.Column('owner_member_id', sa.Integer(), nullable=True),
    sa.Column('due_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('done_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('done_by', sa.String(length=80), nullable=True),
    sa.Column('escalations', sa.Integer(), nullable=False),
    sa.Column('escalated_at', sigap.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_case_task_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_member_id'], ['tkk_member.id'], name=op.f('fk_case_task_owner_member_id_tkk_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_task'))
    )
    op.create_index(op.f('ix_case_task_case_id'), 'case_task', ['case_id'], unique=False)
    op.create_index(op.f('ix_case_task_due_at'), 'case_task', ['due_at'], unique=False)
    op.create_index(op.f('ix_case_task_status'), 'case_task', ['status'], unique=False)
    op.create_table('case_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('tier', sa.String(length=10), nullable=False),
    sa.Column('recipients', sigap.models.base.JSONList(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sigap.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('delivered_via', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['crisis_case.id'], name=op.f('fk_case_notice_case_id_crisis_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['case_task.id'], name=op.f('fk_case_notice_task_id_case_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_notice'))
    )
    op.create_index(op.f('ix_case_notice_case_id'), 'case_notice', ['case_id'], unique=False)


def downgrade() -> None:

    op.drop_index(op.f('ix_case_notice_case_id'), table_name='case_notice')
    op.drop_table('case_notice')
    op.drop_index(op.f('ix_case_task_status'), table_name='case_task')
    op.drop_index(op.f('ix_case_task_due_at'), table_name='case_task')
    op.drop_index(op.f('ix_case_task_case_id'), table_name='case_task')
    op.drop_table('case_task')
    op.drop_index('uq_case_member_one_spokesperson', table_name='case_member', sqlite_where=sa.text("role = 'juru_bicara'"), postgresql_where=sa.text("role = 'juru_bicara'"))
    op.drop_index(op.f('ix_case_member_case_id'), table_name='case_member')
    op.drop_table('case_member')
    op.drop_index(op.f('ix_case_link_item_id'), table_name='case_link')
    op.drop_index(op.f('ix_case_link_event_id'), table_name='case_link')
    op.drop_index(op.f('ix_case_link_case_id'), table_name='case_link')
    op.drop_table('case_link')
    op.drop_index(op.f('ix_tkk_member_unit_id'), table_name='tkk_member')
    op.drop_index(op.f('ix_tkk_member_tier'), table_name='tkk_member')
    op.drop_index(op.f('ix_tkk_member_kanwil_id'), table_name='tkk_member')
    op.drop_table('tkk_member')
    op.drop_table('drill')
    op.drop_index(op.f('ix_case_unit_unit_id'), table_name='case_unit')
    op.drop_table('case_unit')
    op.drop_index(op.f('ix_case_statement_status'), table_name='case_statement')
    op.drop_index(op.f('ix_case_statement_case_id'), table_name='case_statement')
    op.drop_table('case_statement')
    op.drop_index(op.f('ix_case_lesson_case_id'), table_name='case_lesson')
    op.drop_table('case_lesson')
    op.drop_index(op.f('ix_case_event_case_id'), table_name='case_event')
    op.drop_index(op.f('ix_case_event_at'), table_name='case_event')
    op.drop_table('case_event')
    op.drop_index(op.f('ix_crisis_case_unit_id'), table_name='crisis_case')
    op.drop_index(op.f('ix_crisis_case_stage'), table_name='crisis_case')
    op.drop_index(op.f('ix_crisis_case_opened_at'), table_name='crisis_case')
    op.drop_index(op.f('ix_crisis_case_kanwil_id'), table_name='crisis_case')
    op.drop_index(op.f('ix_crisis_case_is_drill'), table_name='crisis_case')
    op.drop_index(op.f('ix_crisis_case_alert_id'), table_name='crisis_case')
    op.drop_table('crisis_case')
