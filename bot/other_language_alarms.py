"""Emergencies written in another language.

The assistant answers only in English, but someone writing "dolor en el pecho" or
"не могу дышать" must still be given the emergency number. These are the few words
for the dangers where minutes matter (chest pain, breathing, stroke, collapse,
suicide), in the languages a clinic most often hears. A match is never a reason to
stay silent on anything else: the English reply still names the emergency number.
"""

from __future__ import annotations

import re
import unicodedata

_ALARMS: dict[str, tuple[str, ...]] = {
    "chest_pain": (
        r"dolor (?:en el|de|del) pecho|dolor toracico|ataque al corazon|infarto|"
        r"douleur (?:a la|dans la|de|thoracique)(?: poitrine)?|mal a la poitrine|crise cardiaque|"
        r"brustschmerz\w*|schmerz\w* in der brust|herzinfarkt|engegefuhl in der brust|"
        r"dolore al petto|attacco di cuore|dor no peito|ataque cardiaco|"
        r"bol w klatce|zawal serca|zawal|gogus agrisi|kalp krizi|"
        # "me duele mucho el pecho y el brazo izquierdo"
        r"(?:me )?duele (?:mucho |bastante |muchisimo )?(?:el|mi) pecho|(?:presion|opresion) en el pecho|"
        r"j'?ai (?:tres )?mal (?:a la|au) (?:poitrine|coeur)|(?:oppression|serrement) (?:dans la|a la) poitrine|"
        r"mi fa (?:molto )?male il petto|doi (?:muito )?o peito|aperto no peito|brust tut (?:so )?weh|druck auf der brust",
        r"боль в груди|болит грудь|инфаркт|сердечный приступ|胸痛|胸口痛|胸口疼|心脏病发作|胸が痛い|心臓発作|"
        r"가슴 통증|가슴이 아파|심장마비|ألم في الصدر|نوبة قلبية",
    ),
    "breathing": (
        r"no puedo respirar|me ahogo|je ne peux pas respirer|j'?arrive pas a respirer|j'?etouffe|"
        r"ich kann nicht atmen|keine luft|atemnot|non riesco a respirare|nao consigo respirar|"
        r"nie moge oddychac|nefes alamiyorum",
        r"не могу дышать|задыхаюсь|呼吸困难|喘不过气|息ができない|숨을 쉴 수 없|숨이 안|لا أستطيع التنفس",
    ),
    "stroke_signs": (
        r"\bictus\b|derrame cerebral|\bavc\b|accident vasculaire|schlaganfall|\budar\b|felc|"
        # A face that droops and speech that fails: "mi padre tiene la cara torcida y no puede hablar bien".
        r"(?:cara|boca) (?:torcida|caida|paralizada)|no (?:puede|puedo) hablar|habla (?:raro|mal|arrastrando)|"
        r"(?:visage|bouche) (?:tordu|de travers|paralyse)|(?:ne peut|n'?arrive) (?:plus |pas a )?parler|"
        r"gesicht (?:hangt|ist schief)|kann (?:nicht|kaum) (?:mehr )?sprechen|(?:faccia|bocca) storta|non riesce a parlare|"
        r"(?:rosto|boca) (?:torto|torta|caido|caida)|nao consegue falar",
        r"инсульт|中风|脑卒中|脳卒中|뇌졸중|سكتة دماغية",
    ),
    "fainting": (
        r"se desmayo|desmayad\w*|s'?est evanoui\w*|evanoui\w*|ohnmachtig|bewusstlos|svenut\w*|desmaiou|"
        r"zemdlal\w*|bayildi",
        r"потерял сознание|потеряла сознание|晕倒|昏倒|気を失|기절|أغمي عليه",
    ),
    "suicidal_thoughts": (
        # "suicide"/"suicidal" are English too: the English rules read those, with their scope.
        r"suicidio|suicidar\w*|suicidaire|quiero morir|me quiero matar|quitarme la vida|je veux mourir|me tuer|selbstmord|suizid\w*|"
        r"ich will sterben|mich umbringen|voglio morire|uccidermi|quero morrer|me matar|samoboj\w*|chce umrzec|"
        r"intihar|olmek istiyorum",
        r"суицид|самоубий\w*|хочу умереть|покончить с собой|自杀|想死|自殺|死にたい|자살|죽고 싶|انتحار|أريد أن أموت",
    ),
}


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ı": "i"})


def _fold(text: str) -> str:
    # Accents folded for Latin scripts ("café" -> "cafe"); other scripts kept as they are.
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_PATTERNS = {kind: re.compile("|".join(parts)) for kind, parts in _ALARMS.items()}


def find_other_language_alarm(text: str) -> str | None:
    """The safety kind an other-language message names, or None."""
    folded = _fold(text)
    composed = unicodedata.normalize("NFC", folded)
    for kind, pattern in _PATTERNS.items():
        if pattern.search(folded) or pattern.search(composed):
            return kind
    return None
