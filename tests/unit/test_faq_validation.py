import copy

import pytest

from bot.data_files import DataFileError
from bot.faq_store import FAQ_TOPICS, load_faq, parse_faq, render_answer


def _errors(entries, profile):
    with pytest.raises(DataFileError) as err:
        parse_faq({"entries": entries}, profile, "faq.yml")
    return str(err.value)


def test_a_valid_entry_loads_and_fills_profile_placeholders(good_entry, profile):
    store = parse_faq({"entries": [good_entry]}, profile, "faq.yml")
    entry = store.get("ses-what-to-wear")
    assert "30, 45, 60 or 90 minutes" in render_answer(entry, profile)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"topic": "massage"}, "entry #1 (ses-what-to-wear): unknown topic 'massage'"),
        ({"answer": "  "}, "entry #1 (ses-what-to-wear): empty answer"),
        ({"phrasings": ["one", "two"]}, "entry #1 (ses-what-to-wear): too few phrasings (2; at least 10)"),
        ({"answer": "This will cure your back."}, "banned claim 'cure'"),
        ({"answer": "Results last permanently."}, "banned claim 'permanently'"),
        ({"answer": "A detox for your muscles."}, "banned claim 'detox'"),
        ({"answer": "Drink water to flush toxins."}, "banned claim 'flush"),
        ({"answer": "Call {fax_number}."}, "unknown placeholder {fax_number}"),
        ({"reviewed": "last week"}, "'reviewed' must be a date"),
        ({"sources": []}, "list at least one source"),
        ({"related": ["no-such-entry"]}, "related id 'no-such-entry' does not exist"),
        ({"id": "Bad Id"}, "id must use lowercase letters"),
        ({"id": "ses-" + "x" * 40}, "id too long for a suggestion button"),
    ],
)
def test_each_problem_is_reported_with_file_entry_and_reason(good_entry, profile, change, expected):
    entry = {**good_entry, **change}
    message = _errors([entry], profile)
    assert message.startswith("faq.yml:")
    assert expected in message


def test_duplicate_ids_are_reported(good_entry, profile):
    twin = copy.deepcopy(good_entry)
    twin["phrasings"] = [f"other wording {n}" for n in range(10)]
    assert "entry #2 (ses-what-to-wear): duplicate id (also entry #1)" in _errors([good_entry, twin], profile)


def test_all_problems_are_reported_at_once(good_entry, profile):
    bad_topic = {**good_entry, "topic": "x"}
    no_answer = {**good_entry, "id": "ses-other", "answer": "", "phrasings": [f"p{n}" for n in range(10)]}
    message = _errors([bad_topic, no_answer], profile)
    assert "2 problem(s)" in message


def test_the_clinic_faq_file_is_valid_and_covers_every_topic(profile):
    store = load_faq(profile)
    assert len(store.entries) >= 48
    for topic in FAQ_TOPICS:
        assert len(store.by_topic(topic)) >= 10, topic
    for entry in store.entries:
        assert len(render_answer(entry, profile).split()) <= 130


def test_the_staff_instructions_state_the_validators_numbers():
    import re

    from bot.data_files import FAQ_PATH
    from bot.faq_store import MAX_ANSWER_WORDS, MAX_QUESTION_CHARS, MIN_PHRASINGS

    header = "".join(line for line in FAQ_PATH.read_text(encoding="utf-8").splitlines(True) if line.startswith("#"))
    assert re.search(rf"question .*\({MAX_QUESTION_CHARS} characters at most\)", header)
    assert re.search(rf"phrasings\s+at least {MIN_PHRASINGS} ways", header)
    assert re.search(rf"answer\s+at most {MAX_ANSWER_WORDS} words", header)
