"""Passing a client to a person at the front desk, aware of opening hours."""

from __future__ import annotations

import datetime as dt
import re

from bot.clinic_profile import ClinicProfile
from bot.privacy import gives_contact_details, mask_personal_data
from bot.replies import Reply
from bot.text_normalization import normalize

_REASONS = [
    ("complaint", re.compile(r"complain|complaint|unhappy|not happy|rude|disappointed|terrible|awful|manager")),
    (
        "billing",
        re.compile(r"charge|charged|refund|bill|billing|invoice|overpaid|paid twice|payment problem|money back"),
    ),
    (
        "callback",
        re.compile(
            r"call me|call back|callback|ring me|ring back|phone me|give (?:me|us) a (?:call|ring|bell|buzz)|contact me"
        ),
    ),
]


# What asking for a person says: a person, a complaint or a call back. "Do your staff know first aid?"
# or "do I have to chat during it?" name people but ask a question the FAQ or the front desk answers.
_ASKS_FOR_A_PERSON = re.compile(
    r"\b(?:speak|talk|chat|get through|put me through) (?:to|with) (?:a |an |the |your |my |someone|somebody|anyone|person|human|real|staff|"
    r"member|manager|receptionist|reception|front desk|therapist|owner|team)|\b(?:real|actual|live) (?:person|human|people)\b|"
    r"\b(?:human|agent|operator|representative|customer services?)\b|\bsomeone (?:to (?:call|ring|phone|talk|speak|help)|who can|from (?:the|your|reception|the front desk))|"
    r"\b(?:a |an actual |real )?person (?:pls|plz|please)\b|"
    r"\b(?:is there|can i get|need|want) (?:someone|somebody|a person|anyone)\b|\bnot (?:a|this) (?:bot|robot|machine)\b|"
    r"\b(?:get|connect|put) me (?:a |to |through |someone|somebody)|\bescalate|\bmember of (?:staff|the team)|\bwho (?:do|can|should) i "
    r"(?:talk|speak|ask|contact|email|ring|call)|\b(?:message|email|call|contact) (?:me|someone|somebody) directly|\bsomeone (?:sort|look|check|get in touch)|"
    r"\b(?:useless|isn'?t working|not working|not helping|doesn'?t help)\b|"
    # A billing problem, not the policy ("will I be charged if I cancel?"): charged twice, a refund.
    r"\bcharged (?:twice|double|the wrong|wrong|but)|double charged|overcharged|overpaid|paid twice|refund|money back|"
    r"mistake on|billing problem|wrong amount|"
    # What only staff can do to an account: "please delete my account", "terminate my contract".
    r"\b(?:delete|remove|erase) (?:my|all my|all of my) (?:account|data|details|information|records)|"
    r"\b(?:terminate|cancel|end|freeze|pause|stop) (?:my|the) (?:contract|membership|subscription|monthly plan|package|direct debit)|"
    r"\btransfer (?:them|it|these|those|(?:my|the) (?:remaining |unused |last )?(?:sessions|package|voucher|credit|booking))"
)


def asks_for_a_person(text: str) -> bool:
    normalized = normalize(text)
    return bool(
        _ASKS_FOR_A_PERSON.search(normalized) or _ONLY_A_PERSON.search(normalized) or _NAMED_STAFF.search(text)
    ) or handoff_reason(text) in (
        "complaint",
        "callback",
        "details",
    )


# A request for a person and nothing else, however the model filed it: "pls put me thru to someone",
# "this bot isn't helping, get me the receptionist", "real human please".
_ONLY_A_PERSON = re.compile(
    r"\b(?:speak|talk|chat|get through|put me (?:through|thru)|pass me|transfer me) (?:to|with) (?:a |an |the |your )?(?:someone|somebody|anyone|"
    r"person|human|real (?:person|human|one)|staff|member of (?:staff|the team)|manager|receptionist|reception|front desk|team|owner)\b|"
    r"\b(?:get|connect|put|give) me (?:to |through to |thru to )?(?:a |an |the )?(?:someone|somebody|person|human|receptionist|reception|"
    r"front desk|manager|real (?:person|human|one))\b|"
    r"\b(?:human|person|someone|receptionist) (?:pls|plz|please)\b|"
    # A person to do it instead of the assistant: "can a person do that for me?", "could someone sort this for me"
    r"\b(?:can|could|will|would) (?:a |an actual |a real |an? )?(?:person|human|someone|somebody|staff member|member of staff) "
    r"(?:\w+ )?(?:do|sort|change|update|handle|deal with|fix|help with|process) (?:that|this|it)(?: for (?:me|us))?\b|"
    # Someone to do something only staff can: "can you get someone to email it to me".
    r"\b(?:get|ask|have) (?:someone|somebody|a person|a member of staff|the front desk|reception) to (?:email|call|ring|phone|text|contact|message)\b|"
    # The chat's escape word on its own: "HUMAN", "agent!"
    r"^\W*(?:human|agent|operator|representative|rep|real person|a real person|customer services?)(?: (?:pls|plz|please|now))?\W*$|"
    # A message for someone: "can i leave a message for the front desk", "need to speak to Sarah, she's my usual therapist"
    r"\b(?:leave|pass on|pass) (?:a )?message (?:for|with|to) (?:the |my |your )?\w+|"
    r"\b(?:speak|talk) to \w+,? (?:she'?s|he'?s|she is|he is|who'?s|who is) (?:my|our) (?:usual |regular |normal )?therapist\b"
)


# A member of staff by name: "I need to speak to Dana about my treatment plan" (the capital is the name).
_NAMED_STAFF = re.compile(
    r"\b(?:speak|talk|chat|have a (?:quick )?word|get through|put me through) (?:to|with) (?!I\b|English\b)[A-Z][a-z]{2,}\b"
)


def wants_a_person(text: str) -> bool:
    """The message asks for a person in so many words (the model's other reading is set aside)."""
    return bool(_ONLY_A_PERSON.search(normalize(text)) or _NAMED_STAFF.search(text))


# Words that only present a number or an address: "my number is 07700 900123", "mobile: …, thanks".
_PRESENTING = frozenset(
    "my number is its it's mobile mob phone tel email e-mail here you go on call me thanks thank you cheers pls please ok".split()
)


def only_contact_details(text: str) -> bool:
    """A phone number or an email address and nothing else asked ("07700 900123", "my number is …")."""
    if not gives_contact_details(text) or "?" in text:
        return False
    rest = mask_personal_data(text).replace("[phone]", " ").replace("[email]", " ")
    return all(w in _PRESENTING for w in re.findall(r"[a-z'-]+", rest.lower()))


def handoff_reason(text: str) -> str:
    if only_contact_details(text):
        return "details"
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
        # A number typed into the chat reaches no one: the team does not read it here, and it is not kept for calls.
        "details": (
            "Thank you, but I can't pass on numbers or email addresses, and the team doesn't see them here. "
            "To be called back, please email us your name, number and a good time."
        ),
        "person": "Of course, you can talk to a member of our team.",
    }[reason]
    return Reply([f"{opening} {_front_desk_status(profile, now)}"], "handoff", extra={"kind": "handoff"})
