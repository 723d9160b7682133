"""Content-addressed archive of raw submissions, encrypted at rest (AES-256-GCM, workspace key).

The bytes are kept before anything is read. The content address stays the SHA-256 of the
*plaintext*, so a file sent twice is still found as a duplicate. The file is encrypted in a framed
format so that neither writing nor reading holds a big file in memory:

    header:  MAGIC (6 bytes) + chunk size (4 bytes, big endian)
    chunks:  length (4 bytes) + nonce (12 bytes) + ciphertext-and-tag

Each chunk is authenticated on its own with associated data binding the file's address, the
chunk's index and whether it is the last one, so chunks cannot be reordered, dropped or the file
truncated without the reader noticing. Every reader of the archive goes through ``open_plain``.
See docs/decisions/0022-store-protection.md.
"""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rapporteur.errors import UserError

CHUNK = 1 << 20
MAGIC = b"RPAR1\n"
_HEAD = struct.Struct(">I")


class ArchiveError(UserError):
    pass


def _aad(sha: str, index: int, final: bool) -> bytes:
    return MAGIC + sha.encode("ascii") + struct.pack(">QB", index, 1 if final else 0)


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)


def _encrypt_stream(chunks: Iterator[bytes], out, key: bytes, sha: str) -> None:
    aes = AESGCM(key)
    out.write(MAGIC + _HEAD.pack(CHUNK))
    index = 0
    current = next(chunks, b"")
    while True:
        following = next(chunks, None)
        final = following is None
        nonce = os.urandom(12)
        body = aes.encrypt(nonce, current, _aad(sha, index, final))
        out.write(_HEAD.pack(len(body)) + nonce + body)
        if final:
            return
        current, index = following, index + 1


def _read_chunks(f) -> Iterator[bytes]:
    while chunk := f.read(CHUNK):
        yield chunk


def _sha_of(src: Path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with src.open("rb") as f:
        for chunk in _read_chunks(f):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _write(archive_dir: Path, sha: str, chunks: Iterator[bytes], key: bytes, replace: bool = False) -> Path:
    dest = path_of(archive_dir, sha)
    _private_dir(dest.parent)
    if dest.exists() and not replace:
        return dest
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out:
            _encrypt_stream(chunks, out, key, sha)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o400)
        os.replace(tmp, dest)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return dest


def store(src: Path, archive_dir: Path, key: bytes) -> tuple[str, Path, int]:
    """Encrypt ``src`` into the archive; returns (sha256 of the plaintext, archived path, size).

    The file is read twice (once for its address, once to encrypt it), never held whole."""
    _private_dir(archive_dir)
    sha, size = _sha_of(src)
    with src.open("rb") as f:
        dest = _write(archive_dir, sha, _read_chunks(f), key)
    return sha, dest, size


def path_of(archive_dir: Path, sha: str) -> Path:
    return archive_dir / sha[:2] / sha


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def open_plain(archive_dir: Path, sha: str, key: bytes) -> Iterator[bytes]:
    """The original bytes of an archived file, chunk by chunk, authenticated (the one reader)."""
    path = path_of(archive_dir, sha)
    if not path.exists():
        raise ArchiveError(f"no archived file {sha} in {archive_dir}")
    with path.open("rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            raise ArchiveError(
                f"archived file {sha} is not encrypted (an older workspace); run 'rapporteur key rotate' "
                "to encrypt the archive"
            )
        f.read(_HEAD.size)
        aes, index = AESGCM(key), 0
        head = f.read(_HEAD.size)
        h = hashlib.sha256()
        while True:
            if len(head) != _HEAD.size:
                raise ArchiveError(f"archived file {sha} is truncated; restore it from a backup")
            (length,) = _HEAD.unpack(head)
            nonce, body = f.read(12), f.read(length)
            head = f.read(_HEAD.size)
            final = not head
            try:
                plain = aes.decrypt(nonce, body, _aad(sha, index, final))
            except InvalidTag:
                raise ArchiveError(
                    f"archived file {sha} cannot be decrypted with this key, or it was altered or "
                    "truncated; check RAPPORTEUR_KEY_FILE / privacy.key_file"
                ) from None
            h.update(plain)
            yield plain
            if final:
                break
            index += 1
    if h.hexdigest() != sha:
        raise ArchiveError(f"archived file {sha} does not match its checksum; restore it from a backup")


def extract(archive_dir: Path, sha: str, key: bytes, out: Path) -> int:
    """Write the original bytes to ``out`` (0600); returns the number of bytes."""
    n = 0
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in open_plain(archive_dir, sha, key):
                f.write(chunk)
                n += len(chunk)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return n


def files(archive_dir: Path) -> list[str]:
    """Addresses of every archived file."""
    if not archive_dir.exists():
        return []
    return sorted(p.name for p in archive_dir.glob("??/*") if not p.name.startswith("."))


def clean_temp(archive_dir: Path) -> int:
    """Remove the temporary files a crash left behind; returns how many."""
    n = 0
    for p in archive_dir.glob("**/.incoming-*") if archive_dir.exists() else []:
        p.unlink(missing_ok=True)
        n += 1
    return n


def reencrypt(archive_dir: Path, sha: str, old_key: bytes | None, new_key: bytes) -> None:
    """Re-encrypt one file with ``new_key`` (a plaintext file of an older workspace when
    ``old_key`` is None or the file is not encrypted); the new file replaces the old by rename."""
    path = path_of(archive_dir, sha)
    if not is_encrypted(path):
        with path.open("rb") as f:
            h = hashlib.sha256()
            for chunk in _read_chunks(f):
                h.update(chunk)
        if h.hexdigest() != sha:
            raise ArchiveError(f"archived file {sha} does not match its checksum; restore it from a backup")
        with path.open("rb") as f:
            _write(archive_dir, sha, _read_chunks(f), new_key, replace=True)
        return
    if old_key is None:
        raise ArchiveError(f"archived file {sha} is encrypted; the old key is needed")
    _write(archive_dir, sha, open_plain(archive_dir, sha, old_key), new_key, replace=True)


def remove(archive_dir: Path, sha: str) -> bool:
    path = path_of(archive_dir, sha)
    if path.exists():
        path.unlink()
        return True
    return False


def key_matches(archive_dir: Path, sha: str, key: bytes) -> bool:
    """Whether the archived file is encrypted with ``key`` (its first chunk decrypts)."""
    path = path_of(archive_dir, sha)
    with path.open("rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            return False
        f.read(_HEAD.size)
        (length,) = _HEAD.unpack(f.read(_HEAD.size))
        nonce, body = f.read(12), f.read(length)
        final = not f.read(1)
    try:
        AESGCM(key).decrypt(nonce, body, _aad(sha, 0, final))
    except InvalidTag:
        return False
    return True
