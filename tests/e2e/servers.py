"""Start the real action server and Rasa server for end-to-end tests.

Each test session gets its own ports, SQLite file and endpoints file, so it
never touches a `make run` that may be running beside it.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from prod import sqlite_wal

ROOT = Path(__file__).resolve().parents[2]
RASA = ROOT / ".venv" / "bin" / "rasa"
MODEL = ROOT / "models" / "current.tar.gz"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(action_token: str) -> dict[str, str]:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONPATH=str(ROOT), SANIC_HOST="127.0.0.1")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    # The secret Rasa shows the action server (endpoints.yml), as every launcher passes it.
    env["ACTION_SERVER_TOKEN"] = action_token
    return env


def wait_for(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


class Servers:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.rasa_port = free_port()
        self.action_port = free_port()
        self.db = workdir / "conversations.db"
        self.action_token = secrets.token_urlsafe(32)
        self.endpoints = workdir / "endpoints.yml"
        # As endpoints.yml: Rasa fills in ${ACTION_SERVER_TOKEN} from its environment (an
        # unquoted YAML value; a quoted or JSON one would be sent literally).
        self.endpoints.write_text(
            "action_endpoint:\n"
            f'  url: "http://127.0.0.1:{self.action_port}/webhook"\n'
            "  headers:\n"
            "    Authorization: Bearer ${ACTION_SERVER_TOKEN}\n"
            f"tracker_store: {json.dumps({'type': 'SQL', 'dialect': 'sqlite', 'db': str(self.db)})}\n"
            "lock_store:\n"
            "  type: in_memory\n"
        )
        self.actions: subprocess.Popen | None = None
        self.rasa: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def _log(self, name: str):
        return open(self.workdir / f"{name}.log", "ab")

    def start_actions(self) -> None:
        self.actions = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "run_actions.sh"), str(self.action_port)],
            cwd=ROOT,
            env=_env(self.action_token),
            stdout=self._log("actions"),
            stderr=subprocess.STDOUT,
        )
        wait_for(f"http://127.0.0.1:{self.action_port}/health", 120, self.actions)

    def start_rasa(self, credentials: Path | str = "credentials.yml") -> float:
        started = time.monotonic()
        sqlite_wal.prepare(self.db)  # as scripts/serve.sh does
        self.rasa = subprocess.Popen(
            [
                str(RASA),
                "run",
                "--model",
                str(MODEL),
                "--interface",
                "127.0.0.1",
                "--port",
                str(self.rasa_port),
                "--credentials",
                str(credentials),
                "--endpoints",
                str(self.endpoints),
            ],
            cwd=ROOT,
            env=_env(self.action_token),
            stdout=self._log("rasa"),
            stderr=subprocess.STDOUT,
        )
        wait_for(f"{self.url}/", 240, self.rasa)
        return time.monotonic() - started

    def stop_rasa(self) -> None:
        stop_process(self.rasa)

    def stop(self) -> None:
        stop_process(self.rasa)
        stop_process(self.actions)


def stop_process(proc: subprocess.Popen | None, timeout: float = 20) -> None:
    """Terminate a server process, killing it if it does not exit in time."""
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def post(
    url: str,
    body: bytes | None,
    content_type: str = "application/json",
    timeout: float = 30,
    path: str = "/webhooks/rest/webhook",
    headers: dict[str, str] | None = None,
) -> tuple[int, object]:
    """(status, parsed JSON or text) of a POST to `url` + `path` (a GET without a body); HTTP errors are returned."""
    request = urllib.request.Request(
        f"{url}{path}",
        data=body,
        method="POST" if body is not None else "GET",
        headers={"Content-Type": content_type, **(headers or {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        raw = err.read()
        try:
            return err.code, json.loads(raw)
        except ValueError:
            return err.code, raw.decode("utf-8", "replace")


def say(url: str, sender: str, message: str) -> list[dict]:
    status, body = post(url, json.dumps({"sender": sender, "message": message}).encode())
    assert status == 200, (status, body)
    assert isinstance(body, list)
    return body


def topic_of(messages: list[dict]) -> str | None:
    topics = [m["custom"]["topic"] for m in messages if isinstance(m.get("custom"), dict) and "topic" in m["custom"]]
    return topics[-1] if topics else None


def text_of(messages: list[dict]) -> str:
    return "\n".join(m["text"] for m in messages if m.get("text"))
