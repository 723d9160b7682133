"""A workspace: settings, database, archive of raw submissions, identity key, logs.

``Workspace`` is the one owner of storage: the database (engine and run table) and every
location under the workspace folder. No other module builds a workspace path by hand; this is
the seam where PostgreSQL and a shared artifact store plug in.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from rapporteur import config
from rapporteur.errors import Conflict, UserError
from rapporteur.store import db, keys, locks, recover
from rapporteur.store.runs import Runs

ENV_VAR = "RAPPORTEUR_WORKSPACE"
LINKS = "links"
RECORDS = "records"
CASELAW_INDEX = "caselaw-index"
POLICY = "policy"
NARRATIVE = "narrative"
LOGS = "logs"


class WorkspaceError(UserError):
    pass


@dataclass
class Workspace:
    path: Path
    settings: config.Settings
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return db.resolve_url(self.settings.database.url, self.path)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = db.engine(self.url)
        return self._engine

    @property
    def runs(self) -> Runs:
        """The run table: what each stage ran on which inputs, and the staleness rule."""
        return Runs(self.engine)

    # Locations. Everything a stage keeps outside the database lives under one of these.

    @property
    def archive_dir(self) -> Path:
        return self.path / self.settings.archive.path

    @property
    def mappings_dir(self) -> Path:
        return self.path / "mappings"

    def mapping_file(self, actor: str) -> Path:
        return self.mappings_dir / f"{actor}.yaml"

    @property
    def records_dir(self) -> Path:
        """Record batches (Parquet) and encrypted identities, one folder per submission."""
        return self.path / RECORDS

    def resolve(self, relative: str) -> Path:
        """A path stored in the database relative to the workspace (e.g. records_path)."""
        return self.path / relative

    def relative(self, path: Path) -> str:
        return str(path.relative_to(self.path))

    @property
    def links_dir(self) -> Path:
        return self.path / LINKS

    def link_dir(self, run_id: int) -> Path:
        """Clusters and model of one linkage run."""
        return self.links_dir / str(run_id)

    @property
    def caselaw_index_dir(self) -> Path:
        return self.path / CASELAW_INDEX

    @property
    def policy_dir(self) -> Path:
        return self.path / POLICY

    @property
    def narrative_dir(self) -> Path:
        return self.path / NARRATIVE

    def narrative_file(self, chapter: str, lang: str) -> Path:
        return self.narrative_dir / f"{chapter}.{lang}.md"

    @property
    def uploads_dir(self) -> Path:
        """Files the portal received and has not ingested yet (removed once ingested)."""
        return self.path / "portal-uploads"

    @property
    def session_key_path(self) -> Path:
        """The key signing the portal's session cookies (setting portal.session_key_file)."""
        return self.path / Path(self.settings.portal.session_key_file).expanduser()

    @property
    def logs_dir(self) -> Path:
        return self.path / LOGS

    @property
    def settings_file(self) -> Path:
        return self.path / config.SETTINGS_FILE

    @property
    def key_path(self) -> Path:
        """$RAPPORTEUR_KEY_FILE, else privacy.key_file (absolute, or relative to the workspace)."""
        env = os.environ.get(keys.ENV_VAR)
        return (
            Path(env).expanduser() if env else self.path / Path(self.settings.privacy.key_file).expanduser()
        )

    def identity_key(self) -> bytes:
        return keys.read_key(self.key_path)

    @contextmanager
    def lock(self, wait: bool = True, what: str = "a change") -> Iterator[None]:
        """Exclusive lock for work that changes the store (one ingestion at a time).

        On PostgreSQL a session advisory lock (so several machines sharing the database wait for
        each other); on SQLite a file lock next to the settings. Waits at most
        ``database.lock_timeout`` seconds, saying so on stderr once.
        """
        timeout = self.settings.database.lock_timeout if wait else 0.0
        if self.engine.dialect.name == "postgresql":
            with locks.advisory(self.engine, timeout, self._busy, self._waiting):
                yield
        else:
            with locks.file_lock(self.path / ".lock", timeout, self._busy, self._waiting):
                yield

    def _waiting(self) -> None:
        s = self.settings.database.lock_timeout
        sys.stderr.write(
            f"waiting for the workspace lock of {self.path}, held by another change "
            f"(Ctrl-C to stop; giving up after {s:g} s, setting database.lock_timeout)\n"
        )
        sys.stderr.flush()

    def _busy(self) -> Conflict:
        return Conflict(
            f"the workspace {self.path} is busy with another change; try again when it ends "
            "(or raise the setting database.lock_timeout)"
        )

    def audit(self, command: str, outcome: str) -> None:
        """One audit-log row (who, which command, when, outcome); never fails the command."""
        from rapporteur.store import audit

        try:
            audit.record(self.engine, command, None, outcome)
        except Exception:
            logging.getLogger("rapporteur").warning("audit entry for %s not written", command)

    def audit_entries(self, limit: int) -> list:
        from rapporteur.store import audit

        return audit.entries(self.engine, limit)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


PRIVATE_UMASK = 0o077


def private() -> None:
    """Every file and folder a workspace creates is its owner's alone, whatever the umask."""
    os.umask(PRIVATE_UMASK)


def init(
    path: Path, country: str | None = None, name: str | None = None, database: str | None = None
) -> Workspace:
    """A new workspace; ``database`` is a SQLAlchemy URL (default: SQLite in the folder)."""
    private()
    path = path.resolve()
    if (path / config.SETTINGS_FILE).exists():
        raise WorkspaceError(f"{path} is already a workspace ({config.SETTINGS_FILE} exists)")
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)
    settings = config.Settings()
    if country:
        settings.workspace.country = country.upper()
    if name:
        settings.workspace.name = name
    if database:
        db.check_url(database)
        settings.database.url = database
    settings = config.Settings.model_validate(settings.model_dump())
    (path / config.SETTINGS_FILE).write_text(config.render(settings), "utf-8")
    ws = Workspace(path, settings)
    for d in (ws.archive_dir, ws.mappings_dir, ws.logs_dir):
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not ws.key_path.exists():  # a key outside the workspace ($RAPPORTEUR_KEY_FILE) may exist
        keys.write_key(ws.key_path, keys.new_key(), exclusive=True)
    (ws.archive_dir / keys.MIGRATED).touch(mode=0o600)
    (path / ".gitignore").write_text("secrets/\n*.db\n*.db-*\nlogs/\narchive/\n.lock\n", "utf-8")
    db.upgrade(ws.url)
    return ws


def open_workspace(path: Path) -> Workspace:
    path = path.resolve()
    settings_file = path / config.SETTINGS_FILE
    if not settings_file.exists():
        raise WorkspaceError(
            f"{path} is not a Rapporteur workspace (no {config.SETTINGS_FILE}); "
            "create one with 'rapporteur init DIR' or point to it with "
            f"--workspace or {ENV_VAR}"
        )
    private()
    ws = Workspace(path, config.load(settings_file))
    db.upgrade(ws.url)
    _setup_log(ws)
    _recover(ws)
    return ws


def _recover(ws: Workspace) -> None:
    """What a crash left is cleared at once, unless another process is working on the store now
    (its submissions are then really 'processing')."""
    try:
        with ws.lock(wait=False):
            recover.on_open(ws)
            keys.on_open(ws)
    except Conflict:
        return


def find(explicit: Path | None = None) -> Workspace:
    """The workspace named by --workspace, else $RAPPORTEUR_WORKSPACE, else the current folder."""
    if explicit is not None:
        return open_workspace(explicit)
    env = os.environ.get(ENV_VAR)
    return open_workspace(Path(env) if env else Path.cwd())


def _setup_log(ws: Workspace) -> None:
    logger = logging.getLogger("rapporteur")
    target = str(ws.logs_dir / "rapporteur.log")
    if any(getattr(h, "baseFilename", None) == target for h in logger.handlers):
        return
    for h in list(logger.handlers):
        logger.removeHandler(h)
        h.close()
    ws.logs_dir.mkdir(exist_ok=True)
    handler = logging.FileHandler(target, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
