"""Front-desk questions asked in another language.

The assistant answers in English only, but "¿Cuánto cuesta una sesión?", "Vous êtes ouverts le
dimanche ?" or "你们周六开门吗？" ask about something the clinic's profile answers the same in any
language: prices, opening hours, booking, cancelling, where the clinic is. Those few matters are
recognised from their everyday words in the languages a clinic most often hears, so the client gets
the facts (in English, with the front desk's number for help in their language) instead of only
"sorry, English only". Anything else in another language still gets that polite reply.
"""

from __future__ import annotations

import re

from bot.other_language_alarms import fold, looks_english

# Section names as in `bot.clinic_answers.SECTIONS`; words folded (no accents) as `fold` leaves them.
_ASKED: dict[str, str] = {
    "prices": r"\bcuesta\b|\bcuanto\b|\bprecios?\b|\btarifas?\b|\bcombien\b|\bprix\b|\bkostet\b|\bpreise?\b|\bkosten\b|"
    r"\bcosta\b|\bprezz[oi]\b|\bcusta\b|\bprecos?\b|\bile kosztuj\w*|\bcen[ay]\b|\bmagkano\b|\bpresyo\b|\bkoliko\b|\bfiyat\w*|"
    r"多少钱|价格|价钱|費用|料金|いくら|얼마|가격|سعر|بكم|сколько стоит|цена",
    "hours": r"\babiert[oa]s?\b|\bhorarios?\b|\bouvert\w*|\bhoraires?\b|\bgeoffnet\b|\boffnungszeit\w*|\baperti\b|\borari\b|"
    r"\babert[oa]s?\b|\botwart\w*|\bgodziny\b|\bbukas\b|\bacik\b|开门|营业|営業|영업|مفتوح|работаете|открыт\w*",
    "booking": r"\bcitas?\b|\breserv\w*|\brendez-?vous\b|\brdv\b|\btermin\w*|\bbuchen\b|\bprenot\w*|\bmarcar\b|\bagend\w*|"
    r"\bumowic\b|\bwizyt\w*|\brandevu\b|\bmag-?book\b|预约|予約|예약|حجز|записаться|запись",
    "cancellation": r"\bcancelar\b|\bannuler\b|\babsagen\b|\bstornieren\b|\bcancellare\b|\bdisdire\b|\bodwolac\b|\biptal\b|"
    r"取消|キャンセル|취소|إلغاء|отменить",
    "location": r"\bdonde\b|\bdireccion\b|\badresse\b|\bou (?:etes|est|se trouve)\b|\bwo (?:sind|ist|finde)\b|\bdove\b|\bindirizzo\b|"
    r"\bonde\b|\bendereco\b|\bgdzie\b|\badres\b|\bsaan\b|\bnerede\b|地址|在哪|住所|どこ|주소|어디|عنوان|أين|где",
}
# A weekday asked about is a question about opening hours: "Vous êtes ouverts le dimanche ?"
_WEEKDAY = (
    r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sabato|domenica|segunda|terca|quarta|quinta|sexta|"
    r"sobot\w*|niedziel\w*)\b|周[一二三四五六日末]|星期|週末|土曜|日曜|토요일|일요일"
)
_PATTERNS = {section: re.compile(words) for section, words in _ASKED.items()}
_WEEKDAY_RX = re.compile(_WEEKDAY)


def asked_front_desk_sections(text: str) -> list[str]:
    """The front-desk matters a message in another language asks about, in the profile's order of
    sections; none for English (the English readers decide there) or a message that names none."""
    folded = fold(text)
    if looks_english(folded):
        return []
    found = [section for section, pattern in _PATTERNS.items() if pattern.search(folded)]
    if not found and _WEEKDAY_RX.search(folded):
        found = ["booking"] if re.search(r"\bcitas?\b|\btermin\w*", folded) else ["hours"]
    return found
