"""Request vocabulary per language, as data; bot.reading.classify compiles it on first use.

One module per language (ISO 639-1 name; ``no`` is Norwegian bokmål). Adding a
language is adding a module here and naming it in LEXICONS. ``common`` holds what all
languages share and the small words the reading itself relies on; ``values`` the words
of a rectification's new contact details (bot.reading.values). No firm's name is here:
that comes from the configuration (bot.reading.context).
"""

from __future__ import annotations

from . import common, cs, da, de, el, en, es, fr, hr, it, nl, no, pl, pt, ro, sv, values
from ._types import Cue, Lexicon

LEXICONS: dict[str, Lexicon] = {
    module.LEXICON.code: module.LEXICON
    for module in (da, en, de, sv, no, nl, fr, es, it, pt, pl, cs, hr, ro, el)
}

__all__ = ["LEXICONS", "Cue", "Lexicon", "common", "values"]
