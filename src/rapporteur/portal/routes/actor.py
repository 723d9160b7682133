"""Screens of the logged-in users: log in and out, language, upload, result, rejects, history."""

from __future__ import annotations

import csv
import io
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rapporteur import feedback, ingest
from rapporteur.errors import UnknownId
from rapporteur.feedback import texts as T
from rapporteur.ingest.models import Submission
from rapporteur.languages import LANGUAGES
from rapporteur.portal.routes.common import save_upload
from rapporteur.portal.web import check_csrf, may_see, portal, render, require_user, user_of
from rapporteur.safe import safe_cell
from rapporteur.store import users
from rapporteur.store.users import User

router = APIRouter()
Csrf = Depends(check_csrf)


def logged_in(request: Request) -> User:
    return require_user(request)


Me = Annotated[User, Depends(logged_in)]


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return render(request, "login.html")


@router.post("/login", dependencies=[Csrf])
def login(
    request: Request,
    name: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=200)],
) -> Response:
    p = portal(request)
    client = request.client.host if request.client else "?"
    keys = (f"name:{name}", f"addr:{client}")
    if p.limiter.blocked(*keys):
        return render(request, "login.html", 429, error="too_many")
    u = users.check_password(p.ws.engine, name, password)
    if u is None:
        p.limiter.failed(*keys)
        return render(request, "login.html", 401, error="wrong")
    request.state.user = u
    request.state.renew = p.sessions.new(u.id, u.session_gen)  # a new session at login
    return RedirectResponse("/actor", status_code=303)


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request, me: Me) -> Response:
    p = portal(request)
    users.end_sessions(p.ws.engine, me.id)
    request.state.renew = p.sessions.new()
    return RedirectResponse("/", status_code=303)


@router.post("/lang", dependencies=[Csrf])
def set_lang(request: Request, lang: Annotated[str, Form()]) -> Response:
    if lang not in LANGUAGES:
        raise HTTPException(400, "unknown language")
    u = user_of(request)
    back = request.headers.get("referer") or "/"
    target = back if back.startswith(str(request.base_url)) else "/"
    r = RedirectResponse(target, status_code=303)
    if u is not None:
        users.set_lang(portal(request).ws.engine, u.id, lang)
    else:
        r.set_cookie("rapporteur_lang", lang, max_age=365 * 86400, samesite="lax", httponly=True)
    return r


def _mine(request: Request, me: User) -> list[Submission]:
    subs = [s for s in ingest.submissions(portal(request).ws) if may_see(me, s.actor)]
    return sorted(subs, key=lambda s: s.submission_id, reverse=True)


@router.get("/actor", response_class=HTMLResponse)
def home(request: Request, me: Me) -> Response:
    return render(request, "actor.html", submissions=_mine(request, me), statuses=T.STATUSES)


@router.post("/actor/upload", dependencies=[Csrf])
async def upload(
    request: Request,
    me: Me,
    file: Annotated[UploadFile, File()],
    year: Annotated[int, Form(ge=1990, le=2100)],
    actor: Annotated[str | None, Form()] = None,
) -> Response:
    target = me.actor if me.role == "actor" else actor
    if not target or not may_see(me, target):
        raise HTTPException(403, "you may only send files for your own actor")
    p = portal(request)
    path = await save_upload(p, file)
    job = p.jobs.start(path, target, year, me.name)
    return render(request, "progress.html", job=job)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_state(request: Request, me: Me, job_id: str) -> Response:
    job = portal(request).jobs.get(job_id)
    if job is None or job.user != me.name:
        raise HTTPException(404, "no such upload")
    r = render(request, "_job.html", job=job)
    if job.done and job.submission_id is not None:
        r.headers["HX-Redirect"] = f"/actor/submissions/{job.submission_id}"
    return r


def _own(request: Request, me: User, submission_id: int) -> Submission:
    try:
        sub = ingest.submission(portal(request).ws, submission_id)
    except UnknownId:
        raise HTTPException(404, "no such submission") from None
    if not may_see(me, sub.actor):
        raise HTTPException(404, "no such submission")
    return sub


@router.get("/actor/submissions/{submission_id}", response_class=HTMLResponse)
def result(request: Request, me: Me, submission_id: int) -> Response:
    sub = _own(request, me, submission_id)
    doc = feedback.build(portal(request).ws, submission_id, me.lang)
    return render(request, "submission.html", sub=sub, doc=doc)


@router.get("/actor/submissions/{submission_id}/rejects.csv")
def rejects_csv(request: Request, me: Me, submission_id: int) -> Response:
    _own(request, me, submission_id)
    doc = feedback.build(portal(request).ws, submission_id, me.lang)
    lg = doc.lang
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow([T.ROW[lg], T.COLUMN[lg], T.VALUE[lg], T.RULE[lg], T.FIX[lg]])
    for row in doc.rejects:
        w.writerow([safe_cell(c) for c in row])
    return Response(
        "\ufeff" + buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="rejects-{submission_id}.csv"'},
    )


@router.get("/actor/submissions/{submission_id}/feedback.xlsx")
def feedback_xlsx(request: Request, me: Me, submission_id: int) -> Response:
    _own(request, me, submission_id)
    doc = feedback.build(portal(request).ws, submission_id, me.lang)
    return Response(
        feedback.to_xlsx(doc),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"content-disposition": f'attachment; filename="feedback-{submission_id}.xlsx"'},
    )
