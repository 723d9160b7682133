"""Tables of the database of record (SQLAlchemy Core; portable SQL: SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

actor = Table(
    "actor",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("counting_unit", String(32), nullable=False),
    Column("record_type", String(16), nullable=False),
    Column("label_en", Text, nullable=False),
    Column("label_fr", Text, nullable=False),
    Column("label_nl", Text, nullable=False),
    Column("mapping_sha256", String(64), nullable=False),
    Column("registered_at", String(32), nullable=False),
)

submission = Table(
    "submission",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", String(64), ForeignKey("actor.id"), nullable=False),
    Column("year", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("filename", Text, nullable=False),
    Column("size_bytes", BigInteger, nullable=False),
    Column("mapping_sha256", String(64), nullable=False),
    Column("received_at", String(32), nullable=False),
    # processing | accepted | rejected | failed | duplicate | superseded | interrupted
    Column("status", String(16), nullable=False),
    Column("rows_read", Integer),
    Column("accepted", Integer),
    Column("rejected", Integer),
    Column("duplicate_of", Integer, ForeignKey("submission.id")),
    Column("superseded_by", Integer, ForeignKey("submission.id")),
    Column("error", Text),
    Column("total_rows_skipped", Integer),  # rows dropped as totals ("Total", "Totaal", …)
    # folder of the submission's record batches (Parquet) and encrypted identities, relative to
    # the workspace; set when the submission is accepted
    Column("records_path", Text),
    Index("ix_submission_actor_year", "actor_id", "year"),
)

reject = Table(
    "reject",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("submission_id", Integer, ForeignKey("submission.id"), nullable=False, index=True),
    Column("row", Integer, nullable=False),
    Column("column", Text, nullable=False),
    Column("value", Text),
    Column("rule", String(32), nullable=False),
    Column("message", Text, nullable=False),
)

ingest_warning = Table(  # a row kept but flagged (e.g. a date outside the reference year)
    "ingest_warning",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("submission_id", Integer, ForeignKey("submission.id"), nullable=False, index=True),
    Column("row", Integer, nullable=False),
    Column("column", Text, nullable=False),
    Column("rule", String(32), nullable=False),
    Column("message", Text, nullable=False),
)

policy_measure = Table(
    "policy_measure",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("area", String(32), nullable=False),
    Column("data", Text, nullable=False),
)

recommendation = Table(
    "recommendation",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("year", Integer, nullable=False),
    Column("status", String(32)),
    Column("data", Text, nullable=False),
)

run = Table(
    "run",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("stage", String(32), nullable=False),
    Column("year", Integer),
    Column("started_at", String(32), nullable=False),
    Column("code_version", String(64), nullable=False),
    Column("parameters", Text, nullable=False),
    Column("inputs", Text, nullable=False),
    Column("summary", Text),
)

judgment = Table(
    "judgment",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("year", Integer),
    Column("language", String(2)),
    Column("sha256", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("imported_at", String(32), nullable=False),
    Column("data", Text, nullable=False),  # the front matter as imported (JSON): what the analyst set
    Column("text", Text, nullable=False),
    Column("suggestions", Text),  # the classifier's latest suggestions (JSON), never merged into data
)

judgment_version = Table(
    "judgment_version",
    metadata,
    Column("judgment_id", String(128), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("imported_at", String(32), nullable=False),
    Column("data", Text, nullable=False),
    Column("text", Text, nullable=False),
)

# Clerical decisions on pairs of victim records (record ids, smaller first): "same" or "different"
link_decision = Table(
    "link_decision",
    metadata,
    Column("record_id_l", BigInteger, primary_key=True, autoincrement=False),
    Column("record_id_r", BigInteger, primary_key=True, autoincrement=False),
    Column("decision", String(16), nullable=False),
    Column("note", Text),
    Column("decided_at", String(32), nullable=False),
)

# Who did what and when (never identifiers: the command, ids and counts only).
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("os_user", Text, nullable=False),
    Column("portal_user", Text),  # set by the portal, later
    Column("command", String(64), nullable=False),
    Column("detail", Text),
    Column("outcome", String(16), nullable=False),  # ok | error
)

# Portal accounts (decision 0028): argon2 password hash, API token as its SHA-256 only; role actor
# (bound to one actor), analyst or admin; session_gen invalidates older session cookies.
portal_user = Table(
    "portal_user",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("actor_id", String(64), ForeignKey("actor.id")),
    Column("password_hash", Text, nullable=False),
    Column("token_sha256", String(64), unique=True),
    Column("lang", String(2), nullable=False),
    Column("session_gen", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
)

# Counters for ids handed out by the application (decision 0026): one row per name, incremented
# with UPDATE … RETURNING, so two writers never get the same id (the row lock on PostgreSQL, the
# write lock on SQLite) instead of reading max(id) + 1.
id_counter = Table(
    "id_counter",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)
