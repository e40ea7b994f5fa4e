"""The deterministic safety layer that runs on every message before anything else.

Order matters and is the product's safety policy: an emergency outranks
everything; a clear request for medical advice outranks an FAQ answer; messages
the assistant cannot read get a polite "please rephrase / English only".
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.input_screening import Screening, clip, screen, strip_markup
from bot.medical_requests import MedicalRequest, find_medical_request
from bot.red_flags import RedFlag, find_red_flag
from bot.smalltalk import OVERRULABLE_INTENTS, SMALLTALK_INTENTS, looks_like, pure_smalltalk

# Intent names the Rasa pipeline switches to when a rule fires.
EMERGENCY_INTENT = "emergency"
MEDICAL_INTENT = "ask_medical"
UNREADABLE_INTENT = "out_of_scope"
NLU_FALLBACK_INTENT = "nlu_fallback"

# The NLU model puts unfamiliar text (other languages, lorem ipsum) into
# `emergency` with middling confidence, while real emergencies it recognises
# score above 0.9. Below this, and with no red-flag rule firing, the message is
# treated as unclear: the reply asks what the client means and still says what
# to do in an emergency.
NLU_EMERGENCY_MIN_CONFIDENCE = 0.75
CHRONIC_KINDS = ("symptoms",)


@dataclass(frozen=True)
class Triage:
    intent: str | None  # the intent this message must be routed as, or None to trust NLU
    red_flag: RedFlag | None = None
    medical: MedicalRequest | None = None
    screening: Screening = Screening.OK


def triage(text: str | None) -> Triage:
    text = clip(text or "")
    screening = screen(text)
    readable = strip_markup(text)
    flag = find_red_flag(readable)
    if flag:
        return Triage(EMERGENCY_INTENT, red_flag=flag, screening=screening)
    if screening is not Screening.OK:
        return Triage(UNREADABLE_INTENT, screening=screening)
    medical = find_medical_request(readable)
    if medical:
        return Triage(MEDICAL_INTENT, medical=medical)
    return Triage(None)


def final_intent(decision: Triage, predicted: str | None, confidence: float, text: str = "") -> str | None:
    """The intent a message is routed as, given the rules' decision and the model's prediction.

    Returns None to keep the model's prediction.
    """
    if decision.intent == EMERGENCY_INTENT:
        return EMERGENCY_INTENT
    if decision.screening is not Screening.OK:
        # The model cannot read other languages or symbols either; its guess is noise.
        return UNREADABLE_INTENT
    if predicted == EMERGENCY_INTENT:
        # Symptoms that have lasted for weeks, with no red flag, are a same-week
        # doctor's visit, not an ambulance: the rules know the duration, the model doesn't.
        if decision.medical is not None and decision.medical.kind in CHRONIC_KINDS:
            return decision.intent
        # Otherwise never downgrade a confident model emergency, even where the rules saw nothing.
        return None if confidence >= NLU_EMERGENCY_MIN_CONFIDENCE else NLU_FALLBACK_INTENT
    if decision.intent is not None or not text:
        return decision.intent
    # A question the model filed under small talk goes to the FAQ matcher; a bare
    # "ok cool ty" the model read as a question is small talk (bot/smalltalk.py).
    if predicted in SMALLTALK_INTENTS and not looks_like(predicted, text):
        return NLU_FALLBACK_INTENT
    if predicted in OVERRULABLE_INTENTS:
        return pure_smalltalk(text)
    return None
