"""The widget forgets the conversation it keeps in localStorage after hours without activity (a shared clinic
tablet): history, unsent messages and the conversation id. Tested by moving the stored time of last activity."""

from __future__ import annotations

from playwright.sync_api import Page, Route, expect

from tests.browser.test_widget import USER, ask, open_demo, open_widget, transcript

HOUR_MS = 3_600_000


def _set_last_activity(page: Page, hours_ago: float) -> None:
    page.evaluate("(ms) => localStorage.setItem('tpw:active', JSON.stringify(Date.now() - ms))", hours_ago * HOUR_MS)


def _stored(page: Page, key: str):
    return page.evaluate("(k) => JSON.parse(localStorage.getItem(k))", key)


def _assert_forgotten(page: Page, old_sender: str) -> None:
    expect(page.locator("#tpw-log .tpw-msg")).to_have_count(1)  # only the greeting
    expect(page.locator(USER)).to_have_count(0)
    assert page.evaluate("window.TPWidget.sender()") != old_sender
    assert not _stored(page, "tpw:history") and not _stored(page, "tpw:outbox")
    assert _stored(page, "tpw:sender") in (None, page.evaluate("window.TPWidget.sender()"))


def test_history_is_kept_within_two_hours_of_activity_and_forgotten_after(stack, page):
    open_demo(page, stack.base)
    open_widget(page)
    ask(page, "what is a trigger point?")
    sender, before = page.evaluate("window.TPWidget.sender()"), transcript(page)
    assert abs(_stored(page, "tpw:active") - page.evaluate("Date.now()")) < 60_000

    _set_last_activity(page, 1.5)
    page.reload()
    open_widget(page)
    assert transcript(page) == before and page.evaluate("window.TPWidget.sender()") == sender

    _set_last_activity(page, 2.5)
    page.reload()
    open_widget(page)
    _assert_forgotten(page, sender)


def test_the_idle_limit_is_configurable_and_applies_while_the_page_stays_open(stack, page):
    def half_an_hour(route: Route) -> None:
        demo = route.fetch()
        route.fulfill(
            response=demo, body=demo.text().replace("data-server=", 'data-history-hours="0.5" data-server=', 1)
        )

    page.route(f"{stack.base}/", half_an_hour)
    open_demo(page, stack.base)
    open_widget(page)
    ask(page, "what should I wear?")
    sender, before = page.evaluate("window.TPWidget.sender()"), transcript(page)

    _set_last_activity(page, 20 / 60)
    page.click("#tpw-close")
    open_widget(page)
    assert transcript(page) == before

    # The tablet is left with the chat on screen; the next person opens it 40 minutes later.
    _set_last_activity(page, 40 / 60)
    page.click("#tpw-close")
    open_widget(page)
    _assert_forgotten(page, sender)
    reply = ask(page, "what is a trigger point?")  # and a new conversation works
    assert reply and page.evaluate("window.TPWidget.sender()") == _stored(page, "tpw:sender")
