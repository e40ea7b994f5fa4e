"""The pre-visit check through the real servers: four outcomes, stop, digression, red flag."""

import uuid

import pytest

from tests.e2e.servers import say, text_of, topic_of


def _custom(messages):
    return [m["custom"] for m in messages if "custom" in m][-1]


def _run(servers, answers):
    sender = f"e2e-check-{uuid.uuid4().hex[:8]}"
    first = say(servers.url, sender, "am I OK to book?")
    assert "(1 of 9)" in text_of(first)
    replies = [say(servers.url, sender, a) for a in answers]
    return replies


@pytest.mark.parametrize(
    ("answers", "outcome", "named"),
    [
        (["no"] * 9, "fine", "fine to book"),
        (["no"] * 8 + ["I have a rash on my back"], "tell_therapist", "a skin problem"),
        (["yeah I've got the flu"] + ["no"] * 8, "postpone", "feeling unwell"),
        (["no"] * 4 + ["I had knee surgery 3 weeks ago"] + ["nope"] * 4, "check_with_doctor", "surgery"),
        (["no", "no", "not sure"] + ["no"] * 6, "check_with_doctor", "blood clot"),
    ],
    ids=["fine", "tell-therapist", "postpone", "doctor-free-text", "doctor-not-sure"],
)
def test_each_outcome_names_its_reasons(servers, answers, outcome, named):
    replies = _run(servers, answers)
    last = replies[-1]
    assert _custom(last)["outcome"] == outcome
    assert topic_of(last) == "contraindications"
    assert named in text_of(last)
    assert "willowbank-therapy.example/book" in text_of(last) or "01632 960 418" in text_of(last)


def test_stop_mid_check(servers):
    replies = _run(servers, ["no", "never mind"])
    assert "stopped the check" in text_of(replies[-1])


def test_a_question_mid_check_is_answered_then_the_check_resumes(servers):
    replies = _run(servers, ["no", "what should I wear to my appointment?"])
    assert topic_of(replies[-1]) == "session"
    assert "(2 of 9)" in text_of(replies[-1])


def test_a_red_flag_mid_check_stops_it_with_the_emergency_answer(servers):
    replies = _run(servers, ["no", "my calf is swollen and hot and now i'm short of breath"])
    assert topic_of(replies[-1]) == "emergency"
    assert "999" in text_of(replies[-1])
    assert "stopped the check" in text_of(replies[-1])
