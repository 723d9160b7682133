"""ingest warnings: rows kept but flagged (dates outside the reference year), per submission

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_warning",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("column", sa.Text(), nullable=False),
        sa.Column("rule", sa.String(32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ingest_warning"),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submission.id"], name="fk_ingest_warning_submission_id_submission"
        ),
    )
    op.create_index("ix_ingest_warning_submission_id", "ingest_warning", ["submission_id"])


def downgrade() -> None:
    op.drop_index("ix_ingest_warning_submission_id", "ingest_warning")
    op.drop_table("ingest_warning")
