"""A fictional policy register for the demo: Belgian-style anti-trafficking measures and the
rapporteur's recommendations with their yearly follow-up, in English, French and Dutch. Titles
and recommendation texts are marked fictional; every figure is drawn from the seed. It is written
to read like a real register: each measure has its own outputs, outcomes and impact indicators
(none only a national total), each recommendation its reasoning, addressee and, every year after
it was issued, a status with its assessment. ``policy import`` raises no warning on it
(``tests/policy/test_register_sense.py``). The texts are in register.yaml."""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import yaml

from rapporteur.policy.register import Measure, Recommendation, _dump

FICTIONAL = {"en": "(fictional)", "fr": "(fictif)", "nl": "(fictief)"}
OUTCOME_P = (18, 74)  # the range of {p} in the outcomes, a percentage


@cache
def texts() -> dict[str, Any]:
    """The register's texts (register.yaml: measures and recommendations in the three languages)."""
    data: dict[str, Any] = yaml.safe_load(
        resources.files("rapporteur.demo").joinpath("register.yaml").read_text("utf-8")
    )
    return data


def _t(texts: dict[str, str], mark: bool = False, **fmt: Any) -> dict[str, str]:
    out = {lang: text.format(**fmt) if fmt else text for lang, text in texts.items()}
    return {lang: f"{text} {FICTIONAL[lang]}" for lang, text in out.items()} if mark else out


def _pct(p: int, lang: str) -> str:
    return f"{p} %" if lang == "fr" else f"{p}%"


def _indicator(spec: dict[str, Any], k: int, span: int, rng: np.random.Generator) -> dict[str, Any]:
    """The indicator for the ``k``-th year of a measure running ``span`` years."""
    if "table" in spec:
        return {"label": spec["label"], "table": spec["table"]}
    unit, low, high = spec["unit"], spec["low"], spec["high"]
    if unit == "change":
        value = int(rng.integers(low, high + 1))
    else:  # rises over the years, with some noise
        trend = low + (high - low) * k / max(1, span - 1)
        value = int(np.clip(round(trend + rng.normal(0, (high - low) / 12)), 0, None))
        value = min(value, 100) if unit == "rate" else value
    out: dict[str, Any] = {"label": spec["label"], "value": value, "unit": unit, "source": spec["source"]}
    if spec.get("breakdown"):
        out["breakdown"] = spec["breakdown"]
    return out


def build(seed: int, year: int, years: int = 5) -> tuple[str, str]:
    """(measures.yaml, recommendations.yaml) as text."""
    rng = np.random.default_rng(seed + 7)
    first = year - years + 1
    measures: list[Any] = []
    numbers: dict[str, int] = {}
    for m in texts()["measures"]:
        area = m["area"]
        numbers[area] = numbers.get(area, 0) + 1
        start = min(first + m["offset"], year)
        ys: dict[int, Any] = {}
        for k, y in enumerate(range(start, year + 1)):
            n = int(rng.integers(*m["n"]))
            p = int(rng.integers(*OUTCOME_P))
            ys[y] = {
                "outputs": _t(m["outputs"], n=n),
                "outcomes": {lang: text.format(p=_pct(p, lang)) for lang, text in m["outcomes"].items()},
                "indicators": [_indicator(s, k, year - start + 1, rng) for s in m["indicators"]],
            }
        measures.append(
            Measure.model_validate(
                {
                    "id": f"M-{area[:4].upper()}-{numbers[area]}",
                    "title": _t(m["title"], mark=True, start=start),
                    "body": m["body"],
                    "area": area,
                    "start": dt.date(start, 1 + int(rng.integers(0, 12)), 1),
                    "years": ys,
                }
            )
        )
    recs: list[Any] = []
    per_year: dict[int, int] = {}
    for i, r in enumerate(texts()["recommendations"]):
        issued = min(first + i // 2, year)
        per_year[issued] = per_year.get(issued, 0) + 1
        followup = [
            {"year": issued + step, "status": f["status"], "evidence": f["assessment"]}
            for step, f in enumerate(r["followup"], start=1)
            if issued + step <= year
        ]
        recs.append(
            Recommendation.model_validate(
                {
                    "id": f"R{issued}-{per_year[issued]}",
                    "year": issued,
                    "text": _t(r["text"], mark=True),
                    "reasoning": r["reasoning"],
                    "addressee": r["addressee"],
                    "theme": r["theme"],
                    "measures": [r["measure"]],
                    "followup": followup,
                }
            )
        )
    return _dump(measures), _dump(recs)
