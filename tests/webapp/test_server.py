"""The web front end as a real process on a free port: pages, auth, body cap, feedback validation, proxy errors."""

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
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-0123456789abcdef"


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


def start_server(
    tmp_path: Path, rasa_url: str, env_token: str | None, origins: str = SITE
) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "FRONTDESK_TOKEN"}
    env["PYTHONPATH"] = str(ROOT)
    env["CHAT_ALLOWED_ORIGINS"] = origins
    if env_token:
        env["FRONTDESK_TOKEN"] = env_token
    cmd = [
        sys.executable, "-m", "webapp", "--host", "127.0.0.1", "--port", str(port), "--rasa-url", rasa_url,
        "--tracker-db", str(tmp_path / "conversations.db"), "--feedback-db", str(tmp_path / "feedback.db"),
        "--token-file", str(tmp_path / "var" / "frontdesk_token"),
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
    proc, base = start_server(tmp, dead_rasa, TOKEN)
    yield base, tmp
    stop(proc)


AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"Content-Type": "application/json"}


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


@pytest.mark.parametrize(
    "path,method,body",
    [
        ("/frontdesk/api/faq?q=sore", "GET", None),
        ("/frontdesk/api/report?days=7", "GET", None),
        ("/frontdesk/api/ask", "POST", b'{"question": "will I be sore?"}'),
    ],
)
@pytest.mark.parametrize("auth", [None, "Bearer wrong-token-xxxxxxxxxxxx", f"Basic {TOKEN}", f"Bearer {TOKEN}x"])
def test_front_desk_api_needs_the_token(server, path, method, body, auth):
    base, _ = server
    headers = {**JSON, **({"Authorization": auth} if auth else {})}
    status, _, payload = request(base, path, method, body, headers)
    assert status == 401
    assert "error" in json.loads(payload)


def test_front_desk_faq_and_report_with_the_token(server):
    base, _ = server
    status, headers, body = request(base, "/frontdesk/api/faq?q=sore", headers=AUTH)
    assert status == 200 and headers.get("Cache-Control") == "no-store"
    faq = json.loads(body)
    assert faq["count"] > 0 and all({"id", "question", "answer", "sources", "reviewed"} <= set(e) for e in faq["items"])
    status, _, body = request(base, "/frontdesk/api/faq?q=zzzqqqnotaword", headers=AUTH)
    assert status == 200 and json.loads(body)["items"] == []

    status, _, body = request(base, "/frontdesk/api/report?days=7", headers=AUTH)
    assert status == 200 and json.loads(body)["items"] == []
    assert request(base, "/frontdesk/api/report?days=abc", headers=AUTH)[0] == 400


def test_bodies_over_64_kb_get_413(server):
    base, _ = server
    big = json.dumps({"sender": "web-x", "message": "a" * (65 * 1024)}).encode()
    assert request(base, "/webhooks/rest/webhook", "POST", big, JSON)[0] == 413
    assert request(base, "/api/feedback", "POST", big, JSON)[0] == 413


def test_feedback_is_validated_and_stored(server):
    base, tmp = server
    good = {"sender": "web-abc", "faq_id": "aft-soreness-normal", "helpful": False, "question": "will I be sore"}
    assert request(base, "/api/feedback", "POST", b"{not json", JSON)[0] == 400
    for bad in [
        [],
        {**good, "helpful": "no"},
        {**good, "sender": ""},
        {**good, "faq_id": "<script>"},
        {**good, "faq_id": "no-such-entry"},
        {**good, "question": 42},
    ]:
        status, _, body = request(base, "/api/feedback", "POST", json.dumps(bad).encode(), JSON)
        assert status == 400, bad
        assert json.loads(body)["error"]

    status, headers, _ = request(base, "/api/feedback", "POST", json.dumps(good).encode(), JSON)
    assert status == 201 and "Access-Control-Allow-Origin" not in headers  # no Origin: not a browser
    rows = sqlite3.connect(tmp / "feedback.db").execute("SELECT sender_id, faq_id, helpful, question FROM feedback")
    assert list(rows) == [("web-abc", "aft-soreness-normal", 0, "will I be sore")]

    status, _, body = request(base, "/frontdesk/api/report?days=7", headers=AUTH)
    assert [(it["normalized"], it["unhelpful"]) for it in json.loads(body)["items"]] == [("will i be sore", 1)]


def test_unreachable_rasa_gives_503_json(server):
    base, _ = server
    body = json.dumps({"sender": "web-x", "message": "hi"}).encode()
    status, headers, payload = request(base, "/webhooks/rest/webhook", "POST", body, JSON)
    assert status == 503 and "error" in json.loads(payload)
    assert "Access-Control-Allow-Origin" not in headers
    status, _, payload = request(base, "/frontdesk/api/ask", "POST", b'{"question": "hi"}', {**AUTH, **JSON})
    assert status == 503 and "error" in json.loads(payload)
    assert request(base, "/frontdesk/api/ask", "POST", b'{"question": ""}', {**AUTH, **JSON})[0] == 400


def test_without_env_token_a_private_token_file_is_created_and_reused(tmp_path):
    proc, base = start_server(tmp_path, "http://127.0.0.1:9", env_token=None)
    try:
        token_file = tmp_path / "var" / "frontdesk_token"
        token = token_file.read_text().strip()
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
        assert len(token) >= 32
        assert request(base, "/frontdesk/api/faq", headers={"Authorization": f"Bearer {token}"})[0] == 200
    finally:
        out = stop(proc)
    assert str(token_file) in out and token not in out  # says where the token is, never prints it
    proc, base = start_server(tmp_path, "http://127.0.0.1:9", env_token=None)
    try:
        assert request(base, "/frontdesk/api/faq", headers={"Authorization": f"Bearer {token}"})[0] == 200
    finally:
        stop(proc)


def test_only_the_configured_site_and_the_server_itself_may_call_from_a_browser(server):
    base, tmp = server
    good = {"sender": "web-cors", "faq_id": "aft-soreness-normal", "helpful": True}
    for path in ("/webhooks/rest/webhook", "/api/feedback"):
        status, headers, _ = request(base, path, "OPTIONS", headers={"Origin": SITE})
        assert status == 204 and headers["Access-Control-Allow-Origin"] == SITE, path
        assert "POST" in headers["Access-Control-Allow-Methods"] and headers["Vary"] == "Origin"
        status, headers, body = request(base, path, "OPTIONS", headers={"Origin": "https://evil.example"})
        assert status == 403 and "Access-Control-Allow-Origin" not in headers and json.loads(body)["error"]
    evil = {**JSON, "Origin": "https://evil.example"}
    assert request(base, "/api/feedback", "POST", json.dumps(good).encode(), evil)[0] == 403
    chat = json.dumps({"sender": "web-cors", "message": "hi"}).encode()
    assert request(base, "/webhooks/rest/webhook", "POST", chat, evil)[0] == 403
    # The demo page on this server (same origin) and the configured site are served.
    status, headers, _ = request(base, "/api/feedback", "POST", json.dumps(good).encode(), {**JSON, "Origin": base})
    assert status == 201
    status, headers, _ = request(base, "/api/feedback", "POST", json.dumps(good).encode(), {**JSON, "Origin": SITE})
    assert status == 201 and headers["Access-Control-Allow-Origin"] == SITE
    rows = sqlite3.connect(tmp / "feedback.db").execute("SELECT COUNT(*) FROM feedback WHERE sender_id = 'web-cors'")
    assert rows.fetchone()[0] == 2


def test_a_malformed_origin_setting_stops_the_server_with_a_clear_message(tmp_path):
    with pytest.raises(RuntimeError, match=r"CHAT_ALLOWED_ORIGINS: 'clinic\.example' is not an origin"):
        start_server(tmp_path, "http://127.0.0.1:9", TOKEN, origins="https://ok.example clinic.example")


@pytest.mark.parametrize("token", ["t\u00f6k\u00e9n-\u00e9\u00e9\u00e9", "\u00ff\u00fe\u00fd not utf-8 bytes"])
def test_a_token_with_odd_bytes_is_just_a_wrong_token(server, token):
    base, _ = server
    assert request(base, "/frontdesk/api/faq?q=sore", headers={"Authorization": f"Bearer {token}"})[0] == 401


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
    good = {"sender": "web-mode", "faq_id": "aft-soreness-normal", "helpful": True}
    assert request(base, "/api/feedback", "POST", json.dumps(good).encode(), JSON)[0] == 201
    assert stat.S_IMODE(os.stat(tmp / "feedback.db").st_mode) & 0o077 == 0
