"""Front-desk answers (hours, booking, prices, …) composed from the clinic profile."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bot.clinic_profile import ClinicProfile
from bot.front_desk_spelling import with_front_desk_words_corrected
from bot.question_focus import asking_sentences, sentences_of
from bot.text_normalization import BK_IS_BACK, normalize


def _hours(p: ClinicProfile, now: dt.datetime) -> str:
    state = "We're open now." if p.is_open(now) else "We're closed right now."
    return f"{state} Our opening hours: " + "; ".join(p.hours_lines()) + f". {p.get('holidays')}"


def _booking(p: ClinicProfile, now: dt.datetime) -> str:
    return f"{p.get('booking.how')} Book online: {p.booking_url} — or call {p.phone}. {p.get('booking.advance')}"


def _same_day(p: ClinicProfile, now: dt.datetime) -> str:
    return f"{p.get('booking.same_day')} The number is {p.phone}."


def _prices(p: ClinicProfile, now: dt.datetime) -> str:
    sessions = ", ".join(f"{s.minutes} minutes {p.money(s.price)}" for s in p.prices)
    packages = p.raw.get("prices", {}).get("packages") or []
    text = f"Our prices: {sessions}."
    if packages:
        text += " Packages: " + "; ".join(packages) + "."
    note = p.raw.get("prices", {}).get("note")
    return f"{text} {note}" if note else text


def _location(p: ClinicProfile, now: dt.datetime) -> str:
    return f"You'll find us at {p.get('contact.address')}. {p.get('contact.directions')}"


def _parking(p: ClinicProfile, now: dt.datetime) -> str:
    return p.get("contact.parking")


def _accessibility(p: ClinicProfile, now: dt.datetime) -> str:
    return p.get("contact.accessibility")


def _cancellation(p: ClinicProfile, now: dt.datetime) -> str:
    return f"{p.get('cancellation.policy')} {p.get('cancellation.how')}"


def _payment(p: ClinicProfile, now: dt.datetime) -> str:
    methods = ", ".join(p.get("payment.methods"))
    return f"We accept {methods}. {p.get('payment.currencies')} {p.get('payment.when')}"


def _insurance(p: ClinicProfile, now: dt.datetime) -> str:
    return f"{p.get('payment.insurance')} {p.get('payment.receipts')}"


def _vouchers(p: ClinicProfile, now: dt.datetime) -> str:
    return p.get("gift_vouchers")


def _services(p: ClinicProfile, now: dt.datetime) -> str:
    offered = "; ".join(p.get("services.offered"))
    not_offered = "; ".join(p.raw["services"].get("not_offered") or [])
    text = f"At {p.name} we offer: {offered}."
    return f"{text} We don't offer: {not_offered}." if not_offered else text


def _contact(p: ClinicProfile, now: dt.datetime) -> str:
    return f"You can call the front desk on {p.phone} or email {p.email}. We're at {p.get('contact.address')}."


def _visiting(key: str) -> Callable[[ClinicProfile, dt.datetime], str]:
    def compose(p: ClinicProfile, now: dt.datetime) -> str:
        return str(p.get(f"visiting.{key}")).strip()

    return compose


def _therapists(p: ClinicProfile, now: dt.datetime) -> str:
    return p.get("therapists")


# "Anything" as a free slot, not as something to do: "anything i should do tonight?" asks for aftercare.
_ANYTHING_FREE = r"anything(?! (?:i|we|you|she|he) (?:should|can|could|need|must|ought|shall)\b| to (?:do|avoid|take|use|eat|drink)\b)"
# (section, keywords, composer). Order breaks ties: more specific sections first.
SECTIONS: list[tuple[str, re.Pattern[str], Callable[[ClinicProfile, dt.datetime], str]]] = [
    (
        "same_day",
        re.compile(
            # Today only when the client asks to come today ("anything free this afternoon?", "can you fit
            # her in today?"), not a story of today ("had a blood test this morning", "sore today").
            r"same[- ]day(?! (?:as|after|before|of)\b)|"
            r"\b(?:today|tonight|2day|2nite|this (?:afternoon|evening|morning))\b(?=(?:(?!\b(?:after|since|from|because|cos|but)\b).)*"
            rf"\b(?:{_ANYTHING_FREE}|any(?:one|body)? (?:slots?|space|spaces|room|appointments?|appts?|availability|openings?|free|available|left)|"
            r"free|available|availability|open|openings?|get in|getting in|come in|pop in|fit|squeeze|see me|seen|cancellations|book\w*|"
            r"appointments?|appts?|slots?|spaces?|space)\b)|"
            # (not a visit already booked: "what should I do after my session tonight?")
            r"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\byour )"
            rf"\b(?:{_ANYTHING_FREE}|any(?:one|body)? (?:free|available)|free|available|availability|open|openings?|get in|come in|pop in|"
            r"(?:fit|squeeze) (?:me|her|him|us|them|(?:my |our )?\w+) in|see me|be seen|get(?:ting)? in|cancellations|"
            r"book(?: me)?(?: in)?|appointments?|appts?|slots?|spaces?|space|room|massage|session)\b(?:\W+\w+){0,3}?\W+"
            r"(?:today|tonight|2day|2nite|this (?:afternoon|evening|morning))\b|^\W*(?:today|tonight|2day|2nite)\W*$|"
            r"last[- ]minute|asap|soonest|earliest|"
            r"wait(?:ing)? ?list|cancellation list|fully booked|nothing (?:free|available|left)|no (?:slots|spaces|availability)|"
            r"(?:fit|squeeze|get) me in|how soon (?:can|could)"
        ),
        _same_day,
    ),
    (
        "cancellation",
        re.compile(
            r"cancel|reschedul|move my|change (?:my|the|a) (appointment|booking|appt|session|time|day|date)|"
            # Not coming without saying so: "what if I just forget and don't show up?"
            r"(?:don'?t|didn'?t|do not|did not|never|not) (?:show|turn) up|forg[eo]t (?:to (?:come|turn up|show up)|about my|my (?:appointment|booking|appt|session))|"
            r"change the name on|transfer (?:my|the) (?:booking|appointment|appt)|can'?t make it|late fee|no[- ]show|running late|"
            r"miss(ed)? (my )?(appointment|appt)|(?:get|be|still be) charged|charge me|"
            # "how do I end my membership?", "can we push my session to the 14th?", "how do i move it"
            r"(?:end|cancel|stop|freeze|pause|quit) (?:my |the |our )?(?:membership|plan|subscription|package)|"
            r"\bpush (?:my|it|the|our) ?(?:session|appointment|appt|booking)?\b(?:\W+\w+){0,2}?\W+(?:to|back|till|until)\b|\bmove it\b|"
            # The notice a change needs: "how much notice do you need?", "is 24 hours' notice enough?"
            r"\bhow much notice\b|\b(?:hours?|days?|hrs?|week)'?s?'? notice\b|\bnotice (?:period|do you need|is needed|required)\b|"
            r"\bless than (?:a |one |an |\d+ )?(?:day|days|hours?|hrs?|week|weeks)'?s?'? notice\b"
        ),
        _cancellation,
    ),
    (
        # Before cancellation, whose "running late" is about a booking's notice.
        "late_arrival",
        re.compile(
            r"(?:if|when) i'?m (?:a (?:bit|little|few minutes) |running |10 minutes |5 minutes |\d+ mins? )?late\b|\barriv\w* late|late arrival|"
            r"(?:be|am|running) (?:a bit |a little |\d+ (?:mins?|minutes) )?late (?:for|to)\b|cut short|still get (?:the |my )?(?:full|whole)|"
            r"(?:turn|show|rock|roll) up (?:\w+ ){0,3}?late\b|get (?:there|in|to you) (?:\w+ ){0,3}?late\b|"
            r"\b(?:\d+|five|ten|fifteen|a few|few) ?(?:mins?|minutes) late\b"
        ),
        _visiting("late_arrival"),
    ),
    (
        "lost_property",
        re.compile(
            r"lost property|(?:left|lost|forgot|forgotten) (?:my|a|an|something|behind)\b(?! (?:appointment|booking|appt|session))"
            # …not weight, feeling or a person: "lost a lot of weight", "lost a fair bit of feeling in my feet".
            r"(?! (?:lot|fair bit|bit|little|few|stone|kilo|pound|weight|feeling|sensation|loved one|friend|baby|pregnancy|job|partner|"
            r"mum|mom|dad|husband|wife|son|daughter|brother|sister|grandparent|nan|gran|grandad|dog|cat)\b)|"
            r"(?:keep|hold on to|put aside) (?:it|them) for me"
        ),
        _visiting("lost_property"),
    ),
    (
        "vouchers",
        # …and using one: "how do I redeem it?" ("how long are they valid for?" is the vouchers' only after them).
        re.compile(r"voucher|gift|\bredeem\w*"),
        _vouchers,
    ),
    (
        # Their size and the table: "im 6'5 and about 130kg, will the table be ok for me lol"
        "table_size",
        re.compile(
            # The table, their size and whether it copes, in any order.
            r"^(?=.*\b(?:table|couch|bench)s?\b)"
            r"(?=.*(?:\d ?(?:kg|kgs|kilos?|stone|st|lbs?|pounds)\b|\d ?'|\d ?ft\b|\bweight\b|"
            r"\b(?:i'?m|i am|im|he'?s|she'?s) (?:\w+ ){0,2}?(?:heavy|big|large|tall|overweight|obese|curvy|broad|plus[- ]size|heavyset)\b|"
            r"\b(?:big|bigger|large|larger|tall|taller|heavy|heavier|plus[- ]size) (?:lady|guy|man|woman|person|people|bloke|fella|girl|"
            r"lad|clients?|build|frame)\b))"
            r"(?=.*\b(?:hold|take|fit|support|enough|limit|break|collapse|ok|okay|fine|safe|cope|manage)\b)"
        ),
        _visiting("table_size"),
    ),
    (
        # Things to buy, not sessions: "do you sell cbd oil", "can I buy a massage ball from you?"
        "products",
        re.compile(
            r"\b(?:do|does|can|could) (?:you|u|ya|ye|the clinic|your clinic|reception) (?:\w+ )?(?:sell|stock|retail)\b|"
            r"\b(?:buy|purchase|get) (?!(?:a |an |some |the |my )?(?:\w+ )?(?:sessions?|appointments?|appts?|packages?|packs?|blocks?|"
            r"massages?|treatments?|vouchers?|gift)\b)(?:a |an |some |the )?(?:\w+ ){0,5}?(?:from|off|at) (?:you|u|the clinic|your (?:clinic|shop|reception|desk))\b|"
            r"\b(?:for sale|your shop|on sale at (?:the clinic|reception)|merch)\b"
        ),
        _visiting("products"),
    ),
    (
        "home_visits",
        re.compile(
            r"home visits?|house calls?|visit (?:me|us) at (?:home|work)|come to (?:my|our) (?:home|house|flat|place|office|work)|"
            r"mobile (?:massage|therapist|service)|outcall|come out to|"
            # "do you do corporate chair massage at offices"
            # Massage brought to a workplace, not a commute: "since I went back to the office".
            r"corporate|chair massage|(?:massages?|sessions?|therapists?|come|came|visit|treatments?|do|offer)\b(?:\W+\w+){0,4}?\W+"
            r"(?:at|to|in) (?:our|my|the|people'?s) (?:office|offices|workplace|event)s?\b"
        ),
        _visiting("home_visits"),
    ),
    (
        "pets",
        re.compile(
            r"\b(?:bring|brings|bringing) (?:my|our|the) (?:dog|puppy|pet|cat)|\b(?:dogs?|pets?) (?:allowed|welcome|ok)\b|assistance dog|guide dog"
        ),
        _visiting("pets"),
    ),
    (
        "joint_bookings",
        re.compile(
            r"couples\b|couple'?s (?:massage|room|session|treatment)|\bas a couple\b|side by side|at the same time as (?:my|me)|(?:me and|and i) (?:my )?(?:partner|husband|wife|friend|mum|mom|sister)\b"
            r"(?:\W+\w+){0,4}?\W+(?:together|same time)|together in (?:the same|one) room"
        ),
        _visiting("joint_bookings"),
    ),
    (
        "facilities",
        re.compile(
            r"somewhere to (?:change|get changed)|changing (?:room|area|facilit)\w*|get changed|"
            r"(?:is there|do you have|have you got|got) (?:a |any )?(?:toilets?|loo|bathroom|showers?)\b"
        ),
        _visiting("facilities"),
    ),
    (
        "older_clients",
        re.compile(
            # Asked in so many words; an age in a story ("she is 70 and had a knee replacement") is no question.
            r"\b(?:too old|upper age(?: limit)?|maximum age|max age|oldest (?:client|person|age))\b|"
            r"\b(?:age limit|too old)\b(?:\W+\w+){0,6}?\W+(?:[7-9]\d|1[01]\d)\b|\b(?:[7-9]\d|1[01]\d)\b(?:\W+\w+){0,6}?\W+(?:too old|age limit)\b"
        ),
        _visiting("older_clients"),
    ),
    (
        "waiting_room",
        re.compile(
            r"\bwaiting (?:room|area)\b|\bwi-?fi\b|\b(?:wait|sit) (?:for me )?(?:in|at) (?:reception|the front)\b"
        ),
        _visiting("waiting_room"),
    ),
    (
        "tipping",
        # Giving a tip, not asking for tips ("any tips so I'm less nervous?", "aftercare tips pls"), the tip
        # of a shoulder blade, or someone tipping to one side.
        re.compile(
            r"\btipping\b(?! (?:over|to (?:one|the) side|sideways|forwards?|backwards?))|\bgratuit(?:y|ies)\b|"
            r"\b(?:do|should|can|could|would|must|shall) (?:i|we|you|u|people|ppl|clients|customers|most people|folk) "
            r"(?:usually |normally |generally |typically |ever |also |still )?(?:tip|(?:leave|give) (?:a |any )?tips?)\b|"
            r"\btip (?:the|my|your|our|a|each) ?(?:therapists?|staff|masseuses?|masseurs?|team|person|her|him|them)?\b"
            r"(?! (?:of|on|about|for (?!(?:the|my|your|our) (?:therapist|staff|masseuse|team))))|"
            r"\bdo (?:you|u|they|the therapists) (?:take|accept|expect|get|keep) (?:any )?tips?\b|"
            r"\b(?:rude|normal|usual|customary|expected|polite|ok|okay|done thing) (?:not )?to (?:leave |give )?(?:a )?tips?\b|"
            r"\btips? (?:expected|included|customary|accepted|welcome|jar)\b|\b(?:leave|add|give|put) (?:a |any |the )?tip\b|"
            r"\bcash tips?\b|\btips? (?:in|on) (?:cash|card)\b|\bhow much (?:should|do|to) (?:i |you |people )?tip\b"
        ),
        _visiting("tipping"),
    ),
    (
        "hygiene",
        re.compile(
            r"\b(?:face )?masks?\b(?! (?:on my|for my))|face coverings?|\bclean(?:ed|ing)? (?:between|the (?:table|room|sheets)|sheets)|"
            r"hygien\w*|fresh (?:sheets|linen|towels)|(?:sheets|linen|towels) (?:changed|washed|cleaned|fresh|clean)"
        ),
        _visiting("hygiene"),
    ),
    (
        "consultation",
        re.compile(r"consultation|initial assessment|free (?:chat|call|trial|session)"),
        _visiting("consultation"),
    ),
    # A doctor's referral, not pain's: "is that a referral pattern thing?" is referred pain.
    (
        "referral",
        re.compile(
            # …nor "the referral thing" after pain felt somewhere else when pressed.
            r"\A(?!.*\b(?:press\w*|pushes|pushed|felt|feel|feels|tingl\w*|buzz\w*|down (?:my|into|to)|in my (?:hand|fingers?|arm|leg|head))\b.*\breferral (?:thing|stuff|effect)\b)"
            r".*(?:\breferral\b(?! (?:patterns?|zones?|areas?|maps?|points?|sites?)\b)|referred by|note from (?:my|a|the) (?:doctor|gp))"
        ),
        _visiting("referral"),
    ),
    (
        "under_18s",
        re.compile(
            r"\b(?:bring|brings|bringing) (?:my |the |a |our )?(?:baby|toddler|kids?|children|son|daughter|little one|youngest|"
            r"\d{1,2} ?(?:-? ?(?:year|yr|month)s?[- ]old|yo)|(?:one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month)[- ]old)\b|\bunder[- ]?(?:16|18)s?\b|\b1[0-7] ?(?:years? old|yrs? old|yr old|yo|y/o)\b|\b\d+ ?(?:month|week)s? old\b|youngest|minimum age|age limit|what ages?\b|age range|ages (?:do|can) you|how old do (?:you|they|i) have to be|\b(?:she|he|daughter|son|child|kid|girl|boy)'?s (?:only |just )?1[0-7]\b|\b(?:daughter|son|child|kid|girl|boy|she|he) is (?:only |just )?1[0-7]\b|(?<!as a )(?<!when i was a )(?<!back when i was a )(?<!since i was a )\bteen(?:agers?|age|aged)\b(?! (?:years|days))|(?<!pec )(?<!teres )(?<!pectoralis )\bminors?\b|"
            # Their children as the ones to come, not a story: "my kids are a pain in the neck. do you do necks?"
            r"\A(?=.*\b(?:come|come in|book\w*|bring|treat\w*|massag\w*|see|appointments?|sessions?|ages?|old|allowed|welcome|too young)\b)"
            r".*?\bmy (?:kids?|children)\b|"
            # A parent's part in a young person's visit: "would a parent need to sign something", "does a parent have to come?"
            r"\b(?:a|the|one) (?:parent|guardian|parent or guardian|mum or dad)\b(?:\W+\w+){0,4}?\W+(?:sign|consent|come|there|present|stay|in the room|with)\b|"
            r"\b(?:parental|parents?'?) (?:consent|permission|signature)\b"
        ),
        _visiting("under_18s"),
    ),
    (
        "insurance",
        re.compile(
            r"insur|receipt|health ?cash|bupa|claim|invoice|hsa|fsa|medicare|medicaid|health fund|covered by|cover (?:it|the cost)"
        ),
        _insurance,
    ),
    (
        "payment",
        re.compile(
            r"\bpay|\bcards?\b|\bcash\b|contactless|apple pay|paypal|deposit|"
            # Card brands and ways to pay: "do u take amex", "can you invoice my company"
            r"\bamex\b|american express|\bvisa\b|mastercard|maestro|google pay|\binvoic\w*|bank transfer|\bbacs\b|"
            # Money from abroad: "and you accept euro?", "can I pay in dollars"
            r"\beuros?\b|\bdollars?\b|\bcurrenc\w*|\bforeign (?:card|money)s?\b|\bsterling\b"
        ),
        _payment,
    ),
    (
        "prices",
        re.compile(
            # "How much" asks a price unless what follows says how much of something else: "how much
            # should it hurt?", "how much pressure do you use?", "how much longer can I keep going".
            r"price|\bcosts?\b|(?:how much|\bhw much|\bhow mch)(?! (?:(?:should|will|does|would|is|can|could|do) "
            r"(?:it|this|that|they|the \w+|i|you|u|my \w+) (?:hurt|ache|help|sting|be sore|feel|press|push|rest|stretch|drink|"
            r"sleep|exercise|move|improve|do|work|change|expect|matter|pain)|(?:it|this) (?:hurts?|helps?|aches?)|"
            r"(?:pain|pressure|water|time|rest|sleep|exercise|stretching|force|better|worse|difference|longer|sorer|more sore|"
            r"soreness|improvement|relief|movement|weight|sooner|earlier|later|notice)\b))|"
            # A fee, not charging a phone; a price's rate, not a heart rate; a deal, not dealing with pain.
            r"\bfees?\b|\bcharg(?:e|es|ed|ing)\b(?! (?:my|your|his|her|the) (?:phone|battery|laptop))|"
            # (nor someone who "rates" a thing: "my friend rates trigger point work")
            r"\brates?\b(?<!heart rate)(?<!heart rates)(?! (?:it|them|him|her|trigger|tp|the (?:massage|therapist|clinic|place|treatment)|"
            r"your (?:massage|therapists?|clinic|place)|this (?:place|clinic)|you|u|ya|massage|highly)\b)|expensive|cheap|package|(?<!big )(?<!huge )(?<!massive )(?<!real )\bdeals?\b(?! with\b)|"
            r"offer(s)? on|£|\$|€|pricey|afford|\bbudget\b|the damage\b|what do (?:you|u) charge|"
            r"discount|concession|student rate|pensioner|oap\b|senior (?:rate|discount)|"
            # "do you do monthly memberships?": a way of paying for sessions
            r"\bmemberships?\b|\bsubscriptions?\b|monthly plan|block of (?:\d+|three|four|five|six|ten) (?:sessions|massages|appointments)"
        ),
        _prices,
    ),
    ("parking", re.compile(r"\bpark(?:ing|ed|s)?\b|car ?park"), _parking),  # not "Parkinson's"
    (
        "accessibility",
        re.compile(
            # Whole words: "cramps" has no ramp in it, nor "hypermobility" a mobility need; lifting an arm
            # or a toddler is no lift in the building.
            r"\b(?:wheelchairs?|access\w*|stairs|steps|lifts?\b(?! (?:my|his|her|their|your|the|a|an|it|them|up|weights?|heavy|anything|things|arms?|legs?|kids?|children|toddler|baby))|"
            r"elevators?|disab\w*|mobility|walking frame|ramps?|toilets?|bathrooms?|restrooms?|loo|"
            # "is the treatment room on the ground floor? I use a stick"
            r"ground floor|first floor|upstairs|downstairs|(?:use|uses|using|need|with) (?:a |my |his |her )?(?:walking )?(?:stick|cane|crutches|walker|rollator|scooter))\b"
        ),
        _accessibility,
    ),
    (
        "hours",
        re.compile(
            # When the clinic is open, not "12 hours a day at a desk", "stiff by the evening", "moving house
            # all weekend" or "how close to the race is too close".
            r"\b(?:opening|open|business|clinic|your|ur|the|what|which|weekend|saturday|sunday|evening|holiday|christmas|easter|"
            r"summer|winter|normal|usual) (?:hours|hrs|times)\b|\bhours (?:are you|do you|r u|on|at (?:the )?weekend)|\bwh?at (?:hours|hrs)\b|"
            r"^(?:hours|hrs|times|opening)\b|\b(?:hours|hrs)\??$|\bopen\b(?! (?:up|my|your|wound|sore|cut|mind|minded|chest|hips?|book|inbox)\b)|"
            r"opening(?!s)|\bclos(?:ed|ing)\b|\b(?:you(?:'re| are)?|u|ur|clinic(?:'s| is)?|are you) (?:\w+ )?shut\b|"
            r"\bclose (?:at|on|early|tmrw|tomorrow|today|tonight|2nite|2day|for (?:lunch|the|christmas|easter|holidays?))\b|"
            r"\b(?:do|are|r) (?:you|u|ya|you guys|u guys|yall|y'all) (?:\w+ )?(?:do |open |work )?(?:on |at )?"
            r"(?:saturdays?|sundays?|weekends?|evenings?|the weekends?)\b|"
            r"(?:on |this |next |any )?(?:saturday|sunday|weekend|evening)s?\b(?=.*\b(?:open|appointments?|appts?|slots?|availab\w*|times?|space)\b)|"
            r"\b(?:\w+day|weekday|late|any|tomorrow|tmrw|this|tues?|wed|thurs?|fri|sat|sun) evenings?\b(?! (?:i|my|it|the pain|was|is)\b)|"
            r"^(?:\w+\W+){0,3}(?:weekends|evenings|saturdays|sundays)\W*$|\bevening (?:appointments?|appts?|slots?|sessions?|hours|openings?|times?)\b|"
            r"\b(?:how|what) about (?:\w+ )?(?:evenings?|weekends?|saturdays?|sundays?|weekdays?)\b|\b(?:at|on|over|this|next) (?:the )?weekends?\W*$|"
            r"\b(?:latest|earliest) (?:appointment|appt|slot|session|booking)\b|bank holiday|christmas|when are you|"
            # The clinic's time, not the chemist's or the bus's: "what time does the pharmacy close?"
            r"wh?at time(?! (?:does|do|is|will) (?:the|my|a|your local) (?!clinic|practice|front desk|reception|last|first)\w+)|"
            r"after work|before work|lunch ?time|late (?:appointments?|appts?|slots?)|early (?:morning|appointments?|appts?|slots?)"
        ),
        _hours,
    ),
    (
        "location",
        re.compile(
            r"where (?:exactly |abouts |about )?(?:are|r|is|abouts)|where'?s (?:the|your|you|it)\b|where (?:do|can) i (?:park|find you|go|come)|"
            r"whereabouts|^where (?:are|r|is)\b|address|\blocat|directions|find you|get to you|postcode|nearest|near ?by|"
            # Near the clinic, not a massage near the shoulder blade or a pizza place near me; a station or a
            # bus to get here, not being hit by a bus or fainting on the train.
            r"\b(?:are|r|is) (?:you|u|it|the clinic|your clinic|ur clinic|you guys) (?:\w+ )?(?:near|close to|far from|walking distance)\b|"
            r"\bnear (?:you|u|your (?:clinic|place|practice|office)|ur (?:clinic|place)|here|(?:the|your|ur) (?:clinic|entrance|practice)|"
            r"the (?:station|centre|center|town|city|hospital|high street|shops|market|park|university|uni|sea ?front|beach))\b|"
            r"\b(?:train|tube|bus|railway|underground|metro|subway|coach) stations?\b|"
            r"\bstation\b(?<!work station)(?<!workstation)(?=.*\b(?:near|close|far|walk|from|nearest|closest|which|to you|get)\b)|"
            r"\bby (?:bus|train|tube|car|bike|metro|subway)\b|\b(?:bus|train|tube) (?:routes?|numbers?|from|to (?:you|the clinic|get))\b|"
            r"\b(?:which|what) (?:bus|train|tube|line)\b|\b(?:is there|are there|any) (?:a )?(?:bus|train|tube)(?:es|s)?\b|"
            r"\b(?:get|getting|take|taking|catch|catching) (?:the|a) (?:bus|train|tube)\b(?! (?:home|to work))|\bbuses\b|\bpublic transport\b|"
            # How far away, not how far apart or how far to press.
            r"how far(?! (?:along|gone|into|in\b|on\b|apart|between|should|can|could|do i|does|will|would|up|down|back|forward|over|"
            r"to (?:push|press|go with|stretch|lean|bend|turn|reach)))"
        ),
        _location,
    ),
    (
        "booking",
        re.compile(
            # (not the time between visits: "what can I do between appointments so it doesn't tighten up?")
            rf"book|(?<!my )(?<!ur )(?<!your )\bbk\b(?!{BK_IS_BACK})|(?<!between )(?<!between my )(?<!between the )(?<!between your )(?<!between our )"
            rf"(?:appointment|appt)s?\b(?! (?:and|&|n) (?:the next|my next|the following)\b)|slot|\bspaces?\b|availab|\bopenings?\b|schedule|reserv|sign (?:me )?up|make an|"
            r"put me down|pencil me in|got anything (?:on |for )?(?:this|next|tomorrow|tmrw|today|tonight|later|soon|free|available|\w+day|the \d)|"
            r"\b(?:\w+day|tomorrow|tmrw|morning|afternoon|evening)s? (?:\w+ )?free\b|reminders?\b|"
            # "just tell me what days you have free", "which times have you got free?"
            r"\b(?:what|which) (?:days|times|dates|slots)\b(?:\W+\w+){0,3}?\W+(?:free|available)\b|"
            # A day asked for: "ok can I get thursday afternoon", "could we do friday at 4?"
            r"\b(?:can|could) (?:i|we) (?:get|have|grab|do|take|book) (?:a |an |the |one |1 )?(?:slot |appointment |appt |space |session )?(?:on |for |this |next )?"
            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|tomorrow|tmrw)\b|"
            # "will you send him the confirmation or me?"
            r"\bconfirmation\b|\bconfirm(?:ation)? (?:email|text|message)\b|"
            # "anything free on saturday morning?", "do u have anything sat"
            r"\b(?:anything|something|owt|any(?:thing)? (?:spaces?|room)) (?:free|open|going|available|left|on)\b|\bhave anything\b|"
            # "can I get in this week?", "could I pop in on friday"
            r"\b(?:get|come|pop|squeeze) in (?:this|next|on|any|before|by|tomorrow|tmrw|sooner|at|around|early|late)\b|"
            # "who's free on Friday?"
            r"\b(?:who'?s|who is|anyone|anybody|someone|any ?one) (?:free|available)\b|"
            # A time asked for: "cn u do my neck n shoulders 2moro am?? pls", "could someone see me friday at 4"
            r"\b(?:can|could|cn|cud) (?:you|u|someone|somebody|anyone|one of you) (?:do|see|fit|take|squeeze) (?:me|us|him|her|my\b)"
            r"(?:\W+\w+){0,4}?\W+(?:tomorrow|2moro|tmrw|tmr|\w+day|this week|next week|am|pm|\d{1,2} ?(?:am|pm|o'?clock))\b"
        ),
        _booking,
    ),
    (
        "services",
        re.compile(
            # "do you have anything tomorrow?" asks for a time, not what the clinic offers.
            r"services?|do you (?:also |even |guys )?(do|offer|have)(?! (?:anything|any ?thing|owt|any (?:spaces?|slots?|time|room|availability|appointments?|"
            r"appts?|openings?|gaps?)|spaces?|slots?|room|time|availability|openings?|gaps?)\b(?! (?:for|like|similar|else|other) )(?!\W*$))"
            # …nor does "do you do gift cards / student discounts / parking?" (the vouchers', prices' and parking's).
            r"(?! (?:any |a |an )?(?:\w+ )?(?:discounts?|concessions?|deals?|vouchers?|gift ?cards?|gift certificates?|packages?|"
            r"block bookings?|loyalty|memberships?|payment plans?|reduced rates?|parking)\b)|"
            r"offer|hot stone|needling|cupping|osteo|chiro|sports massage|deep tissue|pregnancy massage|swedish|"
            # "does your clinic do botox", "can I get my nails done there too": a treatment the clinic may not offer.
            r"\b(?:does|do) (?:your|the|this) (?:clinic|place|practice|salon|cent(?:re|er)|spa) (?:also |even )?(?:do|offer|have|provide)\b|"
            r"\b(?:get|have) (?:my |your |our |her |his )?(?:nails|hair|lashes|brows|eyebrows|botox|fillers?|tan|legs waxed|eyebrows threaded)"
            r"(?: \w+)? (?:done|there|as well|too|at (?:the same time|yours|your place))\b"
        ),
        _services,
    ),
    (
        "therapists",
        # Who the therapists are, not what the therapist does in a session ("is it normal to ache after
        # the therapist worked on it?", "how hard does the therapist press?", "should the therapist avoid
        # where I inject?") or said ("my therapist said I have a hyperirritable spot").
        re.compile(
            r"(?<!after )(?<!after the )(?<!after my )(?<!after your )\btherapists?\b"
            r"(?!(?: actually| really| just| also| even| ever| usually| always| then)? (?:press\w*|push\w*|"
            r"work(?:s|ed|ing)?(?: on| with| around| near| over)|worked|working|dig\w*|get rid|go (?:hard|deep|near|over|round|around)|"
            r"fix\w*|cure\w*|releas\w*|spent|spend|focus\w*|did (?:on|to)|do (?:on|to|with)|have a look|look at|"
            r"said|says|say (?:anything|something)|told|tells|tell (?:if|whether|me if)|mention\w*|thinks?|thought|reckons?|"
            r"found|finds|noticed?|felt|feels|avoid\w*|keep (?:away|off|clear)|stay away|step out|leave the room|walk on|use\w*|"
            r"massag\w*|treat\w*|touch\w*|warm\w* up|start\w*|spot|know if|able to tell|tell the difference|diagnos\w*|"
            # What they work on, not who they are: "do your therapists do neck and shoulder trigger point work?"
            r"do (?:\w+ ){0,5}?(?:work|massage|trigger point\w*|tp)|do (?:necks?|backs?|shoulders?|hips?|legs?|glutes?|feet|arms?|calves|jaws?)|"
            r"explain\w*|recommend\w*|suggest\w*|showed|show me|mind|care|be (?:ok|okay|fine|bothered|put off)|"
            r"(?:get|be) (?:grossed|freaked) out)\b)|"
            r"qualified|qualification|who (?:will|would)|\bstaff\b|insured|licen[cs]ed|"
            # Who they are: "do you have female therapists?", "can I ask for the same one every time?"
            r"\b(?:female|male|woman|women|man|men|lady|guy|bloke) (?:therapists?|masseuses?|practitioners?|staff)\b|"
            r"\b(?:same|a particular|a specific|my usual) (?:one|therapist|person|lady|guy|practitioner)\b(?:\W+\w+){0,3}?\W+"
            r"(?:every|each|again|next)\b|\bhow long have (?:they|your therapists|the therapists|you|u) been (?:doing|practi[cs]ing|working)\b|"
            # Who works when: "what days is Sam working?", "is Priya in on Saturdays?", "who's on tomorrow?"
            r"\b(?:what|which) (?:days?|times?|hours|shifts?) (?:is|are|does|do) (?!it\b|that\b|this\b)\w+ (?:working|work|in|on)\b|"
            r"\bwho(?:'s| is) (?:working|on|in)\b|\brota\b|"
            # "hey is Maria working today", "is sam in on thursday?"
            r"\bis (?!it\b|that\b|this\b|there\b|everything\b|anyone\b|anybody\b|the\b)\w+ (?:working|in|on|about|around|available|free)\b"
            r"(?=(?:\W+\w+){0,2}?\W+(?:today|tomorrow|tmrw|tonight|this (?:week|morning|afternoon|evening)|next week|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)"
        ),
        _therapists,
    ),
    (
        "contact",
        re.compile(
            # The clinic's details, not the client's own: "my number is 07700…, and email jo@…, will I be sore?"
            r"(?<!my )(?<!my mobile )(?:phone|number)|\bcall\b|(?<!my )(?:email|e-mail)(?!:?\s+\S+@)|contact|\breach\b|ring (?:me|back)|"
            r"give (?:me|us) a (?:ring|bell|buzz)|"
            # The client's own details kept by the clinic, to change: the front desk does that.
            r"\b(?:update|change|correct|amend)\w* (?:my|our|his|her) (?:details|address|records?|name|surname|info\w*)\b"
        ),
        _contact,
    ),
]


# Built once: the composer of each section's answer.
_COMPOSERS: dict[str, Callable[[ClinicProfile, dt.datetime], str]] = {name: fn for name, _, fn in SECTIONS}

# Matters only a clinic's front desk answers: "whats the number", "who should i email".
FRONT_DESK_ONLY = frozenset({"contact", "hours", "prices", "booking", "cancellation", "same_day", "payment"})


def clinic_sections(text: str) -> list[str]:
    return list(_sections_of(text))


@lru_cache(maxsize=2048)
def _sections_of(text: str) -> tuple[str, ...]:
    # Cached: one message is looked at for its sections several times on its way to an answer.
    normalized = normalize(text)
    corrected = with_front_desk_words_corrected(normalized)
    found = tuple(name for name, pattern, _ in SECTIONS if pattern.search(normalized) or pattern.search(corrected))
    if "services" in found and _COMPARES_TREATMENTS.search(normalized) and not _ASKS_WHAT_IS_OFFERED.search(normalized):
        # "what's the difference between trigger point and sports massage?" asks how they differ (the
        # FAQ's), not which the clinic offers.
        found = tuple(name for name in found if name != "services")
    return found


_ASKS_WHAT_IS_OFFERED = re.compile(r"\b(?:do|can) (?:you|u|ya) (?:also )?(?:do|offer|have|provide)\b|\boffer")
_COMPARES_TREATMENTS = re.compile(
    r"\b(?:difference|differences|differ\w*|same (?:as|thing)|similar to|vs\.?|versus|compared? (?:to|with)|comparison|"
    r"better than|more (?:painful|intense|effective) than)\b"
)


# A statement that asks all the same: "I would like to book for the week of the 14th. What's the procedure?"
_REQUEST = re.compile(
    r"\b(?:i'?d like|i would like|(?:i|we)(?: both| all| two)? (?:want|wanna)|we'?d like|we would like|(?:i )?need to|i'?m looking to|i'?m hoping to|please|pls|plz)\b"
)
# An asking sentence that leans on the story for its subject: "how do I redeem it?", "he's 17".
_REFERS_BACK = re.compile(r"\b(?:it|them|that|this|these|those|he|she|one)\b")


def asked_sections(text: str, lean_on_story: bool = True) -> list[str]:
    """The front-desk matters of a message whose question is the front desk's business: all it names,
    when its asking (or requesting) sentences name one or lean on the story ("how do I redeem it?");
    none, when what it asks is something else. "I game 8 hrs a day and my neck is cooked. Can trigger
    points come from mouse use?" names the hours only in its story."""
    asking = asking_sentences(text)
    requests = [s for s in sentences_of(text) if s not in asking and _REQUEST.search(normalize(s))]
    asked = " ".join([*asking, *requests])
    if clinic_sections(asked) or (lean_on_story and _REFERS_BACK.search(normalize(asked))):
        return clinic_sections(text)
    return []


def clinic_answer(
    text: str, profile: ClinicProfile, now: dt.datetime, limit: int = 2, previous: Sequence[str] = ()
) -> tuple[str, list[str]]:
    """The answer text and the sections it covers. A follow-up that names no section ("how long
    are they valid for?" after the vouchers) is answered from the `previous` answer's sections;
    with neither, an overview."""
    chosen = clinic_sections(text)[:limit] or [s for s in previous if s in _COMPOSERS][:1]
    if not chosen:
        overview = (
            f"Here's how to reach {profile.name}: call {profile.phone}, email {profile.email}, "
            f"or book online at {profile.booking_url}. You can ask me about opening hours, prices, "
            "booking, cancellations, parking, payment or gift vouchers."
        )
        return overview, []
    return sections_answer(chosen, profile, now), chosen


def sections_answer(sections: Sequence[str], profile: ClinicProfile, now: dt.datetime) -> str:
    """The profile's answers on the named sections, in the order given."""
    return " ".join(_COMPOSERS[name](profile, now) for name in sections)


# The front desk's business: when, where, how much, booking and cancelling. Not services or therapists,
# which a medical question can name too ("do you treat sciatica?").
_LOGISTICS = frozenset(
    {
        "same_day",
        "cancellation",
        "vouchers",
        "prices",
        "payment",
        "insurance",
        "parking",
        "accessibility",
        "hours",
        "location",
        "booking",
        "products",
        "table_size",
    }
)


# The intake form is the front desk's too: "do I need to list every pill on the intake form?"
_PAPERWORK = re.compile(
    r"\b(?:intake|health|consent|medical|client) (?:form|questionnaire)s?\b|\bpaperwork\b|\bon the form\b|"
    r"\b(?:meds|medication|medicines?) list\b|\blist (?:of )?(?:my |all my )?(?:meds|medications?|medicines?|pills|tablets)\b|"
    r"\b(?:mention|tell (?:you|the therapist|them)|let (?:you|the therapist) know) (?:on the day|at (?:the )?intake|when i (?:come|arrive))\b|"
    r"\banything (?:i should|i need to|to) (?:mention|tell|say|bring)\b"
)


def wants_to_book(text: str) -> bool:
    """The message asks (or says it wants) to book, in its own words: "I want to book for my father"."""
    return "booking" in asked_sections(text, lean_on_story=False)


def asks_the_front_desk(text: str) -> bool:
    """The sentences that ask are about the front desk's business: "I'm a carer for my wife who has MS.
    My shoulders are wrecked from lifting her. Do you do evenings?" asks about the opening hours."""
    asked = " ".join(asking_sentences(text))
    # Only a question that names the matter itself: "is this frozen shoulder? how do I cure it?" leans on
    # a story about not being able to lift the arm, which is no question about the lift.
    return any(section in _LOGISTICS for section in asked_sections(text, lean_on_story=False)) or bool(
        _PAPERWORK.search(normalize(asked))
    )
