"""The web front end's hardening headers, and the README's embed snippet against the widget it serves."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

from tests.webapp.test_server import free_port, request, start_server, stop
from webapp.widget_bundle import WidgetBundle

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
# The embed tag in the README: a versioned widget URL with its Subresource Integrity hash.
SNIPPET = re.compile(
    r'<script src="https://YOUR-HOST(?P<path>/widget/[^"/]+/widget\.js)"\s+integrity="(?P<integrity>sha384-[^"]+)"'
    r'\s+crossorigin="anonymous"'
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web-edge")
    proc, base = start_server(tmp, f"http://127.0.0.1:{free_port()}")
    yield base
    stop(proc)


def readme_snippet() -> re.Match:
    found = SNIPPET.search(README.read_text(encoding="utf-8"))
    assert found, "README.md has no embed tag with a versioned widget URL, integrity and crossorigin"
    return found


@pytest.mark.parametrize(
    "path,method",
    [
        ("/", "GET"),
        ("/frontdesk", "GET"),
        ("/healthz", "GET"),
        ("/frontdesk/api/faq?q=sore", "GET"),  # 401 without signing in
        ("/no-such-page", "GET"),  # 404
        ("/webhooks/rest/webhook", "OPTIONS"),
    ],
)
def test_every_response_carries_the_hardening_headers(server, path, method):
    _, headers, _ = request(server, path, method)
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    policy = headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy, policy
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/widget/widget.js", "/widget/widget.css"])
def test_the_widget_files_may_be_loaded_by_other_sites(server, path):
    # Clinic websites load the widget with a <script> tag: same-origin would block them.
    status, headers, _ = request(server, path)
    assert status == 200 and headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert headers["X-Frame-Options"] == "DENY"


def test_the_readme_embed_tag_matches_the_widget_served_at_its_versioned_url(server):
    snippet = readme_snippet()
    current = WidgetBundle.load()
    assert (snippet["path"], snippet["integrity"]) == (f"{current.base_path}/widget.js", current.integrity), (
        "README.md's embed tag is stale: bot/web/widget.js or widget.css changed. Put this tag in the README "
        f"(`.venv/bin/python -m webapp.widget_bundle` prints it):\n{current.embed_tag()}"
    )
    status, headers, body = request(server, snippet["path"])
    assert status == 200 and "javascript" in headers["Content-Type"]
    # The browser's own check, on the bytes the server sends.
    assert snippet["integrity"] == "sha384-" + base64.b64encode(hashlib.sha384(body).digest()).decode()
    # SRI on another site's page needs CORS (crossorigin="anonymous") and cross-origin CORP.
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert "immutable" in headers["Cache-Control"]
    # The widget loads its stylesheet beside itself.
    css_path = snippet["path"].rsplit("/", 1)[0] + "/widget.css"
    status, headers, _ = request(server, css_path)
    assert status == 200 and "text/css" in headers["Content-Type"]
    assert headers["Cross-Origin-Resource-Policy"] == "cross-origin"


def test_a_version_that_is_not_the_current_one_is_not_served(server):
    snippet = readme_snippet()
    old = snippet["path"].replace("/widget/", "/widget/0", 1)
    assert request(server, old)[0] == 404
