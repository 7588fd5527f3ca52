"""Romanian: RGPD request letters."""

from __future__ import annotations

from ._types import CONSENT, MEDIUM, Cue, Lexicon

LEXICON = Lexicon(
    code="ro",
    profile=(
        "și", "în", "la", "de", "cu", "că", "să", "pe", "din", "care", "este", "sunt", "mele",
        "meu", "mea", "datele", "datelor", "personale", "solicit", "vă", "rog", "dumneavoastră",
        "conform", "art", "sau", "pentru", "această", "acest", "orice",
    ),
    cues=(
        Cue("erasure", r"(?:solicit|cer) (?:\w+ )?ștergerea"),
        Cue("erasure", r"(?:să ștergeți|ștergeți) (?:toate|datele)"),
        Cue("erasure", r"dreptul (?:de a fi uitat|la ștergere)", MEDIUM),
        Cue("access", r"(?:solicit|cer) (?:\w+ )?accesul"),
        Cue("access", r"solicit o copie"),
        Cue("access", r"dreptul de acces", MEDIUM),
        Cue("rectification", r"(?:rectificarea|să rectificați|corectarea datelor)"),
        Cue("restriction", r"(?:restricționarea prelucrării|restricționați prelucrarea)"),
        Cue("objection", r"(?:mă opun|opoziție la prelucrare)"),
        Cue("objection", r"(?:retrag|revoc) (?:\w+ )?consimțământul", MEDIUM, (CONSENT,)),
        Cue("portability", r"(?:citirea automată|format structurat|portabilitatea datelor)"),
    ),
    conditionals=("dacă", "în cazul"),
    negations=("nu", "niciodată"),
    hedges=("rezerv", "dacă"),
)
