"""Words that say which contact value in a rectification is the new one (bot.reading.values).

Danish and English, as customers write them. Flat lists are tuples of regex fragments over
folded (lower-cased) text, joined into alternations by bot.reading.values; the longer
phrase patterns are kept whole. Capitalised words (street lines, names) are matched as
written.
"""

from __future__ import annotations

# Words that say the value after them is the new or correct one.
NEW_CUES: tuple[str, ...] = (
    r"ny", r"nye", r"nyt", r"new", r"(?:er|is|are|bor|lives?) (?:nu|now|nå)",
    r"now (?:live|living|reside|use)", r"rigtige?", r"korrekte?", r"nuværende", r"correct",
    r"right (?:one|number|address|e-?mail|name)", r"current", r"fremover", r"fremadrettet",
    r"from now on", r"in future", r"going forward", r"brug", r"benyt\w*", r"anvend\w*", r"use",
    r"ændret til", r"changed to", r"updated to", r"rettet til", r"opdateret til",
)
# Words that say the value after them is the old, wrong or unchanged one.
OLD_CUES: tuple[str, ...] = (
    r"gammel", r"gamle", r"old", r"tidligere", r"previous(?:ly)?", r"former(?:ly)?", r"før",
    r"fra", r"from", r"ikke", r"not", r"isn't", r"isnt", r"no longer", r"stadig", r"still",
    r"samme", r"same", r"uændret", r"unchanged", r"instead of", r"i stedet for", r"forkert\w*",
    r"wrong", r"incorrect", r"står", r"you have", r"you've got", r"i har",
    r"records (?:show|say|have)",
)
# "til"/"to" marks the new value only after a verb of change (these stems) in the same
# sentence; "men"/"but" only after a negation ("ikke 11 22 33 44, men 22 33 44 55").
TO: tuple[str, ...] = ("til", "to")
BUT: tuple[str, ...] = ("men", "but")
CHANGE_STEMS: tuple[str, ...] = (
    "ret", "rett", "ændr", "opdat", "skift", "flyt", "berigtig", "korriger", "change", "correct",
    "updat", "amend", "fix", "mov", "switch",
)
NEGATIONS: tuple[str, ...] = ("ikke", "not")

# Words that name a field; "other" is a field we do not change (an order number, a firm's
# premises, a new contact or provider): a value after it is not the sender's own.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "email": (r"e-?mail[- ]?(?:address|adresse)\w*", r"e-?mail\w*", r"mail\w*", r"e-?post\w*"),
    "phone": (r"(?:telefon|tlf|mobil|fastnet|direkte)\w*", r"nummer\w*", r"nr", r"phone\w*",
              r"mobile", r"cell\w*", r"number", r"numbers", r"tel"),
    "address": (r"adresse\w*", r"address\w*", r"bopæl"),
    "other": (
        r"ordre\w*", r"faktura\w*", r"invoice\w*", r"order", r"kundenummer\w*", r"kundenr",
        r"customer (?:no|number)", r"cpr\w*", r"cvr\w*", r"konto\w*", r"account\w*", r"iban",
        r"reg", r"sag\w*", r"case", r"reference", r"ref",
        # someone else's details: a firm's premises, a new contact, a new provider
        r"lokale\w*", r"premises", r"afdeling\w*", r"branch", r"firma\w*", r"virksomhed\w*",
        r"company", r"a/s", r"aps", r"kontakte?", r"contact", r"henvendelse\w*", r"provider",
        r"leverandør\w*", r"udbyder\w*", r"transmit\w*", r"overfør\w*", r"sende", r"send",
    ),
}

# "... er mit gamle nummer" right after a value: it is the old one.
OLD_AFTER = (
    r"[ \t]*(?:\((?:gammel|gamle|old|tidligere|previous|former)\)|,?[ \t]*(?:er|is|was|var)"
    r"[ \t]+(?:mit|min|my|det|den|the)?[ \t]*(?:gamle|gammel|old|tidligere|previous|former"
    r"|forkerte?|wrong))\b"
)

# Capitalised words that open a sentence, never a street name ("Til ...", "My ...").
NOT_STREETS: tuple[str, ...] = (
    "Til", "På", "Nu", "Jeg", "Min", "Mit", "Ny", "Nye", "Det", "Den", "Vi", "Vores", "Our",
    "My", "New", "The", "To", "At", "In", "I", "Is", "Now", "Adresse", "Address", "Ret", "Og",
    "And",
)
CITY_QUARTERS: tuple[str, ...] = ("Øst", "Vest", "Nord", "Syd")  # "Aarhus N", "Vejle Øst"
STREET_TYPES: tuple[str, ...] = (
    "Street", "St", "Road", "Rd", "Lane", "Avenue", "Ave", "Close", "Way", "Drive", "Place",
    "Gardens", "Court", "Crescent", "Terrace", "Square", "Hill", "Row", "Walk", "Grove", "Park",
    "Mews", "Green", "Parade", "Boulevard", "Rise",
)

# What opens a new job title ("min nye titel er", "jeg er nu blevet ...").
TITLE_CUES: tuple[str, ...] = (
    r"(?:min|my)\s+(?:nye|new)\s+(?:job\s?)?(?:titel|title|stilling\w*|position|rolle|role)"
    r"\s+(?:er|is)\s*:?",
    r"(?:ny|nye|new)\s+(?:job\s?)?(?:titel|title|stilling\w*)\s*:",
    r"(?:min|mit|my)\s+(?:egen\s+|own\s+)?(?:job\s?)?(?:titel|title|stilling\w*|position|rolle"
    r"|role)\b[^.!?\n]{0,60}?\b(?:nu|now|til|to)\s*:?",
    r"(?:jeg er|jeg blev|i am|i'm|i have|i've|i was)\b"
    r"(?:(?!\b(?:og|and|men|but|har|have|has|vil|will)\b)[^!?\n]){0,30}?\b(?:nu|now|blevet|become"
    r"|promoted to|forfremmet til|udnævnt til|appointed)(?:\s+(?:blevet|ny|the new|a|an|the))?",
)
# Words after which a title has ended ("indkøbschef hos ...", "... since May").
TITLE_STOPS: tuple[str, ...] = (
    "hos", "at", "in", "i", "ved", "på", "with", "since", "fra", "from", "pr", "per", "ikke",
    "not", "her", "here", "og", "and", "men", "but", "so", "så", "instead", "efter", "after",
)
# A "title" opening with these is a denial ("jeg er nu ikke længere indkøbsassistent").
TITLE_DENIALS: tuple[str, ...] = (
    "ikke", "not", "no", "never", "aldrig", "stadig", "still", "længere", "longer",
)
# A job title has one of these in it.
TITLE_NOUNS: tuple[str, ...] = (
    r"chef", r"leder", r"fører", r"direktør", r"mester", r"assistent", r"koordinator",
    r"ansvarlig", r"ingeniør", r"konsulent", r"sekretær", r"medarbejder", r"indkøber",
    r"tekniker", r"montør", r"planlægger", r"bogholder", r"controller", r"sælger", r"formand",
    r"partner", r"head", r"manager", r"director", r"chief", r"officer", r"coordinator",
    r"assistant", r"engineer", r"lead", r"supervisor", r"foreman", r"president", r"\bce?o\b",
    r"\bcfo\b", r"\bcoo\b", r"\bcto\b", r"buyer", r"administrator", r"accountant", r"technician",
    r"specialist", r"consultant", r"executive", r"secretary",
)

# Names: particles inside one ("Anne van Dijk"), and words that are never part of one
# (the firm's own name is added from the configuration: "Hej CL Smed").
NAME_PARTICLES: tuple[str, ...] = (
    "von", "van", "de", "der", "den", "la", "le", "af", "da", "di", "du",
)
NOT_NAMES = frozenset((
    "jeg", "i", "det", "den", "de", "der", "vi", "it", "the", "this", "that", "my", "mit", "min",
    "hej", "hi", "dear", "kære", "ikke", "not", "og", "and", "men", "but", "med", "with",
))
NAME_WORD = r"(?:for|efter|mellem|sur|first |last |family |middle )?(?:navn|name)(?:et)?"
# A cue after which the text gives the right spelling with no doubt.
NAME_STRONG: tuple[str, ...] = (
    rf"\b(?:(?:mit|min|my)\s+)?(?:fulde\s+|full\s+|nye\s+|new\s+)?{NAME_WORD}\s+(?:staves"
    r"|skrives|er stavet|skal staves|is spelled|is spelt|should be spelled|should be spelt"
    r"|er nu|is now|er blevet ændret til|has changed to|changed to)\s+",
    rf"\b(?:changed|ændret|skiftet)\s+(?:my|mit)\s+{NAME_WORD}\s+(?:from|fra)\b[^.!?\n]{{1,40}}?"
    r"\b(?:to|til)\s+",
)
# A cue that gives a name only where the text is about a misspelt or changed name.
NAME_WEAK: tuple[str, ...] = (
    rf"\b(?:(?:mit|min|my)\s+)?{NAME_WORD}\s+(?:er|is)\s+",
    r"\b(?:det er|det skal være|it is|it's|its|it should be|the correct spelling is"
    r"|den (?:korrekte|rigtige) stavemåde er|jeg hedder|i am called|my name's)\s+",
    r"\b(?:ikke|not)\s+[\"']?[^\s,.;!?\"']+(?:\s[^\s,.;!?\"']+)?[\"']?,?\s+(?:men|but)\s+",
)
# The text speaks of a misspelt or changed name.
NAME_CONTEXT: tuple[str, ...] = (
    r"stave\w*", r"stavet", r"stavning", r"stavemåde", r"spell\w*", r"spelt", r"misspel\w*",
    r"\bgift\b", r"married", r"står\b", r"addressed to", r"written as", r"listed as",
    r"(?:navn\w*|name\w*)\b[^.!?]{0,40}\b(?:forkert\w*|wrong\w*|incorrect\w*|fejl\w*)",
    r"(?:forkert\w*|wrong\w*|incorrect\w*)\b[^.!?]{0,20}\b(?:navn\w*|name\w*)",
)
