#!/usr/bin/env python3
"""The retention sweep on a large register: 200,000 customers and 2,000,000 jobs.

A synthetic register in steady state, as left by earlier yearly sweeps: each customer's
latest job ended in 2020-2025 (about one sixth per year; 5% have a job still running),
1-19 jobs each with an invoice (some invoiced in the January after the job), half with a
quality check, contact persons (a few just left), owners, 20,000 leads, and holds:
staff claims holds, restrictions and bookkeeping holds left by erasures. It is bulk-loaded
into SQLite (a temp dir) and into a database of its own on PostgreSQL (127.0.0.1:5432,
dropped afterwards), and on each the sweep is timed on two days:

- an ordinary day (2025-12-31): departed contacts, idle leads, ended holds;
- New Year (2026-01-01), the year's largest sweep: also the customers whose latest job
  ended in 2020 (target < 10 s on SQLite),

against two baselines timed in the same run: a bare `SELECT count(*) FROM job` and the
sweep's own aggregate alone (latest job per customer, GROUP BY over all jobs). Then the
ordinary day's plan is approved and carried out (re-check against the register, then the
executor), with its figure.

Usage:

    python bench/sweep.py [--customers 200000] [--jobs 2000000] [--only sqlite|postgres]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402  (after the path set-up above)
from sqlmodel import Session  # noqa: E402

from bench.register_gen import (  # noqa: E402
    CACHE_KIB,
    CHUNK,
    email_pair,
    indexes_deferred,
    person,
    phone_pair,
)
from bot.cases.approval import approve  # noqa: E402
from bot.cases.kinds import PlanStatus  # noqa: E402
from bot.config import Config, parse_config  # noqa: E402
from bot.retention.dates import FinancialYear, bookkeeping_hold_until  # noqa: E402
from bot.retention.sweep import carry_out_sweep, sweep_once  # noqa: E402
from bot.store.db import Database, migrate  # noqa: E402
from bot.store.models import (  # noqa: E402
    Contact,
    Customer,
    Hold,
    Invoice,
    Job,
    Lead,
    Owner,
    Plan,
    QualityCheck,
)
from bot.timeutil import reset_clock  # noqa: E402

PG_ADMIN = os.environ.get("DSRBOT_TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")
ORDINARY_DAY = "2025-12-31T04:00:00+01:00"
NEW_YEAR = "2026-01-01T04:00:00+01:00"
CALENDAR = FinancialYear()
BASELINES = {
    "SELECT count(*) FROM job": "SELECT count(*) FROM job",
    "latest job per customer (aggregate alone)":
        "SELECT count(*) FROM (SELECT customer_id, max(completed), count(*) - count(completed) "
        "FROM job GROUP BY customer_id) AS s",
}


# --- the register ----------------------------------------------------------------------


@dataclass
class Register:
    """Rows per table, generated from a seeded RNG (the same register every run)."""

    customers: list[dict[str, Any]] = field(default_factory=list)
    owners: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    jobs: list[dict[str, Any]] = field(default_factory=list)
    invoices: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    leads: list[dict[str, Any]] = field(default_factory=list)
    holds: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> list[tuple[Any, list[dict[str, Any]]]]:
        return [(Customer, self.customers), (Owner, self.owners), (Contact, self.contacts),
                (Job, self.jobs), (Invoice, self.invoices), (QualityCheck, self.checks),
                (Lead, self.leads), (Hold, self.holds)]


def customer_row(i: int, rng: random.Random) -> dict[str, Any]:
    name, box = person(i)
    if rng.random() < 0.3:
        return {"id": i, "ref": f"C{i:07d}", "kind": "person", "name": name, "cvr": None,
                "address": f"Kirkevej {i % 90 + 1}, 7100 Vejle",
                **email_pair(f"{box}{i}@mail.dk"), **phone_pair(i)}
    return {"id": i, "ref": f"C{i:07d}", "kind": "company", "name": f"Firma {i} ApS",
            "cvr": f"{10_000_000 + i:08d}", "address": f"Industrivej {i % 60 + 1}, 8000 Aarhus",
            **email_pair(f"Info@Firma{i}.dk"), **phone_pair(i + 1)}


def completions(count: int, last_year: int, rng: random.Random) -> list[date]:
    """`count` completion dates over a span of 0-7 years that ends in `last_year`."""
    last = date(last_year, 1, 1) + timedelta(days=rng.randrange(365))
    first = date(last_year - rng.randrange(8), 1, 1)
    days = max(1, (last - first).days)
    return sorted([last, *(first + timedelta(days=rng.randrange(days)) for _ in range(count - 1))])


def add_jobs(reg: Register, customer: int, count: int, rng: random.Random) -> None:
    last_year = 2020 + rng.randrange(6)
    ongoing = rng.random() < (0.05 if last_year == 2025 else 0.003)
    for n, done in enumerate(completions(count, last_year, rng)):
        job_id = len(reg.jobs) + 1
        running = ongoing and n == count - 1
        reg.jobs.append({"id": job_id, "customer_id": customer, "ref": f"J{n + 1}",
                         "title": "Stålkonstruktion", "started": done - timedelta(days=20),
                         "completed": None if running else done})
        if not running:
            reg.invoices.append({"id": len(reg.invoices) + 1, "job_id": job_id,
                                 "number": f"F{job_id:08d}",
                                 "date": done + timedelta(days=rng.randrange(45)),
                                 "amount_dkk": float(rng.randrange(900, 90_000))})
        if rng.random() < 0.5:
            reg.checks.append({"id": len(reg.checks) + 1, "job_id": job_id, "date": done,
                               "result": "godkendt", "notes": "Svejsninger kontrolleret"})


def add_people(reg: Register, customer: int, rng: random.Random) -> None:
    """Contact persons (and every other company's owner) at a company customer."""
    for _ in range(rng.randrange(6)):
        k = len(reg.contacts) + 1
        name, box = person(k)
        employed = rng.random() > 0.002  # departures since the last sweep
        reg.contacts.append({"id": k, "customer_id": customer, "ref": f"P{k}", "name": name,
                             "title": "Indkøber", **email_pair(f"{box}{k}@Firma{customer}.dk"),
                             **phone_pair(k + 3), "employed": employed,
                             "left_on": None if employed else date(2025, 6, 1)})
    if customer % 2:
        n = len(reg.owners) + 1
        name, box = person(n + 17)
        reg.owners.append({"id": n, "customer_id": customer, "ref": f"O{n}", "name": name,
                           "address": f"Skovvej {n % 70 + 1}, 6000 Kolding",
                           **email_pair(f"{box}.ejer{n}@mail.dk"), **phone_pair(n + 11)})


def hold(kind: str, cref: str, ref: str, reason: str, until: date | None,
         set_by: str = "rule") -> dict[str, Any]:
    return {"kind": kind, "customer_ref": cref, "ref": ref, "reason": reason, "until": until,
            "set_by": set_by, "created_at": date(2024, 1, 1)}


def add_holds(reg: Register, rng: random.Random) -> None:
    """Staff claims holds, restrictions, and bookkeeping holds an erasure left behind."""
    by_customer: dict[int, list[dict[str, Any]]] = {}
    for job in reg.jobs:
        by_customer.setdefault(job["customer_id"], []).append(job)
    invoice_of = {inv["job_id"]: inv for inv in reg.invoices}
    for customer, jobs in by_customer.items():
        cref, draw = f"C{customer:07d}", rng.random()
        if draw < 0.01:
            reg.holds.append(hold("job", cref, jobs[0]["ref"], "claims", date(2028, 6, 30),
                                  "staff:mette"))
        elif draw < 0.012:
            reg.holds.append(hold("customer", cref, cref, "restriction", None))
        elif draw < 0.022 and jobs[0]["id"] in invoice_of:
            invoice = invoice_of[jobs[0]["id"]]
            until = bookkeeping_hold_until(invoice["date"], CALENDAR)
            reg.holds += [hold("invoice", cref, invoice["number"], "bookkeeping", until),
                          hold("job", cref, jobs[0]["ref"], "bookkeeping", until),
                          hold("customer", cref, cref, "bookkeeping", date(2031, 12, 31))]


def build(customers: int, jobs: int) -> Register:
    rng, reg = random.Random(19), Register()
    mean = jobs / customers
    for i in range(1, customers + 1):
        reg.customers.append(customer_row(i, rng))
        count = 1 + min(int(2 * mean) - 2, rng.randrange(int(2 * mean) - 1))
        add_jobs(reg, i, count, rng)
        if reg.customers[-1]["kind"] == "company":
            add_people(reg, i, rng)
    for k in range(1, 20_001):
        name, box = person(k + 5)
        reg.leads.append({"id": k, "ref": f"L{k}", "name": name, "company": f"Emne {k} A/S",
                          **email_pair(f"{box}.lead{k}@Emne{k}.dk"), **phone_pair(k + 29),
                          "created": date(2023, 12, 1) + timedelta(days=k % 761)})
    add_holds(reg, rng)
    for n, row in enumerate(reg.holds, start=1):
        row["id"], row["created_at"] = n, _moment(row["created_at"])
    return reg


def _moment(day: date) -> Any:
    from datetime import UTC, datetime

    return datetime(day.year, day.month, day.day, tzinfo=UTC)


# --- loading ---------------------------------------------------------------------------


def load_sqlite(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    table = model.__table__
    with indexes_deferred(session, table.name):
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(table), rows[start:start + CHUNK])


def load_postgres(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """COPY, the way PostgreSQL takes millions of rows."""
    if not rows:
        return
    table, columns = model.__table__, list(rows[0])
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    names = ", ".join(f'"{c}"' for c in columns)
    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])


def load(db: Database, reg: Register) -> float:
    start = time.perf_counter()
    sqlite = db.engine.dialect.name == "sqlite"
    with db.transaction() as session:
        if sqlite:
            session.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))
        for model, rows in reg.tables():
            (load_sqlite if sqlite else load_postgres)(session, model, rows)
    with db.engine.connect() as connection:  # fresh statistics, as after any bulk load
        connection.execute(text("ANALYZE"))
        connection.commit()
    return time.perf_counter() - start


# --- the figures -----------------------------------------------------------------------


def bench_config(url: str, workdir: Path) -> Config:
    return parse_config({"database": {"url": url}, "worker": {"processes": 0},
                         "outbound": {"maildir": str(workdir / "outbox")},
                         "web": {"enabled": False}})


def at(moment: str) -> None:
    os.environ["DSRBOT_NOW"] = moment
    reset_clock()


def baselines(db: Database) -> None:
    for label, sql in BASELINES.items():
        with db.reading() as session:
            before = backend_cpu(db)
            start, cpu = time.perf_counter(), time.process_time()
            session.execute(text(sql)).scalar()
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            cpu += sum(used - before.get(pid, 0.0) for pid, used in backend_cpu(db).items())
            print(f"  baseline {label:<44} {elapsed:6.2f} s (cpu {cpu:5.2f} s)")


def backend_cpu(db: Database) -> dict[int, float]:
    """CPU seconds used so far by each PostgreSQL backend serving this database (read from
    /proc: the server runs on this machine), so that a loaded machine's wall time can be
    told apart from the work done; empty on SQLite, where all work is in this process."""
    if db.engine.dialect.name != "postgresql":
        return {}
    with db.engine.connect() as connection:
        pids = connection.execute(text(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()")).scalars()
        return {pid: _cpu_of(pid) for pid in pids}


def _cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_sweep(db: Database, config: Config, moment: str, label: str) -> tuple[int | None, int]:
    """One sweep: wall time, and the CPU time it used (this process, plus the PostgreSQL
    backends); on a shared machine the wall time is the larger."""
    at(moment)
    before = backend_cpu(db)
    start, cpu = time.perf_counter(), time.process_time()
    report = sweep_once(db, config)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    cpu += sum(used - before.get(pid, 0.0) for pid, used in backend_cpu(db).items())
    print(f"  sweep, {label:<40} {elapsed:6.2f} s (cpu {cpu:5.2f} s)   "
          f"{report.items:,} items planned, {len(report.skipped):,} skipped for staff")
    return report.plan_id, report.items


def set_aside(db: Database, plan_id: int | None) -> None:
    """Staff reject a plan (so that the next day's sweep plans anew)."""
    if plan_id is not None:
        with db.transaction() as session:
            plan = session.get(Plan, plan_id)
            assert plan is not None
            plan.status = PlanStatus.REJECTED
            session.add(plan)


def approve_and_run(db: Database, config: Config, plan_id: int | None, largest: int) -> None:
    """Carry out the ordinary day's plan (re-check, then execute_items item by item), and
    what that rate means for the New Year plan."""
    if plan_id is None:
        return
    with db.transaction() as session:
        approve(session, plan_id, "bench")
    start = time.perf_counter()
    run = carry_out_sweep(db, config, plan_id)
    elapsed = time.perf_counter() - start
    per_item = elapsed / max(run.ran, 1)
    print(f"  carry out the ordinary day's plan          {elapsed:6.2f} s   {run.ran:,} items "
          f"run, {len(run.skipped):,} no longer eligible ({per_item * 1000:.1f} ms/item: "
          f"the New Year plan would take about {largest * per_item / 60:.0f} min)")


def bench(db: Database, config: Config, reg: Register, name: str) -> None:
    migrate(db.engine)
    rows = sum(len(r) for _, r in reg.tables())
    print(f"{name}: loaded {rows:,} rows in {load(db, reg):.1f} s")
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus")
    baselines(db)
    ordinary, _ = timed_sweep(db, config, ORDINARY_DAY, "an ordinary day (2025-12-31)")
    set_aside(db, ordinary)
    new_year, largest = timed_sweep(db, config, NEW_YEAR, "New Year (2026-01-01), target < 10 s")
    set_aside(db, new_year)
    baselines(db)
    again, _ = timed_sweep(db, config, ORDINARY_DAY, "the ordinary day again")
    approve_and_run(db, config, again, largest)


@contextmanager
def postgres_database() -> Iterator[str]:
    import psycopg

    name = f"dsrbot_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(url: str, workdir: Path, reg: Register, name: str) -> None:
    db = Database.from_url(url)
    try:
        bench(db, bench_config(url, workdir), reg, name)
    finally:
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=2_000_000)
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    start = time.perf_counter()
    reg = build(args.customers, args.jobs)
    print(f"generated {len(reg.customers):,} customers, {len(reg.jobs):,} jobs, "
          f"{len(reg.invoices):,} invoices, {len(reg.checks):,} quality checks, "
          f"{len(reg.contacts):,} contacts, {len(reg.holds):,} holds "
          f"in {time.perf_counter() - start:.1f} s")
    with tempfile.TemporaryDirectory(prefix="dsrbot-sweep-") as tmp:
        workdir = Path(tmp)
        if args.only != "postgres":
            run(f"sqlite:///{workdir / 'bench.db'}", workdir, reg, "SQLite")
        if args.only != "sqlite":
            with postgres_database() as url:
                run(url, workdir, reg, "PostgreSQL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
