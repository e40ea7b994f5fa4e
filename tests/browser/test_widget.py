"""The website chat widget in a real browser, against the real assistant (the front desk: test_frontdesk.py).

Every test waits for elements or text, never for a fixed time. Each test gets a fresh browser context
(its own localStorage, so its own conversation) unless it tests persistence.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3

from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import DOC_SCREENSHOTS

# Real replies, excluding the greeting (which is styled as a bot bubble with --system).
BOT = "#tpw-log .tpw-msg--bot:not(.tpw-msg--system)"
USER = "#tpw-log .tpw-msg--user"
MAX_DOC_SCREENSHOT_BYTES = 300 * 1024


# ---------- helpers ----------
def open_demo(page: Page, base: str) -> None:
    page.goto(f"{base}/")
    expect(page.locator("#tpw-launcher")).to_be_visible()


def open_widget(page: Page) -> None:
    page.click("#tpw-launcher")
    expect(page.locator("#tpw-panel")).to_be_visible()
    expect(page.locator("#tpw-launcher")).to_have_attribute("aria-expanded", "true")


def wait_for_reply(page: Page, bots_before: int) -> list[Locator]:
    """Wait until the assistant's reply is rendered and nothing is pending; return the new bot bubbles."""
    page.wait_for_function(
        """(n) => {
            const log = document.getElementById('tpw-log');
            return log.querySelectorAll('.tpw-msg--bot:not(.tpw-msg--system)').length > n
                && !log.querySelector('.tpw-msg--pending')
                && document.getElementById('tpw-typing').hidden;
        }""",
        arg=bots_before,
    )
    bots = page.locator(BOT)
    return [bots.nth(i) for i in range(bots_before, bots.count())]


def ask(page: Page, text: str) -> list[Locator]:
    before = page.locator(BOT).count()
    page.fill("#tpw-input", text)
    page.click("#tpw-send")
    return wait_for_reply(page, before)


def text_of(bubbles: list[Locator]) -> str:
    return "\n".join(b.inner_text() for b in bubbles)


def transcript(page: Page) -> list[str]:
    return [t.strip() for t in page.locator("#tpw-log .tpw-msg").all_inner_texts()]


def save_screenshot(page: Page, path, doc_name: str | None = None) -> None:
    """Save a viewport screenshot; copy it to docs/screenshots when missing or UPDATE_DOC_SCREENSHOTS=1."""
    page.screenshot(path=str(path))
    if doc_name is None:
        return
    target = DOC_SCREENSHOTS / doc_name
    if target.exists() and os.environ.get("UPDATE_DOC_SCREENSHOTS") != "1":
        return
    assert path.stat().st_size <= MAX_DOC_SCREENSHOT_BYTES, f"{path} is too large for docs/"
    DOC_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)


# ---------- the widget ----------
def test_open_widget_see_notice_and_ask_a_question(stack, page):
    open_demo(page, stack.base)
    expect(page.locator("#tpw-panel")).to_be_hidden()
    open_widget(page)
    notice = page.locator("#tpw-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("automated assistant")
    expect(notice).to_contain_text("not medical advice")
    expect(page.locator("#tpw-input")).to_be_focused()

    reply = ask(page, "what is a trigger point?")
    expect(page.locator(USER).last).to_contain_text("what is a trigger point?")
    assert "muscle" in text_of(reply).lower()
    # A curated FAQ answer asks for feedback; answering it is acknowledged.
    feedback = page.locator(".tpw-feedback").last
    feedback.get_by_role("button", name="Helpful: Yes").click()
    expect(feedback).to_contain_text("Thanks for your feedback")


def test_quick_reply_button_gets_a_new_answer(stack, page):
    open_demo(page, stack.base)
    open_widget(page)
    first = text_of(ask(page, "what is a trigger point?"))
    quick = page.locator("#tpw-log .tpw-quick").first
    expect(quick).to_be_visible()
    title = quick.inner_text().strip()
    assert title

    before = page.locator(BOT).count()
    quick.click()
    second = text_of(wait_for_reply(page, before))
    expect(page.locator(USER).last).to_contain_text(title)  # the button's title, not its /intent payload
    assert second.strip() and second != first
    assert not page.locator(USER).filter(has_text="/faq_").count()


def test_conversation_survives_reload_and_reopen_but_not_a_new_context(stack, page, new_context):
    open_demo(page, stack.base)
    open_widget(page)
    ask(page, "what is a trigger point?")
    before = transcript(page)
    assert len(before) >= 3  # greeting, question, answer

    page.reload()
    open_widget(page)
    expect(page.locator(USER).first).to_contain_text("what is a trigger point?")
    assert transcript(page) == before

    page.click("#tpw-close")
    expect(page.locator("#tpw-panel")).to_be_hidden()
    open_widget(page)
    assert transcript(page) == before

    other = new_context().new_page()
    open_demo(other, stack.base)
    open_widget(other)
    expect(other.locator("#tpw-log .tpw-msg--system")).to_have_count(1)
    expect(other.locator("#tpw-log .tpw-msg")).to_have_count(1)  # only the greeting
    assert other.evaluate("window.TPWidget.sender()") != page.evaluate("window.TPWidget.sender()")


def test_emergency_answer_is_styled_and_gives_999(stack, page, screenshots):
    open_demo(page, stack.base)
    open_widget(page)
    ask(page, "what is a trigger point?")
    reply = ask(page, "I have crushing chest pain")
    assert reply
    for bubble in reply:
        expect(bubble).to_have_class(re.compile(r"\bmsg--emergency\b"))
    assert "999" in text_of(reply)
    expect(reply[0].locator(".tpw-flag")).to_contain_text("Urgent")
    save_screenshot(page, screenshots / "widget-emergency.png", "widget.png")


def test_html_in_a_message_is_shown_as_text(stack, page):
    payload = '<img src=x onerror="window.__pwned=1">'
    open_demo(page, stack.base)
    open_widget(page)
    reply = ask(page, payload)
    assert text_of(reply).strip()
    expect(page.locator(USER).last.locator(".tpw-msg__text")).to_have_text("You: " + payload)
    expect(page.locator("#tpw-log img")).to_have_count(0)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    # Still literal after a reload (history re-rendered from localStorage).
    page.reload()
    open_widget(page)
    expect(page.locator(USER).last).to_contain_text(payload)
    expect(page.locator("#tpw-log img")).to_have_count(0)
    assert page.evaluate("typeof window.__pwned") == "undefined"


def _focused_id(page: Page) -> str:
    return page.evaluate("document.activeElement ? document.activeElement.id : ''")


def _press_until(page: Page, key: str, predicate: str, limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(predicate):
            return
    raise AssertionError(f"pressing {key} {limit} times never satisfied {predicate}")


def test_keyboard_only(stack, page):
    open_demo(page, stack.base)
    _press_until(page, "Tab", "document.activeElement && document.activeElement.id === 'tpw-launcher'")
    page.keyboard.press("Enter")
    expect(page.locator("#tpw-panel")).to_be_visible()
    expect(page.locator("#tpw-input")).to_be_focused()

    before = page.locator(BOT).count()
    page.keyboard.type("what is a trigger point?")
    page.keyboard.press("Enter")
    assert "muscle" in text_of(wait_for_reply(page, before)).lower()
    expect(page.locator("#tpw-input")).to_be_focused()

    # The suggestions sit in the log just before the input: Shift+Tab reaches the last one.
    expect(page.locator("#tpw-log .tpw-quick").first).to_be_visible()
    _press_until(page, "Shift+Tab", "document.activeElement.classList.contains('tpw-quick')", limit=10)
    title = page.evaluate("document.activeElement.textContent")
    before = page.locator(BOT).count()
    page.keyboard.press("Enter")
    assert text_of(wait_for_reply(page, before)).strip()
    expect(page.locator(USER).last).to_contain_text(title)

    # The clicked suggestion is gone after re-rendering; focus must not fall back to <body>.
    expect(page.locator("#tpw-input")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("#tpw-panel")).to_be_hidden()
    expect(page.locator("#tpw-launcher")).to_be_focused()
    expect(page.locator("#tpw-launcher")).to_have_attribute("aria-expanded", "false")


def test_small_screen_360(stack, new_context, screenshots):
    page = new_context(viewport={"width": 360, "height": 740}).new_page()
    open_demo(page, stack.base)
    open_widget(page)
    box = page.locator("#tpw-panel").bounding_box()
    assert box is not None
    assert box["x"] >= 0 and box["width"] <= 360 and box["x"] + box["width"] <= 360, box
    assert box["y"] >= 0 and box["y"] + box["height"] <= 740, box
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"

    input_box = page.locator("#tpw-input").bounding_box()
    assert input_box and input_box["x"] >= 0 and input_box["x"] + input_box["width"] <= 360
    assert input_box["y"] + input_box["height"] <= 740
    expect(page.locator("#tpw-send")).to_be_in_viewport()
    reply = ask(page, "what is a trigger point?")
    assert "muscle" in text_of(reply).lower()
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    save_screenshot(page, screenshots / "widget-360.png")


def _stored(stack, sender: str) -> tuple[int, int]:
    """(tracker events, feedback votes) the server holds for the widget's conversation id."""
    key = sender.split(".")[0]
    with sqlite3.connect(stack.servers.db) as db:
        events = db.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (key,)).fetchone()[0]
    with sqlite3.connect(stack.workdir / "feedback.db") as db:
        votes = db.execute("SELECT COUNT(*) FROM feedback WHERE sender_id = ?", (key,)).fetchone()[0]
    return events, votes


def test_delete_my_conversation_asks_first_then_erases_it_everywhere(stack, page, new_context):
    other = new_context().new_page()
    open_demo(other, stack.base)
    open_widget(other)
    ask(other, "what should I wear?")
    bystander = other.evaluate("window.TPWidget.sender()")

    open_demo(page, stack.base)
    open_widget(page)
    ask(page, "will I be sore after a session?")
    feedback = page.locator(".tpw-feedback").last
    feedback.get_by_role("button", name="Helpful: No").click()
    expect(feedback).to_contain_text("Thanks for your feedback")
    sender = page.evaluate("window.TPWidget.sender()")
    assert sender.startswith("web-")
    events, votes = _stored(stack, sender)
    assert events > 0 and votes == 1

    # Asked first; Cancel (which has the focus) keeps everything.
    page.get_by_role("button", name="Delete my conversation").click()
    confirm = page.locator("#tpw-confirm")
    expect(confirm).to_be_visible()
    expect(confirm).to_contain_text("cannot be undone")
    expect(page.locator("#tpw-delete-cancel")).to_be_focused()
    page.keyboard.press("Enter")
    expect(confirm).to_be_hidden()
    assert _stored(stack, sender) == (events, 1)
    assert page.locator(USER).count() == 1

    page.get_by_role("button", name="Delete my conversation").click()
    page.get_by_role("button", name="Delete conversation", exact=True).click()
    expect(page.locator("#tpw-status")).to_have_text("Your conversation was deleted.")
    expect(confirm).to_be_hidden()
    expect(page.locator("#tpw-log .tpw-msg")).to_have_count(1)  # only the greeting
    assert _stored(stack, sender) == (0, 0)
    assert page.evaluate("window.TPWidget.sender()") is None
    stored = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('tpw:') && localStorage[k] !== '[]')")
    assert stored == [], stored

    # The widget forgot it: after a reload nothing comes back, and the next message is a new conversation.
    page.reload()
    open_widget(page)
    expect(page.locator("#tpw-log .tpw-msg")).to_have_count(1)
    ask(page, "what is a trigger point?")
    assert page.evaluate("window.TPWidget.sender()") not in (None, sender)
    assert _stored(stack, bystander)[0] > 0  # someone else's conversation is untouched
