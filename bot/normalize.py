"""Normalised forms of e-mail addresses and phone numbers, the keys the register is matched on."""

from __future__ import annotations

from email.utils import parseaddr

import phonenumbers


def normalize_email(value: str | None) -> str | None:
    """Case-folded bare address, or None when `value` holds no plausible address."""
    if not value:
        return None
    _, address = parseaddr(value)
    address = address.strip().casefold()
    if address.count("@") != 1 or address.startswith("@") or address.endswith("@"):
        return None
    return address


def normalize_phone(value: str | None, region: str = "DK") -> str | None:
    """E.164 form (default region Denmark), or None when `value` is not a valid number."""
    if not value or not value.strip():
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
