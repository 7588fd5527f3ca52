#!/usr/bin/env python3
"""Planning latency on a large register: identify the requester, stored mail to plan, big plans.

On SQLite, in a temp dir (or a database kept with --db), a synthetic register of 200,000
customers, 1,000,000 contacts, owners, jobs and 20,000 leads is bulk-inserted
(bench/register_gen.py), then four figures are printed:

1. how long generating the register took;
2. identifying a requester by address (`take_snapshot`) for 2,000 random addresses, p50/p99,
   against a bare indexed `SELECT id FROM contact WHERE email_norm = ?` timed in the same
   loop (target p99 < 5 ms);
3. from stored request to ready plan: worker (claim + process) plus the case runner's
   planning step until the case awaits approval, for 300 access requests (target p99
   < 65 ms; Ethyca Fides needs 0.65 s for the same access request on this kind of machine);
4. the access and the erasure plan for one natural-person customer with 5,000 jobs,
   each with an invoice and a quality check (target < 1 s each).

Usage:

    python bench/plan.py [--customers 200000] [--contacts 1000000] [--leads 20000]
                         [--db PATH] [--steps 234] [--seed 1]

With --db, an existing file is reused as it stands (generation is skipped); step 3 adds
cases to it, and a later run picks addresses that have no case yet.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402  (after the path set-up above)
from sqlmodel import col, select  # noqa: E402

from bench.register_gen import BIG_EMAIL, BIG_REF, Sizes, generate  # noqa: E402
from bot.cases.kinds import CaseStatus, Intent  # noqa: E402
from bot.config import Config, parse_config  # noqa: E402
from bot.register.snapshot import take_snapshot  # noqa: E402
from bot.store.db import Database, migrate  # noqa: E402
from bot.store.models import Case, Contact, Customer, Inbound, Lead, Owner  # noqa: E402
from bot.timeutil import today  # noqa: E402

LOOKUPS = 2_000
REQUESTS = 300
WARMUP = 20
RUNNABLE = (CaseStatus.OPEN, CaseStatus.EXECUTING)
BASELINE_SQL = text("SELECT id FROM contact WHERE email_norm = :a")
# Share of the looked-up addresses per source; the rest are unknown addresses.
MIX = ((Contact, 0.40), (Owner, 0.15), (Customer, 0.20), (Lead, 0.15))
PRIVACY = "privacy@clsmed.dk"
BODY = ("Hej\n\nJeg vil gerne have indsigt i de personoplysninger, I har registreret om mig.\n\n"
        "Med venlig hilsen\n{name}\n")


# --- the database ----------------------------------------------------------------------


def open_database(path: Path, sizes: Sizes) -> Database:
    """The database at `path`, migrated and filled with a register unless it existed."""
    url = f"sqlite:///{path}"
    if path.exists():
        print(f"reusing {path} ({path.stat().st_size / 1e6:.0f} MB); generation skipped")
        return Database.from_url(url)
    start = time.perf_counter()
    writer = Database.from_url(url)
    migrate(writer.engine)
    counts = generate(writer, sizes)
    writer.dispose()
    elapsed = time.perf_counter() - start
    rows = ", ".join(f"{n:,} {table}" for table, n in counts.items())
    print(f"generated {rows} in {elapsed:.1f} s ({sum(counts.values()) / elapsed:,.0f} rows/s)")
    return Database.from_url(url)


# --- figures ---------------------------------------------------------------------------


def ms(samples: list[float]) -> tuple[float, float]:
    """(p50, p99) in milliseconds of durations given in seconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000


def line(label: str, samples: list[float], target: str = "") -> tuple[float, float]:
    p50, p99 = ms(samples)
    print(f"  {label:<34} p50 {p50:8.2f} ms   p99 {p99:8.2f} ms  {target}")
    return p50, p99


# --- step 2: identify the requester ------------------------------------------------------


def _addresses_of(db: Database, model: Any, count: int, rng: random.Random) -> list[str]:
    """About `count` random addresses on file in `model` (person customers only)."""
    with db.reading() as session:
        top = session.exec(select(col(model.id)).order_by(col(model.id).desc())).first() or 0
        ids = rng.sample(range(1, top + 1), min(top, count * 4))
        query = select(model.email).where(col(model.id).in_(ids), col(model.email).is_not(None))
        if model is Customer:
            query = query.where(Customer.kind == "person", Customer.ref != BIG_REF)
        found = list(session.exec(query))
    rng.shuffle(found)
    return found[:count]


def sample_addresses(db: Database, total: int, rng: random.Random) -> list[str]:
    """Known addresses of every kind of person on file, plus some nobody has."""
    known = [a for model, share in MIX for a in _addresses_of(db, model, round(total * share), rng)]
    unknown = [f"Ukendt.Person{n}@example.org" for n in range(total - len(known))]
    addresses = known + unknown
    rng.shuffle(addresses)
    return addresses


def _timed(db: Database, work: Callable[[Any], object]) -> float:
    with db.reading() as session:
        start = time.perf_counter()
        work(session)
        return time.perf_counter() - start


def lookups(db: Database, rng: random.Random) -> None:
    """Step 2: take_snapshot per address, interleaved with the bare indexed SELECT."""
    addresses = sample_addresses(db, LOOKUPS, rng)
    snaps: list[float] = []
    bare: list[float] = []
    for n, address in enumerate([*addresses[:WARMUP * 10], *addresses]):
        norm = address.lower()
        b = _timed(db, lambda s, a=norm: s.execute(BASELINE_SQL, {"a": a}).all())
        t = _timed(db, lambda s, a=address: take_snapshot(s, a))
        if n >= WARMUP * 10:
            bare.append(b)
            snaps.append(t)
    print(f"identify the requester by address ({len(addresses)} addresses, "
          f"{sum(1 for a in addresses if 'Ukendt' in a)} unknown):")
    s50, s99 = line("take_snapshot", snaps, "(target p99 < 5 ms)")
    b50, b99 = line("bare SELECT id FROM contact", bare)
    print(f"  ratio snapshot/bare: p50 {s50 / b50:.1f}x, p99 {s99 / b99:.1f}x")


# --- step 3: stored request to ready plan ------------------------------------------------


def bench_config(workdir: Path, url: str) -> Config:
    return parse_config({
        "database": {"url": url},
        "worker": {"processes": 0},
        "outbound": {"maildir": str(workdir / "outbox")},
        "web": {"enabled": False},
    })


def request_mail(address: str, name: str, tag: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = formataddr((name, address))
    msg["To"] = PRIVACY
    msg["Subject"] = "Anmodning om indsigt"
    msg["Message-ID"] = f"<bench-plan-{tag}@example.org>"
    msg.set_content(BODY.format(name=name))
    return msg.as_bytes(policy=SMTP)


def fresh_requesters(db: Database, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(address, name) of known people who have no case yet (a chaser would join it)."""
    pool: list[tuple[str, str]] = []
    for model, share in MIX:
        for address in _addresses_of(db, model, round(count * 3 * share), rng):
            pool.append((address, _name_of(db, model, address)))
    with db.reading() as session:
        asked = set(session.exec(select(Case.requester_email_norm)))
    rng.shuffle(pool)
    return [p for p in pool if p[0].lower() not in asked][:count]


def _name_of(db: Database, model: Any, address: str) -> str:
    with db.reading() as session:
        name = session.exec(select(model.name).where(model.email == address)).first()
    return name or "Kunde"


@dataclass(frozen=True)
class Pipeline:
    """What the worker and the case runner are started with, built once."""

    db: Database
    config: Config
    renderer: Any
    handlers: Mapping[Intent, Any]


def _work(pipe: Pipeline) -> int:
    """The worker's pass over the next stored message; returns its inbound id."""
    from bot.cases.inbound import claim_inbound, process_inbound

    claim = claim_inbound(pipe.db, pipe.config.worker.max_attempts)
    assert claim is not None
    process_inbound(pipe.db, pipe.config, pipe.renderer, claim)
    return claim.inbound_id


def to_plan(pipe: Pipeline, raw: bytes) -> tuple[float, str]:
    """Store `raw` (untimed); time worker + runner until its case waits (for approval)."""
    from bot.cases.runner import run_one
    from bot.ingress.inbox import store_inbound

    store_inbound(pipe.db, raw, channel="smtp", rcpt_to=[PRIVACY])
    start = time.perf_counter()
    inbound_id = _work(pipe)
    elapsed = time.perf_counter() - start
    case_id, status = _case_of(pipe.db, inbound_id)
    for _ in range(4):
        if status not in RUNNABLE or case_id is None:
            break
        start = time.perf_counter()
        run_one(pipe.db, pipe.config, pipe.renderer, pipe.handlers, case_id)
        elapsed += time.perf_counter() - start
        case_id, status = _case_of(pipe.db, inbound_id)
    return elapsed, status


def _case_of(db: Database, inbound_id: int) -> tuple[int | None, str]:
    with db.reading() as session:
        row = session.exec(select(Case.id, Case.status).join(
            Inbound, col(Inbound.case_id) == Case.id).where(Inbound.id == inbound_id)).first()
    return (row[0], row[1]) if row else (None, "no case")


def requests_to_plan(db: Database, config: Config, rng: random.Random) -> None:
    """Step 3: `REQUESTS` access requests from known addresses, each to a stored plan."""
    from bot.outbound.render import Renderer
    from handlers import registry

    pipe = Pipeline(db, config, Renderer(config), registry())
    people = fresh_requesters(db, REQUESTS + WARMUP, rng)
    tag = f"{time.time_ns()}"
    times: list[float] = []
    statuses: dict[str, int] = {}
    for n, (address, name) in enumerate(people):
        elapsed, status = to_plan(pipe, request_mail(address, name, f"{tag}-{n}"))
        if n >= WARMUP:
            times.append(elapsed)
            statuses[status] = statuses.get(status, 0) + 1
    print(f"stored request to ready plan ({len(times)} access requests; final statuses "
          f"{statuses}):")
    line("worker + runner to awaiting_approval", times, "(target p99 < 65 ms; Fides 650 ms)")


# --- step 4: the plan for a customer with thousands of jobs ------------------------------


def bench_facts(intent: Intent) -> Any:
    from handlers.contract import CaseFacts

    day = today()
    return CaseFacts(
        ref="BENCH-1", intents=(intent,), language="da", requester_email=BIG_EMAIL,
        requester_name="Stor Kunde", sender_authenticated=True, verified=False,
        received_on=day, due_on=day + timedelta(days=30), today=day, flags=frozenset(),
        text="", auto=False)


def heavy_plan(db: Database, config: Config, intent: Intent, rounds: int = 3) -> None:
    from bot.cases.facts import settings_for
    from handlers import registry

    handler, settings, facts = registry()[intent], settings_for(config), bench_facts(intent)
    snaps, plans, items = [], [], 0
    for _ in range(rounds):
        with db.reading() as session:
            start = time.perf_counter()
            snapshot = take_snapshot(session, BIG_EMAIL)
            snaps.append(time.perf_counter() - start)
        start = time.perf_counter()
        items = len(handler.plan(facts, snapshot, settings).items)
        plans.append(time.perf_counter() - start)
    snap, plan = statistics.median(snaps), statistics.median(plans)
    jobs = len(snapshot.customers[0].jobs) if snapshot.customers else 0
    print(f"  {intent.value:<8} plan, {jobs} jobs, {items} items: snapshot {snap * 1000:7.1f} ms"
          f" + handler {plan * 1000:7.1f} ms = {(snap + plan) * 1000:7.1f} ms (target < 1000 ms)")


def heavy_plans(db: Database, config: Config) -> None:
    print(f"one natural-person customer with many jobs (median of 3; {BIG_REF}):")
    for intent in (Intent.ACCESS, Intent.ERASURE):
        heavy_plan(db, config, intent)


# --- main --------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--leads", type=int, default=20_000)
    parser.add_argument("--db", type=Path, help="keep the database here; reused if it exists")
    parser.add_argument("--steps", default="234", help="which of steps 2, 3, 4 to run")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


def run(args: argparse.Namespace, workdir: Path) -> None:
    path = args.db.resolve() if args.db else workdir / "bench.db"
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    db = open_database(path, Sizes(args.customers, args.contacts, args.leads))
    config = bench_config(workdir, f"sqlite:///{path}")
    rng = random.Random(args.seed)
    try:
        for step, work in (("2", lambda: lookups(db, rng)),
                           ("3", lambda: requests_to_plan(db, config, rng)),
                           ("4", lambda: heavy_plans(db, config))):
            if step in args.steps:
                work()
    finally:
        db.dispose()


def main() -> int:
    args = parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="dsrbot-plan-"))
    try:
        run(args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
