"""The workspace key: where it lives, and its rotation (decision 0022).

The key may live outside the workspace it protects: ``RAPPORTEUR_KEY_FILE`` names it, else the
setting ``privacy.key_file`` (absolute, or relative to the workspace). ``rotate`` re-encrypts
everything encrypted with the key (the raw archive and the identity files) and switches keys
last: the new key is first written beside the old one as ``<key>.new``; every file is then
re-encrypted one by one (new file, fsync, rename over the old); only then does the new key
replace the old. A crash at any point leaves every file readable by one of the two keys on disk,
and the next open of the workspace finishes the rotation.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag

from rapporteur.errors import UserError
from rapporteur.store import identity

if TYPE_CHECKING:
    from rapporteur.workspace import Workspace

ENV_VAR = "RAPPORTEUR_KEY_FILE"
IDENTITY_FILE = "identity.enc"
MIGRATED = ".encrypted"
log = logging.getLogger("rapporteur.keys")


class KeyError_(UserError):
    pass


def read_key(path: Path) -> bytes:
    try:
        key = bytes.fromhex(path.read_text("ascii").strip())
    except FileNotFoundError as e:
        raise KeyError_(
            f"identity key {path} is missing; restore it from your key backup or point "
            f"{ENV_VAR} to it (identifiers cannot be read without it)"
        ) from e
    except ValueError as e:
        raise KeyError_(f"identity key {path} is not a 256-bit hex key") from e
    if len(key) != 32:
        raise KeyError_(f"identity key {path} is not a 256-bit hex key")
    return key


def write_key(path: Path, key: bytes, exclusive: bool = False) -> None:
    """Write a key file (0600) completely or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if exclusive:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(key.hex() + "\n")
            f.flush()
            os.fsync(f.fileno())
        return
    tmp = path.with_name(f".{path.name}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex() + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def new_key() -> bytes:
    return secrets.token_bytes(32)


def pending(ws: Workspace) -> Path:
    return ws.key_path.with_name(ws.key_path.name + ".new")


def identity_files(ws: Workspace) -> list[tuple[int, Path]]:
    if not ws.records_dir.exists():
        return []
    found = []
    for d in sorted(ws.records_dir.iterdir()):
        if d.is_dir() and d.name.isdigit() and (d / IDENTITY_FILE).exists():
            found.append((int(d.name), d / IDENTITY_FILE))
    return found


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _reencrypt_all(ws: Workspace, old: bytes, new: bytes) -> tuple[int, int]:
    from rapporteur.ingest import archive

    n_archive = n_ident = 0
    for sha in archive.files(ws.archive_dir):
        if archive.key_matches(ws.archive_dir, sha, new):
            continue
        archive.reencrypt(ws.archive_dir, sha, old, new)
        n_archive += 1
    for sid, path in identity_files(ws):
        blob = path.read_bytes()
        try:
            identity.decrypt(new, sid, blob)
            continue
        except InvalidTag:
            pass
        _write_atomic(path, identity.encrypt(new, sid, identity.decrypt(old, sid, blob)))
        n_ident += 1
    return n_archive, n_ident


def rotate(ws: Workspace) -> tuple[int, int]:
    """Re-encrypt the archive and identity files with a new key, then switch keys.
    Returns (archive files, identity files) re-encrypted. Resumes a rotation cut short."""
    old = read_key(ws.key_path)
    nxt = pending(ws)
    if nxt.exists():
        new = read_key(nxt)
    else:
        new = new_key()
        write_key(nxt, new)
    counts = _reencrypt_all(ws, old, new)
    os.replace(nxt, ws.key_path)
    (ws.archive_dir / MIGRATED).touch(mode=0o600)
    log.info("key rotated: %s archive files and %s identity files re-encrypted", *counts)
    return counts


def on_open(ws: Workspace) -> None:
    """Finish a rotation a crash cut short; encrypt the plaintext archive of an older workspace
    (once: a marker file records that the archive is encrypted)."""
    if not ws.key_path.exists():
        return
    if pending(ws).exists():
        rotate(ws)
        return
    from rapporteur.ingest import archive

    marker = ws.archive_dir / MIGRATED
    if marker.exists() or not ws.archive_dir.exists():
        return
    key = read_key(ws.key_path)
    n = 0
    for sha in archive.files(ws.archive_dir):
        if not archive.is_encrypted(archive.path_of(ws.archive_dir, sha)):
            archive.reencrypt(ws.archive_dir, sha, None, key)
            n += 1
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    if n:
        log.info("archive: %s plaintext files of an older workspace encrypted", n)
