"""Fault injection for the crash tests: ``point("link.before_commit")`` kills the process with
SIGKILL when ``RAPPORTEUR_FAULT_KILL_AT`` names that point. Does nothing otherwise."""

from __future__ import annotations

import os
import signal

ENV_VAR = "RAPPORTEUR_FAULT_KILL_AT"
POINTS = ("ingest.archived", "ingest.before_commit", "link.before_commit", "report.before_record")


def point(name: str) -> None:
    if os.environ.get(ENV_VAR) == name:
        os.kill(os.getpid(), signal.SIGKILL)
