"""The loaded clinic knowledge: profile, FAQ and matcher, built once and reused.

Staff edit the YAML files while the assistant runs; `current()` notices a
changed file (one `stat` per call) and rebuilds, so edits go live without a
restart. If an edited file is invalid, the last good version stays in use and
the error is reported, rather than taking the assistant down.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from bot.clinic_profile import ClinicProfile, load_profile
from bot.data_files import FAQ_PATH, PROFILE_PATH, DataFileError
from bot.faq_matcher import FaqMatcher
from bot.faq_store import FaqStore, load_faq
from bot.faq_voices import VOICES_PATH, load_voices
from bot.front_desk_spelling import known_words

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KnowledgeBase:
    profile: ClinicProfile
    faq: FaqStore
    matcher: FaqMatcher


def load_knowledge(
    faq_path: Path = FAQ_PATH, profile_path: Path = PROFILE_PATH, voices_path: Path = VOICES_PATH
) -> KnowledgeBase:
    profile = load_profile(profile_path)
    faq = load_faq(profile, faq_path)
    known_words()  # the front desk's spell check reads its vocabulary now, not on a client's first message
    return KnowledgeBase(profile=profile, faq=faq, matcher=FaqMatcher(faq, load_voices(voices_path)))


class _Cache:
    def __init__(self, faq_path: Path, profile_path: Path):
        self.paths = (faq_path, profile_path)
        self.stamp: tuple[float, ...] | None = None
        self.value: KnowledgeBase | None = None
        self.lock = threading.Lock()

    def _stamp(self) -> tuple[float, ...]:
        return tuple(p.stat().st_mtime_ns for p in self.paths)

    def current(self) -> KnowledgeBase:
        stamp = self._stamp()
        if stamp == self.stamp and self.value is not None:
            return self.value
        with self.lock:
            if stamp != self.stamp or self.value is None:
                try:
                    self.value = load_knowledge(*self.paths)
                except DataFileError:
                    if self.value is None:
                        raise
                    log.exception("Edited clinic data is invalid; still using the previous version")
                self.stamp = stamp
        return self.value


_default = _Cache(FAQ_PATH, PROFILE_PATH)


def current() -> KnowledgeBase:
    return _default.current()
