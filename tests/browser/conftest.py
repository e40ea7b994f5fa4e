"""Browser tests: the real action server, Rasa server and web front end, driven by Debian's Chromium.

One server start per session. Playwright never downloads a browser here: it drives /usr/bin/chromium
(install it with scripts/install_browser.sh).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.e2e.servers import MODEL, ROOT, Servers, free_port, stop_process, wait_for

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps trying to reach Google's services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STAFF = "front-desk"
STAFF_PASSWORD = "browser-test-password-0123"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
DOC_SCREENSHOTS = ROOT / "docs" / "screenshots"
TIMEOUT_MS = 30_000  # the first reply can take a few seconds while Rasa warms up
EXPECT_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class Stack:
    servers: Servers
    base: str  # the web front end: demo page, widget, chat proxy, front desk
    workdir: Path
    staff: str  # a front-desk account, made with the clinic's own command (make staff-add)
    password: str

    @property
    def staff_db(self) -> Path:
        return self.workdir / "staff.db"

    @property
    def audit_db(self) -> Path:
        return self.workdir / "audit.db"


def _add_staff(workdir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STAFF_PASSWORD": STAFF_PASSWORD}
    cmd = [sys.executable, "-m", "webapp.staff", "--db", str(workdir / "staff.db"), "add", STAFF]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL)


def start_webapp(
    servers: Servers, workdir: Path, extra_env: dict[str, str] | None = None
) -> tuple[subprocess.Popen, str]:
    """A web front end on the session's Rasa, with its own stores in `workdir` and one staff account."""
    port = free_port()
    _add_staff(workdir)
    env = {k: v for k, v in os.environ.items() if k not in ("FRONTDESK_TOKEN", "TRACKER_URL")}
    env.update(PYTHONPATH=str(ROOT), **(extra_env or {}))
    cmd = [
        sys.executable, "-m", "webapp", "--host", "127.0.0.1", "--port", str(port),
        "--rasa-url", servers.url, "--tracker-db", str(servers.db), "--feedback-db", str(workdir / "feedback.db"),
        "--staff-db", str(workdir / "staff.db"), "--audit-db", str(workdir / "audit.db"),
        "--conversation-secret-file", str(workdir / "conversation_secret"),
    ]  # fmt: skip
    # Output goes to a file, not a pipe: nobody reads a pipe here, and a full one would block the server.
    with open(workdir / "webapp.log", "ab") as log:
        proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/healthz", 60, proc)
    except Exception:
        stop_process(proc)
        raise
    return proc, base


@pytest.fixture(scope="session")
def stack(tmp_path_factory) -> Iterator[Stack]:
    if not MODEL.exists():
        pytest.fail("No trained model: run `make train` first (make test does this).")
    workdir = tmp_path_factory.mktemp("browser")
    servers = Servers(workdir)
    webapp = None
    try:
        servers.start_actions()
        servers.start_rasa()
        webapp, base = start_webapp(servers, workdir)
        yield Stack(servers=servers, base=base, workdir=workdir, staff=STAFF, password=STAFF_PASSWORD)
    finally:
        if webapp is not None:
            stop_process(webapp)
        servers.stop()


@pytest.fixture(scope="session")
def browser(stack):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install_browser.sh")
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_context(browser):
    """Factory for fresh browser contexts (own storage); all are closed after the test."""
    contexts = []

    def make(**kwargs):
        kwargs.setdefault("viewport", {"width": 1280, "height": 800})
        ctx = browser.new_context(**kwargs)
        ctx.set_default_timeout(TIMEOUT_MS)
        contexts.append(ctx)
        return ctx

    yield make
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def page(new_context):
    """A page in a fresh context. Uncaught script errors on the page fail the test."""
    ctx = new_context()
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    assert not errors, f"uncaught errors on the page: {errors}"


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
