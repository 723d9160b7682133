"""clerical decisions on pairs of records, which constrain the clustering of later linkages

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_decision",
        sa.Column("record_id_l", sa.BigInteger(), nullable=False, autoincrement=False),
        sa.Column("record_id_r", sa.BigInteger(), nullable=False, autoincrement=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("decided_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("record_id_l", "record_id_r", name="pk_link_decision"),
    )


def downgrade() -> None:
    op.drop_table("link_decision")
