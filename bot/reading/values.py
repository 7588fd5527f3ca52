"""Read the new contact details a rectification request asks for (gdpr-dk.md §4.4). Pure: no I/O.

Given the sender's own words, find each e-mail address, phone number, postal address, job
title or name that the sender says is *new* or *correct* ("Mit nye telefonnummer er …",
"ret mit nummer fra X til Y", "my name is spelled …"). A value the text calls old, wrong
or unchanged is never returned. The reading is conservative on purpose: when the wording
does not make clear which value is the new one, nothing is returned and the caller sends
the case to staff. Several values for one field are all returned (first name and surname,
or a mail about a colleague); deciding what to do with them is the caller's job. The words
live in bot.reading.lexicon.values; the firm's own name comes from the ReadingContext.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

import phonenumbers

from bot.normalize import normalize_email, normalize_phone
from bot.reading.classify import EMAIL, fold
from bot.reading.context import DEFAULT_CONTEXT, ReadingContext
from bot.reading.lexicon import values as lex

Field = Literal["email", "phone", "address", "title", "name"]

MAX_CHARS = 20_000  # a rectification sits near the top; a pasted log must not stall us
WINDOW = 200  # how far back (characters) a cue may stand from the value it qualifies


@dataclass(frozen=True)
class NewValue:
    field: Field  # which register field the value is for
    value: str  # as the sender wrote it; phones in E.164, e-mail domains lower-cased
    evidence: str  # the words that show it is the new value (for staff)


# --------------------------------------------------------------------------- the text


@dataclass(frozen=True)
class _Doc:
    text: str  # as written
    low: str  # fold(text): same length, so offsets are shared
    starts: tuple[int, ...]  # where each sentence begins
    not_names: frozenset[str]  # words never part of a name (see _not_names)

    def sentence_start(self, pos: int) -> int:
        return max((s for s in self.starts if s <= pos), default=0)


# A sentence ends at . ! ? before a capital letter (not "pr. 1. april", "1. tv.") or a
# blank line; a single line break is only a hard wrap.
_SENTENCE_END = re.compile(
    r"[.!?]+[\"”)]?[ \t\n]+(?=[\"“(]?[A-ZÆØÅÄÖÜ])|[!?]+\s+|\n[ \t]*\n\s*"
    r"|\n[ \t]*(?=(?:\d{1,2}[.)]|[-*•])[ \t])"  # a list item
)


def _document(text: str, context: ReadingContext) -> _Doc:
    starts = (0, *(m.end() for m in _SENTENCE_END.finditer(text)))
    return _Doc(text, fold(text), starts, _not_names(context.firm_words))


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _evidence(doc: _Doc, cue: int, end: int) -> str:
    """The sentence up to the value's end, or from the cue on where the sentence is long."""
    start = doc.sentence_start(cue)
    if end - start > WINDOW:
        start = max(cue, end - WINDOW)
    return _squeeze(doc.text[start:end])


# --------------------------------------------------------------------------- cues

NEW, OLD, FIELD, TO, BUT = "new", "old", "field", "to", "but"


def _any(words: tuple[str, ...]) -> str:
    return "|".join(words)


_CUES = re.compile(
    rf"\b(?:(?P<new>{_any(lex.NEW_CUES)})|(?P<old>{_any(lex.OLD_CUES)})|(?P<to>{_any(lex.TO)})"
    rf"|(?P<but>{_any(lex.BUT)}))\b"
)
# "til"/"to" marks the new value only after a verb of change in the same sentence;
# "men"/"but" only after a negation ("ikke 11 22 33 44, men 22 33 44 55").
_CHANGE_VERB = re.compile(rf"\b(?:{_any(lex.CHANGE_STEMS)})\w*")
_NEGATION = re.compile(rf"\b(?:{_any(lex.NEGATIONS)})\b")

_FIELDS = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{_any(words)})" for name, words in lex.FIELD_WORDS.items())
    + r")\b"
)


@dataclass(frozen=True)
class _Event:
    start: int
    end: int
    kind: str  # NEW, OLD, TO, BUT or FIELD
    field: str = ""  # for FIELD: email, phone, address or other


@dataclass(frozen=True)
class _Found:
    field: Field
    start: int
    end: int
    value: str


def _events(low: str, found: list[_Found]) -> list[_Event]:
    """Cues, field words and the values themselves, by where they end."""
    events = [_Event(m.start(), m.end(), str(m.lastgroup)) for m in _CUES.finditer(low)]
    events += [_Event(m.start(), m.end(), FIELD, str(m.lastgroup)) for m in _FIELDS.finditer(low)]
    events += [_Event(f.start, f.end, FIELD, f.field) for f in found]
    return sorted(events, key=lambda e: e.end)


def _verdict(doc: _Doc, event: _Event, found: _Found, begin: int) -> str | None:
    """NEW or OLD when this event decides the value, None to keep walking back."""
    before = doc.low[begin : event.start]
    if event.kind == TO:
        return NEW if _CHANGE_VERB.search(before) else None
    if event.kind == BUT:
        return NEW if _NEGATION.search(before) else None
    if event.kind == FIELD:  # a field word or another value: one of another field
        return None if event.field == found.field else OLD  # takes the cue before it
    return event.kind


def _cue_for(doc: _Doc, found: _Found, events: list[_Event]) -> int | None:
    """Start of the cue that marks `found` as new, or None (old, or nothing says so).

    Walk back from the value to the start of its sentence: the nearest cue decides, unless
    a word or value of another field comes first ("ny mail: a@b.dk og adressen er …").
    """
    begin = max(doc.sentence_start(found.start), found.start - WINDOW)
    for event in reversed(events):
        if event.end > found.start or event.start < begin:
            continue
        verdict = _verdict(doc, event, found, begin)
        if verdict is not None:
            named = _PERSON.search(doc.text, event.end, found.start)
            return event.start if verdict == NEW and not named else None
    return None


# "Fremover er det Susanne Vinther (sv@…)": a person named between cue and value owns it.
_PERSON = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+[ ]+[A-ZÆØÅ][a-zæøåé]+\b")


_OLD_AFTER = re.compile(lex.OLD_AFTER)


# --------------------------------------------------------------------------- values

_PHONE = re.compile(
    r"(?<![\w+\-/.,])(?:(?:\+|00)\d{1,3}[ -]?)?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){1,5}(?![\w/-]|[.,]\d)"
)
_CPR = re.compile(r"(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[ -]?\d{4}(?!\d)")
_GROUPED = re.compile(r"^(?:\d{2}[ -]){3}\d{2}$|^\d{4}[ -]\d{4}$")

_UP = "A-ZÆØÅÄÖÜÉÈ"
_LO = "a-zæøåäöüéèáíóúñç"
_WORD = rf"[{_UP}][{_LO}{_UP}'’.-]*"
_CITY_WORD = rf"[{_UP}][{_LO}{_UP}'’-]*"
_STOP_START = rf"(?!(?:{_any(lex.NOT_STREETS)})\b)"
_CITY = (
    rf"(?:{_CITY_WORD}[ ]{_CITY_WORD}(?=[ \t]*(?:$|\n|[.,;:!?)(–-]))"
    rf"|{_CITY_WORD}(?:[ ](?:[{_UP}]{{1,2}}|{_any(lex.CITY_QUARTERS)}))?"
    rf"(?=[ \t]*(?:$|\n|[.,;:!?)(–-])|[ \t]+[{_LO}(]))"
)
_DANISH_ADDRESS = re.compile(
    rf"(?<![\w-]){_STOP_START}{_WORD}(?:[ ]{_WORD}){{0,3}}[ ]\d{{1,4}}[A-Za-z]?"
    rf"(?:,?[ ]*(?:\d{{1,2}}\.?|st\.?|kl\.?)[ ]*(?:tv|th|mf|\d{{1,3}})?\.?)?"
    rf"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?:DK-?)?\d{{4}}[ ]{_CITY}"
)
_ENGLISH_ADDRESS = re.compile(
    rf"(?<![\w-])\d{{1,4}}[A-Za-z]?[ ]+(?:{_WORD}[ ]+){{0,3}}(?:{_any(lex.STREET_TYPES)})"
    rf"\b,[ ]*{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}}"
    rf"(?:,?[ ]+[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}})?"
)


def _emails(text: str) -> Iterator[_Found]:
    for match in EMAIL.finditer(text):
        raw = match.group(0).rstrip(".-'")
        local, _, domain = raw.partition("@")
        if normalize_email(raw) is not None and "." in domain:
            value = f"{local}@{domain.lower()}"
            yield _Found("email", match.start(), match.start() + len(raw), value)


def _phone_value(raw: str) -> str | None:
    """E.164 form of a real phone number, or None (too short, invalid, or a CPR number)."""
    digits = re.sub(r"\D", "", raw)
    international = raw.startswith(("+", "00"))
    if not (8 <= len(digits) <= 15) or (not international and len(digits) != 8):
        return None
    value = normalize_phone(raw)
    if value is None or not phonenumbers.is_valid_number(phonenumbers.parse(value)):
        return None
    return value


def _phones(text: str) -> Iterator[_Found]:
    cpr = [m.span() for m in _CPR.finditer(text)]
    for match in _PHONE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in cpr):
            continue  # never read a CPR number (or part of one) as a phone
        value = _phone_value(match.group(0))
        if value is not None:
            yield _Found("phone", match.start(), match.end(), value)


def _addresses(text: str) -> Iterator[_Found]:
    for pattern in (_DANISH_ADDRESS, _ENGLISH_ADDRESS):
        for match in pattern.finditer(text):
            value = re.sub(r"[ \t]*,?[ \t]*\n[ \t]*", ", ", match.group(0))
            yield _Found("address", match.start(), match.end(), _squeeze(value).rstrip(".,"))


def _phone_said(doc: _Doc, found: _Found, cue: int) -> bool:
    """A phone is only read where the text talks about a phone, or writes one as a phone."""
    raw = doc.text[found.start : found.end]
    if raw.startswith(("+", "00")) or _GROUPED.match(raw):
        return True
    begin = min(cue, doc.sentence_start(found.start))
    fields = _FIELDS.finditer(doc.low, begin, found.start)
    return any(m.lastgroup == "phone" for m in fields)


def _contact_values(doc: _Doc) -> Iterator[tuple[int, NewValue]]:
    found = [*_emails(doc.text), *_phones(doc.text), *_addresses(doc.text)]
    events = _events(doc.low, found)
    for item in found:
        cue = _cue_for(doc, item, events)
        if cue is None or _OLD_AFTER.match(doc.low, item.end):
            continue
        if item.field == "phone" and not _phone_said(doc, item, cue):
            continue
        yield item.start, NewValue(item.field, item.value, _evidence(doc, cue, item.end))


# --------------------------------------------------------------------------- titles

_TITLE_CUES = re.compile(r"\b(?:" + _any(lex.TITLE_CUES) + r")\s+")
_TITLE_END = re.compile(r"[.,;:!?()\"“”\n]|\s[–-]\s|\s(?:" + _any(lex.TITLE_STOPS) + r")\b")
_TITLE_NOT = re.compile(rf"(?:{_any(lex.TITLE_DENIALS)})\b")
_TITLE_NOUN = re.compile(_any(lex.TITLE_NOUNS))


def _title_at(doc: _Doc, start: int) -> tuple[int, str] | None:
    """The job title that starts at `start` (up to the first stop), if it is one."""
    start += len(doc.text[start:]) - len(doc.text[start:].lstrip("\"“'"))
    end_match = _TITLE_END.search(doc.text, start, start + 60)
    end = end_match.start() if end_match else min(len(doc.text), start + 60)
    value = _squeeze(doc.text[start:end])
    if not value or len(value.split()) > 6 or re.search(r"\d", value):
        return None
    if _TITLE_NOT.match(fold(value)):
        return None  # "jeg er nu ikke længere indkøbsassistent"
    if not _TITLE_NOUN.search(fold(value)):
        return None
    return end, value


def _titles(doc: _Doc) -> Iterator[tuple[int, NewValue]]:
    for match in _TITLE_CUES.finditer(doc.low):
        title = _title_at(doc, match.end())
        if title is not None:
            end, value = title
            yield match.end(), NewValue("title", value, _evidence(doc, match.start(), end))


# --------------------------------------------------------------------------- names

_NAME_TOKEN = rf"[{_UP}][^\W\d_]*(?:['’-][{_UP}{_LO}][^\W\d_]*)*"
_NAME = re.compile(
    rf"[\"“]?({_NAME_TOKEN}(?:[ ](?:(?:{_any(lex.NAME_PARTICLES)})[ ])?{_NAME_TOKEN})"
    rf"{{0,3}})[\"”]?(?=[ \t]*(?:$|\n|[.,;:!?)(–-])|[ \t]+[{_LO}(\"])"
)
# A cue after which the text gives the right spelling with no doubt.
_NAME_STRONG = re.compile(_any(lex.NAME_STRONG))
# A cue that gives a name only where the text is about a misspelt or changed name.
_NAME_WEAK = re.compile(_any(lex.NAME_WEAK))
_NAME_CONTEXT = re.compile(_any(lex.NAME_CONTEXT))
_CORRECTS_OLD = re.compile(rf"[ \t]*,?[ \t]*\(?(?i:{_any(lex.NEGATIONS)})\s+[\"“]?[A-ZÆØÅ]")


@cache
def _not_names(firm_words: tuple[str, ...]) -> frozenset[str]:
    """Words never part of a name: the lexicon's, and the firm's own name ("Hej CL Smed")."""
    return lex.NOT_NAMES | frozenset(firm_words)


def _name_at(doc: _Doc, start: int) -> tuple[int, str] | None:
    match = _NAME.match(doc.text, start)
    if match is None:
        return None
    value = match.group(1)
    if any(token.lower() in doc.not_names for token in value.split()):
        return None
    return match.end(1), value


def _about_name(doc: _Doc, cue_start: int, value_end: int) -> bool:
    """The text speaks of a misspelt or changed name near this cue, or the value corrects one."""
    before = doc.low[max(0, cue_start - 300) : cue_start]
    after = doc.low[value_end : value_end + 200]
    return bool(_NAME_CONTEXT.search(before) or _NAME_CONTEXT.search(after)
                or _CORRECTS_OLD.match(doc.text, value_end))


def _names(doc: _Doc) -> Iterator[tuple[int, NewValue]]:
    for strong, pattern in ((True, _NAME_STRONG), (False, _NAME_WEAK)):
        for match in pattern.finditer(doc.low):
            name = _name_at(doc, match.end())
            if name is None or not (strong or _about_name(doc, match.start(), name[0])):
                continue
            evidence = _evidence(doc, match.start(), name[0])
            yield match.end(), NewValue("name", name[1], evidence)


# --------------------------------------------------------------------------- entry point


def read_new_values(
    text: str, context: ReadingContext = DEFAULT_CONTEXT
) -> tuple[NewValue, ...]:
    """The new values a rectification request gives, in the order the text gives them.
    ``context`` names the firm, whose name is never read as the sender's."""
    doc = _document(text[:MAX_CHARS], context)
    found = sorted([*_contact_values(doc), *_titles(doc), *_names(doc)], key=lambda p: p[0])
    seen: set[tuple[str, str]] = set()
    result: list[NewValue] = []
    for _, value in found:
        if (value.field, value.value) not in seen:
            seen.add((value.field, value.value))
            result.append(value)
    return tuple(result)
