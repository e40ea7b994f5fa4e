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
        r"zemdlal\w*|bayildi|stracil\w* przytomnosc|nieprzytomn\w*|perdio el conocimiento|perdio la conciencia|inconscient\w*|"
        r"perdu connaissance|sans connaissance|privo di sensi|perso (?:i sensi|conoscenza)|perdeu (?:a consciencia|os sentidos)|"
        r"bewusteloos|flauwgevallen|zusammengebrochen|ist umgekippt",
        r"потерял сознание|потеряла сознание|晕倒|昏倒|気を失|기절|أغمي عليه",
    ),
    "suicidal_thoughts": (
        # "suicide"/"suicidal" are English too: the English rules read those, with their scope.
        r"suicidio|suicidar\w*|suicidaire|quiero morir|me quiero matar|quitarme la vida|je veux mourir|me tuer|selbstmord|suizid\w*|"
        r"ich will sterben|mich umbringen|voglio morire|uccidermi|quero morrer|me matar|samoboj\w*|chce umrzec|"
        r"intihar|olmek istiyorum|"
        # Not wanting to live any more: "Ich will nicht mehr leben", "Artık yaşamak istemiyorum".
        r"nicht mehr leben|(?:ya )?no quiero (?:seguir )?vivir|je ne veux plus vivre|non voglio (?:piu )?vivere|nao quero (?:mais )?viver|"
        # Ending it all: "às vezes penso em acabar com tudo", "j'ai envie d'en finir".
        r"acabar con todo|acabar com tudo|acabar con mi vida|acabar com a (?:minha )?vida|\ben finir\b|mettre fin a (?:mes jours|ma vie)|"
        r"allem ein ende|meinem leben ein ende|farla finita|togliermi la vita|tirar a (?:minha )?vida|odebrac sobie zycie|skonczyc ze soba|"
        r"nie chce (?:juz )?zyc|ik wil niet meer leven|ik wil dood|yasamak istemiyorum|jeena nahi chaht[ai]|marna chaht[ai]",
        r"суицид|самоубий\w*|хочу умереть|покончить с собой|не хочу жить|自杀|想死|不想活|自殺|死にたい|자살|죽고 싶|살고 싶지 않|انتحار|أريد أن أموت|لا أريد أن أعيش",
    ),
}


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ı": "i"})


def fold(text: str) -> str:
    # Accents folded for Latin scripts ("café" -> "cafe"); other scripts kept as they are.
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_PATTERNS = {kind: re.compile("|".join(parts)) for kind, parts in _ALARMS.items()}

# Set phrases miss how people really write ("Seit einer Viertelstunde drückt es ganz stark in meiner
# Brust"), so a danger is also read from its concepts: every group of words of a kind in one message,
# in any of the languages (folded, without accents; Hinglish keeps its English body words).
_CANNOT = (
    r"\bno (?:puedo|puede|consigo|consigue)\b|\bn'?arrive\b|\bne (?:peux|peut)\b|\bnicht\b|\bkeine?\b|\bkaum\b|"
    r"\bnon riesc[oe]\b|\bnao consig[ou]\b|\bnao consegue\b|\bnie (?:moge|moze|mog\w*)\b|\bkan (?:niet|bijna)\b|\bgeen\b|\bbijna\b|"
    r"yapamiyor\w*|alamiyor\w*|\bnahi\b|\bnahin\b|не могу|не может|不能|不了|못|لا أستطيع|لا يستطيع"
)
_TOGETHER: dict[str, tuple[str, ...]] = {
    "chest_pain": (
        r"\bpecho\b|\btorax\b|poitrine|\bbrust\w*|\bpetto\b|\btorace\b|\bpeito\b|\bklat\w*|\bborst\b|\bgogs\w*|\bgogus\w*|"
        r"\bchhati\b|\bseen[ae]\b|\bchest\b|груд\w*|сердц\w*|胸|가슴|صدر",
        r"\bdolor\w*|\bduele\b|\bpresion\b|\bopresion\b|douleur|\bmal\b|\bserre\w*|oppress\w*|schmerz\w*|\bdru[e]?ck\w*|\beng\b|"
        r"\bdolore\b|\bmale\b|\bdor\b|\bdoi\b|\baperto\b|\bboli\w*|\bbol\b|\bpijn\w*|\bdruk\w*|\bagri\w*|\bdard\b|"
        r"бол\w*|давит|жж[её]т|痛|疼|闷|아파|통증|답답|ألم|وجع|يؤلم|ضيق",
    ),
    "breathing": (
        r"\brespir\w*|\baire\b|\bahog\w*|\bsouffle\b|etouff\w*|\batm\w*|\batem\w*|\bluft\b|\bfiato\b|soffoc\w*|oddech\w*|oddych\w*|"
        r"\btchu\b|\bdusz\w*|\badem\w*|\blucht\b|\bnefes\w*|\bsaans\b|дыш\w*|воздух\w*|呼吸|喘|숨|تنفس|نفس",
        # "j'ai du mal à respirer", "me cuesta respirar", "faccio fatica a respirare", "falta de ar"
        rf"{_CANNOT}|difficult\w*|dificuldade|\bdificil\b|\bschwer\b|\bschlecht\b|\bdu mal\b|\bcuesta\b|\bfalta\b|\bfatica\b|\bmanca\b|"
        r"\bzle\b|\bslecht\b|\bzorluk\w*|задыха\w*|困难|صعوبة",
    ),
    "thunderclap_headache": (
        r"\bcabeza\b|\btete\b|\bkopf\w*|\btesta\b|\bcabeca\b|\bglow\w*|\bhoofd\w*|\bbas\b|\bbasim\w*|\bsir\b|\bsar\b|голов\w*|头|머리|رأس|راس",
        r"\bpeor\b|\bpire\b|schlimmst\w*|peggior\w*|\bpior\b|najgorsz\w*|\bergste\b|en kotu|repente|soudain\w*|brutal\w*|pl(?:oe|o)tzlich|"
        r"improvvis\w*|\bnagle\b|plotseling|\baniden\b|achanak|donner\w*|explo[ts]\w*|esplo\w*|внезапн\w*|突然|갑자기|فجأة|أسوأ",
    ),
    "stroke_signs": (
        r"\bcara\b|\bboca\b|\bvisage\b|\bbouche\b|gesicht|\bmund\b|\bfaccia\b|\bbocca\b|\brosto\b|\btwarz\w*|\bgezicht\b|\byuz\w*|"
        r"\bchehra\b|\bhablar\b|\bhabla\b|\bparler\b|sprech\w*|\bspricht\b|\bparlare\b|\bparla\b|\bfalar\b|\bmowi\w*|\bpraten\b|konus\w*|"
        r"\bbrazo\b|\bbras\b|\barm\b|\bbraccio\b|\bbraco\b|\brek[aei]\b|\bkol\w*|\bhaath\b|лиц\w*|рот|говор\w*|речь|рук\w*|"
        r"脸|嘴|说话|胳膊|얼굴|말|팔|وجه|فم|كلام|ذراع",
        rf"{_CANNOT}|torcid\w*|\bcaid[ao]\b|paraliz\w*|tordu\w*|travers|schief|\bhang\w*|stort[ao]|\btort[ao]\b|krzyw\w*|opad\w*|scheef|"
        r"\bkay\w*|\btedha\b|\braro\b|bizarre|komisch|\bstrano\b|estranh\w*|dziwn\w*|\braar\b|garip|ajeeb|"
        r"перекош\w*|странн\w*|невнятн\w*|歪|奇怪|处|처지|이상|مائل|غريب|غير واضح",
    ),
    "cauda_equina": (
        r"\bespalda\b|\bdos\b|\bru(?:e)?cken\w*|\bschiena\b|\bcostas\b|\bplec\w*|\bkrzyz\w*|\bkregosl\w*|\bledzw\w*|\brug\b|\bsirt\w*|\bkamar\b|"
        r"спин\w*|腰|背|허리|ظهر",
        r"\borinar\b|\bmear\b|uriner|\bpipi\b|wasser lassen|\burin\w*|pinkel\w*|\bxixi\b|\b(?:wy|po)?sik\w*|\bmocz\w*|\bplassen\b|\bidrar\w*|\bpeshab\b|моч\w*|尿|소변|التبول|بول",
        _CANNOT,
    ),
    "overdose": (
        r"\baval\w*|\btom(?:e|ado|ei|ou)\b|\bpris\b|genommen|geschluckt|\bpreso\b|ingerit\w*|engoli\w*|\bwzi\w*|\blykn\w*|\bgenomen\b|ingenomen|"
        r"\bictim\b|yuttum|\bkha (?:li|liya|liye)\b|проглот\w*|выпил\w*|吃了|먹었|ابتلعت|تناولت",
        r"pastillas|pildoras|medicamento\w*|\bcaja\b|comprimes|medicaments?|\bboite\b|cachets|tabletten|\bpillen\b|packung|pastiglie|farmaci|"
        r"scatola|comprimidos|remedios|\bcaixa\b|tabletk\w*|\bleki\b|opakowanie|doosje|\bhap\w*|ilac\w*|\bkutu\w*|\bgoli\w*|\bdawai\b|"
        r"таблет\w*|лекарств\w*|药|약|حبوب|أدوية|دواء",
        r"\btod[ao]s?\b|\btoute?s?\b|\btous\b|\balle\b|\bganze\w*|\btutt[aei]\b|\bcal[ae]\b|wszystk\w*|\bhele\b|\bhepsi\w*|\btum\w*|"
        r"\bsaari\b|\bsab\b|\bmuch[ao]s\b|beaucoup|\bviele\b|\bmolt[ei]\b|\bmuit[ao]s\b|\bduzo\b|\bveel\b|\bcok\b|\bbahut\b|"
        r"\b\d{2,}\b|все|весь|много|全部|很多|다|많이|كل|كثير",
    ),
}
# "No puedo hablar bien el inglés" is about the language, not a stroke.
_A_LANGUAGE = re.compile(
    r"ingles|english|anglais|englisch|inglese|angielsk\w*|engels|ingilizce|angrezi|английск\w*|英语|영어|الإنجليزية|"
    r"espanol|francais|deutsch|italiano|portugues|polsk\w*|nederlands|turkce|hindi"
)
# How far an arm reaches, not a stroke: "ich kann den Arm nicht mehr über den Kopf heben".
_ABOVE_THE_HEAD = re.compile(
    r"(?:uber|ueber) (?:den|meinen) kopf|por encima de (?:la|mi) cabeza|au-?dessus de (?:la|ma) tete|sopra la testa|"
    r"acima da cabeca|nad glowe|boven (?:mijn|het) hoofd"
)
_TOGETHER_PATTERNS = {kind: tuple(re.compile(group) for group in groups) for kind, groups in _TOGETHER.items()}


def find_other_language_alarm(text: str) -> str | None:
    """The safety kind an other-language message names, or None."""
    folded = fold(text)
    composed = unicodedata.normalize("NFC", folded)
    about_a_language = bool(_A_LANGUAGE.search(folded))
    for kind, pattern in _PATTERNS.items():
        if kind == "stroke_signs" and about_a_language:
            continue
        if pattern.search(folded) or pattern.search(composed):
            return kind
    if looks_english(folded):
        return None  # the English rules and classifier read English, with their scope and negation
    for kind, groups in _TOGETHER_PATTERNS.items():
        if kind == "stroke_signs" and (about_a_language or _ABOVE_THE_HEAD.search(folded)):
            continue
        if all(group.search(folded) or group.search(composed) for group in groups):
            return kind
    return None


# Common English words: a message mostly made of them is English ("my arm is numb, no idea why").
_ENGLISH = frozenset(
    "the a an and or but i my me you your is are was were it this that have has had do does did can could should "
    "would will not no to of in on at for with from what how when why just so very really pain chest".split()
)


def looks_english(folded: str) -> bool:
    tokens = re.findall(r"[a-z']+", folded)
    return len(tokens) >= 3 and sum(t in _ENGLISH for t in tokens) / len(tokens) >= 0.34
