"""When a person, not the bot, must read a case first: decided from the request's flags.

These are legal safeguards (gdpr-dk.md §4.0 steps 2 and 7, R-BR-01, R-DK-02): a breach,
a complaint, a representative, a third party or a deceased person always goes to staff,
whatever the classifier's confidence and whatever `triage_threshold` is set to.
"""

from __future__ import annotations

from collections.abc import Iterable

STAFF_FLAGS: dict[str, str] = {
    "breach": "may report a personal data breach (art. 33: staff act within 72 hours)",
    "complaint": "mentions a complaint to Datatilsynet",
    "representative": "written on someone else's behalf (authorisation needed)",
    "third_party": "asks about another person's data",
    "deceased": "concerns a deceased person (heirs: staff decide)",
    "ambiguous": "the request is ambiguous",
}


def staff_reason(flags: Iterable[str]) -> str | None:
    """Why staff must read the case before anything is planned, or None."""
    for flag in sorted(set(flags)):
        if flag in STAFF_FLAGS:
            return STAFF_FLAGS[flag]
    return None
