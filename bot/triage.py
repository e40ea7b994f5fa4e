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

# Intent names the Rasa pipeline switches to when a rule fires.
EMERGENCY_INTENT = "emergency"
MEDICAL_INTENT = "ask_medical"
UNREADABLE_INTENT = "out_of_scope"


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
