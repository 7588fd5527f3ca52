"""The words the case machinery speaks: intents, case and plan statuses, plan item actions."""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    """What a message asks for (contracts §2). Order is the order handlers run in:
    access first, so that data still exist to be copied before an erasure (gdpr-dk §4.9)."""

    ACCESS = "access"
    PORTABILITY = "portability"
    RECTIFICATION = "rectification"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    ERASURE = "erasure"
    CONTACT_LEFT = "contact_left"


INTENT_ORDER: tuple[Intent, ...] = tuple(Intent)


class CaseStatus(StrEnum):
    RECEIVED = "received"
    TRIAGE = "triage"  # waits for a person to read it
    OPEN = "open"  # the runner plans it
    AWAITING_VERIFICATION = "awaiting_verification"  # waits for the address on file
    AWAITING_APPROVAL = "awaiting_approval"  # a plan waits for staff
    EXECUTING = "executing"  # the runner carries out the approved plan
    ANSWERED = "answered"  # the requester has had the final reply
    FAILED = "failed"
    CLOSED = "closed"


class PlanStatus(StrEnum):
    PENDING = "pending"  # waits for staff
    APPROVED = "approved"  # by staff, or by rule when no approval is needed
    REJECTED = "rejected"
    SUPERSEDED = "superseded"  # the register changed: a newer version replaced it
    EXECUTED = "executed"


class ItemAction(StrEnum):
    """What one plan item does (contracts §5)."""

    SEND = "send"  # disclose: part of an extract sent to the person
    DELETE = "delete"  # hard delete of the row
    KEEP = "keep"  # kept under a hold until a date, restricted meanwhile
    RESTRICT = "restrict"  # art. 18: stored only
    UPDATE = "update"  # set one field (rectification, clearing a field)
    NOTIFY = "notify"  # tell someone (the reporter of a departure, a recipient)


class RecordKind(StrEnum):
    """Which register (or bot) table a plan item points at."""

    CUSTOMER = "customer"
    OWNER = "owner"
    CONTACT = "contact"
    JOB = "job"
    INVOICE = "invoice"
    QUALITY_CHECK = "quality_check"
    LEAD = "lead"
    SUPPRESSION = "suppression"  # the opt-out list: an address never to market to again
    REQUEST_LOG = "request_log"  # the bot's own records of the person's requests
    MESSAGE = "message"  # a reply or notice


class HoldReason(StrEnum):
    BOOKKEEPING = "bookkeeping"  # art. 17(3)(b) + bogføringsloven § 12
    ONGOING_JOB = "ongoing_job"  # the contract is still running (art. 6(1)(b))
    CLAIMS = "claims"  # art. 17(3)(e), set by staff with an end date
    RESTRICTION = "restriction"  # art. 18, on request or pending an objection
