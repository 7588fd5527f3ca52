"""Clock and calendar helpers: UTC storage, Copenhagen dates, calendar-month deadlines."""

from __future__ import annotations

import calendar
import os
import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


class ClockError(ValueError):
    """DSRBOT_NOW is set but is not an ISO 8601 instant with an offset."""


_offset: timedelta | None = None


def _clock_offset() -> timedelta:
    """How far the process clock is set from the machine's (contracts §5, DSRBOT_NOW).

    Read once, on first use rather than at import: the clock starts at that instant and
    then runs on, so a test of next year's sweep or a replay of old mail needs no trick.
    """
    global _offset
    if _offset is None:
        _offset = _parse_start(os.environ.get("DSRBOT_NOW", "")) - datetime.now(UTC)
    return _offset


def _parse_start(text: str) -> datetime:
    if not text.strip():
        return datetime.now(UTC)
    try:
        start = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ClockError(f"DSRBOT_NOW={text!r}: not an ISO 8601 instant") from None
    if start.tzinfo is None:
        raise ClockError(f"DSRBOT_NOW={text!r}: give an offset, e.g. 2030-01-01T09:00+01:00")
    return start


def reset_clock() -> None:
    """Read DSRBOT_NOW again on the next call (tests that change it within one process)."""
    global _offset
    _offset = None


def utcnow() -> datetime:
    """Now, in UTC, on the process clock (which DSRBOT_NOW may have set)."""
    return datetime.now(UTC) + _clock_offset()


def today() -> date:
    """Today's date in Copenhagen on the process clock."""
    return local_date(utcnow())


def local_date(moment: datetime) -> date:
    """The calendar date in Copenhagen, which is what deadlines are counted in (R-DL-01)."""
    return moment.astimezone(COPENHAGEN).date()


def add_months(day: date, months: int) -> date:
    """Same calendar date `months` later; the month's last day when that date does not exist.

    This is the EU method for periods in months (Regulation 1182/71 art. 3), R-DL-01:
    15 March -> 15 April, 31 January -> 28/29 February.
    """
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def due_date(received_at: datetime) -> date:
    """The one-month answer deadline for a request received at `received_at` (R-DL-01)."""
    return add_months(local_date(received_at), 1)


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "mär": 3, "apr": 4, "maj": 5, "may": 5, "mai": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12, "dez": 12,
}
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})\.?\s+([a-zæøåä]{3})[a-zæøåä]*\.?,?\s+(\d{4})(?:\D{0,8}?(\d{1,2})[:.](\d{2}))?",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    r"([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:\D{0,8}?(\d{1,2})[:.](\d{2})\s*([ap]m)?)?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?"
                      r"|(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\D{1,6}(\d{1,2})[:.](\d{2}))?")


def _local(year: int, month: int, day: int, hour: str | None, minute: str | None) -> datetime:
    return datetime(year, month, day, int(hour or 0), int(minute or 0), tzinfo=COPENHAGEN)


def _from_words(text: str) -> datetime | None:
    found = _DAY_MONTH_YEAR.search(text)
    if found and found.group(2).lower()[:3] in _MONTHS:
        day, month, year, hour, minute = found.groups()
        return _local(int(year), _MONTHS[month.lower()[:3]], int(day), hour, minute)
    found = _MONTH_DAY_YEAR.search(text)
    if found and found.group(1).lower()[:3] in _MONTHS:
        month, day, year, hour, minute, ampm = found.groups()
        if hour and ampm and ampm.lower() == "pm" and int(hour) < 12:
            hour = str(int(hour) + 12)
        return _local(int(year), _MONTHS[month.lower()[:3]], int(day), hour, minute)
    return None


def _from_numbers(text: str) -> datetime | None:
    found = _NUMERIC.search(text)
    if not found:
        return None
    g = found.groups()
    if g[0]:
        return _local(int(g[0]), int(g[1]), int(g[2]), g[3], g[4])
    return _local(int(g[7]), int(g[6]), int(g[5]), g[8], g[9])


def parse_loose_date(text: str) -> datetime | None:
    """A date as mail clients print it in forwarded headers (RFC 5322, Danish, English,
    German or numeric); local Copenhagen time when no zone is given. None if unreadable."""
    try:
        moment = parsedate_to_datetime(text)
        if moment.tzinfo is not None:
            return moment
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return _from_words(text) or _from_numbers(text)
    except ValueError:  # e.g. 31 February: not a date
        return None
