"""Is a message really small talk? A check on the model's greet / thanks / goodbye / "are you a bot" /
"what can you do".

The NLU model sometimes files a real question it does not know under small talk:
"can you work on my jaw? i clench my teeth at night" came back as `goodbye`, and the
client got "Take care, thanks for chatting". A goodbye or a thank-you carries almost
no words besides the greeting itself, so a predicted small-talk intent is kept only
when the message looks like one; otherwise the turn goes to the FAQ matcher. The
reverse slip ("ok cool ty" read as an FAQ question) is caught the same way: a message
made only of greeting, thanks or goodbye words is small talk whatever the model says.
"""

from __future__ import annotations

import re

from bot.clinic_answers import clinic_sections
from bot.faq_store import FAQ_TOPICS
from bot.input_screening import reaction_words
from bot.text_normalization import STOPWORDS, normalize, words

SMALLTALK_INTENTS = frozenset({"greet", "goodbye", "thank", "bot_challenge", "ask_capabilities"})
# The pre-visit check's answers, which the model also predicts for bare acknowledgements ("ok").
ACKNOWLEDGEMENT_INTENTS = ("affirm", "deny", "unsure", "stop")
# Intents the pure-small-talk check may overrule; never the pre-visit check's yes/no/stop.
# The front desk's too: the clients' examples of it (data/nlu/client_voices.yml) often open with "hi,
# how are you", which pulls a bare "how are you today?" towards it. (A hand-off guess that asks for no
# person gets the same check in bot/triage.py.)
OVERRULABLE_INTENTS = frozenset(
    {*(f"faq_{topic}" for topic in FAQ_TOPICS), "out_of_scope", "nlu_fallback", "clinic_info"}
)

_GREETING = frozenset(
    """hi hello hey hiya heya hii howdy greetings morning afternoon evening good day hola bonjour hallo ciao salut gm mornin
    guten tag buenos dias bom dia buongiorno bonsoir namaste salaam salam hej hei ahoj ola""".split()
)
_THANKS = frozenset(
    # …and in the languages clients switch to for a word: "obrigada!", "grazie mille", "dziękuję"
    """thanks thank thankyou thanku thanx thnx thx ty cheers ta appreciate appreciated grateful merci danke gracias
    obrigado obrigada grazie mille dankie takk tack dziekuje dziękuję dekuji děkuji arigato arigatou
    shukran spasibo köszönöm koszonom kiitos multumesc mulțumesc hvala efharisto tesekkurler teşekkürler""".split()
)
_BYE = frozenset("bye byee goodbye cya c later goodnight night gn nite nn farewell see soon care".split())
# When a goodbye says it will see you: "ok see you thursday", "cool c u tmrw".
_WHEN = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tues wed thurs fri sat sun tomorrow tmrw tmw
    tonight week next later soon then there""".split()
)
_FILLER = frozenset(
    """ok okay k kk cool great lovely brilliant perfect nice awesome amazing super fab fantastic
    wonderful helpful useful was is that's thats much lot lots loads heaps again all x xx xxx
    haha lol oh ah right alright fine then now have a nice day mate dear folks team guys everyone
    how are doing going today there you help info information answer answers speak talk chat
    chatting will i'll go take bye soon everything one quick question q nvm actually earlier quite really gd
    honestly seriously truly genuinely literally so such absolute total
    beaucoup muchas mucho vielen""".split()
)
# Acknowledgements and reactions: "ok", "kk", "lol", "good to know", "fair enough".
_ACK = frozenset(
    """ok okay k kk okk okie okey cool lol lmao haha hahaha hehe nice noted good know got it fair enough makes
    sense understood sure alright right ah oh ahh ohh see sounds yep yeah yes yup mhm hmm hm wow interesting
    gotcha ta brb omg omgg ooh ooo oops whoops aww phew wrong grand sorted booked done
    sorry questions hassle bother bothering""".split()
)
# "ur a legend", "you're a star": a compliment is answered like a thank-you.
_COMPLIMENT = frozenset("legend star genius lifesaver hero superstar gem rock rocks best clever smart love".split())
# "you're great", "u r amazing": praise said to the assistant is a thank-you.
_PRAISE = frozenset("great amazing brilliant awesome fab fantastic wonderful helpful super lovely ace class".split())
_TO_YOU = frozenset("you you're youre ur u r".split())
# "hope you're well", "how are you doing?", "what's your name then?"
_GREETING_FILLER = frozenset(
    "hope you're youre your ur u r ya whats what's how's hows well doing going keeping then things up sup wassup yo life "
    "treating ça ca va comment allez vous".split()
)
_HOW_IS_IT = frozenset("doing going things treating life".split())
_BOT_WORDS = frozenset(
    """bot robot human person real ai machine automated computer chatbot chatgpt gpt talking speaking
    chatting who made created built programmed developed name called private privacy confidential read reads reading
    assistant virtual clinic's""".split()
)
# A task for a person, not a question about the assistant: "can a person do that for me?" (bot/handoff.py).
_A_TASK_FOR_SOMEONE = re.compile(r"\b(?:do|sort|change|update|handle|fix|process) (?:that|this|it)\b")
# Its name asked without the word "name": "what do i call you?", "what should we call u"
_WHAT_TO_CALL_IT = re.compile(r"\bwhat (?:do|should|can|shall) (?:i|we) call (?:you|u|ya|it|this)\b")
# "what can you do?", "what can I ask?", "help": questions about the assistant itself.
_CAPABILITIES = re.compile(
    r"\b(?:what|which|how) (?:else )?(?:can|could|do|does) (?:you|u|this|it)\b|"
    # The assistant's help, not a treatment's: "can trigger point help with back tightness" asks about the service.
    r"\b(?:you|u|this|it) help (?:me )?with\b(?! (?:my|a|an|the|back|neck|shoulders?|knots?|pain|tight\w*|stiff\w*|sciatica|headaches?)\b)|"
    r"\bhelp me with (?:something|a question|stuff|some questions|a few things)\b|"
    r"\b(?:questions|things|topics|stuff) (?:can|could|do|should|may) i\b|\bwhat (?:are|is) (?:you|this) for\b|"
    r"\bwhat do (?:you|u) (?:know|cover|do)\b|\bcapab|\bwho are (?:you|u)\b|\bwhat are (?:you|u)\b|"
    r"\bwhat (?:kind|sort|type)s? of (?:questions|things|stuff)\b|\bhow does this work\b|\b(?:menu|options|topics)\b|"
    r"\bwhat (?:can|could|should|do) i ask\b|\bwhat(?: is|'s) this(?: \w+)? for\b|\b(?:you|u) cover\b"
)
_SMALLTALK_WORDS = _GREETING | _THANKS | _BYE | _FILLER | _ACK | _COMPLIMENT | _GREETING_FILLER | STOPWORDS
# "r u a bot or what", "are you even real lol": the asking's own fillers.
_BOT_QUESTION_WORDS = (
    _BOT_WORDS
    | _FILLER
    | _GREETING_FILLER
    | _GREETING
    | STOPWORDS
    | {"clinic", "s", "or", "what", "not", "even", "actually", "lol", "haha"}
)
# Front-desk matters that make a message more than small talk (not "today", "evening" or "call").
_BOOKING_MATTERS = frozenset({"booking", "prices", "location", "parking", "cancellation", "vouchers", "payment"})
# Opening times asked (not "good evening"): "hey r u open 2moro".
_OPENING = re.compile(r"\b(?:open|opening|hours|hrs|close|closing)\b")
# Arriving, said to the front-desk screen: "hi I'm here for my 11 o'clock, just checking in".
_ARRIVED = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening)|afternoon)\W+)*"
    r"(?:(?:i'?m|i am|im|we'?re|we are) (?:here|in reception|downstairs|outside)|(?:i'?ve|i have|we'?ve|just) arrived|(?:just )?checking in)"
    r"(?: for (?:my|our|the|an?) (?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|o'?clock)?|\w+)(?: (?:appointment|appt|session|booking|massage|o'?clock))?"
    r"(?: (?:with \w+|at \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?))?)?(?:\W+(?:just )?(?:checking in|checked in|here now|arrived|thanks|thank you|x+))*\W*$"
)
# What a greeting, a thank-you or a goodbye must say to be one (not "see" or "soon" alone).
_MARKERS = {
    "greet": re.compile(
        r"\b(?:hi+|hel+o+|hul+o|hey+|hiya|heya|howdy|greetings|hola|bonjour|hallo|ciao|salut|(?:good )?(?:morning|afternoon|evening)|g'?day|yo|"
        r"how (?:are|r) (?:you|u|ya)|how'?s it going|how (?:are )?(?:you|u) doing|(?:you|u) (?:ok|okay|alright)|anyone (?:there|around|about)|"
        r"hope (?:you|u)(?:'re| are)?)\b"
    ),
    "goodbye": re.compile(
        r"\b(?:bye+|goodbye|cya|laters?|good ?night|night night|gn|nite|farewell|see (?:you|ya|u)|take care|that'?s (?:all|it|everything)|"
        r"all done|(?:gotta|got to|have to|must) go|i'?m off|speak soon|talk soon|signing off|night|ta ra|cheerio|"
        r"have a (?:nice|good|great|lovely) (?:day|one|weekend|evening)|me done|leave it there|no more questions)\b"
    ),
    "thank": re.compile(
        rf"\b(?:{'|'.join(sorted(_THANKS | _COMPLIMENT))}|thx|ty|tysm|tx|merci|danke|gracias|that'?s (?:all|it|everything)|"
        r"helpful|helps|clears? (?:it|that) up|mind at (?:ease|rest))\b"
    ),
}
_ANYONE_THERE = frozenset("anyone anybody someone there around about alright".split())
# A question: a question mark, or a question word or verb first ("and can I…", "ok who should I…").
_QUESTION = re.compile(
    r"\?|^(?:(?:ok|okay|right|so|and|but|thanks|thank you|cheers|hi+|hey+|hello|hiya|heya|yo|morning|evening)\W+)*(?:what|why|how|when|where|which|who|can|could|"
    r"should|would|will|is|are|do|does|did|am|may|any)\b|"
    # A question later in the sentence, without its mark: "thanks! and for the soreness should i stretch or leave it"
    # (a modal before its subject; "do", "is" and "will" only before a person: "i'll do the stretches",
    # "your therapists are the best" are statements)
    r"\b(?:should|can|could|would|may|shall)\s+(?:i|you|u|we|it|they|he|she|my|the|this|that)\b"
    r"(?!\s+(?:be|been)\s+(?:great|amazing|brilliant|lovely|so|really|very|such)\b)|"
    r"\b(?:do|does|did|will|is|are|am)\s+(?:i|you|u|we|they|he|she)\b(?!\s+(?:be|been|so|really|very|such|amazing|great|brilliant|the best)\b)|\b(?:is|does|will) it\b"
)
# Words besides greeting, thanks, goodbye and filler that a small-talk message may still carry
# ("hey, anyone around?", "gotta go, see ya").
MAX_OTHER_WORDS = 2


def _other_words(tokens: list[str]) -> list[str]:
    return [w for w in tokens if w not in _SMALLTALK_WORDS]


def looks_like(intent: str, text: str) -> bool:
    """Whether `text` plausibly is the small-talk `intent` the model predicted."""
    tokens = words(text)
    if intent == "bot_challenge":
        # "ok bot, where are you based?" asks the front desk's question, whatever it calls the assistant.
        if _WHAT_TO_CALL_IT.search(normalize(text)):
            return True  # its "call" is no phone call
        return any(w in _BOT_WORDS for w in tokens) and not clinic_sections(text)
    if intent == "ask_capabilities":
        # "what about my neck?" is a follow-up, not a question about the assistant: no slack here.
        return bool(_CAPABILITIES.search(normalize(text))) or not _other_words(tokens)
    if intent in _MARKERS:
        normalized = normalize(text)
        if not _MARKERS[intent].search(normalized):
            # "how soon could you fit me in" was read as a goodbye for its "soon": a goodbye says goodbye.
            return False
        if _QUESTION.search(normalized) and set(_other_words(tokens)) - _ANYONE_THERE:
            return False  # "thank you, will it hurt?": the question is what needs an answer
    # "are there any spaces thursday afternoon?" is a booking question, not a greeting.
    return (
        len(_other_words(tokens)) <= MAX_OTHER_WORDS
        and not _BOOKING_MATTERS.intersection(clinic_sections(text))
        and not _OPENING.search(normalize(text))
    )


_THANKS_FOR_A_VISIT = re.compile(
    r"^(?:thanks|thank you|thank u|ty|cheers|big thanks)\b[^?]*\b(?:massage|session|appointment|appt|treatment|yesterday|"
    r"today|last week|help)\b[^?]*$"
)


# A thank-you in a sentence of its own ("thank you so much, you've put my mind at rest", "just wanted to
# say thanks for always being kind"): short, no question, no front-desk matter.
_THANKING = re.compile(
    r"\b(?:thanks|thank you|thank u|thankyou|ty|tysm|cheers|grateful|appreciate (?:it|you|that)|lifesavers?|legends?|"
    r"thnx|thx|thanx|thnks|thanku|thank ya)\b|"
    # Praise for the visit is a thank-you too: "just finished our sessions, loved it", "that massage was so good".
    r"\b(?:loved|enjoyed) (?:it|every minute|my (?:session|massage|treatment|appointment)|the (?:session|massage|treatment)|our sessions)\b|"
    r"\b(?:massage|session|treatment|appointment|visit)s?\b(?: \w+)? (?:was|were) (?:so |really |absolutely |just )?(?:good|great|amazing|"
    r"lovely|brilliant|fab|fabulous|fantastic|incredible|perfect|heaven|bliss|ace|unreal|class)\b|"
    # A compliment is a thank-you too: "u guys are magic", "your therapists are the best".
    r"\b(?:you|u|you guys|u guys|you lot|y'?all|ur team|your (?:team|therapists?|staff)|she|he)(?:'re|'s| are| r| is| re)? "
    r"(?:\w+ )?(?:magic|amazing|the best|brilliant|legends?|stars?|wizards?|miracle workers?|incredible|fantastic|wonderful|lifesavers?|a lifesaver)\b"
)
THANK_YOU_WORDS = 22
# "thanks but I need to cancel my appointment": a request after the thanks.
_REQUEST = re.compile(
    r"\b(?:need to|needs to|want to|wanna|would like to|i'?d like to|have to|cancel\w*|reschedul\w*|rebook|move my|change my|"
    r"book (?:me|in|another)|please (?:can|could|call|email|send))\b"
)


_PRAISED = frozenset({"therapists", "services"})
_EXCLAIMS = re.compile(
    r"how (?:very |so )?(?:kind|lovely|nice|sweet|great|good|thoughtful|helpful|brilliant|wonderful)\b"
)
# "you are the best, my back is still killing me though": something still wrong is not only thanks.
_STILL_WRONG = re.compile(r"\b(?:still|worse|though|however|but (?:my|i|it|the|now))\b")


def thanks_for_a_visit(text: str) -> bool:
    """ "thanks for the massage yesterday, loved it", "thank you so much, you've put my mind at rest": a
    thank-you with what it is for, and no question or request."""
    normalized = normalize(text)
    # Any part may ask: "im good thanks. quick one, how often should i come?"
    parts = [p.strip() for p in re.split(r"[.!;,\n]+", normalized)]
    if any(_QUESTION.search(p) and not _EXCLAIMS.match(p) for p in parts if p) or _REQUEST.search(normalized):
        return False
    if _THANKS_FOR_A_VISIT.search(normalized):
        return True
    return (
        bool(_THANKING.search(normalized))
        and len(normalized.split()) <= THANK_YOU_WORDS
        and not set(clinic_sections(text)) - _PRAISED  # "your therapists are the best" names no front-desk matter
        and not _STILL_WRONG.search(normalized)
    )


# Who the client is, said with a hello: "hello I am from Poland, my english not so good", "hi, my name
# is Sam, I'm new here". It asks nothing: the greeting answers it.
_INTRODUCTION = re.compile(
    r"\b(?:i am|i'm|im|my name is|my name's|this is) (?:from (?:the )?\w+|new here|new to (?:this|massage|all this)|a new client)\b|"
    r"\bmy name(?: is|'s) \w+\b|\b(?:sorry|apologies|excuse me) (?:for|about) my (?:bad |poor |broken )?english\b|"
    r"\bmy english (?:is )?(?:not (?:so |very |too )?good|bad|poor|not great|not perfect|a bit rusty)\b|"
    r"\benglish (?:is )?not my first language\b|"
    # What brings them back, with a hello: "hiya, had my first session on saturday", "hi, I came in last week".
    r"\b(?:i )?(?:had|came in for|came for|did) my (?:first |last |second )?(?:session|massage|appointment|appt|treatment) "
    r"(?:on |last |this |yesterday|today)\w*|\bi (?:came|was) in (?:on |last |yesterday|this )\w*(?: (?:for|with) (?:my|a) \w+)?"
)


# Checking someone is there: "u there?", "you still there", "hello?? anyone?", "is this thing working"
_PRESENCE_WORDS = frozenset(
    "are r you u ya still there here around awake anyone anybody someone somebody hello helo hi hey is this thing on working ok "
    "oi hellooo".split()
)
_PRESENCE = frozenset("there here around awake working anyone anybody someone somebody".split())
# Checking they reached the clinic: "hi is this the massage place", "am I talking to willowbank?"
_RIGHT_PLACE = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|sorry|um+|erm+|ok)\W+)*(?:is this|is that|am i (?:talking|speaking|chatting) (?:to|with)|"
    r"have i (?:got|reached|come to)|did i reach) (?:the |a )?(?:right (?:place|number|clinic|chat)|massage|clinic|trigger point|"
    r"\w+ (?:clinic|massage|therapy|therapies))(?: (?:place|clinic|people|centre|center|studio|one|number|chat))?"
    r"(?: for (?:a |the )?(?:massage|trigger point\w*|booking|bookings|appointments|the clinic))?(?:,? (?:on|in|at|near|by) \w+(?: \w+){0,3})?\W*$"
)


# Signing off with what the client will do next, asking nothing: "ok ill get him to book, thanks", "grand,
# ill mention it when i book", "fair enough ill ask my gp first". Not "ok I'll book for Thursday at 3".
_SIGNING_OFF = re.compile(
    r"^(?:(?:ok|okay|ok then|grand|great|cool|fair enough|right|perfect|lovely|brilliant|super|noted|got it|understood|"
    r"thanks|thank you|cheers|ta|nice|good|sounds good|will do)\W+)+"
    r"(?:i'?ll|ill|i will|we'?ll|we will|he'?ll|she'?ll|will) (?:just |probably |definitely |def |prob |defo |then )?"
    r"(?:get (?:him|her|them|my \w+) to )?(?:book|ask|mention|check|speak|talk|ring|call|phone|email|have a (?:think|look|chat)|"
    r"think|look|let (?:you|them|her|him) know|tell (?:them|her|him|the therapist)|do that|try that|sort it|give (?:it|that) a go|pass it on)"
    r"(?: (?:with |to )?(?:it|that|this|them|him|her|(?:my|his|her|the) (?:gp|doctor|midwife|physio|therapist|wife|husband|partner)))?"
    r"(?: (?:first|later|soon|then|tomorrow|online|in|over it|about it|when (?:i|we|he|she) (?:book|come|call|get there|arrive|see (?:her|him|them))|"
    r"at (?:my|the|our|her|his) (?:next |booking |\w+ )?(?:appointment|appt|check-?up|scan|visit)|"
    r"and (?:let (?:you|u) know|get back to (?:you|u)|be in touch|come back|book)))*"
    r"(?:\W+(?:thanks|thank you|cheers|ta|thx|x+))*\W*$"
)
# How the small talk of a sign-off reads: thanks if it thanks, else an acknowledgement.
_SIGNED_OFF_WITH_THANKS = re.compile(r"\b(?:thanks|thank you|cheers|ta|thx)\b")


# A question of time or amount, whose words ("soon", "later") can look like a goodbye's.
_ASKS_WHEN_OR_HOW_MUCH = re.compile(
    r"\b(?:how (?:soon|long|much|many|often|late|early)|when (?:can|could|do|does|is|are|will|would)|(?:can|could) (?:i|we) (?:get|come|be))\b"
)


def pure_smalltalk(text: str) -> str | None:
    """'thank', 'goodbye', 'greet', 'bot_challenge' or 'affirm' (an acknowledgement) for a message with
    nothing but such words, else None."""
    normalized = normalize(text)
    if _SIGNING_OFF.match(normalized):
        return "thank" if _SIGNED_OFF_WITH_THANKS.search(normalized) else "affirm"
    introduced = _INTRODUCTION.sub(" ", normalized)
    if introduced != normalized and set(words(introduced)) & _GREETING:
        text, normalized = introduced, normalize(introduced)
    tokens = set(words(reaction_words(text) or text))
    if {"going", "to"} <= tokens or _ASKS_WHEN_OR_HOW_MUCH.search(normalized):
        return None  # "how is it going to help?", "and how soon could i get in": a question, whatever its words
    if (
        tokens & _BOT_WORDS and tokens <= _BOT_QUESTION_WORDS and not _A_TASK_FOR_SOMEONE.search(normalized)
    ) or _WHAT_TO_CALL_IT.fullmatch(normalized.strip(" ?!.")):
        return "bot_challenge"  # "who made you?", "are you a real person?", "what do i call you?"
    if (
        (tokens & _PRESENCE and tokens <= _PRESENCE_WORDS)
        or _RIGHT_PLACE.search(normalized)
        or _ARRIVED.search(normalized)
    ):
        return "greet"
    if tokens & _BYE:
        tokens -= _WHEN - _BYE
    if not tokens or _other_words(list(tokens)):
        return None
    if tokens & _THANKS:
        return "thank"
    if tokens & _BYE:
        return "goodbye"
    # "good" alone is no greeting: "ok good to know".
    # "how r u", "how's it going", "how are things", "what's up", "sup", "you ok?"
    asks_how_you_are = (
        (
            tokens & {"how", "how's", "hows"}
            and ((tokens & {"are", "r"} and tokens & {"you", "u", "ya"}) or tokens & _HOW_IS_IT)
        )
        or (tokens & {"whats", "what's"} and "up" in tokens)
        or tokens & {"sup", "wassup", "yo"}
        or (tokens & {"ça", "ca"} and "va" in tokens)  # "bonjour, ça va ?"
        or (tokens & {"you", "u", "ya"} and tokens & {"ok", "okay", "alright", "well"} and len(tokens) <= 3)
    )
    if tokens & (_GREETING - {"good", "day"}) or "hope" in tokens or asks_how_you_are:
        return "greet"
    if tokens & _COMPLIMENT or (tokens & _PRAISE and tokens & _TO_YOU):
        return "thank"
    if tokens & _ACK:
        # "ok", "lol", "good to know": acknowledged like a bare yes outside the pre-visit check
        # (inside it the form reads the words themselves, not this intent).
        return "affirm"
    return None
