"""Command line: python -m webapp --host 127.0.0.1 --port 8080 --rasa-url ... --tracker-db ... --feedback-db ..."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from webapp.auth import load_or_create_token
from webapp.cors import OriginError, origins_from_env
from webapp.paths import DEFAULT_TOKEN_FILE
from webapp.server import Settings, create_app


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m webapp", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    p.add_argument("--tracker-db", type=Path, default=Path("var/conversations.db"))
    p.add_argument("--feedback-db", type=Path, default=Path("var/feedback.db"))
    p.add_argument(
        "--token-file",
        type=Path,
        default=DEFAULT_TOKEN_FILE,
        help="where the generated front-desk token is kept when FRONTDESK_TOKEN is not set",
    )
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    os.umask(0o077)  # feedback.db and the token file hold what clients and staff wrote: owner-only
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        allowed_origins = origins_from_env()
    except OriginError as exc:
        print(exc, file=sys.stderr)
        return 2
    source = load_or_create_token(args.token_file)
    settings = Settings(
        rasa_url=args.rasa_url,
        tracker_db=args.tracker_db.resolve(),
        feedback_db=args.feedback_db.resolve(),
        token=source.token,
        allowed_origins=allowed_origins,
    )
    app = create_app(settings)
    base = f"http://{args.host}:{args.port}"
    print(
        f"Clinic web front end on {base}/  (front desk: {base}/frontdesk)\n"
        f"  Front-desk token: see {source.where}\n"
        f"  Chat is proxied to {args.rasa_url}\n"
        f"  Other sites allowed to embed the chat (CHAT_ALLOWED_ORIGINS): {', '.join(sorted(allowed_origins)) or 'none'}",
        flush=True,
    )
    app.run(host=args.host, port=args.port, access_log=False, motd=False, workers=1)


if __name__ == "__main__":
    sys.exit(main())
