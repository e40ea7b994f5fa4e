"""The kinds of danger the assistant escalates, as the domain brief §5 names them.

One catalogue for every layer: the concept rules and the safety classifier both
report one of these ids, the replies word them, and the safety corpus is labelled
with them. A kind's level is the action the brief asks for: §5a "call emergency
services now", §5b "get medical advice today".
"""

from __future__ import annotations

from dataclasses import dataclass

EMERGENCY = "emergency"
SAME_DAY = "same_day"


@dataclass(frozen=True)
class SafetyKind:
    id: str
    level: str  # EMERGENCY or SAME_DAY
    what: str  # plain-language name used in the reply ("You mentioned …")


_KINDS = [
    # §5a: call emergency services now.
    SafetyKind("chest_pain", EMERGENCY, "chest pain, pressure or heaviness"),
    SafetyKind("pulmonary_embolism", EMERGENCY, "a swollen or painful leg with breathing or chest symptoms"),
    SafetyKind("breathing", EMERGENCY, "trouble breathing"),
    SafetyKind("stroke_signs", EMERGENCY, "possible stroke signs"),
    SafetyKind("thunderclap_headache", EMERGENCY, "a sudden, severe headache"),
    SafetyKind("cauda_equina", EMERGENCY, "back pain with bladder, bowel or saddle numbness"),
    SafetyKind("serious_injury", EMERGENCY, "an injury or fall that needs checking straight away"),
    SafetyKind("fainting", EMERGENCY, "fainting or collapsing"),
    SafetyKind("suicidal_thoughts", EMERGENCY, "thoughts of suicide or self-harm"),
    SafetyKind("overdose", EMERGENCY, "taking too many pills or medicines"),
    SafetyKind("uncontrolled_bleeding", EMERGENCY, "bleeding that will not stop"),
    # Not in the brief's §5a list, but the NHS says call 999 for it (possible meningitis or sepsis); a
    # parent's "a rash that doesn't fade when I press a glass on it" must not get an aftercare answer.
    SafetyKind("non_blanching_rash", EMERGENCY, "a rash that does not fade when pressed, or a fever with a stiff neck"),
    # §5b: get medical advice the same day.
    SafetyKind("clot_signs", SAME_DAY, "a swollen, warm or painful calf or leg, a possible blood clot"),
    SafetyKind("back_pain_fever_night", SAME_DAY, "back pain with a fever, or back pain worse at night"),
    SafetyKind("limb_nerve", SAME_DAY, "weakness, numbness or tingling in an arm or leg"),
    SafetyKind("worsening_soreness", SAME_DAY, "soreness that is getting worse or not settling"),
    SafetyKind("dark_urine", SAME_DAY, "dark urine with muscle pain or swelling"),
    SafetyKind("anticoagulant_bruising", SAME_DAY, "unexplained bruising or bleeding while on blood thinners"),
    SafetyKind("fever_skin", SAME_DAY, "a fever, or red, hot or spreading skin"),
]

KINDS: dict[str, SafetyKind] = {kind.id: kind for kind in _KINDS}
EMERGENCY_KINDS = frozenset(k.id for k in _KINDS if k.level == EMERGENCY)
SAME_DAY_KINDS = frozenset(k.id for k in _KINDS if k.level == SAME_DAY)
# Corpus labels that are not a danger: personal medical questions a doctor should
# answer, but not today, and everything else.
ROUTINE_MEDICAL = "routine_medical"
NONE = "none"
CORPUS_LABELS = frozenset({*KINDS, ROUTINE_MEDICAL, NONE})
# Crisis kinds get the crisis line in the reply; an overdose gets emergency services first.
CRISIS_KINDS = frozenset({"suicidal_thoughts", "overdose"})
