"""The bot's own data: what an erasure removes from it, and what is purged with time.

Raw mails, sent extracts and case records are personal data too (issue 7 item 5). When a
requester's erasure is executed, their address, name and words leave the bot's own
records — the cases, the stored mails, the outbox, the plans — and a keyed pseudonym
(bot/keys.py) takes the address's place, so the request log (gdpr-dk.md §6: refs, dates,
intents, statuses, plan digests) still holds together without saying who it was. With
time, closed cases lose their mail bodies and extracts as well (`[retention]
own_data_days`). Every deletion and cleared field also goes to the erasure ledger, so
neither an import nor a restored backup brings it back (bot/retention/ledger.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, update
from sqlmodel import Session, col, select

from bot.cases.audit import scrub_details
from bot.cases.kinds import CaseStatus, Intent, ItemAction
from bot.cases.lifecycle import audit
from bot.config import Config
from bot.keys import keyed_hash, load_key
from bot.normalize import normalize_email
from bot.outbound.render import Renderer
from bot.retention.ledger import REGISTER_KINDS, record_erasure, record_people
from bot.store.db import Database, checkpoint, checkpoint_after_commit
from bot.store.models import Case, Inbound, Outbox, Plan, PlanItem
from bot.timeutil import utcnow

FINISHED = (CaseStatus.ANSWERED, CaseStatus.CLOSED)
# Inbound rows a worker may still read; never emptied under it.
UNREAD = ("received", "processing")
# Outbox kinds that go to someone other than the requester (a recipient told under
# art. 19, staff reminded of a deadline): their address is not the erased person's.
NOT_TO_REQUESTER = frozenset({"art19", "reminder"})
# Fields whose value in a plan item is the person's own data (a rectification's new value).
PERSONAL_FIELDS = frozenset({"email", "phone", "name", "address", "title", "company"})


def erased_label(pseudonym: str | None) -> str:
    """What stands in an outbox row's To once the person is erased."""
    return f"erased:{(pseudonym or '')[:12]}"


def pseudonym(config: Config, address: str) -> str:
    """The person's keyed pseudonym: the same address always gives the same one."""
    return keyed_hash(load_key(config.retention.key_file), "person", address)


# --- after delivery --------------------------------------------------------------------


def forget_body(session: Session, row: Outbox) -> None:
    """A delivered mail leaves the outbox: its body goes, and its address too when the
    requester has been erased meanwhile (a reply queued before the erasure)."""
    row.raw, row.purged_at, row.last_error = b"", utcnow(), None
    case = session.get(Case, row.case_id) if row.case_id is not None else None
    if case is None or case.scrubbed_at is None:
        return
    if row.kind not in NOT_TO_REQUESTER:
        row.to_addr = erased_label(case.requester_pseudonym)
    checkpoint_after_commit(session)  # an erased person's last mail leaves the disk


# --- after an executed erasure ---------------------------------------------------------


def _erases(item: PlanItem) -> bool:
    if item.kind not in REGISTER_KINDS:
        return False
    return item.action == ItemAction.DELETE or (
        item.action == ItemAction.UPDATE and bool(item.field) and not item.value)


def is_erasure(plan: Plan, items: Iterable[PlanItem]) -> bool:
    """A plan for an erasure request that deleted or cleared some of the person's rows."""
    return Intent.ERASURE.value in plan.kind.split("+") and any(_erases(i) for i in items)


def scrub_after_execution(session: Session, config: Config, case: Case | None,
                          plan: Plan, items: list[PlanItem]) -> None:
    """After an executed plan: its deletions go to the ledger; after an executed erasure,
    the requester also leaves the bot's own records."""
    if case is None:
        return  # a sweep records its own ledger lines (bot/retention/sweep.py)
    record_erasure(config, items)
    if is_erasure(plan, items):
        scrub_person(session, config, case)


def _addresses(case: Case) -> frozenset[str]:
    found = (case.requester_email_norm, normalize_email(case.verify_address),
             normalize_email(case.requester_email))
    return frozenset(a for a in found if a)


def _person_cases(session: Session, case: Case, addresses: frozenset[str]) -> list[Case]:
    """This case, and the person's finished cases (one still running needs its mail)."""
    others = session.exec(select(Case).where(
        or_(col(Case.requester_email_norm).in_(addresses),
            func.lower(col(Case.verify_address)).in_(addresses)),
        col(Case.status).in_([str(s) for s in FINISHED]), Case.id != case.id)).all()
    return [case, *others]


def scrub_person(session: Session, config: Config, case: Case) -> None:
    """Remove the requester of `case` from the bot's own records, keeping the request log."""
    addresses = _addresses(case)
    if not addresses:
        return
    primary = case.requester_email_norm or min(addresses)
    record_people(config, [pseudonym(config, a) for a in addresses])
    cases = _person_cases(session, case, addresses)
    ids = [c.id for c in cases if c.id is not None]
    for each in cases:
        _scrub_case(each, pseudonym(config, each.requester_email_norm or primary))
    counts = {"cases": len(ids), "mails": _scrub_inbound(session, ids, addresses),
              "outbox": _scrub_outbox(session, ids, addresses, cases[0].requester_pseudonym),
              "plans": _scrub_plans(session, ids)}
    scrub_details(session, ids, actor="runner")  # the chain still verifies (bot/cases/audit.py)
    audit(session, "case.scrubbed", actor="runner", case_id=case.id, details=counts)
    checkpoint_after_commit(session)


def scrub_again(session: Session, config: Config, people: frozenset[str]) -> int:
    """After a restore: scrub the finished cases of requesters erased since (by pseudonym);
    how many requesters."""
    if not people:
        return 0
    cases = session.exec(select(Case).where(col(Case.requester_email_norm).is_not(None),
                                            col(Case.status).in_([str(s) for s in FINISHED]))).all()
    scrubbed = 0
    for case in cases:
        address = case.requester_email_norm
        if address and pseudonym(config, address) in people:
            scrub_person(session, config, case)
            scrubbed += 1
    return scrubbed


def _scrub_case(case: Case, person: str) -> None:
    """Address, name and words go; refs, dates, intents and statuses stay (§6)."""
    case.requester_email = case.requester_email_norm = case.requester_name = None
    case.subject = case.verify_address = case.request_references = None
    case.extension_reason = case.run_error = None  # free text that could name the person
    case.evidence = [{"intent": e.get("intent", "")} for e in case.evidence or ()]
    case.requester_pseudonym, case.scrubbed_at = person, utcnow()


def _scrub_inbound(session: Session, case_ids: list[int], addresses: frozenset[str]) -> int:
    """The person's stored mails: emptied, with the envelope that names them."""
    mine = or_(col(Inbound.case_id).in_(case_ids), func.lower(col(Inbound.mail_from))
               .in_(addresses))
    result = session.exec(update(Inbound).where(
        mine, col(Inbound.status).not_in(UNREAD), col(Inbound.raw) != b"").values(
        raw=b"", mail_from=None, rcpt_to=None, message_id=None, peer=None, error=None,
        purged_at=utcnow()))
    return int(result.rowcount or 0)


def _to_person(row: Outbox, case_ids: list[int], addresses: frozenset[str]) -> bool:
    if normalize_email(row.to_addr) in addresses:
        return True
    return row.case_id in case_ids and row.kind not in NOT_TO_REQUESTER


def _scrub_outbox(session: Session, case_ids: list[int], addresses: frozenset[str],
                  person: str | None) -> int:
    """Mail to the person: delivered rows lose body and address now; a queued one is
    still delivered, and `forget_body` scrubs it then."""
    to_them = [func.lower(col(Outbox.to_addr)).contains(a, autoescape=True) for a in addresses]
    candidates = session.exec(select(Outbox).where(
        or_(col(Outbox.case_id).in_(case_ids), *to_them), col(Outbox.status) != "queued")).all()
    count = 0
    for row in candidates:
        if _to_person(row, case_ids, addresses):
            row.raw, row.last_error, row.to_addr = b"", None, erased_label(person)
            row.purged_at = row.purged_at or utcnow()
            session.add(row)
            count += 1
    return count


def _bare_reply(reply: dict[str, Any]) -> dict[str, Any]:
    """A reply as the log needs it: which template, not what it said or to whom."""
    return {"template": reply.get("template"), "kind": reply.get("kind"), "context": {},
            "to": None, "attachments": []}


def _empty_replies(plan: Plan) -> bool:
    bare = [_bare_reply(r) for r in plan.replies or ()]
    if bare == (plan.replies or []):
        return False
    plan.replies = bare
    return True


def _scrub_plans(session: Session, case_ids: list[int]) -> int:
    """Replies (the extracts) emptied, free-text reasons and new values cleared."""
    plans = session.exec(select(Plan).where(col(Plan.case_id).in_(case_ids))).all()
    for plan in plans:
        _empty_replies(plan)
        plan.reason = None
        session.add(plan)
    plan_ids = [p.id for p in plans if p.id is not None]
    session.exec(update(PlanItem).where(
        col(PlanItem.plan_id).in_(plan_ids), col(PlanItem.action) == ItemAction.UPDATE,
        col(PlanItem.field).in_(PERSONAL_FIELDS)).values(value=None))
    return len(plans)


# --- with time ------------------------------------------------------------------------


def _old_cases(cutoff: datetime) -> Any:
    last = func.coalesce(col(Case.closed_at), col(Case.updated_at))
    return select(Case.id).where(col(Case.status).in_([str(s) for s in FINISHED]),
                                 last < cutoff)


def _purge_mails(session: Session, cutoff: datetime) -> int:
    """Mail of old finished cases, and old mail that never became a case (spam, bounces)."""
    stray = (col(Inbound.case_id).is_(None)) & (col(Inbound.received_at) < cutoff)
    result = session.exec(update(Inbound).where(
        or_(col(Inbound.case_id).in_(_old_cases(cutoff)), stray),
        col(Inbound.status).not_in(UNREAD), col(Inbound.purged_at).is_(None))
        .values(raw=b"", purged_at=utcnow()))
    return int(result.rowcount or 0)


def _purge_outbox(session: Session, cutoff: datetime) -> int:
    """Bodies that delivery did not already remove: mail that failed for good."""
    result = session.exec(update(Outbox).where(
        col(Outbox.case_id).in_(_old_cases(cutoff)), col(Outbox.status) != "queued",
        col(Outbox.purged_at).is_(None)).values(raw=b"", purged_at=utcnow()))
    return int(result.rowcount or 0)


def _purge_plans(session: Session, cutoff: datetime) -> int:
    plans = session.exec(select(Plan).where(col(Plan.case_id).in_(_old_cases(cutoff)),
                                            col(Plan.replies).is_not(None))).all()
    emptied = [p for p in plans if _empty_replies(p)]
    for plan in emptied:
        session.add(plan)
    return len(emptied)


def purge(session: Session, config: Config) -> int:
    """Purge raw mails and extract bodies of cases finished before the period; how many."""
    cutoff = utcnow() - timedelta(days=config.retention.own_data_days)
    counts = {"mails": _purge_mails(session, cutoff), "outbox": _purge_outbox(session, cutoff),
              "plans": _purge_plans(session, cutoff)}
    if any(counts.values()):
        audit(session, "own_data.purged", actor="scheduler", details=counts)
    return sum(counts.values())


def purge_job(db: Database, config: Config, renderer: Renderer) -> int:
    """Purge raw mails and bodies of closed cases past their period; how many."""
    with db.transaction() as session:
        purged = purge(session, config)
    if purged:
        checkpoint(db.engine)
    return purged
