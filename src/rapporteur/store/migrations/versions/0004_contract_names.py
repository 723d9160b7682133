"""one name for one thing: total rows skipped kept with the submission; run inputs renamed

Revision ID: 0004
Revises: 0003
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_RENAMES = {"submission": "submission_id", "link_run": "link_run_id"}


def _rename(value: object, names: dict[str, str]) -> object:
    if isinstance(value, dict):
        return {names.get(k, k): _rename(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_rename(v, names) for v in value]
    return value


def _rewrite(names: dict[str, str]) -> None:
    conn = op.get_bind()
    run = sa.table("run", sa.column("id", sa.Integer), sa.column("inputs", sa.Text))
    for rid, inputs in conn.execute(sa.select(run.c.id, run.c.inputs)).all():
        new = json.dumps(_rename(json.loads(inputs), names))
        if new != inputs:
            conn.execute(run.update().where(run.c.id == rid).values(inputs=new))


def upgrade() -> None:
    with op.batch_alter_table("submission") as batch:
        batch.add_column(sa.Column("total_rows_skipped", sa.Integer(), nullable=True))
    _rewrite(_RENAMES)


def downgrade() -> None:
    _rewrite({v: k for k, v in _RENAMES.items()})
    with op.batch_alter_table("submission") as batch:
        batch.drop_column("total_rows_skipped")
