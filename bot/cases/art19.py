"""Art. 19: tell the configured recipients of an executed erasure, rectification or
restriction, and keep a record of who was told (R-NT-01, R-NT-02).

One rule decides who is told of what (`recipients_told`): the handlers name those
recipients in their replies (art. 19, last sentence) and `notify_recipients` tells them,
so the reply and the notices never disagree. A notice names records by register refs
only, and a rectification's new values: the recipient already holds the rest.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlmodel import Session, select

from bot.cases.kinds import ItemAction, RecordKind
from bot.cases.lifecycle import audit
from bot.cases.plans import plan_items
from bot.config import Config, RecipientConfig
from bot.outbound.outbox import queue_mail
from bot.outbound.render import Renderer, Reply
from bot.store.models import Art19Notice, Case, Plan
from bot.timeutil import utcnow
from handlers.contract import Settings

log = logging.getLogger(__name__)

K = RecordKind
CHANGES = ("erasure", "rectification", "restriction")
# The register's own tables; the opt-out list and the bot's records are nobody's copy.
REGISTER = frozenset({K.CUSTOMER, K.OWNER, K.CONTACT, K.JOB, K.INVOICE, K.QUALITY_CHECK,
                      K.LEAD})
TEMPLATE = "art19_notice"
# The firm's recipients are Danish firms (auditor, IT suppliers, subcontractors).
LANGUAGE = "da"


class ItemLike(Protocol):
    """A plan item as handlers draft it (handlers.contract.Item) or as stored (PlanItem)."""

    @property
    def action(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def ref(self) -> str: ...
    @property
    def customer_ref(self) -> str | None: ...
    @property
    def field(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...


def change_of(item: ItemLike) -> str | None:
    """Which art. 19 change an item makes, if any. Clearing a field erases it; a row kept
    under a restriction hold is restricted; other holds (bookkeeping, claims) are not."""
    if item.kind not in REGISTER:
        return None
    if item.action == ItemAction.DELETE:
        return "erasure"
    if item.action == ItemAction.UPDATE:
        return "rectification" if item.value else "erasure"
    restricted = item.action == ItemAction.RESTRICT or (
        item.action == ItemAction.KEEP and item.field == "restriction")
    return "restriction" if restricted else None


def changes_in(items: Iterable[ItemLike]) -> list[str]:
    found = {change_of(item) for item in items}
    return [c for c in CHANGES if c in found]


def recipients_told(recipients: Iterable[RecipientConfig],
                    items: Iterable[ItemLike]) -> list[tuple[RecipientConfig, list[str]]]:
    """Each recipient told of something in `items`, with the changes it is told of."""
    changes = changes_in(items)
    told = [(r, [c for c in changes if c in r.tells]) for r in recipients]
    return [(r, what) for r, what in told if what]


def told_in_reply(settings: Settings, items: Iterable[ItemLike]) -> dict[str, list[str]]:
    """A reply's `recipients`: who will be told of the changes in `items` (art. 19, last
    sentence). No key when nobody is, so a reply drafted without recipients is unchanged."""
    recipients: Sequence[RecipientConfig] = settings.recipients
    names = [r.name for r, _ in recipients_told(recipients, items)]
    return {"recipients": names} if names else {}


# --- the notice -------------------------------------------------------------------------


def _record(item: ItemLike) -> dict[str, Any]:
    return {"kind": item.kind, "ref": item.ref, "customer_ref": item.customer_ref}


def _erase(items: list[ItemLike]) -> list[dict[str, Any]]:
    """Rows to erase; a row only cleared of some fields lists those fields."""
    rows: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for item in items:
        row = rows.setdefault((item.kind, item.ref, item.customer_ref),
                              {**_record(item), "fields": []})
        if item.action == ItemAction.UPDATE and item.field:
            row["fields"].append(item.field)
    return list(rows.values())


def _rectify(items: list[ItemLike]) -> list[dict[str, Any]]:
    return [{**_record(i), "field": i.field, "value": i.value} for i in items]


def _restrict(items: list[ItemLike]) -> list[dict[str, Any]]:
    return list({(i.kind, i.ref, i.customer_ref): _record(i) for i in items}.values())


def notice_context(items: Sequence[ItemLike], what: Sequence[str], recipient: str,
                   reference: str | None) -> dict[str, Any]:
    """What one recipient is asked to do: only the changes it is told of."""
    of = {c: [i for i in items if change_of(i) == c] for c in CHANGES}
    return {"recipient": recipient, "reference": reference,
            "reason": "request" if reference else "retention",
            "erase": _erase(of["erasure"]) if "erasure" in what else [],
            "rectify": _rectify(of["rectification"]) if "rectification" in what else [],
            "restrict": _restrict(of["restriction"]) if "restriction" in what else []}


def _mail(session: Session, config: Config, renderer: Renderer, case: Case | None,
          plan: Plan, recipient: RecipientConfig, context: dict[str, Any]) -> int | None:
    """Queue the notice to a recipient with an address; the outbox row's id."""
    if not recipient.email:
        return None
    label = case.ref if case is not None and case.ref else f"plan-{plan.id}"
    domain = config.company.privacy_address.rsplit("@", 1)[1]
    message_id = f"<{label}.art19.{secrets.token_hex(6)}@{domain}>"
    msg = renderer.render(Reply(TEMPLATE, LANGUAGE, recipient.email, context), message_id)
    row = queue_mail(session, msg, case_id=case.id if case else None, kind="art19",
                     template=TEMPLATE)
    return row.id


def _record_notices(session: Session, case: Case | None, plan: Plan,
                    recipient: RecipientConfig, what: list[str],
                    outbox_id: int | None) -> list[Art19Notice]:
    rows = [Art19Notice(case_id=case.id if case else None, plan_id=plan.id,
                        recipient=recipient.name, address=recipient.email or None, what=w,
                        at=utcnow(), outbox_id=outbox_id) for w in what]
    session.add_all(rows)
    return rows


def _already_told(session: Session, plan: Plan) -> bool:
    return session.exec(select(Art19Notice.id).where(
        Art19Notice.plan_id == plan.id)).first() is not None


def notify_recipients(session: Session, config: Config, renderer: Renderer, case: Case | None,
                      plan: Plan) -> int:
    """Record (and mail, where configured) the notices an executed plan calls for;
    returns how many notices were recorded."""
    if plan.id is None or not config.recipients or _already_told(session, plan):
        return 0
    items = plan_items(session, plan.id)
    reference = case.ref if case is not None else None
    notices: list[Art19Notice] = []
    for recipient, what in recipients_told(config.recipients, items):
        context = notice_context(items, what, recipient.name, reference)
        outbox_id = _mail(session, config, renderer, case, plan, recipient, context)
        notices += _record_notices(session, case, plan, recipient, what, outbox_id)
    if notices:
        _log(session, case, plan, notices)
    return len(notices)


def _log(session: Session, case: Case | None, plan: Plan, notices: list[Art19Notice]) -> None:
    """R-NT-02: provable in the audit chain; names stay in the notice rows."""
    session.flush()
    by_staff = sum(1 for n in notices if n.address is None)
    if by_staff:  # no address configured: a person must pass the notice on
        log.info("plan %s: %d art. 19 notice(s) for staff to pass on", plan.id, by_staff)
    audit(session, "art19.notified", actor="runner", case_id=case.id if case else None,
          details={"plan_id": plan.id, "notices": [n.id for n in notices],
                   "what": sorted({n.what for n in notices}), "by_staff": by_staff})
