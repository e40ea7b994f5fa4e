"""Staff accounts, password hashing, sessions, CSRF, lock-out and the audit log, on real SQLite files."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from webapp import audit_log, signin_limits, staff_accounts, staff_sessions
from webapp.passwords import PasswordError, hash_password, needs_rehash, verify_password
from webapp.signin_limits import SigninLimits
from webapp.staff_accounts import AccountError
from webapp.staff_sessions import SessionPolicy

PASSWORD = "correct-horse-battery-staple"
NOW = 1_795_000_000.0
POLICY = SessionPolicy(idle_seconds=1800, absolute_seconds=12 * 3600)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "staff.db"
    staff_accounts.add_account(path, "alex", PASSWORD, now=NOW)
    return path


# ---------- hashing ----------
def test_passwords_are_stored_as_argon2id_hashes_never_as_text(db):
    raw = db.read_bytes()
    assert PASSWORD.encode() not in raw
    (stored,) = sqlite3.connect(db).execute("SELECT password_hash FROM staff").fetchone()
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, PASSWORD)
    assert not verify_password(stored, PASSWORD + "x")
    assert not verify_password(stored, "")
    assert not verify_password(None, PASSWORD)  # an unknown name: never a match
    assert hash_password(PASSWORD) != hash_password(PASSWORD)  # salted
    assert not needs_rehash(stored)


@pytest.mark.parametrize("bad", ["", "short", "elevenchars", " " * 20, "x" * 257])
def test_a_new_password_must_be_long_enough_and_not_blank(tmp_path, bad):
    with pytest.raises(PasswordError):
        staff_accounts.add_account(tmp_path / "staff.db", "bob", bad)


def test_a_hash_made_with_weaker_parameters_is_replaced_on_the_next_sign_in(db):
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE staff SET password_hash = ?", (weak,))
    assert staff_accounts.authenticate(db, "alex", PASSWORD) == "alex"
    (stored,) = sqlite3.connect(db).execute("SELECT password_hash FROM staff").fetchone()
    assert stored != weak and not needs_rehash(stored)


# ---------- accounts ----------
def test_accounts_names_and_owner_only_file(db):
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert staff_accounts.authenticate(db, "Alex ", PASSWORD) == "alex"  # names are case-insensitive
    assert staff_accounts.authenticate(db, "alex", "wrong-password-123") is None
    assert staff_accounts.authenticate(db, "nobody", PASSWORD) is None
    assert staff_accounts.authenticate(db, {"x": 1}, PASSWORD) is None
    assert staff_accounts.authenticate(db, "alex", None) is None
    with pytest.raises(AccountError, match="already an account"):
        staff_accounts.add_account(db, "ALEX", PASSWORD)
    for bad in ("a", "has space", "../etc", "x" * 40, "émile"):
        with pytest.raises(AccountError, match="2-32 characters"):
            staff_accounts.add_account(db, bad, PASSWORD)


def test_disable_enable_remove_and_a_new_password_end_sessions(db):
    sid, _ = staff_sessions.create_session(db, "alex", POLICY, now=NOW)
    staff_accounts.set_disabled(db, "alex", True)
    assert staff_accounts.authenticate(db, "alex", PASSWORD) is None
    assert staff_sessions.lookup_session(db, sid, POLICY, now=NOW + 1).session is None
    assert staff_accounts.count_active(db) == 0
    staff_accounts.set_disabled(db, "alex", False)
    assert staff_accounts.authenticate(db, "alex", PASSWORD) == "alex"

    sid, _ = staff_sessions.create_session(db, "alex", POLICY, now=NOW)
    staff_accounts.set_password(db, "alex", "another-long-password")
    assert staff_sessions.lookup_session(db, sid, POLICY, now=NOW + 1).session is None
    assert staff_accounts.authenticate(db, "alex", PASSWORD) is None
    assert staff_accounts.authenticate(db, "alex", "another-long-password") == "alex"

    sid, _ = staff_sessions.create_session(db, "alex", POLICY, now=NOW)
    staff_accounts.remove_account(db, "alex")
    assert staff_accounts.list_accounts(db) == []
    assert staff_sessions.lookup_session(db, sid, POLICY, now=NOW + 1).session is None
    with pytest.raises(AccountError, match="no account"):
        staff_accounts.remove_account(db, "alex")


# ---------- sessions ----------
def test_a_session_is_kept_only_as_a_hash_and_sign_out_really_ends_it(db):
    sid, session = staff_sessions.create_session(db, "alex", POLICY, now=NOW)
    assert len(sid) >= 40 and sid.encode() not in db.read_bytes()
    found = staff_sessions.lookup_session(db, sid, POLICY, now=NOW + 60)
    assert found.session is not None and found.session.username == "alex"
    assert found.session.csrf_token == session.csrf_token
    assert staff_sessions.end_session(db, sid)
    assert staff_sessions.lookup_session(db, sid, POLICY, now=NOW + 61) == staff_sessions.Lookup(None, "missing")
    assert not staff_sessions.end_session(db, sid)
    for junk in (None, "", "x" * 500, "\udcff\udcfe"):
        assert staff_sessions.lookup_session(db, junk, POLICY, now=NOW).session is None


def test_idle_expiry_restarts_with_each_use(db):
    sid, _ = staff_sessions.create_session(db, "alex", POLICY, now=NOW)
    t = NOW
    for _ in range(5):  # used every 25 minutes: stays alive
        t += 1500
        assert staff_sessions.lookup_session(db, sid, POLICY, now=t).session is not None
    expired = staff_sessions.lookup_session(db, sid, POLICY, now=t + 1801)
    assert expired == staff_sessions.Lookup(None, "expired")
    assert staff_sessions.lookup_session(db, sid, POLICY, now=t + 1802).reason == "missing"  # deleted


def test_absolute_expiry_however_active(db):
    sid, _ = staff_sessions.create_session(db, "alex", POLICY, now=NOW)
    t = NOW
    while t + 1200 <= NOW + 12 * 3600:
        t += 1200
        assert staff_sessions.lookup_session(db, sid, POLICY, now=t).session is not None
    assert staff_sessions.lookup_session(db, sid, POLICY, now=NOW + 12 * 3600 + 1).reason == "expired"


def test_each_session_has_its_own_csrf_token_checked_exactly(db):
    _, one = staff_sessions.create_session(db, "alex", POLICY, now=NOW)
    _, two = staff_sessions.create_session(db, "alex", POLICY, now=NOW)
    assert one.csrf_token != two.csrf_token and len(one.csrf_token) >= 40
    assert staff_sessions.csrf_matches(one, one.csrf_token)
    for wrong in (None, "", two.csrf_token, one.csrf_token[:-1], one.csrf_token + "x", "\udcff"):
        assert not staff_sessions.csrf_matches(one, wrong)


# ---------- lock-out ----------
LIMITS = SigninLimits(window_seconds=900, per_account=5, per_ip=20)


def test_five_failures_lock_the_name_for_the_window_even_with_the_right_password(db):
    for i in range(4):
        signin_limits.record_failure(db, "alex", "10.0.0.1", LIMITS, now=NOW + i)
    assert signin_limits.retry_after(db, "alex", "10.0.0.1", LIMITS, now=NOW + 5) is None
    signin_limits.record_failure(db, "ALEX", "10.0.0.2", LIMITS, now=NOW + 5)  # another address, same name
    wait = signin_limits.retry_after(db, "alex", "10.0.0.3", LIMITS, now=NOW + 6)
    assert wait == pytest.approx(900 - 6)
    assert signin_limits.retry_after(db, "bob", "10.0.0.3", LIMITS, now=NOW + 6) is None  # other names are not
    assert signin_limits.retry_after(db, "alex", "10.0.0.3", LIMITS, now=NOW + 901) is None  # the window passed


def test_twenty_failures_from_one_address_lock_that_address_for_every_name(db):
    for i in range(20):
        signin_limits.record_failure(db, f"guess{i}", "10.0.0.9", LIMITS, now=NOW + i)
    assert signin_limits.retry_after(db, "alex", "10.0.0.9", LIMITS, now=NOW + 30) is not None
    assert signin_limits.retry_after(db, "alex", "10.0.0.10", LIMITS, now=NOW + 30) is None


def test_a_right_password_clears_the_name_but_not_the_address(db):
    for i in range(4):
        signin_limits.record_failure(db, "alex", "10.0.0.1", LIMITS, now=NOW + i)
    signin_limits.clear_account(db, "alex")
    signin_limits.record_failure(db, "alex", "10.0.0.1", LIMITS, now=NOW + 10)
    assert signin_limits.retry_after(db, "alex", "10.0.0.5", LIMITS, now=NOW + 11) is None
    rows = sqlite3.connect(db).execute("SELECT COUNT(*) FROM signin_failures WHERE scope = 'ip'").fetchone()[0]
    assert rows == 5


# ---------- audit ----------
def test_the_audit_log_records_who_saw_which_conversations_and_can_be_filtered(tmp_path):
    adb = tmp_path / "audit.db"
    audit_log.record(adb, "alex", audit_log.SIGNED_IN, "10.0.0.1", now=NOW)
    audit_log.record(
        adb, "alex", audit_log.REPORT_VIEWED, "10.0.0.1", {"days": 7, "questions": 2}, ["web-b", "web-a"], now=NOW + 1
    )
    audit_log.record(adb, "sam", audit_log.QUESTION_ASKED, "10.0.0.2", conversations=["frontdesk-1"], now=NOW + 2)
    assert stat.S_IMODE(adb.stat().st_mode) == 0o600

    everything = audit_log.entries(adb)
    assert [(e.staff, e.action) for e in everything] == [
        ("alex", "signed_in"),
        ("alex", "report_viewed"),
        ("sam", "question_asked"),
    ]
    assert everything[1].conversations == ("web-a", "web-b") and everything[1].detail == {"days": 7, "questions": 2}
    assert [e.action for e in audit_log.entries(adb, staff="sam")] == ["question_asked"]
    assert [e.staff for e in audit_log.entries(adb, conversation="web-a")] == ["alex"]
    assert [e.action for e in audit_log.entries(adb, since=NOW + 1.5)] == ["question_asked"]


@pytest.mark.parametrize(
    "detail",
    [{"query": "my email is jo@example.com"}, {"text": "Will I be sore?"}, {"Days": 7}, {"ok": True}, {"x": [1]}],
)
def test_the_audit_log_refuses_free_text(tmp_path, detail):
    with pytest.raises(ValueError, match="number or a keyword"):
        audit_log.record(tmp_path / "audit.db", "alex", audit_log.FAQ_SEARCHED, "10.0.0.1", detail)
    with pytest.raises(ValueError, match="unknown audit action"):
        audit_log.record(tmp_path / "audit.db", "alex", "read everything", "10.0.0.1")


def test_the_audit_log_is_purged_with_the_retention_period(tmp_path):
    adb = tmp_path / "audit.db"
    for age_days in (40, 31, 29, 1):
        audit_log.record(
            adb, "alex", audit_log.REPORT_VIEWED, "10.0.0.1", {"days": 7}, ["web-a"], now=NOW - age_days * 86400
        )
    assert audit_log.purge_older_than(adb, 30, now=NOW) == 2
    assert len(audit_log.entries(adb)) == 2
    conn = sqlite3.connect(adb)
    assert conn.execute("SELECT COUNT(*) FROM audit_conversations").fetchone()[0] == 2  # their ids went too
    assert audit_log.purge_older_than(tmp_path / "none.db", 30) == 0
    assert json.loads(conn.execute("SELECT detail FROM audit LIMIT 1").fetchone()[0]) == {"days": 7}
