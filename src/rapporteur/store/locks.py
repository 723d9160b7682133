"""The workspace lock: a PostgreSQL advisory lock, or a file lock for SQLite.

Both wait at most ``timeout`` seconds (0: not at all), call ``waiting()`` once when they have to
wait, and raise ``busy()`` when the time is up. Ctrl-C interrupts the wait.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

# one key for "the workspace changes" (pg_advisory_lock takes a bigint); "rapp" in ASCII
ADVISORY_KEY = 0x72617070
POLL = 0.2


def _wait(
    try_once: Callable[[], bool], timeout: float, busy: Callable[[], Exception], waiting: Callable[[], None]
) -> None:
    if try_once():
        return
    if timeout <= 0:
        raise busy()
    waiting()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(POLL)
        if try_once():
            return
    raise busy()


@contextmanager
def file_lock(
    path: Path, timeout: float, busy: Callable[[], Exception], waiting: Callable[[], None]
) -> Iterator[None]:
    with path.open("w") as f:

        def once() -> bool:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True

        _wait(once, timeout, busy, waiting)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


@contextmanager
def advisory(
    engine: Engine, timeout: float, busy: Callable[[], Exception], waiting: Callable[[], None]
) -> Iterator[None]:
    """A session-level advisory lock held on a connection of its own for the whole block."""
    with engine.connect() as conn:

        def once() -> bool:
            got = bool(
                conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar_one()
            )
            conn.commit()
            return got

        _wait(once, timeout, busy, waiting)
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
            conn.commit()
