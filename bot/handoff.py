"""Passing a client to a person at the front desk, aware of opening hours."""

from __future__ import annotations

import datetime as dt
import re

from bot.clinic_profile import ClinicProfile
from bot.replies import Reply
from bot.text_normalization import normalize

_REASONS = [
    ("complaint", re.compile(r"complain|complaint|unhappy|not happy|rude|disappointed|terrible|awful|manager")),
    (
        "billing",
        re.compile(r"charge|charged|refund|bill|billing|invoice|overpaid|paid twice|payment problem|money back"),
    ),
    ("callback", re.compile(r"call me|call back|callback|ring me|phone me|give me a call|contact me")),
]


def handoff_reason(text: str) -> str:
    normalized = normalize(text)
    for reason, pattern in _REASONS:
        if pattern.search(normalized):
            return reason
    return "person"


def _front_desk_status(profile: ClinicProfile, now: dt.datetime) -> str:
    if profile.is_open(now):
        closing = profile.closing_time(now)
        return f"The front desk is open now (until {closing:%H:%M}): call {profile.phone} or email {profile.email}."
    opening = profile.next_opening(now)
    when = f" It opens again {opening:%A} at {opening:%H:%M}." if opening else ""
    return (
        f"The front desk is closed right now.{when} You can email {profile.email} any time and "
        f"we'll reply when we're back, or call {profile.phone} during opening hours."
    )


def handoff_reply(profile: ClinicProfile, now: dt.datetime, reason: str = "person") -> Reply:
    opening = {
        "complaint": "I'm sorry something went wrong. A member of our team will want to hear about it.",
        "billing": "Billing questions are best handled by the front desk team, who can see your account.",
        "callback": (
            "I can't arrange calls myself, but if you email us your name, number and a good time, "
            "the front desk will call you back."
        ),
        "person": "Of course, you can talk to a member of our team.",
    }[reason]
    return Reply([f"{opening} {_front_desk_status(profile, now)}"], "handoff", extra={"kind": "handoff"})
