"""Staying with a health matter the client raised a turn ago.

After "please check with your midwife first" or "please see your doctor about that", clients rarely
start a new subject. They add a detail or ask where that leaves them: "20 weeks", "is that a no
then?", "my INR has been stable for ages tho", "what about just my back then", "she's fine now, off
the meds", "ok who should I see", "it's Wednesday now and it's not getting better". On its own such a
message matches nothing, and "I don't have a good answer" or "out of scope" would drop the client at
the point the advice matters. Read against the answer just given, it is that matter still: the
advice holds, and is given again with a line that says so.

The thread is the assistant's previous answer only: a contraindication entry (every one asks the
client to check with their doctor or midwife), an aftercare answer that sends a symptom to the doctor
(`SYMPTOM_ADVICE`), or a doctor referral. A message that is plainly
something else (a greeting or thanks, a front-desk question, a dog's limp) leaves it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.clinic_answers import clinic_sections
from bot.out_of_scope import about_something_else
from bot.smalltalk import pure_smalltalk
from bot.text_normalization import normalize

CONTRAINDICATIONS = "contraindications"
# The entry for a thread the client's doctor has already answered ("GP's had a look and said massage is
# fine"): not the referral again, but what to do with the doctor's word.
DOCTORS_WORD_ENTRY = "con-doctor-has-cleared-me"
# Aftercare answers that send a symptom to the doctor, and the referral a follow-up about that symptom
# gets: "it's been 3 days and it's still there in my little finger" after the numbness answer.
SYMPTOM_ADVICE = {
    "aft-numbness-after": "limb_nerve",
    "aft-swollen-leg-after": "clot_signs",
    "aft-worse-after": "worsening_soreness",
    "aft-when-to-see-doctor": "worsening_soreness",
}
# Answers on the usual course of after-effects (a day or two of soreness, a small bruise). A follow-up
# that says the client's own goes past it is brief §3's "not normal" and §5b's same-day advice: "mine's
# been 2 weeks and it's getting bigger", "what if it's still bad after a week?".
USUAL_COURSE = frozenset(
    {
        "aft-soreness-normal",
        "aft-how-long-soreness",
        "aft-bruising",
        "aft-stiff-next-day",
        "aft-headache-after",
        "aft-soreness-relief",
        "aft-tired-after",
    }
)
PAST_THE_USUAL_KIND = "worsening_soreness"
_PAST_THE_USUAL = re.compile(
    r"\b(?:getting (?:worse|bigger|darker|more painful|more sore)|(?:worse|bigger|spreading|growing)\b(?! than (?:before|i expected))|"
    r"(?:still|been|it'?s been|for|over|more than|after|nearly|almost) (?:a |one |two |three |four |\d{1,2} |a couple of |a few |several )?"
    r"(?:weeks?|wks?|fortnight)|"
    r"(?:still|been|it'?s been|for|over|more than|after|nearly|almost) (?:four|five|six|seven|eight|nine|ten|[4-9]|1\d|a few|several) days|"
    r"still (?:bad|as bad|sore|really sore|there|hurting|aching|tender|painful|killing)|not (?:going|gone|easing|eased|settling|settled|"
    r"getting (?:any )?better|any better|fading|faded)|hasn'?t (?:gone|eased|settled|stopped|improved|faded|got (?:any )?better)|"
    r"won'?t (?:go|ease|settle|fade))\b"
)
# Whether something would worsen it, asked: "is a hot shower fine or would that make it worse".
_WOULD_IT_WORSEN = re.compile(
    r"\b(?:would|could|will|might|does|do|can|is|won'?t|wouldn'?t) (?:\w+ ){0,3}?make (?:it|things|them|this|that|the \w+|me) worse\b"
)
# Supposed, not told: "and if it's still bad after that?" is answered by the answer's own sentence on when
# to see the doctor (`bot.answer_parts`).
_SUPPOSED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|oh)\W+)?(?:what if|what happens if|if|what about if|suppose|say)\b"
)
# Longer than this, a message says enough to be read on its own.
THREAD_WORDS = 16
# …unless it asks whether the visit can still go ahead, which only the matter just answered decides: "ok
# I'll book in with my doctor. in the meantime can I still come to my massage next week?"
THREAD_WORDS_STILL_TO_COME = 30
_STILL_TO_COME = re.compile(
    r"(?:can|could|should|shall|do|is it (?:ok|okay|fine|alright|safe) (?:if|for me to|to)) (?:i )?(?:still )?"
    r"(?:come|keep|have|go ahead with|make|attend|do) (?:in )?(?:to |with )?(?:my|the|our|tomorrow'?s|next week'?s|\w+day'?s)? ?"
    r"(?:massage|appointment|appt|session|booking|treatment|visit)\b|\b(?:in the meantime|meanwhile|until then|till then)\b"
)


# Whether the visit can still go ahead, asked after the matter was answered: "so can I still book in for
# trigger point?", "still ok to come thursday then?". The matter's answer decides it, however the model
# reads the booking words.
_STILL_GO_AHEAD = re.compile(
    r"\b(?:can|could|may|shall|should) (?:i|we|he|she|they) still (?:come|book|have|get|go ahead|keep|do)\b|"
    r"\b(?:is it |it'?s |so )?still (?:ok|okay|fine|safe|alright|all right) (?:for me |for (?:him|her) )?to (?:come|book|have|go ahead|keep)\b"
)


def asks_to_still_go_ahead(text: str) -> bool:
    return bool(_STILL_GO_AHEAD.search(normalize(text)))


@dataclass(frozen=True)
class HealthThread:
    """The health matter of the assistant's previous answer: a contraindication entry, or the
    reason of a doctor referral (`medical_reply`'s kind)."""

    faq_id: str | None = None
    referral: str | None = None


def thread_of(previous_answer: Mapping[str, object] | None) -> HealthThread | None:
    """The thread the previous answer (its `Reply.custom()` data) opened, if it was about health."""
    if not previous_answer:
        return None
    faq_id = previous_answer.get("faq_id")
    if previous_answer.get("topic") == CONTRAINDICATIONS and isinstance(faq_id, str):
        return HealthThread(faq_id=faq_id)
    if faq_id in SYMPTOM_ADVICE:
        return HealthThread(referral=SYMPTOM_ADVICE[faq_id])
    if previous_answer.get("kind") == "referral":
        reason = previous_answer.get("reason")
        return HealthThread(referral=reason if isinstance(reason, str) else "general")
    return None


def goes_past_the_usual(previous_faq_id: str | None, text: str) -> bool:
    """After an answer on the usual course of soreness or bruising, the client says theirs goes past it."""
    return (
        previous_faq_id in USUAL_COURSE
        and len(text.split()) <= THREAD_WORDS
        and not about_something_else(text)
        and not _SUPPOSED.match(normalize(text))
        and bool(_PAST_THE_USUAL.search(_WOULD_IT_WORSEN.sub(" ", normalize(text))))
    )


# Front-desk matters that are not about whether or when to come: "fair enough. what days is Sam working?",
# "will you send him the confirmation or me?". (Keeping, moving or cancelling the booking stays with the
# matter: the advice decides it.)
_WHETHER_TO_COME = frozenset({"booking", "same_day", "cancellation"})
_BOOKING_ADMIN = re.compile(
    r"\b(?:confirmation|confirm (?:email|text)|reminders?|receipt|invoice|surprise|name on (?:the|my) booking)\b"
)


def _turns_to_the_front_desk(text: str) -> bool:
    sections = set(clinic_sections(text))
    return bool(sections - _WHETHER_TO_COME) or ("booking" in sections and bool(_BOOKING_ADMIN.search(normalize(text))))


def carries_the_thread(text: str) -> bool:
    """A short message that adds to or asks about the matter just answered, rather than thanking,
    greeting or turning to something else. A bare "ok" or "thanks" is no question; "so no?" is."""
    words = text.split()
    limit = THREAD_WORDS_STILL_TO_COME if _STILL_TO_COME.search(normalize(text)) else THREAD_WORDS
    if not words or len(words) > limit or about_something_else(text) or _turns_to_the_front_desk(text):
        return False
    smalltalk = pure_smalltalk(text)
    return smalltalk is None or ("?" in text and smalltalk == "affirm")
