"""Pushing back on a doctor referral, said right after one.

After "please see your doctor about that", clients often try once more: they play it down ("it's
probably just DOMS though isn't it"), ask for a guess anyway ("ok but can you at least guess"), ask
whether to wait it out, or whether a massage or the therapist could look at it instead ("would it hurt
to try the massage anyway while we wait for the GP?"). Each of these is the same personal medical
question again, and gets the referral again; a new question ("can I still book in the meantime?")
does not.
"""

from __future__ import annotations

import re

from bot.clauses import prepare

_PRESSES_ON_A_REFERRAL = re.compile(
    # A guess asked for anyway.
    r"\b(?:at least|just|can'?t you|could you|can you|please)\b(?:\W+\w+){0,2}?\W+(?:guess|give me (?:an idea|a clue|a rough idea))\b|"
    r"\b(?:best|rough|educated) guess\b|\bwhat (?:do|would) you (?:think|guess|reckon) it (?:is|could be|might be)\b|"
    r"\bwhat (?:could|might|would) it be\b|\byour (?:opinion|guess|best guess)\b|"
    # Played down: "it's probably just DOMS though isn't it", "surely it's nothing".
    r"\b(?:probably|prob|surely|must be|i bet|i reckon|i'?m sure) (?:it'?s |its |it is |that'?s |thats )?(?:just|only|nothing|fine)\b|"
    r"\b(?:it'?s|its|it is|that'?s|thats) (?:probably |prob |surely )?(?:just|only) (?:a |an |some )?\w+(?: \w+)? (?:though|tho|right|isn'?t it|innit|yeah|surely)\b|"
    r"\b(?:nothing serious|not (?:that|so) (?:bad|serious)) (?:though|tho|right|surely|is it|really)\b|"
    # Waiting instead: "should i just wait it out", "see if it settles".
    r"\b(?:wait (?:it out|and see|a (?:few|couple of) days|a (?:bit|week|while))|see if it (?:settles|goes|passes|gets better|clears)|"
    r"give it (?:a (?:few|couple of) days|a week|a bit|time|another)|leave it (?:a (?:few|couple of) days|a while|for now))\b|"
    # A massage or the therapist instead of the doctor.
    r"\b(?:try|have|get|do)\b(?:\W+\w+){0,2}?\W+(?:massage|session|trigger point\w*)\b(?:\W+\w+){0,2}?\W+(?:anyway|regardless|first|instead)\b|"
    r"\b(?:anyway|regardless) (?:while|until) (?:we|i|she|he) (?:wait|see)\b|"
    r"\b(?:therapist|you|someone|she|he) (?:can |could |would |will )?(?:have a look|look at it|take a look|check it|feel it)\b|"
    # "if I come in can the therapist work out what it is?"
    r"\b(?:therapists?|you|someone|she|he|they) (?:can |could |would |will |might )?(?:be able to )?(?:work out|figure out|find out|tell|say|know|feel) "
    r"(?:me )?(?:what|if|whether) (?:it|this|that|the (?:pain|problem|cause)) (?:is|'s|was|might be|could be)\b|"
    r"\b(?:therapist|you|someone|she|he) (?:can |could |would |will )?(?:just )?(?:massage|rub|work on|press on|release) (?:it|that|the (?:swelling|lump|spot|area))\b|"
    r"\b(?:could|might|can) (?:it|that|this) (?:just |not just )?be (?:a |an )?(?:knot|muscle|trigger point|pulled|strain|nothing|doms|stress)\b|"
    r"\bdo i (?:really|actually|honestly) (?:need|have) to (?:see|go to|bother)\b|"
    # Working on it oneself instead: "should i just massage it harder myself", "can I roll it out at home?"
    r"\b(?:massage|rub|work on|press on|dig into|roll|foam roll|stretch) (?:it|that|the (?:spot|area|knot|muscle)) "
    r"(?:out|harder|more|deeper|myself|at home)\b"
)


def presses_on_a_referral(text: str) -> bool:
    """The message pushes back on the referral just given (a guess, played down, waiting, a massage instead)."""
    return bool(_PRESSES_ON_A_REFERRAL.search(prepare(text)))
