"""The front desk in the production profile, through nginx: a staff account made with `make staff-add`'s
command signs in, reads the report from PostgreSQL with contact details masked, is audited, and signs out.

Against a running `make prod-up`; skipped (or, under `make test-prod`, failed) when it is not running.
"""

from __future__ import annotations

import json
import os
import random
import re
import socket
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.prod.test_scale_out import (
    NGINX_PORT,
    _listening,
    _non_loopback_addresses,
    exchange,
    issued_sender,
    say,
    text,
)

ROOT = Path(__file__).resolve().parents[2]
WEB_PORT = 8089
STAFF_DB = ROOT / "var" / "staff.db"  # the file `make staff-add` writes and the profile's front desk reads
PASSWORD = "prod-test-password-" + uuid.uuid4().hex[:8]
EMAIL = "jo.bloggs@example.com"
UNANSWERABLE = ["is there a piano in the lobby?", "what is the wifi password in the waiting room?"]
UNSURE = re.compile(
    r"not (completely )?sure|(don't|do not) have a good answer|no good answer|outside what I can help", re.I
)

_down = [p for p in (NGINX_PORT, WEB_PORT) if not _listening(p)]
if _down and os.environ.get("PROD_REQUIRED") == "1":
    raise RuntimeError(f"prod-up is not running (nothing on 127.0.0.1:{_down}); see var/prod/log/")
pytestmark = pytest.mark.skipif(bool(_down), reason=f"prod-up is not running (nothing on 127.0.0.1:{_down})")


def staff_cli(*args: str, password: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("STAFF", "STAFF_DB", "AUDIT_DB", "STAFF_PASSWORD")}
    env["PYTHONPATH"] = str(ROOT)
    if password is not None:
        env["STAFF_PASSWORD"] = password
    cmd = [sys.executable, "-m", "webapp.staff", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def account():
    name = f"prodtest-{uuid.uuid4().hex[:8]}"
    done = staff_cli("add", name, password=PASSWORD)
    assert done.returncode == 0, done.stderr
    yield name
    staff_cli("remove", name)


def random_loopback() -> str:
    # A fresh address per run: failed sign-ins are remembered for 15 minutes.
    return f"127.{random.randint(1, 250)}.{random.randint(1, 250)}.{random.randint(2, 250)}"


def api(method: str, path: str, body: dict | None = None, headers: dict | None = None, source_ip: str | None = None):
    raw = json.dumps(body).encode() if body is not None else (b"" if method == "POST" else None)
    return exchange(NGINX_PORT, method, path, raw, source_ip, headers)


def sign_in(name: str, password: str, source_ip: str | None = None) -> tuple[int, dict, dict]:
    status, headers, raw = api(
        "POST", "/frontdesk/api/signin", {"username": name, "password": password}, None, source_ip
    )
    return status, headers, json.loads(raw)


def test_staff_sign_in_through_nginx_read_the_masked_report_from_postgres_and_sign_out(account):
    status, headers, page = exchange(NGINX_PORT, "GET", "/frontdesk")
    assert status == 200 and b"fd-signin" in page
    assert api("GET", "/frontdesk/api/report?days=1")[0] == 401

    # A client's question the assistant cannot answer, with an email address, stored in PostgreSQL.
    sender = issued_sender()
    key = sender.split(".")[0]  # what the tracker store and the audit log know the conversation by
    for question in UNANSWERABLE:
        if UNSURE.search(text(say(NGINX_PORT, sender, f"{question} My email is {EMAIL}"))):
            break
    else:
        raise AssertionError(f"the assistant answered every one of {UNANSWERABLE}")

    status, headers, body = sign_in(account, PASSWORD)
    assert status == 200 and body["username"] == account
    cookie = headers["set-cookie"]
    assert all(flag in cookie for flag in ("HttpOnly", "SameSite=Strict", "Secure", "Path=/frontdesk"))
    signed = {"Cookie": cookie.split(";")[0]}

    status, _, raw = api("GET", "/frontdesk/api/report?days=1", headers=signed)
    assert status == 200, raw[:300]
    items = json.loads(raw)["items"]
    shown = [it for it in items if question.rstrip("?").lower() in it["question"].lower()]
    assert shown and "[email]" in shown[0]["question"]
    assert EMAIL.encode() not in raw and key.encode() not in raw

    audit = staff_cli("audit", "--staff", account).stdout
    assert re.search(r"report_viewed .*conversations: .*" + re.escape(key), audit), audit

    csrf = {**signed, "X-CSRF-Token": body["csrf_token"]}
    assert api("POST", "/frontdesk/api/signout", headers=signed)[0] == 403  # no CSRF token
    assert api("POST", "/frontdesk/api/signout", headers=csrf)[0] == 200
    assert api("GET", "/frontdesk/api/report?days=1", headers=signed)[0] == 401  # the old cookie opens nothing


def test_the_sign_in_lock_out_sees_each_clients_own_address_through_nginx(account):
    attacker, colleague = random_loopback(), random_loopback()
    try:
        for i in range(20):
            assert sign_in(f"guess-{i}", "wrong-password-xyz", attacker)[0] == 401
        status, headers, _ = sign_in(account, PASSWORD, attacker)
        assert status == 429 and int(headers["retry-after"]) > 0
        assert sign_in(account, PASSWORD, colleague)[0] == 200  # not every client behind nginx
    finally:
        with sqlite3.connect(STAFF_DB) as conn:
            conn.execute("DELETE FROM signin_failures WHERE key IN (?, ?) OR key LIKE 'guess-%'", (attacker, colleague))


def test_the_front_desk_listens_on_loopback_only() -> None:
    addresses = _non_loopback_addresses()
    if not addresses:
        pytest.skip("this machine has no non-loopback IPv4 address to test from")
    for address in addresses:
        with pytest.raises(OSError):
            socket.create_connection((address, WEB_PORT), timeout=2).close()
