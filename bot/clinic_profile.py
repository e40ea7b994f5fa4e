"""The clinic profile: contact details, hours, prices, policies and safety numbers.

Validated on load so a typo made by staff shows up as a clear message naming the
file and the field, not as a strange answer to a client.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.data_files import PROFILE_PATH, DataFileError, read_yaml

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")

REQUIRED_TEXT = (
    "name",
    "timezone",
    "currency",
    "contact.phone",
    "contact.email",
    "contact.address",
    "contact.directions",
    "contact.parking",
    "contact.accessibility",
    "holidays",
    "booking.online_url",
    "booking.how",
    "booking.advance",
    "booking.same_day",
    "cancellation.policy",
    "cancellation.how",
    "payment.when",
    "payment.insurance",
    "payment.receipts",
    "payment.currencies",
    "gift_vouchers",
    "visiting.home_visits",
    "visiting.pets",
    "visiting.consultation",
    "visiting.referral",
    "visiting.under_18s",
    "visiting.facilities",
    "visiting.late_arrival",
    "visiting.lost_property",
    "visiting.joint_bookings",
    "visiting.products",
    "visiting.table_size",
    "visiting.older_clients",
    "visiting.waiting_room",
    "visiting.tipping",
    "visiting.hygiene",
    "therapists",
    "session.pressure_target",
    "safety.emergency_number",
    "safety.urgent_advice",
    "safety.crisis_line",
)


@dataclass(frozen=True)
class SessionPrice:
    minutes: int
    price: float


@dataclass(frozen=True)
class ClinicProfile:
    raw: dict[str, Any]
    hours: dict[str, tuple[dt.time, dt.time] | None]
    prices: tuple[SessionPrice, ...]
    tz: ZoneInfo

    def get(self, dotted: str) -> Any:
        node: Any = self.raw
        for part in dotted.split("."):
            node = node[part]
        return node

    @property
    def name(self) -> str:
        return self.raw["name"]

    @property
    def phone(self) -> str:
        return self.raw["contact"]["phone"]

    @property
    def email(self) -> str:
        return self.raw["contact"]["email"]

    @property
    def booking_url(self) -> str:
        return self.raw["booking"]["online_url"]

    @property
    def emergency_number(self) -> str:
        return str(self.raw["safety"]["emergency_number"])

    @property
    def urgent_advice(self) -> str:
        return self.raw["safety"]["urgent_advice"]

    @property
    def crisis_line(self) -> str:
        return self.raw["safety"]["crisis_line"]

    def money(self, amount: float) -> str:
        value = f"{amount:.2f}".removesuffix(".00")
        return f"{self.raw['currency']}{value}"

    def session_lengths(self) -> str:
        minutes = [str(p.minutes) for p in self.prices]
        if len(minutes) == 1:
            return f"{minutes[0]} minutes"
        return f"{', '.join(minutes[:-1])} or {minutes[-1]} minutes"

    def placeholders(self) -> dict[str, str]:
        """Values FAQ answers may use as {placeholders}."""
        return {
            "clinic_name": self.name,
            "phone": self.phone,
            "booking_url": self.booking_url,
            "session_lengths": self.session_lengths(),
            "pressure_target": self.raw["session"]["pressure_target"],
            "emergency_number": self.emergency_number,
            "urgent_advice": self.urgent_advice,
            "crisis_line": self.crisis_line,
        }

    def is_open(self, when: dt.datetime) -> bool:
        local = when.astimezone(self.tz)
        span = self.hours[WEEKDAYS[local.weekday()]]
        return span is not None and span[0] <= local.time() < span[1]

    def next_opening(self, when: dt.datetime) -> dt.datetime | None:
        """The next time the front desk opens after `when` (ignores holidays)."""
        local = when.astimezone(self.tz)
        for offset in range(0, 8):
            day = local.date() + dt.timedelta(days=offset)
            span = self.hours[WEEKDAYS[day.weekday()]]
            if span is None:
                continue
            opening = dt.datetime.combine(day, span[0], tzinfo=self.tz)
            if opening > local:
                return opening
        return None

    def closing_time(self, when: dt.datetime) -> dt.time | None:
        local = when.astimezone(self.tz)
        span = self.hours[WEEKDAYS[local.weekday()]]
        return span[1] if span else None

    def hours_lines(self) -> list[str]:
        lines = []
        for day in WEEKDAYS:
            span = self.hours[day]
            shown = "closed" if span is None else f"{span[0]:%H:%M}–{span[1]:%H:%M}"
            lines.append(f"{day.capitalize()}: {shown}")
        return lines


def _lookup(raw: dict[str, Any], dotted: str) -> Any:
    node: Any = raw
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _parse_hours(raw: dict[str, Any], problems: list[str]) -> dict[str, tuple[dt.time, dt.time] | None]:
    table = raw.get("opening_hours")
    hours: dict[str, tuple[dt.time, dt.time] | None] = {}
    if not isinstance(table, dict):
        problems.append("opening_hours: must list every weekday, monday to sunday")
        return {day: None for day in WEEKDAYS}
    for day in WEEKDAYS:
        value = table.get(day)
        if value is None:
            problems.append(f'opening_hours.{day}: missing (write "closed" if closed)')
            hours[day] = None
        elif str(value).strip().lower() == "closed":
            hours[day] = None
        else:
            match = _HOURS.match(str(value).replace(" ", ""))
            if not match:
                problems.append(f'opening_hours.{day}: {value!r} is not like "09:00-17:00" or "closed"')
                hours[day] = None
                continue
            start = dt.time(int(match[1]), int(match[2]))
            end = dt.time(int(match[3]), int(match[4]))
            if end <= start:
                problems.append(f"opening_hours.{day}: closing time must be after opening time")
            hours[day] = (start, end)
    unknown = set(table) - set(WEEKDAYS)
    for key in sorted(unknown):
        problems.append(f"opening_hours.{key}: unknown day (use monday … sunday)")
    return hours


def _parse_prices(raw: dict[str, Any], problems: list[str]) -> tuple[SessionPrice, ...]:
    sessions = _lookup(raw, "prices.sessions")
    if not isinstance(sessions, list) or not sessions:
        problems.append("prices.sessions: list at least one session length with its price")
        return ()
    parsed = []
    for n, item in enumerate(sessions, start=1):
        try:
            parsed.append(SessionPrice(int(item["minutes"]), float(item["price"])))
        except (TypeError, KeyError, ValueError):
            problems.append(f"prices.sessions #{n}: needs numeric 'minutes' and 'price'")
    return tuple(sorted(parsed, key=lambda p: p.minutes))


def parse_profile(raw: Any, path: Path | str = PROFILE_PATH) -> ClinicProfile:
    if not isinstance(raw, dict):
        raise DataFileError(path, ["the file must be a mapping of settings (name: …, contact: …)"])
    problems: list[str] = []
    for dotted in REQUIRED_TEXT:
        value = _lookup(raw, dotted)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(f"{dotted}: missing or empty")
    hours = _parse_hours(raw, problems)
    prices = _parse_prices(raw, problems)
    services = _lookup(raw, "services.offered")
    if not isinstance(services, list) or not services:
        problems.append("services.offered: list at least one service")
    tz = ZoneInfo("UTC")
    try:
        tz = ZoneInfo(str(raw.get("timezone")))
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"timezone: {raw.get('timezone')!r} is not a known time zone such as Europe/London")
    if problems:
        raise DataFileError(path, problems)
    return ClinicProfile(raw=raw, hours=hours, prices=prices, tz=tz)


def load_profile(path: Path = PROFILE_PATH) -> ClinicProfile:
    return parse_profile(read_yaml(path), path)
