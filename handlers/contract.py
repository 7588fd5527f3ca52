"""The one small interface every request handler meets: facts and a snapshot in, data out.

A handler never sees a database session. It gets the case's facts and a read-only
snapshot of the person's records, and returns an `Outcome`: the plan items (what to
send, delete, keep, restrict, update, notify), the replies (template names and their
contexts), and whether staff must approve first. The case runner stores the outcome as
a plan, waits for approval when asked to, and executes exactly that plan.

Rules every handler keeps:
- Deterministic: the same facts and snapshot give the same outcome. The runner re-plans
  before executing and compares digests, so a plan that changed is asked for again.
- No "today" in a reply context; the renderer adds the date the mail is sent.
- Contexts hold JSON values only (str, int, float, bool, None, lists, dicts); dates as
  ISO strings (the `long_date` filter reads them).
- A refusal, partial refusal or disclosure needs approval (gdpr-dk.md §4.0 step 7).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.config import RecipientConfig
from bot.register.snapshot import Snapshot
from bot.retention.dates import FinancialYear


@dataclass(frozen=True)
class Departure:
    """Someone a message says has left (contact_left)."""

    name: str | None
    email: str | None


@dataclass(frozen=True)
class CaseFacts:
    """What the case says, read-only: the handler's view of the request."""

    ref: str
    intents: tuple[Intent, ...]
    language: str  # reply language: "da" or "en"
    requester_email: str
    requester_name: str | None
    sender_authenticated: bool  # our mail server vouched for the From address
    verified: bool  # the address on file confirmed the request (round trip)
    received_on: date
    due_on: date
    today: date
    flags: frozenset[str]
    text: str  # the sender's own words
    auto: bool  # machine mail (an auto-reply reporting a departure)
    departed: tuple[Departure, ...] = ()

    @property
    def trusted(self) -> bool:
        """May a destructive plan run for this sender without a confirmation round trip?"""
        return self.sender_authenticated or self.verified


@dataclass(frozen=True)
class Settings:
    """The parts of the configuration that handlers read."""

    financial_year: FinancialYear
    notice: dict[str, Any]  # the art. 15 items (§5.3) in "da" and "en"
    company: dict[str, str]
    review_extracts: bool = True  # staff see every extract before it leaves (§4.0 step 7)
    recipients: tuple[RecipientConfig, ...] = ()  # told of changes (art. 19)


@dataclass(frozen=True)
class Item:
    """One plan item (contracts §5: ref, what, action, reason, until)."""

    action: ItemAction
    kind: RecordKind
    ref: str
    what: str
    reason: str
    until: date | None = None
    customer_ref: str | None = None
    field: str | None = None
    value: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "what": self.what, "action": str(self.action),
                "reason": self.reason, "until": self.until.isoformat() if self.until else None,
                "kind": str(self.kind), "customer_ref": self.customer_ref,
                "field": self.field, "value": self.value}


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # e.g. "application/json"
    text: str


@dataclass(frozen=True)
class ReplySpec:
    """A mail to send when the plan runs: to the requester's address on file unless `to`
    names another address that the register holds for that purpose (the reporter)."""

    template: str
    context: dict[str, Any]
    attachments: tuple[Attachment, ...] = ()
    to: str | None = None
    kind: str = "answer"

    def as_dict(self) -> dict[str, Any]:
        return {"template": self.template, "context": self.context, "to": self.to,
                "kind": self.kind,
                "attachments": [{"filename": a.filename, "content_type": a.content_type,
                                 "text": a.text} for a in self.attachments]}


@dataclass(frozen=True)
class Outcome:
    """What a handler decided. `staff_reason` set: nothing is planned, staff read it."""

    items: tuple[Item, ...] = ()
    replies: tuple[ReplySpec, ...] = ()
    needs_approval: bool = True
    needs_confirmation: bool = False  # destructive: confirm from the address on file first
    staff_reason: str | None = None
    subject_refs: tuple[str, ...] = field(default=())


class Handler(Protocol):
    intent: Intent

    def plan(self, facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
        """What would be done for this request; pure, no I/O."""
        ...
