"""Portal accounts (decision 0028): roles, argon2 password hashes, API tokens stored as SHA-256.

A password is never stored or logged; an API token is shown once and only its SHA-256 is kept
(a token is 32 random bytes, so a fast hash is enough to find it and useless to guess it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError

from rapporteur.errors import BadOption, Conflict, UnknownId
from rapporteur.languages import LANGUAGES
from rapporteur.store import schema

Role = Literal["actor", "analyst", "admin"]
ROLES: tuple[Role, ...] = ("actor", "analyst", "admin")
MIN_PASSWORD = 12
TOKEN_PREFIX = "rpt_"
_hasher = PasswordHasher()
# verifying against a dummy hash when the name is unknown takes as long as a real check
_DUMMY = _hasher.hash("not a password of anyone")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    actor: str | None
    lang: str
    session_gen: int

    @property
    def sees_all(self) -> bool:
        return self.role in ("analyst", "admin")


def _user(row: object) -> User:
    r = dict(row._mapping)  # type: ignore[attr-defined]
    return User(r["id"], r["name"], r["role"], r["actor_id"], r["lang"], r["session_gen"])


def add(
    engine: Engine, name: str, role: str, password: str, actor: str | None = None, lang: str = "en"
) -> User:
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", name):
        raise BadOption(f"user name {name!r}: use 1 to 64 letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise BadOption(f"role {role!r}: use {', '.join(ROLES)}")
    if (role == "actor") != (actor is not None):
        raise BadOption("an actor user needs --actor ID; analysts and admins have none")
    if lang not in LANGUAGES:
        raise BadOption(f"language {lang!r}: use {', '.join(LANGUAGES)}")
    if len(password) < MIN_PASSWORD:
        raise BadOption(f"the password must have at least {MIN_PASSWORD} characters")
    with engine.begin() as conn:
        if actor is not None:
            known = conn.execute(select(schema.actor.c.id).where(schema.actor.c.id == actor)).first()
            if known is None:
                raise UnknownId(f"unknown actor {actor!r}; list them with 'rapporteur actor list'")
        try:
            conn.execute(
                schema.portal_user.insert().values(
                    name=name,
                    role=role,
                    actor_id=actor,
                    password_hash=_hasher.hash(password),
                    lang=lang,
                    session_gen=1,
                    created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                )
            )
        except IntegrityError:
            raise Conflict(f"a user named {name!r} exists already") from None
    return by_name(engine, name)


def by_name(engine: Engine, name: str) -> User:
    with engine.connect() as conn:
        row = conn.execute(select(schema.portal_user).where(schema.portal_user.c.name == name)).first()
    if row is None:
        raise UnknownId(f"no portal user {name!r}; add one with 'rapporteur user add'")
    return _user(row)


def by_id(engine: Engine, user_id: int) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(select(schema.portal_user).where(schema.portal_user.c.id == user_id)).first()
    return _user(row) if row else None


def listing(engine: Engine) -> list[User]:
    with engine.connect() as conn:
        rows = conn.execute(select(schema.portal_user).order_by(schema.portal_user.c.id)).all()
    return [_user(r) for r in rows]


def check_password(engine: Engine, name: str, password: str) -> User | None:
    """The user if the password is right, else None (same work whether or not the name exists)."""
    with engine.connect() as conn:
        row = conn.execute(select(schema.portal_user).where(schema.portal_user.c.name == name)).first()
    stored = row._mapping["password_hash"] if row else _DUMMY
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    if _hasher.check_needs_rehash(stored):
        _set(engine, row._mapping["id"], password_hash=_hasher.hash(password))
    return _user(row)


def new_token(engine: Engine, name: str) -> str:
    """A new API token for the user (replacing any earlier one); only its hash is stored."""
    u = by_name(engine, name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    _set(engine, u.id, token_sha256=_digest(token))
    return token


def by_token(engine: Engine, token: str) -> User | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    with engine.connect() as conn:
        row = conn.execute(
            select(schema.portal_user).where(schema.portal_user.c.token_sha256 == _digest(token))
        ).first()
    return _user(row) if row else None


def set_lang(engine: Engine, user_id: int, lang: str) -> None:
    if lang not in LANGUAGES:
        raise BadOption(f"language {lang!r}: use {', '.join(LANGUAGES)}")
    _set(engine, user_id, lang=lang)


def end_sessions(engine: Engine, user_id: int) -> None:
    """Every session cookie issued so far stops being valid (logout)."""
    t = schema.portal_user
    with engine.begin() as conn:
        conn.execute(update(t).where(t.c.id == user_id).values(session_gen=t.c.session_gen + 1))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _set(engine: Engine, user_id: int, **values: object) -> None:
    t = schema.portal_user
    with engine.begin() as conn:
        conn.execute(update(t).where(t.c.id == user_id).values(**values))
