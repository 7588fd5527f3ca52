"""Croatian: GDPR (Opća uredba o zaštiti podataka) request letters."""

from __future__ import annotations

from ._types import CONSENT, MEDIUM, WEAK, Cue, Lexicon

LEXICON = Lexicon(
    code="hr",
    profile=(
        "i", "u", "na", "se", "da", "je", "o", "s", "za", "od", "do", "moje", "mojih", "mene",
        "mi", "me", "osobne", "osobnih", "podataka", "podatke", "ovim", "molim", "vas", "vam",
        "članku", "gdpr-a", "ako", "ili", "koji", "koje", "kao", "su", "biti", "zahtjev",
        "zahtijevam",
    ),
    cues=(
        Cue("erasure", r"(?:zahtijevam|tražim) (?:\w+ )?brisanje"),
        Cue("erasure", r"(?:izbrišete|izbrišite|obrišite|obrišete)"),
        Cue("erasure", r"pravo na (?:brisanje|zaborav)", MEDIUM),
        Cue("access", r"(?:zahtijevam|tražim) (?:\w+ )?pristup"),
        Cue("access", r"pravo na pristup", MEDIUM),
        Cue("rectification", r"(?:zahtijevam ispravljanje|ispravite|ispravak|ispravljanje "
                             r"(?:ili dopunjavanje|netočnih))"),
        Cue("restriction", r"(?:ograničite|ograničenje) obrad\w*"),
        Cue("objection", r"(?:protivim se|se protivim|ulažem prigovor)"),
        Cue("objection", r"prigovor\w*", WEAK),
        Cue("objection", r"povlačim (?:\w+ ){0,2}?pristanak", MEDIUM, (CONSENT,)),
        Cue("portability", r"(?:strojno čitljiv\w*|prenosivost\w*)"),
    ),
    conditionals=("ako", "u slučaju", "ukoliko"),
    negations=("ne", "nikada"),
    hedges=("zadržavam", "ako"),
)
