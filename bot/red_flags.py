"""Red-flag symptoms (domain brief §5a): these always mean "call emergency services now".

Deterministic on purpose: a missed emergency must never depend on how a
statistical classifier happened to weigh a phrasing. The rules lean towards
escalating; an unnecessary "please call 999" is far cheaper than a missed stroke.
A red flag that is clearly negated ("no chest pain") does not fire.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text_normalization import normalize


@dataclass(frozen=True)
class RedFlag:
    id: str
    kind: str  # "emergency" or "crisis"
    what: str  # plain-language name used in the reply


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_NEG = r"(?:no|not|without|never|don't have|do not have|haven't got|dont have|isn't|wasn't|aren't)"
_NEGATED_BEFORE = re.compile(rf"\b{_NEG}\b(?:\W+\w+){{0,3}}\W*$")

_NOW_SWOLLEN = r"(?:swollen|swelling|swell(?:ed|s)? up|puffy|bigger|inflamed)"
_HOT = r"(?:hot|warm|red|burning|throbbing|painful|sore|tender|hurts?|aching)"
_LEG = r"(?:calf|calves|leg|shin|thigh)"
_BREATH = (
    r"(?:short(?:ness)? of breath|out of breath|breathless|can'?t (?:catch my |get my )?breath|"
    r"can'?t breathe|cannot breathe|hard to breathe|struggling to breathe|trouble breathing|"
    r"difficulty breathing|hard time breathing|gasping|wheez)"
)

_ACCIDENT = (
    r"\b(?:(?:car|road|traffic|motorbike|bike) (?:crash|accident|collision)|(?:bad|serious|nasty|big) fall|"
    r"fell (?:off|down|from) (?:a |the )?(?:ladder|roof|stairs|horse|height))"
)
_SPINE = r"\b(?:back|neck|spine|spinal)\b"
_FELL = r"\b(?:fell|fallen|fall|slipped|tripped)\b"
_CANT_MOVE = r"(?:agony|excruciating|can'?t (?:get up|move|walk|stand|feel)|unable to (?:get up|move|walk|stand))"

# Ordered: the first matching rule names the flag in the reply.
RULES: list[tuple[RedFlag, re.Pattern[str]]] = [
    (
        RedFlag("suicidal_thoughts", "crisis", "thoughts of suicide or self-harm"),
        _rx(
            r"suicid",
            r"\bkill(?:ing)? my ?self\b",
            r"\bend (?:it all|my life|things|it\b)",
            r"\b(?:end|take) (?:his|her|their|my|your|our) (?:own )?li(?:fe|ves)\b",
            r"\bplan(?:s|ning)? to (?:kill|hurt|end)\b",
            r"\b(?:don'?t|doesn'?t|do not|does not) want to (?:live|be alive|be here|wake up|go on)",
            r"\bwant to die\b|\bwish i (?:was|were) dead\b|\bbetter off (?:dead|without me)\b",
            r"\bno (?:reason|point) (?:to|in) (?:live|living|going on)\b",
            r"\bself[- ]?harm|\bhurt(?:ing)? my ?self\b|\bcut(?:ting)? my ?self\b",
            r"\b(?:taken|took|swallowed) (?:a lot of|too many|loads of|a load of|all (?:my|the)) (?:pills|tablets)",
            r"\boverdos",
            r"\bwhat'?s the point (?:of|in) (?:living|life|anything|going on)",
            r"\bcan'?t go on\b",
        ),
    ),
    (
        RedFlag("chest_pain", "emergency", "chest pain or pressure"),
        _rx(
            r"\bchest\b(?:\W+\w+){0,5}?\W+(?:pain|hurt|hurts|hurting|tight|tightness|pressure|heavy|heaviness|crushing|squeez\w*|ache|aching|burning)",
            r"\b(?:pain|pressure|tightness|heaviness|crushing|squeezing)\b(?:\W+\w+){0,3}?\W+(?:chest)\b",
            r"elephant (?:on|sitting on) my chest",
            r"\b(?:having|think i'?m having|is having) a heart attack",
            r"pain (?:down|in|going down|spreading (?:to|down)) (?:my|his|her) left arm",
        ),
    ),
    (
        RedFlag("clot_signs", "emergency", "a swollen, hot or painful calf or leg, a possible blood clot"),
        _rx(
            rf"\b{_LEG}\b(?:\W+\w+){{0,6}}?\W+{_NOW_SWOLLEN}\b(?:\W+\w+){{0,6}}?\W+{_HOT}",
            rf"\b{_LEG}\b(?:\W+\w+){{0,6}}?\W+{_HOT}\b(?:\W+\w+){{0,6}}?\W+{_NOW_SWOLLEN}",
            rf"\b{_NOW_SWOLLEN}\b(?:\W+\w+){{0,3}}?\W+(?:and )?{_HOT}\W+(?:\w+\W+){{0,2}}{_LEG}",
            rf"\b{_HOT}\b(?:\W+\w+){{0,3}}?\W+(?:and )?{_NOW_SWOLLEN}\W+(?:\w+\W+){{0,2}}{_LEG}",
        ),
    ),
    (
        RedFlag("breathing", "emergency", "trouble breathing"),
        _rx(_BREATH, r"coughing (?:up )?blood", r"\bchoking\b"),
    ),
    (
        RedFlag("stroke_signs", "emergency", "possible stroke signs"),
        _rx(
            r"\b(?:face|mouth|smile|eye(?:lid)?)\b(?:\W+\w+){0,4}?\W+(?:droop\w*|lopsided|dropped|sagging|fallen)",
            r"\bdroop\w* (?:face|mouth|smile)",
            r"\b(?:lost|losing|lose) (?:the |my |his |her |all )?(?:vision|sight)\b|\bgone blind\b",
            r"\bslur\w*",
            r"\b(?:speech|words?|talking)\b(?:\W+\w+){0,3}?\W+(?:garbled|jumbled|muddled|coming out wrong|come out wrong|wrong|strange|weird|slurred)",
            r"\bcan'?t (?:speak|talk|get (?:my|the) words out) (?:properly|right)",
            r"\bsudden(?:ly)?\b(?:\W+\w+){0,4}?\W+(?:can'?t see|lost (?:my |the )?(?:sight|vision)|blind|double vision|weak|numb|can'?t stand|spinning|confused)",
            r"\b(?:face|mouth|smile)\b(?:\W+\w+){0,4}?\W+(?:on one side|one[- ]sided)",
            r"\b(?:arm|leg|hand)\b(?:\W+\w+){0,2}?\W+(?:went|gone|has gone|suddenly went|suddenly)\W+(?:\w+\W+){0,1}(?:numb|weak|dead|floppy|limp)\b",
            r"\bone side of (?:my|his|her|the) (?:face|body)\b(?:\W+\w+){0,3}?\W+(?:numb|weak|dead|droop\w*|won'?t move)",
            r"\b(?:having|think i'?m having|is having|(?:he|she|i) (?:just|might have) had) a stroke\b",
        ),
    ),
    (
        RedFlag("thunderclap_headache", "emergency", "a sudden, severe headache"),
        _rx(
            r"worst headache",
            r"thunderclap",
            r"sudden(?:ly)? (?:a )?(?:severe|excruciating|blinding|terrible|horrendous|massive|splitting) headache",
            r"headache (?:that )?(?:came on|hit me|started) (?:suddenly|out of nowhere|like a)",
        ),
    ),
    (
        RedFlag("cauda_equina", "emergency", "back pain with bladder, bowel or saddle numbness"),
        _rx(
            r"\b(?:can'?t|cannot|unable to|couldn'?t) (?:control|hold|feel) (?:my )?(?:bladder|bowels?|pee|wee|poo|urine)",
            r"\b(?:lost|losing|loss of|no) (?:control (?:of|over) )?(?:my )?(?:bladder|bowel)s?(?: control)?",
            r"\b(?:wet|soiled) my ?self\b",
            r"\bnumb\w*\b(?:\W+\w+){0,3}?\W+(?:between (?:my|the) legs|groin|saddle|genitals|back passage|bum|bottom|inner thighs)",
            r"\bsaddle (?:area )?numb",
            r"can'?t feel (?:it )?when i wipe",
            r"\bboth (?:of my )?legs\b(?:\W+\w+){0,3}?\W+(?:numb|weak|giving way|gone dead)",
            r"\bcan'?t (?:pee|wee|urinate)\b",
        ),
    ),
    (
        RedFlag("dark_urine", "emergency", "dark urine with muscle pain, a sign of serious muscle breakdown"),
        _rx(
            r"\b(?:dark|brown|black|cola|tea)[- ]?(?:colou?red )?(?:urine|pee|wee)\b",
            r"\b(?:urine|pee|wee)\b(?:\W+\w+){0,3}?\W+(?:dark|brown|black|cola|coke|tea[- ]colou?red)\b",
        ),
    ),
    (
        RedFlag("fainting", "emergency", "fainting or collapsing"),
        _rx(
            r"\b(?:fainted|fainting|passed out|pass(?:ing)? out|blacked out|blacking out|black out|collapsed|collapsing|unconscious|unresponsive|keeps? fainting)\b",
        ),
    ),
    (
        RedFlag("serious_injury", "emergency", "back or neck pain after a serious accident or fall"),
        _rx(
            rf"{_ACCIDENT}(?:\W+\w+){{0,12}}?\W+{_SPINE}",
            rf"{_SPINE}(?:\W+\w+){{0,12}}?\W+{_ACCIDENT}",
            # A fall with severe back pain or unable to get up (brief §5a, e.g. with osteoporosis).
            rf"{_FELL}(?:\W+\w+){{0,10}}?\W+{_SPINE}(?:\W+\w+){{0,8}}?\W+{_CANT_MOVE}",
            rf"{_FELL}(?:\W+\w+){{0,10}}?\W+{_CANT_MOVE}(?:\W+\w+){{0,8}}?\W+{_SPINE}",
        ),
    ),
    (
        RedFlag("uncontrolled_bleeding", "emergency", "bleeding that will not stop"),
        _rx(r"\bbleeding (?:won'?t|will not|doesn'?t|does not|hasn'?t|has not) stop"),
    ),
]


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATED_BEFORE.search(text[max(0, start - 40) : start]))


def find_red_flag(text: str) -> RedFlag | None:
    """The first red flag the message describes, or None."""
    normalized = normalize(text)
    for flag, pattern in RULES:
        for found in pattern.finditer(normalized):
            if not _negated(normalized, found.start()):
                return flag
    return None
