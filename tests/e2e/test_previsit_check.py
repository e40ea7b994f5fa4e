"""The pre-visit check through the real servers: four outcomes, stop, digression, red flag."""

import uuid

import pytest

from tests.e2e.servers import say, text_of, topic_of


def _custom(messages):
    return [m["custom"] for m in messages if "custom" in m][-1]


def _run(servers, answers):
    sender = f"e2e-check-{uuid.uuid4().hex[:8]}"
    first = say(servers.url, sender, "am I OK to book?")
    assert "(1 of 12)" in text_of(first)
    replies = [say(servers.url, sender, a) for a in answers]
    return replies


@pytest.mark.parametrize(
    ("answers", "outcome", "named"),
    [
        (["no"] * 12, "fine", "fine to book"),
        (["no"] * 11 + ["I have a rash on my back"], "tell_therapist", "a skin problem"),
        (["yeah I've got the flu"] + ["no"] * 11, "postpone", "feeling unwell"),
        (["no"] * 5 + ["I had knee surgery 3 weeks ago"] + ["nope"] * 6, "check_with_doctor", "surgery"),
        (["no", "no", "no", "not sure"] + ["no"] * 8, "check_with_doctor", "blood clot"),
        (["no", "no", "no", "well, I had a DVT"] + ["no"] * 8, "check_with_doctor", "blood clot"),
        (["no"] * 4 + ["no, only apixaban"] + ["no"] * 7, "check_with_doctor", "blood thinners"),
        (["no", "no", "yes"] + ["no"] * 9, "medical_advice_today", "medical advice today"),
    ],
    ids=[
        "fine",
        "tell-therapist",
        "postpone",
        "doctor-free-text",
        "doctor-not-sure",
        "dvt-after-well",
        "thinner-after-no",
        "calf-now",
    ],
)
def test_each_outcome_names_its_reasons(servers, answers, outcome, named):
    replies = _run(servers, answers)
    last = replies[-1]
    assert _custom(last)["outcome"] == outcome
    assert topic_of(last) == "contraindications"
    assert named in text_of(last)
    booking = "willowbank-therapy.example/book" in text_of(last) or "01632 960 418" in text_of(last)
    # A possible clot now is a same-day medical matter: no booking link, the emergency number.
    assert booking is (outcome != "medical_advice_today")
    if outcome == "medical_advice_today":
        assert "NHS 111" in text_of(last) and "999" in text_of(last)


def test_a_new_check_does_not_start_from_an_earlier_checks_answers(servers):
    sender = f"e2e-check-{uuid.uuid4().hex[:8]}"
    say(servers.url, sender, "am I OK to book?")
    say(servers.url, sender, "yes I have the flu")
    say(servers.url, sender, "stop")
    assert "(1 of 12)" in text_of(say(servers.url, sender, "am I OK to book?"))
    replies = [say(servers.url, sender, "no") for _ in range(12)]
    assert _custom(replies[-1]).get("outcome") == "fine", [text_of(r)[:80] for r in replies]


def test_stop_mid_check(servers):
    replies = _run(servers, ["no", "never mind"])
    assert "stopped the check" in text_of(replies[-1])


def test_a_question_mid_check_is_answered_then_the_check_resumes(servers):
    replies = _run(servers, ["no", "what should I wear to my appointment?"])
    assert topic_of(replies[-1]) == "session"
    assert "(2 of 12)" in text_of(replies[-1])


def test_a_red_flag_mid_check_stops_it_with_the_emergency_answer(servers):
    replies = _run(servers, ["no", "my calf is swollen and hot and now i'm short of breath"])
    assert topic_of(replies[-1]) == "emergency"
    assert "999" in text_of(replies[-1])
    assert "stopped the check" in text_of(replies[-1])
