"""The retention sweep (issue 7, item 1; R-RT-01): what it plans on which day, what stops it,
the approval gate, taking items out, the re-check before anything is deleted, the command,
and the same selection and execution on PostgreSQL."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from bot import cli
from bot.cases.approval import approve
from bot.cases.kinds import PlanStatus
from bot.config import Config
from bot.outbound.render import Renderer
from bot.retention.dates import (
    FinancialYear,
    bookkeeping_hold_until,
    deletable_from,
    policy_expired,
)
from bot.retention.sweep import (
    SweepError,
    carry_out_sweep,
    drop_items,
    run_approved_sweeps,
    sweep_job,
    sweep_once,
)
from bot.retention.sweep_sql import cutoffs
from bot.schedule import run_due
from bot.store.db import Database
from bot.store.models import (
    AuditEvent,
    Contact,
    Customer,
    Hold,
    Invoice,
    Job,
    Lead,
    Owner,
    Plan,
    PlanItem,
    QualityCheck,
)
from bot.timeutil import add_months, reset_clock

NEW_YEAR_2026 = "2026-01-01T04:00:00+01:00"
NEW_YEARS_EVE_2025 = "2025-12-31T23:30:00+01:00"
NEW_YEAR_2030 = "2030-01-01T04:00:00+01:00"


# --- building a register -----------------------------------------------------------------


def at(monkeypatch: pytest.MonkeyPatch, moment: str) -> None:
    monkeypatch.setenv("DSRBOT_NOW", moment)
    reset_clock()


def job(ref: str, completed: date | None, *invoices: tuple[str, date | None],
        checks: int = 0) -> dict[str, Any]:
    return {"ref": ref, "completed": completed, "invoices": invoices, "checks": checks}


def customer(session: Session, ref: str, *jobs: dict[str, Any], contacts: tuple[str, ...] = (),
             departed: tuple[str, ...] = (), owners: tuple[str, ...] = ()) -> Customer:
    row = Customer(ref=ref, kind="person", name=f"Kunde {ref}", phone="+45 20 11 22 33",
                   email=f"{ref.lower()}@mail.example.com")
    session.add(row)
    session.flush()
    for spec in jobs:
        _add_job(session, row, spec)
    for ref_, employed in [*((c, True) for c in contacts), *((c, False) for c in departed)]:
        session.add(Contact(customer_id=row.id, ref=ref_, name=f"Kontakt {ref_}",
                            employed=employed))
    for ref_ in owners:
        session.add(Owner(customer_id=row.id, ref=ref_, name=f"Ejer {ref_}"))
    session.flush()
    return row


def _add_job(session: Session, owner: Customer, spec: dict[str, Any]) -> None:
    started = spec["completed"] - timedelta(days=30) if spec["completed"] else date(2025, 1, 1)
    row = Job(customer_id=owner.id, ref=spec["ref"], title="Trappe", started=started,
              completed=spec["completed"])
    session.add(row)
    session.flush()
    for number, day in spec["invoices"]:
        session.add(Invoice(job_id=row.id, number=number, date=day, amount_dkk=1000.0))
    for n in range(spec["checks"]):
        session.add(QualityCheck(job_id=row.id, date=started + timedelta(days=n),
                                 result="ok", notes="svejsninger kontrolleret"))


def hold(session: Session, kind: str, cref: str | None, ref: str, reason: str,
         until: date | None, set_by: str = "rule") -> None:
    from bot.timeutil import utcnow

    session.add(Hold(kind=kind, customer_ref=cref, ref=ref, reason=reason, until=until,
                     set_by=set_by, created_at=utcnow()))


def lead(session: Session, ref: str, created: date) -> None:
    session.add(Lead(ref=ref, name=f"Emne {ref}", email=f"{ref.lower()}@firma.example.dk",
                     created=created))


def items(db: Database, plan_id: int | None) -> dict[tuple[str, str | None, str], Any]:
    """(kind, customer_ref, ref) -> (action, until) of a plan's items."""
    assert plan_id is not None
    with db.reading() as session:
        rows = session.exec(select(PlanItem).where(PlanItem.plan_id == plan_id)).all()
    return {(i.kind, i.customer_ref, i.ref): (i.action, i.until) for i in rows}


def deletes(db: Database, plan_id: int | None) -> set[tuple[str, str | None, str]]:
    return {key for key, (action, _) in items(db, plan_id).items() if action == "delete"}


def refs(db: Database, model: Any) -> set[str]:
    with db.reading() as session:
        return set(session.exec(select(model.ref)))


def approve_and_run(db: Database, config: Config, plan_id: int | None) -> Any:
    assert plan_id is not None
    with db.transaction() as session:
        approve(session, plan_id, "mette")
    return carry_out_sweep(db, config, plan_id)


def expired_2020(session: Session, ref: str = "C1") -> None:
    """A customer whose latest job ended in 2020, with everything a customer can have."""
    customer(session, ref,
             job("J1", date(2018, 5, 1), (f"F-{ref}-1", date(2018, 5, 10)), checks=1),
             job("J2", date(2020, 6, 30), (f"F-{ref}-2", date(2020, 7, 5)), checks=2),
             contacts=("P1",), departed=("P2",), owners=("O1",))


EXPIRED_2020_ROWS = {("customer", "C1", "C1"), ("owner", "C1", "O1"), ("contact", "C1", "P1"),
                     ("contact", "C1", "P2"), ("job", "C1", "J1"), ("job", "C1", "J2"),
                     ("invoice", "C1", "F-C1-1"), ("invoice", "C1", "F-C1-2")}


# --- what is planned, and when -----------------------------------------------------------


def _erased_in_2027(session: Session) -> None:
    """What an erasure in 2027 left of a customer: invoices under their bookkeeping holds,
    and the job and customer rows above them, held as long."""
    customer(session, "C1",
             job("J1", date(2024, 10, 1), ("F-2024", date(2024, 10, 14))),
             job("J2", date(2024, 12, 15), ("F-2025", date(2025, 1, 8))),
             job("J3", date(2026, 5, 1), ("F-2026", date(2026, 5, 10))))
    for number, job_ref, until in (("F-2024", "J1", date(2029, 12, 31)),
                                   ("F-2025", "J2", date(2030, 12, 31)),
                                   ("F-2026", "J3", date(2031, 12, 31))):
        hold(session, "invoice", "C1", number, "bookkeeping", until)
        hold(session, "job", "C1", job_ref, "bookkeeping", until)
    hold(session, "customer", "C1", "C1", "bookkeeping", date(2031, 12, 31))


def test_R_RT_01_on_1_january_2030_the_kept_2024_invoice_is_planned_not_the_2025_one(
        db, config, monkeypatch):
    with db.transaction() as session:
        _erased_in_2027(session)
    at(monkeypatch, NEW_YEAR_2030)
    report = sweep_once(db, config)
    assert report.state == "queued"
    assert deletes(db, report.plan_id) == {("invoice", "C1", "F-2024"), ("job", "C1", "J1")}
    assert ("invoice", "C1", "F-2025") not in items(db, report.plan_id)


def test_R_RT_01_on_31_december_2029_the_2024_invoice_is_still_kept(db, config, monkeypatch):
    with db.transaction() as session:
        _erased_in_2027(session)
    at(monkeypatch, "2029-12-31T23:30:00+01:00")
    report = sweep_once(db, config)
    assert report.state == "nothing" and report.plan_id is None


def test_R_RT_01_a_customer_whose_last_job_ended_in_2020_is_planned_on_1_january_2026(
        db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    planned = items(db, report.plan_id)
    assert {k for k in planned if k[0] != "quality_check"} == EXPIRED_2020_ROWS
    assert sum(1 for k in planned if k[0] == "quality_check") == 3
    assert {action for action, _ in planned.values()} == {"delete"}


def test_R_RT_01_a_customer_whose_last_job_ended_in_2020_is_not_planned_on_31_december_2025(
        db, config, monkeypatch):
    with db.transaction() as session:
        customer(session, "C1", job("J1", date(2020, 6, 30), ("F-1", date(2020, 7, 5))))
    at(monkeypatch, NEW_YEARS_EVE_2025)
    report = sweep_once(db, config)
    assert report.state == "nothing" and report.plan_id is None


def test_R_RT_01_an_invoice_in_its_bookkeeping_years_is_kept_with_its_job_and_customer(
        db, config, monkeypatch):
    """A job finished in December 2020 but invoiced in January 2021: the invoice's own
    financial year counts (kept until 31 December 2026); its job and customer stay as they
    are, the rest of the customer's records go."""
    with db.transaction() as session:
        customer(session, "C1", job("J1", date(2020, 12, 20), ("F-1", date(2021, 1, 8)),
                                    checks=1), contacts=("P1",))
    at(monkeypatch, NEW_YEAR_2026)
    plan_id = sweep_once(db, config).plan_id
    planned = items(db, plan_id)
    kept = {k: until for k, (action, until) in planned.items() if action == "keep"}
    assert kept == {("invoice", "C1", "F-1"): date(2026, 12, 31),
                    ("job", "C1", "J1"): date(2026, 12, 31),
                    ("customer", "C1", "C1"): date(2026, 12, 31)}
    assert {k[0] for k in deletes(db, plan_id)} == {"contact", "quality_check"}


def test_a_customer_whose_every_row_is_kept_is_not_planned_every_day(db, config, monkeypatch):
    with db.transaction() as session:
        customer(session, "C1", job("J1", date(2020, 12, 20), ("F-1", date(2021, 1, 8))))
    at(monkeypatch, NEW_YEAR_2026)
    assert sweep_once(db, config).state == "nothing"


def test_an_ongoing_job_keeps_the_customer_out_of_the_sweep(db, config, monkeypatch):
    with db.transaction() as session:
        customer(session, "C1", job("J1", date(2015, 3, 1), ("F-1", date(2015, 3, 5))),
                 job("J2", None), contacts=("P1",))
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    assert report.plan_id is None
    assert [(s.kind, s.ref, s.reason) for s in report.skipped] == [
        ("customer", "C1", "ongoing job")]


def test_a_legal_claims_hold_keeps_the_customer_out_of_the_sweep(db, config, monkeypatch):
    """The hold on job J1 keeps the customer and all its records; a contact person who
    left is not under that job and still goes (as an erasure would treat it)."""
    with db.transaction() as session:
        expired_2020(session)
        hold(session, "job", "C1", "J1", "claims", date(2027, 6, 30), set_by="staff:mette")
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    assert deletes(db, report.plan_id) == {("contact", "C1", "P2")}
    assert [(s.ref, s.reason) for s in report.skipped] == [("C1", "claims hold")]


def test_a_restriction_keeps_the_customer_out_of_the_sweep(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
        hold(session, "customer", "C1", "C1", "restriction", None)
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    assert report.plan_id is None
    assert {(s.kind, s.ref, s.reason) for s in report.skipped} == {
        ("customer", "C1", "restriction hold"), ("contact", "P2", "restriction hold")}


def test_a_claims_hold_that_has_ended_no_longer_blocks(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
        hold(session, "job", "C1", "J1", "claims", date(2025, 6, 30), set_by="staff:mette")
    at(monkeypatch, NEW_YEAR_2026)
    assert ("customer", "C1", "C1") in deletes(db, sweep_once(db, config).plan_id)


def test_a_lead_idle_for_lead_months_is_planned_and_a_newer_one_not(db, config, monkeypatch):
    with db.transaction() as session:
        lead(session, "L1", date(2023, 12, 31))
        lead(session, "L2", date(2024, 1, 1))  # exactly 24 months on 1 January 2026
        lead(session, "L3", date(2024, 1, 2))
    at(monkeypatch, NEW_YEAR_2026)
    assert deletes(db, sweep_once(db, config).plan_id) == {
        ("lead", None, "L1"), ("lead", None, "L2")}


def test_a_lead_under_a_claims_hold_is_skipped(db, config, monkeypatch):
    with db.transaction() as session:
        lead(session, "L1", date(2020, 1, 1))
        hold(session, "lead", None, "L1", "claims", date(2027, 1, 1), set_by="staff:mette")
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    assert report.plan_id is None
    assert [(s.kind, s.ref, s.reason) for s in report.skipped] == [
        ("lead", "L1", "claims hold")]


def test_a_contact_person_no_longer_employed_is_planned(db, config, monkeypatch):
    with db.transaction() as session:
        customer(session, "C1", job("J1", date(2025, 3, 1), ("F-1", date(2025, 3, 5))),
                 contacts=("P1",), departed=("P2",))
    at(monkeypatch, NEW_YEAR_2026)
    assert deletes(db, sweep_once(db, config).plan_id) == {("contact", "C1", "P2")}


def test_a_second_sweep_queues_nothing_while_one_waits(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
    at(monkeypatch, NEW_YEAR_2026)
    first = sweep_once(db, config)
    with db.transaction() as session:
        lead(session, "L1", date(2020, 1, 1))
    second = sweep_once(db, config)
    assert (second.state, second.plan_id, second.items) == ("pending", first.plan_id,
                                                           first.items)
    with db.reading() as session:
        assert len(session.exec(select(Plan).where(Plan.kind == "sweep")).all()) == 1


def test_the_audit_trail_holds_counts_not_names(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    approve_and_run(db, config, report.plan_id)
    with db.reading() as session:
        events = session.exec(select(AuditEvent).where(
            col(AuditEvent.event).in_(["sweep.planned", "sweep.executed"]))
            .order_by(col(AuditEvent.id))).all()
    assert [e.event for e in events] == ["sweep.planned", "sweep.executed"]
    dumped = json.dumps([e.details for e in events])
    assert "Kunde" not in dumped and "mail.example.com" not in dumped and "C1" not in dumped
    assert events[1].details is not None and events[1].details["ran"] == report.items


# --- the dates the SQL compares against are dates.py's rules -----------------------------

DAYS = st.dates(min_value=date(2005, 1, 1), max_value=date(2040, 12, 31))


@settings(max_examples=300, deadline=None)
@given(today=DAYS, day=DAYS, start=st.sampled_from(["01-01", "07-01", "03-01", "10-15"]),
       months=st.integers(min_value=1, max_value=60))
def test_the_cutoffs_agree_with_the_date_rules(today, day, start, months):
    fy = FinancialYear.parse(start)
    cut = cutoffs(today, fy, months)
    assert (day <= cut.last_job_day) == policy_expired(day, today)
    assert (day <= cut.last_document_day) == (
        deletable_from(bookkeeping_hold_until(day, fy)) <= today)
    assert (day <= cut.last_lead_day) == (add_months(day, months) <= today)


# --- approval and execution --------------------------------------------------------------


def _mixed_register(session: Session) -> None:
    expired_2020(session)
    customer(session, "C2", job("J1", date(2025, 3, 1), ("F-C2-1", date(2025, 3, 5)), checks=1),
             contacts=("P1",), departed=("P2",), owners=("O1",))
    customer(session, "C3", job("J1", date(2023, 8, 1), ("F-C3-1", date(2023, 8, 2))))
    lead(session, "L1", date(2020, 1, 1))
    lead(session, "L2", date(2025, 6, 1))


def test_an_approved_sweep_deletes_exactly_its_items(db, config, monkeypatch):
    with db.transaction() as session:
        _mixed_register(session)
        hold(session, "invoice", "C1", "F-C1-1", "bookkeeping", date(2023, 12, 31))
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    run = approve_and_run(db, config, report.plan_id)
    assert run.ran == report.items and run.skipped == ()
    assert refs(db, Customer) == {"C2", "C3"} and refs(db, Lead) == {"L2"}
    assert refs(db, Job) == {"J1"} and refs(db, Owner) == {"O1"} and refs(db, Contact) == {"P1"}
    with db.reading() as session:
        assert set(session.exec(select(Invoice.number))) == {"F-C2-1", "F-C3-1"}
        assert len(session.exec(select(QualityCheck)).all()) == 1
        assert session.exec(select(Hold)).all() == []  # the ended hold went with its row
        plan = session.get(Plan, report.plan_id)
    assert plan is not None and plan.status == PlanStatus.EXECUTED


def test_a_plan_the_service_carried_out_first_is_no_error(db, config, monkeypatch):
    """`queue approve` and the running service's worker race for an approved sweep: the
    loser finds it carried out and says so (it failed with "not an approved sweep plan")."""
    with db.transaction() as session:
        _mixed_register(session)
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    first = approve_and_run(db, config, report.plan_id)
    assert report.plan_id is not None
    again = carry_out_sweep(db, config, report.plan_id)
    assert first.ran == report.items and not first.earlier
    assert again.earlier and again.ran == 0
    assert "already carried out" in again.summary()


def test_a_sweep_not_approved_deletes_nothing(db, config, monkeypatch):
    with db.transaction() as session:
        _mixed_register(session)
    at(monkeypatch, NEW_YEAR_2026)
    sweep_once(db, config)
    assert run_approved_sweeps(db, config) == 0
    assert refs(db, Customer) == {"C1", "C2", "C3"} and refs(db, Lead) == {"L1", "L2"}


def test_dropping_a_customer_takes_out_all_its_rows(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
        expired_2020(session, "C4")
    at(monkeypatch, NEW_YEAR_2026)
    old = sweep_once(db, config).plan_id
    with db.transaction() as session:
        new = drop_items(session, old or 0, ["C4"], "mette")
        assert new.version == 2
    assert {k[1] for k in items(db, new.id)} == {"C1"}
    with db.reading() as session:
        stale = session.get(Plan, old)
    assert stale is not None and stale.status == PlanStatus.SUPERSEDED
    approve_and_run(db, config, new.id)
    assert refs(db, Customer) == {"C4"}
    with db.reading() as session:
        assert set(session.exec(select(Invoice.number))) == {"F-C4-1", "F-C4-2"}


def test_dropping_a_job_keeps_its_rows_and_its_customer(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
    at(monkeypatch, NEW_YEAR_2026)
    old = sweep_once(db, config).plan_id
    with db.transaction() as session:
        new = drop_items(session, old or 0, ["C1/J2"], "mette")
    left = items(db, new.id)
    assert ("customer", "C1", "C1") not in left and ("job", "C1", "J2") not in left
    assert ("invoice", "C1", "F-C1-2") not in left and ("job", "C1", "J1") in left
    assert sum(1 for k in left if k[0] == "quality_check") == 1  # J1's, not J2's two
    approve_and_run(db, config, new.id)
    assert refs(db, Customer) == {"C1"} and refs(db, Job) == {"J2"}
    with db.reading() as session:
        assert set(session.exec(select(Invoice.number))) == {"F-C1-2"}
        assert len(session.exec(select(QualityCheck)).all()) == 2


def test_a_ref_at_several_customers_must_name_its_customer(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
        expired_2020(session, "C4")
    at(monkeypatch, NEW_YEAR_2026)
    plan_id = sweep_once(db, config).plan_id or 0
    with pytest.raises(SweepError, match="several customers"), db.transaction() as session:
        drop_items(session, plan_id, ["J1"], "mette")
    with pytest.raises(SweepError, match="no item"), db.transaction() as session:
        drop_items(session, plan_id, ["C9"], "mette")


def test_an_item_no_longer_eligible_at_approval_is_not_carried_out(db, config, monkeypatch):
    """The customer came back with a new job between the sweep and the approval: its rows
    stay, except the contact person who left (deleted on that ground alone); the rest of
    the plan runs."""
    with db.transaction() as session:
        expired_2020(session)
        lead(session, "L1", date(2020, 1, 1))
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    with db.transaction() as session:
        c1 = session.exec(select(Customer).where(Customer.ref == "C1")).one()
        _add_job(session, c1, job("J3", date(2025, 12, 30)))
    run = approve_and_run(db, config, report.plan_id)
    assert refs(db, Customer) == {"C1"} and refs(db, Lead) == set()
    assert refs(db, Contact) == {"P1"} and refs(db, Job) == {"J1", "J2", "J3"}
    assert run.ran == 2 and len(run.skipped) == report.items - 2


def test_a_row_added_after_planning_keeps_the_customer_row(db, config, monkeypatch):
    """A contact person imported after the sweep is not in the plan: it stays, and so does
    the customer it belongs to; the planned rows go."""
    with db.transaction() as session:
        expired_2020(session)
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(db, config)
    with db.transaction() as session:
        c1 = session.exec(select(Customer).where(Customer.ref == "C1")).one()
        session.add(Contact(customer_id=c1.id, ref="P9", name="Ny Kontakt"))
    run = approve_and_run(db, config, report.plan_id)
    assert refs(db, Customer) == {"C1"} and refs(db, Contact) == {"P9"}
    assert refs(db, Job) == set() and run.skipped == (("customer", "C1", "C1"),)


def test_a_plan_changed_after_approval_is_set_aside(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
    at(monkeypatch, NEW_YEAR_2026)
    plan_id = sweep_once(db, config).plan_id
    with db.transaction() as session:
        approve(session, plan_id or 0, "mette")
        item = session.exec(select(PlanItem).where(PlanItem.plan_id == plan_id)).first()
        assert item is not None
        item.ref = "C3"
        session.add(item)
    assert run_approved_sweeps(db, config) == 0
    assert refs(db, Customer) == {"C1"}
    with db.reading() as session:
        plan = session.get(Plan, plan_id)
    assert plan is not None and plan.status == PlanStatus.SUPERSEDED


def test_the_daily_duty_carries_out_an_approved_plan_then_plans_anew(db, config, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
    at(monkeypatch, NEW_YEAR_2026)
    plan_id = sweep_once(db, config).plan_id
    with db.transaction() as session:
        approve(session, plan_id or 0, "mette")
        lead(session, "L1", date(2020, 1, 1))
    done = sweep_job(db, config, Renderer(config))
    assert refs(db, Customer) == set()
    with db.reading() as session:
        pending = session.exec(select(Plan).where(Plan.status == PlanStatus.PENDING)).one()
    assert deletes(db, pending.id) == {("lead", None, "L1")} and done == len(
        EXPIRED_2020_ROWS) + 3 + 1


def test_the_scheduler_runs_the_sweep_after_sweep_hour_unless_turned_off(
        db, config, monkeypatch):
    from dataclasses import replace

    with db.transaction() as session:
        lead(session, "L1", date(2020, 1, 1))
    at(monkeypatch, NEW_YEAR_2026)  # 04:00 in Copenhagen, sweep_hour is 3
    off = replace(config, retention=replace(config.retention, sweep=False))
    run_due(db, off, Renderer(off), {})
    with db.reading() as session:
        assert session.exec(select(Plan)).all() == []
    run_due(db, config, Renderer(config), {})
    with db.reading() as session:
        assert [p.kind for p in session.exec(select(Plan))] == ["sweep"]


# --- the command -------------------------------------------------------------------------


def dsrbot(config_path: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main([*args, "--config", str(config_path)])
    return code, out.getvalue()


@pytest.fixture
def config_file(tmp_path: Path, config: Config) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "{config.database.url}"\n', encoding="utf-8")
    return path


def test_sweep_json_prints_the_plan_as_queue_list_does(db, config_file, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
        customer(session, "C5", job("J1", date(2010, 1, 1)), job("J2", None))
    at(monkeypatch, NEW_YEAR_2026)
    code, text = dsrbot(config_file, "sweep", "--json")
    assert code == 0, text
    (line,) = [json.loads(x) for x in text.splitlines() if x.startswith("{")]
    code, text = dsrbot(config_file, "queue", "list", "--json")
    (queued,) = [json.loads(x) for x in text.splitlines() if x.startswith("{")]
    assert set(line) == set(queued) | {"sweep", "skipped"}
    assert {k: line[k] for k in queued} == queued
    assert line["kind"] == "sweep" and line["case_id"] is None and line["sweep"] == "queued"
    assert {i["ref"] for i in line["plan"]} >= {"C1", "O1", "P1", "P2", "J1", "J2", "F-C1-1"}
    assert all({"ref", "what", "action", "reason", "until"} <= set(i) for i in line["plan"])
    assert line["skipped"] == [{"kind": "customer", "ref": "C5", "customer_ref": "C5",
                                "reason": "ongoing job"}]


def test_sweep_drop_makes_a_new_version_from_the_command_line(db, config_file, monkeypatch):
    with db.transaction() as session:
        expired_2020(session)
        lead(session, "L1", date(2020, 1, 1))
    at(monkeypatch, NEW_YEAR_2026)
    code, text = dsrbot(config_file, "sweep")
    assert code == 0 and "sweep plan 1 (version 1) queued" in text, text
    code, text = dsrbot(config_file, "sweep", "drop", "1", "L1", "--json", "--staff", "mette")
    assert code == 0, text
    row = json.loads(text.splitlines()[-1])
    assert row["version"] == 2 and "L1" not in {i["ref"] for i in row["plan"]}
    code, text = dsrbot(config_file, "sweep", "drop", "1", "C1")
    assert code == 1 and "already superseded" in text


# --- the whole service: an erasure in 2026, the sweep in 2030 -----------------------------

ERASURE_DA = "Hej\n\nSlet venligst alle mine personoplysninger hos jer.\n\nJens Nielsen"
JENS = "jens.nielsen@mail.example.com"


async def test_scenario_the_sweep_after_an_erasure_on_1_january_2030(tmp_path, monkeypatch):
    """R-RT-01 through the real service: Jens's erasure in March 2026 keeps his 2024 and
    his 2025 invoice; on 1 January 2030 the sweep plans the 2024 one's deletion, keeps the
    2025 one until 31 December 2030, and once approved deletes exactly that."""
    from tests.scenario import scene

    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        (erasure,) = await s.queue()
        code, text = await s.cli("queue", "approve", str(erasure["id"]))
        assert code == 0, text
    async with scene(tmp_path, monkeypatch, now=NEW_YEAR_2030, register=None,
                     retention={"sweep": False}) as s:
        code, text = await s.cli("sweep", "--json")
        assert code == 0, text
        row = json.loads(text.splitlines()[-1])
        jens = {i["ref"]: (i["action"], i["until"]) for i in row["plan"]
                if i["customer_ref"] == "C1001"}
        assert jens == {"F-1001": ("delete", None), "J1": ("delete", None),
                        "F-1002": ("keep", "2030-12-31"), "J2": ("keep", "2030-12-31"),
                        "C1001": ("keep", "2030-12-31")}
        code, text = await s.cli("queue", "approve", str(row["id"]))
        assert code == 0, text
        await s.cli("sweep")  # carries out an approved sweep plan that has not run yet
        invoices = refs_of(s.bot.db, Invoice.number)
        jobs = {(c, j) for c, j in rows_of(s.bot.db, Customer.ref, Job.ref)}
    assert "F-1001" not in invoices and {"F-1002", "F-2001", "F-4001"} <= invoices
    assert ("C1001", "J1") not in jobs and ("C1001", "J2") in jobs


def refs_of(db: Database, column: Any) -> set[str]:
    with db.reading() as session:
        return set(session.exec(select(column)))


def rows_of(db: Database, *columns: Any) -> list[Any]:
    with db.reading() as session:
        return list(session.exec(select(*columns).join(Job, col(Job.customer_id) == Customer.id)))


# --- PostgreSQL --------------------------------------------------------------------------


@pytest.fixture
def pg_config(pg_url: str, tmp_path: Path) -> Config:
    from tests.conftest import make_config

    return make_config(tmp_path, database={"url": pg_url})


def test_postgresql_selects_what_sqlite_selects(pg_db, pg_config, db, config, monkeypatch):
    for database in (pg_db, db):
        with database.transaction() as session:
            _mixed_register(session)
            customer(session, "C6", job("J1", date(2020, 12, 20), ("F-C6-1", date(2021, 1, 8))),
                     contacts=("P1",))
            customer(session, "C7", job("J1", date(2015, 1, 1)), job("J2", None))
    at(monkeypatch, NEW_YEAR_2026)
    on_pg, on_sqlite = sweep_once(pg_db, pg_config), sweep_once(db, config)
    assert items(pg_db, on_pg.plan_id) == items(db, on_sqlite.plan_id)
    assert ("invoice", "C6", "F-C6-1") in items(pg_db, on_pg.plan_id)
    assert on_pg.skipped == on_sqlite.skipped and len(on_pg.skipped) == 1


def test_postgresql_ended_holds_are_planned(pg_db, pg_config, monkeypatch):
    with pg_db.transaction() as session:
        _erased_in_2027(session)
    at(monkeypatch, NEW_YEAR_2030)
    report = sweep_once(pg_db, pg_config)
    assert deletes(pg_db, report.plan_id) == {("invoice", "C1", "F-2024"), ("job", "C1", "J1")}


def test_postgresql_an_approved_sweep_deletes_exactly_its_items(pg_db, pg_config, monkeypatch):
    """Also on PostgreSQL: what changed after planning is left alone (C1 got a new job, a
    departed contact at C2 is not in the plan), the rest runs."""
    with pg_db.transaction() as session:
        _mixed_register(session)
    at(monkeypatch, NEW_YEAR_2026)
    report = sweep_once(pg_db, pg_config)
    with pg_db.transaction() as session:
        c2 = session.exec(select(Customer).where(Customer.ref == "C2")).one()
        session.add(Contact(customer_id=c2.id, ref="P7", name="Ny", employed=False))
        c1 = session.exec(select(Customer).where(Customer.ref == "C1")).one()
        _add_job(session, c1, job("J3", date(2025, 5, 1)))
    run = approve_and_run(pg_db, pg_config, report.plan_id)
    assert refs(pg_db, Customer) == {"C1", "C2", "C3"} and refs(pg_db, Lead) == {"L2"}
    with pg_db.reading() as session:
        contacts = {(c, r) for c, r in session.exec(select(Customer.ref, Contact.ref).join(
            Contact, col(Contact.customer_id) == Customer.id))}
    assert contacts == {("C1", "P1"), ("C2", "P1"), ("C2", "P7")}
    assert run.ran == 3  # C1/P2 (left the firm), C2/P2, L1
