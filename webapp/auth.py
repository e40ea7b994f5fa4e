"""The front-desk token: from FRONTDESK_TOKEN, or generated once into a mode-600 file; checked in constant time."""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "FRONTDESK_TOKEN"
MIN_TOKEN_CHARS = 16


@dataclass(frozen=True)
class TokenSource:
    token: str
    where: str  # human-readable: the env variable or the file path


def load_or_create_token(token_file: Path, environ: dict[str, str] | None = None) -> TokenSource:
    environ = os.environ if environ is None else environ
    from_env = environ.get(ENV_VAR, "").strip()
    if from_env:
        if len(from_env) < MIN_TOKEN_CHARS:
            raise ValueError(f"{ENV_VAR} must be at least {MIN_TOKEN_CHARS} characters long")
        return TokenSource(from_env, f"the {ENV_VAR} environment variable")
    token_file = Path(token_file)
    if token_file.exists():
        token = token_file.read_text(encoding="utf-8").strip()
        if len(token) >= MIN_TOKEN_CHARS:
            os.chmod(token_file, 0o600)
            return TokenSource(token, str(token_file))
        token_file.unlink()
    token_file.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    return TokenSource(token, str(token_file))


def bearer_token(authorization_header: str | None) -> str | None:
    if not authorization_header:
        return None
    scheme, _, value = authorization_header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def is_authorized(authorization_header: str | None, expected: str) -> bool:
    given = bearer_token(authorization_header)
    if given is None:
        # Still compare, so a missing header costs the same as a wrong one.
        hmac.compare_digest(expected.encode(), b"")
        return False
    # surrogateescape: a header with bytes that aren't UTF-8 is just a wrong token, never a 500.
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8"))
