"""Italian: GDPR request letters and everyday wording."""

from __future__ import annotations

from ._types import CONSENT, MARKETING, MEDIUM, STRONG, WEAK, Cue, Lexicon

LEXICON = Lexicon(
    code="it",
    profile=(
        "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "delle", "e", "che", "in",
        "un", "una", "per", "con", "non", "mi", "mio", "miei", "mia", "mie", "si", "al", "alla",
        "ai", "come", "dati", "personali", "richiesta", "presente", "chiedo", "cordialmente",
        "grazie", "vostro", "vostra", "voi", "sono", "è", "da", "essere", "articolo", "ai",
        "sensi", "trattamento",
    ),
    cues=(
        Cue("erasure", r"(?:richied\w*|chiedo|domando|esigo) (?:\w+ ){0,2}?(?:l')?(?:immediata )?"
                       r"cancellazione"),
        Cue("erasure", r"(?:cancellate|eliminate|cancelli|elimini|chiedo di cancellare|di "
                       r"cancellare) (?:tutti|i|ogni|il)"),
        Cue("erasure", r"cancellazione (?:immediata )?(?:di tutti i|dei) (?:miei )?dati"),
        Cue("erasure", r"diritto (?:all'oblio|alla cancellazione)", MEDIUM),
        Cue("access", r"(?:richied\w*|chiedo) (?:\w+ ){0,3}?(?:l')?accesso"),
        Cue("access", r"accesso ai (?:miei )?dati"),
        Cue("access", r"diritto (?:di|d') ?accesso", MEDIUM),
        Cue("access", r"copia di tutti i (?:miei )?dati"),
        Cue("rectification", r"(?:rettifica|rettificare|correggere i (?:miei )?dati)"),
        Cue("restriction", r"(?:restringiate|limitiate|limitare|restringere|limitazione del) "
                           r"(?:la |il )?(?:processazione|trattamento)"),
        Cue("objection", r"mi oppongo"),
        Cue("objection", r"(?:opposizione al trattamento|diritto di opposizione)", MEDIUM),
        Cue("objection", r"(?:revoco|ritiro) (?:\w+ ){0,3}?consenso", MEDIUM, (CONSENT,)),
        Cue("objection", r"(?:disiscriv\w+|non (?:voglio|desidero) (?:più )?ricevere)", STRONG,
            (MARKETING,)),
        Cue("objection", r"marketing diretto", WEAK, (MARKETING,)),
        Cue("portability", r"(?:leggibile da (?:dispositivo automatico|macchina)|formato "
                           r"strutturato, di uso comune|portabilità)"),
    ),
    conditionals=("se", "qualora", "nel caso", "in caso"),
    negations=("non", "mai"),
    hedges=("riservo", "altrimenti", "se"),
)
