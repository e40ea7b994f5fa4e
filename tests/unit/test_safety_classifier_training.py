"""The safety classifier trains to the same model wherever it is trained, and retrains
whenever something that shapes it changes: the Rasa model's copy and the cached copy the
tests and `make safety-eval` use must make the same decisions."""

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot import safety_classifier
from bot.safety_classifier import TRAINING_MODULES, training_fingerprint
from bot.safety_corpus import PROJECT_ROOT, TRAIN_DIR

# `bot` modules the classifier imports that play no part in training: the kind cues are
# read when a message is assessed, the cache only stores the trained bytes.
ASSESS_ONLY = {"bot.kind_cues", "bot.model_cache"}


def _bot_imports(module_file: str) -> set[str]:
    tree = ast.parse(Path(module_file).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "bot":
            found.update(f"bot.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot."):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("bot."))
    return found


def test_every_module_that_shapes_training_is_in_the_fingerprint():
    listed = {m.__name__ for m in TRAINING_MODULES}
    to_visit, seen = [safety_classifier.__file__, *(m.__file__ for m in TRAINING_MODULES)], set()
    while to_visit:
        for name in _bot_imports(to_visit.pop()) - seen - ASSESS_ONLY:
            seen.add(name)
            to_visit.append(str(PROJECT_ROOT / (name.replace(".", "/") + ".py")))
    assert seen - {"bot.safety_classifier"} <= listed, f"not in TRAINING_MODULES: {sorted(seen - listed)}"


def test_make_train_retrains_when_a_training_module_changes():
    # scripts/train_if_changed.sh decides whether the Rasa model (and the classifier trained inside it)
    # is stale; a module missing from its inputs would leave a model trained on the old code.
    script = (PROJECT_ROOT / "scripts" / "train_if_changed.sh").read_text(encoding="utf-8")
    inputs = script.split("inputs=(", 1)[1].split("\nfingerprint=", 1)[0].replace(")", " ").split()
    needed = {str(Path(m.__file__).relative_to(PROJECT_ROOT)) for m in (safety_classifier, *TRAINING_MODULES)}
    assert needed <= set(inputs), f"not in train_if_changed.sh inputs: {sorted(needed - set(inputs))}"


def test_a_changed_corpus_changes_the_fingerprint(tmp_path):
    corpus = tmp_path / "train"
    shutil.copytree(TRAIN_DIR, corpus)
    before = training_fingerprint(corpus)
    first = sorted(corpus.glob("*.yml"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert training_fingerprint(corpus) != before


_TRAIN_AND_SCORE = """
import json, sys
from bot.safety_classifier import SafetyClassifier
from bot.safety_corpus import training_examples
examples = training_examples()[::25]
classifier = SafetyClassifier.train(examples)
probe = [e.text for e in training_examples()[3::40]]
scores = classifier._level_model.predict_proba(probe).round(12).tolist()
kinds = classifier._kind_model.predict(probe).tolist()
print(json.dumps({"thresholds": classifier.thresholds, "scores": scores, "kinds": kinds}))
"""


def _train_in_fresh_process(hash_seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _TRAIN_AND_SCORE], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_training_is_deterministic_across_processes():
    # Different hash seeds reorder sets and dicts: a decision that depended on that order
    # would differ between the Rasa model's copy and the tests' copy.
    first, second = _train_in_fresh_process("1"), _train_in_fresh_process("2")
    assert first["thresholds"] == second["thresholds"]
    assert first["kinds"] == second["kinds"]
    assert first["scores"] == second["scores"]
