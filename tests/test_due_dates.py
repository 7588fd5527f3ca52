"""Answer deadlines as calendar months (R-DL-01) and the extension limit (R-DL-03)."""

from calendar import monthrange
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.retention.dates import extension_allowed, max_extended_due
from bot.timeutil import COPENHAGEN, add_months, due_date, local_date

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31))
moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2200, 12, 31), timezones=st.just(UTC)
)


def _next_month(day: date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


# --- R-DL-01 examples ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year
        (date(2025, 1, 31), date(2025, 2, 28)),
        (date(2025, 3, 15), date(2025, 4, 15)),  # calendar month, not 30 days
        (date(2025, 12, 31), date(2026, 1, 31)),
    ],
)
def test_r_dl_01_one_calendar_month(received, due):
    assert add_months(received, 1) == due


def test_r_dl_01_late_evening_utc_is_the_next_copenhagen_day():
    """23:30 UTC on 31 March is 01:30 on 1 April in Copenhagen, so the answer is due 1 May."""
    received = datetime(2025, 3, 31, 23, 30, tzinfo=UTC)
    assert local_date(received) == date(2025, 4, 1)
    assert due_date(received) == date(2025, 5, 1)


# --- R-DL-01 properties -------------------------------------------------------------------


@given(days)
def test_r_dl_01_due_is_in_the_next_calendar_month(received):
    due = add_months(received, 1)
    assert (due.year, due.month) == _next_month(received)


@given(days)
def test_r_dl_01_same_day_of_month_else_the_last_day(received):
    due = add_months(received, 1)
    last = monthrange(due.year, due.month)[1]
    assert due.day == min(received.day, last)


@given(moments)
def test_r_dl_01_due_date_counts_from_the_copenhagen_date(received):
    local = received.astimezone(COPENHAGEN).date()
    assert due_date(received) == add_months(local, 1)


@given(moments, moments)
def test_r_dl_01_later_receipt_never_gives_earlier_due(first, second):
    early, late = sorted((first, second))
    assert due_date(early) <= due_date(late)


# --- R-DL-03 ------------------------------------------------------------------------------


@given(days)
def test_r_dl_03_extended_due_at_most_three_calendar_months(received):
    latest = max_extended_due(received)
    assert add_months(received, 1) < latest <= add_months(received, 3)
    months = (latest.year - received.year) * 12 + latest.month - received.month
    assert months == 3


def test_r_dl_03_extended_due_example():
    assert max_extended_due(date(2025, 11, 30)) == date(2026, 2, 28)


@given(days, st.integers(min_value=0, max_value=400))
def test_r_dl_03_extension_refused_on_and_after_due(received, days_late):
    due = add_months(received, 1)
    assert not extension_allowed(received, due, due + timedelta(days=days_late))


@given(days, st.integers(min_value=1, max_value=31))
def test_r_dl_03_extension_allowed_before_due(received, days_early):
    due = add_months(received, 1)
    today = max(received, due - timedelta(days=days_early))
    assert extension_allowed(received, due, today)


def test_r_dl_03_no_second_extension():
    received = date(2025, 3, 15)
    extended = max_extended_due(received)
    assert not extension_allowed(received, extended, date(2025, 4, 20))
