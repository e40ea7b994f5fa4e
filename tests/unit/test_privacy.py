import io
import logging
import sys

import pytest

from bot.privacy import MaskingFilter, install_log_masking, mask_personal_data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me on 07700 900123 please", "call me on [phone] please"),
        ("my number is +44 (0)1632 960418", "my number is [phone]"),
        ("email jo.smith+clinic@example.co.uk", "email [email]"),
        (
            "I had surgery 3 weeks ago, 60 minute session at 10:30",
            "I had surgery 3 weeks ago, 60 minute session at 10:30",
        ),
    ],
)
def test_contact_details_are_masked_and_ordinary_numbers_kept(text, expected):
    assert mask_personal_data(text) == expected


def test_log_records_are_masked_by_the_handler_filter():
    stream = io.StringIO()
    logger = logging.getLogger("privacy-test")
    logger.propagate = False
    handler = logging.StreamHandler(stream)
    logger.addHandler(handler)
    install_log_masking(logger)
    install_log_masking(logger)  # idempotent
    logger.warning("message from %s: ring me on %s", "client", "07700 900123")
    assert stream.getvalue().strip() == "message from client: ring me on [phone]"
    assert len(handler.filters) == 1


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("my date of birth is 12/03/1985", "[date]"),
        ("born 3rd March 1985", "[date]"),
        ("dob 1985-03-12", "[date]"),
        ("I live at 12 Mill Lane near the park", "[address]"),
        ("postcode SW1A 1AA", "[postcode]"),
        ("postcode m1 1ae", "[postcode]"),
    ],
)
def test_dates_of_birth_postcodes_and_addresses_are_masked(text, placeholder):
    assert placeholder in mask_personal_data(text)


@pytest.mark.parametrize("text", ["can I come at 10:30 on the 5th?", "I've had 3 sessions in 2 weeks"])
def test_ordinary_numbers_are_left_alone(text):
    assert mask_personal_data(text) == text


def test_a_traceback_is_masked_too():
    import logging

    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), None)
    try:
        raise ValueError("client wrote jo@example.com and 07700 900123")
    except ValueError:
        record.exc_info = sys.exc_info()
    MaskingFilter().filter(record)
    assert "jo@example.com" not in record.exc_text and "[email]" in record.exc_text
    assert "[email]" in logging.Formatter().format(record)


def test_captured_warnings_are_masked_like_any_record():
    import io
    import logging
    import warnings

    from bot.privacy import install_log_masking

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger("py.warnings")  # where captured warnings are logged
    root.disabled = False
    root.addHandler(handler)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")  # not "once": pytest or an earlier test may have shown it
            logging.captureWarnings(False)  # start from Python's own state, whatever ran before
            install_log_masking(root)
            warnings.warn("could not parse a message from jane.doe@example.com", UserWarning, stacklevel=1)
    finally:
        root.removeHandler(handler)
        logging.captureWarnings(False)
    assert "jane.doe@example.com" not in stream.getvalue() and "[email]" in stream.getvalue()
