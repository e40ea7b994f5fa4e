"""Clients' words for the FAQ entries: generated from every blind set, validated on load, and learnt
from by the matcher's entry classifier."""

import dataclasses

import pytest
import yaml

from bot.data_files import DataFileError
from bot.faq_matcher import FaqMatcher
from bot.faq_store import FaqStore
from bot.faq_voices import VOICES_PATH, FaqVoices, load_voices, parse_voices
from bot.knowledge_base import load_knowledge
from scripts.client_voices import blind_sets


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_the_voices_come_from_every_blind_set_and_only_name_entries_the_faq_has(kb):
    voices = load_voices()
    assert list(voices.sources) == [p.stem for p in blind_sets()], (
        f"{VOICES_PATH.name} is out of date with tests/e2e/cases/: run `make client-voices`"
    )
    unknown = set(voices.by_entry) - {e.id for e in kb.faq.entries}
    assert not unknown, f"voices for entries the FAQ no longer has: {sorted(unknown)}; run `make client-voices`"
    # Clients' words for most entries, and for the messages no entry answers.
    assert len(voices.by_entry) >= 100 and sum(map(len, voices.by_entry.values())) >= 3000
    assert len(voices.no_entry) >= 1000


def test_a_text_is_never_listed_under_two_answers():
    voices = load_voices()
    listed = [t for texts in voices.by_entry.values() for t in texts] + list(voices.no_entry)
    assert len(listed) == len(set(listed))


def test_problems_in_the_file_are_named_with_the_file_and_the_entry(tmp_path):
    path = tmp_path / "faq_voices.yml"
    raw = {"sources": ["set-1"], "entries": {"tp-what": "just one text", "tp-other": ["fine"]}, "no_entry": [""]}
    with pytest.raises(DataFileError) as error:
        parse_voices(raw, path)
    message = str(error.value)
    assert str(path) in message and "entries: tp-what: must be a list" in message
    assert "no_entry: must be a list of non-empty texts" in message
    with pytest.raises(DataFileError, match="must be a mapping"):
        parse_voices(["a list"], path)


def test_no_file_means_no_voices_and_a_removed_entry_loses_its_own(tmp_path):
    assert load_voices(tmp_path / "missing.yml") == FaqVoices()
    path = tmp_path / "faq_voices.yml"
    path.write_text(yaml.safe_dump({"sources": [], "entries": {"gone": ["x"], "kept": ["y"]}, "no_entry": ["z"]}))
    assert load_voices(path).for_entries(["kept", "other"]) == [("y", 0), ("z", None)]


def test_the_entry_classifier_learns_from_the_voices(kb, tmp_path, monkeypatch):
    import bot.faq_matcher as faq_matcher

    monkeypatch.setattr(faq_matcher, "MODEL_CACHE", tmp_path)
    entries = tuple(dataclasses.replace(e, phrasings=e.phrasings[:8]) for e in kb.faq.entries[:8])
    store = FaqStore(entries, "voices-test")
    # Words no phrasing of the entry uses, said by many clients.
    target = entries[3]
    said = [f"is the zebra wobble thing {n} something you can help with" for n in range(12)]
    elsewhere = [f"what's the quickest bus route {n} into town" for n in range(12)]
    plain = FaqMatcher(store)
    voiced = FaqMatcher(store, FaqVoices(("set",), {target.id: tuple(said)}, tuple(elsewhere)))
    question = "my zebra wobble, can you help with it?"
    assert voiced.match(question).best.id == target.id
    assert voiced.match(question).score > plain.match(question).score
    # The messages no entry answers lower every entry, not raise one.
    detour = "quickest bus route into town?"
    assert voiced.match(detour).score <= plain.match(detour).score
    faq_matcher._entry_classifier.cache_clear()
