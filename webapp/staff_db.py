"""The staff database (var/staff.db, SQLite, owner-only): accounts, sessions and failed sign-ins."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS staff (
    username TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    created REAL NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);
-- A session is known by the SHA-256 of its cookie value: a copy of this file opens no session.
CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES staff (username) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_sessions_username ON sessions (username);
-- scope 'account' (key: the name tried, lower-case, whether or not it exists) or 'ip'.
CREATE TABLE IF NOT EXISTS signin_failures (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_signin_failures ON signin_failures (scope, key, at);
"""


def connect(db_path: Path | str) -> sqlite3.Connection:
    """A connection with the schema in place; the file is created owner-only (0600) if missing."""
    path = Path(db_path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    conn = sqlite3.connect(str(path), timeout=5)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(SCHEMA)
    return conn


def init_db(db_path: Path | str) -> None:
    connect(db_path).close()
    os.chmod(db_path, 0o600)  # also a file an older version (or a copy) left readable


@contextmanager
def transaction(db_path: Path | str) -> Iterator[sqlite3.Connection]:
    """One connection, committed on success, rolled back on error, always closed."""
    conn = connect(db_path)
    try:
        with conn:
            yield conn
    finally:
        conn.close()
