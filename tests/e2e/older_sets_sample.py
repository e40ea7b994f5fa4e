"""A fixed sample of the older acceptance sets, so that `make test` stays within its time.

Every older set is still scored, through one conversation in `ONE_IN` (chosen by a hash of the set's
name and the case's id, so the same cases are drawn on every machine and a new set changes nothing
already drawn), split into `PARTS` files that the scorers run side by side. A case keeps all its
turns: a follow-up means nothing without the turns before it.

    python -m tests.e2e.older_sets_sample OUT_DIR SET.yml...   # writes the parts, prints their sizes
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

ONE_IN = 8
PARTS = 3


def _hash(set_name: str, case_id: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{set_name}/{case_id}".encode()).digest()[:8], "big")


def _cases(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["cases"] if isinstance(data, dict) else data


def older_sets_sample(paths: list[Path], out_dir: Path) -> list[Path]:
    """Writes the sample's parts under `out_dir` and returns their paths. Case ids are prefixed with
    their set's name: two older sets used the same plain numbers."""
    parts: list[list[dict]] = [[] for _ in range(PARTS)]
    for path in paths:
        for index, case in enumerate(_cases(path)):
            case_id = str(case.get("id") or f"case-{index + 1}")
            drawn = _hash(path.stem, case_id)
            if drawn % ONE_IN == 0:
                parts[(drawn // ONE_IN) % PARTS].append({**case, "id": f"{path.stem}/{case_id}"})
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for number, cases in enumerate(parts, start=1):
        target = out_dir / f"older-sets-sample-{number}.yml"
        target.write_text(yaml.safe_dump(cases, allow_unicode=True, sort_keys=False), encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    for path in older_sets_sample([Path(a) for a in argv[1:]], Path(argv[0])):
        cases = _cases(path)
        print(f"{path}: {len(cases)} cases, {sum(len(c['turns']) for c in cases)} turns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
