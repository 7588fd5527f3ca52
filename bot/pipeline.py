"""The worker: each stored message runs through an ordered tuple of stages in one transaction."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from bot.cases import audit, open_case, transition
from bot.config import Config
from bot.db import Database
from bot.message import ParsedMessage, parse_message
from bot.models import Case, Inbound, Outbox
from bot.render import Renderer
from bot.replies import queue_acknowledgement
from bot.timeutil import utcnow
from bot.understand import Understanding, understand_parsed

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
    return understand_parsed(
        parsed, own_addresses=config.own_addresses,
        own_domains=frozenset(d.casefold() for d in config.company.own_domains),
    )


def _known_case_for(session: Session, parsed: ParsedMessage) -> int | None:
    """The case this message answers: one of our outgoing Message-IDs in its thread headers."""
    ids = [i for i in (parsed.in_reply_to, *parsed.references) if i]
    if not ids:
        return None
    return session.exec(
        select(Outbox.case_id).where(
            col(Outbox.message_id).in_(ids), col(Outbox.case_id).is_not(None)
        )
    ).first()


def stage_thread(work: Work) -> None:
    """A reply to one of our mails belongs to that case; a resent message to its first copy."""
    case_id = _known_case_for(work.session, work.parsed)
    outcome = "case_reply"
    if case_id is None and work.inbound.message_id:
        case_id = work.session.exec(
            select(Inbound.case_id).where(
                Inbound.message_id == work.inbound.message_id, Inbound.id != work.inbound.id,
                col(Inbound.case_id).is_not(None),
            )
        ).first()
        outcome = "duplicate"
    if case_id is not None:
        work.inbound.case_id = case_id
        work.outcome = outcome
        audit(work.session, f"inbound.{outcome}", actor="worker", case_id=case_id,
              details={"inbound_id": work.inbound.id})


def stage_filter(work: Work) -> None:
    """Stop here for anything that is not a request: ordinary or machine mail."""
    result = work.understanding.classification
    if not result.intents:
        work.outcome = "auto_ignored" if work.understanding.auto else "not_a_request"
    elif work.understanding.requester_email is None:
        work.outcome = "failed"
        work.notes["error"] = "no usable sender address"


def _first_receipt(work: Work) -> datetime:
    """R-IN-01: a request counts as received when any firm mailbox got it, so a staff
    forward's original date wins if it is plausible (earlier, and within a year)."""
    ours = work.inbound.received_at
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
    )
    work.inbound.case_id = work.case.id


def _needs_triage(work: Work) -> bool:
    result = work.understanding.classification
    threshold = work.config.classifier.triage_threshold
    return result.confidence < threshold or "ambiguous" in result.flags


def stage_route(work: Work) -> None:
    """Low confidence goes to staff triage; otherwise the case is open for its handlers."""
    assert work.case is not None
    if _needs_triage(work):
        transition(work.session, work.case, "triage", actor="worker",
                   details={"confidence": work.case.confidence})
    else:
        transition(work.session, work.case, "open", actor="worker")


def stage_acknowledge(work: Work) -> None:
    """Queue the §5.1 acknowledgement: only for a person's request, never to a machine."""
    assert work.case is not None
    if work.understanding.auto or work.case.status != "open":
        return  # triage cases are acknowledged once staff have confirmed the reading
    queue_acknowledgement(work.session, work.config, work.renderer, work.case)


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
    inbound.attempts += 1
    inbound.processed_at = utcnow()
    work.session.add(inbound)
    audit(work.session, f"inbound.{outcome}", actor="worker", case_id=inbound.case_id,
          details={"inbound_id": inbound.id})


def next_inbound_id(db: Database, max_attempts: int) -> int | None:
    with db.reading() as session:
        return session.exec(
            select(Inbound.id)
            .where(Inbound.status == "received", Inbound.attempts < max_attempts)
            .order_by(col(Inbound.id))
            .limit(1)
        ).first()


def process_inbound(
    db: Database, config: Config, renderer: Renderer, inbound_id: int,
    stages: tuple[Stage, ...] = STAGES,
) -> str:
    """Run one message through every stage; all of it commits together or not at all.

    Reading and classifying happen first, outside the write transaction, so the write
    lock is held only for the few inserts (intake waits on that lock with SQLite).
    """
    with db.reading() as session:
        raw = session.exec(
            select(Inbound.raw).where(Inbound.id == inbound_id, Inbound.status == "received")
        ).first()
    if raw is None:
        return "skipped"
    understanding = read_message(raw, config)
    with db.transaction() as session:
        inbound = session.exec(
            select(Inbound).where(Inbound.id == inbound_id, Inbound.status == "received")
            .with_for_update(skip_locked=True)
        ).first()
        if inbound is None:
            return "skipped"  # another worker took it
        work = Work(session=session, config=config, renderer=renderer, inbound=inbound,
                    understanding=understanding)
        outcome = run_stages(work, stages)
        _finish(work, outcome)
        return outcome


def record_failure(db: Database, inbound_id: int, error: str, max_attempts: int) -> None:
    """Count a failed attempt; after the last one the message is visibly `failed`."""
    with db.transaction() as session:
        inbound = session.get(Inbound, inbound_id)
        if inbound is None:
            return
        inbound.attempts += 1
        inbound.error = error[:2000]
        if inbound.attempts >= max_attempts:
            inbound.status = "failed"
            audit(session, "inbound.failed", actor="worker",
                  details={"inbound_id": inbound_id, "attempts": inbound.attempts})
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
                 stages: tuple[Stage, ...] = STAGES) -> None:
        self.db, self.config, self.renderer = db, config, renderer
        self.on_queued = on_queued
        self.stages = stages
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
            inbound_id = next_inbound_id(self.db, max_attempts)
            if inbound_id is None:
                break
            try:
                process_inbound(self.db, self.config, self.renderer, inbound_id, self.stages)
            except Exception as exc:  # never drop a message: record why and retry
                log.exception("inbound %s failed", inbound_id)
                record_failure(self.db, inbound_id, f"{type(exc).__name__}: {exc}", max_attempts)
            done += 1
            self.last_progress = time.monotonic()
        return done

    async def run(self) -> None:
        while True:
            while self.intake_busy():
                await asyncio.sleep(INTAKE_QUIET / 2)
            try:
                if await self.db.run(self.process_available):
                    self.on_queued()
            except Exception:
                log.exception("worker pass failed; trying again")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wakeup.wait(), self.config.worker.poll_seconds)
            self.wakeup.clear()
