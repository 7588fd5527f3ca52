"""The shape of one language's request vocabulary: plain data, compiled by bot.reading.classify."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

# How much one phrase alone says about an intent. A STRONG phrase is an explicit request
# ("slet mine oplysninger"); MEDIUM names the right or a clear wish ("ret til indsigt");
# WEAK is only a hint (a heading, a consent withdrawal inside a conditional sentence) and
# decides nothing when a stronger phrase for any intent is present.
STRONG = 1.0
MEDIUM = 0.7
WEAK = 0.35

# Tags a cue can carry; bot.reading.classify reads them.
CONSENT = "consent"  # a consent withdrawal: only a hint when the sentence is conditional
MARKETING = "marketing"  # an opt-out from marketing: sets the marketing_optout flag
THIRD = "third_person"  # about someone else ("slet hans oplysninger")
PERSON = "person_subject"  # contact_left: the grammatical subject must be a person
SELF = "self"  # contact_left said by the person who left ("jeg er stoppet")
MAILBOX = "mailbox"  # contact_left said by an auto-reply about the mailbox itself
BARE = "bare"  # an objection word with no object: staff must look ("jeg gør indsigelse")
TEMPORARY = "temporary"  # "don't use my data" + "until ..." is restriction, not objection
ELLIPTIC = "elliptic"  # contact_left whose subject opens the sentence ("Jeg ..., men er stoppet")
ANAPHOR = "anaphor"  # "slet dem": counts only after the sender's data is named
INVERTED = "inverted"  # contact_left with the name inside the phrase ("er Jens stoppet")
# contact_left with the firm as subject and who left after it ("vi har skilt os af med X")
OBJECT = "object_person"
SEND = "send"  # "send me my data": access, unless the same sentence says it is to move them
KEEP = "keep"  # "but don't delete them": a nearby "don't use my data" then means restriction
# a wish only a private person makes of their own data: in a firm's mail ("Mvh indkøber,
# Nordbyg A/S") the same words ask for the firm's business papers ("mine tilbud i et regneark")
PRIVATE = "private"


class Cue(NamedTuple):
    """One phrase pattern: what it signals, how strongly, and how to read its context.

    ``pattern`` is a regular expression over lower-cased, accent-folded text (see
    bot.reading.classify): write it in lower case with ordinary letters; a single space stands
    for any run of white space, ``{name}`` inserts a macro of the language, and æ/ø/å
    also match their ASCII spellings (ae/oe/aa, e/o/a).
    """

    intent: str
    pattern: str
    weight: float = STRONG
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Everything the classifier knows about one language."""

    code: str  # ISO 639-1
    profile: tuple[str, ...]  # frequent words, for language detection
    cues: tuple[Cue, ...]
    macros: Mapping[str, str] = field(default_factory=dict)
    # Words that open a hypothetical clause ("if", "hvis"): a request phrase after one,
    # in the same clause, is not a request.
    conditionals: tuple[str, ...] = ()
    # Where the conditional word only makes a request polite ("if you could send me ..."):
    # the phrase after it is asked for.
    polite_ifs: tuple[str, ...] = ()
    # Negation words, checked just before a phrase and right after it ("slet dem ikke").
    negations: tuple[str, ...] = ()
    # Words that turn a complaint into a mere threat ("I reserve the right to complain").
    hedges: tuple[str, ...] = ()
    # contact_left: moved within the firm, on leave, or "no longer with us" (died?).
    not_left: tuple[str, ...] = ()
    ambiguous_left: tuple[str, ...] = ()
    # Words that can stand as the subject of "has left" without being a name.
    person_words: tuple[str, ...] = ()
    # What "them"/"dem" may point back to for an ANAPHOR cue: the sender's own data.
    referents: tuple[str, ...] = ()
    # Words that make a "don't use my data" temporary ("indtil", "until"): art. 18.
    until: tuple[str, ...] = ()
    # A handover ("fremover skal I kontakte ...") backs up a departure the sender reports.
    handover: tuple[str, ...] = ()
    # Phrases that call off any erasure in the mail ("slet ikke noget!", "don't delete
    # anything", "please ignore my deletion request"): a correction or a restriction
    # written next to a retracted or refused deletion is not an erasure request.
    retractions: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    # The firm's business things (invoices, orders, drawings, deliveries, machines): a
    # sentence about one of them, naming none of the sender's own data, asks for no right
    # ("send me a copy of the invoice"). The rules know this phrase by phrase; the trained
    # model, which reads words without their object, is held to it here.
    business: tuple[str, ...] = ()
    # Ways of reaching a person ("ringe", "calling", "sms'er"): an objection the trained
    # model reads in a sentence naming one is an opt-out of being contacted (art. 21(2)),
    # as the rules' own "stop ringing me" phrases are.
    contacting: tuple[str, ...] = ()
