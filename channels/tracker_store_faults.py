"""Fail closed when the tracker store is down: "try again in a moment", not a forgetful answer.

Rasa 3.6 wraps every tracker store in a `FailSafeTrackerStore` (hard-coded in
`Agent`). When the database is unreachable it hands the turn an empty, in-memory
tracker and later saves it there: the client gets an answer with no memory of
the conversation, and that turn is never stored. For a clinic the conversation
record matters more than one answer, so a store error is raised instead; the
channels catch it and reply with the "please try again in a moment" fallback
(red flags still get the emergency answer). Nothing half-done is stored: the
turn is either saved whole or not at all, and what the client saw matches the
record.

The wrapper takes an error callback in its constructor, but Rasa never passes
one; it is set here once the agent is loaded.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.core.tracker_store import FailSafeTrackerStore

log = logging.getLogger(__name__)


class TrackerStoreUnavailable(RuntimeError):
    """The conversation store could not be read or written; the turn was not processed."""


def _raise(error: Exception) -> None:
    # First line only, and no chained cause: SQLAlchemy appends the statement's parameters
    # (the client's messages), and a logged traceback would print the cause in full.
    summary = (str(error).splitlines() or [""])[0][:200]
    raise TrackerStoreUnavailable(f"{type(error).__name__}: {summary}") from None


def fail_closed(agent: Any) -> None:
    store = getattr(agent, "tracker_store", None)
    if isinstance(store, FailSafeTrackerStore) and store._on_tracker_store_error is not _raise:
        store._on_tracker_store_error = _raise
        log.info("Tracker store errors now fail the turn with a 'try again' reply.")


def install(blueprint: Any) -> None:
    """Set the callback once the server (and so the agent) is up; idempotent across channels."""

    @blueprint.listener("after_server_start")
    async def _fail_closed(app: Any, _loop: Any) -> None:
        fail_closed(getattr(app.ctx, "agent", None))
