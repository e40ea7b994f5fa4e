"""Fail unless intent accuracy on the held-out NLU set reaches the gate.

Usage: python scripts/nlu_gate.py results/intent_report.json 0.90
"""

from __future__ import annotations

import json
import sys


def main(report_path: str, gate: float) -> int:
    with open(report_path, encoding="utf-8") as fh:
        report = json.load(fh)
    accuracy = float(report["accuracy"])
    total = int(report["weighted avg"]["support"])
    weak = sorted(
        (name, stats["f1-score"])
        for name, stats in report.items()
        if isinstance(stats, dict)
        and "f1-score" in stats
        and name not in ("macro avg", "weighted avg")
        and stats["f1-score"] < 0.85
    )
    print(f"NLU held-out intent accuracy: {accuracy:.3f} on {total} messages (gate {gate:.2f})")
    for name, f1 in weak:
        print(f"  weaker intent: {name} f1={f1:.2f}")
    if accuracy < gate:
        print("FAILED: accuracy below the gate", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2])))
