"""Security of the screens: CSRF, login rate limit, session cookie, headers, upload limit, audit,
and no synthetic name in any public page or API answer."""

from __future__ import annotations

import re

import pytest

from rapporteur.store import audit
from tests.conftest import GOOD_ROWS
from tests.portal.conftest import BAD_ROWS, PASSWORD, bad_file, csrf_of, login

NAMES = {part for row in GOOD_ROWS + BAD_ROWS for part in row.split(";")[1:3]}


def test_a_form_post_without_its_csrf_token_is_refused(client):
    csrf_of(client.get("/login").text)
    r = client.post("/login", data={"name": "police-nl", "password": PASSWORD})
    assert r.status_code == 403
    r = client.post("/login", data={"name": "police-nl", "password": PASSWORD, "csrf": "forged"})
    assert r.status_code == 403
    assert login(client, "police-nl").status_code == 303
    r = client.post("/actor/upload", data={"year": "2013"}, files={"file": ("a.csv", bad_file())})
    assert r.status_code == 403
    r = client.post("/logout")
    assert r.status_code == 403
    token = csrf_of(client.get("/actor").text)
    r = client.post("/lang", data={"lang": "fr"}, headers={"X-CSRF-Token": token}, follow_redirects=False)
    assert r.status_code == 303  # the htmx way: the token in a header


def test_the_eleventh_wrong_password_in_a_minute_is_refused(client):
    for _ in range(10):
        assert login(client, "police-nl", "wrong password!").status_code == 401
    assert login(client, "police-nl", "wrong password!").status_code == 429
    assert login(client, "police-nl").status_code == 429  # even the right one, for that minute


def test_session_cookie_is_renewed_at_login_and_ended_at_logout(client):
    client.get("/login")
    before = client.cookies.get("rapporteur_session")
    r = login(client, "police-nl")
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    after = client.cookies.get("rapporteur_session")
    assert after and after != before
    assert client.get("/actor").status_code == 200
    client.post("/logout", data={"csrf": csrf_of(client.get("/actor").text)})
    client.cookies.set("rapporteur_session", after)  # the old cookie, replayed
    assert client.get("/actor", follow_redirects=False).status_code == 303


def test_security_headers_on_pages_api_and_errors(client):
    for path in ("/", "/login", "/caselaw", "/api/v1/openapi.json", "/nowhere", "/static/portal.css"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "same-origin"
    html = client.get("/login").text
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "no inline script"
    assert " style=" not in html and "<style" not in html


def test_uploads_over_the_limit_are_refused_before_reading(app, client):
    app.state.portal.ws.settings.portal.max_upload_mb = 1
    login(client, "police-nl")
    token = csrf_of(client.get("/actor").text)
    big = b"x" * 1_100_000
    r = client.post("/actor/upload", data={"csrf": token, "year": "2013"}, files={"file": ("a.csv", big)})
    assert r.status_code == 413


def test_every_action_is_in_the_audit_log(app, client):
    login(client, "police-nl", "wrong password!")
    login(client, "police-nl")
    client.get("/actor")
    rows = audit.entries(app.state.portal.ws.engine, 20)
    commands = [(e.command, e.portal_user, e.outcome) for e in rows]
    assert ("portal POST /login", None, "http 401") in commands
    assert ("portal GET /actor", "police-nl", "ok") in commands


def _crawl(client, start: list[str]) -> dict[str, str]:
    seen: dict[str, str] = {}
    todo = list(start)
    while todo and len(seen) < 60:
        path = todo.pop()
        if path in seen:
            continue
        r = client.get(path)
        seen[path] = r.text
        if "html" in r.headers.get("content-type", ""):
            for link in re.findall(r'href="(/[^"]*)"', r.text):
                if not link.startswith(("/actor", "/static", "/jobs", "/login")):
                    todo.append(link)
    return seen


@pytest.mark.slow  # the statistics pages compute the published tables
def test_no_synthetic_name_in_any_public_page_or_api_answer(app, client):
    login(client, "police-nl")
    token = csrf_of(client.get("/actor").text)
    r = client.post(
        "/actor/upload", data={"csrf": token, "year": "2013"}, files={"file": ("p.csv", bad_file())}
    )
    app.state.portal.jobs.close()
    client.post("/logout", data={"csrf": csrf_of(client.get("/actor").text)})
    pages = _crawl(
        client,
        ["/", "/caselaw?q=exploitation", "/api/v1/stats/2013", "/api/v1/caselaw/search?q=travail"],
    )
    assert "/stats/2013" in pages and "/stats/2013.csv" in pages
    for path, text in pages.items():
        text = re.sub(r'(value="|"X-CSRF-Token": ")[^"]+', "", text)  # random tokens may spell a name
        for name in NAMES:
            assert not re.search(rf"\b{name}\b", text), f"{name} in {path}"
    del r
