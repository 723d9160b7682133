"""Identifiers protected everywhere: a demo workspace holds no name, birth date or document number
in clear (archive included, compressed files opened), and nothing in it is readable by others."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

from rapporteur.ingest import mapping, readers

IDENTIFIER_FIELDS = ("first_name", "last_name", "birth_date", "document_number")


def _identifiers(world: Path, ws: Path) -> set[str]:
    found: set[str] = set()
    for f in sorted((world / "files").iterdir()):
        actor = f.name.split("-")[0]
        mf = ws / "mappings" / f"{actor}.yaml"
        if not mf.exists():
            continue
        m = mapping.load(mf)
        cols = [m.columns[k].column for k in IDENTIFIER_FIELDS if k in m.columns]
        if not cols:
            continue
        t = readers.read(f.read_bytes(), m)
        for c in cols:
            name = next(h for h in t.header if h.strip().lower() == c.strip().lower())
            for v in t.columns[name].to_pylist():
                if v and len(v) >= 6:  # short tokens occur by chance in binary files
                    found.add(v)
    return found


def _variants(v: str) -> set[str]:
    out = {v}
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%Y%m%d"):
        try:
            d = dt.datetime.strptime(v, fmt).date()
        except ValueError:
            continue
        out |= {d.strftime(g) for g in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y")}
    return out


def _texts(path: Path) -> list[bytes]:
    data = path.read_bytes()
    texts = [data]
    if data[:2] == b"\x1f\x8b":
        texts.append(gzip.decompress(data))
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            texts += [z.read(i) for i in z.infolist()]
    if data[:4] == b"PAR1":
        import pyarrow.parquet as pq

        texts.append(str(pq.read_table(io.BytesIO(data)).to_pylist()).encode("utf-8"))
    return texts


def test_demo_workspace_has_no_identifier_in_clear(demo_world):
    out, _ = demo_world
    ws, world = out / "workspace", out / "world"
    idents = set().union(*(_variants(v) for v in _identifiers(world, ws)))
    assert len(idents) > 100
    needles = [v.encode("utf-8") for v in idents]
    leaks = []
    for p in ws.rglob("*"):
        if p.is_file():
            for text in _texts(p):
                leaks += [(str(p.relative_to(ws)), n) for n in needles if n in text][:3]
    assert leaks == []


def test_every_file_and_folder_is_private_whatever_the_umask(tmp_path):
    code = (
        "import os, sys; os.umask(0o022); from rapporteur.cli import app; "
        "sys.argv=['rapporteur','demo','--out',sys.argv[1],'--persons','50'];app()"
    )
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "d")], capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    ws = tmp_path / "d" / "workspace"
    loose = [
        (str(p), oct(stat.S_IMODE(p.stat().st_mode)))
        for p in [ws, *ws.rglob("*")]
        if stat.S_IMODE(p.stat().st_mode) & 0o077
    ]
    assert loose == []
    assert os.path.exists(ws / "rapporteur.db")
