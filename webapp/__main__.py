"""Command line: python -m webapp --host 127.0.0.1 --port 8080 --rasa-url ... --tracker-db ... --feedback-db ..."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from prod.purge import SettingError, retention_days
from webapp.conversation_ids import load_or_create_secret
from webapp.cors import OriginError, origins_from_env
from webapp.hosts import HostError, hosts_from_env
from webapp.paths import DEFAULT_AUDIT_DB, DEFAULT_CONVERSATION_SECRET_FILE, DEFAULT_STAFF_DB
from webapp.public_chat import DEFAULT_RATE_PER_CONVERSATION, DEFAULT_RATE_PER_IP
from webapp.rate_limit import Rate
from webapp.server import Settings, create_app
from webapp.signin_limits import SigninLimits
from webapp.staff import sign_in_hint
from webapp.staff_sessions import DEFAULT_ABSOLUTE_SECONDS, DEFAULT_IDLE_SECONDS, SessionPolicy

LEGACY_TOKEN_ENV = "FRONTDESK_TOKEN"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m webapp", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    p.add_argument("--tracker-db", type=Path, default=Path("var/conversations.db"))
    p.add_argument(
        "--tracker-url",
        default=os.environ.get("TRACKER_URL") or None,
        help="a postgresql:// tracker store instead of --tracker-db (default $TRACKER_URL: not on the command line, where ps shows it)",
    )
    p.add_argument("--feedback-db", type=Path, default=Path("var/feedback.db"))
    p.add_argument("--staff-db", type=Path, default=DEFAULT_STAFF_DB, help="staff accounts and sessions")
    p.add_argument("--audit-db", type=Path, default=DEFAULT_AUDIT_DB, help="who viewed or searched what")
    p.add_argument(
        "--audit-days", type=float, default=None, help="keep audit entries this long (default: RETENTION_DAYS, 30)"
    )
    p.add_argument(
        "--secure-cookie",
        choices=("auto", "always", "never"),
        default="auto",
        help="mark the session cookie Secure: auto = when the request came over TLS",
    )
    p.add_argument(
        "--conversation-secret-file",
        type=Path,
        default=DEFAULT_CONVERSATION_SECRET_FILE,
        help="where the generated secret that signs conversation ids is kept when CONVERSATION_SECRET is not set",
    )
    p.add_argument("--proxies", type=int, default=0, help="trusted reverse proxies in front (nginx: 1)")
    p.add_argument("--session-idle-minutes", type=float, default=DEFAULT_IDLE_SECONDS / 60)
    p.add_argument("--session-max-hours", type=float, default=DEFAULT_ABSOLUTE_SECONDS / 3600)
    return p.parse_args(argv)


def _rate(name: str, default: Rate) -> Rate:
    value = os.environ.get(name, "").strip()
    return Rate.parse(value, name) if value else default


def _retire_shared_token(staff_db: Path) -> list[str]:
    """The single shared token of earlier versions opens nothing now: say so, and delete its file."""
    notes = []
    if os.environ.get(LEGACY_TOKEN_ENV):
        notes.append(f"  {LEGACY_TOKEN_ENV} is no longer used: each member of staff signs in with their own account.")
    legacy = staff_db.parent / "frontdesk_token"
    if legacy.exists():
        legacy.unlink()
        notes.append(f"  Deleted the old shared front-desk token {legacy}: staff accounts replace it.")
    return notes


def main(argv: list[str] | None = None) -> int | None:
    args = parse_args(argv)
    os.umask(0o077)  # feedback.db, staff.db and audit.db hold what clients and staff did: owner-only
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        allowed_origins = origins_from_env()
        audit_days = args.audit_days if args.audit_days is not None else retention_days()
        allowed_hosts = hosts_from_env()
        rate_per_ip = _rate("WEB_RATE_PER_IP", DEFAULT_RATE_PER_IP)
        rate_per_conversation = _rate("WEB_RATE_PER_CONVERSATION", DEFAULT_RATE_PER_CONVERSATION)
        conversation_secret = load_or_create_secret(args.conversation_secret_file)
    except (OriginError, SettingError, HostError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2
    settings = Settings(
        rasa_url=args.rasa_url,
        tracker_db=args.tracker_db.resolve(),
        tracker_url=args.tracker_url,
        feedback_db=args.feedback_db.resolve(),
        staff_db=args.staff_db.resolve(),
        audit_db=args.audit_db.resolve(),
        audit_days=audit_days,
        allowed_origins=allowed_origins,
        session_policy=SessionPolicy(args.session_idle_minutes * 60, args.session_max_hours * 3600),
        signin_limits=SigninLimits(),
        secure_cookie=args.secure_cookie,
        proxies=args.proxies,
        conversation_secret=conversation_secret,
        allowed_hosts=allowed_hosts,
        rate_per_ip=rate_per_ip,
        rate_per_conversation=rate_per_conversation,
    )
    notes = _retire_shared_token(settings.staff_db)
    app = create_app(settings)
    base = f"http://{args.host}:{args.port}"
    print(
        "\n".join(
            [
                f"Clinic web front end on {base}/  (front desk: {base}/frontdesk)",
                f"  Front desk: {sign_in_hint(settings.staff_db)}",
                *notes,
                f"  Chat is proxied to {args.rasa_url}",
                f"  Other sites allowed to embed the chat (CHAT_ALLOWED_ORIGINS): {', '.join(sorted(allowed_origins)) or 'none'}",
                f"  Host names answered besides loopback (WEB_ALLOWED_HOSTS): {', '.join(sorted(allowed_hosts)) or 'none'}",
                f"  Rate limits (requests/seconds): {rate_per_ip} per address, {rate_per_conversation} per conversation",
            ]
        ),
        flush=True,
    )
    app.run(host=args.host, port=args.port, access_log=False, motd=False, workers=1)
    return None


if __name__ == "__main__":
    sys.exit(main())
