"""Put a SQLite conversation store in write-ahead-log mode before anything uses it.

In WAL mode a long read (the retention job counting months of conversations, the front desk's
report) never holds the lock Rasa needs to store a turn, and a commit is one append to the log
instead of a journal round trip. The mode is kept in the file, so every later connection (Rasa's
own, through SQLAlchemy) uses it.

    python -m prod.sqlite_wal var/conversations.db    # creates the file if it does not exist
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path


def use_write_ahead_log(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError(f"could not switch to write-ahead logging (journal mode is {mode})")


def prepare(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=10)
    try:
        use_write_ahead_log(conn)
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m prod.sqlite_wal PATH/TO/conversations.db", file=sys.stderr)
        return 2
    try:
        prepare(Path(args[0]))
    except sqlite3.Error as exc:
        print(f"{args[0]}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
