"""Requests the assistant must hand to a doctor: diagnosis, medicines, treatment, symptoms.

The brief's same-day symptoms (§5b) are dangers, not requests: they live in
`bot/red_flags.py`. These rules are deliberately narrow (high precision): "is it going to hurt?"
and "is soreness normal?" are ordinary FAQ questions. The NLU model's
`ask_medical` intent catches the broader range; these rules make sure the
clearest cases are referred whatever the model predicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text_normalization import normalize


@dataclass(frozen=True)
class MedicalRequest:
    kind: str  # diagnosis | medication | treatment | symptoms | blood_pressure


CONDITIONS = (
    r"(?:herniated|slipped|bulging|prolapsed|ruptured) discs?|disc (?:problem|issue|bulge|herniation)s?|sciatica|"
    r"arthritis|osteoarthritis|fibromyalgia|stenosis|scoliosis|carpal tunnel|frozen shoulder|"
    r"tendinitis|tendonitis|bursitis|plantar fasciitis|migraines?|tmj|whiplash|pinched nerves?|"
    r"trapped nerves?|torn \w+|\w+ tear|rotator cuff|spondylitis|spondylosis|neuropathy|lupus|"
    r"multiple sclerosis|\bms\b|gout|tennis elbow|golfer'?s elbow|shin splints|degenerative \w+|"
    r"chronic fatigue|hernia|endometriosis|ibs|depression|anxiety|insomnia|high blood pressure|"
    r"hypertension|diabetes|cancer|tumou?r|injury|injuries|condition|diagnosis"
)
_SYMPTOM = (
    r"(?:pain|painful|hurts?|hurting|ache|aches|aching|numb|numbness|tingl\w*|pins and needles|"
    r"swollen|swelling|weak|weakness|stiff|burning|shooting|throbbing|clicking|cramp\w*|spasms?|lump)"
)
_PERSIST = (
    r"(?:for (?:the (?:last|past) )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|"
    r"couple of|many) (?:days?|weeks?|months?|years?)|since (?:last|yesterday|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|\d)|won'?t go away|doesn'?t go away|not going away|keeps coming back|"
    r"constant(?:ly)?|all the time|every day|getting worse|worse and worse|worse every day|still)"
)
_MEDICINE = (
    r"(?:medicine|medication|meds|painkillers?|pain killers?|pain relief|pills?|tablets?|ibuprofen|"
    r"paracetamol|acetaminophen|tylenol|advil|aspirin|naproxen|codeine|muscle relaxants?|relaxants?|"
    r"anti[- ]?inflammator\w*|steroids?|cream|gel|antibiotics?|dose|dosage|cbd(?: oil)?|supplements?|herbal \w+|"
    # Common prescriptions for pain, mood and sleep, by name.
    r"amitriptyline|nortriptyline|duloxetine|pregabalin|gabapentin|diclofenac|co-?codamol|morphine|"
    r"sertraline|citalopram|fluoxetine|mirtazapine|diazepam|zopiclone|prednisolone|methotrexate)"
)


RULES: list[tuple[MedicalRequest, re.Pattern[str]]] = [
    (
        MedicalRequest("medication"),
        re.compile(
            rf"\b(?:what|which|how much|how many|best)\b(?:\W+\w+){{0,5}}?\W+{_MEDICINE}\b(?:\W+\w+){{0,5}}?\W+(?:take|use|have|should|for)\b|"
            rf"\b(?:can|should|shall|could|is it ok to|is it safe to|do i) (?:i )?(?:take|stop|start|increase|double|reduce|come off|skip)\b(?:\W+\w+){{0,4}}?\W+{_MEDICINE}|"
            rf"\b(?:should|can|could) i (?:stop|come off|skip|quit|cut down|reduce) (?:taking )?my\b|"
            rf"\b{_MEDICINE}\b.*\b(?:should|can|could) i (?:stop|come off|skip|quit|cut down|reduce) (?:taking )?(?:it|them|this|that)\b|"
            rf"\b(?:mix|mixing|combine|combining|take|taking|use|using) (?:my |the |some )?{_MEDICINE}\b(?:\W+\w+){{0,3}}?\W+(?:with|and|alongside)\b(?:\W+\w+){{0,3}}?\W+{_MEDICINE}|"
            rf"\b(?:replace|instead of|come off|get off|stop taking|cut down)\b(?:\W+\w+){{0,3}}?\W+{_MEDICINE}|"
            rf"\bprescri(?:be|ption) (?:me|something)|\bdos(?:e|age) of\b"
        ),
    ),
    (
        MedicalRequest("diagnosis"),
        re.compile(
            r"\b(?:what'?s|what is|whats) (?:causing|wrong with|behind)\b|"
            r"\bwhat (?:could|might|do you think) (?:it|this|that) (?:is|be|causes?)\b|"
            r"\bdiagnos\w*\b(?:\W+\w+){0,3}?\W+(?:me|my|this|it)\b|\b(?:can|could) you diagnos|"
            rf"\b(?:do|could|might) (?:you think )?i (?:have|have got|be having)\b(?:\W+\w+){{0,3}}?\W+(?:{CONDITIONS}|a (?:tear|fracture|hernia|clot|slipped disc))|"
            rf"\bis (?:it|this|that|my \w+) (?:a |an )?(?:{CONDITIONS}|fracture|broken|torn|pulled)\b(?! (?:a )?contraindication)|"
            rf"\bwhy (?:does|do|is|are|am) (?:my|i)\b(?:\W+\w+){{0,5}}?\W+{_SYMPTOM}|"
            # "my GP thinks it's fibromyalgia but I reckon it's trigger points, which is it?"
            rf"\b(?:{CONDITIONS})\b.*\b(?:which (?:one )?is it|which is (?:it|right)|who'?s right|is it that or)\b|"
            # Pain tied to eating or breathing is not a muscle question (gallbladder, heart, lungs).
            rf"\b{_SYMPTOM}\b(?:\W+\w+){{0,8}}?\W+(?:worse |comes on |starts )?(?:after|when i) (?:fatty |big |heavy )?(?:meals?|eating|food|i eat)\b"
        ),
    ),
    (
        MedicalRequest("treatment"),
        re.compile(
            rf"\b(?:fix|fixes|cure|cures|heal|heals|treat|treats|get rid of|sort out|sorts out|reverse|repair|help|helps|work for|good for)\b"
            rf"(?:\W+\w+){{0,4}}?\W+my\b(?:\W+\w+){{0,3}}?\W+(?:{CONDITIONS})\b|"
            rf"\b(?:should i|do i need (?:to|a)|which) (?:see|get|have|go to) (?:a |an )?(?:scan|x-?ray|mri|surgery|operation|injection|specialist)|"
            rf"\b(?:need|needs|get|have|book|go for|ask for|referred for)\b (?:an? |to get an? |to have an? )?(?:scan|x-?ray|mri|ultrasound|steroid injection|cortisone)\b"
        ),
    ),
    (
        # A high blood pressure reading (160/100 or more) needs a doctor before firm pressure,
        # even asked as "can I still come?".
        MedicalRequest("blood_pressure"),
        re.compile(
            r"\b(?:1[6-9]\d|2\d\d) ?(?:/|over) ?(?:\d{2,3})\b(?=.*\b(?:bp|blood pressure|pressure|reading)\b)|"
            r"\b(?:bp|blood pressure)\b.*\b(?:1[6-9]\d|2\d\d) ?(?:/|over) ?\d{2,3}\b"
        ),
    ),
    (
        MedicalRequest("symptoms"),
        re.compile(
            rf"\b(?:i'?ve|i have|i'?ve had|i had|i'?ve been having|i am having|i'?m having|my \w+(?: \w+)? (?:has|have) been|i keep (?:getting|having)|i get)\b"
            rf"(?:\W+\w+){{0,6}}?\W+{_SYMPTOM}\b(?:\W+\w+){{0,8}}?\W+{_PERSIST}|"
            rf"\b(?:numb|numbness|tingl\w*|pins and needles)\b(?:\W+\w+){{0,8}}?\W+{_PERSIST}"
        ),
    ),
]

# A question about treatment *suitability* with a named condition is an FAQ
# contraindication question, not a request to treat the condition.
_SUITABILITY = re.compile(
    r"\b(?:can i (?:still )?(?:have|get|come|book|do)|is it (?:safe|ok|okay|alright|fine)|"
    r"safe (?:for|to)|am i (?:able|allowed|ok)|should i (?:still )?(?:come|book|have|get|avoid)|"
    r"is (?:a )?(?:massage|trigger point(?: therapy| massage| work)?|treatment) (?:safe|ok|okay|suitable|alright|fine)|"
    r"(?:is|would|will) (?:that|it|this) (?:be )?(?:an? )?(?:issue|problem|concern|ok|okay) (?:for|with|if)\b)\b"
)


def find_medical_request(text: str) -> MedicalRequest | None:
    normalized = normalize(text)
    for request, pattern in RULES:
        if pattern.search(normalized):
            if request.kind in ("diagnosis", "symptoms") and _SUITABILITY.search(normalized):
                continue
            return request
    return None


# Conditions a client names when asking a doctor's question; not the everyday words
# ("injury", "anxiety") that ordinary booking messages use too.
_NAMED_CONDITIONS = "|".join(
    c for c in CONDITIONS.split("|") if c not in ("injury", "injuries", "condition", "diagnosis", "anxiety", "insomnia")
)
_HEALTH_MATTER = re.compile(
    rf"\b(?:{_NAMED_CONDITIONS}|{_MEDICINE}|diagnos\w*|prescri\w*|scan|mri|x-?ray|blood test|symptoms?)\b"
)


def mentions_health_matter(text: str) -> bool:
    """A named condition, medicine, diagnosis or test: what a personal medical question is about
    when it names no symptom ("is it fibromyalgia?", "can I take naproxen?")."""
    return bool(_HEALTH_MATTER.search(normalize(text)))
