"""Sessions in signed cookies, CSRF tokens, the login rate limit, security headers, upload limit."""

from __future__ import annotations

import hmac
import json
import secrets
import time
from collections import defaultdict, deque
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rapporteur.store import keys

COOKIE = "rapporteur_session"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
}


def session_key(path: Path) -> bytes:
    """The cookie-signing key, made (0600) the first time."""
    if not path.exists():
        keys.write_key(path, secrets.token_bytes(32), exclusive=True)
    return keys.read_key(path)


class Sessions:
    """A session is a signed, timestamped cookie: {u: user id, g: session generation, c: CSRF}."""

    def __init__(self, key: bytes, max_age_s: float) -> None:
        self.s = URLSafeTimedSerializer(key, salt="rapporteur-portal-session")
        self.max_age = int(max_age_s)

    def new(self, user_id: int | None = None, gen: int = 0) -> dict[str, Any]:
        data: dict[str, Any] = {"c": secrets.token_urlsafe(24)}
        if user_id is not None:
            data.update(u=user_id, g=gen)
        return data

    def dumps(self, data: dict[str, Any]) -> str:
        return self.s.dumps(data)

    def loads(self, cookie: str | None) -> dict[str, Any] | None:
        if not cookie:
            return None
        try:
            data = self.s.loads(cookie, max_age=self.max_age)
        except BadSignature:
            return None
        return data if isinstance(data, dict) and isinstance(data.get("c"), str) else None


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


class LoginLimiter:
    """Wrong passwords per key (account, client address) in a sliding minute."""

    def __init__(self, per_minute: int) -> None:
        self.limit = per_minute
        self.failures: dict[str, deque[float]] = defaultdict(deque)

    def _recent(self, key: str) -> deque[float]:
        q = self.failures[key]
        now = time.monotonic()
        while q and now - q[0] > 60:
            q.popleft()
        return q

    def blocked(self, *keys_: str) -> bool:
        return any(len(self._recent(k)) >= self.limit for k in keys_)

    def failed(self, *keys_: str) -> None:
        for k in keys_:
            self._recent(k).append(time.monotonic())


class BodyLimit:
    """Refuse a request body over the limit (413) from Content-Length, or as soon as more bytes
    arrive than allowed: nothing larger is ever read into memory or onto disk."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max):
            await _too_large(send, self.max)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max:
                    raise TooLarge()
            return msg

        try:
            await self.app(scope, limited, send)
        except TooLarge:
            await _too_large(send, self.max)


class TooLarge(Exception):
    pass


async def _too_large(send: Send, limit: int) -> None:
    mb = limit // 1_000_000
    msg = f"the upload is larger than the portal accepts ({mb} MB, setting portal.max_upload_mb)"
    body = json.dumps({"error": msg}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), *_raw_headers()],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _raw_headers() -> list[tuple[bytes, bytes]]:
    return [(k.encode(), v.encode()) for k, v in HEADERS.items()]
