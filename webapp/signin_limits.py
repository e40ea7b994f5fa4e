"""Lock-out of failed sign-ins, per account name and per client address, kept in the staff database.

After `per_account` wrong passwords for one name within `window_seconds`, that name is refused
(even with the right password) until the oldest failure is older than the window; after `per_ip`
failures from one address, that address is. Failures are stored, so a restart does not reset them.
The price: someone who knows a staff name can lock that account for a while; the window is short.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from webapp.staff_db import transaction

ACCOUNT, IP = "account", "ip"


@dataclass(frozen=True)
class SigninLimits:
    window_seconds: float = 15 * 60
    per_account: int = 5
    per_ip: int = 20


def _account_key(username: object) -> str:
    # Any name tried counts, whether or not it exists, so the answer never tells which names do.
    return username.strip().lower()[:64] if isinstance(username, str) else ""


def retry_after(
    db: Path | str, username: object, ip: str, limits: SigninLimits, now: float | None = None
) -> float | None:
    """Seconds until this name or address may try again, or None if it may try now."""
    now = time.time() if now is None else now
    since = now - limits.window_seconds
    waits = []
    with transaction(db) as conn:
        for scope, key, limit in ((ACCOUNT, _account_key(username), limits.per_account), (IP, ip, limits.per_ip)):
            rows = conn.execute(
                "SELECT at FROM signin_failures WHERE scope = ? AND key = ? AND at > ? ORDER BY at DESC LIMIT ?",
                (scope, key, since, limit),
            ).fetchall()
            if len(rows) >= limit:
                # Locked until the limit-th most recent failure leaves the window.
                waits.append(rows[-1][0] + limits.window_seconds - now)
    return max(1.0, max(waits)) if waits else None


def record_failure(db: Path | str, username: object, ip: str, limits: SigninLimits, now: float | None = None) -> None:
    now = time.time() if now is None else now
    with transaction(db) as conn:
        conn.execute("DELETE FROM signin_failures WHERE at <= ?", (now - limits.window_seconds,))
        conn.executemany(
            "INSERT INTO signin_failures (scope, key, at) VALUES (?, ?, ?)",
            [(ACCOUNT, _account_key(username), now), (IP, ip, now)],
        )


def clear_account(db: Path | str, username: str) -> None:
    """A right password forgets the name's failures (not the address's: one good account
    must not reset an address that is guessing others)."""
    with transaction(db) as conn:
        conn.execute("DELETE FROM signin_failures WHERE scope = ? AND key = ?", (ACCOUNT, _account_key(username)))
