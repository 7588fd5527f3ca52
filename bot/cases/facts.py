"""Gather what a handler may see: the case's facts, its person's snapshot, the settings."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from sqlmodel import Session, col, select

from bot.cases.kinds import Intent
from bot.config import Config
from bot.normalize import normalize_email
from bot.outbound.render import reply_language
from bot.reading.authresults import from_is_authenticated
from bot.reading.understand import Understanding
from bot.register.snapshot import Snapshot, take_snapshot, workplaces
from bot.retention.dates import FinancialYear
from bot.store.models import Case, Inbound
from bot.timeutil import local_date, today
from handlers.contract import CaseFacts, Departure, Settings

# The worker has just read the message that opened a case; the runner plans it moments
# later in the same process. Reading is pure, so keeping the last few saves a second parse.
_READINGS: OrderedDict[int, Understanding] = OrderedDict()
_KEEP = 256


def remember_reading(inbound_id: int, understanding: Understanding) -> None:
    _READINGS[inbound_id] = understanding
    while len(_READINGS) > _KEEP:
        with contextlib.suppress(KeyError):
            _READINGS.popitem(last=False)


def request_reading(session: Session, case: Case, config: Config) -> Understanding | None:
    """The reading of the case's first stored message (kept, or read again)."""
    from bot.cases.inbound import read_message

    inbound_id = session.exec(select(Inbound.id).where(Inbound.case_id == case.id)
                              .order_by(col(Inbound.id))).first()
    if inbound_id is None:
        return None
    kept = _READINGS.get(inbound_id)  # .get: another worker thread may evict it
    if kept is not None:
        return kept
    raw = session.exec(select(Inbound.raw).where(Inbound.id == inbound_id)).one()
    return read_message(raw, config)


def sender_authenticated(u: Understanding, config: Config) -> bool:
    """Did our mail server vouch for the requester's own address? A colleague's forward
    or a web form's relay vouches for the colleague or the form, not the requester."""
    if u.requester_email is None or normalize_email(u.parsed.sender) != u.requester_email:
        return False
    return from_is_authenticated(u.parsed.sender, u.parsed.authentication_results,
                                 config.identity.trusted_authserv_ids)


def _intents(case: Case) -> tuple[Intent, ...]:
    asked = set(case.intents or ())
    return tuple(i for i in Intent if i.value in asked)


def case_facts(case: Case, u: Understanding | None) -> CaseFacts:
    departed = u.classification.departed if u else ()
    return CaseFacts(
        ref=case.ref or "", intents=_intents(case), language=reply_language(case.language),
        requester_email=case.requester_email or "", requester_name=case.requester_name,
        sender_authenticated=case.sender_authenticated, verified=case.verified_at is not None,
        received_on=local_date(case.received_at), due_on=case.extended_due_at or case.due_at,
        today=today(), flags=frozenset(case.flags or ()),
        text=u.parsed.own_text if u else "", auto=u.auto if u else False,
        departed=tuple(Departure(d.name, d.email) for d in departed),
    )


def lookup_address(case: Case) -> str | None:
    """Whose records the case opens: the address on file that confirmed it, else the
    sender's. Never Reply-To, never an address the mail merely mentions (R-SEC-01)."""
    return case.verify_address if case.verified_at else case.requester_email


def snapshot_for(session: Session, case: Case) -> Snapshot:
    snap = take_snapshot(session, lookup_address(case))
    if Intent.CONTACT_LEFT.value in (case.intents or ()):
        from dataclasses import replace

        from bot.register.snapshot import holds_at

        places = workplaces(session, case.requester_email)
        extra = holds_at(session, [w.customer_ref for w in places])
        snap = replace(snap, workplaces=places,
                       holds=tuple(dict.fromkeys((*snap.holds, *extra))))
    return snap


@lru_cache(maxsize=8)
def _notice(path: str) -> dict[str, Any]:
    from bot.notice import load_notice

    return load_notice(path or None)


def settings_for(config: Config) -> Settings:
    company = config.company
    return Settings(
        financial_year=FinancialYear.parse(config.retention.financial_year_start),
        notice=_notice(config.notice.file),
        company={"name": company.name, "privacy_address": company.privacy_address},
        review_extracts=config.approval.review_extracts,
        recipients=config.recipients,
    )
