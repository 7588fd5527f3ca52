"""Norwegian (bokmål): personopplysningsloven terms and everyday wording."""

from __future__ import annotations

from ._types import ANAPHOR, CONSENT, MAILBOX, MARKETING, MEDIUM, PERSON, SELF, STRONG, Cue, Lexicon

MACROS = {
    "my": r"(?:min|mitt|mine|alle mine)",
    "data": r"(?:person ?opplysning\w*|opplysning\w*|data|info\w*|konto\w*|profil\w*"
            r"|e-?post ?adresse\w*|telefonnummer|nummer|adresse\w*|navn\w*)",
    "aboutme": r"(?:om|på|vedrørende) meg",
    # ("flere tilbud på e-post", not "tilbud på trappen": an offer on a job is a quote)
    "marketing": r"(?:nyhetsbrev\w*|markedsføring\w*|reklame\w*|kampanje\w*|utsendelse\w*"
                 r"|sms\w*|tilbud(?:ene)?(?! (?:på|om|for)\b))",
}

LEXICON = Lexicon(
    code="no",
    profile=(
        "og", "ikke", "jeg", "det", "at", "en", "er", "til", "på", "med", "av", "for", "den",
        "har", "de", "som", "meg", "vi", "om", "kan", "vil", "så", "men", "også", "hva", "hvilke",
        "hvordan", "hvis", "vennligst", "takk", "hilsen", "etter", "noen", "noe", "mye", "være",
        "vært", "ble", "bare", "slik", "fordi", "derfor", "deres", "våre", "vår", "gjerne", "hei",
        "kjære", "opplysninger", "personopplysninger", "sletting", "slett", "innsyn", "ønsker",
        "lenger", "ansatt", "sluttet", "jobber", "dere", "deg", "eller", "hos", "denne", "dette",
        "skal", "må", "nå",
    ),
    cues=(
        # "... og at dere deretter sletter dem": them = the data just named
        Cue("erasure", r"(?:dere|du) (?:\w+ )?(?:sletter|fjerner|slette|fjerne) (?:dem|det|alt|"
                       r"opplysningene)\b", STRONG, (ANAPHOR,)),
        # "kan dere slette opplysningene om meg?": the data named by whom they are about
        Cue("erasure", r"(?:slett|slette|sletter|fjern|fjerne) (?:(?:gjerne|vennligst|også|bare|"
                       r"umiddelbart) )?(?:alle )?(?:opplysningene|personopplysningene|dataene|"
                       r"informasjonen|alt) (?:\w+ ){0,3}?{aboutme}"),
        # (not an order or a document: "kan i slette min ordre #55102?" cancels a purchase)
        Cue("erasure", r"(?:slett|slette|sletter|fjern|fjerne) (?:vennligst )?(?:{my}|meg|alle)"
                       r"(?: (?:\w+ ){0,2}?{data})?\b(?! (?:fra|på) (?:kopi|cc|tråden))"
                       r"(?! (?:\w+ )?(?:ordre|bestilling|faktura|regning|tilbud|avtale|booking|"
                       r"time|timen|abonnement|reservasjon)\w*)"),
        # "Slett meg fra nyhetsbrevet deres og fra kundelisten": the customer list too
        # (not "Fjern meg fra kopi på fakturaene og fra systemet for ordrebekreftelser")
        Cue("erasure", r"(?:slett|slette|fjern|fjerne) meg fra (?:\w+ )?(?:nyhetsbrev|liste|"
                       r"mailing|utsendelse)\w* (?:\w+ ){0,2}?og (?:\w+ )?fra (?:\w+ )?kunde ?"
                       r"(?:liste|register|database|kartotek)\w*", STRONG),
        # Norwegian puts the possessive after the noun: "kan dere slette opplysningene mine?"
        Cue("erasure", r"(?:slett|slette|sletter|fjern|fjerne) (?:(?:gjerne|vennligst|også|bare) )?"
                       r"(?:alle )?(?:\w*opplysningene|dataene|informasjonen|\w*nummeret|"
                       r"e-?postadressen|adressen|navnet)(?:(?:,| og|, og) (?:\w*nummeret|"
                       r"e-?postadressen|adressen|navnet)){0,3} (?:mine|mitt|min|våre|vårt)\b"
                       # not lettering on a car for sale, nor a parcel label
                       r"(?! (?:fra|på) (?:den |det |de )?(?:\w+ )?(?:\w*bil\w*|skilt\w*|"
                       r"pakkelapp\w*|faktura\w*|tegning\w*))"),
        # "Vennligst slett det private nummeret": the number just named as the sender's
        Cue("erasure", r"(?:slett|slette|sletter|fjern|fjerne) (?:(?:gjerne|vennligst|også|bare) )?"
                       r"(?:det|den|de) (?:private |gamle |\w+ )?(?:\w*nummeret|e-?postadressen|"
                       r"adressen|opplysningene)\b", STRONG, (ANAPHOR,)),
        # "hvis dere har navnet mitt i en liste et sted, så slett det": the sender's data, held
        # (not "feil nummer på bestillingen min, bare slett den og send ny")
        Cue("erasure", r"(?:hvis|om) (?:dere|du) har (?:\w+ ){0,3}?(?:navn|opplysning|e-?post|"
                       r"adresse|telefonnummer|data)\w* (?:\w+ ){0,6}?(?:\w+,? )?så "
                       r"(?:slett|fjern) (?:det|dem|den)\b", STRONG),
        Cue("erasure", r"(?:be|ber|krever|anmoder|ønsker) (?:\w+ )?om (?:\w+ )?sletting"),
        # "vil" wishes only with its wisher: "Jeg vil bli slettet", not "Hennes e-post vil bli
        # slettet" (a future: the firm telling what happens to a leaver's mailbox)
        Cue("erasure", r"(?:ønsker|(?:jeg|vi) (?:gjerne |bare |også )?vil) (?:å )?bli "
                       r"(?:slettet|fjernet)"),
        Cue("erasure", r"rett(?:en)? til (?:sletting|å bli glemt)", MEDIUM),
        Cue("access", r"(?:be|ber|krever|anmoder|ønsker) (?:\w+ )?om (?:fullt )?innsyn"),
        Cue("access", r"innsyn i (?:{my}|hvilke|hva|alle|de )"),
        Cue("access", r"(?:innsynsbegjæring|innsynskrav|rett til innsyn)", MEDIUM),
        Cue("access", r"hvilke (?:\w+ )?(?:opplysninger|data) (?:\w+ ){0,2}?(?:har|lagrer|"
                      r"behandler) (?:dere|du) (?:\w+ ){0,2}?{aboutme}"),
        Cue("access", r"hva (?:har|vet|lagrer) (?:dere|du) (?:\w+ )?{aboutme}"),
        Cue("access", r"hva (?:dere|du) (?:\w+ )?(?:har|vet|lagrer|har lagret|har registrert) "
                      r"(?:\w+ )?{aboutme}"),
        Cue("access", r"kopi av (?:{my}|alle) (?:\w+ )?(?:opplysninger|data)"),
        # ("personopplysningene": the compound names the data too)
        Cue("access", r"kopi av (?:alle |de )?(?:\w+ )?(?:\w*opplysning\w*|data|informasjon\w*) "
                      r"(?:som )?(?:dere|du) (?:har|lagrer|har lagret) (?:\w+ )?{aboutme}"),
        Cue("rectification", r"(?:rett|rette|oppdater|oppdatere|endre|korriger) (?:vennligst )?"
                             r"(?:min|mitt|mine) (?:\w+ )?(?:navn|adresse|nummer|telefonnummer|"
                             r"e-?post\w*|tittel|opplysninger)"),
        Cue("rectification", r"(?:rett|rette|oppdater|oppdatere|endre|korriger) "
                             r"(?:vennligst |gjerne )?(?:adressen|nummeret|telefonnummeret|"
                             r"navnet|e-?postadressen|tittelen|opplysningene) (?:min|mitt|mine)\b"),
        Cue("rectification", r"retting av", MEDIUM),
        # "telefonnummeret mitt er feil – det riktige er ..."
        # (on the firm's papers: not "navnet mitt er feil stavet på bursdagskortet")
        Cue("rectification", r"(?:faktura|regning|brev|system|register)\w* at (?:telefonnummeret|"
                             r"nummeret|adressen|navnet|e-?postadressen) (?:mitt|min) er (?:feil|"
                             r"galt|ikke riktig)\b", MEDIUM),
        Cue("rectification", r"(?:oppdater|oppdatere|rett|rette|endre|korriger) (?:vennligst )?"
                             r"(?:opplysningene|adressen|nummeret|navnet|e-?postadressen)\b",
            MEDIUM),
        Cue("rectification", r"(?:jeg|vi) bor (?:nå|nu) (?:i|på)\b", MEDIUM),
        # (not what was moved: "Jeg har flyttet de åpne ordrene over på Tina")
        # (nor "jeg har flyttet hagemøblene": a definite noun is the thing moved)
        Cue("rectification", r"(?:(?:jeg|vi) har (?:\w+ )?flyttet(?! \w+(?:ne|en|et)\b)"
                             r"(?! (?:de|den|det|dem|alle|"
                             r"ordre\w*|sake\w*|møtet|avtalen)\b)(?! (?:\w+ )?(?:døren|døra|"
                             r"trappen|trappa|porten|vinduet|\d))(?! til (?:\w+ )?"
                             r"(?:kontor(?:et|er)?|avdeling(?:en)?|filial(?:en)?|lager(?:et)?)\b)"
                             r"|(?:min|mitt) nye? "
                             r"(?:adresse|"
                             r"e-?post\w*|"
                             r"telefonnummer|nummer|navn|etternavn) er|jeg har (?:fått |byttet )"
                             r"(?:nytt |ny )?(?:nummer|telefonnummer|adresse|e-?post\w*|"
                             r"etternavn|navn))", MEDIUM),
        Cue("rectification", r"(?:rett|rette|oppdater|oppdatere|endre|korriger) (?:det|dette|dem)"
                             r" i (?:deres|registeret|systemet|kunderegisteret)", MEDIUM),
        # "Dere har feil adresse på meg", "Vennligst korriger den til:"
        Cue("rectification", r"(?:(?:dere|du) har|har (?:dere|du)) (?:\w+ )?(?:feil|gammel|gamle|"
                             r"feilaktig\w*|"
                             r"uriktig\w*|utdatert\w*) (?:\w+ )?(?:navn|etternavn|adresse\w*|"
                             r"nummer|telefonnummer|mobilnummer|e-?post\w*) (?:på|om|for) meg\b",
            MEDIUM),
        Cue("rectification", r"(?:min|mitt) (?:\w+ )?(?:navn|etternavn|adresse|nummer|"
                             r"telefonnummer|e-?post\w*) (?:er|står) (?:\w+ )?(?:feil|stavet feil|"
                             r"skrevet feil|registrert feil)", MEDIUM),
        Cue("rectification", r"(?:rett|rette|oppdater|oppdatere|endre|korriger|korrigere) "
                             r"(?:vennligst )?(?:den|det|dem) (?:\w+ )?til:", MEDIUM),
        Cue("restriction", r"begrens(?:e|ning av)? (?:\w+ )?behandling\w*"),
        Cue("objection", r"(?:jeg )?(?:protesterer|motsetter meg|reserverer meg) (?:mot|på)"),
        Cue("objection", r"(?:innsigelse|protest) mot (?:\w+ )?behandling\w*"),
        Cue("objection", r"trekker (?:\w+ ){0,2}?samtykke\w* tilbake", MEDIUM, (CONSENT,)),
        Cue("objection", r"slutt (?:å )?(?:sende|maile) (?:\w+ ){0,3}?(?:nyhetsbrev\w*|reklame\w*"
                         r"|tilbud\w*|markedsføring\w*)", STRONG, (MARKETING,)),
        Cue("objection", r"slutt (?:å )?(?:ringe|kontakte|maile) meg\b", STRONG, (MARKETING,)),
        # "Slett meg fra nyhetsbrevet": off the mailing, an opt-out
        Cue("objection", r"(?:slett|fjern|ta) (?:meg|oss) (?:\w+ )?(?:fra|av|ut av) (?:\w+ )?"
                         r"(?:nyhetsbrev\w*|e-?postliste\w*|mailliste\w*|utsendelse\w*|"
                         r"markedsføring\w*|reklame\w*)", STRONG, (MARKETING,)),
        # "Ikke ring meg mer med tilbud", "ikkje send oss meir reklame"
        Cue("objection", r"(?:ikke|ikkje) (?:ring|send|kontakt|skriv til|mail) (?:meg|oss)"
                         r"(?: mer| meir| igjen| flere ganger)?\b", STRONG, (MARKETING,)),
        Cue("objection", r"(?:meld meg av|avmeld\w*|avslutt abonnement\w*)", STRONG,
            (MARKETING,)),
        Cue("objection", r"(?:ønsker|vil) ikke (?:lenger )?(?:å )?(?:motta|få|ha) (?:flere |mer )?"
                         r"(?:\w+ )?"
                         r"(?:nyhetsbrev\w*|reklame\w*|tilbud\w*|e-?post\w*|markedsføring\w*)",
            STRONG, (MARKETING,)),
        # "Jeg får fortsatt brev og e-post med tilbud fra dere. Det vil jeg ikke ha mer"
        Cue("objection", r"(?:tilbud|reklame|nyhetsbrev|markedsføring)\w*[^.!?\n]{0,80}[.!?]\s+"
                         r"(?:det|dette|dem) (?:vil|ønsker) (?:jeg|vi) ikke (?:ha|få|motta) "
                         r"(?:mer|meir|lenger|flere)\b", STRONG, (MARKETING,)),
        Cue("portability", r"(?:dataportabilitet|maskinlesbar\w*)"),
        Cue("access", r"(?:hvilke|hva for) (?:\w+ )?(?:opplysninger|data|personopplysninger|"
                      r"informasjon) (?:\w+ ){0,2}?(?:har|lagrer|har lagret|oppbevarer|behandler)"
                      r" (?:\w+ ){0,2}?om meg\b", STRONG),
        Cue("breach", r"(?:sikkerhetsbrudd|datalekkasje|brudd på personopplysningssikkerheten)"),
        # (nynorsk too: "Astrid Dale har slutta hjå oss"; not one project: "Han jobber ikke lenger
        # med prosjektet på kaia inntil videre" is a sick leave)
        Cue("contact_left", r"(?:har (?:dessverre )?(?:sluttet|slutta)(?! (?:å|med|sig|seg|dagen|"
                            r"ordren|aftalen|avtalen|\w+ningen|\w+ingen)\b)(?! \w+ (?:af|av)\b)|"
                            r"er (?:dessverre )?ikke lenger "
                            r"(?:ansatt|hos oss|i (?:firmaet|selskapet|bedriften))|(?:jobber|"
                            r"arbeider) (?:ikke lenger|"
                            r"ikke her lenger)(?! med (?:\w+ )?(?:prosjekt|"
                            r"oppdrag|sak|ordre|jobb)\w*)|(?:har gått|gikk) av med p"
                            r"ensjon"
                            r"|har fått ny jobb|har (?:dessverre )?forlatt (?:oss|firmaet|"
                            r"selskapet|bedriften))", STRONG, (PERSON,)),
        Cue("contact_left", r"siste arbeidsdag (?:var|er)", STRONG, (PERSON,)),
        # "Kan dere sende meg en oversikt ... og deretter slette alt sammen?"
        Cue("erasure", r"(?:deretter|så|etterpå|og) (?:slette|slett|fjerne|fjern) (?:alt sammen|"
                       r"alt|alle opplysningene|det hele)\b", STRONG, (ANAPHOR,)),
        # "slett meg fra kundelista deres og ikke send mer reklame takk"
        Cue("objection", r"(?:ikke|ikkje) send (?:meg |oss )?(?:mer|meir|flere) (?:\w+ )?"
                         r"{marketing}", STRONG, (MARKETING,)),
        # "Jeg får fortsatt nyhetsbrevet deres ... Vær så snill og ta meg av listen"
        Cue("objection", r"ta (?:meg|oss) (?:av|ut av|bort fra) (?:\w+ )?(?:listen|lista|"
                         r"nyhetsbrev\w*|utsendelse\w*|e-?postliste\w*)\b", STRONG,
            (MARKETING, ANAPHOR)),
        # the past with its date: "Kari Nilsen sluttet hos oss 1. april" (a date: not "sluttet
        # hos oss med kake og taler", nor "sluttet seg til oss")
        Cue("contact_left", r"(?:sluttet|slutta) (?:hos oss|hjå oss|i (?:firmaet|selskapet|"
                            r"bedriften)) (?:(?:i|ved|etter|den|per|pr\.) )?(?:\d{1,2}\.? ?)?"
                            r"(?:januar|februar|mars|april|mai|juni|juli|august|september|"
                            r"oktober|november|desember|nyttår|årsskiftet)\b(?![^.!?\n]{0,80}"
                            r"\b(?:nå|igjen|tilbake|fast ansatt|fast)\b)", STRONG, (PERSON,)),
        Cue("contact_left", r"(?:jeg går|går jeg) av med pensjon\b", MEDIUM, (SELF,)),
        # an auto-reply: "Jeg har gått av med pensjon og leser ikke lenger denne e-postkassen"
        Cue("contact_left", r"(?:jeg har|har jeg) (?:nå )?gått av med pensjon\b", STRONG, (SELF,)),
        # "Jeg har gått av med pensjon fra Fjordstål AS": the firm left is named
        Cue("contact_left", r"(?:jeg har|har jeg) (?:nå )?(?:gått av med pensjon|sluttet) (?:fra|i|"
                            r"hos) (?!dag\b)", STRONG, (SELF,)),
        # "Jeg jobbet tidligere som innkjøper i Vestland Stålbygg, men sluttet der i fjor høst"
        Cue("contact_left", r"jeg (?:jobbet|arbeidet|var ansatt) (?:tidligere )?(?:som \w+ )?"
                            r"(?:i|hos|for|ved) (?:\S+ ){1,4}?(?:men|og) (?:jeg )?sluttet\b",
            STRONG, (SELF,)),
        # "Hva har dere egentlig registrert om oss?"
        Cue("access", r"hva (?:har|lagrer) dere (?:\w+ )?(?:registrert|lagret|liggende|på) "
                      r"(?:om|på) (?:meg|oss)\b"),
        # "... i en fil vi kan lese inn i det nye systemet, helst CSV eller Excel"
        Cue("portability", r"(?:i|som) en fil,? (?:som )?(?:vi|jeg|han|hun|de|man) kan (?:lese inn|"
                           r"importere|laste inn|legge inn|overføre)\b", STRONG),
        # "Nå har jeg begynt i et annet firma"
        Cue("contact_left", r"(?:jeg har|har jeg) (?:nå )?(?:begynt|startet) (?:i|hos|på) (?:et "
                            r"annet|en annen|et nytt|en ny) (?:firma|bedrift|jobb|sted|"
                            r"arbeidsplass)\b", MEDIUM, (SELF,)),
        # (not "jeg har nå sluttet å bruke den gamle adressen": stopped doing something)
        Cue("contact_left", r"jeg (?:har (?:nå |nettopp )?sluttet(?! å\b| med\b)|er ikke lenger "
                            r"ansatt|jobber ikke lenger)", STRONG, (SELF,)),
        # "Når jeg har fått den, ber jeg om at alt om meg slettes"
        Cue("erasure", r"(?:ber|ønsker) (?:jeg )?om at (?:alt|alle opplysninger|opplysningene)"
                       r"(?: (?:\w+ ){0,2}?om meg)? (?:blir )?slett(?:es|et)\b", STRONG),
        # "Jeg ber om at alle mine personopplysninger (navn, telefon, e-post) slettes"
        # (not "at min e-postadresse slettes fra kopilisten", "mitt navn ... fra tegningen")
        Cue("erasure", r"(?:ber|ønsker) (?:jeg )?om at (?:alle )?(?:mine|mitt|min) (?:person ?"
                       r"opplysning\w*|personlige opplysning\w*|opplysning\w*|data)(?: \([^()]"
                       r"{1,60}\))? (?:blir )?slett(?:es|et)\b(?! fra (?:\w+ )?(?:kopiliste|"
                       r"liste|tegning|ordre|sms)\w*)", STRONG),
        # an auto-reply: "Eirik Dahle har avsluttet sitt arbeidsforhold i Bergen Stål og Montasje"
        # (not anyone's: "Når en ansatt har avsluttet sitt arbeidsforhold, blir kontoen stengt")
        Cue("contact_left", r"har(?<!ansatt\shar)(?<!ansatte\shar) (?:nå |i dag |nettopp )?"
                            r"avsluttet (?:sitt|sit|sin|hans|hennes) (?:arbeidsforhold|"
                            r"ansettelsesforhold|ansettelse)\b", STRONG, (PERSON,)),
        # "Jeg har avsluttet mitt arbeidsforhold i Bergen Stålmontasje AS": as plain as a job
        # application's, so it needs backing (an auto-reply, a handover, a request)
        Cue("contact_left", r"(?:jeg har|har jeg) (?:nå )?avsluttet (?:mitt|mit) (?:arbeidsforhold|"
                            r"ansettelsesforhold|ansettelse)\b", MEDIUM, (SELF,)),
        Cue("contact_left", r"denne (?:e-?post ?adressen|e-?post ?kontoen|innboksen) (?:er|blir)"
                            r" (?:ikke lenger (?:aktiv|i bruk|overvåket|lest)|stengt|avsluttet)",
            STRONG, (MAILBOX,)),
    ),
    macros=MACROS,
    conditionals=("hvis", "dersom", "om du", "om dere", "om jeg", "i tilfelle"),
    retractions=(
        r"(?:slett|fjern) (?:ingenting|intet)(?= *(?:[.!,;\n]|$|ennå|men))",
        r"(?:(?<=[–:!.,;\n-])|^|men|så|og) *slett ikke (?:noe|noen ting|noe som helst)",
        r"glem (?:det|hva jeg (?:skrev|ba om)|(?:min|mi|den) (?:\w+ )?(?:e-post|mail|melding))",
        r"(?:se bort fra|ignorer) (?:min|mi|den) (?:\w+ )?(?:e-post|mail|melding|forespørsel)",
    ),
    negations=("ikke", "aldri", "ingen"),
    hedges=("ellers", "hvis", "forbeholder", "dersom"),
    not_left=(r"på (?:ferie|permisjon|kurs)", r"tilbake (?:den|på|igjen)",
              r"sluttet (?:for dagen|for i dag|i dag|tidlig|for uka|for uken)",
              # part-time: "jobber ikke lenger på fredager"
              r"(?:ikke lenger|ikke mer) (?:på )?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|"
              r"søndag)(?:er|ene)?\b", r"\bdeltid\b"),
    ambiguous_left=(r"ikke lenger (?:blant|med) oss",),
    # The sender's own data (see Lexicon.referents): where the trained model may add a request
    referents=(# the possessive after its noun: "bestillingene mine", "adressen min"
               r"\w+(?:ene|en|et|a) (?:mine|min|mitt|mi)\b",
               r"(?:mine|min|mitt|mi) (?:\w+ ){0,2}?(?:opplysninger|personopplysninger|data"
               r"|kontaktopplysninger|informasjon|navn|adresse|e-?post\w*|\w*nummer)",
               r"(?:om|på) meg\b",
               r"(?:opplysninger|data|informasjon) (?:\w+ ){0,3}?om (?:meg|oss)"),
    person_words=("kontaktperson", "kollega", "medarbeider", "ansatt"),
    contacting=(r"ring(?:e|er|t)?", r"oppring\w*", r"sms\w*", r"kontakte (?:meg|oss)"),
    business=(r"personvernerklæring\w*",
              r"faktura\w*", r"regning\w*", r"ordre\w*", r"bestilling\w*", r"tegning\w*",
              r"levering\w*"),
    pronouns=("han", "hun"),
    handover=(r"min etterfølger", r"(?:ny|nye) kontaktperson", r"tar over (?:for|etter) meg",
              r"(?:kontakt|skriv til|ring) (?:\S+ ){0,3}?(?:i stedet|fremover|heretter)"),
)
