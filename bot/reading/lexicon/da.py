"""Danish: official terms, everyday wording and common misspellings (gdpr-dk.md §3)."""

from __future__ import annotations

from ._types import (
    ANAPHOR,
    BARE,
    CONSENT,
    ELLIPTIC,
    INVERTED,
    KEEP,
    MAILBOX,
    MARKETING,
    MEDIUM,
    OBJECT,
    PERSON,
    PRIVATE,
    SELF,
    SEND,
    STRONG,
    TEMPORARY,
    THIRD,
    WEAK,
    Cue,
    Lexicon,
)

MACROS = {
    # what a person asks to have taken out of a register
    "taken": r"(?:navn|nummer|mail|adresse|oplysninger|data|telefon|mobil|e-?mail)\w*",
    # what a firm may show of a customer: "ikke bruge mit navn eller vores adresse som reference"
    "shown": r"(?:navn|adresse|hus|billede\w*|foto\w*|altan|have|carport)",
    # a task or a department's work, which one may leave and stay at the firm
    "task": r"(?:indkøb|salg|økonomi|regnskab|bogholderi|projekt|ordre|lager|tilbud|montage|"
            r"service|produktion|planlægning)(?:et|en|erne|ene|s)?\b",
    "my": r"(?:min|mit|mine|alle mine|al min|hele min|hele mit)",
    "data": r"(?:person ?oplysning\w*|personlige oplysning\w*|oplysning\w*|oplysnig\w*"
            r"|opplysning\w*|oplysing\w*|oplsyning\w*|opysning\w*"
            r"|opl\.?(?!\w)|persondata|data|dataene|info\w*|kunde ?oplysning\w*"
            r"|kontakt ?oplysning\w*"
            r"|kontaktinfo\w*|detaljer|stamdata)",
    "photo": r"(?:billede\w*|foto\w*|video\w*|optagelse\w*|opslag\w*)",
    # a place in a firm, not a project or a team: "med i Skov & Juul Tømrer I/S", "en del af
    # firmaet"
    "in_firm": r"(?:med i|ansat (?:i|hos|ved)|en del af) (?:firmaet|virksomheden|forretningen|"
               r"selskabet|(?:[\w&.\-]+ ){1,4}?(?:aps|a/s|i/s|k/s|ivs)\b)",
    # Things of one's own that can be deleted or corrected.
    "thing": r"(?:{data}|konto\w*|profil\w*|kunde ?profil\w*|kunde ?konto\w*|nummer|numre"
             r"|telefon ?nummer|telefonnr\.?|tlf\.?(?: ?nr\.?)?|mobil ?nummer|mobilnr\.?"
             r"|e-?mail ?adresse\w*|mail ?adresse\w*|adresse\w*|navn\w*|historik\w*"
             r"|(?:efter|for|mellem)navn\w*|registrering\w*|kundenummer|kundekort\w*"
             r"|(?:fastnet|privat|arbejds|direkte|hjemme) ?nummer\w*|telefon|mobil|nr\.?)",
    # the firm's own papers, not data about the sender: "mine fakturaer", "mine tegninger"
    "notbooks": r"(?!(?:\w+ )?(?:faktura|regning|tilbud|tegning|kontoudtog|bilag)\w*)",
    # a format a machine reads: "en CSV-fil", "et regneark", "en fil (Excel eller CSV)"
    # where the firm keeps a customer: "fra jeres lister" (not "deres", which folded text
    # cannot tell from "their")
    "yourlist": r"(?:jeres|dit|din) (?:\w+ )?(?:lister?|system\w*|kartotek\w*|register\w*|"
                r"database\w*|kundeliste\w*)",
    # the sender's own data by its usual names (not {thing}: "kontor", "profil", "mobil" are
    # also a room, a steel section and a phone)
    "owndata": r"(?:oplysning\w*|data|navn|navne|adresse|adressen|adresser|\w*nummer|"
               r"\w*numre|mail|e-?mail|mailadresse|e-?mailadresse)",
    # where a firm keeps its customers
    "register": r"(?:papirer|system\w*|kartotek\w*|register\w*|database\w*|lister?|arkiv\w*|"
                r"bøger|kundeliste\w*|kunde\w*)\b",
    # "ingen grund til", "ikke (længere) er nogen grund til": the reason denied
    "nogrund": r"(?:(?<=ingen\sgrund\stil)|(?<=nogen\sgrund\stil)|(?<=ikke\ser\sgrund\stil)|"
               r"(?<=l.ngere\ser\sgrund\stil)|(?<=mere\ser\sgrund\stil))",
    # kept on a paper, not on file: "på følgesedlen", "på skiltet"
    "offpaper": r"(?! (?:på|i|fra) (?:\w+ )?(?:følgesed|sedl|seddel|ordre|faktura|tegning|tilbud|"
                r"skilt|label)\w*)",
    "sheet": r"(?:csv|excel|regneark|json|xml"
             r"|fil,? \(?(?:fx |f\.eks\. |som )?(?:csv|excel|json|xml))",
    "pol": r"(?:(?:venligst|lige|gerne|også|bare|straks|omgående|hurtigst muligt|derfor|så"
           r"|nu|endelig|hermed|snarest|med det samme|fremover|helt|i øvrigt|desuden"
           r"|samtidig|bagefter|derefter|i det hele taget) )*",
    "delete": r"(?:slet|slæt|slette|slete|sletter|sleter|slettet|sletet|fjern|fjerne|fjerner|fjærn"
              r"|fjærne|anonymiser|anonymisér|anonymisere|anonymiserer)",
    # a household or a one-man firm asks about "os" ("det I har om os (mig)")
    "aboutme": r"(?:om|på|vedr\.?|vedrørende|omkring|tilhørende) (?:mig|mæ|os(?: \(mig\))?|"
               r"undertegnede)\b",
    # "..., (som) I har registreret om mig"
    "held": r",? (?:\w+ ){0,4}?{aboutme}",
    "you": r"(?:i|de|du|jeres firma|firmaet)",
    "marketing": r"(?:nyheds ?brev\w*|nyheds ?mail\w*|mailing ?list\w*|mail ?list\w*"
                 # a firm's own newsletter name: "jeres partnernyt", "kundenyt"
                 r"|(?:partner|kunde|medlems|leverandør)nyt\w*"
                 # a season's campaign: "Forårstilbud: 15 % på carporte"
                 r"|(?:forårs|sommer|efterårs|vinter|jule|påske|uge|måneds|medlems)-?(?:tilbud"
                 r"|kampagne|rabat)\w*"
                 r"|julekort\w*|rabatkode\w*|brochure\w*|reklameblad\w*|tryksag\w*|katalog\w*"
                 # a discount in a campaign's subject: "Forår hos os – 10 % på havelåger"
                 r"|\d+ ?%(?: rabat)? på"
                 r"|markedsføring\w*|reklame\w*|tilbud(?:dene)?|kampagne\w*|sms\w*"
                 r"|mails|e-?mails|spam|udsendelse\w*|newsletter\w*|\w*opkald|opringning\w*"
                 r"|telefonsalg\w*|(?:tilbuds|reklame|kampagne|salgs|nyheds|marketing)-?"
                 r"(?:mails?|e-?mails?|sms\w*|opkald|breve?|post|materiale|avis\w*)"
                 r"|(?:mail|nyheds|post|udsendelses|markedsførings|reklame|sms|kampagne|abonnent"
                 r"|ringe|opkalds|salgs)s? ?-?liste\w*)(?!\w)",
    "left": r"(?:her (?:ikke|ik|ikk) (?:længere|længer|mere|mer)\b"
            r"(?! (?:i dag|i morgen|i denne uge|denne uge))|"
            # "Henrik Mose er ikke her mere - han har valgt at prøve kræfter med noget andet"
            r"ikke her (?:længere|mere)(?= *(?:[.!,;\n]|\s[-–]\s|$))|"
            r"(?:ikke|ik|ikk) (?:længere|længer|mere) (?:ansat|(?:hos|ved) (?!at\b)(?:os|jer|\w+)|"
            r"i "
            r"(?:firmaet|virksomheden|huset)|en del af \w+|medarbejder|tilknyttet|beskæftiget|"
            r"involveret i (?:firmaet|virksomheden|selskabet))"
            r"|ikke (?:hos|ved) (?:os|jer) (?:længere|længer|mere)|stoppet(?! som (?:privat)?kunde)"
            # (a project left, not the firm: "er stoppet med projektet, men er stadig ansat")
            r"(?! med (?:\w+ )?(?:projekt|opgave|sag|byggeri|ordre)\w*)"
            # (a contract left, compounds too: "er fratrådt rammeaftalen om rustfri kanaler")
            r"|stopet|(?:fratrådt|fratrått)(?! (?:\w+ )?(?:ramme|service|samarbejds|leverandør|"
            r"licens|vedligeholdelses)?(?:kontrakt|aftale|entreprise|sag|opgave|projekt|udbud|"
            r"licitation)\w*)"
            r"|gået på (?:pension|efterløn)|holdt hos os|udtrådt"
            # a board left: "er vores kasserer Lone Dahl trådt ud af bestyrelsen"
            # (not one who stays on: "..., men han fortsætter som direktør", "er stadig ansat")
            r"|(?:(?:trådt|gået|udtrådt) ud af (?:bestyrelsen|ledelsen|direktionen|firmaet|"
            r"virksomheden|selskabet)|ude af (?:bestyrelsen|ledelsen|direktionen))(?! som\b)"
            r"(?![^.!?\n]{0,80}?\b(?:fortsætter|stadig|fortsat|tilbage|midlertidigt|i dag|er nu)\b)"
            # stopped doing something, not left a firm: "holdt op med at drive landbrug"
            r"|holdt op(?! med (?!at arbejde (?:hos|for|ved) ))"
            r"|ikke ansat (?:her|der|hos (?:os|dem)) (?:længere|mere)(?! end\b)"
            # a sister company is another firm: "er fra 1. marts overgået til vores søsterselskab"
            r"|overgået til (?:vores |vort |et |jeres )?(?:søster|datter|moder)selskab)",
}

# "slettes fra jeres mailliste / fra listen" is a marketing opt-out, not erasure; a customer
# or contact list is the firm's register of people and stays erasure
# "renset for afmeldte numre": the numbers others unsubscribed, a mailing's chore
# a place left, not a firm: "har forladt projektet", "har forladt kontoret" (for today)
MACROS["notplace"] = r"(?!(?:projekt|sag|møde|byggeplads|kontor|plads|værksted|lokal)\w*)"
# a button pressed, not a wish: "trykke afmeld" (behind the word: six letters, or seven as
# "afmaeld" spells it)
MACROS["pressed"] = (r"(?<!trykke\s\w{6})(?<!trykkede\s\w{6})(?<!p.\s\w{6})"
                     r"(?<!trykke\s\w{7})(?<!trykkede\s\w{7})(?<!p.\s\w{7})")
MACROS["others"] = r"(?!te (?:numre|adresser|kunder|modtagere|abonnenter))"
MACROS["offlist"] = (r"(?! (?:fra|af|på|ud af) (?:jeres |alle jeres |alle )?"
                     r"(?!(?:kunde|kontakt|leverandør)\w*\W)(?:\w+ )?(?:{marketing}|liste\w*|cc\b"
                     r"|mail ?tråd\w*))")
MACROS["held_data"] = (r"(?:{my} (?:\w+ )?{data}|alle (?:\w+ )?{data} (?:\w+ ){0,3}?{aboutme}|"
                       r"de (?:\w+ )?{data} (?:\w+ ){0,3}?{aboutme}|(?:alt )?hvad {you} (?:har|"
                       r"ved|gemmer) (?:\w+ )?{aboutme}|alt(?: det)?,? (?:som |hvad )?{you} "
                       r"(?:har|ved|gemmer|opbevarer|registrerer) (?:\w+ )?{aboutme})")
MACROS["when"] = (r"(?:pr\.?|per|den|d\.|med udgangen|ved udgangen|i dag|i morgen|til \w+"
                  r"|\d{1,2}\.? ?(?:[a-z]+\b|/)|om \w+|i (?:næste|denne) \w+|næste \w+"
                  r"|ved \w+|fra \w+|efter \w+|inden \w+|snart|på (?:man|tirs|ons|tors|fre|lør|"
                  r"søn)dag)")
# A person's own contact fields (what rectification is about).
# (written short on a phone too: "ny adr er birkevej 12")
MACROS["field"] = (r"(?:navn\w*|efternavn\w*|fornavn\w*|adresse\w*|adr\b|telefon ?nummer\w*|"
                   r"mobil ?nummer\w*|telefon ?numre\w*|mobil ?numre\w*|nummer|nummeret|numre|"
                   r"mail\w*|e-?mail\w*|titel|titlen|stilling"
                   r"\w*|jobtitel)")

_ERASE = (
    # "en kopi af de mails, noter og tegningsgodkendelser I har med mit navn på"
    Cue("access", r"(?:kopi|kopier|udskrift|oversigt) (?:af|over) (?:alle |de |alt )?(?:(?!faktura|"
                  r"regning|tilbud|ordre|kontrakt|kvittering)[^.!?\n]){0,80}?(?:med mit navn|"
                  r"der nævner mig|hvor jeg (?:er )?nævnt|om mig)\b", STRONG),
    # under "SV: Din anmodning om indsigt": "Send gerne oplysningerne til denne adresse"
    Cue("access", r"send (?:mig )?(?:gerne |venligst |bare |så )?(?:oplysningerne|kopien|"
                  r"udskriften|oversigten)(?: til (?:mig|denne (?:mail|adresse)|min \w+)|"
                  r" på mail)\b", STRONG, (ANAPHOR,)),
    # the object first, as spoken: "... mit navn og min gamle mail. Dem vil jeg gerne have slettet"
    Cue("erasure", r"(?:dem|det|de oplysninger|dataene|oplysningerne|(?:det|den|dette|denne|de"
                   r"|disse) (?:\w+ )?{thing}) vil jeg (?:\w+ )?(?:gerne )?"
                   r"(?:have|ha) (?:\w+ )?(?:slettet|fjernet)", STRONG, (ANAPHOR,)),
    # a photo of the sender: "jeg vil helst ikke være på der mere. Kan I klippe mig ud?"
    Cue("erasure", r"(?:vil|ønsker) (?:jeg )?(?:helst |gerne |bare )?ikke (?:være|stå|ses) på "
                   r"(?:der|den|det|dem|{photo}|hjemmesiden|siden)(?: \w+)? (?:mere|længere)\b",
        STRONG, (ANAPHOR,)),
    Cue("erasure", r"(?:klip|klippe|klipper|beskær|beskære) mig (?:ud|væk)\b", STRONG),
    # "I har også mit mobilnummer. Det behøver I ikke have liggende længere."
    Cue("erasure", r"(?:det|dem|den) behøver (?:i|du) ikke (?:at )?(?:have|ha|gemme|beholde|"
                   r"opbevare)(?: \w+)? (?:længere|mere)\b", STRONG, (ANAPHOR,)),
    Cue("erasure", r"(?:i|du) behøver ikke (?:at )?(?:have|ha|gemme|beholde|opbevare) (?:det|dem|"
                   r"den|{my} (?:\w+ ){0,2}?{thing})(?: liggende)? (?:længere|mere)\b", STRONG,
        (ANAPHOR,)),
    # "Og når jeg har set det, må I meget gerne smide det ud": the data just named
    Cue("erasure", r"(?:må|kan) (?:i|du) (?:\w+ )?gerne smide (?:det|dem|det hele|alt)(?: \w+)? "
                   r"ud\b", STRONG, (ANAPHOR,)),
    # (off a mailing list is an opt-out, unless the register is named too: "slet min
    # mailadresse fra jeres liste og jeres kartotek")
    Cue("erasure", r"{delete} {pol}{my} (?:\w+ ){0,2}?{thing}(?! (?:fra|på) (?:jeres |alle )?"
                   r"(?:\w+ )?(?:{marketing}|liste\w*|cc\b|mail ?tråd\w*)(?! og (?:fra )?"
                   r"(?:jeres )?(?:kunde ?)?(?:kartotek|system|database|register)))"),
    Cue("erasure", r"{delete} {pol}(?:alle|al|de|hele|enhver|al den) (?:\w+ ){0,2}?{thing}"
                   r",? (?:\w+ ){0,3}?{aboutme}"),
    Cue("erasure", r"{delete} {pol}(?:alle|al|de|hele|al den) (?:\w+ ){0,2}?{thing},? (?:\w+ )"
                   r"{0,3}?(?:om|på|vedrørende) (?:ham|hende|dem|min \w+|mit \w+|vores \w+)\b",
        STRONG, (THIRD,)),
    Cue("erasure", r"(?:vil|ønsker) ikke (?:længere |mere )?(?:at )?(?:være|stå) (?:registreret|"
                   r"gemt|oprettet) (?:hos|i|på) (?:jer|dem|jeres|deres)\b"),
    Cue("erasure", r"{delete} {pol}alt,? (?:hvad {you} (?:har )?)?(?:\w+ )?{aboutme}"),
    # "at i sleter alt i har paa mig": "hvad" left out
    Cue("erasure", r"{delete} {pol}alt,? (?:hvad |som |det )?{you} (?:\w+ )?(?:har|ved|gemmer) "
                   r"(?:\w+ ){0,2}?{aboutme}"),
    # (not "vores firma, Brdr. Vang ApS": a company's own data - staff look, gdpr-dk.md §3.3)
    Cue("erasure", r"{delete} {pol}(?:alt|alle (?:\w+ )?{data}) (?:om|på|vedrørende) (?:os|vores "
                   r"(?:firma|virksomhed|selskab)(?!,? (?:[\w.&\-]+ ){1,4}?(?:aps|a/s|i/s)\b))"),
    # "slet det" points back; "slet det gamle kontonummer" has an article, not a pronoun
    Cue("erasure", r"{delete} {pol}(?:dem|det|den|alt sammen|dem alle|det hele|oplysningerne|"
                   r"dataene)\b(?! (?:gamle|"
                   r"nye|forkerte|tidligere|første|sidste|anden|andet|ene|samme|pågældende|"
                   r"nævnte|omtalte|overflødige|dobbelte)\b)"
                   # nor "fjern det gebyr": an article before a charge or a line of the bill
                   r"(?! (?:gebyr|rykker|beløb|tillæg|fradrag|linje|punkt|renter)\w*\b)", STRONG,
        (ANAPHOR,)),
    # Photos of a home or a family are personal data; delete them when the mail says whose.
    Cue("erasure", r"{delete} {pol}(?:\w+ )?{photo}", STRONG, (ANAPHOR,)),
    # "I behøver i det hele taget ikke at gemme min adresse", "der er ingen grund til, at I
    # gemmer vores navne": no need to keep it is a wish that it goes
    # (not on a paper, "på følgesedlen", nor an old value beside a new: "vores gamle adresse")
    Cue("erasure", r"(?:i|de|du) behøver (?:\w+ ){0,4}?ikke (?:at )?(?:gemme|beholde|opbevare) "
                   r"(?:på )?(?:min|mit|mine|vores) (?!gamle\b)(?:\w+ )?(?:{thing}|e-?mail|mail)"
                   r"{offpaper}", STRONG),
    # "der ikke længere er grund til, at mit navn står i Deres papirer", "at I render rundt med
    # vores adresse og telefonnumre": only with the negation ("der er en god grund til, at min
    # adresse står i jeres system" says why it is right), of the sender's own data in a
    # register ("mine profiler ligger i jeres lager" are steel)
    Cue("erasure", r"grund til{nogrund},? at (?:mit|min|mine|vores) (?!gamle\b)(?:private |)"
                   r"{owndata} (?:\w+ ){0,2}?(?:står|ligger|er|findes) (?:\w+ )?(?:i|hos) (?:jeres|"
                   r"dit|din|deres(?= (?:papirer|kartotek))) (?:\w+ )?{register}", STRONG),
    Cue("erasure", r"grund til{nogrund},? at (?:i|du) (?:\w+ )?render rundt med (?:min|mit|mine|"
                   r"vores) (?!gamle\b){owndata}(?: og (?:min |mit |mine |vores )?{owndata})?\b",
        STRONG),
    # two people at once: "at I sletter både mine og min kærestes (Emma Holt) oplysninger"
    Cue("erasure", r"(?:slet|slette|sletter) (?:både )?(?:mine|mit|min) og (?:min|mit|mine) "
                   r"(?:\w+ )?(?:\([^()]{1,40}\) )?{data}", STRONG),
    # "I må også gerne glemme, at vi nogensinde har været kunder" (not "Du kan godt glemme, at
    # vi er kunder, hvis prisen stiger": a threat)
    Cue("erasure", r"glemme(?:(?<=i\sm.\sgerne\sglemme)|(?<=i\sm.\sogs.\sgerne\sglemme)|"
                   r"(?<=i\sm.\sgodt\sglemme)|(?<=i\skan\sgodt\sglemme)|(?<=de\sm.\sgerne\sglemme))"
                   r",? at (?:vi|jeg) (?:\w+ )?(?:har været|var) kunder?\b(?! hos (?!jer|dem)\w)"
                   r"(?!,? hvis)", STRONG),
    Cue("erasure", r"(?:ingen|ikke nogen|ikke) grund til,? at (?:i|de|du) (?:\w+ )?(?:gemmer|"
                   r"beholder|opbevarer) (?:på )?(?:min|mit|mine|vores) (?!gamle\b)(?:\w+ )?"
                   r"(?:{thing}|navne|numre|telefonnumre){offpaper}", STRONG),
    # "må I meget gerne lade det hele forsvinde igen", "hvis det kunne forsvinde fra jeres
    # lister": the data just named
    Cue("erasure", r"lade (?:det|dem|det hele|dem alle|alt|alt sammen) (?:\w+ )?forsvinde\b",
        STRONG, (ANAPHOR,)),
    Cue("erasure", r"(?:det|den|de|dem|nummeret|adressen) (?:kunne|kan|må|måtte) forsvinde "
                   r"(?:\w+ )?fra {yourlist}", STRONG, (ANAPHOR,)),
    # (not an old value beside its new one: "..., brug 88123 fremover")
    Cue("erasure", r"{my} (?:\w+ )?{thing} (?:kunne|kan|må|måtte) forsvinde (?:\w+ )?fra "
                   r"{yourlist}(?!,? (?:og )?(?:\w+ ){0,2}?(?:brug|benyt|fremover|i stedet)\b)",
        STRONG),
    # "Ville I tage mit navn og billedet af porten ned?": name and photo off the website
    Cue("erasure", r"(?:tag|tage) {pol}mit navn (?:og|samt) (?:de |det |disse |alle )?{photo} "
                   r"(?:\w+ ){0,4}?ned\b", STRONG),
    # "... mit private mobilnummer 12 61 48 20. Vil I venligst slette nummeret": the one named
    Cue("erasure", r"(?:slet|slette|fjern|fjerne) {pol}(?:nummeret|mobilnummeret|telefonnummeret|"
                   r"adressen|mailadressen|e-?mailadressen)\b(?! fra (?:jeres|dit|din|deres)\b)"
                   r"(?! (?:\w+ )?(?:på|i|fra) (?:\w+ )?\w*(?:faktura|tilbud|ordre|tegning|"
                   r"følgesed|skilt|label|etiket|pakke|kasse|bestilling)\w*)", STRONG, (ANAPHOR,)),
    # "tag venligst alle billederne fra vores adresse ned": taken down, off the site
    Cue("erasure", r"(?:tag|tage) {pol}(?:de |disse |alle |alle de )?{photo} (?:\w+ ){0,4}?ned\b",
        STRONG, (ANAPHOR,)),
    # (not "jeg vil se optagelsen inden den bliver slettet": a time, no wish)
    Cue("erasure", r"{photo} (?:(?!inden\b|før\b)\S+ ){0,5}?(?:bliver|skal|må|bedes|ønskes) "
                   r"(?:\w+ )?(?:slettet|"
                   r"slettes|fjernet|fjernes)", STRONG, (ANAPHOR,)),
    Cue("erasure", r"(?:vil|ønsker|skal) jeg (?:gerne )?(?:at )?(?:blive |være )?"
                   r"slette(?:s|t){offlist}"),
    Cue("erasure", r"(?:slet|slæt|slette|slete|slettet) {pol}(?:mig|os)\b(?! (?:fra|af|på) "
                   r"(?:cc|mail ?tråd\w*|tråd\w*|mødet|listen over deltagere))"
                   # "så kan I godt slette os som kunde": we take our business elsewhere
                   r"(?! (?:\w+ )?som kunde)"),
    Cue("erasure", r"(?:fjern|fjerne|fjærn) {pol}(?:mig|os) (?:fra|ud af) (?:jeres |alle jeres "
                   r"|jeres \w+ )?(?:system\w*|database\w*|kartotek\w*|register\w*|kundeliste\w*"
                   r"|kunde ?kartotek\w*|crm|kunderegister\w*|arkiv\w*|data\w*|bøger)"),
    Cue("erasure", r"(?:fjern|fjerne|fjærn) {pol}(?:mig|os)(?= *(?:venligst|tak|hurtigst muligt)?"
                   r" *(?:[.!\n]|$))", MEDIUM),
    Cue("erasure", r"(?:jeg|vi) (?:\w+ )?(?:vil|ønsker|ønske|kræver|beder om|anmoder om|bede om"
                   r"|skal) {pol}(?:at )?(?:blive |være )?slette(?:s|t){offlist}"),
    Cue("erasure", r"(?:bedes|skal|må|kan) (?:de|det|dem|disse|den) (?:\w+ )?(?:slettes|slettet|"
                   r"fjernes|fjernet)", STRONG, (ANAPHOR,)),
    # "I har stadig ikke slettet mine oplysninger": a reminder, the request still stands
    Cue("erasure", r"{you} (?:har )?(?:\w+ )?(?:ikke|endnu ikke|stadig ikke|aldrig) (?:har )?"
                   r"(?:slettet|fjernet) {my}", MEDIUM),
    Cue("erasure", r"{delete} {pol}{my} (?:\w+ )?(?:mail|e-?mail) (?:\w+ )?(?:fra|ud af) (?:jeres |"
                   r"alle jeres )?(?:system\w*|database\w*|kartotek\w*|register\w*|kunde\w*|crm)"),
    # "Jeg vil ikke have, at I gemmer mine oplysninger": don't keep = delete
    Cue("erasure", r"(?:vil ikke have|ønsker ikke|accepterer ikke),? at {you} (?:\w+ )?(?:gemmer|"
                   r"opbevarer|har|beholder|registrerer|ligger inde med) {my} (?:\w+ )?{thing}"),
    Cue("erasure", r"(?:og|men) (?:vil gerne|ønsker(?: at)?|vil bede om at|beder om at) (?:blive )?"
                   r"slette(?:s|t){offlist}"),
    Cue("erasure", r"(?:vil|ønsker|kræver|beder om|anmoder om|bede om|gerne) (?:gerne )?"
                   r"(?:at )?(?:få |have |ha )?(?:{my} (?:\w+ ){0,2}?{thing}|mig) (?:\w+ ){0,2}?"
                   r"(?:slettet|fjernet|anonymiseret)"),
    # "når jeg har set dem, vil jeg gerne have dem slettet": them = the data just named
    Cue("erasure", r"(?:vil|ønsker|ønske|kræver|beder om|anmoder om|bede om|gerne) (?:jeg |vi )?"
                   r"(?:gerne )?(?:at )?(?:få |have |ha )(?:dem|det|dataene|oplysningerne|dem alle|"
                   r"det hele|alt "
                   r"sammen) (?:\w+ )?(?:slettet|fjernet|anonymiseret)", STRONG, (ANAPHOR,)),
    # "når jeg har fået det, skal alt om mig væk": everything about me, gone
    Cue("erasure", r"(?:alt|det hele|alt det|alle (?:\w+ )?{data}) (?:\w+ ){0,3}?{aboutme} "
                   r"(?:\w+ ){0,3}?(?:væk|fjernes|slettes)\b"),
    Cue("erasure", r"(?:skal|må|kan) (?:\w+ )?(?:alt|det hele) (?:om mig |om os )?(?:\w+ )?væk\b"),
    # the passive, of all of it: "Og når jeg har fået det, så vil jeg gerne have, at det hele
    # bliver slettet" (what was just asked to see)
    Cue("erasure", r"(?:have|ønsker|beder om|vil),? at (?:det hele|alt sammen|alt det|alting|"
                   r"alle (?:mine )?oplysninger(?:ne)?) (?:\w+ )?(?:bliver|blir) (?:slettet|"
                   r"fjernet|anonymiseret)\b", STRONG, (ANAPHOR,)),
    # "mit private mobilnummer 12 58 22 91 står åbenbart som kontakt hos jer. Det skal ud"
    Cue("erasure", r"(?:det|den|de|dem) skal (?:bare |altså |simpelthen )?ud(?= *(?:[.,!;\n]|$| af "
                   r"(?:jeres|systemet|kartoteket|registret)))", STRONG, (ANAPHOR,)),
    # "vil jeg gerne have, at I sletter mig fra jeres kundeliste"; "vil jeg have alle mine
    # oplysninger slettet"
    Cue("erasure", r"(?:have|ha|ønsker|beder om|vil),? at {you} (?:\w+ )?(?:sletter|sleter|fjerner|"
                   r"anonymiserer) (?:mig|os|{my} (?:\w+ ){0,2}?{thing})\b", STRONG),
    Cue("erasure", r"(?:vil|ønsker) (?:jeg |vi )?(?:gerne )?(?:have|ha|få) (?:alle |al )?{my} "
                   r"(?:\w+ ){0,2}?{thing} (?:\w+ )?(?:slettet|fjernet|anonymiseret)\b", STRONG),
    # the object between: "Når jeg har modtaget kopien, ønsker jeg alle oplysninger om mig
    # slettet"
    Cue("erasure", r"ønsker (?:jeg |vi )?(?:derefter |så |også )?(?:alle |samtlige |al )?"
                   r"(?:{my} (?:\w+ ){0,2}?{thing}|(?:\w*oplysning\w*|data|alt) (?:\w+ )?om "
                   r"(?:mig|os)) (?:\w+ )?(?:slettet|fjernet|anonymiseret)\b(?! fra (?:jeres |den |"
                   r"vores )?(?:leverandør|referenc|portal|udbud|hjemmeside)\w*)", STRONG),
    # "smide alt hvad I har om mig og min kone ud af jeres system", "smid mine oplysninger ud"
    # ("Og smid i øvrigt alt, hvad I har om mig, ud")
    Cue("erasure", r"(?:smid|smide|smider) (?:\w+ ){0,2}?(?:alt|det hele|alt det),? (?:hvad |som |"
                   r"det )?(?:\w+ ){0,2}?(?:om|på) (?:mig|os)\b,?(?: \w+){0,4}? ud\b", STRONG),
    Cue("erasure", r"(?:smid|smide|smider) (?:\w+ )?{my} (?:\w+ )?{thing} ud\b", STRONG),
    # "bede jer om at smide det ud som I har om os"
    Cue("erasure", r"(?:smid|smide|smider) (?:det|dem|alt|alting|det hele) ud,? (?:som|hvad) "
                   r"{you} (?:\w+ ){0,2}?(?:har|ved|gemmer) (?:\w+ ){0,2}?{aboutme}", STRONG),
    # CCTV: "Jeg vil gerne have de optagelser, hvor jeg og min bil er med"
    Cue("access", r"(?:have|få|se) (?:\w+ )?(?:kopi af )?(?:de |disse |den )?(?:optagelse\w*|"
                  r"video\w*|overvågning\w*|kamera ?optagelse\w*)(?: \w+){0,3}?,? (?:hvor|hvori"
                  r"|med|af) (?:jeg|mig|os|vi)\b", STRONG),
    # a photo taken down: "Tag det venligst ned" (it = a photo of the sender, named before)
    Cue("erasure", r"(?:tag|tage|tager) (?:det|dem|billedet|billederne|opslaget|opslagene|"
                   r"videoen|de billeder|disse billeder|de fotos) (?:\w+ )?ned\b", STRONG,
        (ANAPHOR,)),
    # "Jeg vil ikke at I har min telefon og mail mere. Venligst slet."
    Cue("erasure", r"(?:venligst|vær sød at|vær venlig at) (?:slet|slette|fjern|fjerne)"
                   r"(?= *(?:[.!]|tak\b|$))", STRONG, (ANAPHOR,)),
    # "I må heller ikke bruge min sag i jeres kundetilfredshedsmålinger eller statistik"
    Cue("objection", r"{you} må (?:heller )?ikke (?:længere |mere )?(?:bruge|anvende) "
                     r"(?:\w+ ){1,3}?(?:i|til) (?:\w+ ){0,2}?(?:\w*statistik\w*|\w*analyse\w*|"
                     r"\w*målinger|markedsføring\w*|reklame\w*|reference\w*)"),
    # "ønsker at få slettet mine oplysninger": the participle before its object
    Cue("erasure", r"(?:få|have|ha) (?:\w+ )?(?:slettet|fjernet|anonymiseret) {my} (?:\w+ ){0,2}?"
                   r"{thing}"),
    Cue("erasure", r"(?:få|have) (?:\w+ )?(?:slettet|fjernet|anonymiseret) (?:sine|sin|sit|hans|"
                   r"hendes) (?:\w+ ){0,2}?{thing}", STRONG, (THIRD,)),
    # "vil gerne slettes fra jeres kundeliste": a customer register, not a mailing list
    Cue("erasure", r"(?:vil|ønsker|gerne|at) (?:gerne )?(?:at )?(?:blive )?(?:slettes|slettet|"
                   r"fjernes|fjernet) (?:\w+ )?(?:fra|af|ud af) (?:jeres |alle jeres )?(?:\w+ )?"
                   r"(?:kunde ?(?:liste|kartotek|register|database)\w*|kunde-\w+|kontakt ?liste\w*"
                   r"|system\w*|database\w*|kartotek\w*|register\w*|crm)"),
    # (never across its own "ikke": "Mine oplysninger må ikke slettes, før sagen er afgjort")
    Cue("erasure", r"{my} (?:\w+ ){0,3}?{thing} (?:\w+ ){0,3}?(?:skal|må|bedes|ønskes|kan|"
                   r"skal hermed) (?:(?!ikke |ik |aldrig )\w+ ){0,2}?(?:slettes|fjernes|"
                   r"anonymiseres)"),
    Cue("erasure", r"(?:anmodning|anmoder|anmode|beder|bede|begæring|krav|kræver|ønske|ønsker"
                   r"|ønsket) (?:hermed |jer |dem |jer hermed )?om (?:\w+ )?"
                   r"(?:sletning|slettelse)"),
    Cue("erasure", r"(?:sletning|slettelse) af (?:{my}|alle (?:\w+ ){0,2}?{thing} {aboutme}|"
                   r"de (?:\w+ ){0,2}?{thing} (?:\w+ ){0,3}?{aboutme})"),
    Cue("erasure", r"ret(?:ten)? til (?:at blive glemt|sletning)", MEDIUM),
    Cue("erasure", r"(?:sletnings ?anmodning|sletteanmodning|sletningsbegæring)", MEDIUM),
    Cue("erasure", r"glem mig\b", MEDIUM),
    # "I må ikke ringe til mig igen, og mit nummer skal ud af jeres lister"
    Cue("erasure", r"{my} (?:\w+ )?{thing} skal (?:\w+ )?(?:ud af|væk fra|fjernes fra|slettes "
                   r"fra) (?:alle )?(?:jeres|deres) (?:\w+ )?(?:lister|system|kartotek|register|"
                   r"database|kundeliste|kunderegister)\w*(?![^.!?\n]{0,40}\b(?:erstattes|i stedet|"
                   r"ny\w*)\b)", STRONG),
    # "Når jeg har fået det tilsendt, skal det hele bare fjernes fra jeres systemer"
    Cue("erasure", r"(?:skal|må) (?:det hele|alt sammen|alting|alt) (?:bare |så |gerne |derefter )?"
                   r"(?:fjernes|slettes) (?:fra|i|hos) (?:jeres|deres|alle jeres) (?:\w+ )?"
                   r"(?:system|kartotek|register|database|kundeliste|kunderegister)\w*", STRONG),
    # "Han har bedt mig sørge for, at billedet fjernes fra jeres hjemmeside og Facebook"
    Cue("erasure", r"sørge for,? at (?:\w+ )?{photo} (?:\w+ )?(?:fjernes|slettes|tages ned) fra "
                   r"(?:jeres |deres )?(?:hjemmeside|website|facebook|instagram|linkedin|side)\w*",
        STRONG),
    # "sit private nummer 12 90 44 17. Det nummer skal slettes hos jer"
    Cue("erasure", r"(?:det|den|dette|denne) (?:private |gamle )?(?:nummer|mobilnummer|"
                   r"telefonnummer|adresse|mailadresse|mail|e-?mail) skal (?:\w+ )?(?:slettes|"
                   r"fjernes)\b(?! (?:fra|på|i) (?:\w+ )?(?:faktura|ordre|tilbud|tegning|følgesed|"
                   r"skilt|liste)\w*)(?![^.!?\n]{0,40}\b(?:erstattes|i stedet|det nye|ny\w*)\b)",
        STRONG, (ANAPHOR,)),
    # "... og når jeg har bekræftet modtagelsen, må I gerne skaffe jer af med det"
    Cue("erasure", r"(?:skaffe|skaf|skaffer) (?:jer|dig|dem) af med (?:det|dem|det hele|alt sammen|"
                   r"alt)\b", STRONG, (ANAPHOR,)),
    # "Fjern mig fra listen, og slet i samme omgang min mailadresse hos jer" (not a line of a
    # delivery note: "slet i samme omgang mit navn og telefon på følgesedlen")
    Cue("erasure", r"{delete} (?:i samme omgang|i den forbindelse) {my} (?:\w+ ){0,2}?{thing}\b"
                   r"(?![^.!?\n]{0,40}\b(?:på|fra|i) (?:\w+ )?(?:følgesed|ordre|faktura|tegning|"
                   r"tilbud|skilt)\w*)", STRONG),
    # "Vær så venlige at strege mig helt ud af jeres systemer"
    Cue("erasure", r"(?:streg|strege|stryg|stryge) (?:mig|os|mit navn) (?:helt )?ud (?:af|fra) "
                   r"(?:alle )?(?:jeres|deres) (?:\w+ )?(?:system|systemer|kartotek|kundekartotek|"
                   r"register|database)\b", STRONG),
    # "og så vil jeg gerne ud af det hele bagefter - kundesystem, den der mail"
    Cue("erasure", r"vil (?:jeg |vi )?(?:gerne |helst )?ud af (?:det hele|alt sammen|jeres "
                   r"(?:\w+ )?(?:system|kartotek|kundesystem|register)\w*)(?! (?:med|om|i) )"
                   # (not a contract: "ud af det hele - serviceaftalen og vedligeholdelsen")
                   r"(?=[^.!?\n]{0,60}\b(?:kundesystem|system|mail|data|oplysning))", STRONG),
    # "Gider I glemme mig igen? :)"
    # (not "Kan du glemme mig lige denne gang?", "... til julefrokosten", "på listen", nor a
    # joke about an order that goes on: "Gider I glemme mig igen? :) Men send gerne de 40.")
    Cue("erasure", r"(?:gider|vil|kan) (?:i|du|de) (?:bare |godt )?glemme (?:mig|os)\b(?![^.!\n]"
                   r"{0,25}(?:denne gang|til \w+|på \w*listen|julefrokost|;\)|:\)\s*men\b))",
        STRONG),
    # "Vil I tage billedet af mig foran porten ned fra jeres hjemmeside?"
    Cue("erasure", r"(?:tag|tage|tager) (?:\w+ )?{photo} (?:af|med) (?:mig|os)\b(?: \w+){0,3}? "
                   r"ned fra (?:jeres |deres )?(?:hjemmeside|website|facebook|instagram|linkedin|"
                   r"side)\w*", STRONG),
    # "så I kan godt tage mig af jeres lister" (every list: not only the newsletter's)
    Cue("erasure", r"(?:tag|tage|tager) (?:mig|os) (?:af|ud af|væk fra) (?:alle )?(?:jeres|deres) "
                   r"(?:lister|kartotek\w*|system\w*|register\w*|kundeliste\w*)\b(?! (?:over|som|"
                   r"for)\b)", STRONG),
    # ("så vil jeg helst heller ikke stå i jeres system overhovedet": inverted, softened)
    Cue("erasure", r"(?:(?:jeg|vi) )?(?:vil|ønsker) (?:(?:jeg|vi) )?(?:helst |egentlig )?"
                   r"(?:heller )?ikke (?:længere |mere )?(?:at )?(?:stå|være|figurere) "
                   r"(?:registreret )?(?:i|på) (?:jeres|deres) (?:\w+ )?(?:system\w*|kartotek\w*|"
                   r"database\w*|register\w*|kundeliste\w*|liste\w*)(?! (?:over|som|for)\b)"),
    Cue("erasure", r"(?:sletning|slettelse)\b", WEAK),
    # the fields named bare, two or more: "Så I må også gerne slette navn, mail og telefon"
    # (not the lines of a document: "slet navn og adresse på følgesedlen")
    Cue("erasure", r"{delete} {pol}(?:navn|mail|e-?mail|adresse|telefon\w*|mobil\w*)(?:(?:,| og| "
                   r"samt) (?:mit |min )?(?:navn|mail|e-?mail|adresse|telefon\w*|mobil\w*|"
                   r"nummer)){1,3}\b(?![^.!?\n]{0,40}\b(?:på|fra|i|under|ved|øverst)\b[^.!?\n]{0,30}"
                   r"(?:ordre|faktura|tegning|følgesed|tilbud|skilt|label|etiket|pakke|seddel|"
                   r"bestilling|liste|felt|kontaktfelt)\w*)",
        STRONG),
    # "det vil jeg gerne have at i sletter nu": the clause order of a wish about "it"
    Cue("erasure", r"(?:vil|ønsker) (?:jeg |vi )?(?:gerne |helst )?(?:have|ha),? at {you} "
                   r"(?:\w+ ){0,2}?(?:sletter|sleter|fjerner|anonymiserer)\b(?! (?:\w+ ){0,3}?"
                   r"(?:faktura|linje|ordre|tilbud|tegning|møde|aftale|post|varelinje)\w*)",
        STRONG, (ANAPHOR,)),
    # "Derefter vil jeg bede om at I sletter alt", "send mig en kopi ..., og så sletter I det
    # bagefter": what the mail has just named as the sender's
    Cue("erasure", r"(?:bede|beder|bad) (?:jer |dig )?om,? at {you} "
                   r"(?:(?!ikke\b|aldrig\b)\w+ ){0,2}?(?:sletter|fjerner|anonymiserer) (?:alt|"
                   r"det hele|det|dem|mig|alle mine|mine)\b(?! (?:\w+ ){0,3}?(?:faktura|linje|"
                   r"ordre|tilbud|tegning|møde|aftale|post|varelinje)\w*)", STRONG, (ANAPHOR,)),
    # "Vil I ikke tage mit navn og nummer ud af jeres system?"
    # (not "mine gamle priser", "mine tegninger af trappen")
    Cue("erasure", r"(?:tage|tag|tager) (?:mit|min|mine) (?:\w+ )?{taken}(?: (?:og|eller) (?:mit "
                   r"|min |mine )?(?:\w+ )?{taken})? ud af (?:jeres|deres) "
                   r"(?:\w+ )?(?:system|kartotek|database|register|kundeliste|kundekartotek)\w*",
        STRONG),
    # "kan I sende mig det og så bagefter bare smide det ud?": everyday words for deleting
    # (the firm to throw out, not the sender: "Jeg smider dem bare ud", "Skal vi smide dem ud")
    Cue("erasure", r"(?:smide(?<!\bvi\ssmide)(?<!\bjeg\ssmide)|smid|smider(?<=\bat\si\ssmider)) "
                   r"(?:det|dem|det hele|alt|alt det) (?:\w+ )?ud\b", STRONG, (ANAPHOR,)),
    # "I må gerne smide det hele ud, mail, telefon og hvad I ellers har"
    Cue("erasure", r"(?:smide|smid|smider) (?:det hele|alt) ud,? (?:{taken},? (?:og )?){1,4}hvad "
                   r"{you} (?:ellers )?har\b", STRONG),
    Cue("erasure", r"så sletter {you} (?:det hele|det|dem|alt) (?:bagefter|derefter|efterfølgende|"
                   r"til sidst)(?= *(?:[.!,]|$))", STRONG, (ANAPHOR,)),
    # About someone else: a departed contact, a relative.
    Cue("erasure", r"{delete} {pol}(?:ham|hende|vedkommende|kontaktpersonen|kontakten)\b"
                   # (off a mailing: "fjern hende fra jeres udsendelser" stops the catalogue;
                   # off a copy line: "fjern ham fra cc" is who gets the invoices)
                   r"(?! (?:fra|af) (?:alle )?(?:jeres )?(?:\w+ )?{marketing}\b"
                   r"(?! og (?:fra )?(?:jeres )?\w*(?:system|kartotek|register|database)))"
                   r"(?! (?:fra|af) (?:cc|kopi|tråden|mailtråden)\b)",
        STRONG, (THIRD,)),
    Cue("erasure", r"{delete} {pol}(?:hans|hendes|vedkommendes|dennes|sine|sin|sit) (?:\w+ ){0,2}?"
                   r"{thing}",
        STRONG, (THIRD,)),
)

_ACCESS = (
    # the subject after the verb, as after an adverbial: "I henhold til persondataloven
    # anmoder jeg om aktindsigt" (only "jeg", only asking: "kræver vi fuld indsigt" in
    # timesedler before paying is a customer's audit)
    Cue("access", r"(?:anmoder|beder) jeg (?:hermed )?(?:jer )?om (?:fuld |fuldstændig )?"
                  r"(?:akt-?)?(?:ind|in)si(?:g|gh)t\b(?! i,? (?!(?:mine?|mit|alle|alt|hvilke|hvad|"
                  r"henhold|medfør)\b|de (?:\w+ ){0,2}?(?:oplysning|data|person)))"),
    Cue("access", r"(?:anmod(?!ninger)\w*|beder|bede|ønsker|ønske|kræver|krav|begær\w*|gerne"
                  r"|have) "
                  r"(?:hermed |jer |dem |hermed jer )?(?:om )?(?:fuld |fuldstændig )?"
                  r"(?:akt-?)?(?:ind|in)si(?:g|gh)t\b(?! i,? (?!(?:mine?|mit|alle|alt|hvilke|hvad|"
                  r"henhold|medfør|optagelse\w*|video\w*|overvågning\w*)\b|de (?:\w+ ){0,2}?"
                  r"(?:oplysning|data|person|optagelse)))"),
    Cue("access", r"(?:akt-?)?(?:ind|in)si(?:g|gh)t (?:i|om) (?:alle |de |hvilke |hvad "
                  r"|samtlige |alle de |eventuelle |de \w+ )?"
                  r"(?:(?:person)?oplysning\w*|{my}|data|hvad {you}|hvilke|personlige)"),
    # "Jeg vil gerne søge aktindsigt efter persondataloven i de oplysninger, I har om mig"
    # (the data named: not "søgt aktindsigt hos kommunen i byggesagen")
    Cue("access", r"(?:søge|søger) (?:hermed )?(?:om )?(?:fuld )?(?:akt-?)?(?:ind|in)si(?:g|gh)t "
                  r"(?:(?!hos\b)\w+ ){0,3}?i (?:de |alle |samtlige )?(?:\w+ )?(?:oplysning\w*|"
                  r"data),? (?:som )?(?:i|du) har (?:\w+ )?om (?:mig|os)\b", STRONG),
    # one person makes one request: "indsigtsanmodninger" in the plural is a topic (a sales
    # pitch, a newsletter about GDPR), not a request
    Cue("access", r"(?:ind|in)si(?:g|gh)ts ?(?:anmodning(?:en)?|begæring(?:en)?|ret(?:ten)?)\b",
        MEDIUM),
    Cue("access", r"(?:ind|in)si(?:g|gh)ts ?(?:anmodninger\w*|begæringer\w*)", WEAK),
    Cue("access", r"ret(?:ten)? til (?:akt-?)?(?:ind|in)si(?:g|gh)t", MEDIUM),
    # the answer to an identity check: "Men fint: kundenummer 40211 ... Så send nu de oplysninger."
    Cue("access", r"send (?:mig )?(?:nu |så |bare |venligst )*(?:de|mine) oplysninger(?= *(?:[.!\n]"
                  r"|$))", MEDIUM),
    # a reminder: "Hvornår kommer de oplysninger?" (the ones asked for)
    Cue("access", r"hvornår (?:kommer|får jeg) (?:de|mine) (?:\w+ )?{data}\b", MEDIUM),
    # a reminder: "hvornår kommer min indsigt", "har stadig ikke fået min indsigt"
    # (the "ikke" of "har stadig ikke fået" is the cue's own: a complaint, not a negation)
    Cue("access", r"(?:kommer|får|faar|fået|faaet|modtager|modtaget|venter (?:stadig )?på|"
                  r"mangler|ikke (?:\w+ )?(?:fået|faaet|modtaget|set)) (?:jeg )?(?:\w+ ){0,2}?"
                  r"(?:min|mit) (?:akt-?)?(?:ind|in)si(?:g|gh)t\b(?! i\b)"),
    Cue("access", r"(?:hvilke|hvad for nogle|hvad for) (?:\w+ )?(?:{data}) (?:\w+ ){0,2}?"
                  r"(?:har|gemmer|opbevarer|behandler|registrerer|ligger inde med|er der) "
                  r"(?:\w+ ){0,3}?{aboutme}"),
    Cue("access", r"hvad (?:har|ved|gemmer|opbevarer|registrerer|behandler) {you} (?:\w+ ){0,2}?"
                  r"{aboutme}"),
    Cue("access", r"(?:hvad for|hvilke) (?:nogle )?\w+ {you} (?:\w+ )?(?:har|gemmer|ved|opbevarer)"
                  r"(?: \w+){0,2}? {aboutme}"),
    # "hvad har I egentlig af oplysninger om mig?", "hvad I har liggende af data på mig"
    Cue("access", r"hvad (?:har|gemmer|opbevarer|ligger) {you} (?:\w+ ){0,3}?(?:af|for) (?:\w+ )?"
                  r"{data} (?:\w+ )?{aboutme}"),
    Cue("access", r"hvad {you} (?:har|gemmer|opbevarer|ligger inde med) (?:\w+ ){0,3}?(?:af|for) "
                  r"(?:\w+ )?{data} (?:\w+ )?{aboutme}"),
    # "må jeg se, hvad I ellers har stående om mig?" (not "slet mig og hvad I ellers har om
    # mig": what else there is to delete)
    Cue("access", r"(?:se|vide|høre|få at vide),? hvad {you} ellers (?:har|ved|gemmer|opbevarer)"
                  r"(?: \w+){0,2}? {aboutme}"),
    # "hvad I egentlig har stående om mig": an adverb may stand before the verb
    Cue("access", r"hvad {you} (?:(?:egentlig|faktisk|stadig|overhovedet|nu|så|reelt|i det hele "
                  r"taget) )?(?:har|ved|"
                  r"gemmer|opbevarer|registrerer|behandler)(?: \w+){0,2}? {aboutme}"),
    Cue("access", r"hvad (?:står|ligger|findes|er) (?:der )?(?:\w+ )?"
                  r"(?:registreret |gemt |noteret )?"
                  r"{aboutme}"),
    Cue("access", r"{my} (?:\w+ )?{data} (?:\w+ )?(?:udleveret|tilsendt|fremsendt|oplyst|at se)"
                  r"\b"),
    Cue("access", r"hvor (?:har|fik|får) {you} (?:\w+ )?(?:{my} (?:\w+ )?{thing}|mine \w+|mig) "
                  r"fra"),
    Cue("access", r"hvorfra (?:har|fik|får) {you} (?:\w+ )?(?:{my} (?:\w+ )?{thing}|mig)\b"),
    # the clause order: "(jeg aner ikke) hvor I har mit nr fra", "hvorfra I fik min adresse"
    # "aner ikke, hvor ...": not knowing is the reason to ask, not a negation of the ask
    Cue("access", r"(?:(?:aner|ved|forstår|fatter|begriber) ikke,? )?"
                  r"(?:hvor {you} (?:\w+ )?(?:har|fik|får|har fået) (?:\w+ )?(?:{my} (?:\w+ )?"
                  r"(?:{thing}|nr\.?|tlf\.?)|mig) fra|hvorfra {you} (?:\w+ )?(?:har|fik|får|"
                  r"har fået) (?:\w+ )?(?:{my} (?:\w+ )?(?:{thing}|nr\.?|tlf\.?)|mig))\b"),
    # a reply to our identity check: "Send mig nu den aktindsigt, jeg bad om."
    Cue("access", r"(?:send|giv) (?:mig|os) (?:nu |så |venligst |bare )?(?:den |min |vores )?"
                  r"(?:aktindsigt|indsigt)\b", STRONG),
    # "Jeg vil stadig gerne have kopien af det I har om mig"
    Cue("access", r"kopien af (?:det|alt|alt det),? (?:som )?{you} (?:\w+ )?(?:har|gemmer|ved|har "
                  r"registreret) (?:\w+ )?(?:om|på) mig\b", STRONG),
    # an heir: "en kopi af det, I har om ham og carporten"
    Cue("access", r"kopi af (?:det|alt),? (?:som )?{you} (?:\w+ )?(?:har|gemmer|ved|har "
                  r"registreret) (?:\w+ )?(?:om|på) (?:ham|hende)\b", STRONG, (THIRD,)),
    Cue("access", r"(?:hvilke|hvad for) (?:\w+ )?{data} (?:\w+ ){0,2}?(?:har|gemmer|opbevarer|"
                  r"behandler|registrerer) (?:\w+ ){0,3}?(?:om|på) (?:ham|hende|dem|min \w+|"
                  r"vores \w+)", STRONG, (THIRD,)),
    # "Vil I oplyse hvad I har registreret om ham": his data, asked by his estate or family
    Cue("access", r"hvad {you} (?:\w+ )?(?:har registreret|har gemt|har liggende|registrerer|"
                  r"gemmer|opbevarer|har noteret|har) (?:\w+ ){0,2}?(?:om|på) (?:ham|hende)\b",
        STRONG, (THIRD,)),
    # "Kunne I sende mig det, I har gemt om mig?": what is held, sent to be read
    Cue("access", r"(?:send|sende|sender|give|giv|vise|vis|fremsende) (?:mig|os) {pol}(?:alt )?"
                  r"(?:det|dét|hvad),? (?:som )?{you} (?:\w+ )?(?:har|gemmer|opbevarer|"
                  r"registrerer|ved) (?:\w+ ){0,2}?{aboutme}", MEDIUM),
    # a recording of the sender: "en kopi af optagelserne af mig fra det tidsrum"
    Cue("access", r"kopi af (?:\w+ ){0,2}?{photo}(?: \w+){0,2}? af (?:mig|os)\b", STRONG),
    # "anmoder vi om udlevering af samtlige personoplysninger, som I behandler om ham"
    Cue("access", r"udlevering af (?:samtlige |alle )?(?:\w+ )?{data}", MEDIUM),
    # "send mig mine data" may be sent to be moved (portability); "en kopi af" is to read
    Cue("access", r"(?:send|sende|giv|give|udlevér|udlever|udlevere|fremsend\w*|tilsend\w*|få)"
                  r" (?:mig )?{pol}(?:mig )?(?:en )?(?:kopi af |udskrift af |oversigt over )"
                  r"{held_data}"),
    # (not "Kan I få mine oplysninger slettet?": had done to them, not handed over)
    Cue("access", r"(?:send|sende|giv|give|udlevér|udlever|udlevere|fremsend\w*|tilsend\w*|få)"
                  r" (?:mig )?{pol}(?:mig )?{held_data}(?! (?:\w+ ){0,5}?(?:slettet|fjernet|rettet|"
                  r"opdateret|ændret|anonymiseret|korrigeret)\b)", STRONG, (SEND,)),
    Cue("access", r"(?:få |have )?(?:udleveret|tilsendt|fremsendt|oplyst|at vide|at se) (?:\w+ )?"
                  r"(?:alle |de |hvilke |hvad )?(?:\w+ )?{data}{held}"),
    Cue("access", r"(?:kopi|kopien|udskrift|oversigt|udtræk) (?:af|over) (?:{my}|alle|de) "
                  r"(?:\w+ ){0,2}?{data}"),
    Cue("access", r"(?:kopi|udskrift|oversigt|udtræk) (?:af|over),? (?:(?:alt )?det,? (?:som "
                  r"|hvad )?|alt(?: det)?,? (?:som |hvad )?|(?:alt )?(?:hvad|hvilke (?:\w+ )?"
                  r"{data}) ){you} (?:\w+ ){0,2}?{aboutme}"),
    Cue("access", r"(?:data ?udtræk|egenacces|egen-acces)", MEDIUM),
    Cue("access", r"(?:vil|ønsker|ønske om|beder om) (?:gerne )?(?:at )?(?:få lov til at )?se {my} "
                  r"(?:\w+ )?{data}\b", MEDIUM),
    Cue("access", r"(?:se|vide|høre) (?:hvilke|hvad) (?:\w+ )?(?:{data}) (?:\w+ ){0,2}?"
                  r"(?:har|gemmer|ligger|er registreret)"),
    Cue("access", r"(?:gdpr|gpdr|gdrp)[- ]?(?:anmodning|forespørgsel|henvendelse)", WEAK),
    # "få at se, hvad de har liggende om en": the generic "en" (one) is the sender
    Cue("access", r"(?:se|vide|høre),? hvad (?:\w+ ){0,2}?(?:har|gemmer|ved|opbevarer) (?:\w+ )?"
                  r"(?:liggende |registreret |gemt |stående |noteret )?(?:om|på) (?:en|én)"
                  r"(?= *[,.!?\n])"),
    # the source, after the data were named: "slet mit nummer - hvor har I fået det fra?"
    Cue("access", r"hvor(?:fra)? {you} (?:\w+ )?(?:har fået|har|fik|får) (?:det|dem|den|"
                  r"nummeret|adressen|mail ?adressen|e-?mail ?adressen|oplysningerne|navnet|"
                  r"telefon ?nummeret)(?: \w+)? fra\b", STRONG, (ANAPHOR,)),
    Cue("access", r"hvor(?:fra)? (?:har|fik|får) {you} (?:\w+ )?(?:fået )?(?:det|dem|den|nummeret|"
                  r"adressen|mail ?adressen|e-?mail ?adressen|oplysningerne|navnet|"
                  r"telefon ?nummeret) fra\b", STRONG, (ANAPHOR,)),
)

_RECTIFY = (
    # "Vi flytter ... Vil I skrive den nye adresse ind"
    Cue("rectification", r"skrive (?:den|min) nye {field} ind\b", MEDIUM),
    # "Min mail ændres fra i dag fra aq@... til anja@...": the new one follows
    Cue("rectification", r"(?:min|mit) (?:\w+ )?{field} (?:ændres|skiftes|skifter|er ændret|er "
                         r"skiftet|bliver ændret) (?:\w+ ){0,4}?(?:fra \S+ )?til\b", MEDIUM),
    # a name spelt out: "Det er Kjærsgaard med æ og to a'er, ikke Kjersgård", "Men det er
    # Kirstine med K og uden h"
    Cue("rectification", r"(?:det|navnet|mit navn) (?:er|staves|hedder|skrives) [\w'’-]+ med "
                         r"(?:et |en |to |stort |lille |dobbelt )?(?!i\b)(?:[a-zæøåäöü]"
                         r"(?:['’-]?er)?|aa|ae|oe|ph|th|ck)\b", MEDIUM),
    Cue("rectification", r"(?:ret|rette|retter|opdater|opdatér|opdatere|ændr|ændre|ændrer"
                         r"|korriger|korrigér|korrigere|berigtig|berigtige|skift|skifte) {pol}"
                         r"(?:{my}|stavningen af {my}) (?:\w+ )?(?:navn\w*|adresse\w*|efternavn"
                         r"|fornavn|telefon ?nummer|nummer|mobil ?nummer|mail\w*|e-?mail\w*"
                         r"|titel|stilling\w*|{data}|stavning)"),
    Cue("rectification", r"(?:ret|rette|opdater|opdatér|opdatere|ændr|ændre|korriger|korrigér) "
                         r"{pol}(?:adressen|navnet|efternavnet|telefon ?nummeret|nummeret|"
                         r"mail ?adressen|e-?mail ?adressen|stavningen|titlen)\b(?! (?:på|i|for|"
                         r"til) (?:\w+ )?(?:faktura\w*|regning\w*|ordre\w*|tilbud\w*|følgesedl\w*"
                         r"|tegning\w*|lever\w*|pakke\w*|sending\w*|projekt\w*|sag\w*))",
        MEDIUM),
    Cue("rectification", r"(?:ret|rette|opdater|opdatér|opdatere|ændr|ændre|korriger) {pol}"
                         r"(?:hans|hendes|vedkommendes) (?:\w+ )?(?:navn\w*|adresse\w*|telefon ?"
                         r"nummer|nummer|mobil ?nummer|mail\w*|e-?mail\w*|titel)", STRONG,
        (THIRD,)),
    Cue("rectification", r"(?:ret|rette|opdater|opdatér|opdatere|ændr|ændre|korriger) {pol}"
                         r"(?:vores|vor) (?:\w+ )?(?:navn\w*|adresse\w*|telefon ?nummer|nummer|"
                         r"mail\w*|e-?mail\w*|{data})"),
    # (also as a polite past: "ville det være dejligt, hvis I rettede det i jeres system")
    Cue("rectification", r"(?:ret|rette|rettede|opdater|opdatere|opdaterede|korriger|korrigerede) "
                         r"(?:det|den|dem)\b", MEDIUM, (ANAPHOR,)),
    # a colleague's details: "Kan du opdatere ham hos jer til: ...", "rette Pia Skovs
    # mobilnummer" (a name's genitive; "fakturaens nummer" is a thing's)
    # the law's own verb: "berigtige vores klients adresse"
    Cue("rectification", r"berigtig\w* (?:\w+ ){0,3}?(?:adresse\w*|navn\w*|telefon ?nummer\w*|"
                         r"mobil ?nummer\w*|e-?mail\w*|mail ?adresse\w*|oplysninger)\b"),
    Cue("rectification", r"(?:ret|rette|opdater|opdatere|korriger) (?:ham|hende) (?:hos jer|i "
                         r"jeres \w+|til:)", STRONG, (THIRD,)),
    Cue("rectification", r"(?:ret|rette|opdater|opdatere|korriger|ændre) (?:venligst )?(?:\w+ )?"
                         r"\w+(?<![^s]en)(?<!et)(?<!rne)(?<!ene)s (?:mobil ?nummer|telefon ?"
                         r"nummer|mail ?adresse|e-?mail ?adresse|titel|efternavn)\b", STRONG,
        (THIRD,)),
    Cue("rectification", r"(?:få|have) (?:\w+ )?(?:rettet|opdateret|ændret|korrigeret) {my} "
                         r"(?:\w+ )?(?:navn\w*|adresse\w*|telefon ?nummer|nummer|mobil ?nummer|"
                         r"mail\w*|e-?mail\w*|titel|{data})"),
    Cue("rectification", r"(?:få|have) {my} (?:\w+ )?(?:navn\w*|adresse\w*|telefon ?nummer|nummer"
                         r"|mobil ?nummer|mail\w*|e-?mail\w*|titel|{data}) (?:\w+ )?(?:rettet|"
                         r"opdateret|ændret|korrigeret)"),
    Cue("rectification", r"(?:berigtig(?:else|elsen)|berigtelse|berigelse|rettigelse)", MEDIUM),
    # the verb: "Vil I berigtige det?", "berigtig venligst min adresse"
    # (never "berigtige fakturaen": an invoice is corrected with a credit note)
    Cue("rectification", r"berigtig(?:e|er|es|et|ede)? {pol}(?:{my} (?:\w+ )?(?:{field}|{data})|"
                         r"oplysningerne|{field})", MEDIUM),
    Cue("rectification", r"berigtig(?:e|er)? {pol}(?:det|dem|dette|disse)\b", MEDIUM, (ANAPHOR,)),
    # "I har registreret mig med en forkert adresse", "I har forkert nummer på mig"
    Cue("rectification", r"{you} har (?:\w+ )?(?:registreret|oprettet|noteret|skrevet|stående) "
                         r"mig (?:med|under) (?:en |et )?(?:forkert|forkerte|gammel|gamle|forældet"
                         r"|forældede|fejlagtig\w*) (?:\w+ )?{field}", MEDIUM),
    # "Det telefonnummer, I har på mig (12 45 67 89), er forkert"
    Cue("rectification", r"(?:det|den) {field},? (?:som |der )?{you} har (?:på|om|for|til) mig\b"
                         r"[^.!?\n]{0,40}? er (?:forkert|forkerte|gammel|gamle|forældet|ikke "
                         r"(?:mit|min|rigtig|rigtigt|korrekt|længere (?:i brug|aktiv|gyldig)))\b"),
    # "Vil I fremover bruge denne nye adresse i stedet"
    Cue("rectification", r"bruge (?:denne|den|min) (?:nye )?{field} (?:\w+ ){0,3}?i stedet\b",
        MEDIUM),
    Cue("rectification", r"{you} har (?:stadig )?(?:en |et )?(?:forkert|forkerte|gammel|gamle|"
                         r"forældet|forældede|fejlagtig\w*) (?:\w+ )?{field} (?:på|om|for|til) "
                         r"mig\b", MEDIUM),
    # "adressen skal rettes til Mosevej 2", "skal adressen rettes til ..."
    Cue("rectification", r"(?:skal|bedes|må) (?:\w+ )?(?:adressen|navnet|efternavnet|nummeret|"
                         r"telefonnummeret|mailadressen|e-?mailen|titlen) (?:\w+ )?(?:rettes|"
                         r"ændres|opdateres) til\b", MEDIUM),
    Cue("rectification", r"(?:adressen|navnet|efternavnet|nummeret|telefonnummeret|mailadressen|"
                         r"e-?mailen|titlen) (?:\w+ )?(?:skal|bedes|må|kan) (?:\w+ )?(?:rettes|"
                         r"ændres|opdateres) til\b", MEDIUM),
    # "Vil I ikke nok sørge for, at adressen bliver rettet i jeres system nu?"
    Cue("rectification", r"sørge for,? at (?:min |mit |mine )?(?:adressen|adresse|navnet|navn|"
                         r"efternavnet|nummeret|telefonnummeret|nummer|mailadressen|mailadresse|"
                         r"e-?mailen|titlen|titel) (?:\w+ )?(?:bliver|blir|er) (?:\w+ )?(?:rettet|"
                         r"ændret|opdateret|korrigeret)\b", STRONG),
    # "Min gamle mailadresse bliver lukket ned i maj. Vil De venligst fremover bruge denne
    # adresse": the address this mail comes from, for the sender's own mail
    Cue("rectification", r"(?:vil|kan|må|skal|bedes) (?:i|de|du) (?:\w+ ){0,2}?(?:fremover|fra nu "
                         r"af) (?:bruge|anvende|skrive til) (?:denne|den nye|min nye|følgende|"
                         r"nedenstående) (?:nye )?(?:mail ?adresse|e-?mail ?adresse|e-?mail|mail|"
                         r"adresse|nummer|telefonnummer)\b", MEDIUM),
    # "der står en forkert adresse på mig hos jer"
    Cue("rectification", r"(?:står|har i|er) (?:\w+ )?(?:en |et )?(?:forkert|forkerte|gammel|gamle|"
                         r"forældet|forældede) (?:\w+ )?(?:adresse|navn|efternavn|nummer|"
                         r"telefonnummer|mobilnummer|e-?mail\w*|mailadresse|titel) (?:på|om|for) "
                         r"mig\b", MEDIUM),
    # "Jeg beder om, at I retter oplysningerne": never "at I retter fakturaen"
    Cue("rectification", r"(?:beder|bede|anmoder|ønsker|ønske|vil gerne have)(?: \w+)? om,? at "
                         r"{you} (?:\w+ )?(?:retter|opdaterer|korrigerer|berigtiger|ændrer) "
                         r"(?:{my} (?:\w+ )?{field}|{my} (?:\w+ )?{data}|oplysningerne|"
                         r"{field}|det|dem)\b", MEDIUM),
    # "ret venligst til denne: ny@mail.dk", "opdater nummeret til 20 11 22 33", "ret den til:"
    Cue("rectification", r"(?:ret|rette|opdater|opdatér|opdatere|ændr|ændre|skift|korriger"
                         r"|korrigér) {pol}(?:den |det |dem |{field} )?(?:til|over til) "
                         r"(?:denne|dette|følgende|min nye|mit nye|den nye|det nye"
                         r"|den rigtige|den korrekte)"
                         r"(?: \w+)?:? ?(?:[\w.+\-]+@|\+?\d)", MEDIUM),
    Cue("rectification", r"(?:ret|rette|opdater|opdatér|opdatere|ændr|ændre|korriger|korrigér) "
                         r"{pol}(?:den|det|dem|{field}) (?:\w+ )?til:", MEDIUM),
    # "Det er forkert - jeg hedder Henning Kjærsgaard": the right name after the wrong one
    Cue("rectification", r"jeg hedder (?:egentlig|rigtigt|faktisk|korrekt|altså)\b", MEDIUM),
    # "før I har fået den rettet til Hovedgaden 31": the correction, with the right value
    Cue("rectification", r"(?:få|fået|have|har) (?:\w+ )?(?:den|det|dem) (?:rettet|ændret|"
                         r"opdateret|korrigeret) til\b", MEDIUM, (ANAPHOR,)),
    Cue("rectification", r"(?:få|fået|have|har) (?:\w+ )?{my} (?:\w+ )?{field} (?:rettet|ændret|"
                         r"opdateret|korrigeret) til\b", MEDIUM),
    # the verb first: "Kan du få rettet den til Østergade 7?"
    Cue("rectification", r"(?:få|fået) (?:rettet|ændret|opdateret|korrigeret) (?:den|det|dem) "
                         r"til\b",
        MEDIUM, (ANAPHOR,)),
    # (a contact field, not "min stilling til formand på byggemødereferatet")
    Cue("rectification", r"(?:få|fået) (?:rettet|ændret|opdateret|korrigeret) {my} (?:\w+ )?"
                         r"(?:navn\w*|efternavn\w*|fornavn\w*|adresse\w*|telefon ?nummer\w*|"
                         r"mobil ?nummer\w*|nummer|mail\w*|e-?mail\w*) til\b", MEDIUM),
    Cue("rectification", r"{you} (?:har|staver|skriver|stavede|skrev) {my} (?:\w+ )?{field} "
                         r"(?:\w+ )?(?:forkert|fejl)", MEDIUM),
    # a colleague's new name or address: "Tine Bak hedder nu Tine Bak Sørensen", "hendes mail
    # er ændret fra ... til ..."
    Cue("rectification", r"(?:hans|hendes) (?:\w+ )?{field} er (?:nu )?(?:ændret|skiftet|rettet)"
                         r"\b", MEDIUM, (THIRD,)),
    # (not a word's: "årsopgørelsen, som det hedder nu")
    Cue("rectification", r"hedder(?<!det\shedder)(?<!som\shedder) nu\b", MEDIUM),
    # "Kan du rette vores indkøber Pia Lund i jeres system: ... hendes direkte nummer er nu ..."
    Cue("rectification", r"(?:hans|hendes) (?:\w+ ){0,2}?{field} er (?:nu|fremover|pr\.?) ",
        MEDIUM, (THIRD,)),
    Cue("rectification", r"(?:ret|rette|opdater|opdatere) (?:vores|min) (?:\w+ )?[\w\-]+ (?:\w+ )"
                         r"{1,3}?i jeres (?:system|kartotek|register|kontaktliste|database)\w*",
        STRONG, (THIRD,)),
    # "Det er noget vrøvl, og det vil jeg have rettet i jeres system": what was just named
    Cue("rectification", r"(?:det|dem|dette) vil (?:jeg|vi) (?:gerne )?(?:have|ha) (?:\w+ )?"
                         r"(?:rettet|korrigeret|ændret|opdateret)\b", STRONG, (ANAPHOR,)),
    # a new title: "jeg er ikke længere værkfører, jeg er blevet driftschef pr. 1. marts"
    Cue("rectification", r"jeg er (?:nu |pr\.? \S+ (?:\S+ )?|fra \S+ (?:\S+ )?)?blevet (?:ny )?"
                         r"[\w\-]*(?:chef|leder|direktør|mester|"
                         r"formand|ansvarlig|koordinator|indkøber)\b", MEDIUM),
    # "I har min adresse som Møllevej 33, men det er Møllevej 3": what is on file, then the truth
    Cue("rectification", r"{you} har (?:\w+ )?{my} (?:\w+ )?{field} (?:som|til|stående som) "
                         r"[^.!?\n]{1,40}?,? men (?:det|den|jeg|vi) (?:er|hedder|skal være|bor)\b",
        MEDIUM),
    Cue("rectification", r"(?:er|står) (?:\w+ )?(?:forkert|fejlstavet|stavet forkert|skrevet "
                         r"forkert)\W+(?:\w+ )?jeg (?:hedder|bor|staves)\b", MEDIUM),
    # "adressen I har på mig er forkert", "det nummer I har på mig er gammelt"
    Cue("rectification", r"(?:adressen|nummeret|telefonnummeret|mobilnummeret|navnet|mailen|"
                         r"mailadressen|e-?mailadressen|titlen|(?:den|det) (?:\w+ )?{field}),? "
                         r"(?:som )?{you} har (?:\w+ )?{aboutme},? (?:\w+ )?(?:er|står) (?:\w+ )?"
                         r"(?:forkert\w*|fejl\w*|gammel|gamle|gammelt|forældet|ikke (?:korrekt|"
                         r"rigtig\w*))"),
    Cue("restriction", r"(?:brug|anvend|benyt) (?:venligst )?ikke (?:den|dem|det|adressen|"
                       r"nummeret)\b[^.!?\n]{0,100}?(?:før|indtil|til) (?:\w+ ){0,3}?(?:er|har|"
                       r"bliver|er blevet) (?:rettet|opdateret|ændret|korrigeret)", STRONG,
        (ANAPHOR,)),
    # "... brug den ikke før den er rettet": keep the wrong address unused meanwhile
    Cue("restriction", r"(?:brug|anvend|benyt) (?:den|dem|det|adressen|nummeret) (?:venligst )?"
                       r"ikke (?:\w+ ){0,2}?(?:før|indtil|til) (?:\w+ ){0,3}?(?:er|bliver|er "
                       r"blevet) (?:rettet|opdateret|ændret|korrigeret)", STRONG, (ANAPHOR,)),
    # "berettigelse" (entitlement) is a common slip for berigtigelse (gdpr-dk.md §3.1)
    Cue("rectification", r"berettigelse af {my} (?:\w+ )?{data}", MEDIUM),
    Cue("rectification", r"{you} har {my} (?:gamle|forkerte|tidligere) (?:adresse|nummer|telefon ?"
                         r"nummer|mail\w*|e-?mail\w*|navn|efternavn)", MEDIUM),
    Cue("rectification", r"{my} (?:rigtige|korrekte|nye) (?:\w+ )?(?:navn\w*|adresse\w*|nummer|"
                         r"telefon ?nummer|mail\w*|e-?mail\w*|efternavn) (?:er|lyder)", MEDIUM),
    Cue("rectification", r"{my} (?:efter|for)?navn er \w+,? (?:og )?ikke \w+", MEDIUM),
    Cue("rectification", r"(?:jeg|vi) bor nu (?:på|i)\b", MEDIUM),
    Cue("rectification", r"nye? (?:adresse|telefon ?nummer|mobil ?nummer|e-?mail ?adresse|"
                         r"mail ?adresse|mail|nummer):", MEDIUM),
    Cue("rectification", r"(?:anmodning|anmoder|beder) (?:hermed )?om (?:berigtig\w*|rettelse"
                         r"|opdatering|korrektion)"),
    Cue("rectification", r"(?:{you}) har (?:stavet|skrevet|registreret) (?:{my} )?(?:\w+ )?"
                         r"(?:navn\w*|efternavn|fornavn|adresse\w*|nummer) (?:\w+ )?forkert"),
    Cue("rectification", r"{my} (?:\w+ )?(?:navn\w*|adresse\w*|efternavn|fornavn|nummer|"
                         r"telefon ?nummer|mail\w*|e-?mail\w*|titel) (?:er|står) (?:\w+ )?"
                         r"(?:stavet |skrevet |registreret |angivet |anført )?(?:forkert\w*|"
                         r"ikke korrekt|ikke rigtig\w*|forældet|fejl\w*)"),
    Cue("rectification", r"(?:fejl i|forkert) (?:stavning af )?{my} (?:\w+ )?(?:navn\w*|"
                         r"adresse\w*|efternavn)"),
    Cue("rectification", r"{my} (?:\w+ )?(?:mail ?adresse|e-?mail ?adresse|adresse|telefon ?nummer|"
                         r"nummer|navn|efternavn|titel) (?:er|bliver) (?:nu )?(?:blevet )?"
                         r"(?:ændret|skiftet)", MEDIUM),
    # "Vi er flyttet!" is as often a firm's change of address (company data) as a household's.
    Cue("rectification", r"vi er flyttet\b", WEAK),
    # "... så regningen skal fremover sendes til den nye adresse" (a firm's: _firm_data)
    Cue("rectification", r"(?:skal|bedes|må) (?:fremover|fremadrettet|fra nu af) (?:sendes|"
                         r"skrives|adresseres) til (?:den|min|vores) nye adresse\b", MEDIUM),
    # "Vi er flyttet i januar, så fremtidige regninger og breve bedes sendt til Hyldebærvej 4"
    # (the move is the sender's, the address follows "til" at once: not "til hende på ...")
    Cue("rectification", r"(?:vi|jeg) er (?:\w+ ){0,2}?flyttet[^.!?\n]{0,80}?(?:sendes|sendt|gå) "
                         r"til (?:\w+ )?\w+(?:vej|gade|allé|alle|stræde|plads|torv|park|have|"
                         r"bakken|toften|vænget|vang|høj) \d{1,3}\b", MEDIUM),
    # "Regningen ... må ikke komme til den gamle adresse, for huset er solgt"
    # (papers addressed to the sender: not "stålet må ikke leveres til den gamle adresse")
    Cue("rectification", r"(?:regning\w*|breve?|brevene|post|posten|fakturaer?|fakturaen"
                         r"|opkrævning\w*) (?:\S+ ){0,6}?(?:må|skal) (?:altså |bare )?ikke "
                         r"(?:\w+ )?(?:komme|sendes|gå) til (?:den|vores|min) gamle adresse",
        STRONG),
    # "Vores nye adresse er: ...": a household's, unless the mail is a firm's (_firm_data)
    Cue("rectification", r"(?:vores|vor) (?:nye|rigtige|korrekte) (?:\w+ )?(?:adresse\w*|"
                         r"telefon ?nummer|nummer|mail ?adresse|e-?mail ?adresse|efternavn)"
                         r" (?:er|lyder)\b", MEDIUM),
    Cue("rectification", r"(?:min|mit) nye? (?:adresse|telefon ?nummer|nummer|mobil ?nummer|mail"
                         r"|e-?mail(?: ?adresse)?|mail ?adresse|efternavn|navn|titel) (?:er|lyder)",
        MEDIUM),
    Cue("rectification", r"(?:skriv|send|ring) (?:\w+ )?til mig på (?:min|mit) nye?\b", MEDIUM),
    # "fået" needs its "ny": "vi har fået mail fra Bygma" is post, not a new address
    Cue("rectification", r"vi har (?:fået nyt? |skiftet (?:nyt? )?)(?:adresse|nummer|mail)", WEAK),
    # "flytter 1/4 ny adr er birkevej 12 8600 silkeborg": a new address, given
    # (not "ny adresse på fakturaer fra 1. april: Industrivej 8", a firm's)
    Cue("rectification", r"nye? (?:adresse|adr)\.?(?: er| bliver)?:? \w+(?:vej|gade|allé|alle|"
                         r"vænget|stræde|plads|torv|parken|bakken|høj|toften|park|stien) "
                         r"\d{1,4}\w?\b",
        MEDIUM),
    # "nyt nr 22 84 19 07", "ny mobil: +45 20 11 22 33": a new number, given
    Cue("rectification", r"(?:nyt?|nye) (?:tlf\.? ?nr\.?|telefon ?nr\.?|nr\.?|nummer|"
                         r"telefon ?nummer|mobil ?nummer|mobil ?nr\.?|tlf\.?|mobil)(?: er)?[:,]? "
                         r"(?:\+?45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}\b", MEDIUM),
    Cue("rectification", r"jeg har (?:desuden |også |lige |nu |i øvrigt )?(?:fået nyt? |skiftet "
                         r"(?:nyt? )?)(?:navn|nummer|"
                         r"telefon ?nummer|mail|e-?mail ?adresse|mail ?adresse|adresse|efternavn)",
        MEDIUM),
    Cue("rectification", r"{my} (?:\w+ )?(?:titel|stilling|jobtitel|rolle) er (?:nu|fremover|"
                         r"ændret|blevet|skiftet)", MEDIUM),
    # "Ret det i jeres kartotek": the thing to fix was named just before.
    Cue("rectification", r"(?:ret|rette|opdater|opdatér|opdatere|ændr|ændre|korriger|korrigér) "
                         r"{pol}(?:det|dem|dette|disse|det hele)(?: \w+)? (?:i|på) (?:jeres|"
                         r"deres) (?:\w+ )?(?:kartotek\w*|system\w*|database\w*|register\w*|"
                         r"crm|adressebog\w*|kunde\w*|oplysninger|liste\w*)", STRONG, (ANAPHOR,)),
    # the sender's own address or number, not "den nye adresse på fakturaer" (the firm's)
    Cue("rectification", r"(?:brug|benyt|anvend|skriv til|send til) {pol}(?:min nye?|mit nye|"
                         r"min|mit|denne (?:e-?mail|mail)\w*|dette (?:telefon|mobil)?nummer) "
                         r"(?:\w+ )?{field}?(?:\w+ ){0,3}?(?:fremover|fremadrettet|fra nu af|"
                         r"i stedet)(?<!\Wmin\Wfremover)(?<!\Wmit\Wfremover)", MEDIUM),
    Cue("rectification", r"i stedet for (?:min|mit) (?:gamle|tidligere|forkerte)\b", MEDIUM),
    Cue("rectification", r"(?:min|mit) nye? {field} (?:\S+ ){0,3}?i stedet for (?:den|det|min|mit)"
                         r" (?:gamle|tidligere|forkerte)\b", MEDIUM),
    Cue("rectification", r"{my} (?:\w+ ){0,2}?{field} (?:har ændret sig|er ændret|er skiftet|"
                         r"er nyt?|er opdateret|staves|skrives|stavet)", MEDIUM),
    Cue("rectification", r"jeg har (?:fået |skiftet |et |en )?(?:nyt?|andet|anden) (?:\w+ )?"
                         r"(?:navn|efternavn|nummer|telefon ?nummer|mobil ?nummer|mail|e-?mail|"
                         r"mailadresse|adresse)", MEDIUM),
    # "jeg er flyttet til Vejle" is news (a job application) unless an address follows
    # ("jeg er flyttet over i vores afdeling i Aarhus" moved inside the firm)
    # (not what was moved: "Jeg har flyttet de åbne ordrer over på Tina")
    Cue("rectification", r"jeg (?:er|har) (?:\w+ )?(?:flyttet|skiftet adresse)\b"
                         # (not "jeg har flyttet havemøblerne": things moved, not a home)
                         r"(?!(?<=har\sflyttet) \w+(?:ne|en|et)\b)(?! over (?:i|til|"
                         r"på)\b)(?! (?:de|den|det|dem|alle|vores|jeres|ordre\w*|sage\w*|sagen|"
                         r"mødet|aftalen|tiden|montage\w*|levering\w*)\b)(?! (?:i|til) (?:vores|"
                         r"en anden|den anden|et andet) (?:\w+ )?"
                         r"(?:afdeling|kontor|team|filial|hold|lager)\w*)(?! til\b(?! (?:en "
                         r"|et )?nye?t? (?:adresse|hus|lejlighed|bolig)| (?:\S+ ){1,4}?(?:\d{1,3}"
                         r"[a-z]?,|\d{4} [a-zæøå])))", MEDIUM),
    Cue("rectification", r"jeg (?:er|har) (?:\w+ )?flyttet til\b", WEAK),
    Cue("rectification", r"jeg hedder (?:nu|fremover|ikke)\b", MEDIUM),
    # "I har stadig mit gamle telefonnummer ... Det rigtige er 12 67 40 93"
    Cue("rectification", r"det (?:rigtige|korrekte) (?:nummer |telefonnummer |mobilnummer )?er "
                         r"(?:\+45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}\b", MEDIUM, (ANAPHOR,)),
    # "min titel i jeres system skal rettes fra ... til ...", "mit navn bedes opdateret"
    Cue("rectification", r"{my} (?:(?!ikke\b)\w+ ){0,2}?{field} (?:(?!ikke\b)[\w.]+ ){0,4}?"
                         r"(?:skal|bedes|må|kan|burde|skulle) (?:(?!ikke\b)\w+ )?(?:rettes|"
                         r"opdateres|ændres|korrigeres|berigtiges|skiftes|rettet|opdateret|"
                         r"ændret|korrigeret)"),
    Cue("rectification", r"{you} (?:har|bruger|skriver til|sender til) (?:stadig )?(?:en |et |min "
                         r"|mit |den |det )?(?:gammel|gamle|forkert|forkerte|forældet|forældede)"
                         r" {field}", MEDIUM),
)

_RESTRICT = (
    # art. 18(1)(a): not to be used until it is corrected, in either order
    Cue("restriction", r"(?:(?:ikke|lade være med at|lad være med at|undlad at) (?:at )?(?:bruge|"
                       r"bruger|anvende|anvender|benytte|sende|sender)|(?:brug|send|anvend|benyt) "
                       r"(?:(?:den|dem|det|adressen|nummeret) )?ikke) (?:\S+ ){0,8}?"
                       r"(?:før|indtil|inden|til) (?:\S+ ){0,4}?"
                       r"(?:er |bliver |har (?:fået |faaet )?)?(?:rettet|rettede|ret|opdateret|"
                       r"korrigeret|på plads|afklaret|styr på)\b"),
    Cue("restriction", r"(?:indtil|før|inden) (?:\S+ ){0,5}?(?:rettet|opdateret|korrigeret|"
                       r"afklaret)\b(?:\S* ){0,10}?(?:ikke|lade være med at|undlade at) (?:at )?"
                       r"(?:bruge|anvende|benytte|sende)"),
    Cue("restriction", r"(?:begrænse|begrænser|begræns|begrænsning|begræsning|begrænsing"
                       r"|begrænsnig|begransning) (?:af )?(?:\w+ ){0,2}?(?:behandling\w*|brug"
                       r"(?:en)?|anvendelse\w*)"),
    Cue("restriction", r"ret(?:ten)? til begrænsning", MEDIUM),
    # "Indtil jeg har fået svar, vil jeg have at I spærrer mine oplysninger"
    Cue("restriction", r"(?:have|ønsker|beder om),? at {you} (?:\w+ )?(?:spærrer|blokerer|fryser|"
                       r"begrænser brugen af) {my} (?:\w+ )?{data}(?!\w)(?! (?:om|på) "
                       r"(?:\w+ ){0,2}?(?:ordre|faktura|levering)\w*)", STRONG),
    Cue("restriction", r"(?:frys|fryse|fryser|spær|spærre|spærring af|blokér|blokere|bloker"
                       r"|blokering af) {pol}(?:{my}|alle (?:\w+ )?{data} {aboutme}) (?:\w+ )?"
                       r"(?:{data}|konto\w*|profil\w*)"),
    # "Frys dem", "spær dem": the sender's data, named just before
    Cue("restriction", r"(?:frys|fryse|fryser|spær|spærre|blokér|blokere|bloker) {pol}(?:dem|"
                       r"dataene|oplysningerne|dem alle|det hele)\b", STRONG, (ANAPHOR,)),
    Cue("restriction", r"(?:brug|bruge|anvend|anvende|behandl|behandle) ikke {my} (?:\w+ )?"
                       r"{data},? (?:men|før|indtil)"),
    Cue("restriction", r"(?:slet|slette) (?:dem|dataene|oplysningerne|{my} (?:\w+ )?{data}) "
                       r"ikke (?:endnu|før|indtil|foreløbig|lige nu)"),
    Cue("restriction", r"(?:stop|stands|indstil|sæt) (?:\w+ )?behandlingen (?:\w+ ){0,5}?"
                       r"(?:indtil|mens|så længe|på pause)"),
    Cue("restriction", r"må ikke (?:\w+ )?(?:slettes|destrueres|kasseres)", MEDIUM),
    # "..., men I må ikke slette dem endnu – jeg kan få brug for fakturaen i sagen"
    Cue("restriction", r"(?:må|skal) (?:i |du )?ikke slette (?:dem|det|oplysningerne|{my} (?:\w+ )?"
                       r"{data}) (?:endnu|før|indtil|foreløbig|lige nu)\b"),
    # data that must not go ("oplysningerne skal ikke slettes endnu"), not "Jeg skal ikke
    # slettes", where the sender only says that an erasure is not what they ask
    Cue("restriction", r"(?:de|dem|det|dataene|oplysningerne|{my} (?:\w+ )?{data}) skal ikke "
                       r"(?:\w+ )?(?:slettes|destrueres|kasseres)", MEDIUM),
    # "ikke bruger mine oplysninger til andet end at opbevare dem": stored only - art. 18
    Cue("restriction", r"ikke (?:\w+ ){0,2}?(?:bruger|bruge|bruges|anvender|anvende|anvendes|"
                       r"behandler|behandle|behandles) (?:\w+ ){0,3}?til (?:noget )?andet end "
                       r"(?:at )?(?:opbevar\w*|gemme|gem\w*|arkiver\w*|ligge|opbevaring)"),
    # "..., men slet dem ikke": use nothing, delete nothing - art. 18
    Cue("restriction", r"(?:men|og) (?:\w+ )?(?:slet|slette|fjern|fjerne) (?:dem|det|dataene|"
                       r"oplysningerne|{my} (?:\w+ )?{data}) (?:heller )?ikke\b", MEDIUM, (KEEP,)),
    # a name and a tag on a post: "Jeg vil helst ikke have mit navn ude ... fjerne navnet og tagget"
    Cue("erasure", r"{delete} {pol}(?:mit )?(?:navnet|tagget|taggingen|mærkningen)\b", STRONG,
        (ANAPHOR,)),
    # "Vent venligst med at bruge billederne, hvor jeg er med ... indtil vi har talt sammen"
    Cue("restriction", r"vent (?:venligst |lige |gerne )?med at (?:bruge|anvende|offentliggøre|"
                       r"lægge) (?:\w+ )?(?:{photo}|{my} (?:\w+ )?{data}|dem|det)\b", STRONG),
    # "beder jer slette alt det som I ikke er forpligtet til at gemme efter loven"
    Cue("erasure", r"{delete} {pol}(?:alt|alt det|alle (?:\w+ )?{data}|resten),? (?:det )?(?:som|"
                   r"hvad|der) {you} ikke (?:er forpligtet|er forpligtede|har pligt|skal|behøver|"
                   r"er nødt)"),
    # "..., så jeg ikke står i jeres kartotek mere"
    Cue("erasure", r"så (?:jeg|vi) ikke (?:længere )?(?:står|er registreret|findes|ligger) "
                   r"(?:\w+ )?(?:i|på) jeres (?:\w+ )?(?:kartotek|system|database|register|"
                   r"kundeliste|kunde ?kartotek)\w*"),
    # "Kan I slette den profil jeg oprettede i webshoppen?"
    Cue("erasure", r"{delete} {pol}(?:den|det) (?:\w+ )?(?:profil|konto|bruger|kundekonto|"
                   r"kundeprofil)\w*,? (?:som |der )?jeg (?:har )?(?:oprettede|oprettet|lavede|"
                   r"lavet)"),
    # for residents: "Vi beder jer fjerne de billeder, hvor beboerne kan genkendes"
    Cue("erasure", r"{delete} {pol}(?:de |disse |alle )?{photo},? (?:\w+ ){0,2}?(?:hvor|hvorpå|"
                   r"som viser) (?:\w+ ){0,3}?(?:kan genkendes|genkendes|kan ses tydeligt|ses "
                   r"tydeligt)",
        STRONG, (THIRD,)),
    # CCTV: "jeg vil gerne have at I sletter de optagelser I har af mig og min bil"
    Cue("erasure", r"at {you} (?:\w+ )?(?:sletter|fjerner) (?:de |disse |alle )?{photo}"
                   r"(?: \w+){0,3}? (?:af|med|hvor) (?:mig|os|jeg)\b"),
    Cue("erasure", r"{delete} {pol}(?:de |disse |alle )?{photo}(?: \w+){0,3}? (?:af|med|hvor) "
                   r"(?:mig|os|jeg)\b"),
    # "Hvad optager de af vores indkørsel og af os": what the cameras hold of the sender
    Cue("access", r"hvad (?:optager|filmer|ser|gemmer) (?:de|kameraet|kameraerne|jeres kamera\w*) "
                  r"(?:\w+ ){0,5}?(?:af|på) (?:os|mig)\b"),
    # "(vi vil gerne vide, hvad I har om ham,) og derefter bede om, at de bliver slettet"
    Cue("erasure", r"(?:bede|beder|anmode|anmoder) (?:jer )?om,? at (?:de|dem|det|disse|"
                   r"oplysningerne|dataene|{photo}) (?:bliver |skal |må )?(?:\w+ )?(?:slettet|"
                   r"slettes|fjernet|fjernes)\b",
        STRONG, (ANAPHOR,)),
    # "slet så også min mail og mit nummer helt" (a mail alone may be a message sent by mistake)
    Cue("erasure", r"{delete} {pol}{my} (?:e-?)?mail(?:adresse)?,? (?:og|samt) (?:{my} )?(?:\w+ )?"
                   r"{thing}"),
    # "... må I meget gerne fjerne mig helt", "så må I gerne slette mig" (not "fra cc")
    Cue("erasure", r"(?:må|kan|skal) {you} (?:\w+ ){0,3}?(?:fjerne|slette) (?:mig|os) (?:helt|"
                   r"fuldstændig\w*|totalt|alle steder)\b"),
    Cue("erasure", r"(?:må|kan|skal) {you} (?:\w+ ){0,3}?slette (?:mig|os)(?= *(?:[.!;\n]|$))"),
    # a colleague for her: "Hun vil gerne have nummeret slettet hos jer"
    Cue("erasure", r"(?:hun|han) (?:vil|ønsker) (?:gerne |bare )?(?:have|ha) (?:\w+ ){0,2}?"
                   r"(?:{field}|nummeret|numrene|oplysningerne|dem|det) (?:\w+ )?(?:slettet|"
                   r"fjernet)\b",
        STRONG, (THIRD,)),
    # a lawyer: "Klienten ønsker ..., at hans ansøgning, CV og eventuelle noter ... slettes"
    Cue("erasure", r"(?:ønsker|beder om|kræver|anmoder om),? (?:[\w,]+ ){0,4}?at (?:hans|hendes|"
                   r"vores klients?) (?:[\w,]+ ){0,8}?(?:slettes|fjernes)\b", STRONG, (THIRD,)),
    # "... og bagefter vil han gerne slettes helt hos jer" (not a colleague's doubt: "jeg er ikke
    # sikker på, om hun vil slettes")
    Cue("erasure", r"(?:(?:han|hun)(?<!\bom\s\w{3}) (?:vil|ønsker)|(?:vil|ønsker) (?:han|hun)) "
                   r"(?:(?!ikke\b|ik\b|ikk\b|aldrig\b|nødig\b)\w+ )?(?:at )?"
                   r"(?:blive )?slettes?\b(?! (?:fra|af) "
                   r"(?:cc|listen|tråden|mailen)\b)", STRONG, (THIRD,)),
    # a lawyer's chaser: "Jeg skal bede om at modtage de ønskede oplysninger om min klient"
    Cue("access", r"(?:bede om at |beder om at )?(?:modtage|få) (?:de ønskede |de |alle |de "
                  r"relevante )?(?:person)?oplysninger (?:om|vedrørende) (?:min|vores) klient\b",
        STRONG, (THIRD,)),
    # "Min klient modsætter sig, at hans oplysninger bruges til markedsføring"
    Cue("objection", r"(?:modsætter sig|protesterer),? (?:(?:mod|imod),? )?at (?:hans|hendes) "
                     r"(?:\w+ )?(?:oplysninger|data|personoplysninger) (?:\w+ )?(?:bruges|anvendes|"
                     r"behandles|deles|videregives)\b", STRONG, (THIRD,)),
    # "Jeg ved ikke hvad I har gemt om mig, men kan I sende mig det": the copy asked for is
    # what the mail has just named (the "ikke" denies knowing, so the phrase before is no ask)
    Cue("access", r"(?:kan|vil) {you} (?:ikke )?(?:\w+ )?sende (?:mig )?(?:det|dem)(?= *(?:[.!?,]|"
                  r"og\b|$))", STRONG, (ANAPHOR, SEND)),
    # a note from the counter: "Poul Erik Vestergaard ... spurgte hvad vi egentlig har
    # registreret om ham"
    # (not "spurgte om vi har nummer på hende" for the fitter's appointment)
    Cue("access", r"(?:spurgte|spørger|ville (?:gerne )?vide|vil (?:gerne )?vide),? (?:om |hvad )"
                  r"(?:\w+ )?(?:vi|i) (?:\w+ )?har (?:registreret|gemt|noteret|liggende|stående|"
                  r"noget) (?:om|på) (?:ham|hende)\b", STRONG,
        (THIRD,)),
    # a phone note: "Hun ... bad om at vi sletter hende"
    Cue("erasure", r"(?:bad|beder|har bedt) (?:\w+ )?om,? at (?:vi|{you}) (?:sletter|fjerner) "
                   r"(?:hende|ham)\b", STRONG, (THIRD,)),
    # "at få mit mobilnummer og min private mail slettet fra jeres system"
    Cue("erasure", r"(?:få|have|ha) {my} (?:\w+ ){0,2}?{thing}(?:,? (?:og|samt) {my} (?:\w+ ){0,2}?"
                   r"{thing})? (?:\w+ ){0,4}?(?:slettet|fjernet|anonymiseret)\b"),
    # "i har stadig mit nummer og mail og sådan og det må i gerne bare smide ud"
    Cue("erasure", r"(?:det|dem) (?:må|kan|skal) {you} (?:\w+ ){0,3}?(?:smide ud|smide væk|"
                   r"kassere|slette|fjerne)\b", STRONG, (ANAPHOR,)),
    # a widow: "I kan godt slette både ham og mig fra jeres kartotek"
    Cue("erasure", r"(?:slette|fjerne|slet|fjern) (?:både )?(?:ham|hende) og mig\b"),
    # "vil gerne ha alt i har om mig"
    Cue("access", r"(?:have|ha|få|se) (?:alt|alt det|det),? (?:hvad |som )?{you} (?:\w+ )?(?:har|"
                  r"gemmer|ved) (?:\w+ )?(?:liggende |registreret |gemt )?{aboutme}"),
    # "Så slet venligst den faktura og alt andet I har om mig"
    Cue("erasure", r"{delete} {pol}(?:\w+ ){0,3}?og alt (?:andet|det andet)?,? (?:hvad |som )?"
                   r"{you} (?:\w+ )?(?:har|gemmer|ved) (?:\w+ )?(?:liggende |registreret |gemt )?"
                   r"{aboutme}"),
    # "... hvad I har registreret om mig, og bagefter fjerne mig?"
    Cue("erasure", r"(?:bagefter|derefter|herefter|dernæst) (?:\w+ )?(?:fjerne|slette|fjern|slet) "
                   r"(?:mig|os)\b(?!(?: \w+){0,3} (?:fra|af) (?:cc|listen|tråden|mailen|mødet|"
                   r"sagen)\b)"),
    # "mit private mobilnummer ... Det vil jeg gerne have I sletter nu"
    Cue("erasure", r"(?:det|dem) vil (?:jeg|vi) (?:\w+ )?(?:have|ha),? (?:at )?{you} (?:\w+ )?"
                   r"(?:sletter|fjerner)\b", STRONG, (ANAPHOR,)),
    # "... at mit navn, min mail og mit nummer bliver fjernet fra det tilbud"
    Cue("erasure", r"{my} (?:\w+ )?(?:{thing}|mail)(?:, {my} (?:\w+ )?(?:{thing}|mail))*,? (?:og|"
                   r"samt) {my} (?:\w+ )?(?:{thing}|mail) (?:bliver|skal|må) (?:\w+ )?(?:fjernet|"
                   r"slettet|fjernes|slettes)\b"),
    # "Vil du sørge for at I ikke gemmer mine oplysninger og de tegninger jeg sendte?"
    Cue("erasure", r"(?:sørge for,? )?at {you} ikke (?:længere )?(?:gemmer|beholder|opbevarer|har) "
                   r"{my} (?:\w+ )?{data}\b", STRONG),
    # the wish in the past subjunctive: "Jeg ville sætte pris på, hvis I ikke længere havde
    # mine oplysninger liggende"
    Cue("erasure", r"(?:pris på|taknemmelig|foretrække|foretrækker),? (?:hvis|om) {you} ikke "
                   r"(?:længere |mere )?(?:gemte|beholdt|opbevarede|havde) {my} (?:\w+ )?{data}"
                   r"(?: liggende| mere| længere| i (?:jeres|dit|din) \w+)?(?= *(?:[.,;!\n]|$))",
        STRONG),
    # "... og på et par af dem står vores to drenge. Kan I sørge for at de billeder bliver slettet?"
    Cue("erasure", r"(?:at )?(?:de|disse) (?:billeder|fotos|billederne|optagelser) (?:bliver|skal "
                   r"(?:\w+ )?være) (?:slettet|fjernet)\b", STRONG, (ANAPHOR,)),
    # "Vil du/I sørge for at det bliver fjernet?" (my number, named before); "sørge for at mit
    # CV, karakterudskrifterne og billedet ikke bliver liggende hos jer"
    Cue("erasure", r"sørge for,? at (?:det|de|dem|den) bliver (?:fjernet|slettet)\b", STRONG,
        (ANAPHOR,)),
    Cue("erasure", r"sørge for,? at {my} [^.!?\n]{0,60}? ikke bliver (?:liggende|gemt|"
                   r"opbevaret)\b"),
    # "I behøver ikke at gemme mine oplysninger" (a lead who chose another smith)
    Cue("erasure", r"{you} behøver ikke (?:længere )?(?:at )?(?:gemme|beholde|opbevare) {my} "
                   r"(?:\w+ )?{thing}"),
    # "... og en bekræftelse på at de er slettet": the deletion asked for, as its receipt
    Cue("erasure", r"bekræftelse på,? at {my} (?:\w+ ){0,2}?(?:er|bliver) (?:blevet )?(?:slettet|"
                   r"fjernet)\b"),
    Cue("erasure", r"bekræftelse på,? at (?:de|det|alt|alle) (?:\w+ )?(?:er|bliver) (?:blevet )?"
                   r"(?:slettet|fjernet)\b", STRONG, (ANAPHOR,)),
    # "Mig selv kan I bare slette i jeres system" (the object first)
    Cue("erasure", r"(?:mig|os)(?: selv)? (?:kan|må|skal) {you} (?:\w+ ){0,2}?(?:slette|fjerne)\b"),
    # "Vil I ... tage det af hjemmesiden og facebook?": the photo just named
    # "Vil du sørge for at de bliver taget af hjemmesiden": the photos just named
    Cue("erasure", r"(?:bliver|blive|bli'r) (?:\w+ )?taget (?:af|ned fra|væk fra) (?:jeres )?"
                   r"(?:hjemmeside\w*|facebook|instagram|nettet|side\w*)", STRONG, (ANAPHOR,)),
    Cue("erasure", r"(?:tag|tage|tager) (?:det|dem|billedet|billederne) (?:\w+ )?(?:af|ned fra|"
                   r"væk fra) (?:jeres )?(?:hjemmeside\w*|facebook|instagram|nettet|brochure\w*|"
                   r"side\w*)",
        STRONG, (ANAPHOR,)),
    # "ville det være muligt, at vi ikke længere står noget sted hos jer?": to be in no file
    # (a wish, not "bekræfte, at ...", "det undrer mig, at ...": done already, or a complaint)
    Cue("erasure", r"(?:muligt|sørg for|sørge for|sikre|ønsker|beder om|gerne),? at (?:vi|jeg) "
                   r"ikke (?:længere|mere) (?:står|er registreret|er registrerede|findes|"
                   r"figurerer) (?:\w+ ){0,2}?(?:hos jer|i jeres (?:\w+ )?(?:system|kartotek|"
                   r"kundeliste|kunderegister|register|database|bøger|kundekartotek)\w*)", STRONG),
    # "beder jeg jer slette alt det, I ikke er forpligtet til at gemme"
    Cue("erasure", r"slette (?:alt|alt det|det hele|resten|alle oplysninger),? (?:som |hvad )?"
                   r"(?:i|de|du) ikke (?:er forpligtet|er forpligtede|har pligt|er nødt) til at "
                   r"(?:gemme|opbevare|beholde)",
        STRONG),
    # a clause's word order: "Jeg mente bare, at jeg ikke vil have nyhedsbrevet mere"
    Cue("objection", r"(?:jeg|vi) (?:\w+ ){0,2}?(?:mente|mener|skrev|skriver|sagde|siger|meddeler|"
                     r"gør opmærksom på|gøre opmærksom på)(?: bare| blot| hermed| egentlig)?,? at "
                     r"(?:jeg|vi) ikke (?:vil|ønsker at) (?:have|ha|modtage|få) (?:\w+ )?"
                     r"{marketing} (?:mere|længere|fremover)(?= *(?:[.!,;\n]|$))", STRONG,
        (MARKETING,)),
    # "2) Når jeg har modtaget kopien, sletter I det hele."
    # (the copy first, then all of it: not "når vi har fået svaret, sletter I det gamle tilbud")
    Cue("erasure", r"(?:når|efter at|efter|så snart) (?:jeg|vi) har (?:\w+ ){1,2}?(?:kopien|"
                   r"udtrækket|oplysningerne|mine oplysninger|indsigten),? (?:så )?sletter "
                   r"(?:i|du) (?:det hele|alt|alt det|dem)(?= *(?:[.!,;\n]|$))", STRONG),
    # "indtil det er gjort, ... at I lader være med at bruge de kontaktoplysninger, I har på mig"
    # (until: a restriction)
    Cue("objection", r"(?:lader|lade|lad) være med at (?:bruge|anvende|benytte|behandle) "
                     r"(?:mine (?!gamle\b)(?:\w+ )?{thing}|de (?:\w+ )?{thing},? (?:som )?(?:i|du) "
                     r"har (?:om|på) mig)", MEDIUM, (TEMPORARY,)),
    # "Vil I ikke fjerne mig helt?": all of me, not off a cc line
    Cue("erasure", r"(?:fjern|fjerne|fjerner) (?:mig|os) (?:helt|fuldstændig|totalt|for altid|"
                   r"helt og aldeles)(?= *(?:tak\b)? *(?:[.!?\n]|$))", STRONG),
    # "vil gerne have billederne fjernet alle steder"
    # "Vil I tage billedet ned og slette det, også fra jeres hjemmeside"
    Cue("erasure", r"(?:tag|tage|tager) (?:\w+ )?{photo} (?:\w+ )?(?:ned|af (?:\w+ )?(?:side|"
                   r"hjemmeside|facebook)\w*) og (?:slet|slette|fjern|fjerne) (?:det|dem|den)\b",
        STRONG),
    Cue("erasure", r"(?:have|ha|få) (?:\w+ )?{photo} (?:\w+ )?(?:fjernet|slettet|taget ned)\b",
        STRONG, (ANAPHOR,)),
    # a rejected applicant: "slete min ansøgning, mit CV og mine svendebrevspapirer"
    Cue("erasure", r"{delete} {pol}(?:min|mit) (?:\w+ )?(?:ansøgning|cv)\b"),
    # the answer to an identity check: "Ja det er mig. ... Så gå bare i gang med at slette."
    Cue("erasure", r"(?:gå|går) (?:bare |endelig |bare bare )?i gang med (?:at slette|sletningen)"
                   r"(?= *(?:[.!,\n]|$|nu\b|tak\b))", MEDIUM),
    # a widow: "bede jer om at slette Arnes oplysninger" (a name's genitive)
    # (not "kundernes", "firmaets", "fakturaens": a plural's or a thing's)
    Cue("erasure", r"{delete} {pol}\w+s(?<!ernes)(?<!enes)(?<!ets)(?<!ens) (?:\w+ )?(?:oplysninger|"
                   r"personoplysninger|data|kontaktoplysninger)\b", STRONG, (THIRD,)),
    # "(jeg beder om,) at mine personoplysninger slettes hos jer"; for a ward or a parent
    Cue("erasure", r"at {my} (?:\w+ ){0,2}?{thing} (?:(?!ikke\b|aldrig\b)\w+ )?(?:slettes|bliver "
                   r"slettet|fjernes|"
                   r"bliver fjernet|anonymiseres)\b"),
    Cue("erasure", r"at (?:hans|hendes) (?:\w+ ){0,2}?{thing} (?:(?!ikke\b|aldrig\b)\w+ )?"
                   r"(?:slettes|bliver slettet|"
                   r"fjernes|bliver fjernet|anonymiseres)\b", STRONG, (THIRD,)),
    # "men lade være med at slette dem før sagen er afsluttet": keep them (art. 18(1)(c))
    Cue("restriction", r"(?:lad|lade|lader) (?:venligst |dog |bare )?være med at slette (?:noget|"
                       r"nogen|mig|dem|det|{my})\b", MEDIUM, (KEEP,)),
    # "I må IKKE slette noget om mig": keep it (art. 18(1)(c))
    Cue("restriction", r"{you} må (?:altså |bare |derfor |heller )?ikke slette (?:noget|nogen|mig|"
                       r"{my})\b",
        MEDIUM, (KEEP,)),
    # "Jeg vil derfor bede jer om IKKE at slette mine mails og de mødereferater, hvor jeg står"
    Cue("restriction", r"(?:bede|beder) (?:\w+ )?om (?:ikke|ikk) at slette (?:noget|nogen|dem|det|"
                       r"{my})\b", MEDIUM, (KEEP,)),
    # "Men I må heller ikke bruge mig som kontakt eller give noget om mig videre"
    Cue("objection", r"{you} må (?:heller )?ikke (?:længere |mere )?(?:bruge|anvende) mig som "
                     r"(?:\w+ )?(?:kontakt\w*|reference\w*)", MEDIUM, (TEMPORARY,)),
    # "vil jeg gerne have at I ikke sletter noget om mig": keep it (art. 18(1)(c))
    Cue("restriction", r"(?:vil|ønsker|beder) (?:\w+ ){0,4}?at {you} ikke sletter (?:noget|nogen|"
                       r"dem|det|mine|mig)\b", MEDIUM, (KEEP,)),
    # "slet mig fra jeres lister og fra jeres system": the system is more than a list
    Cue("erasure", r"{delete} {pol}(?:mig|os|{my} (?:\w+ ){0,3}?{thing}) (?:helt )?(?:\w+ ){0,5}?"
                   r"(?:fra|af|ud af) (?:\w+ ){0,3}?(?:system\w*|database\w*|kartotek\w*|"
                   r"kunde ?register\w*|kunde ?kartotek\w*|kunde ?database\w*|kunde ?liste\w*)",
        STRONG),
    # "Brug ikke min adresse til noget, før I har rettet den": not used until corrected
    Cue("restriction", r"(?:brug|anvend|benyt) (?:venligst )?ikke {my} (?:\w+ )?(?:{field}|{data}) "
                       r"(?:til (?:noget|\w+)(?: som helst)?,? )?(?:før|indtil)\b", STRONG),
    # "Slet det ikke endnu – jeg har en verserende sag": kept for a claim (art. 18(1)(c))
    # ("det", "dem": the sender's data named before, not "tegningen" or an advert)
    Cue("restriction", r"(?:slet|fjern) (?:mig|oplysningerne|{my} (?:\w+ )?{data}) (?:venligst |"
                       r"lige )?ikke (?:endnu|foreløbig|i første omgang)\b", MEDIUM, (KEEP,)),
    Cue("restriction", r"(?:slet|fjern) (?:dem|det) (?:venligst |lige )?ikke (?:endnu|foreløbig|"
                       r"i første omgang)\b", MEDIUM, (KEEP, ANAPHOR)),
    # "Behold dem, men lad være med at bruge dem"
    Cue("restriction", r"(?:behold|bevar|gem|opbevar) (?:dataene|oplysningerne|{my} (?:\w+ )?"
                       r"{data}),? men (?:lad være med at|undlad at|(?:i|du) må ikke)\b", MEDIUM,
        (KEEP,)),
    Cue("restriction", r"(?:behold|bevar|gem|opbevar) (?:dem|det),? men (?:lad være med at|undlad "
                       r"at|(?:i|du) må ikke)\b", MEDIUM, (KEEP, ANAPHOR)),
    Cue("restriction", r"(?:men|og) (?:\w+ )?(?:behold|bevar|gem|opbevar) (?:dem|det|dataene|"
                       r"oplysningerne|{my} (?:\w+ )?{data})\b", MEDIUM, (KEEP,)),
    Cue("restriction", r"(?:bevar|bevare|opbevar|opbevare) (?:venligst )?(?:alle )?(?:\w+ )?"
                       r"(?:{data}|dokumentation|mails|korrespondance)\b[^.!?\n]{0,40}?"
                       r"(?:indtil|tvist|sag\b|retssag)", MEDIUM),
)

_OBJECT = (
    Cue("objection", r"(?:gør|gøre|gjorde|gøres) (?:hermed |herved )?(?:\w+ )?(?:indsigelse|"
                     r"insigelse|indsiggelse) (?:mod|imod),? (?:(?:den|denne|dén) (?:\w+ )?"
                     r"(?:behandling|brug|anvendelse)\w*|at|jeres|behandling\w*|brug\w*|"
                     r"anvendelse\w*|{my}|markedsføring\w*|profilering\w*|direkte|registrering\w*"
                     r"|videregivelse\w*|deling\w*)"),
    Cue("objection", r"(?:indsigelse|insigelse|indsiggelse) (?:mod|imod),? (?:at {you} (?:\w+ )?"
                     r"(?:bruger|behandler|anvender|sender|videregiver|deler|gemmer|registrerer)|"
                     r"behandling\w*|brug\w*|anvendelse\w*|{my} (?:\w+ )?{data}|markedsføring\w*"
                     r"|profilering\w*|direkte markedsføring)"),
    Cue("objection", r"(?:gør|gøre) (?:hermed |herved )?(?:indsigelse|insigelse|indsiggelse)\b"
                     r"(?! (?:mod|imod))", WEAK, (BARE,)),
    Cue("objection", r"ret(?:ten)? til (?:at gøre )?indsigelse", MEDIUM),
    # "I bruger kundeoplysninger til statistik. Det gør jeg indsigelse mod": the use just named
    Cue("objection", r"(?:det|dette|dét) (?:gør|gøre) (?:jeg|vi) (?:hermed |herved |derfor |også )?"
                     r"indsigelse (?:mod|imod)", STRONG, (ANAPHOR,)),
    Cue("objection", r"(?:protesterer|modsætter mig|modsætter os),? (?:(?:mod|imod),? )?"
                     r"(?:at {you}|at {my}|"
                     r"jeres (?:brug|behandling)|behandling\w*|brug\w*|anvendelse\w*|{my})"),
    # "Jeg protesterer mod den brug af mine oplysninger"
    Cue("objection", r"(?:protesterer|protestere) (?:hermed )?(?:mod|imod) (?:den|denne|jeres|al) "
                     r"(?:\w+ )?(?:brug|anvendelse|behandling) af (?:mine|mit|min|vores) (?:\w+ )?"
                     r"{data}", STRONG),
    Cue("objection", r"{you} må (?:heller )?ikke (?:længere |mere )?(?:bruge|anvende|behandle"
                     r"|videregive|sælge|dele|gemme) (?:nogen af |nogle af )?{my} (?:\w+ )?"
                     r"{data}", STRONG, (TEMPORARY,)),
    # "giv ikke mit nummer videre til nogen": passing data on, objected to
    Cue("objection", r"(?:giv|giver|give|send|sende|sælg|sælge) (?:venligst |heller )?ikke {my} "
                     r"(?:\w+ )?{thing} videre", STRONG),
    # "I må ikke bruge min mail til reklamer": the use named is marketing
    Cue("objection", r"(?:ikke|aldrig) (?:længere |mere )?(?:bruge|bruger|anvende|anvender|benytte)"
                     r" (?:{my}|mig) (?:\w+ ){0,2}?(?:til|i|som|for) (?:\w+ )?{marketing}", STRONG,
        (MARKETING,)),
    # "lade være med at bruge mine oplysninger ... før I har tjekket dem"; "vil jeg ikke have,
    # at I bruger adressen til noget som helst"
    Cue("objection", r"lade? være med at (?:bruge|anvende) {my} (?:\w+ )?{data}", STRONG,
        (TEMPORARY,)),
    Cue("objection", r"vil (?:jeg|vi) ikke have,? at {you} (?:bruger|anvender) (?:adressen|"
                     r"nummeret|navnet|{my} (?:\w+ )?{field})", STRONG, (TEMPORARY,)),
    # "Tag mig ud af jeres system", "vi vil gerne tages ud af jeres system"
    Cue("erasure", r"(?:tag|tage) {my} (?:\w+ )?(?:navn|navne|oplysninger|nummer|adresse)\w* "
                   r"(?:helt |bare |også )?ud af (?:jeres |alle jeres )?(?:\w+ )?(?:liste\w*|"
                   r"kartotek\w*|system\w*|register\w*)"),
    Cue("erasure", r"(?:(?:tag|tage|fjern|fjerne|smid|smide|skriv|skrive|slet|slette) (?:mig|os|"
                   r"mæ)(?: og \w+)?(?: (?:så|også|osse|bare|lige|venligst))*|(?:jeg|vi) "
                   r"(?:\w+ ){0,8}?(?:tages|fjernes|skrives|slettes)) (?:ud )?(?:af|fra|a) "
                   r"(?:jeres |jer\w* |det |dit )?(?:system\w*|kartotek\w*|register\w*|database\w*|"
                   r"computer\w*|kunde ?(?:kartotek|register|liste|database|system)\w*)"),
    Cue("erasure", r"(?:sørg|sørge|sørger) for,? at (?:jeg|vi|{my} \w+) (?:bliver|blir) (?:slettet|"
                   r"fjernet)\b"),
    Cue("objection", r"(?:lade|lad) være med at (?:bruge|vise|anvende|lægge \w+ op) (?:dem|det|"
                     r"billed\w*|foto\w*)(?: fremover| mere| igen)?\b", STRONG, (ANAPHOR,)),
    Cue("objection", r"brug (?:dem|det|billed\w*|foto\w*|mit navn) ikke (?:\w+ ){0,3}?"
                     r"(?:reklame\w*|markedsføring\w*|annonce\w*|{marketing})", STRONG,
        (MARKETING,)),
    Cue("objection", r"(?:stop|stoppe) (?:alle )?(?:udsendelserne|forsendelserne|reklamerne|"
                     r"tilbuddene|nyhedsbrevene|tilbudsbrevene|brevene)\b", STRONG, (MARKETING,)),
    # "de brochurer I sender til min gamle adresse vil jeg ikke have flere af"
    Cue("objection", r"(?:de|disse|jeres) (?:brochure|katalog|reklame|tilbudsavis|nyhedsbrev)\w* "
                     r"(?:\w+ ){0,7}?(?:vil|ønsker) (?:jeg|vi) ikke (?:have|få|modtage) (?:flere|"
                     r"mere)", STRONG, (MARKETING,)),
    # "Og slet min mail hos jer" (a reply to a newsletter)
    Cue("erasure", r"{delete} {pol}{my} mail (?:hos|i|fra) (?:jer|jeres)\b"),
    # "Jeg bryder mig ikke om at mine oplysninger bliver delt med andre firmaer"
    Cue("objection", r"(?:bryder (?:(?:jeg|vi) )?(?:mig|os) ikke om|vil (?:jeg|vi) ikke have|"
                     r"ønsker (?:jeg|vi) ikke),? at {my} (?:\w+ )?{thing} (?:bliver |blev |er "
                     r"blevet |skal (?:\w+ )?)?(?:delt|deles|givet videre|gives videre|"
                     r"videregivet|videregives|solgt|sælges)\b", STRONG),
    # the recipients (art. 15(1)(c)): "og hvem I ellers giver dem videre til", "om der er andre
    # end naboen der har fået mine oplysninger"
    Cue("access", r"hvem (?:i|de) (?:ellers |også )?(?:giver|har givet|videregiver|"
                  r"har videregivet|deler|har delt|sender) {my} (?:\w+ )?{thing} "
                  r"(?:videre )?(?:til|med)\b"),
    Cue("access", r"hvem (?:i|de) (?:ellers |også )?(?:giver|har givet|videregiver|"
                  r"har videregivet|deler|har delt) dem videre til\b", STRONG, (ANAPHOR,)),
    Cue("access", r"om der er andre(?: end \w+)? (?:\w+ )?(?:der|som) har fået "
                  r"(?:fat i )?{my} (?:\w+ )?{thing}"),
    # the source asked as who gave it: "Hvem har givet jer mit nummer?"
    Cue("access", r"hvem (?:har )?(?:givet|solgt|videregivet|sendt) (?:jer|dig) {my} (?:\w+ )?"
                  r"{thing}"),
    # "I må ikke give mine oplysninger videre til andre" (the verb split around its object)
    Cue("objection", r"{you} må (?:heller |i hvert fald |altså )?ikke (?:længere |mere )?give {my} "
                     r"(?:\w+ )?{thing} (?:(?:og|eller) {my} (?:\w+ )?{thing} )?videre"),
    # "og derefter have dem slettet"
    Cue("erasure", r"(?:derefter|så|bagefter|dernæst) (?:\w+ ){0,2}?(?:have|få) (?:dem|det|dem "
                   r"alle|det hele) (?:\w+ )?(?:slettet|fjernet)", STRONG, (ANAPHOR,)),
    # as said, and spelt: "og bagefter vil jeg ha det slete"
    Cue("erasure", r"bagefter vil (?:jeg|vi) (?:ha|have) (?:dem|det|det hele) "
                   r"(?:slettet|sletet|slete)\b", STRONG, (ANAPHOR,)),
    # "... og ikke bruge mit navn eller vores adresse som reference fremover"
    # (not an invoice's reference: "ikke bruge mit rekvisitionsnummer som reference")
    Cue("objection", r"ikke (?:længere |mere )?(?:at )?bruge (?:mit|min|mine|vores) {shown}"
                     r"(?: (?:eller|og) (?:mit|min|mine|vores) {shown})? (?:som reference\w*|i "
                     r"(?:jeres )?(?:reklame|markedsføring|annonce|brochure|opslag)\w*)", STRONG),
    # the object first: "jeres nyhedsbrev må I godt stoppe med at sende til mig"
    Cue("objection", r"jeres {marketing} (?:må|kan|skal) (?:i|du) (?:godt |gerne |bare )?(?:stoppe|"
                     r"holde op) med at sende", STRONG, (MARKETING,)),
    # "Jeg tror ikke, jeg er den rette modtager af jeres nyhedsbrev længere"
    Cue("objection", r"(?:ikke|ikke længere|ikke mere),? (?:\w+ ){0,3}?(?:den rette|rette) "
                     r"modtager af (?:jeres |dit |deres )?(?:nyhedsbrev\w*|reklame\w*|kampagne\w*|"
                     r"markedsføring\w*|katalog\w*)", STRONG, (MARKETING,)),
    # "Jeg går ud fra, at I ikke har brug for mit mobilnummer (12 48 31 07) længere"
    Cue("erasure", r"i ikke (?:længere |mere )?har brug for (?:mit|min|mine) (?!gamle\b)"
                   r"(?:private )?{owndata}(?: \([^()]{1,30}\))? (?:længere|mere)\b", STRONG),
    # "jeg bryder mig ærligt talt ikke om at blive ringet op om nye tilbud"
    # (not a channel preferred: "..., skriv en mail i stedet")
    Cue("objection", r"(?:bryder|brød) (?:mig|os) (?:\w+ ){0,2}?ikke om at blive (?:ringet op|"
                     r"kontaktet|ringet til) (?:\w+ ){0,3}?om (?:\w+ )?{marketing}"
                     r"(?![^.!?\n]{0,60}(?:skriv|send|mail|ring hellere|i stedet))", STRONG,
        (MARKETING,)),
    # on a phone: "og gider ik ha jeres nyhedsbrev mere"
    Cue("objection", r"gider (?:jeg |vi )?(?:ikke|ik|ikk) (?:at )?(?:få|have|ha|modtage) (?:jeres |"
                     r"flere |mere |de )?{marketing}", STRONG, (MARKETING,)),
    # "Og stop så med at ringe." (a sentence of its own, after a sales call)
    Cue("objection", r"stop (?:så |nu |venligst )?med at ringe(?: til (?:mig|os))?(?= *(?:[.!]|$))",
        STRONG, (MARKETING,)),
    # for a mother or a husband: "stoppe med at sende post til hende"
    Cue("objection", r"(?:stop|stoppe|stopper) med at (?:sende|ringe|skrive)(?: \w+){0,2}? til "
                     r"(?:ham|hende)\b", STRONG, (MARKETING, THIRD)),
    Cue("objection", r"(?:stop|stoppe|stopper) (?:alle |al )?(?:forsendelse|post|reklame|"
                     r"brev|udsendelse|tilbud)\w* (?:\w+ )?til (?:ham|hende)\b", STRONG,
        (MARKETING, THIRD)),
    # "og sørge for, at der ikke kommer mere post til hende" asks it; "slet hendes oplysninger,
    # så der ikke kommer mere post" gives the erasure's reason
    Cue("objection", r"(?:sørg|sørge|sørger) for,? at (?:der )?(?:ikke|ingen) (?:kommer|sendes|"
                     r"bliver sendt) (?:mere|flere) (?:\w+ )?"
                     r"(?:post|reklamer|breve|tilbud|forsendelser)\w* (?:\w+ ){0,3}?til (?:ham|"
                     r"hende|mig|os)\b", STRONG, (MARKETING,)),
    # "vil I ikke nok sørge for, at der ikke er nogen, der ringer igen?": no more calls, an
    # opt-out as "ring ikke mere" is (answered at once, not weighed as art. 21)
    Cue("objection", r"(?:sørg|sørge|sørger) for,? at (?:der )?(?:ikke er nogen|ingen),? "
                     r"(?:der |som )?(?:ringer|kontakter|skriver til) (?:mig |os )?(?:igen|mere|"
                     r"op igen)\b",
        STRONG, (MARKETING,)),
    # "at oplysningerne ikke anvendes eller videregives til andre formål"
    Cue("objection", r"(?:oplysningerne|dataene|{my} (?:\w+ )?{data}) (?:\w+ )?ikke (?:må )?"
                     r"(?:anvendes|bruges|behandles|videregives)\b", STRONG, (TEMPORARY,)),
    Cue("objection", r"(?:brug|anvend|behandl|videregiv|del) (?:venligst )?ikke (?:længere |mere )?"
                     r"{my} (?:\w+ )?{data}", STRONG, (TEMPORARY,)),
    Cue("objection", r"må {you} ikke (?:længere |mere )?(?:bruge|anvende|behandle|videregive"
                     r"|sælge|dele|gemme) (?:nogen af |nogle af )?{my} (?:\w+ )?{data}", STRONG,
        (TEMPORARY,)),
    Cue("objection", r"{you} ikke (?:længere |mere )?(?:bruger|anvender|behandler|videregiver"
                     r"|deler) (?:nogen af |nogle af )?{my} (?:\w+ )?{data}", STRONG, (TEMPORARY,)),
    # "(indtil det er rettet) vil jeg ikke have, at I bruger mine oplysninger"
    Cue("objection", r"(?:vil (?:jeg |vi )?ikke have|ønsker (?:jeg |vi )?ikke),? at {you} (?:\w+ )?"
                     r"(?:bruger|anvender|behandler|videregiver|deler) (?:nogen af |nogle af )?"
                     r"{my} (?:\w+ )?{data}", STRONG, (TEMPORARY,)),
    # for someone else: "indtil det er rettet vil han ikke have, at I bruger oplysningerne"
    Cue("objection", r"(?:vil (?:han |hun )ikke have|ønsker (?:han |hun )ikke),? at {you} (?:\w+ )?"
                     r"(?:bruger|anvender|behandler|videregiver) (?:oplysningerne|hans|hendes|"
                     r"dataene)\b", STRONG, (TEMPORARY,)),
    # "(indtil ...) vil jeg ikke have, at I bruger den adresse": the field just named
    Cue("objection", r"(?:vil (?:jeg |vi )?ikke have|ønsker (?:jeg |vi )?ikke),? at {you} (?:\w+ )?"
                     r"(?:bruger|anvender|behandler|videregiver|deler) (?:den|denne|det|dette|de|"
                     r"disse) (?:\w+ )?(?:{field}|{data})", STRONG, (TEMPORARY,)),
    # CCTV: "Jeg vil ikke filmes når jeg sidder i min egen have"
    Cue("objection", r"(?:vil|ønsker) (?:jeg |vi )?ikke (?:at )?(?:blive )?(?:filmet|filmes|"
                     r"optaget|overvåget|overvåges)\b"),
    # "I må ikke bruge de oplysninger til noget, ... før det er rettet": the ones just named
    Cue("objection", r"{you} må (?:heller )?ikke (?:længere |mere )?(?:bruge|anvende) (?:de|disse) "
                     r"(?:\w+ )?{data}", STRONG, (TEMPORARY,)),
    # "sørge for at hans oplysninger ikke bliver brugt til noget indtil boet er afsluttet"
    Cue("objection", r"at (?:{my}|hans|hendes) (?:\w+ )?{data} (?:\w+ ){0,3}?ikke (?:længere "
                     r"|mere )?(?:bliver brugt|bruges|bliver anvendt|anvendes|bliver behandlet|"
                     r"behandles)\b", STRONG,
        (TEMPORARY,)),
    # "Indtil det er afklaret, vil jeg bede jer om ikke at bruge mine personoplysninger til noget"
    Cue("objection", r"(?:bede|beder) (?:jer )?om (?:ikke|ikke længere|ikke mere) at (?:bruge|"
                     r"anvende|behandle) {my} (?:\w+ )?{data}", STRONG, (TEMPORARY,)),
    # "I må gerne beholde mine oplysninger, så længe sagen kører, men jeg vil ikke have at de
    # bruges til noget som helst andet"
    Cue("objection", r"(?:vil (?:jeg |vi )?ikke have|ønsker (?:jeg |vi )?ikke),? at (?:de|dem|"
                     r"disse|oplysningerne) (?:\w+ )?(?:bruges|anvendes|behandles|bliver brugt)\b",
        STRONG, (ANAPHOR, TEMPORARY)),
    # "Og så vil jeg bede om at I ikke ringer til mig igen"
    Cue("objection", r"(?:beder|bede|bedt|bad) (?:\w+ ){0,4}?om,? at {you} ikke (?:længere |mere "
                     r"|igen )?(?:ringer|skriver|sms'er|mailer|kontakter) (?:\w+ )?(?:til )?"
                     r"(?:mig|os)\b",
        STRONG, (MARKETING,)),
    # "Indtil det er gjort, vil jeg gerne have at I ikke sender mere til mig overhovedet"
    Cue("objection", r"at {you} ikke (?:længere )?sender (?:mere |noget |flere \w+ )?(?:\w+ )?til "
                     r"(?:mig|os)\b", STRONG, (TEMPORARY,)),
    # "Og så gider jeg ikke få flere nyhedsbreve og julehilsner fra jer"
    Cue("objection", r"gider (?:jeg |vi )?ikke (?:at )?(?:få|have|modtage) (?:flere|mere) (?:\w+ )?"
                     r"{marketing}", STRONG, (MARKETING,)),
    # "I skal ikke ringe eller skrive til mig igen med tilbud"
    Cue("objection", r"{you} (?:skal|må) (?:altså |heller )?(?:ikke|aldrig) (?:ringe|skrive|sende|"
                     r"maile)(?: eller (?:ringe|skrive|sende|maile))? (?:til )?(?:mig|os) (?:igen|"
                     r"mere)\b", STRONG, (MARKETING,)),
    # "... der ville sælge mig et nyt gelænder. ... Og I skal ikke ringe igen." (not "I skal
    # ikke ringe mere i dag", "I skal ikke ringe igen, vi har fået varerne")
    Cue("objection", r"i (?:skal|må) (?:altså |heller )?(?:ikke|aldrig) ringe (?:til mig )?(?:igen|"
                     r"mere)(?= *(?:[.!]|$))", STRONG, (MARKETING,)),
    # "Jeg vil have: ... - at I ALDRIG kontakter mig igen med tilbud"
    # (not a complaint of too few: "at I ikke kontakter os med tilbud længere – er vi droppet?")
    Cue("objection", r"at {you} (?:aldrig|ikke) (?:mere |længere )?(?:kontakter|ringer til|skriver "
                     r"til|henvender jer til) (?:mig|os) (?:igen|mere) (?:med|om) (?:\w+ )?"
                     r"(?:tilbud|salg|reklame\w*|kampagne\w*|{marketing})", STRONG, (MARKETING,)),
    # "og at I ikke sender mig flere tilbud"
    Cue("objection", r"at {you} ikke (?:længere |mere )?(?:sender|ringer|skriver|mailer|sms'er) "
                     r"(?:\w+ )?(?:til )?(?:mig|os) (?:\w+ )?(?:flere|mere|nogen) (?:\w+ )?"
                     r"{marketing}", STRONG, (MARKETING,)),
    # "at I indtil sagen er afgjort ikke bruger mine oplysninger"
    Cue("objection", r"at {you} (?:[\w.\-]+ ){1,6}?ikke (?:længere |mere )?(?:bruger|anvender|"
                     r"behandler|videregiver|deler) (?:nogen af |nogle af )?{my} (?:\w+ )?{data}",
        STRONG, (TEMPORARY,)),
    Cue("objection", r"(?:stop|stoppe|hold op|hør op|ophør) (?:med at )?(?:bruge|behandle|"
                     r"anvende|dele|videregive) {my} (?:\w+ )?{data}", MEDIUM),
    Cue("objection", r"(?:trækker|trække|trak|tilbagekalder|tilbagekalde|tilbagetrækker"
                     r"|tilbagetrække) (?:hermed |herved )?(?:\w+ ){0,2}?sam ?tykke\w*", MEDIUM,
        (CONSENT,)),
    Cue("objection", r"sam ?tykke\w*,? (?:\w+ ){0,4}?(?:tilbage|tilbagekald\w*|tilbagetrukket)",
        MEDIUM, (CONSENT,)),
    # a permission given for photos or a reference, taken back: "vi trækker vores tilladelse
    # tilbage", "I må heller ikke bruge vores navn som referencekunde"
    # ("mit ja til billedet tilbage"; never an accept of a quote: "vores accept af jeres tilbud")
    # "Jeg trækker det ja tilbage som jeg gav på stedet"
    Cue("objection", r"jeg (?:trækker|trækker hermed) det ja(?:-ord)? (?:\w+ )?tilbage\b(?! til\b)",
        MEDIUM, (CONSENT,)),
    Cue("objection", r"(?:trækker|trækker hermed|tager) (?:vores|min|mit|den) (?:\w+ )?"
                     r"(?:tilladelse|accept|ja) (?:(?:til|af) (?!(?:\w+ )?(?:tilbud|ordre|aftale|"
                     r"kontrakt)\w*)(?:\w+ ){1,2}|\w+ )?tilbage", MEDIUM, (CONSENT,)),
    # "Det sagde jeg ja til dengang, men det trækker jeg tilbage nu": "det" is the photo of the
    # sender just named, not a quote ("Tilbud 4471 sagde vi ja til, men det trækker vi tilbage")
    Cue("objection", r"(?:sagde|sagt|gav|givet) (?:jeg|vi) (?:ja|tilladelse|lov) til\b"
                     r"[^.!?\n]{0,40}?(?:det|den|dette) (?:trækker|tager) (?:jeg|vi) (?:hermed )?"
                     r"tilbage", MEDIUM, (CONSENT, ANAPHOR)),
    # "vil jeg ikke have, at I sender noget til mig med posten eller bruger adressen til noget
    # som helst": not used (a restriction when it lasts until something is put right)
    Cue("objection", r"(?:ønsker|vil) (?:jeg |vi )?ikke(?: have)?,? at {you} (?:\w+ ){0,8}?"
                     r"(?:bruger|anvender) (?:adressen|nummeret|(?:min|mit|mine) (?:adresse|"
                     r"oplysninger\w*|data|nummer|navn\w*))\b", MEDIUM, (TEMPORARY,)),
    # "ikke bruge mine oplysninger ..., men I må heller ikke slette dem": kept and not used
    # (art. 18(1)(c)); only with "heller": "I skal ikke slette mig, bare ret ..." corrects
    Cue("restriction", r"(?:i |du )?(?:må|skal) heller ikke slette (?:dem|mig|mine oplysninger|"
                       r"oplysningerne)\b", MEDIUM, (KEEP,)),
    Cue("objection", r"(?:(?:må|skal) (?:heller |altså |venligst )?ikke (?:længere |mere )?bruge|"
                     r"lade? være med at bruge|"
                     r"(?:ønsker|vil) (?:jeg |vi )?ikke,? at {you} (?:længere |mere )?(?:bruger|"
                     r"anvender)|brug (?:venligst |heller )?ikke) "
                     r"(?:vores|mit|min|mine|os|mig|det|dem|billeder\w*|{photo}) (?:\w+ ){0,5}?"
                     r"(?:som "
                     r"reference\w*|i (?:jeres )?(?:materiale|reklame\w*|markedsføring|annonce\w*|"
                     r"brochure\w*)|på (?:jeres )?(?:hjemmeside|facebook))"),
    # "jeg vil ikke længere bruges som reference"; "ingen flere mails eller tilbud fra jer"
    Cue("objection", r"(?:vil|ønsker) ikke (?:længere |mere )?(?:bruges|stå|være|nævnes|vises) "
                     r"(?:\w+ ){0,3}?som reference\w*"),
    Cue("objection", r"ingen (?:flere|mere) (?:\w+ )?(?:{marketing})", MEDIUM, (MARKETING,)),
    # "... vil jeg ikke ringes op af jeres sælgere"
    Cue("objection", r"(?:vil|ønsker) (?:jeg |vi )?ikke (?:at )?(?:blive )?(?:ringet op|ringes op|"
                     r"kontaktet|kontaktes|ringet til) (?:\w+ )?(?:af|fra) (?:jeres|jer|jeres \w+)",
        STRONG, (MARKETING,)),
    Cue("objection", r"(?:jeres|de|det|den|disse|dit) (?:\w+ )?{marketing} (?:vil|ønsker) "
                     r"(?:jeg|vi) (?:\w+ ){0,3}?(?:frameldes|afmeldes|"
                     r"meldes fra|framelde|afmelde|slippe for|være fri for)\b", STRONG,
        (MARKETING,)),
    Cue("objection", r"(?:ringer|ringet|sms'er|skriver|sender|kimer)\w* [^.!?\n]{0,80}[.!?]\s+"
                     r"(?:det|dét) (?:skal|må) (?:stoppe|høre op|ophøre)\b", STRONG, (MARKETING,)),
    Cue("objection", r"(?:tilbud|reklame|nyhedsbrev|nyhedsmail)\w*[^.!?\n]{0,100}[.!?]\s+"
                     r"(?:\w+\s+){0,3}?(?:stop|stoppe|hold op|holde op) (?:med at )?"
                     r"(?:sende|maile) (?:det|dem)\b", STRONG, (MARKETING,)),
    # "at I sletter mine oplysninger og ikke kontakter mig igen med nye tilbud"
    Cue("objection", r"og ikke (?:længere |mere )?(?:kontakter|ringer til|ringer op til|"
                     r"skriver til|sender \w+ til) (?:mig|os) (?:igen|mere|længere|med (?:\w+ )?"
                     r"{marketing})",
        STRONG, (MARKETING,)),
    Cue("objection", r"(?:sms|tilbud|reklame|nyhedsbrev|nyhedsmail|brochure|katalog)\w*"
                     r"[^\n]{0,120}?(?:jeg|vi) (?:vil|gider) (?:ikke|ik|ikk) (?:ha|have) "
                     r"(?:flere|mere)\b", STRONG, (MARKETING,)),
    # "send ikke flere breve ud fra jeres system, før I har tjekket ...": art. 18(1)(a)
    Cue("restriction", r"send (?:ikke|intet) (?:flere |mere )?(?:\w+ ){0,4}?(?:ud )?(?:\w+ ){0,3}?"
                       r"(?:før|indtil) {you} (?:har )?(?:tjekket|kontrolleret|rettet|undersøgt|"
                       r"fundet ud af)"),
    # "jeg faar hele tiden sms med tilbud fra jer det gider jeg ikk mere stop det"
    Cue("objection", r"(?:sms|tilbud|reklame|nyhedsbrev|nyhedsmail)\w*[^\n]{0,100}?(?:det gider "
                     r"(?:jeg|vi) (?:ikke|ik|ikk) (?:mere|længere)|stop det\b)", STRONG,
        (MARKETING,)),
    # "Jeg får hele tiden sms'er fra jer om forårstilbud ... Stop med det og fjern mig":
    # "det" is the mailings named before (ANAPHOR looks back for them)
    Cue("objection", r"(?:stop|stoppe) (?:nu |så |bare )?(?:med )?(?:det|dem)(?= *(?:[.!?,;\n]|"
                     r"og\b|$))",
        MEDIUM, (MARKETING, ANAPHOR)),
    # "Vil I ... stoppe posten? I sender stadig et julekort og en kalender hvert år"
    Cue("objection", r"(?:stop|stoppe) (?:med )?(?:posten|udsendelse\w*|forsendelse\w*|"
                     r"julekort\w*|kalender\w*)\b", STRONG, (MARKETING,)),
    # "jeg vil heller ikke have, at I nævner mig som reference i tilbud til andre"
    Cue("objection", r"(?:vil|ønsker) (?:jeg |vi )?(?:heller )?ikke (?:have|ha),? at {you} "
                     r"(?:nævner|bruger|anvender|viser|omtaler) (?:mig|os) (?:som|i|på) (?:\w+ )?"
                     r"(?:reference\w*|{marketing})", STRONG, (MARKETING,)),
    # a reply to a campaign mail: "Nej tak til flere af de her" (the mailings, named before)
    Cue("objection", r"nej tak til (?:flere|mere) (?:af )?(?:de her|dem|den slags|disse|dem her)"
                     r"\b", MEDIUM, (MARKETING, ANAPHOR)),
    # "vil bede jer om at stoppe opkaldene", "stop de sms'er"
    Cue("objection", r"(?:stop|stoppe) (?:med )?(?:de |jeres |alle )?(?:opkaldene|opringningerne|"
                     r"sms'erne|smserne|mailene|nyhedsbrevene|reklamerne|henvendelserne|"
                     r"tilbuddene|tilbudsmailene)\b", STRONG, (MARKETING,)),
    # "Jeg får stadig jeres nyhedsmails ... Vil I slette mig fra jeres system og lister?": the
    # lists are the mailings just complained of (without them, the lists are the register's)
    # (the register before "og" is the erasure's: this phrase starts after it, so both stand)
    Cue("objection", r"(?:system\w*|kartotek\w*|kunde ?register\w*|register\w*|database\w*) (?:og|"
                     r"samt) (?:alle )?(?:jeres )?(?:lister|mailinglister|udsendelseslister|"
                     r"nyhedsbreve)\b", STRONG, (MARKETING, ANAPHOR)),
    # a daughter: "Vil I ikke nok fjerne hende fra alt det der" (the newsletter, the cards)
    Cue("objection", r"(?:fjern|fjerne|tag|tage) (?:hende|ham|mig|os) (?:\w+ )?(?:fra|af|ud af) "
                     r"(?:alt det der|alt det|alt det her|det hele|alle udsendelser\w*)\b", STRONG,
        (MARKETING, ANAPHOR)),
    # "Tag venligst min adresse af listen" (a reply to the campaign mail)
    Cue("objection", r"(?:tag|tage|fjern|fjerne|slet|slette) (?:venligst |lige |bare )?(?:min|mit) "
                     r"(?:\w+ )?(?:adresse|mail\w*|e-?mail\w*|nummer|navn) (?:af|fra|ud af) "
                     r"(?:listen|mailinglisten|udsendelseslisten|jeres liste|jeres lister)\b",
        STRONG, (MARKETING,)),
    # "Kan jeg få mine ordrer, tilbud og betalinger som en regnearksfil (csv eller xlsx)?"
    Cue("portability", r"(?:få|have|sende mig|send mig) {my} (?:\w+,? ){0,5}?(?:og \w+ )?(?:som|i) "
                       r"(?:en |et )?(?:regneark\w*|excel\w*|csv\w*)", STRONG, (PRIVATE,)),
    # "Helst i et regneark eller en fil jeg kan læse ind", "som en fil jeg kan åbne i Excel
    # eller importere"
    Cue("portability", r"(?:regneark|excel|csv|en fil|et format)\b[^.!?\n]{0,40}?(?:jeg|vi|man|"
                       r"han|hun) kan (?:læse ind|indlæse|importere|lægge ind|åbne i excel eller "
                       r"importere)\b", STRONG),
    # "i en fil, som en computer kan læse, CSV eller Excel": read by a machine, not a person
    Cue("portability", r"(?:regneark|excel|csv|en fil|et format)\b[^.!?\n]{0,40}?(?:en computer|"
                       r"computeren) kan (?:læse|forstå|indlæse|importere|læse ind)\b", STRONG),
    # a bookkeeper for a sole trader: "hans stamdata og ordrehistorik ud i en fil der kan
    # indlæses (CSV er fint)"
    Cue("portability", r"(?:i|som|til) en fil,? (?:der|som) (?:\w+ )?kan (?:indlæses|importeres|"
                       r"læses ind|lægges ind|overføres)\b", STRONG),
    # "jeres nyhedsmail kommer nu på min private adresse - den vil jeg gerne være fri for"
    Cue("objection", r"(?:den|dem) vil (?:jeg|vi) (?:\w+ )?(?:gerne |helst |bare )?"
                     r"(?:være fri for|slippe for)\b", MEDIUM, (MARKETING, ANAPHOR)),
    # "... breve fra jer med tilbud på carporte ... så vær så venlig at lade være med at sende
    # dem til mig": "dem" is the mailings named before (ANAPHOR looks back for them)
    Cue("objection", r"(?:lad|lade|lader) (?:venligst |nu |så |bare )?være med at (?:sende|maile|"
                     r"skrive) (?:mig |os )?(?:dem|de der|den slags|det)(?: til (?:mig|os))?"
                     r"(?: mere| igen)?"
                     r"(?= *(?:[.!?,;\n–—]|$|og\b|tak\b))", MEDIUM, (MARKETING, ANAPHOR)),
    # "Men send ikke nyhedsbreve eller tilbud til den nye – dem vil jeg ikke have"
    Cue("objection", r"send (?:venligst |så |bare )?(?:ikke|aldrig) (?:flere |mere )?(?:\w+ )?"
                     r"{marketing}(?![^.!?\n]{0,40}\b(?:på papir|til (?!mig\b|os\b|den nye\b)\w+|"
                     r"før|endnu|materiale\w*)\b)", STRONG, (MARKETING,)),
    # "hej i har stavet vores kollega jan bjerreggaards navn forkert ... kan i rette det"
    Cue("rectification", r"{you} (?:har )?(?:stavet|skrevet|staver|skriver) (?:\w+ ){1,5}?{field} "
                         r"(?:\w+ )?(?:forkert|fejl)", MEDIUM),
    # "i har mig på vestergade 12 men det er nr 21"
    Cue("rectification", r"{you} har mig (?:stående |registreret )?(?:på|med) (?:[\w.-]+ ){1,3}?"
                         r"(?:\d+\w?|\S+@\S+) men det er (?:nr\.? ?)?(?:\d|\S+@)", STRONG),
    # "men I må ikke ringe med salg" (a P.S. under an order's yes)
    Cue("objection", r"{you} (?:må|skal) (?:altså |bare |venligst )?(?:ikke|aldrig) (?:\w+ )?ringe "
                     r"(?:til mig |til os |mig op |os op )?(?:med|om|for at sælge) (?:salg|"
                     r"tilbud|reklame|kampagne|nye produkter|service\w*aftal)\w*(?![^.!?\n]{0,30}\b"
                     r"(?:før|inden|indtil|i arbejdstiden|på \w+dag)\b)", STRONG, (MARKETING,)),
    # "... at I bruger kundeoplysninger til statistik. Det protesterer jeg imod"
    Cue("objection", r"(?:det|dette|dét|den|dem) (?:protesterer|modsætter) (?:jeg|vi) (?:mig |os )?"
                     r"(?:hermed |derfor |også |altså )?(?:imod|mod)\b", STRONG, (ANAPHOR,)),
    # "Og så vil jeg gerne ud af jeres nyhedsbrev"
    Cue("objection", r"(?:vil|ønsker) (?:jeg |vi )?(?:\w+ )?(?:gerne |bare |helst |også )?(?:ud af|"
                     r"slettes fra|fjernes fra|afmeldes fra) (?:jeres |alle jeres |det |den )?"
                     r"(?:nyheds ?brev\w*|nyheds ?mail\w*|mailing ?list\w*|mail ?list\w*|"
                     r"udsendelses ?list\w*|reklame ?list\w*)", STRONG, (MARKETING,)),
    # "Jeg vil gerne have mit private nummer slettet og have reklamerne stoppet"
    # (marketing by name: not "få de opkald stoppet" of a gate opener, "de mails" of an alarm)
    Cue("objection", r"(?:have|ha|få) (?:alle |de |jeres )?(?:\w+ )?(?:reklame\w*|nyheds ?brev\w*|"
                     r"tilbudsmail\w*|markedsføring\w*|kampagne\w*|telefonsalg\w*|salgsopkald\w*) "
                     r"(?:\w+ )?(?:stoppet|afmeldt|fjernet)\b", STRONG, (MARKETING,)),
    # "Når hun har set det, vil hun have det slettet" (a grandson writes for her)
    Cue("erasure", r"(?:vil|skal) (?:hun|han) (?:gerne |så |bagefter |derefter )?(?:have|ha|få) "
                   r"(?:det|dem|det hele|alt|alt det) (?:\w+ )?(?:slettet|fjernet)\b", STRONG,
        (ANAPHOR, THIRD)),
    # "nu vil jeg gerne have mit navn og adressen taget af" (the reference page)
    Cue("erasure", r"(?:have|ha|få) {my} (?:\w+ )?{thing}(?: og (?:\w+ )?{thing})? (?:taget af|"
                   r"taget ned|taget væk|fjernet|slettet)\b", STRONG),
    # under "Re: Forårstilbud": "Vil gerne være fri for dem fremover", "aldrig bedt om de her"
    Cue("objection", r"(?:vil|ønsker) (?:gerne |helst |bare )?(?:være fri for|slippe for) "
                     r"(?:dem|det|de her|dem her|den slags|disse)\b", MEDIUM, (MARKETING, ANAPHOR)),
    # a photo on the website: "Tag dem ned, og brug dem ikke igen"; "brug ikke billeder af mig
    # til jeres reklame igen"
    Cue("objection", r"{photo}[^.!?\n]{0,80}?brug (?:dem|det) (?:ikke|aldrig) (?:igen|mere)\b",
        STRONG, (MARKETING,)),
    Cue("objection", r"brug (?:billederne|billedet|fotoet|fotoene) (?:ikke|aldrig) (?:igen|mere)\b",
        STRONG, (MARKETING,)),
    Cue("objection", r"brug (?:ikke|aldrig) (?:\w+ ){0,4}?(?:til|i) (?:jeres |en )?{marketing}",
        STRONG, (MARKETING,)),
    # "Vil I ikke tage mig af nyhedsbrevet?"
    Cue("objection", r"(?:tag|tage) (?:mig|os) (?:af|ud af|fra) (?:jeres |den |det )?{marketing}",
        STRONG, (MARKETING,)),
    # "I må ikke ringe til min mobil med tilbud og kampagner"
    Cue("objection", r"{you} må (?:heller )?ikke (?:længere |mere )?(?:ringe|skrive|sms'e|sende "
                     r"\w+) til (?:min|mit) (?:\w+ )?(?:mobil\w*|telefon\w*|nummer|mail\w*|privat"
                     r"\w*)", STRONG, (MARKETING,)),
    # a colleague's new name: "min kollega Tina har fået nyt efternavn, hun hedder Tina Kjær nu"
    Cue("rectification", r"(?:hun|han|kollega \w+) har fået (?:et )?nyt (?:efter|for)?navn\b",
        MEDIUM, (THIRD,)),
    Cue("rectification", r"(?:hun|han) hedder (?:\w+ ){1,3}?(?:nu|fremover|efter brylluppet)\b",
        MEDIUM, (THIRD,)),
    # "Vil I rette mig i jeres kartotek, så I ikke skriver til den gamle mail"
    Cue("rectification", r"(?:rette|opdatere|ændre) mig i (?:jeres )?(?:\w+ )?(?:kartotek\w*|"
                         r"system\w*|register\w*|database\w*|kundeliste\w*)", MEDIUM),
    # "mit navn er stavet "Mette Dybdal". Det er Dybdahl med h."
    Cue("rectification", r"{my} (?:\w+ )?(?:navn|efternavn|fornavn|adresse|vejnavn) er (?:stavet|"
                         r"skrevet) [\"'“»]?\w+", MEDIUM),
    # "Indtil det er rettet alle steder hos jer, vil jeg ikke have at I sender noget med mit navn"
    Cue("restriction", r"indtil (?:det|den|navnet|adressen|fejlen|nummeret) er (?:blevet )?"
                       r"(?:rettet|korrigeret|på plads)\b[^.!?\n]{0,60}?(?:ikke|intet) "
                       r"(?:\w+ ){0,3}?(?:sende|sender|bruge|bruger|anvende|anvender)\b", STRONG),
    # "Mobilnummeret er nyt: 12 81 26 04", "Mailadressen er ny: ..."
    Cue("rectification", r"(?:mobil ?nummeret|telefon ?nummeret|nummeret|mailadressen|e-?mail "
                         r"?adressen|adressen) er (?:nu )?(?:nyt?|nu):? (?:\+?45 ?)?"
                         r"(?:\d{2} ?){4}\b", MEDIUM),
    # "Vi vil ikke have, at billederne bruges til reklame længere"
    Cue("objection", r"(?:vil|ønsker) (?:jeg |vi )?ikke (?:have|ha),? at (?:\w+ ){1,5}?(?:bruges|"
                     r"anvendes|benyttes|vises) (?:til|i|på) (?:\w+ )?{marketing}", STRONG,
        (MARKETING,)),
    # "... få jeres nyhedsmails og en sms om forårskampagne. Det har jeg ikke sagt ja til."
    Cue("objection", r"(?:tilbud|reklame|brochure|nyhedsbrev|nyhedsmail|markedsføring|sms|"
                     r"kampagne)\w*(?:[^.!?\n]|\.(?=\S)){0,160}[.!?]\s+(?:og )?(?:det|dem|dette"
                     r"|dét) har (?:jeg|vi) (?:da )?(?:aldrig|ikke) (?:sagt ja til|bedt om|givet "
                     r"(?:lov|samtykke|tilladelse) til|tilmeldt (?:mig|os))", STRONG, (MARKETING,)),
    # "at I stopper med de sms'er om service-tilbud"
    Cue("objection", r"(?:stop|stoppe|stopper|hold op|holder op|holde op) med (?:de|alle|jeres|"
                     r"disse|den|det) (?:\w+ )?{marketing}", STRONG, (MARKETING,)),
    # "at jeg bliver slettet fra jeres kunderegister og ikke får nyhedsbrevet mere"
    Cue("objection", r"og (?:ikke|ikke længere) (?:får|modtager) (?:flere |mere )?(?:\w+ )?"
                     r"{marketing}(?: mere| længere)?", STRONG, (MARKETING,)),
    # a wish reported in a staff forward: "Hun vil slettes og ikke kontaktes mere"
    Cue("objection", r"og ikke (?:\w+ )?(?:kontaktes|ringes op|ringes til|kimes ned) (?:mere|"
                     r"længere|igen)\b", STRONG, (MARKETING,)),
    # "Jeg får jeres nyhedsbrev på to adresser ... Vil I afmelde den private?"
    Cue("objection", r"(?:nyhedsbrev|nyhedsmail|tilbudsmail|reklamemail)\w*(?:[^.!?\n]|\.(?=\S))"
                     r"{0,140}[.!?]\s+"
                     r"(?:(?!ikke\b|ikk\b|aldrig\b)\w+\s+){0,3}?(?:afmeld|afmelde|framelde|"
                     r"frameld)\b", STRONG,
        (MARKETING,)),
    # "Hun får stadig brochurer og tilbud fra jer ... Det skal stoppe."
    Cue("objection", r"(?:tilbud|reklame|brochure|nyhedsbrev|nyhedsmail|markedsføring)\w*"
                     r"(?:[^.!?\n]|\.(?=\S)){0,160}[.!?]\s+(?:og )?(?:det|dette|dét) skal "
                     r"(?:bare |altså |simpelthen )?(?:stoppe|stoppes|høre op|ophøre)\b", STRONG,
        (MARKETING,)),
    # "Jeg får stadig jeres nyhedsmail, selvom jeg har prøvet at framelde mig to gange"
    Cue("objection", r"(?:får|modtager) (?:stadig|fortsat|stadigvæk) (?:jeres |de |disse )?"
                     r"(?:\w+ )?{marketing},? (?:selvom|selv om|på trods af at|skønt) (?:jeg )?"
                     r"(?:har )?(?:prøvet at |forsøgt at )?(?:afmeld|frameld)\w*", STRONG,
        (MARKETING,)),
    # "Jeg afmeldte nyhedsbrevet i marts, men får det stadig": the opt-out did not work
    Cue("objection", r"(?:afmeldte|afmeldt|frameldte|frameldt) (?:\w+,? ){0,5}?(?:men|og) (?:jeg )?"
                     r"(?:får|modtager|fik) (?:\w+ ){0,2}?(?:stadig|alligevel|fortsat|stadigvæk)",
        STRONG, (MARKETING,)),
    # "Jeg vil ikke have flere af de der tilbudsbreve og mails med nyheder fra jer"
    # ("Indtil da vil jeg ikke modtage nyhedsbreve, tilbud eller opkald fra jer")
    Cue("objection", r"(?:vil|ønsker) (?:jeg |vi )?(?:ikke|ik|ikk) (?:at )?(?:have|ha|få|modtage) "
                     r"(?:(?:flere|mere) )?(?:af )?(?:de der |de |disse |jeres )?(?:\w+ )?"
                     r"{marketing}", STRONG,
        (MARKETING,)),
    # "Jeg får stadig tilbud fra jer. Dem vil jeg ikke have mere"
    Cue("objection", r"(?:tilbud|reklame|nyhedsbrev|nyhedsmail|markedsføring)\w*[^.!?\n]{0,80}"
                     r"[.!?]\s+(?:det|dette|dem) (?:vil|ønsker) (?:jeg|vi) ikke (?:have|få|modtage)"
                     r" (?:mere|længere|flere)\b", STRONG, (MARKETING,)),
    # "Jeg vil ikke ringes op mere", "at jeg ikke bliver ringet op med tilbud mere"
    Cue("objection", r"(?:vil|ønsker) (?:jeg |vi )?ikke (?:at )?(?:blive )?(?:ringet op|"
                     r"ringes op|kontaktet|kontaktes|ringet til|ringes til|kimes ned) "
                     r"(?:mere|længere|igen)\b",
        STRONG, (MARKETING,)),
    # "I ringer til mig hver anden uge ... JEG VIL IKKE RINGES OP."
    Cue("objection", r"(?:vil|ønsker) (?:jeg |vi )?ikke (?:at )?(?:blive )?(?:ringet op|ringes op)"
                     r"(?= *(?:[.!]|$))", MEDIUM, (MARKETING,)),
    Cue("objection", r"at (?:jeg|vi) ikke (?:længere |mere )?(?:bliver|skal blive|vil blive) "
                     r"(?:ringet op|ringet til|kontaktet|kimet ned) (?:(?:af|med) (?:\w+ ){0,2}?)?"
                     r"(?:mere|længere|igen|{marketing})", STRONG, (MARKETING,)),
    # Marketing opt-out ("afmeld nyhedsbrev"), never an appointment ("afmeld mødet").
    # ("Jeg afmeldte jeres nyhedsbrev i efteråret" tells what was done; see the cue below)
    # (nor a button pressed: "Jeg kom til at trykke afmeld i jeres nyhedsbrev - en fejl")
    Cue("objection", r"(?:afmeld{pressed}(?!te\b){others}\w*|afmæld{pressed}(?!te\b){others}\w*|"
                     r"frameld\w*|"
                     r"fra meld\w*|meld\w* "
                     r"(?:mig |os )?"
                     r"(?:venligst )?fra) (?:\w+ ){0,3}?{marketing}", STRONG, (MARKETING,)),
    Cue("objection", r"(?:afmeld|afmæld|frameld|afmelde|framelde|meld mig fra|meld os fra)"
                     r"(?: venligst| gerne| lige)?(?: mig| os| denne (?:mail|adresse))?"
                     r"(?= *(?:venligst|tak|hurtigst muligt|med det samme|straks|omgående)? *"
                     r"(?:[.!,;\n]|$|og (?:slet|fjern)))",
        MEDIUM, (MARKETING,)),
    Cue("objection", r"(?:stop|stoppe|stopper|hold op|holde op|holder op|hør op|høre op|hører op"
                     r"|lad være|lade være|undlad|undlade) (?:med at )?(?:sende|ringe|"
                     r"skrive|maile|spamme|sms'e) (?:\w+ ){0,3}?{marketing}", STRONG, (MARKETING,)),
    # the polite past: "Jeg ville sætte pris på, hvis I holdt op med at sende mig jeres
    # brochurer" (not "hvis I stoppede med at sende den til den gamle adresse": a move)
    Cue("objection", r"hvis (?:i|du|de) (?:\w+ )?(?:stoppede|holdt op|hørte op|lod være) med at "
                     r"(?:sende|ringe|skrive|maile|sms'e) (?:\w+ ){0,3}?{marketing}"
                     r"(?! (?:\w+ ){0,3}?til (?:den|min|vores) gamle)", STRONG, (MARKETING,)),
    # "jeg har bedt jer om ikke at ringe til mig", "jeg beder om ikke at få flere mails"
    Cue("objection", r"(?:beder|bede|bedt|bad) (?:\w+ ){0,6}?om ikke (?:længere |mere |igen )?at "
                     r"(?:ringe|sende|skrive|maile|sms'e|kontakte|spamme) (?:\w+ )?(?:til )?"
                     r"(?:mig|os|ham|hende)\b", STRONG, (MARKETING,)),
    Cue("objection", r"(?:beder|bede|bedt|bad) (?:\w+ ){0,6}?om ikke (?:længere |mere |igen )?at "
                     r"(?:få|modtage) (?:\w+ ){0,2}?{marketing}", STRONG, (MARKETING,)),
    # "ring aldrig igen", "skriv ikke til mig mere"
    Cue("objection", r"(?:ring|skriv|sms|mail) (?:venligst |bare |så )?(?:aldrig|ikke) (?:mere |"
                     r"længere )?(?:til (?:mig|os) )?(?:igen|mere|længere|nogensinde)\b", MEDIUM,
        (MARKETING,)),
    # "jeg vil gerne fjernes fra jeres mailliste", "afmeldt nyhedsbrevet" (not someone else:
    # "Henrik er stoppet ... sørge for at han bliver fjernet fra jeres lister")
    Cue("objection", r"(?:fjernes|fjernet|slettes|slettet|tages|taget|strøget|strøges|afmeldt"
                     r"|afmeldes|meldt fra)(?<!han\sbliver\sfjernet)(?<!hun\sbliver\sfjernet)"
                     r"(?<!han\sfjernes)(?<!hun\sfjernes) (?:\w+ )?(?:fra|af|ud af) "
                     r"(?:jeres |alle |alle jeres )?"
                     r"(?!(?:kunde|kontakt|leverandør)\w*\W|(?:det|dette) tilbud\b)(?:\w+ )?"
                     r"(?:{marketing}|liste\w*)",
        STRONG, (MARKETING,)),
    # spoken forms too: "Lad vær mæ å ring mere", "hold op mæ å ring te mæ"
    Cue("objection", r"(?:stop|hold op|hør op|lad være|lad vær'?) (?:med at |mæ å |med å |mæ at )?"
                     r"(?:sende|ringe?|skrive|maile|spamme|kontakte)(?: til| te)?(?: mig| os| mæ)?"
                     r"(?: igen| mere| mer| op)?"
                     r"(?= *(?:[.!,;\n]|tak\b|$))", MEDIUM, (MARKETING,)),
    # "Jeg har ikke lyst til at blive ringet op af jer igen"
    Cue("objection", r"(?:har (?:\w+ )?ikke lyst til|vil ikke|ønsker ikke) at blive ringet op af "
                     r"(?:jer|jeres sælger\w*|jeres firma) (?:igen|mere)\b", STRONG, (MARKETING,)),
    # "Og lad så være med at ringe igen." (not "så lad bare være med at ringe. Skriv en sms")
    Cue("objection", r"lad så være med at (?:ringe|skrive|sende|maile)(?: til (?:mig|os))? "
                     r"(?:igen|mere)\b", MEDIUM, (MARKETING,)),
    # "stop med at ringe til mig om carporte": sales calls, not the job or the invoice
    # "stop venligst nyhedsbrevet", "afmeld lige jeres tilbudsmails"
    Cue("objection", r"(?:stop|stoppe|stands|afmeld|frameld) (?:venligst |bare |lige |nu )?"
                     r"(?:jeres |det |dit |de |alle )?(?:\w+ )?{marketing}", STRONG, (MARKETING,)),
    # for a husband or a parent: "at I ikke må ringe til ham mere"
    Cue("objection", r"{you} (?:ikke må|må ikke|må heller ikke) (?:længere |mere )?(?:ringe|"
                     r"skrive|sende|maile|kontakte) (?:\w+ )?(?:til )?(?:ham|hende)\b", STRONG,
        (MARKETING, THIRD)),
    Cue("erasure", r"{delete} {pol}(?:hans|hendes) (?:\w+ )?{thing}", STRONG, (THIRD,)),
    # on someone's behalf: "at I holder op med at ringe til ham om service", "og lade være
    # med at ringe til ham?"
    Cue("objection", r"(?:holder|hører|holde|høre) op med at (?:ringe|skrive|sms'e|maile|"
                     r"kontakte) (?:til )?(?:mig|os|ham|hende)\b", STRONG, (MARKETING,)),
    Cue("objection", r"(?:lad|lade|lader) (?:venligst |nu |så )?være med at (?:ringe|skrive|sms'e|"
                     r"maile|kontakte) (?:til )?(?:mig|os|ham|hende)(?: mere| igen)?"
                     r"(?= *(?:[.!?,;\n]|$|og\b))", STRONG, (MARKETING,)),
    Cue("objection", r"(?:holder|hører) op med at (?:ringe|skrive|sms'e|maile|kontakte) (?:til )?"
                     r"(?:mig|os|ham|hende)\b", STRONG, (MARKETING,)),
    Cue("objection", r"(?:stop|hold op|hør op|lad være) (?:med at )?(?:ringe|skrive|sms'e|maile|"
                     r"kontakte) (?:til )?(?:mig|os) (?:om|angående|vedr\.?|vedrørende|med) "
                     r"(?!(?:\w+ )?(?:faktura|regning|betaling|ordre|levering|montage|aftale|"
                     r"tilbuddet|sag|projekt|møde|besøg|rykker|opgave|reklamation|det\b|den\b|"
                     r"dem\b))[\w-]+", MEDIUM, (MARKETING,)),
    Cue("objection", r"(?:ingen|ikke flere|ikke mere|heller ikke flere) (?:\w+ )?{marketing}"
                     r"(?= *(?:[.!,;\n]|tak"
                     r"\b|fra jer|$))", MEDIUM, (MARKETING,)),
    Cue("objection", r"(?:ønsker|vil|gider) (?:helst )?(?:ikke|ikke længere|ikke mere|ikke have) "
                     r"(?:at )?"
                     r"(?:modtage|få|have|høre) (?:\w+ ){0,3}?(?:{marketing}|henvendelser|"
                     r"opkald)", STRONG, (MARKETING,)),
    # "Jeg ønsker ikke at blive kontaktet af jer i telefonen med tilbud igen"
    Cue("objection", r"(?:ønsker|vil|gider) (?:helst )?(?:ikke|ikke længere|ikke mere) (?:at )?"
                     r"(?:blive )?(?:kontaktet|kontaktes|ringet op|ringes op|ringet til|kimet ned"
                     r"|opringet) (?:\w+ ){0,6}?{marketing}", STRONG, (MARKETING,)),
    Cue("objection", r"frabeder (?:mig|os) (?:at blive )?(?:kontaktet|ringet op|opringet)", STRONG,
        (MARKETING,)),
    # "indtil da må I ikke sende mig noget markedsføring": the verb before its subject
    Cue("objection", r"må {you} (?:heller )?ikke (?:længere |mere )?(?:ringe|skrive|sende|maile"
                     r"|kontakte) (?:\w+ )?(?:til )?(?:mig|os)\b", STRONG, (MARKETING,)),
    Cue("objection", r"{you} må (?:heller )?ikke (?:længere |mere )?(?:ringe|skrive|sende|maile"
                     r"|kontakte) (?:\w+ )?(?:til )?(?:mig|os)", STRONG, (MARKETING,)),
    Cue("erasure", r"(?:slet|slette) (?:(?:venligst|lige|bare|også) )?(?:mig|os|{my} (?:\w+ )?"
                   r"(?:mail\w*|e-?mail\w*|adresse\w*|nummer|nr\.?|oplysninger)) (?:venligst )?"
                   r"fra (?:jeres |alle |"
                   r"alle jeres )?(?:\w+ )?(?:{marketing}|liste\w*)", STRONG),
    Cue("objection", r"(?:fjærn|fjærne|slet|slette|tag|tage) (?:(?:venligst|lige|bare|også) )?"
                     r"(?:mig|os|{my} (?:\w+ )?(?:mail\w*"
                     r"|e-?mail\w*|adresse\w*|nummer))"
                     r" (?:venligst )?fra (?:jeres |alle |alle jeres )?"
                     r"(?!(?:kunde|kontakt|leverandør)\w*\W)(?:\w+ )?"
                     r"(?:{marketing}|liste\w*)", STRONG, (MARKETING,)),
    Cue("objection", r"(?:kommer|komme|slipper|slippe|bliver|blive) (?:jeg |vi |man )?(?:af|ud af|"
                     r"væk fra|fri for|fjernet fra|slettet fra|taget af) (?:jeres |den |denne |"
                     r"alle )?(?!(?:det|dette) tilbud\b)(?:\w+ )?{marketing}", STRONG,
        (MARKETING,)),
    Cue("objection", r"(?:være fri for|slippe for|fritages for|skånes for|undgå at (?:få|modtage))"
                     r" (?:\w+ ){0,3}?{marketing}", STRONG, (MARKETING,)),
    Cue("objection", r"(?:send|skriv|ring) (?:mig |os )?(?:venligst |bare )?ikke (?:flere|mere|"
                     r"længere) "
                     r"(?:\w+ ){0,2}?{marketing}", STRONG, (MARKETING,)),
    Cue("objection", r"frabeder (?:mig |os )?(?:\w+ ){0,2}?(?:henvendelse\w*|{marketing}|"
                     r"opkald)", STRONG, (MARKETING,)),
    Cue("objection", r"(?:direkte markedsføring|markedsføring\w*)", WEAK, (MARKETING,)),
)

_PORT = (
    Cue("portability", r"(?:data ?portabilitet|data ?portabillitet|data ?portibilitet"
                       r"|data-portabilitet|portabilitet)"),
    Cue("portability", r"(?:flyt|flytte|overfør|overføre|overført|send|sende|eksportér|eksporter"
                       r"|eksportere|trække) {pol}(?:{my}|alle (?:\w+ )?{data} {aboutme}) "
                       r"(?:\w+ )?(?:{data}|historik|konto) (?:\w+ )?(?:direkte )?(?:over )?til"
                       r" (?:\w+ ){0,3}?(?:ny|nye|nyt|anden|andet|leverandør\w*|udbyder\w*|"
                       r"firma\w*|virksomhed\w*|system\w*)"),
    # "tage tegningerne med til en anden leverandør" is a customer changing supplier: only
    # the sender's own data (named here, or "dem" after naming them) make it portability
    Cue("portability", r"(?:tage|flytte|overføre|bringe) (?:{my} (?:\w+ )?{thing} |alle (?:\w+ )?"
                       r"{data} )?med (?:over )?til (?:\w+ ){0,2}?"
                       r"(?:anden|andet|ny|nye|nyt) (?:\w+ )?(?:leverandør\w*|udbyder\w*|firma\w*|"
                       r"virksomhed\w*|system\w*)"),
    # "..., så jeg kan flytte dem til en ny leverandør": them = the sender's data
    Cue("portability", r"(?:flytte|overføre|tage|bringe|give|bruge) (?:dem|det|dataene|"
                       r"oplysningerne) (?:med )?(?:over )?(?:til|hos) (?:\w+ ){0,2}?(?:ny|nye|"
                       r"nyt|anden|andet|min nye|mit nye) (?:\w+ )?(?:leverandør|udbyder|firma|"
                       r"virksomhed|system|forhandler|smed)\w*", STRONG, (ANAPHOR,)),
    Cue("portability", r"(?:eksport|eksportér|eksporter|eksportere|udtræk) (?:af )?{my} (?:\w+ )?"
                       r"{data}"),
    Cue("portability", r"(?:maskin ?læsbar\w*|maskinlæsbar\w*)"),
    # "Kan I trække mine ordrer + leveringsadresser ud i en CSV-fil eller Excel?", "få mine
    # ordrer og leveringsadresser trukket ud i en fil (Excel eller CSV)": a machine's format
    # (a sole trader's orders are their data; "mine fakturaer for 2025 ud i Excel til min
    # revisor" is bookkeeping)
    Cue("portability", r"(?:træk|trække|trækker|hente|eksportere) (?:\w+ ){0,2}?{my} {notbooks}"
                       r"[^.!?\n]{0,60}? ud (?:i|som) (?:en |et )?{sheet}"),
    Cue("portability", r"{my} {notbooks}[^.!?\n]{0,60}? (?:trukket|hentet|eksporteret) ud (?:i|"
                       r"som) (?:en |et )?{sheet}"),
    # "send mine kundeoplysninger og ordrehistorik som en CSV-fil": the sender's data, in a
    # format a machine reads (a drawing or an invoice as CSV is no one's data)
    Cue("portability", r"(?:send|sende|sender|overfør|overføre|eksporter|eksportere) (?:\w+ ){0,2}?"
                       r"{my} (?:[\w\-]+,? ){0,10}?(?:som|i) (?:en |et )?(?:csv|excel|json|xml|"
                       r"regneark)"),
    # straight to the next firm: "Kan I sende mine kundeoplysninger og listen over, hvad I har
    # lavet hos mig, direkte til dem på kontakt@..."
    Cue("portability", r"(?:send|sende|sender|overfør|overføre|videresend|videresende) "
                       r"(?:\w+ ){0,2}?{my} (?:\w+ )?(?:{data}|kundeoplysninger|kundedata)"
                       r"[^.?!\n]{0,100}? direkte (?:til|over til) (?:dem|den nye|min nye|mit nye|"
                       r"\S+@|[\w\-]+ (?:smed|smedie|firma|aps|a/s))", STRONG),
    # art. 20's own object: "send de oplysninger jeg har givet jer - adresser og ordrehistorik -
    # i en csv-fil direkte til ..."
    Cue("portability", r"(?:send|sende|sender|overfør|overføre|eksporter|eksportere) (?:\w+ ){0,2}?"
                       r"(?:de|alle de) (?:oplysninger|data) (?:som |der )?(?:jeg|vi) (?:selv )?"
                       r"har (?:givet|afgivet|oplyst|leveret) (?:\w+ )?jer\b[^.?!\n]{0,120}?"
                       r"(?:csv|excel|json|"
                       r"xml|regneark)"),
    # for the next firm: "kundeoplysningerne og ordrerne som regneark, så jeg kan sende det
    # direkte til Hedegaard Smedie"
    Cue("portability", r"(?:{my} |(?:kunde)?oplysning\w* |ordre\w* |"
                       r"ordrer\w* )(?:[\w\-]+,? ){0,10}?"
                       r"(?:som|i) (?:en |et )?{sheet}\w*\b[^.!?\n]{0,40}?så (?:jeg|vi) kan "
                       r"(?:sende|give|videregive|overføre|flytte|tage) (?:det|dem|den) (?:\w+ )?"
                       r"(?:direkte |videre )?(?:til|over til|derover|med over)\b", STRONG),
    # "trække mine ordrer ... ud i et format, som deres system kan læse ind (CSV eller Excel)"
    Cue("portability", r"(?:som|der) (?:deres|hans|hendes|det nye|den nye|mit nye|min nye|vores "
                       r"nye) (?:\w+ )?system\w* kan (?:læse|indlæse|importere|lægge|bruge)\b"),
    # "... i en fil, der kan læses ind i et andet system"
    Cue("portability", r"(?:der|som) kan (?:læses|lægges|importeres|indlæses|overføres) (?:\w+ )?"
                       r"(?:ind )?i (?:et andet|en anden|deres|jeres|vores|mit|min|et nyt|en ny) "
                       r"(?:\w+ )?(?:system|program|database|kartotek)\w*"),
    # "... en fil, jeg kan åbne og lægge ind i mit eget system": data to be used elsewhere
    Cue("portability", r"(?:jeg|vi|de|han|hun) kan (?:\w+ ){0,3}?(?:lægge|læse|importere|indlæse|"
                       r"overføre|flytte) (?:\w+ ){0,2}?(?:ind i|ind|over i|i) (?:mit|min|vores|"
                       r"deres|sit|sin) (?:eget |egen |nye |nyt )?(?:\w+)?(?:system|program|"
                       r"kartotek|database)\w*"),
    # "..., som jeg kan give videre til min nye smed", "så de kan importere dem"
    Cue("portability", r"(?:give|sende|overføre|flytte|aflevere|tage) (?:dem |det |dataene |"
                       r"oplysningerne |filen )?(?:med )?videre til (?:\w+ ){0,2}?(?:ny|nye|nyt|"
                       r"anden|andet) (?:\w+ )?(?:leverandør|udbyder|firma|virksomhed|system|"
                       r"forhandler|smed)\w*", STRONG, (ANAPHOR,)),
    Cue("portability", r"(?:give|sende|overføre|flytte|aflevere|tage) (?:dem |den |det |dataene |"
                       r"oplysningerne |filen )?(?:med )?videre til (?:det|den|et|en|mit|min|"
                       r"vores) (?:\w+ )?(?:leverandør|udbyder|firma|virksomhed|system|forhandler"
                       r"|smed|entreprenør|håndværker)\w*", STRONG, (ANAPHOR,)),
    Cue("portability", r"(?:så|hvor|som) (?:de|den nye \w+|det nye \w+|han|hun|min nye \w+) "
                       r"(?:kan|skal) (?:\w+ )?(?:importere|indlæse|læse \w+ ind) (?:dem|det|"
                       r"dataene|oplysningerne|filen)\b", STRONG, (ANAPHOR,)),
    Cue("portability", r"(?:struktureret|almindeligt anvendt)(?:,| og)? (?:\w+ )?(?:format|fil)"),
    Cue("portability", r"(?:excel|csv)", WEAK),
)

_LEFT = (
    Cue("contact_left", r"er (?:desværre |nu |altså |jo |i øvrigt |for resten |forresten |begge |"
                        r"begge to |alle |pr\. (?:i dag|i "
                        r"går) |pr\. \S+ |"
                        # "er fra i dag ikke længere ansat", "er fra 1. marts stoppet"
                        r"fra (?:i dag|i morgen|og med \S+|\d{1,2}\. \S+) |i dag |"
                        r"fra \S+ |med (?:øjeblikkelig|"
                        r"omgående|straks) virkning )*{left}", STRONG,
        (PERSON,)),
    # (a department after the name: "er Hans Jørgen fra hjælpemiddelafdelingen gået på pension")
    # (two of them: "er Gert Nymann (gn@...) og Bent Lassen gået på pension ved årsskiftet")
    Cue("contact_left", r"er (?:(?!ikke\b|aldrig\b)[\w.\-]+ ){1,3}?(?:fra \w+ )?"
                        r"(?:\([^()]{1,60}\) )?(?:og (?:[\w.\-]+ ){1,3}?(?:\([^()]{1,60}\) )?)?"
                        r"(?:desværre |nu )?(?:stoppet"
                        r"|fratrådt|gået på pension|ikke (?:længere|mere) ansat|(?:trådt|gået) ud "
                        r"af (?:bestyrelsen|ledelsen|firmaet|virksomheden))", STRONG,
        (PERSON, INVERTED)),
    Cue("contact_left", r"(?:har|havde) (?:desværre |nu |begge |alle |begge to )?(?:forladt (?:os|"
                        r"firmaet|virksomheden"
                        r"|selskabet|{notplace}\w+)|sagt (?:sin stilling )?op|fået (?:et |en )?"
                        r"(?:nyt|andet|"
                        r"ny|anden) (?:job|"
                        r"arbejde)|skiftet (?:job|arbejde|arbejdsplads)|fratrådt|valgt at "
                        r"stoppe|søgt nye udfordringer|valgt at søge nye udfordringer|takket af|"
                        r"valgt at gå nye veje|"
                        r"haft (?:sin )?sidste (?:arbejds ?)?dag)", STRONG, (PERSON,)),
    # spoken: "Kurt ha gået på pension nu, han stoppet te nytår"
    Cue("contact_left", r"(?:ha|har) gået på (?:pension|efterløn)\b", STRONG, (PERSON,)),
    # "Efter 38 år går Villy Hansen på pension den 30. april", "gik Bent Ravn på pension i maj"
    Cue("contact_left", r"(?:går|gik) (?:(?!ikke\b|aldrig\b|vi\b|i\b|jeg\b|du\b|han\b|hun\b)"
                        r"[\w.\-]+ ){1,3}?på (?:pension|efterløn) (?:{when}|"
                        # "går Bent Kragh på pension fredag den 27. februar"
                        r"(?:man|tirs|ons|tors|fre|lør|søn)dag den)", STRONG,
        (PERSON, INVERTED)),
    # a headline without its verb, as in a subject line: "Henrik Lund fratraadt pr. 1/3"
    Cue("contact_left", r"(?:fratrådt|fratraadt|fratradt) (?:pr\.?|per|den|d\.|fra|med udgangen "
                        r"af) (?=\d)", STRONG, (PERSON,)),
    # a notice ahead of the day: "vores konsulent Søren Kjærsgaard fratræder sin stilling hos
    # Jydsk Værktøj A/S pr. 31. marts" (not "vi fratræder aftalen pr. 1. maj")
    Cue("contact_left", r"fratræder (?:sin stilling |sit job |stillingen )?(?:(?:hos|ved) "
                        r"[^.!?\n]{1,50}? )?(?:pr\.?|per|den|d\.|med udgangen af|med virkning "
                        r"fra) ?(?=\d|udgangen)", STRONG, (PERSON,)),
    # "Min mand, Erik Dahl, gik på pension fra Holstebro Varmeteknik i efteråret"
    Cue("contact_left", r"gik på (?:pension|efterløn) (?:fra|hos) (?!i |for |den |det |sin |sit |"
                        r"\d)\w+", STRONG, (PERSON,)),
    # an owner who sold: "Jeg trækker mig helt ud af firmaet og er ikke længere med"
    Cue("contact_left", r"jeg (?:trækker|har trukket) mig (?:helt ud af (?:firmaet|virksomheden|"
                        r"selskabet|forretningen|smedien)\b|(?:nu )?ud af (?:firmaet|virksomheden|"
                        r"selskabet|forretningen|smedien) (?:pr\.|per|fra|til|ved|med udgangen|"
                        r"efter|når)\b)", STRONG, (SELF,)),
    # a new employer: "Jeg er skiftet fra Brdr. Lind A/S til Midtjysk Stålhandel pr. 1. marts"
    # (not a bank, a phone company, a department, nor a supplier for the firm written to)
    Cue("contact_left", r"jeg er (?:nu )?skiftet (?:job |arbejdsplads )?fra (?!(?:[\w.&\-]+ )*?"
                        r"(?:\w*bank|sparekasse\w*|telenor|telia|tdc|yousee|hos|salg|indkøb)\b)"
                        r"(?:[\w.&\-]+ ){1,4}?(?:a/s|aps|i/s|k/s|amba|as|ab|gmbh|ltd) til "
                        r"(?!jer\b|os\b|jeres\b)", MEDIUM, (SELF,)),
    # "Efter 31 år er vores værkstedsleder Poul Jessen gået på pension": role, then name
    Cue("contact_left", r"er (?:vores|vor) [\w\-]+ (?:[\w.\-]+ ){1,3}?(?:desværre |nu )?"
                        r"(?:stoppet|fratrådt|gået på (?:pension|efterløn)|ikke (?:længere|mere) "
                        r"ansat|(?:trådt|gået) ud af (?:bestyrelsen|ledelsen|firmaet|"
                        r"virksomheden))", STRONG, (PERSON, INVERTED)),
    # a job that ended, told in the past: "Jeg var ansat hos jeres kunde Brøns & Søn Byg indtil
    # sommeren 2024" (plain, as in a job application, so it needs backing; not "ansat i
    # kommunen", a private person's past)
    Cue("contact_left", r"jeg var (?:ansat|indkøber|jeres kontakt\w*|kontaktperson) (?:som \w+ )?"
                        r"(?:hos (?:\S+ ){1,6}?|ved (?:\S+ ){1,5}?(?:a/s|aps|i/s|k/s) )(?:indtil|"
                        r"frem til) (?:\w+ )?(?:\d{4}|sidste|"
                        r"i (?:sommer|vinter|foråret|efteråret)|januar|februar|marts|april|maj|"
                        r"juni|juli|august|september|oktober|november|december|nytår|jul|(?:den )?"
                        r"\d{1,2}\.)\w*(?![^.!?\n]*\b(?:samme (?:sted|firma|virksomhed)|stadig "
                        r"(?:ansat|hos|i firmaet|i virksomheden)|blevet \w+chef)\b)",
        MEDIUM, (SELF,)),
    # "Jeg var tidligere jeres kontakt hos Midtjysk Tagdækning (kn@...), men jeg har ikke været
    # der siden nytår"
    Cue("contact_left", r"jeg var (?:tidligere )?(?:jeres kontakt\w*|kontaktperson|indkøber|ansat) "
                        r"(?:som \w+ )?hos (?:[^.!?\n]|\.(?=\S)){1,80}?,? men (?:jeg )?(?:har ikke "
                        r"været der|er "
                        r"(?:ikke (?:ansat )?der (?:længere|mere)|stoppet der))\b", MEDIUM,
        (SELF,)),
    # a goodbye mail: "Jeg har valgt at søge nye udfordringer" (backed by what it hands over)
    Cue("contact_left", r"jeg har (?:nu )?valgt at søge nye udfordringer\b", MEDIUM, (SELF,)),
    # "Thomas Vinding ... havde sidste arbejdsdag hos os fredag den 6. februar"
    # (not a stint ending: "havde sidste arbejdsdag i Esbjerg i går", "... inden sin ferie, han
    # er tilbage den 11. august", "... hos Vestas i fredags, så han er ledig")
    Cue("contact_left", r"havde (?:sin |hans |hendes )?sidste (?:arbejds ?)?dag hos (?:os|\w+)\b"
                        r"(?![^.!?\n]*\b(?:tilbage|ferie\w*|inden|ledig|igen|skoleophold)\b)",
        STRONG, (PERSON,)),
    # "Til orientering har Bjarne Frost (bf@...) haft sin sidste dag hos os"
    Cue("contact_left", r"har (?:[\w.\-]+ ){1,3}?(?:\([^()]{1,60}\) )?haft (?:sin|hans|hendes) "
                        r"sidste (?:arbejds ?)?dag\b", STRONG, (PERSON, INVERTED)),
    # "Efter 34 år hos Galva Fyn går vores salgschef Bjarne Winther på pension"
    Cue("contact_left", r"(?:går|gik) (?:vores|vor) [\w\-]+ (?:[\w.\-]+ ){1,3}?(?:nu )?på "
                        r"(?:pension|efterløn)\b", STRONG, (PERSON, INVERTED)),
    # "er både Allan Rytter og Mette Krogh (projektleder) fratrådt": two names inside
    Cue("contact_left", r"er (?:både|begge) (?:[\w.\-]+ ){1,3}?(?:\([^()]{1,40}\) )?(?:og|samt) "
                        r"(?:[\w.\-]+ ){1,3}?(?:\([^()]{1,40}\) |(?:i|fra|på) [\w\-]+ )?"
                        r"(?:desværre |nu )?(?:stoppet|fratrådt|gået på pension|ikke (?:længere|"
                        r"mere) ansat)",
        STRONG, (PERSON, INVERTED)),
    # two names before the verb: "har Lars Winther og Mette Dahl (md@...) forladt Hede El ApS"
    # ("har både Søren Kragh og Katrine Lykke fra vores indkøbsafdeling sagt op")
    Cue("contact_left", r"har (?:(?!ikke\b|aldrig\b|vi\b|i\b|jeg\b)[\w.\-]+ ){1,3}?(?:\([^()]{1,60}"
                        r"\) )?(?:og|samt) (?:[\w.\-]+ ){1,3}?(?:\([^()]{1,60}\) |(?:i|fra|på) "
                        r"(?:vores |jeres )?[\w\-]+ )?(?:desværre |nu "
                        r"|begge )?(?:fratrådt|sagt op|forladt (?:os|firmaet|virksomheden|"
                        r"selskabet|(?:[\w&.\-]+ ){1,4}?(?:aps|a/s|i/s)\b))", STRONG,
        (PERSON, INVERTED)),
    # the verb before its subject: "Efter 32 år har Poul Erik Mørk takket af"
    Cue("contact_left", r"har (?:(?!ikke\b|aldrig\b|vi\b|i\b|jeg\b)[\w.\-]+ ){1,3}?"
                        r"(?:desværre |nu )?(?:takket af|sagt (?:sit job |sin stilling )?op|"
                        r"fratrådt|forladt (?:os|firmaet|"
                        r"virksomheden|(?:[\w&.\-]+ ){1,4}?(?:aps|a/s|i/s)\b)|valgt at stoppe|"
                        r"fået nyt (?:job|arbejde))", STRONG,
        (PERSON, INVERTED)),
    # "... og havde sin sidste dag hos os fredag"
    Cue("contact_left", r"havde (?:sin|hans|hendes) sidste (?:arbejds ?)?dag\b", STRONG, (PERSON,)),
    # ("De arbejder altså ikke længere for Sydfyns Maskinfabrik": a spoken adverb between)
    Cue("contact_left", r"arbejder (?:desværre |altså |jo |nu |nemlig )?(?:her |hos os )?ikke "
                        r"(?:her |hos os )?(?:længere|længer|mere)(?!\w)"
                        # (not part of the work: "ikke mere end 30 timer", "ikke længere med
                        # tilbud", "ikke mere i weekenden", "om fredagen")
                        r"(?! end\b| (?:med|på|om|hjemme|deltid|i weekend\w*)\b)", STRONG,
        (PERSON,)),
    Cue("contact_left", r"(?:stopper|fratræder|går (?:snart )?på (?:pension|efterløn)|går af|"
                        r"forlader (?:os|firmaet|virksomheden)|holder op) (?:hos (?:\S+ ){1,3}?)?"
                        r"{when}", STRONG,
        (PERSON,)),
    Cue("contact_left", r"(?:har|havde) (?:desværre |nu )?(?:opsagt sin stilling|sagt sit (?:job|"
                        r"arbejde) op|fået job (?:hos|andet|et andet)|taget (?:et )?job)",
        STRONG, (PERSON,)),
    Cue("contact_left", r"sidste (?:arbejds ?dag|dag) (?:her |hos os )?(?:var|er|bliver|hos)",
        STRONG, (PERSON,)),
    # "Bo har valgt at rejse fra os", "har valgt at stoppe hos os"
    Cue("contact_left", r"har (?:desværre )?valgt at (?:rejse fra (?:os|firmaet|virksomheden)|"
                        r"forlade (?:os|firmaet|virksomheden)|stoppe (?:hos os|her|i firmaet)|"
                        r"sige (?:sin stilling |sit job )?op|gå på (?:pension|efterløn))\b", STRONG,
        (PERSON,)),
    # "han er ikke med i Skov & Juul Tømrer I/S længere" (a firm, not a project or a team)
    Cue("contact_left", r"er ikke (?:(?:længere|mere) {in_firm}|{in_firm} (?:længere|mere)\b)",
        STRONG, (PERSON,)),
    # a reorganisation: "Henrik Dam er ikke med videre i den nye organisation"
    # (not "i firmaets julefrokostudvalg", nor "..., men bliver som sælger")
    Cue("contact_left", r"er ikke med videre i (?:den nye |vores nye |vores )?(?:organisation|"
                        r"virksomhed|firma)(?:en|et)?(?![\w-])(?![^.!?\n]{0,60}\b(?:men|bliver|"
                        r"som)\b)", STRONG, (PERSON,)),
    # an owner's retirement: "min far, Erling Hald, som efter 38 år trækker sig helt ud af
    # firmaet og går på pension"
    Cue("contact_left", r"(?:trækker|trak) sig (?:helt |nu )?ud af (?:firmaet|virksomheden|"
                        r"selskabet|forretningen)(?= *(?:[.,;!\n]|$|og |efter |pr\.))(?![^.!?\n]"
                        r"{0,60}\b(?:men|bliver|fortsætter)\b)", STRONG, (PERSON,)),
    # "Vores indkøber Tove Lind har holdt hos os pr. 28. februar"; "Henrik Møller har fundet
    # noget andet og er her ikke efter påske"; "Ole Frandsen ... holder fri for altid - han
    # fylder 67 og har valgt at nyde sit otium"
    # (a date: not a lorry that "har holdt hos os i dag")
    Cue("contact_left", r"har (?:desværre )?(?:holdt|stoppet|sluttet) hos os\b(?= *(?:pr\.|per|med "
                        r"udgangen|den \d|fra \d))(?![^.!?\n]{0,60}\b(?:venter|hentet|læsset|"
                        r"fortsætter|starter)\b)", STRONG, (PERSON,)),
    # (not a part or a supplier found: "har fundet noget andet til tagrenden")
    Cue("contact_left", r"har fundet (?:et (?:nyt|andet) job|nyt arbejde|andet arbejde|noget "
                        r"andet(?= og er (?:her )?ikke (?:her )?(?:længere|mere|efter)\b))", STRONG,
        (PERSON,)),
    # (a retirement, with its sign: not "holder fri for altid, hvis det står til ham :)")
    Cue("contact_left", r"(?:holder fri for altid|har valgt at nyde sit otium|nyder nu sit otium)"
                        r"(?=[^.!?\n]{0,80}\b(?:fylder \d+|pension|fremover|overtager|har "
                        r"overtaget)\b)", STRONG, (PERSON,)),
    # "..., som er rejst fra firmaet": left the firm
    Cue("contact_left", r"er (?:rejst|gået) fra (?:os|firmaet|virksomheden|huset|firmaet her)\b",
        STRONG, (PERSON,)),
    # past tense: "Jens Hansen gik på pension i juni", "Mette fratrådte 1. maj"
    Cue("contact_left", r"(?:gik (?:desværre )?på (?:pension|efterløn)|fratrådte|fratraadte|"
                        r"sagde (?:sin stilling |sit job )?op|forlod (?:os|firmaet|virksomheden)"
                        r"|stoppede (?:hos os|i firmaet|i virksomheden|her))\b", STRONG,
        (PERSON,)),
    # "Ole sluttede hos os i december" (a month: not "sluttede hos os med en tale", nor "i går")
    Cue("contact_left", r"sluttede (?:hos os|i firmaet) (?:(?:i|ved|med udgangen af|den|pr\.|"
                        r"per) )?(?:\d{1,2}\.? ?)?(?:januar|februar|marts|april|maj|juni|juli|"
                        r"august|september|oktober|november|december|nytår|årsskiftet)\b"
                        # (not "... og er nu fastansat som lærling", "nu er han tilbage")
                        r"(?![^.!?\n]{0,80}\b(?:nu|igen|tilbage|fastansat|fast ansat)\b)", STRONG,
        (PERSON,)),
    # word order of a "that"-clause: "..., at Bo Sørensen ikke længere er ansat hos os"
    Cue("contact_left", r"ikke (?:længere|mere|længer) (?:er|var) (?:ansat|medarbejder|hos (?:os|"
                        r"jer)|i (?:firmaet|virksomheden)|en del af)", STRONG, (PERSON,)),
    Cue("contact_left", r"ikke (?:længere|mere|længer) arbejder (?:her|hos)", STRONG, (PERSON,)),
    Cue("contact_left", r"(?:er )?ikke (?:længere |mere )?(?:vores|jeres) (?:mand|kvinde|"
                        r"kontakt\w*) (?:mere|længere)\b", MEDIUM, (PERSON,)),
    Cue("contact_left", r"(?:er )?ikke (?:længere|mere) (?:vores |jeres )?kontaktperson", MEDIUM,
        (PERSON,)),
    # "Jeg har været jeres kontakt ..., men er nu gået på pension": the subject opens it.
    Cue("contact_left", r"(?:men|og) (?:er|har) (?:nu |desværre |siden )?(?:{left}|forladt "
                        r"{notplace}\w+)",
        STRONG, (PERSON, ELLIPTIC)),
    # "har vi ikke længere Torben Due ansat": who, between the words
    Cue("contact_left", r"(?:har vi|vi har) ikke (?:længere|mere)(?= (?:\S+ ){1,4}?ansat\b)",
        STRONG, (OBJECT,)),
    # the firm parted with them, who comes after: "vi har skilt os af med Tobias Kragh"
    Cue("contact_left", r"(?:har|havde) (?:\w+ ){0,3}?(?:skilt os af med|sagt farvel til|"
                        r"afskediget|fyret|opsagt|afbrudt ansættelsen af|ophævet ansættelsen af|"
                        r"(?:måttet|været nødt til at) (?:afskedige|fyre|opsige|skille os af med|"
                        r"sige farvel til))",
        STRONG,
        (OBJECT,)),
    # the past tense, with its person before it: "... han stoppede i september"
    Cue("contact_left", r"(?:stoppede|fratrådte|fratraadte|sagde op|holdt op|gik på (?:pension|"
                        r"efterløn))(?= (?:hos|i|"
                        r"pr\.|per|den|d\.|sidste|for|efter|ved|til)\b)", STRONG, (PERSON,)),
    # The sender about themself. Plain "stopped" words need backing (a handover, a
    # request, an auto-reply): "jeg er stoppet på min læreplads" is a job application.
    Cue("contact_left", r"jeg (?:er|har) (?:desværre |nu |altså |jo |som sagt )?(?:ikke (?:længere|"
                        r"længer|mere) (?:ansat|tilknyttet (?:firmaet|virksomheden|selskabet)(?! "
                        r"som\b)|involveret i (?:firmaet|virksomheden|selskabet))|fratrådt|gået på "
                        r"(?:pension|efterløn))", STRONG, (SELF,)),
    # the present for the near future: "Jeg stopper som bogholder hos Vognmand Kjær ApS den 31.
    # marts" (plain, as in a job application: it needs backing)
    Cue("contact_left", r"jeg (?:stopper|fratræder|holder op) (?:som (?!kunde\b)\w+ )?(?:hos|i "
                        r"firmaet|pr\.|per|den|d\.|til|efter|med udgangen)\b(?![^.!?\n]{0,40}\bmed "
                        r"at\b)", MEDIUM, (SELF,)),
    # an owner who sold: "Jeg har solgt firmaet til mine to svende, og jeg er ude af det nu"
    # (not one who stays on: "...; jeg bliver i firmaet som montør")
    Cue("contact_left", r"jeg har (?:nu )?solgt (?:firmaet|virksomheden|forretningen|selskabet|min "
                        r"(?:andel|virksomhed|forretning))\b(?![^\n]{0,160}\b(?:bliver|fortsætter|"
                        r"forbliver) (?:\w+ )?(?:i firmaet|i virksomheden|ansat|som|på)\b)", MEDIUM,
        (SELF,)),
    # an auto-reply's "Jeg har afsluttet mit ansættelsesforhold hos Bergen Stål"; plain, as
    # in a job application, so it needs backing too
    Cue("contact_left", r"(?:jeg har|har jeg) (?:nu )?afsluttet mit (?:ansættelsesforhold|"
                        r"ansættelse|arbejdsforhold)\b", MEDIUM, (SELF,)),
    # a clause's word order: "selv om jeg ikke har været ansat der i snart to år" (not "jeg
    # ikke har været ansat i et smedefirma før", "da jeg ikke er ansat hos Nordstål")
    Cue("contact_left", r"jeg ikke (?:(?:har været|er) ansat der\b|(?:længere|mere) (?:har været|"
                        r"er) ansat (?:hos|ved|i) )", STRONG, (SELF,)),
    # (not "Jeg er stoppet som kunde": a customer, not a contact, leaves)
    # (nor "Jeg er stoppet på studiet": a school, not a job)
    Cue("contact_left", r"jeg (?:er|har) (?:desværre |nu )?(?:stoppet(?! som (?:privat)?kunde)(?! "
                        r"(?:på|i|fra) (?:studiet|skolen|gymnasiet|uni\w*|uddannelse\w*|kurs\w*|"
                        r"klubben|holdet)\b)|"
                        r"stopet|holdt op(?! med (?!at arbejde (?:hos|for|ved) ))|forladt "
                        r"(?:firmaet|virksomheden|{notplace}\w+)|sagt op|fået nyt (?:job|"
                        r"arbejde))", MEDIUM,
        (SELF,)),
    # the same after a fronted phrase, with where: "Som skrevet er jeg stoppet som indkøber
    # hos ...", "Nu er jeg stoppet der" (not "Nu er jeg stoppet efter 20 år", "Det nummer har
    # jeg sagt op")
    Cue("contact_left", r"er jeg (?:desværre |nu )?stoppet (?:som (?!(?:privat)?kunde\b)\w+ )?"
                        r"(?:hos|der|derude|i firmaet|i virksomheden)\b", MEDIUM, (SELF,)),
    # "Jeg har valgt at sige op og starter hos en entreprenør i Vejle 1. maj"
    Cue("contact_left", r"jeg har (?:valgt at |besluttet at )?(?:sige|sagt) (?:min stilling )?op"
                        r"(?= *(?:[.,;!\n]|$| og| (?:pr\.|per|til|fra|hos|med virkning)\b))",
        STRONG, (SELF,)),
    # after a fronted phrase, with the new job or the old firm after it: "efter 12 år hos
    # Odense Stålmontage har jeg sagt op og er startet som projektleder" (not "Det nummer har
    # jeg sagt op")
    Cue("contact_left", r"har jeg (?:valgt at |besluttet at )?sagt (?:min stilling )?op(?= (?:og "
                        r"(?:er (?:startet|begyndt)|starter|begynder|skal (?:starte|begynde)|har "
                        r"fået (?:nyt |et nyt |en ny )?(?:job|arbejde|stilling))|hos)\b)", STRONG,
        (SELF,)),
    Cue("contact_left", r"(?:er|bliver) min sidste (?:arbejds ?)?(?:dag|uge|måned) (?:her |hos )",
        STRONG, (SELF,)),
    Cue("contact_left", r"jeg (?:stoppede|holdt op|sagde op) (?:der|derude|derovre|hos|i firmaet|"
                        r"i virksomheden)\b", MEDIUM, (SELF,)),
    # the verb first: "Som sagt i telefonen er jeg stoppet hos Kold & Co Entreprise"
    # (not a stop on the way: "er jeg stoppet hos Bauhaus på vejen og har købt beslag")
    Cue("contact_left", r"er jeg (?:nu |desværre |også )?(?:(?:stoppet|fratrådt)(?= (?:hos|pr\.|"
                        r"per)\b)|gået på (?:pension|efterløn)(?= (?:hos|pr\.|per)\b))"
                        r"(?![^.\n]{0,40}\b(?:på vejen|for at|og har købt|om \w+en)\b)", STRONG,
        (SELF,)),
    # the firm named before: "Efter 31 år hos Hjortshøj Smede & Maskiner er jeg nu gået på
    # efterløn" (not a private customer's "Nu er jeg gået på pension, og vi er flyttet")
    Cue("contact_left", r"efter \d+ år (?:hos|ved) (?!huset|branchen|foreningen|projektet)"
                        r"(?:\S+ ){1,5}?er jeg (?:nu )?(?:gået på (?:pension|efterløn)|stoppet|"
                        r"fratrådt)\b(?! (?:som|med|og flyttet)\b)", STRONG, (SELF,)),
    # "nu hvor jeg ikke er jeres kontakt længere"
    Cue("contact_left", r"jeg (?:ikke (?:er|var) (?:jeres|deres) kontakt(?:person)? (?:længere|"
                        r"mere)|er ikke (?:længere |mere )?(?:jeres|deres) kontakt(?:person)?"
                        r"(?: længere| mere)?)\b", MEDIUM, (SELF,)),
    # "jeg er stoppet hos Limfjord Byg fra fredag": a firm and a date (not "stoppet ved
    # tankstationen")
    Cue("contact_left", r"jeg (?:er|har) (?:desværre |nu )?stoppet hos "
                        r"(?!kunden\b|jer\b|os\b|\w*bank)(?:\S+ ){1,4}?(?:fra|pr\.|"
                        r"per|med udgangen af|med virkning fra) (?:i dag|i går|fredag|mandag|"
                        r"tirsdag|onsdag|torsdag|den \d|d\. ?\d|\d)", STRONG, (SELF,)),
    # Jutlandic "A er ikk ansat hos Vestjysk Stålmontage længer"
    Cue("contact_left", r"(?:jeg|æ|a) er (?:ikke|ikk|ik) ansat (?:hos|ved|i) (?:\S+ ){1,4}?"
                        r"(?:længere|længer|mere|mer)\b(?! end\b)", STRONG, (SELF,)),
    Cue("contact_left", r"er(?<!\ba\ser)(?<!\bjeg\ser) (?:ikke|ikk|ik) ansat (?:hos|ved) "
                        r"(?:\S+ ){1,4}?(?:længere|længer|mere|mer)\b(?! end\b)", STRONG,
        (PERSON,)),
    # "Jeg er stoppet hos Brdr. Holm Byg efter 12 år og har startet mit eget firma"
    Cue("contact_left", r"jeg (?:er|har) (?:desværre |nu )?stoppet (?:hos|ved|i|på) (?:\S+ ){1,4}?"
                        r"efter (?:\d+|mange|en del|godt|næsten) (?:\w+ )?år\b", STRONG, (SELF,)),
    # "Lisbeth Kruse som havde regnskabet har fået nyt job" (not one inside the firm)
    # "Brian Iversen har valgt at sige op" (not "sige aftalen op": a contract ends)
    Cue("contact_left", r"har (?:valgt at |besluttet at )?(?:sige|sagt) (?:sin stilling )?op"
                        r"(?= *(?:[.,;!\n]|$| og| (?:pr\.|per|til|fra|med virkning)\b))", STRONG,
        (PERSON,)),
    Cue("contact_left", r"har fået (?:et )?nyt (?:job|arbejde)\b(?! (?:hos os|her|internt|i "
                        r"(?:vores|afdelingen|firmaet)))", MEDIUM, (PERSON,)),
    # "jeg var stoppet hos Brdr. Holm Byg i september, og ordren er lagt i oktober"
    Cue("contact_left", r"jeg var (?:allerede )?(?:stoppet|fratrådt) (?:hos|i|ved|på) (?!dag\b)",
        STRONG, (SELF,)),
    # "Jeg var indkøber hos Lundgaard Maskinfabrik frem til november, hvor jeg fik nyt job"
    Cue("contact_left", r"jeg var (?!kunde\b)\w+ (?:hos|ved|i|på) (?:\S+ ){1,4}?(?:frem til|"
                        r"indtil) (?:\w+ ){0,2}?\w+,? (?:hvor|da|og|men) (?:jeg )?(?:fik nyt "
                        r"(?:job|arbejde)|stoppede|gik på pension|fratrådte|sagde op)", STRONG,
        (SELF,)),
    # "..., hvor jeg blev afskediget"; "men jeg gik på pension den 31. januar"
    Cue("contact_left", r"jeg (?:blev|er blevet) (?:desværre )?(?:afskediget|fyret|opsagt|sagt op|"
                        r"afskediget fra)\b", STRONG, (SELF,)),
    Cue("contact_left", r"jeg gik (?:\w+ )?på (?:pension|efterløn)\b", STRONG, (SELF,)),
    # "Jeg har været stoppet hos Hedegaard Entreprise siden nytår"
    Cue("contact_left", r"jeg har været (?:stoppet|fratrådt) hos (?:\S+ ){1,4}?siden\b"
                        r"(?! kl\.?\b| i morges| i går| i dag)",
        STRONG, (SELF,)),
    # "Lene har været stoppet siden jul"
    Cue("contact_left", r"har været (?:stoppet|fratrådt|væk fra firmaet) (?:siden|i)\b", STRONG,
        (PERSON,)),
    # "Peter har ikke været ansat her siden nytår"
    Cue("contact_left", r"har ikke (?:været ansat|arbejdet) (?:her |hos os |hos \S+ )?"
                        r"siden\b", STRONG, (PERSON,)),
    # "jeg har ikke arbejdet hos Nordstål Montage siden sommer"
    Cue("contact_left", r"jeg har ikke (?:arbejdet|været ansat) (?:hos|for|i|ved|på) (?:\S+ ){1,4}?"
                        r"(?:siden\b|i (?:snart |over |mere end |næsten |et par )?(?:\w+ )?(?:år|"
                        r"måneder)\b)", STRONG, (SELF,)),
    # "jeg er ikke hos Engholm Byg længere, jeg stoppede i september"
    Cue("contact_left", r"jeg er (?:desværre |nu |jo )?ikke (?:hos|ved|ansat hos) (?:\S+ ){1,4}?"
                        r"(?:længere|mere)\b", MEDIUM, (SELF,)),
    # "Jeg er ikke ansat der mere", "jeg er ikke ansat hos Ørsted Tag længere"
    Cue("contact_left", r"jeg er (?:desværre |nu |jo )?ikke (?:længere )?ansat (?:der|i firmaet|"
                        r"i virksomheden|hos \S+(?: \S+){0,3}?) (?:mere|længere)\b", STRONG,
        (SELF,)),
    # "Jeg har haft min sidste dag der fredag"
    Cue("contact_left", r"(?:har haft|havde) min sidste (?:arbejds ?)?(?:dag|uge)\b", STRONG,
        (SELF,)),
    # "Jeg er ikke længere ved Hansen VVS" (not "ved at ...", "hos lægen" needs backing too)
    Cue("contact_left", r"jeg er (?:desværre |nu |jo )?ikke (?:længere|længer|mere) (?:hos|ved) "
                        r"(?!at\b|dig\b|mig\b)\w+", MEDIUM, (SELF,)),
    Cue("contact_left", r"jeg (?:fratrådte|fratraadte)\b", STRONG, (SELF,)),
    Cue("contact_left", r"jeg (?:arbejde|arbejdede|var ansat) (?:hos|i|for) (?:\S+ ){1,5}?(?:til|"
                        r"indtil) (?:\w+ ){0,2}?\w+,? (?:men )?nu (?:ikke|ik) (?:mere|længere)\b",
        MEDIUM, (SELF,)),
    # "(Som du ved,) er jeg gået på pension fra Holstebro Stålhandel": the firm left is named
    # (a private customer's "Nu er jeg gået på pension, og vi er flyttet" leaves no firm)
    Cue("contact_left", r"(?:er|har) jeg (?:desværre |nu |så )?(?:gået på (?:pension|efterløn)|"
                        r"fratrådt|ikke (?:længere|mere) ansat) (?:fra|hos|i) (?!dag\b)",
        STRONG, (SELF,)),
    # an officer of an association steps down: "Jeg er gået af ved generalforsamlingen",
    # "... og har ikke længere noget med foreningen at gøre"
    Cue("contact_left", r"jeg er (?:nu )?gået af (?:som|ved|på|i|fra|efter)\b", MEDIUM, (SELF,)),
    # "På generalforsamlingen stoppede jeg som formand, og Bjarne Kold har overtaget"
    Cue("contact_left", r"(?:stoppede jeg|jeg stoppede|gik jeg af|jeg gik af|trådte jeg tilbage|"
                        r"jeg trådte tilbage) som (?:\w+ )?(?:formand|næstformand|kasserer|"
                        r"kontaktperson|bestyrelsesmedlem|indkøber|leder|kontakt)\b", MEDIUM,
        (SELF,)),
    # not a task left behind at the same firm: "Jeg er skiftet til økonomiafdelingen og har
    # ikke længere noget med indkøb at gøre"
    Cue("contact_left", r"(?:jeg|og) har ikke (?:længere|mere) noget med (?!{task}|den del|det "
                        r"område|den afdeling|sagen|den sag|\w+afdeling\w*)(?:\w+ ){1,3}?at gøre",
        MEDIUM, (SELF,)),
    Cue("contact_left", r"jeg (?:stopper|fratræder|går (?:snart )?på pension) (?:hos (?:\S+ )"
                        r"{1,5}?)?{when}", MEDIUM, (SELF,)),
    # not where or when one works: "Jeg arbejder ikke længere hjemme om torsdagen", "... med
    # indkøb" (a new task at the same firm), "... på deltid"
    Cue("contact_left", r"jeg arbejder ikke (?:længere |mere )?hos (?:(?!om\b|på\b|i\b|\w+dag\w*\b)"
                        r"\S+ ){1,4}?(?:længere|mere)(?![\w-])", STRONG, (SELF,)),
    Cue("contact_left", r"jeg arbejder (?:her |hos (?:\S+ ){1,3}?)?ikke (?:længere|mere)"
                        r"(?! (?:i (?:danmark|norge|sverige|tyskland|polen|udlandet|landet|byen)|"
                        r"hjemme\w*|om \w+|på (?:deltid|fuldtid|nat\w*|\w+dag\w*)|med {task}|"
                        r"fra (?:hjemmet|kontoret)|deltid|fuldtid|weekend\w*|i weekend\w*)\b)",
        STRONG,
        (SELF,)),
    Cue("contact_left", r"min sidste (?:arbejds ?)?(?:dag|uge) (?:var|er|bliver|hos)", STRONG,
        (SELF,)),
    # "fredag den 27. juni er min sidste dag.", "går jeg på pension"
    Cue("contact_left", r"(?:er|bliver|var) min sidste (?:arbejds ?)?(?:dag|uge)(?= *[.!,;\n])",
        STRONG, (SELF,)),
    Cue("contact_left", r"(?:går|gik) jeg (?:nu )?på (?:pension|efterløn)\b", STRONG, (SELF,)),
    # "er det i dag min sidste arbejdsdag"
    Cue("contact_left", r"(?:er|bliver) det (?:i dag|i morgen|fredag|nu) min sidste (?:arbejds ?)?"
                        r"(?:dag|uge)\b", STRONG, (SELF,)),
    # "Det her bliver min sidste uge hos Aarhus Byg", "i dag er min sidste dag her"
    Cue("contact_left", r"(?:er|bliver|var) min sidste (?:arbejds ?)?(?:dag|uge) "
                        r"(?:hos|i|her|på)\b", STRONG, (SELF,)),
    Cue("contact_left", r"jeg (?:starter|begynder) (?:på )?(?:et )?(?:nyt (?:sted|job|arbejde)|"
                        r"andet sted)", MEDIUM, (SELF,)),
    Cue("contact_left", r"(?:denne|min|den|nærværende) (?:arbejds ?)?(?:e-?mail|mail)(?: ?adresse"
                        r"| ?konto| ?boks)? (?:er|bliver|vil blive) (?:nu )?(?:ikke (?:længere"
                        r"|mere)"
                        r" (?:aktiv|i brug|overvåget)|lukket|nedlagt|deaktiveret|ophørt)", STRONG,
        (MAILBOX,)),
    # "Min mailadresse lukkes på mandag"
    Cue("contact_left", r"(?:denne|min) (?:arbejds ?)?(?:e-?mail|mail)(?: ?adresse| ?konto"
                        r"| ?boks)? (?:lukkes|nedlægges|deaktiveres|ophører)\b", STRONG,
        (MAILBOX,)),
    Cue("contact_left", r"(?:mail ?boksen|postkassen|indbakken|mailen) (?:bliver |vil ikke "
                        r"blive )?(?:overvåges|læses|tjekkes|læst|tjekket) ikke (?:længere|mere)",
        STRONG, (MAILBOX,)),
)

_FLAGS = (
    Cue("third_party", r"(?:min|mit|mine|vores) (?:afdøde |tidligere |gamle |kære )?(?:far|mor"
                       r"|fars|mors|mand|mands|kone|kones|hustru|søn|søns|datter|datters|bror|"
                       r"søster|kæreste|samlever|forældre|forældres|barn|børn|svigerfar|"
                       r"svigermor|bedstefar|bedstemor|klient|kollega|kollegas|kollegaer|"
                       r"medarbejder|medarbejders|nabo|naboens|ven|veninde)\b"),
    Cue("third_party", r"(?:hans|hendes|deres|vedkommendes) (?:\w+ )?{data}"),
    Cue("third_party", r"(?:om|på) (?:ham|hende)\b"),
    Cue("representative", r"(?:på vegne af|på \w+ vegne|fuld ?magt\w*|fuldmadt|værge\w*"
                          r"|repræsenterer|min klient|vores klient|som advokat for)"),
    Cue("deceased", r"(?:afdøde|afdød|dødsbo\w*|gået bort|afgået ved døden|afgik ved døden|"
                    r"er død\b|døde (?:(?:desværre|pludseligt?|uventet|brat) )*(?:i|den|"
                    r"sidste|pludseligt?|uventet|efter|af|natten)\b)"),
    Cue("breach", r"(?:databrud|data-brud|brud på (?:\w+ )?sikkerhed\w*|sikkerhedsbrud|gdpr[- ]brud"
                  r"|datalæk\w*|hackerangreb)"),
    Cue("breach", r"(?:{data}|{my} \w+) (?:er |blev |var )?(?:blevet )?(?:lækket|hacket|stjålet)"),
    Cue("breach", r"(?:sendt|videresendt|givet|udleveret) (?:\S+ ){0,6}?til (?:en )?(?:forkert\w*"
                  r"|anden kunde|en anden|uvedkommende|andre kunder)"),
    Cue("complaint", r"(?:klage\w*|anmelde\w*|indberet\w*|kontakte\w*) (?:\w+ ){0,3}?(?:til|hos)"
                     r" (?:data ?tilsyn\w*|tilsynsmyndighed\w*)"),
    Cue("dispute", r"(?:reklamation\w*|reklamere\w*|ubetalt\w*|skylder|rykker\w*|inkasso\w*"
                   r"|tvist\w*|uenighed\w*|voldgift\w*|mangel\w* ved|mangelfuld\w*)"),
    Cue("dispute", r"indsigelse (?:mod|imod) (?:\w+ )?(?:faktura\w*|regning\w*|pris\w*|beløb\w*"
                   r"|opkrævning\w*|rykker\w*)"),
    Cue("dispute", r"klage (?:over|vedr\.?|vedrørende) (?:\w+ )?(?:arbejde\w*|montage\w*|"
                   r"levering\w*|leverance\w*|svejsning\w*|faktura\w*)"),
    Cue("company", r"(?:alt|alle (?:\w+ )?{data}|{data}) (?:om|på|vedrørende) (?:vores|vort) "
                   r"(?:firma|virksomhed|selskab)"),
    Cue("company", r"(?:vores|vort) (?:firmas|virksomheds|selskabs) (?:\w+ )?{data}"),
)

LEXICON = Lexicon(
    code="da",
    profile=(
        "og", "ikke", "jeg", "det", "at", "en", "er", "til", "på", "med", "af", "for", "den",
        "har", "de", "som", "mig", "vi", "om", "kan", "vil", "så", "men", "også", "hvad", "hvilke",
        "hvordan", "hvis", "venligst", "tak", "hilsen", "mvh", "efter", "nogen", "noget", "meget",
        "være", "været", "blev", "bliver", "kun", "sådan", "lige", "fordi", "derfor", "jeres",
        "vores", "gerne", "hej", "kære", "oplysninger", "sletning", "slet", "slette", "indsigt",
        "ønsker", "længere", "ansat", "stoppet", "fratrådt", "behandling", "mine", "mit", "min",
        "dig", "jer", "deres", "eller", "selv", "hos", "denne", "dette", "disse", "skal", "må",
        "bedes", "nummer", "adresse", "firma", "kontaktperson", "virksomheden",
    ),
    cues=_ERASE + _ACCESS + _RECTIFY + _RESTRICT + _OBJECT + _PORT + _LEFT + _FLAGS,
    macros=MACROS,
    conditionals=("hvis", "såfremt", "i fald", "i tilfælde af", "ifald", "dersom", "skulle i",
                  # "Jeg ville egentlig spørge, hvad I har ..., men det er lige meget"
                  "ville egentlig", "havde egentlig tænkt",
                  # the rights of anyone, told in a GDPR course's sales pitch: "at en kunde
                  # til enhver tid kan bede om indsigt"
                  r"(?:en|enhver) (?:kunde|medarbejder|person|borger|ansat)\w* (?:\w+ ){0,5}?kan",
                  # "hvordan håndterer I det, når en kunde beder om indsigt eller sletning?"
                  r"når (?:en|enhver) (?:kunde|medarbejder|person|borger|ansat)\w*",
                  r"(?:kunder|kunderne|medarbejdere|de registrerede|borgere|alle) (?:\w+ ){0,3}?"
                  r"(?:kan|har ret til)",
                  # still deciding: "Jeg overvejer at bede om indsigt", "så vil jeg tage stilling
                  # til, om jeg vil bede jer slette det", "Før jeg beder om noget"
                  "overvejer at", "overvejer om", "tage stilling til om", "tager stilling til om",
                  "bestemt mig for om", "bestemt mig om", "om jeg vil", "om jeg skal",
                  # the end of a restriction: "Frys dem, indtil I alligevel skal slette dem"
                  r"indtil (?:i|du|de|vi) (?:\w+ ){0,2}?(?:skal|må|alligevel)",
                  # "(Spørgsmål) før jeg beder om sletning": right before the request words
                  r"(?:før|inden) jeg(?= *$)",
                  # a condition put first: "Har I brug for dem til det, så lad dem ligge"
                  "har i brug for dem", "har i brug for det", "skal i bruge dem",
                  # the reader's wish, not the sender's: "Ønsker du ikke flere tilbud, så
                  # ignorer denne mail"
                  r"(?<!\w[ \t])ønsker (?:du|de|i(?= (?:ikke|at|flere|mere)\b))(?= )"),
    # "hvis I vil/kunne ..." is how Danes say please ("jeg vil være glad, hvis I vil slette
    # mig"): a request, not a hypothesis
    polite_ifs=("hvis i vil", "hvis du vil", "hvis i kunne", "hvis du kunne", "hvis i gider",
                "hvis du gider", "hvis i ville", "hvis du ville",
                # a frame that says please before its "hvis": "det er fint med mig, hvis I
                # fjerner mine oplysninger", "ville det være dejligt, hvis I rettede det",
                # "Jeg ville være Dem taknemmelig, om De ville ...", "jeg ville sætte pris på,
                # hvis I holdt op med at sende ..."
                r"(?:det (?:er|var|ville være|vil være)|(?:ville|vil) det være) (?:\w+ ){0,2}?"
                r"(?:fint|dejligt|rart|skønt|ok|okay|i orden|en hjælp|pænt af (?:jer|dem|dig))"
                # (it ends at "hvis": the pronoun after it may open the phrase itself, "hvis
                # det kunne forsvinde", and a search that stops there cannot see it)
                r"(?: med mig| for mig| for os)?,? (?:hvis|om)",
                r"(?:jeg|vi) (?:ville|vil) (?:blive|være) (?:\w+ ){0,2}?(?:glad|glade|"
                r"taknemmelig\w*)(?: for det)?,? (?:hvis|om)",
                r"(?:jeg|vi) (?:ville|vil) sætte (?:stor |meget )?pris på,? (?:hvis|om)"),
    retractions=(
        # kept, not deleted: "lader mine oplysninger ligge urørt ... men uden at slette dem"
        # (not "I må ikke bare gemme dem uden at slette dem", which asks for the deletion)
        r"(?:lad|lade|lader|behold|beholde|beholder|gem|gemme|gemmer)\b(?<!bare\slad)"
        r"(?<!bare\slade)(?<!bare\sgem)(?<!bare\sgemme)(?:[^.!?\n]|\n(?!\n)){0,140}?,? (?:–|"
        r"-)? ?men uden at "
        r"(?:i |du |de )?(?:slette|fjerne|slettes) (?:dem|det|noget|nogen)\b",
        # imperative "slet ikke noget!" after a clause break, never the adverb in "det gør
        # slet ikke noget" (gdpr-dk.md §3.2)
        r"(?:(?<=[–—:!.,;\n-])|^|men|så|og|nej|bare|altså|derfor|venligst|i stedet) *slet "
        r"(?:venligst |altså |derfor )?ikke (?:noget|nogen|noget som helst|endnu|alligevel)"
        r"(?! (?:andet|mere end|ud over|udover|af det andet))",
        r"(?:(?<=[–—:!.,;\n-])|^|men|så|og|nej|bare|altså|derfor|venligst) *slet "
        r"(?:intet|ingenting)"
        r"(?= *(?:[.!,;–\n]|$|endnu|men|før|indtil))",
        r"(?:i|du|de) (?:skal|må|bedes|behøver) (?:altså |derfor |venligst |slet |heller )?ikke "
        r"(?:at )?(?:slette|fjerne) (?:noget|nogen|mine|mit|min|dem|det|alligevel|endnu|mig)",
        r"(?:ingen grund til|ikke nødvendigt|ikke nødvendig|unødvendigt|ingen grund) (?:at )?"
        r"(?:slette|fjerne) (?:noget|nogen|mine|mit|min|dem|det|mig|oplysning\w*|data)",
        # (not the reader asked: "Vil du ikke nok få mig slettet?" is a polite request)
        r"(?:vil|ønsker) (?!(?:du|i) )(?:\w+ )?ikke (?:at )?(?:\w+ )?(?:have|få) (?:\w+ ){0,3}?"
        r"(?:slettet|fjernet)",
        r"(?:jeg|vi) (?:vil|ønsker) ikke (?:at )?(?:blive )?(?:slettes|slettet|fjernes|fjernet)\b",
        r"(?:lad være med at|undlad at|undlad venligst at) (?:\w+ )?(?:slette|fjerne) (?:noget|"
        r"nogen|mine|mit|min|dem|det|mig|oplysning\w*)",
        r"(?:ingen|ikke nogen) sletning",
        # "Min advokat har rådet mig til at I IKKE sletter noget endnu" (a time: not "jeg er
        # bange for, at I ikke sletter noget", a complaint that the request still stands)
        r"(?:rådet|bedt|beder|bad|anbefalet|anbefaler|ønsker|foretrækker)(?: \w+){0,3}? at (?:i|du|"
        r"de) (?:altså |derfor |venligst )?ikke (?:sletter|fjerner) (?:(?:noget|nogen|dem|det|mig|"
        r"mine \w+|oplysning\w*) )?(?:endnu|alligevel|foreløbig|indtil videre)\b",
        # "Så: behold oplysningerne, men brug dem ikke": keep them, a clause of its own
        r"(?:(?<=[–—:!.,;\n-])|^|men|så|nej|altså|derfor) *behold (?:venligst |bare |hellere )?"
        r"(?:oplysningerne|mine oplysninger|mine data|dataene)\b(?! (?:om|på|vedr\.?) )",
        r"(?:annuller|annullér|se bort fra|ignorer|ignorér|fortryder|fortrød) (?:venligst |bare |"
        r"hermed )?(?:min|mit|den|det|vores) (?:\w+ ){0,3}?(?:sletning\w*|slette ?anmodning\w*|"
        r"anmodning om (?:at blive )?slet\w*)",
        r"(?:trækker|tager) (?:hermed |derfor )?(?:min|mit|vores) (?:\w+ ){0,3}?(?:sletning\w*|"
        r"slette ?anmodning\w*|anmodning om (?:at blive )?slet\w*) tilbage",
        # The sender takes it back later in the mail: "glem det jeg skrev", "lad det stå"
        r"glem (?:venligst |bare |så |endelig )?(?:alt )?(?:det|hvad),? (?:jeg|vi) (?:lige )?"
        r"(?:skrev|har skrevet|bad om|spurgte om|sendte)",
        r"glem (?:venligst |bare |så )?(?:min|mit|vores|den|det) (?:\w+ ){0,4}?(?:mail|e-mail|"
        r"besked|henvendelse|anmodning)",
        r"(?:se bort fra|ignorer|ignorér) (?:venligst |bare )?(?:min|mit|vores|den|det) "
        r"(?:\w+ ){0,4}?(?:mail|e-mail|besked|henvendelse)",
        # "I må gerne beholde mine oplysninger", "I skal endelig beholde os i kartoteket"
        # (not "beholde dem af selve beslagene": those of the fittings, a part, are kept)
        # (nor "Vil I slette mit mobilnummer? I må gerne beholde min mail": one field kept,
        # another still to go)
        r"(?:må|skal|kan) (?:\w+ )?(?:gerne|godt|endelig|bare) beholde (?:mine|mit|min|os|mig|dem|"
        r"det|oplysning\w*|data)\b(?! (?:af|med|hvor|der|som)\b)(?! (?:\w+ )?(?:e-?mail|mail|"
        r"\w*adresse|\w*nummer|navn|telefon|mobil)\w*\b(?! (?:\w+ )?(?:alligevel|trods alt)\b))",
        r"lad (?:det(?: hele)?|dem|os|mig|alt|alting) (?:bare |hellere |venligst )?(?:stå|blive "
        r"stående|ligge)"
        r"(?= *(?:[.!,;–\n]|$|(?:som|så|hos|i)\b))",
        r"(?:nej|nå|ok|okay),? (?:\w+ )?glem det",
        r"(?:det|den|dét|anmodningen) vil (?:jeg|vi) (?:gerne |hermed )?trække tilbage",
        r"behold (?:\w+ )?(?:endelig |bare |gerne )?(?:mine|mit|min|os|mig|dem)\b",
        # a colleague's question before it happens: "som ... nævnte at hun "nok vil have
        # slettet sine oplysninger, når vi er færdige". Hun har ikke bedt om det endnu."
        r"(?:hun|han|de|kunden) har ikke (?:bedt om|anmodet om|spurgt om|bedt os om) (?:det|"
        r"noget|sletning\w*|at blive slettet) endnu",
        # "Sidste år bad jeg jer slette mig ... nu må I gerne gemme mine oplysninger igen"
        r"(?:(?:i|du) må|må (?:i|du)) (?:\w+ )?gerne (?:gemme|beholde|have) (?:mine|mig|dem|det)"
        r"\b(?: \w+){0,2}? igen",
        # "Jeg ville egentlig bede jer om at slette mig, men ... så det lader vi være"
        r"(?:det|dét) lader (?:vi|jeg) (?:\w+ )?(?:være|ligge|stå)\b",
    ),
    negations=("ikke", "aldrig", "ingen", "hverken", "ik", "ikk", "ikkke", "heller"),
    hedges=("ellers", "hvis", "forbeholder", "såfremt", "i modsat fald", "overvejer", "kan"),
    not_left=(r"(?:stadig|fortsat) ansat\b",
              # a place in the firm, not the firm: "arbejder ikke længere i Vejle-afdelingen"
              r"(?:ikke længere|ikke mere) (?:i|på|ved) (?:[\w-]*-)?(?:afdeling|kontor|filial|"
              r"lager|"
              r"værksted)\w*",
              r"(?:ikke længere|ikke mere) om (?:mandag|tirsdag|"
              r"onsdag|torsdag|fredag|lørdag"
              r"|søndag)"
              r"(?:en|e)\b",
              # on part time now (not a past stint: "som har været her på deltid hele vinteren,
              # er stoppet nu")
              r"(?:er|går|gået|arbejder|kører|bliver|kommer|fortsætter) (?:\w+ ){0,2}?(?:på |ned "
              r"på |over til |ned til |over på )?deltid\b", r"har deltid\b",
              r"stoppet (?:tidligt|for i dag|i dag|i går|kl\.|klokken|før tid|midt|med arbejdet"
              r"|arbejdet)", r"(?:pga\.?|på grund af) (?:vejret|regn\w*|sne\w*|sygdom|blæst\w*|"
              r"frost\w*|storm\w*|glat\w*)",
              r"flyttet (?:til|over i|over til) (?:\w+ ){0,2}?(?:afdeling\w*|kontor\w*|"
              r"filial\w*|afd\.)", r"skiftet (?:afdeling|kontor)",
              # (a sister company is another firm: its contact has left the customer)
              r"overgået til(?! (?:vores |vort |et |jeres )?(?:søster|datter|moder)selskab)",
              # "arbejder ikke længere i vores Aarhus-afdeling": moved inside the firm
              r"ikke (?:længere|mere) (?:i|på|ved) (?:vores |jeres |den )?(?:\S+-)?"
              r"(?:afdeling|filial|afd\.)",
              r"på (?:barsel|ferie|orlov|kursus|sygeorlov|forretningsrejse)", r"sygemeldt",
              r"vender tilbage", r"tilbage (?:igen|den|d\.|på|mandag|tirsdag|onsdag|torsdag|"
              r"fredag|i morgen|efter)", r"fraværende", r"stoppet (?:med at|i afdelingen)",
              r"stoppet (?:igen|af sig selv|helt|op)",
              # "stoppe forbi/ind" is to drop in: "Jens er stoppet forbi værkstedet".
              r"stop(?:pet|per|pede)? (?:forbi|ind|kort ind|ved)\b(?! (?:udgangen|årsskiftet|"
              r"nytår|månedsskiftet|udløbet))",
              r"(?:virker|kører|fungerer|lukker|åbner)"
              r" (?:\w+ )?ikke"),
    ambiguous_left=(r"ikke (?:længere|mere|længer) (?:iblandt|blandt|med) os",),
    referents=(r"{my} (?:\w+ )?{thing}",
               # a household's own: "gemme vores navn, adresse og telefonnummer" (a name and more:
               # not the firm's "vores adresse")
               r"vores (?:\w+ )?navne?(?:,? (?:og |samt )?(?:\w+ )?{field}){1,3}\b",
               # the request itself, as the firm's reply names it: "SV: Din anmodning om indsigt"
               r"anmodning (?:\w+ )?om (?:sletning|indsigt|aktindsigt)|(?:sletnings|indsigts)"
               r"anmodning",
               # a photo of the sender or their home: "et billede af vores hus, mig i vinduet"
               r"{photo} (?:\w+ ){0,6}?(?:af|med|i|fra) (?:mig|os|vores|min|mit)\b",
               # "et billede fra jeres sommerfest, hvor jeg står forrest"
               r"{photo}[^.!?\n]{0,80}? (?:hvor|som) (?:jeg|vi) (?:står|sidder|ses|er med)\b",
               # "på et par af dem står vores to drenge i baggrunden"
               r"(?:står|ses|sidder|kan man se) (?:\w+ )?(?:vores|mine|min|mit|mig|os)\b",
               # "I har mig med navn og billede under 'Det siger vores kunder'"
               r"har (?:mig|os) med (?:\w+ )?(?:navn|{photo})",
               # "vi er flyttet ... Vil du rette det"; a colleague's "nyt mobilnummer", "hans titel"
               r"(?:jeg|vi|de|han|hun) (?:er|har) flyttet\b",
               r"(?:hans|hendes|sit|sin|sine) (?:\w+ )?{field}",
               # "Min kone og jeg har fået nye mobilnumre ... Vil I rette dem"
               r"(?:jeg|vi) har fået (?:et |en )?(?:nyt?|nye) {field}",
               # "Jeg har skiftet mobilnummer, det nye er ... Kan i rette det i jeres system"
               r"(?:jeg|vi) har (?:skiftet|ændret|byttet) (?:\w+ )?{field}",
               # "Nyt direkte nummer: 12 58 04 77 ... Vil du rette det i jeres system"
               r"(?:nyt?|nye) (?:direkte |mobil ?|privat ?)?(?:nummer|nr\.?|telefonnummer|"
               r"mobilnummer) ?: ?\+?\d{2} ?\d{2} ?\d{2} ?\d{2}\b",
               # what the sender's file says about them: "Der står at jeg ..., men det er forkert"
               r"står (?:der )?(?:\w+ ){0,3}?at jeg\b",
               # "I har mig registreret som ejer og kontaktperson - det er forkert"
               r"har mig (?:\w+ )?(?:registreret|stående|noteret|oprettet) som\b",
               r"har registreret mig (?:på|som|med)\b",
               # a use of data the sender then objects to: "I bruger kundeoplysninger til ..."
               r"(?:bruger|anvender|behandler|videregiver|deler) (?:\w+ ){0,2}?\w*(?:oplysninger|"
               r"data)\b",
               # an heir's "hvilke oplysninger I har om hende, og om I så vil slette dem"
               r"{data},? (?:\w+ ){0,5}?(?:om|på) (?:ham|hende)\b",
               r"hvad {you} (?:\w+ ){0,2}?(?:har|ved) (?:\w+ ){0,2}?(?:om|på) (?:ham|hende)\b",
               # "I jeres system står jeg som ejer af ...": how the sender is registered
               r"(?:står|er) (?:jeg|vi) (?:registreret |noteret |opført |angivet )?som\b",
               r"(?:jeg|vi) (?:er|står som) (?:\w+ )?(?:indehaver|ejer|direktør|kontaktperson)\b",
               r"fået nyt? (?:\w+ )?\w*(?:nummer|mobil|telefon|mail\w*|e-?mail\w*|titel)\b",
               # "mine kunde- og ordredata", "vores kundeoplysninger og ordrehistorik"
               r"(?:{my}|vores) (?:[\w\-]+ ){0,3}?\w*(?:data|oplysninger|historik)\b",
               r"(?:{data}|{thing}) (?:\w+ ){0,3}?{aboutme}",
               r"{aboutme}", r"{data},? (?:\w+ ){0,5}?{aboutme}",
               # the generic "one": "hvad de har liggende om en, så det vil jeg gerne"
               r"hvad (?:\w+ ){0,2}?har (?:\w+ )?(?:liggende|registreret|gemt|stående) (?:om|på)",
               # a wrong field of the sender's ("Forkert adresse", "jeg bor Østergade 19")
               r"(?:forkert|forkerte|gamle|gammel) (?:\w+ )?{field}", r"jeg bor (?:på |i )?\w+ \d",
               # the sender's own name: "Jeg hedder i øvrigt Bøgh med ø og h, ikke Bøg"
               r"(?:jeg|vi) hedder\b",
               # a letter to a misspelt name: 'adresseret til "Soren Ostergard"'
               r"(?:adresseret|stavet|skrevet) (?:til |som )?[\"“„«»][a-zæøåé]+ [a-zæøåé]+[\"”“»«]",
               # a couple's: "at I gemmer vores navne og telefonnumre ... I må gerne slette det"
               r"vores navne og (?:\w+ )?(?:numre|telefonnumre|mobilnumre|adresser?)\b",
               r"vores (?:\w+ )?(?:telefonnumre|mobilnumre)\b",
               # the possessive after its noun, as Norwegian puts it: "opplysningene mine"
               r"(?:op?plysning|informasjon|data)\w* (?:mine|min|mit|mitt)\b",
               r"{photo} (?:\w+ ){0,3}?(?:af|inde i|inde fra|fra) (?:mig|os|vores|mit"
               r"|min|mine|huset|hjemmet|stuen|børnene|familien)",
               r"(?:facebook|instagram|hjemmeside|website|linkedin|sociale medier)"),
    # Customer-side roles only: "montøren er stoppet" is about the job, not a departure.
    until=("indtil", "foreløbig", "midlertidigt", "så længe", "mens", "imens", "i mellemtiden",
           "lige nu",
           r"(?:før|til) (?:\w+ ){1,3}?(?:er|bliver|har) (?:\w+ )?(?:afgjort|afsluttet|afklaret|"
           r"løst|overstået|færdig\w*|slut|rettet|korrigeret|berigtiget|opdateret|ændret|tjekket|"
           r"undersøgt|kontrolleret|fundet ud af|fået styr på)", "afventer",
           # kept, not used: "at I ikke bruger mine oplysninger ..., men I må ikke slette dem
           # endnu" (art. 18)
           r"ikke (?:slette|slettes) (?:\w+ ){0,2}?endnu"),
    handover=(r"fremover skal (?:i|du|de) (?:\w+ )?(?:kontakte|skrive|ringe|henvende)",
              # "Hvis I skal have fat i nogen om fodervognen, så er det Karsten Lind selv"
              r"hvis (?:i|du) skal (?:have fat i|tale med|snakke med) (?:nogen|nogle|en|én)\b",
              # the work address no longer theirs: "så jonas@... er ikke min længere", "Min
              # gamle mail tk@... virker ikke længere"
              r"(?:\S+@\S+|(?:min|mit) (?:gamle |tidligere )?(?:arbejds)?(?:mail|e-?mail|"
              r"adresse|mailadresse|nummer)(?: \S+@\S+)?) (?:er ikke (?:min|mit) (?:længere|"
              r"mere)|virker ikke (?:længere|mere))\b",
              # "Dette bliver min sidste mail fra denne adresse, da jeg stopper hos Holm Byg"
              r"(?:min|mit) sidste (?:mail|e-?mail|besked|arbejdsdag)\b",
              # "så det er Frank der skal have jeres tilbud fremover"
              r"(?:det er|er det) \w+(?: \w+)? (?:der|som) (?:skal have|får|overtager|tager over)",
              # "Herefter er det Lone Bech lb@... der bestiller hos jer"
              r"(?:herefter|fremover|fremadrettet|fra nu af|derefter) er det (?!(?:mig|jer|os|vi"
              r"|i|du|dig|ham|hende|dem)\b)\w+(?: \w+)?(?: \S+@\S+)? (?:der|som)\b",
              r"(?:send|sende|skriv|skrive|ring|ringe|kontakt|kontakte|henvend \w+) (?:\S+ ){0,6}?"
              r"(?:fremover|fremadrettet|fra nu af)",
              r"(?:fremover|fremadrettet|fra nu af|indtil videre) (?:skal|kan|bedes) (?:i|du|de)"
              r" (?:\S+ ){0,3}?(?:kontakte|skrive|sende|ringe|henvende|rette henvendelse)",
              r"ny kontaktperson", r"(?:kontakt|kontakte|henvend \w+ til) (?:\w+ ){0,4}?i stedet",
              # "Alle nye forespørgsler på pullerter skal gå til mig"
              r"(?:forespørgsler|henvendelser|ordrer|bestillinger|tilbud|fakturaer) (?:\S+ ){0,5}?"
              r"skal (?:fremover |nu |herefter )?(?:gå|sendes|rettes) til\b",
              r"i stedet (?:for mig )?(?:kontakte|skrive til|ringe til)",
              # a portfolio, not one job ("min kone overtager sagen om carporten")
              r"(?:overtager|har overtaget|overtog) (?:\w+ )?(?:opgaver|opgaverne|sager|sagerne|"
              r"kunder|kunderne|arbejdet|projekt\w*|ordre\w*)",
              r"har fået overdraget", r"(?:er|bliver|blev) overtaget af\b",
              # "Min datter Tina tager over som daglig leder"
              r"tager over (?:som|efter|fra)\b",
              r"(?:i|du|de) (?:bedes|skal|kan) (?:fremover|fremadrettet|fra nu af) (?:\S+ ){0,2}?"
              r"(?:kontakte|skrive|sende|ringe|henvende)",
              r"henvendelser (?:\S+ ){0,12}?(?:sendes|sendt|rettes|rettet) til\b",
              # "Peter Dahl overtager som værkfører, og I kan fange ham på 12 66 71 02"
              r"overtager (?:som|efter (?:ham|hende)|hans|hendes|stillingen|jobbet)\b",
              r"(?:i|du) kan (?:\w+ )?(?:fange|få fat i|træffe) (?:ham|hende|mig)\b",
              r"min (?:afløser|efterfølger|kollega \w+ overtager)",
              # "er det mig, der tager mig af indkøb", "I kan skrive til mig på denne adresse"
              r"(?:er det|det er) mig,? (?:der|som) (?:tager mig af|overtager|står for|har)",
              r"(?:i|du) kan (?:\w+ )?(?:skrive|ringe) til mig", r"\bafløser\w*",
              r"kan (?:i|du) (?:\w+ )?(?:skrive|ringe) til mig",
              r"(?:går|sendes|kører) (?:nu |fremover )?(?:gennem|igennem) (?:mig|undertegnede)\b",
              r"(?:alt|henvendelser|post) (?:\w+ )?fremover (?:går|sendes|skal gå) til (?:mig|os|"
              r"undertegnede)",
              # "Fremover er det Sofie Dahl (sd@...), der tager sig af jeres ordrer"
              r"(?:fremover|fra nu af|fremadrettet) er det (?:\S+ ){1,6}?(?:der|som)",
              # "Indtil videre bedes I rette henvendelse til undertegnede"
              r"(?:rette|rett) henvendelse til (?:undertegnede|mig|os)",
              # "Min søn Mikkel tager sig af det videre herfra"
              r"tager sig af (?:det|\w+) (?:videre|fremover|fra nu af|herfra)",
              # "Fra mandag skal I skrive til min kollega", "prøv info@..."
              r"fra (?:nu af|i dag|i morgen|mandag|tirsdag|onsdag|torsdag|fredag|næste \w+|[\d.]+"
              r"(?: \w+)?) (?:skal|kan|bedes) (?:i|du|de) (?:\S+ ){0,3}?(?:kontakte|skrive|"
              r"sende|ringe|henvende)",
              r"(?:prøv|skriv til|ring til|kontakt|henvend (?:dig|jer) til) (?:\S+ )?"
              r"[\w.-]+@[\w.-]+\w"),
    person_words=("kontaktperson", "kontakt", "kollega", "medarbejder", "indkøber",
                  "projektleder", "bogholder", "direktør", "chef", "sælger", "leder",
                  "konstruktør", "sekretær", "assistent", "ejer", "indehaver", "partner",
                  "kunderådgiver", "ingeniør", "økonomiansvarlig",
                  # "Følgende personer er ikke længere ansat:" and a list of names
                  "personer", "ansatte", "kolleger"),
    contacting=(r"ring(?:e|er|es|et)?", r"opring\w*", r"kime\w*", r"sms\w*", r"opkald\w*",
                r"(?:skrive|maile|kontakte|sende) (?:\w+ )?til (?:mig|os)", r"kontakte (?:mig|os)"),
    business=(r"privatlivspolitik\w*", r"persondatapolitik\w*", r"cookiepolitik\w*",
              r"nøgle\w*", r"gelænder\w*", r"\d+(?:,\d+)? ?(?:m|mm|cm|kg)", r"faktura\w*",
              r"regning\w*", r"rykker\w*", r"kreditnota\w*", r"beløb\w*", r"ordre\w*",
              r"projekt\w*",
              r"betal(?:ing\w*)?", r"inkasso\w*",
              r"bestilling\w*", r"tilbuddet", r"tilbud (?:nr\.? ?)?\d[\d/-]*", r"tegning\w*",
              r"datablad\w*", r"certifikat\w*", r"materialecertifikat\w*", r"protokol\w*",
              r"svejseprotokol\w*", r"målerapport\w*", r"følgesed\w*", r"levering\w*",
              r"leverance\w*",
              r"montør\w*", r"lastbil\w*", r"maskine\w*", r"anlæg\w*", r"produktion\w*",
              r"stål\w*", r"mødet", r"lærlinge?plads\w*", r"ansøgning\w*",
              r"aps"),
    pronouns=("han", "hun", "vedkommende", "hans", "hendes", "den pågældende"),
)
