"""The raw archive is encrypted, chunked, authenticated; keys rotate without losing anything."""

from __future__ import annotations

import os
import stat

import pytest

from rapporteur import ingest
from rapporteur import workspace as wsp
from rapporteur.ingest import archive
from rapporteur.store import keys, records
from tests.conftest import GOOD_ROWS, police_csv


def test_big_file_round_trips_chunk_by_chunk(tmp_path):
    key = keys.new_key()
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(archive.CHUNK * 2 + 123))
    sha, dest, size = archive.store(src, tmp_path / "a", key)
    assert size == src.stat().st_size and stat.S_IMODE(dest.stat().st_mode) == 0o400
    out = tmp_path / "out.bin"
    assert archive.extract(tmp_path / "a", sha, key, out) == size
    assert out.read_bytes() == src.read_bytes()
    with pytest.raises(archive.ArchiveError, match="cannot be decrypted"):
        list(archive.open_plain(tmp_path / "a", sha, keys.new_key()))


def test_truncated_or_reordered_archive_is_refused(tmp_path):
    key = keys.new_key()
    src = tmp_path / "f"
    src.write_bytes(os.urandom(archive.CHUNK * 2 + 5))
    sha, dest, _ = archive.store(src, tmp_path / "a", key)
    data = dest.read_bytes()
    dest.chmod(0o600)
    frame = 4 + 12 + archive.CHUNK + 16
    dest.write_bytes(data[: 10 + 2 * frame])  # the last chunk dropped: a non-final chunk ends it
    with pytest.raises(archive.ArchiveError):
        list(archive.open_plain(tmp_path / "a", sha, key))


def test_duplicate_found_by_plaintext_address(ws, write):
    data = police_csv(GOOD_ROWS)
    a = ingest.submit(ws, write("p.csv", data), "police", 2013)
    b = ingest.submit(ws, write("q.csv", data), "police", 2013)
    assert b.status == "duplicate" and b.duplicate_of == a.submission_id


def test_rotation_reencrypts_archive_and_identities(ws, write):
    data = police_csv(GOOD_ROWS)
    r = ingest.submit(ws, write("p.csv", data), "police", 2013)
    before = records.identities(ws, r.submission_id).to_pylist()
    old = ws.identity_key()
    assert keys.rotate(ws) == (1, 1)
    assert ws.identity_key() != old
    assert records.identities(ws, r.submission_id).to_pylist() == before
    assert b"".join(archive.open_plain(ws.archive_dir, r.sha256, ws.identity_key())) == data


def test_rotation_cut_short_is_finished_at_the_next_open(ws, write, monkeypatch):
    data = police_csv(GOOD_ROWS)
    r = ingest.submit(ws, write("p.csv", data), "police", 2013)
    before = records.identities(ws, r.submission_id).to_pylist()
    calls = []

    def crash(*a, **k):
        calls.append(a)
        raise KeyboardInterrupt

    real = keys._write_atomic
    monkeypatch.setattr(keys, "_write_atomic", crash)  # dies after the archive, before identities
    with pytest.raises(KeyboardInterrupt):
        keys.rotate(ws)
    assert keys.pending(ws).exists()
    monkeypatch.setattr(keys, "_write_atomic", real)
    again = wsp.open_workspace(ws.path)
    assert not keys.pending(again).exists()
    assert records.identities(again, r.submission_id).to_pylist() == before
    assert b"".join(archive.open_plain(again.archive_dir, r.sha256, again.identity_key())) == data


def test_plaintext_archive_of_an_older_workspace_is_encrypted_on_open(ws, write):
    data = police_csv(GOOD_ROWS)
    r = ingest.submit(ws, write("p.csv", data), "police", 2013)
    path = archive.path_of(ws.archive_dir, r.sha256)
    path.chmod(0o600)
    path.write_bytes(data)  # as an older Rapporteur left it
    (ws.archive_dir / keys.MIGRATED).unlink()
    again = wsp.open_workspace(ws.path)
    assert path.read_bytes().startswith(archive.MAGIC)
    assert b"".join(archive.open_plain(again.archive_dir, r.sha256, again.identity_key())) == data


def test_key_outside_the_workspace(tmp_path, monkeypatch):
    key_file = tmp_path / "keys" / "office.key"
    monkeypatch.setenv(keys.ENV_VAR, str(key_file))
    ws = wsp.init(tmp_path / "w")
    assert key_file.exists() and not (ws.path / "secrets" / "identity.key").exists()
    assert ws.identity_key() == keys.read_key(key_file)
