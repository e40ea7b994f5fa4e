"""Retention and erasure on the production profile's PostgreSQL, with both Rasa instances serving.

An active client's events older than the period are deleted and the conversation goes on, on either
instance, with nothing duplicated; `make prod-purge SENDER=` erases one conversation from PostgreSQL
and the feedback votes; the scheduled job runs without the database password on its command line.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.prod.test_scale_out import PG, PG_PORT, RASA_PORTS, ROOT, events, new_sender, pytestmark, say, text
from webapp import feedback_store

__all__ = ["pytestmark"]  # the same skip (or failure) as the scale-out tests when prod-up isn't running

DAY = 86400.0
FIRST = "what is a trigger point?"
SORE = "I'm really sore after my massage yesterday, is that normal?"
HOW_LONG = "how long does that last?"
URL = f"postgresql://{PG['user']}:{PG['password']}@127.0.0.1:{PG_PORT}/{PG['dbname']}"


def _purge(tmp_path: Path, *args: str) -> str:
    # The URL (with its password) goes through the environment, as `make purge` passes it.
    done = subprocess.run(
        [sys.executable, "-m", "prod.purge", "--feedback-db", str(tmp_path / "feedback.db"),
         "--audit-db", str(tmp_path / "audit.db"), "--log-dir", str(tmp_path / "log"), *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_URL": URL},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def _age_events(sender: str, days: float, up_to_id: int) -> None:
    import psycopg2

    with psycopg2.connect(**PG, connect_timeout=5) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, timestamp, data FROM events WHERE sender_id = %s AND id <= %s", (sender, up_to_id))
        for event_id, ts, data in cur.fetchall():
            aged = {**json.loads(data), "timestamp": ts - days * DAY}
            cur.execute(
                "UPDATE events SET timestamp = %s, data = %s WHERE id = %s",
                (ts - days * DAY, json.dumps(aged), event_id),
            )


def _last_id(sender: str) -> int:
    import psycopg2

    with psycopg2.connect(**PG, connect_timeout=5) as conn, conn.cursor() as cur:
        cur.execute("SELECT MAX(id) FROM events WHERE sender_id = %s", (sender,))
        return cur.fetchone()[0]


def _user_texts(sender: str) -> list[str]:
    return [d.get("text") for t, d in events(sender) if t == "user"]


def test_old_events_of_an_active_conversation_go_and_it_continues_on_both_instances(tmp_path: Path) -> None:
    sender = new_sender("retention")
    say(RASA_PORTS[0], sender, FIRST)
    first_turn_end = _last_id(sender)
    say(RASA_PORTS[1], sender, SORE)
    _age_events(sender, 40, first_turn_end)  # a session kept going for longer than the period

    out = _purge(tmp_path)
    assert "events older than 30 days" in out, out
    assert _user_texts(sender) == [SORE]
    assert "session_started" not in [t for t, _ in events(sender)]

    answer = text(say(RASA_PORTS[0], sender, HOW_LONG)).lower()
    assert any(k in answer for k in ("48", "72", "day or two")), answer
    say(RASA_PORTS[1], sender, "thanks")
    stored = events(sender)
    assert _user_texts(sender) == [SORE, HOW_LONG, "thanks"]
    assert len({json.dumps(d, sort_keys=True) for _, d in stored}) == len(stored)  # no event stored twice


def test_make_prod_purge_erases_one_conversation_everywhere() -> None:
    """The operator's erasure for this profile: PostgreSQL and the front desk's feedback votes, no password typed."""
    sender, other = new_sender("erase"), new_sender("keep")
    say(RASA_PORTS[0], sender, FIRST)
    say(RASA_PORTS[1], other, FIRST)
    feedback_db = ROOT / "var" / "prod" / "feedback.db"
    for who in (sender, other):
        feedback_store.save_feedback(
            feedback_db, feedback_store.Feedback(who, "tp-what-is-a-trigger-point", False, FIRST)
        )
    done = subprocess.run(
        ["make", "-s", "prod-purge", f"SENDER={sender}"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert f"deleted conversation '{sender}'" in done.stdout and "1 feedback votes" in done.stdout, done.stdout
    assert events(sender) == [] and events(other)
    with sqlite3.connect(feedback_db) as conn:
        voters = {row[0] for row in conn.execute("SELECT sender_id FROM feedback")}
    assert sender not in voters and other in voters


def test_the_scheduled_job_runs_with_the_password_out_of_ps() -> None:
    pid = int((ROOT / "var" / "prod" / "run" / "purger.pid").read_text().split()[0])
    command_line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    assert "prod.retention_job" in command_line and PG["password"] not in command_line
    log = (ROOT / "var" / "prod" / "log" / "purger.log").read_text()
    assert "events older than 30 days" in log and "retention run failed" not in log, log[-2000:]
