"""The JSON API: bearer tokens, one actor cannot see another's submissions, JSON errors."""

from __future__ import annotations

import pytest

from rapporteur.store import users
from tests.portal.conftest import bad_file, good_file


def _token(app, name):
    return {"Authorization": f"Bearer {users.new_token(app.state.portal.ws.engine, name)}"}


def _send(client, headers, data: bytes, actor="police", year=2013):
    return client.post(
        "/api/v1/submissions",
        headers=headers,
        data={"actor": actor, "year": str(year)},
        files={"file": ("police-2013.csv", data, "text/csv")},
    )


def test_protected_routes_need_a_token(client):
    for path in ("/api/v1/submissions", "/api/v1/submissions/1", "/api/v1/submissions/1/rejects"):
        r = client.get(path)
        assert r.status_code == 401, path
        assert r.json()["error"] and r.headers["www-authenticate"] == "Bearer"
    r = client.get("/api/v1/submissions", headers={"Authorization": "Bearer rpt_not-a-token"})
    assert r.status_code == 401
    r = client.post("/api/v1/submissions", data={"actor": "police", "year": "2013"})
    assert r.status_code == 401


def test_submission_answers_as_ingest_json_and_rejects_are_masked(app, client):
    police = _token(app, "police-nl")
    r = _send(client, police, bad_file())
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "accepted" and body["accepted"] == 4 and body["rejected"] == 2
    assert set(body) >= {"submission_id", "actor", "year", "sha256", "rows", "superseded_by"}
    rejects = client.get(f"/api/v1/submissions/{body['submission_id']}/rejects", headers=police).json()
    assert {x["rule"] for x in rejects} == {"impossible_date", "unknown_code"}
    birth = next(x for x in rejects if x["rule"] == "impossible_date")
    assert birth["value"] is None  # a birth date could identify: never answered
    assert next(x for x in rejects if x["rule"] == "unknown_code")["value"] == "9°"
    fixed = _send(client, police, good_file()).json()
    listed = client.get("/api/v1/submissions", headers=police).json()
    first = next(s for s in listed if s["submission_id"] == body["submission_id"])
    assert first["status"] == "superseded" and first["superseded_by"] == fixed["submission_id"]


def test_an_actor_cannot_read_another_actors_submission(app, client):
    sid = _send(client, _token(app, "police-nl"), good_file()).json()["submission_id"]
    court = _token(app, "court-en")
    assert client.get(f"/api/v1/submissions/{sid}", headers=court).status_code == 404
    assert client.get(f"/api/v1/submissions/{sid}/rejects", headers=court).status_code == 404
    assert client.get("/api/v1/submissions", headers=court).json() == []
    assert _send(client, court, good_file(), actor="police").status_code == 403
    analyst = _token(app, "analyst")
    assert [s["submission_id"] for s in client.get("/api/v1/submissions", headers=analyst).json()] == [sid]


def test_a_new_token_replaces_the_old_one(app, client):
    old = _token(app, "court-en")
    new = _token(app, "court-en")
    assert client.get("/api/v1/submissions", headers=old).status_code == 401
    assert client.get("/api/v1/submissions", headers=new).status_code == 200


def test_openapi_describes_the_routes(client):
    spec = client.get("/api/v1/openapi.json").json()
    wanted = {"/submissions", "/submissions/{submission_id}/rejects", "/stats/{year}", "/caselaw/search"}
    assert wanted <= set(spec["paths"])


@pytest.mark.slow  # the published tables take minutes on a loaded machine
def test_public_stats_and_errors_are_json(app, client):
    _send(client, _token(app, "police-nl"), good_file())
    r = client.get("/api/v1/stats/2013")
    assert r.status_code == 200 and r.json() and {"table_id", "cells"} <= set(r.json()[0])
    assert client.get("/api/v1/stats/2013?lang=xx").status_code == 422
    assert "error" in client.get("/api/v1/stats/1800").json()
