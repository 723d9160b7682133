from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rapporteur import workspace as wsp
from rapporteur.ingest import actors

pytest_plugins = ["tests.pg"]

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = "N° dossier;Prénom;Nom;Date de naissance;Sexe;Nationalité;Exploitation;Date constat"


def police_csv(
    rows: list[str], header: str = HEADER, encoding: str = "cp1252", newline: str = "\r\n"
) -> bytes:
    return (newline.join([header, *rows]) + newline).encode(encoding)


GOOD_ROWS = [
    "P1;Marie;Dupont;03/04/1990;F;Roumanie;1°;12/03/2013",
    "P2;Ion;Popescu;15/11/1985;H;RO/BG;3°,5°;01/06/2013",
    "P3;Ana;Silva;;F;NA;1°;02/02/2013",
    "P4;Kofi;Mensah;01/01/2000;H;Nigéria;3°;20/08/2013",
]


@pytest.fixture
def ws(tmp_path: Path, database_url) -> wsp.Workspace:
    """A workspace with the police and court actors; on SQLite and, in the modules listed in
    tests/pg.py, on PostgreSQL too."""
    w = wsp.init(tmp_path / "ws", database=database_url)
    for name in ("police", "court"):
        actors.add(w, FIXTURES / f"{name}.yaml")
    yield w
    w.close()


@pytest.fixture
def write(tmp_path: Path):
    def _write(name: str, data: bytes) -> Path:
        p = tmp_path / name
        p.write_bytes(data)
        return p

    return _write


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


def copy_fixture(name: str, dest: Path) -> Path:
    return Path(shutil.copy(FIXTURES / name, dest))


@pytest.fixture(scope="session")
def demo_world(tmp_path_factory):
    """One small synthetic world with its workspace and report, shared by the slower tests."""
    from typer.testing import CliRunner

    from rapporteur.cli import app

    out = tmp_path_factory.mktemp("demo")
    r = CliRunner().invoke(app, ["demo", "--out", str(out), "--persons", "300", "--seed", "5"])
    assert r.exit_code == 0, r.output
    return out, r.output


SLOW_FIXTURES = {"demo_world", "demo_ws"}


def pytest_collection_modifyitems(items):
    """Tests that need the shared demo world are slow: `make test-fast` leaves them out."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
