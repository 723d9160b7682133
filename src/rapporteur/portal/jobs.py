"""Ingestion outside the request: one worker thread, each job's step polled by the page."""

from __future__ import annotations

import logging
import secrets
import shutil
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rapporteur import ingest
from rapporteur.errors import RapporteurError
from rapporteur.workspace import Workspace

log = logging.getLogger("rapporteur.portal")


@dataclass
class Job:
    id: str
    actor: str
    year: int
    user: str
    step: str = "queued"
    done: bool = False
    submission_id: int | None = None
    error: str | None = None
    future: Future[None] | None = field(default=None, repr=False)


class Jobs:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rapporteur-ingest")
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.uploads = ws.uploads_dir

    def upload_dir(self) -> Path:
        """A private folder for one upload (the file keeps its name, which ingest records)."""
        d = self.uploads / secrets.token_hex(8)
        d.mkdir(parents=True, mode=0o700)
        return d

    def start(self, path: Path, actor: str, year: int, user: str) -> Job:
        job = Job(secrets.token_urlsafe(12), actor, year, user)
        with self.lock:
            self.jobs[job.id] = job
        job.future = self.pool.submit(self._run, job, path)
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def _run(self, job: Job, path: Path) -> None:
        def step(s: str) -> None:
            job.step = s

        try:
            r = ingest.submit(self.ws, path, job.actor, job.year, progress=step)
            job.submission_id = r.submission_id
        except ingest.IngestError as e:
            job.submission_id = e.result.submission_id if e.result else None
            job.error = str(e)
        except RapporteurError as e:
            job.error = str(e)
        except Exception as e:  # the page says it failed; the log has the type, never the data
            log.error("portal ingestion failed: %s", type(e).__name__)
            job.error = "internal error; see the workspace log"
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)
            job.step, job.done = "done", True

    def close(self) -> None:
        self.pool.shutdown(wait=True)
