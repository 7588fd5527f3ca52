"""Request vocabulary per language, as data. bot.reading.classify compiles it once at import.

One module per language (ISO 639-1 name; ``no`` is Norwegian bokmål). Adding a
language is adding a module here and naming it in LEXICONS.
"""

from __future__ import annotations

from . import common, cs, da, de, el, en, es, fr, hr, it, nl, no, pl, pt, ro, sv
from ._types import Cue, Lexicon

LEXICONS: dict[str, Lexicon] = {
    module.LEXICON.code: module.LEXICON
    for module in (da, en, de, sv, no, nl, fr, es, it, pt, pl, cs, hr, ro, el)
}

__all__ = ["LEXICONS", "Cue", "Lexicon", "common"]
