"""Czech: GDPR request letters."""

from __future__ import annotations

from ._types import CONSENT, MEDIUM, WEAK, Cue, Lexicon

LEXICON = Lexicon(
    code="cs",
    profile=(
        "a", "v", "na", "se", "že", "je", "o", "k", "s", "z", "do", "mé", "mou", "moje", "mých",
        "mi", "mě", "osobních", "údajů", "údaje", "tímto", "prosím", "podle", "článku", "gdpr",
        "jste", "vás", "vám", "pokud", "nebo", "který", "které", "jak", "jsou", "být", "žádost",
        "žádám",
    ),
    cues=(
        Cue("erasure", r"(?:žádám o|prosím o) (?:\w+ )?(?:vymazání|výmaz|smazání)"),
        Cue("erasure", r"(?:smažte|vymažte) (?:prosím )?(?:všechny|mé|moje)"),
        Cue("erasure", r"(?:vymazání|smazání) (?:všech )?(?:mých )?osobních údajů"),
        Cue("erasure", r"právo na (?:výmaz|vymazání|zapomnění)", MEDIUM),
        Cue("access", r"(?:žádám o|žádám vás o|prosím o) (?:poskytnutí )?přístup\w*"),
        Cue("access", r"přístup\w* k (?:mým |osobním )(?:\w+ )?údajům"),
        Cue("access", r"poskytnutí kopie"),
        Cue("access", r"právo na přístup", MEDIUM),
        Cue("rectification", r"(?:žádám o opravu|opravte|oprava (?:nebo doplnění )?(?:nepřesných|"
                             r"mých|osobních))"),
        Cue("restriction", r"(?:omezili|omezte|omezení) zpracování"),
        Cue("objection", r"(?:vznáším námitku|namítám|zamítám zpracování)"),
        Cue("objection", r"námitk\w*", WEAK),
        Cue("objection", r"(?:odvolávám (?:\w+ ){0,2}?souhlas|souhlas (?:\w+ ){0,2}?odvolávám)",
            MEDIUM, (CONSENT,)),
        Cue("portability", r"(?:strojově čiteln\w*|přenositelnost\w*)"),
    ),
    conditionals=("pokud", "jestliže", "v případě", "v případe", "kdyby"),
    negations=("ne", "nikdy"),
    hedges=("vyhrazuji", "pokud"),
)
