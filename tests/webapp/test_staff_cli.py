"""`make staff-add` and friends, as the clinic runs them: through make, and at a real terminal."""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

from webapp import staff_accounts
from webapp.passwords import verify_password

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-battery-staple"


def make(target: str, tmp: Path, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("STAFF", "STAFF_PASSWORD", "MAKEFLAGS", "MAKELEVEL")}
    return subprocess.run(
        ["make", "-s", "--no-print-directory", target],
        cwd=ROOT, env={**base, "STAFF_DB": str(tmp / "staff.db"), "AUDIT_DB": str(tmp / "audit.db"), **env},
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def status(tmp: Path) -> str:
    """The line `make run` prints about the front desk."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STAFF_DB": str(tmp / "staff.db")}
    return subprocess.run(
        [sys.executable, "-m", "webapp.staff", "status"], env=env, capture_output=True, text=True, timeout=60
    ).stdout


def test_make_staff_add_with_the_password_from_the_environment_then_disable_and_remove(tmp_path):
    assert status(tmp_path).startswith("no staff account yet: create one with  make staff-add STAFF=")
    done = make("staff-add", tmp_path, STAFF="Nina", STAFF_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "Added staff account 'nina'" in done.stdout and PASSWORD not in done.stdout + done.stderr
    db = tmp_path / "staff.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert staff_accounts.authenticate(db, "nina", PASSWORD) == "nina"
    assert status(tmp_path).startswith("sign in with your staff account")

    again = make("staff-add", tmp_path, STAFF="nina", STAFF_PASSWORD=PASSWORD)
    assert again.returncode != 0 and "already an account" in again.stderr
    short = make("staff-add", tmp_path, STAFF="omar", STAFF_PASSWORD="short")
    assert short.returncode != 0 and "at least 12 characters" in short.stderr
    no_terminal = make("staff-add", tmp_path, STAFF="omar")
    assert no_terminal.returncode != 0 and "STAFF_PASSWORD" in no_terminal.stderr
    injected = make("staff-add", tmp_path, STAFF="x'; echo INJECTED; echo 'y", STAFF_PASSWORD=PASSWORD)
    assert injected.returncode != 0 and "INJECTED" not in injected.stdout

    assert make("staff-disable", tmp_path, STAFF="nina").returncode == 0
    assert "disabled" in make("staff-list", tmp_path).stdout
    assert staff_accounts.authenticate(db, "nina", PASSWORD) is None
    assert make("staff-enable", tmp_path, STAFF="nina").returncode == 0
    assert make("staff-passwd", tmp_path, STAFF="nina", STAFF_PASSWORD="a-new-long-password").returncode == 0
    assert staff_accounts.authenticate(db, "nina", "a-new-long-password") == "nina"
    assert make("staff-remove", tmp_path, STAFF="nina").returncode == 0
    assert "No staff accounts" in make("staff-list", tmp_path).stdout
    missing = make("staff-remove", tmp_path, STAFF="nina")
    assert missing.returncode != 0 and "no account 'nina'" in missing.stderr


def _converse(argv: list[str], env: dict[str, str], answers: list[tuple[str, str]]) -> tuple[int, str]:
    """Run argv at a real terminal; when the output shows each prompt, type its answer. (exit code, all output)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal, as in a shell
        os.execve(argv[0], argv, env)
    seen, pending, deadline = b"", list(answers), time.time() + 120
    try:
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break  # the child closed the terminal
                if not chunk:
                    break
                seen += chunk
            if pending and pending[0][0].encode() in seen.split(b"\n")[-1]:
                os.write(fd, pending.pop(0)[1].encode() + b"\n")
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_at_a_terminal_the_password_is_asked_twice_without_echo(tmp_path):
    db = tmp_path / "staff.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("STAFF_PASSWORD", None)
    argv = [sys.executable, "-m", "webapp.staff", "--db", str(db), "add"]
    code, out = _converse(
        argv, env, [("Staff name", "kim"), ("New password", PASSWORD), ("same password again", PASSWORD)]
    )
    assert code == 0, out
    assert "Added staff account 'kim'" in out
    assert PASSWORD not in out  # never echoed
    (stored,) = sqlite3.connect(db).execute("SELECT password_hash FROM staff WHERE username = 'kim'").fetchone()
    assert verify_password(stored, PASSWORD)

    code, out = _converse(
        [*argv, "lee"], env, [("New password", PASSWORD), ("same password again", PASSWORD + "-typo")]
    )
    assert code == 1 and "the two passwords differ" in out
    assert not staff_accounts.exists(db, "lee")
