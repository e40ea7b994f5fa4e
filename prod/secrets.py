"""The production profile's database password, for the Python tools beside prod/up.sh.

The same rule as prod/env.sh: $PROD_PG_PASSWORD, or the random password generated on first
start in var/prod/secrets/pg_password (owner-only). There is no built-in default.
"""

from __future__ import annotations

import os
from pathlib import Path

SECRET_FILE = Path(__file__).resolve().parent.parent / "var" / "prod" / "secrets" / "pg_password"


def pg_password() -> str:
    given = os.environ.get("PROD_PG_PASSWORD")
    if given:
        return given
    try:
        return SECRET_FILE.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise SystemExit(
            f"No PROD_PG_PASSWORD and no {SECRET_FILE}: start the profile with `make prod-up` first."
        ) from None
