"""Clock and calendar helpers: UTC storage, Copenhagen dates, calendar-month deadlines."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def utcnow() -> datetime:
    return datetime.now(UTC)


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
