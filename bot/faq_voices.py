"""Clients' own words for the FAQ entries: more voices for the matcher's entry classifier.

The FAQ's phrasings are the team's words. The blind case sets in tests/e2e/cases/ hold thousands of
questions in clients' words, each with its writer's topic and the key facts its answer must carry,
and after their first score they are regression data (README, "Measuring honestly").
`scripts/faq_voices.py` turns their first turns into a generated file: each question under the one
entry of its topic whose answer carries its key facts, and the messages no entry answers (out of
scope, small talk, the front desk's business) as examples of answering none. Held out by set, the
classifier trained with them picked the right entry for 0.74 of new questions instead of 0.66, and
answered fewer messages that no entry answers (docs/measurements.md).

The file is generated, not edited by staff; an entry staff later remove simply loses its voices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.data_files import KNOWLEDGE_DIR, DataFileError, read_yaml

VOICES_PATH = KNOWLEDGE_DIR / "faq_voices.yml"


@dataclass(frozen=True)
class FaqVoices:
    # The case sets the voices were drawn from (a test keeps it in step with tests/e2e/cases/).
    sources: tuple[str, ...] = ()
    by_entry: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Messages that no entry answers.
    no_entry: tuple[str, ...] = ()

    def for_entries(self, entry_ids: list[str]) -> list[tuple[str, int | None]]:
        """(text, index of its entry in `entry_ids`, or None for no entry); voices of entries that
        are no longer in the FAQ are left out."""
        index = {entry_id: n for n, entry_id in enumerate(entry_ids)}
        pairs: list[tuple[str, int | None]] = [
            (text, index[entry_id]) for entry_id, texts in self.by_entry.items() if entry_id in index for text in texts
        ]
        return pairs + [(text, None) for text in self.no_entry]


def _texts(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        problems.append(f"{where}: must be a list of non-empty texts")
        return ()
    return tuple(value)


def parse_voices(raw: Any, path: Path | str = VOICES_PATH) -> FaqVoices:
    if not isinstance(raw, dict):
        raise DataFileError(path, ["the file must be a mapping with 'sources', 'entries' and 'no_entry'"])
    problems: list[str] = []
    sources = _texts(raw.get("sources"), "sources", problems)
    entries = raw.get("entries")
    by_entry: dict[str, tuple[str, ...]] = {}
    if not isinstance(entries, dict):
        problems.append("entries: must map each FAQ entry id to a list of texts")
    else:
        for entry_id, texts in entries.items():
            by_entry[str(entry_id)] = _texts(texts, f"entries: {entry_id}", problems)
    no_entry = _texts(raw.get("no_entry"), "no_entry", problems)
    if problems:
        raise DataFileError(path, problems)
    return FaqVoices(sources, by_entry, no_entry)


def load_voices(path: Path = VOICES_PATH) -> FaqVoices:
    """The generated voices, or none when the file does not exist (a clinic without case sets)."""
    if not path.exists():
        return FaqVoices()
    return parse_voices(read_yaml(path), path)
