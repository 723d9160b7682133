"""Commands on the protected store: archive get, key rotate, purge-identifiers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rapporteur.cli.common import WorkspaceOpt, open_ws, out, sub_app
from rapporteur.errors import UnknownId
from rapporteur.ingest import archive, submission
from rapporteur.store import backup as bk
from rapporteur.store import keys, purge


def register(app: typer.Typer) -> None:
    archive_app = sub_app("The raw archive of submissions (encrypted at rest).")
    archive_app.command("get")(archive_get)
    app.add_typer(archive_app, name="archive")
    key_app = sub_app("The workspace key that encrypts identifiers and the archive.")
    key_app.command("rotate")(key_rotate)
    app.add_typer(key_app, name="key")
    app.command("purge-identifiers")(purge_identifiers)
    app.command("backup")(backup)
    app.command("restore")(restore)


def archive_get(
    submission_id: Annotated[int, typer.Argument(help="Submission id (see 'rapporteur submissions').")],
    out_file: Annotated[Path, typer.Option("--out", help="File to write the original bytes to (0600).")],
    workspace: WorkspaceOpt = None,
) -> None:
    """Write the original bytes of a submission's raw file, decrypted, to FILE.

    Example: rapporteur archive get 3 --out police-2024.csv
    """
    ws = open_ws(workspace)
    sub = submission(ws, submission_id)
    if not archive.path_of(ws.archive_dir, sub.sha256).exists():
        raise UnknownId(f"the raw file of submission {submission_id} is no longer archived (purged)")
    n = archive.extract(ws.archive_dir, sub.sha256, ws.identity_key(), out_file)
    out.print(f"Wrote {out_file} ({n} bytes, submission {submission_id}).")


def key_rotate(workspace: WorkspaceOpt = None) -> None:
    """Re-encrypt the archive and the identifiers with a new key, then switch keys.

    A crash mid-rotation loses nothing: the next open finishes it. Back the new key up.
    Example: rapporteur key rotate
    """
    ws = open_ws(workspace)
    with ws.lock():
        n_archive, n_ident = keys.rotate(ws)
    out.print(
        f"Key rotated ({ws.key_path}): {n_archive} archive files and {n_ident} identity files "
        "re-encrypted. Back the new key up now."
    )


def purge_identifiers(
    before: Annotated[int, typer.Option("--before", help="Purge reference years before this one.")],
    workspace: WorkspaceOpt = None,
) -> None:
    """Remove names, birth dates and document numbers (and the raw files) of earlier years.

    The statistics of those years are kept; they can no longer be linked again.
    Example: rapporteur purge-identifiers --before 2020
    """
    ws = open_ws(workspace)
    with ws.lock():
        p = purge.purge(ws, before)
    out.print(
        f"Purged {p.submissions} submissions before {before}: {p.identity_files} identity files, "
        f"{p.archive_files} raw files removed."
    )


def backup(
    out_dir: Annotated[Path, typer.Argument(help="New folder for the backup (outside the workspace).")],
    workspace: WorkspaceOpt = None,
) -> None:
    """Write a consistent backup (database rows and workspace files, with a manifest) to OUT_DIR.

    The raw archive stays encrypted; the key is NOT in the backup: keep it apart.
    Example: rapporteur backup /media/usb/thb-2024-12-01
    """
    ws = open_ws(workspace)
    with ws.lock(what="a backup"):
        info = bk.backup(ws, out_dir)
    out.print(
        f"Backup written to {info.path}: {info.rows} rows in {info.tables} tables, {info.files} files "
        f"({info.bytes} bytes, checksums in {bk.MANIFEST}). The key ({ws.key_path}) is not in the "
        "backup: keep a copy of it apart, without it the archive cannot be read."
    )


def restore(
    backup_dir: Annotated[Path, typer.Argument(help="Folder written by 'rapporteur backup'.")],
    dest: Annotated[Path, typer.Argument(help="New folder for the restored workspace.")],
    database: Annotated[
        str | None,
        typer.Option("--database", help="Empty database to restore into (default: SQLite in DEST)."),
    ] = None,
) -> None:
    """Check a backup's checksums and restore it into a new workspace DEST.

    A corrupted or partial backup is refused before anything is written.
    Example: rapporteur restore /media/usb/thb-2024-12-01 ~/thb-2024
    """
    key_path, rows = bk.restore(backup_dir, dest, database)
    where = "found" if key_path.exists() else "NOT found: copy the key there or set RAPPORTEUR_KEY_FILE"
    out.print(f"Restored {rows} rows into {dest.resolve()}. Key {key_path}: {where}.")
