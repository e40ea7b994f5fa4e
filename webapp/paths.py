"""Where the web files and the default var/ folder live, relative to this package (never the CWD)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WEB_DIR = PROJECT_ROOT / "bot" / "web"
VAR_DIR = PROJECT_ROOT / "var"
DEFAULT_STAFF_DB = VAR_DIR / "staff.db"
DEFAULT_AUDIT_DB = VAR_DIR / "audit.db"
# The shared front-desk token of earlier versions; staff accounts replace it (removed on start).
LEGACY_TOKEN_FILE = VAR_DIR / "frontdesk_token"
DEFAULT_CONVERSATION_SECRET_FILE = VAR_DIR / "conversation_secret"
