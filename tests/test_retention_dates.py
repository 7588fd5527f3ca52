"""Retention dates: bookkeeping holds and CL Smed's policy date (R-RT-01, gdpr-dk.md §2.6, §4.2)."""

from calendar import isleap
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.retention.dates import (
    FinancialYear,
    bookkeeping_hold_until,
    deletable_from,
    financial_year_end,
    policy_expired,
    policy_until,
)
from bot.timeutil import add_months

CALENDAR = FinancialYear()
JULY = FinancialYear.parse("07-01")
MARCH = FinancialYear.parse("03-01")

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31))
# Every day a year can start on; 29 February is not one (not every year has it).
# 1 March is drawn often on purpose: its years end on 28 or 29 February.
fy_starts = st.one_of(
    st.sampled_from([CALENDAR, JULY, MARCH]),
    st.dates(min_value=date(2001, 1, 1), max_value=date(2001, 12, 31)).map(
        lambda d: FinancialYear(d.month, d.day)
    ),
)


# --- worked examples (gdpr-dk.md §2.6 and §4.2) ---------------------------------------------


@pytest.mark.parametrize(
    ("document", "fy", "hold_until"),
    [
        (date(2024, 10, 14), CALENDAR, date(2029, 12, 31)),  # §4.2: job invoiced 14 Oct 2024
        (date(2025, 1, 8), CALENDAR, date(2030, 12, 31)),  # §4.2: job Dec 2024, invoiced 2025
        (date(2021, 6, 1), CALENDAR, date(2026, 12, 31)),  # §4.2: customer's 2021 invoice
        (date(2024, 3, 1), CALENDAR, date(2029, 12, 31)),  # §4.2: customer's 2024 invoice
        (date(2025, 3, 15), JULY, date(2030, 6, 30)),  # §2.6: FY 1 July - 30 June
        (date(2025, 7, 1), JULY, date(2031, 6, 30)),  # first day of FY 2025/26
        (date(2024, 2, 29), MARCH, date(2029, 2, 28)),  # FY 2023/24 ends 29 Feb 2024
        (date(2022, 5, 1), MARCH, date(2028, 2, 29)),  # FY 2022/23 ends 28 Feb; 2028 is leap
    ],
)
def test_r_rt_01_bookkeeping_hold_worked_examples(document, fy, hold_until):
    assert bookkeeping_hold_until(document, fy) == hold_until


def test_r_rt_01_deletable_from_the_day_after_the_hold():
    """§4.2: kept until 31 Dec 2029, deletion from 1 Jan 2030."""
    assert deletable_from(bookkeeping_hold_until(date(2024, 10, 14), CALENDAR)) == date(2030, 1, 1)


@pytest.mark.parametrize(
    ("day", "fy", "end"),
    [
        (date(2024, 10, 14), CALENDAR, date(2024, 12, 31)),
        (date(2024, 12, 31), CALENDAR, date(2024, 12, 31)),
        (date(2025, 3, 15), JULY, date(2025, 6, 30)),
        (date(2025, 6, 30), JULY, date(2025, 6, 30)),
        (date(2025, 7, 1), JULY, date(2026, 6, 30)),
        (date(2023, 3, 1), MARCH, date(2024, 2, 29)),
        (date(2024, 3, 1), MARCH, date(2025, 2, 28)),
    ],
)
def test_financial_year_end_examples(day, fy, end):
    assert financial_year_end(day, fy) == end


@pytest.mark.parametrize(
    ("latest_job_end", "until"),
    [(date(2024, 10, 14), date(2029, 12, 31)), (date(2020, 1, 1), date(2025, 12, 31))],
)
def test_r_rt_01_policy_until_is_31_december_five_years_on(latest_job_end, until):
    assert policy_until(latest_job_end) == until


@pytest.mark.parametrize(
    ("today", "expired"),
    [(date(2025, 12, 31), False), (date(2026, 1, 1), True), (date(2024, 6, 1), False)],
)
def test_r_rt_01_policy_expires_on_1_january_of_year_plus_six(today, expired):
    """A customer whose last job ended in 2020 is due on 1 January 2026, not 31 December 2025."""
    assert policy_expired(date(2020, 8, 15), today) is expired


# --- parsing the financial-year start -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fy"),
    [("01-01", CALENDAR), ("07-01", FinancialYear(7, 1)), (" 3-1 ", FinancialYear(3, 1))],
)
def test_financial_year_parses_mm_dd(text, fy):
    assert FinancialYear.parse(text) == fy


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("02-30", "not a day"),
        ("02-29", "not a day"),  # not every year has one
        ("13-01", "not a day"),
        ("00-10", "not a day"),
        ("1-1x", "MM-DD"),
        ("", "MM-DD"),
        ("07/01", "MM-DD"),
        ("2025-07-01", "MM-DD"),
    ],
)
def test_financial_year_rejects_bad_input_clearly(text, message):
    with pytest.raises(ValueError, match=message):
        FinancialYear.parse(text)


def test_financial_year_checks_direct_construction_too():
    with pytest.raises(ValueError, match="not a day"):
        FinancialYear(4, 31)


# --- properties ---------------------------------------------------------------------------


@given(days, fy_starts)
def test_financial_year_end_is_within_a_year_and_followed_by_a_start(day, fy):
    end = financial_year_end(day, fy)
    assert day <= end < add_months(day, 12)
    after = end + timedelta(days=1)
    assert (after.month, after.day) == (fy.start_month, fy.start_day)


@given(days, days, fy_starts)
def test_r_rt_01_bookkeeping_hold_is_monotonic(first, second, fy):
    early, late = sorted((first, second))
    assert bookkeeping_hold_until(early, fy) <= bookkeeping_hold_until(late, fy)


@given(days, fy_starts)
def test_r_rt_01_bookkeeping_hold_is_five_years_after_the_financial_year_end(day, fy):
    end = financial_year_end(day, fy)
    hold = bookkeeping_hold_until(day, fy)
    assert hold.year == end.year + 5
    after = hold + timedelta(days=1)
    assert (after.month, after.day) == (fy.start_month, fy.start_day)
    if fy == MARCH:
        # A year ending in February ends on that February's last day, 28 or 29.
        assert hold.day == (29 if isleap(hold.year) else 28)
    else:
        assert (hold.month, hold.day) == (end.month, end.day)


@given(days)
def test_r_rt_01_policy_until_is_always_31_december(day):
    until = policy_until(day)
    assert (until.year, until.month, until.day) == (day.year + 5, 12, 31)


@given(days, days)
def test_r_rt_01_policy_expired_exactly_after_policy_until(job_end, today):
    assert policy_expired(job_end, today) is (today > policy_until(job_end))
    assert policy_expired(job_end, date(job_end.year + 6, 1, 1))
