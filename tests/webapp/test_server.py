"""The web front end as a real process on a free port: pages, staff sign-in, body cap, feedback validation, proxy errors."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.webapp.test_report import Tracker

ROOT = Path(__file__).resolve().parents[2]
STAFF = "alex"
PASSWORD = "correct-horse-battery-staple"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(base: str, path: str, method: str = "GET", body: bytes | None = None, headers: dict | None = None):
    req = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


SITE = "https://www.clinic.example"
JSON = {"Content-Type": "application/json"}


def add_staff(staff_db: Path, name: str = STAFF, password: str = PASSWORD) -> None:
    """Create an account the way the clinic does: `make staff-add` runs this command."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STAFF_PASSWORD": password}
    done = subprocess.run(
        [sys.executable, "-m", "webapp.staff", "--db", str(staff_db), "add", name],
        env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def start_server(
    tmp_path: Path,
    rasa_url: str,
    staff: bool = True,
    origins: str = SITE,
    extra_args: tuple[str, ...] = (),
    env_extra: dict[str, str] | None = None,
    tracker_db: Path | None = None,
) -> tuple[subprocess.Popen, str]:
    """The web front end on a free port; with staff=True, after creating the account STAFF in tmp_path/staff.db.

    `tracker_db`: the tracker store it reads (default tmp_path/conversations.db); `env_extra` adds
    settings such as WEB_RATE_PER_IP."""
    port = free_port()
    if staff and not (tmp_path / "staff.db").exists():
        add_staff(tmp_path / "staff.db")
    env = {k: v for k, v in os.environ.items() if k not in ("FRONTDESK_TOKEN", "TRACKER_URL", "CONVERSATION_SECRET")}
    env["PYTHONPATH"] = str(ROOT)
    env["CHAT_ALLOWED_ORIGINS"] = origins
    env.update(env_extra or {})
    cmd = [
        sys.executable, "-m", "webapp", "--host", "127.0.0.1", "--port", str(port), "--rasa-url", rasa_url,
        "--tracker-db", str(tracker_db or tmp_path / "conversations.db"), "--feedback-db", str(tmp_path / "feedback.db"),
        "--staff-db", str(tmp_path / "staff.db"), "--audit-db", str(tmp_path / "audit.db"),
        "--conversation-secret-file", str(tmp_path / "conversation_secret"), *extra_args,
    ]  # fmt: skip
    # Run from another directory: nothing may depend on the current working directory.
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("web server exited:\n" + proc.stdout.read())
        try:
            if request(base, "/healthz")[0] == 200:
                return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("web server did not start")


@dataclass(frozen=True)
class Signed:
    """A signed-in staff member: the session cookie and the CSRF token the page would send."""

    cookie: str
    csrf: str

    def headers(self, post: bool = False) -> dict[str, str]:
        return {"Cookie": self.cookie, **({"X-CSRF-Token": self.csrf, **JSON} if post else {})}


def sign_in(base: str, name: str = STAFF, password: str = PASSWORD, headers: dict | None = None) -> Signed:
    body = json.dumps({"username": name, "password": password}).encode()
    status, resp_headers, payload = request(base, "/frontdesk/api/signin", "POST", body, {**JSON, **(headers or {})})
    assert status == 200, payload
    cookie = resp_headers["Set-Cookie"].split(";")[0]
    return Signed(cookie, json.loads(payload)["csrf_token"])


def stop(proc: subprocess.Popen) -> str:
    proc.terminate()
    try:
        out, _ = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    dead_rasa = f"http://127.0.0.1:{free_port()}"  # nothing listens here
    proc, base = start_server(tmp, dead_rasa)
    yield base, tmp
    stop(proc)


@pytest.fixture(scope="module")
def staff(server) -> Signed:
    return sign_in(server[0])


def test_pages_and_widget_files_are_served(server):
    base, _ = server
    for path, kind in [("/", "text/html"), ("/frontdesk", "text/html"), ("/widget/widget.js", "javascript")]:
        status, headers, _ = request(base, path)
        assert status == 200, path
        assert kind in headers["Content-Type"]
    status, headers, _ = request(base, "/widget/widget.css")
    assert status == 200 and "text/css" in headers["Content-Type"]
    _, headers, page = request(base, "/")
    assert b"/widget/widget.js" in page and "script-src 'self'" in headers["Content-Security-Policy"]
    assert request(base, "/widget/../../README.md")[0] == 404


FRONT_DESK_CALLS = [
    ("/frontdesk/api/faq?q=sore", "GET", None),
    ("/frontdesk/api/report?days=7", "GET", None),
    ("/frontdesk/api/ask", "POST", b'{"question": "will I be sore?"}'),
    ("/frontdesk/api/session", "GET", None),
]


@pytest.mark.parametrize("path,method,body", FRONT_DESK_CALLS)
@pytest.mark.parametrize(
    "credentials",
    [
        {},
        {"Cookie": "fd_session=made-up-session-id-0123456789"},
        {"Authorization": "Bearer test-token-0123456789abcdef"},  # the old shared token opens nothing
        {"Cookie": "fd_session=" + "x" * 5000},
    ],
)
def test_front_desk_api_needs_a_staff_session(server, path, method, body, credentials):
    base, _ = server
    status, _, payload = request(base, path, method, body, {**JSON, **credentials})
    assert status == 401
    assert "sign in" in json.loads(payload)["error"]


def test_front_desk_faq_and_report_when_signed_in(server, staff):
    base, _ = server
    status, headers, body = request(base, "/frontdesk/api/faq?q=sore", headers=staff.headers())
    assert status == 200 and headers.get("Cache-Control") == "no-store"
    faq = json.loads(body)
    assert faq["count"] > 0 and all({"id", "question", "answer", "sources", "reviewed"} <= set(e) for e in faq["items"])
    status, _, body = request(base, "/frontdesk/api/faq?q=zzzqqqnotaword", headers=staff.headers())
    assert status == 200 and json.loads(body)["items"] == []

    status, _, body = request(base, "/frontdesk/api/report?days=7", headers=staff.headers())
    assert status == 200 and json.loads(body)["items"] == []
    assert "conversation_ids" not in json.loads(body)  # for the audit log only
    assert request(base, "/frontdesk/api/report?days=abc", headers=staff.headers())[0] == 400


def test_bodies_over_64_kb_get_413(server):
    base, _ = server
    big = json.dumps({"sender": "web-x", "message": "a" * (65 * 1024)}).encode()
    assert request(base, "/webhooks/rest/webhook", "POST", big, JSON)[0] == 413
    assert request(base, "/api/feedback", "POST", big, JSON)[0] == 413


def new_conversation(base: str) -> str:
    status, _, body = request(base, "/api/conversation", "POST", b"{}", JSON)
    assert status == 201, body
    return json.loads(body)["sender"]


def answered_conversation(base: str, tmp: Path, question: str, faq_id: str = "aft-soreness-normal") -> str:
    """An issued id whose conversation (in the tracker store file the server reads) has one FAQ answer."""
    issued = new_conversation(base)
    tracker = Tracker(tmp / "conversations.db")
    tracker.turn(issued.split(".")[0], question, time.time(), {"topic": "aftercare", "faq_id": faq_id})
    tracker.conn.close()
    return issued


def test_feedback_is_validated_and_stored(server, staff):
    base, tmp = server
    issued = answered_conversation(base, tmp, "will I be sore")
    good = {"sender": issued, "faq_id": "aft-soreness-normal", "helpful": False, "question": "not what is stored"}
    assert request(base, "/api/feedback", "POST", b"{not json", JSON)[0] == 400
    for bad in [
        [],
        {**good, "helpful": "no"},
        {**good, "sender": ""},
        {**good, "sender": 42},
        {**good, "faq_id": "<script>"},
        {**good, "faq_id": "no-such-entry"},
    ]:
        status, _, body = request(base, "/api/feedback", "POST", json.dumps(bad).encode(), JSON)
        assert status == 400, bad
        assert json.loads(body)["error"]
    text_plain = {"Content-Type": "text/plain"}
    assert request(base, "/api/feedback", "POST", json.dumps(good).encode(), text_plain)[0] == 415
    wrong_answer = {**good, "faq_id": "tp-referred-pain"}  # a real entry, but not answered in this conversation
    assert request(base, "/api/feedback", "POST", json.dumps(wrong_answer).encode(), JSON)[0] == 422

    status, headers, _ = request(base, "/api/feedback", "POST", json.dumps(good).encode(), JSON)
    assert status == 201 and "Access-Control-Allow-Origin" not in headers  # no Origin: not a browser
    assert request(base, "/api/feedback", "POST", json.dumps(good).encode(), JSON)[0] == 409  # once per answer
    rows = sqlite3.connect(tmp / "feedback.db").execute(
        "SELECT sender_id, faq_id, helpful, question FROM feedback WHERE sender_id = ?", (issued.split(".")[0],)
    )
    assert list(rows) == [(issued.split(".")[0], "aft-soreness-normal", 0, "will I be sore")]

    status, _, body = request(base, "/frontdesk/api/report?days=7", headers=staff.headers())
    assert [(it["normalized"], it["unhelpful"]) for it in json.loads(body)["items"]] == [("will i be sore", 1)]


def test_unreachable_rasa_gives_503_json(server, staff):
    base, _ = server
    body = json.dumps({"sender": new_conversation(base), "message": "hi"}).encode()
    status, headers, payload = request(base, "/webhooks/rest/webhook", "POST", body, JSON)
    assert status == 503 and "error" in json.loads(payload)
    assert "Access-Control-Allow-Origin" not in headers
    status, _, payload = request(base, "/frontdesk/api/ask", "POST", b'{"question": "hi"}', staff.headers(post=True))
    assert status == 503 and "error" in json.loads(payload)
    assert request(base, "/frontdesk/api/ask", "POST", b'{"question": ""}', staff.headers(post=True))[0] == 400


def test_a_fresh_machine_says_how_staff_get_in_and_retires_the_shared_token(tmp_path):
    (tmp_path / "frontdesk_token").write_text("old-shared-token-0123456789\n")  # what an older version left
    proc, base = start_server(tmp_path, "http://127.0.0.1:9", staff=False, env_extra={"FRONTDESK_TOKEN": "x" * 20})
    try:
        old_token = {"Authorization": "Bearer old-shared-token-0123456789"}
        assert request(base, "/frontdesk/api/faq", headers=old_token)[0] == 401
        # The way in that the start-up message gives works at once, without a restart.
        add_staff(tmp_path / "staff.db")
        assert request(base, "/frontdesk/api/faq", headers=sign_in(base).headers())[0] == 200
    finally:
        out = stop(proc)
    assert "no staff account yet: create one with  make staff-add STAFF=" in out
    assert "FRONTDESK_TOKEN is no longer used" in out
    assert not (tmp_path / "frontdesk_token").exists() and "Deleted the old shared front-desk token" in out
    for db in ("staff.db", "audit.db"):
        assert stat.S_IMODE((tmp_path / db).stat().st_mode) == 0o600, db
    proc, base = start_server(tmp_path, "http://127.0.0.1:9", staff=False)
    out = stop(proc)
    assert "sign in with your staff account" in out and "no staff account yet" not in out


def test_only_the_configured_site_and_the_server_itself_may_call_from_a_browser(server):
    base, _ = server
    for path in ("/webhooks/rest/webhook", "/api/feedback", "/api/conversation", "/api/conversation/delete"):
        status, headers, _ = request(base, path, "OPTIONS", headers={"Origin": SITE})
        assert status == 204 and headers["Access-Control-Allow-Origin"] == SITE, path
        assert "POST" in headers["Access-Control-Allow-Methods"] and headers["Vary"] == "Origin"
        assert headers["Access-Control-Expose-Headers"] == "Retry-After"
        status, headers, body = request(base, path, "OPTIONS", headers={"Origin": "https://evil.example"})
        assert status == 403 and "Access-Control-Allow-Origin" not in headers and json.loads(body)["error"]
    evil = {**JSON, "Origin": "https://evil.example"}
    issued = new_conversation(base)
    vote = json.dumps({"sender": issued, "faq_id": "aft-soreness-normal", "helpful": True}).encode()
    assert request(base, "/api/feedback", "POST", vote, evil)[0] == 403
    assert request(base, "/api/conversation", "POST", b"{}", evil)[0] == 403
    chat = json.dumps({"sender": issued, "message": "hi"}).encode()
    assert request(base, "/webhooks/rest/webhook", "POST", chat, evil)[0] == 403
    assert request(base, "/api/conversation/delete", "POST", json.dumps({"sender": issued}).encode(), evil)[0] == 403
    # The demo page on this server (same origin) and the configured site are served.
    status, headers, _ = request(base, "/api/conversation", "POST", b"{}", {**JSON, "Origin": base})
    assert status == 201
    status, headers, _ = request(base, "/api/conversation", "POST", b"{}", {**JSON, "Origin": SITE})
    assert status == 201 and headers["Access-Control-Allow-Origin"] == SITE


def test_a_malformed_origin_setting_stops_the_server_with_a_clear_message(tmp_path):
    with pytest.raises(RuntimeError, match=r"CHAT_ALLOWED_ORIGINS: 'clinic\.example' is not an origin"):
        start_server(tmp_path, "http://127.0.0.1:9", staff=False, origins="https://ok.example clinic.example")


@pytest.mark.parametrize("odd", ["t\u00f6k\u00e9n-\u00e9\u00e9\u00e9", "\u00ff\u00fe\u00fd not utf-8 bytes"])
def test_odd_bytes_in_a_cookie_csrf_token_or_name_are_just_wrong(server, staff, odd):
    base, _ = server
    assert request(base, "/frontdesk/api/faq?q=sore", headers={"Cookie": f"fd_session={odd}"})[0] == 401
    bad_csrf = {**staff.headers(post=True), "X-CSRF-Token": odd}
    assert request(base, "/frontdesk/api/ask", "POST", b'{"question": "hi"}', bad_csrf)[0] == 403
    body = json.dumps({"username": odd, "password": odd}).encode()
    assert request(base, "/frontdesk/api/signin", "POST", body, JSON)[0] == 401


def test_json_nested_thousands_deep_gets_400_not_500(server):
    base, _ = server
    assert request(base, "/api/feedback", "POST", b"[" * 3000, JSON)[0] == 400
    status = request(base, "/webhooks/rest/webhook", "POST", b"[" * 3000, JSON)[0]
    assert 400 <= status < 500


@pytest.mark.parametrize("path", ["/api/feedback/", "/webhooks/rest/webhook/", "//api//feedback"])
def test_a_trailing_or_doubled_slash_does_not_get_past_the_origin_check(server, path):
    base, _ = server
    evil = {**JSON, "Origin": "https://evil.example"}
    body = json.dumps({"sender": "web-slash", "message": "hi", "faq_id": "aft-soreness-normal", "helpful": True})
    status = request(base, path, "POST", body.encode(), evil)[0]
    assert status in (403, 404), status  # refused, or no such route: never served to another site


def test_feedback_store_is_readable_by_its_owner_only(server):
    import os
    import stat

    base, tmp = server
    good = {"sender": answered_conversation(base, tmp, "what is it"), "faq_id": "aft-soreness-normal", "helpful": True}
    assert request(base, "/api/feedback", "POST", json.dumps(good).encode(), JSON)[0] == 201
    assert stat.S_IMODE(os.stat(tmp / "feedback.db").st_mode) & 0o077 == 0
