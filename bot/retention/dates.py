"""The date rules of retention: how long a document or relationship must or may be kept.

Pure functions over dates, no I/O: bookkeeping holds (bogføringsloven § 12, R-RT-01), CL Smed's
own policy date (R-RT-01) and the answer-deadline extension of GDPR art. 12(3) (R-DL-03).
"Until" dates are inclusive: the last day something must still be kept or may still be sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.timeutil import add_months

BOOKKEEPING_YEARS = 5  # bogføringsloven 2022 § 12, stk. 1 (old act § 10)
POLICY_YEARS = 5  # CL Smed's notice: 5 years from the end of the year of the latest job
EXTENSION_MONTHS = 3  # art. 12(3): one month plus at most two further months

_MM_DD = re.compile(r"(\d{1,2})-(\d{1,2})")
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class FinancialYear:
    """The day and month a financial year (regnskabsår) starts; the default is the calendar year."""

    start_month: int = 1
    start_day: int = 1

    def __post_init__(self) -> None:
        # 2001 is not a leap year: a year starting 29 February would not start every year.
        try:
            date(2001, self.start_month, self.start_day)
        except ValueError:
            raise ValueError(
                f"financial year start {self.start_month:02d}-{self.start_day:02d} is not a day"
                " that every year has"
            ) from None

    @classmethod
    def parse(cls, text: str) -> FinancialYear:
        """A start written "MM-DD", e.g. "07-01" for a year running 1 July to 30 June."""
        found = _MM_DD.fullmatch(text.strip())
        if found is None:
            raise ValueError(f"financial year start must be MM-DD, e.g. 07-01; got {text!r}")
        return cls(int(found.group(1)), int(found.group(2)))

    def start_in(self, year: int) -> date:
        """The day a financial year starts in calendar year `year`."""
        return date(year, self.start_month, self.start_day)


def financial_year_end(day: date, fy: FinancialYear) -> date:
    """The last day of the financial year that `day` belongs to."""
    start_year = day.year if day >= fy.start_in(day.year) else day.year - 1
    # The day before the next start, so a year ending in February gets 28 or 29 as the case is.
    return fy.start_in(start_year + 1) - _ONE_DAY


def bookkeeping_hold_until(document_date: date, fy: FinancialYear) -> date:
    """The last day accounting material dated `document_date` must still be kept (R-RT-01).

    Counted from the end of the document's financial year, not from the job or the request.
    """
    next_start = financial_year_end(document_date, fy) + _ONE_DAY
    # The end of the fifth following financial year rather than "same date 5 years on": when
    # that year ends in a leap February, 29 February is kept too, erring on the side of keeping.
    return fy.start_in(next_start.year + BOOKKEEPING_YEARS) - _ONE_DAY


def deletable_from(hold_until: date) -> date:
    """The first day a hold no longer applies: hold dates are the last day of keeping."""
    return hold_until + _ONE_DAY


def policy_until(latest_job_end: date) -> date:
    """CL Smed's own retention date for a customer relationship (R-RT-01).

    A policy date alone never overrides an erasure request (R-RT-02); that is the caller's rule.
    """
    return date(latest_job_end.year + POLICY_YEARS, 12, 31)


def policy_expired(latest_job_end: date, today: date) -> bool:
    """Whether the policy period is over: from 1 January of year + 6, not on 31 December."""
    return today > policy_until(latest_job_end)


def max_extended_due(received: date) -> date:
    """The latest an extended answer may be due: receipt plus three calendar months (R-DL-03)."""
    return add_months(received, EXTENSION_MONTHS)


def extension_allowed(received: date, due: date, today: date) -> bool:
    """Whether an extension notice may still be sent (R-DL-03).

    Only while today is before the due date: the person must be told within the first month.
    A due date already past receipt + 1 month means an extension was granted, and there is
    no second one.
    """
    already_extended = due > add_months(received, 1)
    return today < due and not already_extended
