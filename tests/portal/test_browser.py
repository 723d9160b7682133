"""The actor's path in a real browser (Playwright, the system Chromium): log in, send a file with
bad rows, read the reasons in Dutch, download the rejects, send a fixed file that supersedes the
first. Screenshots of each screen at 1280 and 400 px go to /tmp/portal-shots/."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from tests.portal.conftest import PASSWORD, bad_file, good_file

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path("/tmp/portal-shots")
sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no system Chromium")


@pytest.fixture
def server(app):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(10)


def _shots(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for width in (1280, 400):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_actor_fixes_a_file_in_dutch(server, tmp_path):
    bad, good = tmp_path / "politie-2013.csv", tmp_path / "politie-2013-fixed.csv"
    bad.write_bytes(bad_file())
    good.write_bytes(good_file())
    errors: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(accept_downloads=True)
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(server + "/")
        _shots(page, "home")
        page.goto(server + "/login")
        _shots(page, "login")
        page.fill("input[name=name]", "police-nl")
        page.fill("input[name=password]", PASSWORD)
        page.click("form[action='/login'] button[type=submit]")
        page.wait_for_url("**/actor")
        assert page.locator("h1").inner_text() == "Het bestand van het jaar versturen"
        _shots(page, "actor")
        page.fill("input[name=year]", "2013")
        page.set_input_files("input[name=file]", str(bad))
        page.click("form[action='/actor/upload'] button[type=submit]")
        page.wait_for_url("**/actor/submissions/*", timeout=60_000)  # htmx polled the progress
        body = page.locator("main").inner_text()
        assert "onmogelijke datum" in body and "onbekende code" in body
        assert "Verbeter de datum in Date de naissance" in body
        assert "31/02/1991" not in body and "(niet getoond)" in body  # the birth date is masked
        _shots(page, "result")
        with page.expect_download() as d:
            page.click("a[href$='rejects.csv']")
        rejects = Path(d.value.path()).read_text("utf-8-sig")
        assert rejects.splitlines()[0] == "Rij;Kolom;Waarde;Regel;Hoe verbeteren"
        assert len(rejects.splitlines()) == 3 and "31/02/1991" not in rejects
        first = page.url.rsplit("/", 1)[1]
        page.click("main a[href='/actor']")
        page.fill("input[name=year]", "2013")
        page.set_input_files("input[name=file]", str(good))
        page.click("form[action='/actor/upload'] button[type=submit]")
        page.wait_for_url(lambda u: "/actor/submissions/" in u and not u.endswith("/" + first))
        assert "Geweigerde rijen\t0" in page.locator("table.summary").inner_text()
        page.goto(server + "/actor")
        history = page.locator("table").inner_text()
        assert "vervangen door een latere aanlevering" in history  # the first is superseded
        _shots(page, "history")
        page.goto(server + "/caselaw?q=exploitation")
        _shots(page, "caselaw")
        browser.close()
    assert not [e for e in errors if "Content Security Policy" in e], errors
