"""What every screen shares: the portal's state, the current user, CSRF, rendering in a language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from rapporteur.languages import LANGUAGES
from rapporteur.portal.jobs import Jobs
from rapporteur.portal.security import LoginLimiter, Sessions, same_token
from rapporteur.report.i18n import Translator
from rapporteur.store.users import User
from rapporteur.workspace import Workspace

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class Portal:
    ws: Workspace
    sessions: Sessions
    limiter: LoginLimiter
    jobs: Jobs
    env: Environment


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
    )
    return env


def portal(request: Request) -> Portal:
    return request.app.state.portal


def user_of(request: Request) -> User | None:
    return getattr(request.state, "user", None)


def lang_of(request: Request) -> str:
    u = user_of(request)
    if u is not None:
        return u.lang
    chosen = request.query_params.get("lang") or request.cookies.get("rapporteur_lang")
    return chosen if chosen in LANGUAGES else "en"


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    p = portal(request)
    lang = lang_of(request)
    t = Translator(lang)
    html = p.env.get_template(template).render(
        request=request,
        user=user_of(request),
        lang=lang,
        languages=LANGUAGES,
        csrf=request.state.session["c"],
        number=t.number,
        _=t.gettext,
        gettext=t.gettext,
        **ctx,
    )
    return HTMLResponse(html, status_code=status)


class NeedLogin(Exception):
    pass


def require_user(request: Request, roles: tuple[str, ...] = ("actor", "analyst", "admin")) -> User:
    u = user_of(request)
    if u is None:
        raise NeedLogin()
    if u.role not in roles:
        raise HTTPException(403, "not allowed for this role")
    return u


async def check_csrf(request: Request) -> None:
    """Every form post and htmx request carries the session's CSRF token (field or header)."""
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        form = await request.form()
        value = form.get("csrf")
        sent = value if isinstance(value, str) else None
    if not same_token(sent, request.state.session["c"]):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def may_see(user: User, actor: str) -> bool:
    return user.sees_all or user.actor == actor
