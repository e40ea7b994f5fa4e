import datetime as dt

import pytest

from bot.clinic_profile import parse_profile
from bot.data_files import DataFileError

LONDON = dt.timezone.utc  # the sample profile is in Europe/London; November is GMT (UTC+0)


def test_sample_profile_loads_with_every_front_desk_field(profile):
    assert profile.name
    assert profile.emergency_number == "999"
    assert "116 123" in profile.crisis_line
    assert profile.session_lengths() == "30, 45, 60 or 90 minutes"
    assert profile.money(62) == "£62"


def test_opening_hours_know_open_closed_and_next_opening(profile):
    monday_10 = dt.datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)
    sunday_10 = dt.datetime(2026, 11, 29, 10, 0, tzinfo=LONDON)
    assert profile.is_open(monday_10)
    assert not profile.is_open(sunday_10)
    nxt = profile.next_opening(sunday_10)
    assert (nxt.strftime("%A"), nxt.hour) == ("Monday", 9)


def test_errors_name_the_file_and_every_problem(raw_profile):
    raw_profile["contact"]["phone"] = ""
    raw_profile["opening_hours"]["monday"] = "9 till 5"
    raw_profile["timezone"] = "Mars/Olympus"
    del raw_profile["safety"]["emergency_number"]
    with pytest.raises(DataFileError) as err:
        parse_profile(raw_profile, "clinic_profile.yml")
    message = str(err.value)
    assert message.startswith("clinic_profile.yml:")
    assert "contact.phone: missing or empty" in message
    assert "opening_hours.monday: '9 till 5'" in message
    assert "timezone: 'Mars/Olympus'" in message
    assert "safety.emergency_number: missing or empty" in message


def test_prices_must_be_numbers(raw_profile):
    raw_profile["prices"]["sessions"] = [{"minutes": "sixty", "price": 10}]
    with pytest.raises(DataFileError, match=r"prices.sessions #1: needs numeric"):
        parse_profile(raw_profile)
