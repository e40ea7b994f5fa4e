"""`python -m bot.check_data`: validate the clinic's FAQ and profile files (make check-faq)."""

from __future__ import annotations

import sys
from collections import Counter

from bot.data_files import DataFileError
from bot.knowledge_base import load_knowledge


def main() -> int:
    try:
        kb = load_knowledge()
    except DataFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    per_topic = Counter(e.topic for e in kb.faq.entries)
    summary = ", ".join(f"{topic} {count}" for topic, count in sorted(per_topic.items()))
    print(f"OK: {kb.faq.path}: {len(kb.faq.entries)} entries ({summary}); clinic profile OK.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
