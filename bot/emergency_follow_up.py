"""What a client says right after an emergency answer, read in that context.

After "please call emergency services now", a turn that puts help off ("I'll lie down and see if
it passes", "probably nothing, I'll sleep on it") is still the emergency: the step is given
again, never an FAQ answer or "I don't know". A turn that says help is on its way ("my flatmate
is driving me to A&E") gets a short, supportive answer that keeps the number in view.
"""

from __future__ import annotations

import re

from bot.clauses import prepare

_PUTS_OFF = re.compile(
    r"\b(?:see if (?:it|this|that) (?:passes|goes|settles|gets better|eases)|wait (?:and see|it out|a bit|a while|"
    r"till|until|for (?:it|a bit|a while))|lie down|lay down|have a (?:lie|nap|rest|sleep)|sleep (?:it off|on it)|"
    r"(?:go|going) to (?:bed|sleep)|rest (?:a bit|for a bit|it|up)|take (?:a |some )?(?:paracetamol|ibuprofen|"
    r"aspirin|painkillers?|tablets?)|probably (?:nothing|fine|just)|(?:i'?ll|ill|i will|she'?ll|he'?ll) be (?:fine|ok|okay|alright)|"
    r"(?:don'?t|do not) want to (?:bother|make a fuss|waste)|not (?:that|so) bad|tomorrow|in the morning|"
    r"(?:ring|call|see) (?:my |the )?(?:gp|doctor)|(?:can'?t|cannot|won'?t) call|no (?:need|point)|overreacting|"
    r"it'?ll pass|it will pass|give it (?:an|a few|some) (?:hour|minutes|time)|"
    # Minimising, or asking for the massage instead: "maybe I just slept funny, could you do my neck?"
    r"(?:maybe|probably|prob|i think) (?:i|it'?s|it was|its) (?:just|only)|slept funny|just (?:a |my )?(?:knot|muscle|tension|stress)|"
    r"(?:could|can) (?:you|u|someone) (?:just )?(?:do|see|massage|fit)|(?:book|come in|appointment|this afternoon|later today)|"
    r"massage|loosen|stretch|foam roll\w*|trigger point|knot|"
    # Arguing it away: "he say is only the muscle", "the tests always say it's anxiety", "I don't
    # want an ambulance for a trip, that's silly", "if it's muscular I'll stay in bed".
    r"(?:only|just) (?:the |a |my |his |her )?(?:muscle|cramp|strain|tension|stress|anxiety|panic)|muscular|"
    r"stay (?:at )?(?:home|in bed)|(?:don'?t|doesn'?t|do not|won'?t) (?:want|need) (?:an? |the )?(?:ambulance|999|a&e|hospital|fuss|doctor)|"
    r"silly|stubborn|overreact\w*|dramatic|anxiety|panic attacks?|(?:tests?|doctors?|they) (?:before|always|said|say)|can'?t you just)\b"
)
_HELP_COMING = re.compile(
    r"\b(?:(?:called|calling|rang|ringing|phoned|phoning) (?:999|911|112|an ambulance|emergency|the ambulance)|"
    r"ambulance (?:is |'s )?(?:coming|on (?:its|it's|the) way|here|called)|paramedics? (?:are |is )?(?:here|coming|on)|"
    r"(?:on (?:my|our|the) way|going|heading|driving|taking me|driving me|take me|off) to (?:a&e|a and e|a & e|hospital|the hospital|"
    r"the er|er|emergency|urgent care)|at (?:a&e|a and e|the hospital|hospital|the er)|in the ambulance)\b"
)


def puts_off_help(text: str) -> bool:
    """ "ok I'll just lie down and see if it passes": help put off after an emergency answer."""
    return bool(_PUTS_OFF.search(prepare(text))) and not help_is_coming(text)


def help_is_coming(text: str) -> bool:
    """ "I've called 999", "my flatmate is driving me to A&E now"."""
    return bool(_HELP_COMING.search(prepare(text)))
