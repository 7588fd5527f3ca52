"""The database tables: the customer register, intake, cases, the staff queue, outbox, audit."""

from __future__ import annotations

from datetime import UTC, datetime
from datetime import date as Date
from typing import Any

from sqlalchemy import JSON, Column, DateTime, LargeBinary, TypeDecorator, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC, so SQLite and PostgreSQL behave alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_column(*, nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


def json_column() -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=True))


# --- the customer register -------------------------------------------------------------


class Customer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(index=True, unique=True)
    kind: str  # "company" | "person" (R-DK-03: rights apply to natural persons only)
    name: str | None = None
    cvr: str | None = None
    address: str | None = None
    phone: str | None = None
    phone_e164: str | None = Field(default=None, index=True)
    email: str | None = None
    email_norm: str | None = Field(default=None, index=True)


class Owner(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("customer_id", "ref"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    ref: str = Field(index=True)
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    phone_e164: str | None = Field(default=None, index=True)
    email: str | None = None
    email_norm: str | None = Field(default=None, index=True)


class Contact(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("customer_id", "ref"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    ref: str = Field(index=True)
    name: str | None = None
    title: str | None = None
    phone: str | None = None
    phone_e164: str | None = Field(default=None, index=True)
    email: str | None = None
    email_norm: str | None = Field(default=None, index=True)
    employed: bool = True
    left_on: Date | None = None


class Job(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("customer_id", "ref"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    ref: str = Field(index=True)
    title: str | None = None
    started: Date | None = None
    completed: Date | None = None


class Invoice(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="job.id", index=True)
    number: str = Field(index=True, unique=True)
    date: Date | None = None
    amount_dkk: float | None = None


class QualityCheck(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="job.id", index=True)
    date: Date | None = None
    result: str | None = None
    notes: str | None = None


class Lead(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(index=True, unique=True)
    name: str | None = None
    company: str | None = None
    email: str | None = None
    email_norm: str | None = Field(default=None, index=True)
    phone: str | None = None
    phone_e164: str | None = Field(default=None, index=True)
    created: Date | None = None


# --- intake, cases, queue, outbox, audit --------------------------------------------


class Inbound(SQLModel, table=True):
    """One received message, stored raw before it is acknowledged to the sender's server."""

    id: int | None = Field(default=None, primary_key=True)
    channel: str  # "smtp" | "imap" | "webhook"
    received_at: datetime = utc_column(nullable=False, index=True)
    mail_from: str | None = None
    rcpt_to: list[str] | None = json_column()
    peer: str | None = None
    message_id: str | None = Field(default=None, index=True)
    content_sha256: str = Field(index=True, unique=True)
    size: int = 0
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    status: str = Field(default="received", index=True)
    error: str | None = None
    attempts: int = 0
    lease_until: datetime | None = utc_column()  # while a worker holds it ("processing")
    purged_at: datetime | None = utc_column()  # raw bytes removed (erasure, or old)
    case_id: int | None = Field(default=None, foreign_key="dsr_case.id", index=True)
    processed_at: datetime | None = utc_column()


class Case(SQLModel, table=True):
    __tablename__ = "dsr_case"  # "case" is an SQL keyword

    id: int | None = Field(default=None, primary_key=True)
    ref: str | None = Field(default=None, index=True, unique=True)
    status: str = Field(index=True)
    channel: str
    language: str = "da"
    intents: list[str] | None = json_column()
    confidence: float = 0.0
    evidence: list[dict[str, str]] | None = json_column()
    flags: list[str] | None = json_column()
    requester_email: str | None = None
    requester_email_norm: str | None = Field(default=None, index=True)
    requester_name: str | None = None
    subject: str | None = None
    request_message_id: str | None = Field(default=None, index=True)
    request_references: str | None = None
    forwarded_by: str | None = None  # staff address that forwarded the request to us
    received_at: datetime = utc_column(nullable=False, index=True)
    due_at: Date
    extended_due_at: Date | None = None
    created_at: datetime = utc_column(nullable=False)
    updated_at: datetime = utc_column(nullable=False)
    closed_at: datetime | None = utc_column()
    # Who the case is about, once identified: register refs, never names.
    subject_refs: list[str] | None = json_column()
    # Our own mail server vouched for the From address (dkim/dmarc pass).
    sender_authenticated: bool = False
    # The address on file that a verification or confirmation mail went to, and when
    # the answer from it arrived: only then does a destructive plan go ahead.
    verify_address: str | None = None
    verified_at: datetime | None = utc_column()
    # Only a reply to this very mail (its Message-ID is random and went only to the
    # address on file) confirms; a reply to the acknowledgement would not do.
    verify_message_id: str | None = None
    # The case runner's claim, like an inbound message's (see bot/cases/runner.py).
    lease_until: datetime | None = utc_column()
    run_attempts: int = 0
    run_error: str | None = None
    # Deadlines (R-DL-02, R-DL-03): the extension and the staff reminders sent.
    extension_reason: str | None = None
    extension_notice_at: datetime | None = utc_column()
    reminders_sent: list[int] | None = json_column()  # days after receipt, e.g. [14, 21]
    # After the requester's erasure their address, name and words are gone from the case;
    # the pseudonym (a keyed hash) still ties the request log together (§6).
    requester_pseudonym: str | None = Field(default=None, index=True)
    scrubbed_at: datetime | None = utc_column()


class Plan(SQLModel, table=True):
    """What the bot will do for a case (or a sweep), approved or rejected as a whole.

    A new version supersedes the old one whenever the register changed under it, so
    staff always approve the plan that will actually run; `digest` pins that plan.
    """

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="dsr_case.id", index=True)
    kind: str  # the intents it serves, e.g. "access+erasure", or "sweep"
    version: int = 1
    digest: str
    status: str = Field(default="pending", index=True)
    needs_approval: bool = True
    subject_refs: list[str] | None = json_column()
    # Rendered later, exactly as approved: template names and their contexts.
    replies: list[dict[str, Any]] | None = json_column()
    created_at: datetime = utc_column(nullable=False)
    decided_at: datetime | None = utc_column()
    decided_by: str | None = None
    reason: str | None = None
    executed_at: datetime | None = utc_column()


class PlanItem(SQLModel, table=True):
    """One step of a plan; `done_at` makes a resumed execution skip what already ran."""

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    seq: int
    action: str  # ItemAction
    kind: str  # RecordKind
    ref: str
    customer_ref: str | None = None
    what: str
    reason: str
    until: Date | None = None
    field: str | None = None  # for "update": which field, and its new value
    value: str | None = None
    done_at: datetime | None = utc_column()


class Hold(SQLModel, table=True):
    """A register row kept (and restricted to storage) for a reason, until a date."""

    __table_args__ = (UniqueConstraint("kind", "customer_ref", "ref", "reason"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True)
    customer_ref: str | None = Field(default=None, index=True)
    ref: str = Field(index=True)
    reason: str
    until: Date | None = None  # None: until a person lifts it (ongoing job, restriction)
    set_by: str  # "rule" or "staff:<name>"
    case_id: int | None = None
    created_at: datetime = utc_column(nullable=False)


class Suppression(SQLModel, table=True):
    """An address that opted out of marketing; only a hash of it, kept so that no later
    import or list re-subscribes it (R-OB-01)."""

    id: int | None = Field(default=None, primary_key=True)
    address_hash: str = Field(index=True, unique=True)
    created_at: datetime = utc_column(nullable=False)


class Outbox(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="dsr_case.id", index=True)
    kind: str
    template: str
    message_id: str = Field(index=True, unique=True)
    to_addr: str
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    status: str = Field(default="queued", index=True)
    attempts: int = 0
    next_attempt_at: datetime = utc_column(nullable=False, index=True)
    lease_token: str | None = None  # set while one sender is delivering it
    last_error: str | None = None
    created_at: datetime = utc_column(nullable=False)
    sent_at: datetime | None = utc_column()
    purged_at: datetime | None = utc_column()  # body removed once delivered


class AuditEvent(SQLModel, table=True):
    """One transition or decision; details hold register refs and ids, never personal data.

    Append-only and hash-chained (bot/cases/audit.py): `hash` covers the previous event's
    hash and this event's fields, with the details by their digest, so that details can
    be scrubbed after an erasure and the chain still verifies.
    """

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = utc_column(nullable=False, index=True)
    case_id: int | None = Field(default=None, index=True)
    actor: str
    event: str = Field(index=True)
    from_status: str | None = None
    to_status: str | None = None
    details: dict[str, Any] | None = json_column()
    seq: int | None = Field(default=None, index=True, unique=True)
    details_digest: str | None = None
    prev_hash: str | None = None
    hash: str | None = None
    scrubbed: bool = False


class AuditHead(SQLModel, table=True):
    """The chain's last event, kept apart so that cutting events off the end is seen."""

    id: int | None = Field(default=None, primary_key=True)
    seq: int
    hash: str


class Art19Notice(SQLModel, table=True):
    """A recipient told of an erasure, rectification or restriction (art. 19, R-NT-02)."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, index=True)
    plan_id: int | None = Field(default=None, index=True)
    recipient: str  # the recipient's name as configured (a firm, not a person)
    address: str | None = None  # where the notice went, when by mail
    what: str  # "erasure" | "rectification" | "restriction"
    at: datetime = utc_column(nullable=False)
    outbox_id: int | None = None


class ImapState(SQLModel, table=True):
    """How far the IMAP intake has read a folder: its UIDVALIDITY and the last UID seen."""

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(index=True, unique=True)  # "user@host/folder"
    uidvalidity: int | None = None
    last_uid: int = 0
    updated_at: datetime = utc_column(nullable=False)


class StaffUser(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    password_hash: str
    created_at: datetime = utc_column(nullable=False)


class ClassifierCorrection(SQLModel, table=True):
    """A staff correction of the classifier's reading, kept to become a new test case."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="dsr_case.id", index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound.id")
    intents_before: list[str] | None = json_column()
    intents_after: list[str] | None = json_column()
    corrected_by: str
    at: datetime = utc_column(nullable=False)
