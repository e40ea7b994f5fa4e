"""Conversation ids the web front end issues, so a conversation belongs to whoever started it.

A browser asks for an id (POST /api/conversation) and gets `web-<random>.<signature>`: 128 random
bits and an HMAC-SHA256 of `web-<random>` under a server secret. Every chat, feedback or deletion
request must carry such an id; the signature is checked in constant time, so nobody can make up
the id of someone else's conversation. Rasa's tracker store keys the conversation by `web-<random>`
only: the signature is a credential and is stored nowhere, so reading the database does not give
the power to continue or delete a conversation through the public routes.

Other channels have their own namespaces (Telegram: `tg-<chat id>`, the front desk's test
questions: `frontdesk-…`) that an issued id can never fall into.

The secret comes from $CONVERSATION_SECRET, or is generated once into an owner-only file
(var/conversation_secret). Changing it ends every open web conversation: the widget then asks for
a new id.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

ENV_VAR = "CONVERSATION_SECRET"
MIN_SECRET_CHARS = 32
PREFIX = "web-"
# web-<22 base64url chars = 16 random bytes>.<43 base64url chars = a SHA-256 HMAC>
_ISSUED = re.compile(r"^(web-[A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


class ConversationIds:
    def __init__(self, secret: str):
        if len(secret) < MIN_SECRET_CHARS:
            raise ValueError(f"the conversation secret must be at least {MIN_SECRET_CHARS} characters long")
        self._key = secret.encode("utf-8")

    def _signature(self, conversation: str) -> str:
        return _b64(hmac.new(self._key, conversation.encode("ascii"), hashlib.sha256).digest())

    def issue(self) -> str:
        """A new id for the client: 'web-<random>.<signature>'."""
        conversation = PREFIX + _b64(secrets.token_bytes(16))
        return f"{conversation}.{self._signature(conversation)}"

    def verify(self, issued: object) -> str | None:
        """The conversation key ('web-<random>') if `issued` is an id this server signed, else None."""
        if not isinstance(issued, str):
            return None
        match = _ISSUED.match(issued)
        if match is None:
            return None
        conversation, signature = match.groups()
        expected = self._signature(conversation)
        return conversation if hmac.compare_digest(expected.encode("ascii"), signature.encode("ascii")) else None


def load_or_create_secret(secret_file: Path, environ: dict[str, str] | None = None) -> str:
    """$CONVERSATION_SECRET, or the secret kept in `secret_file` (created once, mode 600)."""
    environ = os.environ if environ is None else environ
    from_env = environ.get(ENV_VAR, "").strip()
    if from_env:
        if len(from_env) < MIN_SECRET_CHARS:
            raise ValueError(f"{ENV_VAR} must be at least {MIN_SECRET_CHARS} characters long")
        return from_env
    secret_file = Path(secret_file)
    if secret_file.exists():
        secret = secret_file.read_text(encoding="utf-8").strip()
        if len(secret) >= MIN_SECRET_CHARS:
            os.chmod(secret_file, 0o600)
            return secret
        secret_file.unlink()
    secret_file.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    fd = os.open(secret_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secret + "\n")
    return secret
