"""Content-addressed archive of raw submissions: the bytes are kept before anything is read."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

CHUNK = 1 << 20


def store(src: Path, archive_dir: Path) -> tuple[str, Path, int]:
    """Copy ``src`` into the archive; returns (sha256, archived path, size in bytes)."""
    archive_dir.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    size = 0
    fd, tmp = tempfile.mkstemp(dir=archive_dir, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as f:
            while chunk := f.read(CHUNK):
                h.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = h.hexdigest()
        dest = archive_dir / sha[:2] / sha
        dest.parent.mkdir(exist_ok=True)
        if dest.exists():
            os.unlink(tmp)
        else:
            os.replace(tmp, dest)
            dest.chmod(0o444)
        return sha, dest, size
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def path_of(archive_dir: Path, sha: str) -> Path:
    return archive_dir / sha[:2] / sha
