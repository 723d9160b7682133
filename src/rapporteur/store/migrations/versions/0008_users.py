"""portal users: roles, argon2 password hashes, hashed API tokens

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portal_user",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("actor_id", sa.String(64)),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("token_sha256", sa.String(64)),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("session_gen", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_portal_user"),
        sa.ForeignKeyConstraint(["actor_id"], ["actor.id"], name="fk_portal_user_actor_id_actor"),
        sa.UniqueConstraint("name", name="uq_portal_user_name"),
        sa.UniqueConstraint("token_sha256", name="uq_portal_user_token_sha256"),
    )


def downgrade() -> None:
    op.drop_table("portal_user")
