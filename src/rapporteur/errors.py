"""One error model for every stage.

Stages raise these; the CLI (and later the portal) maps them to exit codes or HTTP statuses.
A message says what is wrong and how to fix it, names the file, row and column where there is
one, and never quotes a value that could identify a person.

Exit codes (documented in docs/cli.md):

- 0 success;
- 1 data rejected under ``--strict`` (``DataRejected``);
- 2 user error: bad input file, unknown id, bad option, missing workspace (``UserError``), or a
  conflict such as a busy workspace (``Conflict``);
- 3 internal error: a short message and a reference to the log, never a traceback.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USER = 2
EXIT_INTERNAL = 3


class RapporteurError(Exception):
    """Base of every error Rapporteur raises on purpose."""

    exit_code = EXIT_INTERNAL
    http_status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UserError(RapporteurError):
    """Something the user can fix: an input file, an option, an id, the workspace."""

    exit_code = EXIT_USER
    http_status = 400


class BadInput(UserError):
    """An input file that cannot be used (as a whole or in part)."""

    http_status = 422


class UnknownId(UserError):
    """An id (submission, run, actor, judgment, recommendation) that does not exist."""

    http_status = 404


class BadOption(UserError):
    """An option value outside its allowed set (language, format, path, range)."""


class DataRejected(RapporteurError):
    """Rows were rejected and the caller asked for all or nothing (``--strict``)."""

    exit_code = EXIT_REJECTED
    http_status = 422


class Conflict(RapporteurError):
    """The workspace is busy or in a state that forbids the operation."""

    exit_code = EXIT_USER
    http_status = 409
