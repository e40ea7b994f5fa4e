"""Masking personal contact details before they reach a log file.

Clients type phone numbers and email addresses into the chat ("call me on
07700 900123"); conversations are health information, so logs must not collect
them. The conversation itself is kept in the tracker store, whose retention is
documented in the README.
"""

from __future__ import annotations

import logging
import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 7+ digits, optionally with a leading + and separators (spaces, dots, dashes, brackets).
_PHONE = re.compile(r"(?<![\w])\+?\(?\d(?:[\s().-]*\d){6,}(?![\w])")


def mask_personal_data(text: str) -> str:
    return _PHONE.sub("[phone]", _EMAIL.sub("[email]", text))


class MaskingFilter(logging.Filter):
    """A handler filter that masks emails and phone numbers in every record it lets through."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is logged as it is
            return True
        masked = mask_personal_data(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def install_log_masking(logger: logging.Logger | None = None) -> None:
    """Add the filter to every handler of `logger` (default: root), once."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(MaskingFilter())
