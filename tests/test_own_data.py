"""The bot's own data (issue 7 items 4 and 5): after an executed erasure the person's name,
address and phone are gone from the database files themselves — WAL included — and from the
log, while the pseudonymous request log stays; closed cases lose their mail bodies with
time; a delivered mail leaves the outbox (gdpr-dk.md §0 "erasure means erasure", §6)."""

from __future__ import annotations

import base64
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlmodel import select

from bot.cases.audit import verify
from bot.cases.scrub import purge, purge_job
from bot.keys import keyed_hash, load_key
from bot.store.models import Case, Customer, Inbound, Outbox, Plan, PlanItem
from bot.timeutil import utcnow
from tests.scenario import scene
from tests.service import wait_for

JENS = "jens.nielsen@mail.example.com"
NAME = "Jens Nielsen"
ERASURE_DA = "Hej\n\nSlet venligst alle mine personoplysninger hos jer.\n\nJens Nielsen"
ACCESS_DA = "Hej\n\nJeg vil gerne have indsigt i de personoplysninger, I har om mig.\n\nJens"
# The phone as the register file wrote it and as it is stored normalised (+4520112233).
PHONES = ("20 11 22 33", "20112233")
WAL_HEADER, FRAME_HEADER = 32, 24


# --- searching SQLite's files ------------------------------------------------------------


def base64_forms(text: bytes) -> list[bytes]:
    """`text` as it reads inside base64 (mail bodies, RFC 2047 words) at each alignment."""
    forms = []
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + text)
        start = 4 if shift else 0  # the first group mixes in bytes that are not ours
        forms.append(encoded[start:(shift + len(text)) // 3 * 4])
    return forms


def encodings(*texts: str) -> list[bytes]:
    """Needles: UTF-8 and UTF-16 (searched case-folded), base64 (searched as it is)."""
    needles: list[bytes] = []
    for text in texts:
        for form in dict.fromkeys((text, text.lower(), text.upper(), text.title())):
            needles += [form.encode(), form.encode("utf-16-le"), form.encode("utf-16-be")]
            needles += base64_forms(form.encode())
    return list(dict.fromkeys(n for n in needles if len(n) >= 6))


@dataclass(frozen=True)
class Hit:
    file: str
    page: int | None
    table: str
    needle: bytes


def page_owners(db_file: Path) -> dict[int, str]:
    """Page number -> the table or index it belongs to (SQLite's dbstat)."""
    connection = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT pageno, name FROM dbstat").fetchall()
    finally:
        connection.close()
    return {int(page): str(name) for page, name in rows}


def _positions(data: bytes, needle: bytes) -> Iterable[int]:
    start = data.find(needle)
    while start >= 0:
        yield start
        start = data.find(needle, start + 1)


def _page(path: Path, data: bytes, pos: int, size: int) -> int | None:
    """The database page a byte of the .db or -wal file holds (None: a header, the shm)."""
    if path.name.endswith("-shm"):
        return None
    if not path.name.endswith("-wal"):
        return pos // size + 1
    if pos < WAL_HEADER:
        return None
    frame = WAL_HEADER + (pos - WAL_HEADER) // (FRAME_HEADER + size) * (FRAME_HEADER + size)
    return int.from_bytes(data[frame:frame + 4], "big")


def _hits(path: Path, data: bytes, needles: list[bytes], size: int,
          owners: dict[int, str]) -> list[Hit]:
    hits = []
    for haystack in (data, data.lower()):  # same length: positions map to pages
        for needle in needles:
            for pos in _positions(haystack, needle):
                page = _page(path, data, pos, size)
                hits.append(Hit(path.name, page, owners.get(page or 0, "?"), needle))
    # Base64 in a stored mail is wrapped at 76 columns: search it unwrapped as well.
    unwrapped = data.replace(b"\r", b"").replace(b"\n", b"")
    hits += [Hit(path.name, None, "? (unwrapped)", n) for n in needles
             if n in unwrapped and n not in data]
    return hits


def search(db_file: Path, needles: list[bytes]) -> list[Hit]:
    """Every place in the database's files where a needle occurs, with its table."""
    raw_size = int.from_bytes(db_file.read_bytes()[16:18], "big")
    size, owners = 65536 if raw_size == 1 else raw_size, page_owners(db_file)
    hits: list[Hit] = []
    for path in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
        if path.exists():
            hits += _hits(path, path.read_bytes(), needles, size, owners)
    return list(dict.fromkeys(hits))


def personal_hits(db_file: Path) -> list[Hit]:
    """Hits of the e-mail and phone anywhere, of the name outside the kept customer row."""
    contact = search(db_file, encodings(JENS, "jens.nielsen", *PHONES))
    named = [h for h in search(db_file, encodings(NAME, "Nielsen")) if h.table != "customer"]
    return contact + named


# --- the scene ---------------------------------------------------------------------------


def retention(tmp_path: Path, **more: Any) -> dict[str, Any]:
    return {"ledger_file": str(tmp_path / "var" / "ledger.jsonl"),
            "key_file": str(tmp_path / "var" / "dsrbot.key"), **more}


def _rows(s: Any, model: Any) -> list[Any]:
    with s.bot.db.reading() as session:
        return list(session.exec(select(model)))


def _all_sent(s: Any) -> bool:
    return all(row.status == "sent" for row in _rows(s, Outbox))


async def erase_jens(s: Any) -> None:
    """Jens asks for erasure from his authenticated address; staff approve in the CLI."""
    await s.mail(ERASURE_DA, sender=JENS, name=NAME, authenticated=True)
    (queued,) = await s.queue()
    code, text = await s.cli("queue", "approve", str(queued["id"]), "--staff", "mette")
    assert code == 0, text
    await s.delivered(2)
    await wait_for(lambda: _all_sent(s), timeout=20)
    await s.settle()


def db_file(s: Any) -> Path:
    return Path(s.config.database.url.removeprefix("sqlite:///"))


# --- after an erasure ---------------------------------------------------------------------


async def test_R_ER_own_data_no_trace_in_the_database_files_while_running(
        tmp_path, monkeypatch):
    """§0: deleted bytes in free pages or the WAL would still be the person's data."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
        hits = personal_hits(db_file(s))
    assert hits == []


async def test_R_ER_own_data_no_trace_in_the_database_files_after_stopping(
        tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
        path = db_file(s)
    assert personal_hits(path) == []


async def test_R_ER_own_data_the_kept_invoice_customer_keeps_name_and_address_only(
        tmp_path, monkeypatch):
    """The search above excludes the customer table for the name: this is why."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
        customer = next(c for c in _rows(s, Customer) if c.ref == "C1001")
        path = db_file(s)
    assert (customer.name, customer.email, customer.phone) == (NAME, None, None)
    assert {h.table for h in search(path, encodings(NAME))} == {"customer"}


async def test_R_ER_own_data_the_log_never_names_the_person(tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
    text = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    assert caplog.records  # the service did log while it worked
    for needle in (JENS, "jens.nielsen", "Nielsen", *PHONES, "+4520112233"):
        assert needle.lower() not in text.lower(), needle


async def test_R_ER_own_data_the_request_log_stays_under_a_pseudonym(tmp_path, monkeypatch):
    """§6: ref, dates, intents, statuses, subject refs and plan digests stay."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
        (case,) = _rows(s, Case)
        plans = _rows(s, Plan)
        shown = await s.show(case.ref)
    key = load_key(str(tmp_path / "var" / "dsrbot.key"))
    assert case.requester_pseudonym == keyed_hash(key, "person", JENS)
    assert case.ref and case.received_at and case.due_at and case.scrubbed_at
    assert case.intents == ["erasure"] and case.subject_refs == ["C1001"]
    assert case.status == "answered" and shown["status"] == "answered"
    assert (case.requester_email, case.requester_name, case.subject) == (None, None, None)
    assert all(p.digest for p in plans) and any(p.status == "executed" for p in plans)
    assert all(e.get("phrase") is None for e in case.evidence or [])


async def test_R_ER_own_data_mails_and_extracts_are_emptied(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
        inbound, outbox, plans = _rows(s, Inbound), _rows(s, Outbox), _rows(s, Plan)
    assert inbound and all(m.raw == b"" and m.purged_at and m.mail_from is None
                           for m in inbound)
    assert outbox and all(m.raw == b"" and m.to_addr.startswith("erased:") for m in outbox)
    assert all(r["context"] == {} and r["attachments"] == [] for p in plans
               for r in p.replies or [])


async def test_R_ER_own_data_the_answer_queued_before_the_scrub_is_still_delivered(
        tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
        mails = s.outbox()
    answers = [m for m in mails if not m["Subject"].startswith("Kvittering")]
    assert len(answers) == 1 and answers[0]["To"] == JENS
    assert "Datatilsynet" in answers[0].get_payload(decode=True).decode()


async def test_R_ER_own_data_the_audit_chain_still_verifies(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
        verdict = verify(s.bot.db)
    assert verdict.ok, verdict


async def test_R_ER_own_data_an_earlier_access_case_is_scrubbed_too(tmp_path, monkeypatch):
    """The extract sent for an earlier access request is a copy of the erased data."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await s.mail(ACCESS_DA, sender=JENS, name=NAME, authenticated=True)
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        await s.delivered(2)
        await erase_jens(s)
        cases, plans = _rows(s, Case), _rows(s, Plan)
        hits = personal_hits(db_file(s))
    assert len(cases) == 2 and all(c.scrubbed_at and c.requester_email is None for c in cases)
    assert all(r["context"] == {} for p in plans for r in p.replies or [])
    assert hits == []


async def test_R_ER_own_data_a_rectification_value_is_cleared(tmp_path, monkeypatch):
    """A new phone number given earlier is the person's data in the plan item."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await s.mail("Hej\n\nMit nye telefonnummer er 22 33 44 55. Ret det venligst.\n\nJens",
                     sender=JENS, name=NAME, authenticated=True)
        await erase_jens(s)
        items = _rows(s, PlanItem)
        path = db_file(s)
    assert all(i.value is None for i in items if i.field == "phone")
    assert search(path, encodings("22 33 44 55", "22334455")) == []


# --- with time ------------------------------------------------------------------------


async def _answered_access(s: Any, days_ago: int) -> Case:
    await s.mail(ACCESS_DA, sender=JENS, name=NAME, authenticated=True)
    (queued,) = await s.queue()
    await s.cli("queue", "approve", str(queued["id"]))
    await wait_for(lambda: _all_sent(s), timeout=20)
    await s.settle()
    with s.bot.db.transaction() as session:
        case = session.exec(select(Case).order_by(Case.id.desc())).first()  # type: ignore[union-attr]
        case.updated_at = utcnow() - timedelta(days=days_ago)
        session.add(case)
    return case


async def test_own_data_purge_empties_old_answered_cases(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path, own_data_days=90)) as s:
        old = await _answered_access(s, days_ago=91)
        purged = purge_job(s.bot.db, s.config, None)  # type: ignore[arg-type]
        inbound = [m for m in _rows(s, Inbound) if m.case_id == old.id]
        plans = [p for p in _rows(s, Plan) if p.case_id == old.id]
    assert purged >= 2
    assert inbound and all(m.raw == b"" and m.purged_at for m in inbound)
    assert plans and all(r["context"] == {} and r["attachments"] == []
                         for p in plans for r in p.replies or [])


async def test_own_data_purge_leaves_recent_cases_alone(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path, own_data_days=90)) as s:
        recent = await _answered_access(s, days_ago=89)
        with s.bot.db.transaction() as session:
            purged = purge(session, s.config)
        inbound = [m for m in _rows(s, Inbound) if m.case_id == recent.id]
        plans = [p for p in _rows(s, Plan) if p.case_id == recent.id]
    assert purged == 0
    assert inbound and all(m.raw and m.purged_at is None for m in inbound)
    assert any(r["context"] for p in plans for r in p.replies or [])


async def test_own_data_purge_leaves_an_unfinished_case_alone(tmp_path, monkeypatch):
    """A plan still waiting for staff needs the mail it was made from."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path, own_data_days=90)) as s:
        await s.mail(ACCESS_DA, sender=JENS, name=NAME, authenticated=True)
        with s.bot.db.transaction() as session:
            (case,) = session.exec(select(Case)).all()
            case.updated_at = utcnow() - timedelta(days=400)
            session.add(case)
        purged = purge_job(s.bot.db, s.config, None)  # type: ignore[arg-type]
        (inbound,) = _rows(s, Inbound)
    assert case.status == "awaiting_approval" and purged == 0 and inbound.raw


async def test_own_data_purge_empties_old_mail_that_never_became_a_case(tmp_path, monkeypatch):
    """Spam, bounces and non-requests are personal data too, with no case to close."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path, own_data_days=90)) as s:
        for n in (1, 2):  # machine mail: dropped before a case is opened
            await s.mail("Jeg er på ferie til 1. april.", sender=JENS, subject=f"Ferie {n}",
                         **{"Auto-Submitted": "auto-replied"})
        with s.bot.db.transaction() as session:
            old = session.exec(select(Inbound).order_by(Inbound.id)).first()
            assert old is not None and old.case_id is None, old
            old.received_at = utcnow() - timedelta(days=91)
            session.add(old)
        purge_job(s.bot.db, s.config, None)  # type: ignore[arg-type]
        rows = {m.id: m for m in _rows(s, Inbound)}
    assert rows[old.id].raw == b"" and rows[old.id].purged_at
    assert all(m.raw and m.purged_at is None for i, m in rows.items() if i != old.id)


async def test_own_data_a_delivered_mail_leaves_the_outbox(tmp_path, monkeypatch):
    """The body goes once delivered; the person's address stays (no erasure was asked)."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await s.mail(ACCESS_DA, sender=JENS, name=NAME)
        await wait_for(lambda: _all_sent(s), timeout=20)
        outbox = _rows(s, Outbox)
        delivered = s.outbox()
    assert delivered and outbox
    assert all(m.raw == b"" and m.purged_at and m.to_addr == JENS for m in outbox)
