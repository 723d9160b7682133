"""Engine creation and schema migrations (Alembic, run programmatically)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from rapporteur.errors import BadOption

MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(url: str, base: Path) -> str:
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:":
        db = Path(u.database)
        if not db.is_absolute():
            u = u.set(database=str(base / db))
    return u.render_as_string(hide_password=False)


BACKENDS = ("sqlite", "postgresql")


def check_url(url: str) -> None:
    """A database URL Rapporteur can use, else a UserError naming the fix."""
    try:
        u = make_url(url)
    except Exception:
        raise BadOption(
            "--database is not a database URL; use e.g. sqlite:///rapporteur.db or "
            "postgresql+psycopg://user@host/dbname"
        ) from None
    if u.get_backend_name() not in BACKENDS:
        raise BadOption(
            f"--database: the {u.get_backend_name()} backend is not supported; "
            "use sqlite:///… or postgresql+psycopg://…"
        )
    if u.get_backend_name() == "postgresql" and u.get_driver_name() not in ("psycopg", "postgresql"):
        raise BadOption("--database: use the psycopg 3 driver, postgresql+psycopg://…")


def engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "postgresql" and u.get_driver_name() == "postgresql":
        u = u.set(drivername="postgresql+psycopg")  # psycopg 3, not the psycopg2 default
    eng = create_engine(u)
    if eng.dialect.name == "sqlite":

        @event.listens_for(eng, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    return eng


def _alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str) -> None:
    """Bring the database to the latest schema revision."""
    command.upgrade(_alembic_config(url), "head")


def is_current(eng: Engine) -> bool:
    head = ScriptDirectory.from_config(
        _alembic_config(eng.url.render_as_string(hide_password=False))
    ).get_current_head()
    with eng.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head
