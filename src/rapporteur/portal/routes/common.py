"""Helpers of the routes: saving an upload to a private folder, masking for downloads."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import HTTPException, UploadFile

from rapporteur.portal.web import Portal

CHUNK = 1 << 20


def safe_name(name: str | None) -> str:
    base = Path(name or "upload").name
    base = re.sub(r"[^A-Za-z0-9._-]", "_", base)[:100].lstrip(".")
    return base or "upload"


async def save_upload(p: Portal, file: UploadFile) -> Path:
    """Copy the uploaded file (already bounded by the body limit) into a private folder."""
    limit = p.ws.settings.portal.max_upload_mb * 1_000_000
    target = p.jobs.upload_dir() / safe_name(file.filename)
    size = 0
    with target.open("wb") as f:
        while chunk := await file.read(CHUNK):
            size += len(chunk)
            if size > limit:
                f.close()
                target.unlink()
                raise HTTPException(413, "the file is larger than the portal accepts")
            f.write(chunk)
    if size == 0:
        target.unlink()
        raise HTTPException(400, "the file is empty")
    return target
