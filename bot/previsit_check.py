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
from bot.health_vocabulary import BLOOD_THINNER_NAMES
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
    MEDICAL_ADVICE_TODAY = 4  # brief §5b: a possible clot now is not a booking question


@dataclass(frozen=True)
class Variant:
    """A "yes" whose own words change the outcome: "yes, but it's well controlled"."""

    name: str  # stored as the slot's value
    words: re.Pattern[str]
    outcome: Outcome
    reason: str


@dataclass(frozen=True)
class CheckQuestion:
    slot: str
    text: str
    reason: str  # names the reason in the outcome ("a recent injury")
    if_yes: Outcome
    advice: str  # what to do about it, shown with the outcome
    mentions: re.Pattern[str]  # a statement naming this, e.g. "I had knee surgery", reads as yes
    # "Not sure" is always a reason to check, never a "no" (at least a doctor's check).
    if_not_sure: Outcome = Outcome.CHECK_WITH_DOCTOR
    variants: tuple[Variant, ...] = ()
    long_ago_is_no: bool = False  # the question asks about a recent time ("in the last 3 months")


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})")


# Everyday and brand names, so "only Eliquis" or "I'm on Xarelto" is a yes.
BLOOD_THINNERS = (
    r"thinner|blood thin|thins? (?:my|the) blood|anti-?coag|anti-?platelet|haemophilia|hemophilia|"
    rf"bleeding disorder|von willebrand|low platelets|aspirin|{'|'.join(BLOOD_THINNER_NAMES)}"
)
OPERATIONS = (
    r"surgery|operation|operated|op\b|c[- ]?section|caesarean|cesarean|keyhole|laparoscop|arthroscop|"
    r"replacement|replaced|stitches|hysterectomy|append\w*|gall ?bladder|mastectomy|lumpectomy|"
    r"bypass|stent|hernia repair|spinal fusion|fusion|discectomy|reconstruction|tonsils? out|"
    r"(?:had|got) (?:my|an?|the) \w+(?: \w+)? (?:out|removed|repaired|fixed|pinned|plated)\b|procedure"
)
_CONTROLLED = _words(
    r"controlled|under control|well managed|managed|stable|on (?:tablets|medication|meds|pills)|normal now"
)

QUESTIONS: tuple[CheckQuestion, ...] = (
    CheckQuestion(
        "pv_unwell",
        "Do you have a fever or feel unwell (flu, a bad cold, an infection), or have anything catching on "
        "your skin such as a cold sore, shingles, impetigo, scabies, ringworm or athlete's foot?",
        "feeling unwell, a fever or something catching",
        Outcome.POSTPONE,
        "please wait until you have felt well again for a couple of days and nothing is catching any more",
        _words(
            r"fever|temperature|flu|cold\b|unwell|ill\b|sick|infection|covid|virus|poorly|bug|"
            r"cold sore|shingles|impetigo|scabies|ringworm|athlete|verruca|chicken ?pox|contagious|catching"
        ),
    ),
    CheckQuestion(
        "pv_new_injury",
        "Have you had a new injury, such as a sprain, strain or fall, in the last few days?",
        "a new injury",
        Outcome.POSTPONE,
        "the injured area shouldn't be massaged for the first couple of days; see a doctor if it is severe",
        _words(r"injur|sprain|strain|fell|fall|twisted|pulled|tore|torn|rolled|hurt my|crash|accident"),
        long_ago_is_no=True,
    ),
    CheckQuestion(
        "pv_calf_now",
        "Right now, is one of your calves or legs swollen, warm, red or painful?",
        "a swollen, warm or painful calf or leg now, which can be a sign of a blood clot",
        Outcome.MEDICAL_ADVICE_TODAY,
        "please get medical advice about it today, before any massage",
        _words(r"swollen|swelling|puffy|warm|hot\b|red\b|painful|aching|achy|sore|tender|hurts?\b|throbbing"),
        if_not_sure=Outcome.MEDICAL_ADVICE_TODAY,
    ),
    CheckQuestion(
        "pv_clot",
        "Have you ever had a blood clot or DVT?",
        "a blood clot or DVT in the past",
        Outcome.CHECK_WITH_DOCTOR,
        "a past clot usually means your doctor should OK deep pressure first",
        _words(r"clot|dvt|thrombosis|embolism|\bpe\b"),
    ),
    CheckQuestion(
        "pv_blood_thinners",
        "Do you take blood thinners (such as warfarin, apixaban/Eliquis or rivaroxaban/Xarelto), or have a "
        "bleeding disorder?",
        "blood thinners or a bleeding disorder",
        Outcome.CHECK_WITH_DOCTOR,
        "deep pressure can cause bruising or bleeding, so ask the doctor who prescribes them first",
        _words(BLOOD_THINNERS),
    ),
    CheckQuestion(
        "pv_recent_surgery",
        "Have you had surgery or an operation (including a caesarean) in the last 3 months?",
        "surgery in the last 3 months",
        Outcome.CHECK_WITH_DOCTOR,
        "your surgeon or doctor should say when pressure near the area is safe",
        _words(OPERATIONS),
        long_ago_is_no=True,
    ),
    CheckQuestion(
        "pv_pregnancy",
        "Are you pregnant?",
        "pregnancy",
        Outcome.CHECK_WITH_DOCTOR,
        "please check with your midwife or doctor, and book a pregnancy-trained therapist",
        _words(r"pregnan|expecting|weeks gone|trimester|baby due|bump"),
    ),
    CheckQuestion(
        "pv_cancer_treatment",
        "Are you having treatment for cancer at the moment?",
        "current cancer treatment",
        Outcome.CHECK_WITH_DOCTOR,
        "please ask your oncology team first; deep trigger point work usually isn't suitable during treatment",
        _words(r"cancer|chemo|radiotherapy|radiation|oncolog|tumou?r|immunotherapy"),
    ),
    CheckQuestion(
        "pv_heart",
        "Do you have a heart condition (such as heart failure, AF or a pacemaker), or have you had a heart attack?",
        "a heart condition or a heart attack",
        Outcome.CHECK_WITH_DOCTOR,
        "massage needs your doctor's approval, and none while recovering from a heart attack",
        _words(
            r"heart|cardiac|angina|\baf\b|a-?fib|atrial|fibrillation|pacemaker|\bicd\b|defibrillator|"
            r"arrhythmia|stent|bypass|valve"
        ),
    ),
    CheckQuestion(
        "pv_blood_pressure",
        "Do you have high blood pressure that isn't under control, or don't you know your blood pressure?",
        "high blood pressure that isn't controlled, or not known",
        Outcome.CHECK_WITH_DOCTOR,
        "firm pressure can raise blood pressure, so check with your doctor first",
        _words(r"blood pressure|\bbp\b|hypertension|high pressure"),
        variants=(
            Variant(
                "controlled",
                _CONTROLLED,
                Outcome.TELL_THERAPIST,
                "high blood pressure that is under control",
            ),
        ),
    ),
    CheckQuestion(
        "pv_osteoporosis",
        "Do you have osteoporosis or fragile bones?",
        "osteoporosis or fragile bones",
        Outcome.CHECK_WITH_DOCTOR,
        "pressure has to be adapted, so check with your doctor first",
        _words(r"osteopor|osteopen|fragile bones|brittle bones|bone density|weak bones"),
    ),
    CheckQuestion(
        "pv_skin",
        "Do you have an open wound, rash, burn or other skin problem where you'd like to be treated?",
        "a skin problem where you'd like treatment",
        Outcome.TELL_THERAPIST,
        "the therapist will work around it; if it could be an infection, wait until it has cleared",
        _words(r"rash|wound|cut|graze|eczema|psoriasis|blister|burn|scar|bruise|sore skin|dermatitis"),
    ),
)
BY_SLOT = {q.slot: q for q in QUESTIONS}

_STOP = re.compile(
    r"\b(?:stop|never ?mind|forget it|quit|exit|cancel (?:this|that|the check)|skip (?:this|it|the check)|no more questions)\b"
)
_UNSURE = re.compile(
    r"\b(?:not sure|unsure|don'?t know|dont know|dunno|no idea|maybe|possibly|perhaps|might (?:be|have)|"
    r"can'?t remember|not certain|i'?m not certain|could be|not that i know|i don'?t think so but)\b"
)
_NO = re.compile(
    r"^(?:no+|nope|nah|n|not really|never|none|negative|not at all|i'?m not|i am not|i don'?t|i do not|"
    r"i haven'?t|i have not|haven'?t|don'?t)\b"
)
_YES = re.compile(
    r"^(?:yes+|yeah|yea|yep|yup|ya|y|i do|i am|i'?m|i have|i'?ve|i did|i think so|correct|right|sure|"
    r"definitely|absolutely|affirmative|true|ok yes|yes please)\b"
)
# "I'm fine", "all good" as the whole answer: every question asks about a problem, so these
# mean no. "Well, I had a DVT" or "fine, had a c-section" say more, and are read for it.
_FINE = re.compile(
    r"^(?:i'?m |i am |i feel |feeling |all )?(?:fine|ok|okay|good|great|well|healthy|all good|perfectly fine)"
    r"(?:,? (?:thanks|thank you|thx|ty))?$"
)
# After a "no": words that bring in something else ("no, but…", "no, only…").
_MORE_TO_SAY = re.compile(r"\b(?:but|only|just|except|apart from|although|though|however|well|actually|used to)\b")
_QUESTION = re.compile(
    r"\?\s*$|^(?:what|why|how|when|where|which|who|can|could|is|are|does|do you|should|will|would|may)\b"
)
# Splits an answer into the parts a negation can reach: "no clot, but I'm on apixaban".
_PART = re.compile(r"\s*(?:[,;.!]|\bbut\b|\bonly\b|\bexcept\b|\bapart from\b|\bthough\b|\balthough\b)\s*")
_NEGATED = re.compile(
    r"\b(?:no|not|never|haven'?t|hasn'?t|don'?t|didn'?t|isn'?t|aren'?t|wasn'?t|without|nor|neither)\b"
)
_LONG_AGO = re.compile(
    r"\b(?:years? ago|yrs? ago|last year|(?:[4-9]|1[0-2]|four|five|six|seven|eight|nine|ten|eleven|twelve) months ago|"
    r"in (?:19|20)\d\d|as a (?:kid|child|teenager)|when i was (?:a kid|little|young|younger|\d+))\b"
)


def is_stop_request(text: str) -> bool:
    return bool(_STOP.search(normalize(text)))


def _mentioned(question: CheckQuestion, answer: str) -> bool | None:
    """True if the answer names this question's matter as present; False if it names it
    only negated ("no clot", "never had an operation"); None if it doesn't name it."""
    named = None
    for part in _PART.split(answer):
        for found in question.mentions.finditer(part):
            if not _NEGATED.search(part[: found.start()]):
                return True
            named = False
    return named


def parse_answer(question: CheckQuestion, text: str) -> str | None:
    """Read a free-text answer to `question`: an `Answer` value, a variant's name, or None
    if the text isn't an answer to it (then the message is handled as a message)."""
    t = normalize(text).strip(" .!,")
    if not t or is_stop_request(t):
        return None
    if _UNSURE.search(t):
        return Answer.NOT_SURE.value
    mentioned = _mentioned(question, t)
    if mentioned:
        # Whatever words surround it, the client named it: "well, I had a DVT", "no, only apixaban".
        if question.long_ago_is_no and _LONG_AGO.search(t):
            return Answer.NO.value
        return _yes(question, t)
    if mentioned is False and not _MORE_TO_SAY.search(t):
        return Answer.NO.value
    if _FINE.match(t):
        return Answer.NO.value
    if _NO.match(t):
        # "no, but my calf…" says something else: not a plain no.
        return None if _MORE_TO_SAY.search(t) else Answer.NO.value
    if _QUESTION.search(t):
        return None  # a question mid-check is a digression, answered before coming back
    if _YES.match(t):
        return _yes(question, t)
    return None


def _yes(question: CheckQuestion, text: str) -> str:
    for variant in question.variants:
        if variant.words.search(text):
            return variant.name
    return Answer.YES.value


@dataclass(frozen=True)
class Assessment:
    outcome: Outcome
    reasons: dict[Outcome, list[tuple[CheckQuestion, str]]]  # the question and the reason as named
    answers: dict[str, str]


def assess(answers: dict[str, str | None]) -> Assessment:
    """The strictest outcome any answer leads to, with every reason grouped by outcome."""
    parsed: dict[str, str] = {}
    reasons: dict[Outcome, list[tuple[CheckQuestion, str]]] = {}
    for question in QUESTIONS:
        value = answers.get(question.slot)
        if value is None:
            continue
        variant = next((v for v in question.variants if v.name == value), None)
        if variant is not None:
            outcome, reason = variant.outcome, variant.reason
        else:
            answer = Answer(value)
            outcome = {Answer.YES: question.if_yes, Answer.NOT_SURE: question.if_not_sure}.get(answer, Outcome.FINE)
            reason = question.reason
        parsed[question.slot] = value
        if outcome is not Outcome.FINE:
            reasons.setdefault(outcome, []).append((question, reason))
    overall = max(reasons, default=Outcome.FINE)
    return Assessment(overall, reasons, parsed)


def _listing(reasons: list[tuple[CheckQuestion, str]]) -> str:
    return "; ".join(f"{reason} ({question.advice})" for question, reason in reasons)


def _answered(slot: str, value: str) -> str:
    question = BY_SLOT[slot]
    variant = next((v for v in question.variants if v.name == value), None)
    if variant is not None:
        return f"{variant.reason}: yes"
    return f"{question.reason}: {value.replace('_', ' ')}"


# What happens to the answers: they are events of this conversation in the tracker store,
# deleted with it under the clinic's retention (`make purge`); the check's slots are cleared
# when it ends, when it starts again and when a new session starts.
KEPT = (
    "Your answers are saved only as part of this chat, which the clinic deletes on its usual schedule; "
    "they're cleared from the check now, so a new check starts afresh."
)


def summary_lines(assessment: Assessment, profile: ClinicProfile) -> list[str]:
    """The outcome, its reasons, what to do next, and the answers to show at intake."""
    book = f"book online at {profile.booking_url} or call {profile.phone}"
    reasons = assessment.reasons
    lines: list[str] = []
    if assessment.outcome is Outcome.MEDICAL_ADVICE_TODAY:
        lines.append(
            f"Please get medical advice today from your GP or {profile.urgent_advice}, before booking, because of: "
            f"{_listing(reasons[Outcome.MEDICAL_ADVICE_TODAY])}. If you also become short of breath or have chest "
            f"pain, call {profile.emergency_number} now."
        )
    elif assessment.outcome is Outcome.CHECK_WITH_DOCTOR:
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
    if assessment.outcome > Outcome.CHECK_WITH_DOCTOR and Outcome.CHECK_WITH_DOCTOR in reasons:
        lines.append(f"Also check with your doctor about: {_listing(reasons[Outcome.CHECK_WITH_DOCTOR])}.")
    if assessment.outcome > Outcome.POSTPONE and Outcome.POSTPONE in reasons:
        lines.append(f"Also, please postpone while you have: {_listing(reasons[Outcome.POSTPONE])}.")
    if assessment.outcome > Outcome.TELL_THERAPIST and Outcome.TELL_THERAPIST in reasons:
        lines.append(f"Also tell your therapist about: {_listing(reasons[Outcome.TELL_THERAPIST])}.")
    answered = "; ".join(_answered(slot, value) for slot, value in assessment.answers.items())
    lines.append(f"Your answers, to show at your intake: {answered}. {KEPT}")
    return lines
