"""Decide what a parsed message asks for and who is asking: forwards, replies, machine mail.

Who counts as staff, which address is our own and which mail servers we trust come from
the caller's ReadingContext (built from the configuration); DEFAULT_CONTEXT is the
default configuration's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from bot.reading.authresults import from_is_authenticated
from bot.reading.classify import (
    EMAIL,
    WEB_FORM,
    Classification,
    Departed,
    Evidence,
    classify,
    fold,
)
from bot.reading.context import DEFAULT_CONTEXT, ReadingContext
from bot.reading.lexicon import common
from bot.reading.message import (
    Forwarded,
    ParsedMessage,
    is_reply_subject,
    parse_message,
    quoted_own_words,
    strip_subject_prefixes,
)
from bot.reading.spam import looks_like_spam


@dataclass(frozen=True)
class Understanding:
    parsed: ParsedMessage
    classification: Classification
    requester_email: str | None
    requester_name: str | None
    forwarded_by: str | None  # the staff member who forwarded the request, if any
    # When a staff forward shows when the firm first received the request (R-IN-01).
    first_received_at: datetime | None = None
    # Whether our own mail server vouched for the forwarding colleague's From address;
    # anyone can write a colleague's "From:" line above a made-up "forwarded" request.
    forward_authenticated: bool = False
    # The person was read from a colleague's note of a call or a chat, or from our web
    # form's notice, not from a mail they sent: staff confirm who asked before anyone is
    # written to (cases.inbound), for a note may name a lawyer, a supplier or a second caller.
    relayed: bool = False

    @property
    def auto(self) -> bool:
        return self.parsed.auto


def _is_staff(address: str | None, own_domains: frozenset[str]) -> bool:
    return bool(address) and address.rsplit("@", 1)[-1] in own_domains  # type: ignore[union-attr]


def _subject_for_classifier(subject: str) -> str:
    # A reply's subject is usually the earlier message's ("SV: Svar på anmodning om
    # indsigt"); it says nothing about what the sender now wants ("Tak, fint").
    return "" if is_reply_subject(subject) else strip_subject_prefixes(subject)


def _replied_topic(subject: str) -> str:
    # ... but what "them" points back to: "Re: Forårstilbud" + "Nej tak til flere af de her"
    return strip_subject_prefixes(subject) if is_reply_subject(subject) else ""


_NAMED_ADDRESS = re.compile(r"([^<>\n,:;\"]{2,60}?)\s*<([^<>\s@]+@[^<>\s]+)>")
# in the sender's own words a full name stands right before its address: "går stadig til
# Peter Damgaard (pd@...), men Peter har ikke været ansat her siden nytår"
_NAME_THEN_ADDRESS = re.compile(
    rf"([A-ZÆØÅÄÖÜ][\w'’-]+(?: [A-ZÆØÅÄÖÜ][\w'’-]+){{1,3}}) *[(<] *({EMAIL.pattern}) *[)>]")


def _named_addresses(parsed: ParsedMessage, own: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Folded display name -> (name as written, address) for every 'Name <address>' in the
    sender's own words and the quoted history, but our own staff's and the sender's
    (neither is who left)."""
    found: dict[str, tuple[str, str]] = {}
    pairs = [*_NAME_THEN_ADDRESS.findall(parsed.own_text),
             *_NAMED_ADDRESS.findall(parsed.quoted_text)]
    for name, address in pairs:
        written = " ".join(name.replace('"', "").split())
        ours = address.rsplit("@", 1)[-1].casefold() in own
        if not ours and address.casefold() != (parsed.sender or "").casefold():
            found.setdefault(written.casefold(), (written, address.casefold()))
    return found


def _in_thread(name: str, addresses: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The thread's person a departed name stands for: the same full name, or a first name
    or surname that only one of them has ("Henrik er stoppet" under "Til: Henrik Lund")."""
    key = " ".join(name.split()).casefold()
    if key in addresses:
        return addresses[key]
    if " " in key:
        return None
    alike = [v for k, v in addresses.items() if key in (k.split()[0], k.split()[-1])]
    return alike[0] if len(alike) == 1 else None


def _with_departed_addresses(result: Classification, parsed: ParsedMessage,
                             own: frozenset[str]) -> Classification:
    """Complete a departed person's address from the thread ("Til: Susanne Beck <sb@…>"),
    so the handler can find the contact on file by e-mail, not by name alone; a first name
    alone gets the full name the thread gives it. Who writes about leaving from a private
    address and signs with the old one ("(formerly tom@northgate...)") is on file by that."""
    result = _with_former_address(result, parsed)
    if not result.departed:  # most mail: no thread addresses to read
        return result
    addresses = _named_addresses(parsed, own)
    result = _with_address_in_thread(result, parsed, addresses)
    if not any(d.name and not d.email for d in result.departed):
        return result
    people = []
    for d in result.departed:
        found = _in_thread(d.name, addresses) if d.name and not d.email else None
        people.append(replace(d, name=found[0], email=found[1]) if found else d)
    return replace(result, departed=_by_address_shape(tuple(people), parsed, own))


def _by_address_shape(people: tuple[Departed, ...], parsed: ParsedMessage,
                      own: frozenset[str]) -> tuple[Departed, ...]:
    """A departed person still without an address is on file by the one address of the
    mail's recipients and quoted history built from their name ("Cc: o.garnier@...", "An:
    Kessler, Matthias <m.kessler@...>", "Til: lf@..." for Lars Friis), if only one is."""
    if all(d.email or not d.name for d in people):
        return people
    sender = (parsed.sender or "").casefold()
    seen = {a.casefold() for a in (*parsed.to, *parsed.cc)}
    seen |= {m.group(0).rstrip(".").casefold() for m in EMAIL.finditer(parsed.quoted_text)}
    pool = [a for a in seen if a != sender and a.rsplit("@", 1)[-1] not in own]
    out = []
    for d in people:
        shaped = [a for a in pool if _names_owner(d, a)] if d.name and not d.email else []
        out.append(replace(d, email=shaped[0]) if len(shaped) == 1 else d)
    return tuple(out)


# "(formerly tom.fairbairn@northgatefab.example.com)", "tidligere: jb@vestbyg.example.dk"
_FORMER_ADDRESS = re.compile(rf"(?i)\b(?:formerly|previously|old address|"
                             rf"tidligere|gammel (?:mail|adresse)|fhv\.|früher|vormals|"
                             rf"tidigare|voorheen)\W{{0,3}}({EMAIL.pattern})")


def _with_former_address(result: Classification, parsed: ParsedMessage) -> Classification:
    sender = (parsed.sender or "").casefold()
    mine = [d for d in result.departed if (d.email or "").casefold() == sender]
    former = _FORMER_ADDRESS.search(f"{parsed.own_text}\n{parsed.signature}")
    if len(mine) != 1 or not sender or not former or not _names_owner(mine[0], former.group(1)):
        return result
    people = tuple(replace(d, email=former.group(1).casefold()) if d in mine else d
                   for d in result.departed)
    return replace(result, departed=people)


def _with_address_in_thread(result: Classification, parsed: ParsedMessage,
                            addresses: dict[str, tuple[str, str]]) -> Classification:
    """Who tells of their own leaving from a private address, over our mail to their work
    address ("To: Chris Moyo <c.moyo@nordhavnsteel...>" quoted below), is on file by that
    one: the thread's only address under their own name, at another domain than the one
    they write from."""
    sender = (parsed.sender or "").casefold()
    mine = [d for d in result.departed if (d.email or "").casefold() == sender and d.name]
    if len(mine) != 1 or not sender:
        return result
    domain, own_key = sender.rsplit("@", 1)[-1], " ".join((mine[0].name or "").split()).casefold()
    # (the thread's names are keyed as own_key is: spaces collapsed, case folded)
    found = {address for key, (_, address) in addresses.items()
             if address.rsplit("@", 1)[-1] != domain and (
                 key == own_key or _names_owner(mine[0], address))}
    if len(found) != 1:
        return result
    people = tuple(replace(d, email=found.pop()) if d in mine else d for d in result.departed)
    return replace(result, departed=people)


def _names_owner(person: Departed, address: str) -> bool:
    """The address is this person's: its local part is their name in one of the usual
    shapes ("tom.fairbairn@", "tfairbairn@", "tf@", "tom@"), not a colleague's ("pb@") nor
    a shared mailbox that merely contains a name ("customerservice@")."""
    words = [fold(w) for w in (person.name or "").split() if w.isalpha()]
    if not words:
        return False
    parts = re.split(r"[._-]", fold(address.split("@", 1)[0]))
    first, last = words[0], words[-1]
    shapes = {first + last, first[0] + last, "".join(w[0] for w in words), first, last}
    return "".join(parts) in shapes or (len(parts) > 1 and all(
        p in words or (len(p) == 1 and p in {w[0] for w in words}) for p in parts))


_BULK_REASONS = ("mailing list", "Precedence: bulk", "Precedence: list", "Precedence: junk",
                 "machine sender", "sent from our own address",
                 # reports and robots about a mail, never a person's word about anyone
                 "feedback report", "challenge-response", "read receipt")


def _is_bulk(parsed: ParsedMessage) -> bool:
    """Machine mail that is not a personal auto-reply or a delivery report."""
    reason = parsed.auto_reason or ""
    return reason.startswith(_BULK_REASONS) and "mailer-daemon" not in reason \
        and "postmaster" not in reason


def _bulk_reading(parsed: ParsedMessage, context: ReadingContext) -> Classification:
    """Newsletters and list mail speak about people in general ("når en kontaktperson er
    fratrådt…") and ask for nothing. A supplier's newsletter may still say its own sales
    manager retires and name the address to stop using: a departure, when every person
    it names comes with an address."""
    result = classify(parsed.own_text, strip_subject_prefixes(parsed.subject), auto=True,
                      sender_name=parsed.sender_name, sender_email=parsed.sender,
                      context=context)
    # (not the list's own address, which an auto-reply's departure falls back to)
    named = result.departed and all(d.name and d.email and d.email != parsed.sender
                                    for d in result.departed)
    if result.intents == ("contact_left",) and named:
        return result
    return _asks_nothing(result, "bulk")


def _asks_nothing(result: Classification, why: str) -> Classification:
    """The reading of a mail that asks for nothing (list mail, spam), flagged with why."""
    return Classification((), result.language, 0.9, (), (), (why,))


def _from_form(parsed: ParsedMessage, result: Classification, own: frozenset[str]) -> bool:
    """A request relayed by a machine (a web form's notification): the person is in
    Reply-To, not in From."""
    asks = set(result.intents) - {"contact_left"}
    reply_to = parsed.reply_to
    return bool(parsed.auto and asks and reply_to and reply_to not in own
                and reply_to != parsed.sender)


def _ours(address: str | None, context: ReadingContext) -> bool:
    return address in context.own_addresses or _is_staff(address, context.own_domains)


def _read_staff_forward(
    parsed: ParsedMessage, forwarded: Forwarded, context: ReadingContext
) -> Understanding:
    """A colleague forwards a customer's request: the customer is the one asking. When the
    forwarded mail asks for nothing (an order, a payment notice), the colleague's note may
    relay what the customer said on the phone ("Han ringede ... og bad samtidig om at vi
    sletter hans mobilnummer"); it is read with the mail then."""
    subject = _subject_for_classifier(forwarded.subject or "")
    result = classify(forwarded.text, subject, sender_name=forwarded.sender_name,
                      sender_email=forwarded.sender, context=context)
    note = parsed.own_text.strip()
    if not result.intents and note:
        # (no sender: the note's "jeg" is our colleague, never the customer, never who left)
        result = classify(f"{note}\n\n{forwarded.text}", subject, context=context)
    result = _with_departed_addresses(result, parsed, context.own_domains)
    if result.intents and looks_like_spam(_as_received(parsed, forwarded)) is not None:
        # "Den her kom i nat. Det ligner phishing ...": a colleague asks whether the
        # forwarded mail is real; a phisher's "sletning af din konto" asks for nothing
        result = _asks_nothing(result, "spam")
    return Understanding(parsed, result, forwarded.sender, forwarded.sender_name,
                         parsed.sender, forwarded.date, _vouched(parsed, context))


def _vouched(parsed: ParsedMessage, context: ReadingContext) -> bool:
    """Our own mail server vouched for the colleague's From address (a forward or a note)."""
    return from_is_authenticated(
        parsed.sender, parsed.authentication_results, context.trusted_authserv_ids)


def _as_received(parsed: ParsedMessage, forwarded: Forwarded) -> ParsedMessage:
    """The forwarded mail as it reached the colleague, for the spam checks."""
    return replace(parsed, subject=forwarded.subject or "", own_text=forwarded.text,
                   sender=forwarded.sender, sender_name=forwarded.sender_name,
                   reply_to=None, signature="")


_FORM_FIELD = re.compile(r"^[ \t]*(navn|name|fulde navn|full name|e-?mail|e-?mail ?adresse|"
                         r"email address)[ \t]*:[ \t]*(.+?)[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _form_sender(forwarded: Forwarded) -> Forwarded | None:
    """Our own web form's notice, forwarded by a colleague: the person is who the form
    names ("Navn: Ulla Brandt / E-mail: ulla@..."), not the form's no-reply address."""
    if not WEB_FORM.search(fold(f"{forwarded.subject or ''}\n{forwarded.text[:3000]}")):
        return None
    fields: dict[str, str] = {}
    for match in _FORM_FIELD.finditer(forwarded.text):
        fields.setdefault("email" if "mail" in match.group(1).lower() else "name", match.group(2))
    address = EMAIL.search(fields.get("email", ""))
    if address is None:
        return None
    return replace(forwarded, sender=address.group(0).lower(), sender_name=fields.get("name"))


def _own_words(parsed: ParsedMessage, context: ReadingContext) -> str:
    """The sender's own text, with what they forwarded."""
    text, forwarded = parsed.own_text, parsed.forwarded
    if forwarded and not _ours(forwarded.sender, context):
        # Someone forwards their own earlier mail ("Fwd: no answer yet"): it is still theirs.
        text = f"{text}\n\n{forwarded.text}".strip()
    return text


def _classify_words(parsed: ParsedMessage, context: ReadingContext, words: str) -> Classification:
    return classify(
        words, _subject_for_classifier(parsed.subject), auto=parsed.auto,
        sender_name=parsed.sender_name, sender_email=parsed.sender, context=context,
        topic=_replied_topic(parsed.subject),
    )


def _not_told_again(parsed: ParsedMessage, context: ReadingContext, own: str,
                    result: Classification) -> Classification:
    """A departure the sender told in the earlier mail they quote ("Bent Kjær er gået på
    pension", then "Her kommer så den første ordre fra mig") is not told again: read without
    it (``own``: the words without that mail). A request quoted under a reminder is asked
    again; a fact told once is not."""
    if "contact_left" in _classify_words(parsed, context, own).intents:
        return result
    return _without_departure(result)


_YES = re.compile(common.YES)
_WITHDRAWN = re.compile(common.WITHDRAWN)
_STILL_ASKED = re.compile(common.STILL_ASKED)
_DENIED = re.compile(common.WITHDRAWAL_DENIED)


def _withdraws(own: str) -> bool:
    """The new text takes back the sender's own request quoted below it."""
    text = fold(own)
    if _STILL_ASKED.search(text):
        return False
    return any(not _DENIED.search(text, max(0, m.start() - 30), m.start())
               for m in _WITHDRAWN.finditer(text))
_NO = re.compile(common.NO)
_OFFERS = {intent: re.compile("|".join(f"(?:{p})" for p in patterns))
           for intent, patterns in common.OFFERS.items()}
_QUESTION = re.compile(r"[^.!?\n]*(?:\n(?!\s*\n)[^.!?\n]*)*\?")  # one sentence, up to its "?"


def _yes_to_our_offer(parsed: ParsedMessage, context: ReadingContext,
                      result: Classification) -> Classification:
    """ "ja tak" under the firm's own "Vil du have en kopi af de oplysninger, vi har om
    dig?": the answer asks for what the firm's last question offered. Only a short yes,
    and only under a quoted mail from the firm (its address or domain stands in it)."""
    own = fold(parsed.own_text).strip()
    if not _YES.match(own) or _NO.search(own) or len(own.split()) > 8:
        return result
    quoted = fold(" ".join(parsed.quoted_text.replace(">", " ").split()))
    if not any(domain in quoted for domain in context.own_domains):
        return result
    questions = list(_QUESTION.finditer(quoted))
    if not questions:
        return result
    last = questions[-1]
    offered = sorted(i for i, rx in _OFFERS.items() if rx.search(last.group()))
    if not offered:  # the sentence before may name what "den" is ("... vores sms-liste.")
        start = quoted.rfind(".", 0, max(0, quoted.rfind(".", 0, last.start()))) + 1
        asked = quoted[max(start, last.start() - 300):last.end()]
        offered = sorted(i for i, rx in _OFFERS.items() if rx.search(asked))
    if not offered:
        return result
    said = parsed.own_text.strip().splitlines()[0]
    return replace(result, intents=tuple(offered), confidence=0.6,
                   evidence=tuple(Evidence(i, said) for i in offered))


_ALL_STAFF = re.compile(r"(?i)^\W*(?:hej|hi|hello|kære|dear|godmorgen|good morning)\W+(?:alle|all|"
                        r"everyone|everybody|alle ?sammen|allesammen|kolleger|colleagues)\b")


# (a capital after the preposition: "hos os", "with you" never qualify)
_OUTSIDE_FIRM = re.compile(r"\b(?:hos|ved|fra|at|from|with) [A-ZÆØÅ]\w+|"
                           r"(?:[A-ZÆØÅ][\w&]+ ){1,3}(?:har skrevet|skriver|ringede|har ringet|"
                           r"writes|wrote|called|has written)\b")


def _not_our_own_people(result: Classification, parsed: ParsedMessage,
                        context: ReadingContext) -> Classification:
    """A departure of the firm's own people is no customer's contact leaving: a note to all
    of us ("Hej alle ... går Kaj Overgaard på pension"), or one whose every departed person
    has an address of our own (an HR notice to all, a colleague's farewell)."""
    if "contact_left" in result.intents and _to_all_staff(parsed, context):
        return _without_departure(result)
    if result.departed and all(_ours(d.email, context) for d in result.departed):
        return _without_departure(result)
    return result


def _to_all_staff(parsed: ParsedMessage, context: ReadingContext) -> bool:
    """A colleague's note to everyone at the firm, not a forward, that names no one outside
    it ("Jens Hansen hos Riis Byg er stoppet", "Riis Byg har skrevet at ..." relay a
    customer's news)."""
    text = parsed.own_text
    outside = any(not _ours(m.group(0), context) for m in EMAIL.finditer(text))
    return _is_staff(parsed.sender, context.own_domains) and not parsed.forwarded and bool(
        _ALL_STAFF.match(text)) and not outside and not _OUTSIDE_FIRM.search(text)


def _without_departure(result: Classification) -> Classification:
    """The reading without its departure notice."""
    return replace(result, intents=tuple(i for i in result.intents if i != "contact_left"),
                   departed=(), evidence=tuple(e for e in result.evidence
                                              if e.intent != "contact_left"))


def understand_parsed(
    parsed: ParsedMessage, *, context: ReadingContext = DEFAULT_CONTEXT
) -> Understanding:
    """Classify the sender's own words; a staff forward is read as the forwarded request."""
    forwarded = parsed.forwarded
    if forwarded and _is_staff(parsed.sender, context.own_domains):
        if _ours(forwarded.sender, context):
            forwarded = _form_sender(forwarded)  # a form's notice names the person; else ours
        if forwarded and not _ours(forwarded.sender, context):
            return _read_staff_forward(parsed, forwarded, context)
    if _is_bulk(parsed):
        return Understanding(parsed, _bulk_reading(parsed, context), parsed.sender,
                             parsed.sender_name, None)
    own = _own_words(parsed, context)
    # what they wrote earlier in the thread: a reminder quoting its own request still asks
    earlier = "" if _withdraws(own) else quoted_own_words(parsed.quoted_text, parsed.sender)
    result = _classify_words(parsed, context, f"{own}\n\n{earlier}".strip() if earlier else own)
    if "contact_left" in result.intents and earlier:
        result = _not_told_again(parsed, context, own, result)
    result = _with_departed_addresses(result, parsed, context.own_domains)
    result = _not_our_own_people(result, parsed, context)
    if not result.intents and not parsed.auto:
        result = _yes_to_our_offer(parsed, context, result)
    if result.intents and looks_like_spam(parsed) is not None:
        # A vendor selling GDPR help, or phishing, quotes request words to sell or lure:
        # it asks for nothing (and gets no acknowledgement, see cases.inbound).
        result = _asks_nothing(result, "spam")
    if _from_form(parsed, result, context.own_addresses):
        # The form's display name is the website's, not the person's.
        return Understanding(parsed, result, parsed.reply_to, None, None)
    return _relayed_by_staff(parsed, context, result) or Understanding(
        parsed, result, parsed.sender, parsed.sender_name, None)


def _relayed_by_staff(parsed: ParsedMessage, context: ReadingContext,
                      result: Classification) -> Understanding | None:
    """A colleague's own note of a call, a chat or an SMS, or our web form's notice (no mail
    forwarded): the person is the one address outside the firm the note names ("Ringer:
    Birthe Holm, tlf. ..., mail birthe.holm@post.example.org"), and the case waits for
    staff (`relayed`). A note naming none or two (a caller and their lawyer, a customer and
    our CRM supplier) stays the colleague's own mail: None."""
    if parsed.forwarded or parsed.auto or not _is_staff(parsed.sender, context.own_domains):
        return None  # (our own mail server's bounce names the failed recipient, no person)
    named = {m.group(0).lower() for m in EMAIL.finditer(parsed.own_text)}
    outside = [a for a in named if not _ours(a, context)]
    if len(outside) != 1:
        return None
    return Understanding(parsed, result, outside[0], None, parsed.sender, None,
                         _vouched(parsed, context), relayed=True)


def understand(raw: bytes, *, context: ReadingContext = DEFAULT_CONTEXT) -> Understanding:
    """Parse a raw mail and read it as understand_parsed does."""
    parsed = parse_message(raw, own_addresses=context.own_addresses)
    return understand_parsed(parsed, context=context)
