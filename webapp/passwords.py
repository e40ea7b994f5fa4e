"""Staff passwords: Argon2id hashes (argon2-cffi), a minimum length, and checks that cost the same for unknown names."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_PASSWORD_CHARS = 12
# Hashing a megabyte would be a cheap way to keep the server busy; nobody's password is this long.
MAX_PASSWORD_CHARS = 256

# argon2-cffi's defaults are RFC 9106's low-memory profile (Argon2id, 64 MiB, 3 passes): about
# 50 ms here, slow enough to make guessing from a stolen staff.db expensive.
_hasher = PasswordHasher()


class PasswordError(ValueError):
    """The password is not acceptable; the message says why."""


def check_new_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_CHARS:
        raise PasswordError(f"the password must be at least {MIN_PASSWORD_CHARS} characters long")
    if len(password) > MAX_PASSWORD_CHARS:
        raise PasswordError(f"the password must be at most {MAX_PASSWORD_CHARS} characters long")
    if not password.strip():
        raise PasswordError("the password must not be only spaces")


def hash_password(password: str, *, new: bool = True) -> str:
    """The Argon2id hash to store. new=False: re-hashing a password that was accepted when it was set."""
    if new:
        check_new_password(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True if `password` matches. With no stored hash (an unknown name) a dummy hash is checked,
    so a wrong name takes as long as a wrong password and names cannot be probed by timing."""
    if not isinstance(password, str) or len(password) > MAX_PASSWORD_CHARS:
        password = ""
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's (rehash on the next sign-in)."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("not a password anyone has: timing equaliser")
