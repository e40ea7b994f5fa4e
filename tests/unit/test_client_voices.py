"""data/nlu/client_voices.yml is what scripts/client_voices.py makes of the blind sets, and only that."""

import importlib.util

import yaml

from bot.safety_corpus import PROJECT_ROOT

_SPEC = importlib.util.spec_from_file_location("client_voices", PROJECT_ROOT / "scripts" / "client_voices.py")
client_voices = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(client_voices)


def _examples() -> dict[str, list[str]]:
    data = yaml.safe_load(client_voices.OUT.read_text())
    return {
        block["intent"]: [line.strip()[2:] for line in block["examples"].splitlines() if line.strip()]
        for block in data["nlu"]
    }


def test_the_file_is_up_to_date_with_the_case_sets():
    assert client_voices.OUT.read_text() == client_voices.build(), "run `make client-voices`"


def test_every_example_is_a_first_turn_of_a_blind_set_with_its_writers_topic_and_safety_label():
    first_turns = {}
    for path in client_voices.CASES.glob("*-blind-*.yml"):
        for case in client_voices.load_cases(path):
            turn = case["turns"][0]
            first_turns.setdefault(" ".join(str(turn.get("user")).split()), []).append(turn)
    for intent, texts in _examples().items():
        assert texts, intent
        for text in texts:
            turns = first_turns[text]
            topics = [t["topic"][0] if isinstance(t["topic"], list) else t["topic"] for t in turns]
            assert any(
                client_voices.TOPIC_INTENTS.get(topic) == intent
                and t.get("safety") == {"ask_medical": "referral", "emergency": "emergency"}.get(intent)
                for topic, t in zip(topics, turns)
            ), text


def test_no_example_is_listed_twice_or_under_two_intents():
    texts = [t.lower() for examples in _examples().values() for t in examples]
    assert len(texts) == len(set(texts))
