"""What every command shares: consoles, options, the error guard, JSON and table output.

Commands parse, call one stage function and print. Errors raised by the stages
(``rapporteur.errors``) become a one-line message and the documented exit code; anything else
is an internal error: exit 3, a short message and a log reference, never a traceback.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import os
import secrets
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

try:  # Typer 0.2x ships its own copy of Click
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover - older Typer on Click
    from click import ClickException  # type: ignore[no-redef]

from rapporteur import workspace as wsp
from rapporteur.errors import EXIT_INTERNAL, EXIT_USER, RapporteurError
from rapporteur.languages import LANGUAGES

out = Console()
err = Console(stderr=True)
log = logging.getLogger("rapporteur.cli")
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = EXIT_USER) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True, markup=True)
    return typer.Exit(code)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _internal(e: BaseException) -> typer.Exit:
    """Log the frames (not the message, which may quote data) and give the user a reference."""
    ref = secrets.token_hex(4)
    frames = "\n".join(
        f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(e.__traceback__)
    )
    logger = logging.getLogger("rapporteur")
    target = next((getattr(h, "baseFilename", None) for h in logger.handlers), None)
    if target is None:
        state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "rapporteur"
        try:
            state.mkdir(parents=True, exist_ok=True, mode=0o700)
            target = str(state / "errors.log")
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as f:
                f.write(f"internal error {ref}: {type(e).__name__}\n{frames}\n")
        except OSError:
            target = "(no log could be written)"
    else:
        log.error("internal error %s: %s\n%s", ref, type(e).__name__, frames)
    return fail(
        f"internal error {ref} ({type(e).__name__}); nothing was left half-written. Details for a "
        f"bug report are in {target} under this reference.",
        EXIT_INTERNAL,
    )


def guarded(f: F) -> F:
    """Map the errors of one command to messages and exit codes."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _opened.clear()
        outcome = "error"
        try:
            r = f(*args, **kwargs)
            outcome = "ok"
            return r
        except (typer.Exit, typer.Abort, ClickException):
            outcome = "ok"
            raise
        except RapporteurError as e:
            raise fail(_escape(str(e)), e.exit_code) from None
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            raise fail(_escape(f"{where}{e.strerror or e}"), EXIT_USER) from None
        except Exception as e:
            raise _internal(e) from None
        finally:
            for w in _opened:
                w.audit(f.__name__.replace("_", "-"), outcome)
            _opened.clear()

    return wrapper  # type: ignore[return-value]


def _guarding(register: Callable[[F], Any]) -> Callable[[F], F]:
    def decorator(f: F) -> F:
        register(guarded(f))
        return f

    return decorator


class App(typer.Typer):
    """A Typer app whose commands (and group callbacks) are guarded."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        return _guarding(super().command(*args, **kwargs))

    def callback(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        return _guarding(super().callback(*args, **kwargs))


def sub_app(help_text: str, **kwargs: Any) -> App:
    kwargs.setdefault("no_args_is_help", True)
    return App(help=help_text, add_completion=False, pretty_exceptions_enable=False, **kwargs)


# Validation of option values: a bad value is a usage error (exit 2) naming the option.


def choice(allowed: Iterable[str], many: bool = False) -> Callable[[str | None], str | None]:
    allowed = tuple(allowed)

    def check(value: str | None) -> str | None:
        if value is None:
            return None
        items = [v.strip() for v in value.split(",") if v.strip()] if many else [value]
        bad = [v for v in items if v not in allowed]
        if bad or not items:
            raise typer.BadParameter(f"{', '.join(map(repr, bad)) or 'nothing'}: use {', '.join(allowed)}")
        return ",".join(items) if many else value

    return check


def out_file(value: Path | None) -> Path | None:
    """An output file whose folder exists (or can be made) and can be written."""
    if value is None:
        return None
    if value.is_dir():
        raise typer.BadParameter(f"{value} is a folder; give a file name")
    try:
        value.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise typer.BadParameter(f"cannot create the folder {value.parent}: {e.strerror}") from None
    if not os.access(value.parent, os.W_OK):
        raise typer.BadParameter(f"cannot write in {value.parent}")
    return value


def out_dir(value: Path) -> Path:
    try:
        value.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise typer.BadParameter(f"cannot create the folder {value}: {e.strerror}") from None
    if not os.access(value, os.W_OK):
        raise typer.BadParameter(f"cannot write in {value}")
    return value


def year(value: int | None) -> int | None:
    if value is not None and not 1990 <= value <= 2100:
        raise typer.BadParameter(f"{value} is not a plausible reference year (1990 to 2100)")
    return value


WorkspaceOpt = Annotated[
    Path | None,
    typer.Option(
        "--workspace",
        "-w",
        help="Workspace folder (default: $RAPPORTEUR_WORKSPACE, else the current folder).",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
YearOpt = Annotated[int, typer.Option(help="Reference year.", callback=year)]
OutFileOpt = Annotated[Path, typer.Option("--out", help="File to write.", callback=out_file)]


def in_file(help_text: str) -> Any:
    """An input file argument: it must exist and be a readable file."""
    return typer.Argument(help=help_text, exists=True, dir_okay=False, readable=True)


LangOpt = Annotated[
    str,
    typer.Option(help=f"Language of titles and labels ({', '.join(LANGUAGES)}).", callback=choice(LANGUAGES)),
]


_opened: list[wsp.Workspace] = []  # workspaces the running command opened, for the audit log


def open_ws(path: Path | None) -> wsp.Workspace:
    w = wsp.find(path)
    _opened.append(w)
    return w


def finite(v: Any) -> Any:
    """JSON has no infinity: an unbounded limit is written as null."""
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict):
        return {k: finite(x) for k, x in v.items()}
    if isinstance(v, list):
        return [finite(x) for x in v]
    return v


def dump(obj: Any) -> Any:
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    if isinstance(obj, list):
        return [dump(x) for x in obj]
    return obj


def print_json(obj: Any) -> None:
    """The model's dump (or a list of them) as one line of JSON."""
    print(json.dumps(finite(dump(obj)), ensure_ascii=False, allow_nan=False))


def table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> None:
    t = Table(title=title)
    for c in columns:
        t.add_column(c)
    for r in rows:
        t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
    out.print(t)
