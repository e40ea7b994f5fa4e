"""Masking personal details before they reach a log file.

Clients type phone numbers and email addresses into the chat ("call me on
07700 900123"); conversations are health information, so logs must not collect
them. The conversation itself is kept in the tracker store, whose retention is
documented in the README.
"""

from __future__ import annotations

import logging
import re

# Bounded parts (RFC 5321's lengths), so a 10,000-letter word costs linear time, not quadratic.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# 7+ digits, optionally with a leading + and separators (spaces, dots, dashes, brackets).
_PHONE = re.compile(r"(?<![\w])\+?\(?\d(?:[\s().-]{0,3}\d){6,20}(?![\w])")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# Dates of birth and other dates: 12/03/1985, 1985-03-12, 3rd March 1985, March 3, 1985.
_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d{{2}}\b|\b(?:19|20)\d{{2}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\s+(?:19|20)\d{{2}}\b|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b",
    re.IGNORECASE,
)
# UK postcodes (the clinic's country): SW1A 1AA, m1 1ae.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b", re.IGNORECASE)
# A house number and street: "12 Mill Lane", "flat 3, 45 High Street".
_STREET = re.compile(
    r"\b\d{1,4}[a-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|place|"
    r"court|crescent|gardens|grove|terrace|row|square|hill)\b",
    re.IGNORECASE,
)


def gives_contact_details(text: str) -> bool:
    """An email address or a phone number in the text."""
    return bool(_EMAIL.search(text) or _PHONE.search(text))


def mask_personal_data(text: str) -> str:
    """Emails, phone numbers, dates (of birth), postcodes and street addresses → placeholders."""
    text = _EMAIL.sub("[email]", text)
    text = _DATE.sub("[date]", text)
    text = _PHONE.sub("[phone]", text)
    text = _POSTCODE.sub("[postcode]", text)
    return _STREET.sub("[address]", text)


class MaskingFilter(logging.Filter):
    """A handler filter that masks personal details in every record it lets through, tracebacks included."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is logged as it is
            return True
        masked = mask_personal_data(message)
        if masked != message:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:
            # A traceback can quote what the client typed (an exception's message, a request
            # body): it is formatted here, masked, and handed to the formatter ready-made.
            record.exc_text = mask_personal_data(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = mask_personal_data(record.exc_text)
        return True


def install_log_masking(logger: logging.Logger | None = None) -> None:
    """Add the filter to every handler of `logger` (default: root), once. Python warnings are
    routed through logging too, so a warning that quotes a message is masked like any record."""
    logging.captureWarnings(True)
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(MaskingFilter())
