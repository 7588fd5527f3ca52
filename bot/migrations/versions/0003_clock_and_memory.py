"""audit hash chain, art. 19 notices, IMAP state, deadlines, purge and scrub markers

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

S = sa.String


def _audit() -> None:
    with op.batch_alter_table('auditevent') as batch:
        batch.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('details_digest', S(), nullable=True))
        batch.add_column(sa.Column('prev_hash', S(), nullable=True))
        batch.add_column(sa.Column('hash', S(), nullable=True))
        batch.add_column(sa.Column('scrubbed', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.create_index('ix_auditevent_seq', ['seq'], unique=True)
    op.create_table(
        'audithead',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('hash', S(), nullable=False),
    )


def _tables() -> None:
    op.create_table(
        'art19notice',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('plan_id', sa.Integer(), nullable=True),
        sa.Column('recipient', S(), nullable=False),
        sa.Column('address', S(), nullable=True),
        sa.Column('what', S(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('outbox_id', sa.Integer(), nullable=True),
    )
    op.create_index('ix_art19notice_case_id', 'art19notice', ['case_id'])
    op.create_index('ix_art19notice_plan_id', 'art19notice', ['plan_id'])
    op.create_table(
        'imapstate',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('mailbox', S(), nullable=False),
        sa.Column('uidvalidity', sa.Integer(), nullable=True),
        sa.Column('last_uid', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
    )
    op.create_index('ix_imapstate_mailbox', 'imapstate', ['mailbox'], unique=True)


def _columns() -> None:
    with op.batch_alter_table('inbound') as batch:
        batch.add_column(sa.Column('purged_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('outbox') as batch:
        batch.add_column(sa.Column('purged_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('dsr_case') as batch:
        batch.add_column(sa.Column('extension_reason', S(), nullable=True))
        batch.add_column(sa.Column('extension_notice_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('reminders_sent', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('requester_pseudonym', S(), nullable=True))
        batch.add_column(sa.Column('scrubbed_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('verify_message_id', S(), nullable=True))
        batch.create_index('ix_dsr_case_requester_pseudonym', ['requester_pseudonym'])


def upgrade() -> None:
    _audit()
    _tables()
    _columns()


def downgrade() -> None:
    raise NotImplementedError("dsrbot migrations only go forward")
