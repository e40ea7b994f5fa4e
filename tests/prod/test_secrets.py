"""The production profile never runs on a password anyone can read in this repository."""

import os
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _source_env(tmp_path: Path, password: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PROD_PG_PASSWORD"}
    env["PROD_VAR"] = str(tmp_path)
    if password is not None:
        env["PROD_PG_PASSWORD"] = password
    script = f'source "{ROOT}/prod/env.sh" && printf %s "$PROD_PG_PASSWORD"'
    return subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=30)


def test_the_old_public_default_and_short_passwords_are_refused(tmp_path):
    for weak in ("rasa-local-only", "short"):
        done = _source_env(tmp_path, weak)
        assert done.returncode != 0 and "PROD_PG_PASSWORD" in done.stderr


def test_without_a_password_a_private_random_one_is_made_once_and_reused(tmp_path):
    first = _source_env(tmp_path, None)
    assert first.returncode == 0, first.stderr
    secret = tmp_path / "secrets" / "pg_password"
    assert first.stdout == secret.read_text() and len(first.stdout) >= 32
    assert stat.S_IMODE(secret.stat().st_mode) & 0o077 == 0
    assert _source_env(tmp_path, None).stdout == first.stdout
    assert _source_env(tmp_path, "a-real-secret-of-mine").stdout == "a-real-secret-of-mine"


def _action_secret(tmp_path: Path, given: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PROD_PG_PASSWORD", "ACTION_SERVER_TOKEN")}
    env["PROD_VAR"] = str(tmp_path)
    if given is not None:
        env["ACTION_SERVER_TOKEN"] = given
    script = f'source "{ROOT}/prod/env.sh" && printf %s "$ACTION_SERVER_TOKEN"'
    return subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=30)


def test_the_action_servers_secret_is_made_once_privately_and_a_short_one_refused(tmp_path):
    first = _action_secret(tmp_path, None)
    assert first.returncode == 0, first.stderr
    secret = tmp_path / "secrets" / "action_server_token"
    assert first.stdout == secret.read_text() and len(first.stdout) >= 32
    assert stat.S_IMODE(secret.stat().st_mode) & 0o077 == 0
    assert _action_secret(tmp_path, None).stdout == first.stdout
    assert _action_secret(tmp_path, "mine-" * 8).stdout == "mine-" * 8
    short = _action_secret(tmp_path, "short")
    assert short.returncode != 0 and "ACTION_SERVER_TOKEN" in short.stderr
