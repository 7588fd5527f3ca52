"""Fill a migrated database with a large synthetic customer register, fast (Core bulk inserts).

Rows go straight into the tables with `session.execute(insert(table), rows)` in chunks,
bypassing the import's per-record upserts. Normalised keys are set the way the import
sets them: `email_norm` is the lower-cased address and `phone_e164` the +45 form.
Everything is derived from the row number and a seeded RNG, so a run is reproducible.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, text
from sqlmodel import Session

from bot.store.db import Database
from bot.store.models import Contact, Customer, Invoice, Job, Lead, Owner, QualityCheck

CHUNK = 20_000
CACHE_KIB = 2_000_000  # 2 GB of page cache while generating
FIRST = ("Anna", "Jens", "Mette", "Lars", "Sofie", "Peter", "Ida", "Mads", "Karen", "Søren",
         "Camilla", "Henrik", "Line", "Niels", "Emma", "Rasmus", "Julie", "Ole", "Maria", "Bo")
LAST = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen")
ASCII = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "Ø": "Oe", "Æ": "Ae", "Å": "Aa"})
FREE = ("gmail.com", "hotmail.com", "mail.dk", "outlook.dk", "yahoo.dk")
BASE_DAY = date(2018, 1, 1)
BIG_REF = "CBIG"
BIG_EMAIL = "Stor.Kunde@Example.dk"


@dataclass(frozen=True)
class Sizes:
    customers: int = 200_000
    contacts: int = 1_000_000
    leads: int = 20_000
    big_jobs: int = 5_000
    person_share: float = 0.3


def person(i: int) -> tuple[str, str]:
    """A (name, mailbox part) pair for row `i`; the mailbox keeps mixed case on purpose."""
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    return f"{first} {last}", f"{first}.{last}".translate(ASCII)


def phone(i: int) -> tuple[str, str]:
    """A Danish number as people write it, and its E.164 form."""
    digits = f"{20_000_000 + (i * 7919) % 79_999_999:08d}"
    return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}", f"+45{digits}"


def email_pair(address: str) -> dict[str, str]:
    return {"email": address, "email_norm": address.lower()}


def phone_pair(i: int) -> dict[str, str]:
    written, e164 = phone(i)
    return {"phone": written, "phone_e164": e164}


def is_person(i: int, sizes: Sizes) -> bool:
    return (i * 2_654_435_761) % 1000 < sizes.person_share * 1000


def customer_row(i: int, sizes: Sizes) -> dict[str, Any]:
    if is_person(i, sizes):
        name, box = person(i)
        address = f"{box}{i}@{FREE[i % len(FREE)]}"
        return {"id": i, "ref": f"C{i:07d}", "kind": "person", "name": name, "cvr": None,
                "address": f"Kirkevej {i % 90 + 1}, 7100 Vejle", **email_pair(address),
                **phone_pair(i)}
    return {"id": i, "ref": f"C{i:07d}", "kind": "company", "name": f"Firma {i} ApS",
            "cvr": f"{10_000_000 + i:08d}", "address": f"Industrivej {i % 60 + 1}, 8000 Aarhus",
            **email_pair(f"Info@Firma{i}.dk"), **phone_pair(i + 1)}


def company_ids(sizes: Sizes) -> list[int]:
    return [i for i in range(1, sizes.customers + 1) if not is_person(i, sizes)]


def contact_row(k: int, company: int, rng: random.Random) -> dict[str, Any]:
    name, box = person(k)
    employed = rng.random() > 0.05
    left = None if employed else BASE_DAY + timedelta(days=rng.randrange(2500))
    return {"id": k, "customer_id": company, "ref": f"P{k:08d}", "name": name,
            "title": ("Indkøber", "Direktør", "Bogholder", "Driftsleder")[k % 4],
            **email_pair(f"{box}{k}@Firma{company}.dk"), **phone_pair(k + 3),
            "employed": employed, "left_on": left}


def contact_rows(sizes: Sizes) -> Iterator[dict[str, Any]]:
    """`sizes.contacts` contacts spread at random over the companies, in company order
    (as an import would add them, and kinder to the customer_id index)."""
    companies, rng = company_ids(sizes), random.Random(7)
    owners = sorted(rng.randrange(len(companies)) for _ in range(sizes.contacts))
    for k, index in enumerate(owners, start=1):
        yield contact_row(k, companies[index], rng)


def owner_rows(sizes: Sizes) -> Iterator[dict[str, Any]]:
    """One owner for every other company, at a free-mail address of their own."""
    for n, company in enumerate(company_ids(sizes)[::2], start=1):
        name, box = person(n + 17)
        yield {"id": n, "customer_id": company, "ref": f"O{n:07d}", "name": name,
               "address": f"Skovvej {n % 70 + 1}, 6000 Kolding",
               **email_pair(f"{box}.ejer{n}@{FREE[n % len(FREE)]}"), **phone_pair(n + 11)}


def lead_rows(sizes: Sizes) -> Iterator[dict[str, Any]]:
    for k in range(1, sizes.leads + 1):
        name, box = person(k + 5)
        yield {"id": k, "ref": f"L{k:07d}", "name": name, "company": f"Emne {k} A/S",
               **email_pair(f"{box}.lead{k}@Emne{k}.dk"), **phone_pair(k + 29),
               "created": BASE_DAY + timedelta(days=k % 2900)}


@dataclass
class JobRows:
    jobs: list[dict[str, Any]]
    invoices: list[dict[str, Any]]
    checks: list[dict[str, Any]]


def add_job(out: JobRows, customer: int, ref: str, rng: random.Random) -> None:
    """One job with an invoice and a quality check; most are completed, a few ongoing."""
    job_id = len(out.jobs) + 1
    started = BASE_DAY + timedelta(days=rng.randrange(3000))
    done = None if rng.random() < 0.05 else started + timedelta(days=rng.randrange(1, 60))
    out.jobs.append({"id": job_id, "customer_id": customer, "ref": ref,
                     "title": "Stålkonstruktion", "started": started, "completed": done})
    out.invoices.append({"id": job_id, "job_id": job_id, "number": f"F{job_id:08d}",
                         "date": done or started, "amount_dkk": float(rng.randrange(900, 90_000))})
    out.checks.append({"id": job_id, "job_id": job_id, "date": done or started,
                       "result": "godkendt", "notes": "Svejsninger kontrolleret"})


def job_rows(sizes: Sizes, big_customer: int) -> JobRows:
    """Jobs for every fifth customer (one to three each), and `big_jobs` for one person."""
    out, rng = JobRows([], [], []), random.Random(11)
    for i in range(1, sizes.customers + 1, 5):
        for n in range(1 + i % 3):
            add_job(out, i, f"J{i}-{n}", rng)
    for n in range(sizes.big_jobs):
        add_job(out, big_customer, f"JB{n:05d}", rng)
    return out


def big_customer_row(customer_id: int) -> dict[str, Any]:
    """The natural-person customer with thousands of jobs (the heavy plan)."""
    return {"id": customer_id, "ref": BIG_REF, "kind": "person", "name": "Stor Kunde",
            "cvr": None, "address": "Havnevej 1, 7100 Vejle", **email_pair(BIG_EMAIL),
            **phone_pair(customer_id)}


@contextmanager
def indexes_deferred(session: Session, table: str) -> Iterator[None]:
    """Drop `table`'s secondary indexes for a bulk insert and build them again after, from
    their own CREATE statements, so the schema ends exactly as migrated (SQLite only)."""
    found = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
        "AND sql IS NOT NULL"), {"t": table}).all()
    for name, _ in found:
        session.execute(text(f'DROP INDEX "{name}"'))
    yield
    for _, sql in found:
        session.execute(text(sql))


def bulk(session: Session, model: Any, rows: Iterable[dict[str, Any]]) -> int:
    """Insert `rows` in chunks with Core executemany; returns how many went in."""
    table, count, it = model.__table__, 0, iter(rows)
    with indexes_deferred(session, table.name):
        while chunk := list(itertools.islice(it, CHUNK)):
            session.execute(insert(table), chunk)
            count += len(chunk)
    return count


def generate(db: Database, sizes: Sizes) -> dict[str, int]:
    """Insert the whole register into the (migrated, empty) database; counts per table.

    One transaction, with a large page cache on its connection: the indexes on random
    keys (addresses) would otherwise spill to disk long before the commit. Dispose of
    `db` afterwards so that no later session inherits that cache setting."""
    big = sizes.customers + 1
    customers = (customer_row(i, sizes) for i in range(1, sizes.customers + 1))
    jobs = job_rows(sizes, big)
    counts: dict[str, int] = {}
    with db.transaction() as session:
        session.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))
        counts["customer"] = bulk(session, Customer, itertools.chain(
            customers, [big_customer_row(big)]))
        counts["owner"] = bulk(session, Owner, owner_rows(sizes))
        counts["contact"] = bulk(session, Contact, contact_rows(sizes))
        counts["lead"] = bulk(session, Lead, lead_rows(sizes))
        counts["job"] = bulk(session, Job, jobs.jobs)
        counts["invoice"] = bulk(session, Invoice, jobs.invoices)
        counts["qualitycheck"] = bulk(session, QualityCheck, jobs.checks)
    return counts
