"""The secret Rasa shows the action server: $ACTION_SERVER_TOKEN, or one generated into an owner-only file.

Rasa sends it with every action call (`Authorization: Bearer ${ACTION_SERVER_TOKEN}` in
endpoints.yml) and the action server refuses a call without it, so nothing else on the machine
can run an action or read what it answers. A launcher that starts both servers exports it first:

    export ACTION_SERVER_TOKEN=$(.venv/bin/python -m action_server.secret)
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import sys
from pathlib import Path

ENV_VAR = "ACTION_SERVER_TOKEN"
DEFAULT_FILE = Path(__file__).resolve().parent.parent / "var" / "action_server_token"
MIN_CHARS = 32
# It travels in an HTTP header: visible ASCII without spaces, long enough not to be guessed.
_USABLE = re.compile(rf"[A-Za-z0-9._~+/=-]{{{MIN_CHARS},}}")


class SecretError(ValueError):
    pass


def _usable(token: str) -> bool:
    return bool(_USABLE.fullmatch(token))


def load_or_create(token_file: Path = DEFAULT_FILE, environ: dict[str, str] | None = None) -> str:
    """The secret from the environment, else from `token_file`, made there (mode 0600) if missing."""
    environ = os.environ if environ is None else environ
    given = environ.get(ENV_VAR, "").strip()
    if given:
        if not _usable(given):
            raise SecretError(
                f"{ENV_VAR} must be at least {MIN_CHARS} characters of letters, digits and ._~+/=- "
                f"(or unset it to use the generated one in {token_file})"
            )
        return given
    token_file = Path(token_file)
    try:
        kept = token_file.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        kept = ""
    if _usable(kept):
        os.chmod(token_file, 0o600)
        return kept
    return _create(token_file)


def _create(token_file: Path) -> str:
    """Write a new secret. Two launchers may race here: the file appears whole (link of a
    finished temporary file), and whoever loses reads the winner's."""
    token_file.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    temporary = token_file.with_name(f".{token_file.name}.{os.getpid()}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    try:
        if token_file.exists():  # an unusable one (empty, too short): replaced
            token_file.unlink()
        os.link(temporary, token_file)
    except FileExistsError:
        token = token_file.read_text(encoding="utf-8").strip()
    finally:
        temporary.unlink()
    return token


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m action_server.secret", description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE, help="where the generated secret is kept")
    args = parser.parse_args(argv)
    os.umask(0o077)
    try:
        print(load_or_create(args.file))
    except SecretError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
