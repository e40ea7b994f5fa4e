"""Front-desk staff accounts and the audit log, from the command line (the `make staff-*` and `make audit-log` targets).

    python -m webapp.staff add [NAME]       password asked twice without echo, or read from $STAFF_PASSWORD
    python -m webapp.staff passwd [NAME]    a new password; the account's sessions end
    python -m webapp.staff disable [NAME]   signs the account out everywhere and refuses sign-ins
    python -m webapp.staff enable [NAME]
    python -m webapp.staff remove [NAME]
    python -m webapp.staff list
    python -m webapp.staff status           how staff sign in (printed by `make run`)
    python -m webapp.staff audit [--days N] [--staff NAME] [--conversation ID]

NAME may also come from $STAFF, the files from $STAFF_DB and $AUDIT_DB (the make targets pass them that
way, never through the shell).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

from webapp import audit_log, staff_accounts
from webapp.passwords import MIN_PASSWORD_CHARS, PasswordError, check_new_password
from webapp.paths import DEFAULT_AUDIT_DB, DEFAULT_STAFF_DB
from webapp.staff_accounts import AccountError
from webapp.staff_db import init_db

PASSWORD_ENV = "STAFF_PASSWORD"


def sign_in_hint(staff_db: Path) -> str:
    """One line for the start-up banner: how to get in, also on a fresh machine with no account."""
    if staff_accounts.count_active(staff_db):
        return "sign in with your staff account (new accounts: make staff-add STAFF=name)"
    return "no staff account yet: create one with  make staff-add STAFF=yourname  then sign in"


def _name(given: str | None) -> str:
    name = given or os.environ.get("STAFF", "").strip()
    if not name and sys.stdin.isatty():
        name = input("Staff name (e.g. alex): ").strip()
    if not name:
        raise AccountError("give the staff name: make staff-add STAFF=alex (or python -m webapp.staff add alex)")
    return name


def _new_password() -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        check_new_password(from_env)
        return from_env
    if not sys.stdin.isatty():
        raise PasswordError(f"no terminal to ask for the password: set {PASSWORD_ENV} (for scripts and CI)")
    first = getpass.getpass(f"New password (at least {MIN_PASSWORD_CHARS} characters): ")
    check_new_password(first)
    if getpass.getpass("The same password again: ") != first:
        raise PasswordError("the two passwords differ; nothing was changed")
    return first


def _days(value: str) -> float:
    try:
        days = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"DAYS must be a number of days, not {value!r}") from None
    if not 0 < days < 100_000:
        raise argparse.ArgumentTypeError("DAYS must be a positive number of days")
    return days


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts))


def _print_audit(entries: list[audit_log.Entry]) -> None:
    if not entries:
        print("No audit entries in this period.")
        return
    for e in entries:
        detail = " ".join(f"{k}={v}" for k, v in sorted(e.detail.items()))
        shown = f" conversations: {', '.join(e.conversations)}" if e.conversations else ""
        print(f"{_when(e.at)}  {e.staff:<16} {e.action:<15} from {e.ip:<15} {detail}{shown}".rstrip())


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # staff.db and audit.db are owner-only
    parser = argparse.ArgumentParser(prog="python -m webapp.staff", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        type=Path,
        default=os.environ.get("STAFF_DB") or DEFAULT_STAFF_DB,
        help="the staff database (var/staff.db)",
    )
    parser.add_argument(
        "--audit-db",
        type=Path,
        default=os.environ.get("AUDIT_DB") or DEFAULT_AUDIT_DB,
        help="the audit log (var/audit.db)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for command in ("add", "passwd", "disable", "enable", "remove"):
        sub.add_parser(command).add_argument("name", nargs="?")
    sub.add_parser("list")
    sub.add_parser("status")
    audit = sub.add_parser("audit", help="print the audit log")
    audit.add_argument(
        "--days", type=_days, default=os.environ.get("DAYS") or "30", help="the last N days (30, or $DAYS)"
    )
    audit.add_argument("--staff", default=os.environ.get("STAFF") or None)
    audit.add_argument("--conversation", default=os.environ.get("SENDER") or None)
    audit.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args(argv)

    try:
        if args.command == "status":
            print(sign_in_hint(args.db))
            return 0
        if args.command == "audit":
            found = audit_log.entries(args.audit_db, time.time() - args.days * 86400, args.staff, args.conversation)
            if args.json:
                for e in found:
                    print(json.dumps(asdict(e)))
            else:
                _print_audit(found)
            return 0
        init_db(args.db)
        if args.command == "list":
            accounts = staff_accounts.list_accounts(args.db)
            for a in accounts:
                state = "disabled" if a.disabled else f"active, {a.sessions} session(s)"
                print(f"{a.username:<32} created {_when(a.created)}  {state}")
            if not accounts:
                print("No staff accounts: make staff-add STAFF=name")
            return 0
        name = _name(args.name)
        if args.command == "add":
            name = staff_accounts.add_account(args.db, name, _new_password())
            print(f"Added staff account '{name}'. Sign in at /frontdesk.")
        elif args.command == "passwd":
            staff_accounts.set_password(args.db, name, _new_password())
            print(f"New password set for '{name}'; its open sessions were ended.")
        elif args.command in ("disable", "enable"):
            staff_accounts.set_disabled(args.db, name, args.command == "disable")
            print(
                f"'{name}' is {args.command}d"
                + ("; its open sessions were ended." if args.command == "disable" else ".")
            )
        elif args.command == "remove":
            staff_accounts.remove_account(args.db, name)
            print(f"Removed '{name}' (the audit log keeps what it did).")
    except (AccountError, PasswordError) as exc:
        print(f"Not done: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, EOFError):
        print("\nNothing was changed.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
