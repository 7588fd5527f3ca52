"""Plan the deletion of contact persons who have left a customer (gdpr-dk.md §4.3).

CL Smed's notice says a contact person is deleted as soon as the firm learns that the
person no longer works at the customer. A notice counts when it comes from someone at
that same customer (their address on file there, or the customer's own mail domain),
from the departed person themselves, or as an auto-reply saying the person left. The
departed person is looked for among the contacts of the reporter's own customers only:
never a namesake at another customer, never a lead or an owner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.normalize import normalize_email
from bot.outbound.replies import greeting_name
from bot.register.names import find_person, name_matches
from bot.register.snapshot import PersonRec, Role, Snapshot
from handlers.contract import CaseFacts, Departure, Item, Outcome, ReplySpec, Settings

WHAT = "contact person record (name, title, phone, e-mail)"
REASON = "left the customer (CL Smed notice: contact persons are deleted when they leave)"
NOT_TIED = "reporter not tied to the customer"
NOBODY = "the message names nobody who left"
_UNMATCHED = "no contact at the reporter's customer matches"
MIXED = "the sender reports both themselves and other persons as departed"


@dataclass(frozen=True)
class _Found:
    """The contact rows one departure denotes, or why it denotes none for sure."""

    rows: tuple[PersonRec, ...] = ()
    problem: str | None = None


def _key(person: PersonRec) -> str:
    return f"{person.customer_ref or ''}/{person.ref}"


def _pool(snapshot: Snapshot) -> tuple[PersonRec, ...]:
    """The contacts a departure may denote: at the reporter's workplaces, and the
    reporter's own contact rows (a person reporting their own departure)."""
    people = [c for w in snapshot.workplaces for c in w.contacts]
    rows = {_key(p): p for p in (*people, *snapshot.roles) if p.role is Role.CONTACT}
    return tuple(rows[k] for k in sorted(rows))


def _by_email(email: str, pool: Sequence[PersonRec]) -> _Found | None:
    rows = tuple(p for p in pool if p.email and normalize_email(p.email) == email)
    if not rows:
        return None
    if len({p.customer_ref for p in rows}) > 1:
        # One mailbox on file at two customers: which one the person left is for staff.
        refs = ", ".join(p.ref for p in rows)
        return _Found(problem=f"the e-mail matches contacts at several customers ({refs})")
    return _Found(rows)


def _by_name(name: str, pool: Sequence[PersonRec]) -> _Found:
    # find_person also makes a first name alone count only when it is unique in the pool.
    match = find_person(name, [(_key(p), p.name) for p in pool])
    if match.ambiguous:
        refs = ", ".join(p.ref for p in pool if p.name and name_matches(name, p.name))
        return _Found(problem=f"several contacts at the customer match the name ({refs})")
    rows = tuple(p for p in pool if _key(p) == match.ref)
    return _Found(rows) if rows else _Found(problem=_UNMATCHED)


def _find(departure: Departure, pool: Sequence[PersonRec]) -> _Found:
    """E-mail first (exact), then the name as written."""
    email = normalize_email(departure.email)
    found = _by_email(email, pool) if email else None
    if found is not None:
        return found
    if departure.name:
        return _by_name(departure.name, pool)
    return _Found(problem=_UNMATCHED)


def _own_addresses(facts: CaseFacts, snapshot: Snapshot) -> frozenset[str]:
    """The sender's address, and the address on file that confirmed the case (the
    snapshot's): a departed person may write from a private address and then verify."""
    found = (normalize_email(facts.requester_email), normalize_email(snapshot.address))
    return frozenset(a for a in found if a)


def _is_self(departure: Departure, found: _Found, own: frozenset[str]) -> bool:
    """Does this departure denote the sender: their address, or their own contact row?"""
    if normalize_email(departure.email) in own:
        return True
    return bool(found.rows) and all(normalize_email(p.email) in own for p in found.rows)


def _problems(found: Sequence[_Found]) -> str | None:
    total = len(found)
    problems = [f"departed person {n} of {total}: {f.problem}"
                for n, f in enumerate(found, start=1) if f.problem]
    return "; ".join(problems) or None


def _staff_reason(facts: CaseFacts, snapshot: Snapshot, found: Sequence[_Found],
                  selves: Sequence[bool]) -> str | None:
    """Why a person must read this notice instead, or None when it can be planned."""
    if not found:
        return NOBODY
    if not snapshot.workplaces and not all(selves):
        return NOT_TIED
    problems = _problems(found)
    if problems:
        return problems
    if any(selves) and not all(selves) and not facts.auto:
        return MIXED
    return None


PROTECTING = ("restriction", "claims")


def _held(snapshot: Snapshot, person: PersonRec, facts: CaseFacts) -> bool:
    covers = {("contact", person.ref), ("customer", person.customer_ref)}
    return any(h.reason in PROTECTING and h.customer_ref == person.customer_ref
               and (h.kind, h.ref) in covers and (h.until is None or h.until >= facts.today)
               for h in snapshot.holds)


def _rows(found: Sequence[_Found]) -> tuple[PersonRec, ...]:
    rows = {_key(p): p for f in found for p in f.rows}
    return tuple(rows.values())


def _delete(person: PersonRec) -> Item:
    return Item(ItemAction.DELETE, RecordKind.CONTACT, person.ref, WHAT, REASON,
                customer_ref=person.customer_ref)


def _written_names(facts: CaseFacts, found: Sequence[_Found]) -> tuple[list[str], int]:
    """One name per departed person (several departures may denote one row), as the
    reporter wrote it; none at all unless every person has a plain written name."""
    names: dict[tuple[str, ...], str | None] = {}
    for departure, f in zip(facts.departed, found, strict=True):
        person = tuple(_key(p) for p in f.rows)
        names[person] = names.get(person) or greeting_name(departure.name)
    plain = [n for n in names.values() if n]
    return (plain if len(plain) == len(names) else []), len(names)


def _reply(facts: CaseFacts, found: Sequence[_Found], self_report: bool) -> ReplySpec:
    # Only the names as the reporter wrote them: nothing from the register goes back.
    names, count = _written_names(facts, found)
    return ReplySpec("contact_left", {"self_report": self_report,
                                      "names": [] if self_report else names, "count": count})


class ContactLeftHandler:
    intent: Intent = Intent.CONTACT_LEFT

    def plan(self, facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
        pool = _pool(snapshot)
        found = [_find(d, pool) for d in facts.departed]
        own = _own_addresses(facts, snapshot)
        selves = [_is_self(d, f, own) for d, f in zip(facts.departed, found, strict=True)]
        reason = _staff_reason(facts, snapshot, found, selves)
        if reason is not None:
            return Outcome(staff_reason=reason)
        rows = _rows(found)
        held = [p.ref for p in rows if _held(snapshot, p, facts)]
        if held:  # a restriction or a claim: a person lifts it first, never a notice
            return Outcome(staff_reason=f"contact {', '.join(held)} is under a hold")
        # The departed person's own word is their own request (§4.3 step 5): confirm it
        # from the address on file unless the sender is already trusted.
        self_report = all(selves) and not facts.auto
        # An auto-reply is no one to answer (§4.3 step 1): staff approve, nobody is told.
        replies = () if facts.auto else (_reply(facts, found, self_report),)
        return Outcome(
            items=tuple(_delete(p) for p in rows), replies=replies, needs_approval=True,
            needs_confirmation=self_report and not facts.trusted,
            subject_refs=tuple(dict.fromkeys(p.ref for p in rows)),
        )


HANDLER = ContactLeftHandler()
