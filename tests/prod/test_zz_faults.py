"""Faults in the production profile: Redis or PostgreSQL briefly down, a Rasa instance restarted.

Clients get a clear "try again in a moment" instead of a hang, and nothing already stored is
lost once the service is back. Each test brings the profile back up (prod/up.sh is idempotent).
Named to run after the other prod tests, since it stops services.
"""

from __future__ import annotations

import json
import subprocess
import time

from bot.knowledge_base import current
from tests.prod.test_scale_out import (
    NGINX_PORT,
    RASA_PORTS,
    ROOT,
    dialogue,
    issued_sender,
    pytestmark,
    request,
    say,
    text,
)

__all__ = ["pytestmark"]  # the same skip (or failure) as the scale-out tests when prod-up isn't running

SORE = "I'm really sore after my massage yesterday, is that normal?"


def _sh(script: str) -> None:
    subprocess.run(["bash", "-c", f"source prod/env.sh; {script}"], cwd=ROOT, check=True, timeout=120)


def _bring_back() -> None:
    subprocess.run(["bash", "prod/up.sh"], cwd=ROOT, check=True, timeout=300, stdout=subprocess.DEVNULL)


def _timed_say(port: int, sender: str, message: str) -> tuple[float, str]:
    """Like `say`, but a fallback (error-kind) reply is a valid outcome here."""
    start = time.monotonic()
    body = json.dumps({"sender": sender, "message": message}).encode()
    status, raw = request(port, "POST", "/webhooks/rest/webhook", body)
    assert status == 200, (status, raw[:300])
    return time.monotonic() - start, text(json.loads(raw))


def _answer_during_outage(stop_service: str) -> str:
    """Start a conversation, stop a service, ask the follow-up, bring the service back.

    Checks what every outage must keep: a quick "try again in a moment", the stored history
    intact with nothing half-done from the outage, and the conversation continuing with its
    context on the very next turn. Returns the reply given during the outage.
    """
    sender = issued_sender()
    say(NGINX_PORT, sender, SORE)
    before = dialogue(sender)
    _sh(stop_service)
    try:
        seconds, during = _timed_say(NGINX_PORT, sender, "how long does that last?")
        assert seconds < 15
    finally:
        _bring_back()
    assert dialogue(sender) == before  # the turn that got "try again" was not stored
    _, answer = _timed_say(NGINX_PORT, sender, "how long does that last?")
    assert any(token in answer for token in ("48", "72", "day or two"))
    assert [t for t, _ in dialogue(sender)].count("user") == 2
    return during


def test_redis_down_gives_try_again_and_the_conversation_resumes() -> None:
    during = _answer_during_outage('kill -TERM "$(head -1 "$PROD_RUN/redis.pid")"; sleep 1')
    assert "try again in a moment" in during


def test_postgres_down_gives_try_again_and_nothing_stored_is_lost() -> None:
    # Rasa alone would answer from an empty in-memory tracker and never store the turn;
    # channels/tracker_store_faults.py fails the turn instead, and the store reconnects after.
    during = _answer_during_outage('as_pg "$(pg_bin)/pg_ctl" -D "$PROD_VAR/pg" -m fast -w -s stop')
    assert "try again in a moment" in during


def test_a_red_flag_is_answered_even_with_postgres_down_and_contact_details_stay_out_of_the_logs() -> None:
    phone, email = "07700 900461", "jo.test461@example.com"
    _sh('as_pg "$(pg_bin)/pg_ctl" -D "$PROD_VAR/pg" -m fast -w -s stop')
    try:
        _, answer = _timed_say(NGINX_PORT, issued_sender(), "I have crushing chest pain")
        # Errors are logged during an outage; the client's words with them must not be.
        _timed_say(NGINX_PORT, issued_sender(), f"please call me on {phone} or email {email} about my neck")
    finally:
        _bring_back()
    assert "999" in answer and "try again" not in answer
    logs = "".join(p.read_text(errors="replace") for p in (ROOT / "var" / "prod" / "log").glob("*.log"))
    assert phone not in logs and email not in logs


def test_action_server_down_every_message_still_gets_a_helpful_reply() -> None:
    _sh(
        'pid=$(head -1 "$PROD_RUN/actions.pid"); kill -TERM -- "-$pid"; '
        'for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done'
    )
    try:
        _, faq = _timed_say(NGINX_PORT, issued_sender(), "what should I wear?")
        _, red_flag = _timed_say(NGINX_PORT, issued_sender(), "I have crushing chest pain")
    finally:
        _bring_back()
    assert "front desk" in faq and current().profile.phone in faq
    assert "999" in red_flag


def test_a_restarted_rasa_instance_continues_the_conversation() -> None:
    sender = f"prod-test-restart-{time.time_ns()}"  # Rasa's own port: an internal caller's id
    say(RASA_PORTS[0], sender, SORE)
    _sh(
        f'pid=$(head -1 "$PROD_RUN/rasa-{RASA_PORTS[0]}.pid"); kill -TERM -- "-$pid"; '
        'for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done'
    )
    _bring_back()
    _, answer = _timed_say(RASA_PORTS[0], sender, "how long does that last?")
    assert any(token in answer for token in ("48", "72", "day or two"))


def test_the_retention_job_is_scheduled() -> None:
    _sh('pid_alive "$PROD_RUN/purger.pid"')
    log = (ROOT / "var" / "prod" / "log" / "purger.log").read_text()
    assert "conversation" in log.lower()
