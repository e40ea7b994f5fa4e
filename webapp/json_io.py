"""JSON request bodies and error responses, the same for every route."""

from __future__ import annotations

import json
from typing import Any

from sanic import response
from sanic.request import Request

INVALID = object()  # what parse_json returns for a body that is not JSON


def error(message: str, status: int, headers: dict[str, str] | None = None) -> response.HTTPResponse:
    return response.json({"error": message}, status=status, headers=headers)


def parse_json(request: Request) -> Any:
    try:
        return json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: nesting thousands deep
        return INVALID
