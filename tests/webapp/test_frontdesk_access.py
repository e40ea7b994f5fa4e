"""Front-desk access over HTTP, with the web front end as a real process: cookies, CSRF, sign-out, expiry,
lock-out, disabled accounts, and the audit log read back with the clinic's own command."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.webapp.test_report import DAY, Tracker
from tests.webapp.test_server import (
    JSON,
    PASSWORD,
    ROOT,
    STAFF,
    add_staff,
    request,
    sign_in,
    start_server,
    stop,
)

DEAD_RASA = "http://127.0.0.1:9"
QUESTION = "do you sell gift vouchers? email me at jo.bloggs@example.com or 07700 900123"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("access")
    tracker = Tracker(tmp / "conversations.db")
    tracker.turn("web-client-1", QUESTION, time.time() - DAY, {"topic": "clinic", "kind": "unanswered"})
    tracker.turn("web-client-2", "what is a trigger point", time.time() - DAY, {"topic": "trigger_points"})
    add_staff(tmp / "staff.db")
    add_staff(tmp / "staff.db", "sam")
    add_staff(tmp / "staff.db", "robin")
    proc, base = start_server(tmp, DEAD_RASA)
    yield base, tmp
    stop(proc)


def signin_body(name: str = STAFF, password: str = PASSWORD) -> bytes:
    return json.dumps({"username": name, "password": password}).encode()


def staff_cli(tmp, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "webapp.staff", "--db", str(tmp / "staff.db"), "--audit-db", str(tmp / "audit.db")]
    return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_the_session_cookie_is_httponly_samesite_strict_and_scoped_to_the_front_desk(server):
    base, _ = server
    status, headers, body = request(base, "/frontdesk/api/signin", "POST", signin_body(), JSON)
    assert status == 200 and json.loads(body)["username"] == STAFF
    cookie = headers["Set-Cookie"]
    value = cookie.split(";")[0].split("=", 1)[1]
    assert len(value) >= 40
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "samesite=strict", "path=/frontdesk"} <= flags
    assert "secure" not in flags  # plain http on loopback (make run); see the TLS test below
    assert not any(f.startswith(("max-age", "expires")) for f in flags)  # gone when the browser closes


def test_secure_cookies_over_tls_and_only_trusted_proxies_are_believed(tmp_path):
    add_staff(tmp_path / "staff.db")
    https = {**JSON, "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
    for args, expect_secure_plain, expect_secure_https in [
        ((), False, False),  # no proxy configured: a forged X-Forwarded-Proto changes nothing
        (("--proxies", "1"), False, True),  # behind nginx: TLS as the proxy reports it
        (("--secure-cookie", "always"), True, True),  # the production profile: TLS ends before nginx
    ]:
        proc, base = start_server(tmp_path, DEAD_RASA, extra_args=args)
        try:
            for headers, expected in ((JSON, expect_secure_plain), (https, expect_secure_https)):
                status, resp_headers, _ = request(base, "/frontdesk/api/signin", "POST", signin_body(), headers)
                assert status == 200
                assert ("; Secure" in resp_headers["Set-Cookie"]) is expected, (args, headers)
        finally:
            stop(proc)


def test_every_post_needs_the_sessions_csrf_token_and_our_origin(server):
    base, _ = server
    alex, sam = sign_in(base), sign_in(base, "sam")
    ask = b'{"question": "will I be sore?"}'
    no_token = {"Cookie": alex.cookie, **JSON}
    for headers in (
        no_token,
        {**no_token, "X-CSRF-Token": ""},
        {**no_token, "X-CSRF-Token": sam.csrf},  # another session's token
        {**no_token, "X-CSRF-Token": alex.csrf[:-2]},
        {**alex.headers(post=True), "Origin": "https://evil.example"},
    ):
        status, _, body = request(base, "/frontdesk/api/ask", "POST", ask, headers)
        assert status == 403 and "CSRF" in json.loads(body)["error"], headers
        assert request(base, "/frontdesk/api/signout", "POST", None, headers)[0] == 403
    # The right token, from the page itself: Rasa is down here, so 503 (but past every check).
    assert request(base, "/frontdesk/api/ask", "POST", ask, {**alex.headers(post=True), "Origin": base})[0] == 503
    assert request(base, "/frontdesk/api/session", headers=alex.headers())[0] == 200  # no forced sign-out


def test_sign_in_takes_json_from_this_site_only(server):
    base, _ = server
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert request(base, "/frontdesk/api/signin", "POST", b"username=alex&password=x", form)[0] == 415
    status = request(base, "/frontdesk/api/signin", "POST", signin_body(), {**JSON, "Origin": "https://evil.example"})
    assert status[0] == 403
    for bad in (b"not json", b"[]", b'{"username": "alex"}', b'{"username": 1, "password": 2}', b"[" * 3000):
        assert request(base, "/frontdesk/api/signin", "POST", bad, JSON)[0] == 400, bad


def test_sign_out_ends_the_session_on_the_server_so_the_old_cookie_opens_nothing(server):
    base, _ = server
    alex = sign_in(base)
    assert request(base, "/frontdesk/api/report?days=7", headers=alex.headers())[0] == 200
    status, headers, _ = request(base, "/frontdesk/api/signout", "POST", None, alex.headers(post=True))
    assert status == 200 and "Max-Age=0" in headers["Set-Cookie"]
    for path in ("/frontdesk/api/report?days=7", "/frontdesk/api/faq?q=sore", "/frontdesk/api/session"):
        status, _, body = request(base, path, headers=alex.headers())  # the copied cookie, replayed
        assert status == 401 and json.loads(body)["error"] == "please sign in", path
    assert request(base, "/frontdesk/api/ask", "POST", b'{"question": "hi"}', alex.headers(post=True))[0] == 401


@pytest.mark.parametrize("column", ["last_seen", "created"])
def test_an_idle_or_too_old_session_has_expired(server, column):
    base, tmp = server
    alex = sign_in(base)
    assert request(base, "/frontdesk/api/session", headers=alex.headers())[0] == 200
    age = 31 * 60 if column == "last_seen" else 13 * 3600  # idle 30 min; at most 12 h however active
    with sqlite3.connect(tmp / "staff.db") as conn:  # the clock moves on
        conn.execute(f"UPDATE sessions SET {column} = {column} - ?", (age,))
    status, _, body = request(base, "/frontdesk/api/report?days=7", headers=alex.headers())
    assert status == 401 and "expired" in json.loads(body)["error"]
    assert request(base, "/frontdesk/api/session", headers=alex.headers())[0] == 401


def test_disabling_an_account_signs_it_out_at_once(server):
    base, tmp = server
    robin = sign_in(base, "robin")
    assert request(base, "/frontdesk/api/session", headers=robin.headers())[0] == 200
    assert staff_cli(tmp, "disable", "robin").returncode == 0
    assert request(base, "/frontdesk/api/session", headers=robin.headers())[0] == 401
    assert request(base, "/frontdesk/api/signin", "POST", signin_body("robin"), JSON)[0] == 401
    assert staff_cli(tmp, "enable", "robin").returncode == 0
    sign_in(base, "robin")


def test_the_report_masks_contact_details_and_every_view_is_audited_without_message_text(server):
    base, tmp = server
    sam = sign_in(base, "sam")
    status, _, body = request(base, "/frontdesk/api/report?days=7", headers=sam.headers())
    assert status == 200
    (item,) = json.loads(body)["items"]
    assert item["question"] == "do you sell gift vouchers? email me at [email] or [phone]"
    assert b"web-client" not in body  # conversation ids are for the audit log, not the screen
    assert request(base, "/frontdesk/api/faq?q=gift+vouchers+jo.bloggs", headers=sam.headers())[0] == 200
    request(base, "/frontdesk/api/ask", "POST", b'{"question": "secret test words"}', sam.headers(post=True))

    done = staff_cli(tmp, "audit", "--staff", "sam")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any("signed_in" in line for line in lines)
    (viewed,) = [line for line in lines if "report_viewed" in line]
    assert "days=7" in viewed and "conversations=1" in viewed and "conversations: web-client-1" in viewed
    assert "web-client-2" not in done.stdout  # answered: not shown, so not viewed
    assert any("faq_searched" in line and "results=" in line for line in lines)
    by_conversation = staff_cli(tmp, "audit", "--conversation", "web-client-1").stdout
    assert "sam" in by_conversation and "report_viewed" in by_conversation

    stored = (tmp / "audit.db").read_bytes()
    for words in (b"gift", b"jo.bloggs", b"07700", b"secret test words", b"vouchers"):
        assert words not in stored, words


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(server):
    base, tmp = server
    wrong = signin_body("sam", "not-the-password-1")
    for _ in range(5):
        status, _, body = request(base, "/frontdesk/api/signin", "POST", wrong, JSON)
        assert status == 401 and json.loads(body)["error"] == "wrong name or password"
    status, headers, body = request(base, "/frontdesk/api/signin", "POST", signin_body("sam"), JSON)
    assert status == 429 and int(headers["Retry-After"]) > 800
    assert "try again in 15 minutes" in json.loads(body)["error"]
    sign_in(base)  # another account from the same address still works
    audit = staff_cli(tmp, "audit", "--staff", "sam").stdout
    assert audit.count("signin_failed") >= 5 and "signin_refused" in audit
    # A name that is not an account is recorded as such: it may be a password typed in the wrong box.
    request(base, "/frontdesk/api/signin", "POST", signin_body("MyPassword-typed-here", "x" * 12), JSON)
    assert "MyPassword" not in staff_cli(tmp, "audit").stdout.lower()


def test_twenty_failures_from_one_address_lock_it_and_a_forged_forwarded_for_does_not_help(tmp_path):
    add_staff(tmp_path / "staff.db")
    proc, base = start_server(tmp_path, DEAD_RASA, extra_args=("--proxies", "1"))
    try:
        attacker = {**JSON, "X-Forwarded-For": "198.51.100.1"}
        for i in range(20):
            body = signin_body(f"guess{i}", "wrong-password-xyz")
            assert request(base, "/frontdesk/api/signin", "POST", body, attacker)[0] == 401
        assert request(base, "/frontdesk/api/signin", "POST", signin_body(), attacker)[0] == 429
        sign_in(base, headers={"X-Forwarded-For": "198.51.100.2"})  # the clinic's own address is not locked
    finally:
        stop(proc)
    # Without a proxy in front, X-Forwarded-For is the client's own claim: ignored.
    proc, base = start_server(tmp_path, DEAD_RASA)
    try:
        for i in range(20):
            forged = {**JSON, "X-Forwarded-For": f"192.0.2.{i}"}
            request(base, "/frontdesk/api/signin", "POST", signin_body(f"guess{i}", "wrong-password-xyz"), forged)
        assert request(base, "/frontdesk/api/signin", "POST", signin_body(), JSON)[0] == 429
    finally:
        stop(proc)
