"""Deadlines are calendar months in Copenhagen time (R-DL-01)."""

from datetime import UTC, date, datetime

import pytest

from bot.timeutil import add_months, due_date


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 3, 15), date(2026, 4, 15)),   # R-DL-01: 15 March -> 15 April
        (date(2026, 1, 31), date(2026, 2, 28)),   # R-DL-01: no 31 February -> last day
        (date(2028, 1, 31), date(2028, 2, 29)),   # leap year
        (date(2026, 12, 10), date(2027, 1, 10)),  # over the year end
        (date(2026, 3, 31), date(2026, 4, 30)),
    ],
)
def test_one_calendar_month(received, due):
    assert add_months(received, 1) == due


def test_due_date_counts_the_copenhagen_date():
    # 23:30 UTC on 31 March is already 1 April in Copenhagen (summer time, UTC+2).
    assert due_date(datetime(2026, 3, 31, 23, 30, tzinfo=UTC)) == date(2026, 5, 1)
    assert due_date(datetime(2026, 3, 31, 21, 0, tzinfo=UTC)) == date(2026, 4, 30)


def test_weekend_deadline_is_not_moved():
    # R-DL-02: 15 August 2026 is a Saturday; the date stands.
    assert add_months(date(2026, 7, 15), 1) == date(2026, 8, 15)
