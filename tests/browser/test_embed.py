"""The README's embed tag on another site's page: Subresource Integrity, CORS and the hardening headers together.

A clinic page on another origin (http://localhost:PORT, a different site from the assistant's
http://127.0.0.1:PORT) carries the README's tag with only YOUR-HOST replaced. The browser checks
the widget against the tag's hash, loads it and its stylesheet across sites, and chats through
the assistant's web front end; with a wrong hash it refuses to run the widget at all.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import start_webapp
from tests.browser.test_widget import ask, open_widget, text_of
from tests.e2e.servers import ROOT, stop_process
from tests.webapp.test_edge_headers import readme_snippet

README_TAG_END = "defer></script>"


def _readme_tag(host: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme_snippet().start()
    return text[start : text.index(README_TAG_END, start) + len(README_TAG_END)].replace("https://YOUR-HOST", host)


class _ClinicSite:
    """A one-page website on its own origin; `page_html` is what it serves at /."""

    def __init__(self) -> None:
        self.page_html = ""
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = site.page_html.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://localhost:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def embedded(stack, tmp_path_factory) -> Iterator[tuple[_ClinicSite, str]]:
    """The clinic site, and a web front end (on the session's Rasa) that lets it use the chat."""
    site = _ClinicSite()
    proc, base = start_webapp(
        stack.servers, tmp_path_factory.mktemp("embed"), extra_env={"CHAT_ALLOWED_ORIGINS": site.origin}
    )
    try:
        yield site, base
    finally:
        stop_process(proc)
        site.close()


def _clinic_page(tag: str) -> str:
    return f"<!doctype html><html lang='en'><head><title>Clinic</title></head><body><h1>Clinic</h1>{tag}</body></html>"


def test_the_readme_tag_embeds_the_widget_on_another_site_and_it_chats(embedded, page: Page):
    site, base = embedded
    site.page_html = _clinic_page(_readme_tag(base))
    page.goto(site.origin + "/")
    open_widget(page)
    # Its stylesheet came across sites too: the panel is laid out by widget.css, not the page.
    assert page.locator("#tpw-root").evaluate("el => getComputedStyle(el).position") == "fixed"
    assert "wear" in text_of(ask(page, "what should I wear to my session?")).lower()


def test_a_widget_that_does_not_match_the_tags_hash_is_not_run(embedded, page: Page):
    site, base = embedded
    tag = _readme_tag(base)
    integrity = readme_snippet()["integrity"]
    tampered = integrity[:-6] + ("AAAAAA" if not integrity.endswith("AAAAAA") else "BBBBBB")
    site.page_html = _clinic_page(tag.replace(integrity, tampered))
    blocked: list[str] = []
    page.on("console", lambda msg: blocked.append(msg.text) if "integrity" in msg.text.lower() else None)
    page.goto(site.origin + "/", wait_until="load")
    expect(page.locator("h1")).to_have_text("Clinic")
    page.wait_for_function("() => document.readyState === 'complete'")
    assert page.evaluate("() => window.__tpwLoaded") is None
    expect(page.locator("#tpw-launcher")).to_have_count(0)
    assert blocked, "the browser did not report the integrity failure"
