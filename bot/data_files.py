"""Loading the YAML files that clinic staff own, with errors a person can act on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

KNOWLEDGE_DIR = Path(__file__).resolve().parent / "knowledge"
FAQ_PATH = KNOWLEDGE_DIR / "faq.yml"
PROFILE_PATH = KNOWLEDGE_DIR / "clinic_profile.yml"


class DataFileError(ValueError):
    """A staff-edited data file is invalid. The message names file, entry and problem."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        listed = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{self.path}: {len(problems)} problem(s):\n{listed}")


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(path, [f"cannot read the file ({exc.strerror})"]) from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataFileError(path, [f"{where}not valid YAML ({problem})"]) from exc
