"""Command-line interface: one module per stage, each a thin layer over that stage.

A command parses its options, calls one stage function and prints; it holds no SQL and no
computation. Errors become messages and exit codes in ``common.guarded`` (docs/cli.md).
"""

from rapporteur.cli.main import app, main

__all__ = ["app", "main"]
