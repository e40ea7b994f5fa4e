"""The pre-visit check: a short contraindication screening before booking (domain brief §4).

Plain rules, no Rasa: which questions are asked, how a free-text answer is read,
and which outcome the answers lead to. "Not sure" always counts as a reason to
check, never as a "no".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, IntEnum

from bot.clinic_profile import ClinicProfile
from bot.text_normalization import normalize


class Answer(str, Enum):
    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


class Outcome(IntEnum):
    """Ordered by how much it holds the booking back; the strictest reason wins."""

    FINE = 0
    TELL_THERAPIST = 1
    POSTPONE = 2
    CHECK_WITH_DOCTOR = 3


@dataclass(frozen=True)
class CheckQuestion:
    slot: str
    text: str
    reason: str  # names the reason in the outcome ("a recent injury")
    if_yes: Outcome
    if_not_sure: Outcome
    advice: str  # what to do about it, shown with the outcome
    mentions: re.Pattern[str]  # a statement naming this, e.g. "I had knee surgery", reads as yes


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})")


QUESTIONS: tuple[CheckQuestion, ...] = (
    CheckQuestion(
        "pv_unwell",
        "Do you have a fever, or feel unwell (flu, a bad cold, an infection) right now?",
        "feeling unwell or a fever",
        Outcome.POSTPONE,
        Outcome.TELL_THERAPIST,
        "please wait until you have felt well again for a couple of days",
        _words(r"fever|temperature|flu|cold|unwell|ill\b|sick|infection|covid|virus|poorly|bug"),
    ),
    CheckQuestion(
        "pv_new_injury",
        "Have you had a new injury, such as a sprain, strain or fall, in the last few days?",
        "a new injury",
        Outcome.POSTPONE,
        Outcome.TELL_THERAPIST,
        "the injured area shouldn't be massaged for the first couple of days; see a doctor if it is severe",
        _words(r"injur|sprain|strain|fell|fall|twisted|pulled|tore|torn|rolled|hurt my|crash|accident"),
    ),
    CheckQuestion(
        "pv_clot",
        "Have you ever had a blood clot or DVT, or is one calf swollen and painful now?",
        "a blood clot or DVT",
        Outcome.CHECK_WITH_DOCTOR,
        Outcome.CHECK_WITH_DOCTOR,
        "a clot, now or in the past, needs your doctor's OK first",
        _words(r"clot|dvt|thrombosis|embolism|\bpe\b"),
    ),
    CheckQuestion(
        "pv_blood_thinners",
        "Do you take blood thinners (such as warfarin or apixaban), or have a bleeding disorder?",
        "blood thinners or a bleeding disorder",
        Outcome.CHECK_WITH_DOCTOR,
        Outcome.CHECK_WITH_DOCTOR,
        "deep pressure can cause bruising or bleeding, so ask the doctor who prescribes them first",
        _words(
            r"thinner|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|heparin|anticoag|"
            r"haemophilia|hemophilia|bleeding disorder|low platelets|aspirin"
        ),
    ),
    CheckQuestion(
        "pv_recent_surgery",
        "Have you had surgery or an operation in the last 3 months?",
        "surgery in the last 3 months",
        Outcome.CHECK_WITH_DOCTOR,
        Outcome.TELL_THERAPIST,
        "your surgeon or doctor should say when pressure near the area is safe",
        _words(r"surgery|operation|operated|op\b|c[- ]?section|caesarean|cesarean|keyhole|replacement|stitches"),
    ),
    CheckQuestion(
        "pv_pregnancy",
        "Are you pregnant?",
        "pregnancy",
        Outcome.CHECK_WITH_DOCTOR,
        Outcome.TELL_THERAPIST,
        "please check with your midwife or doctor, and book a pregnancy-trained therapist",
        _words(r"pregnan|expecting|weeks gone|trimester|baby due|bump"),
    ),
    CheckQuestion(
        "pv_cancer_treatment",
        "Are you having treatment for cancer at the moment?",
        "current cancer treatment",
        Outcome.CHECK_WITH_DOCTOR,
        Outcome.CHECK_WITH_DOCTOR,
        "please ask your oncology team first; deep trigger point work usually isn't suitable during treatment",
        _words(r"cancer|chemo|radiotherapy|radiation|oncolog|tumou?r|immunotherapy"),
    ),
    CheckQuestion(
        "pv_osteoporosis",
        "Do you have osteoporosis or fragile bones?",
        "osteoporosis or fragile bones",
        Outcome.CHECK_WITH_DOCTOR,
        Outcome.TELL_THERAPIST,
        "pressure has to be adapted, so check with your doctor first",
        _words(r"osteopor|osteopen|fragile bones|brittle bones|bone density|weak bones"),
    ),
    CheckQuestion(
        "pv_skin",
        "Do you have a skin infection, open wound or rash where you'd like to be treated?",
        "a skin problem where you'd like treatment",
        Outcome.TELL_THERAPIST,
        Outcome.TELL_THERAPIST,
        "the therapist will work around it; if it could be an infection, wait until it has cleared",
        _words(r"rash|wound|cut|graze|infection|eczema|psoriasis|shingles|cold sore|blister|burn|athlete|impetigo"),
    ),
)
BY_SLOT = {q.slot: q for q in QUESTIONS}

_STOP = re.compile(
    r"\b(?:stop|never ?mind|forget it|quit|exit|cancel (?:this|that|the check)|skip (?:this|it|the check)|no more questions)\b"
)
_UNSURE = re.compile(
    r"\b(?:not sure|unsure|don'?t know|dont know|dunno|no idea|maybe|possibly|perhaps|might (?:be|have)|"
    r"can'?t remember|not certain|i'?m not certain|could be)\b"
)
_NO = re.compile(
    r"^(?:no+|nope|nah|n|not really|never|none|negative|not at all|i'?m not|i am not|i don'?t|i do not|"
    r"i haven'?t|i have not|haven'?t|don'?t)\b"
)
_YES = re.compile(
    r"^(?:yes+|yeah|yea|yep|yup|ya|y|i do|i am|i'?m|i have|i'?ve|i did|i think so|correct|right|sure|"
    r"definitely|absolutely|affirmative|true|ok yes|yes please)\b"
)
# "I'm fine", "all good": every question asks about a problem, so these mean no.
_FINE = re.compile(
    r"^(?:i'?m |i am |i feel |feeling |all )?(?:fine|ok|okay|good|great|well|healthy|all good|perfectly fine)\b"
)
_QUESTION = re.compile(
    r"\?\s*$|^(?:what|why|how|when|where|which|who|can|could|is|are|does|do you|should|will|would|may)\b"
)
_NEGATED = re.compile(r"\b(?:no|not|never|haven'?t|hasn'?t|don'?t|didn'?t|isn'?t|aren'?t|without)\b")


def is_stop_request(text: str) -> bool:
    return bool(_STOP.search(normalize(text)))


def parse_answer(question: CheckQuestion, text: str) -> Answer | None:
    """Read a free-text answer to `question`; None if the text isn't an answer to it."""
    t = normalize(text).strip(" .!,")
    if not t or is_stop_request(t):
        return None
    if _UNSURE.search(t):
        return Answer.NOT_SURE
    if _NO.match(t) or _FINE.match(t):
        return Answer.NO
    if _QUESTION.search(t):
        return None  # a question mid-check is a digression, answered before coming back
    if _YES.match(t) and not question.mentions.search(t):
        return Answer.YES
    found = question.mentions.search(t)
    if found:
        before = t[: found.start()]
        return Answer.NO if _NEGATED.search(before.split(",")[-1]) else Answer.YES
    if _YES.match(t):
        return Answer.YES
    return None


@dataclass(frozen=True)
class Assessment:
    outcome: Outcome
    reasons: dict[Outcome, list[CheckQuestion]]
    answers: dict[str, Answer]


def assess(answers: dict[str, Answer | str | None]) -> Assessment:
    """The strictest outcome any answer leads to, with every reason grouped by outcome."""
    parsed: dict[str, Answer] = {}
    reasons: dict[Outcome, list[CheckQuestion]] = {}
    for question in QUESTIONS:
        value = answers.get(question.slot)
        if value is None:
            continue
        answer = Answer(value)
        parsed[question.slot] = answer
        outcome = {Answer.YES: question.if_yes, Answer.NOT_SURE: question.if_not_sure}.get(answer, Outcome.FINE)
        if outcome is not Outcome.FINE:
            reasons.setdefault(outcome, []).append(question)
    overall = max(reasons, default=Outcome.FINE)
    return Assessment(overall, reasons, parsed)


def _listing(questions: list[CheckQuestion]) -> str:
    return "; ".join(f"{q.reason} ({q.advice})" for q in questions)


_LABEL = {Answer.YES: "yes", Answer.NO: "no", Answer.NOT_SURE: "not sure"}


def summary_lines(assessment: Assessment, profile: ClinicProfile) -> list[str]:
    """The outcome, its reasons, what to do next, and the answers to show at intake."""
    book = f"book online at {profile.booking_url} or call {profile.phone}"
    reasons = assessment.reasons
    lines: list[str] = []
    if assessment.outcome is Outcome.CHECK_WITH_DOCTOR:
        lines.append(
            "Please check with your doctor before booking, because of: "
            f"{_listing(reasons[Outcome.CHECK_WITH_DOCTOR])}. Once they're happy, {book}."
        )
    elif assessment.outcome is Outcome.POSTPONE:
        lines.append(
            f"Please postpone for now, because of: {_listing(reasons[Outcome.POSTPONE])}. "
            f"When that has passed, {book}. If you already have an appointment, call us to move it."
        )
    elif assessment.outcome is Outcome.TELL_THERAPIST:
        lines.append(
            "You can book, but please tell your therapist first about: "
            f"{_listing(reasons[Outcome.TELL_THERAPIST])}. To book, {book}."
        )
    else:
        lines.append(
            "From your answers you're fine to book: " + book + ". At your intake, tell your therapist "
            "about any health conditions, medicines or recent changes, and what you'd like help with."
        )
    if assessment.outcome > Outcome.POSTPONE and Outcome.POSTPONE in reasons:
        lines.append(f"Also, please postpone while you have: {_listing(reasons[Outcome.POSTPONE])}.")
    if assessment.outcome > Outcome.TELL_THERAPIST and Outcome.TELL_THERAPIST in reasons:
        lines.append(f"Also tell your therapist about: {_listing(reasons[Outcome.TELL_THERAPIST])}.")
    answered = "; ".join(f"{BY_SLOT[slot].reason}: {_LABEL[answer]}" for slot, answer in assessment.answers.items())
    lines.append(f"Your answers, to show at your intake: {answered}. I don't keep them after this conversation.")
    return lines
