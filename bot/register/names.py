"""Decide whether a name written in an e-mail can denote a person on file in the register.

Used by the "a contact person has left the customer" notice ("Morten er stoppet hos os",
"M. Jensen har sagt op"). Pure: no I/O, and names on file are only read and folded for
comparison, never rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

# Each group holds forms of ONE given name: spelling variants and true nicknames only.
# Names that merely share a root (Hans/Johannes, Per/Peter, Niels/Nikolaj) are different
# names in Danish use and are left out. A form may sit in two groups ("Chris", "Alex"):
# it then matches both, but the two groups do not match each other.
NICKNAMES: Final[tuple[tuple[str, ...], ...]] = (
    ("Christian", "Kristian", "Chris"),
    ("Christoffer", "Kristoffer", "Christopher", "Chris"),
    ("Alexander", "Aleksander", "Alex"),
    ("Alexandra", "Aleksandra", "Alex"),
    ("Carsten", "Karsten"),
    ("Claus", "Klaus"),
    ("Camilla", "Kamilla"),
    ("Caroline", "Karoline"),
    ("Katrine", "Kathrine", "Catrine", "Cathrine", "Trine"),
    ("Kristine", "Christine", "Stine"),
    ("Henrik", "Henrick"),
    ("Thomas", "Tom", "Tommy"),
    ("Frederik", "Frederick", "Frede"),
    ("Nikolaj", "Nikolai", "Nicolai", "Nicolaj"),
    ("Niklas", "Nicklas", "Niclas"),
    ("Michael", "Mikael", "Mike"),
    ("Jakob", "Jacob"),
    ("Kasper", "Casper"),
    ("Mathias", "Matthias", "Matias"),
    ("Benjamin", "Ben"),
    ("Charlotte", "Lotte"),
    ("Lars", "Lasse"),
    ("Philip", "Phillip", "Filip"),
    ("Sofie", "Sophie"),
    ("Josefine", "Josephine"),
    ("Stefan", "Stephan"),
    ("Erik", "Eric"),
    ("Bent", "Bendt"),
    ("Cecilie", "Cæcilie"),
    ("Maja", "Maya"),
    ("Margrethe", "Margrete"),
    ("Elisabeth", "Elizabeth"),
    ("Theodor", "Teodor", "Theo"),
)

# German/Swedish keyboards write æ/ø as ä/ö. ı/ł/đ have no accent to strip (no Unicode
# decomposition), yet are the plain letter to a Danish reader; "ı".upper() is even "I".
_FOREIGN_LETTERS: Final = str.maketrans({"ä": "æ", "ö": "ø", "ı": "i", "ł": "l", "đ": "d"})
# ASCII keyboards spell æ/ø/å out; folded on both sides, so "Aagaard" equals "Ågaard".
_DIGRAPHS: Final = re.compile("aa|ae|oe")
_DIGRAPH_LETTER: Final = {"aa": "å", "ae": "æ", "oe": "ø"}
# Runs of letters; digits, underscores, spaces and punctuation (hyphens, dots) separate words.
_WORD: Final = re.compile(r"[^\W\d_]+")


def fold_name(text: str) -> str:
    """Comparison form of a name: lower-case words without accents, Danish letters spelt æ/ø/å.

    "Søren-Aagaard", "Soeren Aagaard", "SØREN AAGAARD" and "Sören Ågaard" all give
    "søren ågård". Idempotent: folding a folded name changes nothing.
    """
    # NFKC on both sides of casefold: casefold can undo the composition ("ǰ", "İ").
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    plain = "".join(_strip_accent(char) for char in text.translate(_FOREIGN_LETTERS))
    return " ".join(_DIGRAPHS.sub(_danish_letter, word) for word in _WORD.findall(plain))


@cache
def _strip_accent(char: str) -> str:
    if char in "æøå":  # letters of their own in Danish, not accented a/o
        return char
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def _danish_letter(match: re.Match[str]) -> str:
    return _DIGRAPH_LETTER[match.group(0)]


def _loose(word: str) -> str:
    # A bare "o" for "ø" is the usual stand-in on foreign keyboards ("Soren"); a bare "a" for
    # "å" is not accepted: "Agaard" drops a letter of "Aagaard" rather than respelling it.
    return word.replace("ø", "o")


def _words(name: str) -> list[str]:
    return [_loose(word) for word in fold_name(name).split()]


def _nickname_groups() -> dict[str, frozenset[int]]:
    groups: dict[str, set[int]] = {}
    for number, forms in enumerate(NICKNAMES):
        for form in forms:
            groups.setdefault(_loose(fold_name(form)), set()).add(number)
    return {form: frozenset(numbers) for form, numbers in groups.items()}


_GROUPS: Final = _nickname_groups()


def _same_given_name(a: str, b: str) -> bool:
    return a == b or bool(_GROUPS.get(a, frozenset()) & _GROUPS.get(b, frozenset()))


def _is_initial_of(written: str, on_file: str) -> bool:
    return len(written) == 1 and on_file.startswith(written)


def _given_matches(written: str, on_file: str) -> bool:
    return _same_given_name(written, on_file) or _is_initial_of(written, on_file)


def _surname_matches(written: str, on_file: str) -> bool:
    # Surnames have no nicknames; only an initial ("Morten J.") may stand for one.
    return written == on_file or _is_initial_of(written, on_file)


def _middles_in_order(written: list[str], on_file: list[str]) -> bool:
    # Each written middle name must match a later middle name on file; unwritten ones are
    # fine ("Anne Hansen" for "Anne Marie Hansen"), invented ones are not.
    remaining = iter(on_file)
    return all(any(_given_matches(word, middle) for middle in remaining) for word in written)


def _full_name_matches(written: list[str], on_file: list[str]) -> bool:
    # Initials alone ("M. J.", "MJ") say too little: the first or last name must be in full.
    if len(on_file) < 2 or (len(written[0]) == 1 and len(written[-1]) == 1):
        return False
    return (
        _given_matches(written[0], on_file[0])
        and _surname_matches(written[-1], on_file[-1])
        and _middles_in_order(written[1:-1], on_file[1:-1])
    )


def name_matches(written: str, on_file: str) -> bool:
    """True when the name written in an e-mail can denote the person with `on_file`'s name.

    Accepts the same name after folding; first and last name with middle names left out;
    initials for given names ("A.M. Hansen"); a nickname or spelling variant of the first name
    ("Chris Madsen" for "Christian Madsen"); and a first name alone ("Morten"), which the caller
    must check is unique (see `first_name_only`). A surname alone ("Jensen") does not match.
    """
    words, file_words = _words(written), _words(on_file)
    if not words or not file_words:
        return False
    if words == file_words:
        return True
    if len(words) == 1:
        return len(words[0]) > 1 and _same_given_name(words[0], file_words[0])
    return _full_name_matches(words, file_words)


def first_name_only(written: str) -> bool:
    """True when `written` is a single given name, which must be unique at the customer."""
    words = fold_name(written).split()
    return len(words) == 1 and len(words[0]) > 1


@dataclass(frozen=True)
class Match:
    """What `find_person` found: the one matching `ref`, nothing, or several (`ambiguous`).

    An ambiguous match carries no ref, so a caller that only reads `ref` treats it as
    "not found", the safe reading for a notice that ends a contact's registration.
    """

    ref: str | None = None
    ambiguous: bool = False

    def __post_init__(self) -> None:
        if self.ambiguous and self.ref is not None:
            raise ValueError("an ambiguous match names no ref")


NO_MATCH: Final = Match()
AMBIGUOUS: Final = Match(ambiguous=True)


def find_person(written: str, candidates: Sequence[tuple[str, str | None]]) -> Match:
    """The candidate (ref, name on file) that `written` denotes; AMBIGUOUS if several do.

    A ref listed twice counts once. Candidates without a name on file never match.
    """
    refs = dict.fromkeys(ref for ref, name in candidates if name and name_matches(written, name))
    if len(refs) > 1:
        return AMBIGUOUS
    return Match(ref=next(iter(refs))) if refs else NO_MATCH
