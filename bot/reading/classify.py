"""Read a sender's own words and say which data-subject rights they invoke. Pure: no I/O.

The vocabulary lives in bot.reading.lexicon (one module per language, shared words in
lexicon.common); this module compiles a language on first use (each rule only when a text
first contains its opening letters) and applies it: find request phrases, read each in
its context (a conditional clause, a negation, a heading, boilerplate), decide the
intents, and explain the decision with the phrases that made it. What the firm is called
comes from the caller's ReadingContext (the configuration), never from this module.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter
from pathlib import Path

from bot.reading import model as intent_model
from bot.reading import regexcache
from bot.reading.context import DEFAULT_CONTEXT, ReadingContext
from bot.reading.lexicon import LEXICONS, Cue, Lexicon, common
from bot.reading.lexicon._types import (
    ANAPHOR,
    BARE,
    CONSENT,
    ELLIPTIC,
    INVERTED,
    KEEP,
    MAILBOX,
    MARKETING,
    OBJECT,
    PERSON,
    PRIVATE,
    SELF,
    SEND,
    STRONG,
    TEMPORARY,
    THIRD,
    WEAK,
)

INTENTS = ("access", "erasure", "rectification", "restriction", "objection", "portability",
           "contact_left")
_REQUEST_INTENTS = frozenset(INTENTS) - {"contact_left"}

ACCEPT = 0.5  # an intent needs one phrase at least this strong (or see _accept)
MAX_CHARS = 50_000  # a request sits near the top; a pasted log must not stall the worker
TITLE = 0.45  # a heading names a request ("Datenauskunftsbegehren") but does not make one
ARTICLE = 0.8  # "Art. 17 GDPR": the sender knows what they ask for


@dataclass(frozen=True)
class Evidence:
    intent: str  # one of INTENTS, or a flag name
    phrase: str  # the text span as it stands in the input (for showing staff)


@dataclass(frozen=True)
class Departed:
    name: str | None
    email: str | None


@dataclass(frozen=True)
class Classification:
    intents: tuple[str, ...]  # sorted, subset of INTENTS; () = not a data-subject request
    language: str  # ISO 639-1 of the text given
    confidence: float  # 0..1, low when unsure
    evidence: tuple[Evidence, ...]  # the phrases that decided it
    departed: tuple[Departed, ...]  # for contact_left: who left
    flags: tuple[str, ...]  # sorted: third_party, representative, deceased, breach, ...


# --------------------------------------------------------------------------- folding


def _fold_table() -> dict[int, str]:
    """Lower-case letters -> their unaccented form, one character for one.

    Keeping the length lets every offset in the folded text point at the same character
    of the original, so evidence is cut from what the sender wrote. Danish æ/ø/å stay;
    ä/ö become æ/ø (gdpr-dk.md §3), so one Danish pattern also reads Swedish/German
    spellings.
    """
    table: dict[int, str] = {}
    for code in [*range(0xC0, 0x250), *range(0x370, 0x400)]:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isalpha() and char not in "åÅ":
            table[code] = base
    table.update({ord(k): v for k, v in {
        "ä": "æ", "ö": "ø", "ł": "l", "đ": "d", "ı": "i", "ς": "σ", "’": "'", "‘": "'",
        "´": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "\u00a0": " ",
    }.items()})
    return table


_FOLD = _fold_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower-case and strip accents without changing the length of the text."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if lowered.isascii():
        return lowered
    # A mail uses a handful of distinct accented letters: one replace() each, in C, is
    # faster than translating every character (or every run) through the table.
    for char in set(_NON_ASCII.findall(lowered)):
        plain = _FOLD.get(ord(char))
        if plain is not None:
            lowered = lowered.replace(char, plain)
    return lowered


# --------------------------------------------------------------------------- compiling

_SPELLINGS = common.SPELLINGS  # æ/ø/å also match the spellings of foreign keyboards
_MACRO = re.compile(r"\{([a-z_]+)\}")
# Rules are grouped under the first four letters of their literal; a group runs only if a
# word of the text starts so (_Document.word_starts holds each word's first four letters, a
# shorter word whole). A literal of fewer letters is a whole word ("har" + " ..."): a word
# must be just that; one that a word may go on from ("ny" + "e? ...") runs on every text.
_GATE = 4
_FIRST_LETTERS = itemgetter(slice(_GATE))


@dataclass(frozen=True)
class _Rule:
    cue: Cue
    regex: re.Pattern[str]
    lang: str


def _compile_rule(lang: str, cue: Cue, source: str) -> _Rule:
    try:
        return _Rule(cue, regexcache.compile(source), lang)
    except re.error as exc:  # name the bad entry: a lexicon typo must fail loudly
        raise ValueError(f"lexicon {lang}: {cue.pattern!r}: {exc}") from exc


class _Group:
    """The rules of one language whose literal starts with the same letters (the key).

    Compiled on the first text with a word that starts so, not at import: most of the
    2,000-odd rules are never needed by a given worker. Of the rules a word start lets
    through only about 2 % match, so one search for all of them at once (the shared key
    is scanned for at C speed) rules a group out before its rules run one by one.
    """

    __slots__ = ("_gate", "_gate_source", "_rules", "_sources", "key", "lang")

    def __init__(self, key: str, lang: str, sources: list[tuple[Cue, str]],
                 gate_source: str) -> None:
        self.key, self.lang, self._sources = key, lang, tuple(sources)
        self._gate_source = gate_source  # "" where one search for all is not worth it
        self._gate: re.Pattern[str] | None = None
        self._rules: tuple[_Rule, ...] | None = None

    def whole_word(self) -> bool:
        """The key is a whole word in every rule ("har" + "\\s+..."), or four letters long:
        then a text whose words' first four letters hold it is the only one worth a look."""
        if len(self.key) >= _GATE:
            return True
        head = re.escape(self.key)
        lead = len(head) + len(rf"(?<!\w{head})")
        return all(src.startswith(head) and _ends_word(src[lead:]) for _, src in self._sources)

    def rules(self) -> tuple[_Rule, ...]:
        if self._rules is None:
            self._rules = tuple(_compile_rule(self.lang, c, src) for c, src in self._sources)
        return self._rules

    def gate(self) -> re.Pattern[str] | None:
        """All the group's rules as one alternation behind the key (None: not worth it)."""
        if self._gate is None and self._gate_source:
            self._gate = regexcache.compile(self._gate_source)
        return self._gate

    def first(self, folded: str) -> re.Match[str] | None:
        """Where the gate first matches (a single rule: its own search is the gate). Most
        groups a word start lets through match nowhere: this one search in C rules them
        out, before a generator is made for them (measured: 4 % more mails a second)."""
        gate = self.gate()
        return (gate or self.rules()[0].regex).search(folded)

    def matches(self, folded: str, found: re.Match[str]) -> Iterator[tuple[_Rule, re.Match[str]]]:
        """Every match of the group's rules from `found` (what first() gave) on, as each
        rule's finditer gives them: position by position, rule by rule at one position (so
        hits starting together keep rule order)."""
        gate = self.gate()
        if gate is None:  # a single rule: `found` is its own first match
            rule = self.rules()[0]
            yield rule, found
            for m in rule.regex.finditer(folded, found.end()):
                yield rule, m
            return
        # Every rule is the key + a tail of the gate: any rule's match starts where the gate
        # matches, so only those places are tried, not one finditer per rule over the rest of
        # the text (measured: 1 % fewer instructions per mail, the same hits on every one)
        rules, ends = self.rules(), [0] * len(self._sources)
        gated: re.Match[str] | None = found
        while gated is not None:
            at = gated.start()
            for k, rule in enumerate(rules):
                here = rule.regex.match(folded, at) if ends[k] <= at else None
                if here:
                    ends[k] = here.end()  # finditer does not overlap a rule's own matches
                    yield rule, here
            gated = gate.search(folded, at + 1)


def _gate_source(key: str, sources: Sequence[str]) -> str:
    """The source of _Group.gate: "" for a single rule (its own search is the gate), or
    where a rule has a top-level "|" and so cannot sit behind the key (none does today)."""
    tails = [src[len(key):] for src in sources]
    if len(tails) < 2 or any(map(_top_level_bar, tails)):
        return ""
    return re.escape(key) + _gate_tails(key, tails)


def _gate_tails(key: str, tails: list[str]) -> str:
    """The alternation of the rules' tails after the key. Tails whose head is the key
    itself all open with the same word-start look-behind; it is tested once for them,
    so an "i" inside a word is dismissed in one step, not once per rule. (The order of
    the alternatives does not matter: the gate only asks whether any rule matches.)"""
    start = rf"(?<!\w{re.escape(key)})"
    shared = [t[len(start):] for t in tails if t.startswith(start)]
    others = [t for t in tails if not t.startswith(start)]
    parts = [f"(?:{t})" for t in others]
    if shared:
        parts.insert(0, start + "(?:" + "|".join(f"(?:{t})" for t in shared) + ")")
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class _Compiled:
    """One language, ready to run: rules grouped under the letters each must start with."""

    lex: Lexicon
    groups: tuple[_Group, ...]
    index: dict[str, int]  # a group's key -> its place in groups
    always: frozenset[int]  # groups whose short key a longer word may go on from
    anywhere: tuple[_Rule, ...]  # rules without a literal head (slow, kept few)
    conditional: re.Pattern[str]
    negation: re.Pattern[str]
    hedge: re.Pattern[str]
    not_left: re.Pattern[str] | None
    ambiguous_left: re.Pattern[str] | None
    pronoun_tail: re.Pattern[str] | None  # "... han" + "er stoppet"
    role_tail: re.Pattern[str] | None  # "vores kontaktperson" + "er stoppet"
    referent: re.Pattern[str] | None  # what an ANAPHOR cue's "them" may point back to
    until: re.Pattern[str] | None  # "indtil": a TEMPORARY cue then means restriction
    handover: re.Pattern[str] | None  # "fremover skal I kontakte ..."
    retract: re.Pattern[str] | None  # "slet ikke noget": no erasure anywhere in the mail
    business: re.Pattern[str] | None  # "fakturaen", "the drawings": the firm's things
    marketing: re.Pattern[str] | None  # "nyhedsbreve", "reklamer": what an objection stops
    contacting: re.Pattern[str] | None  # "ringe", "calling": being reached, for an opt-out


def _expand_macros(src: str, macros: dict[str, str]) -> str:
    for _ in range(4):  # macros may use macros; four levels is plenty
        src = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), src)
    return src


# An escape or a character class ("\\|", "[|·•]": their "(", ")" and "|" are characters,
# and a class's first member, even "]", is a character): what the scanners below step over.
_CLASS = r"\\.|\[\^?(?:\\.|.)(?:\\.|[^\]\\])*\]"
# ... else one structural character. Scanning with it keeps the character-by-character
# walk in C (measured: the lexicons' sources build five times faster than with a loop in
# Python).
_STRUCTURE = re.compile(rf"{_CLASS}|[()|]", re.DOTALL)


def _group_end(src: str, start: int) -> int:
    """Index of the ")" closing the group that opens at ``start`` (or -1)."""
    depth = 0
    for token in _STRUCTURE.finditer(src, start):
        char = token.group()
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return token.start()
    return -1


_INNERMOST = re.compile(rf"\((?:{_CLASS}|[^()\\\[])*\)", re.DOTALL)  # a group with none inside
_BAR = re.compile(rf"{_CLASS}|(\|)", re.DOTALL)  # group 1: a "|" that is structure


def _top_level_bar(src: str) -> bool:
    """Whether src has a "|" outside every group: _alternatives(src) would split it. The
    groups are removed innermost first, in C (the gate asks this of every rule)."""
    for spelled in _SPELLED.values():  # most of a rule's groups: "(?:æ|ae|e|a)"
        src = src.replace(spelled, "")
    if "|" not in src:
        return False
    while (inner := _INNERMOST.sub("", src)) != src:
        src = inner
    return any(bar.group(1) for bar in _BAR.finditer(src))


# What can follow a letter only where its word ends: white space, a word boundary, a mark
# (not one that may be left out: "sam ?tykke" is also "samtykke"; but a mark that may be is
# looked past: "har,? at", "opl\\.? om")
_OPTIONAL_MARK = re.compile(r"(?:[,;:'’]|\\[.,;:'\-])\?")
_WORD_END = re.compile(r"(?:\\s|\\b|\(\?!\\w\)|[ ',’;:!?)]|\\[.,;:!?'\-]|-)(?![?*{])")


def _ends_word(rest: str) -> bool:
    """Whether a pattern's rest after its literal can only begin with a character no word
    goes on with; an alternation only if every one of its alternatives does (and, where it
    may be left out, what follows it too: "(?:'ve| have)? moved", "har,? at")."""
    mark = _OPTIONAL_MARK.match(rest)
    if mark:
        return _ends_word(rest[mark.end():])
    if rest.startswith("(?:"):
        variants = _leading_group(rest)
        return variants is not None and all(map(_ends_word, variants))
    return bool(_WORD_END.match(rest))


def _alternatives(inner: str) -> list[str]:
    """Split a group body at its top-level "|"."""
    if "|" not in inner:  # most rules: no need to walk them
        return [inner]
    parts, depth, last = [], 0, 0
    for token in _STRUCTURE.finditer(inner):
        char = token.group()
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(inner[last:token.start()])
            last = token.end()
    return [*parts, inner[last:]]


def _explode(src: str, depth: int = 0) -> list[str]:
    """Turn a leading "(?:a|b)" into separate patterns, so each starts with a literal.

    Python's regex engine scans for a literal prefix at C speed; a pattern that opens
    with an alternation is tried at every position, about ten times slower.
    """
    variants = _leading_group(src) if depth <= 3 else None
    if variants is None:
        return [src]
    exploded = [v for variant in variants for v in _explode(variant, depth + 1)]
    return exploded if len(exploded) <= 80 else [src]


def _leading_group(src: str) -> list[str] | None:
    """What a leading "(?:a|b)" stands for: each alternative with what follows it, and what
    follows alone where the group may be left out; None where src opens otherwise or the
    group repeats ("*", "+", "{")."""
    if not src.startswith("(?:"):
        return None
    end = _group_end(src, 0)
    after = src[end + 1:]
    if end < 0 or after[:1] in ("*", "+", "{"):
        return None
    optional = after[:1] == "?"
    after = after[1:] if optional else after
    return [alt + after for alt in _alternatives(src[3:end])] + ([after] if optional else [])


# What _expand_body rewrites: a space, a letter with other spellings; escapes and classes
# are matched only to be kept as they are.
_BODY = re.compile(rf"{_CLASS}| |[{''.join(_SPELLINGS)}]", re.DOTALL)
_SPELLED = {char: "(?:" + "|".join(forms) + ")" for char, forms in _SPELLINGS.items()}


_SPACE = re.compile(rf"{_CLASS}| ", re.DOTALL)


def _spaced(src: str) -> str:
    """Spaces -> any white space, as in _expand_body, letters left as they are: the engine's
    own patterns read wrapped lines too ("ikke\nrette noget", "I behøver ikke\nrette")."""
    return _SPACE.sub(_expanded, src)


def _expand_body(src: str) -> str:
    """Spaces -> any white space; æ/ø/å -> their spellings (outside character classes)."""
    return _BODY.sub(_expanded, src)


def _expanded(token: re.Match[str]) -> str:
    text = token.group()
    if text == " ":  # before a quantifier the space is one: "slet ?dem"
        quantified = token.string[token.end():token.end() + 1] in ("*", "+", "?", "{")
        return r"\s" if quantified else r"\s+"
    return _SPELLED.get(text, text)


def _head_spellings(head: str) -> list[str]:
    spellings = [""]
    for char in head:
        spellings = [s + alt for s in spellings for alt in _SPELLINGS.get(char, (char,))]
    return spellings


def _head_length(variant: str) -> int:
    """How many letters the pattern surely starts with."""
    n = 0
    while n < len(variant) and variant[n].isalpha():
        n += 1
    if variant[n:n + 1] in ("?", "*", "{", "+"):  # "nyt? ": the quantifier owns the letter
        n -= 1
    return n


def _variant_sources(variant: str) -> list[tuple[str, str]]:
    """(literal head, regex source) pairs for one exploded pattern; head "" when none."""
    n = _head_length(variant)
    head, rest = variant[:n], _expand_body(variant[n:])
    if not head:
        return [("", r"\b" + rest)]
    return [
        # the look-behind after the literal is a word boundary that keeps the prefix scan
        (spelled, re.escape(spelled) + rf"(?<!\w{re.escape(spelled)})" + rest)
        for spelled in _head_spellings(head)
    ]


def _rule_sources(lex: Lexicon, cue: Cue) -> list[tuple[str, str]]:
    src = _expand_macros(cue.pattern, dict(lex.macros)).translate(_FOLD)
    return [pair for variant in _explode(src) for longer in _lengthen(variant)
            for pair in _variant_sources(longer)]


def _lengthen(variant: str, depth: int = 0) -> list[str]:
    """A short literal a word may go on from, spelt out into the words it can start: "nye?
    ..." -> "nye ...", "ny ..."; "ret(?:ten)? ..." -> "retten ...", "ret ..."; "e-?mail" ->
    "e-mail", "email". Each then is a whole word or four letters, so a text's words
    decide whether the rule is worth a look (_Group.whole_word)."""
    n = _head_length(variant)
    rest = variant[n:]
    if n == 0 or n >= _GATE or depth > 2 or _ends_word(rest):
        return [variant]
    if rest[1:2] == "?" and (rest[0].isalpha() or rest[0] in "- "):  # "nye?", "akt-?"
        tails: list[str] | None = [rest[0] + rest[2:], rest[2:]]
    else:  # "ret(?:ten)?", "cop(?:y|ies)"
        tails = _leading_group(rest)
    if tails is None:
        return [variant]
    return [longer for tail in tails for longer in _lengthen(variant[:n] + tail, depth + 1)]


_MAX_PIECES = 40  # measured: beyond this the one look-behind in front is cheaper


def _phrase_regex(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the words, as whole words (no word character on either side).

    Where every alternative can open with its literal, each carries its own word-start
    look-behind after the literal (the same matches, see _word_start_pieces): one
    look-behind in front would be tried at every position of the text, while a set of
    opening letters is scanned for at C speed. Not when an alternative has no literal to
    open with, or there are so many that trying them all costs more.
    """
    folded = [w.translate(_FOLD) for w in words]
    pieces = [piece for w in folded for piece in _word_start_pieces(w)]
    if pieces and len(pieces) <= _MAX_PIECES and all(pieces):
        return regexcache.compile("(?:" + "|".join(pieces) + r")(?!\w)")
    alternation = "|".join(_expand_body(w) for w in folded) or r"(?!x)x"
    return regexcache.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _word_start_pieces(word: str) -> list[str]:
    """One list entry as alternatives that each open with a literal ("" where one cannot:
    "^ *slet", "(?<=[.!]) *slet")."""
    pieces = []
    for alternative in _alternatives(word):
        for variant in _explode(alternative):
            sources = _variant_sources(variant) if _head_length(variant) > 0 else [("", "")]
            pieces += [source for _, source in sources]
    return pieces


def _optional_regex(words: Sequence[str]) -> re.Pattern[str] | None:
    return _phrase_regex(words) if words else None


def _tail_regex(words: Sequence[str], suffix: str = "") -> re.Pattern[str] | None:
    if not words:
        return None
    alternation = "|".join(_expand_body(w.translate(_FOLD)) for w in words)
    return regexcache.compile(rf"(?<!\w)(?:{alternation}){suffix}\s*$")


def _conditional_regex(lex: Lexicon) -> re.Pattern[str]:
    """The conditional words, and before them the polite forms that start with one ("if
    you could"): a match of the first kind is a hypothesis, of the second a request."""
    words = _phrase_regex(lex.conditionals).pattern
    if not lex.polite_ifs:
        return regexcache.compile(f"(?P<cond>{words})")
    polite = _phrase_regex(lex.polite_ifs).pattern
    return regexcache.compile(f"(?P<polite>{polite})|(?P<cond>{words})")


def _hypothetical(comp: _Compiled, text: str, start: int = 0, end: int | None = None) -> bool:
    """A conditional word in text[start:end] that makes what follows a hypothesis."""
    stop = len(text) if end is None else end
    return any(m.lastgroup == "cond" for m in comp.conditional.finditer(text, start, stop))


# What a lexicon's cues expand to: (cue index, literal head, source) per rule, and (key,
# gate source) per group, in lexicon order. Only strings and numbers, so the compiled-regex
# cache keeps them too: expanding five thousand sources costs more than reading them.
_Layout = tuple[tuple[tuple[int, str, str], ...], tuple[tuple[str, str], ...]]


def _layout(lex: Lexicon) -> _Layout:
    rules = tuple((i, head, source) for i, cue in enumerate(lex.cues)
                  for head, source in _rule_sources(lex, cue))
    grouped: dict[str, list[str]] = {}
    for _, head, source in rules:
        if head:  # gated on the first letters of the literal: "slet", "slette", "slettes"
            grouped.setdefault(head[:_GATE], []).append(source)
    return rules, tuple((key, _gate_source(key, srcs)) for key, srcs in grouped.items())


def _engine_digest() -> str:
    """This module's source and the spellings: what a layout depends on beside its lexicon
    ("" when the source cannot be read; then nothing is taken from the cache). Read once,
    at import, so it describes the code that runs, even if the file is replaced later."""
    try:
        code = Path(__file__).read_bytes()
    except OSError:
        return ""
    return hashlib.sha256(code + repr(sorted(_SPELLINGS.items())).encode()).hexdigest()


_ENGINE_DIGEST = _engine_digest()


def _cached_layout(lex: Lexicon) -> _Layout:
    engine = _ENGINE_DIGEST
    if not engine:
        return _layout(lex)
    what = repr((engine, lex.code, sorted(lex.macros.items()), [c.pattern for c in lex.cues]))
    key = "layout:" + hashlib.sha256(what.encode()).hexdigest()
    return regexcache.derived(key, lambda: _layout(lex), lambda v: _is_layout(v, len(lex.cues)))


def _is_layout(value: object, cues: int) -> bool:
    """A layout as _layout builds it, for a lexicon of this many cues (else: damaged)."""
    if not (isinstance(value, tuple) and len(value) == 2):
        return False
    rules, gates = value
    if not (isinstance(rules, tuple) and isinstance(gates, tuple)):
        return False
    if not all(_is_rule_entry(r, cues) for r in rules) or not all(
            isinstance(g, tuple) and len(g) == 2 and all(isinstance(x, str) for x in g)
            for g in gates):
        return False
    # one gate per group, in the order the rules' heads first name them
    return [g[0] for g in gates] == list(dict.fromkeys(r[1][:_GATE] for r in rules if r[1]))


def _is_rule_entry(entry: object, cues: int) -> bool:
    return isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[0], int) and \
        0 <= entry[0] < cues and isinstance(entry[1], str) and isinstance(entry[2], str)


def _grouped_rules(lex: Lexicon, rules: Iterable[tuple[int, str, str]]
                   ) -> tuple[dict[str, list[tuple[Cue, str]]], list[_Rule]]:
    """The layout's rules under their gate keys, and those with no literal to gate on."""
    grouped: dict[str, list[tuple[Cue, str]]] = {}
    anywhere: list[_Rule] = []
    for i, head, source in rules:
        if head:
            grouped.setdefault(head[:_GATE], []).append((lex.cues[i], source))
        else:
            anywhere.append(_compile_rule(lex.code, lex.cues[i], source))
    return grouped, anywhere


def _compile_lexicon(lex: Lexicon) -> _Compiled:
    macros = dict(lex.macros)
    rules, gates = _cached_layout(lex)
    grouped, anywhere = _grouped_rules(lex, rules)
    groups = tuple(_Group(key, lex.code, grouped[key], gate) for key, gate in gates)
    return _Compiled(
        lex=lex,
        groups=groups,
        index={group.key: i for i, group in enumerate(groups)},
        always=frozenset(i for i, group in enumerate(groups) if not group.whole_word()),
        anywhere=tuple(anywhere),
        conditional=_conditional_regex(lex),
        negation=_phrase_regex(lex.negations),
        hedge=_phrase_regex(lex.hedges),
        not_left=_optional_regex(lex.not_left),
        ambiguous_left=_optional_regex(lex.ambiguous_left),
        pronoun_tail=_tail_regex(lex.pronouns),
        role_tail=_tail_regex(lex.person_words, r"(?:en|n|et|e|erne|s|in)?"),
        referent=_optional_regex([_expand_macros(r, macros) for r in lex.referents]),
        until=_optional_regex(lex.until),
        handover=_optional_regex(lex.handover),
        retract=_optional_regex([_expand_macros(r, macros) for r in lex.retractions]),
        business=_optional_regex(lex.business),
        marketing=_optional_regex([_expand_macros(m, macros) for m in
                                   (macros.get("marketing"),) if m]),
        contacting=_optional_regex(lex.contacting),
    )


_COMPILED: dict[str, _Compiled] = {}  # filled on first use, by _compiled


def _compiled(code: str) -> _Compiled:
    """One language, compiled the first time a text needs it (two threads may both
    compile it; the results are equal, so the race is harmless)."""
    comp = _COMPILED.get(code)
    if comp is None:
        comp = _COMPILED[code] = _compile_lexicon(LEXICONS[code])
    return comp


def preload() -> None:
    """Compile every language and rule now rather than on first use: for a process that
    prefers to pay at start, and for the tests that every lexicon entry compiles."""
    for code in LEXICONS:
        for group in _compiled(code).groups:
            group.rules()
            group.gate()
    regexcache.save(only_used=True)  # the next process loads them all in a tenth


def _tuple_regex(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(_expand_body(w.translate(_FOLD)) for w in words), flags)


def _literal_led(words: Iterable[str]) -> re.Pattern[str]:
    """Like _tuple_regex for a pattern only asked whether it matches, with every
    alternative opening with a literal: the engine then skips at C speed to a letter some
    alternative can start with (twice as fast on the boilerplate list, measured), and the
    alternatives share their first letters (twice as fast again, measured)."""
    alternatives = [s for w in words for a in _explode(_expand_body(w.translate(_FOLD)))
                    for s in _spell_class(a)]
    return re.compile(_shared_heads(alternatives))


def _word_led(alternation: str) -> re.Pattern[str]:
    """Alternatives that each start a word, sharing their first letters as _shared_heads
    does (a fifth faster on the sales-pitch signs, the same matches on every labelled mail)."""
    alternatives = [e for a in _alternatives(alternation) for e in _explode(a)]
    return re.compile(r"(?<!\w)(?:" + _shared_heads(alternatives) + ")")


def _spell_class(src: str) -> list[str]:
    """ "[|·•]x" -> "\\|x", "·x", "•x": a leading class of plain characters, one alternative
    each."""
    end = src.find("]")
    if not src.startswith("[") or end < 0 or "\\" in src[:end] or "-" in src[1:end]:
        return [src]
    return [re.escape(char) + src[end + 1:] for char in src[1:end]]


def _shared_heads(alternatives: list[str]) -> str:
    """One alternation in which alternatives that open with the same letter share it
    ("this ...|the ..." -> "th(?:is ...|e ...)"): each letter is tried once where the
    engine stands, not once per alternative. Only for a pattern asked whether it matches:
    which alternative matches first may change, whether one does may not."""
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in alternatives:
        if alt[:1].isalnum() and alt[1:2] not in ("?", "*", "+", "{"):
            by_letter.setdefault(alt[0], []).append(alt[1:])
        else:
            others.append(alt)
    shared = [letter + (tails[0] if len(tails) == 1 else f"(?:{_shared_heads(tails)})")
              for letter, tails in by_letter.items()]
    return "|".join(shared + [f"(?:{alt})" for alt in others])


_OWN_BUSINESS = _tuple_regex(common.OWN_BUSINESS)
_TRADE_LEFT = re.compile(common.TRADE_LEFT.translate(_FOLD))  # read right after a departure
# (only "no longer works" has a trade to name: "has retired after decades in the industry" left)
_WORK_VERB = re.compile(r"(?<!\w)(?:travaille|works?|working|arbejder|arbeider|jobber|arbeitet|"
                        r"arbetar|jobbar)(?!\w)")
_GREETINGS_TO_YOURS = _tuple_regex(common.GREETINGS_TO_YOURS)
_BOILERPLATE = _literal_led(common.BOILERPLATE)  # a sentence is boilerplate or is not
_REGULATION = _tuple_regex(common.REGULATION_NAMES)
_AUTHORITY_COMPLAINT = re.compile(_expand_body(common.AUTHORITY_COMPLAINT.translate(_FOLD)))
_BOUNCE = _tuple_regex(common.BOUNCE)
_TITLE_LINE = re.compile(
    r"[ \t>]*(?:" + "|".join(w.translate(_FOLD) for w in common.TITLE_PREFIXES) + r")\s*[:.]"
)
# "Art. 17 GDPR"; a range ("Art. 15-22") is a list of rights, not a request, and is
# skipped by _article_hits.
_ARTICLE_RES = tuple((literal, re.compile(p)) for literal, p in common.ARTICLE_NUMBERS)
_SENTENCE_END = re.compile(
    # ". Next" (not "Art. 15", "pr. 1. maj", nor the day of "zum 31. März")
    # (the look-behinds follow the first mark, so the scan still starts at C speed)
    # (nor a title or abbreviation before a name: "hos Brdr. Mikkelsen", "Att. Jens", "Mr. Hale")
    r"[.!?](?<!\b\d\.)(?<!\b\d\d\.)(?<!\b[Bb]rdr\.)(?<!\b[HhDd]r\.)(?<!\b[Mm]rs\.)"
    r"(?<!\b[Mm][rs]\.)(?<!\b[Aa]tt\.)(?<!\b[Vv]edr\.)(?<!\b[Aa]ng\.)"
    r"[.!?]*[\"')\]]*(?=\s+[\"'(]?[A-ZÆØÅÄÖÜÉ])"
    r"|[.!?;]+\s*$|;|\n[ \t]*\n"
    # written without capitals, as on a phone: "... ikke mere. og hvad har i om mig?"
    r"|(?:[!?]+|\.(?<!\b\w\.)(?<!\b\d\d\.))(?=[ \t]+(?:og|men|så|jeg|vi|hvad|hvordan|hvornår|"
    r"hvornaar|hvilke|and|but|please|i[ \t]+(?:må|ma|maa|skal|kan|bedes))[ \t])"
    r"|\n(?=[ \t]*(?:[-•*–>]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[ivx]{1,4}[.)])\s)"
    # a line wrapped after a comma goes on ("vores indkøber gennem mange år,\nPoul Erik Sand")
    r"|:[ \t]*\n|(?<!,)\n(?=[ \t]*[A-ZÆØÅÄÖÜ\"'])",
    re.M,
)
# Every sentence end starts with one of these: the scan looks for them at C speed and tries
# the full pattern only there (an alternation that opens with classes gets no such help)
_END_MARK = re.compile(r"[.!?;:\n]")
_RUN = re.compile(r"\w+")
_STOP_BEFORE = re.compile(r"(?<=\w\w)[.!?]+\s")  # "kunder. ", not "d. " nor "5. "
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
EMAIL = re.compile(common.EMAIL_ADDRESS)  # also read by understand and values
_NAME_TAIL = re.compile(
    r"((?:[A-ZÆØÅÄÖÜÉ][\w'’\-]*\.?\s+(?:(?:" + "|".join(common.NAME_PARTICLES) + r")\s+)?){0,3}"
    r"[A-ZÆØÅÄÖÜÉ][\w'’\-]*)\s*$"
)
_NAME_THEN_PLACE = re.compile(
    r"([A-ZÆØÅÄÖÜÉ][\w'’\-]*(?:\s+[A-ZÆØÅÄÖÜÉ][\w'’\-]*){0,2})\s+(\w+)\s+"
    r"(?:[a-zæøåäöü]\w*\s+){0,2}[a-zæøåäöü]\w*\s*$"
)
# (with a particle, as _NAME_TAIL reads one: "Daan de Vries heeft ...")
_NAME_HEAD = re.compile(r"\s*((?:[A-ZÆØÅÄÖÜÉ][\w'’\-]*\s+(?:(?:" + "|".join(common.NAME_PARTICLES)
                        + r")\s+(?=[A-ZÆØÅÄÖÜÉ]))?){0,3}[A-ZÆØÅÄÖÜÉ][\w'’\-]*)")
_NAME_ANY = re.compile(r"\b[A-ZÆØÅÄÖÜÉ][\w\-]+(?:[ \t]+[A-ZÆØÅÄÖÜÉ][\w\-]+){1,3}\b")
# "Henrik Dam, som er rejst fra firmaet": the name a relative clause opens after
_RELATIVE_TAIL = re.compile(r"([A-ZÆØÅÄÖÜÉ][\w'’\-]*(?:\s+[A-ZÆØÅÄÖÜÉ][\w'’\-]*){0,3}),?\s+"
                            r"(?:som|der|who|which|die|dat)(?:\s+(?:desværre|nu|også|sadly|"
                            r"unfortunately|now|also|leider|tyvärr|dessverre|dessværre))?\s*$")
# (the clause holds no other name, no second relative, no one telling: "Anne som du talte med
# i går fortalte at Gert er fratrådt" names Gert)
_RELATIVE_HEAD = re.compile(r"\s*([A-ZÆØÅÄÖÜÉ][\w'’\-]*(?:\s+[A-ZÆØÅÄÖÜÉ][\w'’\-]*){0,2}),?\s+"
                            r"(?:som|who)\s+(?:(?!(?:fortalte|fortæller|siger|sagde|skriver|skrev|"
                            r"told|tells|says|said|wrote|writes|der|som|who|that)\b)[^.!?\n,A-ZÆØÅ"
                            r"ÄÖÜÉ]){3,120}\s$")
_EMAIL_AFTER = re.compile(r"\s*[(<\[]\s*([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)")
# "Jan Mikkelsen (jm@riis-byg.dk, mobil 12 90 31 27) er ...": the address, and what follows it
# in the same bracket
_EMAIL_TAIL = re.compile(r"[(<\[]?\s*([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)(?:[,;][^()<>\[\]@]{0,60})?"
                         r"\s*[)>\]]?\s*$")
_SOFT_LEFT = re.compile(r"(?<!\w)(?:" + "|".join(common.SOFT_LEFT_VERBS) + r")")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SELF_MARK = "\x00self"  # _subject's answer when the one who left is the sender
# after fold(), which has already made "ä ö" into "æ ø" and stripped the other accents
_ADDRESS_LETTERS = str.maketrans({"æ": "a", "ø": "o", "å": "a", "ß": "s"})
_NEW_CONTACT = re.compile("|".join(common.NEW_CONTACT))
_PAYMENT = re.compile(r"(?<!\w)(?:iban|swift|bic|reg\.? ?nr|kontonr|konto ?nummer\w*|"
                      r"kontonummer\w*|bank ?konto\w*|bankkonto\w*|bank ?oplysning\w*|"
                      r"bankopplysning\w*|bankuppgift\w*|bankverbindung|bank details|"
                      r"bank account)")
# "Jeg var jeres kontakt hos Nordtag (rk@nordtag.dk)": the address of the role they had
_OLD_ROLE = re.compile(r"(?:var|været|was|have been|used to be) (?:\w+ ){0,3}?(?:jeres |your )?"
                       r"(?:kontakt\w*|contact)")
_KEPT_AS_IS = re.compile(_spaced(common.KEPT_AS_IS))
_CLAUSE_MARK = re.compile("(?=(" + "|".join(map(re.escape, common.CLAUSE_MARKS)) + "))")
_USE_OF_DATA = re.compile(_spaced(common.USE_OF_DATA))
_OWNER = re.compile(r"(?<!\w)(?:" + "|".join(common.OWNER_WORDS) + r")(?!\w)")
_PERSON = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, common.PERSON_PRONOUNS)) + r")(?!\w)")
_PERSON_LOWER = re.compile(r"(?<!\w)(?:" + "|".join(common.PERSON_PRONOUNS_LOWER_CASE) + r")(?!\w)")


def _names_a_person(doc: _Document, start: int, end: int) -> bool:
    """A pronoun for a person in text[start:end] ("han", "she", a lower-case German "sie")."""
    return bool(_PERSON.search(doc.folded, start, end) or _PERSON_LOWER.search(doc.raw, start, end))


@cache
def _our_name(firm_words: tuple[str, ...]) -> str:
    """Our own name as folded text reads it: "cl smed" (once per configuration)."""
    return fold(" ".join(firm_words))


@cache
def _firm_marks(firm_words: tuple[str, ...]) -> re.Pattern[str]:
    """A legal form or a CVR number: the sender writes as a firm. Not in our own name,
    though: "Att.: CL Smed A/S" is the addressee a private sender names."""
    ours = sorted({fold(sep.join(firm_words)) for sep in (" ", "-")} if firm_words else ())
    not_ours = "".join(f"(?<!{re.escape(name)} )" for name in ours)
    return re.compile(rf"(?<![\w/]){not_ours}(?:{'|'.join(common.FIRM_FORMS)})(?![\w/])|"
                      + "|".join(common.FIRM_SIGNS))


@dataclass(slots=True)  # made for every phrase found: slots make that and reading it cheaper
class _Hit:
    intent: str
    weight: float
    start: int
    end: int
    tags: tuple[str, ...]
    lang: str


def _sentence_ends(text: str) -> list[int]:
    """Where each sentence ends: what _SENTENCE_END.finditer gives, about four times faster."""
    ends: list[int] = []
    last, match = 0, _SENTENCE_END.match
    for mark in _END_MARK.finditer(text):
        found = match(text, mark.start()) if mark.start() >= last else None
        if found:
            last = found.end()
            ends.append(last)
    return ends


# A word hyphenated at a line's end; not "kunde- og ordredata", where the hyphen stands for
# the shared end of a word to come
_BROKEN_WORD = re.compile(r"(?<=[a-zæøåäöüé]{2})-\n(?=[a-zæøåäöüé]{2})"
                          r"(?!(?:og|eller|and|or|und|oder|och|samt|til|to)\b)")


@dataclass
class _Document:
    """The text being read: original, folded, and its sentence structure."""

    raw: str
    subject_end: int
    firm_marks: re.Pattern[str]  # see _firm_marks: the sender writes as a firm
    # what a reply answers (the subject it kept, folded): "Nej tak til flere af de her" under
    # "Re: Forårstilbud" points back to it; it is read for nothing else
    topic: str = ""
    ours: str = ""  # our own name, folded, legal form left out: "cl smed"
    folded: str = field(init=False)
    ends: list[int] = field(init=False)
    word_starts: set[str] = field(init=False)
    _boiler: dict[int, bool] = field(init=False, default_factory=dict)
    # where each learned intent's cue word stands: the model's steps all ask (_cue_match)
    _cues: dict[str, re.Match[str] | None] = field(init=False, default_factory=dict)
    _firm: bool | None = field(init=False, default=None)
    # where the clause around a position starts: weighing a hit asks two or three times
    _clauses: dict[int, int] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.folded = fold(self.raw)
        self.ends = _sentence_ends(self.raw)
        # Every rule's literal starts a word (its look-behind says so), so a rule can only
        # match if some word starts with its gate letters: one set lookup per rule group.
        self.word_starts = set(map(_FIRST_LETTERS, _RUN.findall(self.folded)))

    @classmethod
    def of(cls, text: str, subject: str, context: ReadingContext, topic: str = "") -> _Document:
        subject = " ".join(subject.split())
        text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
        if "-\n" in text:  # "Deres kunde-\nkartotek": one word broken over two lines
            text = _BROKEN_WORD.sub("", text)
        marks, ours = _firm_marks(context.firm_words), _our_name(context.firm_words)
        if not subject:
            return cls(text, 0, marks, fold(topic), ours)
        return cls(f"{subject}\n\n{text}", len(subject), marks, fold(topic), ours)

    def body(self) -> str:
        """The folded text without the subject line."""
        return self.folded[self.subject_end + 2:] if self.subject_end else self.folded

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.ends, pos)
        start = self.ends[i - 1] if i else 0
        return start, self.ends[i] if i < len(self.ends) else len(self.raw)

    def clause_start(self, pos: int) -> int:
        """Just after the last clause mark before pos in its sentence (one scan in C; the
        look-ahead finds overlapping marks too, as one rfind per mark would)."""
        if pos not in self._clauses:
            start = self.sentence(pos)[0]
            marks = _CLAUSE_MARK.finditer(self.folded, start, pos)
            self._clauses[pos] = max((m.start() + len(m.group(1)) for m in marks), default=start)
        return self._clauses[pos]

    def before(self, hit: _Hit) -> str:
        """Folded text of the clause the phrase ends in, up to where the phrase starts."""
        start = self.clause_start(max(hit.start, hit.end - 1))
        return self.folded[start:hit.start] if start <= hit.start else ""

    def is_boilerplate(self, pos: int) -> bool:
        start, end = self.sentence(pos)
        if start not in self._boiler:
            self._boiler[start] = bool(_BOILERPLATE.search(self.folded, start, end))
        return self._boiler[start]

    def line(self, pos: int) -> tuple[int, int]:
        start = self.raw.rfind("\n", 0, pos) + 1
        end = self.raw.find("\n", pos)
        return start, len(self.raw) if end < 0 else end

    def is_title(self, pos: int) -> bool:
        """A subject, a "Betreff:" line, or a short line standing alone as a heading."""
        if pos < self.subject_end:
            return True
        start, end = self.line(pos)
        if _TITLE_LINE.match(self.folded, start, end):
            return True
        text = self.raw[start:end].strip()
        if not text or text[-1] in ".!?:;," or len(text.split()) > 8:
            return False
        before = self.raw[max(0, start - 2):start]
        after = self.raw[end:end + 2]
        # a heading stands alone above more text; a one-line mail is a sentence, not a title
        return (start == 0 or before == "\n\n") and after == "\n\n" and bool(
            self.raw[end:].strip())

    def firm(self) -> bool:
        """The sender writes as a firm: a legal form or a CVR number in their own text."""
        if self._firm is None:
            self._firm = bool(self.firm_marks.search(self.folded))
        return self._firm

    def is_quoted(self, pos: int) -> bool:
        return self.raw[self.line(pos)[0]:pos].lstrip().startswith(">")


# --------------------------------------------------------------------------- finding phrases


@cache
def _keys_of(codes: tuple[str, ...]) -> frozenset[str]:
    """Every group key of these languages: a text's word starts outside it open nothing."""
    return frozenset().union(*(_compiled(code).index.keys() for code in codes))


def _scan(doc: _Document, comp: _Compiled, starts: set[str]) -> Iterator[_Hit]:
    """Every match of the language's rules; ``starts``: the word starts worth looking up."""
    folded, lang = doc.folded, comp.lex.code
    # the groups some word starts like, in lexicon order (the order hits are weighed in)
    for i in sorted(comp.always.union(comp.index[key] for key in comp.index.keys() & starts)):
        group = comp.groups[i]
        found = group.first(folded)
        for rule, m in group.matches(folded, found) if found else ():
            cue = rule.cue
            yield _Hit(cue.intent, cue.weight, m.start(), m.end(), cue.tags, lang)
    for rule in comp.anywhere:
        for m in rule.regex.finditer(folded):
            yield _Hit(rule.cue.intent, rule.cue.weight, m.start(), m.end(), rule.cue.tags, lang)


def _negated(doc: _Document, hit: _Hit, comp: _Compiled) -> bool:
    """A negation just before the phrase, or right after it ("slet dem ikke")."""
    # not past a full stop the sentence split kept (lower case after it, as on a phone):
    # "... nu da vi ikke bliver kunder. vil ikke have flere tilbud"
    words = _WORD.findall(_STOP_BEFORE.split(doc.before(hit))[-1])
    start = max(0, len(words) - 4)
    # nor past "og": "keine Werbung mehr und löschen Sie meine Daten" asks for the deletion
    start = max([start, *(k + 1 for k in range(start, len(words))
                          if words[k] in common.CONJUNCTIONS)])
    for k in range(start, len(words)):
        if comp.negation.fullmatch(words[k]) and not _polite_question(doc, hit, len(words) - k):
            return True
        if tuple(words[k:k + 2]) in common.REFRAIN:  # "I må gerne lade være med at slette"
            return True
    return _negated_after(doc, hit, comp)


def _polite_question(doc: _Document, hit: _Hit, back: int) -> bool:
    """ "kan I ikke slette mig?", "kan du så ikke lige få slettet ...": the "ikke" (the
    back-th word before the phrase) of a polite request (modal, you, small words), not a
    negation. Read in the sentence, not the clause: "så" may have opened a new one."""
    words = _WORD.findall(doc.folded[doc.sentence(hit.start)[0]:hit.start])
    k = len(words) - back - 1
    while k >= 0 and words[k] in common.PARTICLES:
        k -= 1
    return k >= 1 and words[k - 1] in common.MODALS and words[k] in common.YOU


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _negated_after(doc: _Document, hit: _Hit, comp: _Compiled) -> bool:
    """A negation right after the phrase: "slet dem ikke"."""
    after = _NEXT_WORD.match(doc.folded, hit.end, hit.end + 16)
    if after and after.group(1) in common.PARTICLES:  # "Slet det dog ikke", "slet dem nu ikke"
        after = _NEXT_WORD.match(doc.folded, after.end(), after.end() + 16)
    return bool(after and comp.negation.fullmatch(after.group(1)))


def _refers_to_sender(doc: _Document, hit: _Hit, comp: _Compiled) -> bool:
    """ "slet dem" deletes the sender's data only if the mail has just named it (for an
    opt-out's "stop med det", the mailings), and its own sentence names no firm's thing
    instead ("Har I fået en faktura fra den adresse, så slet den", below a word on "vores
    bankoplysninger")."""
    sentence = doc.sentence(hit.start)[0]
    # an opt-out's "stop med det" points back to the mailings ("får hele tiden sms'er")
    referent = comp.marketing if MARKETING in hit.tags else comp.referent
    own = _last(referent, doc.folded, max(0, sentence - 300), hit.start)
    if own < 0 and not (referent and doc.topic and referent.search(doc.topic)):
        return False
    return own >= sentence or _last(comp.business, doc.folded, sentence, hit.start) < 0


def _subject_opt_out(doc: _Document, hit: _Hit) -> bool:
    """A subject that refuses marketing or calls ("Ring ikke mere", "Keine Werbung mehr")
    says a wish of its own, not a heading for the body's: "slet mig og min kone fra jeres
    lister" under it asks for both."""
    return hit.start < doc.subject_end and hit.intent == "objection" and MARKETING in \
        hit.tags and bool(_REFUSAL.search(doc.folded, hit.start, doc.subject_end))


def _last(rx: re.Pattern[str] | None, text: str, start: int, end: int) -> int:
    """Where the last match of rx in text[start:end] starts; -1 for none."""
    found = -1
    for found_match in rx.finditer(text, start, end) if rx else ():
        found = found_match.start()
    return found


def _weigh(doc: _Document, hit: _Hit, comp: _Compiled, main: _Compiled | None = None) -> float:
    """The phrase's weight in its context; 0 when the context says it is no request.

    A phrase found by a neighbour language's rules stands in the mail's own language too:
    "Jeg overvejer at bede jer om at slette mine" is Danish hedging round a phrase that
    Norwegian's rules also find, so `main`'s conditions count as well."""
    if doc.is_quoted(hit.start) or doc.is_boilerplate(hit.start):
        return 0.0
    before = doc.before(hit)
    hedged = _hypothetical(comp, before) or (main is not None and _hypothetical(main, before))
    hedged = hedged and not _polite_across(doc, hit, comp)
    # (the ultimatum's test runs only for a phrase that would otherwise be ruled out)
    if (hedged or _negated(doc, hit, comp)) and not _demand(doc, hit):
        return 0.0
    weight = hit.weight
    if ANAPHOR in hit.tags and not _refers_to_sender(doc, hit, comp):
        return 0.0
    if CONSENT in hit.tags:
        # "If I have given consent, I withdraw it" inside an erasure letter is a
        # precaution, not an objection (public corpus labelling rules).
        sentence_start = doc.sentence(hit.start)[0]
        if _hypothetical(comp, doc.folded, sentence_start, hit.start):
            weight = WEAK
    if weight < STRONG and doc.is_title(hit.start) and not _subject_opt_out(doc, hit):
        weight = min(weight, TITLE)
    if hit.intent == "rectification" and _firm_data(doc, hit):
        weight = min(weight, WEAK)
    if PRIVATE in hit.tags and doc.firm():
        return 0.0
    return 0.0 if _told_not_asked(doc, hit, comp) else weight


def _polite_across(doc: _Document, hit: _Hit, comp: _Compiled) -> bool:
    """ "wäre es uns lieb, wenn Sie unsere Daten ... entfernen würden": a polite form whose
    comma the phrase's clause starts after; its "wenn" asks, it supposes nothing."""
    if hit.intent == "contact_left":
        return False  # "Det er fint med mig, hvis Mette går på pension": supposed, not told
    clause = doc.clause_start(max(hit.start, hit.end - 1))
    low = max(doc.sentence(hit.start)[0], clause - 40)
    matches = list(comp.conditional.finditer(doc.folded, low, hit.start))
    across = [m for m in matches if m.lastgroup == "polite" and m.start() < clause < m.end()
              and _asks_the_reader(doc, m)]
    # only its own "wenn": "..., wenn Sie mir sagen, ob Sie ... löschen" still supposes
    return bool(across) and not any(m.lastgroup == "cond" and m.start() >= across[-1].end()
                                    for m in matches)


# A frame that ends in its "hvis"/"if" ("det er fint med mig, hvis ...") asks the reader to
# do something to the sender's data: "hvis I ...", "if that number ...", not "hvis Mette ..."
_BARE_IF = re.compile(r"(?:hvis|om|if|wenn|ob)$")
_ADDRESSED = re.compile(r"\s*(?:i|du|de|dem|det|den|dette|min|mit|mine|vores|ni|dere|you|it|"
                        r"that|this|my|our|they|sie|ihr)(?!\w)")


def _asks_the_reader(doc: _Document, polite: re.Match[str]) -> bool:
    return not _BARE_IF.search(polite.group()) or bool(
        _ADDRESSED.match(doc.folded, polite.end()))


def _told_not_asked(doc: _Document, hit: _Hit, comp: _Compiled) -> bool:
    """The phrase tells or asks about something else: an objection to an invoice, a
    deletion the firm has done, a question whether someone has left."""
    return (hit.intent == "objection" and _against_business(doc, hit, comp)) or \
        (hit.intent == "erasure" and (_already_done(doc, hit) or _own_doing(doc, hit) or
                                      _said_they_would(doc, hit) or _off_a_meeting(doc, hit))) or \
        (hit.intent == "contact_left" and (_asked_whether(doc, hit) or _denied(doc, hit) or
                                           bool(_SOMEWHERE.match(doc.folded, hit.end)))) or \
        (hit.intent in _NEWS and _already_known(doc, hit))


# A subject the body goes on with: "Slet mig" / "lige fra mødeinvitationen på fredag"
# (the meeting alone: not "fra listen over kunder og alle jeres systemer")
_GOES_ON_OFF = re.compile(r"\s*(?:lige |bare |venligst |please )?(?:fra|af|off|from) (?:\w+ )?"
                          r"(?:mødet|mødeinvitation\w*|mødeindkaldelse\w*|invitation\w*|"
                          r"kalenderinvitation\w*|meeting(?: invite)?|invite)"
                          r"(?= *(?:[.,;!\n]|$|(?:på|i|for|til|on|next) ))")


def _off_a_meeting(doc: _Document, hit: _Hit) -> bool:
    """The subject's "Slet mig" that the body goes on with "lige fra mødeinvitationen"."""
    return hit.start < doc.subject_end <= hit.end + 1 and bool(
        _GOES_ON_OFF.match(doc.folded, doc.subject_end + 2))


_NEWS = frozenset({"contact_left", "rectification"})  # what the sender tells, not asks
_SOMEWHERE = re.compile(_spaced(common.SOMEWHERE))  # "er stoppet som lærling hos en smed": not ours
_DENIED = re.compile(_spaced(common.DENIED))
_REPORTED = re.compile(_spaced(common.REPORTED))
_BUT = re.compile(r"(?<!\w)(?:men|but|aber|maar|doch|mutta)(?!\w)")
_KNEW = re.compile(_spaced(common.KNEW))
_SAID_THEY_WOULD = re.compile(_spaced(common.SAID_THEY_WOULD))
_VISIBLE = re.compile(r"\S")


def _denied(doc: _Document, hit: _Hit) -> bool:
    """ "I har fået at vide, at jeg er stoppet hos Thisted Tømrer ... Det er forkert.": a
    departure someone else told, denied in its own sentence or the one after (not "Jens er
    stoppet, men han står stadig som kontakt. Det er forkert.", which denies the "men")."""
    start, end = doc.sentence(hit.start)
    if not _REPORTED.search(doc.folded, start, hit.start):
        return False
    following = _VISIBLE.search(doc.raw, end)  # past the blank line between them
    after = doc.sentence(following.start())[1] if following else end
    denial = _DENIED.search(doc.folded, hit.end, after)
    return denial is not None and not _BUT.search(doc.folded, hit.end, denial.start())


def _said_they_would(doc: _Document, hit: _Hit) -> bool:
    """ "Jeres kundeservice sagde, at de ville "slette mig og oprette mig igen"": the firm's
    plan, told back to it, not the sender's wish."""
    return bool(_SAID_THEY_WOULD.search(doc.folded, doc.sentence(hit.start)[0], hit.start))


def _already_known(doc: _Document, hit: _Hit) -> bool:
    """ "Han vidste, at jeg er blevet lagerchef": someone's knowledge, no news to record."""
    known = _KNEW.search(doc.folded, doc.sentence(hit.start)[0], hit.start)
    subject = _WORD.match(doc.folded, known.start(1)) if known else None
    return bool(subject and subject.group() in common.FIRST_PERSON)


_OWN_DOING = re.compile(_spaced(common.OWN_DOING))
_DONE_BY_ME = re.compile(_spaced(common.DONE_BY_ME))
_DELETED = re.compile(common.DELETED)
_ELSEWHERE = re.compile(_spaced(common.ELSEWHERE))


def _own_doing(doc: _Document, hit: _Hit) -> bool:
    """ "kan jeg bare selv slette ham i CRM?": the sender would do the deleting, or has done
    it ("Jeg har slettet den igen"); or it is asked of other firms ("at få slettet mig hos
    alle de firmaer, jeg ikke bruger mere")."""
    before = doc.before(hit)
    return bool(_OWN_DOING.search(before) or (
        _DELETED.match(doc.folded, hit.start) and _DONE_BY_ME.search(before)) or
        _ELSEWHERE.match(doc.folded, hit.end))


_DONE = re.compile(_spaced(common.DONE_BY_YOU))  # "Jeg ved godt, at I har slettet mig, men ..."
_CONFIRM = re.compile(_spaced(common.CONFIRM))
_WHETHER = re.compile(_spaced(common.WHETHER))  # "Er Kenneth stoppet?"


def _asked_whether(doc: _Document, hit: _Hit) -> bool:
    start, end = doc.sentence(hit.start)
    return bool(_WHETHER.match(doc.folded, start)) and doc.raw[start:end].rstrip().endswith("?")


def _already_done(doc: _Document, hit: _Hit) -> bool:
    """The deletion is told as done by the firm, not asked for."""
    start = doc.sentence(hit.start)[0]
    return bool(_DONE.search(doc.folded, doc.clause_start(hit.start), hit.start)) and \
        not _CONFIRM.search(doc.folded, start, hit.start)


# A chaser's ultimatum: "Hvis jeg ikke har en oversigt over mine oplysninger inden fredag,
# klager jeg til Datatilsynet" asks for what its condition names.
_UNLESS = re.compile(r"(?<!\w)(?:hvis (?:jeg|vi) ikke|if (?:i|we) (?:don't|do not|haven't"
                     r"|have not)|wenn ich (?:bis \S+ )?(?:nicht|keine?))\b")
_ULTIMATUM = re.compile(r"(?<!\w)(?:klager (?:jeg|vi)|går (?:jeg|vi) (?:videre )?til|kontakter "
                        r"(?:jeg|vi) datatilsynet|anmelder (?:jeg|vi)|i(?:'ll| will| shall) "
                        r"(?:complain|report|escalate|contact the)|beschwere ich mich|werde ich "
                        r"mich)\b")


def _demand(doc: _Document, hit: _Hit) -> bool:
    """The phrase sits in an ultimatum's condition: wanted, not supposed nor refused."""
    start, end = doc.sentence(hit.start)
    unless = _UNLESS.search(doc.folded, start, hit.start)
    return bool(unless and _ULTIMATUM.search(doc.folded, hit.end, end))


_CLAUSE_BREAK = re.compile(r"[,;–—]|\s-\s")


_OFFERS = re.compile(r"(?<!\w)(?:tilbud|kampagne\w*|reklame\w*|nyhedsbrev\w*|promotion\w*|offers?|"
                     r"newsletters?|marketing|salg\w*|sælger\w*|sales)(?!\w)")
_CALLS_ABOUT_ORDERS = re.compile(r"(?<!\w)(?:opkald|mails?|breve?|sms\w*|calls?|e-?mails?|"
                                 r"letters?) (?:om|angående|vedr\.?|about|regarding) (?:\w+ )?"
                                 r"(?:ordre\w*|faktura\w*|levering\w*|regning\w*|orders?|"
                                 r"invoices?|deliver\w*)(?!\w)")


def _against_business(doc: _Document, hit: _Hit, comp: _Compiled) -> bool:
    """ "Gegen Ihre Rechnung ... legen wir Widerspruch ein": an objection to an invoice or
    an order, in a clause naming no use of personal data and no marketing."""
    start = doc.clause_start(hit.start)
    end = min(doc.sentence(hit.start)[1], hit.end + 30)  # "... Widerspruch gegen die Rechnung"
    # but not past a clause break: "Lad være med at sende mig den slags – ordrer og fakturaer
    # er fint" names the business it lets through
    after = _CLAUSE_BREAK.search(doc.folded, hit.end, end) if MARKETING in hit.tags else None
    end = after.start() if after else end
    if not (comp.business and comp.business.search(doc.folded, start, end)):
        return False
    if _CALLS_ABOUT_ORDERS.search(doc.folded, hit.start, end) and not _OFFERS.search(
            doc.folded, hit.start, end):
        return True  # "Jeg vil helst ikke have opkald om Vinthers ordrer nu": no sales calls
    named = (comp.referent, comp.marketing)
    return not any(rx and rx.search(doc.folded, start, end) for rx in named) and not \
        _USE_OF_DATA.search(doc.folded, start, end)


def _first_name_in(doc: _Document, start: int, end: int) -> bool:
    """ "Bente på vores kontor har fået nyt mobilnummer": a colleague named by first name."""
    return any(_first_name_alone(doc, m) for m in _FIRST_ALONE.finditer(doc.raw, start, end))


def _firm_data(doc: _Document, hit: _Hit) -> bool:
    """ "Hansen Byg ApS flytter - opdater vores adresse": a firm's own address or number
    is company data, not a person's (gdpr-dk.md §3.3); a household's "vores" is not, and
    nor is an employee's "min titel er nu ..." in a firm's mail."""
    low, high = _near(doc, hit.start)
    if _PAYMENT.search(doc.folded, low, high):
        return True  # "opdater opplysningene ... IBAN": bank details are a payee's, not a person's
    if not doc.firm() or _names_a_person(doc, low, high) or _first_name_in(
            doc, *doc.sentence(hit.start)):
        return False  # "han har fået nyt mobilnummer": a colleague's own, in a firm's mail
    start = max(doc.clause_start(hit.start), hit.start - 40)
    if set(_WORD.findall(doc.folded[start:hit.end])) & common.PLURAL_OWN:
        return True
    # "Hansen ApS har ny adresse:" - nobody's own
    return not set(_WORD.findall(doc.folded[low:high])) & common.OWN_WORDS


def _phrases(doc: _Document, comps: Sequence[_Compiled]) -> list[_Hit]:
    """Every phrase found, weighed in context, one per (intent, start)."""
    best: dict[tuple[str, int, bool, bool], _Hit] = {}
    # narrowed once to the keys of the languages read: each language then looks up a few
    starts = doc.word_starts & _keys_of(tuple(comp.lex.code for comp in comps))
    for comp in comps:
        for hit in _scan(doc, comp, starts):
            hit.weight = _weigh(doc, hit, comp, None if comp is comps[0] else comps[0])
            if TEMPORARY in hit.tags and comp.until and comp.until.search(
                    doc.folded, *doc.sentence(hit.start)):
                hit.intent = "restriction"  # "don't use my data until ...": art. 18
            # "er fratrådt og er ikke længere ansat": the inverted reading ("er Jens
            # stoppet") must not displace the plain one that starts at the same word, nor
            # the third person ("nie pracuje") the sender's own ("nie pracuję", folded alike)
            key = (hit.intent, hit.start, INVERTED in hit.tags, SELF in hit.tags)
            if key not in best or (hit.weight, hit.end) > (best[key].weight, best[key].end):
                best[key] = hit
    return _kept(doc, _drop_nested(doc, sorted(best.values(), key=lambda h: h.start)))


def _near(doc: _Document, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` with the one before and the one after it."""
    start, end = doc.sentence(pos)
    return doc.sentence(max(0, start - 1))[0], doc.sentence(min(end, len(doc.raw) - 1))[1]


def _kept(doc: _Document, hits: list[_Hit]) -> list[_Hit]:
    """ "Don't use my data. But don't delete it": use nothing, keep everything - art. 18."""
    # a "don't use it until ..." already read as restriction keeps its neighbours too:
    # "Indtil I har undersøgt det, ... brug dem ikke" is one restriction
    keeps = [h.start for h in hits if h.weight > 0 and (KEEP in h.tags or (
        TEMPORARY in h.tags and h.intent == "restriction"))]
    _spelt_out(doc, hits)
    for hit in hits if keeps else ():
        if TEMPORARY in hit.tags and hit.intent == "objection":
            low, high = _near(doc, hit.start)
            # a subject line ("Brug ikke mine oplysninger lige nu") heads the whole body
            if any(low <= k < high for k in keeps) or hit.start < doc.subject_end:
                hit.intent = "restriction"
        elif hit.intent == "objection" and ANAPHOR in hit.tags and MARKETING not in hit.tags:
            # "Behold dem, men lad være med at bruge dem": the data kept, and not to be used,
            # is art. 18 (not an objection by name: "men behold mine oplysninger til garantien")
            low, high = doc.sentence(hit.start)
            if any(low <= k < high for k in keeps):
                hit.intent = "restriction"
    restricted = {doc.sentence(h.start) for h in hits if h.intent == "restriction" and h.weight}
    for hit in hits:
        # "... ikke at bruge mine oplysninger til noget som helst - ingen rykkere, ingen
        # opringninger": the list says what "noget" is, it opts out of nothing more
        if MARKETING in hit.tags and hit.intent == "objection" and \
                doc.sentence(hit.start) in restricted:
            hit.intent = "restriction"
    return hits


# "ingen opkald", "no letters": contact of any kind, not marketing by name (a newsletter)
_PLAIN_CONTACT = re.compile(r"\w+ (?:opkald|breve?|post|e-?mails?|mails?|sms\w*|henvendelser|"
                            r"calls?|letters?)")


def _spelt_out(doc: _Document, hits: list[_Hit]) -> None:
    """ "spærre mine oplysninger: ... – ingen opkald, ingen breve": a soft no-calls in the
    sentence of a restriction says what "not used" means; it is part of the restriction.
    "... – ingen opfølgningsopkald, intet nyhedsbrev" names marketing: an objection too."""
    frozen = {doc.sentence(h.start) for h in hits
              if h.intent == "restriction" and h.weight >= STRONG}
    for hit in hits if frozen else ():
        if hit.intent == "objection" and 0 < hit.weight < STRONG and doc.sentence(
                hit.start) in frozen and _PLAIN_CONTACT.fullmatch(doc.folded, hit.start, hit.end):
            hit.intent = "restriction"


_SENTENCE_MARK = re.compile(r"[.!?]\s")  # lower-case mail has no capital to end a sentence at


def _drop_nested(doc: _Document, hits: list[_Hit]) -> list[_Hit]:
    """ "slet alt, hvad I har om mig": the access phrase inside is the erasure's object. A
    phrase that runs over sentences ("sms'er fra jer?? hvor har I mit nummer fra. jeg vil
    ik ha flere") only carries its referent along; what it spans keeps its own reading, and
    so does an opt-out coordinated inside ("gerne afmeldes jeres nyhedsbrev og slettes fra
    jeres kundedatabase")."""
    outer = [h for h in hits if h.weight > 0 and h.intent in _REQUEST_INTENTS
             and not _SENTENCE_MARK.search(doc.raw, h.start, h.end)]
    return [
        h for h in hits
        if h.intent not in _REQUEST_INTENTS or not any(
            o.intent != h.intent and o.start <= h.start and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            and not (MARKETING in h.tags and h.start > o.start) for o in outer)
    ]


def _article_hits(doc: _Document, comp: _Compiled) -> list[_Hit]:
    """ "Art. 17 DSGVO" -> erasure, when the number sits next to the regulation's name."""
    hits = []
    folded = doc.folded
    for literal, regex in _ARTICLE_RES:
        for m in regex.finditer(folded) if literal in folded else ():
            intent = common.ARTICLE_INTENTS.get(int(m.group(1)))
            if intent is None or m.group(2):
                continue
            # the law's name must be near and in the same paragraph
            low = max(0, m.start() - 60, folded.rfind("\n\n", 0, m.start()))
            high = folded.find("\n\n", m.end(), m.end() + 100)
            if _REGULATION.search(folded, low, m.end() + 100 if high < 0 else high):
                hit = _Hit(intent, ARTICLE, m.start(), m.end(), (), comp.lex.code)
                hit.weight = _weigh(doc, hit, comp)
                hits.append(hit)
    return hits


# --------------------------------------------------------------------------- contact left


@dataclass(frozen=True)
class _Sender:
    name: str | None
    email: str | None


def _is_name(tokens: list[str], initial: bool, lang: str, proof: int = 0) -> bool:
    """Can these capitalised words be a person? ``proof`` (see _proof) asks for more: a
    known name, or (level 1, running text) a full name of two or more words."""
    words = [fold(t).strip("'’.") for t in tokens]
    if any(w in common.FIRST_NAMES or w in common.SURNAMES for w in words):
        return True
    # "Skydeport", "Portmotoren", "El-anlægget": a Danish compound ending in a thing noun;
    # a surname may read as one ("Lena Ström" folds to "strøm"), a first word may not
    if _thing_word(words[0]):
        return False
    if len(words) > 1:
        return proof < 2
    if proof:
        return False
    if lang == "de":  # German capitalises every noun
        return False
    if not initial:
        return True
    # Opening a sentence, a Scandinavian noun shows its definite ending ("Maskinen er
    # stoppet", "Arbejdet er stoppet"); a name ("Gert er gået på pension") does not.
    return lang in ("da", "no", "sv") and not words[0].endswith(common.DEFINITE_ENDINGS)


def _thing_word(word: str) -> bool:
    word = word.split("-")[-1]
    return word in common.THING_HEADS or word.endswith(common.THING_TAILS)


def _soft_verb(doc: _Document, hit: _Hit) -> bool:
    """ "er stoppet", "holdt op": said of machines and work as often as of people."""
    return bool(_SOFT_LEFT.search(doc.folded, hit.start, hit.end))


def _proof(doc: _Document, hit: _Hit) -> int:
    """How much a capitalised subject must prove to be a person: 2 in a subject line or
    heading (every first word is capitalised there), 1 after a verb that also fits a
    machine or a job ("Skydeport er stoppet"), else 0 ("Gert er fratrådt")."""
    if doc.is_title(hit.start):
        return 2
    return 1 if _soft_verb(doc, hit) else 0


def _clean_name(tokens: list[str], possessive: bool) -> str:
    last = _POSSESSIVE.sub("", tokens[-1])
    base = fold(last[:-1])
    if possessive and last.endswith("s") and (base in common.SURNAMES or base in
                                              common.FIRST_NAMES or base.endswith("sen")):
        last = last[:-1]  # "Jens Hansens sidste arbejdsdag" -> Jens Hansen
    return " ".join([*tokens[:-1], last])


def _name_tokens(text: str) -> list[str]:
    match = _NAME_TAIL.search(text)
    tokens = match.group(1).split() if match else []
    while tokens and fold(tokens[0]).strip(".") in common.NOT_NAMES:
        tokens.pop(0)
    return tokens


def _not_a_person(before: str, tokens: list[str], lang: str) -> tuple[bool, int]:
    """Is the capitalised tail of ``before`` a place, firm or thing rather than a person?

    Returns (verdict, where the preposition starts, or -1): "indkørslen til Strandhaven",
    "Hansen Byg ApS", "Projekt Havnefronten", "A/S" are not people.
    """
    at = before.rfind(tokens[0])
    words = [fold(t).strip(".,") for t in tokens]
    if words[0] in common.THING_HEADS or any(w in common.COMPANY_FORMS for w in words):
        return True, -1
    if at > 0 and (before[at - 1].isalnum() or before[at - 1] in "/&-"):
        return True, -1  # the tail of "A/S", "H&M", "Nord-Byg"
    previous = re.search(r"(\S+)\s+$", before[:at])
    if previous and fold(previous.group(1)) in common.PREPOSITIONS.get(lang, ()):
        return True, previous.start()
    return False, -1


def _lower_name(before: str) -> list[str]:
    """ "hej. tommy vestergaard er fratraadt": a known first name typed in lower case (in the
    last sentence: "hej mikkel. arbejdet er stoppet" greets Mikkel, the work stopped)."""
    piece = _STOP_BEFORE.split(before[-40:])[-1]
    words = re.findall(r"[^\W\d_]+", piece)[-2:]
    # a name that is also a word ("kurt", "per") only where it opens its line: "hej\n\nkurt
    # er gaaet paa pension" (never a month's: "august")
    opens = len(re.findall(r"[^\W\d_]+", piece.split("\n")[-1])) <= 2
    for i, word in enumerate(words):
        if word.islower() and word in common.FIRST_NAMES and (
                word not in common.WORDLIKE_NAMES or (opens and word in common.OPENING_NAMES)):
            return words[i:]
    return []


def _name_before_place(before: str, lang: str) -> tuple[list[str], str]:
    """ "Peter Hansen fra vores lager er stoppet": a known first name, then where they work."""
    match = _NAME_THEN_PLACE.search(before)
    if not match or fold(match.group(2)) not in common.PREPOSITIONS.get(lang, ()):
        return [], before
    tokens = match.group(1).split()
    if fold(tokens[0]) not in common.FIRST_NAMES:
        return [], before
    return tokens, before[:match.end(1)]


def _person_tokens(before: str, lang: str) -> tuple[list[str], str]:
    """The name that ends ``before`` and can be the subject, with the text it ends."""
    for _ in range(2):  # "Peter Hansen fra Bygma er stoppet": look past one preposition
        tokens = _name_tokens(before)
        if not tokens:
            lower = _lower_name(before)
            return (lower, before) if lower else _name_before_place(before, lang)
        thing, cut = _not_a_person(before, tokens, lang)
        if not thing:
            return tokens, before
        if cut < 0:
            return [], before
        before = before[:cut].rstrip(" \t,")
    return [], before


def _recent_name(doc: _Document, pos: int, end: int | None = None) -> str | None:
    """The last full name mentioned shortly before ("Jens Hansen ... han er stoppet"), else
    a known first name alone in the same sentence or the one before, up to ``end``
    ("Karsten han er holdt op", "Gitte – hun er gået på pension")."""
    # (up to `end`: "... til Lone Bach mere, hun er stoppet" names her in the same sentence)
    names = [m.group(0) for m in _NAME_ANY.finditer(doc.raw, max(0, pos - 300), end or pos)]
    names = [n for n in names if fold(n.split()[0]) in common.FIRST_NAMES]
    if names or end is None:
        return names[-1] if names else None
    alone = _FIRST_ALONE.finditer(doc.raw, doc.sentence(max(0, pos - 1))[0], end)
    return next((m.group(0) for m in reversed(list(alone)) if _first_name_alone(doc, m)), None)


_FIRST_ALONE = re.compile(r"(?<![\w.@-])[A-ZÆØÅÄÖÜÉ][a-zæøåäöüé]+(?![\w@'’-])")
_GREETING = re.compile(r"[ \t>]*(?:hej|hejsa|hi|hello|dear|kære|kaere|hallo|goddag|godmorgen|"
                       r"hei|morn|att\.?|attn\.?|til|to)[ \t,:]*$")


def _first_name_alone(doc: _Document, match: re.Match[str]) -> bool:
    """A known first name that is not the one a greeting addresses ("Hej Jens")."""
    word = fold(match.group(0))
    if word not in common.FIRST_NAMES or word in common.WORDLIKE_NAMES:
        return False
    return not _GREETING.match(doc.folded, doc.line(match.start())[0], match.start())


_INVERTED_HEAD = re.compile(r"\S+(?:\s+(?:både|begge|beide|both))?(?:\s+(?:vores|vor|our)\s+"
                            r"[\w\-]+)?", re.IGNORECASE)


def _inverted_subject(doc: _Document, hit: _Hit) -> str | None:
    """ "Desværre er Jens Hansen stoppet": the name sits inside the phrase."""
    # the verb, and "både/begge" of "er både Allan Rytter og Mette Krogh fratrådt"
    first_word = _INVERTED_HEAD.match(doc.raw, hit.start, hit.end)
    match = _NAME_HEAD.match(doc.raw, first_word.end() if first_word else hit.start, hit.end)
    tokens = match.group(1).split() if match else []
    if not tokens:
        return _lower_inverted(doc.raw[first_word.end() if first_word else hit.start:hit.end],
                               doc.folded[hit.end:hit.end + 30])
    return " ".join(tokens) if tokens and _is_name(tokens, False, hit.lang, _proof(
        doc, hit)) else None


# "... skilt os af med vores projektleder Tobias Kragh (tk@...)": role words, then the name
_AFTER_ROLE = re.compile(r"\s*(?:[a-zæøåäöü][\w\-]*[:,]?\s+){0,4}?(?:[-•*]\s+)?(?=[A-ZÆØÅÄÖÜÉ])")
# "Ray Dunn (site supervisor) and Ola Berg": past a bracket, on to the next name
_AND_AFTER = re.compile(r"[^\n]{0,60}\n\s*[-•*]\s+"  # down a list: "- Bo Jensen (bj@...)\n- Pia"
                        r"|(?:\s*\([^()]{0,60}\))?\s*(?:,|\s(?:og|and|och|und|en|samt|&))\s+")


def _object_person(doc: _Document, hit: _Hit) -> tuple[bool, str | None, str | None]:
    """ "We have parted ways with our project manager Kevin Doyle": who, after the words."""
    end = min(len(doc.raw), hit.end + 120)
    role = _AFTER_ROLE.match(doc.raw, hit.end, end)
    match = _NAME_HEAD.match(doc.raw, role.end(), end) if role else None
    tokens = match.group(1).split() if match else []
    if not match or not tokens or not _is_name(tokens, False, hit.lang, _proof(doc, hit)):
        return False, None, None
    email = _EMAIL_AFTER.match(doc.raw, match.end(), end)
    return True, " ".join(tokens), email.group(1) if email else None


# after "så er kim stoppet": where ("stoppet med maskinen" is a task, "så er tom stoppet" may
# be a machine's)
_LEFT_HERE = re.compile(r" *(?:hos (?:os|jer)\b|her\b|i firmaet\b|pr\.? ?\d|per \d)")


def _lower_inverted(text: str, after: str = "") -> str | None:
    """ "saa er jens moeller gaaet paa pension": a known first name typed in lower case,
    with the surname after it when there is one."""
    words: list[str] = re.findall(r"[^\W\d_]+", text)[:2]
    if not words or words[0] not in common.FIRST_NAMES:
        return None
    # a name that is also a word only right before the verb ("så er kim stoppet"): never
    # "per", which dates ("er per 1. maj stoppet")
    if words[0] in common.WORDLIKE_NAMES and not (
            words[0] in common.OPENING_NAMES and words[0] != "per" and len(words) > 1
            and text.rstrip().endswith(words[1]) and _LEFT_HERE.match(after)):
        return None
    if len(words) > 1 and words[1].islower() and fold(words[1]) not in common.INVERTED_FILLERS:
        return " ".join(words)
    return words[0]


def _relative_subject(doc: _Document, hit: _Hit, start: int, low: int) -> str | None:
    """A name with a relative clause: "... efter Henrik Dam, som er rejst ...", or "Gert som
    plejede at bestille reservedele hos jer er fratraadt" (the name opens the sentence, the
    clause stands between it and the verb)."""
    for found in (_RELATIVE_TAIL.search(doc.raw, low, hit.start),
                  _RELATIVE_HEAD.match(doc.raw, start, hit.start)):
        if found and fold(found.group(1).split()[0]) not in common.NO_ONE and _is_name(
                found.group(1).split(), False, hit.lang, _proof(doc, hit)):
            return found.group(1)
    return None


def _subject(doc: _Document, hit: _Hit, comp: _Compiled) -> tuple[bool, str | None, str | None]:
    """Is the one who left a person? Then (True, name, e-mail) as far as the text says."""
    if INVERTED in hit.tags:
        name = _inverted_subject(doc, hit)
        return name is not None, name, None
    if OBJECT in hit.tags:
        return _object_person(doc, hit)
    start = doc.sentence(hit.start)[0]
    if ELLIPTIC in hit.tags:
        return _sentence_subject(doc, start, hit)
    low = max(start, hit.start - 140)
    last = re.search(r"(\w+)\W*$", doc.raw[low:hit.start])
    if last and fold(last.group(1)) in common.POSSESSIVE_PRONOUNS:
        return True, _recent_name(doc, start), None  # "Hans sidste dag var fredag": his
    relative = _relative_subject(doc, hit, start, low)
    if relative:
        return True, relative, None
    # "bogholder, Jytte Lund, er fratrådt" names her in the apposition; "Michael Kruse,
    # projektleder, er fratrådt" before it: the text as it stands first, then past asides
    variants = _without_asides(doc.raw[low:hit.start])
    for before in variants:
        found = _named_subject(doc, hit, before, low == start)
        if found is not None:
            return found
    before, email = _split_email(variants[0])
    if email:
        return True, None, email
    tail = fold(before)
    if comp.pronoun_tail and comp.pronoun_tail.search(tail):
        return True, _recent_name(doc, start, hit.start), None
    return bool(comp.role_tail and comp.role_tail.search(tail)), None, None


# What may stand between who left and the words saying so: a date ("per 1 maart", "zum
# 31.03.2025", "last Friday"), a relative clause (", som plejede at bestille ved jer,"),
# "both" ("er begge stoppet") - never a name, so looked past, from the end, a few times.
_ASIDES = tuple(re.compile(p + r"[\s,]*$", re.IGNORECASE) for p in common.DEPARTURE_ASIDES)


# (or opening its sentence, when "ref." ended the one before)
_QUOTED_REF = re.compile(r"(?i)(?:(?:ref\.?|reference|rekvirent|att\.?|attn\.?|kontaktperson|"
                         r"contact(?: person)?):?\s*|^\s*)[\"“»«][^\"”“»«\n]{2,40}[\"”»«]$")


def _without_asides(before: str) -> list[str]:
    """The text before a departure phrase, then again without each aside at its end in
    turn; commas are kept while stripping, for an apposition has one on each side."""
    found = [before.rstrip(" \t,'’")]  # ("Dave'" + "s moved on")
    if _QUOTED_REF.search(found[0]):  # 'Deres ref. "Jonna Friis" er ikke længere ansat'
        found = [found[0][:-1]]
    for _ in range(4):
        # the shortest aside first: "indkøber, Sanne (hende der ...)," loses the brackets,
        # not the name with them
        cut = max((m.start() for rx in _ASIDES for m in [rx.search(before)] if m), default=0)
        if not cut:
            break
        before = before[:cut]
        found.append(before.rstrip(" \t,"))
    return found


def _split_email(before: str) -> tuple[str, str | None]:
    match = _EMAIL_TAIL.search(before)
    if match is None:
        return before, None
    return before[:match.start()].rstrip(" \t,"), match.group(1)


def _named_subject(doc: _Document, hit: _Hit, text: str,
                   at_start: bool) -> tuple[bool, str | None, str | None] | None:
    """(True, name, e-mail) when `text` ends in the name of who left, else None."""
    before, email = _split_email(text)
    tokens, head = _person_tokens(before, hit.lang)
    if not tokens:
        return None
    lead = head[:head.rfind(tokens[0])].strip()
    initial = at_start and (lead == "" or lead[-1] in ":-–")
    # "Herr Wagner ist ausgeschieden": a title makes a person of a surname German would
    # otherwise read as a noun
    titled = bool(lead) and fold(lead.split()[-1]).strip(".") in common.HONORIFICS
    if not titled and not _is_name(tokens, initial and len(tokens) == 1, hit.lang,
                                   _proof(doc, hit)):
        return None
    possessive = fold(doc.raw[hit.start:hit.start + 8]).startswith(common.POSSESSIVE_CUES)
    return True, _clean_name(tokens, possessive), email


# "Kort info: Bent Krogh er ...", and the same said without a colon: "fyi Liam Carter ..."
_LABEL = re.compile(r"\s*(?:(?:\w+ ){0,2}\w+:[ \t]+|(?i:fyi|btw|nb|ps|p\.s\.|til info|for your "
                    r"information|just so you know|bare så i ved det)\b[ \t:,.-]*)")


_DROPPED_I = frozenset({"var", "arbejdede", "har"})  # a sentence's first word, "jeg" unsaid
# "I" after its verb (not Danish "har I", which is "you")
_INVERTED_I = re.compile(r"(?<!\w)(?:har|er|var|blev|habe|bin|är|ben|heb) (?:jeg|eg|ich|jag|ik)"
                         r"(?!\w)")
# (on its line, or before a comma: "Hej Tom, jeg har sagt op")
_GREETING_LINE = re.compile(r"\s*(?:hej|hejsa|hi|hello|hey|dear|kære|kaere|goddag|hallo|moin|"
                            r"morn|beste|geachte|liebe|lieber|sehr geehrte\w*|god morgen)\b"
                            r"(?:[^\n]{0,40}\n|[^\n,!.]{0,30}[,!][ \t]+)")


def _sentence_subject(doc: _Document, start: int, hit: _Hit) -> tuple[bool, str | None, None]:
    """ "Jeg har været jeres kontakt ..., men er nu gået på pension": who opened it (after a
    label: "Kort info: Bent Krogh er ... og er derfor ikke længere kontaktperson")."""
    # a greeting no full stop ended, on its own line ("hej cl smed\njeg har været") or before
    # a comma ("Hi Tom, fyi Liam Carter ..."), then a label ("fyi", "Kort info:")
    greeting = _GREETING_LINE.match(doc.folded, start, hit.start)
    start = greeting.end() if greeting else start
    label = _LABEL.match(doc.raw, start, hit.start)
    start = label.end() if label else start
    opening = doc.raw[start:hit.start].split()
    if (opening and fold(opening[0]) in common.FIRST_PERSON) or _INVERTED_I.search(
            doc.folded, start, hit.start):
        return True, _SELF_MARK, None  # also "Efter 31 år hos ... har jeg nu takket af og er"
    # the pronoun left out, as on a phone: "var indkøber hos hansen stål indtil nytår men er
    # stoppet der nu" (a plain stop of the sender's still needs backing)
    if opening and fold(opening[0]) in _DROPPED_I:
        return True, _SELF_MARK, None
    name = _opening_name(doc, start, hit)
    # "vores to elever Jonas og Freja blev færdige ... og er ikke længere ansat": the name
    # after the role
    role = _ROLE_OPENING.match(doc.raw, start, hit.start) if name is None else None
    name = _opening_name(doc, role.end(), hit) if role else name
    return name is not None, name, None


_ROLE_OPENING = re.compile(r"\s*(?i:vores|our|min|mit|my|unsere?|vår|vårt|onze|vor)\s+"
                           r"(?:[a-zæøåäöü][\w-]*\s+){1,3}")


def _opening_name(doc: _Document, start: int, hit: _Hit) -> str | None:
    """The capitalised words a sentence opens with, if they can be a person."""
    match = _NAME_HEAD.match(doc.raw, start, hit.start)
    tokens = match.group(1).split() if match else []
    while tokens and fold(tokens[0]).strip(".") in common.NOT_NAMES:
        tokens.pop(0)
    return " ".join(tokens) if tokens and _is_name(tokens, False, hit.lang, _proof(
        doc, hit)) else None


def _plain(text: str) -> str:
    """Letters only, Danish letters spelt out as in e-mail addresses (ø -> o, aa -> a)."""
    text = fold(text).translate(_ADDRESS_LETTERS)
    text = text.replace("aa", "a").replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return re.sub(r"[^a-z]", "", text)


def _address_forms(name: str) -> set[str]:
    """How a work address is usually built from a name: jh@, jens@, jens.hansen@, jhansen@."""
    tokens = [_plain(t) for t in name.split() if _plain(t)]
    if not tokens:
        return set()
    first, last = tokens[0], tokens[-1]
    initials = "".join(t[0] for t in tokens)
    rest = "".join(tokens[1:])  # "Pieter van Dam": p.vandam@, pietervandam@
    return {first, last, initials, first + last, first[0] + last, first[0] + last[0],
            first + rest, first[0] + rest, first + last[0],  # priya.n@
            initials[:-1] + last}  # po.haugen@ for Per Olav Haugen


def _new_contact(before: str) -> bool:
    """The address is given as whom to write to now ("skriv til", "new contact"), not as the
    departed person's own ("Hans mail pm@...", "skriv ikke til ham mere (jm@...)")."""
    if _HIS_ADDRESS.search(before):
        return False
    found = _NEW_CONTACT.search(before)
    return bool(found and not _HIM.search(before, found.end()))


_HIS_ADDRESS = re.compile(r"(?<!\w)(?:hans|hendes|his|her|seine?n?|ihre?n?) (?:\w+ )?(?:mail|"
                          r"e-?mail\w*|"
                          r"mail ?adresse\w*|adresse|address|kontaktdaten|kontakt ?oplysninger)"
                          r"(?: er| is| var| was| ist)?\W*$")
# "hendes mail virker ikke længere" says her mailbox is gone, not that a machine stopped
# (or the address itself: "(ms@vestjyskstaal.example.dk virker ikke mere)")
_MAIL_BEFORE = re.compile(r"(?:(?:mail|nummer|telefon|adresse)\w*|@[\w-]+(?:\.[\w-]+)+|\.(?:dk|com|"
                          r"org|net|se|no|de|nl|eu|uk))\s+$")
_OWN_OLD_ADDRESS = re.compile(r"(?:min|my) (?:gamle |old |tidligere |former |previous )?"
                              r"(?:arbejds ?|work ?)?(?:mail|e-?mail|mail ?adresse|address)"
                              r"(?: var| was| er| is)?\W*$"
                              # "(var tsj@...)": the one who left, as they were
                              r"|\((?:var|was|før|tidligere|formerly)\W*$")
_HIM = re.compile(r"(?<!\w)(?:ham|hende|him|her)(?!\w)")
# "slette ham fra jeres maillister og kontaktkartotek (mj@...)", "delete his details from your
# contact list (d.jennings@...)": the list named is the one he leaves, not a new contact's
_DELETE_HIM = re.compile(r"(?<!\w)(?:slet\w*|fjern\w*|delete\w*|remove\w*|lösch\w*|entfern\w*)"
                         r"\s+(?:\w+\s+)?(?:ham|hende|him|her|his|ihn|seine?n?|ihre?n?)(?!\w)")


def _named_address(name: str, before: str) -> bool:
    """ "Lenes mail", "Peter's e-mail": the text names whose address follows (one person's:
    "Lars' og Susannes mailadresser (lv@... og sn@...)" names two, in turn)."""
    first = re.escape(fold(name.split()[0]))
    return bool(re.search(rf"(?<!\w){first}(?:s|'s|’s|') (?:\w+ )?(?:mail|e-?mail|mail ?adresse|"
                          rf"e-?mail ?adresse|adresse|address)\W*$", before))


def _address_of(doc: _Document, name: str | None, skip: str | None,
                told_by_self: bool = False) -> str | None:
    """The departed person's own address, when the mail mentions it anywhere.

    "Peters mail ph@jensenbyg.dk lukkes" or "min gamle arbejdsmail var mk@...": an
    address whose local part is built from the name, and not one given as the new contact.
    Who tells of their own leaving calls no address of theirs "his": "Anders overtager,
    hans mail er anders@..." is the successor's (``told_by_self``).
    """
    forms = _address_forms(name) if name else set()
    for match in EMAIL.finditer(doc.raw):
        address = match.group(0).rstrip(".")
        before = doc.folded[max(0, match.start() - 40):match.start()]
        role = doc.folded[doc.sentence(match.start())[0]:match.start()]
        if address == skip:
            continue
        # "Min gamle mail var nst@...", "Lenes mail lk@... lukker", "fjern hans mail (pd@...)":
        # said whose it is, even just after "jeres kontakt" (a new-contact word)
        # (the sender's own, even where the sender gave no name: "min gamle arbejdsmail md@")
        if ((name or told_by_self) and _OWN_OLD_ADDRESS.search(before)) or (name and (
                _named_address(name, before) or (not told_by_self and _HIS_ADDRESS.search(
                    before)))):
            return address
        if _new_contact(before) and not _OLD_ROLE.search(role) and not _DELETE_HIM.search(role):
            continue
        local = address.split("@")[0]
        # "poul.ravn@" for a "Poul" the mail names by first name only
        if _plain(local) in forms or (name and len(name.split()) == 1 and _plain(
                re.split(r"[._-]", local)[0]) == _plain(name)):
            return address
    return None


# A shared mailbox (faktura@, info@, support@): when it closes, no person has left.
_ROLE_MAILBOX = re.compile(
    r"(?:faktura|fakturering|invoices?|rechnung\w*|info|kontor|office|post|salg|sales|ordre"
    r"|orders?|bogholderi|regnskab|accounts?|kreditor|debitor|support|service|kundeservice"
    r"|admin|indkøb|purchasing|mail|webshop|booking|reception|projects?|projekt\w*|design|"
    r"engineering|teknik|technical|logistics?|logistik|lager|warehouse|dispatch)\d*@",
    re.IGNORECASE)


def _who_left(doc: _Document, hit: _Hit, sender: _Sender, auto: bool) -> Departed | None:
    comp = _compiled(hit.lang)
    if MAILBOX in hit.tags and _ROLE_MAILBOX.match(sender.email or ""):
        return None
    is_person, name, email = (True, _SELF_MARK, None) if SELF in hit.tags or MAILBOX in \
        hit.tags else _subject(doc, hit, comp)
    # a bounce ("Denne mailadresse er lukket, da medarbejderen er fratrådt") speaks for the
    # recipient it could not reach, the first address it names, not for the mail server
    daemon = auto and bool(_DAEMON.match(sender.email or ""))
    if name == _SELF_MARK and daemon:
        return Departed(None, _failed_recipient(doc, sender.email))
    if name == _SELF_MARK:  # the sender left; their old work address may be in the text
        own = _address_of(doc, sender.name, sender.email, told_by_self=True)
        return Departed(sender.name, own or sender.email)
    if not is_person:
        return None
    name = _as_written(name) if name else name
    email = email or _address_of(doc, name, None)
    if daemon:
        return Departed(name, email or _failed_recipient(doc, sender.email))
    if auto and _NO_REPLY.match(sender.email or ""):  # an invoice portal: no one's mailbox
        person = sender.name if sender.name and fold(sender.name.split()[0]) in \
            common.FIRST_NAMES else None
        return Departed(name or person, email)
    if auto:  # an auto-reply speaks for the mailbox it comes from
        return Departed(name or sender.name, email or sender.email)
    return Departed(name, email)


_DAEMON = re.compile(r"(?i)(?:postmaster|post_master|mailer-daemon|mail-daemon|mailerdaemon|"
                     r"maildaemon|mail\.?delivery)@")


_NO_REPLY = re.compile(r"(?i)(?:no-?reply|do-?not-?reply|donotreply|ikke-?svar)[\w.-]*@")


def _failed_recipient(doc: _Document, server: str | None) -> str | None:
    found = (m.group(0).rstrip(".") for m in EMAIL.finditer(doc.raw))
    return next((a for a in found if a.lower() != (server or "").lower()), None)


def _left_blocked(doc: _Document, hit: _Hit, flag_hits: Sequence[_Hit]) -> str | None:
    """Why this sentence is not a departure: moved within the firm, or maybe died."""
    comp = _compiled(hit.lang)
    start, end = doc.sentence(hit.start)
    # "er stoppet" fits a machine: the whole sentence may say so ("... og virker ikke");
    # "er fratrådt" does not, so only its own clause can say the person stays
    near = (start, end) if _soft_verb(doc, hit) else _clause_of(doc, hit.start, (start, end))
    if comp.not_left and any(not _MAIL_BEFORE.search(doc.folded, max(0, m.start() - 20), m.start())
                             for m in comp.not_left.finditer(doc.folded, *near)):
        return "moved"
    if _OWN_BUSINESS.search(doc.folded, start, end):
        return "moved"  # retiring from one's own business: the customer closes, no one left it
    if _WORK_VERB.search(doc.folded, hit.start, hit.end) and _TRADE_LEFT.match(doc.folded,
                                                                                hit.end):
        return "moved"  # "ne travaille plus dans le secteur": a career changed, no firm left
    if _GREETINGS_TO_YOURS.search(doc.folded, start, end + 120) and not _OURS_BEFORE.search(
            doc.folded, start, hit.start):
        return "moved"  # "Sig tillykke fra mig": the one retiring works at the firm
    if comp.ambiguous_left and comp.ambiguous_left.search(doc.folded, start, end):
        return "ambiguous"
    if any(f.intent == "deceased" and start <= f.start < end for f in flag_hits):
        return "deceased"
    near = _near(doc, hit.start)
    if _WORKED_FOR_US.search(doc.folded, *near) or _at_ours(doc, *near):
        return "ours"  # one of our own staff or apprentices left us: no customer's contact
    if _YOUR_STAFF.search(doc.folded, doc.clause_start(hit.start), hit.start) or \
            _asks_for_our_new_contact(doc, start, end):
        return "ours"
    if SELF not in hit.tags and _household(doc, start, end) and not (
            comp.handover and comp.handover.search(doc.folded)):
        return "family"
    return None


def _at_ours(doc: _Document, start: int, end: int) -> bool:
    """ "går Erling fra værkstedet på pension efter 38 år hos CL Smed": years at our own firm
    (its name from the configuration), as in a staff mail to colleagues; a customer's "vores
    kontakt hos CL Smed" names no workplace left."""
    return bool(doc.ours) and _years_at(doc.ours).search(doc.folded, start, end) is not None


@cache
def _years_at(ours: str) -> re.Pattern[str]:
    """ "år hos cl smed": compiled once per configuration, as _firm_marks is."""
    return re.compile(rf"(?<!\w)(?:år|years) (?:hos|ved|i|at|with) {re.escape(ours)}(?!\w)")


# "Vores indkøber Henrik", "our buyer Simon Ford": the sender's own firm's, whatever greetings
_OURS_BEFORE = re.compile(r"(?<!\w)(?:vores|vor|our|unser\w*|onze|vår|vårt|våre)(?!\w)")
# a workplace named: "er ikke længere ansat hos Holm VVS", "no longer works at Harbour
# Lettings", "war Ihr Ansprechpartner bei Schmidt Metallbau", "gik på pension fra Holstebro
# Varmeteknik"
_EMPLOYER = re.compile(r"\b(?:hos|ved|at|bei|bij|for|with|[Pp]ension fra|[Ee]fterløn fra) "
                       r"[A-ZÆØÅ]\w+")
_AT_WORK = re.compile(r"(?<!\w)(?:firma\w*|virksomhed\w*|kontaktperson\w*|contact person|"
                      r"company|ansprechpartner|betrieb|contactpersoon|bedrijf|ejede|ejer|owned)"
                      r"(?!\w)")  # (and the roles _ROLE names: "owner", "indehaver")
# "min mand", "my wife": someone of the sender's own household
_KIN = re.compile(r"(?<!\w)(?:min|mit|my|mein\w*|mijn) (?:mand|kone|far|mor|søn|datter|husband|"
                  r"wife|father|mother|son|daughter|mann|frau|vater|mutter|man|vrouw|vader"
                  r"|moeder)(?!\w)")


def _household(doc: _Document, start: int, end: int) -> bool:
    """ "Min mand arbejder ikke længere, han gik på efterløn i januar": a private sender
    tells of her own household, not of a customer's contact (a firm's mail, one that names
    a role in the firm - "min mand, der ejer firmaet" - or his work address, or hands over
    to a son may well be a departure)."""
    return bool(_KIN.search(doc.folded, start, end)) and not doc.firm() and not (
        _ROLE.search(doc.folded, start, end) or EMAIL.search(doc.folded, start, end)
        or _AT_WORK.search(doc.folded, start, end) or _EMPLOYER.search(doc.raw, start, end))


# "Jeg stoppede hos jer som klejnsmed", "Min søn var i lære hos jer, men han stoppede",
# "Da jeg var lærling ... Nu hvor jeg er stoppet", "I used to work for you"
# ("worked with you on the hall" is a customer's contact: only "for/at you" is ours)
_WORKED_FOR_US = re.compile(
    r"(?<!\w)(?:stoppe\w*|ansat|arbejde\w*|lærling\w*|i lære|elev|job\w*) (?:(?!på\b|vores\b|"
    r"med\b|om\b)\w+ ){0,3}?(?:hos|for|ved|i) (?:jer|jeres (?:firma|virksomhed|administration|"
    r"værksted|afdeling))(?!\w)"
    r"|(?<!\w)(?:worked|working|work|employed|apprentice\w*|left) (?:\w+ ){0,3}?(?:for|at) "
    r"(?:you|your (?:company|firm|workshop))(?!\w)"
    # "Since Ole left you last month I've not had anyone who knows my jobs" (a time after it:
    # not "I've left you two voicemails", "Sorry I left you hanging")
    r"|(?<!\w)left (?:you|your (?:company|firm|workshop))(?= (?:last|in|this|back|earlier|at the|"
    r"\d)\b| *[,.;])"
    r"|(?<!\w)(?:jeg|han|hun) var (?:\w+ )?(?:lærling|elev|i lære)(?!\w)(?! (?:hos|ved|i|på) "
    r"(?!jer\b))|i was an apprentice(?! (?:at|with) (?!you\b))")


# "jeres smed Mikkel", "your fitter Jens": the firm's own people, just before the departure
_YOUR_STAFF = re.compile(
    r"(?<!\w)(?:jeres|your|ihr|ihre) (?:\w+ )?(?:smed|smede|montør|svejser|sælger|chauffør|"
    r"tekniker|lærling|projektleder|mester|mand|fitter|welder|smith|driver|salesman|technician|"
    r"engineer|apprentice|foreman|kollege|kollegin|mitarbeiter|mitarbeiterin|monteur)s? \w+"
    r"(?: \w+)? *$"
    # "Peter from your sales team moved on to another company"
    r"|(?<!\w)(?:fra|from) (?:jeres|your) (?:\w+ )?(?:team|kontor|office|afdeling|department|"
    r"salg|sales|værksted|workshop|lager|warehouse)\w* *$")
# "... at Bo går på pension til sommer. Hvem bliver vores kontakt hos jer fremover?" (not when
# the one leaving is the sender's own: "Mette er stoppet hos os. Hvem bliver vores nye ...")
_WHO_IS_OUR_CONTACT = re.compile(
    r"(?<!\w)(?:hvem (?:bliver|er|skal være) (?:nu )?(?:vores|min)|who (?:will be|is) (?:now )?"
    r"(?:our|my)) (?:nye |new )?(?:kontakt\w*|contact(?: person)?) (?:hos|ved|at|with) (?:jer|"
    r"you)(?!\w)")
_OURS_SIDE = re.compile(r"(?<!\w)(?:hos os|vores|vor|our|us|the company|firmaet)(?!\w)")


def _asks_for_our_new_contact(doc: _Document, start: int, end: int) -> bool:
    low, high = _near(doc, start)
    return bool(_WHO_IS_OUR_CONTACT.search(doc.folded, low, high)) and not \
        _OURS_SIDE.search(doc.folded, start, end)


_DEATH = "death"  # a contact_left read from a death a firm reports (_deaths_at_work)
# the sender's own family ("min mor døde"); "hans søn overtager" is who takes over the work
_FAMILY = re.compile(r"(?<!\w)(?:(?:min|mit|mine|vores|my|our|mein\w*|unser\w*|min kære) "
                     r"(?:mor|far|mand|kone|søn|datter|bror|søster|forældre|mother|father|"
                     r"husband|wife|son|daughter|brother|sister|parents?|mutter|vater|mamma|"
                     r"pappa)|on behalf of|på vegne af|dødsbo\w*|estate|bobestyrer\w*|"
                     r"executor)(?!\w)")
# a family firm: "min mand og medindehaver af Andersen El døde" is a death at work too
_FIRM_ROLES = r"medindehaver|indehaver|medejer|co-owner|owner|director|direktør|kompagnon|partner"
_ROLE = re.compile(rf"(?<!\w)(?:{_FIRM_ROLES})(?!\w)")
# who died worked with us: "vores indkøber", "our site manager", "here", or a role in the firm
_OUR = re.compile(rf"(?<!\w)(?:vores|vor|our|unser\w*|onze|vår\w*|here|hos os|{_FIRM_ROLES})(?!\w)")
_TAKEN_OVER = re.compile(r"(?:har|er) overtaget (?:\w+ )?(?:firma\w*|forretning\w*|virksomhed\w*|"
                         r"\w*station\w*|værksted\w*|bedrift\w*|butik\w*|smedje\w*)")
_HIS = re.compile(r"(?:hans|hendes|his|her|om ham|om hende|about him|about her)\b")


def _deaths_at_work(doc: _Document, flag_hits: Sequence[_Hit],
                    comps: Sequence[_Compiled]) -> list[_Hit]:
    """ "Vores indkøber Henning Lauridsen døde i weekenden ... det er mig, der tager mig af
    indkøb": a firm reports that its contact died and hands over. That contact has left
    the customer (the labels of every blind set say so); the deceased flag stays, so staff
    decide (R-DK-02). A death in the family ("min mor døde") is no departure, nor is a
    death told without a handover."""
    deaths = [h for h in flag_hits if h.intent == "deceased"]
    if not deaths or not any(c.handover and c.handover.search(doc.folded) for c in comps):
        return []
    # a son who "har overtaget maskinstationen" after his father: the firm goes on, its
    # contact has died
    firm_goes_on = bool(_TAKEN_OVER.search(doc.folded))
    # "vores indkøber", "our site manager", "who handled your invoices here"
    at_work = [d for d in deaths
               if firm_goes_on or _OUR.search(doc.folded, *doc.sentence(d.start))]
    if not at_work or (_private(doc, flag_hits) and not firm_goes_on and not any(
            _ROLE.search(doc.folded, *doc.sentence(d.start)) for d in at_work)):
        return []
    return [_death_hit(doc, death) for death in at_work]


def _private(doc: _Document, flag_hits: Sequence[_Hit]) -> bool:
    """A death in the sender's family, or a request about someone else ("vores kollega
    Bent Ravn døde" is the firm's own colleague, though, and "hans mail bliver lukket" the
    dead colleague's own address, not a third party's)."""
    return bool(_FAMILY.search(doc.folded)) or any(
        h.intent == "third_party" and not _OUR.match(doc.folded, h.start)
        and not _HIS.match(doc.folded, h.start) for h in flag_hits)


def _death_hit(doc: _Document, death: _Hit) -> _Hit:
    # "Henrik Dalsgaard pludselig er afgået": who died stands before the auxiliaries
    aux = _DEATH_AUX.search(doc.raw, doc.sentence(death.start)[0], death.start)
    start = aux.start() if aux else death.start
    return _Hit("contact_left", STRONG, start, death.end, (PERSON, _DEATH), death.lang)


_DEATH_AUX = re.compile(r"(?:\s+(?:er|har|var|is|has|was|had|pludselig\w*|desværre|suddenly|"
                        r"sadly|unexpectedly|nu))+\s*$", re.IGNORECASE)


def _departures(
    doc: _Document, hits: Sequence[_Hit], flag_hits: Sequence[_Hit], sender: _Sender,
    auto: bool, backed: bool,
) -> tuple[list[_Hit], list[Departed], set[str]]:
    """The contact_left phrases that hold up, who left, and flags raised on the way.

    ``backed``: the mail also hands over to someone, asks for something, or is an
    auto-reply. Without that, a sender's plain "jeg er stoppet" is not enough.
    """
    departed: list[Departed] = []
    who: list[tuple[_Hit, Departed]] = []  # each accepted phrase and the person it named
    flags: set[str] = set()
    if not hits:
        return [], departed, flags
    # a job application ("I no longer work for my previous employer", "men er stoppet der"):
    # the applicant's own past jobs, never a contact of ours leaving
    applying = bool(_APPLICATION.search(doc.folded))
    for hit in hits:
        if (SELF in hit.tags and hit.weight < STRONG and not backed) or _told_already(
                doc, hit, who, hits):
            continue
        blocked = _left_blocked(doc, hit, flag_hits)
        if blocked == "deceased" and _DEATH in hit.tags:
            flags.add("deceased")  # who died has left the customer; staff still decide
            blocked = None
        if blocked in ("ambiguous", "deceased"):
            flags.add(blocked)
        person = None if blocked or applying else _who_left(doc, hit, sender, auto)
        person = _named_before(doc, hit, who) or person
        if person is None and not (blocked or applying) and _listed_after(doc, hit, _NOBODY):
            person = _NOBODY  # "..., men de er begge ikke længere ansat:" and a list of names
        if person is None or (not backed and _plain_stop_of_sender(doc, hit)):
            continue  # "..., men er stoppet der": a job applicant's past, not our contact
        who.append((hit, person))
        for one in [person, *_joined_to(doc, hit, person), *_listed_after(doc, hit, person)]:
            if one.name or one.email:
                _add_person(departed, one)
    return [hit for hit, _ in who], departed, flags


def _told_already(doc: _Document, hit: _Hit, who: list[tuple[_Hit, Departed]],
                  hits: Sequence[_Hit]) -> bool:
    """ "Ana Costa has resigned and is not employed ... any longer": the second verb's subject
    is the first one's, named already (not "I", who opens "I would like to inform you ...");
    and "jeg har sagt op hos Brdr. Mikkelsen Staal og er ikke længere ansat": the verb after
    "og" is the opener's, not the firm's just before it."""
    if ELLIPTIC not in hit.tags:
        return any(ELLIPTIC in h.tags and h.end == hit.end and h.start < hit.start for h in hits)
    return any(doc.sentence(h.start) == doc.sentence(hit.start) for h, _ in who)


def _add_person(departed: list[Departed], one: Departed) -> None:
    """Add who left, unless already there: "Sanne de Wit werkt niet meer bij ons; zij is per
    1 maart uit dienst" names one person twice, the second time by her first name only."""
    for i, other in enumerate(departed):
        if one == other:
            return
        if _same_person(one, other):
            fuller = max(one.name or "", other.name or "", key=lambda n: len(n.split()))
            departed[i] = Departed(fuller, other.email or one.email)
            return
    departed.append(one)


def _same_person(one: Departed, other: Departed) -> bool:
    """A first name alone and a full name that starts with it, with no two different
    addresses: within one mail about who left, they are one person (two people who share
    a first name, one named in full and one not, would be a riddle to staff as well)."""
    if not (one.name and other.name) or (one.email and other.email and one.email != other.email):
        return False
    short, full = sorted((one.name.split(), other.name.split()), key=len)
    return len(short) == 1 < len(full) and short[0] == full[0]


_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?:han|hun|he|she|hon|sie|hij|zij)\s+$")


def _named_before(doc: _Document, hit: _Hit,
                  who: Sequence[tuple[_Hit, Departed]]) -> Departed | None:
    """ "Anja Friis er ikke længere ansat hos dem – hun stoppede i januar": a pronoun after
    a departure already read in its sentence is the person that departure named."""
    start = doc.sentence(hit.start)[0]
    before = [person for h, person in who if start <= h.start < hit.start and person.name]
    if not before or not _PRONOUN_BEFORE.search(doc.folded, max(start, hit.start - 8),
                                                 hit.start):
        return None
    return before[-1]


# "Simon Kjær og Mads Eriksen er stoppet", "Per, Ole and Lis have left": the names joined
# to who left. A comma alone never joins ("Kære Lone, Jens er stoppet" greets Lone).
_AND_TAIL = re.compile(r"\s+(?:og|and|och|und|en|samt|&)\s+$", re.IGNORECASE)
_LIST_TAIL = re.compile(r"\s*,\s*$")


def _joined_to(doc: _Document, hit: _Hit, person: Departed) -> list[Departed]:
    """The others named with who left, each with their address when the mail has it."""
    if not person.name or person.name == _SELF_MARK:
        return []
    if OBJECT in hit.tags or INVERTED in hit.tags:
        return _joined_after(doc, hit, person.name)
    if ELLIPTIC in hit.tags:  # "vores to elever Jonas og Freja blev færdige ... og er ..."
        return _joined_after(doc, hit, person.name, doc.sentence(hit.start)[0])
    before = doc.raw[doc.sentence(hit.start)[0]:hit.start]
    at = before.rfind(person.name)
    names: list[tuple[str, str | None]] = []
    before, joint = before[:max(at, 0)], _AND_TAIL
    while at >= 0 and (match := joint.search(before)):
        before, joint = before[:match.start()], _LIST_TAIL
        bracket = _BRACKET_TAIL.search(before)  # "Henrik Dam (hd@vestbyg.dk) og Mette"
        given = EMAIL.search(bracket.group(0)) if bracket else None
        if bracket:
            before = before[:bracket.start()]
        tokens, before = _person_tokens(before, hit.lang)  # "Kasper fra driften og ..."
        if not tokens or not _is_name(tokens, False, hit.lang, _proof(doc, hit)):
            break
        name = _as_written(" ".join(tokens))
        names.append((name, given.group(0).rstrip(".") if given else None))
        before = before[:before.rfind(tokens[0])]
    return [Departed(name, email or _address_of(doc, name, None))
            for name, email in reversed(names)]


_BRACKET_TAIL = re.compile(r"\s*\([^()]{1,80}\)\s*$")


def _joined_after(doc: _Document, hit: _Hit, name: str, since: int | None = None
                  ) -> list[Departed]:
    """ "We let go of Ray Dunn (site supervisor) and Ola Berg": the names after the first,
    also down a list that starts after the words (or from `since`, where the first stands
    before them)."""
    end = min(len(doc.raw), hit.end + 400)
    # inverted ("er både Allan Rytter og Mette Krogh fratrådt"), the names are in the phrase
    if since is None:
        since = hit.start if INVERTED in hit.tags else hit.end
    at = doc.raw.find(name, since, end)
    names: list[str] = []
    pos = at + len(name) if at >= 0 else end
    while (joint := _AND_AFTER.match(doc.raw, pos, end)) and len(names) < 5:
        match = _NAME_HEAD.match(doc.raw, joint.end(), end)
        tokens = match.group(1).split() if match else []
        if not match or not tokens or not _is_name(tokens, False, hit.lang, _proof(doc, hit)):
            break
        names.append(" ".join(tokens))
        pos = match.end()
    return [Departed(n, _address_of(doc, n, None)) for n in names]


# "Følgende medarbejdere er ikke længere ansat:\n - Tina Berg (tb@...), indkøb": a list
_BULLET = re.compile(r"\n(?:[ \t]*\n)?[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+([^\n]*)")


_HANDOVER_WORDS = re.compile(r"(?<!\w)(?:fremover|fremadrettet|i stedet|istedet|instead|"
                             r"from now on|skriv\w* til|write to|contact|kontakt\w{0,2}|"
                             r"ny\w{0,2} kontakt\w*)(?!\w)")


_NOBODY = Departed(None, None)


def _listed_after(doc: _Document, hit: _Hit, person: Departed) -> list[Departed]:
    """Who left, one per line of the list the departure sentence opens with its colon;
    only when the sentence names nobody itself and hands over to nobody before the list."""
    line_end = doc.raw.find("\n", hit.end)
    if person.name or person.email or line_end < 0 or not doc.raw[:line_end].endswith(":"):
        return []
    if _HANDOVER_WORDS.search(doc.folded, hit.end, line_end):
        return []  # "..., så skriv fremover til:" lists whom to write to, not who left
    found: list[Departed] = []
    pos = line_end
    while (item := _BULLET.match(doc.raw, pos)) and len(found) < 10:
        match = _NAME_HEAD.match(item.group(1))
        tokens = match.group(1).split() if match else []
        if not tokens or not _is_name(tokens, False, hit.lang, 1):
            break
        email = EMAIL.search(item.group(1))
        found.append(Departed(" ".join(tokens), email.group(0).rstrip(".") if email else None))
        pos = item.end()
    return found


def _as_written(name: str) -> str:
    """A name the sender wrote all in lower case ("rasmus er fratraadt") is shown to staff
    as a name; any capital the sender chose is kept ("Lars van Dijk")."""
    return name.title() if name == name.lower() else name


_PLAIN_STOP = re.compile(r"(?<!\w)(?:stoppet|stopet|holdt op|stopped|quit)(?!\w)")
# a job application: the sender's own past jobs are no contact of ours leaving
_APPLICATION = re.compile(r"(?<!\w)(?:ansøgning\w*|uopfordret ansøg\w*|søger (?:job|arbejde|en "
                          r"stilling)|application for|job application|looking for (?:work|a job|"
                          r"employment)|my cv|mit cv|curriculum vitae|bewerbung\w*|ansökan|"
                          r"søknad|tidligere arbejdsgiver\w*|previous employer|års erfaring|"
                          r"years of experience|jeg er uddannet|kan starte (?:hurtigt|med det "
                          r"samme|straks|omgående)|applying for|apply for (?:the|a|your)|"
                          r"(?:any|your) (?:openings|vacancies)|ledige stillinger)(?!\w)")


def _plain_stop_of_sender(doc: _Document, hit: _Hit) -> bool:
    """The sender says only that they stopped ("..., men er stoppet der"), read through an
    elliptic subject: like their own plain "jeg er stoppet", it needs backing."""
    if ELLIPTIC not in hit.tags or not _PLAIN_STOP.search(doc.folded, hit.start, hit.end):
        return False
    return _sentence_subject(doc, doc.sentence(hit.start)[0], hit)[1] == _SELF_MARK


# --------------------------------------------------------------------------- deciding

_FLAG_CUES = frozenset({"third_party", "representative", "deceased", "breach", "complaint",
                        "dispute", "company"})


@dataclass
class _Reading:
    """What the phrases add up to, before it is frozen into a Classification."""

    support: dict[str, list[_Hit]]  # accepted intent -> the phrases behind it
    flags: set[str]
    flag_hits: list[_Hit]
    departed: list[Departed]
    fallback: bool = False  # decided on headings or hints only
    noise: int = 0  # request phrases that the context ruled out
    ruled_out: list[_Hit] = field(default_factory=list)  # ... those phrases
    notes: list[Evidence] = field(default_factory=list)  # evidence for flags without a cue


def _support(hits: Iterable[_Hit]) -> dict[str, list[_Hit]]:
    support: dict[str, list[_Hit]] = {}
    for hit in hits:
        if hit.weight > 0:
            support.setdefault(hit.intent, []).append(hit)
    return support


def _accept(support: dict[str, list[_Hit]]) -> tuple[dict[str, list[_Hit]], bool]:
    """Intents with one strong enough phrase; failing that, headings and hints."""
    strong = {i: hs for i, hs in support.items() if max(h.weight for h in hs) >= ACCEPT}
    if strong:
        return strong, False
    hints = {
        i: hs for i, hs in support.items()
        if any(h.weight >= TITLE or (set(h.tags) & {CONSENT, BARE}) for h in hs)
    }
    return hints, bool(hints)


def _drop_about_departed(hits: list[_Hit], left: Sequence[_Hit], doc: _Document) -> list[_Hit]:
    """ "Jens er stoppet, slet ham", "take her off the mailing": deleting the departed
    contact, or stopping mail to them, is contact_left's job."""
    if not left:
        return hits
    left_sentences = {doc.sentence(h.start)[0] for h in left}
    return [
        h for h in hits
        if not (THIRD in h.tags and h.intent in ("erasure", "objection"))
        and not (h.intent == "third_party" and doc.sentence(h.start)[0] in left_sentences)
    ]


def _joins_departure(doc: _Document, hit: _Hit, left: Sequence[_Hit]) -> bool:
    """Next to a departure, a request counts when it is explicit, or when the sender
    plainly speaks of their own data in a sentence of its own ("Min titel er ændret")."""
    if hit.weight >= ARTICLE:
        return True
    if hit.weight < ACCEPT or THIRD in hit.tags:
        return False
    sentence = doc.sentence(hit.start)
    if any(doc.sentence(h.start) == sentence for h in left):
        return False
    words = _words_of(doc, hit)
    return bool(words & common.OWN_WORDS) or (hit.lang == "en" and "i" in words)


def _is_sender(person: Departed, sender: _Sender) -> bool:
    return bool((person.name and person.name == sender.name)
                or (person.email and person.email == sender.email))


def _about_departed(doc: _Document, hit: _Hit, departed: Sequence[Departed],
                    someone_else: bool) -> bool:
    """ "Vil I sørge for, at Jørgens mail (jl@...) bliver fjernet fra jeres lister": the
    sentence names who left, or "him", and not the sender's own data - contact_left's job.
    (Asking what is held about who left is a request of its own: access stays.)
    ``someone_else``: a person other than the sender left, named in ``departed`` or not."""
    start, end = doc.sentence(hit.start)
    own = _words_of(doc, hit) & common.OWN_WORDS
    if hit.intent not in ("erasure", "objection") or own:
        return False
    if ANAPHOR in hit.tags and someone_else:
        return True  # "He left ... the address is being closed. Please remove it": his address
    names = {fold(d.name.split()[0]) for d in departed if d.name and d.name != _SELF_MARK}
    emails = {d.email.casefold() for d in departed if d.email}
    sentence = doc.folded[start:end]
    words = set(_WORD.findall(sentence))
    words |= {w.removesuffix("s") for w in words}  # "Jørgens mail"
    return bool(names & words or any(e in sentence for e in emails) or _HIM.search(sentence))


# "Må jeg få alt det, I har om mig? Gerne som en fil": everything held, a copy as well as a
# file (access and portability), not only "mine data" sent to be moved
# ... also over a line break, and a copy to read asked beside the file: "både en kopi jeg kan
# læse, og en fil i et maskinlæsbart format"
_ALL_HELD = re.compile(_spaced(r"(?<!\w)(?:(?:alt|alle|everything|all)\b[^.!?]{0,40}?(?:har|have|"
                                r"has|hold|holds) (?:\w+ )?(?:om|on|about|på) (?:mig|me|os|us)"
                                r"(?!\w)|både (?:en )?kopi|(?:kopi|copy) (?:som |that )?(?:jeg|i) "
                                r"(?:kan|can) (?:læse|read))"))


def _all_held(doc: _Document, pos: int) -> bool:
    """The sentence at pos asks for everything held or a copy to read, not only a file."""
    return bool(_ALL_HELD.search(doc.folded, *doc.sentence(pos)))


def _drop_moved(hits: list[_Hit], doc: _Document) -> list[_Hit]:
    """ "Send mine data i Excel, så jeg kan tage dem med til den nye leverandør": the data
    are sent to be moved (portability), not to be read (access)."""
    moving = [h.start for h in hits if h.intent == "portability" and h.weight >= ACCEPT]

    def moved(hit: _Hit) -> bool:
        low, high = _near(doc, hit.start)
        return SEND in hit.tags and hit.intent == "access" and any(
            low <= m < high for m in moving) and not _all_held(doc, hit.start)

    def shared(hit: _Hit) -> bool:  # "Udtræk af mine data" with a CSV named: to be moved
        return hit.intent == "access" and any(
            p.intent == "portability" and p.start == hit.start for p in hits)

    return [h for h in hits if not moved(h) and not shared(h)] if moving else hits


def _unhedged(doc: _Document, hit: _Hit) -> bool:
    start, end = doc.sentence(hit.start)
    return not _compiled(hit.lang).hedge.search(doc.folded, start, end)


def _words_of(doc: _Document, hit: _Hit) -> set[str]:
    """The folded words of a phrase, as the checks for whose data it names compare them."""
    return set(_WORD.findall(doc.folded[hit.start:hit.end]))


_YOURS = re.compile(r"\b(?:jeres|your|jullie|uw|era)\b")  # not "deres", "ihre": theirs too


def _for_us(doc: _Document, hit: _Hit) -> bool:
    """ "et analysefirma, der ringer på vegne af CL Smed", "on your behalf": someone acts
    for the firm, not for the sender."""
    after = doc.folded[hit.end:hit.end + len(doc.ours) + 3].lstrip()
    ours = bool(doc.ours) and after.startswith(doc.ours) and not after[len(doc.ours):][:1].isalnum()
    return ours or bool(_YOURS.search(doc.folded, hit.start, hit.end))


def _request_flags(reading: _Reading, doc: _Document) -> None:
    """Flags that qualify a request: whose data, who asks, what else is going on."""
    kinds = {h.intent for h in reading.flag_hits}
    support = reading.support
    requests = set(support) & _REQUEST_INTENTS
    about_others = any(all(THIRD in h.tags for h in support[i]) for i in requests)
    if requests and ("third_party" in kinds or about_others):
        reading.flags.add("third_party")
    if requests and any(h.intent == "representative" and not _for_us(doc, h)
                        for h in reading.flag_hits):
        reading.flags.add("representative")
    reading.flags |= kinds & {"deceased", "breach"}
    if any(h.intent == "complaint" and _unhedged(doc, h) for h in reading.flag_hits):
        reading.flags.add("complaint")
    disputes = {h.intent for h in reading.flag_hits
                if h.intent in ("dispute", "company") and _unhedged(doc, h)}
    if disputes and reading.fallback and all(BARE in h.tags for hs in support.values() for h in hs):
        # "Faktura 25-1187 - vi gør indsigelse" over "Vi gør indsigelse mod faktura 25-1187":
        # the mail says what the bare word is against, and it is the invoice
        for intent in list(support):
            reading.ruled_out += support.pop(intent)
    if "erasure" in support and disputes:
        reading.flags.add("ambiguous")  # gdpr-dk.md §3.3: dispute or company data -> staff
    if "company" in disputes and doc.firm() and not any(
            _words_of(doc, h) & common.OWN_WORDS for h in support.get("erasure", [])):
        # an ApS asking to delete "alt om vores firma": company data, no person's (staff look)
        reading.ruled_out += support.pop("erasure", [])
    hits = [h for hs in support.values() for h in hs]
    if any(BARE in h.tags for h in hits) and reading.fallback:
        reading.flags.add("ambiguous")  # "jeg gør indsigelse" - against what?
    if "objection" in support and any(MARKETING in h.tags for h in reading.flag_hits):
        reading.flags.add("marketing_optout")


_OLD_VALUE = re.compile(_spaced(common.OLD_VALUE))  # "den gamle mail ... slet den"
_MORE_THAN_IT = re.compile(_spaced(common.MORE_THAN_IT))


def _old_value(doc: _Document, hit: _Hit) -> bool:
    """The erasure is of an old address or number only: the phrase names it ("slet den
    gamle mail"), or its "den" points back to it in the same sentence."""
    start, end = doc.sentence(hit.start)
    if _MORE_THAN_IT.search(doc.folded, hit.start, end):
        return False
    if _OLD_VALUE.search(doc.folded, hit.start, hit.end):
        return True
    return ANAPHOR in hit.tags and bool(_OLD_VALUE.search(doc.folded, start, hit.start))


def _retraction(doc: _Document, comps: Sequence[_Compiled]) -> Evidence | None:
    """A sentence of the sender's own that calls off any erasure ("slet ikke noget", "I do
    not want anything deleted", "glem det jeg skrev"). Anywhere in the text: the sender's
    own earlier mail, which it may take back, stands below the new words."""
    for comp in comps:
        for match in comp.retract.finditer(doc.folded) if comp.retract else ():
            pos = match.start()
            if doc.is_quoted(pos) or doc.is_boilerplate(pos):
                continue
            # "Har I brug for dem til det, så lad dem ligge": a condition, not a change of mind
            if _hypothetical(comp, doc.folded, doc.sentence(pos)[0], pos):
                continue
            return Evidence("no_erasure", doc.raw[pos:match.end()].strip())
    return None


def _backed(doc: _Document, hits: list[_Hit], comps: Sequence[_Compiled], auto: bool) -> bool:
    if auto or any(h.intent in _REQUEST_INTENTS and h.weight >= ACCEPT for h in hits):
        return True
    return any(c.handover and c.handover.search(doc.folded) for c in comps)


def _read(
    doc: _Document, hits: list[_Hit], comps: Sequence[_Compiled], sender: _Sender, auto: bool
) -> _Reading:
    flag_hits = [h for h in hits if h.intent in _FLAG_CUES and h.weight > 0]
    left_hits = [h for h in hits if h.intent == "contact_left" and h.weight > 0]
    if not left_hits:
        left_hits = _deaths_at_work(doc, flag_hits, comps)
    # (whether the mail backs a departure is asked only of one that tells of one)
    backed = bool(left_hits) and _backed(doc, hits, comps, auto)
    left, departed, flags = _departures(doc, left_hits, flag_hits, sender, auto, backed)
    marketing = [h for h in hits if MARKETING in h.tags and h.weight > 0]
    requests = [h for h in hits if h.intent in _REQUEST_INTENTS]
    if auto:  # machine mail asks for nothing; it can only tell us that someone left
        requests = []
    # Only an erasure the mail names can be called off (the scan costs a tenth of the time)
    asked = any(h.intent == "erasure" for h in requests)
    retraction = _retraction(doc, comps) if asked else None
    if retraction:  # "slet ikke noget!", "scratch that": what was asked before is off
        requests = [h for h in requests if h.intent != "erasure"]
    requests = _drop_moved(_drop_about_departed(requests, left, doc), doc)
    flag_hits = _drop_about_departed(flag_hits, left, doc)
    support, fallback = _support(requests), False
    if left:  # a departure notice is read on its own: only explicit requests join it
        # who left and is the sender asks for their own data ("... og så slette det")
        # (no one named, and not "I left": "He left the company" - someone else did)
        unnamed = not departed and any(SELF not in h.tags for h in left)
        others = [d for d in departed if not _is_sender(d, sender)]
        someone_else = unnamed or any(d.name != _SELF_MARK for d in others)
        support = {i: hs for i, hs in support.items()
                   if any(_joins_departure(doc, h, left)
                          and not _about_departed(doc, h, others, someone_else) for h in hs)}
        support["contact_left"] = left
    else:
        support, fallback = _accept(support)
    if support.keys() & {"erasure", "objection"} and _moved_as_reason(
            doc, support.get("rectification", [])):
        del support["rectification"]
    if "rectification" in support and "erasure" in support and all(
            _old_value(doc, h) for h in support["erasure"]):
        del support["erasure"]  # "ny mail: ..., den gamle bruger jeg ikke mere så slet den"
    reading = _Reading(support, flags, [*flag_hits, *marketing], departed, fallback)
    reading.ruled_out = [h for h in requests if h.weight == 0]
    reading.noise = len(reading.ruled_out)
    if retraction:
        reading.notes.append(retraction)
        reading.noise += 1
    _request_flags(reading, doc)
    return reading


_MOVED = re.compile(r"(?<!\w)(?:flyttet|flytta|moved|umgezogen|verhuisd|flyttat"
                    r"|bor (?:nu|nå) (?:i|på))(?!\w)")  # "Vi bor nu i udlandet"
# a new address given: "Skovbrynet 8, 8620 Kjellerup", "Storgata 4"
_NEW_ADDRESS = re.compile(r"(?<!\d)\d{4} [a-zæøå]|[a-zæøå]{3,}(?:vej|gade|allé|alle|stræde|"
                          r"vænget|torv|gata|gatan|vägen|straße|strasse|street|road)\s*\d")


def _moved_as_reason(doc: _Document, hits: Sequence[_Hit]) -> bool:
    """ "Jeg er flyttet i lejlighed ..., så vil I slette mine oplysninger", "Vi har flyttet hjem
    til Norge og trenger ikke flere tilbud": the move is why the sender wants to be erased or
    left alone; with no new address given there is nothing to correct."""
    return bool(hits) and all(
        h.weight < STRONG and _MOVED.search(doc.folded, h.start, h.end) for h in hits
    ) and not _NEW_ADDRESS.search(doc.body())


# "... indtil I har fået det rettet", "until it is corrected": use stops while a correction is made
_UNTIL_FIXED = re.compile(r"(?<!\w)(?:indtil|til|før|inden|until|till|before|bis|tills|totdat) "
                          r"(?![^.!?\n]{0,40}?(?:system|program|software|hjemmeside|website|"
                          r"portal))[^.!?\n]{0,40}?(?:rettet|korrigeret|corrected|fixed|berichtigt|"
                          r"korrigiert|rättad|rättat|gecorrigeerd)(?!\w)")


def _contested(doc: _Document, reading: _Reading) -> None:
    """ "Mit efternavn står som 'Jensenn' ... Vil I lade være med at bruge mine oplysninger
    indtil I har fået det rettet?": a restriction while the data are corrected (art. 18(1)(a))
    contests them, so it asks for the correction too, said or not."""
    kept = [h for h in reading.support.get("restriction", ())
            if _UNTIL_FIXED.search(doc.folded, *doc.sentence(h.start))]
    if kept and "rectification" not in reading.support:
        reading.support["rectification"] = [replace(kept[0], intent="rectification")]


def _ambiguous_anywhere(doc: _Document, comps: Sequence[_Compiled], reading: _Reading) -> None:
    """ "X er ikke længere iblandt os" without any other departure phrase: maybe died."""
    for comp in comps:
        match = comp.ambiguous_left and comp.ambiguous_left.search(doc.folded)
        if match:
            reading.flags.add("ambiguous")
            reading.notes.append(Evidence("ambiguous", doc.raw[match.start():match.end()]))
            return


def _learned(doc: _Document, reading: _Reading, comps: Sequence[_Compiled],
             auto: bool, pitch: bool | None) -> list[intent_model.Learned]:
    """What the trained model reads beyond the rules. It gets no say where the rules
    read the context: machine mail, a phrase they ruled out, an erasure called off, a
    seller's pitch (`pitch`: _sales_pitch's answer, None where it was not asked yet)."""
    if pitch:
        return []
    model = intent_model.load()
    if auto or model is None or "bounce" in reading.flags:
        return []
    if reading.support and len(doc.raw) > intent_model.LONG:
        return []  # it reads a long letter's opening only, where the rules read it all
    # A phrase the rules read and ruled out ("slet den ikke", "hvis I har noget, så...")
    # was read in its context; the model, which reads no context, gets no say on it.
    vetoed = {h.intent for h in reading.ruled_out}
    if _RESUBSCRIBE.search(doc.folded):
        vetoed.add("objection")  # "nu vil jeg gerne have nyhedsbrevet igen": the opposite
    if any(n.intent == "no_erasure" for n in reading.notes):
        vetoed.add("erasure")
    found = intent_model.additions(model, doc.folded, reading.support, vetoed)
    if reading.support and "objection" not in vetoed and not any(
            f.intent == "objection" for f in found):
        found += _second_objection(doc, model, reading, comps)
    if found and pitch is None and _sales_pitch(doc):
        return []
    found = [f for f in found if not _ruled_out_where(doc, comps, reading, f)
             and not _sent_to_be_moved(doc, reading, f)]
    found = _one_per_sentence(doc, found)
    retraction = _retraction(doc, comps) if any(f.intent == "erasure" for f in found) else None
    if retraction:  # the rules named no erasure, so they did not look for one called off
        reading.notes.append(retraction)
        found = [f for f in found if f.intent != "erasure"]
    return found


# "ikke flere", "no more ... either"; spread over a wrapped line too ("ikke jeres\nnyhedsbrev
# længere"), as the rules' own spaces are
_REFUSAL = re.compile(_expand_body(common.REFUSAL))
_THIRD_PERSON = re.compile(_spaced(common.THIRD_PERSON))


def _second_objection(doc: _Document, model: intent_model.Model, reading: _Reading,
                      comps: Sequence[_Compiled]) -> list[intent_model.Learned]:
    """An opt-out said beside the request the rules read ("Slet mig. Og ring ikke mere"):
    a sentence of its own the rules did not read, that names marketing or being called
    and refuses it, and that the model, reading that sentence alone, is sure of."""
    # a restriction already stops the use; a departure's opt-out is for who left
    if reading.support.keys() & {"objection", "contact_left", "restriction"}:
        return []
    # one scan of the body before one per clause: a clause's refusal is the body's too
    # (every clause ends on a mark or the text's end, so none is cut short by its bounds)
    if not _REFUSAL.search(doc.folded, doc.subject_end + 2 if doc.subject_end else 0):
        return []
    read = [h for hs in reading.support.values() for h in hs] + list(reading.ruled_out)
    for start, end in _body_clauses(doc):
        if any(start <= h.start < end for h in read) or doc.is_quoted(end - 1):
            continue
        if not _opt_out_named(doc, comps, (start, end)):
            continue
        refusal = _REFUSAL.search(doc.folded, start, end)
        if not refusal or _THIRD_PERSON.search(doc.folded, start, end):
            continue
        found = intent_model.sure_of(model, doc.folded[start:end], "objection",
                                     intent_model.SECOND_OPT_OUT)
        if found and not _within(_cue_match(doc, found), start, end):
            # the model's strongest word ("og") stands earlier in the mail too: the evidence
            # is the refusal itself, from the start of its word ("don't ... any more")
            word = doc.folded.rfind(" ", start, refusal.start()) + 1 or start
            found = replace(found, cue=doc.folded[max(word, start):refusal.end()])
        if found and _within(_cue_match(doc, found), start, end):
            return [found]
    return []


def _within(match: re.Match[str] | None, start: int, end: int) -> bool:
    return match is not None and start <= match.start() < end


# ", og slet mine data", ", and delete": the sentence goes on with a request of its own.
# Dutch "en" only before a Dutch pronoun soon after: the Nordic article opens ", en pris".
_COORDINATED = re.compile(r"[,;] (?:og|and|und|och|samt|plus) |[,;] en (?=(?:\w+ ){0,3}?(?:mijn|"
                          r"mij|me|ons|onze|jullie|uw)\b)")


def _body_clauses(doc: _Document) -> Iterator[tuple[int, int]]:
    """The body's sentences, each cut where a coordinated request of its own begins ("Stuur
    mij geen nieuwsbrieven meer, en verwijder al mijn gegevens": two wishes, one sentence)."""
    for start, end in _body_sentences(doc):
        for mark in _COORDINATED.finditer(doc.folded, start, end):
            yield start, mark.start()
            start = mark.start() + 1
        yield start, end


def _body_sentences(doc: _Document) -> Iterator[tuple[int, int]]:
    start = doc.subject_end + 2 if doc.subject_end else 0
    for end in [*doc.ends, len(doc.raw)]:
        if end > start:
            yield start, end
            start = end


_RESUBSCRIBE = re.compile(
    r"(?<!\w)(?:tilmeld\w* (?:mig|os) (?:igen|på ny)|(?:have|få|modtage) (?:\w+ )?(?:nyhedsbrev\w*|"
    r"det|den|dem|tilbud\w*|mails) igen|subscribe me again|re-?subscribe"
    # "Vil I sætte mig på listen igen?" after an unsubscribe clicked by mistake
    r"|sætte? (?:mig|os) på (?:\w+ )?liste\w* igen|put (?:me|us) back on"
    # a yes to offers: "Dere må gjerne ... sende meg tilbud også i fremtiden"
    r"|sende\s+(?:meg|mig|os|oss)\s+(?:\w+\s+)?(?:tilbud|nyhetsbrev\w*|nyhedsbrev\w*)\s+"
    r"(?:også\s+)?(?:i\s+fremtiden|fremover|framover)(?!,?\s+(?:men|but)\s+(?:ikke|ikkje|not)\b)"
    # a chaser for an offer wants one: "Får jeg et tilbud på den trappe eller hvad?"
    r"|får (?:jeg|vi) (?:så )?(?:et|mit|vores|jeres|det) tilbud)(?!\w)")


def _one_per_sentence(doc: _Document,
                      found: list[intent_model.Learned]) -> list[intent_model.Learned]:
    """One sentence makes one request as the model reads it: the likeliest intent of each
    sentence stays ("hvad har I om mig? fik en sms om tilbud" is access, not objection too)."""
    best: dict[tuple[int, int] | None, intent_model.Learned] = {}
    for item in found:
        span = _cue_sentence(doc, item)
        if span not in best or item.probability > best[span].probability:
            best[span] = item
    return [f for f in found if f in best.values()]


def _cue_match(doc: _Document, found: intent_model.Learned) -> re.Match[str] | None:
    """Where the word (or word pair) that weighed most for a learned intent stands, found
    once per mail: the veto, sentence, negation, opt-out and evidence steps all ask."""
    if found.cue not in doc._cues:
        doc._cues[found.cue] = _find_cue(doc, found.cue)
    return doc._cues[found.cue]


def _find_cue(doc: _Document, cue: str) -> re.Match[str] | None:
    pattern = r"\W+".join(re.escape(w) for w in cue.split())
    if not pattern:
        return None
    # in the body when it is there too: a subject of one word ("slet") is no sentence
    found = re.compile(r"(?<!\w)" + pattern)
    return found.search(doc.folded, doc.subject_end) or found.search(doc.folded)


def _cue_sentence(doc: _Document, found: intent_model.Learned) -> tuple[int, int] | None:
    """The sentence holding that word."""
    match = _cue_match(doc, found)
    return doc.sentence(match.start()) if match else None


def _ruled_out_where(doc: _Document, comps: Sequence[_Compiled], reading: _Reading,
                     found: intent_model.Learned) -> bool:
    """The learned intent's sentence is one the rules read and set aside: a phrase there
    was negated or conditional ("please don't delete my account"), or it is about the
    firm's things ("a copy of the invoice", "adressen på tilbuddet"), not personal data."""
    match = _cue_match(doc, found)
    if match is None:
        return False
    span = doc.sentence(match.start())
    return _read_by_rules(doc, reading, span, match.start(), found.intent) or \
        _refused(doc, comps, found, span) or _about_firms_things(doc, comps, found, span) or \
        _conditional_cue(doc, comps, match.start()) or _procedure_question(doc, span) or \
        (found.intent == "erasure" and _told_of_someone(doc, span)) or \
        (found.intent == "objection" and _no_more_questions(doc, span, match.start())) or \
        (found.intent == "access" and bool(_WHAT_YOU_NEED.search(doc.folded, *span)))


_NO_MORE_QUESTIONS = re.compile(_spaced(common.NO_MORE_QUESTIONS))  # a reply's last words
_WHAT_YOU_NEED = re.compile(_spaced(common.WHAT_YOU_NEED))  # data to send us, not to see

# "Hendes mail vil blive slettet", "His e-mail will be closed": what will happen, told
_FUTURE_PASSIVE = re.compile(r"(?<!\w)(?:vil blive|vil bli|will be|wird|kommer att bli) "
                             r"(?:\w+ ){0,3}?(?:slettet|fjernet|lukket|nedlagt|deleted|removed|"
                             r"closed|gelöscht|geschlossen|raderad|stängd|borttagen)(?!\w)")


def _told_of_someone(doc: _Document, span: tuple[int, int]) -> bool:
    """The sentence tells what will become of someone else's data ("Hennes e-post vil bli
    slettet" of a colleague who left): news, not the sender's wish."""
    return bool(_FUTURE_PASSIVE.search(doc.folded, *span)) and bool(
        _THIRD_PERSON.search(doc.folded, *span))


def _no_more_questions(doc: _Document, span: tuple[int, int], cue: int) -> bool:
    """ "Jeg har ikke flere spørgsmål": the model's "ikke flere" is the reply's last words
    (not "Jeg ønsker ingen flere henvendelser fra jer og har ikke flere spørgsmål")."""
    return any(m.start() <= cue < m.end() for m in _NO_MORE_QUESTIONS.finditer(doc.folded, *span))


def _conditional_cue(doc: _Document, comps: Sequence[_Compiled], cue: int) -> bool:
    """ "Hvis I har nogen oplysninger om mig, så slet dem": the words the model read stand in
    an if-clause, a hypothesis as the rules read it (see _weigh)."""
    start = doc.clause_start(cue)
    return any(_hypothetical(c, doc.folded, start, cue) for c in comps)


def _read_by_rules(doc: _Document, reading: _Reading, span: tuple[int, int],
                   cue: int, intent: str) -> bool:
    """The rules read this sentence: a phrase they ruled out there, the clause of the cue
    word (a second intent must be said apart: "tell me what you hold, then delete it" is
    two clauses), or a subject naming what they read in the body."""
    start, end = span
    if any(start <= h.start < end for h in reading.ruled_out):
        return True
    clause = _clause_of(doc, cue, span)
    read = [h for hs in reading.support.values() for h in hs]
    if intent == "objection" and any(
            _referent_sentence(doc, h) == span for h in read if ANAPHOR in h.tags):
        # "Der ligger et billede af mig ... Tag det ned": the sentence saying what "det" is
        # tells of the photo; it objects to nothing the erasure does not already stop
        return True
    in_clause = [h for h in read if h.start < clause[1] and h.end > clause[0]]
    if intent == "objection":  # "Stop med at ringe og fjern mit nummer": two wishes, one clause
        in_clause = [h for h in in_clause if h.start <= cue < h.end]
    return bool(in_clause) or bool(reading.support and start < doc.subject_end)


def _referent_sentence(doc: _Document, hit: _Hit) -> tuple[int, int] | None:
    """The sentence naming what an "it"/"dem" phrase points back to (see _refers_to_sender)."""
    comp = _compiled(hit.lang)
    start = max(0, doc.sentence(hit.start)[0] - 300)
    found = list(comp.referent.finditer(doc.folded, start, hit.start)) if comp.referent else []
    return doc.sentence(found[-1].start()) if found else None


def _clause_of(doc: _Document, pos: int, span: tuple[int, int]) -> tuple[int, int]:
    """The clause holding pos: from the clause mark before it to the next one."""
    start = doc.clause_start(pos)
    after = _CLAUSE_MARK.search(doc.folded, pos, span[1])
    return start, after.start() if after else span[1]


def _refused(doc: _Document, comps: Sequence[_Compiled], found: intent_model.Learned,
             span: tuple[int, int]) -> bool:
    """ "I don't need a copy" (a negation right at the words), "min adresse skal ikke
    ændres": what the sentence refuses is not asked for."""
    if found.intent in _UNDONE_BY_NOT and _negated_cue(doc, comps, found):
        return True
    if found.intent == "erasure" and _CORRECTED.search(doc.folded, *span):
        return True  # "sørg for, at adressen bliver rettet i jeres system": a correction
    return found.intent == "rectification" and bool(_KEPT_AS_IS.search(doc.folded, *span))


_CORRECTED = re.compile(_spaced(common.CORRECTED))  # "... bliver rettet i jeres system"


def _about_firms_things(doc: _Document, comps: Sequence[_Compiled],
                        found: intent_model.Learned, span: tuple[int, int]) -> bool:
    """About an invoice, an order, a drawing, a firm's own address or bank account
    (gdpr-dk.md §3.3), and naming none of the sender's own data."""
    firm = found.intent == "rectification" and doc.firm() and not _names_a_person(doc, *span)
    firm = firm or (found.intent == "erasure" and _bank_details_near(doc, span[0]))
    if not firm and not any(c.business and c.business.search(doc.folded, *span)
                            for c in comps):
        return False
    return not _names_own_data(doc, comps, found.intent, span)


def _bank_details_near(doc: _Document, pos: int) -> bool:
    """Bank details within two sentences: "Please delete the old account from your records"
    after "our bank details have changed", before "IBAN: ..." - a payee's, not a person's."""
    low, high = _near(doc, pos)
    return bool(_PAYMENT.search(doc.folded, _near(doc, low)[0],
                                _near(doc, max(low, high - 1))[1]))


# A correction often says what is not so ("det er Åsa, inte Asa"); these three never do.
_UNDONE_BY_NOT = frozenset({"access", "erasure", "portability"})


def _negated_cue(doc: _Document, comps: Sequence[_Compiled], found: intent_model.Learned) -> bool:
    """A negation right at the words that made the intent ("ikke brug for en kopi")."""
    match = _cue_match(doc, found)
    if match is None:
        return False
    span = doc.sentence(match.start())  # a subject "slet" is not negated by the body
    # after the words, only in their clause: "CSV or JSON, not PDF" refuses the PDF
    start, end = span[0], _clause_of(doc, match.end(), span)[1]
    before = _WORD.findall(doc.folded, max(start, match.start() - 50), match.start())
    after = _WORD.findall(doc.folded, match.end(), min(end, match.end() + 40))[:3]
    near = [w for k, w in enumerate(before) if k >= len(before) - 2 and not (
        # "Vil I ikk' lig' slet' mæ": a polite request, as in the rules' _negated
        k >= 2 and before[k - 2] in common.MODALS and before[k - 1] in common.YOU)]
    return any(comp.negation.fullmatch(w) for comp in comps for w in near + after)


def _marketing_named(doc: _Document, comps: Sequence[_Compiled], span: tuple[int, int]) -> bool:
    """Marketing named in the sentence, not as part of a business thing ("tilbud 25-0611")."""
    business = [m.span() for c in comps if c.business
                for m in c.business.finditer(doc.folded, *span)]
    return any(not any(b0 <= m.start() < b1 for b0, b1 in business)
               for c in comps if c.marketing for m in c.marketing.finditer(doc.folded, *span))


def _opt_out_named(doc: _Document, comps: Sequence[_Compiled], span: tuple[int, int]) -> bool:
    """The sentence names what an opt-out stops: marketing, or being called, texted or mailed."""
    return _marketing_named(doc, comps, span) or any(
        c.contacting and c.contacting.search(doc.folded, *span) for c in comps)


def _names_own_data(doc: _Document, comps: Sequence[_Compiled], intent: str,
                    span: tuple[int, int]) -> bool:
    """The sentence names the sender's own data ("mitt namn på fakturan") or, for an
    objection, the marketing it stops ("til regningen er fint, men ikke reklamer")."""
    start, end = span
    if intent == "objection" and _marketing_named(doc, comps, span):
        return True
    own = any(c.referent and c.referent.search(doc.folded, start, end) for c in comps)
    return own and bool(_OWNER.search(doc.folded, start, end))


def _intent_scores(reading: _Reading, learned: Sequence[intent_model.Learned]) -> dict[str, float]:
    """Each intent the mail asks for, with how sure the phrases behind it make us.

    The one place where per-intent evidence is combined: the keys are the intents the
    classification reports, the lowest value caps its confidence. The rules' phrases
    come first; the model only adds intents they did not read, a little less sure.
    """
    scores = {}
    for intent, hits in reading.support.items():
        weights = sorted((h.weight for h in hits), reverse=True)
        scores[intent] = min(0.98, weights[0] * 0.92 + 0.03 * min(len(weights) - 1, 3))
    for found in learned:
        scores[found.intent] = round(0.45 + 0.4 * found.probability, 3)
    if "contact_left" in scores and not reading.departed:
        scores["contact_left"] *= 0.8  # we know someone left, not who
    return scores


def _moved_by_model(doc: _Document, reading: _Reading,
                    learned: Sequence[intent_model.Learned]) -> None:
    """ "Kan I sende mine kundeoplysninger i en fil, jeg kan åbne i Excel?": the rules read
    "sende mine kundeoplysninger" as access; the model reads the file to be moved. As in
    _drop_moved, data sent to be moved are portability, not access."""
    sent = reading.support.get("access", [])
    spans = [_cue_sentence(doc, f) for f in learned if f.intent == "portability"]
    near = [_near(doc, span[0]) for span in spans if span]
    if sent and near and all(SEND in h.tags and any(lo <= h.start < hi for lo, hi in near)
                             and not _all_held(doc, h.start) for h in sent):
        del reading.support["access"]


def _sent_to_be_moved(doc: _Document, reading: _Reading, found: intent_model.Learned) -> bool:
    """ "Kan I sende de oplysninger, I har registreret om mig, i et maskinlæsbart format
    (CSV)?": the model reads a copy asked for, the rules the format it is to be moved in, in
    the same sentence; as in _drop_moved, that is portability, not access."""
    span = _cue_sentence(doc, found) if found.intent == "access" else None
    return span is not None and not _all_held(doc, span[0]) and any(
        span[0] <= h.start < span[1] for h in reading.support.get("portability", ()))


def _learned_optout(doc: _Document, comps: Sequence[_Compiled], reading: _Reading,
                    learned: Sequence[intent_model.Learned]) -> list[Evidence]:
    """A learned objection whose sentence names marketing or being called, texted or
    mailed ("i må holde op med at ringe til mig") is an opt-out (art. 21(2)), as the
    same words in a rule phrase are: the handler then suppresses rather than restricts.
    The sentence is the opt-out's evidence, so the handler sees it is the objection itself."""
    out = []
    for found in learned:
        span = _cue_sentence(doc, found) if found.intent == "objection" else None
        if span and _opt_out_named(doc, comps, span):
            reading.flags.add("marketing_optout")
            out.append(Evidence("marketing_optout", doc.raw[span[0]:span[1]].strip()[:200]))
    return out


def _learned_evidence(doc: _Document, learned: Sequence[intent_model.Learned]) -> list[Evidence]:
    """The sentence holding the word that weighed most for each learned intent."""
    out = []
    for found in learned:
        span = _cue_sentence(doc, found)
        if span:
            out.append(Evidence(found.intent, doc.raw[span[0]:span[1]].strip()[:200]))
    return out


def _confidence(reading: _Reading, scores: dict[str, float], words: int) -> float:
    """How sure the reading is; below the triage threshold a person looks (default 0.6)."""
    flags = reading.flags
    if not scores:
        if "ambiguous" in flags:
            return 0.3
        if flags & {"bounce", "deceased", "complaint", "breach"}:
            return 0.5
        return 0.9 - 0.1 * min(reading.noise, 3)  # DSR words ruled out: a little less sure
    confidence = min(scores.values())
    if words < 5:
        confidence *= 0.75 + 0.05 * words  # "Slet mig" alone leaves more room for doubt
    if reading.noise and reading.fallback:
        confidence -= 0.1
    caps = [(reading.fallback, 0.45), ("ambiguous" in flags, 0.35),
            # someone else's data, an heir, a breach or a complaint: staff decide (§4.0)
            (bool(flags & {"third_party", "representative", "deceased", "breach",
                           "complaint"}), 0.55),
            # the sender called off an erasure: the rest stands, but a person may look
            (any(n.intent == "no_erasure" for n in reading.notes), 0.8)]
    for applies, cap in caps:
        if applies:
            confidence = min(confidence, cap)
    return round(max(0.05, confidence), 3)


def _evidence(reading: _Reading, doc: _Document) -> tuple[Evidence, ...]:
    """The phrases behind each intent (strongest first) and behind each flag."""
    out: list[Evidence] = []
    for intent in sorted(reading.support):
        hits = sorted(reading.support[intent], key=lambda h: (-h.weight, h.start))[:3]
        out.extend(Evidence(intent, doc.raw[h.start:h.end].strip()) for h in hits)
    flag_of = {"third_party": "third_party", "representative": "representative",
               "deceased": "deceased", "breach": "breach", "complaint": "complaint",
               "dispute": "ambiguous", "company": "ambiguous"}
    for hit in reading.flag_hits:
        flag = "marketing_optout" if MARKETING in hit.tags else flag_of.get(hit.intent)
        if flag in reading.flags:
            out.append(Evidence(flag, doc.raw[hit.start:hit.end].strip()))
    return tuple(dict.fromkeys([*out, *reading.notes]))


# --------------------------------------------------------------------------- language


def _profiles() -> dict[str, tuple[tuple[str, float], ...]]:
    """word -> ((language, weight), ...); a word shared by k languages weighs 1/k."""
    owners: dict[str, list[str]] = {}
    for code, lex in LEXICONS.items():
        for word in dict.fromkeys(w.translate(_FOLD) for w in lex.profile):
            owners.setdefault(word, []).append(code)
    return {w: tuple((c, 1 / len(cs)) for c in cs) for w, cs in owners.items()}


_PROFILE = _profiles()
_NORDIC = ("da", "no", "sv")


_GREEK = re.compile(r"[α-ωά-ώΑ-Ω]")
_SAMPLE = 1500  # enough words to tell languages apart; long letters need not be read twice


def _language_scores(text: str, folded: str | None = None) -> dict[str, float]:
    """Score per language of the text; `folded` is fold(text) when the caller has it."""
    sample = text[:_SAMPLE].lower()
    ascii_only = sample.isascii()  # then no Greek and no telling letter: skip the look
    if not ascii_only and _GREEK.search(sample) and len(_GREEK.findall(sample)) > 10:
        return {"el": 1.0}
    scores: dict[str, float] = {}
    counts = Counter(_WORD.findall(fold(sample) if folded is None else folded[:_SAMPLE]))
    for word in counts.keys() & _PROFILE.keys():  # each known word once, however often used
        for code, weight in _PROFILE[word]:
            scores[code] = scores.get(code, 0.0) + weight * counts[word]
    if not ascii_only:
        _add_letter_hints(sample, scores)
    return scores


def _add_letter_hints(sample: str, scores: dict[str, float]) -> None:
    for letter, codes in common.LETTER_HINTS.items():
        if letter in sample:
            for code in codes:
                scores[code] = scores.get(code, 0.0) + 0.75 / len(codes)


_TIE_ORDER = {code: rank for rank, code in enumerate(("da", "en", "de", "sv", "no", "nl", "fr"))}


def _best_language(scores: dict[str, float]) -> str:
    if not scores:
        return "da"
    # rounded: the sum's last bits follow the order words are added in, which follows
    # the per-process string hash; a tie must fall the same way in every process: to Danish,
    # English, then the firm's neighbours' languages, then by code (a French mail tied with
    # Portuguese was read as either, process by process)
    return max(scores, key=lambda code: (round(scores[code], 9), -_TIE_ORDER.get(code, 99),
                                         code))


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text; Danish when there is nothing to go on (the firm's own)."""
    return _best_language(_language_scores(text))


def _languages_to_read(scores: dict[str, float], language: str, size: int) -> list[_Compiled]:
    """The detected language, any other language with a real share of the words, and for
    Scandinavian or short mail the Nordic languages and English (often mixed in)."""
    top = scores.get(language, 0.0)
    # by share, then name: the scores' own order follows the per-process string hash, and
    # only six languages are read (a Danish mail lost Norwegian in one process of twelve)
    shares = sorted((c for c, s in scores.items() if c != language and s >= 0.3 * top),
                    key=lambda c: (-round(scores[c], 9), c))
    nordic = [*_NORDIC, "en"] if language in _NORDIC or size < 400 else []
    codes = [language, *nordic, *shares]
    return [_compiled(c) for c in dict.fromkeys(codes) if c in LEXICONS][:6]


# --------------------------------------------------------------------------- entry point


def _authority_complaint(doc: _Document) -> bool:
    """A complaint lodged with the supervisory authority (Art. 77) is addressed to them."""
    return "77" in doc.folded and bool(_AUTHORITY_COMPLAINT.search(doc.folded))


# A website contact form relays a person's message from a no-reply address with
# "Auto-Submitted": the machine only carries it; the words in the message field are theirs.
WEB_FORM = re.compile(common.WEB_FORM)  # also read by understand, on folded text
# A seller's pitch: a price, a fee, a course, a call to sign up or book (two of them).
_PITCH = _word_led(
    r"\d[\d.,]* ?(?:kr|dkk|eur|usd)\b|(?:eur|dkk|kr\.|€|\$) ?\d|ekskl\.? moms|excl\.? vat"
    r"|tilmeld dig|kursus\w*|webinar\w*|flat fee|fast pris"
    r"|free (?:gdpr |compliance |privacy )?(?:audit|trial|demo|assessment|consultation)\w*"
    r"|(?:gratis|uforpligtende) (?:demo|prøve|gennemgang|analyse|samtale)|reply \W?yes"
    r"|book (?:a|et|en) |pr\. måned|per month|/month|a month\b|\d+ ?/ ?(?:month|mo|måned|md)\b"
    # a seller's call: "Worth a 15-minute call next week?"
    r"|\d+[- ]minute (?:call|chat|demo|meeting)|worth a (?:quick )?(?:call|chat)"
    # a directory's renewal: "the listing ... EUR 1,271 per year" ("free of charge" is also
    # art. 12(5)'s word in an access request, and a yearly price a customer's service deal)
    r"|company listing|the listing|business (?:register|directory|index)|firmaregister"
    # "Book a free 20-minute compliance audit ... receive our checklist for free"
    r"|for free\b|book here\b|book now\b|free \d+[- ]minute|gratis \d+[- ]minutters"
    # "On our half-day course you will learn ... Book now" (not a customer's "online course")
    r"|(?:half|one|two|full)-day courses?\b"
    r"|one-time fee|book your (?:audit|demo|call|meeting|review|slot|spot|seat)|reply \W?stop\b"
    # the scare: "Fines can reach 4% of turnover!", "bøder på op til 4 % af omsætningen"
    r"|(?:fines?|bøder?) (?:\w+ ){0,4}?\d+ ?%"
    r"|skal (?:jeg|vi) ringe (?:dig|jer) op"
    # "Svar JA på denne mail", "100% guaranteed, no removal = no fee": a review-deleting service
    r"|svar \W?ja\b|100 ?% ?(?:guaranteed|garanteret|gdpr)|no fee\b|price list|prisliste"
    # "på under 10 minutter pr. sag ... Har du 15 minutter torsdag?": a consultant's call
    r"|pr\. sag\b|har (?:du|i) (?:\d+|et kvarter|en halv time) (?:minutter )?(?:på )?(?:mandag|"
    r"tirsdag|onsdag|torsdag|fredag|i næste uge)")


def _sales_pitch(doc: _Document) -> bool:
    """Two different signs of a sales mail (a GDPR course, a compliance package)."""
    return len({m.group() for m in _PITCH.finditer(doc.folded)}) >= 2


def _rights_talk(doc: _Document, hit: _Hit) -> bool:
    """In a pitch, a request word that names no one's own data ("DSAR", "dataportabilitet",
    "en indsigtsanmodning skal besvares") is the seller's topic, not a request; so is a
    customer's words quoted as an example ('når en kunde skriver "slet mine oplysninger"'),
    and a departure of no one in particular ("... eller en kontaktperson er fratrådt")."""
    if hit.intent == "contact_left":
        return not EMAIL.search(doc.folded, *doc.sentence(hit.start))
    if hit.intent not in _REQUEST_INTENTS:
        return False
    return not _words_of(doc, hit) & common.OWN_WORDS or _quoted_words(doc, hit.start)


# A customer's supplier questionnaire asks how the firm handles requests in general: "Har I
# en procedure for dataportabilitet og begrænsning af behandling?"
_PROCEDURE = re.compile(
    r"(?<!\w)(?:(?:procedure|rutine|politik|proces|retningslinje)\w* (?:for|til|ved)|"
    r"(?:håndterer|behandler|besvarer) (?:i |du |de )?(?:\w+ )?(?:anmodning|henvendelse|"
    r"forespørgsl)\w*|"
    r"how (?:do |would )?you (?:handle|process|deal with|respond to|manage)|"
    r"(?:procedure|process|policy) for "
    r"(?:handling )?(?:data|access|erasure|deletion|subject|requests?))")


def _procedure_talk(doc: _Document, hit: _Hit) -> bool:
    """A request word in a sentence asking about the firm's procedures, naming no one's own
    data, is a questionnaire's topic ("Hvordan håndterer I anmodninger om indsigt?")."""
    if hit.intent not in _REQUEST_INTENTS or _words_of(doc, hit) & common.OWN_WORDS:
        return False
    return bool(_PROCEDURE.search(doc.folded, *doc.sentence(hit.start)))


def _procedure_question(doc: _Document, span: tuple[int, int]) -> bool:
    """The sentence asks about the firm's procedures and names none of the sender's own
    data ("Hvordan håndterer I min anmodning?" is a chaser, not a questionnaire)."""
    words = set(_WORD.findall(doc.folded, *span))
    return not words & common.OWN_WORDS and bool(_PROCEDURE.search(doc.folded, *span))


_QUOTE_MARKS = re.compile(r"[\"“”«»„]")


def _quoted_words(doc: _Document, pos: int) -> bool:
    """pos stands between quotation marks opened earlier in its sentence."""
    start = doc.sentence(pos)[0]
    return len(_QUOTE_MARKS.findall(doc.folded, start, pos)) % 2 == 1


def classify(
    text: str,
    subject: str = "",
    *,
    auto: bool = False,
    sender_name: str | None = None,
    sender_email: str | None = None,
    context: ReadingContext = DEFAULT_CONTEXT,
    topic: str = "",
) -> Classification:
    """Classify the sender's own text (quotes, signature and forwarded history removed).
    ``topic``: the subject of the mail a reply answers, which "them" may point back to."""
    doc = _Document.of(text, subject, context, topic)
    if auto and WEB_FORM.search(doc.folded[:2000]):
        auto = False
    scores = _language_scores(*((text, doc.body()) if text.strip() else (subject, None)))
    language = _best_language(scores)
    comps = _languages_to_read(scores, language, len(doc.raw))
    hits = _phrases(doc, comps) + _article_hits(doc, comps[0])
    # asked only where it changes something: the phrases to drop, or (in _learned) what
    # the model reads in a mail without any
    pitch = _sales_pitch(doc) if hits else None
    if pitch:
        hits = [h for h in hits if not _rights_talk(doc, h)]
    hits = [h for h in hits if not _procedure_talk(doc, h)]
    if _authority_complaint(doc):
        return Classification((), language, 0.8, (), (), ("complaint",))
    reading = _read(doc, hits, comps, _Sender(sender_name, sender_email), auto)
    _ambiguous_anywhere(doc, comps, reading)
    _contested(doc, reading)
    bounce = _BOUNCE.search(doc.folded) if auto and not reading.support else None
    if bounce:
        reading.flags.add("bounce")
        reading.notes.append(Evidence("bounce", doc.raw[bounce.start():bounce.end()]))
    learned = _learned(doc, reading, comps, auto, pitch)
    _moved_by_model(doc, reading, learned)
    optouts = _learned_optout(doc, comps, reading, learned)
    scores = _intent_scores(reading, learned)
    return Classification(
        intents=tuple(sorted(scores)),
        language=language,
        confidence=_confidence(reading, scores, len(doc.folded.split())),
        evidence=_evidence(reading, doc) + tuple(_learned_evidence(doc, learned) + optouts),
        departed=tuple(reading.departed),
        flags=tuple(sorted(reading.flags)),
    )
