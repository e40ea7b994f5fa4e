"""The FAQ browser's search over question, phrasings and answer (the clinic's own FAQ from bot.knowledge_base)."""

from __future__ import annotations

from typing import Any

from bot.faq_store import FaqEntry, render_answer
from bot.knowledge_base import KnowledgeBase
from webapp.report import normalize_question


def entry_json(entry: FaqEntry, kb: KnowledgeBase) -> dict[str, Any]:
    return {
        "id": entry.id,
        "topic": entry.topic,
        "question": entry.question,
        "phrasings": list(entry.phrasings),
        "answer": render_answer(entry, kb.profile),
        "sources": list(entry.sources),
        "reviewed": entry.reviewed.isoformat(),
        "related": list(entry.related),
    }


def search_faq(kb: KnowledgeBase, query: str) -> list[dict[str, Any]]:
    """Entries containing every word of the query; question hits first, then phrasings, then answer."""
    words = normalize_question(query or "").split()
    scored: list[tuple[int, int, dict[str, Any]]] = []
    for n, entry in enumerate(kb.faq.entries):
        item = entry_json(entry, kb)
        question = normalize_question(item["question"])
        phrasings = normalize_question(" | ".join(item["phrasings"]))
        answer = normalize_question(item["answer"] + " " + item["id"] + " " + item["topic"])
        everything = f"{question} {phrasings} {answer}"
        if not all(w in everything for w in words):
            continue
        score = sum(3 * (w in question) + 2 * (w in phrasings) + (w in answer) for w in words)
        scored.append((-score, n, item))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [item for _, _, item in scored]
