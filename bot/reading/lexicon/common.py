"""Vocabulary shared by every language: article numbers, law names, boilerplate, names,
and the small words (pronouns, modals, legal forms) that the reading of context relies on."""

from __future__ import annotations

# GDPR article -> intent. A reminder that only says "my request under Art. 17" is an
# erasure request (public corpus README: follow-ups carry the intent they refer to).
ARTICLE_INTENTS: dict[int, str] = {
    15: "access",
    16: "rectification",
    17: "erasure",
    18: "restriction",
    20: "portability",
    21: "objection",
}

# An article number counts only next to the name of the GDPR itself: "Art. 18 DSV" (Swiss
# ordinance) or "§ 22" of another law means something else.
REGULATION_NAMES: tuple[str, ...] = (
    r"gdpr", r"uk gdpr", r"dsgvo", r"ds-gvo", r"rgpd", r"rgdp", r"avg", r"agv", r"rodo",
    r"gdpr-a", r"γκπδ", r"2016/679", r"grundverordnung", r"general data protection regulation",
    r"data protection regulation", r"databeskyttelsesforordning\w*", r"persondataforordning\w*",
    r"dataskyddsforordning\w*", r"personvernforordning\w*", r"algemene verordening",
    r"opce uredbe", r"obecneho narizeni", r"reglamento general", r"reglement general",
    r"regolamento generale", r"regulamentul general", r"regulamento geral",
    r"regolamento gdpr", r"regulation \(eu\)", r"verordnung \(eu\)", r"forordning\w* \(eu\)",
)

# Sentences that are boilerplate, not the sender's request: mail disclaimers, privacy
# notices quoted back, newsletter footers. Every cue inside such a sentence is ignored.
BOILERPLATE: tuple[str, ...] = (
    r"(?:this|the) (?:e-?mail|message|communication|mail)\b[^.!?\n]{0,60}?(?:is|are|may be|"
    r"may contain|contains?) (?:strictly )?(?:confidential|privileged|intended)",
    r"intended (?:solely |only )?for the (?:use of the )?(?:named )?(?:addressee|recipient|"
    r"individual|person)",
    r"received (?:this|it|them|the|this (?:e-?mail|message|mail|communication))"
    r"(?: \w+)? (?:in error|by mistake|erroneously)",
    r"(?:notify|inform|contact) the sender (?:\w+ ){0,4}?(?:and|then) (?:\w+ ){0,2}?(?:delete|"
    r"destroy|erase)",
    r"(?:modtaget|fået) (?:den|denne|mailen|beskeden|meddelelsen|e-?mailen)(?: \w+)? (?:ved en "
    r"fejl|fejlagtigt)",
    r"(?:underret|kontakt|giv) (?:venligst )?afsenderen (?:\w+ ){0,3}?og slet",
    r"(?:denne|den(?:ne)? vedhæftede) (?:e-?mail|mail|meddelelse|besked)\b[^.!?\n]{0,60}?"
    r"(?:er|kan være|kan indeholde|indeholder) (?:fortrolig|beregnet|udelukkende)",
    r"modtaget (?:denne|mailen|beskeden|meddelelsen)\w* (?:ved en fejl|fejlagtigt)",
    r"(?:you|du|de|sie|vous|u|ni|jij) (?:have|har|haben|avez|heeft|hebt) (?:altid |always |"
    r"også |also )?(?:the |en )?(?:right|ret|recht|droit|rätt|rett) (?:to|til|auf|de|d'|op"
    r"|att|på)\b",
    # a footer's list of rights: "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, ..."
    # (two commas: a request names one right, "das Recht auf Löschung, und zwar sofort")
    r"(?:recht|right|ret|droit|rätt|rett) (?:auf|to|til|op|på|de) (?:[\w-]+ ){0,3}?[\w-]+, "
    r"(?:[\w-]+ ){0,3}?[\w-]+,",
    r"(?:we|vi|wir|nous|wij) (?:process|behandler|verarbeiten|traitons|verwerken|behandlar)"
    r" (?:your|dine|deres|ihre|vos|uw|dina) (?:personal |person)?(?:data|oplysninger|daten|"
    r"données|gegevens|uppgifter|personoplysninger)",
    r"(?:læs|read|lesen|lisez|lees) (?:mere|more|mehr|plus|meer)\b[^.!?\n]{0,40}?(?:privatliv|"
    r"privacy|persondata|datenschutz|confidentialit|behandler)",
    r"(?:click|klik|tap|klicken|cliquez) (?:here|her|on|på|hier|ici)",
    r"(?:to|for at|um|pour|om) (?:unsubscribe|afmelde|framelde|abzumelden|vous désabonner|"
    r"af te melden)",
    r"if you (?:no longer|don't|do not|would rather not) (?:wish|want|like) to receive",
    # (the footer's "hvis du ikke længere ønsker ...", not a sender's "hvis I ikke længere har
    # brug for dem")
    r"hvis (?:du|de|i) (?:ikke (?:længere |mere )?(?:ønsker|vil modtage)|ønsker at (?:afmelde|"
    r"framelde))",
    r"(?:you are|you're) receiving this",
    # a job applicant's consent clause (Polish CVs carry it): "Wyrażam zgodę na przetwarzanie
    # moich danych ... Przysługuje mi prawo dostępu do treści danych"
    r"wyrażam zgodę na przetwarzanie", r"prawo dostępu do treści (?:\w+ )?danych oraz",
    r"(?:jeg )?(?:giver|giver hermed) (?:mit )?samtykke til,? at (?:\w+ ){0,4}?(?:behandler|"
    r"opbevarer) (?:mine )?(?:person)?oplysninger",
    r"(?:du|de) modtager (?:denne|dette|vores) (?:mail|e-?mail|nyhedsbrev)",
    r"manage (?:your )?(?:e-?mail )?(?:preferences|subscription)",
    r"(?:unsubscribe|afmeld\w*|frameld\w*) (?:here|her)\b",
    r"(?:unsubscribe|afmeld\w*|frameld\w*|abmelden|désinscri\w*) *[|·•]",
    r"[|·•] *(?:unsubscribe|afmeld\w*|frameld\w*|abmelden|désinscri\w*)",
)

# A complaint *to the supervisory authority* under Art. 77 is addressed to the authority,
# not to us: no intent (public corpus labels). Matched on the sentence around "77".
AUTHORITY_COMPLAINT = (
    r"(?:complaint|beschwerde|klage|plainte|klacht|reclamo|queja|reclamação|skarg\w*|"
    r"stížnost|žalb\w*|plângere|καταγγελία|klagomål)\b[^.!?\n]{0,60}?\b"
    r"(?:art(?:icle|ikel|ículo|icolo|igo|\.)?|článk\w*|članak\w*|άρθρο)\s*77\b"
)

# Lines that are headings of a mail rather than sentences of it.
TITLE_PREFIXES = (
    r"subject", r"emne", r"betreff", r"objet", r"oggetto", r"asunto", r"assunto", r"temat",
    r"věc", r"predmet", r"onderwerp", r"ämne", r"θέμα", r"re", r"sv", r"aw", r"vs", r"fw",
    r"fwd", r"vedr", r"vedrørende", r"ang", r"angående", r"ref",
)


def _with_ascii_spellings(names: set[str]) -> frozenset[str]:
    """The names as written, and as a Dane without æ, ø, å on the keyboard writes them:
    "Soren", "Soeren", "Jorgen", "Kjaer" (a name must still read as one in ASCII mail)."""
    spelled = set(names)
    for old, new in (("ø", ("o", "oe")), ("å", ("a", "aa")), ("æ", ("ae", "e"))):
        spelled |= {name.replace(old, n) for name in spelled if old in name for n in new}
    return frozenset(spelled)


# Names, so that "Jens er stoppet" is read as a person leaving while "Maskinen er
# stoppet" is not (a capitalised word at the start of a sentence proves nothing).
FIRST_NAMES = _with_ascii_spellings({
    "aase", "adam", "agnes", "ahmad", "albert", "alberte", "alexander", "alfred", "ali", "allan",
    "alma", "amalie", "amanda", "anders", "andreas", "ane", "anette", "anita", "ann", "anna",
    "anne", "annette", "anton", "arne", "asger", "astrid", "august", "benjamin", "bent", "berit",
    "birgit", "birgitte", "bjarne", "bo", "brian", "britt", "camilla", "carina", "carl", "carsten",
    "caroline", "cecilie", "charlotte", "christian", "christina", "christine", "claus", "clara",
    "dan", "daniel", "david", "dennis", "ditte", "dorte", "dorthe", "edith", "elin", "elisabeth",
    "ella", "ellen", "elsebeth", "emil", "emilie", "emma", "erik", "erling", "esben", "eva",
    "ferdinand", "filip", "finn", "flemming", "frank", "frederik", "freja", "frida", "gitte",
    "grethe", "gustav", "hanne", "hans", "hanna", "hannah", "harald", "heidi", "heine", "helene",
    "helle", "helena", "helga", "henning", "henrik", "henriette", "holger", "ib", "ida", "inge",
    "inger", "ingrid", "irene", "jacob", "jakob", "jan", "jane", "janne", "jannik", "jens",
    "jeppe", "jesper", "jette", "joachim", "johan", "johanne", "johannes", "john", "jonas",
    "jonathan", "josefine", "julie", "jytte", "jørgen", "jørn", "kaj", "kamilla", "karen", "kari",
    "karin", "karina", "karl", "kasper", "katrine", "kenneth", "kent", "kim", "kirsten",
    "kirstine", "klaus", "knud", "kristian", "kristina", "kurt", "lars", "lasse", "laura", "lea",
    "leif", "lene", "lina", "line", "linda", "lis", "lise", "lisbeth", "lone", "louise", "lucas",
    "lukas", "maja", "malene", "mads", "magnus", "maria", "marianne", "marie", "mark", "martin",
    "mathias", "mathilde", "mette", "michael", "michelle", "mie", "mikael", "mikkel", "mona",
    "morten", "nadia", "naja", "nanna", "niels", "nikolaj", "nils", "nina", "noah", "ole",
    "oliver", "olivia", "oscar", "otto", "ove", "palle", "patrick", "per", "peter", "pernille",
    "philip", "pia", "poul", "preben", "rasmus", "rene", "rikke", "rita", "robert", "rune", "rut",
    "sabrina", "sanne", "sara", "sarah", "sebastian", "signe", "simon", "sofia", "sofie",
    "solveig", "steen", "sten", "stig", "susanne", "svend", "søren", "tanja", "thomas", "tina",
    "tine", "tobias", "tom", "tommy", "tonny", "torben", "tove", "trine", "troels", "ulla",
    "ulrik", "valdemar", "vibeke", "victor", "viggo", "vilhelm", "william", "yvonne", "alice",
    "amy", "andrew", "ben", "charles", "charlie", "chris", "claire", "emily", "george", "harry",
    "jack", "james", "jennifer", "jessica", "joseph", "kate", "lisa", "lucy", "mary", "matthew",
    "paul", "rachel", "richard", "sam", "sophie", "steve", "steven",
    # more of the names Danish, Nordic and English mail is signed with
    "karsten", "kristoffer", "christoffer", "bjørn", "bente", "birthe", "gert", "gunnar",
    "gunhild", "jimmy", "kenn", "kjeld", "mogens", "nicolai", "niklas", "nicklas", "orla",
    "peder", "steffen", "sune", "thorkild", "uffe", "verner", "vagn", "bodil", "egon",
    "ejner", "erna", "gudrun", "hjalte", "ivan", "leon", "lillian", "marius", "oluf", "rolf",
    "sigurd", "tonni", "vivi", "majken", "marlene", "michala", "jonna", "lotte", "merete",
    "ola", "knut", "sven", "sigrid", "linnea", "elsa", "oskar", "håkon", "eirik", "silje",
    "kristin", "trond", "kevin", "mike", "tony", "nick", "gary", "susan", "helen", "ian",
    "neil", "tim", "jim", "bob", "kelly",
    # Norwegian, German and Dutch names seen in set233 to set236 and their like
    "geir", "sindre", "torbjørn", "terje", "jarle", "vegard", "øystein", "svein", "pål", "tor",
    "ragnhild", "hege", "siri", "marit", "turid", "kjersti", "sabine", "jürgen", "femke",
    "pieter", "joost", "bram", "maarten", "sander", "ruud", "henk", "anouk", "lieke", "wouter",
    "jeroen", "thijs", "martijn", "koen", "sjoerd", "marieke", "matthias", "petra", "uwe",
    "jörg", "stefan", "malte", "dieter", "olivier", "mathieu", "priya", "moira",
    "julien", "pierre", "nicolas", "antoine", "camille", "frede",
    # English short forms a colleague is called by ("Dave's moved on to pastures new")
    "dave", "pete", "andy", "sue", "rob", "matt", "phil", "alex", "joe", "darren", "craig",
    "stuart", "graham", "colin", "keith", "alan", "barry", "trevor", "derek", "shaun", "sean",
})

SURNAMES = _with_ascii_spellings({
    "andersen", "bach", "bak", "berg", "bertelsen", "bruun", "christensen", "christiansen", "dahl",
    "eriksen", "frandsen", "frederiksen", "friis", "hansen", "hald", "holm", "iversen", "jacobsen",
    "jakobsen", "jensen", "johansen", "jørgensen", "kjær", "knudsen", "kristensen", "kristiansen",
    "larsen", "lauridsen", "lund", "madsen", "mikkelsen", "mortensen", "møller", "nielsen",
    "nissen", "olsen", "overgaard", "pedersen", "petersen", "poulsen", "rasmussen", "schmidt",
    "skov", "sommer", "svendsen", "sørensen", "thomsen", "vestergaard", "østergaard", "smith",
    "jones", "williams", "brown", "taylor", "wilson", "johnson", "walker", "wright", "green",
    "hall", "wood", "clarke",
})

# Delivery failures: a bounce alone does not prove that a contact left (gdpr-dk.md §4.3:
# staff confirm with the customer), so it only raises the "bounce" flag on machine mail.
BOUNCE: tuple[str, ...] = (
    r"delivery (?:status notification|has failed|failed|to the following recipients? failed)",
    r"undeliverable", r"mail delivery (?:subsystem|failed|failure)", r"could not be delivered",
    r"address not found", r"user unknown", r"unknown user", r"no such user",
    r"recipient address rejected", r"mailbox (?:unavailable|not found|does not exist)",
    r"550[ -]5\.1\.1", r"kunne ikke (?:leveres|afleveres)", r"(?:ikke|blev ikke) leveret",
    r"modtageren (?:findes ikke|eksisterer ikke|kunne ikke findes)", r"unzustellbar",
    r"non remis", r"onbestelbaar", r"kunde inte levereras",
)

# contact_left needs a person as the one who left. A capitalised word right after one of
# these is inside a phrase, not the subject: "Portmotoren ved indkørslen til Strandhaven er
# stoppet igen" is about a place; "Leverancen fra Stena er stoppet" about a supplier.
_NORDIC_PREPOSITIONS = frozenset({
    # not "at" (that), "for" (because), "om" (whether): "..., for Jens er stoppet"
    "til", "ved", "på", "i", "fra", "med", "af", "hos", "under", "over", "mod", "efter", "bag",
    "gennem", "mellem", "uden", "via", "per", "pr", "av", "vid", "från", "för", "den", "det",
    "et",
})
PREPOSITIONS: dict[str, frozenset[str]] = {
    "da": _NORDIC_PREPOSITIONS, "no": _NORDIC_PREPOSITIONS, "sv": _NORDIC_PREPOSITIONS,
    "en": frozenset({"to", "at", "in", "on", "from", "with", "of", "by", "near", "into",
                     "behind", "about", "for", "the", "a"}),
    "de": frozenset({"zu", "bei", "an", "von", "mit", "für", "auf", "nach", "vor", "aus", "in",
                     "ein", "eine", "der", "die", "das", "dem", "den"}),
    "nl": frozenset({"naar", "bij", "aan", "van", "met", "voor", "op", "in", "het", "een",
                     "de"}),
    "fr": frozenset({"à", "a", "au", "aux", "de", "du", "des", "chez", "pour", "avec", "sur",
                     "le", "la", "les", "en", "dans"}),
}
# Legal forms: "Hansen Byg ApS er stoppet" is a firm, not a person.
COMPANY_FORMS = frozenset({
    "aps", "as", "a/s", "gmbh", "ag", "ab", "ltd", "inc", "bv", "llc", "plc", "sa", "sarl",
    "oy", "kg", "is", "i/s", "ks", "k/s", "ivs", "amba", "co", "nv", "sas", "srl", "asa",
})
# Nouns that open a capitalised thing, not a person: "Projekt Havnefronten er stoppet".
THING_HEADS = frozenset({
    "projekt", "projektet", "project", "byggeri", "byggeriet", "byggesag", "byggesagen", "sag",
    "sagen", "ordre", "ordren", "order", "job", "jobbet", "opgave", "opgaven", "firma",
    "firmaet", "butik", "butikken", "afdeling", "afdelingen", "lager", "lageret", "anlæg",
    "anlægget", "maskine", "maskinen", "port", "porten", "produktion", "produktionen",
    "levering", "leveringen", "leverance", "leverancen", "model", "modellen", "serie",
    "serien", "fabrik", "fabrikken", "værksted", "værkstedet", "hal", "hallen", "bygning",
    "bygningen", "afd", "team", "site", "plant", "factory", "product", "produkt",
    "produktet", "line", "linje", "linjen", "system", "systemet", "app", "appen", "portal",
    "portalen", "webshop", "webshoppen", "hjemmesiden", "website", "kampagne", "kampagnen",
    "tilbud", "tilbuddet", "aftale", "aftalen", "kontrakt", "kontrakten", "samarbejde",
    "samarbejdet", "abonnement", "abonnementet", "nyhedsbrev", "nyhedsbrevet",
})
# First names that are also everyday words; written in lower case they are not names
# ("leveringen per bil er stoppet", "kassen er tom").
# WORDLIKE_NAMES read as names where they open a line in lower-case mail ("hej\n\nkurt er
# gaaet paa pension"); never a month's ("august") nor "hans" (his)
OPENING_NAMES = frozenset({"kurt", "per", "bo", "ole", "kim", "tom", "erik", "ove",
                           "karl", "kaj", "kent", "frank", "john", "nils", "otto", "rune",
                           "stig", "sten", "lone", "lise", "ulla", "eva", "rita", "lis"})
# Who opens a sentence before a relative clause without being anyone in particular ("Alle som
# bestilte hos jer ...", "Everyone who ordered from you has left")
NO_ONE = frozenset({"alle", "den", "det", "de", "han", "hun", "everyone", "anyone", "everybody",
                    "anybody", "someone", "somebody", "all", "those"})

WORDLIKE_NAMES = frozenset({
    "per", "bo", "tom", "mark", "line", "august", "kaj", "ben", "ane", "ella", "lis", "bent",
    "sander",
    "dan", "sam", "ib", "rut", "rita", "alma", "kim", "mie", "ove", "lea", "kent", "frank",
    "will", "kate", "mona", "ann", "ida", "jan", "lina", "lise", "sten", "stig", "rene",
    "nils", "kurt", "ole", "karl", "eva", "lone", "signe", "jack", "nina", "maja", "naja",
    "tine", "clara", "ellen", "emma", "otto", "ulla", "hans", "rune", "alice", "amy", "lucy",
    "harry", "grethe", "john", "albert", "daniel", "erik", "ali", "else", "elin", "mary",
    "rob", "sue",
})

# contact_left verbs that fit a machine, a job or a delivery as well as a person
# ("Skydeporten er stoppet", "leverancen holdt op"): the subject must then be a known
# name, a full name, a role, a pronoun or an e-mail address (gdpr-dk.md §3.2).
SOFT_LEFT_VERBS: tuple[str, ...] = (
    "stoppe", "stopet", "stopper", "stopped", "stopt", "holdt op", "holder op", "sluttet",
    "slutat", "slutter", "aufgehört",
)

# Danish/Norwegian compound nouns end in their head noun: "skydeport", "portmotoren",
# "el-anlægget", "hejseværket" are things, however they are capitalised.
THING_TAILS: tuple[str, ...] = (
    "port", "porte", "porten", "portene", "motor", "motoren", "motorer", "motorerne",
    "maskine", "maskinen", "maskiner", "maskinerne", "anlæg", "anlægget", "anlæggene",
    "leverance", "leverancen", "leverancer", "leverancerne", "levering", "leveringen",
    "leveringer", "hejs", "hejset", "lift", "liften", "pumpe", "pumpen", "værk", "værket",
    "ventil", "ventilen", "kran", "kranen", "dør", "døren", "døre", "låge", "lågen", "låger",
    "trappe", "trappen", "gelænder", "gelænderet", "rækværk", "bånd", "båndet", "robot",
    "robotten", "kompressor", "kompressoren", "styring", "styringen", "elevator",
    "elevatoren", "kedel", "kedlen", "fyret", "brænder", "brænderen", "bilen",
    "truck", "trucken", "vogn", "vognen", "projekt", "projektet", "byggeri", "byggeriet",
    "produktion", "produktionen", "ordre", "ordren", "ordrer", "sag", "sagen", "arbejde",
    "arbejdet", "opgave", "opgaven", "fabrik", "fabrikken", "linje", "linjen", "automatik",
    "automatikken", "system", "systemet", "server", "serveren", "printer", "printeren",
    "appen", "tavle", "tavlen", "sensor", "sensoren", "fjernbetjening",
    "fjernbetjeningen", "alarm", "alarmen", "service", "servicen", "aftale", "aftalen",
    "montage", "montagen", "forsyning", "forsyningen", "strøm", "strømmen", "varme",
    "varmen", "ventilation", "ventilationen", "hydraulik", "hydraulikken", "gear", "gearet",
    "bommen", "hegn", "hegnet", "drift", "driften",
)

# --------------------------------------------------------------------------- reading context

# Letters people type instead of æ/ø/å (and ä/ö, folded to æ/ø) on foreign keyboards.
SPELLINGS: dict[str, tuple[str, ...]] = {
    "æ": ("æ", "ae", "e", "a"), "ø": ("ø", "oe", "o"), "å": ("å", "aa", "a"),
}

# Where a clause ends, for reading "if" and "not" in the right scope; "så"/"then" open the
# main clause after a condition ("hvis I har mine data så slet dem").
CLAUSE_MARKS: tuple[str, ...] = (",", ";", ":", "(", ")", " – ", " - ", "—", " så ", " then ")

# Particles inside a name: "Anne van Dijk", "Lars af Ekenstam".
NAME_PARTICLES: tuple[str, ...] = ("van", "von", "de", "der", "den", "af", "la", "le", "du")

# A polite question is no negation: "kan I ikke slette mig?" asks for the deletion.
# "und", "og", "and" open a new verb phrase: "keine Werbung mehr und löschen Sie meine Daten"
# asks for the deletion the "keine" before it does not reach
CONJUNCTIONS = frozenset({"og", "and", "und", "och", "samt"})  # not Dutch "en": "ikke en kopi"
MODALS = frozenset({
    "kan", "vil", "kunne", "ville", "gider", "skal", "kunde", "can", "could", "would", "will",
})
YOU = frozenset({
    "i", "du", "de", "dere", "ni", "you",
})
# "lade være med at ...": refrain from it, a negation in two words (folded)
REFRAIN = frozenset({("lade", "være"), ("lad", "være"), ("lad", "vær"), ("lade", "vaere"),
                     ("lad", "vaere"), ("la", "vær"), ("la", "være")})
# Small words that may stand between "kan du" and "ikke" in a polite question: "kan du så
# ikke lige få slettet ...", "kunne I nu ikke ..."
PARTICLES = frozenset({"så", "nu", "da", "bare", "lige", "også", "mon", "dog", "then"})

# Words that open a sentence or a greeting without being a name ("Hej Jens", "Desværre ...").
NOT_NAMES = frozenset({
    "i", "jeg", "jag", "eg", "ich", "ik", "vi", "we", "you", "hej", "hi", "dear", "kære", "hello",
    "mvh", "vores", "our", "min", "mit", "mine", "my",
    "the", "den", "denne", "this", "that", "det", "dette", "desværre", "unfortunately", "also",
    "også", "please", "venligst", "tak", "thanks", "og", "and", "men", "but", "herr", "frau", "hr",
    "fru", "mr", "mrs", "ms", "dr", "til", "orientering", "fyi", "note", "ps",
    # a pronoun opening a sentence ("Hun er gået på pension") points back to a name
    "han", "hun", "he", "she", "hon", "they", "de",
    # articles and possessives of languages that capitalise nouns ("Die Lieferung ist ...")
    "die", "der", "das", "dem", "des", "ein", "eine", "unser", "unsere", "ihr", "ihre", "le",
    "la", "les", "het", "een", "onze",
    # "Både Bo og Karina er stoppet": both opens the list of names, it is none
    "både", "bade", "both", "beide", "båda", "zowel", "begge",
    # "Følgende er ikke længere ansat:" opens a list of who left
    "følgende", "disse", "following", "folgende", "följande",
})
# A sole trader retiring closes the customer itself ("helping my father-in-law wind up his
# one-man blacksmith business, as he is retiring"): no contact has left a customer.
# Greetings the sender asks the firm to pass on, just after a departure: the one who leaves
# works at the firm ("Arne går på pension til sommer. Sig tillykke fra mig"), not at a
# customer of it
GREETINGS_TO_YOURS: tuple[str, ...] = (
    r"(?:sig|siger|send|giv) (?:\w+ ){0,2}?tillykke\b",
    r"(?:hils|hilse) (?:ham|hende) (?:\w+ )?fra (?:mig|os)\b",
    r"(?:pass on|send|give) (?:my|our) (?:\w+ )?congratulations\b",
    r"(?:say|tell \w+) congratulations\b",
    # "I heard Svend is retiring at the end of April - please pass on my very best wishes"
    # (not "... to your team", which greets the firm, nor "... my regards to Jørgen")
    r"pass on (?:my|our) (?:\w+ ){0,2}?(?:wishes|regards|greetings)\b(?! to (?!him\b|her\b))",
)
OWN_BUSINESS: tuple[str, ...] = (
    r"(?:wind(?:ing)? up|clos(?:e|es|ing|ed) down|shut(?:s|ting)? down|sell(?:s|ing)? up) "
    r"(?:his|her"
    r"|their|my) (?:own |one-man |one-woman |small |family )?(?:[\w-]+ )?(?:business|company|"
    r"firm|shop|workshop|forge)(?! (?:mobile|e-?mail|account|phone|laptop|card|car|van)\b)",
    # the sender's own, closed: "I have now retired and closed my one-man firm"
    r"closed my (?:own |one-man |one-woman |small |family )?(?:[\w-]+ )?(?:business|company|firm|"
    r"shop|workshop|forge)(?! (?:mobile|e-?mail|account|phone|laptop|card|car|van)\b)",
    # "Jeg har lukket min smedeforretning (Melgaards Smedie v/Kurt Melgaard) ved nytår og er
    # gået på pension": a compound ("smedeforretning") and the past tense too
    # (not "lukket hans firmamail", nor a sale: the customer goes on under a new contact)
    r"(?:lukker|afvikler|nedlægger|lukke|afvikle|lukket|afviklet|nedlagt) (?:sin|hans|"
    r"hendes|min|mit|sit) (?:egen |eget |lille )?(?:\w+ )?[\w-]*(?:virksomhed|forretning|firma|"
    r"smedie|værksted|enkeltmandsvirksomhed)(?:en|et)?(?!\w)",
    # a firm by its name, said to be the sender alone: "I'm retiring and shutting down Hughes
    # Ironworks (it's just me)", "jeg lukker Holm Smedie - det er kun mig"
    r"(?:wind(?:ing)? up|clos(?:e|es|ing) down|shut(?:s|ting)? down|lukker|afvikler|lukket) "
    r"[\w&'. -]{2,40}?[ (–-]+(?:it'?s|it is|det er) (?:just|only|kun) (?:me|mig)\b",
    # the passive, of the sender's own firm: "Firmaet er nu lukket og jeg er gået på efterløn"
    # (a one-man firm's owner retires: the customer closes, no contact leaves a customer)
    r"(?:firmaet|forretningen|virksomheden|butikken|værkstedet|mit firma) er (?:nu )?(?:lukket|"
    r"nedlagt|afviklet)(?= og (?:jeg|vi) (?:er|har)\b)",
)
# An e-mail address as it stands in running text ("skriv til o'brien@firma.example.dk."): the
# one pattern the readers share, so they agree on where an address starts and ends.
EMAIL_ADDRESS = r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
# Titles before a surname: "Herr Wagner", "Frau Berger", "hr. Madsen", "Mrs Hughes".
HONORIFICS = frozenset({
    "herr", "frau", "hr", "fru", "mr", "mrs", "ms", "miss", "dr", "monsieur", "madame", "mme",
    "meneer", "mevrouw", "dhr", "mevr",
})
# "I" in the languages of the lexicon: "Jeg har været jeres kontakt ..., men er nu stoppet".
FIRST_PERSON = frozenset({
    "jeg", "i", "ich", "je", "ik", "jag", "eg",
})
# Words of the inverted departure phrase itself, never a surname ("er jens nu stoppet").
INVERTED_FILLERS = frozenset({
    "desværre", "nu", "altså", "jo", "også", "stoppet", "stopet", "fratrådt", "fratraadt",
    "fratradt", "gået", "gaaet", "gaet", "ikke", "siden", "allerede",
})
# "Hans sidste dag var fredag": his, not a man called Hans (he was named before).
POSSESSIVE_PRONOUNS = frozenset({"hans", "hendes", "his", "her", "hennes", "seine", "ihre"})
# "Jens' sidste arbejdsdag": a possessive name before these is the one who leaves.
POSSESSIVE_CUES: tuple[str, ...] = ("sidste", "last", "siste", "sista", "letzter", "laatste")
# Words before an address that make it the successor's, not the departed person's:
# "kontakt i stedet jk@...", "overtaget af Jonas Krog, som I kan kontakte på jk@...".
NEW_CONTACT: tuple[str, ...] = (
    # ("i stedet for kv@..." names the old address, the one that goes)
    # ("my contact details (pn@...)", "mine kontaktoplysninger" are the sender's own)
    # ("havde kontakt med jer (anja@...)" was the old role; "skal ikke skrive til bent@..."
    # is the address that goes)
    r"kontakt(?!oplysning|info|data|detalje)(?!\w* med (?:jer|os|dig)\b)\w*",
    r"(?<!ikke\W)(?<!ikk\W)skriv\w* til", r"overtag\w*",
    r"i stedet(?! for)", r"fremover", r"ny\w* kontakt",
    r"contact(?! details| info)", r"instead", r"write to", r"reach", r"new", r"successor",
)
# Words that make a phrase about the sender's own data ("min titel er ændret", "I have moved").
OWN_WORDS = frozenset({
    "min", "mit", "mine", "mig", "jeg", "my", "me", "mein", "meine", "meinen", "meiner", "mich",
    "mir", "ich", "mon", "ma", "mes", "moi", "je", "mijn", "mij", "ik", "mitt", "mina", "meg",
    "jag",
})
# Danish/Norwegian/Swedish definite nouns end so: "Maskinen", "Arbejdet" are things.
DEFINITE_ENDINGS: tuple[str, ...] = ("en", "et", "ne")
# "our"/"we" in the languages of the lexicon: a firm speaking of itself, or a household.
PLURAL_OWN = frozenset({
    "vores", "vor", "vi", "our", "we", "us", "unsere", "unser", "unseren", "wir", "onze", "ons",
    "wij", "vår", "vårt", "våra", "notre", "nos", "nous",
})

# The sender writes as a firm: a legal form after a name, a CVR number, new premises.
FIRM_FORMS: tuple[str, ...] = (
    r"a/s", r"aps", r"i/s", r"k/s", r"ivs", r"gmbh", r"ltd", r"llc", r"plc", r"b\.v\.", r"sarl",
    r"s\.r\.l\.", r"srl",
)
FIRM_SIGNS: tuple[str, ...] = (
    r"\bcvr\b", r"\bcvr-?(?:nr|nummer)", r"nye\s+(?:lokaler|kontorer)",
    r"new\s+(?:premises|offices)", r"neue\s+(?:r[æa]ume|buro[æa]ume)",
)

# "Art. 17 GDPR", "artikel 15", "čl. 18", "άρθρο 20" (over folded text): a literal every
# match contains (a quick test first), and the pattern; group 1 is the number, group 2 a
# range ("Art. 15-22": a list of rights, not a request).
ARTICLE_NUMBERS: tuple[tuple[str, str], ...] = (
    ("art", r"art(?<!\wart)(?:icles?|ikel|ikkel|iculo|icolo|igo|icol|ykul|s|\.)?\s*"
            r"(\d{1,2})(?!\d)(\s*(?:-|–|to|bis|til|and|og|und|et|a|och)\s*\d)?"),
    ("cl", r"cl(?<!\wcl)(?:\.|an\w*)\s*(\d{1,2})(?!\d)()"),
    ("αρθρ", r"αρθρ(?<!\wαρθρ)\w*\s*(\d{1,2})(?!\d)()"),
    # "18. clanek", "18. cl." (the quick test is "cl" + what follows it: "clsmed.dk" is in
    # nearly every mail, and this pattern has no literal of its own to scan for)
    ("cl.", r"(\d{1,2})\.\s*cl\.()"),
    ("clank", r"(\d{1,2})\.\s*clank\w*()"),
)

# Letters that only some languages use, as typed (before folding).
LETTER_HINTS: dict[str, tuple[str, ...]] = {
    "æ": ("da", "no"), "ø": ("da", "no"), "å": ("da", "no", "sv"), "ä": ("sv", "de"),
    "ö": ("sv", "de"), "ü": ("de",), "ß": ("de",), "ñ": ("es",), "ç": ("fr", "pt"),
    "ã": ("pt",), "õ": ("pt",), "ł": ("pl",), "ą": ("pl",), "ř": ("cs",), "ě": ("cs",),
    "ů": ("cs",), "đ": ("hr",), "ș": ("ro",), "ț": ("ro",), "ă": ("ro",),
}

# A website contact form relays a person's message from a no-reply address with
# "Auto-Submitted": a form heading, then name, e-mail and message fields.
WEB_FORM = (
    r"(?:formular|kontakt ?form|contact ?form|web ?form|hjemmeside|website|www\.)[^\n]*\n"
    r"(?:.*\n){0,12}?\s*(?:navn|name|fulde navn|full name)\s*:.*\n"
    r"(?:.*\n){0,6}?\s*(?:e-?mail|mail|e-?mail ?adresse|email address)\s*:.*\n"
    r"(?:.*\n){0,8}?\s*(?:besked|message|meddelelse|kommentar|comment|henvendelse"
    r"|din besked|your message|spørgsmål|question)\s*:"
)


# The sender as owner or object ("min adresse", "om mig", "my name", "mitt namn"): with a
# mention of personal data in the same sentence, it makes the sentence about their data.
OWNER_WORDS = (
    "mig", "min", "mit", "mine", "me", "my", "mitt", "mina", "meg", "mi", "mich", "mir",
    "mein", "meine", "meinen", "meiner", "mijn", "mij", "moi", "mes", "mon", "ma",
    # a household's own: "billeder af vores nye gelænder", "our house"
    "vores", "os", "our", "us", "vår", "vårt", "våre", "våra", "oss", "unser", "unsere", "uns",
    "onze", "ons",
)
# A person named by pronoun: "Hun har fået ny arbejdstelefon" updates a colleague's own
# number (personal data), not the firm's. (German "er" is left out: Danish "er" is "is".)
PERSON_PRONOUNS = (
    "han", "hun", "hans", "hendes", "ham", "hende", "he", "she", "his", "her", "him", "hon",
    "hennes", "hij", "zij", "haar", "jeg", "i'm", "ich",
)
# German "sie"/"ihr" is a person only in lower case: "Sie"/"Ihre" is the reader ("Bitte
# passen Sie Ihre Kundenstammdaten an").
PERSON_PRONOUNS_LOWER_CASE = ("sie", "ihr", "ihre")

# "... skal ikke ændres", "should not be changed": the sender keeps the value as it is.
KEPT_AS_IS = (r"(?:ikke|not|inte|nicht|niet) (?:be |blive |bli |bliva |werden )?(?:ændr\w*|"
              r"ret(?:tes|tet|te)\b|opdater\w*|chang\w*|correct\w*|updat\w*|korriger\w*|"
              r"oppdater\w*|uppdater\w*|geændert|geaendert)")

# What an objection under art. 21 is against: a use of personal data, in any language.
USE_OF_DATA = (r"(?<!\w)(?:behandling\w*|brug af|anvendelse|verarbeitung|nutzung|verwendung|"
               r"processing|use of|usage|behandeling|gebruik|przetwarzani\w*|profil\w*|"
               r"(?:person)?(?:oplysning|opplysning|uppgift|daten|data|gegevens)\w*)")

# Between a departed person's name and the words saying they left (classify._subject):
# a date, an address in brackets, a relative clause. Looked past, never read as a name.
DEPARTURE_ASIDES = (
    r"\s(?:per|pr\.?|pr|fra|fra og med|sinds|sind|zum|seit|ab|am|since|as of|from|on|"
    r"by|den|d\.|til|med virkning fra|med udgangen af|z końcem|od)\s+[\w./-]*\d[\w./-]*"
    r"(?:\s+(?:[a-zæøåäöü]+\.?|\d{2,4}))?(?:\s+\d{4})?",  # "zum 28. Februar 2026"
    r"\s(?:sidste|i sidste|last|letzte|vorige|forrige)\s+\w+",
    # a date said in words: "zum Monatsende", "ved årsskiftet", "at the end of the month"
    r"\s(?:zum|bis zum|per|pr\.?|ved|til|at|by|am|an)\s+(?:the\s+)?(?:monatsende|jahresende|"
    r"quartalsende|månedsskiftet|årsskiftet|nytår|månedens\s+udgang|end\s+of\s+(?:the\s+)?"
    r"(?:month|year|quarter))",
    # what is left of a date once its day is gone: "pr." of "pr. 15. maj"
    r"\s(?:per|pr\.?|fra|sinds|zum|seit|ab|am|since|as of|from|den|d\.|med udgangen af)",
    r"\s(?:1\.|2\.|3\.|4\.|5\.|6\.|7\.|8\.|9\.|\d{1,2}\.)\s*\w+",
    r"\s*\([^()@]{1,80}\)",  # an address in brackets is kept: it is who left
    # (not over a dash: "Susanne – Sus, som I kender hende –" is one aside, the dashes')
    r",\s*(?:som|der|who|which|die|welche|welcher|som|vilken|die|dat)\s[^,–—]{1,80},?",
    # a relative clause without commas: "Lisbeth Kruse som havde regnskabet har fået nyt job"
    r"\s(?:som|der|who) (?:havde|har|var|passede|styrede|tog sig af|stod for|had|handled|ran)"
    r"(?:\s+\w+){1,3}",
    # a relative pronoun whose clause holds the departure: "Henrik Dam, som er rejst ..."
    r",?\s(?:som|der|who|which|die|dat)",
    # an apposition: "Michael Kruse, projektleder,", "Anna Berg, vår inköpare som ...,"
    r",\s*[^,.!?\n]{2,100},",  # the comma after it is still there (see _strip_asides)
    # the verb parted from its phrase by a date: "Jan de Vries is sinds 1 februari niet meer"
    r"\s(?:is|er|ist|är|har|has|was|var|war|blev|bliver)",
    r"\s(?:begge|both|beide|båda|begge to|alle)",
    # where they worked: "Marek og Andrzej fra vores polske hold"
    r"\s(?:fra|from|von|från) (?:vores|vor|vort|our|unser\w*|vår\w*) (?:[\w-]+ ){0,2}?[\w-]+",
    # the department: "Bettina i bogholderiet har fået nyt job"
    r"\s(?:i|på|fra) (?:bogholderi\w*|regnskab\w*|[\w-]*afdeling\w*|lageret|kontoret|"
    r"værkstedet|salg\w*|indkøb\w*|receptionen|administrationen)",
    # a first verb joined to the departure: "er rejst hjem og arbejder ikke længere"
    r"\s(?:er|har|is|has|ist|är) (?:[\w-]+ ){1,3}?(?:og|and|und|och)",
    # an aside between dashes: "Susanne – Sus, som I kender hende – er stoppet"
    r"\s[–—-]\s(?:[^–—\n]|\n(?!\n)){1,80}\s[–—-]",
    # an adverb before the verb: "Paul Greaves finally retired on Friday"
    r"\s(?:finally|now|just|officially|sadly|unfortunately|recently|also|endelig|altså|nemlig|"
    r"desværre|også|officielt|leider|nun|inzwischen|mittlerweile|tyvärr|dessverre)",
)
# Where someone no longer works when it is a trade, not an employer: "je ne travaille plus
# dans le secteur du bâtiment", "no longer works in the industry", "arbejder ikke længere i
# branchen" (a change of career, no customer's contact left) - read right after the phrase.
TRADE_LEFT = (r"\s*(?:anymore\s+|længere\s+|lenger\s+|mehr\s+)?(?:in|i|dans|im|in der|in de|within|"
              r"inden for|innen|inom)\s+"
              r"(?:the\s+|le\s+|la\s+|l'|den\s+|der\s+|de\s+|ce\s+|cette\s+)?(?:[\w-]+\s+)?"
              r"(?:industry|trade|sector|secteur|branche\w*|bransj\w*|bransch\w*|sektor\w*|métier|"
              r"bâtiment|faget|construction)(?!\w)")

# A yes to the firm's own offer ("Vil du have en kopi af de oplysninger, vi har om dig?" -
# "ja tak"): the short answers that say yes (folded), and what each offer, put in the
# firm's words (second person), would do. Read only under a quoted mail of the firm's.
YES = (r"(?:ja|jo|jep|jaa|yes|yep|yeah|gerne|ok|okay|sure|please do|absolut|selvfølgelig"
       r"|selvfolgelig|jawohl|gärna|gjerne)\b")
NO = r"(?<!\w)(?:nej|nei|no|nope|ikke|not|nein|nee|nicht|inte)(?!\w)"
OFFERS: dict[str, tuple[str, ...]] = {
    "access": (
        r"(?:kopi|udskrift|oversigt|udtræk) (?:\w+ ){0,2}?(?:af |over )?(?:de |dine |alle )?"
        r"(?:\w+ )?(?:oplysninger|data|personoplysninger)",
        r"(?:copy|overview|list) of (?:the |your |all )?(?:\w+ )?(?:data|information|details)",
        r"hvad vi har (?:\w+ )?(?:registreret|stående|gemt|liggende) om dig",
        r"what (?:data |information )?we (?:hold|have|keep) (?:on|about) you",
    ),
    "objection": (
        r"(?:fjerne|afmelde|slette|tage) dig (?:\w+ )?(?:fra|af) (?:\w+ ){0,3}?(?:liste|nyhedsbrev"
        r"|sms|mailing|udsendelse)\w*",
        r"(?:remove|unsubscribe|take) you (?:\w+ )?(?:from|off) (?:\w+ ){0,3}?(?:list|newsletter"
        r"|mailing|sms|texts)\w*",
        r"(?:stoppe|stop) (?:med at )?(?:sende|sending|ringe|calling) (?:dig|you)",
        # the list named in the sentence before: "... vores liste til sms-tilbud. Skal vi også
        # fjerne dig fra den?"
        r"(?:liste|nyhedsbrev|sms|mailing|udsendelse|newsletter|list)\w*[^?]{0,200}?(?:fjerne|"
        r"afmelde|tage|remove|unsubscribe|take) (?:dig|you) (?:\w+ )?(?:fra|af|from|off) (?:den|"
        r"dem|det|it|them)\b",
    ),
    "erasure": (
        # "Ønsker du, at vi sletter dine oplysninger nu?" ("fjerne dig fra listen" is the list)
        # (the data named: "at jeg sletter din gamle bestilling" is an order)
        r"(?:slette|slet|sletter) (?:dig\b|(?:dine|alle dine|dit|din) (?:\w+ )?(?:oplysninger|"
        r"data|nummer|mail|kundeprofil))",
        r"(?:delete|erase) (?:you\b|(?:your|all your) (?:\w+ )?(?:data|details|information|"
        r"number|e-?mail|profile|account))",
    ),
}


# Read by classify.py (its word lists live here; the engine keeps the logic)
# What the firm has done, told as a fact with the subject before the verb ("Jeg ved
# godt, at I har slettet mig"); "Har I slettet mig?" asks. Matched just before the phrase.
DONE_BY_YOU = (r"(?<!\w)(?:(?:i|de|du|ni|dere) har|you(?:'ve| have)|sie haben|ihr habt|"
               r"jullie hebben|u heeft) (?:(?:allerede|jo|nu|godt|faktisk|already|now|"
               r"schon|redan|al) )?$")

# What the reader needs from the sender, asked: "Hvilke oplysninger har I brug for fra os til
# tolddeklarationen?" wants to send data, not to see what is held
WHAT_YOU_NEED = (r"(?<!\w)(?:(?:har|skal) (?:i|du|de) (?:\w+ )?(?:brug for|bruge)|(?:do|would) you "
                 r"(?:\w+ )?need|(?:brauchen|benötigen) sie|behöver ni|trenger (?:dere|du)|heeft u "
                 r"(?:\w+ )?nodig)(?!\w)")

# A reply's closing words, where "ikke flere" ends the questions, not the mailings: "Tak for
# svaret og udtrækket. Jeg har ikke flere spørgsmål."
NO_MORE_QUESTIONS = (r"(?<!\w)(?:(?:har|have|has) (?:ikke|no|not got any|ingen) (?:flere|"
                     r"yderligere|andre|further|more|other) |(?:ingen|no) (?:flere|yderligere|"
                     r"further|more) )"
                     r"(?:spørgsmål|kommentarer|bemærkninger|questions|comments|fragen|frågor|"
                     r"spørsmål)\b")

# What the sender has done themself, told just before a past participle of deleting ("Jeg
# har slettet den igen": a mail that was not for them; "I've deleted my account")
DONE_BY_ME = (r"(?<!\w)(?:(?:jeg|vi|eg|jag) har|(?:i|we)(?:'ve| have)|ich habe|wir haben|ik heb|"
              r"wij hebben) (?:(?:selv|allerede|nu|også|igen|just|already|myself|also|now|"
              r"selbst|schon|själv|redan|zelf|al) ){0,2}$")
DELETED = (r"(?:slettet|fjernet|deleted|removed|erased|gelöscht|geloescht|entfernt|raderat|"
           r"verwijderd)(?!\w)")

# Deleting asked of many other firms, not of this one: "et lille privat projekt: at få
# slettet mig hos alle de firmaer, jeg ikke bruger mere"
# (not "hos alle jeres selskaber", "hos alle andre firmaer, I har givet dem videre til")
ELSEWHERE = (r"\s+(?:hos|fra|from|at|with|bei) (?:(?:alle|mange|all|many|several) (?:de |the )?"
             r"(?:andre|other) {firms}(?!,? (?:som |that )?(?:i|you) )|(?:alle|all) (?:de |the )?"
             r"{firms},? (?:som |that )?(?:jeg|i) (?:ikke|aldrig|no longer|don't|do not|never)\b)")
ELSEWHERE = ELSEWHERE.replace("{firms}", r"(?:firma\w*|virksomhed\w*|selskab\w*|butik\w*|"
                              r"webshop\w*|compan\w*|firms?|businesses|shops|websites)(?!\w)")

# A job left at some firm, not at a customer: "Frederik er stoppet som lærling hos en smed i
# Middelfart" (not "hos en af jeres kunder", nor the new job of "har fået nyt job hos en
# konkurrent")
SOMEWHERE = r"\s+som (?:\w+ ){1,2}hos (?:en|et|ett) (?!(?:af|av|ny|nyt|nye|anden|andet)\b)"

# ... unless the sender asks to have it confirmed ("bekræft venligst, at I har slettet mig")
CONFIRM = (r"(?<!\w)(?:bekr(?:æ|ae)ft|confirm|sikre|sure|verif|tjek|check|bestätig|"
           r"bevestig|bekräft)")

# A yes/no question whether someone left ("Er Kenneth stoppet?", "Has Kenneth left?"); not
# one to the firm that tells ("Er I klar over, at Jens er stoppet?"). Matched at a sentence start.
WHETHER = (r"\s*(?:er|is|has|har|ist|hat|heeft|är|aer|ær) (?!(?:i|you|du|de|ni|"
           r"dere|sie|jullie|u|det|it|der|there)\b)")

# A claim denied right after it is told ("... at jeg er stoppet hos Thisted Tømrer. Det er
# forkert."): a clause of its own, not "Det er forkert, at han stadig står som kontakt".
DENIED = (r"(?:[.!?;:,–—-]|\n)\s*(?:men |but |aber |maar |men det )?(?:det|dette|that|this|it|"
          r"das|dies|dat|dit)(?:'s| is| er| var| was| ist| är| is simply| er simpelthen)? "
          r"(?:ikke (?:rigtigt|rigtig|korrekt|sandt|tilfældet|riktig)|forkert|en misforståelse|"
          r"en fejl|not (?:true|right|correct|the case)|wrong|incorrect|a mistake|a "
          r"misunderstanding|nicht (?:richtig|korrekt|wahr)|falsch|ein (?:missverständnis|"
          r"irrtum)|niet (?:waar|juist|correct)|onjuist|fel|inte (?:sant|rätt|korrekt)|feil|"
          r"(?:passer|stemmer|stimmt|klopt|stämmer) (?:ikke|nicht|niet|inte)|"
          r"(?:isn't|is not|wasn't) (?:true|right|correct|so))"
          r"\s*(?:[.!;:\n–—-]|,(?! ?(?:at|that|dass|att|når|hvis|if|when)\b)|$)")

# ... and the departure it denies is what someone else said or was told ("I har fået at vide,
# at jeg er stoppet"), not the sender's own news. Matched just before the phrase.
REPORTED = (r"(?<!\w)(?:at vide|oplyst|fortalt|hørt|påstod|påstår|skriver|skrev|siger|sagde|"
            r"told|heard|claimed|claims|said|says|wrote|behauptet|gesagt|gehört)\w*,? (?:at|"
            r"that|dass) (?:\w+ ){0,2}$")

# (not the sender's own request retold: "Jeg skrev i går, at I skulle slette alle mine
# oplysninger")
# What the firm said it would do ("Jeres kundeservice sagde i telefonen, at de ville "slette mig
# og oprette mig igen" ... Det skal I IKKE"): told, not asked. Matched just before the phrase.
SAID_THEY_WOULD = (r"(?<!\w)(?:sagde|skrev|fortalte|lovede|foreslog|sagt|skrevet|said|told me|"
                   r"wrote|promised|suggested)\w*(?: \w+){0,3},? (?:at|that) (?:de|i|han|hun|"
                   r"they|you|he|she) (?:ville|would|were going to|wanted to) [\"“„']?$")

# What someone else already knew of the sender ("Han vidste, at jeg er blevet lagerchef"; not
# "Han vidste godt, at Mogens er gået på pension, men I sender stadig tilbud til ham"):
# told as their knowledge, not as news to record. Matched just before the phrase; the group
# is where what was known begins (classify asks that the sender is its subject).
KNEW = (r"(?<!\w)(?:han|hun|de|sælgeren|he|she|they|you|the salesman|er|sie) (?:\w+ )?(?:vidste|"
        r"kendte til|knew|wusste|wussten)(?: (?:godt|også|allerede|also|already|even|auch|"
        r"schon))*,? (?:at|that|dass) ((?:\w+ ){0,2})$")

# The sender as the one who would delete ("kan jeg bare selv slette ham i CRM?", "can I just
# remove him myself?"): a question about their own doing, not a request to the firm. Only
# small words between, so "må jeg bede jer om at slette" and "kan jeg få slettet" still ask.
# (Danish "I" is "you": "kan I slette mig?" asks; only English pairs its modals with "i".)
OWN_DOING = (r"(?<!\w)(?:(?:kan|skal|må|bør|burde|får) (?:jeg|eg)|(?:can|should|may|shall) i"
             r"|(?:kann|soll|darf) ich|(?:kan|ska|får|bör) jag) (?:(?:bare|selv|godt|så|ikke|"
             r"lige|også|just|simply|also|myself|einfach|selbst|själv|bara) ){0,3}$")

# The old value of a detail the sender replaces ("den gamle mail"): deleting it corrects
OLD_VALUE = (r"(?<!\w)(?:den|det|min|mit|my|the|your|mitt|meine?n?) (?:gamle|old|"
             r"tidligere|forrige|previous|former|gamla|alte|alten) (?:\w+ )?(?:mail\w*|"
             r"e-?mail\w*|adresse\w*|address\w*|adress\w*|nummer\w*|number|telefon\w*|"
             r"mobil\w*|phone|nr)")

# ... and more than it: "slet den gamle adresse og alt andet I har om mig" still erases
MORE_THAN_IT = (r"(?<!\w)(?:alt|alle|everything|all|mig|me|os|us|mine|my data|mitt|"
                r"mich|alles)(?!\w)")

# What turns a word on marketing into an opt-out: "ikke flere", "ring inte mer", "no
# more ... either" (and not a story: "jeg har aldrig bedt om det")
REFUSAL = (r"(?<!\w)(?:ikke (?:\w+ ){0,3}?(?:mere|flere|igen|længere|fremover)|"
           r"nej tak til (?:flere|mere)|"
           r"heller ikke|(?:inte|ikke|ikkje) (?:\w+ ){0,2}?(?:mer|fler|flere|igen)|"
           r"no more|not (?:\w+ ){0,4}?(?:again|any ?more|any longer|either)|"
           r"(?:n't|not) (?:\w+ ){0,5}?either|rather not|helst ikke|"
           r"nicht mehr|keine (?:\w+ ){1,4}?mehr|niet meer|geen (?:\w+ ){1,4}?meer)(?!\w)"
           # "I don't want the monthly newsletter any more": the "not" inside a word, before a
           # wish or a contact ("Your sms reminders don't arrive any more" refuses nothing)
           r"|(?:n['’]t|(?<!\w)dont) (?:want|need|send|call|ring|text|e-?mail|mail|contact)\w* "
           r"(?:\w+ ){0,4}?(?:again|any ?more|any longer)(?!\w)")

# Someone else's opt-out ("den adresse bruger han ikke mere"); not Danish "her" nor "er"
THIRD_PERSON = (r"(?<!\w)(?:han|hun|ham|hende|hans|hendes|he|she|him|his|hon|"
                r"honom|hennes|ihn|ihm|hij|zij|hem|haar)(?!\w)")

# A sentence asking for something to be corrected asks for no deletion
CORRECTED = (r"(?<!\w)(?:rettet|rettes|ret|rette|korriger\w*|opdater\w*|berigtig\w*|"
             r"corrected|correct|update[ds]?|rättad|rätta|korrigert|aanpassen|"
             r"berichtigen|berichtigt)(?!\w)")

# The new text takes back what the sender asked earlier in the thread ("Please disregard my
# request below ... No need to send anything"): the quoted request asks for nothing now.
# Only the sender's own earlier mail as the object (not "the email from our accountant", "my
# request for a quote"), and a "no need to" that ends its clause ("No need to send anything
# by post, e-mail is fine" still asks)
WITHDRAWN = (
    r"(?<!\w)(?:(?:please )?(?:disregard|ignore|forget|cancel|withdraw|scratch|se (?:venligst |"
    r"bare )?bort fra|glem|annuller|ignorer|tilbagekald\w*|bortse fra)(?: venligst| bare)? "
    r"(?:my|min|mit) (?:(?:previous|earlier|last|first|tidligere|forrige|seneste|første) )?"
    r"(?:request|e-?mail|mail|message|anmodning|henvendelse|besked|forespørgsel)"
    r"(?! (?:for|om|på|about|to|til|vedr\w*|angående|regarding)\b)"
    r"|(?:ignore|disregard|se bort fra|glem) (?:the|det) (?:mail |message |e-?mail )?(?:below|"
    r"nedenfor|herunder)"
    r"|(?:there(?:'s| is) )?no need to (?:send|do) (?:me )?anything(?: (?:after all|now))?"
    r"(?= *(?:[.!;\n]|$))"
    r"|(?:jeg )?trækker (?:min|mit) (?:\w+ ){0,2}?(?:anmodning|henvendelse|forespørgsel|ønske) "
    r"tilbage|(?:i|du) (?:behøver|skal) ikke (?:at )?(?:gøre|sende|foretage) (?:mig )?noget"
    r"(?: alligevel| likevel)?(?= *(?:[.!;\n]|$)))(?!\w)"
)
# ... unless the same new text says the request stands ("My request below still stands")
# or the withdrawal is itself denied ("Please do not simply ignore my request below")
STILL_ASKED = (
    r"(?<!\w)(?:still (?:stands|waiting|want|need|expect)|står (?:stadig )?ved magt|gælder "
    r"stadig|venter stadig|vil stadig gerne|rykker|remind\w*|chasing|følger op|following up)"
    r"(?!\w)"
)
WITHDRAWAL_DENIED = r"(?:(?<!\w)(?:not|ikke|aldrig|never|cannot)|n['’]t)(?:\W+\w+){0,2}\W*$"
