"""The web front end in front of the real assistant: the widget's proxy and the front-desk ask box."""

import json
import os
import subprocess
import sys

from tests.webapp.test_server import JSON, ROOT, request, sign_in, start_server, stop


def test_proxy_and_front_desk_ask_against_the_running_assistant(servers, tmp_path):
    proc, base = start_server(tmp_path, servers.url)
    try:
        status, _, payload = request(base, "/api/conversation", "POST", b"{}", JSON)
        assert status == 201
        body = json.dumps({"sender": json.loads(payload)["sender"], "message": "what is a trigger point?"}).encode()
        status, _, payload = request(base, "/webhooks/rest/webhook", "POST", body, JSON)
        assert status == 200
        customs = [m["custom"] for m in json.loads(payload) if "custom" in m]
        assert customs and customs[0]["topic"] == "trigger_points"
        # The channel's own 400 for a malformed body is passed through.
        assert request(base, "/webhooks/rest/webhook", "POST", b"not json", JSON)[0] == 400

        staff = sign_in(base)
        status, _, payload = request(
            base, "/frontdesk/api/ask", "POST", b'{"question": "what is referred pain?"}', staff.headers(post=True)
        )
        answer = json.loads(payload)
        assert status == 200 and answer["sender"].startswith("frontdesk-")
        assert answer["topic"] == "trigger_points" and answer["faq_id"] and answer["reviewed"] and answer["text"]
    finally:
        stop(proc)
    # The test question is in the audit log under the staff member's name, by its conversation id only.
    audit = subprocess.run(
        [sys.executable, "-m", "webapp.staff", "--audit-db", str(tmp_path / "audit.db"), "audit"],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60,
    ).stdout  # fmt: skip
    (line,) = [line for line in audit.splitlines() if "question_asked" in line]
    assert line.split()[2] == "alex" and f"conversations: {answer['sender']}" in line
    assert b"referred pain" not in (tmp_path / "audit.db").read_bytes()
