"""The app factory: state, middleware (session, user, headers, audit), error pages, routes."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from rapporteur.errors import RapporteurError, UnknownId
from rapporteur.portal import security
from rapporteur.portal.jobs import Jobs
from rapporteur.portal.web import NeedLogin, Portal, environment, render
from rapporteur.store import audit, users
from rapporteur.workspace import Workspace

log = logging.getLogger("rapporteur.portal")
STATIC = Path(__file__).parent / "static"
QUIET = ("/static/", "/jobs/")  # files and progress polling are not actions


def create_app(ws: Workspace) -> FastAPI:
    from rapporteur.portal.routes import actor, api, public

    s = ws.settings.portal
    key = security.session_key(ws.session_key_path)
    app = FastAPI(
        title="Rapporteur",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # the API's own description is at /api/v1/openapi.json
    )
    app.state.portal = Portal(
        ws,
        security.Sessions(key, s.session_hours * 3600),
        security.LoginLimiter(s.login_attempts_per_minute),
        Jobs(ws),
        environment(),
    )
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(public.router)
    app.include_router(actor.router)
    app.mount("/api/v1", api.create(app.state.portal))

    @app.middleware("http")
    async def session_and_headers(request: Request, call_next):
        p: Portal = app.state.portal
        data = p.sessions.loads(request.cookies.get(security.COOKIE))
        fresh = data is None
        request.state.session = data or p.sessions.new()
        request.state.user = _session_user(p, request.state.session)
        request.state.renew = None
        response = await call_next(request)
        if request.state.renew is not None or fresh:
            value = request.state.renew or request.state.session
            secure = s.https or request.url.scheme == "https"
            response.set_cookie(
                security.COOKIE,
                p.sessions.dumps(value),
                max_age=int(s.session_hours * 3600),
                httponly=True,
                samesite="lax",
                secure=secure,
                path="/",
            )
        _headers(response, s.https)
        _audit(p, request, response)
        return response

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, _e: NeedLogin) -> Response:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, e: HTTPException) -> Response:
        if request.headers.get("accept", "").startswith("application/json"):
            return JSONResponse({"error": e.detail}, e.status_code, headers=e.headers)
        return render(request, "error.html", e.status_code, message=e.detail)

    @app.exception_handler(RapporteurError)
    async def user_error(request: Request, e: RapporteurError) -> Response:
        return render(request, "error.html", 404 if isinstance(e, UnknownId) else 400, message=str(e))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, e: RequestValidationError) -> Response:
        fields = ", ".join(".".join(map(str, err["loc"][1:])) for err in e.errors())
        return render(request, "error.html", 422, message=f"missing or invalid: {fields}")

    return app


def _session_user(p: Portal, session: dict) -> users.User | None:
    uid = session.get("u")
    if not isinstance(uid, int):
        return None
    u = users.by_id(p.ws.engine, uid)
    return u if u is not None and u.session_gen == session.get("g") else None


def _headers(response: Response, https: bool) -> None:
    for k, v in security.HEADERS.items():
        response.headers.setdefault(k, v)
    if https:
        response.headers["strict-transport-security"] = "max-age=31536000"
    if "cache-control" not in response.headers:
        response.headers["cache-control"] = "no-store"


def _audit(p: Portal, request: Request, response: Response) -> None:
    """Every action: method and route pattern (never the query, which may hold search words),
    path ids, status; the portal user when known."""
    path = request.url.path
    if path.startswith(QUIET):
        return
    route = request.scope.get("route")
    pattern = getattr(route, "path", None) or path
    params = request.scope.get("path_params") or {}
    detail = " ".join(f"{k}={v}" for k, v in sorted(params.items())) or None
    user = getattr(request.state, "user", None) or getattr(request.state, "api_user", None)
    try:
        audit.record(
            p.ws.engine,
            f"portal {request.method} {pattern}"[:64],
            detail,
            "ok" if response.status_code < 400 else f"http {response.status_code}",
            portal_user=user.name if user else None,
        )
    except Exception:
        log.warning("audit entry for a portal request not written")
