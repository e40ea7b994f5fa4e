"""Trained models kept in a folder between runs, named by a hash of what they were trained from.

The FAQ matcher's entry classifier and the safety classifier both train in seconds but are needed
at every start of a server and every test run; each is built once per content and then loaded.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def load_or_build(
    folder: Path,
    prefix: str,
    key: str,
    build: Callable[[], T],
    dumps: Callable[[T], bytes] = pickle.dumps,
    loads: Callable[[bytes], T] = pickle.loads,
    keep: int = 1,
) -> T:
    """The model cached as `<prefix>-<key>.pkl` in `folder`, or `build()`'s, then cached. Of the files
    with this prefix, the newest `keep` stay. A cache that cannot be read (missing, or written by
    another library version) is rebuilt; one that cannot be written (a read-only checkout) only means
    building again next time."""
    path = Path(folder) / f"{prefix}-{key}.pkl"
    try:
        return loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        pass
    model = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(dumps(model))
        for old in sorted(path.parent.glob(f"{prefix}-*.pkl"), key=lambda p: p.stat().st_mtime)[:-keep]:
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return model
