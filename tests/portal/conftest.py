from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from rapporteur.store import users
from tests.conftest import GOOD_ROWS, police_csv

PASSWORD = "correct horse battery"
BAD_ROWS = [
    "P5;Eva;Janssens;31/02/1991;F;Roumanie;1°;12/03/2013",  # impossible date
    "P6;Luc;Peeters;01/01/1980;X;Belgique;9°;12/03/2013",  # unknown sex and form
]


@pytest.fixture
def app(ws):
    from rapporteur.portal import create_app

    users.add(ws.engine, "police-nl", "actor", PASSWORD, actor="police", lang="nl")
    users.add(ws.engine, "court-en", "actor", PASSWORD, actor="court", lang="en")
    users.add(ws.engine, "analyst", "analyst", PASSWORD)
    a = create_app(ws)
    yield a
    a.state.portal.jobs.close()


@pytest.fixture
def client(app):
    with TestClient(app, base_url="http://testserver") as c:
        yield c


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "the page has a CSRF field"
    return m.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD):
    token = csrf_of(client.get("/login").text)
    return client.post(
        "/login", data={"name": name, "password": password, "csrf": token}, follow_redirects=False
    )


def bad_file() -> bytes:
    return police_csv(GOOD_ROWS + BAD_ROWS)


def good_file() -> bytes:
    return police_csv(GOOD_ROWS)
