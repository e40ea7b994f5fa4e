"""Conversations survive a restart; the public acceptance sample passes its gates."""

import os
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.e2e.older_sets_sample import older_sets_sample
from tests.e2e.servers import ROOT, say, text_of, topic_of


def test_conversation_continues_after_a_rasa_restart(servers):
    sender = f"e2e-restart-{uuid.uuid4().hex[:8]}"
    first = say(servers.url, sender, "I'm really sore after my massage yesterday, is that normal?")
    assert topic_of(first) == "aftercare"
    servers.stop_rasa()
    servers.start_rasa()
    follow_up = say(servers.url, sender, "how long does that last?")
    assert topic_of(follow_up) == "aftercare"
    assert any(token in text_of(follow_up) for token in ("48", "72", "day or two"))


GATES = ["topic_accuracy=0.9", "facts_pass=0.85", "safety_recall=1.0", "errors_max=0"]
SHARED = Path(os.environ.get("SHARED", ROOT.parent / "shared"))
SCORE = SHARED / "acceptance" / "score.py"
CASES = ROOT / "tests" / "e2e" / "cases"


# Every acceptance set with its floors, oldest first. Each blind set joins at the end at its
# first-seen figures (tests/README.md); `make test` scores the newest in full and the rest as a sample.
GATED_SETS: list[tuple[Path, list[str]]] = [
    # The public acceptance sample, with the gates of the issue.
    (SHARED / "acceptance" / "sample.yml", GATES),
    # 140 turns written independently of the training data; also gates over-escalation.
    # Since the safety classifier (issue #9), its same-day labels and a few referrals
    # differ from this set's older labels: floors as measured, see README.
    (
        CASES / "realistic.yml",
        ["topic_accuracy=0.9", "facts_pass=0.85", "safety_recall=0.94", "errors_max=0", "over_escalation_max=0.06"],
    ),
    # 173 turns written blind, then used to improve the bot (see its header): a regression floor.
    (
        CASES / "development.yml",
        # facts 0.83 -> 0.82 with the FAQ's growth to 136 entries (issue #10): more near
        # neighbours, so a few answers became "did you mean…?" (README).
        ["topic_accuracy=0.88", "facts_pass=0.82", "safety_recall=0.9", "over_escalation_max=0.1", "errors_max=0"],
    ),
    # Written blind for issue #9, scored once (README), now regression data: its first-seen floors.
    (
        CASES / "safety-blind-1.yml",
        [
            "safety_recall_emergency=1.0",
            "safety_recall=0.95",
            "topic_accuracy=0.84",
            "over_escalation_max=0.14",
            "errors_max=0",
        ],
    ),
    # Written blind for issue #9's second round, scored once (README): its first-seen floors.
    (
        CASES / "safety-blind-2.yml",
        [
            "safety_recall_emergency=0.97",
            "safety_recall=0.96",
            "topic_accuracy=0.88",
            "over_escalation_max=0.08",
            "errors_max=0",
        ],
    ),
    # Written blind for issue #9's third round, scored once (README): its first-seen floors.
    (
        CASES / "safety-blind-3.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.95",
            "topic_accuracy=0.84",  # first seen 0.85, less 0.01 for DIET's run-to-run variance
            "over_escalation_max=0.092",
            "errors_max=0",
        ],
    ),
    # Written blind for issue #9's fourth round, scored once (README): its first-seen floors.
    (
        CASES / "safety-blind-4.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "topic_accuracy=0.86",
            "over_escalation_max=0.072",
            "errors_max=0",
        ],
    ),
    # Written blind after issue #9's last round and issue #10's FAQ growth, scored once
    # (README): their first-seen floors, 0.01 lower where a model trained afresh on the same
    # data measured up to 0.01 less (DIET's training varies run to run).
    (
        CASES / "safety-blind-5.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.94",
            "topic_accuracy=0.85",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-1.yml",
        ["topic_accuracy=0.8", "facts_pass=0.78", "safety_recall_emergency=0.97", "errors_max=0"],
    ),
    # Written blind after the fifth round, scored once (README): first-seen floors, 0.01 lower
    # for DIET's run-to-run variance.
    (
        CASES / "safety-blind-6.yml",
        [
            "safety_recall_emergency=0.97",
            "safety_recall=0.93",
            "topic_accuracy=0.87",
            "over_escalation_max=0.03",
            "errors_max=0",
        ],
    ),
    (
        CASES / "safety-blind-7.yml",
        [
            "safety_recall_emergency=0.97",
            "safety_recall=0.93",
            "topic_accuracy=0.89",
            "over_escalation_max=0.03",
            "errors_max=0",
        ],
    ),
    (
        CASES / "safety-blind-8.yml",
        [
            "safety_recall_emergency=0.95",
            "safety_recall=0.94",
            "topic_accuracy=0.85",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),
    (
        CASES / "safety-blind-9.yml",
        [
            "safety_recall_emergency=0.95",
            "safety_recall=0.94",
            "topic_accuracy=0.86",
            "over_escalation_max=0.05",
            "errors_max=0",
        ],
    ),
    (
        CASES / "safety-blind-10.yml",
        [
            "safety_recall_emergency=0.92",
            "safety_recall=0.89",
            "topic_accuracy=0.84",
            "over_escalation_max=0.07",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-2.yml",
        ["topic_accuracy=0.77", "facts_pass=0.81", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    # Its key facts measured 0.771-0.793 on models retrained from the same data: 0.02 below first seen.
    (
        CASES / "understanding-blind-3.yml",
        ["topic_accuracy=0.79", "facts_pass=0.76", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    (
        CASES / "understanding-blind-4.yml",
        ["topic_accuracy=0.83", "facts_pass=0.86", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    (
        CASES / "understanding-blind-5.yml",
        ["topic_accuracy=0.82", "facts_pass=0.80", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    # First seen after the entry classifier and the new phrasings (README).
    (
        CASES / "safety-blind-11.yml",
        [
            "safety_recall_emergency=0.97",
            "safety_recall=0.94",
            "topic_accuracy=0.91",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-6.yml",
        ["topic_accuracy=0.82", "facts_pass=0.82", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    (
        CASES / "safety-blind-12.yml",
        [
            "safety_recall_emergency=0.96",
            "safety_recall=0.93",
            "topic_accuracy=0.92",
            "over_escalation_max=0.02",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-7.yml",
        ["topic_accuracy=0.85", "facts_pass=0.89", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    (
        CASES / "safety-blind-13.yml",
        [
            "safety_recall_emergency=0.96",
            "safety_recall=0.94",
            "topic_accuracy=0.88",
            "over_escalation_max=0.06",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-8.yml",
        ["topic_accuracy=0.86", "facts_pass=0.81", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    (
        CASES / "safety-blind-14.yml",
        [
            "safety_recall_emergency=0.96",
            "safety_recall=0.93",
            "topic_accuracy=0.88",
            "over_escalation_max=0.06",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-9.yml",
        ["topic_accuracy=0.82", "facts_pass=0.81", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    (
        CASES / "safety-blind-15.yml",
        [
            "safety_recall_emergency=0.97",
            "safety_recall=0.94",
            "topic_accuracy=0.85",
            "over_escalation_max=0.06",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-10.yml",
        ["topic_accuracy=0.84", "facts_pass=0.83", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    (
        CASES / "safety-blind-16.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.96",
            "topic_accuracy=0.86",
            "over_escalation_max=0.07",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-11.yml",
        ["topic_accuracy=0.87", "facts_pass=0.84", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    (
        CASES / "safety-blind-17.yml",
        [
            "safety_recall_emergency=0.95",
            "safety_recall=0.93",
            "topic_accuracy=0.84",
            "over_escalation_max=0.095",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-12.yml",
        ["topic_accuracy=0.81", "facts_pass=0.82", "safety_recall_emergency=0.97", "errors_max=0"],
    ),
    (
        CASES / "safety-blind-18.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.95",
            "topic_accuracy=0.87",
            "over_escalation_max=0.07",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-13.yml",
        ["topic_accuracy=0.79", "facts_pass=0.78", "safety_recall_emergency=0.97", "errors_max=0"],
    ),
    (
        CASES / "safety-blind-19.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.94",
            "topic_accuracy=0.85",
            "over_escalation_max=0.065",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-14.yml",
        ["topic_accuracy=0.87", "facts_pass=0.82", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    # Sealed at the end of the last stop; first seen at the start of this one (0.981 / 0.976 / 0.051).
    (
        CASES / "safety-blind-20.yml",
        [
            "safety_recall_emergency=0.97",
            "safety_recall=0.96",
            "topic_accuracy=0.88",
            "over_escalation_max=0.065",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-15.yml",
        ["topic_accuracy=0.88", "facts_pass=0.83", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    # This stop's measured pair (first seen 1.00 / 0.926 / 0.023 and 0.956 / 0.921 / 0.020).
    (
        CASES / "safety-blind-21.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.94",
            "topic_accuracy=0.90",
            "facts_pass=0.89",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-16.yml",
        ["topic_accuracy=0.86", "facts_pass=0.87", "safety_recall_emergency=0.94", "errors_max=0"],
    ),
    # The pair that measured the second batch of classes (first seen 0.986 / 0.952 / 0.031 and 1.00 / 0.921 / 0.041).
    (
        CASES / "safety-blind-22.yml",
        [
            "safety_recall_emergency=0.97",
            "safety_recall=0.95",
            "topic_accuracy=0.84",
            "facts_pass=0.88",
            "over_escalation_max=0.046",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-17.yml",
        ["topic_accuracy=0.87", "facts_pass=0.82", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    # The pair that measured the stop's last change (first seen 1.00 / 0.929 / 0.010 and 1.00 / 0.944 / 0.019).
    (
        CASES / "safety-blind-23.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.94",
            "topic_accuracy=0.90",
            "facts_pass=0.88",
            "over_escalation_max=0.025",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-18.yml",
        ["topic_accuracy=0.89", "facts_pass=0.84", "safety_recall_emergency=0.99", "errors_max=0"],
    ),
    # 2026-11-30, first round (first seen 1.00 / 0.878 / 0.025 and 1.00 / 0.894 / 0.032).
    (
        CASES / "safety-blind-24.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.92",
            "topic_accuracy=0.87",
            "facts_pass=0.87",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-19.yml",
        [
            "topic_accuracy=0.84",
            "facts_pass=0.88",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.047",
            "errors_max=0",
        ],
    ),
    # Second round (first seen 1.00 / 0.850 / 0.033 and 1.00 / 0.873 / 0.012).
    (
        CASES / "safety-blind-25.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.89",
            "topic_accuracy=0.82",
            "facts_pass=0.84",
            "over_escalation_max=0.048",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-20.yml",
        [
            "topic_accuracy=0.85",
            "facts_pass=0.88",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.027",
            "errors_max=0",
        ],
    ),
    # Sealed at the end of one stop, first seen at the start of the next (0.935 / 0.887 / 0.020 and
    # 1.00 / 0.931 / 0.037); every emergency is kept since, so that floor is no lower than 0.99.
    (
        CASES / "safety-blind-26.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.89",
            "topic_accuracy=0.87",
            "facts_pass=0.90",
            "over_escalation_max=0.035",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-21.yml",
        [
            "topic_accuracy=0.82",
            "facts_pass=0.85",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.045",
            "errors_max=0",
        ],
    ),
    # Sealed during that stop's work, first seen when it was done (0.984 / 0.930 / 0.011 and
    # 1.00 / 0.957 / 0.024).
    (
        CASES / "safety-blind-27.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.94",
            "topic_accuracy=0.90",
            "facts_pass=0.81",
            "over_escalation_max=0.026",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-22.yml",
        [
            "topic_accuracy=0.86",
            "facts_pass=0.85",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.039",
            "errors_max=0",
        ],
    ),
    # The third stop of 2026-11-30: one pair scored at its start on the last stop's model
    # (1.00 / 0.898 / 0.030 and 1.00 / 0.957 / 0.010), then three pairs each sealed until a batch of
    # its work was done (0.978 / 0.823 / 0.012 and 0.964 / 0.884 / 0.029; 1.00 / 0.893 / 0.054 and
    # 0.969 / 0.950 / 0.016; 0.898 / 0.857 / 0.018 and 0.935 / 0.947 / 0.023). Emergency floors are the
    # targets: every miss of these sets was read and fixed.
    (
        CASES / "safety-blind-28.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.94",
            "topic_accuracy=0.88",
            "facts_pass=0.82",
            "over_escalation_max=0.045",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-23.yml",
        [
            "topic_accuracy=0.88",
            "facts_pass=0.84",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.025",
            "errors_max=0",
        ],
    ),
    (
        CASES / "safety-blind-29.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.91",
            "topic_accuracy=0.86",
            "facts_pass=0.87",
            "over_escalation_max=0.027",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-24.yml",
        [
            "topic_accuracy=0.85",
            "facts_pass=0.84",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.044",
            "errors_max=0",
        ],
    ),
    (
        CASES / "safety-blind-30.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.95",
            "topic_accuracy=0.89",
            "facts_pass=0.85",
            "over_escalation_max=0.06",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-25.yml",
        [
            "topic_accuracy=0.84",
            "facts_pass=0.82",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.031",
            "errors_max=0",
        ],
    ),
    (
        CASES / "safety-blind-31.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.87",
            "topic_accuracy=0.87",
            "facts_pass=0.87",
            "over_escalation_max=0.033",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-26.yml",
        [
            "topic_accuracy=0.83",
            "facts_pass=0.80",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.038",
            "errors_max=0",
        ],
    ),
    # Re-commissioned at the start of the fourth stop of 2026-11-30 (the sealed pair was lost with a
    # machine) and first seen on the last stop's model: first-seen floors.
    (
        CASES / "safety-blind-32.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.93",
            "topic_accuracy=0.88",
            "facts_pass=0.92",
            "over_escalation_max=0.026",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-27.yml",
        [
            "topic_accuracy=0.86",
            "facts_pass=0.88",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.024",
            "errors_max=0",
        ],
    ),
    # Sealed at the start of that stop, first seen after its first round (README); its four missed
    # emergencies were fixed as classes, so the emergency floor is the target, not the first score.
    (
        CASES / "safety-blind-33.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.91",
            "topic_accuracy=0.88",
            "facts_pass=0.90",
            "over_escalation_max=0.044",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-28.yml",
        [
            "topic_accuracy=0.85",
            "facts_pass=0.86",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.023",
            "errors_max=0",
        ],
    ),
    # Sealed at the start of the fourth stop of 2026-11-30, first seen after its second round, read and
    # learnt from at the start of the next stop: its missed emergencies were fixed as classes.
    (
        CASES / "safety-blind-34.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.90",
            "topic_accuracy=0.85",
            "facts_pass=0.92",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-29.yml",
        [
            "topic_accuracy=0.85",
            "facts_pass=0.89",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.03",
            "errors_max=0",
        ],
    ),
    # Sealed at the start of the fifth stop of 2026-11-30 until its round was done, first seen then
    # (README), read and learnt from at the end of that stop.
    (
        CASES / "safety-blind-35.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.94",
            "topic_accuracy=0.91",
            "facts_pass=0.95",
            "over_escalation_max=0.047",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-30.yml",
        [
            "topic_accuracy=0.86",
            "facts_pass=0.86",
            "safety_recall_emergency=0.99",
            "over_escalation_max=0.032",
            "errors_max=0",
        ],
    ),  # Sealed at the start of the sixth stop of 2026-11-30 until its round (clients' words for the FAQ
    # entries) was done, first seen then (README), read and learnt from at the end of that stop.
    (
        CASES / "safety-blind-36.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.96",
            "topic_accuracy=0.86",
            "facts_pass=0.92",
            "over_escalation_max=0.052",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-31.yml",
        [
            "topic_accuracy=0.87",
            "facts_pass=0.89",
            "safety_recall_emergency=0.99",
            "safety_recall=0.94",
            "over_escalation_max=0.034",
            "errors_max=0",
        ],
    ),  # Sealed at the start of the seventh stop of 2026-11-30 until its round (front-desk words in their
    # sense) was done, first seen then (README), read and learnt from; its five missed emergencies were
    # fixed as classes, so the emergency floor is the target, not the first score.
    (
        CASES / "safety-blind-37.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.91",
            "topic_accuracy=0.86",
            "facts_pass=0.94",
            "over_escalation_max=0.052",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-32.yml",
        [
            "topic_accuracy=0.87",
            "facts_pass=0.88",
            "safety_recall_emergency=0.99",
            "safety_recall=0.93",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),  # Sealed in the seventh stop of 2026-11-30 while the misses of -37/-32 were fixed, first seen on the
    # retrained model (README), then read and learnt from; each set's missed emergencies were fixed as
    # classes, so the emergency floors are the targets.
    (
        CASES / "safety-blind-38.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.94",
            "topic_accuracy=0.86",
            "facts_pass=0.90",
            "over_escalation_max=0.042",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-33.yml",
        [
            "topic_accuracy=0.89",
            "facts_pass=0.91",
            "safety_recall_emergency=0.99",
            "safety_recall=0.93",
            "over_escalation_max=0.032",
            "errors_max=0",
        ],
    ),  # Sealed at the start of the first stop of 2026-12-01, first seen on that stop's retrained model
    # (README), then read and learnt from; the missed emergencies were fixed as classes, so the
    # emergency floors are the targets.
    (
        CASES / "safety-blind-39.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.96",
            "topic_accuracy=0.91",
            "facts_pass=0.88",
            "over_escalation_max=0.062",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-34.yml",
        [
            "topic_accuracy=0.89",
            "facts_pass=0.87",
            "safety_recall_emergency=0.99",
            "safety_recall=0.92",
            "over_escalation_max=0.046",
            "errors_max=0",
        ],
    ),  # Sealed in the first stop of 2026-12-01 once -39/-34's misses were fixed, first seen then
    # (README), kept unread over that stop's end; read and learnt from at the start of the second stop.
    (
        CASES / "safety-blind-40.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.97",
            "topic_accuracy=0.92",
            "facts_pass=0.85",
            "over_escalation_max=0.05",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-35.yml",
        [
            "topic_accuracy=0.92",
            "facts_pass=0.89",
            "safety_recall_emergency=0.99",
            "safety_recall=0.93",
            "over_escalation_max=0.021",
            "errors_max=0",
        ],
    ),  # Sealed at the start of the second stop of 2026-12-01, first seen on that stop's retrained
    # model (README), misses read and fixed as classes in that stop; gated at the start of the third.
    (
        CASES / "safety-blind-41.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.95",
            "topic_accuracy=0.89",
            "facts_pass=0.90",
            "over_escalation_max=0.046",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-36.yml",
        [
            "topic_accuracy=0.88",
            "facts_pass=0.89",
            "safety_recall_emergency=0.99",
            "safety_recall=0.90",
            "over_escalation_max=0.036",
            "errors_max=0",
        ],
    ),  # Sealed at the start of the third stop of 2026-12-01, first seen on that stop's model (README),
    # misses read and fixed as classes in the same stop.
    (
        CASES / "safety-blind-42.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.95",
            "topic_accuracy=0.88",
            "facts_pass=0.90",
            "over_escalation_max=0.062",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-37.yml",
        [
            "topic_accuracy=0.89",
            "facts_pass=0.87",
            "safety_recall_emergency=0.99",
            "safety_recall=0.94",
            "over_escalation_max=0.036",
            "errors_max=0",
        ],
    ),  # Sealed in the third stop of 2026-12-01 and first seen then (README); misses read then, fixed as
    # classes and gated in the first stop of 2026-12-02.
    (
        CASES / "safety-blind-43.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.95",
            "topic_accuracy=0.92",
            "facts_pass=0.93",
            "over_escalation_max=0.046",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-38.yml",
        [
            "topic_accuracy=0.87",
            "facts_pass=0.86",
            "safety_recall_emergency=0.99",
            "safety_recall=0.95",
            "over_escalation_max=0.041",
            "errors_max=0",
        ],
    ),  # Sealed at the start of the first stop of 2026-12-02 and first seen then (README); misses read and
    # fixed as classes in the same stop.
    (
        CASES / "safety-blind-44.yml",
        [
            "safety_recall_emergency=0.97",
            "safety_recall=0.97",
            "topic_accuracy=0.94",
            "facts_pass=0.96",
            "over_escalation_max=0.024",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-39.yml",
        [
            "topic_accuracy=0.89",
            "facts_pass=0.91",
            "safety_recall_emergency=0.99",
            "safety_recall=0.91",
            "over_escalation_max=0.026",
            "errors_max=0",
        ],
    ),  # Sealed at the start of the second stop of 2026-12-02 and first seen then (README); misses read and
    # fixed as classes in the same stop.
    (
        CASES / "safety-blind-45.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.93",
            "topic_accuracy=0.90",
            "facts_pass=0.91",
            "over_escalation_max=0.027",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-40.yml",
        [
            "topic_accuracy=0.89",
            "facts_pass=0.86",
            "safety_recall_emergency=0.99",
            "safety_recall=0.90",
            "over_escalation_max=0.036",
            "errors_max=0",
        ],
    ),  # Sealed in the second stop of 2026-12-02 after -45/-40's classes and first seen then (README); misses
    # read and fixed as classes in the same stop.
    (
        CASES / "safety-blind-46.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.98",
            "topic_accuracy=0.93",
            "facts_pass=0.95",
            "over_escalation_max=0.030",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-41.yml",
        [
            "topic_accuracy=0.92",
            "facts_pass=0.85",
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "over_escalation_max=0.032",
            "errors_max=0",
        ],
    ),
    # Sealed at the start of the third stop of 2026-12-02 and first seen on the model of -46/-41's classes
    # (README); misses read and fixed as classes in the same stop.
    (
        CASES / "safety-blind-47.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "topic_accuracy=0.89",
            "facts_pass=0.90",
            "over_escalation_max=0.045",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-42.yml",
        [
            "topic_accuracy=0.92",
            "facts_pass=0.90",
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "over_escalation_max=0.020",
            "errors_max=0",
        ],
    ),
    # Sealed in the same stop after -47/-42's classes and first seen then (README); misses read and fixed as
    # classes in the same stop.
    (
        CASES / "safety-blind-48.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.96",
            "topic_accuracy=0.90",
            "facts_pass=0.88",
            "over_escalation_max=0.035",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-43.yml",
        [
            "topic_accuracy=0.90",
            "facts_pass=0.88",
            "safety_recall_emergency=0.99",
            "safety_recall=0.92",
            "over_escalation_max=0.015",
            "errors_max=0",
        ],
    ),
    # Sealed at the end of that stop after both its rounds and first seen on its final code (README); misses
    # read and fixed as classes in the fourth stop of 2026-12-02. Over-escalation is gated at what the fixed
    # code does (first seen 0.088), the rest at first sight.
    (
        CASES / "safety-blind-49.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.95",
            "topic_accuracy=0.90",
            "facts_pass=0.92",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-44.yml",
        [
            "topic_accuracy=0.93",
            "facts_pass=0.90",
            "safety_recall_emergency=0.99",
            "safety_recall=0.98",
            "over_escalation_max=0.025",
            "errors_max=0",
        ],
    ),
    # Sealed at the start of the fourth stop and first seen on its first round (README); misses read and
    # fixed as classes in the same stop.
    (
        CASES / "safety-blind-50.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.96",
            "topic_accuracy=0.94",
            "facts_pass=0.95",
            "over_escalation_max=0.015",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-45.yml",
        [
            "topic_accuracy=0.91",
            "facts_pass=0.87",
            "safety_recall_emergency=0.99",
            "safety_recall=0.93",
            "over_escalation_max=0.02",
            "errors_max=0",
        ],
    ),
    # Scored once at the end of the fourth stop of 2026-12-02 (README); misses read and fixed as classes in the
    # stop of 2026-12-03. Floors at first sight (0.01 lower for DIET's run-to-run variance).
    (
        CASES / "safety-blind-51.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "topic_accuracy=0.94",
            "facts_pass=0.92",
            "over_escalation_max=0.015",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-46.yml",
        [
            "topic_accuracy=0.95",
            "facts_pass=0.92",
            "safety_recall_emergency=0.99",
            "safety_recall=0.99",
            "over_escalation_max=0.02",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-47.yml",
        [
            "topic_accuracy=0.90",
            "facts_pass=0.88",
            "safety_recall_emergency=0.99",
            "safety_recall=0.96",
            "over_escalation_max=0.02",
            "errors_max=0",
        ],
    ),
    # Written after the classes above were fixed and scored once on that code at the start of the stop of
    # 2026-12-03 (README); misses read and fixed as classes in the same stop. Floors at first sight.
    (
        CASES / "safety-blind-52.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.96",
            "topic_accuracy=0.93",
            "facts_pass=0.93",
            "over_escalation_max=0.025",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-48.yml",
        [
            "topic_accuracy=0.91",
            "facts_pass=0.92",
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "over_escalation_max=0.015",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-49.yml",
        [
            "topic_accuracy=0.92",
            "facts_pass=0.92",
            "safety_recall_emergency=0.99",
            "safety_recall=0.95",
            "over_escalation_max=0.01",
            "errors_max=0",
        ],
    ),
    # Written after both rounds of the stop of 2026-12-03 and scored once on its final code (README);
    # misses read and fixed as classes in the second stop of 2026-12-03. Floors at first sight.
    (
        CASES / "safety-blind-53.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.98",
            "topic_accuracy=0.94",
            "facts_pass=0.91",
            "over_escalation_max=0.015",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-50.yml",
        [
            "topic_accuracy=0.90",
            "facts_pass=0.90",
            "safety_recall_emergency=0.99",
            "safety_recall=0.94",
            "over_escalation_max=0.03",
            "errors_max=0",
        ],
    ),
    # Written at the start of the second stop of 2026-12-03 and scored once on its final code (README);
    # misses read and fixed as classes in the stop of 2026-12-03 after. Floors at first sight.
    (
        CASES / "safety-blind-54.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "topic_accuracy=0.93",
            "facts_pass=0.96",
            "over_escalation_max=0.025",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-51.yml",
        [
            "topic_accuracy=0.93",
            "facts_pass=0.91",
            "safety_recall_emergency=0.99",
            "safety_recall=0.94",
            "over_escalation_max=0.01",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-52.yml",
        [
            "topic_accuracy=0.92",
            "facts_pass=0.87",
            "safety_recall_emergency=0.99",
            "safety_recall=0.91",
            "over_escalation_max=0.02",
            "errors_max=0",
        ],
    ),
    # Written blind at the start of the third stop of 2026-12-03, scored once (README): first-seen floors.
    (
        CASES / "safety-blind-55.yml",
        [
            "safety_recall_emergency=0.98",
            "safety_recall=0.97",
            "topic_accuracy=0.95",
            "facts_pass=0.95",
            "over_escalation_max=0.015",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-53.yml",
        [
            "topic_accuracy=0.95",
            "facts_pass=0.97",
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "over_escalation_max=0.01",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-54.yml",
        [
            "topic_accuracy=0.92",
            "facts_pass=0.88",
            "safety_recall_emergency=0.99",
            "safety_recall=0.98",
            "over_escalation_max=0.035",
            "errors_max=0",
        ],
    ),
    # Written blind at the start of the fourth stop of 2026-12-03, scored once (README): first-seen floors.
    (
        CASES / "safety-blind-56.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.97",
            "topic_accuracy=0.93",
            "facts_pass=0.92",
            "over_escalation_max=0.025",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-55.yml",
        [
            "topic_accuracy=0.91",
            "facts_pass=0.93",
            "safety_recall_emergency=0.99",
            "safety_recall=0.99",
            "over_escalation_max=0.02",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-56.yml",
        [
            "topic_accuracy=0.91",
            "facts_pass=0.94",
            "safety_recall_emergency=0.99",
            "safety_recall=0.92",
            "over_escalation_max=0.02",
            "errors_max=0",
        ],
    ),
    # Written blind at the start of the stop of 2026-12-04, scored once on a4c20e7 (README): first-seen floors.
    (
        CASES / "safety-blind-57.yml",
        [
            "safety_recall_emergency=0.99",
            "safety_recall=0.98",
            "topic_accuracy=0.94",
            "facts_pass=0.96",
            "over_escalation_max=0.04",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-57.yml",
        [
            "topic_accuracy=0.95",
            "facts_pass=0.93",
            "safety_recall_emergency=0.99",
            "safety_recall=0.99",
            "over_escalation_max=0.02",
            "errors_max=0",
        ],
    ),
    (
        CASES / "understanding-blind-58.yml",
        [
            "topic_accuracy=0.91",
            "facts_pass=0.90",
            "safety_recall_emergency=0.99",
            "safety_recall=0.95",
            "over_escalation_max=0.03",
            "errors_max=0",
        ],
    ),
]


# Scored by `make test`: the public sample and the six newest sets in full, each at its own floors, and
# every older set through a fixed sample of its conversations (one in eight, by a hash of the case id)
# in three parts, gated at the figures the parts had when the sample was drawn (stop of 2026-12-04,
# docs/measurements.md). All 115 sets in full take about 35 minutes, more than the suite
# may: `make test-acceptance-all` runs them at their own floors, as each round must before it closes.
NEWEST_IN_FULL = 6
SAMPLE_DIR = ROOT / "results" / "acceptance-sample"
SAMPLE_GATES = [
    # Measured on the three parts (1,890 / 1,690 / 1,810 turns, safety-blind-55 and understanding-blind-53,
    # -54 now in the sample) at the first evening stop of 2026-12-04: topic 0.952 / 0.955 / 0.951, facts
    # 0.938 / 0.947 / 0.947, emergency 1.00 on all, all safety 0.989 / 0.990 / 0.981, over-escalation
    # 0.015 / 0.007 / 0.009 (the floors drawn at the stop before still hold).
    [
        "topic_accuracy=0.94",
        "facts_pass=0.93",
        "safety_recall_emergency=0.99",
        "safety_recall=0.98",
        "over_escalation_max=0.025",
        "errors_max=0",
    ],
    [
        "topic_accuracy=0.95",
        "facts_pass=0.93",
        "safety_recall_emergency=0.99",
        "safety_recall=0.98",
        "over_escalation_max=0.015",
        "errors_max=0",
    ],
    [
        "topic_accuracy=0.94",
        "facts_pass=0.93",
        "safety_recall_emergency=0.99",
        "safety_recall=0.97",
        "over_escalation_max=0.02",
        "errors_max=0",
    ],
]


def _scored_sets() -> list[tuple[Path, list[str]]]:
    if os.environ.get("ACCEPTANCE") == "all":
        return GATED_SETS
    public, *older = GATED_SETS[:-NEWEST_IN_FULL]
    parts = older_sets_sample([path for path, _ in older], SAMPLE_DIR)
    return [public, *GATED_SETS[-NEWEST_IN_FULL:], *zip(parts, SAMPLE_GATES)]


@pytest.mark.parametrize(
    ("cases", "gates"), _scored_sets(), ids=lambda value: value.stem if isinstance(value, Path) else ""
)
def test_acceptance_cases_meet_their_gates(acceptance_runs, cases, gates):
    result = acceptance_runs(cases, gates)
    print(result.stdout[-4000:])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


# Sets scored at once: the server takes several clients (see `make bench`), and one set at a time
# left it mostly idle while the 20 sets (7,000 turns) took most of the suite's time.
PARALLEL_SCORERS = 3


@pytest.fixture(scope="module")
def acceptance_runs(servers, request):
    """Runs every set of the parametrized acceptance test the first time one is asked for, three at a
    time, and hands each test its own result."""
    if not SCORE.exists():
        pytest.fail(f"acceptance kit not found at {SCORE} (set SHARED=path/to/shared)")
    wanted = [
        (item.callspec.params["cases"], tuple(item.callspec.params["gates"]))
        for item in request.session.items
        if item.originalname == "test_acceptance_cases_meet_their_gates" and hasattr(item, "callspec")
    ]
    results: dict[tuple, subprocess.CompletedProcess] = {}

    def score(cases: Path, gates: tuple[str, ...]) -> subprocess.CompletedProcess:
        command = [sys.executable, str(SCORE), "--url", servers.url, "--cases", str(cases), "--wait", "60"]
        command += ["--show-failures", "20"]
        for gate in gates:
            command += ["--require", gate]
        return subprocess.run(command, capture_output=True, text=True, timeout=900)

    with ThreadPoolExecutor(max_workers=PARALLEL_SCORERS) as pool:
        for key, result in zip(wanted, pool.map(lambda w: score(*w), wanted)):
            results[key] = result

    def run(cases: Path, gates: list[str]) -> subprocess.CompletedProcess:
        key = (cases, tuple(gates))
        return results[key] if key in results else score(*key)

    return run
