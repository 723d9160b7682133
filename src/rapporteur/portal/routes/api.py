"""The JSON API under /api/v1 (bearer tokens; public statistics and case-law search)."""

import datetime as dt
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from rapporteur import feedback, ingest, stats
from rapporteur.caselaw import search
from rapporteur.errors import RapporteurError, UnknownId
from rapporteur.ingest.models import Reject, Submission
from rapporteur.portal.routes.common import save_upload
from rapporteur.portal.web import Portal, may_see
from rapporteur.stats.models import PublishedTable
from rapporteur.store import users
from rapporteur.store.users import User


def create(p: Portal) -> FastAPI:
    api = FastAPI(
        title="Rapporteur API",
        version="1",
        description="Submissions of the actors (bearer token) and the published statistics and "
        'case law (public). Errors are JSON: {"error": message}.',
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )

    def bearer(request: Request) -> User:
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        u = users.by_token(p.ws.engine, token.strip()) if scheme.lower() == "bearer" else None
        if u is None:
            raise HTTPException(401, "a valid API token is needed", {"WWW-Authenticate": "Bearer"})
        request.state.api_user = u
        return u

    Auth = Annotated[User, Depends(bearer)]

    def own(u: User, submission_id: int) -> Submission:
        try:
            sub = ingest.submission(p.ws, submission_id)
        except UnknownId:
            raise HTTPException(404, f"no submission {submission_id}") from None
        if not may_see(u, sub.actor):
            raise HTTPException(404, f"no submission {submission_id}")  # another actor's: not said
        return sub

    @api.post("/submissions", response_model=Submission, summary="Send an actor's yearly file")
    async def post_submission(
        u: Auth,
        file: Annotated[UploadFile, File(description="CSV, XLSX or Parquet")],
        actor: Annotated[str, Form()],
        year: Annotated[int, Form(ge=1990, le=2100)],
    ) -> Any:
        if not may_see(u, actor):
            raise HTTPException(403, "this token may only send files for its own actor")
        path = await save_upload(p, file)
        job = p.jobs.start(path, actor, year, u.name)
        await run_in_threadpool(job.future.result)  # type: ignore[union-attr]
        if job.submission_id is None:
            raise HTTPException(400, job.error or "the file could not be ingested")
        return ingest.submission(p.ws, job.submission_id)

    @api.get("/submissions", response_model=list[Submission], summary="Submissions (an actor: its own)")
    def list_submissions(u: Auth) -> Any:
        return [s for s in ingest.submissions(p.ws) if may_see(u, s.actor)]

    @api.get("/submissions/{submission_id}", response_model=Submission)
    def get_submission(u: Auth, submission_id: int) -> Any:
        return own(u, submission_id)

    @api.get(
        "/submissions/{submission_id}/rejects",
        response_model=list[Reject],
        summary="Rejected cells; values that could identify a person are null",
    )
    def get_rejects(u: Auth, submission_id: int) -> Any:
        own(u, submission_id)
        return feedback.visible_rejects(p.ws, submission_id)

    @api.get("/stats/{year}", response_model=list[PublishedTable], summary="Published tables (public)")
    def get_stats(year: int, lang: Annotated[str, Query(pattern="^(fr|nl|en)$")] = "en") -> Any:
        if not 1990 <= year <= dt.date.today().year:
            raise HTTPException(404, f"no statistics for {year}")
        return stats.published_tables(p.ws, year, lang)

    @api.get("/caselaw/search", summary="Search the case law (public)")
    def caselaw_search(
        q: Annotated[str, Query(min_length=1, max_length=200)],
        lang: Annotated[str | None, Query(pattern="^(fr|nl|en)$")] = None,
        limit: Annotated[int, Query(ge=1, le=100)] = 10,
    ) -> list[dict[str, Any]]:
        return [h.to_json() for h in search(p.ws, q, lang=lang, limit=limit)]

    @api.exception_handler(HTTPException)
    async def http_error(_r: Request, e: HTTPException) -> JSONResponse:
        return JSONResponse({"error": e.detail}, e.status_code, headers=e.headers)

    @api.exception_handler(RequestValidationError)
    async def invalid(_r: Request, e: RequestValidationError) -> JSONResponse:
        where = ", ".join(".".join(map(str, err["loc"])) for err in e.errors())
        return JSONResponse({"error": f"missing or invalid: {where}"}, 422)

    @api.exception_handler(RapporteurError)
    async def user_error(_r: Request, e: RapporteurError) -> JSONResponse:
        return JSONResponse({"error": str(e)}, 404 if isinstance(e, UnknownId) else 400)

    return api
