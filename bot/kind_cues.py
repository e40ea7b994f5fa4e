"""Words without which a kind of emergency or same-day danger is not plausible.

The safety classifier is set for recall, so on ordinary questions it sometimes scores an
emergency: "how hard should I press when doing self massage?" as suicidal thoughts. A
classifier-only emergency must name at least something its kind is about. These lists are
deliberately broad (body sites, lay words, misspellings): they exclude only messages that say
nothing about the kind at all, and the concept rules (`bot/red_flags.py`) do not depend on them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.clauses import SAID_TO_BE_FINE

_CUES = {
    # Sites and cardiac words only: "tight", "heavy" or "sick" alone say nothing about a heart
    # ("my calves have been really tight").
    "chest_pain": r"chest|ches|heart|breast|arm|jaw|crush|squeez|elephant|sweat|clammy|angina|"
    r"attack|cardiac|rib|sternum|left side|torso|vice|weight on|indigest",
    # A lung's sign is needed: a leg alone ("shingles on my side… can I come in for my legs") is a clot's
    # same-day kind at most.
    "pulmonary_embolism": r"(?=[\s\S]*\b(?:breath|cough|blood|chest|wheez|gasp|pant|winded|air\b|lung))",
    "breathing": r"breath|breathe|air|gasp|wheez|puff|pant|chok|suffoc|lips|blue|inhal|asthma|lung|suck|winded|"
    r"cough|throat|tongue|allerg|swell|wheeze|sentence|struggl",
    "stroke_signs": r"face|droop|slur|speech|speak|talk|words? (?:come|came|coming|are|were|wrong|jumbled|muddled|mixed|out)|"
    # Speech as a symptom, not "let me talk to staff" (bare "talk"/"speak" are weak cues below).
    r"(?:talk|speak)\w* (?:funny|strange\w*|weird\w*|slurr\w*|gibberish|nonsense|properly|right|normally|clearly|like (?:he|she|they)(?:'s| is| are)? drunk)|"
    r"(?:can'?t|cannot|unable to|couldn'?t|trouble|difficulty|struggl\w* to|stopped) (?:\w+ )?(?:talk|speak)|"
    r"find (?:the |my |his |her )?words|arm|leg|hand|weak|numb|one side|vision|see|blind|"
    r"confus|balance|dizz|walk\w* (?:funny|strange|weird|wonky|straight|properly|like)|"
    r"(?:can'?t|cannot|unable to|couldn'?t|barely|struggl\w* to|trouble|difficulty) (?:\w+ )?walk|smile|mouth|stroke|gibberish|lopsided|drool|strange\b|sense|"
    # A lip that droops or has gone numb, not a cold sore on it.
    r"lip\w*(?:\W+\w+){0,3}?\W+(?:droop|numb|sag|down|won'?t|not moving|dead|heavy|tingl|weird|funny)",
    "thunderclap_headache": r"head|migraine|skull|neck|vomit|sick|throw|threw|light|worst|thunder|brain|temple|"
    r"eye|bang|explod",
    "cauda_equina": r"bladder|bowel|pee|wee|urin|toilet|wipe|saddle|groin|bum|buttock|privates|genital|crotch|"
    r"down there|accident|wet|soil|poo|incontin|pass water|leak|inner thigh|bits|both legs|"
    r"(?:legs|both (?:my |his |her )?legs?)\b.{0,40}\b(?:numb|weak|dead|giv|buckl|tingl|pins|heavy)",
    # (Stairs are where a fall happens, not one: "my leg keeps giving way on the stairs" is a nerve's matter.)
    "serious_injury": r"fall|fell|fallen|trip|slip|crash|accident|collision|hit|knock|tackl|ladder|missed (?:a|the|my) (?:step|footing)|horse|"
    r"(?:car|bike|motorbike) (?:crash|accident|smash)|hit by a|ski|fractur|broke|break|snap|crack|landed|thrown|tumble|injur|can't move|"
    # An event, not a condition alone: "cancer that went to the bones" or "osteoporosis" with no fall
    # is the doctor's, and the concept rules read a fall with fragile bones.
    r"can't get up|went down|floor|ground",
    "fainting": r"faint|fant|feint|pass\w* out|respond(?:s|ed|ing)?\b(?! to\b)|limp|floppy|black|collaps|unconscious|unrespons|wak|came round|come round|floor|keel|"
    r"went down|conk|dizz|light ?headed|consciousness|seiz|(?:a|had|having|another|has|have|into) fits?\b|fitting\b|dropped|out cold|spark",
    "suicidal_thoughts": r"die|dying|dead|death|kill|suicid|end (?:it|my|things|everything|all)|ending|life|"
    r"\blive|living|alive|exist|here any ?more|wake up|sleep forever|goodbye|letter|note|harm|hurt myself|"
    r"hurting myself|cut|pointless|hopeless|worthless|burden|better off|without me|give up|can'?t go on|"
    r"can'?t do (?:this|it)|disappear|nothing left|tired of|done with|plan|pills|overdose|bridge|jump|rope|"
    r"hang|no way out|escape|empty|nobody|no one|alone|miss me|care if|go(?:ing)? on|(?<!trigger )(?<!trigger-)point\b|"
    # Goodbyes and affairs in order: "this will be my last massage", "sorted my will", "be hear any more".
    r"last (?:massage|session|appointment|booking)|(?:my|the) last time (?:seeing|i(?:'ll| will)? see|you(?:'ll| will) see|here|coming)|"
    r"last (?:time|one)|(?:my|a) will\b|affairs|calm|peace|(?:here|hear) any ?more|"
    r"not (?:be )?around|(?:won'?t|wont|will not|not going to|don'?t think (?:i'?ll|ill|i will)) (?:\w+ )?(?:be )?(?:around|here)|gone|giv\w* (?:\w+ )?away|sort\w* (?:out )?(?:everything|my)|forever|for good|permanent|"
    r"keep going|carry on|hold on|much longer|cope|"
    # (not "he can't do stairs")
    r"can'?t (?:take|face|do)(?! (?:the )?(?:stairs|steps|mornings?|evenings?|weekends?|early|late|that day|then|friday|monday|tuesday|"
    r"wednesday|thursday|saturday|sunday|\d))|"
    # The means made ready: "ive got the pills lined up", "been saving my tablets".
    r"lined up|stockpil\w*|hoard\w*|sav(?:ed|ing) (?:up )?(?:my |the |them|all)|counted (?:out|them)|"
    # A farewell: "tonight's the night, I just wanted to say thank you to Jess, she was always kind to me".
    r"tonight'?s the night|the night|(?:was|were|have been) always (?:so )?kind|for everything|wanted (?:you )?to (?:say|know)|reasons? to",
    "overdose": r"pill|tablet|took|taken|take|swallow|overdos|\bod\b|dose|paracetamol|meds|medic|packet|bottle|relaxant|got into|ate\b|eaten|inject|"
    # "the whole box", not "my whole hand goes numb".
    # (a lot of pills, not "a lot of lifting")
    r"box|capsule|drank|bleach|poison|too many|whole (?:box|bottle|packet|pack|strip|tub|jar|sheet|blister|lot|load)|"
    r"lot of (?:\w+ )?(?:pills|tablets|meds|medicines?|medication|them|painkillers|paracetamol|ibuprofen|sleeping|drink|alcohol|vodka|booze)|insulin|sleeping",
    "uncontrolled_bleeding": r"bleed|blood|cut|wound|gash|gush|spurt|soak|nose|knife|glass|razor|bitten",
    "non_blanching_rash": r"rash|spots|blotch|glass|tumbler|blanch|fever|temp|neck|light|drowsy",
    # Same-day kinds (brief §5b).
    # …not swelling the message puts down to an injury: "my ankle is still swollen from rolling it on
    # tuesday" (the concept rules still read a swollen, hot, red calf, whatever else is said).
    "clot_signs": r"(?![\s\S]*\b(?:rolled|rolling|twisted|twisting|sprain\w*|went over on|turned my ankle|grazed|bashed|banged|knocked|kicked)\b)"
    r"(?:calf|calves|leg|thigh|ankle|shin|knee|swoll|swell|clot|dvt|puff|hot|warm|red|throb|cramp)",
    # A back and a fever or the night ("a few little bruises on my back after yesterday" is neither).
    "back_pain_fever_night": r"(?=[\s\S]*\b(?:back|spine|sciatica|lumbar|kidney|loin))(?=[\s\S]*\b(?:fever|temp|hot|shiver|chill|sweat|"
    r"night|lying|lie down|lay down|wak|sleep|bed|unwell|flu))",
    # Nerve words: a body site alone ("a big bruise on my thigh from walking into a table") is no nerve.
    "limb_nerve": r"grip|numb|tingl|weak|pins|drag|drop|slap|flop|catch\w* my toes|can'?t (?:lift|raise|feel)|dead|no feeling|electric|buzz|fizz|shooting|"
    r"give way|giving way",
    # Soreness that grows or lasts, not "really sore after yesterday's session" (brief §3: normal for a
    # day or two): a word for the pain and a word for its growing or lasting.
    "worsening_soreness": r"(?![\s\S]*\b(?<!not )(?<!n't )(?:getting better|better (?:each|every) day|easing|improving|settling|less (?:sore|painful)))"
    r"(?=[\s\S]*\b(?:sore|sorer|pain|hurt|ache|aching|achy|tender|bruis|agony|stiff|killing|limp|worse|still (?:\w+ )?bad|no better))"
    r"(?=[\s\S]*\b(?:worse|wors|still (?:\w+ )?(?:sore|pain|hurt|ach|tender|bad|killing|agony|stiff|bruis)|days|week|[3-9]\b|three|"
    r"four|five|six|seven|not (?:settl|eas|improv|getting better|going|shift)|agony|unbearable|can'?t (?:walk|move|sleep|lift|stand|sit|bend)|"
    r"swoll|swell|won'?t (?:go|settle|ease|shift)|since|more and more|every day|each day|getting (?:worse|sorer|more)|increas|spread|"
    r"(?:more (?:pain|painful|sore)|sorer)\b(?! than (?:a |an |the )?(?:sports|deep|swedish|regular|normal|other|physio|massage|acupuncture|needling|cupping|before\b|beforehand|i (?:was|went|came)|when i (?:went|came)|going in|the session))|limp|now (?:mon|tues|wednes|thurs|fri|satur|sun)day))",
    "dark_urine": r"urine|pee|wee|piss|dark|brown|cola|tea|coke|kidney",
    # A blood thinner, or bleeding: bruises alone ("I had bruises for a week after") are not this kind.
    "anticoagulant_bruising": r"bleed|(?=.*\bbruis)(?=.*\b(?:thinner|anticoag|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|"
    r"xarelto|eliquis|pradaxa|lixiana|clopidogrel|plavix|heparin|clexane|aspirin|coumadin))",
    "fever_skin": r"fever|temp|hot|red|skin|rash|streak|pus|infect|spread|swoll|shiver|chill|sweat|weep|ooz|unwell|flu",
}


def _split(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation ("a|b(?:c|d)|e" -> a, b(?:c|d), e)."""
    parts, depth, current = [], 0, ""
    for char in alternation:
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


# Cue words that also have an everyday sense ("first time in my life", "living here since 2 month",
# "leaving the country for good", "neck's a mess", "I left my pills in your waiting room"): for these
# kinds they back a classifier emergency only when it is surer (WEAK_CUE_SCORE). The strong cues, and
# the concept rules, are unchanged.
_WEAK_CUES = {
    "suicidal_thoughts": r"life|\blive|living|exist|goodbye|letter|note|empty|nobody|no one|alone|pills|last (?:time|one)|"
    r"(?<!trigger )(?<!trigger-)point\b|calm|peace|gone|forever|for good|permanent|go(?:ing)? on|care if|miss me|"
    r"the night|for everything|wanted (?:you )?to (?:say|know)|reasons? to",
    "stroke_signs": r"speak|talk",
    # A cough or a sore throat comes with every cold: without breathlessness it needs a surer score.
    "breathing": r"cough|throat",
    # A buttock aches with sciatica too: without the bladder, the bowel or numbness it needs a surer score.
    "cauda_equina": r"bum|buttock",
    "thunderclap_headache": r"neck|sick|throw|threw|light|eye|bang",
    # "took a week of meal prep with it": taking, without a word for what, needs a surer score.
    "overdose": r"pill|tablet|take|took|taken|dose|meds|medic|packet|bottle|relaxant|box|capsule|insulin|sleeping|paracetamol",
}
WEAK_CUE_SCORE = 0.5
_PATTERNS = {kind: re.compile(rf"\b(?:{words})", re.IGNORECASE) for kind, words in _CUES.items()}
_STRONG = {
    kind: re.compile(rf"\b(?:{'|'.join(w for w in _split(_CUES[kind]) if w not in _split(weak))})", re.IGNORECASE)
    for kind, weak in _WEAK_CUES.items()
}
# Cues are word beginnings ("numb" for numbness, "ski" for skiing); these everyday words only start
# like one: "what number out of 10", "a deadline", "my skin", "noted, thanks".
_FALSE_FRIENDS = re.compile(
    r"\b(?:numbers?|numbered|legal\w*|legend\w*|handy|handle\w*|seem\w*|facebook|diet\w*|diesel|deadlines?|"
    r"team\w*|teach\w*|lifestyle|lifetime|noted|cute|hangovers?|existing|skin\w*|skills?|boxing|hitch\w*|armchairs?|army|weeks?|weekends?|weekly|shingles|fit (?:\w+ ){0,2}in|"
    r"seen? (?:you|u) (?:there|then|soon|later|tomorrow|tmrw|at)|takeaway|planner|slipped discs?|wiped out|"
    # "Take" in everyday senses, not taking a medicine: "do I have to take everything off?", "do you take cards?".
    r"take (?:\w+ )?(?:everything|it all|all|my clothes|clothes|clothing|my top|my shirt|my bra|them|it|this|that) off|"
    r"take off (?:my|your|the|everything|all|clothes)|"
    r"take (?:a|my|the) (?:seat|shower|bath|break|breather|photo|picture|look|minute|moment|while|turn|bus|train|car|lift|stairs|day off|walk)|"
    r"take (?:long|ages|time|a while|over|part)|take (?:cash|cards?|card payments?|payment|bookings?|walk-?ins?|new clients|insurance|vouchers?)|"
    # Nobody at the clinic answering, not being alone: "I've rung three times and no one picks up".
    r"(?:no ?one|nobody|no body) (?:\w+ )?(?:picks? up|picked up|answers?|answered|answering|replie[sd]|reply|responds?|responded|"
    r"got back|gets back|rang back|called back|calls back|has (?:called|rung|emailed|replied))\b|"
    # Asking for a person, not a speech problem: "I want to speak to the owner about it".
    r"(?:speak|talk)(?:ing)? (?:to|with) (?:the |a |an |your |someone|somebody|anyone|a real|the real )?(?:\w+ )?(?:owner|manager|person|human|staff|receptionist|front desk|therapist|boss|somebody|someone|anyone|people|team|you)\b|"
    # Where an arm reaches and how far someone can walk: "can't lift my arm above my head", "he can't
    # walk far" (a range of movement and a mobility need, not a headache or a stroke).
    r"(?:above|over) (?:my|his|her|your|their|the) heads?|(?:can'?t|cannot|unable to|struggles? to) walk (?:very |that |too |as )?(?:far|long distances)|"
    r"walks? with (?:a )?(?:stick|frame|cane|crutch\w*)|"
    # A stomach bug and a count of visits: "up all night with food poisoning", "is 5 sessions too many?"
    r"food poisoning|(?:over|past) the worst|"
    # Readings and tests, not bleeding or coughing blood: "my blood pressure was 168 over 104".
    r"blood (?:pressure|tests?|sugars?|work|results?|count|group|type)|"
    # "Bloody" as an oath ("bloody traffic on the ring road"), not blood from a body.
    r"bloody (?!phlegm|mucus|sputum|spit|nose|noses|stools?|poo|urine|pee|wee|tissues?|towels?|discharge|cough\w*|vomit|sick|diarrh\w*)\w+|"
    # A sign denied after its name: "one calf is swollen, breathing is fine" says nothing about the lungs.
    rf"\w+{SAID_TO_BE_FINE}|"
    # Breath in idioms and manners, a habit broken, a normal dose: "the price took my breath away", "my
    # breath stinks of garlic", "don't want to break my routine", "took one paracetamol for a headache".
    r"took my breath away|(?:bad|garlic|stinky|smelly|morning) breath|breath (?:stinks|smells)|"
    r"break (?:it|the (?:routine|habit|streak)|my (?:routine|habit|streak)|the bank)|"
    r"took (?:one|a|1|two|2|my usual) (?:paracetamol|ibuprofen|painkillers?|tablets?|pills?|nurofen|aspirin)(?! (?:too many|and then|on top))|"
    # Where a pressed spot sends its ache, a trigger point's referral: "when I press it I feel it in my arm".
    r"(?:press|push|poke|prod|touch|dig|squeez)\w* (?:(?!chest|heart|breast)\w+ ){0,3}?(?:it|on it|there|that spot|the spot|the knot|"
    r"that knot|them|in)\b(?:\W+(?!chest|heart|breast|breath|sweat|clammy|crush)\w+){0,10}?\W+(?:arms?|ribs?|side|torso|jaw|head|neck|hand|fingers?)\b|"
    # Diabetes' numb feet, a known nerve matter for the doctor, not a stroke: "I'm diabetic and my feet are numb".
    r"diabet\w*\b.{0,60}?\b(?:feet|foot|toes)\b(?:\W+\w+){0,3}?\W+(?:numb\w*|tingl\w*)|"
    r"(?:feet|foot|toes)\b(?:\W+\w+){0,3}?\W+(?:numb\w*|tingl\w*)\b.{0,60}?\bdiabet\w*|"
    # A chest or breath better after the work: "my chest feels a lot more open and I breathe easier".
    r"(?:chest|ribs?|ribcage)\b(?:\W+\w+){0,4}?\W+(?:more open|opened up|looser|freer)\b|"
    r"breath(?:e|ing)? (?:so much |much |a lot |loads )?(?:easier|more (?:freely|easily|deeply)|better)\b|"
    # Nobody at the desk, not being alone: "im at ur front desk rn and theres nobody here".
    r"(?:nobody|no ?one|no body)(?:'s| is)? (?:at|on|behind|manning) (?:the |ur |your )?(?:front desk|desk|reception|door)|"
    r"(?:at|in) (?:ur|your|the) (?:front desk|reception|waiting room|clinic|door)\b(?:\W+\w+){0,4}?\W+(?:nobody|no ?one|no body)(?:'s| is)? "
    r"(?:here|there|around|about)|"
    # A stiff neck's reach, not a headache: "barely able to turn my head".
    r"(?:turn|turning|move|moving|tilt|tilting) (?:my|his|her|their|the) head|"
    # Thanks to a therapist by name or for a visit, not a farewell ("thank you for everything" stays a cue).
    r"(?:wanted|want) (?:you )?to (?:say|know) (?:a )?(?:massive |huge |big |quick |special )?(?:thank you|thanks|thankyou|ty) "
    r"(?:to (?!every|all\b)\w+|for (?:the|my|your|today'?s|yesterday'?s|last) (?:massage|session|treatment|appointment|appt|visit|help))|"
    # Numbness a position caused, gone once moved: "my arm went a bit numb lying face down but it came back
    # the second i moved it".
    r"(?:arms?|hands?|legs?|foot|feet|fingers?|face)\b(?:\W+\w+){0,4}?\W+(?:went|goes|go|gone|going|got|felt|feels|was) (?:a bit |a little |slightly |all |kind of )?"
    r"(?:numb|dead|tingly|to sleep|asleep)\b(?:\W+\w+){0,10}?\W+(?:came back|comes back|wore off|went away|back to normal|fine|stopped)\b"
    r"(?:\W+\w+){0,3}?\W+(?:as soon as|the second|the moment|once|when) (?:i|she|he) (?:moved|move|sat up|got up|shook|turned|changed)\w*|"
    # A cold sore, and the face or the jaw as the part to be treated: "a cold sore on my lip, should I come to
    # my face and jaw appointment?"
    r"cold sores?|(?:face|facial|jaw|face and jaw|head and face)(?: and \w+)? (?:appointment|appt|session|massage|treatment|work)s?|"
    # Training and everyday idioms: "ok to hit the weights straight after?", "fell asleep on the table",
    # "break a sweat", "a day trip", "could you slip me in", "that was so good I nearly died".
    r"hit(?:ting|s)? (?:the )?(?:gym|weights|road|pool|track|slopes|treadmill|sack|hay|shops|trails?|bar|pub|mat|studio|pitch|court|"
    r"wall|books|bed|town|beach|waves|showers?|snooze|ground running|spot|jackpot|target|deadline)\b|"
    r"(?:fall|falls|falling|fell|fallen|drift\w*|nod\w*|dozed?|dozing) (?:off|asleep)|(?:break|broke|breaking|work\w* up|worked up) a sweat|"
    r"(?:day|road|business|school|work|weekend|shopping|family|camping|golf|fishing|field|boat|coach) trips?|trips? (?:to|away|abroad|home)|"
    r"slip (?:me|her|him|us|them) in|(?:so good|amazing|incredible) (?:that )?(?:i|we) (?:nearly|almost) died|(?:nearly|almost) died (?:laughing|of (?:laughter|embarrassment|shame))|"
    r"killer (?:workout|session|class|leg day|run)|"
    # Pressure asked to be lighter is no light that hurts the eyes: "can I ask them to go lighter?";
    # legs said to be alike are no numb pair: "swelled a little on the flight, both legs the same, normal now".
    r"lighter|light (?:pressure|touch|massage|work|strokes?)|both (?:legs|feet|ankles|sides) (?:are |look |looked )?(?:the )?(?:same|equal|alike)|"
    # Feeding a baby is no chest: "is it safe while I'm still breastfeeding?"
    r"breast ?-?(?:feed\w*|fed|milk|pump\w*)|"
    # A cut that is a trim: "I cut my hair", "a haircut".
    r"(?:cut|cutting) (?:my|his|her|your|the) (?:hair|fringe|nails?|grass|lawn|hedge)|haircuts?|"
    # Seeing a professional, not eyesight: "I haven't seen anyone about it".
    r"(?:seen?|saw|seeing) (?:anyone|anybody|someone|somebody|a (?:doctor|gp|physio|nurse|specialist)|(?:my|the) (?:doctor|gp|physio|nurse|consultant))|"
    # The part to be treated is no symptom: "can i still come in for my legs".
    r"(?:come in|book\w*|appointment|massage|session|work|treat\w*) (?:in )?(?:for|on) (?:my|his|her) (?:legs?|arms?|hands?|back|neck|shoulders?|calves|feet)|(?:sessions?|appointments?|massages?|treatments?|visits?|questions?|times?)\b(?:\W+\w+){0,2}?\W+too many|"
    r"too many (?:sessions?|appointments?|massages?|treatments?|visits?|questions?|times)|"
    # How one lies on the table and where the face goes, not a face that droops: "can i still lie face down
    # in the head hole thing"; a chest that is furniture: "my chest freezer died".
    # A rash down one side of the back is shingles' shape, not a stroke's one-sidedness.
    r"one side of (?:my|his|her|the) (?:back|ribs|waist|torso|tummy|belly|stomach|chest wall)|"
    r"face (?:down|up|first)|(?:face|head) ?(?:hole|cradle|rest)|face ?(?:mask|masks|wash|cream)|facials?|"
    # Things that die or break: "my chest freezer died and took a week of meal prep with it".
    r"(?:chest )?(?:freezer|fridge|phone|battery|laptop|car|plants?|charger|tv|telly|boiler|washing machine|printer|hoover|kettle|"
    r"computer|router|wifi)(?:'s| has| have| just| finally| is)* (?:died|dead|packed in|gave up|conked out)|"
    r"chest (?:freezer|of drawers)|treasure chest|tool ?chest|war chest|"
    # A child or someone at home being sick, said to cancel: "my little one has been up all night being sick".
    r"(?:little one|toddler|baby|kids?|son|daughter|children|husband|wife|partner)(?:'s| has| is| was)? (?:been )?"
    r"(?:up all night )?(?:being |been )?(?:sick|throwing up|vomiting|poorly))\b",
    re.IGNORECASE,
)


def plausible(kind: str, text: str, score: float = 1.0) -> bool:
    """The message names something this kind is about (unknown kinds are always plausible); for a
    classifier score under WEAK_CUE_SCORE, a word with an everyday sense is not enough."""
    pattern = _PATTERNS.get(kind)
    if pattern is None:
        return True
    words = _without_false_friends(text)
    if score < WEAK_CUE_SCORE and kind in _STRONG:
        return bool(_STRONG[kind].search(words))
    return bool(pattern.search(words))


@lru_cache(maxsize=256)
def _without_false_friends(text: str) -> str:
    # The classifier asks about one message for each kind in turn: the words are taken out once.
    return _FALSE_FRIENDS.sub(" ", text)
