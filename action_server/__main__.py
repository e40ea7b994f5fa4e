"""Starts the action server: `python -m action_server --port N` (scripts/run_actions.sh).

This is rasa_sdk's own server, as `rasa run actions --actions actions` starts it (same options),
with the guard of action_server/guard.py attached through rasa_sdk's plugin hook.
"""

from __future__ import annotations

import os
import sys

import pluggy
from rasa_sdk.__main__ import main_from_args
from rasa_sdk.endpoint import create_argument_parser
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic

from action_server import guard
from action_server.secret import SecretError, load_or_create
from bot import knowledge_base

hookimpl = pluggy.HookimplMarker("rasa_sdk")


class GuardPlugin:
    def __init__(self, token: str) -> None:
        self._token = token

    @hookimpl
    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        guard.install(app, self._token)


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # anything it writes (logs, a generated secret) is owner-only
    try:
        token = load_or_create()
    except SecretError as exc:
        print(exc, file=sys.stderr)
        return 2
    args = create_argument_parser().parse_args(argv)
    # The FAQ index and its entry classifier take seconds to load (a minute to train on a new machine):
    # before the server says it is up, not on a client's first message.
    knowledge_base.current()
    args.actions = args.actions or "actions"
    plugin_manager().register(GuardPlugin(token))
    main_from_args(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
