"""nginx at the edge of the production profile: hardening headers, workers, connection limit, slow clients.

Against a running `make prod-up` (skipped otherwise). Each test sends from its own loopback
address, so per-IP limits never mix with the other tests'.
"""

from __future__ import annotations

import http.client
import json
import socket
import time
from pathlib import Path

import pytest

from tests.prod.test_scale_out import NGINX_PORT, exchange, issued_sender, pytestmark

__all__ = ["pytestmark"]

ROOT = Path(__file__).resolve().parents[2]
NGINX_PID = ROOT / "var" / "prod" / "run" / "nginx.pid"
CONNECTIONS_PER_IP = 10  # prod/nginx.conf: limit_conn
SLOW_CLIENT_SECONDS = 10  # prod/nginx.conf: client_header_timeout, client_body_timeout
HARDENING = (
    "x-frame-options",
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
    "cross-origin-opener-policy",
    "cross-origin-resource-policy",
)


def _chat_body() -> bytes:
    return json.dumps({"sender": issued_sender(), "message": "hi"}).encode()


def _answer_headers(method: str, path: str, body: bytes | None) -> tuple[int, dict[str, list[str]]]:
    """Status and every header line of the answer, by lower-cased name (a doubled header shows twice)."""
    conn = http.client.HTTPConnection("127.0.0.1", NGINX_PORT, timeout=60, source_address=("127.0.0.40", 0))
    try:
        conn.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
        resp = conn.getresponse()
        resp.read()
        lines: dict[str, list[str]] = {}
        for name, value in resp.getheaders():
            lines.setdefault(name.lower(), []).append(value)
        return resp.status, lines
    finally:
        conn.close()


@pytest.mark.parametrize(
    "method,path,body",
    [
        ("GET", "/", None),
        ("POST", "/webhooks/rest/webhook", "chat"),
        ("GET", "/frontdesk", None),  # the front desk (webapp/) sends them too: still once each
        ("GET", "/status", None),  # 404
        ("POST", "/webhooks/rest/webhook", b'{"message": "' + b"a" * 100_000 + b'"}'),  # 413
    ],
)
def test_nginx_sends_the_hardening_headers_on_every_answer(method, path, body):
    body = _chat_body() if body == "chat" else body
    status, lines = _answer_headers(method, path, body)
    assert status in (200, 404, 413), status
    doubled = {name: lines[name] for name in HARDENING if len(lines.get(name, [])) > 1}
    assert not doubled
    headers = {name: values[0] for name, values in lines.items()}
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert headers["cross-origin-resource-policy"] == "same-origin"
    assert "camera=()" in headers["permissions-policy"] and "microphone=()" in headers["permissions-policy"]
    # HSTS belongs to the TLS proxy in front; over plain HTTP browsers ignore it.
    assert "strict-transport-security" not in headers


def test_nginx_runs_more_than_one_worker():
    master = NGINX_PID.read_text().split()[0]
    workers = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == master:  # the parent pid
            workers.append(stat.parent.name)
    assert len(workers) >= 2, workers


def _held_request(source_ip: str) -> socket.socket:
    """A chat request whose body never comes: nginx holds it, in progress, until the body timeout."""
    sock = socket.create_connection(("127.0.0.1", NGINX_PORT), timeout=30, source_address=(source_ip, 0))
    sock.sendall(
        b"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 60\r\n\r\n"
    )
    return sock


def test_one_client_can_keep_only_a_few_requests_in_progress():
    source = "127.0.0.41"
    held = [_held_request(source) for _ in range(CONNECTIONS_PER_IP)]
    try:
        time.sleep(0.5)  # nginx has read their headers
        status, _, body = exchange(NGINX_PORT, "POST", "/webhooks/rest/webhook", _chat_body(), source)
        assert status == 429, body[:200]
        assert json.loads(body)["error"]
        # Another client is not affected.
        assert exchange(NGINX_PORT, "POST", "/webhooks/rest/webhook", _chat_body(), "127.0.0.42")[0] == 200
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.5)
    assert exchange(NGINX_PORT, "POST", "/webhooks/rest/webhook", _chat_body(), source)[0] == 200


def _seconds_until_nginx_gives_up(sock: socket.socket) -> float:
    started = time.monotonic()
    sock.settimeout(SLOW_CLIENT_SECONDS * 3)
    try:
        answer = sock.recv(4096)  # b"" when nginx closes; or its 408
        assert answer == b"" or answer.startswith(b"HTTP/1.1 408"), answer[:100]
    except TimeoutError:
        pytest.fail(f"nginx still waited for the slow client after {SLOW_CLIENT_SECONDS * 3} s")
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    return time.monotonic() - started


def test_a_client_that_sends_its_header_slowly_is_dropped():
    sock = socket.create_connection(("127.0.0.1", NGINX_PORT), timeout=30, source_address=("127.0.0.43", 0))
    sock.sendall(b"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and nothing more
    assert _seconds_until_nginx_gives_up(sock) < SLOW_CLIENT_SECONDS + 5


def test_a_client_that_sends_its_body_slowly_is_dropped():
    sock = _held_request("127.0.0.44")
    sock.sendall(b'{"sender": "slow", ')  # part of the body, then nothing
    assert _seconds_until_nginx_gives_up(sock) < SLOW_CLIENT_SECONDS + 5
