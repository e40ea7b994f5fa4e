"""What the assistant says: every reply, its buttons and its topic for the channel.

Each builder returns a `Reply`; `actions/` only delivers it. Keeping the wording
here means a safety reply can be read and tested without running Rasa.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.clinic_profile import ClinicProfile
from bot.faq_matcher import Candidate
from bot.faq_store import FaqEntry, button_payload, render_answer
from bot.input_screening import Screening
from bot.safety_kinds import KINDS, SAME_DAY_KINDS

MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Reply:
    texts: list[str]
    topic: str
    faq_id: str | None = None
    buttons: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)

    def custom(self) -> dict[str, object]:
        data: dict[str, object] = {"topic": self.topic, **self.extra}
        if self.faq_id:
            data["faq_id"] = self.faq_id
        return data


def faq_button(entry: FaqEntry) -> tuple[str, str]:
    return entry.question, button_payload(entry.topic, entry.id)


PREVISIT_CHECK_BUTTON = ("Check if I'm ready to book", "/start_previsit_check")


def faq_reply(entry: FaqEntry, profile: ClinicProfile, related: list[FaqEntry]) -> Reply:
    buttons = [faq_button(e) for e in related[:2]]
    if entry.topic == "contraindications":
        buttons.append(PREVISIT_CHECK_BUTTON)
    return Reply(
        texts=[render_answer(entry, profile)],
        topic=entry.topic,
        faq_id=entry.id,
        buttons=buttons,
        extra={"sources": list(entry.sources), "reviewed": entry.reviewed.isoformat()},
    )


def part_of_answer_reply(entry: FaqEntry, sentence: str, others: list[FaqEntry]) -> Reply:
    """A follow-up the last answer already covers: the sentence that answers it, not the whole answer
    again, with the next-best entries offered in case the client meant something else."""
    text = f"As in my last answer: {sentence}"
    if entry.topic == "contraindications":
        text += _CHECK_FIRST  # one sentence of a health answer never stands without "check first"
    return Reply(
        texts=[text],
        topic=entry.topic,
        faq_id=entry.id,
        buttons=[faq_button(e) for e in others[:MAX_SUGGESTIONS]],
        extra={"kind": "part_of_answer", "sources": list(entry.sources), "reviewed": entry.reviewed.isoformat()},
    )


# Even an unsure reply about a health condition must not leave the client thinking it is fine.
_CHECK_FIRST = (
    " In general, if you have a health condition or take regular medication, please check with your "
    "doctor before booking and tell your therapist at your intake."
)


def _safety_note(profile: ClinicProfile) -> str:
    return (
        f" If this is about a health worry, please speak to your doctor, or call {profile.emergency_number} "
        "in an emergency."
    )


def symptom_note(profile: ClinicProfile) -> str:
    return (
        f" If you're asking about a symptom you have that is new or worrying, please check with your GP or {profile.urgent_advice}; "
        f"if it's happening now and it's severe or came on suddenly, call {profile.emergency_number}."
    )


def clarify_reply(
    candidates: list[Candidate], profile: ClinicProfile, topic: str, safety_note: bool = False, symptom: bool = False
) -> Reply:
    """A weak match: say so, and offer the likely questions instead of guessing.

    `symptom`: the message describes a body symptom, so the options come with what to
    do if it is the client's own and worrying (the safety net, without assuming it is)."""
    options = [c.entry for c in candidates[:MAX_SUGGESTIONS]]
    text = (
        "I'm not completely sure I understood. Did you mean one of these? "
        f"If not, try asking in other words, or call the front desk on {profile.phone}."
    )
    if symptom:
        text += symptom_note(profile)
    elif safety_note:
        text += _safety_note(profile)
    elif topic == "contraindications":
        text += _CHECK_FIRST
    return Reply(texts=[text], topic=topic, buttons=[faq_button(e) for e in options], extra={"kind": "clarify"})


def no_answer_reply(profile: ClinicProfile, topic: str, safety_note: bool = False) -> Reply:
    text = (
        "I'm sorry, I don't have a good answer to that in my notes, and I'd rather not guess. "
        f"The front desk can help: call {profile.phone} or email {profile.email}."
    )
    if safety_note:
        text += _safety_note(profile)
    elif topic == "contraindications":
        text += _CHECK_FIRST
    return Reply(texts=[text], topic=topic, extra={"kind": "unanswered"})


_STROKE_TIP = " Note the time the symptoms started, and don't give food or drink."
_ENGLISH_ONLY = "Sorry, I can only answer in English. "


def emergency_reply(
    kind_id: str | None, profile: ClinicProfile, named: bool = True, other_language: bool = False
) -> Reply:
    """Call emergency services now (brief §5a); the crisis line for suicidal thoughts.

    `named` says the kind is certain enough to name in the reply ("You mentioned …");
    a kind only the classifier guessed gets the general wording.
    """
    number = profile.emergency_number
    kind = KINDS.get(kind_id or "")
    extra: dict[str, object] = {"kind": "emergency"}
    if kind is not None:
        extra["red_flag"] = kind.id
    prefix = _ENGLISH_ONLY if other_language else ""
    if kind is not None and kind.id == "overdose":
        text = (
            "If you or someone with you has taken too many pills or medicines, please call emergency services "
            f"on {number} now, even if you feel fine: some medicines do their harm hours later. Don't wait to see "
            "how you feel, and keep the packets to show the paramedics. "
            f"When you're safe, you can also talk to someone any time: {profile.crisis_line}."
        )
        return Reply([prefix + text], "emergency", extra=extra)
    if kind is not None and kind.id == "suicidal_thoughts":
        text = (
            "I'm really sorry you're feeling like this, and I'm glad you said something. "
            f"Please talk to someone now: call {profile.crisis_line}. "
            f"If you are in immediate danger or have hurt yourself, call emergency services on {number} now. "
            "If you can, let someone you trust know how you're feeling and stay with them."
        )
        return Reply([prefix + text], "emergency", extra=extra)
    what = f"You mentioned {kind.what}. " if kind is not None and named else "What you describe could be serious. "
    text = (
        f"{prefix}{what}This needs urgent medical help: please call emergency services on {number} now, "
        "or ask someone nearby to call for you. Please don't wait to see if it passes, and don't "
        "come in for a massage."
    )
    if kind is not None and kind.id == "stroke_signs":
        text += _STROKE_TIP
    if kind is not None and kind.id == "uncontrolled_bleeding":
        text += " Press firmly on the wound with a clean cloth while you wait."
    return Reply([text], "emergency", extra=extra)


def you_are_welcome_reply() -> Reply:
    return Reply(["You're welcome! Is there anything else you'd like to know?"], "smalltalk", extra={"kind": "thanks"})


def emergency_follow_up_reply(kind_id: str | None, profile: ClinicProfile, help_coming: bool = False) -> Reply:
    """After an emergency answer, a reply that doesn't move the conversation on ("ok", "hmm")
    gets the step again rather than "what would you like to know?": nothing in the chat
    says help is on the way."""
    number = profile.emergency_number
    if kind_id == "suicidal_thoughts":
        text = (
            f"I'm still here. Please reach out now: call {profile.crisis_line}, or emergency services on {number} "
            "if you are in immediate danger or have hurt yourself. You don't have to go through this alone."
        )
    else:
        text = (
            f"In case you haven't yet: please call emergency services on {number} now, or ask someone nearby to "
            "call for you. I can't tell from here whether help is on the way, so please don't wait. Once you're "
            "safe, I'm happy to help with anything else."
        )
    if help_coming and kind_id != "suicidal_thoughts":
        text = (
            "Good: getting help now is the right thing to do. If it gets worse before you get there, or you "
            f"end up on your own, call emergency services on {number} straight away."
        )
    extra: dict[str, object] = {"kind": "emergency_follow_up"}
    if kind_id:
        extra["red_flag"] = kind_id
    return Reply([text], "emergency", extra=extra)


def with_emergency_reminder(reply: Reply, kind_id: str | None, profile: ClinicProfile) -> Reply:
    """A plain question answered right after an emergency answer, with the step kept beside it: the
    question may come from someone who has taken the step in, or from someone still in danger."""
    if reply.topic in ("emergency", "medical"):
        return reply
    if kind_id == "suicidal_thoughts":
        line = (
            f"And please, if those thoughts are still with you, call {profile.crisis_line} now, or emergency "
            f"services on {profile.emergency_number} if you are in immediate danger."
        )
    else:
        line = (
            "And if what you told me about is still happening, or comes back, please call emergency services on "
            f"{profile.emergency_number} straight away: that comes before any appointment."
        )
    return replace(reply, texts=[*reply.texts, line])


_TODAY = "Please get medical advice today from your GP or {urgent}"
_MEDICAL = {
    # Brief §5b: the same day.
    "clot_signs": (
        "A calf or thigh that is swollen, warm, red or painful, especially on one side, can be a sign of a "
        f"blood clot. {_TODAY}, and please don't have it massaged. If you also become short of breath, have "
        "chest pain or cough up blood, call {emergency} now."
    ),
    "back_pain_fever_night": (
        "Back pain with a fever, or back pain that is worse at night or when lying down, should be checked by "
        f"a doctor rather than massaged. {_TODAY}."
    ),
    "limb_nerve": (
        "Weakness, numbness or tingling in an arm or leg needs a doctor's assessment, and massage can't tell "
        f"what's causing it. {_TODAY}, before booking a massage for it. If it came on suddenly, or your face or "
        "speech are affected, call {emergency} now."
    ),
    "worsening_soreness": (
        "Soreness after trigger point work usually eases within a day or two, and within about 3 days at "
        "most; a small bruise fades over a few days. Pain, headaches or a bruise that are getting worse or bigger, or "
        f"still strong after that, aren't the usual pattern, and a doctor should check them. {_TODAY}."
    ),
    "dark_urine": (
        "Dark, brown or cola-coloured urine needs checking, especially with strong muscle pain, weakness or "
        f"swelling after a massage or hard exercise. {_TODAY}; if you feel very unwell, go to A&E or call "
        "{emergency}."
    ),
    "anticoagulant_bruising": (
        "Large or unexplained bruises, or bleeding that is more than usual, while you take a blood thinner "
        f"should be checked. {_TODAY}. If bleeding doesn't stop after 20 to 30 minutes of pressure, go to A&E "
        "or call {emergency}."
    ),
    "fever_skin": (
        "A fever, or skin that is red, hot, swollen, spreading or weeping, needs a doctor's look rather than a "
        f"massage. {_TODAY}, and please postpone your massage until you're well."
    ),
    # Personal medical questions: see a doctor.
    "diagnosis": (
        "I'm not able to tell what's causing symptoms: that needs a doctor or another healthcare "
        "professional who can examine you. Please see your doctor, or contact {urgent} if it's "
        "getting worse. Trigger point therapy isn't a way to diagnose a problem."
    ),
    "medication": (
        "I can't advise on medicines or doses. A pharmacist or your doctor can tell you what's "
        "suitable for you, especially alongside anything you already take. Please don't stop or "
        "change a prescribed medicine without talking to them first."
    ),
    "treatment": (
        "I can't say whether massage would help a medical condition, and it isn't a replacement for "
        "medical care. Please ask your doctor or physiotherapist first: they can tell you whether "
        "trigger point work is suitable alongside your care. If they're happy, tell your therapist at "
        "your intake so the session can be adapted."
    ),
    # Not in the brief's lists, so its default rule (the cautious position: the midwife), and now.
    "pregnancy_concern": (
        "A change in your baby's movements is something your midwife or maternity unit wants to hear about "
        "straight away: please call them now rather than waiting to see, and don't book a massage for it. "
        "If you're bleeding, in severe pain or very unwell, call {emergency}."
    ),
    "pregnancy_signs": (
        "In pregnancy, what you describe is something your midwife or maternity unit wants to know about "
        "today: please call them now rather than waiting to see, and don't book a massage for it. If you're "
        "bleeding heavily, in severe pain, or very unwell, call {emergency}."
    ),
    # Which professional to ask about a health matter.
    "which_professional": (
        "Your GP (family doctor) is the right person to start with. If a specialist or a nurse already looks "
        "after that condition, they can answer too, and the two can talk to each other. If it's getting worse, "
        "contact {urgent}."
    ),
    "symptoms": (
        "Symptoms like that should be checked by a doctor, especially numbness, tingling, weakness or "
        "pain that isn't settling. Please see your doctor, or contact {urgent} if it's getting worse, "
        "before booking a massage for it."
    ),
    "blood_pressure": (
        "A blood pressure reading that high should be checked by your doctor before a massage: firm "
        "pressure, trigger point work included, can raise blood pressure further. Please see your doctor or "
        "pharmacist first, postpone until they're happy, and tell your therapist at intake. If it comes with "
        "a severe headache, chest pain, breathlessness or changes in your vision, call {emergency} now."
    ),
    "general": (
        "That's a question for a doctor or another healthcare professional who can examine you; "
        "I can only give general information. Please see your doctor, or contact {urgent} if it's "
        "getting worse."
    ),
    # The safety net: a symptom the assistant could not place.
    "symptom": (
        "I can't tell what's behind that, and I'd rather not guess about your health. Please check with "
        "your GP or {urgent}. If this is happening now and it's severe or came on suddenly, call {emergency} now."
    ),
    # Pushing back on a referral: a guess, "probably nothing though", waiting it out, a massage instead.
    "referral_follow_up": (
        "I understand, but I can't guess what it is or tell you whether it's safe to wait, and a massage "
        "can't check it either. Please do get it looked at by your doctor, or contact {urgent} if it's "
        "getting worse, before booking a session for it. If it becomes severe or comes on suddenly, call "
        "{emergency} now."
    ),
}


def medical_reply(
    kind: str | None,
    profile: ClinicProfile,
    suggestion: FaqEntry | None = None,
    suggestions: list[tuple[str, str]] | None = None,
) -> Reply:
    """A doctor referral: same-day for the brief's §5b dangers, otherwise "see your doctor"."""
    kind = kind if kind in _MEDICAL else "general"
    text = _MEDICAL[kind].format(urgent=profile.urgent_advice, emergency=profile.emergency_number)
    text += (
        f" If you ever have chest pain, trouble breathing, sudden weakness or a swollen, hot calf with "
        f"breathlessness, call {profile.emergency_number} straight away."
    )
    buttons = [faq_button(suggestion)] if suggestion else list(suggestions or [])
    extra: dict[str, object] = {"kind": "referral", "reason": kind}
    if kind in SAME_DAY_KINDS:
        extra["urgency"] = "same_day"
    return Reply([text], _REFERRAL_TOPICS.get(kind, "medical"), buttons=buttons, extra=extra)


# A high blood pressure reading before a visit is the question whether to come (a contraindication, as
# the FAQ files it), answered with the referral.
_REFERRAL_TOPICS = {"blood_pressure": "contraindications"}


def noted_reply() -> Reply:
    """For a remark that adds to the conversation without asking anything ("I feel fine now, it was
    more of a release than anything"): taken in, and the door left open."""
    return Reply(
        [
            "Thanks for letting me know. Is there anything else you'd like to ask about trigger points, sessions, aftercare or booking?"
        ],
        "smalltalk",
        extra={"kind": "acknowledgement"},
    )


def acknowledgement_reply() -> Reply:
    return Reply(
        ["OK! What would you like to know? You can ask about trigger points, sessions, aftercare or booking."],
        "smalltalk",
        extra={"kind": "acknowledgement"},
    )


def capabilities_text(profile: ClinicProfile) -> str:
    return (
        f"I'm {profile.name}'s automated assistant. I can answer general questions about trigger points, "
        "what happens in a session, soreness and aftercare, who should check with a doctor first, and "
        "clinic information such as opening hours, prices and booking. I can't give medical advice."
    )


def capabilities_reply(profile: ClinicProfile) -> Reply:
    text = capabilities_text(profile) + (
        " I can also check with you whether you're ready to book, or put you in touch with the front desk."
    )
    return Reply([text], "smalltalk")


def out_of_scope_reply(profile: ClinicProfile, screening: Screening = Screening.OK) -> Reply:
    if screening is Screening.EMPTY:
        text = "It looks like your message was empty. What would you like to know?"
    elif screening is Screening.NO_WORDS:
        text = "I can only read words, not symbols or emoji. Could you type your question?"
    elif screening is Screening.CODE:
        text = "That looks like code or a command, which I can't run. Could you type your question in plain words?"
    elif screening is Screening.OTHER_LANGUAGE:
        text = (
            "Sorry, I can only answer in English. If you'd like help in another language, please call "
            f"the front desk on {profile.phone}. In an emergency, call {profile.emergency_number}."
        )
    else:
        text = "Sorry, that's outside what I can help with."
    return Reply([f"{text} {capabilities_text(profile)}"], "out_of_scope", extra={"kind": "out_of_scope"})


def clinic_reply(text: str, sections: list[str]) -> Reply:
    return Reply([text], "clinic", extra={"sections": sections})


def other_language_clinic_reply(text: str, sections: list[str], profile: ClinicProfile) -> Reply:
    """A front-desk answer to a question asked in another language: the facts in English, and where to
    get help in the client's own language."""
    return clinic_reply(
        f"{_ENGLISH_ONLY}Here is what I think you asked: {text} For help in your language, please call the "
        f"front desk on {profile.phone}.",
        sections,
    )
