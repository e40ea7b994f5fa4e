"""Concept rules for the dangers of brief §5: the deterministic half of the safety triage.

A rule is a combination of symptom *concepts* (lay words, plurals and common
misspellings), not one phrasing: "chest" with any word for discomfort or pressure,
an arm or jaw with sweating or feeling sick, a swollen calf with breathlessness.
`bot/clauses.py` decides whether each found concept is live (not negated in its
clause, not history, not a hypothetical). The statistical classifier
(`bot/safety_classifier.py`) covers the phrasings no rule foresaw; `bot/triage.py`
takes the union of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.clauses import Clause, is_live, is_taken_back, negated, prepare, split_clauses
from bot.safety_kinds import EMERGENCY, KINDS, SafetyKind


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_GAP = r"(?:\W+\w+){0,5}?\W+"  # up to five words in between
_BETWEEN = r"(?:between|betwen|betweem|bewteen|beetween|btwn|btw|inbetween|in between)"
_WHO = r"(?:my|his|her|their|the|one|both|your)"

_DISCOMFORT = (
    r"(?:pain|painful|hurt|hurts|hurting|ache|aches|aching|achy|tight|tightness|tightening|pressure|heavy|"
    r"heaviness|crush\w*|squeez\w*|band|weight|vice|vise|clamp\w*|burning|stabbing|sharp|discomfort|"
    r"funny|weird|strange|not right|sitting on|pressing|gripping)"
)
_MUSCLE_CONTEXT = re.compile(
    r"\b(?:pec|pecs|pectoral\w*|chest muscles?|muscles? (?:in|of|across) (?:my|the) chest|bench\w*|press[- ]?ups?|"
    r"push[- ]?ups?|chest (?:day|workout|exercises?|stretch\w*|fly|flies)|gym|work(?:ed)? out|lifting|"
    r"chest of drawers|treasure chest|refer\w*|trigger points? (?:in|on) (?:my|the) chest|chest (?:trigger points?|knots?|tps?)|posture|hunch\w*|slouch\w*|desk|"
    # The chest as the site of an activity or a device, not a symptom: "tight from practising the
    # trumpet", "a port in my chest".
    r"(?:from|after|when) (?:practis\w*|practic\w*|playing|singing|rowing|swimming|climbing|carrying|lifting|training|painting)|"
    r"trumpet\w*|trombon\w*|saxophon\w*|tuba|violin\w*|viol\w*|cell(?:o|ist)|guitar\w*|port in|pacemaker|implant\w*|scar\w*|tattoo\w*|chest hair|skin|radiotherapy|sunburn\w*|rash|"
    # The side an operation or cancer treatment was on: "tightness across my chest on the treated side".
    r"(?:treated|operated|affected|surgery|op) side|side (?:that was|they) (?:treated|operated on)|mastectom\w*|lumpectom\w*|"
    r"reconstruction|lymph\w*|cording|"
    # The table, not the heart: "the pressure on my chest when I lie face down is uncomfortable (boobs lol)".
    r"(?:lie|lying|lay|laid) (?:face ?down|on my (?:front|stomach|tummy|belly))|face cradle|boobs?|breasts?|bra|underwire)\b"
)
# The client's own guess that it is a muscle, about something that started minutes or hours ago: the
# muscle words do not explain it away.
_GUESSED_AND_ACUTE = re.compile(
    r"(?=.*\b(?:probably|prob|maybe|i think|i guess|i reckon|surely|must be|hopefully|just a|only a)\b)"
    r"(?=.*\b(?:(?:last|past) (?:half (?:an )?hour|hour|\d+ (?:min\w*|hours?)|few (?:min\w*|hours?))|(?:\d+|twenty|thirty|forty) (?:min\w*|mins) ago|"
    r"an hour ago|half an hour|just now|right now|since (?:this morning|lunch|i woke|an hour)|came on|started (?:an?|about|just|this))\b)"
)
# A recurring symptom a doctor has already looked at and explained, with nothing new or sudden about
# it today: "my chest gets tight when I'm stressed, but my GP has checked me over and says it's anxiety".
_ALREADY_EXPLAINED = re.compile(
    r"^(?!.*\b(?:today|tonight|now|right now|sudden\w*|worse|crushing|arm|jaw|sweat\w*|clammy|different|never (?:had|felt)|new)\b)"
    r".*\b(?:gp|doctor|dr|cardiologist|consultant|specialist|hospital|a&e|nurse)\b(?:\W+\w+){0,6}?\W+(?:checked|examined|tested|said|says|"
    r"told me|confirmed|thinks|diagnosed)\b(?:\W+\w+){0,9}?\W+(?:anxiety|panic|stress|muscular|a muscle|costochondritis|reflux|"
    r"heartburn|nothing (?:serious|wrong|to worry)|fine|benign|harmless)\b"
)
# The client's own account of a chest ache that belongs to a muscle and an activity: "the top of my chest
# near the collarbone gets tight by the evening. It's definitely muscular, it eases when I stop and stretch".
# Not with effort that brings it on (walking, stairs: angina's pattern, a referral) or anything acute.
# A tight chest put down to a cold, with nothing of the heart: "my chest is a bit tight from a cold, just a
# chesty cough, no fever, feel fine otherwise" (the illness-before-a-visit answer, not 999).
_A_COLD_S_CHEST = (
    r"^(?!.*\b(?:crushing|heavy|heaviness|pressure|squeez\w*|arm|jaw|sweat\w*|clammy|sudden\w*|worse|worst|"
    r"can'?t breathe|cannot breathe|struggling to breathe|breathless\w*|short of breath|blood|pain|painful|agony|grey|faint\w*)\b)"
    r".*\b(?:(?:from|with|because of|cos of|after) (?:a|the|my|this|that) (?:head ?)?(?:cold|flu|virus|bug|cough)|chesty (?:cough|cold)|"
    r"(?:a|the|my|this) cold)\b"
)
_MUSCULAR_AND_EASES = (
    r"^(?!.*\b(?:today|tonight|now|right now|sudden\w*|worse|crushing|heavy|heaviness|pressure|squeez\w*|arm|jaw|sweat\w*|clammy|"
    r"breath\w*|sick|walk\w*|stairs|climb\w*|hill|exert\w*|run\w*|hurry\w*|hour|half an hour|minutes?|mins?|ago)\b)(?=.*\b(?:muscular|a muscle|muscles?|from (?:practis|practic|playing|posture|my desk))\w*)"
    r".*\b(?:eases?|easing|goes away|settles?|better|fine) (?:off |again )?(?:when|if|after|once|as soon as) (?:i )?(?:stop\w*|stretch\w*|rest\w*|put (?:it|the \w+) down)"
)
# The chest as a part the therapist works on, asked about with nothing acute: "is chest pressure part of
# the treatment? do you press on pec minor?"
_PART_OF_THE_TREATMENT = (
    r"^(?!.*\b(?:crushing|spread\w*|radiat\w*|arm|jaw|sweat\w*|clammy|breath\w*|sick|nause\w*|still|now|worse|"
    r"sudden\w*|faint\w*|dizz\w*|hours?|mins?|minutes?)\b).*\bpart of (?:the |a |your )?(?:treatment|session|massage|routine|work)\b"
)
# Laughter's ache, told as such and nothing of the heart: "my chest feels tight... from laughing so much at
# the wedding last night, my abs hurt too".
_FROM_LAUGHING = (
    r"^(?!.*\b(?:crushing|heavy|heaviness|pressure|squeez\w*|arm|jaw|sweat\w*|clammy|sick|nause\w*|breath\w*|faint\w*|dizz\w*|"
    r"grey|gray|pale|worse|worst|still|hours?|all day|can'?t)\b)"
    r".*\b(?:from|after|with|because of|cos of) (?:\w+ ){0,2}?(?:laugh\w*|giggl\w*)"
)
# An arm's nerve, not a heart: pain or tingling down one arm with a nerve's signs, going on for days
# or brought on by the neck ("shooting pain down my left arm for 10 days, worse when I look down at my
# phone, and my grip feels weaker"). Same-day advice (limb_nerve), unless anything cardiac comes with it.
_AN_ARMS_NERVE = (
    r"^(?!.*\b(?:chest|breast\w*|sternum|heart|jaw|sweat\w*|clammy|sick|nause\w*|breath\w*|faint\w*|dizz\w*|grey|gray|pale)\b)"
    r"(?=.*\b(?:grip|pins and needles|tingl\w*|numb\w*|shooting|electric\w*|weak\w*|zing\w*)\b)"
    r"(?=.*\b(?:(?:for|over|in) (?:about |around |nearly |almost |the (?:last|past) )?(?:\d+|a few|a couple of|several|two|three|four|five|six|ten) "
    r"(?:days|weeks|months)|since last (?:week|month)|(?:when|whenever|every time|if) i (?:look down|turn|tilt|bend|move|type|use)|"
    r"from (?:my|his|her) neck|trapped nerve|pinched nerve)\b)"
)
# Someone else's joke about the client's groans: "my husband thinks I'm having a heart attack every time I
# groan on the foam roller lol".
_JOKES_ABOUT_A_HEART_ATTACK = (
    r"\b(?:thinks?|thought|reckons?|jok\w*|acts? like|says?|swears?) (?:i'?m|i am|i was) (?:having|about to have|going to have) "
    r"(?:a )?heart attack\b(?:\W+\w+){0,3}?\W+(?:every time|whenever|each time)"
)
# Chest pain as someone's work, not the client's body: "paramedic here, I see enough chest pain at work".
_CHEST_PAIN_AT_WORK = (
    r"\b(?:see|seen|treat\w*|deal\w* with|hear about|assess\w*|triage\w*) (?:\w+ )?(?:chest pains?|heart attacks?)\b"
    r"(?:\W+\w+){0,2}?\W+(?:at work|all day|every (?:day|shift|week)|on (?:shift|the job|the ward)|in (?:my|the|our) (?:job|work|ward|unit))"
)
# An injury from weeks ago that is healing: "cracked a rib falling off a ladder last month, it's mending
# now" (a recent injury to clear with the doctor, not an ambulance).
_HEALING_INJURY = re.compile(
    r"^(?!.*\b(?:today|tonight|just now|this (?:morning|afternoon|evening)|(?:an?|one|\d+) (?:hours?|min\w*) ago|yesterday)\b)"
    # A scab is a wound closing: "grazed it coming off my bike last week, it's a small scab now".
    r".*\b(?:mending|on the mend|healing (?:well|nicely|fine|up)|(?:has|all|fully) healed|last month|a month ago|scabb?\w*|"
    r"(?:\d+|a few|two|three|four|five|six|couple of) (?:weeks|months) ago|"
    # Days old and improving, with nothing new: "came off my bike on sunday, wrist still a bit sore but getting better".
    r"(?<!not )(?<!isn't )(?<!never )(?:getting|much|a lot|loads|slowly getting) better|improving|easing off|better (?:every|each) day)\b"
    r"(?!.*\b(?:worse|wors\w*|numb\w*|can't feel|tingl\w*|weak\w*|swell\w*|swollen)\b)"
)
# A person (not a website or a leg) as the subject: "client in room 2 just went limp".
_SOMEONE = (
    r"(?:he|she|they|client|patient|customer|mum|mom|dad|husband|wife|partner|son|daughter|baby|friend|someone|somebody|"
    r"nan|nana|gran|granny|grandad|grandpa|grandma|brother|sister|boyfriend|girlfriend|colleague|man|woman|lady|guy)"
)
_BREATHLESS = (
    r"short(?:ness)? of breath|out of breath|breathless\w*|can't (?:catch (?:my|his|her) |get (?:my|his|her) |take a )?breath|"
    r"can't (?:breathe|breath)\b|(?:cannot|can no) (?:breathe|breath)(?: (?:good|well|properly|right|normal))?|couldn't (?:breathe|breath)|(?:hard|difficult|struggl\w*|trouble|difficulty|hard time|problems?) (?:to |with |)?(?:breathe|breath|breathing)|"
    r"gasping|can't get (?:enough )?(?:air|a breath)|not getting enough air|fighting for (?:air|breath)|"
    # Someone else's breath stopping, said with its own "not": "he's not breathing", "she stopped breathing".
    r"\b(?:not|isn't|wasn't|aren't|stopped|has stopped|keeps stopping) breathing\b(?! (?:heavily|hard|deeply|through|in|out|into|from)\b)|"
    r"\b(?:lips?|face|fingers?|fingertips)\b(?:\W+\w+){0,3}?\W+(?:blue|purple|grey|gray)\b(?!\W+(?:from|with) (?:the )?(?:cold|ice|lolly|slush\w*|paint|dye|ink|berries|blueberries))|"
    # "I can barely breathe", "he can hardly catch his breath"
    r"(?:can|could) (?:barely|hardly|scarcely) (?:breathe|breath|catch (?:my|his|her|a) breath|get (?:my|his|her|a) breath|get (?:any )?air)|"
    # Non-native wording: "I no can take breath good", "not can breathing well".
    r"(?:no|not|cannot|can not) (?:can )?(?:take|get|catch|make) (?:a |the |my )?(?:breath|air)(?: (?:good|well|properly|normal|right))?\b|"
    r"(?:no|not) can (?:breathe|breath|breathing)(?: (?:good|well|properly|normal|right))?\b|"
    r"every breath (?:is|feels like) (?:a |an )?(?:fight|struggle|effort|battle)|struggling for (?:air|breath)|"
    r"(?:lips|face) (?:are |is |going |turning |gone )?(?:blue|grey|gray)|breathing (?:is |has )?(?:really |very )?(?:bad|fast|shallow|weird|funny|difficult|laboured|labored|rapid)|"
    r"(?:hurts|painful|pain) (?:to|when (?:i|he|she)) (?:breathe|breath|take a (?:deep )?breath|breathe in)|"
    r"breathing in (?:hurts|is painful)|can't stop coughing|choking|"
    # Air through something narrow: "like trying to breathe through a coffee stirrer", "through a straw".
    r"breath\w* (?:in |out )?through (?:a |an )?(?:\w+ )?(?:straw|stirrer|pillow|wet (?:cloth|towel|sponge|flannel)|sock|tiny tube|pinhole|keyhole)"
)
# A severe allergic reaction closes the airway: "my throat's closing up", "lips and tongue swelling",
# "can't swallow properly". Lips alone count only as swelling, not as dry or chapped.
_AIRWAY = (
    r"\bthroat\b(?:\W+\w+){0,3}?\W+(?:(?:is |feels |going |gone |getting )?(?:clos\w*|swell\w*|swollen|constrict\w*|closed up|tight(?:ening|er)?)|"
    r"(?:is |feels )?(?:like it'?s |like its )?(?:closing|shutting))\b|"
    r"\b(?:tongue|lips?|mouth)\b(?:\W+\w+){0,3}?\W+(?:swell\w*|swollen|puff\w* up|blow\w* up|ballooning|getting (?:big|huge|fat))\b|"
    r"\b(?:swelling|swollen) (?:tongue|lips|throat|mouth)\b|\bcan(?:'t|not) swallow(?: properly)?\b(?:\W+\w+){0,8}?\W+(?:breath|air|swell\w*|throat)\b|"
    r"\banaphyla\w*|\banaphalax\w*|\ballergic reaction\b(?:\W+\w+){0,8}?\W+(?:breath|throat|swell\w*|wheez\w*)"
)
# Plain words for breathing effort or pain on breathing ("puffing going up the stairs", "a sharp
# pain in my side when I breathe in"). Ordinary alone (after a run, mild asthma, sore ribs after a
# session), so they count only with another sign: a swollen leg, chest or arm symptoms.
_BREATHING_EFFORT = (
    r"(?:pain|hurts?|hurting|sharp|stabbing|stitch|catch\w*)(?:\W+\w+){0,5}?\W+(?:when|as|if|whenever|every time) "
    r"(?:i|he|she|they) (?:breathe|breath|take a (?:deep |big )?breath|inhale|try to breathe)|"
    r"puffing|panting|huffing|wheez\w*|winded|out of puff|breathing (?:heavy|heavily|hard)|"
    r"can't get a (?:full|deep|proper|decent) breath|can(?:'t|not) breathe (?:properly|right|deeply|in)|can barely breathe"
)
_EXERTION = re.compile(
    r"\b(?:run|running|ran|sprint\w*|dash\w*|stairs|jog\w*|gym|workout|exercise|climb\w*|rush\w*|walk\w*|hill|cycling|spin class)\b"
)
# A blocked nose or the face cradle is not a breathing emergency: "can't breathe through my nose face down".
_NOSE_ONLY = (
    r"\b(?:through (?:my|the|his|her|your) nose|stuffy|blocked (?:up )?nose|bunged up|congested|face (?:hole|cradle|rest)|"
    r"when (?:she|he|they|the therapist|you) (?:lean|press|push)\w*|(?:pressure|weight) on my (?:ribs|back|upper back))\b"
)
_SWEAT = r"sweat\w*|clammy|cold sweat|drenched"
_NAUSEA = r"(?:feel|feeling|felt|am|i'm|is|he's|she's) (?:really |very |so |a bit )?(?:sick|nauseous|queasy)|nausea\w*|vomit\w*|throw\w* up|threw up|being sick"
_ARM_JAW = (
    rf"(?:spread\w*|radiat\w*|going|goes|gone|shoot\w*|travel\w*|moving|down|into|up) (?:down |into |up |to |through )?{_WHO}? ?(?:left )?(?:arm|arms|jaw|neck|back|shoulder)|"
    rf"(?:left arm|jaw)\b{_GAP}?(?:ach\w*|hurt\w*|heavy|numb|tingl\w*|pain\w*|weird|dead)"
)
_LEG = r"(?:calf|calves|leg|legs|shin|thigh|ankle)"
_SWOLLEN = r"(?:swollen|swelling|swell\w* up|swells|puffy|bigger|fatter|larger|inflamed|tight and shiny|hard)"
_HOT = r"(?:hot|warm|red|redness|burning|throbbing|painful|sore|tender|hurts?|aching|cramp\w*|discolou?red|dark|purple)"
# Numbness a position explains: "my leg went dead from sitting cross-legged", "my hands go numb when I
# sleep on them".
# A limb gone numb while a spot was pressed, with no face, speech or sight in it: "my arm went numb
# for a sec when he pressed near my armpit" (brief §3: nerve pressure, which the aftercare answer covers).
_WHILE_PRESSED = (
    r"^(?!.*\b(?:face|mouth|smile|speech|slur\w*|words|vision|sight|talk\w*|speak\w*)\b).*"
    r"\b(?:when|while|as|whenever|where|each time|every time) (?:he|she|they|you|the therapist|my therapist|the massage therapist|"
    r"it was being|i was being|(?:he|she|they) (?:was|were)) (?:\w+ )?(?:pressed|pushed|pressing|pushing|worked|working|dug|digging|"
    r"held|holding|hit|press|push|presses|pushes|worked on|leant|leaned|leaning)\b"
)
_POSITIONAL = (
    r"\b(?:from|after|when i'?m?|when i|while|by) (?:sitting|sit|sat|kneeling|sleeping on|slept on|lying on|leaning on|crossing)\b|"
    r"\b(?:sitting|sit|sat) cross[- ]legged\b|\bcross(?:ed|ing)? my legs\b|\b(?:slept|sleep|sleeping|lay|lying|lie) on (?:it|them|my (?:arm|hand|side))\b|"
    r"\bfell asleep on\b|\bsat (?:funny|awkwardly|on it)\b|"
    # How the client lay on the table, and gone on moving: "my leg went numb on the table cos of how the
    # cushion was under my knees, came right back when i moved".
    r"\b(?:cos|because|coz|cuz|due to|from) (?:of )?(?:how|the way|where) (?:the|my|i|they)\b(?:\W+\w+){0,2}?\W+"
    r"(?:cushion|pillow|bolster|face ?(?:hole|cradle|rest)|lying|lay|lie|positioned|propped)\b|"
    r"\b(?:came|come|comes) (?:right |straight )?back (?:as soon as|when|once) (?:i|he|she) (?:moved|shifted|sat up|got up|turned)\b"
)
_BIG = r"(?:big|huge|thick|fat|puffed(?: up)?|blown up|enlarged|double the size)"
_HEAT = r"(?:hot|warm|red|burning)"
_LEG_CLOT = (
    rf"\b{_LEG}\b(?:\W+\w+){{0,6}}?\W+{_SWOLLEN}\b(?:\W+\w+){{0,6}}?\W+{_HOT}",
    rf"\b{_LEG}\b(?:\W+\w+){{0,6}}?\W+{_HOT}\b(?:\W+\w+){{0,6}}?\W+{_SWOLLEN}",
    rf"\b{_SWOLLEN}\b(?:\W+\w+){{0,3}}?\W+(?:and )?{_HOT}\W+(?:\w+\W+){{0,2}}{_LEG}",
    rf"\b{_HOT}\b(?:\W+\w+){{0,3}}?\W+(?:and )?{_SWOLLEN}\W+(?:\w+\W+){{0,2}}{_LEG}",
    rf"\bone {_LEG}\b(?:\W+\w+){{0,4}}?\W+(?:bigger|fatter|larger|more swollen|swollen|twice the size)",
    # One side against the other: "my left calf is tight and a bit puffy compared to the right one".
    r"\b(?:calf|leg|shin|thigh|ankle)\b(?:\W+\w+){0,8}?\W+(?:swollen|swelling|swell\w*|puffy|puffed(?: up)?|puffier|more puffy|more swollen|inflamed)\b(?:\W+\w+){0,3}?\W+"
    r"(?:compared (?:to|with)|than|next to|vs|versus) (?:the |my |his |her )?(?:other|left|right)\b",
    # Plain and non-native words for swelling, only with heat or redness ("my leg … is hot and big"):
    # with "sore" alone they are gym talk ("legs big and sore after squats").
    rf"\b{_LEG}\b(?:\W+\w+){{0,6}}?\W+{_BIG}\b(?:\W+\w+){{0,3}}?\W+{_HEAT}\b",
    rf"\b{_LEG}\b(?:\W+\w+){{0,6}}?\W+{_HEAT}\b(?:\W+\w+){{0,3}}?\W+{_BIG}\b",
)
_HEADACHE = (
    r"head ?aches?|head (?:is )?(?:pounding|exploding|splitting|killing)|migraine|head ?pains?|pain in (?:my|his|her|the) head|"
    # "it exploded at the back of my skull"
    r"(?:explod\w*|explosion|pounding|splitting|hammering|bursting)\b(?:\W+\w+){0,5}?\W+(?:skull|head)"
)
# A fever now, in words or as a reading: "running a temp", "it's 39.4 now", "102F".
_FEVER_NOW = (
    r"fever\w*|febrile|(?:a|high|got a|running a|have a|had a|with a|slight) (?:temp|temperature)|"
    r"temp(?:erature)? (?:of |is |at |was |now |reading )?(?:3[89]|4[01]|10[0-4])(?:[.,]\d)?|"
    r"(?:it'?s|its|now|up to|hit|reads|reading|read|went to|gone up to) (?:3[89]|4[01])[.,]\d|"
    r"(?:3[89]|4[01])(?:[.,]\d)? ?(?:°|degrees|deg) ?c?\b|10[0-4](?:[.,]\d)? ?(?:°|degrees) ?f?\b|10[0-4](?:[.,]\d)?f\b"
)
# Things, not people: what a booking page, a phone or a plan does is not a symptom.
_A_THING = (
    r"\b(?:page|site|website|web ?site|app|system|server|screen|browser|phone|laptop|computer|pc|form|calendar|diary|wifi|internet|"
    r"booking|bookings|checkout|basket|payment|"
    r"menu|window|tab|link|portal|plans?|deal|chair|shelf|tent|table leg|stock market|economy|team|government|business|marriage|"
    # Body structures that "collapse" without anyone fainting: "my arches have totally collapsed (flat feet)".
    r"arch|arches|instep|insteps|flat feet)\b"
)
_THING_BREAKS = (
    rf"{_A_THING}(?:\W+\w+){{0,3}}?\W+(?:collaps\w*|crash\w*|black\w* out|blacked|froze|freez\w*|dying|died|dead)\b"
)


def a_thing_breaks(prepared: str) -> bool:
    """A page, an app or a phone that crashes, collapses or dies: "the booking page keeps crashing"."""
    return bool(re.search(_THING_BREAKS, prepared))


_WOUND = (
    r"\b(?:cut|cuts|sliced|slashed|gash\w*|stabbed|nicked|wound|bitten|bit me|glass|knife|blade|razor|saw|chisel)\b"
)
# A bleed that will not stop, not a habit that won't ("I cut my hair and it won't stop looking weird").
_WONT_STOP = (
    r"(?:won'?t stop|will not stop|not stopping|doesn'?t stop|hasn'?t stopped|can'?t (?:get it to )?stop it)"
    r"(?!\s+(?!bleed|pour|gush|spurt|drip|pump|ooz)\w+ing\b)"
)
_FRAGILE = re.compile(
    r"\b(?:osteoporo\w*|osteopenia|brittle bones?|fragile bones?|weak bones?|thin bones|steroids?|prednisolone|prednisone)\b"
)
_FALL = r"\b(?:fell|fallen|fall|falls|slipped|tripped|went over|took a tumble|had a tumble)\b"
_SPINE = r"\b(?:back|neck|spine|spinal|hip|ribs?|wrist|tailbone|coccyx)\b"
_ACCIDENT = (
    r"\b(?:(?:car|road|traffic|motorbike|motorcycle|bike|cycling|skiing|rugby) (?:crash|accident|collision|smash)|"
    r"crash(?:ed)? (?:my|the|his|her) (?:car|bike)|(?:hit|knocked (?:off|down)) by a (?:car|van|bus|lorry|truck)|"
    r"(?:got |was |been |were )?(?:rear\W{0,3}ended|shunted|t\W{0,3}boned)|"
    r"(?:bad|serious|nasty|big|massive|heavy) (?:fall|crash|tackle)|"
    r"(?:fell|fall|falls|falling|fallen|came|coming|come|thrown|bucked|knocked) (?:off|down|from|out of) (?:a |the |his |her |my )?(?:ladder|roof|stairs|steps|horse|pony|height|bike|motorbike|motorcycle|scooter|tree|scaffold\w*|wall|loft)|"
    # "skiied into a tree", "rode into a car door", "came off my bike into a wall"
    r"(?:\w+ed|ran|rode|drove|went|flew|came off|smashed) into (?:a |the )?(?:tree|wall|car|van|lamppost|post|barrier|rock|fence|bollard))"
)
_CANT_MOVE = r"(?:agony|excruciating|can't (?:get up|move|walk|stand|feel)|unable to (?:get up|move|walk|stand)|really bad|so bad|screaming)"
_THINNER = re.compile(
    r"\b(?:blood thinners?|thinners|anticoagulants?|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|"
    r"lixiana|savaysa|dabigatran|pradaxa|clopidogrel|plavix|heparin|clexane|enoxaparin|ticagrelor|brilinta|"
    # Aspirin taken every day thins the blood too; one tablet for a headache does not.
    r"(?:daily|low[- ]dose|baby|regular) aspirin|aspirin (?:daily|every (?:day|morning|night)|each day|75 ?mg)|on (?:an? )?aspirin)\b"
)
_OVERDOSE_QUANTITY = (
    r"(?:too many|a lot of|lots of|loads of|a load of|all (?:my|the|of my|of the|his|her)|the (?:whole|entire)|a whole|whole|"
    r"a (?:handful|bunch|pile) of|handfuls? of|a (?:box|bottle|packet|pack|strip) of|(?:box|bottle|packet|pack)s? of|"
    r"(?:[1-9]\d|\d{3}|twenty|thirty|forty|fifty|a dozen|dozens of|more than \w+)|extra)"
)
# Overdosing "on coffee", "on netflix", "on christmas food lol" is a figure of speech; on anything
# else (a medicine the rules do not list, "on my meds") it is not.
_TREATS = (
    r"coffees?|caffeine|espresso|tea|energy drinks?|red bull|sugar|chocolates?|sweets|candy|cakes?|biscuits|cookies|carbs|"
    r"food|pizza|cheese|snacks|crisps|mince pies|easter eggs|turkey|christmas|netflix|tv|telly|tiktok|youtube|podcasts?|"
    r"music|sun|sunshine|the gym|gym|work|cuteness|love|puppies|reality tv|true crime|shopping|garlic|chilli|spice|"
    # What people binge: "overdosed on box sets all weekend".
    r"box ?sets?|boxsets?|series|films?|movies|episodes|dramas?|soaps|books?|reading|video games|games|gaming|social media|"
    r"instagram|the news|news|football|cricket|sport|exercise|running|cardio|stretching|yoga|pilates|foam rolling|"
    r"massages?|self massage|revision|studying|coffee|vitamin c|fresh air|sleep|naps|podcast|audiobooks?|wordle|sudoku"
)
_NOT_ON_A_TREAT = (
    rf"(?!\s+on\s+(?:(?:the|my|all the|too much|so much|way too much|christmas|xmas|birthday) )?(?:{_TREATS})\b)"
)
# Without the client at an occasion, not in the world: "fine without me at the wedding", "better off without me there".
_NOT_AN_OCCASION = r"(?! (?:at|in|on|for|there|tonight|this|that|when|while)\b)"
_PILLS = (
    r"(?:pills?|tablets?|paracetamol|acetaminophen|tylenol|painkillers?|pain killers?|sleeping (?:pills|tablets)|(?:muscle )?relaxants?|"
    r"co-?codamol|co-?dydramol|dihydrocodeine|codeine|ibuprofen|aspirin|tramadol|oxy\w*|antidepressants?|insulin|meds|medication|medicine|capsules?)"
)


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    # Clauses with this context are not this kind ("chest muscles", "out of breath after running").
    unless: re.Pattern[str] | None = None
    # Suicidal thoughts are never "history" by grammar alone ("I don't want to be here anymore").
    history_counts: bool = True
    # Context anywhere in the message that makes this rule's words ordinary.
    unless_in_message: re.Pattern[str] | None = None
    # …and context in the clause that takes the `unless` back.
    not_explained_by: re.Pattern[str] | None = None


# Words that bring a past crisis into the present: "…and I'm fine now, but lately it's creeping back".
_COMING_BACK = r"again|lately|recently|these days|at the moment|right now|creeping back|coming back|back again|starting (?:again|to)"
_COMING_BACK_RX = re.compile(rf"\b(?:{_COMING_BACK})\b")


# Concepts that are a danger on their own, looked for clause by clause.
_RULES: list[_Rule] = [
    _Rule(
        "overdose",
        _rx(
            rf"\b(?:taken|took|take|swallowed|had|downed|necked|eaten|ate|chewed(?: up)?|popped|gulped|injected|overdosed on|od'?d on)\b(?:\W+\w+){{0,2}}?\W+{_OVERDOSE_QUANTITY}(?:\W+\w+){{0,3}}?\W+{_PILLS}",
            # The count after the pills, or "many… from the box", in any tense: "she take many tablets from the
            # box, maybe 30, twenty minutes before" (not "tablets for 20 years", "25 mg").
            rf"\b(?:taken|took|take|takes|swallowed|swallow|had|ate|eaten|downed)\b(?:\W+\w+){{0,2}}?\W+{_PILLS}\b(?:\W+\w+){{0,5}}?\W+"
            r"(?:maybe |about |around |like |nearly |over |at least |almost )?(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty)\b"
            r"(?!\s*(?:mg|milligrams?|mcg|minutes?|mins?|years?|yrs?|days?|weeks?|months?|yo|year old|%))",
            rf"\b(?:taken|took|take|takes|swallowed|ate|had)\b (?:so |very |too |a lot of |way too )?many {_PILLS}\b(?:\W+\w+){{0,3}}?\W+"
            r"(?:from|out of) (?:the|a|her|his|my|their) (?:box|bottle|packet|pack|cupboard|drawer)",
            # A child who got into medicines: "my toddler got into my muscle relaxants, I think he ate a few".
            rf"\b(?:toddler|baby|kid|child|little one|little (?:girl|boy)|(?:my|our) (?:son|daughter|grandson|granddaughter|nephew|niece))\b(?:\W+\w+){{0,4}}?\W+"
            rf"(?:got into|has eaten|ate|eaten|swallowed|drank|drunk|chewed|found)\b(?:\W+\w+){{0,4}}?\W+(?:{_PILLS}|bleach|batter(?:y|ies)|washing (?:pods|capsules))",
            # Asking how much would kill: "the most tramadol someone can take before it kills them".
            r"\b(?:most|how many|how much)\b(?:\W+\w+){0,6}?\W+(?:before (?:it|they) (?:kills?|would kill)|before (?:you|i|someone) (?:die|dies)|to (?:kill|overdose)|would (?:kill|be fatal|be lethal)|is (?:fatal|lethal|a lethal dose)|to be (?:fatal|lethal|deadly))",
            rf"\b(?:overdos(?:e|ed|ing)|od'd|od'?ed|od(?=\s+on\b))\b{_NOT_ON_A_TREAT}",  # not "odd"
            rf"\b{_PILLS}\b(?:\W+\w+){{0,4}}?\W+(?:with|and) (?:vodka|wine|alcohol|whisky|whiskey|booze|drink)\b(?:\W+\w+){{0,6}}?\W+(?:sleep|die|not wake|end|forever)",
        ),
        unless=re.compile(
            r"\b(?:prescribed|as prescribed|my usual|normal dose|recommended dose|before (?:my|the) (?:massage|session|appointment))\b|"
            # What the client takes as a rule, said for the form: "I take a lot of pills, mostly antihistamines".
            r"\bi (?:take|have to take|need to take|am on|'m on) (?:a lot of|loads of|lots of|quite a few|so many|many) (?:pills|tablets|meds|medications?)\b"
            r"(?!.*\b(?:tonight|today|just now|earlier|an hour|all of|at once|in one go)\b)"
        ),
        history_counts=False,
    ),
    _Rule(
        "suicidal_thoughts",
        _rx(
            r"(?<!not )(?<!never )(?<!not feeling )(?<!wasn't )(?<!i'm not )(?:suicid|sucid)|killing me ?self|unalive|"
            # Not the idiom of overwork: "I'm killing myself with overtime", "killing myself at the gym".
            r"kill(?:ing)? my ?self(?! (?:with|over|at|doing|working|running|training|trying|laughing) (?:\w+ ){0,4}(?:overtime|work|job|shifts?|"
            r"hours|deadlines|exams?|revision|studying|the gym|gym|training|running|exercise|this|these (?:shifts|hours|deadlines)|to (?:get|finish|meet|keep))\b)",
            r"\b(?:end|take) (?:his|her|their|my|our) (?:own )?li(?:fe|ves)\b",
            r"\bplan(?:s|ning)? (?:to|on|how to) (?:kill|hurt|end|die)\b",
            # Thoughts of crashing or stepping out: "when I'm driving I think about just not turning the wheel".
            r"\b(?:think|thought|thinking|tempted|urge|wonder\w*|imagine|picture)\b(?:\W+\w+){0,5}?\W+(?:not turn(?:ing)? the wheel|let(?:ting)? go of the wheel|"
            r"driv(?:e|ing) (?:into|off|the car into)|(?:swerv|steer|veer)\w* (?:the car |the wheel |my car )?(?:into|off)|crash(?:ing)? (?:the car|my car|into)|"
            # "sometimes I think about just steering into a tree": what the car would hit says it.
            r"(?:\w+ing|go|drive|run) (?:straight |right )?(?:into|off) (?:a tree|a wall|a bridge|the (?:central )?reservation|oncoming (?:traffic|cars?|lorr\w+|trucks?)|a cliff)|"
            r"step(?:ping)? (?:out )?in front of|walk(?:ing)? (?:out )?in front of|jump(?:ing)? (?:off|in front of|from))\b",
            r"\b(?:don't|doesn't|do not|does not|didn't|no|not) (?:want|wanna|wish) (?:to )?(?:live|be alive|be here|be hear|exist|wake up|go on|be around|carry on)",
            r"\b(?:want|wants|wanna|wanted|going) to (?:die(?! (?:of|from|with) (?:embarrassment|shame|laughter|laughing|boredom|cringe|jealousy|envy)\b)|disappear forever|not exist|not wake up|not be here|sleep forever|never wake up)\b|\bwant (?:die|to dead|be dead|dead)\b",
            # "I'd rather just not exist than deal with this" (not the idiom "I'd rather die than sing").
            r"\b(?:i'?d|i would|id)\b(?:\W+\w+){0,2}?\W+rather"
            # (the wish in a lookahead: its own "not" must not read as negating the match)
            r"(?= (?:just |simply )?(?:not (?:exist|be (?:alive|here|around))|be dead|never wake up|not wake up)\b)",
            r"\bwish (?:i|i'd) (?:was|were|could be) dead\b|\bwish i (?:wouldn't|won't|didn't|could not|couldn't) wake up\b|\bwish i (?:could )?(?:sleep|go to sleep) and (?:not|never) wake\b|\bwish i (?:had never been born|wasn't here|was gone)\b",
            r"\b(?:better off|easier|happier|fine) (?:for (?:everyone|them|everybody|my family) )?(?:dead|without me|if i (?:was|were|wasn't|weren't) (?:here|around|gone|dead))\b"
            + _NOT_AN_OCCASION,
            # "My family would do so much better without me", "the kids would manage fine without me".
            r"\b(?:family|everyone|everybody|they|kids|children|wife|husband|partner|friends|world|people|mum|dad|parents)\b(?:\W+\w+){0,3}?\W+"
            r"(?:do|be|get on|manage|cope|live|fare|go on)\b(?:\W+\w+){0,3}?\W+(?:better|happier|easier|fine)(?: off)? without me\b"
            + _NOT_AN_OCCASION,
            r"\b(?:no|not any) (?:reason|point) (?:to|in|of) (?:live|living|going on|carrying on|being here|anything|life|waking up)\b",
            # "the only reason I'm still here is my dog"
            r"\b(?:the )?only (?:reason|thing) (?:i'?m|i am) still (?:here|alive|around)\b(?! (?:in|at) (?:this|the|my) \w+)|\bonly (?:thing|reason) (?:keeping|that keeps) me (?:here|alive|going)\b",
            # "I'm running out of reasons to keep going", "can't find a reason to carry on"
            r"\b(?:running out of|run out of|no more|can'?t (?:find|think of|see)(?: a| any)?|losing(?: my| the)?|few) reasons? (?:left )?to "
            r"(?:keep going|go on|carry on|live|stay|be here|keep living|get up|wake up)\b",
            r"\bwhat'?s the point (?:of|in) (?:living|life|anything|going on|carrying on|it all|being here|me)\b|\bwhat'?s the point anymore\b",
            r"\bcan't (?:go on|do this anymore|take (?:it|this|any more|anymore)|cope anymore|see a way out|keep going)\b",
            # "I don't know how much longer I can keep going with all this"
            r"\b(?:(?:don'?t|do not|dont) know|not sure|no idea) how (?:much )?(?:longer|long) (?:i|i'?ll|i will) (?:can |be able to )?(?:keep going|go on|carry on|cope|hold on|keep doing this)\b",
            r"\btired of (?:life|living|being alive|being here|everything|it all|existing)\b|\bsick of (?:life|living|being alive)\b|\bdone with (?:life|living|everything|it all)\b",
            r"\b(?:goodbye|farewell) (?:letters?|notes?|messages?|texts?)\b|\b(?:said|saying|say) my goodbyes\b|\bsaid goodbye to (?:everyone|everybody|my family|my kids|the kids)\b|\bwr(?:ote|itten|iting) (?:a |my )?(?:note|letters?) (?:to|for) (?:my|the) (?:kids|family|children|wife|husband|partner|mum|parents)",
            r"\bgiv(?:en|ing|e) (?:away )?(?:all )?my (?:things|stuff|belongings) away\b|\bgiving away (?:all )?my\b",
            r"\bwant (?:it all|everything|all of it|the pain|this all) to (?:stop|end) (?:for good|forever|permanently)\b|"
            r"\bwant (?:it all|everything|all of it|this all|all this|all of this) (?:to )?(?:just )?(?:to )?(?:stop|end|be over)\b",
            # Asking for the means: "what's the most painkillers you can take before it's too many?"
            r"\b(?:how many|most|max\w*|enough)\b(?:\W+\w+){0,2}?\W+(?:pills|tablets|painkillers|paracetamol|sleeping pills|meds)\b"
            r"(?:\W+\w+){0,10}?\W+(?:too many|to die|kill|fatal|lethal|overdose|not wake up|"
            # "…before it gets dangerous? i want to know the number"
            r"(?:gets?|becomes?|is|would be|turns?) (?:\w+ )?(?:dangerous|deadly))\b",
            # An end stated as a date, with no ordinary reason: "cancel all my future bookings please. I won't need them
            # after tonight".
            r"^(?!.*\b(?:moving|move|leaving the|relocat\w*|emigrat\w*|abroad|new job|new clinic|another clinic|"
            r"contract|visa|flight|holiday|trip|package runs out)\b).*\b(?:won'?t|wont|will not|shan'?t|not going to) (?:be )?"
            r"(?:need|needing|use|using|want|wanting)\w* (?:them|it|any ?more|anything|any of (?:them|it)|my (?:bookings?|sessions?|package|voucher))"
            r"(?:\W+\w+){0,3}?\W+after (?:tonight|today|this evening|this weekend|tomorrow)\b",
            # The purpose said, whatever the medicine is called: "how many of my muscle relaxants would it take to not wake up".
            r"\bhow (?:many|much)\b(?:\W+\w+){0,8}?\W+(?:would|does|will|'d|d) (?:it )?take (?:me |someone |a person )?to "
            r"(?:not wake up|never wake up|die|kill (?:me|myself|someone|a person|you)|end (?:it|things|my life)|stop (?:my|your|a) heart|be fatal)\b",
            # Thoughts of dying as a habit of mind: "is it normal to think about dying every day? I don't have a plan".
            r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|being dead|killing myself|ending (?:it|my life|things)|suicide|"
            r"not being (?:here|alive|around))\b(?:\W+\w+){0,3}?\W+(?:every day|everyday|all the time|a lot|constantly|every night|daily|"
            r"most days|more and more|non-?stop|lately|recently)\b",
            # "how many of my sleeping tablets would it take" with no purpose a medicine serves.
            r"\bhow many\b(?:\W+\w+){0,6}?\W+(?:pills|tablets|painkillers|paracetamol|sleeping pills|meds)\b(?:\W+\w+){0,3}?\W+"
            r"(?:(?:would|does|will) it take|it (?:would|will|'d|d) take|it takes)\b"
            r"(?!\W+(?:to (?:work|help|kick in|feel|get rid|ease|settle|sleep|calm)|for (?:the|my|it|them|a|an)|before|till|until))",
            r"\bno (?:future|way out|hope left)\b|\bnot worth living\b|\blife (?:is|isn't) (?:not )?worth (?:it|living)\b",
            # A farewell gift: "I want her to have something nice to remember me by. I won't be needing my own sessions
            # anymore" (not a keepsake while away: "to remember me by while I'm travelling").
            r"^(?!.*\b(?:moving|move|leaving the|relocat\w*|emigrat\w*|abroad|travel\w*|away for|gap year|deployment|deployed|wedding|"
            r"retir\w*|leaving do|new job)\b).*\bto remember me by\b",
            # Sessions given up for good with no ordinary reason, beside a gift or a farewell word.
            r"^(?!.*\b(?:moving|move|relocat\w*|emigrat\w*|abroad|better|fixed|sorted|healed|new job|new clinic|another clinic|"
            r"afford|money|budget|pregnan\w*|baby|surgery|operation|gp|doctor|physio\w*|remaining|rest of|left over|leftover|unused|spare)\b)"
            r"(?=.*\b(?:voucher|gift|present|give (?:her|him|them)|for my (?:sister|brother|mum|mom|dad|wife|husband|partner|kids?|son|daughter|friend))\b)"
            r".*\b(?:won'?t|wont|will not|shan'?t|not going to) (?:be )?(?:need|needing|use|using)\w* (?:my (?:own )?)?(?:sessions?|bookings?|appointments?|"
            r"massages?|package|membership|them|it) (?:any ?more|any longer|again)\b",
            r"\bnot (?:be|being) here (?:anymore|any more|tomorrow)\b|\bwon't be (?:here|around) (?:anymore|tomorrow)\b",
            r"\b(?:i'm|i am|i feel like|feel like) (?:just |such |only )?a burden\b|\bburden (?:to|on) (?:everyone|everybody|my family|them)\b",
            r"\b(?:no one|nobody|noone) would (?:notice|care|miss me)\b|\bif i (?:just )?(?:disappeared|vanished|was gone|wasn't here)\b|\b(?:after|when|once) i'?m gone\b",
        ),
        unless=re.compile(
            # Worn down by the pain ("I can't take this anymore, my neck is agony"), with no word of death
            # anywhere in the clause: "I want to die, my neck hurts so much" is not explained by the neck.
            r"^(?!.*\b(?:die|dying|dead|suicid|live|living|life|myself|wake up|exist|alive|kill)\b)"
            r".*\b(?:knot|knots|muscle|neck|shoulder|session|massage|appointment|booking|this pain|the pain in|sciatica|back pain|migraine|headaches?)\b|"
            # Suicide as the subject of work or study: "I volunteer on a suicide prevention helpline".
            r"\bsuicide (?:prevention|helpline|hotline|awareness|charity|training|course|first aid)\b|"
            # The sprint drill: "my calves are wrecked from doing suicides at basketball".
            r"\b(?:doing|did|do|done|running|ran|run|more|coach made us do) suicides\b|\bsuicides? (?:drills?|sprints?|runs?|shuttles?)\b|"
            r"\bsuicides (?:at|in|during|after) (?:practice|training|basketball|football|netball|hockey|rugby|soccer|the gym|pe)\b"
        ),
        history_counts=False,
        # "I don't want to be here anymore... at this clinic I mean": the client says what "here" is.
        unless_in_message=re.compile(
            r"\b(?:at|in|with) (?:this|the|your) (?:clinic|place|branch|job|company|office|gym|practice|team)\b(?:\W+\w+){0,2}?\W+i mean\b|"
            # The pressure in a session, not life: "can i ask her to stop half way through if i cant take it".
            r"^(?!.*\b(?:life|living|anymore|any more|alive|die|dying|kill|end it|myself)\b)(?=.*\b(?:stop|ease off|lighter|pressure|massage|"
            r"therapist|session|half ?way)\b).*\b(?:if|when|once) (?:i|you) (?:can'?t|cannot|can not) take (?:it|the (?:pressure|pain))\b|"
            # Long past, said to be well now, with nothing current: "I was suicidal back in my twenties, had
            # good support and I'm genuinely well now, haven't felt like that in years. Will the therapist read the form?"
            rf"^(?!.*\b(?:{_COMING_BACK}|today|tonight|this (?:week|month|year)|still)\b)"
            r"(?=.*\b(?:years ago|in my (?:teens|twenties|thirties|20s|30s)|as a teen\w*|when i was (?:younger|a teen\w*|\d+)|back in)\b)"
            r"(?=.*\b(?:(?:well|fine|better|good|okay|ok|great) now|haven'?t (?:felt|been) (?:like )?that (?:in|for) (?:years|ages|a long time)|"
            r"fully recovered|in a (?:good|much better|better) place)\b)"
        ),
    ),
    _Rule(
        # "I want to end it." is suicidal, unless the message says what "it" is: "…my membership, I mean".
        "suicidal_thoughts",
        _rx(
            r"\bend (?:it all|my life|my own life|everything|things|it)(?: (?:tonight|today|now|soon|for good|forever))?\b(?!\s+(?:early|sooner|now and|after (?:\d|half|an? |the first|ten|fifteen|twenty|thirty|forty)|at|with|here|there|for (?:now|today)))",
            # Asking for a way to die: "the most painless way to go? asking for me", "a painless way out of all this".
            r"\b(?:painless|easiest|quickest|surest|quietest) way (?:to go|out|to die|to do it|to end (?:it|things|my life))\b(?! (?:to|home|about|through|of (?:the|this) (?:car|building|clinic)))",
        ),
        history_counts=False,
        unless_in_message=re.compile(
            r"\b(?:booking|appointment|session)s?\b(?:\W+\w+){0,4}?\W+i mean\b|\bi mean (?:the|my) (?:booking|appointment|session)\b|"
            r"\b(?:membership|subscription|monthly plan|plan|contract|package|account|course|"
            r"auto\W*renew\w*|renewal|direct debit|payments?|charging|reminders?)\b"
            r"(?!.*\b(?:die|dead|suicid|kill|life|myself|wake up)\b)"
        ),
    ),
    _Rule(
        # Euphemisms: "checking out for good", "won't be a problem much longer", "calling it a day on
        # everything", unless the message gives the ordinary reason ("…switching to a clinic nearer home").
        "suicidal_thoughts",
        _rx(
            r"\b(?:check|checking|checked|bow|bowing|tap|tapping) out (?:for good|permanently|of (?:life|this world|everything)|for ever|forever)\b",
            r"\bwon'?t be (?:a problem|a burden|anyone's problem|bothering (?:anyone|you)) (?:much longer|for (?:much )?longer|for long|soon)\b",
            r"\bcall(?:ing)? it a day on (?:everything|life|it all)\b|\b(?:join|joining|be with) my (?:late|dead) (?:wife|husband|partner|son|daughter|mum|dad|mother|father)\b",
            r"\b(?:worked out|figured out|decided) (?:how|when) (?:i'?ll|i will|i'?m going to|to) (?:do it|end it|go)\b",
            # The means: saving up tablets; a way not to wake up.
            r"\b(?:saving|saved|stockpil\w*|hoard\w*|collecting|stashing|building up) (?:up )?(?:my |all my |a load of |loads of )?(?:tablets|pills|meds|medication|painkillers|sleeping pills)\b",
            r"\b(?:so|that|and) (?:you|i|someone|one) (?:just )?(?:don'?t|never|won'?t|wouldn'?t) wake up\b",
            # A plan, said plainly: "i have a plan and the tablets are on the table next to me" (not a plan to
            # book, for the week, with the insurer).
            r"\bi(?: have| ?'?ve got| ?'?ve made| have made| got| ?'?ve) (?:a|my) plan\b"
            # …but not a plan to do something ordinary ("a plan to sort out my knots myself: foam roller"),
            # for the week, with the insurer.
            r"(?! (?:to (?!(?:kill|hurt|end|die|take|overdose|do it|go through with|not be|jump|hang|finish)\b)|for|with|of|b\b|a\b))",
            # Exhaust fumes: "sitting in my car with the engine running in the closed garage", "a hose from the exhaust".
            r"\b(?:(?:car|engine|motor|van)(?:'s| is| was)? (?:running|on|started|idling|ticking over)|(?:running|started|idling) (?:the |my )?(?:engine|motor|car))\b"
            r"(?=.*\bgarage\b)(?=.*\b(?:closed|shut|locked|door down)\b)|"
            r"\bhose(?:pipe)? (?:from|on|to|into|through) (?:the |my )?(?:exhaust|car window)\b",
            # A rope or a noose made ready: "ive got the rope sorted" (not a skipping or climbing rope).
            r"\bnoose\b|\b(?:got|have|bought|found|tied|sorted|ready|made|put up|hung)\b(?:\W+\w+){0,2}?\W+"
            r"(?<!skipping )(?<!climbing )(?<!jump )(?<!jumping )(?<!tow )(?<!washing )(?<!battle )(?:the |a )?rope\b(?! (?:in|into)\b)|"
            r"\b(?:the|a|my) rope(?:'s| is|s)? (?:now |all |already )?(?:sorted|ready|up|tied|in the (?:garage|shed|loft))\b",
            # The means at hand: "the tablets are on the table next to me", "pills beside me".
            r"\b(?:pills|tablets|meds|paracetamol|painkillers|sleeping pills|the rope|a rope|blades?)\b(?:\W+\w+){0,5}?\W+(?:next to|beside|in front of|right by) me\b",
            # The means laid out: "I have the pills lined up on the table", "tablets all counted out" (not a
            # weekly pill box laid out by day).
            r"\b(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills)\b(?:\W+\w+){0,3}?\W+"
            r"(?:lined up|counted out|all counted|spread out in front|all out on (?:the|my) (?:table|bed|desk))\b",
            # A way to die asked for and broken off: "what's the least painful way to... never mind".
            r"\b(?:least painful|most painless|painless|easiest|quickest|surest|quietest|simplest|gentlest) way (?:to|of)\b"
            r"(?=\s*(?:\.{2,}|…|-{1,2}|—)|\W*$|\W+(?:never ?mind|nvm|forget (?:it|i asked|that)|doesn'?t matter|ignore (?:that|me)))",
            # Wishing not to be: "I keep picturing just not existing", "daydreaming about my own funeral".
            # (the wish in a lookahead: its own "not" must not read as negating the match)
            r"\b(?:picturing|picture|imagining|imagine|fantasi[sz]\w*|daydream\w*|dreaming|thinking|think|thoughts|longing|craving)\b"
            r"(?=(?:\W+\w+){0,3}?\W+(?:not existing|not being (?:here|around|alive)|not waking up|never waking up|being gone for good|"
            r"being dead|my (?:own )?funeral|disappearing for good|it all (?:ending|being over)|ceasing to exist)\b"
            r"(?! (?:next|this|on|for|in|at|over|from|until|till|tomorrow|tonight|that)\b))",
            # Affairs put in order: "if something happens to me, can my credits go to my sister? I'd like things tidy."
            r"\bif (?:something|anything) (?:happens|happened|were to happen|should happen) to me\b(?=.*\b(?:go to|goes to|"
            r"pass(?:ed)? (?:on )?to|give (?:it|them) to|leave (?:it|them) to|transferr?\w* (?:to|them|it)|tidy|in order|sorted|affairs|my will)\b)",
        ),
        history_counts=False,
        unless_in_message=re.compile(
            r"\b(?:moving|move (?:house|abroad|away)|relocat\w*|emigrat\w*|new job|abroad|leaving the (?:country|area)|switching|"
            r"another (?:clinic|therapist|place)|(?:clinic|therapist|place|gym) (?:nearer|closer)|hotel|membership|subscription)\b"
        ),
    ),
    _Rule(
        # Not being in the world much longer, said as a doubt: "not sure I'll be around for much longer
        # anyway", "I don't think I'll be here long", unless the message says where the client is going
        # or that an illness is what is meant (that is the doctor's, and said plainly).
        "suicidal_thoughts",
        _rx(
            r"\b(?:won'?t|will not|wont|not going to|not gonna|don'?t think i'?ll|dont think ill|not sure (?:if |that )?i'?ll|"
            r"not sure (?:if |that )?ill|doubt (?:that )?i'?ll|doubt ill|might not|may not|probably won'?t)"
            r" (?:still |even )?be (?:around|here)\b(?:\W+\w+){0,2}?\W+(?:much longer|for (?:much|very|that) long(?:er)?|long|for long|much more|"
            r"by then|for it|to see (?:it|them|that))\b",
        ),
        history_counts=False,
        unless_in_message=re.compile(
            r"\b(?:mov\w*|relocat\w*|emigrat\w*|abroad|leaving (?:the|this) (?:country|area|town|city)|new job|visiting|visit|holiday|"
            r"trip|in town|passing through|for work|business|term|semester|lease|contract|shift|parking|meter|office|"
            r"today|tonight|this (?:morning|afternoon|evening)|online|battery|signal|"
            r"terminal\w*|palliative|hospice|months? to live|weeks? to live|prognosis|retir\w*|pregnan\w*|due date|maternity)\b"
        ),
    ),
    _Rule(
        # Self-harm, unlike wanting not to be here, can be history: "used to self harm as a teenager".
        "suicidal_thoughts",
        _rx(r"\bself[- ]?harm|\bhurt(?:ing)? my ?self\b|\bcut(?:ting)? my ?self\b|\bharm(?:ing)? my ?self\b"),
        # "how do I use a foam roller without hurting myself", "hurt myself lifting": an injury, not self-harm.
        unless=re.compile(
            r"\b(?:without|avoid|not to|don't want to|do not want to|never) (?:\w+ )?(?:hurt|harm|injur)\w*|"
            r"\b(?:hurt|hurting) my ?self (?:at|in|on|doing|lifting|playing|when|while|training|running|with)\b|"
            # An accident: "cut myself shaving this morning", "cut myself on a tin".
            r"\bcut(?:ting)? my ?self (?:shaving|chopping|cooking|on (?:a|the|some|broken)|gardening|opening|in the kitchen|by accident|accidentally)\b|"
            r"\b(?:foam roll\w*|roller|massage ball|tennis ball|stretch\w*|exercis\w*|gym|lifting|workout)\b"
        ),
    ),
    _Rule(
        "chest_pain",
        _rx(
            rf"\bchest\b(?:\W+\w+){{0,5}}?\W+{_DISCOMFORT}",
            rf"\b{_DISCOMFORT}\b(?:\W+\w+){{0,3}}?\W+(?:in |across |on |around )?(?:my |his |her |the )?(?:chest|breastbone|sternum)\b",
            r"elephant (?:on|sitting on|standing on) (?:my |his |her |the )?chest|\bheart (?:hurts|is hurting|pain)\b",
            r"\b(?:pain|ache|aching|heaviness|heavy|numbness|tingling) (?:down|in|into|going down|spreading (?:to|down|into)|radiating (?:to|down|into)) (?:my|his|her) left arm\b(?!pit)",
            r"\bleft arm\b(?:\W+\w+){0,6}?\W+jaw\b|\bjaw\b(?:\W+\w+){0,6}?\W+left arm\b",
            r"\b(?:having|think (?:i'?m|he'?s|she'?s|i am) having|is having|might be having|could be having|am having) (?:a )?heart attack",
            # A past heart attack's feeling back: "exactly the same feeling in my chest as I had then".
            r"\b(?:same|exact same|exactly the same|just like the)\b(?:\W+\w+){0,2}?\W+(?:feeling|pain|pressure|tightness|heaviness|ache)\b"
            r"(?:\W+\w+){0,4}?\W+(?:chest|heart)\b(?=(?:\W+\w+){0,10}?\W+(?:then|before|last time|that time|heart attack|when i had)\b)",
        ),
        unless=_MUSCLE_CONTEXT,
        unless_in_message=re.compile(
            f"{_ALREADY_EXPLAINED.pattern}|{_MUSCULAR_AND_EASES}|{_A_COLD_S_CHEST}|{_JOKES_ABOUT_A_HEART_ATTACK}|{_CHEST_PAIN_AT_WORK}|{_AN_ARMS_NERVE}|{_FROM_LAUGHING}|{_PART_OF_THE_TREATMENT}"
        ),
        # "my chest has felt tight and heavy for the last half hour, probably just a knot from the gym right?"
        not_explained_by=_GUESSED_AND_ACUTE,
    ),
    _Rule(
        "breathing",
        _rx(_AIRWAY),
        # "my throat gets tight when I'm nervous", "a sore throat": not an airway closing.
        # "lips swell if I eat peanuts": what happens when, not what is happening.
        unless=re.compile(
            # The place, not the airway: "the front bit near my throat is so tight" (neck muscles, a massage gun).
            r"\A(?!.*\b(?:swell\w*|swollen|clos\w*|breath\w*|swallow\w*|allerg\w*|anaphyla\w*|tongue|lips?)\b)"
            r"(?=.*\b(?:near|by|around|next to|close to) (?:my |the |his |her )?throat\b)|"
            r"\b(?:nervous|anxious|anxiety|upset|crying|emotional|sore throat|tonsil\w*|a cold|hay ?fever|when i sing|"
            r"(?:if|when|whenever) (?:i|he|she|they) (?:eat|eats|have|has|touch|touches|use|uses|get|gets|try|tries))\b"
        ),
    ),
    _Rule(
        "breathing",
        _rx(_BREATHLESS),
        unless=re.compile(
            rf"{_EXERTION.pattern}|{_NOSE_ONLY}|\b(?:with|from) (?:excitement|anticipation|laughter|laughing|joy|nerves)\b|"
            # Pressure told by its effect, about the session gone by: "that glute work was so intense I could hardly
            # breathe lol, lighter next time?" (not a pain that is, whatever caused it).
            r"\A(?=.*\b(?:massage|session|treatment|pressure|therapist|elbow|glute work|(?:neck|back|shoulder|leg|calf|glute|deep) work)\b)"
            r"(?!.*\b(?:chest|heart|lips?|throat|tongue|swell\w*|still|now|since|worse|anymore)\b).*\b(?:was|were|got) (?:so|that|too) "
            r"(?:intense|deep|hard|firm|painful|much|strong|brutal|tender|sore)\b(?:\W+\w+){0,2}?\W+(?:i|we) "
            r"(?:could barely|could hardly|couldn'?t|could not|forgot to|had to remember to) (?:\w+ )?breathe\b|"
            # "laughed so hard I couldn't breathe 😂"
            r"\b(?:laugh\w*|giggl\w*|crying laughing|cracking up|cracked up)\b(?:\W+\w+){0,2}?\W+(?:so (?:hard|much)|till|until)\b|"
            r"\b(?:unfit|out of shape|overweight|not very fit|easily)\b|"
            # Fingers or toes that go white or blue in the cold, with nothing of the breath: Raynaud's, the doctor's.
            r"\A(?!.*\b(?:breath\w*|breathe|air|gasp\w*|lips?|chok\w*)\b)(?=.*\b(?:fingers?|fingertips|toes?)\b(?:\W+\w+){0,5}?\W+"
            r"(?:white|blue|purple)\b)(?=.*\b(?:cold|winter|raynaud\w*)\b)|"
            # The table, not the lungs: "my boobs make it uncomfortable lying face down, I feel squashed and can't breathe properly".
            r"\b(?:(?:lie|lying|lay|laid) (?:face ?down|on my (?:front|stomach|tummy|belly))|boobs?|breasts?|squash\w*|squish\w*)\b|"
            # …or face down on the table, not found face down: "I couldn't breathe face down and anxious, it passed when I turned over".
            r"\bface ?down\b(?!(?:\W+\w+){0,3}?\W+(?:floor|ground|bath|pool|water|carpet|grass|road|pavement|stairs))|"
            # Shallow breath that posture explains: "my physio says my breathing is shallow because my chest muscles are tight from hunching".
            r"\b(?:shallow|short)\b(?:\W+\w+){0,8}?\W+(?:because|cos|from|due to)\b(?:\W+\w+){0,6}?\W+"
            r"(?:posture|hunch\w*|slouch\w*|rounded shoulders|desk|tight (?:chest|pecs?)|(?:chest|pec) muscles)\b"
        ),
        unless_in_message=re.compile(
            # Breathless in a known, long-standing way, asked about coming in: "heart failure… get breathless lying flat.
            # could i have a massage sitting up?" (the clearance answer, not 999).
            r"\A(?!.*\b(?:now|right now|sudden\w*|worse|worst|tonight|today|this morning|lips|blue|chest pain|can'?t breathe)\b)"
            r"(?=.*\b(?:heart failure|copd|emphysema|asthma\w*|pulmonary fibrosis|lung disease|bronchiectasis)\b)"
            r"(?=.*\b(?:(?:i|he|she) )?(?:get|gets|always get|usually get) (?:a bit |quite |very )?(?:breathless|short of breath|out of breath)\b)"
        ),
    ),
    _Rule(
        "pulmonary_embolism",
        _rx(
            r"cough\w* (?:up )?(?:some |a bit of |lots of )?blood|blood when (?:i|he|she) cough|bloody (?:cough|phlegm|spit)|spitting (?:up )?blood"
        ),
    ),
    _Rule(
        "stroke_signs",
        _rx(
            r"\b(?:face|mouth|smile|eye(?:lid)?|lip)\b(?:\W+\w+){0,4}?\W+(?:droop\w*|lopsided|dropped|sagging|saggy|fallen|crooked|slid\w*|slumped)",
            r"\bdroop\w* (?:face|mouth|smile|on one side)|\bface (?:is |has |looks )?(?:gone |go |went )?(?:down|wonky|weird|funny) on one side",
            r"\bmouth (?:is |has |went )?(?:go |gone )?down (?:on )?one side",
            r"\b(?:lost|losing|lose) (?:the |my |his |her |all |some )?(?:vision|sight)\b|\bgone blind\b|\bsuddenly (?:blind|can't see)",
            r"\bslur\w*",
            r"\b(?:vision|eyesight|sight) (?:went|has gone|had gone|is|was|suddenly|gone) (?:all )?double\b|\b(?:suddenly|started|now) seeing double\b|"
            # "now i get dizzy n see double when i turn my head"
            r"\b(?:see|seeing|saw|seen) (?:things )?double\b",
            r"\bsudden(?:ly)?\b(?:\W+\w+){0,4}?\W+(?:can't see|lost (?:my |the )?(?:sight|vision)|blind|double vision|weak|numb|can't stand|spinning|confused|can't lift)",
            r"\b(?:face|mouth|smile)\b(?:\W+\w+){0,4}?\W+(?:on one side|one[- ]sided)",
            r"\b(?:arm|leg|hand)\b(?:\W+\w+){0,2}?\W+(?:went|gone|has gone|suddenly went|suddenly|just went)\W+(?:\w+\W+){0,1}(?:numb|weak|dead|floppy|limp)\b",
            r"\bcan't (?:lift|raise|move) (?:his|her|my) (?:left |right )?(?:arm|hand|leg)\b(?:\W+\w+){0,6}?\W+(?:face|speech|talk|words|suddenly|one side)",
            r"\bone side of (?:my|his|her|the) (?:face|body)\b(?:\W+\w+){0,3}?\W+(?:numb|weak|dead|droop\w*|won't move|gone|not moving|heavy)",
            # Noticed by someone else, without the textbook word: "my husband says the right side of my face looks different".
            r"\b(?:right|left|one) side of (?:my|his|her|the) (?:face|mouth)\b(?:\W+\w+){0,3}?\W+(?:looks?|is|seems?|went|gone|has gone|looking) "
            r"(?:\w+ )?(?:different|odd|funny|strange|wrong|off|weird|not right|lopsided|droopy|lower)\b",
            # A hand that suddenly will not grip, with the face or speech: "my right hand won't grip my mug … my face".
            r"\b(?:hand|fingers|arm)\b(?:\W+\w+){0,2}?\W+(?:won'?t|can'?t|cannot|couldn'?t|wouldn'?t|will not) (?:grip|hold|grab|close|pick)\b"
            r"(?:\W+\w+){0,25}?\W+(?:face|speech|words|talking|speaking|slur\w*)\b",
            # A hand or arm that stops working, with the face: "typing with one hand bc my right hand wont work and my face
            # feels funny" (either order).
            r"\b(?:hand|arm|fingers|leg)\b(?:\W+\w+){0,2}?\W+(?:won'?t|wont|will not|isn'?t|is not|stopped|can'?t|cannot|doesn'?t|does not) "
            r"(?:work\w*|move|moving|respond\w*|do anything|lift|grip)\b(?:\W+\w+){0,12}?\W+(?:face|mouth|smile|speech|words|talk\w*)\b",
            r"\b(?:face|mouth|smile)\b(?:\W+\w+){0,3}?\W+(?:feels?|felt|is|looks?|gone|went) (?:\w+ )?(?:funny|weird|strange|numb|odd|dead|wrong|off)\b"
            r"(?:\W+\w+){0,12}?\W+(?:hand|arm|fingers|leg)\b(?:\W+\w+){0,2}?\W+(?:won'?t|wont|will not|stopped|can'?t|doesn'?t) (?:work\w*|move|lift|grip)\b",
            r"\b(?:having|think (?:i'?m|he'?s|she'?s) having|is having|(?:he|she|i) (?:just|might have|may have) had|might be having) a stroke\b",
            r"\broom (?:is )?spinning\b(?:\W+\w+){0,6}?\W+can't (?:stand|walk)|\bcan't (?:stand|walk) (?:up )?(?:straight )?(?:and|,) (?:the )?room (?:is )?spinning",
        ),
        unless=re.compile(
            rf"\b(?:dentist\w*|injection|anaesthetic|anesthetic|filling|novocaine|botox)\b|{_POSITIONAL}|{_WHILE_PRESSED}"
        ),
    ),
    # Speech gone wrong, which lying on an arm or a pressed spot does not explain: "my flatmate is talking
    # gibberish and his arm is dragging, he says he just slept on it funny".
    _Rule(
        "stroke_signs",
        _rx(
            r"\b(?:speech|words?|talking|speaking|voice)\b(?:\W+\w+){0,3}?\W+(?:garbled|jumbled|muddled|mixed up|coming out wrong|come out wrong|came out wrong|not making sense|gibberish|strange|weird|funny|slurred)",
            r"\b(?:talking|speaking) (?:gibberish|nonsense|funny|weird|strange)\b|\bcan't (?:find|get) (?:his|her|my|the) words\b",
            # Speech gone to sounds: "she's trying to tell me something but it's just sounds, not words".
            # (the "not words" in a lookahead: its own "not" must not read as negating the match)
            r"\b(?:just|only|all) (?:sounds|noises|mumbling|grunts|grunting|babble|babbling)(?=\W+(?:and |but )?(?:not|no) (?:real |proper |actual )?words\b)|"
            r"\bno (?:real |proper )?words (?:are )?(?:come|coming) out\b|"
            r"\b(?:words|speech) (?:won'?t|wouldn'?t|aren'?t|isn'?t) (?:come|coming) out\b",
            r"\bcan't (?:speak|talk|get (?:my|the|his|her) words out) (?:properly|right|clearly)",
        ),
        unless=re.compile(r"\b(?:dentist\w*|injection|anaesthetic|anesthetic|filling|novocaine|botox)\b"),
    ),
    _Rule(
        "thunderclap_headache",
        _rx(
            r"worst (?:headache|head ache|head pain|pain in my head)",
            r"thunderclap|like (?:being )?(?:hit|struck|smacked|whacked) (?:on|in|over) the head|\bexplo\w*\b(?:\W+\w+){0,3}?\W+(?:in|inside|at the back of|at the front of) (?:my|his|her) (?:head|skull)\b|(?:head|headache)\b(?:\W+\w+){0,4}?\W+(?:explod\w*|exploded|like a bomb|like a gunshot)",
            rf"(?:sudden(?:ly)?|abrupt(?:ly)?|out of the blue)(?:\W+\w+){{0,3}}?\W+(?:severe|excruciating|blinding|terrible|horrendous|massive|splitting|awful|horrible|agonising|agonizing|unbearable|bad|intense|crazy) (?:{_HEADACHE})",
            rf"(?:{_HEADACHE})\b(?:\W+\w+){{0,3}}?\W+(?:came on|hit me|hit him|hit her|started|struck|came) (?:suddenly|out of nowhere|all of a sudden|like a|from nowhere|in seconds)",
            rf"(?:{_HEADACHE})\b(?:\W+\w+){{0,8}}?\W+(?:stiff neck|neck (?:is |has |'s )?(?:gone |become |got |turned |went )?(?:really |very |quite |so )?stiff|can't (?:bend|move) (?:my|his|her) neck)",
            # "an excruciating headache of abrupt onset, unlike anything I have experienced": how it began,
            # or that it is like no headache before, with how bad it is.
            rf"(?:severe|excruciating|blinding|horrendous|splitting|agonising|agonizing|unbearable|intense|violent) (?:{_HEADACHE})\b"
            r"(?:\W+\w+){0,3}?\W+(?:of (?:sudden|abrupt|rapid) onset|unlike any|like nothing|nothing like (?:any|anything|i'?ve|i have|my)|"
            r"(?:the )?like of which|i'?ve never (?:had|felt)|i have never (?:had|felt))",
            rf"(?:{_HEADACHE})\b(?:\W+\w+){{0,2}}?\W+of (?:sudden|abrupt) onset",
            rf"(?:stiff neck|neck is stiff)\b(?:\W+\w+){{0,8}}?\W+(?:{_HEADACHE})",
        ),
    ),
    _Rule(
        "cauda_equina",
        _rx(
            r"\b(?:can't|cannot|unable to|couldn't|can not) (?:control|hold|feel|stop) (?:my |his |her )?(?:bladder|bowels?|pee|wee|poo|urine|peeing|weeing)",
            r"\b(?:lost|losing|loss of|no) (?:control (?:of|over) )?(?:my |his |her )?(?:bladder|bowel)s?(?: control)?",
            r"\b(?:bladder|bowel|toilet|wee|pee|poo) (?:accidents?|leaks?|leaking)\b|"
            r"\b(?:wet|soiled|peed|pooed|pooped) (?:my ?self|him ?self|her ?self|the bed)\b|\b(?:had|having|have had) (?:an |a little |a few |some |a couple of |two |several )?accidents?\b(?:\W+\w+){0,3}?\W+(?:bladder|bowels?|toilet|pee|wee|myself|pants|trousers|down there)",
            r"\b(?:can't|cannot|unable to|couldn't) (?:pee|wee|urinate|pass (?:urine|water)|empty (?:my|his|her) bladder|go for a wee|go for a pee)\b",
        ),
        # Pregnancy leaks with a sneeze; an accident has its own rule. A long drive or a hard chair
        # explains a numb bum, never a bladder that will not empty or hold (those stay a danger).
        unless=re.compile(r"\b(?:car accident|road accident|crash|pregnan\w*)\b"),
    ),
    _Rule(
        "cauda_equina",
        _rx(
            # "numb betwen my legs and round my bum": the saddle named in lay words, misspelt, a few words on.
            rf"\b(?:numb\w*|tingl\w*|pins (?:and|n|&) needles)\b(?:\W+\w+){{0,6}}?\W+(?:{_BETWEEN} (?:my|the|his|her) legs|groin|saddle|genitals|back passage|bum|bottom|down there|private|inner thighs)",
            rf"\b(?:{_BETWEEN} (?:my|the) legs|down there|back passage|groin|privates|private parts|genitals|crotch)\b(?:\W+\w+){{0,3}}?\W+(?:numb|can't feel|dead)",
            # (the "no feeling" in a lookahead: its own "no" must not read as negating the match)
            rf"\b(?:{_BETWEEN} (?:my|the) legs|down there|back passage|groin|privates|private parts|genitals|crotch)\b(?=(?:\W+\w+){{0,3}}?\W+no feeling\b)",
            r"\bsaddle (?:area )?numb",
            # "gone kind of tingly in the saddle area", "pins and needles around my back passage"
            r"\b(?:tingl\w*|pins (?:and|n|&) needles|no feeling|dead|numb\w*)\b(?:\W+\w+){0,4}?\W+(?:in|around|down) (?:the |my |his |her )?(?:saddle|crotch|groin|back passage|privates|genitals|bum area|bits)\b",
            r"can't (?:really |properly |quite )?feel (?:it |anything |the (?:toilet|loo) (?:paper|roll) |myself )?when (?:i|he|she) wipe|numb when (?:i|he|she) wipe|"
            r"can't (?:really |properly |quite )?feel (?:the )?(?:toilet|loo) (?:paper|roll)",
        ),
        # Pregnancy and accidents have their own rules; a numb bum from sitting or cycling is positional.
        unless=re.compile(
            r"\b(?:car accident|road accident|crash|pregnan\w*|from sitting|sitting (?:at|on|for|all|cross)|all day at|"
            r"long (?:\w+ )?(?:drives?|journeys?|flights?|trips?|rides?)|car journeys?|cross[- ]?legged|cycl\w*|bike|spin class|saddle sore|hard chair|"
            r"(?:\d* ?hours?|\d* ?hrs?|all day|ages) (?:on|in) (?:the|a) (?:train|bus|plane|coach|car|sofa|couch)|flight|neuropathy|diabet\w*|feet|toes|"
            r"(?:\d+|two|three|four|five|six|long|an) ?(?:-? ?hours?|hr|hrs)? ?(?:drive|journey|car ride|road trip|coach trip)|worn off|wore off)\b"
        ),
        # The sitting told in another sentence than the numb bum ("3hrs on the train to work. my bum goes
        # numb"), unless the numbness outlasts the sitting or reaches where a seat does not.
        unless_in_message=re.compile(
            r"^(?!.*\b(?:wipe|wiping|still numb|not going away|won't go|hasn't (?:gone|worn)|for (?:days|a week)|"
            r"genitals|privates|back passage|bladder|bowel)\b)"
            r"(?=.*\b(?:sitting|sat|\d* ?(?:hours?|hrs?) (?:on|in) (?:the|a) (?:train|bus|plane|coach|car)|long (?:drives?|journeys?|flights?)|cycl\w*|bike)\b)",
            re.S,
        ),
    ),
    _Rule(
        "serious_injury",
        _rx(
            rf"{_ACCIDENT}(?:\W+\w+){{0,12}}?\W+{_SPINE}",
            rf"{_SPINE}(?:\W+\w+){{0,12}}?\W+{_ACCIDENT}",
            rf"{_FALL}(?:\W+\w+){{0,10}}?\W+{_SPINE}(?:\W+\w+){{0,8}}?\W+{_CANT_MOVE}",
            rf"{_FALL}(?:\W+\w+){{0,10}}?\W+{_CANT_MOVE}(?:\W+\w+){{0,8}}?\W+{_SPINE}",
        ),
        # The figure of speech: "felt like I'd been hit by a truck the morning after, my whole back was screaming".
        unless=re.compile(
            r"\blike (?:i'?ve|i have|i'?d|i had|i|i was|i got) (?:been |got |just been )?(?:hit|run over|ran over|beaten up|in a (?:car )?crash)\b"
        ),
        unless_in_message=_HEALING_INJURY,
    ),
    _Rule(
        "fainting",
        _rx(
            # Unresponsive in lay words: "went limp on the table and isn't responding properly".
            # (The negation starts the match, so it is not read as negating the sign.)
            r"\b(?:isn'?t|not|wasn'?t|stopped|won'?t) respond\w*\b(?! to (?:emails?|messages?|texts?|calls?|treatment|the ))",
            rf"\b{_SOMEONE}\b(?:\W+\w+){{0,8}}?\W+(?:went|gone|goes|is|was) (?:all )?(?:limp|floppy)\b",
            r"(?<!nearly )(?<!almost )(?<!felt like i was )(?<!going to )(?<!gonna )(?<!about to )(?<!thought i'd )(?<!thought i would )"
            r"\b(?:fainted|fainting|fanted|feinted|fainded|passed out|pass(?:es|ing)? out|blacked out|blacking out|black out|collapsed|collapsing|unconscious|unresponsive|keeps? fainting|won't wake up|not waking up|can't wake (?:him|her))\b",
            # Seen to go grey or limp and slump: "my friend says i went grey and slumped for a few seconds".
            r"\b(?:went|gone|go|goes|turned|going) (?:all |really |very )?(?:grey|gray|white|pale|clammy)\b(?:\W+\w+){0,4}?\W+"
            r"(?:slump\w*|keel\w* over|crumpl\w*|dropped|went down|collaps\w*|fell (?:over|down|forward|sideways))\b",
            r"\bslumped (?:over|down|forward|sideways|in (?:the|my|his|her) chair|for (?:a |a few |\d+ )?(?:seconds?|secs?|moments?|minutes?))\b",
            # Unconsciousness in lay words: "dropped, therapist says I was out for like a minute", "keeled
            # over", "lost consciousness", "when I came round I was on the floor". Being "out for a minute"
            # alone is being away ("I was out for a bit, sorry I missed your call"): a fall or someone who saw it.
            r"\b(?:dropped|fell|went down|hit the (?:floor|deck|ground)|slumped|crumpled|(?:says?|said|told me|thinks?) (?:that )?(?:i|he|she|they))"
            r"(?:\W+\w+){0,10}?\W+(?:was|were|been) out (?:cold |of it )?(?:for (?:like |about |maybe |around |nearly |almost )?(?:a |an |one |two |a few |a couple of |\d+ )?(?:seconds?|secs?|minutes?|mins?|moment)|\W)",
            r"\b(?:out cold|knocked (?:him|her|me|them) out|knocked out cold|lost consciousness|losing consciousness|keeled over|keels over|hit the (?:floor|deck|ground) and (?:was|is|isn'?t|didn'?t)|"
            # …not a visit: "when he came round for dinner", "before she came to the clinic".
            r"(?:when|till|until) (?:i|he|she|they) came (?:round|around|to)(?=\s*(?:$|[.,!?;])|\s+(?:and|i|he|she|they|on the (?:floor|ground)|there was|everyone)\b)|"
            r"(?:i|he|she|they) came (?:round|around|to) on the (?:floor|ground))",
        ),
        unless=re.compile(
            r"\b(?:sight of (?:blood|needles)|blood tests?|when i was|as a (?:kid|child|teen)|nearly|almost|felt faint|laugh\w*|asleep|"
            # "Passed out on the sofa after work, napped for 3 hours": sleep, not fainting.
            r"nap\w*|slept|sleep\w*|snooz\w*|zonked|(?:on|in) (?:the |my )?(?:sofa|couch|bed)|into bed|tired|exhausted|knackered|"
            r"relax\w*|dozed|dozing|drift\w* off)\b|"
            # Things collapse and black out too: "the booking page keeps collapsing", "I blacked out the date on my calendar".
            rf"{_A_THING}(?:\W+\w+){{0,3}}?\W+(?:collaps\w*|black\w* out|blacked)\b|"
            rf"{_A_THING} (?:is |was |still |just )?(?:isn'?t|is not|not|stopped|wasn'?t) respond\w*\b|(?:collaps\w*|black\w* out) on (?:my|the|your) {_A_THING}|"
            r"\bblack(?:ed|ing)? out (?:the|my|a|some|all|those|these|his|her) (?:\w+ )?(?:dates?|names?|details|days?|bits?|text|lines?|words?|numbers?|address\w*|parts?|windows?)\b"
        ),
    ),
    _Rule(
        "uncontrolled_bleeding",
        _rx(
            r"\bbleeding (?:won't|will not|doesn't|does not|hasn't|has not|isn't|is not) (?:stop|stopped|stopping)",
            r"\b(?:can't|cannot) stop (?:the |it |this )?bleeding\b|\bbleeding (?:for|over) (?:20|25|30|half an hour|an hour|\d\d) ?(?:min\w*|hour)",
            # "bleeding through tea towels for about 40 minutes", "my nose has been pouring for 35 minutes and it won't stop"
            r"\bbleed\w*\b(?:\W+\w+){0,6}?\W+(?:for|over) (?:about |nearly |almost |over |more than |at least )?(?:20|25|30|\d\d|half an hour|an hour|twenty|thirty|forty) ?(?:min\w*|hours?)",
            r"\bbleed\w*\b(?:\W+\w+){0,15}?\W+(?:won'?t stop|will not stop|not stopping|doesn'?t stop|hasn'?t stopped)",
            rf"\b(?:nose ?bleed|nose|cut|wound|gash|blood)\b(?:\W+\w+){{0,12}}?\W+{_WONT_STOP}",
            r"\b(?:nose|blood|cut|wound)\b(?:\W+\w+){0,3}?\W+(?:pouring|gushing|spurting|streaming)\b(?:\W+\w+){0,6}?\W+(?:\d+|twenty|thirty|forty|half an?) ?(?:min\w*|hours?)",
            # A wound still bleeding through a cloth, or despite pressure, or long after: "cut my finger half
            # an hour ago and it's still bleeding through the tea towel", "still pouring even though I'm pressing".
            rf"{_WOUND}(?:\W+\w+){{0,15}}?\W+(?:still|keeps?|keep on) (?:bleeding|pouring|gushing|spurting|dripping|pumping)\b"
            rf"(?:\W+\w+){{0,6}}?\W+(?:through|even (?:though|with|when|after)|despite|although|(?:\d+|twenty|thirty|forty|an?|half an?) ?(?:min\w*|hours?))",
            rf"{_WOUND}(?:\W+\w+){{0,12}}?\W+(?:\d\d|twenty|thirty|forty|half an?|an?) ?(?:min\w*|hours?) ago\b(?:\W+\w+){{0,10}}?\W+(?:still|keeps?) (?:bleeding|pouring|gushing|spurting)",
            r"\b(?:bleeding|bled) (?:through|right through) (?:the |a |my |his |her |two |three |several )?(?:tea ?towels?|towels?|kitchen roll|bandages?|plasters?|dressings?|gauze|cloths?|tissues?|t-?shirt)",
            # Blood told by what it soaks, without the word: "it's soaked through three tea towels in half an hour".
            r"\b(?:soaked|soaking|soaks|soaked right|gone|going|come|coming) (?:right )?through (?:the |a |my |his |her |two |three |four |several |\d+ )?(?:tea ?towels?|towels?|kitchen roll|bandages?|dressings?|gauze|cloths?|t-?shirts?)",
            # A wound that will not stop: "sliced my hand chopping onions … and won't stop".
            rf"{_WOUND}(?:\W+\w+){{0,15}}?\W+{_WONT_STOP}",
            r"\b(?:soaked|soaking) (?:through )?(?:the |a |my |two |three |several )?(?:tea ?towels?|towels?|kitchen roll|bandages?|dressings?|gauze|cloths?)\b(?:\W+\w+){0,3}?\W+(?:blood|bleed\w*)|\bwon'?t clot\b",
        ),
    ),
    _Rule(
        # The glass test, or the triad a parent is told to watch for: "a rash that doesn't fade when I
        # press a glass on it", "non-blanching spots", "fever, a stiff neck and the light hurts her eyes".
        "non_blanching_rash",
        _rx(
            r"\bnon\W{0,3}blanching\b|\b(?:rash|spots|blotch\w*|marks|dots)\b(?:\W+\w+){0,6}?\W+(?:doesn'?t|does not|don'?t|do not|didn'?t|won'?t|not|never) "
            r"(?:\w+ )?(?:fade|go (?:away|white|pale)|disappear|blanch)\w*\b(?:\W+\w+){0,8}?\W+(?:glass|tumbler|press\w*|push\w*)",
            r"\b(?:glass|tumbler)\b(?:\W+\w+){0,8}?\W+(?:rash|spots|blotch\w*)\b(?:\W+\w+){0,6}?\W+(?:still (?:there|visible|showing)|doesn'?t fade|didn'?t fade|not fad\w*|won'?t fade)",
            rf"\b(?:{_FEVER_NOW})\b(?:\W+\w+){{0,12}}?\W+(?:stiff neck|neck is stiff|can'?t (?:bend|move) (?:my|his|her|their) neck)\b"
            r"(?:\W+\w+){0,12}?\W+(?:rash|spots|light hurts|hurts? (?:my|his|her|their) eyes|can'?t (?:stand|bear|look at) (?:the )?light|drowsy|confused)",
        ),
    ),
    # §5b: the same day.
    _Rule(
        "clot_signs",
        _rx(*_LEG_CLOT),
        unless=re.compile(r"\b(?:varicose|cramp after (?:running|exercise)|marathon|leg day|after (?:a|my) run)\b"),
    ),
    _Rule(
        "back_pain_fever_night",
        _rx(
            r"\bback\b(?:\W+\w+){0,16}?\W+(?:fever|temperature|feverish|high temp|chills|shivery|shivers|"
            r"worse at night|worse (?:when|while) (?:i'?m )?lying|worse lying|wakes? me up|at night (?:when|while) (?:i'?m )?lying|"
            # Sweats at night are a fever's sign: "back killing me at night… waking up drenched in sweat".
            r"night sweats|(?:drenched|soaked|pouring|dripping) (?:in|with) sweat|sweating (?:at night|in bed|buckets))",
            r"(?:fever|temperature|feverish|chills)\b(?:\W+\w+){0,12}?\W+back (?:pain|ache|hurts?)",
        ),
    ),
    _Rule(
        "limb_nerve",
        _rx(
            r"\b(?:arm|arms|leg|hand|hands|foot|grip)\b(?:\W+\w+){0,4}?\W+(?:feels?|felt|is|are|has been|have been|has felt|going|gone|keeps?)(?:\W+\w+){0,2}?\W+(?:weak|giving way|dead)\b",
            r"\b(?:weak|weakness|numb|numbness)\b (?:in|down) (?:my|his|her|one|both)\b(?:\W+\w+){0,2}?\W+(?:arm|leg|hand|foot|fingers)\b",
            r"\b(?:arm|hand|fingers|leg|foot|toes?|feet|ankle|wrist|thumb|knee|shin|thigh)\b(?:\W+\w+){0,4}?\W+(?:still|keeps?|won't stop|constantly|stayed|remained|remains)\W+(?:\w+\W+){0,2}(?:numb|tingl\w*|pins and needles)",
            # "stayed numb on top ever since I sprained it 6 weeks ago"
            r"\b(?:numb\w*|tingl\w*)\b(?:\W+\w+){0,6}?\W+(?:ever )?since\b(?:\W+\w+){0,5}?\W+(?:\d+|two|three|four|five|six|several|a few|a couple of) (?:days|weeks|months) ago\b",
            # "my toes are still a bit tingly today, 2 days later"
            r"\b(?:numb\w*|tingl\w*|pins and needles)\b(?:\W+\w+){0,4}?\W+(?:\d+|two|three|four|five|several|a few|a couple of) days (?:later|on|after)\b",
            r"\b(?:numb\w*|tingl\w*|pins and needles)\b(?:\W+\w+){0,6}?\W+(?:for|since|over) (?:(?:\d+|two|three|four|five|several|a few|a couple of) (?:days|weeks)|"
            r"(?:a|one|about a|nearly a|over a) (?:week|fortnight|month)|a fortnight|weeks|days)\b",
            # Persisting: "pins n needles in both hands all the time now" (brief §5b).
            r"\b(?:numb\w*|tingl\w*|pins (?:and|n|&) needles)\b(?:\W+\w+){0,6}?\W+(?:all the time|constantly|non-?stop|every day|"
            r"(?:won'?t|doesn'?t|never) (?:go|goes|stop|stops|wear|wears) (?:away|off)?)",
            # A limb that "sleeps" is numb in many people's words, and persisting is what matters:
            # "since 5 days my fingers are sleeping all the time" (not "my foot went to sleep on the table").
            r"^(?=.*\b(?:fingers?|hands?|arms?|legs?|feet|foot|toes?|thumbs?)\b(?:\W+\w+){0,3}?\W+(?:sleeping|asleep|"
            r"(?:going|falling|fall|go|goes|went|gone) (?:to sleep|asleep|dead))\b)(?=.*\b(?:all the time|constantly|non-?stop|every ?day|"
            r"(?:for|since) (?:\d+|two|three|four|five|six|several|a few|a couple of) (?:days|weeks|months)|for (?:days|weeks|months)|"
            r"keeps? (?:going|falling|happening)|still|(?:won'?t|doesn'?t|never) (?:go|wake|stop)\w*)\b)",
            # Pain that spreads into both legs or both arms is a nerve's, not a knot's: "it goes down into both legs now".
            r"\b(?:goes|going|gone|went|spread\w*|shoot\w*|radiat\w*|travel\w*|runs?|running|moving|moved)\b(?:\W+\w+){0,2}?\W+"
            r"(?:down |into |through )+(?:both (?:my |of my )?(?:legs|arms)|my legs both)\b",
            r"\bfoot (?:is )?drag\w*|\bdropping things\b|\bfoot (?:slaps|flops|drops|keeps dropping)\b|\b(?:foot|drop) drop\b|\bcatching my toes\b",
            r"\b(?:arm|arms|leg|legs|hand|hands|grip)\b(?:\W+\w+){0,4}?\W+(?:feels?|felt|are|is|getting|got|gone)(?:\W+\w+){0,2}?\W+weaker\b",
            # "an electric, buzzing feeling down into my thumb, it's been 3 days": tingling in other words.
            r"\b(?:buzz\w*|electric\w*|fizz\w*|zing\w*)\b(?:\W+\w+){0,6}?\W+(?:arm|hand|fingers?|thumb|leg|foot|toes?)\b"
            r"(?:\W+\w+){0,12}?\W+(?:\d+|two|three|four|five|several|a few|a couple of) (?:days|weeks)",
        ),
        unless=re.compile(_POSITIONAL),
    ),
    _Rule(
        "worsening_soreness",
        _rx(
            r"(?:sore\w*|pain|hurts?|ache|aching|bruis\w*|tender)\b(?:\W+\w+){0,8}?\W+(?:getting worse|worse and worse|worse every day|worse each day|more and more|worse not better|worse instead)",
            r"(?:still|really|very) (?:sore|painful|in pain|hurting|in agony|killing me|aching)\b(?:\W+\w+){0,6}?\W+(?:[4-9]|four|five|six|seven|eight|nine|ten|a week|weeks?) (?:days?|weeks?)?\s*(?:after|later|since|on)",
        ),
    ),
    _Rule(
        "dark_urine",
        _rx(
            r"\b(?:dark|brown|black|cola|coke|tea|red)[- ]?(?:colou?red )?(?:urine|pee|wee|piss)\b|\bblood in (?:my |the |his |her )?(?:urine|pee|wee)\b",
            r"\b(?:urine|pee|wee|piss)\b(?:\W+\w+){0,3}?\W+(?:dark|brown|black|cola|coke|tea[- ]colou?red|like tea|like coke|like cola|reddish)\b",
        ),
        # Explained, and nothing hurts: "my pee is quite dark but I didn't drink much yesterday, I feel fine".
        unless_in_message=re.compile(
            r"^(?!.*\b(?:agony|severe\w*|swollen|swelling|weak\w*|really (?:sore|painful)|very (?:sore|painful)|so (?:sore|painful)|can'?t move)\b)"
            r".*\b(?:didn'?t drink|not drinking|hadn'?t drunk|haven'?t drunk|dehydrat\w*|beetroot|vitamins?|b12|multivitamin)\b"
        ),
    ),
    _Rule(
        "fever_skin",
        _rx(
            r"\bred (?:streak|line)s?\b|\b(?:red|hot|swollen)\b(?:\W+\w+){0,4}?\W+(?:spreading|getting bigger|growing)\b",
            r"\b(?:spreading|growing)\b(?:\W+\w+){0,3}?\W+(?:red|redness|rash)\b|\bpus\b|\boozing\b|\b(?:looks|is|gone) infected\b",
            # A fever with a rash: "temp of 39 and a rash on my tummy".
            r"\b(?:fever\w*|temp|temperature|high temp)\b(?:\W+\w+){0,8}?\W+(?:rash|spots|blotch\w*|hives)\b",
            r"\b(?:rash|spots|blotch\w*)\b(?:\W+\w+){0,8}?\W+(?:fever\w*|temp|temperature|high temp)\b",
        ),
    ),
    _Rule(
        # A fever now (brief §5b: medical advice the same day, and no massage): "feel feverish and achy
        # all over since yesterday's session", "temp 39 since last night", "got the chills".
        "fever_skin",
        _rx(
            rf"\b(?:{_FEVER_NOW})\b",
            r"\b(?:the )?(?:chills|shivery|shivering|hot and cold|hot then cold)\b",
        ),
        unless=re.compile(
            r"\b(?:hay ?fever|cabin fever|fever dreams?|(?:football|spring|world cup|saturday night|baby|wedding) fever|room|oil|water|"
            r"table|heated|weather|outside|cold in (?:the|your)|in (?:the|your) (?:room|clinic|waiting room)|towels?|sheets?|laundry|wash\w*|sauna|hot tub|oven)\b"
        ),
        # Someone else's fever as the reason to cancel: "will I be charged if I cancel? My little one's
        # woken up with a temperature" (the front desk's question).
        unless_in_message=re.compile(
            r"^(?=.*\b(?:cancel\w*|charged?|fee|reschedul\w*|move my (?:booking|appointment))\b)"
            r"(?=.*\b(?:my|our) (?:little one|son|daughter|kids?|child(?:ren)?|baby|toddler|boy|girl|husband|wife|partner|mum|mom|dad)\b)"
        ),
    ),
]


def _explained_away(rule: _Rule, clause: str) -> bool:
    """The clause's context makes the rule's words ordinary, and nothing in it takes that back."""
    if rule.unless is None or not rule.unless.search(clause):
        return False
    return rule.not_explained_by is None or not rule.not_explained_by.search(clause)


def _live_hits(clause: Clause, message: str) -> set[str]:
    hits = set()
    for rule in _RULES:
        if clause.hypothetical or (clause.history and rule.history_counts):
            continue
        if rule.unless_in_message is not None and rule.unless_in_message.search(message):
            continue
        if _explained_away(rule, clause.text):
            continue
        for found in rule.pattern.finditer(clause.text):
            if rule.kind in ("suicidal_thoughts", "overdose") or not negated(clause.text, found.start(), found.end()):
                hits.add(rule.kind)
                break
    return hits


# Live concepts that together make a danger none of them is alone.
_SIGN = {
    # One painful calf and a reason for a clot (brief §5b), in one sentence or several: "a tender lump in
    # my calf that hurts when I pull my foot up. Started after a long drive. I'm on HRT". One calf: a clot
    # is one-sided ("my calves are tight from long flights for work" is not).
    "one_calf_pain": re.compile(
        r"\b(?:calf|one of (?:my|his|her) calves|back of (?:my|the|his|her) (?:left |right )?(?:leg|knee)|"
        r"behind (?:my|the|his|her) (?:left |right )?knee)\b(?:\W+\w+){0,10}?\W+"
        r"(?:lump|tender|hurts?|hurting|painful|pain|aching|aches|achy|sore|swollen|swelling|tight|hard|throbb\w*)"
    ),
    # One leg whose skin has changed colour and that throbs, is warm or swollen: "my inner thigh is tender,
    # the skin there looks darker and it throbs like a heartbeat".
    "leg_discoloured": re.compile(
        rf"\b{_LEG}\b(?:\W+\w+){{0,10}}?\W+(?:darker|discolou?r\w*|purple|purplish|bluish|dusky|mottled)\b|"
        rf"\b(?:darker|discolou?r\w*|purple|purplish|bluish|dusky|mottled)\b(?:\W+\w+){{0,6}}?\W+{_LEG}\b"
    ),
    "leg_throbs": re.compile(r"\b(?:throb\w*|warm|hot|swollen|swelling|puffy|heartbeat)\b"),
    "clot_risk": re.compile(
        # (prepared text spaces hyphens: "post - op", "long - haul")
        r"\b(?:long\s*-?\s*haul|long (?:drive|flight|journey|car (?:journey|ride|trip)|train (?:journey|ride)|coach (?:trip|journey))|"
        r"(?:\d+|several|few|many|ten|twelve)\s*-?\s*(?:hours?|hrs?) (?:in|on) (?:the|a) (?:car|plane|train|coach|bus)|flight|flew|flying|"
        r"coach trip|hrt|the pill|contracepti\w*|pregnan\w*|post\s*-?\s*(?:op|partum)|after (?:my|the|an?|her|his) (?:op|operation|surgery|"
        r"c\s*-?\s*section|caesarean)|in a (?:cast|plaster|boot)|bed ?rest|laid up|immobil\w*)\b"
    ),
    # …which exercise or a habit explains instead: "calf sore after my run", "always cramps on long drives".
    "leg_explained": re.compile(
        r"\b(?:running|run|ran|marathon|leg day|gym|training|squats|football|match|hike|hiking|cycling|sprint\w*|"
        r"varicose|always|every time|whenever|cramp\w*)\b"
    ),
    # Putting affairs in order, and a strange calm or a goodbye in the same message: warning signs of
    # suicide ("rehomed my dog and sorted out my will. I feel weirdly calm now").
    "affairs": re.compile(
        r"\b(?:(?:sorted|sorting|written|writing|made|making|updated|updating|finished) (?:out )?my will|rehomed (?:my|our)|"
        r"(?:giving|gave|given) away (?:my|all my)|said (?:my|all my) goodbyes|(?:written|wrote|left) (?:some )?(?:letters|notes) (?:to|for))\b"
    ),
    "calm_goodbye": re.compile(
        r"\b(?:weirdly|strangely|oddly|finally|so) (?:calm|peaceful|at peace)|\bat peace now\b|\bwon'?t (?:need|be needing) "
        r"(?:it|them|this|my \w+)|\b(?:delete|close|cancel) (?:my|all my) (?:account|membership|bookings?)\b"
    ),
    "ordinary_reason": re.compile(
        r"\b(?:moving|move (?:house|abroad|away)|relocat\w*|emigrat\w*|new job|travell?ing|abroad)\b"
    ),
    "leg": _rx(*_LEG_CLOT),
    "breathless": _rx(_BREATHLESS, _BREATHING_EFFORT),
    "chest_word": re.compile(r"\b(?:chest|heart)\b"),
    "arm_jaw": _rx(_ARM_JAW),
    "sweat": _rx(_SWEAT),
    "nausea": _rx(_NAUSEA),
    "back": re.compile(r"\b(?:back|spine|sciatica|lower back)\b"),
    # Back pain, and pain worse at night, in separate sentences: "my husband has had back pain for two
    # weeks. He cannot sleep because the pain is more strong in the night." (brief §5b)
    "back_pain": re.compile(
        r"\b(?:back|spine|lower back)\b(?:\W+\w+){0,2}?\W+(?:pain|ache|ached|aching|aches|achy|hurts?|hurting|agony|sore|killing|spasm|playing up)\b|"
        r"\b(?:backache|sciatica|bad back)\b|\b(?:pain|ache|aching|soreness) in (?:my|the|his|her) (?:lower |upper |middle )?back\b"
    ),
    "night_pain": re.compile(
        r"\b(?:worse|stronger|more strong|more bad|the worst|worst|more painful|unbearable) (?:in|at|during) (?:the )?nights?\b|"
        r"\b(?:in|at|during) the night (?:it'?s|it is|is|gets|getting) (?:worse|stronger|more strong|the worst|unbearable|agony)\b|"
        r"\b(?:can'?t|cannot|can not|couldn'?t|not able to|unable to) sleep (?:because|cos|coz|from|for|with) (?:of )?(?:the |his |her |my )?pain\b|"
        r"\bpain (?:keeps?|kept) (?:me|him|her) (?:up|awake)\b|"
        r"\bpain (?:keeps? |kept |is |has been |always )?(?:waking|wakes?|woke|wakens?) (?:me|him|her)\b|"
        # "hurts at night, mostly lying down", "aches most when I'm lying in bed" (brief §5b: worse at night or lying down).
        r"\b(?:hurts?|hurting|pain\w*|aches?|aching|sore)\b(?:\W+\w+){0,3}?\W+(?:at night|in the night|overnight)\b(?:\W+\w+){0,3}?\W+(?:lying|in bed|lie down)\b|"
        r"\b(?:hurts?|hurting|pain\w*|aches?|aching|sore) (?:more|most|mostly|worst|only) (?:at night|in the night|when (?:i'?m |i am )?lying|lying down|in bed)\b|"
        r"\bonly (?:hurts?|hurting|aches?|aching|sore|painful) (?:at night|in the night|when (?:i'?m |i am )?lying|lying down|in bed)\b"
    ),
    "leg_word": re.compile(rf"\b{_LEG}\b"),
    "swollen": re.compile(rf"\b{_SWOLLEN}\b"),
    "warm": re.compile(r"\b(?:hot|warm|red|throbbing|burning)\b"),
    "fall": re.compile(_FALL),
    "accident": re.compile(_ACCIDENT),
    "as_if": re.compile(r"\b(?:feels?|felt|feeling) (?:like|as if|as though)|\bas if\b|\bas though\b"),
    # How fast a headache peaked, or that it is like no other: "went from nothing to 10/10 in about a
    # minute", "never had anything remotely like it". Signs, so that the "nothing"/"never" that start
    # them are not read as negating the headache.
    "peaked_fast": re.compile(
        r"\b(?:from nothing to|(?:0|zero) to (?:10|ten|100)|(?:went|shot|came on|peaked|maxed|hit|built|exploded|reached|spiked)\w*\b"
        r"(?:\W+\w+){0,6}?\W+in (?:about |under |less than |like |literally |just |barely |maybe )?(?:a|one|\d+|a few|a couple of) (?:minute|min|second|sec)s?\b|"
        r"within seconds|in seconds|in (?:a |one )?split second|in an instant|instantly|like (?:a |flicking a )?(?:light )?switch)"
    ),
    "like_no_other": re.compile(
        r"\b(?:never (?:had|felt|experienced) (?:anything|one|a \w+) (?:\w+ ){0,2}?(?:like|close to|near|similar to) (?:it|this|that)|"
        r"like nothing i'?ve (?:ever )?(?:had|felt)|worse than (?:anything|any \w+) i'?ve (?:ever )?(?:had|felt|known)|"
        r"worst (?:\w+ )?(?:of my life|i'?ve ever (?:had|felt)))\b"
    ),
    # Against the client's own usual ones ("nothing like my usual migraines"): thunderclap only with
    # how bad or how sudden it is, since one kind of headache often differs from another.
    "unlike_usual": re.compile(
        r"\b(?:nothing|not|nowhere near|totally different|completely different) (?:like|from|to) (?:my|his|her) (?:usual|normal|regular|typical)\b"
    ),
    "fragile": _FRAGILE,
    # Falls as a pattern ("she's had a few falls lately"), not one fall now: a doctor's matter.
    "repeated_falls": re.compile(
        r"\b(?:a few|several|some|a couple of|lots of|many|frequent|recurrent|more) falls\b|\bkeeps? (?:falling|having falls)\b|"
        r"\bfalls (?:a lot|lately|recently)\b"
    ),
    "cant_move": re.compile(rf"\b{_CANT_MOVE}"),
    "bruise_bleed": re.compile(
        r"\b(?:bruis\w*|bleed\w*|bled|blood (?:in|when)|nosebleeds?|(?:big|huge|dark|purple|blue|black)(?: blue| purple| black)? (?:marks|patches|blotches))\b"
    ),
    # Bruising as a known trait of someone on a blood thinner ("he bruises if you look at him"): the
    # contraindication entry's matter (check with the doctor first), not new bruising to be seen today.
    "habitual_bruising": re.compile(
        r"\bbruis\w* (?:\w+ ){0,2}?(?:easily|easy)\b|\b(?:prone to|tend to|tends to|always have|always had) (?:\w+ )?bruis\w*|"
        # "I bruise rather a lot as it is", "she already bruises badly anyway"
        r"\b(?:already|always) bruis\w*|\bbruis\w* (?:\w+ ){0,3}?(?:as it is|anyway|as it stands|normally|in general|generally)\b|"
        r"\bbruis\w* if (?:you|u|anyone|someone) "
        r"(?:\w+ )?(?:look|looks|touch\w*|breathe\w*)|\b(?:always|constantly) (?:covered in |got )?bruis\w*|\bbruis\w* like a (?:peach|banana)\b|"
        r"\beasy bruising\b|\bbruis\w* (?:at|from) the (?:slightest|smallest|lightest)\b"
    ),
    "new_bleeding": re.compile(
        r"\b(?:bleed\w*|bled|nosebleeds?|blood (?:in|when)|black and blue|unexplained|out of nowhere|for no reason|spreading|gums?|"
        r"(?:big|huge|large|massive|dark|purple|black)(?: blue| purple| black)? (?:bruis\w*|marks|patches|blotches)|new bruis\w*|"
        r"bruis\w* (?:appear\w*|came up|come up|popping up|getting bigger|everywhere))\b"
    ),
    "headache": re.compile(rf"\b(?:{_HEADACHE})\b"),
    "vomit": re.compile(r"\b(?:vomit\w*|throw\w* up|threw up|being sick)\b"),
    "sudden_onset": re.compile(
        r"\b(?:sudden\w*|all of a sudden|out of nowhere|explod\w*|like a (?:thunder\w*|bolt|gunshot))\b"
    ),
    "stiff_neck": re.compile(
        r"\bneck(?:'s| is| has)? (?:gone |going |got |getting |really |very |so )?(?:stiff|rigid)\b|\bstiff neck\b"
    ),
    # Both legs numb or weak is cauda equina with back pain or a sudden onset (brief §5a), not
    # "numb patches on both legs" from a known condition.
    "both_legs": re.compile(
        r"\bboth (?:of )?(?:my |his |her |the )?legs\b(?:\W+\w+){0,3}?\W+(?:numb|weak|giving way|gone dead|going dead|tingl\w*|dead)"
    ),
    "onset": re.compile(
        r"\b(?:sudden\w*|all of a sudden|just now|out of nowhere|(?:going|gone|went) (?:numb|weak|dead)|"
        r"started (?:today|this morning|tonight|an hour ago)|right now|getting worse)\b"
    ),
    # Coughing with blood in any order: "today I cough and there is a little blood".
    "cough_blood": re.compile(
        r"\bcough\w*\b(?:\W+\w+){0,6}?\W+blood\b(?! (?:test|pressure|sugar|donation))|\bblood\b(?:\W+\w+){0,4}?\W+(?:when|if|as) (?:i|he|she) cough"
    ),
    # Breathless after a walk is ordinary; still breathless lying down, or not settling, is not.
    "at_rest": re.compile(
        r"\b(?:lying down|laying down|lying still|sitting (?:down|still)|sat still|at rest|resting|"
        r"not (?:easing|settling|calming|stopping|getting better)|won't (?:ease|settle|calm down|stop)|"
        r"hasn't (?:eased|settled|stopped|calmed)|still (?:can't|gasping|puffing|breathless|out of breath))\b"
    ),
    "settled": re.compile(
        r"\b(?:fine now|better now|okay now|ok now|settled|passed|gone now|back to normal|recovered)\b"
    ),
    # The heart's own words; a "trigger points in my pecs" theory does not explain them away.
    "cardiac_words": re.compile(
        r"\b(?:elephant|crushing|crushed|vice|vise|band (?:round|around|across)|(?:weight|pressure) on (?:my|his|her) chest)\b"
    ),
    "sudden_severe": re.compile(
        r"\b(?:sudden\w*|out of nowhere|worst|severe|excruciating|blinding|unbearable|agony|explod\w*|10 ?/ ?10|(?:10|ten) out of (?:10|ten))\b"
    ),
}


def _live_signs(clause: Clause) -> set[str]:
    if clause.hypothetical or clause.history:
        return set()
    signs = {name for name, pattern in _SIGN.items() if is_live(clause, pattern)}
    if _MUSCLE_CONTEXT.search(clause.text):
        signs.discard("chest_word")
    # Out of breath on the stairs is ordinary on its own (the "breathing" rule skips it),
    # but not with a swollen leg: exertion is kept here for the combinations.
    return signs


def _combinations(signs: set[str], on_thinners: bool) -> set[str]:
    found = set()
    if "leg" in signs and signs & {"breathless", "chest_word", "cough_blood"}:
        found.add("pulmonary_embolism")
    # A swollen leg with breathlessness; not with "heart" alone ("heart failure, her ankles swell").
    if "leg_word" in signs and "swollen" in signs and "breathless" in signs:
        found.add("pulmonary_embolism")
    if "cough_blood" in signs and "leg_word" in signs:
        found.add("pulmonary_embolism")
    if "both_legs" in signs and signs & {"back", "onset"}:
        found.add("cauda_equina")
    if ("arm_jaw" in signs or "chest_word" in signs) and signs & {"sweat", "nausea"}:
        found.add("chest_pain")
    if "arm_jaw" in signs and "cardiac_words" in signs:
        found.add("chest_pain")
    if "arm_jaw" in signs and "breathless" in signs:
        found.add("chest_pain")
    if {"leg_word", "swollen", "warm"} <= signs:
        # Spread over sentences or turns: "my calf hurts after the flight" … "it's swollen and warm".
        found.add("pulmonary_embolism" if signs & {"breathless", "chest_word"} else "clot_signs")
    if {"leg_discoloured", "leg_throbs"} <= signs:
        found.add("clot_signs")
    if {"one_calf_pain", "clot_risk"} <= signs and "leg_explained" not in signs:
        found.add("clot_signs")
    if {"accident", "back"} <= signs and "as_if" not in signs:  # not "feel like I've been hit by a bus"
        # Across a "but": "came off my motorbike at speed this morning, thought I was fine but the back
        # pain is getting worse" (brief §5a: back pain after a major accident).
        found.add("serious_injury")
    one_fall_now = "repeated_falls" not in signs or signs & {"back", "cant_move"}
    if "fall" in signs and (("fragile" in signs and one_fall_now) or {"back", "cant_move"} <= signs):
        found.add("serious_injury")
    known_trait = "habitual_bruising" in signs and "new_bleeding" not in signs
    if "bruise_bleed" in signs and on_thinners and not known_trait:
        found.add("anticoagulant_bruising")
    if {"breathless", "at_rest"} <= signs and "settled" not in signs:
        found.add("breathing")
    if "headache" in signs and signs & {"peaked_fast", "like_no_other"}:
        found.add("thunderclap_headache")
    if "headache" in signs and "unlike_usual" in signs and "sudden_severe" in signs:
        found.add("thunderclap_headache")
    if "headache" in signs and "vomit" in signs and "sudden_severe" in signs:
        found.add("thunderclap_headache")
    if "headache" in signs and "sudden_onset" in signs and "stiff_neck" in signs:
        found.add("thunderclap_headache")
    if {"back_pain", "night_pain"} <= signs:
        found.add("back_pain_fever_night")
    if {"affairs", "calm_goodbye"} <= signs and "ordinary_reason" not in signs:
        found.add("suicidal_thoughts")
    return found


_PILLS_NAMED = re.compile(
    r"\b(?:pills|tablets|relaxants?|painkillers|meds|medication|sleeping tablets|paracetamol|co-?codamol|co-?dydramol|dihydrocodeine)\b"
)
_MANY_OF_THEM = re.compile(
    r"\b(?:had|taken|took|swallowed|necked|downed)\b (?:a lot|loads|lots|way too many|too many|a load|a bunch|a handful|the rest) of (?:them|those|these|the packet|the box)\b"
    r"(?! (?:over the years|over time|for years|in my life|in the past|before|since))"
)


# A message that says what it describes has settled, and a clause told in the past.
_SETTLED_SINCE = re.compile(
    r"\b(?:(?:totally|completely|fully|all) (?:cleared up|cleared|gone|better|fine|recovered|settled)|cleared up now|"
    # "was breathless for a while after covid but I'm completely back to normal now"
    r"(?:totally|completely|fully|all|right|pretty much) back to normal|back to normal now|back to (?:my )?(?:old|usual|normal) self|"
    r"made a (?:full|complete) recovery|"
    r"(?:fine|better|gone|ok|okay) now|it'?s (?:gone|passed|settled)|went away|"
    r"turned out to be (?:a |an |just |only |nothing)|never since|not since|"
    # Someone else's scare, over: "rushed to hospital yesterday, she's home and fine", "it was low blood sugar".
    r"(?:home|back home|out of hospital|discharged) and (?:fine|ok|okay|well|recovering|doing (?:fine|well|ok|okay))|"
    r"(?:recovering|doing) (?:fine|well|nicely|ok|okay)|it was (?:just |only )?(?:low blood sugar|a panic attack|indigestion|heartburn|dehydration|a virus|a faint|anxiety)|"
    r"(?:doctor|gp|dr|hospital|a&e|they|cardiologist)\b(?:\W+\w+){0,3}?\W+(?:checked|examined|tested|scanned|cleared)\b(?:\W+\w+){0,8}?\W+(?:all )?(?:normal|fine|clear|ok|okay)\b)\b"
)
_PAST = re.compile(
    r"\b(?:was|were|had|last (?:week|weekend|month|year)|over the weekend|at the weekend|the other (?:day|week)|(?:days|weeks) ago)\b"
)


def over_and_done(prepared: str) -> bool:
    """The message tells of something in the past that has since settled, and is not coming back:
    "someone at work collapsed last week, he's fine now"."""
    return bool(_SETTLED_SINCE.search(prepared) and _PAST.search(prepared) and not _COMING_BACK_RX.search(prepared))


def find_dangers(text: str) -> list[SafetyKind]:
    """Every danger the message describes as live, most urgent first."""
    prepared = prepare(text)
    clauses = split_clauses(prepared)
    kinds: set[str] = set()
    signs: set[str] = set()
    settled = bool(_SETTLED_SINCE.search(prepared))
    coming_back = bool(_COMING_BACK_RX.search(prepared))
    for clause in clauses:
        if settled and _PAST.search(clause.text):
            # "my chest was tight last week with a cold, but it's totally cleared up"; not a crisis that
            # is coming back ("I was suicidal in my twenties and I'm fine now, but lately it's creeping back").
            if coming_back:
                kinds |= _live_hits(clause, prepared) & {"suicidal_thoughts", "overdose"}
            continue
        kinds |= _live_hits(clause, prepared)
        signs |= _live_signs(clause)
    if "swollen" in signs and any(not c.hypothetical and is_live(c, _SIGN["leg_word"]) for c in clauses):
        # A body site is not an event: "work on my calves last week … since then the right one has
        # stayed swollen" names the leg in a past clause and the swelling in a live one.
        signs.add("leg_word")
    if is_taken_back(prepared):
        # "I meant breathless in a good way": only words about harming oneself still count.
        kinds &= {"suicidal_thoughts", "overdose"}
        signs = set()
    kinds |= _combinations(signs, on_thinners=any(is_live(clause, _THINNER) for clause in clauses))
    if _PILLS_NAMED.search(prepared) and any(
        not c.hypothetical and not c.history and is_live(c, _MANY_OF_THEM) for c in clauses
    ):
        # "is it possible to overdose on muscle relaxants? asking because I've had a lot of them tonight":
        # the pills in one sentence, how many were taken in the next.
        kinds.add("overdose")
    if _HEALING_INJURY.search(prepared):
        kinds.discard("serious_injury")  # however its words combine, an injury that is healing is not a 999 matter
    if "pulmonary_embolism" in kinds:
        kinds.discard("clot_signs")
    ordered = [KINDS[k] for k in KINDS if k in kinds]
    return sorted(ordered, key=lambda k: k.level != EMERGENCY)


def find_red_flag(text: str) -> SafetyKind | None:
    """The most urgent danger the rules see, or None (used where only the rules can run)."""
    found = find_dangers(text)
    return found[0] if found else None
