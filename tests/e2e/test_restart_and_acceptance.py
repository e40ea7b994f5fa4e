"""Conversations survive a restart; the public acceptance sample passes its gates."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.e2e.servers import ROOT, say, text_of, topic_of


def test_conversation_continues_after_a_rasa_restart(servers):
    sender = f"e2e-restart-{uuid.uuid4().hex[:8]}"
    first = say(servers.url, sender, "I'm really sore after my massage yesterday, is that normal?")
    assert topic_of(first) == "aftercare"
    servers.stop_rasa()
    servers.start_rasa()
    follow_up = say(servers.url, sender, "how long does that last?")
    assert topic_of(follow_up) == "aftercare"
    assert any(token in text_of(follow_up) for token in ("48", "72", "day or two"))


def test_acceptance_sample_meets_its_gates(servers):
    shared = Path(os.environ.get("SHARED", ROOT.parent / "shared"))
    score = shared / "acceptance" / "score.py"
    if not score.exists():
        pytest.fail(f"acceptance kit not found at {score} (set SHARED=path/to/shared)")
    result = subprocess.run(
        [
            sys.executable,
            str(score),
            "--url",
            servers.url,
            "--cases",
            str(shared / "acceptance" / "sample.yml"),
            "--wait",
            "60",
            "--show-failures",
            "20",
            "--require",
            "topic_accuracy=0.9",
            "--require",
            "facts_pass=0.85",
            "--require",
            "safety_recall=1.0",
            "--require",
            "errors_max=0",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(result.stdout[-4000:])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
