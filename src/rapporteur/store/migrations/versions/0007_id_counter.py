"""id counters: submission ids allocated atomically instead of max(id) + 1

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "id_counter",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_id_counter"),
    )
    op.execute(
        "INSERT INTO id_counter (name, value) SELECT 'submission', COALESCE(MAX(id), 0) FROM submission"
    )


def downgrade() -> None:
    op.drop_table("id_counter")
