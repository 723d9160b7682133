"""A throwaway PostgreSQL server for the tests (pytest plugin, loaded by conftest.py).

With RAPPORTEUR_TEST_DATABASE_URL set (a server URL whose user may CREATE DATABASE, e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/postgres) the tests use that server. Otherwise the
plugin looks for Debian's PostgreSQL binaries (/usr/lib/postgresql/*/bin), initialises a cluster
in a temporary folder (as the ``postgres`` user when run as root: initdb refuses root), starts
it on 127.0.0.1 on a free port with fsync off, and stops it at the end of the session. When no
server can start, the PostgreSQL variants skip with the reason.

Each test gets its own database (``CREATE DATABASE``), dropped afterwards.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

ENV = "RAPPORTEUR_TEST_DATABASE_URL"
_counter = itertools.count(1)


def _bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]))
    return Path(dirs[-1]) if dirs else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self) -> None:
        self.url: str | None = None
        self.reason = ""
        self._stop: list[str] | None = None
        self._as: list[str] = []
        self._dir: str | None = None

    def start(self) -> None:
        if os.environ.get(ENV):
            self.url = os.environ[ENV]
            return
        bindir = _bindir()
        if bindir is None:
            self.reason = f"no PostgreSQL server binaries (apt-get install postgresql, or set {ENV})"
            return
        self._dir = tempfile.mkdtemp(prefix="rapporteur-pg-")
        data = Path(self._dir) / "data"
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser is None:
                self.reason = "running as root without runuser: cannot start initdb as postgres"
                return
            try:
                shutil.chown(self._dir, "postgres")
            except (LookupError, OSError) as e:
                self.reason = f"no 'postgres' user to run the throwaway server ({e})"
                return
            self._as = [runuser, "-u", "postgres", "--"]
        port = _free_port()
        log = Path(self._dir) / "server.log"
        try:
            self._run(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync",
                ]
            )
            opts = (
                f"-F -p {port} -k {self._dir} -c listen_addresses=127.0.0.1 "
                "-c full_page_writes=off -c synchronous_commit=off"
            )
            self._run(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(log),
                    "-o",
                    opts,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            )
        except (OSError, subprocess.CalledProcessError) as e:
            detail = getattr(e, "stderr", "") or ""
            self.reason = f"the throwaway PostgreSQL server did not start: {e} {detail[-300:]}"
            return
        self._stop = [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"

    def _run(self, cmd: list[str]) -> None:
        subprocess.run([*self._as, *cmd], check=True, capture_output=True, text=True, timeout=120)

    def stop(self) -> None:
        if self._stop:
            subprocess.run([*self._as, *self._stop], capture_output=True, timeout=60)
        if self._dir:
            shutil.rmtree(self._dir, ignore_errors=True)

    def database(self) -> tuple[str, str]:
        """A fresh database on the server: its URL and name."""
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        assert self.url
        name = f"rt_{os.getpid()}_{next(_counter)}"
        eng = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with eng.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        eng.dispose()
        return make_url(self.url).set(database=name).render_as_string(hide_password=False), name

    def drop(self, name: str) -> None:
        from sqlalchemy import create_engine, text

        assert self.url
        eng = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with eng.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        eng.dispose()


@pytest.fixture(scope="session")
def pg_server():
    server = Server()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database for one test (skips when no server)."""
    if pg_server.url is None:
        pytest.skip(f"PostgreSQL variant skipped: {pg_server.reason}")
    url, name = pg_server.database()
    yield url
    pg_server.drop(name)


# Test modules whose database-touching tests run on both backends (the ``backend`` fixture).
BOTH = (
    "tests/test_workspace.py",
    "tests/test_pg.py",
    "tests/ingest/test_ingest.py",
    "tests/ingest/test_bad_input.py",
    "tests/ingest/test_checks.py",
    "tests/report/test_minimal.py",
    "tests/link/test_workspace_link.py",
    "tests/test_backup.py",
    "tests/ingest/test_concurrent.py",
    "tests/ingest/test_kill_points.py",
)


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    rel = Path(str(metafunc.definition.fspath)).as_posix()
    both = any(("/" + b) in rel if b.endswith("/") else rel.endswith(b) for b in BOTH)
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"], indirect=True)


@pytest.fixture
def backend(request):
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database_url(backend, request):
    """None (the SQLite default) or the URL of a fresh PostgreSQL database."""
    if backend == "sqlite":
        return None
    return request.getfixturevalue("pg_url")
