"""The vendored htmx and Pico files are exactly the ones VENDOR.md records."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

VENDOR = Path(__file__).parents[2] / "src/rapporteur/portal/static/vendor"


def _table() -> dict[str, tuple[str, str, str]]:
    rows = {}
    for line in (VENDOR / "VENDOR.md").read_text("utf-8").splitlines():
        m = re.match(r"\| (\S+) \| (\S+) \| (\S+) \| [^|]+ \| ([0-9a-f]{64}) \|", line)
        if m:
            rows[m.group(1)] = (m.group(2), m.group(3), m.group(4))
    return rows


def test_every_vendored_file_matches_its_checksum():
    table = _table()
    assert {"htmx.min.js", "pico.min.css"} <= set(table)
    files = {p.name for p in VENDOR.iterdir() if p.name != "VENDOR.md"}
    assert files == set(table), "every vendored file is listed, and only those"
    for name, (_package, version, sha) in table.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version)
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == sha, name


def test_htmx_is_version_2():
    assert _table()["htmx.min.js"][:2] == ("htmx.org", "2.0.11")
    assert 'version:"2.0.11"' in (VENDOR / "htmx.min.js").read_text("utf-8").replace(" ", "")
