"""Per-staff front-desk accounts: add, reset a password, disable, enable, remove, and check a sign-in."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from webapp.passwords import hash_password, needs_rehash, verify_password
from webapp.staff_db import transaction

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


class AccountError(ValueError):
    """The account operation cannot be done; the message says why."""


@dataclass(frozen=True)
class Account:
    username: str
    created: float
    disabled: bool
    sessions: int


def normalize_username(username: object) -> str | None:
    """The canonical (lower-case) name, or None if it can never be a staff name."""
    if not isinstance(username, str):
        return None
    name = username.strip().lower()
    return name if _USERNAME.match(name) else None


def _valid_username(username: str) -> str:
    name = normalize_username(username)
    if name is None:
        raise AccountError(
            "the name must be 2-32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return name


def add_account(db: Path | str, username: str, password: str, now: float | None = None) -> str:
    name = _valid_username(username)
    password_hash = hash_password(password)  # PasswordError if too short
    with transaction(db) as conn:
        if conn.execute("SELECT 1 FROM staff WHERE username = ?", (name,)).fetchone():
            raise AccountError(f"there is already an account '{name}' (to set a new password: make staff-passwd)")
        conn.execute(
            "INSERT INTO staff (username, password_hash, created) VALUES (?, ?, ?)",
            (name, password_hash, time.time() if now is None else now),
        )
    return name


def _existing(conn, username: str) -> str:
    name = normalize_username(username)
    if name is None or not conn.execute("SELECT 1 FROM staff WHERE username = ?", (name,)).fetchone():
        raise AccountError(f"there is no account '{username}'")
    return name


def set_password(db: Path | str, username: str, password: str) -> None:
    """A new password; the account's open sessions end (a reset is often because of a leak)."""
    password_hash = hash_password(password)
    with transaction(db) as conn:
        name = _existing(conn, username)
        conn.execute("UPDATE staff SET password_hash = ? WHERE username = ?", (password_hash, name))
        conn.execute("DELETE FROM sessions WHERE username = ?", (name,))


def set_disabled(db: Path | str, username: str, disabled: bool) -> None:
    """Disabling ends the account's sessions at once; the account and its audit trail stay."""
    with transaction(db) as conn:
        name = _existing(conn, username)
        conn.execute("UPDATE staff SET disabled = ? WHERE username = ?", (int(disabled), name))
        if disabled:
            conn.execute("DELETE FROM sessions WHERE username = ?", (name,))


def remove_account(db: Path | str, username: str) -> None:
    with transaction(db) as conn:
        name = _existing(conn, username)
        conn.execute("DELETE FROM sessions WHERE username = ?", (name,))
        conn.execute("DELETE FROM staff WHERE username = ?", (name,))


def list_accounts(db: Path | str) -> list[Account]:
    with transaction(db) as conn:
        rows = conn.execute(
            "SELECT s.username, s.created, s.disabled, COUNT(x.id_hash) FROM staff s "
            "LEFT JOIN sessions x ON x.username = s.username GROUP BY s.username ORDER BY s.username"
        ).fetchall()
    return [Account(u, c, bool(d), n) for u, c, d, n in rows]


def exists(db: Path | str, username: object) -> bool:
    name = normalize_username(username)
    if name is None or not Path(db).exists():
        return False
    with transaction(db) as conn:
        return conn.execute("SELECT 1 FROM staff WHERE username = ?", (name,)).fetchone() is not None


def count_active(db: Path | str) -> int:
    """Accounts that can sign in (0 on a fresh machine)."""
    if not Path(db).exists():
        return 0
    with transaction(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM staff WHERE disabled = 0").fetchone()[0]


def authenticate(db: Path | str, username: object, password: object) -> str | None:
    """The account's name if the password is right and the account is enabled, else None.

    Unknown and disabled names cost one hash check too, so timing does not tell which names exist."""
    name = normalize_username(username)
    stored = None
    if name is not None:
        with transaction(db) as conn:
            row = conn.execute(
                "SELECT password_hash FROM staff WHERE username = ? AND disabled = 0", (name,)
            ).fetchone()
        stored = row[0] if row else None
    if not verify_password(stored, password if isinstance(password, str) else ""):
        return None
    assert name is not None and stored is not None
    if needs_rehash(stored):
        # Stronger parameters since this hash was made: store a fresh one while we have the password.
        with transaction(db) as conn:
            conn.execute(
                "UPDATE staff SET password_hash = ? WHERE username = ?", (hash_password(password, new=False), name)
            )
    return name
