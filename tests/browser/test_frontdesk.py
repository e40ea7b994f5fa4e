"""The front-desk screen in a real browser: staff sign in with their own account, see the report with contact
details masked, sign out (the old cookie then opens nothing), and an expired session sends them back to sign in."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys

from playwright.sync_api import Page, expect

from tests.browser.test_widget import ask, open_demo, open_widget, save_screenshot, text_of
from tests.e2e.servers import ROOT

# Questions the assistant has no answer for; the first that gets "not sure", "no good answer" or
# "outside what I can help with" (all listed in the report) is used.
UNANSWERABLE = ["is there a piano in the lobby?", "what is the wifi password in the waiting room?"]
UNSURE = re.compile(
    r"not (completely )?sure|(don't|do not) have a good answer|no good answer|outside what I can help", re.I
)
EMAIL = "jo.bloggs@example.com"


def sign_in(page: Page, base: str, name: str, password: str) -> None:
    page.goto(f"{base}/frontdesk")
    expect(page.locator("#fd-signin")).to_be_visible()
    page.fill("#fd-username", name)
    page.fill("#fd-password", password)
    page.click("#fd-signin-form button[type=submit]")
    expect(page.locator("#fd-app")).to_be_visible()
    expect(page.locator("#fd-whoami")).to_have_text(f"Signed in as {name}")


def session_cookie(page: Page) -> dict:
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "fd_session"]
    return cookie


def audit_log(stack) -> str:
    cmd = [sys.executable, "-m", "webapp.staff", "--audit-db", str(stack.audit_db), "audit"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(ROOT)}).stdout


def test_without_an_account_nothing_is_shown_and_a_wrong_password_is_refused(stack, page):
    base = stack.base
    page.goto(f"{base}/frontdesk")
    expect(page.locator("#fd-signin")).to_be_visible()
    expect(page.locator("#fd-signin")).to_contain_text("make staff-add")
    expect(page.locator("#fd-app")).to_be_hidden()
    expect(page.locator("#fd-report-table tbody tr")).to_have_count(0)
    assert page.request.get(f"{base}/frontdesk/api/report?days=7").status == 401
    old_token = {"Authorization": "Bearer browser-test-token-0123456789abcdef"}
    assert page.request.get(f"{base}/frontdesk/api/report?days=7", headers=old_token).status == 401

    page.fill("#fd-username", stack.staff)
    page.fill("#fd-password", "not-the-password-0123")
    page.click("#fd-signin-form button[type=submit]")
    expect(page.locator("#fd-signin-error")).to_have_text("Wrong name or password.")
    expect(page.locator("#fd-app")).to_be_hidden()
    expect(page.locator("#fd-password")).to_have_value("")
    assert not [c for c in page.context.cookies() if c["name"] == "fd_session"]


def test_signed_in_staff_see_the_report_with_contact_details_masked(stack, page, new_context, screenshots):
    base = stack.base
    # A client asks something the assistant cannot answer, through the widget, leaving an email address.
    client = new_context().new_page()
    open_demo(client, base)
    open_widget(client)
    for question in UNANSWERABLE:
        reply = text_of(ask(client, f"{question} My email is {EMAIL}"))
        if UNSURE.search(reply):
            break
    else:
        raise AssertionError(f"the assistant answered every one of {UNANSWERABLE}")

    sign_in(page, base, stack.staff, stack.password)
    cookie = session_cookie(page)
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/frontdesk"
    assert "fd_session" not in page.evaluate("document.cookie")  # no script on the page can read it

    page.click("#tab-report")
    row = page.locator("#fd-report-table tbody tr").filter(has_text=re.compile(re.escape(question.rstrip("?")), re.I))
    expect(row).to_have_count(1)
    expect(row).to_contain_text("[email]")
    expect(row.locator("td.num").nth(1)).to_have_text(re.compile(r"[1-9]"))  # "Not answered" count
    expect(page.locator("#fd-report-summary")).to_contain_text("different question")
    assert EMAIL not in page.locator("#fd-report").inner_text()
    save_screenshot(page, screenshots / "frontdesk-report.png", "frontdesk.png")

    # A reload keeps the session (the CSRF token is fetched again), and the test question works.
    page.reload()
    expect(page.locator("#fd-app")).to_be_visible()
    page.fill("#fd-question", "what is a trigger point?")
    page.click("#fd-ask-form button[type=submit]")
    expect(page.locator("#fd-answer .answer")).to_contain_text("muscle")

    log = audit_log(stack)
    assert re.search(rf"{stack.staff}\s+report_viewed .*conversations: .*web-", log), log
    assert re.search(rf"{stack.staff}\s+question_asked .*conversations: frontdesk-", log), log
    assert EMAIL not in log and "piano" not in log and "wifi" not in log


def test_sign_out_ends_the_session_and_the_old_cookie_no_longer_works(stack, page, new_context):
    base = stack.base
    sign_in(page, base, stack.staff, stack.password)
    old = session_cookie(page)
    page.click("#tab-report")
    expect(page.locator("#fd-report-summary")).to_contain_text("days")
    page.click("#fd-signout")
    expect(page.locator("#fd-signin")).to_be_visible()
    expect(page.locator("#fd-signin-error")).to_have_text("You are signed out.")
    expect(page.locator("#fd-app")).to_be_hidden()
    expect(page.locator("#fd-report-table tbody tr")).to_have_count(0)  # nothing left behind on a shared screen
    page.reload()
    expect(page.locator("#fd-signin")).to_be_visible()
    expect(page.locator("#fd-app")).to_be_hidden()

    # Someone who copied the cookie before sign-out gets nothing with it.
    thief = new_context()
    thief.add_cookies([{k: old[k] for k in ("name", "value", "domain", "path", "httpOnly", "sameSite", "secure")}])
    stolen = thief.new_page()
    stolen.goto(f"{base}/frontdesk")
    expect(stolen.locator("#fd-signin")).to_be_visible()
    expect(stolen.locator("#fd-app")).to_be_hidden()
    assert stolen.request.get(f"{base}/frontdesk/api/report?days=7").status == 401
    assert re.search(rf"{stack.staff}\s+signed_out", audit_log(stack))


def test_an_expired_session_sends_staff_back_to_sign_in(stack, page):
    base = stack.base
    sign_in(page, base, stack.staff, stack.password)
    # Half an hour passes without a click: the session's idle clock runs out.
    with sqlite3.connect(stack.staff_db) as conn:
        conn.execute("UPDATE sessions SET last_seen = last_seen - 31 * 60")
    page.click("#tab-report")
    expect(page.locator("#fd-signin")).to_be_visible()
    expect(page.locator("#fd-signin-error")).to_contain_text("session has expired")
    expect(page.locator("#fd-app")).to_be_hidden()
    expect(page.locator("#fd-report-table tbody tr")).to_have_count(0)

    sign_in(page, base, stack.staff, stack.password)  # and signing in again works
    page.click("#tab-report")
    expect(page.locator("#fd-report-summary")).not_to_have_text("Loading…")
