"""The safety corpus: labelled client messages the safety classifier learns from and is judged on.

`safety/train/` is what the classifier is trained on; `safety/heldout/` was written by
a different writer who saw neither the training part nor the rules, and is only ever
scored (`make safety-eval`). Each file holds one kind:

    kind: chest_pain            # an id of bot/safety_kinds.py, routine_medical or none
    writer: train-a
    examples:
      - "my chest feels like someone is sitting on it"
      - text: "now my jaw hurts too and i'm sweating"
        context: ["had a weird ache in my chest since lunch"]   # earlier client messages
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.safety_kinds import CORPUS_LABELS, NONE

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TRAIN_DIR = PROJECT_ROOT / "safety" / "train"
DATA_DIR = PROJECT_ROOT / "data"


def nlu_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """The NLU training files: data/nlu.yml and the files by concern in data/nlu/."""
    return [data_dir / "nlu.yml", *sorted((data_dir / "nlu").glob("*.yml"))]


# Intents of the assistant's own NLU data whose examples are ordinary messages: the
# classifier learns from them what everyday traffic (greetings, "can someone call me
# back?", booking) looks like, so a short "hey hey" is not scored as an emergency.
# Not the FAQ topics: "still sore after four days, when should I worry?" is an FAQ
# question and a same-day danger at once; the safety corpus's writers label those.
ORDINARY_INTENTS = frozenset(
    {
        "greet",
        "goodbye",
        "thank",
        "bot_challenge",
        "ask_capabilities",
        "affirm",
        "deny",
        "unsure",
        "stop",
        "clinic_info",
        "start_previsit_check",
        "handoff",
        "out_of_scope",
    }
)
HELDOUT_DIR = PROJECT_ROOT / "safety" / "heldout"


class CorpusError(ValueError):
    pass


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    context: tuple[str, ...] = ()
    source: str = ""

    @property
    def joined(self) -> str:
        """The text a classifier sees for this example: its context, then the message."""
        return " \n".join([*self.context, self.text])


def _example(item: object, label: str, where: str) -> Example:
    if isinstance(item, str) and item.strip():
        return Example(item, label, source=where)
    if isinstance(item, dict) and isinstance(item.get("text"), str) and item["text"].strip():
        context = item.get("context") or []
        if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
            raise CorpusError(f"{where}: 'context' must be a list of strings")
        unknown = set(item) - {"text", "context"}
        if unknown:
            raise CorpusError(f"{where}: unknown keys {sorted(unknown)}")
        return Example(item["text"], label, tuple(context), where)
    raise CorpusError(f"{where}: an example must be a non-empty string or a mapping with 'text'")


def load_file(path: Path) -> list[Example]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("examples"), list):
        raise CorpusError(f"{path.name}: expected a mapping with 'kind' and a list 'examples'")
    label = data.get("kind")
    if label not in CORPUS_LABELS:
        raise CorpusError(f"{path.name}: unknown kind {label!r}; expected one of {sorted(CORPUS_LABELS)}")
    return [_example(item, label, f"{path.name} example {i + 1}") for i, item in enumerate(data["examples"])]


def load_dir(folder: Path) -> list[Example]:
    files = sorted(folder.glob("*.yml"))
    if not files:
        raise CorpusError(f"{folder}: no corpus files (*.yml)")
    return [example for path in files for example in load_file(path)]


# At most this many examples of each ordinary intent, about what each intent had when the
# classifier's thresholds were first validated: the safety corpus's own negatives (admin
# lookalikes, everyday symptom words) keep their weight against thousands of greetings and
# booking questions, so indirect suicidal wording in an admin message does not score as ordinary.
MAX_ORDINARY_PER_INTENT = 100


def ordinary_messages(data_dir: Path = DATA_DIR) -> list[Example]:
    """The examples of the NLU training data's ordinary intents, labelled `none` (a stable sample of
    at most MAX_ORDINARY_PER_INTENT per intent)."""
    by_intent: dict[str, list[Example]] = {}
    for example in _all_ordinary_messages(data_dir):
        by_intent.setdefault(example.source.rsplit("(", 1)[-1], []).append(example)
    sampled = []
    for examples in by_intent.values():
        ranked = sorted(examples, key=lambda e: hashlib.sha256(e.text.encode()).hexdigest())
        sampled.extend(ranked[:MAX_ORDINARY_PER_INTENT])
    return sampled


def _all_ordinary_messages(data_dir: Path) -> list[Example]:
    examples = []
    for nlu_file in nlu_files(data_dir):
        data = yaml.safe_load(nlu_file.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if not isinstance(block, dict) or block.get("intent") not in ORDINARY_INTENTS or "examples" not in block:
                continue
            for line in str(block["examples"]).splitlines():
                text = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if text and not text.startswith("/"):
                    examples.append(Example(text, NONE, source=f"{nlu_file.name} ({block['intent']})"))
    return examples


def training_examples(folder: Path = TRAIN_DIR, data_dir: Path = DATA_DIR) -> list[Example]:
    """What the safety classifier is trained on: the safety corpus plus the ordinary NLU examples."""
    return load_dir(folder) + ordinary_messages(data_dir)


def fingerprint(folder: Path, data_dir: Path = DATA_DIR) -> str:
    """A content hash of a corpus folder and the NLU files, so a changed corpus retrains the model."""
    digest = hashlib.sha256()
    for path in [*sorted(folder.glob("*.yml")), *nlu_files(data_dir)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
