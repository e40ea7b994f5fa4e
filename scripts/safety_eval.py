"""Safety triage on the held-out safety corpus: per-kind recall and false alarms.

    python scripts/safety_eval.py [--heldout DIR] [--require emergency_recall=1.0 --require false_alarms_max=0.02]

The classifier is trained on safety/train/ only (cached under models/ by content
hash); safety/heldout/ was written by another writer and is never trained on.
Prints figures for each layer alone and for the union that the assistant uses.
Exit status 1 if a --require gate fails.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from bot import safety_corpus
from bot.safety_classifier import load_or_train
from bot.safety_kinds import EMERGENCY, EMERGENCY_KINDS, KINDS, NONE, SAME_DAY, SAME_DAY_KINDS
from bot.triage import URGENCY, triage

ROOT = Path(__file__).resolve().parent.parent


def _conversation_decision(example, classifier, use_rules):
    """The decision on the conversation, each message triaged with the ones before it as the
    assistant would have done turn by turn. A danger counts if any turn caught it; a
    negative is judged on its last message, which its label is about: "I blacked out"
    followed by "no, I meant I zoned out" was rightly an emergency at the first turn."""
    turns = [*example.context, example.text]
    decisions = [triage(turns[i], turns[:i], classifier, use_rules=use_rules) for i in range(len(turns))]
    if example.label not in KINDS:
        return decisions[-1]
    return max(decisions, key=lambda d: URGENCY[d.level])


def evaluate(examples, classifier, use_rules=True, use_classifier=True):
    """Per-kind recall and the false-alarm rates for one configuration of the layers."""
    hits, totals = defaultdict(int), defaultdict(int)
    misses, alarms = [], []
    negatives = emergency_alarms = ordinary = ordinary_escalated = 0
    for example in examples:
        decision = _conversation_decision(example, classifier if use_classifier else None, use_rules)
        label = example.label
        if label in KINDS:
            totals[label] += 1
            needed = (EMERGENCY,) if label in EMERGENCY_KINDS else (EMERGENCY, SAME_DAY)
            if decision.level in needed:
                hits[label] += 1
            else:
                misses.append((label, decision.level, example))
            continue
        negatives += 1
        if decision.level == EMERGENCY:
            emergency_alarms += 1
            alarms.append((label, decision.level, example))
        if label == NONE:
            ordinary += 1
            if decision.level in (EMERGENCY, SAME_DAY):
                ordinary_escalated += 1
                if decision.level != EMERGENCY:
                    alarms.append((label, decision.level, example))

    def recall(kinds):
        total = sum(totals[k] for k in kinds)
        return sum(hits[k] for k in kinds) / total if total else 1.0

    return {
        "per_kind": {k: (hits[k], totals[k]) for k in KINDS if totals[k]},
        "emergency_recall": recall(EMERGENCY_KINDS),
        "same_day_recall": recall(SAME_DAY_KINDS),
        "false_alarms": emergency_alarms / negatives if negatives else 0.0,
        "ordinary_escalated": ordinary_escalated / ordinary if ordinary else 0.0,
        "negatives": negatives,
        "misses": misses,
        "alarms": alarms,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, default=safety_corpus.HELDOUT_DIR)
    parser.add_argument("--require", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--show", type=int, default=15, help="list up to N misses and false alarms")
    args = parser.parse_args(argv)
    examples = safety_corpus.load_dir(args.heldout)
    classifier = load_or_train(safety_corpus.TRAIN_DIR, ROOT / "models")
    print(f"Held-out safety corpus: {len(examples)} messages from {args.heldout.relative_to(ROOT)}")
    print(f"Classifier thresholds (set for recall on training folds): {classifier.thresholds}\n")
    layers = {
        "rules alone": evaluate(examples, classifier, use_classifier=False),
        "classifier alone": evaluate(examples, classifier, use_rules=False),
        "union (the assistant)": evaluate(examples, classifier),
    }
    print(
        f"{'layer':24} {'emergency recall':>17} {'same-day recall':>16} {'false alarms':>13} {'ordinary escalated':>19}"
    )
    for name, r in layers.items():
        print(
            f"{name:24} {r['emergency_recall']:17.3f} {r['same_day_recall']:16.3f} {r['false_alarms']:13.3f} "
            f"{r['ordinary_escalated']:19.3f}"
        )
    union = layers["union (the assistant)"]
    print("\nPer kind (union):")
    for kind, (hit, total) in union["per_kind"].items():
        print(f"  {kind:24} {KINDS[kind].level:10} {hit:4}/{total:<4} {hit / total:.3f}")
    if args.show:
        for title, rows in (("Misses", union["misses"]), ("False alarms", union["alarms"])):
            print(f"\n{title} ({len(rows)}):")
            for label, got, example in rows[: args.show]:
                print(f"  [{label} -> {got}] {example.joined[:160]!r}")
    failed = []
    for gate in args.require:
        key, _, value = gate.partition("=")
        metric = key.removesuffix("_max")
        actual = union[metric]
        ok = actual <= float(value) if key.endswith("_max") else actual >= float(value)
        if not ok:
            failed.append(f"{key}: {actual:.3f} vs {value}")
    print(
        f"\nemergency recall {union['emergency_recall']:.3f}, same-day recall {union['same_day_recall']:.3f}, "
        f"false alarms {union['false_alarms']:.3f} of {union['negatives']} negatives"
    )
    if failed:
        print("Gates failed: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
