"""Server-side front-desk sessions: a random cookie value, a CSRF token, idle and absolute expiry, real sign-out.

The browser holds only a random session id (an HttpOnly cookie). The server keeps the SHA-256 of
it with the account, a per-session CSRF token and two times; signing out deletes the row, so the
old cookie opens nothing afterwards, and disabling an account deletes all of its rows.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from webapp.staff_db import transaction

# A front-desk computer left signed in at lunch locks itself after 30 minutes; nobody stays signed
# in for more than a working day, however active.
DEFAULT_IDLE_SECONDS = 30 * 60
DEFAULT_ABSOLUTE_SECONDS = 12 * 3600
_MAX_COOKIE_CHARS = 128


@dataclass(frozen=True)
class SessionPolicy:
    idle_seconds: float = DEFAULT_IDLE_SECONDS
    absolute_seconds: float = DEFAULT_ABSOLUTE_SECONDS


@dataclass(frozen=True)
class Session:
    username: str
    csrf_token: str
    created: float
    last_seen: float


@dataclass(frozen=True)
class Lookup:
    """A valid session, or why there is none: 'missing' (never existed or signed out) or 'expired'."""

    session: Session | None
    reason: str = "ok"


def _id_hash(session_id: str) -> str:
    # surrogateescape: a cookie with bytes that are not UTF-8 is just an unknown session, never a 500.
    return hashlib.sha256(session_id.encode("utf-8", "surrogateescape")).hexdigest()


def create_session(
    db: Path | str, username: str, policy: SessionPolicy, now: float | None = None
) -> tuple[str, Session]:
    """(cookie value, session) for a staff member who has just signed in."""
    now = time.time() if now is None else now
    session_id = secrets.token_urlsafe(32)
    session = Session(username, secrets.token_urlsafe(32), now, now)
    with transaction(db) as conn:
        _delete_expired(conn, policy, now)
        conn.execute(
            "INSERT INTO sessions (id_hash, username, csrf_token, created, last_seen) VALUES (?, ?, ?, ?, ?)",
            (_id_hash(session_id), username, session.csrf_token, now, now),
        )
    return session_id, session


def lookup_session(db: Path | str, session_id: str | None, policy: SessionPolicy, now: float | None = None) -> Lookup:
    """The session for a cookie value, its idle clock restarted; an expired one is deleted."""
    if not session_id or len(session_id) > _MAX_COOKIE_CHARS:
        return Lookup(None, "missing")
    now = time.time() if now is None else now
    key = _id_hash(session_id)
    with transaction(db) as conn:
        row = conn.execute(
            "SELECT x.username, x.csrf_token, x.created, x.last_seen FROM sessions x "
            "JOIN staff s ON s.username = x.username AND s.disabled = 0 WHERE x.id_hash = ?",
            (key,),
        ).fetchone()
        if row is None:
            return Lookup(None, "missing")
        username, csrf_token, created, last_seen = row
        if now - last_seen > policy.idle_seconds or now - created > policy.absolute_seconds:
            conn.execute("DELETE FROM sessions WHERE id_hash = ?", (key,))
            return Lookup(None, "expired")
        conn.execute("UPDATE sessions SET last_seen = ? WHERE id_hash = ?", (now, key))
    return Lookup(Session(username, csrf_token, created, now))


def end_session(db: Path | str, session_id: str | None) -> bool:
    """Sign out: the row is deleted, so the cookie is worthless even if someone copied it."""
    if not session_id or len(session_id) > _MAX_COOKIE_CHARS:
        return False
    with transaction(db) as conn:
        return conn.execute("DELETE FROM sessions WHERE id_hash = ?", (_id_hash(session_id),)).rowcount > 0


def csrf_matches(session: Session, given: str | None) -> bool:
    """Constant-time check of the X-CSRF-Token header against the session's token."""
    expected = session.csrf_token.encode("ascii")
    if not given:
        hmac.compare_digest(expected, b"")  # a missing header costs what a wrong one does
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected)


def _delete_expired(conn, policy: SessionPolicy, now: float) -> None:
    conn.execute(
        "DELETE FROM sessions WHERE last_seen < ? OR created < ?",
        (now - policy.idle_seconds, now - policy.absolute_seconds),
    )
