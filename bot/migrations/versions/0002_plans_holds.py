"""plans, plan items, holds, suppression; case identification and runner columns

Loose per-action approval could leave half a decision behind (approve A, reject B);
a plan is now one record that staff approve as a whole, and a case runner moves cases.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

S = sa.String


def _plan() -> None:
    op.create_table(
        'plan',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('case_id', sa.Integer(), sa.ForeignKey('dsr_case.id'), nullable=True),
        sa.Column('kind', S(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('digest', S(), nullable=False),
        sa.Column('status', S(), nullable=False),
        sa.Column('needs_approval', sa.Boolean(), nullable=False),
        sa.Column('subject_refs', sa.JSON(), nullable=True),
        sa.Column('replies', sa.JSON(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('decided_by', S(), nullable=True),
        sa.Column('reason', S(), nullable=True),
        sa.Column('executed_at', sa.DateTime(), nullable=True),
    )
    op.create_index('ix_plan_case_id', 'plan', ['case_id'])
    op.create_index('ix_plan_status', 'plan', ['status'])


def _plan_item() -> None:
    op.create_table(
        'planitem',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('plan_id', sa.Integer(), sa.ForeignKey('plan.id'), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('action', S(), nullable=False),
        sa.Column('kind', S(), nullable=False),
        sa.Column('ref', S(), nullable=False),
        sa.Column('customer_ref', S(), nullable=True),
        sa.Column('what', S(), nullable=False),
        sa.Column('reason', S(), nullable=False),
        sa.Column('until', sa.Date(), nullable=True),
        sa.Column('field', S(), nullable=True),
        sa.Column('value', S(), nullable=True),
        sa.Column('done_at', sa.DateTime(), nullable=True),
    )
    op.create_index('ix_planitem_plan_id', 'planitem', ['plan_id'])


def _hold() -> None:
    op.create_table(
        'hold',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('kind', S(), nullable=False),
        sa.Column('customer_ref', S(), nullable=True),
        sa.Column('ref', S(), nullable=False),
        sa.Column('reason', S(), nullable=False),
        sa.Column('until', sa.Date(), nullable=True),
        sa.Column('set_by', S(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.UniqueConstraint('kind', 'customer_ref', 'ref', 'reason'),
    )
    for column in ('kind', 'customer_ref', 'ref'):
        op.create_index(f'ix_hold_{column}', 'hold', [column])
    op.create_table(
        'suppression',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('address_hash', S(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
    )
    op.create_index('ix_suppression_address_hash', 'suppression', ['address_hash'], unique=True)


def _case_columns() -> None:
    with op.batch_alter_table('dsr_case') as batch:
        batch.add_column(sa.Column('subject_refs', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('sender_authenticated', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column('verify_address', S(), nullable=True))
        batch.add_column(sa.Column('verified_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('lease_until', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('run_attempts', sa.Integer(), nullable=False,
                                   server_default='0'))
        batch.add_column(sa.Column('run_error', S(), nullable=True))


def upgrade() -> None:
    op.drop_table('action')
    _plan()
    _plan_item()
    _hold()
    _case_columns()


def downgrade() -> None:
    raise NotImplementedError("dsrbot migrations only go forward")
