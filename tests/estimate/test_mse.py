"""Multiple systems estimation against the reference results of SparseMSE 2.0.1 (R)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from rapporteur.cli import app
from rapporteur.estimate import TableError, mse, read_csv, sensitivity
from rapporteur.estimate.model import check, fit

DATA = Path(__file__).parents[1] / "fixtures" / "mse"


def sig4(x: float) -> float:
    return float(f"{x:.4g}")


# shared/data/mse/README.md: estimate, 95% normal interval, selected terms in order added
REFERENCE = [
    ("uk_2013_6lists", "main", 0.02, 12214.00, 10988.80, 13621.26, []),
    (
        "uk_2013_6lists",
        "stepwise",
        0.02,
        11417.99,
        9977.28,
        13145.66,
        ["PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO"],
    ),
    (
        "uk_2013_6lists",
        "stepwise",
        0.001,
        13181.24,
        11601.14,
        15043.22,
        ["PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP"],
    ),
    (
        "uk_2013_5lists",
        "stepwise",
        0.02,
        11312.99,
        9884.40,
        13027.40,
        ["LA:NG", "NG:GP", "PFNCA:GP", "LA:PFNCA", "GO:GP", "NG:GO"],
    ),
    ("uk_2013_5lists", "main", 0.02, 13444.13, 11985.17, 15133.43, []),
    ("artificial_3lists", "stepwise", 0.02, 539.09, 278.65, 1170.89, []),
]


@pytest.mark.parametrize(("name", "method", "threshold", "est", "low", "high", "terms"), REFERENCE)
def test_reference_results(name, method, threshold, est, low, high, terms):
    res = mse(read_csv(DATA / f"{name}.csv"), method=method, threshold=threshold)
    d = res.to_json()
    assert sig4(d["estimate"]) == sig4(est)
    assert sig4(d["interval"]["low"]) == sig4(low)
    assert sig4(d["interval"]["high"]) == sig4(high)
    assert [":".join(t) for t in d["model"]["interactions"]] == terms
    assert d["observed"] == (96 if name.startswith("artificial") else 2744)


def test_artificial_ab_interaction_is_refused_because_the_mle_would_not_exist():
    t = read_csv(DATA / "artificial_3lists.csv")
    assert check(t, [(0, 1)]) == 1  # A:B: the estimate is not finite
    assert check(t, [(0, 1), (0, 2), (1, 2)]) >= 2  # all two-list terms: not identifiable
    assert check(t, [(0, 2), (1, 2)]) == 0


def test_empty_overlap_is_minus_infinity_and_counts_in_the_model_size():
    t = read_csv(text="A,B,C,n\n1,0,0,30\n0,1,0,25\n0,0,1,40\n1,0,1,6\n0,1,1,5\n")
    f = fit(t, [(0, 1)])
    assert f.minus_infinity == [(0, 1)] and f.terms == []
    assert not any(p[0] and p[1] for p in f.patterns)
    assert f.n_params == 1 + 3 + 1
    res = mse(t, "main")
    assert math.isfinite(res.fit.estimate)


def test_bca_bootstrap_on_the_uk_table_is_close_to_the_reference():
    t = read_csv(DATA / "uk_2013_6lists.csv")
    res = mse(t, "stepwise", 0.02, bootstrap=1000, seed=20131)
    iv = res.interval
    assert iv.method == "bca-bootstrap"
    assert abs(iv.low - 9267) / 9267 < 0.03
    assert abs(iv.high - 14307) / 14307 < 0.03
    again = mse(t, "stepwise", 0.02, bootstrap=1000, seed=20131)
    assert again.interval == iv  # reproducible with a seed


def test_bic_selects_an_existing_model_and_sensitivity_covers_methods():
    t = read_csv(DATA / "artificial_3lists.csv")
    res = mse(t, "bic", max_order=2)
    assert check(t, res.fit.terms + res.fit.minus_infinity) == 0
    rows = sensitivity(read_csv(DATA / "uk_2013_5lists.csv"))
    assert [r["method"] for r in rows] == ["main", "stepwise", "stepwise", "stepwise", "stepwise", "bic"]
    assert all(r.get("estimate", 0) > 2744 for r in rows if "error" not in r)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("A,B,n\n1,0,5\n0,2,3\n", "not 0 or 1"),
        ("A,B,n\n1,0,-5\n0,1,3\n", "not a whole non-negative count"),
        ("A,B,n\n1,0,2.5\n0,1,3\n", "not a whole non-negative count"),
        ("A,n\n1,5\n", "at least two lists"),
        ("A,B,n\n1,0,5\n0,0,3\n0,1,2\n", "all-zero pattern"),
        ("A,B,n\n1,0,5\n1,0,3\n", "already given"),
        ("", "empty"),
        ("A,B,n\n1,0,x\n", "not a count"),
    ],
)
def test_bad_tables_get_clear_errors(text, message):
    with pytest.raises(TableError, match=message):
        read_csv(text=text)


def test_cli_json_and_errors(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["mse", str(DATA / "uk_2013_6lists.csv"), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert set(d) == {"observed", "estimate", "interval", "model", "lists", "warnings"}
    assert set(d["interval"]) == {"level", "low", "high", "method"}
    assert d["lists"] == ["LA", "NG", "PF", "GO", "GP", "NCA"]
    bad = tmp_path / "bad.csv"
    bad.write_text("A,B,n\n1,0,5\n1,0,3\n", "utf-8")
    r = runner.invoke(app, ["mse", str(bad)])
    assert r.exit_code == 2 and "already given" in r.stderr


def test_warning_for_thin_overlaps():
    t = read_csv(text="A,B,n\n1,0,300\n0,1,200\n1,1,2\n")
    assert any("more than one list" in w for w in mse(t, "main").warnings)
    assert np.isfinite(mse(t, "main").fit.estimate)
