"""No name or birth date of the synthetic world appears outside the encrypted store and the
demo's own input files: not in logs, outputs, the database, the truth files or CLI output."""

from __future__ import annotations

import csv
import re

import pytest

from rapporteur.demo import world
from rapporteur.demo.run import NAME_VARIETY
from rapporteur.store import records


@pytest.fixture
def demo_out(demo_world):
    return demo_world


def test_no_identifier_outside_inputs(demo_out):
    out, printed = demo_out
    people = world.world(5, 2013, 300, name_variety=NAME_VARIETY)
    names = {p.last_name for p in people if len(p.last_name) >= 5} | {
        p.first_name for p in people if len(p.first_name) >= 5
    }
    births = {d for p in people for d in (p.birth_date.isoformat(), p.birth_date.strftime("%d/%m/%Y"))}
    inputs = out / "world" / "files"
    checked = 0
    for path in out.rglob("*"):
        if not path.is_file() or inputs in path.parents or "archive" in path.parts:
            continue
        blob = path.read_bytes()
        for secret in names | births:
            # a name that goes on in lower case is another word ("Maria" in "Mariage forcé")
            found = re.search(re.escape(secret.encode()) + rb"(?![a-z])", blob)
            assert found is None, f"{secret!r} found in {path.relative_to(out)}"
        checked += 1
    for secret in names | births:
        assert secret not in printed
    assert checked >= 5
    # the inputs do hold them: the check above is not vacuous
    police = next(inputs.glob("police-2013-*"))
    text = police.read_bytes().decode("cp1252")
    assert any(n in text for n in names)


def test_demo_files_say_they_are_synthetic(demo_out):
    out, _ = demo_out
    assert "SYNTHETIC" in (out / "world" / "README-SYNTHETIC.txt").read_text("utf-8")
    assert all("SYNTHETIC" in p.name for p in (out / "world" / "files").iterdir())


def test_accepted_records_match_ground_truth(demo_out):
    out, _ = demo_out
    with (out / "world" / "truth" / "records.csv").open(encoding="utf-8") as f:
        truth = list(csv.DictReader(f))
    expected: dict[tuple[str, str], int] = {}
    for t in truth:
        if not t["planted"]:
            expected[(t["actor"], t["year"])] = expected.get((t["actor"], t["year"]), 0) + 1
    from rapporteur import workspace

    con = records.connect(workspace.open_workspace(out / "workspace"))
    got = {
        (a, str(y)): n
        for a, y, n in con.execute(
            "select actor_id, year, count(*) from victim_record group by 1, 2"
        ).fetchall()
    }
    # every clean record is stored and every row with a planted error is rejected
    assert got == expected
