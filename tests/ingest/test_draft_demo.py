"""Acceptance of #18: on every demo actor's file, the drafted mapping, without edits, accepts and
rejects exactly as many rows as the demo's hand-written mapping."""

from __future__ import annotations

import pytest

from rapporteur.demo import actors, run
from rapporteur.ingest import draft as dr
from rapporteur.ingest import mapping as mp

YEAR = 2023


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    out = tmp_path_factory.mktemp("draftworld")
    run.generate(out, YEAR, seed=11, persons=400, years=2)
    return out / "world"


@pytest.mark.slow
@pytest.mark.parametrize("actor", [s.id for s in actors.SPECS])
def test_draft_counts_equal_hand_written(world, actor, tmp_path):
    for y in (YEAR - 1, YEAR):
        file = next((world / "files").glob(f"{actor}-{y}-SYNTHETIC.*"))
        drafted = tmp_path / f"{actor}-{y}.yaml"
        drafted.write_text(dr.draft(file, actor).text, "utf-8")
        m = mp.load(drafted)  # loadable without edits
        assert m.actor == actor
        got = dr.check(drafted, file, y)
        want = dr.check(world / "mappings" / f"{actor}.yaml", file, y)
        assert got.problem is None and want.problem is None
        assert (got.rows, got.accepted, got.rejected, got.total_rows_skipped) == (
            want.rows,
            want.accepted,
            want.rejected,
            want.total_rows_skipped,
        )
        hand = mp.load(world / "mappings" / f"{actor}.yaml")
        assert {k: c.column for k, c in m.columns.items()} == {k: c.column for k, c in hand.columns.items()}


@pytest.mark.slow
def test_drafted_mappings_register_and_ingest_like_the_dry_run(world, tmp_path):
    from rapporteur import ingest as ing
    from rapporteur import workspace as wsp
    from rapporteur.ingest import actors as registry

    ws = wsp.init(tmp_path / "ws", "BE")
    for spec in actors.SPECS:
        file = next((world / "files").glob(f"{spec.id}-{YEAR}-SYNTHETIC.*"))
        drafted = tmp_path / f"{spec.id}.yaml"
        drafted.write_text(dr.draft(file, spec.id).text, "utf-8")
        registry.add(ws, drafted)
        r = ing.submit(ws, file, spec.id, YEAR)
        want = dr.check(world / "mappings" / f"{spec.id}.yaml", file, YEAR)
        assert (r.accepted, r.rejected) == (want.accepted, want.rejected), spec.id
