"""The web front end in front of the real assistant: the widget's proxy and the front-desk ask box."""

import json

from tests.webapp.test_server import AUTH, JSON, TOKEN, request, start_server, stop


def test_proxy_and_front_desk_ask_against_the_running_assistant(servers, tmp_path):
    proc, base = start_server(tmp_path, servers.url, TOKEN)
    try:
        body = json.dumps({"sender": "web-test-proxy", "message": "what is a trigger point?"}).encode()
        status, _, payload = request(base, "/webhooks/rest/webhook", "POST", body, JSON)
        assert status == 200
        customs = [m["custom"] for m in json.loads(payload) if "custom" in m]
        assert customs and customs[0]["topic"] == "trigger_points"
        # The channel's own 400 for a malformed body is passed through.
        assert request(base, "/webhooks/rest/webhook", "POST", b"not json", JSON)[0] == 400

        status, _, payload = request(
            base, "/frontdesk/api/ask", "POST", b'{"question": "what is referred pain?"}', {**AUTH, **JSON}
        )
        answer = json.loads(payload)
        assert status == 200 and answer["sender"].startswith("frontdesk-")
        assert answer["topic"] == "trigger_points" and answer["faq_id"] and answer["reviewed"] and answer["text"]
    finally:
        stop(proc)
