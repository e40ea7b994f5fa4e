"""The action server's shared secret: where it comes from, and that Rasa's endpoint files send it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from rasa.utils.endpoints import read_endpoint_config

from action_server.secret import ENV_VAR, SecretError, load_or_create

ROOT = Path(__file__).resolve().parents[2]


def test_without_the_variable_a_private_secret_is_made_once_and_reused(tmp_path):
    file = tmp_path / "var" / "action_server_token"
    first = load_or_create(file, environ={})
    assert len(first) >= 32 and file.read_text().strip() == first
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert load_or_create(file, environ={}) == first
    assert not [p for p in file.parent.iterdir() if p != file]  # no temporary file left behind


def test_the_variable_wins_and_a_weak_one_is_refused(tmp_path):
    file = tmp_path / "action_server_token"
    strong = "s3cret-" * 6
    assert load_or_create(file, environ={ENV_VAR: strong}) == strong and not file.exists()
    for weak in ("short", "has spaces in it but is long enough to pass a length check", "caf\u00e9" * 10):
        with pytest.raises(SecretError):
            load_or_create(file, environ={ENV_VAR: weak})


def test_an_unusable_kept_secret_is_replaced(tmp_path):
    file = tmp_path / "action_server_token"
    file.write_text("short\n")
    replaced = load_or_create(file, environ={})
    assert replaced != "short" and file.read_text().strip() == replaced


def test_the_launchers_command_prints_the_same_secret_the_server_reads(tmp_path):
    file = tmp_path / "action_server_token"
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    command = [sys.executable, "-m", "action_server.secret", "--file", str(file)]
    printed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert printed.returncode == 0 and printed.stdout.strip() == load_or_create(file, environ={})
    refused = subprocess.run(command, cwd=ROOT, env={**env, ENV_VAR: "weak"}, capture_output=True, text=True)
    assert refused.returncode == 2 and ENV_VAR in refused.stderr and not refused.stdout


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "prod/endpoints.yml"])
def test_rasa_sends_the_secret_with_every_action_call(endpoints, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "the-secret-" * 4)
    for name in ("PROD_PG_DB", "PROD_PG_USER", "PROD_PG_PASSWORD"):
        monkeypatch.setenv(name, "x")
    config = read_endpoint_config(str(ROOT / endpoints), "action_endpoint")
    assert config.headers == {"Authorization": "Bearer " + "the-secret-" * 4}
    assert not config.token and not config.params  # never in the URL, where access logs would keep it
