import io
import logging

import pytest

from bot.privacy import install_log_masking, mask_personal_data


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
