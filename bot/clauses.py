"""How a sentence says that something is *not* happening now: negation, history, hypotheticals.

The concept rules (`bot/red_flags.py`) find symptom words; this module decides whether
a found symptom is live. A symptom is not live when
- it is negated within its own clause: "no chest pain", "neither dizzy nor breathless",
  "nope", or after the noun: "chest pain? none", "clots - never had one";
- its clause is history: "had a clot in 2015", "a car accident years ago, fully recovered";
- its clause is a hypothetical or a general question: "what should I do if someone faints?".

Clauses are split at sentence ends and at contrastive words ("but", "although"), so
"no clots, but my calf is swollen and hot" keeps the calf live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text_normalization import BK_IS_BACK, normalize

# Shorthand and common misspellings of the words the rules look for. Applied word by
# word before matching, so one rule covers "chesst", "pian" and "cant breath".
_SPELLING = {
    # SMS shorthand the medical rules read: "wat's wrong w my hip", "preggo 30wks".
    "wat's": "what's",
    "wats": "what's",
    "wot's": "what's",
    "goin": "going",
    # …and the question words and times around them: "k. wat if im sore aftr", "sore b4 my appt".
    "wat": "what",
    "wot": "what",
    "aftr": "after",
    "afta": "after",
    "b4": "before",
    "kil": "kill",
    "coffing": "coughing",
    "coff": "cough",
    "coffed": "coughed",
    "agnoy": "agony",
    "agnony": "agony",
    "kms": "kill myself",
    "wnat": "want",
    "wnt": "want",
    "wana": "wanna",
    # Texting without vowels: "cnt brth gttng wrse".
    "cnt": "can't",
    "cnt'": "can't",
    "brth": "breathe",
    "brthe": "breathe",
    "brthng": "breathing",
    "chst": "chest",
    "gttng": "getting",
    "gettin": "getting",
    "wrse": "worse",
    "wrs": "worse",
    "hrt": "heart",
    "hrts": "hurts",
    "pn": "pain",
    "painkillrs": "painkillers",
    "painkilers": "painkillers",
    "pain killas": "painkillers",
    # Clinical shorthand clients copy from forums: "cp + sob last 20 mins".
    "cp": "chest pain",
    "sob": "short of breath",
    "shd": "should",
    "shud": "should",
    "wks": "weeks",
    "wk": "week",
    "preggo": "pregnant",
    "preggers": "pregnant",
    "prego": "pregnant",
    "chesst": "chest",
    "chset": "chest",
    "ches": "chest",
    "cheast": "chest",
    "chestt": "chest",
    "pian": "pain",
    "pains": "pain",
    "pians": "pain",
    "chets": "chest",
    "cheat": "chest",
    "brest": "breast",
    "breathng": "breathing",
    "breahte": "breathe",
    "breathe-": "breathe",
    "dizzey": "dizzy",
    "numbe": "numb",
    "swollon": "swollen",
    "swolle": "swollen",
    "paracetemol": "paracetamol",
    "paracetomol": "paracetamol",
    "tablts": "tablets",
    "stroak": "stroke",
    "headake": "headache",
    "hed": "head",
    "legg": "leg",
    "painn": "pain",
    "payn": "pain",
    "hurst": "hurts",
    "hurtin": "hurting",
    "breth": "breath",
    "brethe": "breathe",
    "breating": "breathing",
    "breahting": "breathing",
    "brething": "breathing",
    "breathin": "breathing",
    "sholder": "shoulder",
    "shoulda": "shoulder",
    "headach": "headache",
    "hedache": "headache",
    "headace": "headache",
    "heachache": "headache",
    "numbb": "numb",
    "nummb": "numb",
    "swolen": "swollen",
    "swolled": "swollen",
    "sweling": "swelling",
    "swelled": "swollen",
    "calve": "calf",
    "calfs": "calf",
    "presure": "pressure",
    "preassure": "pressure",
    "tite": "tight",
    "tigh": "tight",
    "dizy": "dizzy",
    "feint": "faint",
    "vomitting": "vomiting",
    "vommiting": "vomiting",
    "vomitted": "vomited",
    "bleading": "bleeding",
    "urin": "urine",
    "bladdar": "bladder",
    "tablests": "tablets",
    "tabs": "tablets",
    "pils": "pills",
    "sucidal": "suicidal",
    "suicidial": "suicidal",
    "cant": "can't",
    "cannt": "can't",
    "carnt": "can't",
    "couldnt": "couldn't",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "wont": "won't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "havent": "haven't",
    "im": "i'm",
    "ive": "i've",
    "id": "i'd",
    "u": "you",
    "ur": "your",
    "r": "are",
    "rn": "right now",
    "atm": "right now",
    "bc": "because",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "w": "with",
    "pls": "please",
    "plz": "please",
    "n": "and",
    "&": "and",
    "hes": "he's",
    "shes": "she's",
    "thats": "that's",
    "whats": "what's",
    "ok": "okay",
    "gf": "girlfriend",
    "bf": "boyfriend",
    "mom": "mum",
    "mam": "mum",
}
# A hyphen inside a word keeps the word whole ("co-codamol", "light-headed", "x-ray"): the rules name
# such words with their hyphen; a dash between words ("well - had a DVT") is a token of its own.
_TOKEN = re.compile(r"[\w'&.]+(?:-[\w'&.]+)*|[^\w\s]")


# Red-flag words a misspelling of which ("feinting", "colapsed") must still be read. A long word
# one edit away, with the same first letter, is read as the red-flag word; real words that are one
# edit away from one ("spelling", "breeding") are left alone.
_RED_FLAG_WORDS = (
    "fainting fainted collapsed collapse collapsing unconscious breathing breathless suicidal suicide "
    "overdose overdosed paracetamol seizure seizures numbness swollen swelling drooping slurring slurred "
    "crushing vomiting bleeding headache sweating tightness ambulance warfarin apixaban rivaroxaban clopidogrel"
).split()
_REAL_WORDS = frozenset(
    "spelling smelling selling breeding shelling sweeping creating crashing brushing dropping dropped overdone "
    "fainter drooling bleating heading headaches suicides".split()
)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_NEAR_RED_FLAG: dict[str, str] = {}
for _word in _RED_FLAG_WORDS:
    for _variant in (_word, *_deletions(_word)):
        _NEAR_RED_FLAG.setdefault(_variant, _word)


def _red_flag_spelling(token: str) -> str | None:
    if len(token) < 7 or not token.isalpha() or token in _REAL_WORDS or token in _RED_FLAG_WORDS:
        return None
    for candidate in (token, *_deletions(token)):
        word = _NEAR_RED_FLAG.get(candidate)
        if word is not None and word[0] == token[0] and abs(len(word) - len(token)) <= 1:
            return word
    return None


def prepare(text: str) -> str:
    """Lowercase, unify apostrophes, expand shorthand and fix the misspellings above."""
    out = []
    for token in _TOKEN.findall(normalize(text)):
        bare = token.rstrip(".")
        fixed = _SPELLING.get(token) or _SPELLING.get(bare) or _red_flag_spelling(bare)
        if fixed is not None:
            out.append(fixed + ("." if token.endswith(".") and not fixed.endswith(".") else ""))
        else:
            out.append(token)
    # "I can not breathe" is "cannot", not a negation of the breathing; "bk pain" is the back's, not a booking.
    return _BK_BODY.sub("back", _CAN_NOT.sub("cannot", " ".join(out)))


_CAN_NOT = re.compile(r"\bcan not\b(?! only\b)")
_BK_BODY = re.compile(rf"\bbk{BK_IS_BACK}")


# Sentence ends, new lines and contrastive words end a negation's reach.
# A full stop ends a sentence, but not inside a number ("it's 39.4 now", "1.5 hours").
_SENTENCE_END = r"(?:[!?;\n]|(?<!\d)\.|\.(?!\d))+"
_CLAUSE_BREAK = re.compile(
    rf"{_SENTENCE_END}\s*|\s+(?:but|though|although|however|except|whereas|apart from)\s+|\s*,\s*(?=(?:and |but )?now\b)"
)

_NEGATION_CUE = re.compile(
    r"\b(?:no|not|never|without|none|nope|nah|neither|nor|zero|free of|denies|"
    r"don't have|do not have|haven't got|haven't had|hasn't had|have not had|didn't have|doesn't have|"
    r"isn't|aren't|wasn't|weren't|ain't|don't get|didn't get|no sign of|no signs of|not any|"
    r"don't feel|didn't feel|doesn't feel|never had|haven't|hasn't|hadn't|didn't|nothing|nothing like)\b"
)
# Words after which "not"/"don't" negates something else, not the symptom that follows.
_NOT_A_SYMPTOM_NEGATION = re.compile(
    r"\b(?:not|don't|didn't|doesn't|isn't|wasn't|can't) (?:sure|know|think|understand|want|mind|care|"
    r"remember|sleep|stop|go away|get better|settle|ease|improve|helping|getting better|easing|"
    r"eating|usually|normally|normal|just|only|really|feeling (?:well|great|good|right))\b|"
    r"\bno (?:idea|clue|matter|doubt|longer|more|one|reason|way|point)\b|\bnot (?:only|even|long)\b|\bno\s*[,.!]|"
    # "went from nothing to 10/10", "nothing like I've ever had": how bad, not a denial.
    r"\bnothing (?:to|like|compared|close)\b|\bzero to\b"
)
# "breathing is fine", "my chest feels totally normal": a sign said to be well, after its name.
SAID_TO_BE_FINE = (
    r"\s+(?:is|are|'s|feels?|seems?) (?:totally |completely |perfectly |absolutely |all )?(?:fine|ok|okay|normal|alright|all right)"
    # …not "was fine until an hour ago", "is fine except when I lie down".
    r"(?!\s+(?:until|till|except|apart|but|earlier|this morning|before|unless|when|if)\b)"
)
# A negation that follows the noun: "chest pain? none", "clots - never", "breathing: fine".
_NEGATED_AFTER = re.compile(
    # "headache-free", "pain free for a month": the symptom's absence.
    rf"^\s*(?:(?:[?:\-–,]+\s*|\s+)(?:none|no|nope|nah|never|nothing|not really|not at all|fine|all fine|okay|free|"
    rf"all good|normal|good)|{SAID_TO_BE_FINE})\b(?!\s+(?:the|my|at night|when|today|now|like|compared|else|i'?ve|i have))"
    # "on warfarin, ok to come in?", "a DVT last month, fine for a massage?": asked, not said to be fine.
    r"(?!\s+(?:to|for|if|with)\b)"
    # "baby no 2", "no. 3": a number, not a denial.
    r"(?!\.?\s*(?:\d|one|two|three|four|five)\b)"
    # "I'm 30 weeks, no complications so far": what is denied is the trouble, not the matter before it.
    r"(?!\s+(?:complications?|problems?|issues?|concerns?|worries|dramas?|trouble)\b)"
    # "whiplash, no fracture", "calf pain, no swelling": "no" before another word denies that word.
    r"(?!(?<=\bno)\s+(?!(?:not|really|at all|thanks?|thank you|thx|ta|pain|problem)\b)[a-z]{3,})"
    # "this headache: never felt anything like it" (how bad) is not "clots - never had one"
    r"(?!\s+(?:felt|had|experienced|known) (?:anything|one|a \w+) (?:\w+ ){0,2}?(?:like|close|near|similar))"
)
# "i googled 'worst headache of my life'": the words searched for, not a symptom.
_SEARCHED = r"(?:googled|searched(?: for)?|looked up|typed in)\s+['\"‘“]"
_HISTORY = re.compile(
    r"\b(?:years? ago|yrs? ago|months ago|(?:had|got|was|passed out|fainted|blacked out|collapsed)\b(?:\W+\w+){0,8}?\W+once|at the time|decades? ago|(?:last|the other) year|(?<!since )(?<!from )(?<!since the )last (?:winter|summer|spring|autumn|fall|christmas|easter|season|term)|(?:been |is |it'?s |its )?(?:completely |totally |perfectly |absolutely )?fine (?:for|since) (?:months|weeks|years|ages|a (?:long )?while|\d+|then)|in (?:19|20)\d\d|back in (?:19|20)\d\d|back in the day|back then|"
    r"when (?:i|he|she|we|they) (?:was|were) (?:a |younger|little|a kid|kids|a child|children|a teen|teens|pregnant|\d+)|as (?:a )?(?:kids?|child|children|teenagers?)|"
    # "used to get them", not "I'm used to tension headaches" (accustomed to them, and they go on).
    r"(?<!'m )(?<!am )(?<!get )(?<!got )(?<!getting )(?<!be )used to|"
    r"back in (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"(?:scans?|x-?rays?|tests?|mri) (?:were |was |came back |all )*clear|discharged|"
    # A fever that has broken: "had flu last week but the fever broke 5 days ago".
    r"(?:fever|temperature|temp)(?:'s| has| had)? (?:finally |now )?(?:broke|broken|gone|went|come down|came down|settled|cleared|passed)|"
    r"history of|(?:fully )?recovered|fully healed|has healed|all healed|healed (?:up|fine|now|ok|okay)|long gone|"
    r"(?:was |got |been |were )?(?:treated|resolved|cleared up|sorted out) (?:at the time|back then|years|months|since|now|fine|and)|"
    r"no (?:problems?|issues?|trouble) since|not since|(?:off|stopped) (?:the )?(?:blood thinners|thinners|warfarin|meds) (?:since|for|now|years)|"
    r"ages ago|long time ago|while ago|in my (?:twenties|thirties|forties|20s|30s|40s)|(?:a (?:few|couple of) )?(?:years?|months?) back|"
    # settled straight away: "numb bum from the drive, wore off as soon as I walked"
    r"wore off|(?:went|goes) away (?:straight away|quickly|after|as soon as|when)|(?:fine|stops|stopped|gone|eases|eased) as soon as|"
    r"(?:completely|totally|all) gone|(?:last time|at my last) (?:i came|i was in|i visited|i had a (?:massage|session)|"
    r"session|appointment|massage))\b"
)
_HYPOTHETICAL = re.compile(
    rf"{_SEARCHED}|"
    r"\b(?:what (?:if|happens if|should i do if|do you do if|would you do if|would happen|are the signs|are the symptoms)|"
    r"dream\w*|nightmare|"
    r"if (?:i|you|someone|somebody|a client|anyone|people|one) (?:ever|were to|was to|did|does|gets?|got|has|have|had|feels?|starts?|faints?|passes?|collapses?|fainted|passed out|collapsed|fell|stopped breathing|"
    r"said|says|told (?:you|the therapist)|mentioned|complained)|"
    # The clinic's procedure asked about: "what's your protocol if a client…", "is there a policy for when…".
    r"(?:protocol|procedure|policy|process|plan)s? (?:is there )?(?:if|when|for when|in case)|"
    r"in case (?:i|someone|of)|is it (?:true|possible|a myth|safe)|"
    # A word on a form, asked about: "the intake form asks about fainting, do I tick yes?"
    r"(?:form|questionnaire|intake|box|section|question)s? (?:\w+ ){0,2}?(?:asks?|asked|says|mentions|lists|has (?:a )?(?:question|box|section|tick ?box)) "
    r"(?:about|on|for|whether|if)|\btick (?:yes|no|the box)\b|"
    # Anyone's, asked in general: "is it OK to have trigger point therapy when you've got a temperature?"
    r"when (?:you|someone|somebody|a client|people|one)(?:'ve got|'ve| have got| have| has| get| gets| got|'re| are| is)\b|"
    # What trigger points or massage can do in general: "can trigger points ever cause chest pain?",
    # "could a knot in the neck refer pain to the arm?", "do pec trigger points mimic heart pain?"
    r"(?:can|could|do|does|would|might|will|is it possible for) (?:a |an |the |tight |these |those |some )?(?:massage|trigger ?points?|tps?|knots?|they|"
    r"pecs?|pec (?:trigger points|knots|muscles?)|muscles?|it|this|that|pressing|tension|posture|(?:neck|chest|shoulder|back|jaw) (?:trigger points|knots|muscles))"
    r"(?: \w+){0,3}? (?:ever |really |actually |sometimes |also |even )?(?:cause|give|lead|trigger(?! ?points?)|refer|mimic|make|produce|feel like)\b"
    # …not "can a knot in my neck cause this chest pain I'm having right now?"
    r"(?!.*\b(?:this|these|my|right now|at the moment|i'?m having|i have|i've got|i've been having|he'?s having|she'?s having)\b)|"
    r"does (?:massage|it) (?:cause|help)|"
    r"how (?:do|would|can) (?:i|you) (?:know|tell|spot|recogni[sz]e)|signs of|symptoms of|"
    r"should i (?:be worried|worry) if|would (?:it|that) be|let'?s say|hypothetically|just wondering if|"
    # Anyone's, asked of the clinic: "what should someone do if they get chest pain in a massage? just wondering".
    r"what (?:should|would|do|does|can|will) (?:someone|somebody|a person|people|anyone|a client|the therapist|your therapists?|you) do if|"
    r"(?:just|only) (?:wondering|curious|asking)\W*$|out of (?:interest|curiosity)|"
    # Soreness to come, asked about: "he's asking if he should expect to be sore tomorrow".
    r"(?:(?:should|will|would|do|does|can) (?:i|he|she|they|you|we)|(?:i|he|she|they|you|we) (?:should|will|would|might|can)) "
    r"(?:expect|anticipate) (?:to (?:be|feel|get) )?(?:some |any )?"
    r"(?:sore\w*|stiff\w*|achy|aches?|tender\w*|bruis\w*|tired)|"
    # The sensation of the work, not a symptom: "if it's the good kind of hurt, should I push through?"
    r"(?:good|nice|right|satisfying|therapeutic) (?:kind|sort|type) of (?:hurt|pain|sore\w*|ache)|good hurt|hurts so good|"
    # Someone else's near-miss, reported: "my friend said she nearly fainted from the pain at another clinic".
    r"(?:said|says|told me|reckons|reckoned) (?:that )?(?:she|he|they) (?:nearly|almost) (?:fainted|passed out|threw up|was sick|cried|died)|"
    # Keeping something away, asked in general: "can trigger point work help stop the cramps coming back?"
    r"(?:help|helps) (?:to )?(?:stop|prevent|keep) (?:the |them |it |these |those )?(?:\w+ )?(?:coming back|recurring|returning|away)|"
    r"what do i do if|when should i|is that a sign|do you (?:have|deal with|treat)|"
    # What would happen, not what is happening: "I hate needles, I'd pass out lol".
    r"(?:i'?d|i would|id) (?:probably |literally |actually |just |totally |defo |definitely )?(?:pass out|faint|black out|keel over|die|collapse|throw up|be sick)|"
    r"i (?:read|heard|saw) (?:that|online|somewhere)|"
    # A fear of what a massage may do: "I'm a bit nervous about it hurting".
    r"(?:nervous|scared|worried|anxious|afraid|frightened|terrified|apprehensive) (?:about|of) (?:it |them |the massage |the session )?"
    r"(?:hurting|being (?:sore|painful)|the pain|pain|bruising|being bruised)|"
    # What a massage may do to me, asked beforehand: "will I bruise?", "am I likely to be sore after?",
    # "I bruise easily" (how I am, not a bruise now).
    r"(?:will|would|could|might|do|does|can) (?:i|you|people|most people|everyone) (?:usually |normally |still )?"
    r"(?:bruise|bleed|be sore|get sore|feel sore|ache|be stiff|get stiff|get a headache|feel dizzy|feel faint|feel light-?headed|"
    r"pass out|faint|black out|throw up|be sick|"
    # Breath during the work, asked beforehand: "will i be able to breathe through it or will i be gasping?"
    r"be able to breathe|breathe through|be gasping|gasp|be out of breath|struggle to breathe|hold my breath)|"
    r"am i (?:going|likely|more likely|less likely) to|(?:i|you) bruise (?:really |very |quite |so |more )?easily)\b"
)


# A joke about a thing, not a body: "my wallet fainted at your prices haha", "my to-do list is
# giving me chest pains lol". Both a laugh and a non-body subject are needed.
_LAUGH = re.compile(r"\b(?:lol|lmao|haha\w*|hehe|jk|rofl)\b|😂|🤣|😅")
_THING_AS_SUBJECT = re.compile(
    r"\bmy (?:wallet|bank (?:account|balance)|bank|purse|credit card|to\W*do list|inbox|emails|boss|kids|job|"
    r"commute|taxes|exams?|deadlines?|in\W*laws|mother\W*in\W*law|landlord|car|laptop|phone)\b|\byour (?:prices|price list|waiting list)\b|"
    # "my colleague's microwave fish gives me more chest pain than anything lol": a thing compared with pain.
    r"\b(?:gives?|giving|gave|causes?|causing) (?:me|us|him|her) (?:more|worse) (?:\w+ ){1,2}?than\b|"
    # "watching the news gives me chest pains haha"
    r"\b(?:watching|reading|thinking about|looking at|hearing|listening to)\b(?:\W+\w+){0,4}?\W+(?:gives?|giving|gave|makes?|made)\b|"
    # "I can barely breathe when I think about my workload lol"
    r"\bwhen i (?:think|thought) (?:about|of) (?:my|the|all|this|that|how)\b|"
    # "work is suffocating me, can't breathe for emails 🙃"
    r"\b(?:work|emails?|meetings?|deadlines?|uni|school|college|admin|paperwork|this week|this job)\b (?:is|are|has been|have been) (?:\w+ )?"
    r"(?:suffocating|drowning|killing|crushing|choking)\b|\bcan'?t breathe for (?:emails|work|meetings|deadlines|admin)\b"
)


# Nerves named as the cause, with a laugh: "my chest is tight with nerves lol, it's my first massage".
_NERVES_AS_CAUSE = re.compile(
    r"\b(?:with|from|because of|cos of|cuz of|bc of) (?:the )?(?:nerves|nervousness|excitement|anticipation|stage fright)\b|"
    r"\b(?:nervous|excited|anxious) (?:about|for) (?:my|the) (?:first|1st)? ?(?:massage|session|appointment|appt)\b|\bbutterflies\b"
)


# Said outright: "can barely breathe when I think about my workload, metaphorically speaking".
_SAID_TO_BE_A_FIGURE = re.compile(
    r"\b(?:metaphorically|figuratively|not literally|a figure of speech|(?:just )?an expression)\b"
)


def is_figurative(text: str) -> bool:
    if _SAID_TO_BE_A_FIGURE.search(text):
        return True
    return bool(_LAUGH.search(text)) and bool(_THING_AS_SUBJECT.search(text) or _NERVES_AS_CAUSE.search(text))


@dataclass(frozen=True)
class Clause:
    text: str
    history: bool  # the clause is about the past ("years ago", "fully recovered")
    hypothetical: bool  # "what if…", "is it true that…", "signs of…", or a joke about a thing


# Said to be happening now, whatever the past in the same clause: "stents three years ago and I've got
# that same crushing feeling in my chest again right now".
_NOW = re.compile(
    r"\b(?:right now|at the moment|currently|just now|this (?:morning|afternoon|evening)|tonight|"
    r"again (?:now|today|this)|(?:started|began|came on|come on|coming on) (?:again|today|tonight|this|an hour|\d+ (?:mins?|minutes|hours?)))\b"
)


# "chest pain? none" / "clots - never": the answer belongs to the clause it negates.
_ANSWERED_NEGATIVELY = re.compile(r"\?\s*(?=(?:none|nope|nah|never|nothing|not really|not at all|no)\b)")


def split_clauses(prepared: str) -> list[Clause]:
    prepared = _ANSWERED_NEGATIVELY.sub(" - ", prepared)
    parts = [p.strip(" ,") for p in _CLAUSE_BREAK.split(prepared)]
    figurative = is_figurative(prepared)
    return [
        Clause(
            part, bool(_HISTORY.search(part)) and not _NOW.search(part), figurative or bool(_HYPOTHETICAL.search(part))
        )
        for part in parts
        if part and part.strip(" ,")
    ]


# (…or "and"/"but" before one: "lost weight without trying and my back hurts at night".)
_NEW_SUBJECT = re.compile(r"(?:[,;]|\band\b|\bbut\b)\s*(?:i|i'm|i've|he|she|he's|she's|it|it's|my|they|we)\b")


def negated(clause: str, start: int, end: int, reach: int = 6) -> bool:
    """Whether the words at clause[start:end] are negated within the clause."""
    before = clause[:start]
    # A comma before a new subject starts a new statement: "breathing is not settling, i can
    # barely breathe" (a list, "no pain, swelling or warmth", stays within the negation's reach).
    fresh = list(_NEW_SUBJECT.finditer(before))
    words_before = before[fresh[-1].end() :].split() if fresh else before.split()
    window = " ".join(words_before[-reach:])
    cues = list(_NEGATION_CUE.finditer(window))
    if cues:
        cue = cues[-1]  # the nearest cue before the symptom
        cue_text = window[cue.start() :]
        if not _NOT_A_SYMPTOM_NEGATION.match(cue_text):
            return True
    # "neither … nor" anywhere before in the clause negates the whole list.
    if re.search(r"\bneither\b", before):
        return True
    # A pattern that spans a list, "calves, not swollen, not warm": a negation inside
    # the match negates the signs it joins.
    inside = clause[start:end]
    for cue in _NEGATION_CUE.finditer(inside):
        if cue.start() > 0 and not _NOT_A_SYMPTOM_NEGATION.match(inside[cue.start() :]):
            return True
    return bool(_NEGATED_AFTER.match(clause[end:]))


def is_live(clause: Clause, pattern: re.Pattern[str]) -> bool:
    """The pattern is named in the clause and not negated there: "not on any blood thinners" is not."""
    return any(not negated(clause.text, m.start(), m.end()) for m in pattern.finditer(clause.text))


def mark_negation(prepared: str, reach: int = 6) -> str:
    """The text with each word a negation reaches prefixed "not_": "neither of my legs is
    swollen" → "neither not_of not_my not_legs not_is not_swollen not_and".

    For the safety classifier, whose bag of words cannot see scope by itself. The reach is
    the concept rules' own: a few words after the cue, never past a sentence end or a
    contrastive word ("no clots, but my calf is swollen" keeps the calf).
    """
    out = []
    for part in re.split(
        rf"(\s*(?:{_SENTENCE_END}|\bbut\b|\bthough\b|\balthough\b|\bhowever\b|\bexcept\b)\s*)", prepared
    ):
        reached: set[int] = set()  # character offsets of the words a negation reaches
        for said_fine in re.finditer(rf"([\w']+){SAID_TO_BE_FINE}\b", part):
            reached.add(said_fine.start(1))  # "breathing is fine" → "not_breathing is fine"
        for cue in _NEGATION_CUE.finditer(part):
            if _NOT_A_SYMPTOM_NEGATION.match(part[cue.start() :]):
                continue
            for word in list(re.finditer(r"[\w']+", part[cue.end() :]))[:reach]:
                reached.add(cue.end() + word.start())
        if not reached:
            out.append(part)
            continue
        pieces, last = [], 0
        for start in sorted(reached):
            pieces.append(part[last:start] + "not_")
            last = start
        out.append("".join(pieces) + part[last:])
    return "".join(out)


# Words that take back what they describe: "breathless in a good way", "wrong chat!".
_TAKEN_BACK = (
    r"wrong (?:chat|person|number|conversation)|(?:wasn't|not) meant for you|in a good way|"
    r"just (?:joking|kidding)|jk|false alarm|ignore (?:that|me|my last)"
)
# Weaker: "I meant…" settles an earlier message ("sorry, I meant my nose in the face cradle")
# but may also bring a new danger ("I meant my dad, he can't breathe"), so it only stops
# earlier messages from completing a danger; the new message is judged on its own.
_CLARIFIED = r"i (?:just )?meant|(?:no|sorry),? i mean|came out wrong|not what i meant|didn't mean"
# A message that takes back or settles what came before: "oh it's fine now", "wrong chat!".
# It cannot complete a danger from earlier messages.
_REASSURANCE = re.compile(
    r"\b(?:(?:it'?s|i'?m|i am|all|feel(?:ing)?|he'?s|she'?s|it was|that was|they'?re) (?:all |totally |completely )?"
    r"(?:fine|okay|good|alright|all right|normal|better)|gone now|wore off|went away|passed (?:now|quickly|straight away)|"
    rf"no no|{_TAKEN_BACK}|{_CLARIFIED})\b"
)
_STILL_GOING = re.compile(
    r"\b(?:still|worse|again|keeps?|won't stop|not stopping|getting|now (?:my|i|he|she|it'?s (?:spread|moved))|but now|right now)\b"
)


def is_reassurance(prepared: str) -> bool:
    """Whether the message settles or takes back an earlier one, and says nothing is still going on."""
    return bool(_REASSURANCE.search(prepared)) and not _STILL_GOING.search(prepared)


_TAKEN_BACK_RE = re.compile(rf"\b(?:{_TAKEN_BACK})\b")


# After an emergency answer only a misunderstanding ends it: "wrong chat", "I meant breathless in a
# good way", "autocorrect". "I'm fine now", "ignore me, just a bad day" and "jk" are how people
# play an emergency down, so they don't.
_MISUNDERSTOOD = re.compile(
    rf"\b(?:wrong (?:chat|person|number|conversation|window)|(?:wasn't|not) meant for you|in a good way|"
    rf"autocorrect\w*|typo|misread|{_CLARIFIED})\b"
)
# What the earlier message meant, explained away, with nothing back or going on now: the sore spot
# is where the therapist worked ("sorry, should have said, it's where she dug into my pec
# yesterday"), or it was long ago ("when i was 12 at the sight of blood lol", "that was years ago").
_EXPLAINED_AWAY = re.compile(
    r"\bwhere (?:she|he|they|the therapist|my therapist|you) (?:dug|pressed|worked|massaged|did|went)\w*|"
    r"(?:^|[.!?,]\s*)(?:oh |no |sorry,? |lol )?(?:when i was (?:a kid|little|young|a teenager|\d{1,2})|(?:that was|it was|this was) (?:years|ages|decades) ago|"
    r"(?:years|decades) ago(?=\W*(?:$|lol|haha|[.!?,])))"
)
_BACK_NOW = re.compile(
    r"\b(?:back|again|returned|still|now|today|tonight|this (?:morning|afternoon|evening)|worse|spread\w*)\b"
)


def clears_up_a_misunderstanding(prepared: str) -> bool:
    return bool(_MISUNDERSTOOD.search(prepared)) or (
        bool(_EXPLAINED_AWAY.search(prepared)) and not _BACK_NOW.search(prepared)
    )


def is_taken_back(prepared: str) -> bool:
    """Whether the message itself says its symptom words weren't meant ("breathless in a good
    way", "wrong chat") and nothing is still going on."""
    return bool(_TAKEN_BACK_RE.search(prepared)) and not _STILL_GOING.search(prepared)
