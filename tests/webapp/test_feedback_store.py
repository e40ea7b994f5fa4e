"""Feedback votes: one per answer, a cap per conversation, masked questions."""

from __future__ import annotations

import sqlite3

from webapp import feedback_store
from webapp.feedback_store import MAX_QUESTION_CHARS, MAX_VOTES_PER_CONVERSATION, Feedback


def _rows(db, sender):
    return (
        sqlite3.connect(db).execute("SELECT faq_id, question FROM feedback WHERE sender_id = ?", (sender,)).fetchall()
    )


def test_one_vote_per_answer_and_a_cap_per_conversation(tmp_path):
    db = tmp_path / "feedback.db"
    assert feedback_store.save_capped(db, Feedback("web-a", "faq-0", True, "q")) == "saved"
    assert feedback_store.save_capped(db, Feedback("web-a", "faq-0", False, "q")) == "duplicate"
    for n in range(1, MAX_VOTES_PER_CONVERSATION):
        assert feedback_store.save_capped(db, Feedback("web-a", f"faq-{n}", True, "q")) == "saved"
    assert feedback_store.save_capped(db, Feedback("web-a", "faq-new", True, "q")) == "full"
    assert feedback_store.save_capped(db, Feedback("web-b", "faq-0", True, "q")) == "saved"
    assert len(_rows(db, "web-a")) == MAX_VOTES_PER_CONVERSATION


def test_the_stored_question_is_masked_and_clipped(tmp_path):
    db = tmp_path / "feedback.db"
    question = "call me on 07700 900123 or jo@example.com, will I be sore? " + "x" * 5000
    feedback_store.save_capped(db, Feedback("web-a", "faq-0", False, question))
    [(_, stored)] = _rows(db, "web-a")
    assert "07700" not in stored and "jo@example.com" not in stored and "will I be sore?" in stored
    assert len(stored) <= MAX_QUESTION_CHARS
