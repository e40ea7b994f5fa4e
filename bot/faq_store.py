"""The curated FAQ: entries the clinic owns, loaded from YAML and validated on load."""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.clinic_profile import ClinicProfile
from bot.data_files import FAQ_PATH, DataFileError, read_yaml

FAQ_TOPICS = ("trigger_points", "session", "aftercare", "contraindications")
# The staff instructions at the top of faq.yml state these numbers; a test keeps them in step.
MIN_PHRASINGS = 10
MAX_ANSWER_WORDS = 110
MAX_QUESTION_CHARS = 60
# Suggestion buttons carry `/faq_<topic>{"faq_id":"<id>"}`; messaging apps cap a
# button's payload (Telegram: 64 bytes), so the id must leave room for it.
MAX_BUTTON_PAYLOAD_BYTES = 64
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Claims the brief (§7) says must never reach a client, even negated: a sentence
# such as "it won't cure you" is one careless edit away from "it will cure you".
BANNED_CLAIMS = {
    r"\bcur(e|es|ed|ing)\b": "cure claims",
    r"\bpermanent(ly)?\b": "claims of permanent results",
    r"\bdetox\w*": "detox claims",
    r"\btoxins?\b": "toxin claims",
    r"\bflush\w*": "'flush' claims",
    r"\bproven\b": "'proven' claims",
    r"\bguarantee\w*": "guarantees",
    r"safe and effective": "'safe and effective' claims",
    r"root cause": "'root cause' claims",
    r"\bbreaks? (down|up)\b": "'breaks down knots' claims",
    r"improves? circulation": "circulation claims",
    r"reduces? inflammation": "inflammation claims",
    r"\bmiracle": "miracle claims",
    r"life[- ]threatening": "'life-threatening knots' claims",
}
_BANNED = [(re.compile(p, re.IGNORECASE), why) for p, why in BANNED_CLAIMS.items()]


@dataclass(frozen=True)
class FaqEntry:
    id: str
    topic: str
    question: str
    phrasings: tuple[str, ...]
    answer: str
    sources: tuple[str, ...]
    reviewed: dt.date
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class FaqStore:
    entries: tuple[FaqEntry, ...]
    path: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})

    def get(self, faq_id: str) -> FaqEntry | None:
        return self._by_id.get(faq_id)  # type: ignore[attr-defined]

    def by_topic(self, topic: str) -> list[FaqEntry]:
        return [e for e in self.entries if e.topic == topic]


def button_payload(topic: str, faq_id: str) -> str:
    """What a suggestion button sends back: the FAQ intent with the entry's id."""
    return f'/faq_{topic}{{"faq_id":"{faq_id}"}}'


def _placeholders_in(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _as_text_list(value: Any) -> list[str] | None:
    if not isinstance(value, list):
        return None
    return [str(v).strip() for v in value if v is not None and str(v).strip()]


def _check_entry(raw: Any, n: int, allowed_placeholders: set[str], problems: list[str]) -> FaqEntry | None:
    if not isinstance(raw, dict):
        problems.append(f"entry #{n}: must be a mapping with id, topic, question, …")
        return None
    faq_id = str(raw.get("id") or "").strip()
    where = f"entry #{n} ({faq_id})" if faq_id else f"entry #{n} (no id)"
    before = len(problems)
    if not faq_id:
        problems.append(f"{where}: missing id")
    elif not _ID.match(faq_id):
        problems.append(f"{where}: id must use lowercase letters, digits and hyphens")
    elif raw.get("topic") in FAQ_TOPICS and len(button_payload(raw["topic"], faq_id)) > MAX_BUTTON_PAYLOAD_BYTES:
        problems.append(f"{where}: id too long for a suggestion button (shorten it; buttons carry at most 64 bytes)")
    topic = raw.get("topic")
    if topic not in FAQ_TOPICS:
        problems.append(f"{where}: unknown topic {topic!r} (use one of {', '.join(FAQ_TOPICS)})")
    question = str(raw.get("question") or "").strip()
    if not question:
        problems.append(f"{where}: empty question")
    elif len(question) > MAX_QUESTION_CHARS:
        problems.append(f"{where}: question longer than {MAX_QUESTION_CHARS} characters (it is shown on a button)")
    phrasings = _as_text_list(raw.get("phrasings"))
    if phrasings is None or len(phrasings) < MIN_PHRASINGS:
        got = 0 if phrasings is None else len(phrasings)
        problems.append(f"{where}: too few phrasings ({got}; at least {MIN_PHRASINGS})")
    elif len({p.lower() for p in phrasings}) != len(phrasings):
        problems.append(f"{where}: the same phrasing is listed twice")
    answer = " ".join(str(raw.get("answer") or "").split())
    if not answer:
        problems.append(f"{where}: empty answer")
    else:
        words = len(answer.split())
        if words > MAX_ANSWER_WORDS:
            problems.append(f"{where}: answer has {words} words (at most {MAX_ANSWER_WORDS})")
        for pattern, why in _BANNED:
            found = pattern.search(answer)
            if found:
                problems.append(f"{where}: banned claim {found.group(0)!r} in answer ({why})")
        try:
            unknown = _placeholders_in(answer) - allowed_placeholders
        except ValueError:
            problems.append(f"{where}: answer has an unmatched {{ or }}")
        else:
            for name in sorted(unknown):
                problems.append(
                    f"{where}: unknown placeholder {{{name}}} (known: {', '.join(sorted(allowed_placeholders))})"
                )
    sources = _as_text_list(raw.get("sources"))
    if not sources:
        problems.append(f"{where}: list at least one source (the brief's source numbers or URLs)")
    reviewed = raw.get("reviewed")
    if isinstance(reviewed, str):
        try:
            reviewed = dt.date.fromisoformat(reviewed)
        except ValueError:
            pass
    if not isinstance(reviewed, dt.date):
        problems.append(f"{where}: 'reviewed' must be a date like 2026-11-23")
    related = _as_text_list(raw.get("related") or [])
    if related is None:
        problems.append(f"{where}: 'related' must be a list of entry ids")
    if len(problems) > before:
        return None
    return FaqEntry(
        id=faq_id,
        topic=topic,
        question=question,
        phrasings=tuple(phrasings or ()),
        answer=answer,
        sources=tuple(sources or ()),
        reviewed=reviewed,
        related=tuple(related or ()),
    )


def parse_faq(raw: Any, profile: ClinicProfile, path: Path | str = FAQ_PATH) -> FaqStore:
    """Validate the whole file and report every problem at once, not just the first."""
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise DataFileError(path, ["the file must have an 'entries:' list"])
    allowed = set(profile.placeholders())
    problems: list[str] = []
    entries: list[FaqEntry] = []
    seen: dict[str, int] = {}
    for n, item in enumerate(raw["entries"], start=1):
        entry = _check_entry(item, n, allowed, problems)
        faq_id = str(item.get("id") or "") if isinstance(item, dict) else ""
        if faq_id and faq_id in seen:
            problems.append(f"entry #{n} ({faq_id}): duplicate id (also entry #{seen[faq_id]})")
        elif faq_id:
            seen[faq_id] = n
        if entry:
            entries.append(entry)
    for entry in entries:
        for rel in entry.related:
            if rel not in seen:
                problems.append(f"entry #{seen[entry.id]} ({entry.id}): related id {rel!r} does not exist")
            elif rel == entry.id:
                problems.append(f"entry #{seen[entry.id]} ({entry.id}): an entry cannot be related to itself")
    owner: dict[str, str] = {}
    for entry in entries:
        for phrasing in entry.phrasings:
            key = " ".join(phrasing.lower().split())
            if key in owner and owner[key] != entry.id:
                problems.append(f"entry #{seen[entry.id]} ({entry.id}): phrasing {phrasing!r} is also in {owner[key]}")
            owner.setdefault(key, entry.id)
    if not entries and not problems:
        problems.append("no entries")
    if problems:
        raise DataFileError(path, problems)
    return FaqStore(entries=tuple(entries), path=str(path))


def load_faq(profile: ClinicProfile, path: Path = FAQ_PATH) -> FaqStore:
    return parse_faq(read_yaml(path), profile, path)


def render_answer(entry: FaqEntry, profile: ClinicProfile) -> str:
    return entry.answer.format(**profile.placeholders())
