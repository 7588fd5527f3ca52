"""E-mail and phone keys for register lookups (contracts §1)."""

import pytest

from bot.normalize import normalize_email, normalize_phone


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("+45 75 12 34 56", "+4575123456"),
        ("75123456", "+4575123456"),
        ("0045 20 11 22 33", "+4520112233"),
        ("(+45) 20112233", "+4520112233"),
        ("+46 8 123 456 78", "+46812345678"),
        ("not a number", None),
        ("", None),
        (None, None),
    ],
)
def test_phone_to_e164_default_denmark(raw, e164):
    assert normalize_phone(raw) == e164


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Info@Hansen-VVS.example.dk", "info@hansen-vvs.example.dk"),
        ("Søren Møller <SOREN@Example.DK>", "soren@example.dk"),
        ("no address here", None),
        (None, None),
    ],
)
def test_email_is_case_folded(raw, key):
    assert normalize_email(raw) == key
