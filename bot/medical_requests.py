"""Requests the assistant must hand to a doctor: diagnosis, medicines, treatment, symptoms.

The brief's same-day symptoms (§5b) are dangers, not requests: they live in
`bot/red_flags.py`. These rules are deliberately narrow (high precision): "is it going to hurt?"
and "is soreness normal?" are ordinary FAQ questions. The NLU model's
`ask_medical` intent catches the broader range; these rules make sure the
clearest cases are referred whatever the model predicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.clauses import Clause, is_live, negated, prepare, split_clauses
from bot.figures_of_speech import without_figures_of_speech
from bot.out_of_scope import about_something_else, about_the_clinic
from bot.previsit_check import BLOOD_THINNERS
from bot.question_focus import said_to_be_for_the_client, without_someone_elses_matter
from bot.text_normalization import normalize

CLEARANCE = "clearance:"  # a MedicalRequest kind "clearance:<faq id>": answered by that entry


@dataclass(frozen=True)
class MedicalRequest:
    kind: str  # diagnosis | medication | treatment | symptoms | blood_pressure | pregnancy_concern | clearance:<faq id>


CONDITIONS = (
    r"(?:herniated|slipped|bulging|prolapsed|ruptured) discs?|disc (?:problem|issue|bulge|herniation)s?|sciatica|"
    r"arthritis|osteoarthritis|fibromyalgia|stenosis|scoliosis|carpal tunnel|frozen shoulder|osgood\W?schlatter\w*|"
    r"tendinitis|tendonitis|bursitis|plantar fasciitis|migraines?|tmj|whiplash|pinched nerves?|"
    r"trapped nerves?|torn \w+|\w+ tear|rotator cuff|spondylitis|spondylosis|neuropathy|lupus|"
    r"multiple sclerosis|\bms\b|gout|tennis elbow|golfer'?s elbow|shin splints|degenerative \w+|"
    r"chronic fatigue|hernia|endometriosis|ibs|depression|anxiety|insomnia|high blood pressure|"
    r"hypertension|diabetes|cancer|tumou?r|injury|injuries|condition|diagnosis|"
    # Told in everyday words: "my shoulder's been frozen for 8 months", "my legs get restless at night".
    r"(?:shoulder|neck)'?s? (?:has |have |is |been |has been |gone |went )*(?:frozen|locked)|restless legs?|"
    r"legs? (?:get|gets|are|go|feel) restless|period (?:pains?|cramps?)|dysmenorrh\w*|hypermobil\w*|\beds\b|ehlers|"
    r"dislocat\w* (?:easily|a lot|often)|arthritic|"
    # A condition by its shape, when its name is not in this list: "thoracic outlet syndrome", "costochondritis".
    r"\w+itis|(?!nostalgia\b)\w+algia|(?<!myofascial )\w+ (?:syndrome|disease|disorder)|irritable bowel|"
    r"(?!(?:diagnosis|prognosis|hypnosis|osmosis|genesis|synthesis|hypothesis)\b)\w{4,}(?:osis|esis|opathy)"
)
_SYMPTOM = (
    r"(?:pain|painful|hurts?|hurting|ache|aches|aching|numb|numbness|tingl\w*|pins and needles|"
    r"swollen|swelling|puffy|weak|weakness|stiff|burning|shooting|throbbing|clicking|cramp\w*|spasms?|lump|dizzy|dizziness|light-?headed)"
)
_PERSIST = (
    r"(?:(?:it'?s |it has |its )?been (?:a |about |like |over )?(?:\d+|a few|a couple of|couple of|several|two|three|four|five|six) "
    r"(?:days?|weeks?|months?|years?)|for (?:the (?:last|past) )?(?:about |around |nearly |almost |over |more than )?(?:\d+|a few|a couple of|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|"
    r"couple of|many) (?:days?|weeks?|months?|years?)|since (?:last|yesterday|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|\d)|won'?t go away|doesn'?t go away|not going away|keeps coming back|"
    r"constant(?:ly)?|all the time|every day|getting worse|worse and worse|worse every day|"
    r"still(?! (?:make|come|book|have|go|do|ok|okay|fine|able|want|need|keep|get|be able|allowed|on|up for|good)\b))"
)
# Medicines by name: the endings of generic names cover hundreds of prescriptions ("ramipril",
# "atorvastatin", "pregabalin"), and the supplements clients ask about with them.
_NAMED_DRUG = (
    r"(?:\w{2,}(?:pril|sartan|olol|statin|prazole|oxetine|triptyline|azepam|zolam|abalin|apentin|codone|"
    r"morphone|dipine|parin|xaban|gliptin|glutide|formin|cycline|cillin|floxacin|semide|thiazide|lukast|"
    r"tadine|afil|profen|fenac|oxib|triptan|olone|asone|sonide|oxine|aline|pram|apine|clone|trexate|azole|mycin)|"
    r"tramadol|codeine|naproxen|ibuprofen|co-?codamol|morphine|"
    # Muscle relaxants, asked about for knots.
    r"baclofen|\w*carbamol|tizanidine|cyclobenzaprine|orphenadrine|carisoprodol|dantrolene|"
    r"magnesium|turmeric|curcumin|vitamin (?:[a-e]\d*|b ?12)|fish oil|omega[- ]?3|glucosamine|chondroitin|"
    r"collagen|zinc|iron tablets|arnica tablets|melatonin|creatine|ashwagandha|valerian|st john'?s wort|"
    r"ginkgo|evening primrose|cbd(?: oil)?|kratom|lithium|levothyroxine|thyroxine)"
)
_NOT_MUSCLE = (
    r"(?:palpitations?|heart (?:keeps |is |goes |starts |kept )?(?:races|racing|flutter\w*|skipping|skips|pounding)|racing heart|dizzy spells?|"
    r"funny turns?|blackouts?|night sweats|losing weight without|unexplained weight loss|dizziness|"
    r"(?:dizzy|light[- ]?headed) (?:every time|all the time|a lot|most days)|"
    r"lost (?:\w+ ){0,3}(?:without trying|without meaning to|and i'?m not dieting)|weight loss|"
    # Pain that grows day by day, or a limp: "my hip has become more painful each day and now I'm limping".
    r"(?:more painful|worse|more sore|sorer) (?:each|every|by the) day|getting (?:worse|more painful) (?:and worse|every day|each day|by the day)|"
    r"limping (?:badly|a lot|more)|can'?t (?:put|bear) weight|"
    # "been peein loads n always thirsty" (not "I pee a lot after massages, all the water"), "feeling really low for months".
    # (not "after my session I was really thirsty and wiped out": a session's after-effect, that day)
    r"(?:always|constantly) thirsty|thirsty all the time|(?:really|so|very) thirsty (?:all the time|every day|constantly|lately|recently|"
    r"for (?:weeks|months|days|ages)|and (?:\w+ )?(?:pee|wee|peeing|weeing|peein|weein))|"
    # Water that stings: "needing to pee all the time and it stings".
    r"(?:pee|wee|urinat)\w*\b(?:\W+\w+){0,5}?\W+(?:stings?|stinging|burns?|burning)|(?:stings?|burns?|hurts?) when i (?:pee|wee|urinate)|"
    r"(?:feeling|felt|been) (?:really |very |so |quite |pretty )?(?:low|down|depressed|hopeless)\b(?:\W+\w+){0,3}?\W+for (?:weeks|months|ages|a long time|\d+|a few|several)|"
    # Low lately with sleep gone, or depression asked about: "been really low lately and not sleeping".
    r"(?:feeling|felt|been) (?:really |very |so |quite |pretty )?(?:low|down|depressed|hopeless)\b(?:\W+\w+){0,3}?\W+"
    r"(?:lately|recently|these days|and (?:not|can'?t|cannot) sleep\w*))"
)
# A joint that swells or heats, a lump that stays or grows: not a knot for a massage to decide about,
# even when the client asks whether a massage would help.
_NOT_A_KNOT = (
    r"(?:knee|ankle|elbow|wrist|knuckle|finger|toe|joint)s?\b(?:\W+\w+){0,4}?\W+(?:swell\w*|swollen|hot|red|puffy)|"
    r"(?:lump|lumps)\b(?:\W+\w+){0,6}?\W+(?:months|weeks|growing|bigger|getting larger|won'?t go|not going|hard)"
)
# A test result asked about: "INR was 4.2 yesterday, my massage is tomorrow, is that ok?", "TSH is high… could
# that explain my knots?", "ultrasound showed a baker's cyst, can you massage it away?" (a doctor's to read,
# even when asked as "is that ok?").
_TEST_RESULT = (
    # All clear is not a question for the doctor, unless one value is the exception ("all normal except my CK").
    r"\A(?!(?!.*\b(?:except|apart from|other than|but (?:my|the|one))\b).*\b(?:all clear|cleared up|nothing (?:wrong|found|serious|sinister)|"
    r"came back (?:\w+ )?(?:clear|normal|fine|ok|good)|(?:scans?|x-?rays?|mri|ct|tests?|bloods|results?) (?:all |both )?(?:clear|normal|fine)|"
    r"(?:were|was|all) (?:\w+ )?(?:clear|normal|fine)|shows? (?:up|where)|show (?:them|it|trigger)|"
    # "cardiologist said my heart is perfectly fine and it was muscular"
    r"(?:said|says|told (?:me|him|her|us)|confirmed)(?:\W+\w+){0,5}?\W+(?:is|was|are|were) (?:\w+ )?(?:fine|normal|healthy|clear)|was (?:just |only )?muscular)\b)(?=.*\b(?:my|i|i'?ve|i'?m|his|her|mine|had|got)\b)"
    r"(?=.*\b(?:blood tests?|bloods|tests?|scans?|x-?rays?|xray|mri|ultrasound|ct|results?|report|inr|ck|tsh|crp|esr|hba1c|ecg|ekg|echo|holter|"
    r"ferritin|b12|vitamin d|iron|psa|lfts?|liver function|egfr|potassium|sodium|white cells?|glucose|blood sugars?)\b"
    r"(?:(?:\W+\w+){0,8}?\W+(?:(?<!at )(?<!at about )(?<!was )(?<!aged )(?<!age )(?<!for )(?<!till )(?<!until )(?<!by )(?<!around )\b\d+(?:\.\d+)?(?![\w:])(?! ?(?:am|pm|o'?clock|:\d|tubes?|mins?|minutes|hours?|days?|weeks?|years?))|"
    r"high|low|raised|elevated|abnormal|borderline)|(?:\W+\w+){0,5}?\W+(?:showed|shows|says?|said|saying|came back|found)))"
    r"(?=.*(?:\?|\b(?:mean|meaning|ok|okay|safe|should i|can i|could|explain|treatment)\b))"
)
_TEST_RESULT_RX = re.compile(_TEST_RESULT)
# An injury that may be more than a strain, asked about: "I think I tore something in my shoulder at the
# gym, heard a pop and can't lift my arm", "is it broken or sprained?" (an X-ray's question, not a knot's).
_FRESH_INJURY = (
    r"(?:\b(?:think|thought|reckon|guess|wonder\w*|maybe|might|could|did|have|has|worried|scared|afraid|if) (?:\w+ ){0,3}?"
    r"(?:broken|broke|cracked|fractured|torn|tore|ripped|sprained|ruptured|dislocated|snapped)\b"
    r"(?! (?:up|down|between|in|out|even|my (?:phone|screen|glasses|laptop|nail|shoe|heel|promise)|the (?:phone|screen|glass|mirror|vase|record|news))\b)|"
    r"\bis (?:it|this|that|something) (?:\w+ )?(?:broken|cracked|fractured|torn|sprained|dislocated)\b(?! (?:up|down))|"
    r"\bheard (?:a|something|it) (?:\w+ )?(?:pop|snap|crack|click and)\b)"
)

_A_CONDITION = re.compile(rf"\b(?:{CONDITIONS})\b")
# A symptom said to be unlike the client's usual ones ("different from my usual headaches"): a change
# for a doctor to look at, even when asked as "is massage ok?".
_UNLIKE_USUAL = (
    r"\b(?:different (?:from|to|than)|not like|unlike|worse than|nothing like|a new (?:kind|type|sort) of|never had (?:one|it|them|a \w+) like)\b"
    r"(?:\W+\w+){0,2}?\W+(?:usual|normal|regular|other|previous|old|typical)\w*"
)
# Pain in the chest, jaw or arm that comes with effort and goes with rest (angina's pattern).
_EXERTIONAL = (
    r"(?:chest|jaw|arm|throat)\b(?:\W+\w+){0,8}?\W+(?:when|whenever|every time|if|as soon as) (?:i|he|she) "
    r"(?:walk|climb|go up|goes up|run|exercise|hurry|rush|exert)\w*|"
    # Brought on by effort and eased by rest, wherever it is felt: "my left shoulder pain only comes on when i walk
    # uphill n goes away when i stop" (angina is felt in the shoulder, neck or back too).
    r"(?:shoulder|neck|back|arm|chest|jaw)\b(?:\W+\w+){0,10}?\W+(?:when|whenever|every time|if|as soon as) (?:i|he|she) "
    r"(?:walk|climb|go up|goes up|run|exercise|hurry|rush|exert)\w*(?:\W+\w+){0,6}?\W+(?:goes|go|eases|stops|settles|disappears|fades|wears)"
    r"(?: away| off)?\W+(?:\w+\W+){0,2}?(?:when|once|as soon as|if) (?:i|he|she) (?:stop|rest|sit|slow)"
)
_MEDICINE = (
    r"(?:medicine|medication|meds|painkillers?|pain killers?|pain relief|pills?|tablets?|ibuprofen|"
    r"paracetamol|acetaminophen|tylenol|advil|aspirin|naproxen|codeine|muscle relaxants?|relaxants?|"
    r"anti[- ]?inflammator\w*|steroids?|cream|gel|antibiotics?|dose|dosage|cbd(?: oil)?|supplements?|herbal \w+|"
    # Medicines by their class: "can I stop my statins?", "my beta blockers".
    r"statins?|antidepressants?|anti-?depressants?|beta[- ]?blockers?|blood pressure (?:tablets|pills|meds|medication)|"
    r"insulin|inhalers?|antihistamines?|the pill|hrt|blood thinners?|anticoagulants?|opioids?|sleeping (?:pills|tablets)|"
    r"muscle relaxers?|relaxers?|flexeril|robaxin|valium|"
    # Common prescriptions for pain, mood and sleep, by name.
    r"amitriptyline|nortriptyline|duloxetine|pregabalin|gabapentin|diclofenac|co-?codamol|morphine|"
    r"sertraline|citalopram|fluoxetine|mirtazapine|diazepam|zopiclone|prednisolone|methotrexate|"
    rf"{_NAMED_DRUG})"
)


# Conditions a client names when asking a doctor's question; not the everyday words
# ("injury", "anxiety") that ordinary booking messages use too.
_NAMED_CONDITIONS_RX = "|".join(
    c for c in CONDITIONS.split("|") if c not in ("injury", "injuries", "condition", "diagnosis", "anxiety", "insomnia")
)

# The client's own symptom, said before the question: "my knee swells when I run", "my muscles ache".
_OWN_SYMPTOM_WORDS = (
    r"(?:pain|painful|hurts?|hurting|ache|aches|ached|aching|achy|sore|tender|numb\w*|tingl\w*|pins and needles|electric shocks?|shooting|dizzy|dizziness|vertigo|light-?headed|"
    r"bruis(?:e|es|ing) (?:\w+ )?(?:easily|a lot|for no reason|all over)|bleed\w* (?:\w+ )?(?:easily|a lot)|"
    r"swell\w*|swollen|stiff|clicks?|clicking|locks?|frozen|headaches?|can'?t (?:lift|move|raise|turn|bend)|tired all the time|"
    r"shak(?:e|es|ing|y)|tremor\w*|cough\w*|wheez\w*|thirsty|stabbing|stabs|throbb\w*|twinge\w*|twinging|cramp\w*|spasm\w*|burning|"
    # An event of the body, past or present: "I fainted once after my last massage, should I be worried?"
    r"faint\w*|passed out|blacked out|palpitations?|nosebleeds?|lumps?)"
)
_OWN_SYMPTOM = rf"(?=.*\b(?:my|i|i'?m|i'?ve)\b)(?=.*\b{_OWN_SYMPTOM_WORDS}\b)"
# Rules that stand on the client's own symptom need one that is not denied: "no swelling or anything,
# just tight. how close to race day is it sensible to have trigger point work?" names none.
_OWN_SYMPTOM_RX = re.compile(rf"\b{_OWN_SYMPTOM_WORDS}\b")
_TREATMENTS = (
    r"(?:massage|physio\w*|trigger point\w*|chiro\w*|osteo\w*|surgery|operation|injections?|steroids?|acupuncture|rest|botox|a splint|a brace|"
    r"a mouth ?guard|splint|brace|(?:dry )?needling|cortisone|(?:steroid |cortisone )?shots?|insoles|orthotics|shockwave|tens)"
)
# A medicine a client chooses between or asks the best of: tablets and pain relief by name or brand,
# misspelt too ("painkillrs"), but not the plain creams, gels and oils a massage uses.
_CHOSEN_MEDICINE = (
    rf"(?:painkil\w*|pain killers?|pills?|tablets?|meds|medicines?|medications?|muscle relax(?:ants?|ers?)|anti-?inflammator\w*|"
    rf"paracetamol|acetaminophen|tylenol|advil|aspirin|voltarol|voltaren|ibuleve|{_NAMED_DRUG})"
)
# Rubs the FAQ answers about (aft-heat-rubs), unless set against a medicine.
_RUB = r"(?:tiger balm|deep heat|biofreeze|heat rub|muscle rub)"
# "How much pressure do you use?", "how many sessions should I have?": quantities of the massage itself.
_NOT_A_MEDICINE = (
    r"(?!\W+(?:\w+\W+)?(?:pressure|force|time|weight|water|oil|lotion|cream|sessions?|massages?|appointments?|minutes|"
    r"hours|money|notice|days|weeks|breaks?|stretch\w*|exercise|rest|sleep)\b)"
)

# A condition said to be settled: "no complications", "stable for years".
_STABLE = r"(?:no|without) complications|(?:been |it'?s |its |all )?stable (?:for (?:years|ages|months)|now)"

# A medicine named as part of who the client is, with a question about the form or the session: "I take
# sertraline, well managed for years. Do I need to list it on the intake form?", "blood pressure well
# controlled on amlodipine, is massage ok?". The FAQ answers (tell your therapist; the contraindication).
_BACKGROUND_MEDICINE = (
    r"\b(?:form|forms|put (?:that|it|those|them|these) down|write (?:that|it|those|them) down|declare\w*|mention\w*|list(?:ed|ing)?|"
    r"tell (?:the|my|your) therapist|let (?:you|the therapist|them) know|worth (?:saying|noting|telling)|"
    # "does the therapist need to know what medication I'm on?", "I take sertraline, is that relevant for a massage?"
    r"(?:need|needs|have) to (?:know|be told)|(?:is|would) (?:that|it|this) (?:be )?relevant|relevant (?:for|to|when)|"
    # "type 2 diabetic on metformin. anything I should know before booking?": what the visit needs.
    r"(?:anything|what|things?) (?:i|we|you) (?:should|need to|ought to|must|have to) (?:know|be aware of|consider)|anything to (?:know|be aware of)|"
    r"my (?:normal|usual|regular|daily)|well (?:managed|controlled)|under control|stable on|been on (?:it|them) for years|"
    # "type 2, on metformin, no complications. can I still have trigger point?"
    rf"{_STABLE})\b"
)
_BACKGROUND = re.compile(_BACKGROUND_MEDICINE)
# …unless the medicine itself is asked about: "well controlled on amlodipine, can I stop it now?"
_ASKS_ABOUT_THE_MEDICINE = re.compile(
    r"\b(?:can|should|could|shall|may|is it (?:ok|okay|safe|fine|alright|all right)(?: for (?:me|him|her|them))? to|do i) (?:i )?(?:still )?(?:take|stop|start|mix|combine|increase|"
    r"reduce|come off|skip|double|change)\b|\bwhat (?:dose|dosage|can i take)\b|\binteract\w*|\bdrug levels?\b"
)
# Massage in place of a medicine, an operation or injections: "could massage replace my antidepressants
# so I can come off them?", "my consultant wants to operate, could your therapy sort it out instead?".
_MEDICAL_CARE = (
    rf"(?:{_MEDICINE}|surgery|operation|operate|op|injections?|chemo\w*|radiotherapy|inhalers?|treatment (?:my|the) "
    r"(?:doctor|gp|consultant|specialist) (?:wants|recommended|suggested)|"
    # "My doctor wants me to try physio but I'd rather just do massage instead"
    r"(?:my|the) (?:doctor|gp|dr|consultant|specialist|surgeon) (?:wants|wanted|recommended|recommends|suggested|suggests|advised|advises|told) (?:me )?(?:to )?\w+)"
)
_INSTEAD_OF_CARE = re.compile(
    rf"\A(?=.*\b{_MEDICAL_CARE}\b)(?=.*\b(?:instead|rather than|replace|replaces|replacing|substitute|alternative to|"
    r"so (?:i|he|she) (?:can|could|don'?t have to|wouldn'?t have to) (?:come off|stop|skip|avoid|cancel|get off)|"
    r"(?:avoid|skip|cancel|put off|delay|get out of) (?:the|my|his|her|having) (?:surgery|operation|op|injections?|meds|medication|tablets))\b)"
)
# Choosing between the clinic and medical care, or asking whether the care is needed: "could regular
# sessions replace the pain clinic?", "would it mean I don't need the surgery?", "physio suggested it but
# my GP said steroid injections, which should I go for?", "should I see a doctor or a massage therapist
# first?", "my GP says it's frozen shoulder, is trigger point the right treatment or something else?".
_CARE_SAID = (
    r"(?=.*\b(?:gp|doctor|dr|consultant|surgeon|specialist|physio\w*|pain clinic|referr?\w*|surgery|operation|op|injections?|"
    r"replacement|waiting list|diagnos\w*|hospital|nhs)\b)"
)
_ANOTHER_PROFESSIONAL = r"(?:physio\w*|osteo(?:path\w*)?|chiro\w*|doctor|gp|podiatrist|sports (?:doctor|medicine))"
_THE_CLINIC = r"(?:you|u|you guys|your (?:clinic|therapists?)|(?:a )?massage|trigger point\w*|tp)"
_CHOOSING_CARE = re.compile(
    r"\b(?:could|would|can|will|might) (?:regular |a few |some |more )?(?:trigger point\w*(?: therapy| massage| sessions?)?|massage\w*|sessions?|tpt|tp|it|this|you|"
    r"your (?:therapy|treatment))\b(?:\W+\w+){0,4}?\W+(?:replace|mean (?:i|he|she) (?:don'?t|wouldn'?t|won'?t|do not) need|save (?:me|him|her) (?:from )?(?:having|needing)|"
    r"stop (?:me|him|her) (?:from )?(?:having|needing)|avoid (?:having|needing|(?:the|my) (?:surgery|operation|op|injections?|meds|medication|"
    # (not "can you just avoid my feet?": the area the therapist leaves out)
    r"tablets|pills|steroids?|replacement|knee replacement|hip replacement|pain clinic|physio\w*|scan|mri)))\b|"
    rf"\A{_CARE_SAID}.*\b(?:do|would) (?:you think )?(?:i|he|she) (?:really |actually |even )?needs? (?:that|it|this|the (?:surgery|operation|op|injections?|pain clinic)|"
    r"an? (?:operation|injection))\b|"
    rf"\A{_CARE_SAID}.*\bwhich (?:one )?(?:should|do|would|shall) (?:i|we) (?:go for|choose|pick|do|try|go with|start with)\b|"
    # The clinic or another professional for a named condition: "for a frozen shoulder, physio or you guys?".
    rf"\A(?=.*\b(?:{CONDITIONS})\b).*(?:\b{_ANOTHER_PROFESSIONAL}\b(?:\W+\w+){{0,2}}?\W+or\W+(?:(?:with|to|see|a|an)\W+)*{_THE_CLINIC}|"
    rf"\b{_THE_CLINIC}(?:\W+\w+){{0,2}}?\W+or\W+(?:(?:with|to|see|a|an|the|my)\W+)*{_ANOTHER_PROFESSIONAL})\b|"
    rf"\A{_CARE_SAID}.*\b(?:is|would|will) (?:trigger point\w*(?: therapy| massage| work)?|massage|tpt|tp|it|this|that) (?:actually |really |even )?(?:be )?"
    r"the (?:right|best|correct) (?:treatment|thing|approach|choice|option)\b|"
    r"\b(?:should|do) i (?:see|go to|visit|try|ask) (?:a|my|the) (?:doctor|gp|physio\w*)\b(?:\W+\w+){0,3}?\W+(?:or|before|first)\b|"
    # Whether to see a professional at all: "is it worth seeing a dentist first?", "do u think i need to see a doctor at all?"
    r"\b(?:is it worth|worth|should i(?: be)?|do i (?:need to|have to|really need to)|do (?:you|u) think i (?:should|need to|ought to)|"
    r"would (?:you|u) (?:recommend|suggest)|ought i to) (?:see|seeing|go(?:ing)? to|visit\w*|check(?:ing)? with|"
    r"get(?:ting)? (?:it |this |that )?(?:checked|looked at) by) (?:a|an|my|the) (?:dentist|doctor|dr|gp|physio\w*|chiro\w*|osteo\w*|"
    r"specialist|podiatrist|orthodontist|consultant|neuro\w*|rheumatolog\w*|physician|orthopaedic\w*|orthopedic\w*)\b"
    # (not "do I need to see a doctor before booking?": what the clinic asks, which the FAQ answers)
    r"(?! (?:before|to) (?:i |we )?(?:book\w*|coming|i come|come in|a massage|the massage|my massage|my session|the session|treatment|my appointment|"
    r"an appointment|trigger point|you))|"
    r"\b(?:doctor|gp) or (?:a |the |your )?(?:massage(?: therapist)?|therapist|you|trigger point\w*)\b(?:\W+\w+){0,4}?\W+first\b|"
    # "my physio wants to try dry needling. is that better than trigger point massage for my case?"
    rf"\A{_CARE_SAID}.*\bbetter (?:than|for)\b(?:\W+\w+){{0,5}}?\W+(?:my case|my condition|my situation|for me|my problem)\b|"
    # "my doctor offered to refer me to a pain clinic. should I go, or just keep seeing you?"
    rf"\A{_CARE_SAID}.*\bshould i (?:go|accept|take (?:it|them up)|say yes|do it|have (?:that|it|the \w+)|get (?:that|it|the \w+))\b(?:\W+\w+){{0,3}}?\W+or\b|"
    r"\bshould i (?:stop|quit|give up) (?:seeing|going to) (?:my|the) (?:chiro\w*|physio\w*|osteo\w*|doctor|gp|specialist|consultant|acupuncturist)\b|"
    rf"\A{_CARE_SAID}.*\bor (?:just )?(?:keep|stick with|carry on|continue) (?:seeing|coming to|coming for|with|having) (?:you|massage|the massage|trigger point\w*|sessions)\b|"
    # "can I do trigger point therapy instead of the physio my GP referred me to?"
    r"\A(?=.*\b(?:gp|doctor|consultant|surgeon|specialist|referr\w*)\b).*\binstead of (?:the |my |seeing |going to (?:the )?)?(?:physio\w*|pain clinic|specialist|referral)\b|"
    # A device for one's own problem: "should I use a TENS machine on my neck?"
    r"\bshould i (?:use|try|get|buy|wear) (?:a |an )?(?:tens|brace|splint|neck collar|collar|support belt|back brace|heat lamp)\b"
)
# A child's pain or symptom asked about: "my 10 year old has pain in his heel after football, what is it?",
# "my 8 year old says her legs hurt at night, is it growing pains?".
_CHILD = (
    r"\b(?:my|our) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen) ?"
    r"(?:-? ?(?:year|yr|month|week)s?[- ]old|yo)\b|\b(?:my|our) (?:son|daughter|kid|kids|child|children|boy|girl|toddler|baby|teen\w*|little one|newborn)\b"
)
_CHILDS_SYMPTOM = re.compile(
    rf"\A(?=.*{_CHILD})(?=.*\b{_SYMPTOM}s?\b|.*\b(?:sore|limp\w*|growing pains|headaches?|migraines?|tummy aches?|stomach aches?)\b)"
    r"(?=.*(?:\b(?:what(?:'s| is) (?:it|this|that|wrong|causing)|why|is (?:it|this|that) (?:normal|serious|bad|a |an |something|just|knots?|trigger|growing)|"
    r"could (?:it|this|that) be|normal|should (?:we|i) "
    r"(?:worry|be worried|see|take)|anything to worry|growing pains|or (?:knots?|trigger points?|something (?:else|worse|serious)))\b))"
)
_CHILDS_NIGHT_PAIN = re.compile(
    rf"\A(?=.*{_CHILD}|.*\b(?:\d{{1,2}}|ten|eleven|twelve|nine|eight|seven|six) ?(?:yr|year)s? old\b)"
    r"(?=.*\b(?:he|she|his|her|him|they|their|them)\b(?:\W+\w+){0,4}?\W+(?:pain|painful|hurts?|hurting|aches?|aching|achy|sore|knees?|legs?|shins?)\b)"
    r"(?=.*\b(?:at night|in the night|every night|each night|wakes? (?:him|her|them|up)|woken up|waking (?:him|her|them|up))\b)"
)
# Movements of a baby in the womb that have slowed or stopped: the midwife or maternity unit today, not
# a massage "to get her moving".
_BABYS_MOVEMENTS = re.compile(
    r"\A(?=.*\b(?:pregnan\w*|weeks?|wks|baby|bub|bump|midwife|due|trimester)\b).*?(?:"
    r"\b(?:baby|bub|bump|little one)\b(?:\W+\w+){0,4}?\W+(?:hasn'?t|has not|hasnt|not|isn'?t|stopped|barely|hardly)\b"
    r"(?:\W+\w+){0,2}?\W+(?:mov\w*|kick\w*|wriggl\w*)|"
    r"\b(?:baby|bub|bump)(?:'s| has| is)? (?:been )?(?:really |very |so |much |a lot )?(?:quiet\w*|still|less active|not moving)\b|"
    r"\b(?:haven'?t|have not|havent|not|didn'?t|can'?t|cannot) (?:\w+ )?(?:felt|feel|noticed) (?:the |my |our )?(?:baby|bub|bump|little one|him|her)\b"
    r"(?:\W+\w+){0,2}?\W+(?:mov\w*|kick\w*)|"
    r"\b(?:reduced|fewer|less|no|slower|decreased) (?:fetal |foetal |baby'?s? )?(?:movements?|kicks?)\b"
    r"(?!\s+(?:in|of|with|at) (?:my|the|his|her|your) (?!baby|bump|womb|tummy|belly))|"
    r"\b(?:baby|bub)'?s? (?:movements?|kicks?) (?:have |has )?(?:slowed|stopped|reduced|changed|gone quiet|got less))"
)
# Pregnant, with signs the midwife needs to hear about today: a bad headache, changes in sight, sudden
# swelling of the face or hands (pre-eclampsia's signs), bleeding or spotting, cramping, waters.
_PREGNANT_WITH_SIGNS = re.compile(
    r"\A(?!.*\b(?:not|never|\w+n'?t) (?:been |be |getting )?pregnant\b)"
    # A pregnancy long past, with none now: "when I was pregnant with my son I had awful headaches"
    r"(?!(?!.*\b(?:i'?m|i am|currently|now|still) (?:\w+ )?(?:pregnant|expecting)\b|.*\b\d{1,2} ?(?:weeks?|wks)\b|.*\btrimester\b)"
    r".*\b(?:(?:i|she) was pregnant|(?:last|previous|first|earlier|other) pregnanc\w*|pregnant (?:with|last) \w+ (?:\w+ )?(?:ago|years?|year))\b)"
    r"(?=.*\b(?:pregnan\w*|\d{1,2} ?(?:weeks?|wks)(?: pregnant| gone| along)|trimester|expecting|"
    r"(?:i'?m|i am|she'?s|she is) (?:now |about |nearly |almost )?\d{1,2} ?(?:weeks?|wks)\b(?! (?:ago|off|old|post|into|since|later|away|late|early)))\b)"
    r"(?=.*\b(?:(?:bad|awful|terrible|severe|really bad|pounding|splitting) headaches?|headaches? (?:for|that won'?t|since)|"
    r"flashing lights?|seeing (?:spots|stars|lights)|blurr\w* (?:vision|sight)|vision (?:is |has )?(?:gone |going )?(?:blurr\w*|funny|weird)|"
    r"(?:face|hands|fingers|feet|ankles) (?:\w+ ){0,4}?(?:puff\w*|swollen|swell\w*)|puffy|spotting|bleeding|(?<!gave )(?<!give )(?<!giving )(?<!donate )(?<!donating )blood(?! (?:pressure|tests?|sugars?|group|type|work|results?|count|thinners?|donors?|donat\w*|bank))|cramp\w*|"
    r"waters? (?:broke|breaking|leaking)|leaking fluid|contractions?)\b)"
    r"(?!.*\b(?:leg cramps? (?:at night|in bed)|cramp in my (?:calf|calves|leg|foot)|nosebleed|gums? bleed)\b)"
)
# A symptom since something happened, with "anything to worry about?": "massage gun on the front of my
# neck last week, since then a dull ache and the odd headache".
_WORRIED_ABOUT = re.compile(
    # Only tender where it is pressed ("is it bad that it hurts a bit more when i press on the spot"): that
    # is what a trigger point and the soreness after working it are, unless a sign beyond it is told.
    r"\A(?!(?=.*\b(?:hurts?|hurting|sore\w*|tender\w*|aches?|achy|painful)\b(?:\W+\w+){0,4}?\W+when (?:i|you|she|he|they|someone|the therapist) "
    r"(?:\w+ )?(?:press|push|touch|prod|poke|dig|squeeze|rub)\w*\b)"
    r"(?!.*\b(?:lumps?|bumps?|swell\w*|swollen|red|hot|numb\w*|tingl\w*|rash|bleed\w*|fever\w*|hard|growing|bigger|weeks?|months?)\b))"
    # Worried that a session's soreness did not come ("is it bad that i didn't feel sore at all?"): no symptom told.
    r"(?!.*\b(?:didn'?t|did not|don'?t|do not|wasn'?t|was not|never|not|no) (?:\w+ ){0,2}?(?:sore\w*|pain|hurt|ache|achy|stiff)\b)"
    rf"{_OWN_SYMPTOM}.*\b(?:anything (?:to worry|i should worry|to be worried|serious)|something (?:to worry|serious)|"
    r"should i (?:be )?(?:worr(?:y|ied)|concerned)|is (?:it|this|that) (?:bad|serious|worrying|dangerous) that|is it bad that)\b"
)
# Bad headaches that keep coming, one's own: "ive been having really bad headaches" (a thunderclap is one,
# sudden, and the rules and the classifier read that).
_BAD_HEADACHES_THAT_KEEP_COMING = re.compile(
    r"\b(?:i'?ve been|i have been|i'?m|i am|i keep|i always|i)\s?(?:having|getting|get)\b(?:\W+\w+){0,2}?\W+(?:really |very |so |such )?"
    r"(?:bad|terrible|awful|severe|horrible|horrendous|constant|crippling|debilitating|nasty|killer)\b(?:\W+\w+){0,2}?\W*(?:headaches|migraines)\b"
)
# A heart rate or pulse reading asked about: "my resting heart rate is about 45 and I sometimes feel lightheaded".
_HEART_RATE = re.compile(
    r"\A(?!.*\b(?:says?|said|told me|reckons?) (?:it'?s |it is |is |that'?s )?(?:normal|fine|ok|okay|healthy|good)\b)"
    # A question about the gadget, not the heart: "is my Garmin accurate? which watch should I buy"
    r"(?!.*\b(?:accurate|accuracy|which (?:watch|one|tracker|monitor|brand)|should i buy|worth buying)\b)"
    r"(?=.*\b(?:is (?:that|it|this)|should i|normal|bad|worr\w*|concern\w*|dangerous|safe|ok to|okay to)\b)"
    r".*\b(?:resting )?(?:heart ?rate|pulse|hr|bpm)\b(?:\W+\w+){0,4}?\W+(?:\d{2,3}|low|high|slow|fast|racing|irregular|all over the place)\b"
)

# Signs of the body that are no muscle's, told about oneself: fingers that go white then blue in the
# cold, a bladder that leaks on a cough, a knee that swells and gives way.
# An after-effect that stays past the usual day or two, told in one message (brief §3): "since the session my
# headaches are constant, every day for over a week now, even waking up with them".
_AFTER_EFFECT = (
    r"(?:headaches?|migraines?|sore\w*|pain\w*|aches?|aching|achy|bruis\w*|stiff\w*|tender\w*|hurts?|hurting)"
)
_SINCE_THE_SESSION = r"(?:since|after|from) (?:the|my|that|last|yesterday'?s|last week'?s|our|your) (?:\w+ )?(?:session|massage|treatment|appointment|visit)"
_STAYS = (
    r"(?:every (?:single )?day|daily|constant\w*|non ?stop|for (?:over |more than )?(?:a|one|two|three|\d+) weeks?|over a week|more than a week|"
    r"(?:four|five|six|seven|eight|nine|ten|[4-9]|1\d) days|getting worse|worse and worse|won'?t (?:go|ease|settle|shift)|"
    r"not (?:going|gone|easing|eased|settling|settled|getting any better)|waking (?:me )?up with|wake up with|"
    r"still there after|(?:a|one|two|three|\d+) months?|gone (?:hard|lumpy)|hard lump|lumpy)"
)
_AFTER_EFFECT_THAT_STAYS = re.compile(rf"\A(?=.*\b{_AFTER_EFFECT}\b)(?=.*\b{_SINCE_THE_SESSION}\b)(?=.*\b{_STAYS}\b)")
# A lump that stays or grows: "a lump in my upper back for about six weeks… if anything it's bigger".
_A_LUMP_THAT_STAYS = re.compile(
    r"\A(?=.*\blumps?\b)(?=.*\b(?:bigger|growing|grown|grows|getting (?:bigger|larger)|(?:hasn'?t|has not|not) (?:gone|go) down|"
    r"(?:hasn'?t|has not|not) (?:gone|shrunk|changed)|(?:for|over|about|nearly|almost) (?:a |one |two |three |four |five |six |\d+ |a few |several )?"
    r"(?:weeks?|months?)|"
    # …or one still being looked into: "a scan for a lump in my armpit next week, no idea what it is yet".
    r"scans?|ultrasound|biopsy|mammogram|(?:test )?results|investigat\w*|unexplained|"
    r"(?:no idea|not sure|don'?t know|do not know|dunno) what (?:it is|it'?s|they are))\b)"
    r"(?!.*\b(?:years?|since i was|always had|lipoma|doctor said|gp said|checked|all clear|benign|nothing to worry)\b)"
)
_BODY_SIGNS = re.compile(
    r"\b(?:fingers?|toes?|hands?|feet|finger ?tips)\b(?:\W+\w+){0,3}?\W+(?:go|goes|going|turn|turns|turning|went|turned|get|gets) "
    r"(?:all |really |very )?(?:white|blue|purple|grey|gray|pale|numb and white)\b|"
    r"\b(?:pee|wee|leak|leaks|leaking|wet myself|wet me) (?:myself |a (?:bit|little|tiny bit) |a little bit )?(?:when|if|whenever|every time) "
    r"(?:i|i'm) (?:cough|sneeze|laugh|lift|jump|run|sneezing|coughing|laughing|lifting|jumping|running)\w*|"
    r"\b(?:bladder (?:leaks?|leaking|weakness)|incontinen\w*|pelvic floor (?:problems?|issues?|weakness))\b|"
    r"\bknees?\b(?:\W+\w+){0,6}?\W+(?:swells?|swelling|swollen|locks?|locking)\b(?:\W+\w+){0,12}?\W+"
    r"(?:swells?|swelling|swollen|gives? way|giving way|locks?|locking|clicks?|clicking)\b|"
    # A joint that gives way, and dizziness that comes with turning the head: "my knee keeps giving way
    # on the stairs", "still dizzy when I turn my head since the whiplash".
    r"\b(?:knees?|ankles?|hips?)\b(?:\W+\w+){0,4}?\W+(?:gives? way|giving way|gave way|buckl\w*|collaps\w*)\b|"
    r"\b(?:dizzy|dizziness|light-?headed|vertigo|room spins)\b(?:\W+\w+){0,3}?\W+(?:when|whenever|every time|if) (?:i|he|she) "
    r"(?:(?:turn|move|tilt|look)\w* (?:my|his|her) (?:head|neck)|(?:look|tilt|turn)\w* (?:up|down|round|over my shoulder))\b|"
    # A lump that grows or hardens is for a doctor, however knot-like: "a lump in my trap that feels harder
    # than it used to, I think it's grown since summer".
    r"\b(?:lump|lumps|mass|growth|swelling|knot|knots)\b(?:\W+\w+){0,12}?\W+(?:(?:has |have |it'?s |it has |they'?ve |is )?(?:actually |definitely |slowly )?(?:grown|growing|got bigger|"
    r"getting bigger|bigger than|harder than it|harder than they|changed shape|changing shape|changed colou?r))\b"
)
# Whether to have it seen: "should I get it looked at?", "or should I get my knee checked?"; or to have
# it confirmed by touch: "i think my hip is arthritic, can you confirm by feeling it". A scan the doctor
# proposes, weighed against massage: "My GP wants to send me for an MRI. Is it worth it or can massage
# just sort it out?"
_WHETHER_TO_BE_SEEN = re.compile(
    r"\b(?:confirm|check|tell|know|diagnose)\w* (?:it |that |this |if |whether )?(?:just )?by (?:feeling|touch\w*|pressing|looking|examining)\b|"
    r"\b(?:mri|scan|x-?ray|ultrasound|injection|surgery|operation|referral)\b(?:\W+\w+){0,6}?\W+(?:is it worth|worth it|or (?:can|could|would|will) "
    r"(?:massage|trigger point\w*|you|your therapists?|a massage))\b|"
    r"\b(?:should|do|shall|must|ought) (?:i|we) (?:\w+ )?(?:get|have) (?:it|this|that|them|these|my \w+(?: \w+)?) "
    r"(?:looked at|checked(?: out)?|seen(?: to)?|examined|scanned|x-?rayed)\b|"
    # Weighing the doctor's tests: "should I skip the tests?", "should I ask for a thyroid test?"
    r"\b(?:should|shall|do|can|could) i (?:just )?(?:skip|cancel|refuse|avoid|not bother with|bother with|put off|ask (?:my (?:gp|doctor) |the (?:gp|doctor) )?for|"
    r"get|have|push for) (?:the |my |a |an |any |some )?(?:\w+ )?(?:tests?|bloods|blood tests?|blood work|x-?rays?|scans?|mri|ultrasound)\b|"
    r"\b(?:should|do) i (?:need to )?(?:see|go to|call|ring|visit) (?:a|my|the) (?:doctor|gp|dr|physio\w*|specialist|a&e|walk-?in)\b"
    # …not the FAQ's "do I need to see a doctor before booking?"
    r"(?!\W+(?:\w+\W+)?(?:before|first|prior)\b)"
)
# A thing the client has that might be something other than a knot: "is my 'knot' actually a lipoma?"
_ACTUALLY_SOMETHING_ELSE = re.compile(
    r"\bis (?:my|this|that|the|it) \W*(?:(?:knot|lump|bump|ball|pain|ache|swelling|spot|thing|trigger point)\W*(?:\w+\W+){0,3}?)?"
    r"(?:actually|really|possibly|maybe|definitely|more likely) "
    r"(?!(?:a |an )?(?:trigger|knot|muscle|normal|common|good|bad|big|thing|myth|real|true|worth|problem|issue|idea|necessary|needed|"
    # A booking asked about: "is it definitely confirmed for 2pm?"
    r"confirmed|booked|going ahead|still on|on|happening|ok|okay|fine|right|correct|free|available|cancelled|"
    # How the work feels or what a claim says: "is it really deep", "is that really how it works?"
    r"deep|hard|firm|strong|intense|rough|gentle|light|soft|painful|sore|relaxing|effective|helpful|expensive|dear|long|"
    r"how|what|that|so|true|like that|necessary|risk|risky|a risk|danger|dangerous|safe|unsafe|a thing|"
    # Whether the therapy will do any good: "is it actually going to work for someone like me?"
    r"going|gonna|work\w*|help\w*|worth)\b)(?:a |an )?\w+"
)

# A professional's diagnosis to be seconded: "my physio says I've got thoracic outlet syndrome, can you
# confirm she's right?" (only the one who examines can).
_SECOND_A_DIAGNOSIS = re.compile(
    r"\A(?=.*\b(?:gp|doctor|dr|physio\w*|chiro\w*|osteo\w*|consultant|specialist|surgeon)\b)"
    r"(?=.*\b(?:confirm|agree|tell me|check|say)\b(?:\W+\w+){0,3}?\W+(?:she'?s|he'?s|they'?re|(?:she|he|they|it) (?:is|are|was)|"
    r"(?:my|the) \w+ (?:is|was)|that'?s|that is|this is) (?:right|correct|wrong|mistaken)\b)"
)
# Two professionals' opinions to choose between: "my physio says trigger point, my chiro says a rib out. whos right??"
_PROFESSIONAL = r"\b(?:gp|doctor|dr|physio\w*|chiro\w*|osteo\w*|consultant|specialist|therapist|sports? therapist)\b"
_TWO_OPINIONS = re.compile(
    # Two of them, each with an opinion ("my uncle's a chiropractor and says trigger points don't exist.
    # who's right?" is the FAQ's question about whether they are real).
    rf"\A(?=(?:.*?{_PROFESSIONAL}){{2}}).*{_PROFESSIONAL}(?:\W+\w+){{0,8}}?\W+"
    r"(?:says?|said|thinks?|reckons?)\b.*\b(?:who'?s right|whos right|who is right|which (?:one )?is right|which is it|"
    r"who (?:do|should) i (?:believe|trust|listen to)|which (?:one )?(?:do|should) i (?:believe|trust|go with))\b"
)
# A treatment a doctor offers, weighed against massage: "my doctor wants me to have an injection for my
# trigger points. is that better than massage?" (the doctor's to explain, not the clinic's).
_DOCTORS_TREATMENT_WEIGHED = re.compile(
    r"\A(?=.*\b(?:gp|doctor|dr|consultant|surgeon|specialist|rheumatologist|neurologist|physio\w*)\b(?:\W+\w+){0,6}?\W+"
    r"(?:wants?|suggest\w*|recommend\w*|offer\w*|mention\w*|prescrib\w*|referr?\w*|booked|advis\w*)\b)"
    r"(?=.*\b(?:injections?|steroids?|cortisone|surgery|operation|op|botox|shots?|tablets|pills|medication|meds|nerve block|"
    r"dry needling|needling|amitriptyline|gabapentin|pregabalin)\b)"
    r"(?=.*\b(?:better than|instead of|rather than|or (?:should i |just )?(?:try |have |stick with |do )?(?:massage|trigger point|you|your)|"
    r"is (?:it|that|this) (?:better|worse|safer|worth it)|which is better|do i (?:really )?need (?:it|the|that))\b)"
)
# The client's own chest or heart symptom, past or present, put down to a trigger point: "could my chest
# pain last month have been a trigger point?" (a doctor's question however long ago; the FAQ's
# general "can trigger points cause chest pain?" is asked about anyone).
_OWN_CHEST_AS_TRIGGER_POINT = re.compile(
    r"\b(?:my|the|that|this|his|her)\b (?:\w+ ){0,2}?(?:chest|heart|palpitations?)\b(?:\W+\w+){0,8}?\W+"
    r"(?:have been|has been|be|been|is|was|were|due to|caused by|from|down to)\b (?:just |only |actually |really |maybe |possibly )?"
    r"(?:a |an |from a |from |caused by (?:a )?)?(?:trigger ?points?|knots?|muscle|muscular|pecs?|tight muscles?)\b|"
    r"\b(?:is|could|might|would) (?:my|the|this|that|his|her) (?:chest (?:pain|pains|tightness|ache|pressure|heaviness|discomfort)|"
    r"palpitations?|heart (?:racing|flutter\w*|pain))\b (?:\w+ ){0,2}?(?:just |only |actually |really )?(?:be )?(?:a |an )?"
    r"(?:trigger ?points?|knots?|muscular|muscle)\b"
)
# Which of two it is, asked about the client's own symptom: "tingling in my thumb at night. carpal
# tunnel? or a forearm trigger point?", "is this a pulled muscle or a trigger point? sharp pain under my
# shoulder blade since gardening". Asked before whether to come: the question is which it is.
_WHICH_OF_TWO = re.compile(
    rf"\A(?=.*\b(?:my|i'?ve|i have|i'?m|i get|mine)\b)(?=.*\b(?:{CONDITIONS}|pulled (?:a |my )?(?:\w+ )?muscle|strain(?:ed)? (?:a |my )?(?:\w+ )?muscle)\b)"
    r"(?=.*\bor\W+(?:(?:is it|maybe|just|simply|only|more like|a|an|some|my)\W+){0,3}(?:\w+\W+)?(?:trigger ?points?|knots?|tight muscles?|muscle knots?|tps?)\b"
    rf"|.*\b(?:trigger ?points?|knots?|tight muscles?)\b\W+or\W+(?:(?:is it|maybe|a|an|some)\W+){{0,2}}(?:{CONDITIONS}|pulled (?:a )?(?:\w+ )?muscle)\b)"
)
# A choice between kinds of massage, not between a condition and a knot: "is deep tissue or trigger point
# ok or should I stick to gentle?"
_A_CHOICE_OF_MASSAGE = re.compile(
    r"\b(?:deep tissue|sports(?: massage)?|swedish|relaxation|relaxing|hot stone|gentle|regular massage|normal massage|"
    r"(?:a )?massage) (?:massage )?or (?:a |an )?(?:trigger ?point|tp)\b"
)
# Pain of an organ's place asked as a trigger point ("could my stomach pain be a trigger point in my abs?"),
# or a condition put down to trigger points ("could my trigger points be the reason I have irritable bowel?").
_ORGANS_OR_CONDITION_AS_TRIGGER_POINTS = re.compile(
    r"\A(?=.*\b(?:my|i|i'?ve|i have)\b)(?:"
    r"(?=.*\b(?:(?:stomach|tummy|belly|abdomen|abdominal|pelvic|bladder|kidneys?|testic\w*|bowels?)\b(?:\W+\w+){0,2}?\W+(?:pains?|aches?|cramps?|problems?|issues?|trouble)|"
    # Told the other way round, as non-native writers often do: "I have pain in the stomach since 2 week".
    r"(?:pains?|aches?|aching|cramps?|hurts?|hurting) (?:in|on|around) (?:my|the|his|her) (?:lower |upper )?(?:stomach|tummy|belly|abdomen|bladder|kidneys?|bowels?))\b)"
    r"(?=.*\b(?:trigger ?points?|knots?|abs|muscles?)\b)|"
    rf"(?=.*\b(?:{CONDITIONS})\b)(?=.*\b(?:trigger ?points?|knots?)\b(?:\W+\w+){{0,2}}?\W+(?:the reason|the cause|causing|behind|cause|why)\b))"
)
# Pain that comes with a breath, in the client's own words: "my shoulder hurts when I breathe in deeply".
_PAIN_ON_BREATHING = re.compile(
    r"\A(?=.*\b(?:my|i)\b).*\b(?:hurts?|hurting|pain\w*|sharp|stab\w*|catch\w*|sore)\b(?:\W+\w+){0,4}?\W+when (?:i |you )?"
    r"(?:breathe|take a (?:deep |big )?breath|breathing|inhale|cough|sneeze)"
)
_SICKNESS_WORDS = r"been sick|being sick|was sick|threw up|throw(?:ing)? up|vomit\w*|puk\w*|feel(?:ing)? sick|nause\w*"
# Pain in the side, belly or back that comes with being sick, in the client's own words: "a deep ache in my
# right flank for 3 days, it comes in waves and I've been sick once" (no muscle makes one sick).
_PAIN_WITH_SICKNESS = re.compile(
    r"\A(?=.*\b(?:my|i|i'?ve|i'?m|she|he|her|his)\b)"
    r"(?=.*\b(?:flank|side|tummy|stomach|abdomen|abdominal|belly|lower back|kidneys?|groin|loin)\b)"
    r"(?=.*\b(?:pain\w*|ache|aches|ached|aching|achy|cramp\w*|hurts?|hurting|agony|waves)\b)"
    rf"(?=.*\b(?:{_SICKNESS_WORDS})\b)"
    r"(?!.*\b(?:food poisoning|stomach bug|sickness bug|tummy bug|norovirus|noro|hangover|hungover|pregnan\w*|morning sickness|"
    r"seasick|car ?sick|travel sick)\b)"
)
_SICKNESS = re.compile(rf"\b(?:{_SICKNESS_WORDS})\b")

# Symptoms that aren't a muscle's, said as the client's own: palpitations, dizzy spells (not "no
# headache, no dizziness, just a crick in my neck from sleeping funny").
_NOT_MUSCLE_RX = re.compile(rf"\b{_NOT_MUSCLE}")
_NOT_A_MUSCLE_OF_MINE = re.compile(
    rf"\b(?:i|i'?ve|i'?m|my|i get|i keep)\b(?:\W+\w+){{0,8}}?\W+{_NOT_MUSCLE}|{_NOT_MUSCLE}\b(?:\W+\w+){{0,8}}?\W+(?:i|i'?ve|i'?m|my)\b"
)

# Which professional to ask, about a health matter: "who should she check with, her GP or the heart doctor?",
# "ok if it's still there tomorrow who should I talk to" (not "who do I talk to about moving my booking").
_WHO_TO_ASK = (
    r"\A(?=.*\bwho (?:should|do|would|can|could|shall|must) (?:i|we|she|he|they|my \w+) (?:\w+ )?"
    r"(?:talk|speak|go|check|ask|see|contact|call|ring|get in touch)\w*\b)"
    r"(?=.*\b(?:gp|doctor|dr|specialist|consultant|cardiologist|heart doctor|midwife|nurse|physio\w*|pharmacist|"
    r"if (?:it'?s|it is|it'?s still|its) (?:still|not|no)|if it (?:doesn'?t|does not|gets|carries|keeps|stays|lasts)|still there|persists?|not better)\b)"
)
RULES: list[tuple[MedicalRequest, re.Pattern[str]]] = [
    (MedicalRequest("which_professional"), re.compile(_WHO_TO_ASK)),
    (
        MedicalRequest("medication"),
        re.compile(
            # (not "what about if i'm on blood thinners, still ok?": whether to come, on the medicine)
            rf"\b(?:what(?! about)|which|how much|how many|best)\b(?:\W+\w+){{0,5}}?\W+(?!cream|gel){_MEDICINE}\b(?:\W+\w+){{0,5}}?\W+(?:take|use|have|should|for|safe|ok|okay)\b|"
            # "what can I take for the soreness?": asking for a medicine without naming one.
            r"\bwhat (?:can|should|could|do) i take (?:for|to help|to ease|against|when)\b|\bwhat (?:can|should|could) i take\W*\Z|"
            # "can I take anything for the back pain while I'm pregnant?", "should I be taking something for it?"
            r"\b(?:can|could|should|may) i (?:be )?tak(?:e|ing|in) (?:anything|something)\b|"
            # A dose asked after the medicine is named: "I take paracetamol it is ok? How many?"
            rf"\b{_MEDICINE}\b(?:\W+\w+){{0,8}}?\W+(?:(?:how many|how much)(?: (?:can|should|could|do|shall|may) i (?:take|have)| (?:tablets|pills|capsules|mg)|\s*\?|\s*$)|"
            r"what dose|how often (?:can|should|do) i take)|"
            # "which cream must I buy in the pharmacy for my back?": the pharmacist's question.
            r"\A(?=.*\b(?:pharmacy|chemist|pharmacist|over the counter|otc)\b).*\b(?:which|what)\b(?:\W+\w+){0,2}?\W+(?:cream|gel|rub|ointment|spray|patch\w*)\b|"
            # Alcohol with a medicine: "a glass of wine with my muscle relaxant tonight?"
            rf"\b(?:wine|beer|alcohol|booze|pints?|drinks?|drinking|vodka|gin|prosecco)\b(?:\W+\w+){{0,5}}?\W+(?:with|on|and|while on)\b(?:\W+\w+){{0,2}}?\W+{_MEDICINE}\b|"
            rf"\b{_MEDICINE}\b(?:\W+\w+){{0,5}}?\W+(?:with|and)\b(?:\W+\w+){{0,2}}?\W+(?:wine|beer|alcohol|booze|pints?|a drink|drinks|vodka|gin|prosecco)\b|"
            # Asking for one: "can you recommend an antidepressant that helps with pain"
            rf"\b(?:recommend|suggest|advise)\b(?:\W+\w+){{0,3}}?\W+{_MEDICINE}\b|"
            # Non-native word order: "what medicine i can take"
            r"\bwhat (?:medicine|medication|meds|pills?|tablets?|painkillers?) (?:i|can i|should i|do i) (?:can |should |could )?take\b|"
            # Going up or down a dose: "should I go up to 20 if it isn't working?"
            r"\b(?:should|can|could|shall) i (?:go|come|move) (?:up|down) (?:to|on|a dose)\b|\b(?:should|can|could) i (?:take|have) (?:more|less|extra|double|two)\b|"
            rf"\b(?:can|should|shall|could|is it ok to|is it safe to|do i) (?:i )?(?:take|stop|start|increase|double|reduce|come off|skip)\b(?:\W+\w+){{0,4}}?\W+{_MEDICINE}|"
            rf"\b(?:should|can|could) i (?:stop|come off|skip|quit|cut down|reduce) (?:taking )?my\b"
            r"(?! (?:\w+ )?(?:run|runs|gym|workout|training|class|classes|session|appointment|massage|walk|swim|match|game|lesson|yoga|pilates|shift|spin|football|tennis|plans?)\b)|"
            rf"\b{_MEDICINE}\b.*\b(?:should|can|could) i (?:stop|come off|skip|quit|cut down|reduce) (?:taking )?(?:it|them|this|that)\b|"
            rf"\b(?:mix|mixing|combine|combining|take|taking|use|using) (?:my |the |some )?{_MEDICINE}\b(?:\W+\w+){{0,3}}?\W+(?:with|and|alongside)\b(?:\W+\w+){{0,3}}?\W+{_MEDICINE}|"
            rf"\b(?:replace|instead of|come off|get off|stop taking|cut down)\b(?:\W+\w+){{0,3}}?\W+{_MEDICINE}|"
            # "ok to use my mum's prescription diclofenac gel?": someone else's medicine.
            r"\b(?:my|his|her|a) (?:mum|mom|mam|dad|wife|husband|partner|friend|sister|brother|nan|gran|flatmate)'?s (?:\w+ )?(?:prescription|prescribed|tablets|pills|meds|medication|painkillers|gel|cream)\b|"
            # "is it ok with my heart meds?": whether something goes with one's medicines.
            r"\b(?:ok|okay|safe|fine|alright|all right|compatible)\b(?:\W+\w+){0,3}?\W+(?:with|alongside|while on|on top of) (?:my|his|her|the) (?:\w+ ){0,2}?"
            r"(?:meds|medication|medications|medicines?|tablets|pills|prescription|heart pills|blood thinners)\b|"
            # "could my antidepressant be the reason I'm so sore?"
            rf"\b(?:could|can|might|would|is) (?:my|the|these|this) (?:\w+ )?{_MEDICINE} (?:be )?(?:the reason|why|causing|behind|making|to blame)\b|"
            rf"\bdo i need (?:an? |some |any )?{_MEDICINE}\b|"
            # "my sugar goes low after massage, I must change insulin?"
            rf"\b(?:change|adjust|lower|increase|reduce|raise|up) (?:my |the |his |her )?{_MEDICINE}\b|"
            rf"\bprescri(?:be|ption) (?:me|something)|\bdos(?:e|age) of\b|"
            rf"\b(?:up|increase|raise|lower|reduce|change|double|halve) (?:my |the |his |her )?(?:\w+ )?(?:dose|dosage|meds|medication)\b|"
            # "what dose do you recommend?", "how much magnesium should I take?"
            rf"\bwhat (?:dose|dosage|strength)\b|\bhow (?:much|many)\b{_NOT_A_MEDICINE}(?:\W+\w+){{0,3}}?\W+(?:should|do|can|would) (?:i|you) (?:take|have|use|recommend)\b"
            # (not "how much is it and do you take insurance?": a way of paying)
            r"(?! (?:insurance|cards?|card payments?|cash|cheques?|checks?|amex|visa|mastercard|paypal|apple pay|google pay|contactless|vouchers?|bookings?|walk-?ins?|health ?care|bupa|axa|vitality)\b)|"
            # A medicine named by name with a question about taking it, mixing it or a massage on it:
            # "a glass of wine with my pregabalin after the massage?", "is turmeric good to take?"
            rf"\A(?=.*\b{_NAMED_DRUG}\b)(?=.*(?:\?|\b(?:ok|okay|safe|fine|allowed|should|can i|good|changes? anything|affect)\b))(?=.*\b(?:take|taking|with|after|before|alongside|stop|drink\w*|alcohol|wine|beer|massage|session|treatment|good for|help|interact\w*|trigger point|therapy|changes? anything|affect)\b)(?!.*{_BACKGROUND_MEDICINE})|"
            # Asked, not said: "should I try turmeric for my knees?" (not "I take sertraline for anxiety, do I list it?").
            rf"\b(?:should|shoud|shud|shld|can|could|would|shall|do you recommend|is it worth|any point|thinking of|thinking about)\b(?:\W+\w+){{0,2}}?\W+(?:take|taking|takin|try|trying|use|using)\b(?:\W+\w+){{0,2}}?\W+{_NAMED_DRUG}\b(?:\W+\w+){{0,4}}?\W+(?:for|to help|against)\b|"
            # Taking a medicine around the session: "doctor give me muscle relaxant tablet. I can take it and
            # also do massage same day?", "ok to take my painkillers before the massage?" (the pharmacist's question).
            rf"\A(?=.*\b{_MEDICINE}\b)(?=.*(?:\?|\b(?:ok|okay|safe|fine|alright|allowed)\b))(?=.*\b(?:take|taking|took|taken|have|having)\b"
            r"(?:\W+\w+){0,6}?\W+(?:and|also|then|before|after|with|on the same day|same day|the same day|on the day of)\b(?:\W+\w+){0,4}?\W+"
            r"(?:massage|session|treatment|appointment|trigger point|therapy)\w*)|"
            # "wat painkillers r best?", "baclofen or methocarbamol?": choosing a medicine.
            rf"\b(?:what|wat|wot|which)\b(?:\W+\w+){{0,2}}?\W+{_CHOSEN_MEDICINE}\b(?:\W+\w+){{0,2}}?\W+(?:best|better|work|good|strongest)\b|"
            # "Muscle relaxants - which ones actually work for trigger points?"
            rf"\b{_CHOSEN_MEDICINE}\b(?:\W+\w+){{0,2}}?\W+(?:which|what|wat) (?:ones?|kinds?|types?|brands?)\b(?:\W+\w+){{0,2}}?\W+(?:best|better|works?|good|strongest|help)\b|"
            # A rub against a medicine ("deep heat or voltarol?") is a medicine question; two rubs are the FAQ's.
            rf"\A(?=.*\b{_CHOSEN_MEDICINE}\b).*\b(?:{_CHOSEN_MEDICINE}|{_RUB})\b(?:\W+\w+){{0,1}}?\W+or\W+(?:\w+\W+)?"
            rf"(?:{_CHOSEN_MEDICINE}|{_RUB})\b(?=.*(?:\?|\bbetter\b|\bbest\b))"
        ),
    ),
    (
        MedicalRequest("diagnosis"),
        re.compile(
            r"\b(?:what'?s|what is|whats|wat'?s|wot'?s) (?:causing|wrong (?:with|w|wiv)|behind)\b|"
            # "is it a knot or something bad?", "a hard lump under the skin for two months"
            r"\bknot or (?:something|smth|sth|somethin) (?:bad|serious|worse|else|sinister|more)|"
            r"\bis (?:it|this|that) (?:a |an |just a )?(?:trigger point|knot|muscle knot|tight muscle|muscle)s? or (?!(?:a |an )?(?:\w+ ){0,2}(?:massage|session|treatment|appointment))(?:a |an )?\w+|\bsomething (?:bad|serious|sinister) or (?:just )?a knot|"
            r"\b(?:lump|hard ball|ball|bump|growth|mass|cyst|nodule)\b(?:\W+\w+){0,4}?\W+under (?:the|my) skin\b|"
            r"\bwhat (?:could|might|do you think) (?:it|this|that) (?:is|be|causes?)\b|"
            rf"{_FRESH_INJURY}|"
            # "could my headaches be caused by high blood pressure?"
            r"\b(?:could|can|might|would) (?:my|these|this|the|his|her) \w+(?: \w+)? be (?:caused by|due to|from|because of|a sign of|linked to)\b|"
            # "My MRI report says 'mild degenerative changes'. What does that mean?"
            r"\b(?:mri|scan|x-?ray|ultrasound|blood tests?|report|results?)\b(?:\W+\w+){0,20}?\W+what (?:does|do) (?:that|this|it|they) mean\b|"
            r"\bdiagnos(?:e|is|ing)\b(?:\W+\w+){0,3}?\W+(?:me|my|this|it)\b|\b(?:can|could) you diagnos|"
            # "do you think that's what I've got?", "can you tell me if that's what this is?"
            r"\b(?:is|could|might|would) (?:that|this|it) (?:be )?what (?:i'?ve|i have|i'?ve got|i got|is wrong|(?:s?he|they)(?:'s| has| have)(?: got)?)\b|"
            r"\b(?:think|reckon|guess|suppose|tell|know|say|check|confirm)\b(?:\W+\w+){0,2}?\W+(?:(?:if|whether) )?(?:that'?s|that is|this is|it'?s|it is) "
            r"what (?:i'?ve|i have|i'?ve got|i got|this is|it is|is wrong|(?:s?he|they)(?:'s| has| have)(?: got)?)\b|"
            # "which one have I got then?" after two kinds were explained: the client's own kind is a diagnosis.
            r"\b(?:which|what) (?:one|ones|kind|type|sort)s? (?:of \w+(?: \w+)? )?(?:have i got|do i have(?! to\b)|i'?ve got|is mine|are mine)\b|"
            # "can you tell me if it's coming from trigger points?"
            r"\b(?:tell|know|say|check|confirm) (?:me )?(?:if|whether) (?:it'?s|it is|they'?re|this is|that'?s) (?:coming from|caused by|due to|because of|from)\b|"
            # Pain down a leg with pins and needles: "which muscle is it if the pain goes from my bum all the way down to my ankle?"
            r"\A(?=.*\b(?:pins and needles|tingl\w*|numb\w*)\b).*\b(?:all the way )?down (?:to|into) (?:my|the) (?:ankle|foot|feet|toes?|heel)\b|"
            # A mole that changes: "a mole on my back that's changed shape and gone darker".
            r"\bmoles?\b(?:\W+\w+){0,6}?\W+(?<!n't )(?<!not )(?:changed|changing|grown|growing|got bigger|getting bigger|gone darker|darker|"
            r"bleed\w*|itch\w*|crust\w*|irregular)\b|"
            rf"{_TEST_RESULT}|"
            # "can you check if anything's broken?"
            r"\b(?:check|see|tell|know|find out) (?:if|whether) (?:anything|something|it|its|my \w+)(?:'s| is| are)? (?:broken|fractured|torn|damaged|cracked|serious)\b|"
            rf"\b(?:do|could|might) (?:you think )?i (?:might |could |may )?(?:have|have got|be having)\b(?:\W+\w+){{0,3}}?\W+(?:{CONDITIONS}|a (?:tear|fracture|hernia|clot|slipped disc))|"
            # "my shoulder hurts when I lift it, is that what a frozen shoulder is?"
            rf"\A{_OWN_SYMPTOM}.*\bis (?:that|this|it) what (?:a |an )?(?:{CONDITIONS}|a (?:tear|fracture|hernia|clot|slipped disc)) (?:is|feels like)\b|"
            rf"\bis (?:it|this|that|my \w+) (?:a |an )?(?:{CONDITIONS}|fracture|broken|torn|pulled)\b(?! (?:a )?contraindication)|"
            # Asked indirectly: "can you tell me if this is a herniated disc?"
            rf"\b(?:if|whether) (?:it|this|that|my \w+)(?:'s| is) (?:a |an )?(?:{CONDITIONS}|fracture|broken|torn|pulled)\b(?! (?:a )?contraindication)|"
            rf"\bwhy (?:does|do|is|are|am) (?:my|i)\b(?:\W+\w+){{0,5}}?\W+{_SYMPTOM}|"
            # "my GP thinks it's fibromyalgia but I reckon it's trigger points, which is it?"
            rf"\b(?:{CONDITIONS})\b.*\b(?:which (?:one )?is it|which is (?:it|right)|who'?s right|is it that or|tell (?:which|what it is|the difference))\b|"
            # Two opinions on the client's own problem: "the therapist said trigger point, my GP thinks piriformis. who's right?"
            # Not opinions on whether trigger points exist: "my friend's a physio and says trigger points aren't even real".
            r"\A(?!.*\b(?:trigger points?|knots?|they|massage|it|tpt) (?:aren'?t|are not|isn'?t|is not|don'?t|do not|doesn'?t|does not) "
            r"(?:even |really |actually )?(?:real|exist|a (?:real )?thing|work)\b)"
            r"(?=.*\b(?:gp|doctor|dr|physio\w*|consultant|specialist|chiro\w*|osteo\w*|therapist|surgeon)\b(?:\W+\w+){0,2}?\W+"
            r"(?:says?|said|thinks?|thought|reckons?|told me|diagnosed|calls? it))(?=.*\b(?:who'?s right|who is right|which (?:one )?is (?:it|right|correct)|"
            r"who (?:do|should) i (?:believe|trust|listen to)|which (?:one )?(?:do|should) i (?:believe|trust|go with)))|"
            # Pain tied to eating or breathing is not a muscle question (gallbladder, heart, lungs).
            rf"\b{_SYMPTOM}\b(?:\W+\w+){{0,8}}?\W+(?:worse |comes on |starts )?(?:after|when i) (?:fatty |big |heavy )?(?:meals?|eating|food|i eat)\b"
        ),
    ),
    (
        MedicalRequest("treatment"),
        re.compile(
            # "a diagnosed bulging disc at L5: can the therapist work directly on it?"
            rf"\b(?:{_NAMED_CONDITIONS_RX}|disc)\b.*\b(?:(?:work|press|push) (?:directly |right |straight )?on|massage|treat|fix|release|help(?: with)?|sort|cure|heal|get rid of|clear) (?:it|that|this|them|the disc)\b|"
            # A joint out of place, to be put back: "my kneecap has slid to the side, can you pop it back?"
            r"\A(?=.*\b(?:kneecap|knee|patella|shoulder|finger|thumb|elbow|jaw|hip|joint|rib|toe|wrist|ankle)s?\b)"
            r".*\b(?:pop|put|push|click|snap|slide|shove|knock) (?:it|my \w+(?: ?cap)?|the \w+(?: ?cap)?|them) back"
            r"(?: in| into place| into position| where it (?:was|belongs|should be)| straight)?(?! (?:in|into|on) (?:the|my|your|a)\b| to\b| a\b| by\b| an?\b| till\b| until\b)\b(?=[^.?!]*(?:\?|$))|"
            r"\b(?:kneecap|knee ?cap|patella|shoulder|finger|thumb|elbow|jaw|hip)\b(?:\W+\w+){0,5}?\W+(?:moved|slid|shifted|gone|sitting|popped|twisted) "
            r"(?:\w+ )?(?:to the side|sideways|out of place|out of line|off to one side|the wrong way)\b|"
            # "my GP says it's a bulging disc. can trigger point therapy push it back in?"
            rf"\b(?:{_NAMED_CONDITIONS_RX}|disc)\b.*\b(?:push|put|pop|click|slide|move|ease|manipulate|get) (?:it|them|that|this|the disc) "
            r"(?:back )?(?:in|into place|back|into position)\b|"
            rf"\b(?:{_NAMED_CONDITIONS_RX}|disc)\b.*\b(?:cure|heal|shrink|realign|reverse|repair|get rid of|dissolve) (?:it|them|that|this)\b|"
            r"\b(?:work|press|push|massage) (?:directly |right |straight )?on (?:the|my) (?:disc|discs|hernia|tear|fracture|tumou?r|lump)\b|"
            # "Doctor say I have spondylolisthesis … massage make it worse or better?", "how long will it take to heal?"
            rf"\b(?:{_NAMED_CONDITIONS_RX}|disc)\b.*\b(?:make|makes|making) (?:it|this|that|them) (?:any )?(?:worse|better)\b|"
            rf"\b(?:{_NAMED_CONDITIONS_RX}|disc)\b.*\bhow long (?:will|does|would|should) (?:it|this|that|my \w+) (?:take to )?(?:heal|get better|recover|go away|clear up)\b|"
            # A claim to put the body right: "what massage techniques will straighten my spine?"
            r"\b(?:straighten|realign|re-align|correct|fix)\b(?:\W+\w+){0,2}?\W+(?:my |the |his |her )?(?:spine|curve|curvature|pelvis|hips?)\b|"
            rf"\b(?:fix|fixes|cure|cures|heal|heals|treat|treats|get rid of|sort out|sorts out|reverse|repair|help|helps|work for|good for)\b"
            rf"(?:\W+\w+){{0,4}}?\W+my\b(?:\W+\w+){{0,3}}?\W+(?:{CONDITIONS})\b|"
            # The condition first, then whether massage mends it: "i have really bad period cramps every
            # month, can trigger point massage on my tummy fix that"
            rf"\b(?:i have|i'?ve got|i get|i suffer from|i'?m suffering from|my|(?:gp|doctor|dr|physio\w*|consultant|specialist|surgeon) "
            rf"(?:says?|said|thinks?|thought|reckons?|told me|diagnosed))\b(?:\W+\w+){{0,4}}?\W+(?:{CONDITIONS})\b"
            r"(?:\W+\w+){0,16}?\W+(?:fix|fixes|cure|cures|heal|heals|treat|treats|get rid of|sort out|help with|helps with|work for|good for)\W+"
            r"(?:it|that|this|them|those)\b|"
            rf"\b(?:should i|do i need (?:to|a)|which) (?:see|get|have|go to|go for|accept|take) (?:a |an |the |that |this )?(?:steroid |cortisone )?(?:scan|x-?ray|mri|surgery|operation|injection|jab|shot|specialist)|"
            # "what exercises should I do for my herniated disc"
            rf"\b(?:what|which|any|best) (?:exercises|stretches|exercise|stretch|treatment|treatments|rehab)\b(?:\W+\w+){{0,5}}?\W+(?:for|with) (?:my|a|his|her) (?:\w+ )?(?:{_NAMED_CONDITIONS_RX})\b|"
            rf"\b(?:need|needs|get|have|book|go for|ask for|referred for)\b (?:an? |to get an? |to have an? )?(?:scan|x-?ray|mri|ultrasound|steroid injection|cortisone)\b|"
            # "my jaw clicks and locks … should I get botox or trigger point therapy?": choosing a treatment for one's own symptom.
            rf"\A{_OWN_SYMPTOM}.*\b(?:should|do|would|could) (?:i|you) (?:get|have|try|do|go for|recommend)\b(?:\W+\w+){{0,2}}?\W+{_TREATMENTS}\b(?:\W+\w+){{0,3}}?\W+or\b|"
            # "My GP says I have a bulging disc. which exercises should i do and ice or heat on it?"
            rf"\A(?=.*\b(?:{_NAMED_CONDITIONS_RX}|disc)\b)(?=.*\b(?:what|which|any|best) (?:exercises?|stretch(?:es)?|rehab)\b(?:\W+\w+){{0,3}}?\W+(?:should|can|could|do) i\b)|"
            # "should I go for the cortisone injection the doctor offered or just keep having massage?"
            rf"\bshould i (?:go for|get|have|try|do|choose|take|accept)\b(?:\W+\w+){{0,4}}?\W+{_TREATMENTS}\b(?:\W+\w+){{0,6}}?\W+or\W+(?:\w+\W+){{0,4}}?{_TREATMENTS}\b|"
            # "a bulging disc at L5: massage or physio first?": choosing a treatment for a condition.
            rf"\b(?:{_NAMED_CONDITIONS_RX}|disc)\b.*\b{_TREATMENTS}\b(?:\W+\w+){{0,2}}?\W+or\W+(?:\w+\W+){{0,3}}?{_TREATMENTS}\b"
        ),
    ),
    (MedicalRequest("treatment"), _INSTEAD_OF_CARE),
    (MedicalRequest("treatment"), _CHOOSING_CARE),
    (MedicalRequest("diagnosis"), _CHILDS_SYMPTOM),
    # A baby brought for massage ("my 4 month old always turns his head to one side, can one of your
    # therapists massage it?"): the GP or health visitor, not trigger point work.
    (
        MedicalRequest("diagnosis"),
        re.compile(
            r"\A(?=.*\b(?:(?:my|our) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) ?(?:-? ?(?:month|week)s?[- ]old|mo)|"
            r"(?:my|our) (?:baby|newborn|infant)(?! (?:bump|shower)))\b)"
            r"(?=.*\b(?:massage|treat|work on|look at|see|help)\w* (?:him|her|it|them|my baby|the baby|baby|my son|my daughter)\b|"
            r".*\b(?:his|her|baby'?s|the baby'?s) (?:neck|head|back|legs?|hips?|tummy|arms?|feet|foot|shoulders?)\b)"
        ),
    ),
    (MedicalRequest("diagnosis"), _WORRIED_ABOUT),
    (MedicalRequest("diagnosis"), _WHICH_OF_TWO),
    (MedicalRequest("diagnosis"), _TWO_OPINIONS),
    (MedicalRequest("diagnosis"), _SECOND_A_DIAGNOSIS),
    (MedicalRequest("diagnosis"), _OWN_CHEST_AS_TRIGGER_POINT),
    (MedicalRequest("diagnosis"), _DOCTORS_TREATMENT_WEIGHED),
    (MedicalRequest("diagnosis"), _ORGANS_OR_CONDITION_AS_TRIGGER_POINTS),
    (MedicalRequest("symptoms"), _NOT_A_MUSCLE_OF_MINE),
    (MedicalRequest("symptoms"), _PAIN_ON_BREATHING),
    (MedicalRequest("symptoms"), _PAIN_WITH_SICKNESS),
    (MedicalRequest("symptoms"), _HEART_RATE),
    (MedicalRequest("symptoms"), _BAD_HEADACHES_THAT_KEEP_COMING),
    (MedicalRequest("symptoms"), _BODY_SIGNS),
    (MedicalRequest("worsening_soreness"), _AFTER_EFFECT_THAT_STAYS),
    # A condition the client thinks they have, and what to do about it: "I think I've trapped a nerve in
    # my neck, what should I do about it?" (what to do is the doctor's or physio's advice).
    (
        MedicalRequest("treatment"),
        re.compile(
            rf"\A(?=.*\b(?:i think|pretty sure|i reckon|probably|maybe|i'?ve (?:got|done)|i have|i'?ve)\b(?:\W+\w+){{0,4}}?\W+"
            rf"(?:{CONDITIONS}|trapped (?:a )?nerve|pulled (?:a |my )?\w*\s?muscle|torn (?:a |my )?\w+|strained|sprained|slipped (?:a )?disc)\b)"
            r"(?=.*\bwhat (?:should|do|can|would you recommend|would you suggest) i (?:do|take|try)\b)"
        ),
    ),
    (
        # A high blood pressure reading (160/100 or more) needs a doctor before firm pressure,
        # even asked as "can I still come?".
        MedicalRequest("blood_pressure"),
        re.compile(
            r"\b(?:1[6-9]\d|2\d\d) ?(?:/|over) ?(?:\d{2,3})\b(?=.*\b(?:bp|blood pressure|pressure|reading)\b)|"
            # Said as a reading in a follow-up about blood pressure: "mine's 160 over 100".
            r"\b(?:1[6-9]\d|2\d\d) over (?:9\d|1[0-4]\d)\b|"
            # A reading written as one, wherever it was taken: "pharmacy machine said 172/104 yesterday".
            r"\b(?:1[6-9]\d|2\d\d) ?/ ?(?:9\d|1[0-4]\d)\b|"
            r"\b(?:bp|blood pressure)\b.*\b(?:1[6-9]\d|2\d\d) ?(?:/|over) ?\d{2,3}\b"
        ),
    ),
    (
        MedicalRequest("symptoms"),
        re.compile(
            rf"(?:\b(?:i'?ve|i have|i'?ve had|i had|i'?ve been having|i am having|i'?m having|my \w+(?: \w+)? (?:has|have) been|i keep (?:getting|having)|i get)|"
            rf"^(?:\w+ ){{0,2}}?(?:has|have) been)\b"
            rf"(?:\W+\w+){{0,6}}?\W+{_SYMPTOM}\b(?:\W+\w+){{0,8}}?\W+{_PERSIST}|"
            rf"\b(?:numb|numbness|tingl\w*|pins and needles)\b(?:\W+\w+){{0,8}}?\W+{_PERSIST}|"
            # Not improving after a week or more: "twisted my back lifting a sofa 3 weeks ago and it's not improving
            # at all, rest hasn't helped", "it started last week … it's not getting any better".
            r"\A(?=.*\b(?:not (?:getting (?:any )?better|improving|easing|settling|going away)|no better|(?<!not )getting worse|"
            r"(?:rest|nothing|painkillers) (?:hasn'?t|has not|haven'?t|isn'?t) (?:helped|worked|improved))\b)"
            r"(?=.*\b(?:(?:\d+|two|three|four|five|six|a few|a couple of|several) (?:weeks?|months?) (?:ago|now)|(?:since|started|began) last (?:week|month)|"
            r"for (?:about |over |nearly |almost )?(?:a|one|two|three|\d+|a few|several) (?:weeks?|months?))\b)"
            r"(?=.*\b(?:i|i'?ve|my|it)\b)|"
            # "lower back pain for 2 months now, tried everything, nothing helps. what do i do?"
            rf"\A(?=.*\b{_SYMPTOM}\b(?:\W+\w+){{0,3}}?\W+for (?:about |over |nearly |almost |like )?(?:\d+|a few|two|three|four|several|many) (?:weeks|months|years)\b)"
            r"(?=.*\bwhat (?:do|should|can|else can) i (?:do|try)\b)|"
            rf"\b{_EXERTIONAL}|"
            # A symptom unlike the client's usual ones: "a headache every day for 6 weeks, different from my usual ones".
            rf"\A(?=.*\b(?:{_SYMPTOM}|headaches?|migraines?)\b)(?=.*\b(?:i|i'?ve|i'?m|my)\b).*{_UNLIKE_USUAL}|"
            # Twitching that goes on: "muscles have been twitching all over my body for a month".
            r"\btwitch\w*\b(?:\W+\w+){0,8}?\W+(?:all over|for (?:a|about a|over a|weeks|months|\d+)|every day|constantly|non-?stop|won'?t stop)\b|"
            # Bleeding that keeps happening: "I've been getting nosebleeds lately", "my gums keep bleeding".
            r"\b(?:getting|been having|keep (?:having|getting)|lots of|loads of|frequent|regular|more) (?:\w+ )?(?:nose ?bleeds?|bleeding gums)\b|"
            r"\b(?:nose ?bleeds?|gums? (?:keep |are |have been )?bleed\w*)\b(?:\W+\w+){0,4}?\W+(?:lately|recently|a lot|all the time|every day|most days)\b"
        ),
    ),
    (
        # After any more specific request: "tender spots, headaches most days… do I have myofascial
        # pain syndrome?", "my muscles ache since the statins, is that trigger points?", "…can't lift
        # it past my chest. what is it?"
        MedicalRequest("diagnosis"),
        re.compile(
            rf"\A{_OWN_SYMPTOM}.*\b(?:do i have|have i got|is (?:it|this|that)|could (?:it|this|that) be|"
            rf"do you think (?:it'?s|it is|this is|that'?s|i have)|are (?:these|they)|is it just)\b"
            # (not how the therapy works: "he says it should hurt. is that really how trigger point therapy works?")
            rf"(?!(?:\W+(?:really|actually|true|right))*\W+(?:how|what|why)\b)(?:\W+\w+){{0,4}}?\W+"
            rf"(?:trigger points?|knots?|myofascial|mps|trigger point (?:thing|related|pain))\b|"
            rf"\A{_OWN_SYMPTOM}.*\b(?:what|wat|wot)(?:'s| is) (?:it|this|that)\W*$|"
            # "pins and needles in both feet and I'm diabetic, what does that mean?", "… been a week. What's going on?"
            rf"\A{_OWN_SYMPTOM}.*\b(?:what (?:does|do|could|might) (?:that|this|it) mean|what'?s going on|what is going on|what could (?:it|this|that) be)\W*$|"
            # "lately I bruise really easily all over, not on any meds. why would that be?"
            rf"\A{_OWN_SYMPTOM}.*\b(?:why (?:would|is|does|do|might|could|am i|do i) (?:that|this|it|i)? ?(?:be|happen\w*|getting|get|keep)\b|"
            r"what (?:would|could|might|is) (?:cause|causing|be causing) (?:that|this|it)\b)|"
            rf"\A{_OWN_SYMPTOM}.*\b(?:could|can|would|might) (?:a |an |the |my )?(?:trigger points?|knots?|tight muscles?) "
            r"(?:cause|be causing|explain|be behind|do) (?:that|this|it|them)\b"
        ),
    ),
    (
        # "my knee is swelling and hot, is it a knot or the joint?", "a hard lump there for months".
        MedicalRequest("diagnosis"),
        re.compile(
            r"\A(?=.*\b(?:is (?:it|this|that)|could (?:it|this|that) be|what(?:'s| is) (?:it|this|that|wrong)|"
            r"something (?:worse|else|in (?:the|my) joint|serious)|or (?:something|the joint|a joint)|how do i know|"
            # "my knee swells up after every run … can trigger point fix it?"
            r"(?:can|will|would|could) (?:trigger point\w*|massage|tpt|tp|it|you|the therapist|a session) (?:\w+ )?(?:fix|cure|sort|heal|help|get rid of))\b)"
            rf".*?\b(?:my|i|i'?ve|i'?m)\b(?:\W+\w+){{0,8}}?\W+(?:{_NOT_A_KNOT})"
        ),
    ),
    # A body sign for the doctor: a lump under the skin however it is pictured ("like a pea under the skin
    # that moves about"), weight lost without trying, pain that has not settled after the doctor's word
    # and "what now?".
    (
        MedicalRequest("symptoms"),
        re.compile(
            r"\b(?:pea|marble|lump|ball|bump|nodule|grape|bean)s?\b(?:\W+\w+){0,2}?\W+under (?:the|my|his|her) skin\b|"
            # Headaches new to the client, or dizziness that has lasted: "a headache every day for 3 weeks,
            # never used to get them", "a dull headache and a bit dizzy since the massage, 2 days now".
            r"\b(?:headaches?|migraines?)\b(?=.*\b(?:never (?:used to (?:get|have)|had) (?:them|these|headaches|migraines|one|any)|"
            r"didn'?t use to (?:get|have)|new (?:for|to) me)\b)|"
            r"\b(?:never been|not|i'?m not|never was) (?:a )?(?:headache|migraine) (?:person|sufferer)\b(?=.*\b(?:had|get|getting|having|got) "
            r"(?:them|one|these|headaches|migraines)\b)|"
            r"\b(?:dizz\w*|light-?headed|vertigo|(?:room|head) (?:is |keeps )?spinning|woozy)\b(?=.*\b(?:\d+|two|three|four|five|a few|couple of) days\b|"
            r".*\bsince (?:the|my|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last)\b)|"
            # Falls that keep happening, and pain since a fall or crash days ago: "he keeps falling over lately",
            # "my shoulder has been bad since I fell off a ladder on Saturday".
            r"\b(?:keeps?|kept) (?:on )?(?:falling|fall(?:ing)? over|tripping over|having falls)\b|\b(?:lots of|a lot of|several|a few|more) falls\b|"
            r"\b(?:hurt\w*|bad|sore|painful|swollen|bruised|aching|achy|stiff|agony)\b(?:\W+\w+){0,3}?\W+(?:ever )?since (?:i|he|she|they|we) "
            r"(?:fell|had a fall|came off|crashed|was hit|got hit|slipped|tripped)\b|"
            r"\b(?:hurt\w*|bad|sore|painful|swollen|bruised|aching|achy|stiff)\b(?:\W+\w+){0,3}?\W+(?:ever )?since (?:the|my|his|her) (?:fall|accident|crash|tumble)\b|"
            r"\b(?:lost|losing|dropped|dropping) (?:a lot of |loads of |lots of |so much |some |a bit of |a fair bit of )?weight "
            r"(?:without (?:trying|dieting|meaning to|doing anything)|for no reason)|\bunexplained weight loss\b|"
            # "lost about 8kg without trying", "dropped nearly two stone and I'm not dieting"
            r"\b(?:lost|losing|dropped|dropping) (?:about |around |almost |nearly |over |like )?(?:\d+(?:\.\d+)? ?|a |half a |one |two |three |four |five |six |"
            r"seven |eight |nine |ten )(?:kg|kgs|kilos?|lbs?|pounds|stone)\b(?:\W+\w+){0,8}?\W+(?:without (?:trying|dieting|meaning to|doing anything)|"
            r"for no reason|not (?:even )?(?:trying|dieting)|no idea (?:why|how))|\bweight (?:is )?(?:just )?falling off\b|"
            r"\b(?:not getting (?:any )?better|no better|isn'?t (?:getting )?(?:any )?better|not improving|still (?:not better|bad|hurting|sore))\b"
            r"(?:\W+\w+){0,8}?\W+(?:what (?:should|do|can) i do|what now|what next|where do i go from here)\b"
        ),
    ),
    # What is wrong, asked outright or as one organ against a muscle: "what's actually wrong with my
    # shoulder?", "is my back pain a muscle or a kidney thing?", "…sore when I press it. muscle?"
    (
        MedicalRequest("diagnosis"),
        re.compile(
            # (not "what's going on with my booking?")
            r"\bwhat'?s (?:actually |really |exactly )?(?:wrong|going on) with (?:my|me|his|her)\b"
            r"(?! (?:booking|appointment|appt|order|payment|account|voucher|refund|invoice|reservation|email|message|card)s?\b)|"
            r"\b(?:a )?(?:muscle|muscular)(?: thing| problem| issue)? or (?:a |an |my |the )?(?:kidney|heart|lung|nerve|disc|bone|joint|"
            r"gall ?bladder|liver|bowel|gyn\w*|ovar\w*|hernia|tendon|ligament|organ)\b|"
            rf"\A{_OWN_SYMPTOM}.*\b(?:is (?:it|that|this) (?:just )?(?:a )?(?:muscle|muscular)(?: thing| pain| strain)?|(?:just )?(?:a )?muscle|muscular)\W*\Z|"
            # After the client's own symptom: "…killing me for 3 months, can you tell me what it is?",
            # "knee clicks n swells up after every run, wat do u think it is".
            rf"\A(?=.*\b(?:{_OWN_SYMPTOM_WORDS}|killing me)\b)"
            r"(?=.*\b(?:my|i|i'?m|i'?ve)\b|(?:\w+ )?(?:knee|back|bk|neck|shoulder|hip|arm|leg|foot|ankle|wrist|elbow|head|jaw|calf|hand)s?\b).*"
            r"(?:\b(?:can|could|will|would) (?:you|u) (?:tell|say) (?:me )?what (?:it|this|that)(?:'s| is| could be| might be)\b|"
            r"\b(?:what|wat|wot|wht) (?:do|d) (?:you|u|ya) (?:think|reckon) (?:it|this|that|is)(?:'s| is| could be| might be|\b))"
        ),
    ),
    # Last, so that a more particular kind above names the request first.
    (MedicalRequest("diagnosis"), _WHETHER_TO_BE_SEEN),
    (MedicalRequest("diagnosis"), _ACTUALLY_SOMETHING_ELSE),
]

# A racing heart the client puts down to nerves in a new place ("heart races whenever I go somewhere new,
# it's just nerves"): told to explain the nerves about a first visit, not asked about.
_PUT_DOWN_TO_NERVES = re.compile(
    r"\b(?:(?:just|only|purely) (?:nerves|anxiety|nervous\w*)|it'?s (?:my )?(?:nerves|anxiety)|when i'?m (?:nervous|anxious)|"
    r"(?:nervous|anxious) about (?:new|meeting|going|coming|trying)|(?:go|going) (?:somewhere|anywhere) new)\b"
)
# The day or two of soreness after a session (brief §3), asked about: "after massage I have pain in back for
# two days, is it ok?" (not a soreness that stays a week, spreads, or comes with other signs).
_A_SESSIONS_FIRST_DAYS = re.compile(
    r"\A(?=.*\b(?:since|after|from) (?:the |my |a |that |last |yesterday'?s |our |your )?(?:\w+ )?(?:session|massage|treatment)\b)"
    r"(?=.*\b(?:(?:a|one|two|2|three|3|a couple of|couple of) days?|48 hours|since yesterday|yesterday|today|this morning)\b)"
    r"(?!.*\b(?:numb\w*|tingl\w*|swell\w*|swollen|hot|red|worse|weak\w*|bruis\w*|fever\w*|breath\w*|chest|lump\w*|week|weeks|"
    r"dizz\w*|headaches?|migraines?|sick|vomit\w*|faint\w*|nause\w*)\b)"
)
# A doctor's verdict told: "cardiologist said my heart is perfectly fine and it was muscular".
_A_DOCTORS_ALL_CLEAR = re.compile(
    r"\b(?:cardiologist|doctor|gp|dr|consultant|specialist|hospital|a&e|they)\b(?:\W+\w+){0,4}?\W+(?:said|says|told (?:me|him|her)|confirmed|found)\b"
    r"(?:\W+\w+){0,6}?\W+(?:fine|normal|healthy|nothing wrong|muscular|all clear|clear)\b"
)
_STANDS_ON_OWN_SYMPTOM = frozenset(p for _, p in RULES if p.pattern.startswith(rf"\A{_OWN_SYMPTOM}"))

_CLINICIAN = (
    r"(?:doctor|gp|midwife|consultant|surgeon|specialist|neurologist|cardiologist|oncologist|rheumatologist|physio\w*|"
    r"nurse|obstetrician|diabetes (?:team|nurse)|care team)"
)
# A question about treatment *suitability* with a named condition is an FAQ
# contraindication question, not a request to treat the condition.
_SUITABILITY = re.compile(
    r"\b(?:can (?:i|he|she|they|we|my \w+) (?:still )?(?:have|get|come|book|do)|is it (?:safe|ok|okay|alright|fine)|"
    r"safe (?:for|to)|am i (?:able|allowed|ok)|any (?:probs?|problems?|issues?|risks?) with|(?:would|will|is|could) (?:this|that|it|the|trigger point|massage)(?: \w+){0,3}? (?:be )?"
    r"(?:suitable|appropriate|safe|ok|okay) for (?:me|her|him|them|my \w+)|should i (?:still )?(?:come|book|have|get|avoid)|"
    r"is (?:a )?(?:massage|trigger point(?: therapy| massage| work)?|treatment)(?: on (?:the|my|his|her) \w+)? (?:safe|ok|okay|suitable|alright|fine)|"
    r"(?:is|would|will) (?:that|it|this) (?:be )?(?:an? )?(?:issue|problem|concern|ok|okay) (?:for|with|if)|"
    r"(?:does|would|will) (?:that|it|this) matter|(?:will|would|is) (?:deep |firm |hard )?(?:pressure|massage|work|it|that|this)(?: on (?:my|the|his|her) \w+(?: \w+)?)? (?:be )?"
    r"(?:ok|okay|safe|alright|fine)|is (?:that|it|this) (?:ok|okay|alright|fine|a problem|an issue)(?=\s*[?!.]|\s+and\b|$)|is (?:that|it|this) (?:a )?(?:good|bad|sensible|wise) idea|"
    r"(?:need|get|bring) (?:a )?(?:note|letter|clearance|permission|sign[- ]off|the ok) from (?:my|a|the) (?:doctor|gp|midwife|consultant|surgeon)|"
    # "do i need anything from my neurologist first?", "should I check with my cardiologist?"
    rf"(?:need|get|bring|ask for)\b(?:\W+\w+){{0,3}}?\W+from (?:my|a|the|his|her) {_CLINICIAN}|"
    rf"(?:check|clear|ok) (?:it |this |that )?with (?:my|a|the|his|her) {_CLINICIAN})\b"
)


# Matters that need a doctor's (or midwife's) clearance before trigger point work (brief §4), named
# by the client as theirs: "I had a heart attack 6 weeks ago … can I book?", "preggo 30wks, can u
# do tp on me?". Past events count where the brief says a past event matters (a clot, a heart
# attack); cancer only while treated, surgery only when recent.
# Everyday names of operations: "hernia repair", "my hysterectomy", "gallbladder out".
_OPERATIONS = (
    r"hysterectomy|appendectomy|appendicectomy|mastectomy|lumpectomy|tonsillectomy|cholecystectomy|gall ?bladder (?:removal|out|op)|"
    r"hernia (?:repair|op|operation)|bunion (?:op|surgery)|carpal tunnel (?:release|op|surgery)|acl (?:repair|reconstruction)|"
    r"(?:hip|knee|shoulder) replacement|(?:hip|knee|shoulder|joint) replaced|spinal fusion|laparoscopy|angioplasty|stent(?:s| put in)?|bypass|"
    # Cosmetic operations are operations: "how soon after a tummy tuck can I have a massage?"
    r"tummy tuck|abdominoplasty|lipo(?:suction)?|bbl|(?:brazilian )?butt lift|boob job|breast (?:augmentation|enlargement|reduction|lift|implants?)|"
    r"face ?lift|neck lift|arm lift|thigh lift|body lift|gastric (?:sleeve|bypass|band)|bariatric (?:surgery|op)"
)

# How many days or weeks ago, in figures or words.
_SOME = r"(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|a couple of)"
_CLEARANCE_MATTERS = {
    faq_id: re.compile(rf"\b(?:{words})")
    for faq_id, words in {
        "con-heart-pacemaker": r"heart attack|heart condition|heart failure|heart problems?|angina|pacemaker|a-?fib\b|\bicd\b|defibrillator|"
        r"atrial fibrillation|heart surgery|cardiac arrest",
        # Blood pressure that is high and not controlled, or not known (brief §4): not one on tablets and controlled.
        "con-high-blood-pressure": r"(?:uncontrolled|untreated|very high|really high|sky[- ]high|dangerously high) (?:blood pressure|bp)|"
        r"(?:blood pressure|bp)(?:'s| is| has| has been| was)? (?:never (?:been )?(?:checked|taken|measured)|not (?:been )?(?:checked|measured)|"
        r"unknown|all over the place|through the roof|sky[- ]high|not (?:well )?controlled|uncontrolled|really high|very high|"
        r"high (?:and|but) (?:not|un)\w*)|(?:don'?t|do not|never) (?:know|knew) (?:what )?my (?:blood pressure|bp)|"
        r"never had my (?:blood pressure|bp) (?:checked|taken|done|measured)",
        "con-cancer": r"chemo\w*|radiotherapy|radiation (?:therapy|treatment)|oncolog\w*|immunotherapy|"
        r"cancer treatment|treatment for (?:\w+ )?cancer|cancer|metasta\w*|palliative|tumou?r|leuka?emia|lymphoma|myeloma|"
        r"port in (?:my|his|her|their) chest|chemo ?port|portacath|picc line|(?:still )?(?:have|got) (?:my|a|the) port\b",
        "con-kidney-dialysis": r"dialysis|kidney (?:failure|disease|transplant)|renal failure|fistula",
        # Diabetes with complications such as numb feet (brief §4: clearance if complications); the message
        # must name the diabetes too (`_NAMED_WITH`). Plain diabetes is the FAQ entry's question.
        "con-diabetes": r"neuropath\w*|(?:feet|foot|toes?|soles?)\b(?:\W+\w+){0,4}?\W+(?:numb\w*|tingl\w*|no feeling)|"
        r"numb\w* (?:\w+ )?(?:feet|foot|toes?)|(?:foot|leg) ulcers?|ulcers? on (?:my|his|her) (?:foot|feet|leg)|poor circulation",
        "con-liver-disease": r"cirrhosis|liver (?:disease|failure|problems?)|hepatitis",
        "con-pregnancy": r"pregnan\w*|trimester|expecting (?:a baby|twins|my first|our first|again|baby)|"
        r"\d+ ?weeks? (?:gone|along|with (?:twins|a baby|my|our|baby))|"
        r"(?:she'?s|she is|i'?m|i am|wife'?s|wife is|partner'?s|partner is) (?:now |currently |nearly |almost |about |just over |just under )?(?:\d{1,2}|twenty[- ]?\w+|thirty[- ]?\w+) ?(?:weeks?|wks)\b"
        r"(?! (?:ago|off|old|post|into|since|later|away|on|of|in|until|till|late|early|behind|out|after))|"
        r"midwife|antenatal|obstetric\w*|ivf\b|embryo transfer|egg collection|"
        # When the baby is due: "she's due in about ten weeks", "due date is in march", "before the baby arrives".
        r"(?:she'?s|she is|i'?m|i am|im|wife'?s|partner'?s|we'?re) due (?:in|next|this|at the end of|on|around|any)\b|\bdue date\b|"
        r"before (?:the|our|my|her) (?:baby|little one) (?:arrives|comes|is born)|"
        # Pregnant, in the languages a clinic most often hears: "Ich bin schwanger, 14. Woche".
        r"schwanger|embarazada|enceinte|incinta|gr[aá]vida|w ciąży|w ciazy|hamile(?:yim)?|"
        # Said in simple English: "I have baby inside 7 month", "baby in my belly", "7 months with baby".
        r"baby (?:is )?(?:inside|in (?:my |the )?(?:belly|tummy|stomach))|"
        r"(?:\d|one|two|three|four|five|six|seven|eight|nine) months? (?:pregnant|gone|along|with (?:a |the )?baby)|"
        r"(?:inside|in (?:my )?(?:belly|tummy)) (?:\d|one|two|three|four|five|six|seven|eight|nine) months?\b|"
        # "currently 30 wks w baby no 2"
        r"(?:\d{1,2}|twenty[- ]?\w+|thirty[- ]?\w+) ?(?:weeks?|wks)\b(?! (?:ago|off|old|post|since|later|away))(?=(?:\W+\w+){0,3}?\W+(?:baby|bub|bump|twins)\b)",
        "con-dvt": r"dvt|deep vein|blood clots?|thrombosis|embolism|(?:a|the) clot in (?:my|his|her|the) (?:leg|calf|lungs?|thigh)|"
        # A tendency to clot: "a clotting disorder (factor V Leiden)", "thrombophilia", "sticky blood".
        r"clotting (?:disorder|condition|problem|issue)s?|factor (?:v|5|five) leiden|thrombophilia|antiphospholipid|sticky blood|hughes'? syndrome",
        "con-blood-thinners": rf"{BLOOD_THINNERS}|platelets?|platlets|\bitp\b|bruise (?:really |very |so |super |quite |too |extremely |dead |way too )?easily|bruise at the slightest",
        # Long-term steroid tablets thin the bones too (brief §5a, [42b]).
        "con-osteoporosis": r"osteopor\w*|osteopen\w*|brittle bones|fragile bones|thin bones|low bone density|prednis\w*|"
        r"(?:long[- ]term|years (?:on|of)|for years on) (?:oral )?steroids|on steroids (?:for|since) (?:years|ages|a long time|\d+ years)|"
        r"bones? (?:are|is) (?:a bit |quite |very |getting )?(?:thin|weak|fragile|brittle)",
        "con-recent-injury": r"concussion|head injury|hit my head|banged my head|whiplash|"
        # A muscle or ligament just torn: "think I tore my calf at tennis, heard a pop".
        r"dislocat\w*|(?:popped|pops|popping|came|comes|keeps (?:popping|coming)) (?:\w+ )?out of (?:its |the )?(?:socket|joint)|"
        r"(?:shoulder|knee|kneecap|hip|finger|elbow|jaw)\b(?:\W+\w+){0,4}?\W+(?:popped|pops|popping|came|keeps popping) out\b|"
        r"(?:\d+|a few|two|three|four|five|six|seven|eight) (?:days?|weeks?) (?:out from|after|since|on from|post) (?:a |my |the |his |her )?"
        r"(?:broken|fractured|cracked|broke)|"
        r"(?:tore|ruptured|snapped|sprained|pulled|tweaked|strained|twisted|jarred) (?:my |a |his |her )?(?:\w+ )?(?:calf|hamstring|achilles|muscle|ligament|tendon|quad|groin|"
        r"ankle|knee|acl|rotator cuff)|(?:heard|felt) (?:a |something )?(?:pop|snap)|rolled my ankle|"
        # A fracture still healing: "broke my wrist 5 weeks ago and the cast just came off".
        # (not "the fever broke 5 days ago")
        r"(?<!fever )(?<!temperature )(?<!temp )(?<!waters )(?:broke|broken|fractured|fracture|cracked)\b(?:\W+\w+){0,3}?\W+"
        r"(?:\d+|a few|two|three|four|five|six|seven|eight|couple of) "
        # …said by the client ("Cracked a rib falling off a ladder last month", "I broke my wrist…"), not
        # someone else's ("my kid broke his arm last month") nor a break-up.
        r"(?:days?|weeks?) ago|(?:^|[.!?]\s*|\bi\s|\bi'?ve\s)"
        r"(?!(?:my |our |his |her )?(?:kids?|son|daughter|husband|wife|partner|mum|mom|dad|child|friend|boy|girl|brother|sister)\b|he\b|she\b)"
        r"(?:\w+\s){0,2}?(?:broke|broken|fractured|fracture|cracked)\b(?! up\b)(?:\W+\w+){0,7}?\W+"
        r"(?:last (?:week|month)|(?:a|one) (?:week|month|fortnight) ago|(?:still )?(?:mending|on the mend|healing))\b|(?:cast|plaster|boot|splint|sling)\b(?:\W+\w+){0,2}?\W+(?:came|come|taken|just came|just come) off|"
        r"out of (?:a|the|my) (?:cast|plaster|boot|splint)",
        "con-recent-surgery": r"(?:\d+|a few|two|three|four|five|six|seven|eight) (?:days?|weeks?) post(?:\s*-\s*|\s)?(?:op|surgery|\w+)\b|"
        rf"(?:surgery|operation|op|c-?section|caesarean|cesarean|replacement|reconstruction|recon|repair|keyhole|operated on|scoped?|arthroscop\w*|{_OPERATIONS})\b"
        r"(?:\W+\w+){0,3}?\W+(?:(?:\d+|a few|two|three|four|five|six|seven|eight|couple of) (?:days?|weeks?) ago|last week|this week|yesterday|the other day|"
        r"last month|this month|a month ago|(?:a|one|1) month ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
        # An operation to come: "I'm having a hysterectomy next month, can I still come before, and when
        # can I come back after?" (the surgeon says when).
        rf"(?:having|getting|booked in for|going in for|due (?:to have|for)|scheduled for) (?:a |an |my |the |keyhole )?(?:\w+ )?"
        rf"(?:surgery|operation|op|{_OPERATIONS})\b(?:\W+\w+){{0,3}}?\W+(?:next (?:week|month)|this (?:week|month)|tomorrow|"
        r"in (?:a|one|two|three|four|five|six|\d+|a couple of|a few) (?:days?|weeks?)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|soon)\b|"
        r"(?:just|recently) had (?:a |an |my |his |her )?(?:surgery|operation|op|c-?section|caesarean|\w+ (?:replacement|replaced|removed|out|op|surgery))|"
        # How soon after an operation: "how soon after a tummy tuck can I have a massage?"
        rf"(?:how (?:soon|long)|when) (?:\w+ ){{0,4}}?after (?:a |an |my |the |your |his |her )?(?:\w+ )?(?:surgery|operation|op|c-?section|caesarean|{_OPERATIONS})\b|"
        # "spinal fusion in March": an operation dated by its month, this year.
        r"(?:surgery|operation|op|fusion|replacement|reconstruction|laminectomy|discectomy|microdiscectomy|c-?section|caesarean)\b "
        r"(?:in|back in|this|last) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
        # "6 weeks out from a spinal fusion"
        r"(?:\d+|a few|two|three|four|five|six|seven|eight|couple of) (?:days?|weeks?) (?:out from|on from|after|since|post) (?:a |my |the |his |her )?(?:\w+ )?"
        r"(?:surgery|operation|op|fusion|replacement|reconstruction|recon|repair|laminectomy|discectomy|c-?section|caesarean)|"
        # "3 weeks ago, lower back fusion"
        r"(?:\d+|a few|two|three|four|five|six|seven|eight|couple of) (?:days?|weeks?) ago\b(?:\W+\w+){0,4}?\W+(?:surgery|operation|op|fusion|"
        r"replacement|reconstruction|repair|keyhole|laminectomy|discectomy|microdiscectomy|c-?section|caesarean)|"
        # An organ taken out, dated: "about three weeks ago I had my gallbladder taken out", "appendix removed last week".
        rf"{_SOME} (?:days?|weeks?) ago\b(?:\W+\w+){{0,3}}?\W+had (?:my |his |her |an? |the )?(?:\w+ ){{1,2}}?(?:taken out|removed|out)\b|"
        rf"had (?:my |his |her |an? |the )?(?:\w+ ){{1,2}}?(?:taken out|removed|out)\b(?:\W+\w+){{0,3}}?\W+(?:{_SOME} (?:days?|weeks?) ago|last week|this week|last month|yesterday)",
        # Long-term conditions of the whole body without an entry of their own: the general answer
        # (check with your doctor first, tell the therapist).
        "con-who-should-not": r"lupus|rheumatoid|methotrexate|immunosuppress\w*|immune[- ]suppress\w*|"
        r"(?:blood|white (?:blood )?cell|neutrophil) counts? (?:are |is |being |have been )?(?:a bit |quite |very |really |still )?low|"
        r"low (?:blood|white (?:blood )?cell|neutrophil) counts?|(?:my |his |her )counts (?:are |is )?(?:a bit |quite |very |really )?low|(?:my |an? |in an? )?ra (?:flare|flaring)|(?:for|with|have|got) (?:my )?ra\b|gout flare|autoimmune|multiple sclerosis|epilep\w*|seizures|ha?emophilia|"
        r"sickle cell|lymph(?:o)?e?dema|crohn'?s|ulcerative colitis|parkinson'?s|copd|emphysema|scleroderma|"
        r"vasculitis|marfan|ehlers|eds\b|hypermobil\w*|tia\b|mini[- ]?stroke|i(?:'ve| have)? had a stroke|"
        # However long ago and whoever had it: "had a mild stroke 3 years ago, recovered really well" (not the
        # massage's "long gliding strokes").
        r"(?:(?:i|he|she|they|i'?ve|he'?s|she'?s|they'?ve) (?:had|has had|have had) (?:a |an )?|history of (?:a )?|(?:a|his|her|my) (?=mild|minor|small|slight))"
        r"(?:mild |minor |small |slight )?stroke\b|"
        # A bleed on the brain being treated: "im in hospital, it was a small bleed and they're treating it".
        r"(?:brain|small|little|a) (?:bleed|haemorrhage|hemorrhage)|bleed (?:on|in) (?:the|my|his|her) brain|"
        r"(?:have|has|got|with|diagnosed with|living with) ms\b|"
        # A hernia not yet repaired: "an inguinal hernia that hasn't been repaired yet".
        r"(?:un-?repaired |untreated )hernia|(?<!think )(?<!might )(?<!may )(?<!could )(?<!worried )(?<!if )(?:i have|i'?ve got|i got|(?<!i )have got|(?<!i )has|(?<!i )have|my|with|diagnosed with) (?:an? |the )?(?:\w+ )?hernia\b"
        r"(?:(?=[^.?!]*\b(?:not|n'?t|never|yet|waiting)\b)|(?![^.?!]*\b(?:repaired|fixed|mended|operated|op|surgery)\b))",
        # A rash nobody has named yet: "got a weird rash on my back, red and itchy, no idea what it is" (brief: a
        # diagnosis first; the area is avoided meanwhile).
        "con-skin-wounds": r"(?:weird|strange|odd|new|mystery|unexplained|funny|random|spreading|unknown) (?:\w+ )?rash|"
        r"rash\b(?:\W+\w+){0,8}?\W+(?:no idea|not sure|don'?t know|dunno) what",
    }.items()
}
# The contraindication entries that ask for a doctor's or midwife's clearance first.
CLEARANCE_ENTRIES = frozenset(_CLEARANCE_MATTERS)
# Matters whose words count only when the message also names what they belong to: numb feet are
# diabetes' complication only where the diabetes is named.
_NAMED_WITH = {"con-diabetes": re.compile(r"\b(?:diabet\w*|t[12]d|type (?:1|2|one|two)\b)")}
# Cancer and liver disease matter while they are current; a clot or a heart attack matters after.
# Matters whose own words carry a "not" or "never": "my blood pressure's never been checked".
_SAID_WITH_A_NEGATION = {"con-high-blood-pressure"}
_CURRENT_ONLY = {"con-cancer", "con-liver-disease", "con-recent-injury", "con-pregnancy"}
# Cancer treated within the last year is not history for a massage (brief §4: cancer or its treatment):
# "I had breast cancer, mastectomy and radiotherapy last year".
_WITHIN_A_YEAR = re.compile(
    r"\b(?:last year|this year|last (?:month|few months|spring|summer|autumn|fall|winter|christmas)|recently|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|few|couple of|\d{1,2}) (?:weeks?|months?) ago|"
    r"(?:just|only just) (?:finished|had|completed)|finished (?:my |the )?(?:treatment|chemo\w*|radiotherapy|radiation))\b"
)
_ASKS_TO_COME = re.compile(
    # "ok to keep coming?", "fine to carry on with my monthly sessions?"
    r"\b(?:book|booking|appointments?|come in|come|coming|visits?|massage|sessions?|treatment|trigger point|tp|therapists?|"
    r"available|slot|deep tissue|continue|continuing|carry on|keep going)\b.*(?:\?|$)|"
    # A part of the body to be worked on, said as a wish: "…and want my back done", "would like my legs worked on"
    r"\b(?:want|wanting|like|need|hoping|looking) (?:to (?:have|get) )?(?:my|his|her|their) (?:\w+ ){0,2}?"
    r"(?:done|worked on|seen to|massaged|treated|looked at|sorted)\b|"
    # "What do I need to know before booking?", "I'd like to continue my monthly appointments. What do I need to do?"
    r"\bwhat (?:do|should|would) (?:i|we|she|he) (?:need to |have to )?(?:know|do|bring|tell (?:you|the therapist))\b|"
    # "…no meds now and all clear. anything I need to do?", "is there anything I should know?"
    r"\b(?:is there )?anything (?:(?:i|we|she|he) (?:need|have|should|must) (?:to )?|special (?:i|we) (?:need|have) to )(?:know|do|tell|mention|bring)\b|"
    # "would your therapists still be able to work on me?", "will they be willing to treat me?"
    r"\b(?:can|could|would|will) (?:you|u|the therapists?|your therapists?|someone|they|one of (?:you|your therapists)) (?:still )?"
    r"(?:be (?:able|willing|happy|ok|okay|allowed) to )?(?:do|massage|work on|work|treat|see|help)\b|"
    # Whether the clinic sees someone like them: "I wondered if you see elderly clients", "do you take teenagers?"
    r"\b(?:you|u|your therapists?) (?:see|take|take on|treat|accept|work with|massage) (?:\w+ ){0,2}?(?:clients|people|patients|customers|"
    r"adults|women|men|ladies|folk|pensioners|seniors|elderly|older|teens|teenagers|kids|children)\b|"
    # "ok to do my shoulders?"
    r"\b(?:ok|okay|fine|safe|alright|all right) to (?:do|work on|massage|have|treat) (?:my|the|his|her)\b|"
    # Self-massage with a tool at home, on the same matter: "I'm on warfarin, can I still use my foam roller?"
    r"\b(?:use|using|try|get|buy) (?:a |an |my |the |his |her )?(?:foam roller|massage gun|percussion gun|theragun|massage ball|"
    r"lacrosse ball|tennis ball|spiky ball|massage stick|thera ?cane|hook)\b|"
    # "can i lie on my front or is there another way u do it?": how the session is done for them.
    r"\b(?:can|could|should|may) (?:i|she|he) (?:still )?(?:lie|lay) (?:on|face)\b|"
    # "will the lady press too hard for me dear?", "does that matter for deep pressure?"
    r"\b(?:press|push|go|dig) (?:too |very |really )?(?:hard|firm|deep)\b|\b(?:deep|firm|hard|strong) pressure\b|"
    # "will I have to lie on my tummy?": how the session is done for them.
    r"\b(?:will|would|do|does) (?:i|she|he) (?:have|need) to (?:lie|lay)\b|"
    # "all treated now. do I need to tell you anything?": a matter to declare before coming.
    r"\b(?:do|should|must|shall) (?:i|we|she|he) (?:need to |have to )?(?:tell|mention|declare|let (?:you|the therapist) know|inform)\b"
)


# "If" that asks rather than supposes: "she wants to know if it's ok with her lupus".
_CONDITIONAL = re.compile(
    r"\b(?<!know )(?<!wondering )(?<!wonder )(?<!wondered )(?<!ask )(?<!asking )(?<!asked )(?<!asks )(?<!check )(?<!see )"
    r"(?:if|when|whilst|while|during)\b"
)
# "I was 12 weeks when I first came and I'm now 30 weeks": a new statement ends the supposing.
_SUPPOSING_ENDS = re.compile(r"\b(?:and|but|so)\b|\bnow\b")


# "I first came when I was 12 weeks and now I'm 30 weeks": the matter is now, whatever the clause's past.
_SAID_TO_BE_NOW = re.compile(r"\bnow\b(?:\W+\w+){0,3}?\W*$")


def _only_supposed(before: str) -> bool:
    """The matter that follows `before` is only supposed: "can I come if I'm on blood thinners?"."""
    conditionals = list(_CONDITIONAL.finditer(before))
    return bool(conditionals) and not _SUPPOSING_ENDS.search(before[conditionals[-1].end() :])


def asks_to_come(text: str) -> bool:
    """ "Can I book?", "is massage safe for me?": the client asks to come, or whether they can."""
    return _asks_to_come(prepare(text))


def _asks_to_come(prepared: str) -> bool:
    return bool(_SUITABILITY.search(prepared) or _ASKS_TO_COME.search(prepared))


def clearance_entry(text: str, asked_before: bool = False) -> str | None:
    """The contraindication entry for a matter the client names while asking to come
    (needs a doctor's or midwife's clearance first, brief §4), or None. `asked_before`: the
    client asked in a message just before ("can I book a back massage?" … "I'm on aspirin
    since a TIA"), so the matter named now answers that."""
    # The first one named: the rest of the message is not read (this runs on every message).
    return next(_clearance_matters_named(text, asked_before), None)


def clearance_entries(text: str, asked_before: bool = False) -> list[str]:
    """Every such entry, in the order the message names them: "12 weeks pregnant and on blood thinners"
    needs both clearances said."""
    return list(dict.fromkeys(_clearance_matters_named(text, asked_before)))


def _clearance_matters_named(text: str, asked_before: bool) -> Iterator[str]:
    # "my daughter is 7 months pregnant and I want to treat myself…": her matter, the client's visit.
    prepared = prepare(without_someone_elses_matter(text))
    if not (asked_before or _asks_to_come(prepared)):
        return
    # "my boss is giving me a heart attack with these deadlines": no heart condition.
    prepared = without_figures_of_speech(prepared)
    matters = {
        faq_id: pattern
        for faq_id, pattern in _CLEARANCE_MATTERS.items()
        if faq_id not in _NAMED_WITH or _NAMED_WITH[faq_id].search(prepared)
    }
    for clause in split_clauses(prepared):
        # The prepared text spaces hyphens out ("pre - eclampsia", "c - section"); the names of
        # conditions keep theirs.
        text = clause.text.replace(" - ", "-")
        # Not skipped when hypothetical: the asking itself is ("would it be all right to come?");
        # a matter that is only supposed is caught by _CONDITIONAL below ("what if I was pregnant?").
        for faq_id, pattern in matters.items():
            for found in pattern.finditer(text):
                if _only_supposed(text[: found.start()]):
                    continue  # "can I come if I'm on blood thinners?" is the FAQ's own question
                if (
                    clause.history
                    and faq_id in _CURRENT_ONLY
                    and not _SAID_TO_BE_NOW.search(text[max(0, found.start() - 30) : found.start()])
                    and not (faq_id == "con-cancer" and _WITHIN_A_YEAR.search(text))
                ) or (faq_id not in _SAID_WITH_A_NEGATION and negated(text, found.start(), found.end())):
                    continue
                yield faq_id
                break


_AFTER_EXERCISE = re.compile(
    r"\b(?:after|from|since) (?:the |my |a |each |every )?(?:gym|training|running|run|workout|exercise|squats|leg day|"
    r"match|game|football|rugby|climbing|massage|session|hike|spin class|yoga|pilates)\b|\bdoms\b"
)
_NOT_JUST_SORE = re.compile(
    r"\b(?:swell\w*|swollen|gives? way|giving way|click\w*|lock\w*|numb\w*|tingl\w*|pop\w*|breathless\w*)\b"
)
_EVERYDAY_CAUSE = re.compile(
    r"\b(?:from|after|with) (?:the |my |a |all the |too much )?(?:laptop|computer|desk|mouse|typing|phone|screen|driving|work|"
    r"posture|sitting|carrying|lifting|gardening|sleeping|commute|studying|long drives?|drives?|the drive|commuting|"
    r"grinding(?: my teeth)?|clenching(?: my jaw| my teeth)?)\b|\b(?:laptop|desk|mouse|office|computer) work\b|"
    r"\bdesk job\b|\bslept funny\b|\bsleeping funny\b|"
    # "sick of sitting at my desk all day", "hunched over a laptop"
    r"\bevery (?:work ?day|working day|shift)\b|\bby (?:\d{1,2} ?(?:pm|am|o'?clock)|the end of the (?:day|week|shift)|home time|the evening)\b|"
    r"\b(?:sitting|sat|hunched|hunching|slouch\w*|bent|leaning|typing|staring) (?:at|over|on|in front of) (?:a |my |the )?"
    r"(?:desk|computer|laptop|screen|keyboard|phone|steering wheel)s?\b|\ball day at (?:a|my|the) (?:desk|computer|laptop)\b"
)
_EXPLAINED_BY_THE_SESSION = re.compile(
    r"\b(?:face (?:hole|cradle|rest)|lying face down|(?:when|after) i get up (?:from|off) the (?:table|couch|bed)|"
    r"(?:cos|because|coz|cause|as|since) i(?:'m| am| get)? (?:a bit |so |really |quite )?(?:nervous|anxious|excited|scared)|"
    r"(?:when|whenever|if) (?:i'?m|i am|i get|i feel) (?:a bit |so |really |quite |very )?(?:nervous|anxious|excited|scared|stressed)|"
    # "so nervous my heart is pounding just thinking about my first session lol"
    r"(?:so|really|bit|very) (?:nervous|anxious|excited|scared)\b(?:\W+\w+){0,6}?\W+(?:thinking about|before|ahead of) (?:my|the|a) (?:first )?(?:session|massage|appointment)|"
    r"(?:numb|tingly|dead) (?:\w+ )?from (?:the |my )?(?:dentist|dental|anaesthetic|anesthetic|local|injection|filling|jab)|"
    # …or the kit: "my foot goes numb in my cycling shoes, loosen the straps and it's fine"
    r"(?:loosen|undo|take off|change) (?:\w+ )?(?:straps?|shoes?|laces|boots?|watch|ring|bra)\b(?:\W+\w+){0,3}?\W+(?:fine|ok|okay|goes|better|gone)|"
    r"(?:before|ahead of) (?:my |the |an? )?(?:appointments?|sessions?|massages?|presentations?|interviews?)\b(?:\W+\w+){0,3}?\W+nerv\w*|"
    # Tender under the therapist's thumb: "really tender when the therapist pressed on serratus".
    r"(?:tender|sore|achy|ached|painful|hurt|hurts)\b(?:\W+\w+){0,3}?\W+when (?:the |my )?(?:therapist|she|he|they|masseuse)\b(?:\W+\w+){0,1}?\W+(?:pressed|pushed|worked|pressing|working|leaned|dug))"
)
# The textbook description of a trigger point: "a tender spot in my upper trap that aches when I press it".
_FEELS_LIKE_A_TRIGGER_POINT = re.compile(
    r"\b(?:tender|sore|tight|knotty) (?:spot|point|bit|area|lump|band)s?\b|\b(?:aches?|hurts?|sore|tender) when (?:i|you|someone) "
    r"(?:press|push|dig|touch)\w*|\btight band\b|\brop(?:e)?y\b|"
    # "hard lumpy bits in my forearms that are tender to press"
    r"\b(?:tender|sore|painful|hurts?|achy) (?:to|if you|when you|if i|when i) (?:press|push|touch|prod|poke)\w*"
)
# "Do I have myofascial pain syndrome?": a diagnosis asked for by name, not what a knot feels like.
# "my physio calls it myofascial pain, is that the same as trigger points?": a question about words.
_TERMINOLOGY = re.compile(
    r"\b(?:the same (?:as|thing)|same thing as|another (?:word|name|term) for|different (?:from|to|than)|difference between|"
    r"what'?s the difference|what does (?:that|it|this) (?:word|term) mean|what do (?:they|you|people) mean by|"
    # "…which explains my headaches. Is that what a trigger point map is?"
    r"is (?:that|this|it) what (?:a |an |the )?(?:trigger ?points?|tps?|knots?|referr\w*|myofascial)(?: \w+){0,2}? (?:is|are|means?)(?=\W*$)|"
    r"is (?:that|this|it) what (?:you|they|people|therapists) (?:call|mean))\b"
)
# The doctor's word already given: "my GP already checked it and said muscular", "my doctor already
# checked and said it's muscular". What is asked next is the FAQ's, unless it is getting worse.
_DOCTORS_WORD_GIVEN = re.compile(
    r"\b(?:gp|doctor|dr|physio\w*|consultant|specialist|osteo\w*|chiro\w*)\b(?:\W+\w+){0,6}?\W+(?:said|says|thinks|confirmed|told me|reckons|reckoned)\b"
    r"(?:\W+\w+){0,3}?\W+(?:muscular|(?:a |just a |just )?muscle(?: thing| strain| problem| issue|s)?|nothing serious|trigger points?|myofascial|(?:a |just )?knots?|"
    r"tension\W?type|tension headaches?|posture|postural)\b|"
    # "the scan was clear and she suggested trying massage": the doctor sent them to the clinic.
    r"\b(?:gp|doctor|dr|physio\w*|consultant|specialist|neurologist|she|he|they)\b (?:has |had |then |also )?(?:suggested|recommended|advised) "
    r"(?:i try |trying |getting |having |some |a )?(?:massage|trigger point|myofascial|sports massage)|"
    # "my neurologist has known about it for years": a matter long in a doctor's hands.
    r"\b(?:gp|doctor|dr|neurologist|consultant|specialist|rheumatologist)\b (?:has |have )?(?:known|knows) about (?:it|this|that|them)\b|"
    # "my doctor checked me out last week and gave me the all clear", "all clear from the GP"
    r"\b(?:gp|doctor|dr|physio\w*|consultant|specialist|hospital|a&e)\b(?:\W+\w+){0,6}?\W+(?:checked me (?:over|out)|gave me the (?:all clear|go ahead|ok|okay)|"
    r"said (?:i'?m|i am|it'?s|its|it is|everything(?:'s| is)) (?:all )?(?:fine|ok|okay|nothing to worry about))\b|"
    r"\b(?:all clear|go ahead|green light) from (?:my|the|a) (?:gp|doctor|dr|physio\w*|consultant|specialist|hospital)\b|"
    # "GP's already had a look and said massage is fine", "my midwife says a gentle one would be ok"
    r"\b(?:gp|doctor|doc|dr|physio\w*|consultant|specialist|surgeon|midwife|nurse|hospital)\b(?:\W+\w+){0,8}?\W+(?:said|says|told me|reckons)"
    r"(?: that)? (?:a |the )?(?:gentle |light |some )?(?:massage|trigger point\w*(?: therapy| work)?|treatment|sessions?|it|that|this)"
    r"(?: is| was| would be| should be| will be|'s|'d be|'ll be) (?:totally |perfectly |absolutely |completely )?"
    r"(?:fine|ok|okay|safe|no problem|good to go|alright|all right)\b"
)

_STILL_A_WORRY = re.compile(
    r"\b(?:worse|worsening|spreading|not (?:getting )?(?:any )?better|no better|but (?:now|it'?s|still)|"
    # two opinions to choose between: "my physio says rotator cuff, my chiro reckons a knot. which one do I believe?"
    r"which (?:one|of them|is right)|(?:who|which) (?:do|should) i believe|do i believe|second opinion|who'?s right|whos right|who is right)\b"
)


def doctors_word_given(text: str) -> bool:
    """The client says a doctor has already looked at the matter and found nothing for a doctor, and
    nothing in the message says it is still a worry: what is asked next is the clinic's to answer."""
    return _doctors_word_given(prepare(text))


def _doctors_word_given(normalized: str) -> bool:
    return bool(_DOCTORS_WORD_GIVEN.search(normalized)) and not _STILL_A_WORRY.search(normalized)


# Something long past, and whether to mention it: "I fainted at another place 3 years ago, it was low
# blood sugar. Should I tell the therapist?" (the session entry on what to tell the therapist).
_LONG_PAST_TO_MENTION = re.compile(
    r"\A(?=.*\b(?:\d{1,2}|a few|few|several|many|two|three|four|five|ten) years? ago\b)"
    r"(?=.*\b(?:should|do|must|shall) (?:i|we) (?:still )?(?:tell|mention|let (?:you|the therapist|them) know|inform)\b)"
)
# A recent fall or knock that still hurts or makes someone limp (brief §4: a recent injury needs the
# doctor's OK first): "has had a limp for a week since falling off his bike", "came off my bike last week
# and my knee still hurts". Read over the whole message: the fall and the pain are often two clauses.
_A_FALL_THAT_STILL_HURTS = re.compile(
    r"\b(?:(?:fell|falling|fall|falls) (?:off|over|down|from|on|onto|out of|in|at)|came off (?:my|his|her|a|the)|tripped|slipped|"
    r"crashed|collided|tackled|knocked (?:over|down|off))\b(?:\W+\w+){0,12}?\W+"
    r"(?:limp\w*|still (?:hurts?|hurting|sore|painful|aching|swollen|bruised|tender)|can'?t (?:put|bear) weight|"
    r"(?:hurts?|sore|painful|swollen) (?:ever )?since)\b|"
    r"\b(?:limp\w*|still (?:hurts?|hurting|sore|painful|swollen)|(?:been |is |'s )?(?:killing|hurting|agony|throbbing|screaming)(?: me)?)\b"
    r"(?:\W+\w+){0,8}?\W+(?:since|after) (?:\w+ )?"
    r"(?:fell|falling|a fall|the fall|his fall|her fall|my fall|fall|came off|tripped|slipped|crash|accident|tackle|knock)\b"
)
# Long ago: "as a teenager", "years ago".
_LONG_AGO = re.compile(
    r"\b(?:years? ago|years back|as a (?:kid|child|teenager|teen)|when i was (?:\d+|a kid|young|little|at school))\b"
)
# A condition long past and said to be over: "I had whiplash about 10 years ago, completely fine now".
_PAST_AND_WELL = re.compile(
    r"\A(?=.*\b(?:(?:\d{1,2}|a few|few|several|many|two|three|four|five|ten|twenty) years? (?:ago|back)|years ago|as a (?:kid|child|teenager)|"
    r"when i was (?:\d+|a kid|young|little|at school))\b)"
    r"(?=.*\b(?:(?:completely|totally|fully|100%|all) (?:fine|healed|recovered|better|sorted|cleared)|fine (?:now|ever since|since)|"
    r"fully recovered|no (?:problems|issues|trouble) (?:since|now|with it)|never (?:bothered|troubled) me since|all good now|healed (?:fine|well|up))\b)"
)
_NAMES_A_DIAGNOSIS = re.compile(
    r"\b(?:do i have|have i got|is it|could it be|diagnos\w*)\b(?:\W+\w+){0,3}?\W+(?:syndrome|myofascial|mps|fibromyalgia)\b"
)
_ABOUT_TRIGGER_POINTS = re.compile(r"\b(?:trigger points?|knots?|myofascial)\b")
# "is that the kind of thing trigger point helps?": whether the service fits, said by the client.
_KIND_OF_THING_WE_DO = (
    r"\b(?:the|that) (?:kind|sort|type) of thing (?:that )?(?:trigger point\w*(?: therapy| massage)?|tpt|tp|massage|you|u|your therapists?|a session|sessions)\b|"
    # "is that something trigger point massage can work on?"
    r"\bsomething (?:that )?(?:trigger point\w*(?: therapy| massage| work)?|tpt|tp|massage|a massage|you|u|your therapists?|the therapists?|a session|sessions) "
    r"(?:can |could |might |would |will )?(?:help|helps|work on|treat|ease|sort|deal with|fix|do anything)\b"
)
_SERVICE_FIT = re.compile(_KIND_OF_THING_WE_DO)
_WHICH_KIND_OF_SESSION = re.compile(
    r"\b(?:do you do|do you offer|do u do|you do any|is it all|is it only|is it just|or is it all)\b(?:\W+\w+){0,4}?\W+"
    r"(?:relax\w*|gentle|deep tissue|sports?|swedish|kind|type|sort|stuff)\b"
)
# A small after-effect of the session itself, which the aftercare entries answer.
_SMALL_AFTER_EFFECT = re.compile(
    r"\A(?!.*\b(?:spreading|getting (?:bigger|worse|darker)|big|huge|massive|large|swollen|swelling|hard|lump|hot|warm|streak\w*|"
    r"still there|weeks?|numb\w*|tingl\w*)\b).*?"
    r"(?:\b(?:little|small|slight|tiny|faint|light|bit of a|couple of|few) (?:\w+ )?(?:bruis\w*|marks?|redness|soreness|tenderness)\b"
    r"(?:\W+\w+){0,8}?\W+(?:where|from|after) (?:she|he|they|the therapist|my therapist|your therapist|the massage|the session|my session|my massage|"
    r"(?:she|he|they) (?:worked|pressed|massaged|dug))|"
    r"\b(?:bruis\w*|marks?|red(?:ness)?|sore(?:ness)?|tender(?:ness)?) (?:where|from where) (?:she|he|they|the therapist) (?:worked|pressed|massaged|dug|went)\b)"
)
_NOT_ASKING = re.compile(r"\bnot (?:asking for|after|wanting|looking for) a diagnosis\b")
_LASTING_NUMBNESS = (
    r"(?:numb\w*|tingl\w*|pins and needles)\b(?:\W+\w+){0,8}?\W+(?:for (?:about |around |nearly |over |more than )?(?:a|one|two|three|\d+|a few|several) "
    r"(?:weeks?|months?)|won'?t go away|doesn'?t go away|doesnt go away|not going away)"
)
_UNEXPLAINED = re.compile(
    rf"\b(?:{_NOT_MUSCLE}|{_NOT_A_KNOT}|{_EXERTIONAL}|{_LASTING_NUMBNESS})|{_UNLIKE_USUAL}|{_TEST_RESULT}|{_FRESH_INJURY}|"
    # Falls that have become a pattern: "he's 78 and keeps falling over lately. could massage help his balance?"
    r"\b(?:keeps?|kept) (?:on )?(?:falling|tripping)(?: over)?\b(?=.*\b(?:lately|recently|more|these days|balance|dizzy|unsteady|"
    r"[6-9]\d|elderly|old)\b)|"
    # Body signs that are no muscle's, and asking whether to have it seen, are the doctor's whatever else
    # the message asks ("should I get it looked at or would massage on my quads fix it?").
    rf"{_BODY_SIGNS.pattern}|{_WHETHER_TO_BE_SEEN.pattern}"
)


# One medicine with another, or a massage changing a medicine's level: the pharmacist's question, even
# when one of them (a blood thinner) is also a reason for the therapist to adapt.
_INTERACTING = rf"(?:{_MEDICINE}|{_NAMED_DRUG}|warfarin|apixaban|rivaroxaban|clopidogrel|digoxin|amiodarone)"
_INTERACTION = re.compile(
    rf"\b(?:take|taking|mix|mixing|combine|combining|have|having)\b(?:\W+\w+){{0,3}}?\W+{_INTERACTING}\b"
    rf"(?:\W+\w+){{0,2}}?\W+(?:with|alongside|while on|on top of)\b(?:\W+\w+){{0,2}}?\W+{_INTERACTING}\b|"
    rf"\b{_INTERACTING}\b(?:\W+\w+){{0,3}}?\W+and\b(?:\W+\w+){{0,3}}?\W+{_INTERACTING}\b(?:\W+\w+){{0,2}}?\W+together\b|"
    # "apply diclofenac gel after the session and also take paracetamol along with it"
    rf"\A(?=.*(?:\?|\b(?:ok|okay|safe|fine|can i|whether|advise)\b)).*?\b{_INTERACTING}\b(?:\W+\w+){{0,12}}?\W+(?:and also|and|also|plus) "
    rf"(?:take|taking|use|using|apply|applying|have|having) (?:\w+ )?{_INTERACTING}\b|"
    r"\b(?:change|changes|affect|affects|raise|lower|alter|mess with|interfere with)\b(?:\W+\w+){0,3}?\W+"
    r"(?:drug|blood|medication|medicine|lithium|sugar|insulin|inr) levels?\b|\binteract\w* with (?:my |the )?\w+"
)


_TAKE_A_MEDICINE = re.compile(
    # A short follow-up that brings one's own medicine into the question just answered: "what about with
    # my tramadol", "even my meds?", "and if I'm on sertraline?".
    rf"\A\W*(?:\w+\W+){{0,3}}?(?:what about|how about|even|and|also|what if i'?m on|and if i'?m on|with|but)\b(?:\W+\w+){{0,3}}?\W+"
    rf"(?:my|mine|his|her) (?:\w+ )?(?:{_MEDICINE}|{_NAMED_DRUG})\W*\Z|"
    rf"\b(?:can|could|should|may) i (?:still )?(?:take|have|use) (?:a |an |some |my )?(?:{_NAMED_DRUG}|paracetamol|ibuprofen|"
    rf"aspirin|co-?codamol|codeine|painkillers?|pain killers?|muscle relax(?:ants?|ers?))\b|"
    # "I'm on warfarin. A friend said turmeric and fish oil would help. Is that ok to take?"
    rf"\A(?=.*\b{_MEDICINE}\b).*\b(?:ok|okay|safe|fine|alright|good) to take\b"
    # Asking for a medicine that goes with one's own: "can you recommend a painkiller that's safe with my
    # blood thinners?" (the medicine is the question, not the blood thinner's clearance).
    rf"|\b(?:recommend|suggest|advise|which|what)\b(?:\W+\w+){{0,3}}?\W+(?:{_MEDICINE}|{_NAMED_DRUG})\b(?:\W+\w+){{0,4}}?\W+"
    r"(?:safe|ok|okay|fine|alright|good|goes|go) (?:to take |to use )?(?:with|alongside|on top of)\b"
)


# Stopping or skipping a medicine around the session ("what if I just stopped taking them for a few days
# before the appointment?"): never the assistant's to suggest, whatever the medicine is for.
_STOP_A_MEDICINE = re.compile(
    r"\b(?:(?:what if|what about if|could|can|should|shall|is it (?:ok|okay|fine|alright|safe) if) i|"
    # "is it safe for me to stop my blood thinners for a week…?"
    r"is it (?:ok|okay|fine|alright|safe|all right) (?:for me )?to) (?:just |simply )?(?:stop\w*|came off|come off|"
    r"skip\w*|paus\w*|quit|miss\w*|left off) (?:taking )?"
    # (not "can i stop the session halfway if it's too much?")
    r"(?!(?:the|my|it|a) (?:session|massage|treatment|appointment|appt|therapist|pressure|work|halfway)\b|it halfway\b)"
    # …nor training or a meal: "should i skip the gym the morning before?", "can I skip my run that day?"
    r"(?!(?:the|my|a|an|that|this|those|these) (?:\w+ )?(?:gym|workout|work ?out|training|run|runs|jog|swim|class|classes|weights|"
    r"leg day|exercise|lift|lifting|spin|yoga|pilates|match|game|practice|walk|hike|ride|cycle|breakfast|lunch|dinner|meal|"
    r"coffee|caffeine|wine|drink|drinks|booze|alcohol|pint)s?\b)"
    r"(?:them|it|my|the|those|these)\b(?:\W+\w+){0,6}?\W+(?:before|for|until|around|on the day|"
    r"that (?:morning|day)|beforehand|so (?:that )?i (?:don'?t|won'?t|do not))\b"
)


def _negated_everywhere(normalized: str, pattern: re.Pattern[str]) -> bool:
    """No mention of the pattern is live (there is none, or each is negated in its clause: "no
    numbness or pins and needles")."""
    return all(not is_live(clause, pattern) for clause in split_clauses(normalized))


def find_medical_request(text: str, asked_before: bool = False) -> MedicalRequest | None:
    """`asked_before`: as for `clearance_entry`."""
    if about_something_else(text) and not about_the_clinic(text):
        return None  # "my dog has a lump on his leg, what could it be?": a vet's question, not the client's health
    if said_to_be_for_the_client(text):
        # "my son gets growing pains, but this is for me: do you do family bookings?": only the client's matter.
        text = without_someone_elses_matter(text)
    normalized = without_figures_of_speech(normalize(text))
    if _BABYS_MOVEMENTS.search(normalized):
        return MedicalRequest("pregnancy_concern")
    if _PREGNANT_WITH_SIGNS.search(normalized):
        # "31 weeks, a bad headache for two days, puffy hands and flashing lights: could a massage help me
        # relax?": the signs are the matter, not whether to come.
        return MedicalRequest("pregnancy_signs")
    listed = _BACKGROUND.search(normalized) and not _ASKS_ABOUT_THE_MEDICINE.search(normalized)
    if _INTERACTION.search(normalized) and not listed:
        # "on the pill and take vitamin D + magnesium. anything on the intake form i need to list?": medicines
        # listed for the form are the FAQ's (tell your therapist), not a question of mixing them.
        return MedicalRequest("medication")
    if _TAKE_A_MEDICINE.search(normalized) or _STOP_A_MEDICINE.search(normalized):
        # "32 weeks pregnant, can I take co-codamol for my sciatica?": the medicine is the question,
        # not the pregnancy the client mentions with it.
        return MedicalRequest("medication")
    if _WHICH_OF_TWO.search(normalized) and not _A_CHOICE_OF_MASSAGE.search(normalized):
        return MedicalRequest("diagnosis")
    entry = clearance_entry(text, asked_before)
    if entry is not None:
        return MedicalRequest(f"{CLEARANCE}{entry}")
    if _A_LUMP_THAT_STAYS.search(normalized):
        # However it is asked ("should I book more sessions to work on it?"): a lump that stays or grows is the doctor's.
        return MedicalRequest("symptoms")
    if _CHILDS_NIGHT_PAIN.search(normalized):
        # A child's pain that wakes them at night, however it is asked ("would a kids massage help?"): the doctor's.
        return MedicalRequest("symptoms")
    if _A_FALL_THAT_STILL_HURTS.search(normalized) and not _LONG_AGO.search(normalized):
        return MedicalRequest(f"{CLEARANCE}con-recent-injury")
    if _LONG_PAST_TO_MENTION.search(normalized) and not _STILL_A_WORRY.search(normalized):
        return None
    if _TEST_RESULT_RX.search(normalized):
        return MedicalRequest("diagnosis")  # one's own test result is for the doctor, however it is asked
    for request, pattern in RULES:
        if pattern.search(normalized):
            if pattern is _PAIN_WITH_SICKNESS and not _negated_everywhere(normalized, _SICKNESS):
                # However it is asked ("can I book a session for it?"): the sickness says it is no muscle's.
                return request
            if pattern in _STANDS_ON_OWN_SYMPTOM and _negated_everywhere(normalized, _OWN_SYMPTOM_RX):
                continue
            if pattern is _NOT_A_MUSCLE_OF_MINE and (
                _negated_everywhere(normalized, _NOT_MUSCLE_RX) or _PUT_DOWN_TO_NERVES.search(normalized)
            ):
                continue
            if request.kind == "symptoms" and _A_SESSIONS_FIRST_DAYS.search(normalized):
                continue  # the aftercare entries' question
            if pattern is _OWN_CHEST_AS_TRIGGER_POINT and _A_DOCTORS_ALL_CLEAR.search(normalized):
                continue
            if (
                request.kind in ("diagnosis", "symptoms")
                and _SUITABILITY.search(normalized)
                and not _UNEXPLAINED.search(normalized)
            ):
                continue
            if request.kind == "medication" and _SUITABILITY.search(normalized):
                # "is it ok if I'm on blood thinners (rivaroxaban)?": whether to come on it, which the blood
                # thinner entry answers (a doctor's OK first), not a question about the medicine itself.
                thinner = _CLEARANCE_MATTERS["con-blood-thinners"].search(normalized)
                if thinner is not None and not negated(normalized, thinner.start(), thinner.end()):
                    return MedicalRequest(f"{CLEARANCE}con-blood-thinners")
            if (
                request.kind == "medication"
                and _BACKGROUND.search(normalized)
                and not _ASKS_ABOUT_THE_MEDICINE.search(normalized)
            ):
                continue  # "I take iron tablets and vitamin D. Worth mentioning?": the FAQ (tell your therapist)
            if (
                request.kind == "diagnosis"
                and _TERMINOLOGY.search(normalized)
                and not _CHILDS_SYMPTOM.search(normalized)
            ):
                continue  # "my physio calls it myofascial pain, is that the same as trigger points?"
            if (
                request.kind == "diagnosis"
                and _SERVICE_FIT.search(normalized)
                and _negated_everywhere(normalized, _NOT_JUST_SORE)
                and not _UNEXPLAINED.search(normalized)
            ):
                continue  # "not numb, just a dull ache when I sit too long. is that the kind of thing trigger point helps?"
            if (
                request.kind == "symptoms"
                and _ABOUT_THE_SERVICE.search(prepare(text))
                and not _UNEXPLAINED.search(normalized)
            ):
                continue  # "I've had pain for 6 years and tried everything. Does trigger point therapy actually work?"
            if (
                request.kind == "treatment"
                and _PAST_AND_WELL.search(normalized)
                and not _STILL_A_WORRY.search(normalized)
            ):
                continue  # "whiplash about 10 years ago, completely fine now, just a stiff neck from work. Can you work on it?"
            if request.kind == "diagnosis" and _WHICH_KIND_OF_SESSION.search(normalized):
                continue  # "so stressed … do you do relaxing stuff or is it all the painful trigger point kind?"
            if (
                request.kind in ("diagnosis", "symptoms")
                and _doctors_word_given(normalized)
                and not _UNEXPLAINED.search(normalized)
            ):
                continue  # "no numbness, just an ache. my GP checked it and said muscular"
            if (
                request.kind == "diagnosis"
                and _SMALL_AFTER_EFFECT.search(normalized)
                and not _UNEXPLAINED.search(normalized)
                and not _STILL_A_WORRY.search(normalized)
            ):
                continue  # "got a little bruise where she worked on my shoulder. should I worry?": the aftercare entry
            if (
                request.kind == "diagnosis"
                and _HOW_TRIGGER_POINTS_BEHAVE.search(prepare(text))
                and not _UNEXPLAINED.search(normalized)
                and not _STILL_A_WORRY.search(normalized)
            ):
                continue  # "why does pressing on my shoulder make my head hurt? is that a trigger point thing": referral, the FAQ's
            if request.kind == "diagnosis" and _NOT_ASKING.search(normalized):
                continue  # "that's normal right? not asking for a diagnosis lol"
            if (
                request.kind == "diagnosis"
                and _AFTER_EXERCISE.search(normalized)
                and not _NOT_JUST_SORE.search(normalized)
                and not _A_CONDITION.search(
                    normalized
                )  # "fibromyalgia or myofascial pain? can you tell from a session?"
                and not _CHILDS_SYMPTOM.search(normalized)
            ):
                continue  # "sore after the gym, is that trigger points or just DOMS?": ordinary soreness
            if request.kind in ("diagnosis", "symptoms") and _EXPLAINED_BY_THE_SESSION.search(normalized):
                # "why is my face puffy when I get up from the face hole?", "my heart races before
                # appointments cos I get nervous": the table or nerves explain it.
                continue
            if (
                request.kind == "diagnosis"
                and (_EVERYDAY_CAUSE.search(normalized) or _FEELS_LIKE_A_TRIGGER_POINT.search(normalized))
                and _ABOUT_TRIGGER_POINTS.search(normalized)
                and not _NAMES_A_DIAGNOSIS.search(normalized)
                and not _CHILDS_SYMPTOM.search(normalized)
                and _negated_everywhere(normalized, _NOT_JUST_SORE)
                and not _UNEXPLAINED.search(normalized)
            ):
                # "no numbness, just a dull ache in my forearm from the mouse. could that be a trigger
                # point?": an everyday ache and a question about trigger points, which the FAQ answers.
                continue

            return request
    return None


_HEALTH_MATTER = re.compile(
    rf"\b(?:{_NAMED_CONDITIONS_RX}|{_MEDICINE}|diagnos\w*|prescri\w*|scan|mri|x-?ray|blood test|symptoms?)\b"
)


def mentions_health_matter(text: str) -> bool:
    """A named condition, medicine, diagnosis or test: what a personal medical question is about
    when it names no symptom ("is it fibromyalgia?", "can I take naproxen?")."""
    return bool(_HEALTH_MATTER.search(normalize(text)))


def mentions_live_health_matter(clause: Clause) -> bool:
    """A clause that names a health matter not negated in it: not "no injury, no other symptoms"."""
    return is_live(clause, _HEALTH_MATTER)


def names_anything_medical(text: str) -> bool:
    """A health matter, or a matter that needs clearance, however it is said ("on warfarin btw",
    "ACL recon 3 wks ago"): what a plain booking must not pass over."""
    prepared = prepare(text).replace(" - ", "-")
    return mentions_health_matter(text) or any(p.search(prepared) for p in _CLEARANCE_MATTERS.values())


# A question about the service itself ("can trigger point therapy help with that?", "do your
# therapists work on feet?", "what would a session involve?") is an FAQ question even when the
# client mentions an ordinary ache, or a condition they say is diagnosed and looked after.
_ABOUT_THE_SERVICE = re.compile(
    r"\b(?:can|could|would|will|does|do|is|might) (?:trigger point(?: therapy| massage| work)?|tpt|tp|massage|"
    r"a massage|it|this|that|(?:a |some |a few |a couple of )?(?:regular |weekly |monthly |more |occasional |few |monthly )?(?:sessions?|massages?|treatments?)|"
    r"you|u|your therapists?|they|the therapists?)\b"
    r"(?:\W+\w+){0,3}?\W+(?:help|helps|work|treat|good|useful|worth|make a difference|do anything|sort|ease|relieve|"
    # What massage is claimed to do: "does massage actually 'improve blood flow'?", "can it flush out toxins?"
    r"improve|increase|boost|flush\w*|detox\w*|break (?:up|down)|release|drain)\b|"
    r"\bdo (?:you|u|your therapists?|they) (?:treat|work on|deal with|do|see|help)\b|"
    # "do your therapists ever work with people who have fibromyalgia?", "can you work around it?"
    r"\b(?:do|can|will|would|does) (?:you|u|your therapists?|the therapists?|they|she|he|any of (?:you|your therapists)) "
    r"(?:ever |often |usually |also |normally |regularly )?(?:work with|see|treat|take on|get) (?:many |a lot of |lots of |other )?"
    r"(?:people|clients|patients|anyone|someone|folks|men|women)\b|"
    r"\b(?:can|could|would|will) (?:you|u|the therapists?|your therapists?|they|she|he) (?:just )?(?:work|massage|go) around (?:it|that|them|this|the)\b|"
    r"\bworth (?:coming in|booking(?: in)?|a session|a massage|trying (?:it|trigger point\w*|a session))\b|"
    # "Is trigger point therapy something that might suit him?", "would it be right for me?"
    r"\b(?:suit|suits|suited|right for|a good fit for|a good idea for) (?:me|him|her|them|us|someone like|people like|my)\b|"
    r"\bwhat (?:would|does|will|should) (?:a|the|my|the first) (?:session|treatment|appointment|visit)\b|"
    r"\bhow (?:painful|sore|long|often|many)\b|\bcan i (?:book|have the same|get the same|come in)\b|"
    r"\bsomething (?:(?:you|u)(?: guys| lot| all)?|your therapists?) (?:treat|do|work on|help with|see|deal with)\b|\bbetter way to\b|"
    r"\b(?:trigger point(?: therapy| massage)?|massage|tpt|sessions?) (?:is |are )?(?:good|useful|helpful|worth it) for\b|"
    r"\b(?:do|can|will|does|would) (?:they|trigger points?|knots?|them) (?:show|appear|be seen|be found|turn up)\b|"
    # "I want to try trigger point therapy for my tension headaches", "thinking of booking a massage for my sciatica"
    r"\b(?:want|wanted|wanna|like|hoping|hope|thinking of|thinking about|planning|plan|keen|going) (?:to )?(?:try|trying|book|booking|have|having|get|getting|give) "
    r"(?:some |a |a few |regular )?(?:trigger point(?: therapy| massage| work)?|tpt|massages?|sessions?|treatments?)(?: a (?:go|try))? (?:for|on)\b|"
    # "is this the sort of thing trigger point therapy is for?"
    rf"{_KIND_OF_THING_WE_DO}"
)
_LOOKED_AFTER = re.compile(
    # "I'm type 2, on metformin, no complications", "stable for years"
    rf"\b(?:managed|under control|controlled|on top of it|{_STABLE}|no (?:nerve|foot|feet) (?:problems|issues|damage)|"
    r"i do (?:the|my) (?:stretches|exercises)|my (?:gp|doctor|physio|physiotherapist|"
    r"neurologist|consultant|specialist|rheumatologist|osteopath|chiropractor) (?:said|says|suggested|recommended|"
    r"thinks|told|referred|sent)|"
    # "doctor diagnosed it last month and said massage might help alongside physio"
    r"(?:gp|doctor|dr|physio\w*|consultant|specialist|surgeon)\b(?:\W+\w+){0,8}?\W+(?:said|says|thinks|told (?:me|him|her))\b"
    r"(?:\W+\w+){0,2}?\W+(?:massage|trigger point\w*|it|this|that|sessions?)\b(?:\W+\w+){0,2}?\W+(?:might|would|could|should|will|may|can) help|"
    r"(?:gp|doctor|dr|physio\w*|consultant|specialist|surgeon)\b(?:\W+\w+){0,8}?\W+(?:recommended|suggested) (?:massage|trigger point|a massage|sessions?))\b"
)


# What the therapist works with: oils, creams, tools, needles.
_WHAT_THE_CLINIC_USES = re.compile(
    r"\b(?:do|does|will|would) (?:you|u|they|she|he|the therapists?|your therapists?) (?:\w+ )?(?:use|put (?:\w+ )?on|apply|bring)\b|"
    r"\bwhat (?:do|does) (?:you|u|they|the therapists?) (?:use|put on)\b|\bis it (?:just|only) (?:hands|fingers|elbows|oil)\b"
)


# Referred pain and the pain of the treatment itself, asked about: the FAQ's questions.
_HOW_TRIGGER_POINTS_BEHAVE = re.compile(
    # "can you see a trigger point on a scan or an xray?"
    r"\b(?:see|detect|find|spot|show)\w* (?:a |the |any )?(?:trigger points?|knots?)\b(?:\W+\w+){0,3}?\W+(?:on|with|in|by) (?:a |an |the )?(?:scans?|x-?rays?|mri|ultrasound)\b|"
    r"\b(?:trigger points?|knots?)\b(?:\W+\w+){0,2}?\W+(?:show\w*|appear\w*|visible|be seen|be picked up)(?: up)?\b(?:\W+\w+){0,3}?\W+"
    r"(?:on|with|in|by) (?:a |an |the |my )?(?:scans?|x-?rays?|mri|ultrasound|blood tests?)\b|"
    # "is trigger point more painful than a sports massage?"
    r"\b(?:trigger point\w*(?: therapy| massage)?|tpt|it|this) (?:\w+ )?(?:more|less) (?:painful|sore|intense)\b(?:\W+\w+){0,1}?\W+than\b|"
    r"\b(?:can|could|does|do|why (?:does|do|would)|how (?:can|does|do))\b(?:\W+\w+){0,3}?\W+(?:knots?|trigger points?|spots?|pressing|pressure|"
    # "can tight glutes send pain down the back of my thigh"
    r"tight (?:\w+ )?(?:muscles?|glutes?|calf|calves|traps?|hamstrings?|shoulders?|hips?|quads?|forearms?|neck muscles?))\b"
    r"(?:\W+\w+){0,8}?\W+(?:make|makes|cause|causes|send|sends|refer|refers|give|gives)\b(?:\W+\w+){0,5}?\W+(?:ache|aches|hurt|hurts|pain|tingl\w*)\b|"
    r"\bis (?:it|trigger point\w*(?: therapy| massage)?|tpt|the massage|a session|the treatment) (?:going to be |gonna be |very |really )?(?:painful|sore)\b|"
    # "is trigger point therapy meant to hurt??", "hurt so much I cried. Is trigger point like that?"
    r"\b(?:is|does|will|would) (?:it|trigger point\w*(?: therapy| massage| work)?|tpt|tp|the massage|a session|the treatment|yours|your \w+) "
    r"(?:meant to|supposed to|going to|gonna|have to|always) (?:hurt|be (?:painful|sore|agony))|"
    r"\bis (?:trigger point\w*(?: therapy| massage| work)?|tpt|tp|yours|your (?:massage|treatment|therapy)) (?:like that|that (?:painful|bad|brutal)|as (?:painful|bad|brutal))\b|"
    # A sensation felt while the therapist works: "tingling in my hand when she works on my neck?"
    r"\b(?:tingl\w*|pins and needles|numb\w*|zing\w*|electric\w*|buzz\w*|ache|aching|pain|twitch\w*)\b(?:\W+\w+){0,5}?\W+"
    r"(?:when|while|whilst|as|every time) (?:she|he|they|you|u|the therapist|your therapist|my therapist|someone) "
    r"(?:\w+ )?(?:works?|worked|working|press\w*|push\w*|massag\w*|dig\w*|hits?|touch\w*|gets? to)\b|"
    r"\b(?:tingl\w*|pins and needles|numb\w*|twitch\w*)\b(?:\W+\w+){0,5}?\W+(?:during|in) (?:the |my |a )?(?:massage|session|treatment)\b"
)


def asks_about_the_service(text: str) -> bool:
    """A question about what the clinic does, not about the client's health: any condition it
    names is one the client says is diagnosed and looked after."""
    prepared = prepare(text)
    if _WHAT_THE_CLINIC_USES.search(prepared) or _HOW_TRIGGER_POINTS_BEHAVE.search(prepared):
        return True  # "do you use numbing cream or is it just hands?", "why does pressing one spot make my arm ache?"
    if _TERMINOLOGY.search(prepared) and _ABOUT_TRIGGER_POINTS.search(prepared) and not _UNEXPLAINED.search(prepared):
        return True  # "is myofascial pain syndrome the same as fibromyalgia? they sound alike"
    if not _ABOUT_THE_SERVICE.search(prepared):
        return False
    return not _HEALTH_MATTER.search(prepared) or bool(_LOOKED_AFTER.search(prepared))


def condition_looked_after(text: str) -> bool:
    """A condition the client says is diagnosed and looked after, with nothing asked about its medicine:
    "my blood pressure's on the high side but it's controlled with tablets and my GP is happy. anything I
    should do?" (the contraindication entry answers it)."""
    prepared = prepare(text)
    return bool(_LOOKED_AFTER.search(prepared)) and not _ASKS_ABOUT_THE_MEDICINE.search(prepared)


_ASKS_WHEN_TO_COME = re.compile(
    r"\b(?:when|how soon) (?:can|could|should|do|may) (?:i|we|he|she) (?:\w+ )?(?:come|book|have|get|start|return)\b|"
    r"\bhow long (?:should|do|must|will|would) (?:i|we|he|she) (?:have to |need to )?(?:wait|leave it)\b|\bhow long (?:till|until|before) (?:i|we|he|she) can\b"
)


def asks_when_to_come(text: str) -> bool:
    """ "When can I come back?", "how long should I wait then": when a visit is possible."""
    return bool(_ASKS_WHEN_TO_COME.search(prepare(text)))
