"""The worker: each stored message runs through an ordered tuple of stages in one transaction."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col, select

from bot.cases.approval import withdraw_pending
from bot.cases.facts import remember_reading, sender_authenticated, settings_for
from bot.cases.kinds import CaseStatus, Intent
from bot.cases.lifecycle import TRANSITIONS, audit, open_case, transition
from bot.cases.policy import staff_reason
from bot.cases.verification import confirm_from_reply
from bot.config import Config
from bot.normalize import normalize_email
from bot.outbound.render import Renderer
from bot.outbound.replies import queue_acknowledgement
from bot.outbound.staff import notify_staff
from bot.reading.context import ReadingContext
from bot.reading.message import ParsedMessage, parse_message
from bot.reading.spam import looks_like_spam
from bot.reading.understand import Understanding, understand_parsed
from bot.store.db import Database
from bot.store.models import Case, Inbound, Outbox
from bot.timeutil import utcnow
from bot.wakeup import nap
from handlers import registry
from handlers.contract import Handler

log = logging.getLogger(__name__)

@dataclass
class Work:
    """What the stages know about one inbound message so far."""

    session: Session
    config: Config
    renderer: Renderer
    inbound: Inbound
    understanding: Understanding
    case: Case | None = None
    outcome: str | None = None  # set by a stage that finishes the message early
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def parsed(self) -> ParsedMessage:
        return self.understanding.parsed


def read_message(raw: bytes, config: Config) -> Understanding:
    """Parse and classify: pure CPU work, done before the write transaction opens."""
    parsed = parse_message(raw, own_addresses=config.own_addresses)
    return understand_parsed(parsed, context=ReadingContext.from_config(config))


def _requesters_case(session: Session, case_id: int | None, sender: str | None) -> Case | None:
    """The case, if `sender` asked in it or is the address on file we asked to confirm
    it (anyone can quote a thread). Locked: the case runner may be moving it on."""
    case = session.exec(select(Case).where(Case.id == case_id).with_for_update()).first() \
        if case_id is not None else None
    if case is None or sender is None:
        return None
    if sender in (case.requester_email_norm, normalize_email(case.verify_address)):
        return case
    return None


def _answered_case(work: Work) -> Case | None:
    """The case this message answers: one of our outgoing Message-IDs in its thread headers."""
    ids = [i for i in (work.parsed.in_reply_to, *work.parsed.references) if i]
    if not ids:
        return None
    case_id = work.session.exec(
        select(Outbox.case_id).where(col(Outbox.message_id).in_(ids))
    ).first()
    return _requesters_case(work.session, case_id, work.understanding.requester_email)


def _resent_case(work: Work) -> Case | None:
    """The case a copy of this message (same Message-ID, same sender) opened before."""
    if not work.inbound.message_id:
        return None
    case_id = work.session.exec(
        select(Inbound.case_id).where(
            Inbound.message_id == work.inbound.message_id, Inbound.id != work.inbound.id,
            col(Inbound.case_id).is_not(None),
        )
    ).first()
    return _requesters_case(work.session, case_id, work.understanding.requester_email)


# A chaser ("any news on my request?") or a resend joins the open case it chases for
# this long, instead of opening a second case with a second acknowledgement.
CHASE_WINDOW = timedelta(days=120)
_OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.TRIAGE, CaseStatus.OPEN,
                  CaseStatus.AWAITING_VERIFICATION, CaseStatus.AWAITING_APPROVAL,
                  CaseStatus.EXECUTING)


def _chased_case(work: Work) -> Case | None:
    """The requester's open case that this mail asks about again (nothing new in it)."""
    sender = work.understanding.requester_email
    if sender is None or work.understanding.auto:
        return None
    cases = work.session.exec(select(Case).where(
        Case.requester_email_norm == sender, col(Case.status).in_([str(s) for s in _OPEN_STATUSES]),
        col(Case.received_at) >= work.inbound.received_at - CHASE_WINDOW,
    ).order_by(col(Case.id).desc())).all()
    asked = set(work.understanding.classification.intents)
    if not asked and not _to_privacy_mailbox(work):
        return None  # ordinary mail to a colleague is not about the request
    # "Any news?" to the privacy mailbox asks for nothing new: it chases the open case.
    return next((c for c in cases if asked <= set(c.intents or ())), None)


def _new_in_reply(work: Work, case: Case) -> list[str]:
    asked = set(work.understanding.classification.intents) - set(case.intents or [])
    return sorted(asked)


def _find_thread(work: Work) -> tuple[Case | None, str]:
    for find, outcome in ((_answered_case, "case_reply"), (_resent_case, "duplicate"),
                          (_chased_case, "chaser")):
        case = find(work)
        if case is not None:
            return case, outcome
    return None, ""


def stage_thread(work: Work) -> None:
    """A reply to one of our mails joins its case; so do a resent copy and a chaser.

    The address on file answering our verification mail confirms the request. A reply
    that asks for something new ("and delete it too") sends the case to staff, who
    decide how the request has changed; nothing is planned from it automatically.
    """
    case, outcome = _find_thread(work)
    if case is None:
        return
    work.inbound.case_id, work.outcome = case.id, outcome
    audit(work.session, f"inbound.{outcome}", actor="worker", case_id=case.id,
          details={"inbound_id": work.inbound.id})
    thread = tuple(i for i in (work.parsed.in_reply_to, *work.parsed.references) if i)
    if outcome == "case_reply" and confirm_from_reply(
            work.session, case, work.understanding.requester_email, work.parsed.own_text,
            thread):
        return
    new = _new_in_reply(work, case) if outcome == "case_reply" else []
    if new and CaseStatus.TRIAGE in TRANSITIONS.get(case.status, frozenset()):
        withdraw_pending(work.session, case, "the requester asked for more")
        transition(work.session, case, CaseStatus.TRIAGE, actor="worker",
                   reason="the requester's reply asks for more", details={"new_intents": new})


def _to_privacy_mailbox(work: Work) -> bool:
    return work.config.company.privacy_address.casefold() in {
        address.casefold() for address in work.parsed.to}


def stage_filter(work: Work) -> None:
    """Stop here for anything that is not a request: ordinary or machine mail.

    A person who writes to the privacy mailbox itself almost always wants something
    privacy-related; when the classifier recognises nothing there, staff look (triage)
    rather than the mail being filed away unread.
    """
    u = work.understanding
    if not u.classification.intents:
        if u.auto:
            work.outcome = "auto_ignored"
        elif looks_like_spam(u.parsed) is not None:
            work.outcome = "spam"  # never acknowledged: a reply confirms a live mailbox
        elif not _to_privacy_mailbox(work) or u.requester_email is None:
            work.outcome = "not_a_request"
    elif u.requester_email is None:
        work.outcome = "failed"
        work.notes["error"] = "no usable sender address"


def _first_receipt(work: Work) -> datetime:
    """R-IN-01: a request counts as received when any firm mailbox got it, so a staff
    forward's original date wins if it is plausible (earlier, and within a year)."""
    ours = work.inbound.received_at
    if not work.understanding.forward_authenticated:
        return ours  # an unverified forward could backdate the deadline at will
    claimed = work.understanding.first_received_at
    if claimed is not None and ours - timedelta(days=365) < claimed < ours:
        work.notes["received_at_source"] = "forwarded message"
        return claimed
    return ours


def stage_open_case(work: Work) -> None:
    u = work.understanding
    result = u.classification
    work.case = open_case(
        work.session, channel=work.inbound.channel, received_at=_first_receipt(work),
        received_at_source=work.notes.get("received_at_source", "intake"),
        language=result.language, intents=list(result.intents), confidence=result.confidence,
        evidence=[{"intent": e.intent, "phrase": e.phrase} for e in result.evidence],
        flags=list(result.flags), requester_email=u.requester_email,
        requester_email_norm=u.requester_email, requester_name=u.requester_name,
        subject=u.parsed.subject[:500], request_message_id=u.parsed.message_id,
        request_references=" ".join(u.parsed.references) or None,
        forwarded_by=u.forwarded_by,
        sender_authenticated=sender_authenticated(u, work.config),
    )
    work.inbound.case_id = work.case.id


def _triage_reason(work: Work) -> str | None:
    """Why staff must look before anything is sent, or None."""
    u = work.understanding
    if not u.classification.intents:
        return "written to the privacy mailbox, but no request recognised"
    if u.forwarded_by is not None and not u.forward_authenticated:
        return "forwarded by a colleague whose address our mail server did not verify"
    if u.relayed:
        return "a colleague's note or our web form names who asked: staff confirm it first"
    if u.auto and set(u.classification.intents) - {"contact_left"}:
        return "a request relayed by a machine (e.g. a web form): staff answer it"
    flagged = staff_reason(u.classification.flags)
    if flagged:  # a legal safeguard: no threshold setting can route past it
        return flagged
    if u.classification.confidence < work.config.classifier.triage_threshold:
        return "low confidence"
    return None


def stage_route(work: Work) -> None:
    """Low confidence goes to staff triage; otherwise the case is open for its handlers."""
    assert work.case is not None
    reason = _triage_reason(work)
    if reason:
        transition(work.session, work.case, CaseStatus.TRIAGE, actor="worker", reason=reason,
                   details={"confidence": work.case.confidence})
        notify_staff(work.session, work.config, work.renderer, "triage", work.case, reason)
    else:
        transition(work.session, work.case, CaseStatus.OPEN, actor="worker")


def _wants_ack(work: Work) -> bool:
    """Every person who writes to us hears from us at once; machines and spam never do."""
    u = work.understanding
    if u.auto or work.case is None:
        return False
    if u.forwarded_by is not None and not u.forward_authenticated:
        return False  # who really asked is unknown: a forged "forward" must not make us mail
    if u.relayed:
        return False  # read from a note, not from their own mail: staff confirm it first
    return looks_like_spam(work.parsed) is None


def stage_acknowledge(work: Work) -> None:
    """Queue the §5.1 acknowledgement, or a neutral one for what staff must read first."""
    assert work.case is not None
    if not _wants_ack(work):
        return
    neutral = work.case.status != CaseStatus.OPEN or not set(work.case.intents or ()) - {
        Intent.CONTACT_LEFT}
    queue_acknowledgement(work.session, work.config, work.renderer, work.case,
                          neutral=neutral)


Stage = Callable[[Work], None]

# Order is data: a later issue adds identify, verify and plan after stage_route.
STAGES: tuple[Stage, ...] = (
    stage_thread,
    stage_filter,
    stage_open_case,
    stage_route,
    stage_acknowledge,
)


def run_stages(work: Work, stages: tuple[Stage, ...] = STAGES) -> str:
    for stage in stages:
        stage(work)
        if work.outcome is not None:
            return work.outcome
    return "done"


def _finish(work: Work, outcome: str) -> None:
    inbound = work.inbound
    inbound.status = outcome
    inbound.error = work.notes.get("error")
    inbound.lease_until = None
    inbound.processed_at = utcnow()
    work.session.add(inbound)
    audit(work.session, f"inbound.{outcome}", actor="worker", case_id=inbound.case_id,
          details={"inbound_id": inbound.id})
    # The operator's terminal: ids, references and statuses only, never an address.
    case = work.case
    if case is not None:
        log.info("message %s: case %s opened (%s), %s, due %s", inbound.id, case.ref,
                 ",".join(case.intents or ()) or "-", case.status, case.due_at.isoformat())
    else:
        log.info("message %s: %s%s", inbound.id, outcome,
                 f" (case {inbound.case_id})" if inbound.case_id else "")


# How long a worker may hold a message before another may take it over; a worker that
# died holding it (killed, out of memory) thus hands it back instead of losing it.
INBOUND_LEASE = timedelta(minutes=10)


@dataclass(frozen=True)
class Claim:
    inbound_id: int
    raw: bytes
    lease_until: datetime


def _claimable() -> Any:
    now = utcnow()
    return or_(
        col(Inbound.status) == "received",
        and_(col(Inbound.status) == "processing", col(Inbound.lease_until) < now),
    )


def _give_up(session: Session, inbound: Inbound) -> None:
    inbound.status, inbound.lease_until = "failed", None
    inbound.error = inbound.error or "the worker stopped while processing it, every time"
    session.add(inbound)
    audit(session, "inbound.failed", actor="worker",
          details={"inbound_id": inbound.id, "attempts": inbound.attempts})


def claim_inbound(db: Database, max_attempts: int) -> Claim | None:
    """Take the oldest waiting message for this worker, counting the attempt up front.

    The attempt counts before the work starts, so a message that kills the worker
    process every time still ends as `failed` instead of blocking the queue forever.
    """
    while True:
        with db.transaction() as session:
            inbound = session.exec(
                select(Inbound).where(_claimable()).order_by(col(Inbound.id)).limit(1)
                .with_for_update(skip_locked=True)
            ).first()
            if inbound is None:
                return None
            if inbound.attempts >= max_attempts:
                _give_up(session, inbound)
                continue
            inbound.status, inbound.attempts = "processing", inbound.attempts + 1
            inbound.lease_until = utcnow() + INBOUND_LEASE
            session.add(inbound)
            assert inbound.id is not None
            return Claim(inbound.id, inbound.raw, inbound.lease_until)


def _held(session: Session, claim: Claim) -> Inbound | None:
    """The claimed row, if this worker still holds it."""
    inbound = session.exec(
        select(Inbound).where(Inbound.id == claim.inbound_id).with_for_update()
    ).first()
    if inbound is None or inbound.status != "processing":
        return None
    if inbound.lease_until != claim.lease_until:
        return None  # our lease ran out and another worker took it over
    return inbound


def process_inbound(
    db: Database, config: Config, renderer: Renderer, claim: Claim,
    stages: tuple[Stage, ...] = STAGES,
) -> str:
    """Run one claimed message through every stage; it all commits together or not at all.

    Reading and classifying happen first, outside the write transaction, so the write
    lock is held only for the few inserts (intake waits on that lock with SQLite).
    """
    understanding = read_message(claim.raw, config)
    remember_reading(claim.inbound_id, understanding)
    with db.transaction() as session:
        inbound = _held(session, claim)
        if inbound is None:
            return "skipped"
        work = Work(session=session, config=config, renderer=renderer, inbound=inbound,
                    understanding=understanding)
        outcome = run_stages(work, stages)
        _finish(work, outcome)
        return outcome


def record_failure(
    db: Database, claim: Claim, error: str, max_attempts: int, *, transient: bool = False
) -> None:
    """Hand a message back after a failed attempt; after the last one it is `failed`.

    A transient failure (the database busy or away) does not count as an attempt: a
    genuine request must not fail for good because the database was briefly locked.
    """
    with db.transaction() as session:
        inbound = _held(session, claim)
        if inbound is None:
            return
        inbound.error = error[:2000]
        inbound.lease_until = None
        if transient:
            inbound.attempts -= 1
        if inbound.attempts >= max_attempts:
            inbound.status = "failed"
            audit(session, "inbound.failed", actor="worker",
                  details={"inbound_id": inbound.id, "attempts": inbound.attempts})
        else:
            inbound.status = "received"
        session.add(inbound)


# While mail keeps arriving, intake goes first: senders are waiting for their 250 and
# processing is asynchronous anyway. The worker steps aside until intake has been quiet
# for INTAKE_QUIET seconds, but never for longer than MAX_DEFER, and then does at least
# FORCED_CHUNK messages, so a long flood is still worked through.
INTAKE_QUIET = 0.25
MAX_DEFER = 2.0
FORCED_CHUNK = 5


class Worker:
    """Processes stored messages until stopped; woken at once when intake stores one."""

    def __init__(self, db: Database, config: Config, renderer: Renderer,
                 on_queued: Callable[[], None] = lambda: None,
                 stages: tuple[Stage, ...] = STAGES,
                 handlers: Mapping[Intent, Handler] | None = None) -> None:
        self.db, self.config, self.renderer = db, config, renderer
        self.on_queued = on_queued
        self.stages = stages
        # Fails at start, not on the first request, when a handler is missing.
        self.handlers = handlers if handlers is not None else registry()
        settings_for(config)  # a broken notice file fails here, not on the first request
        self.wakeup = asyncio.Event()
        self.last_nudge = 0.0
        self.last_progress = time.monotonic()

    def nudge(self) -> None:
        """Intake stored a message: wake up (and note that intake is busy)."""
        self.last_nudge = time.monotonic()
        self.wakeup.set()

    def intake_busy(self) -> bool:
        now = time.monotonic()
        return now - self.last_nudge < INTAKE_QUIET and now - self.last_progress < MAX_DEFER

    def process_available(self, limit: int = 100) -> int:
        """Process up to `limit` waiting messages (in the calling thread); returns the count."""
        done = 0
        max_attempts = self.config.worker.max_attempts
        while done < limit and not (done >= FORCED_CHUNK and self.intake_busy()):
            claim = claim_inbound(self.db, max_attempts)
            if claim is None:
                break
            if not self._process(claim):
                break  # the database is unavailable: wait before the next claim
            done += 1
            self.last_progress = time.monotonic()
        if not self.intake_busy():
            done += self._run_cases(limit)
        return done

    def _run_cases(self, limit: int) -> int:
        """Move cases on (plan, execute) once the messages waiting are read."""
        from bot.cases.runner import run_cases
        from bot.retention.sweep import run_approved_sweeps

        try:
            done = run_cases(self.db, self.config, self.renderer, self.handlers, limit)
            return done + run_approved_sweeps(self.db, self.config, self.renderer)
        except OperationalError as exc:
            log.warning("case runner: database unavailable (%s)", type(exc).__name__)
            return 0

    def _process(self, claim: Claim) -> bool:
        """One message; False when the database itself failed (try again later)."""
        max_attempts = self.config.worker.max_attempts
        try:
            process_inbound(self.db, self.config, self.renderer, claim, self.stages)
        except OperationalError as exc:
            log.warning("inbound %s: database unavailable (%s)", claim.inbound_id,
                        type(exc).__name__)
            record_failure(self.db, claim, f"{type(exc).__name__}", max_attempts,
                           transient=True)
            return False
        except Exception as exc:  # never drop a message: record why and retry
            log.exception("inbound %s failed", claim.inbound_id)
            record_failure(self.db, claim, f"{type(exc).__name__}: {exc}", max_attempts)
        return True

    async def run(self) -> None:
        while True:
            while self.intake_busy():
                await asyncio.sleep(INTAKE_QUIET / 2)
            try:
                if await self.db.run(self.process_available):
                    self.on_queued()
            except Exception:
                log.exception("worker pass failed; trying again")
            await nap(self.wakeup, self.config.worker.poll_seconds)
