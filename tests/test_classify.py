"""bot.reading.classify on short realistic mails (the dev set) and on the public letter corpus.

Requirement references point into ../shared/docs/gdpr-dk.md (§3 vocabulary, §3.2 false
friends, §3.3 ambiguous cases, §4.3 contact person left, §4.9 other situations).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from bot.reading.classify import INTENTS, Classification, Departed, classify, detect_language, fold
from bot.reading.context import DEFAULT_CONTEXT
from bot.reading.evaluate import load_labels, predict_file

# the real request letters beside the checkout, or where DSRBOT_PUBLIC says (as DSRBOT_PEERS
# does for the peers corpus, tests/peers.py)
PUBLIC = Path(os.environ.get(
    "DSRBOT_PUBLIC", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "public"))


def intents(text: str, **kwargs: object) -> set[str]:
    return set(classify(text, **kwargs).intents)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- intents, da/en

REQUESTS = [
    # access (art. 15, §3.1)
    ("Hej\n\nJeg vil gerne have indsigt i de oplysninger, I har om mig.\n\nMvh Lone", "access"),
    ("Hvad har I egentlig registreret om mig? Jeg har aldrig været kunde hos jer.", "access"),
    ("Hej CL Smed. Hvilke oplysninger har I gemt om mig, og hvor har I mit nummer fra?",
     "access"),
    ("Jeg anmoder hermed om indsigt jf. databeskyttelsesforordningens artikel 15.", "access"),
    ("Send mig venligst en kopi af mine personoplysninger.", "access"),
    ("Kære CL Smed\n\nI henhold til GDPR ønsker jeg at få udleveret alle de oplysninger, I har "
     "registreret om mig.\n\nMed venlig hilsen\nAnders Madsen", "access"),
    ("Hi, I'd like a copy of all personal data you have about me. Thanks, Tom", "access"),
    ("What personal data do you hold on me?", "access"),
    # erasure (art. 17)
    ("Slet mig fra jeres kundekartotek. Tak.", "erasure"),
    ("Hej\nJeg ønsker at blive slettet fra jeres system.\nVenlig hilsen\nKaren", "erasure"),
    ("Jeg vil bede jer slette alle oplysninger om mig hurtigst muligt.", "erasure"),
    ("Jeg vil ikke stå i jeres system længere, så fjern mig venligst.", "erasure"),
    ("Hvis I har nogen oplysninger om mig, så slet dem venligst.", "erasure"),
    ("Kan I ikke bare slette mine oplysninger?", "erasure"),
    ("Jeg ønsker mine personoplysninger slettet i henhold til retten til at blive glemt.",
     "erasure"),
    ("Please delete all the data you hold about me.", "erasure"),
    ("Under GDPR I request that you erase my personal data and confirm when done.", "erasure"),
    ("Please remove me from your database.", "erasure"),
    # rectification (art. 16)
    ("Hej, I har stavet mit navn forkert på jeres liste. Det er Jensen med s.", "rectification"),
    ("Jeg er flyttet. Min nye adresse er Vestergade 4, 7100 Vejle.", "rectification"),
    ("Opdater venligst mit telefonnummer til 20 30 40 50.", "rectification"),
    ("Mit efternavn er stavet forkert i jeres mails, det hedder Sørensen og ikke Sorensen.",
     "rectification"),
    ("My address is wrong in your system, please correct my address to 12 High Street.",
     "rectification"),
    # restriction (art. 18)
    ("Brug ikke mine oplysninger, men slet dem ikke endnu - jeg har en sag kørende.",
     "restriction"),
    ("Jeg beder om begrænsning af behandlingen af mine personoplysninger indtil sagen er "
     "afklaret.", "restriction"),
    ("Spær venligst mine oplysninger indtil videre.", "restriction"),
    ("Please restrict the processing of my data until the dispute is resolved.", "restriction"),
    # objection (art. 21), incl. marketing opt-out
    ("Jeg gør indsigelse mod, at I bruger mine oplysninger til markedsføring.", "objection"),
    ("Jeg trækker mit samtykke tilbage.", "objection"),
    # portability (art. 20)
    ("Kan I eksportere mine data i et maskinlæsbart format, så jeg kan flytte dem til en ny "
     "leverandør?", "portability"),
    ("Jeg vil gerne have dataportabilitet på mine oplysninger.", "portability"),
    ("I'd like to exercise my right to data portability and get my data in a machine-readable "
     "format.", "portability"),
    # colloquial phrasings
    ("Hej. Hvad står der om mig i jeres kartotek? Mvh Inge", "access"),
    ("Må jeg få en kopi af de oplysninger, I har om mig?", "access"),
    ("Jeg ønsker mine data udleveret.", "access"),
    ("Can you tell me what info you've got on me?", "access"),
    ("Vær sød at slette mig fra jeres system, jeg har ikke brug for jeres services mere.",
     "erasure"),
    ("Jeg vil gerne have slettet min konto.", "erasure"),
    ("Please wipe my details from your systems.", "erasure"),
    ("Slet min mail fra jeres system.", "erasure"),
    ("Jeg vil ikke have at I gemmer mine oplysninger.", "erasure"),
    ("I don't want you to keep my details.", "erasure"),
    ("I want my account closed and all my data erased.", "erasure"),
    ("Jeg har skiftet telefonnummer, det nye er 22 33 44 55.", "rectification"),
    ("I've moved - my new address is 4 Park Lane, London.", "rectification"),
    ("Jeg frabeder mig flere opkald fra jeres sælgere.", "objection"),
    ("I må ikke bruge mine oplysninger til markedsføring.", "objection"),
    ("Jeg vil gerne have mine data i en CSV-fil så jeg kan tage dem med til en anden "
     "leverandør.", "portability"),
]


@pytest.mark.parametrize(("text", "intent"), REQUESTS)
def test_single_request(text: str, intent: str) -> None:
    assert intents(text) == {intent}


MARKETING_OPTOUT = [
    "Afmeld nyhedsbrev",
    "Stop med at sende mig tilbud. Jeg er ikke interesseret.",
    "Jeg ønsker ikke længere at modtage jeres nyhedsbrev.",
    "Frameld mig venligst jeres mailingliste",
    "I må ikke ringe til mig igen.",
    "stop med at ringe til mig",
    "Tak, I må gerne fjerne mig fra listen.",
    "Hej, jeg ønsker ikke at modtage flere mails fra jer. Venligst afmeld mig.",
    "Please unsubscribe me from your newsletter.",
    "Stop sending me offers.",
    "Please remove me from your mailing list.",
]


@pytest.mark.parametrize("text", MARKETING_OPTOUT)
def test_marketing_optout_is_objection_with_flag(text: str) -> None:
    """§3.1 marketing opt-out / consent withdrawal -> objection + marketing_optout."""
    result = classify(text)
    assert result.intents == ("objection",)
    assert "marketing_optout" in result.flags


MISSPELT = [
    # §3 normalisation: ae/oe/aa spellings, typos from gdpr-dk.md §3.1
    ("Hej, jeg vil gerne bede om indsight i mine data. Mvh Per", "access"),
    ("Jeg beder om aktinsigt i hvad I har liggende om mig", "access"),
    ("Vil I venligst slete mine oplysninger, jeg er ikke kunde mere", "erasure"),
    ("hej vil i slete mine opplysninger, jeg har ikke vaeret kunde i mange aar", "erasure"),
    ("Jens er ikke laengere ansat hos os", "contact_left"),
    ("Mette er fratraadt sin stilling", "contact_left"),
    ("Jeg beder om begraensning af behandlingen indtil videre.", "restriction"),
    ("Jeg gør insigelse mod at I bruger mine data til markedsføring.", "objection"),
]


@pytest.mark.parametrize(("text", "intent"), MISSPELT)
def test_misspellings_and_ascii_spellings(text: str, intent: str) -> None:
    assert intents(text) == {intent}


# --------------------------------------------------------------------------- false friends

FALSE_FRIENDS = [
    # §3.2 false friend: each reads like a request word but is ordinary business
    "Det passer slet ikke, fakturaen er forkert.",
    "Slet linje 3 på fakturaen og send den igen.",
    "Kan I slette den gamle tegning og sende den nye version?",
    "Kan I slette ordren fra i går? Vi har bestilt to gange ved en fejl.",
    "Slet venligst den forrige mail - den var sendt ved en fejl.",
    "Vi gør indsigelse mod fakturaen, prisen er for høj.",
    "Reklamation: lågen er skæv og svejsningen er revnet.",
    "Kan vi få indsigt i projektet og tegningerne inden mødet?",
    "Afmeld mødet på torsdag, vi flytter det.",
    "Husk at afmelde besøget på fredag hvis I ikke kan komme.",
    "Vi opsiger hermed serviceaftalen pr. 31.12.",
    "Fjern mig fra cc på den her tråd, tak.",
    "Please remove me from the cc list on this thread.",
    "Send venligst en kopi af fakturaen igen.",
    "Tagspær og spær skal leveres mandag.",
    "Har I en portabel svejser vi kan leje?",
    "Husk vægtbegrænsning på 500 kg på ladet.",
    "Beløbet er fratrukket moms.",
    "I har glemt at sende følgesedlen.",
    "Vi har naboens samtykke til byggeriet.",
    "Kan I sende databladet og CAD-data for profilet?",
    "Fakturaen er forkert - kan I rette beløbet og sende en ny?",
    "Vi ønsker ikke at modtage tilbuddet alligevel, projektet er udskudt.",
    "Could you confirm whether you received the drawings?",
    "Hvilke oplysninger har I brug for til tilbuddet?",
    "Send mig venligst jeres oplysninger om leveringstid.",
    "Hej, kan I ændre adressen på leveringen til Fabriksvej 3?",
    "Kan I fjerne mig fra fordelingslisten til byggemøder? Jeg er ikke længere på projektet.",
    "Please send me a copy of my invoice.",
    "Can you delete the duplicate order 4411?",
    "Please give me access to the shared drive with the drawings.",
    "Vi har slettet den forkerte faktura og sendt en kreditnota.",
    "Unsubscribe | Privacy policy | Contact us",
    "Let me know which details you need for the quote.",
    "What records do you hold for the welds (WPS, NDT reports)?",
    "We object to the invoice amount.",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_are_not_requests(text: str) -> None:
    assert intents(text) == set()


NOT_LEFT = [
    # §4.3: contact_left needs a person who left the customer
    "Maskinen er stoppet igen, kan I sende en tekniker?",
    "Arbejdet er stoppet på grund af regn.",
    "Leverancen er stoppet ved grænsen.",
    "Produktionen er stoppet i en uge pga. ombygning.",
    "Montøren er stoppet tidligt i dag pga. vejret.",
    "Jens er på ferie til og med uge 32.",
    "Jens er flyttet til vores afdeling i Aarhus, så kontakt ham der.",
    "Bygherren er fratrådt entreprisekontrakten efter uenighed om finansieringen.",
    "The truck has left the depot and will arrive at 10.",
    "The welder has left for the day, we will continue tomorrow.",
]


@pytest.mark.parametrize("text", NOT_LEFT)
def test_no_contact_left_without_a_departed_person(text: str) -> None:
    assert intents(text) == set()


BUSINESS = [
    "Tilbud på trappe i galvaniseret stål ønskes. Mvh Bo",
    "Tak for tilbuddet. Vi vil gerne bestille 4 stk. rækværk som beskrevet.",
    "Hermed rykker vi for betaling af faktura 2026-114, som forfaldt 1. marts.",
    "Ordrebekræftelse: 12 stk. stålbjælker HEB 200, levering uge 14.",
    "Please find attached our invoice 1234. Payment within 14 days.",
    "We would like a copy of the invoice and the delivery note.",
    "Please update the delivery address on the order to our new warehouse.",
    # a disclaimer that slipped past the signature stripper
    "Tak for mødet i går.\n\nDenne e-mail kan indeholde fortrolige oplysninger. Du har ret til "
    "indsigt i og sletning af dine personoplysninger, se vores privatlivspolitik.",
    "This e-mail may contain confidential information. If you are not the intended recipient, "
    "delete it. We process personal data in accordance with the GDPR.",
]


@pytest.mark.parametrize("text", BUSINESS)
def test_business_mail_is_not_a_request(text: str) -> None:
    result = classify(text)
    assert result.intents == ()
    assert result.confidence >= 0.6  # sure enough that nobody needs to look


# --------------------------------------------------------------------------- negation

NEGATED = [
    ("I do NOT want my data deleted, I just want to know what you have on me.", {"access"}),
    ("Slet ikke mine data endnu, men ret adressen til Strandvej 2.", {"rectification"}),
    ("Jeg ønsker ikke at blive slettet, men vil gerne have rettet mit telefonnummer.",
     {"rectification"}),
    ("I don't want you to delete my account, just change my e-mail address to a@b.example.",
     {"rectification"}),
    ("Please don't delete my account.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_negation(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_conditional_clause_is_not_a_request() -> None:
    # public corpus rule: "If you object to the erasure ..." inside an erasure letter
    assert intents("If you object to the requested erasure, you have to justify it.") == set()
    assert intents("Hvis I skulle have mine oplysninger liggende, så bedes de slettet.") == {
        "erasure"}


# --------------------------------------------------------------------------- flags

FLAGGED = [
    # §4.9 request about someone else's data -> keep the intent, flag third_party
    ("Jeg skriver på vegne af min mor, som gerne vil have indsigt i de oplysninger, I har om "
     "hende.", {"access"}, {"representative", "third_party"}),
    ("Min far er afgået ved døden. Vil I slette hans oplysninger?", {"erasure"},
     {"deceased", "third_party"}),
    ("Please delete my husband's details from your system, he passed away last year.",
     {"erasure"}, {"third_party", "deceased"}),
    ("I am writing on behalf of my father, who wants his data deleted.", {"erasure"},
     {"representative", "third_party"}),
    # §3.3 ambiguous -> staff
    ("Jens er ikke længere iblandt os.", set(), {"ambiguous"}),
    ("Sadly, John is no longer with us.", set(), {"ambiguous"}),
    ("Jeg gør indsigelse.", {"objection"}, {"ambiguous"}),
    ("Slet alt om vores firma i jeres system.", {"erasure"}, {"ambiguous"}),
    ("Vi skylder jer ikke noget, og I skal slette mine oplysninger nu.", {"erasure"},
     {"ambiguous"}),
    # R-BR-01 breach / complaint signals
    ("I har sendt min faktura med mit cpr-nummer til en forkert kunde! Jeg vil vide, hvilke "
     "oplysninger I har om mig.", {"access"}, {"breach"}),
    ("Jeg har nu klaget til Datatilsynet over, at I ikke har slettet mine oplysninger.",
     {"erasure"}, {"complaint"}),
]


@pytest.mark.parametrize(("text", "expected", "flags"), FLAGGED)
def test_flags(text: str, expected: set[str], flags: set[str]) -> None:
    result = classify(text)
    assert set(result.intents) == expected
    assert flags <= set(result.flags)
    assert result.confidence < 0.6  # each of these goes to staff


def test_ambiguous_departure_is_not_contact_left() -> None:
    """§3.3: "ikke længere iblandt os" may mean died: no contact_left, low confidence."""
    result = classify("Hej. Jens Hansen er ikke længere iblandt os. Mvh Bodil")
    assert "contact_left" not in result.intents
    assert result.flags == ("ambiguous",)
    assert result.confidence <= 0.4


def test_threat_to_complain_is_not_a_complaint_flag() -> None:
    result = classify("Slet mine oplysninger, ellers klager jeg til Datatilsynet.")
    assert result.intents == ("erasure",)
    assert "complaint" not in result.flags


# --------------------------------------------------------------------------- contact left

DEPARTURES = [
    # (text, departed name, departed e-mail)   §4.3
    ("Hej\nJens Hansen er stoppet hos os pr. 1. marts. Fremover skal I kontakte Mette Olsen."
     "\nMvh Hansen VVS", "Jens Hansen", None),
    ("Vores kontaktperson Lars Nielsen (ln@hansen-vvs.dk) er fratrådt. Slet ham venligst.",
     "Lars Nielsen", "ln@hansen-vvs.dk"),
    ("Til orientering: Karen Møller har forladt firmaet.", "Karen Møller", None),
    ("Desværre er Søren Bach stoppet, så I skal ikke sende flere tilbud til ham.", "Søren Bach",
     None),
    ("Hej. Peter arbejder her ikke længere. Ny kontaktperson er Anne.", "Peter", None),
    ("Hej. Gert er gået på pension, så I skal ikke sende mere til ham.", "Gert", None),
    ("Hej. Vi skal lige fortælle, at Bo Sørensen ikke længere er ansat hos os.", "Bo Sørensen",
     None),
    ("Til jeres info er Annette gået på pension pr. 1. april, og Kim overtager hendes opgaver.",
     "Annette", None),
    ("Jens Hansens sidste arbejdsdag var fredag.", "Jens Hansen", None),
    ("John Smith has left the company. Please update your records.", "John Smith", None),
    ("Please be advised that Jane Doe no longer works here.", "Jane Doe", None),
    ("Diane Foster has taken a new job elsewhere, so please remove her from the mailing.",
     "Diane Foster", None),
    ("Herr Markus Weber ist zum 31.03. aus unserem Unternehmen ausgeschieden.", "Markus Weber",
     None),
    ("Hierbij laat ik u weten dat Marieke Jansen niet meer werkzaam is bij ons.",
     "Marieke Jansen", None),
    # issue 9: what stands between the person and the words (a date, an aside, a relative
    # clause), the past tense, a verb-final clause, Polish
    ("Vi kan oplyse, at Henrik Lund pr. 15. maj er fratrådt.", "Henrik Lund", None),
    ("Birgitte, som altid har bestilt stål hos jer, har fået nyt job i Horsens.", "Birgitte",
     None),
    ("Torben Vad (vores gamle indkøber) stoppede i august.", "Torben Vad", None),
    ("Wir teilen Ihnen mit, dass Frau Petra Lang nicht mehr bei uns ist.", "Petra Lang", None),
    ("Wij laten u weten dat Kees Bakker sinds 1 juni niet meer bij ons werkzaam is.",
     "Kees Bakker", None),
    ("Just so you know, Paul Reid left Stonecraft last week.", "Paul Reid", None),
    ("Informuję, że Adam Wiśniewski już u nas nie pracuje.", "Adam Wiśniewski", None),
    ("Lars Holt, vores værkfører gennem mange år, er gået på pension.", "Lars Holt", None),
    ("Vores indkøber, Mette Due, har sagt op.", "Mette Due", None),
    ("Wir bestätigen, dass Herr Jonas Albers zum 30. Juni aus unserem Unternehmen "
     "ausgeschieden ist.", "Jonas Albers", None),
    ("hej, Bente er her ik mere, skriv til mig", "Bente", None),
    ("Vores tidligere indkøber, Pia (hende med de røde briller), har sagt op.", "Pia", None),
    ("Henrik holdt op hos os i foråret, så skriv til mig.", "Henrik", None),
    ("Also, Dan Moss will be retiring at the end of June.", "Dan Moss", None),
    # the firm as subject, who left after the words
    ("Vi har i dag skilt os af med Rasmus Kjær, så han må ikke bestille mere.", "Rasmus Kjær",
     None),
    ("We have parted ways with our site manager Gary Lane (gary@lanebuild.example.com).",
     "Gary Lane", "gary@lanebuild.example.com"),
    ("Jeg har overtaget kunden efter Birthe Holm, som er rejst fra firmaet.", "Birthe Holm",
     None),
    ("Vi har desværre måttet afskedige Kim Vestergaard.", "Kim Vestergaard", None),
    ("Sofie Dahl og Niels fra lageret har begge forladt firmaet.", "Niels", None),
    ("Our buyers Ann Cole and Rob Hart are not employed here anymore.", "Rob Hart", None),
    ("Peter Mols is per 1 juni niet meer bij ons in dienst.", "Peter Mols", None),
    ("Fra 1. maj har vi ikke længere Gitte Skov ansat i butikken.", "Gitte Skov", None),
    ("Both Alan Reid and Sue Park had left us by the end of March.", "Sue Park", None),
]

# Art. 18(1)(a): "don't use it until it is corrected" is a restriction beside the
# correction, in either order and in other languages (issue 9: said in everyday words).
CORRECT_THEN_HOLD = [
    "Mit efternavn er stavet forkert, det er Kjær. Lad være med at sende noget ud med det "
    "gamle navn, før I har rettet det.",
    "Min adresse er forkert, ret den til Lupinvej 9. Indtil I har fået den rettet, må I ikke "
    "bruge den til noget.",
    "Ret venligst min adresse til Bakkevej 30, og send ikke flere breve, før den er rettet.",
    "My phone number is wrong in your system. Please don't use it until it has been "
    "corrected.",
    "Bitte berichtigen Sie das. Bis die Korrektur erfolgt ist, nutzen Sie meine Daten nicht.",
]


@pytest.mark.parametrize("text", CORRECT_THEN_HOLD)
def test_do_not_use_until_corrected_is_restriction(text: str) -> None:
    assert intents(text) == {"rectification", "restriction"}


# Everyday forms of access and portability (issue 9).
EVERYDAY_ACCESS_PORTABILITY = [
    ("Could you send me everything you've got about me?", {"access"}),
    ("Jeg vil gerne have en kopi af mine oplysninger. Send det som en fil, jeg kan lægge ind i "
     "mit eget regnskabsprogram.", {"access", "portability"}),
    ("Vi har flyttet. Ny adresse er Fjellveien 3, 5003 Bergen. Vennligst oppdater "
     "opplysningene deres.", {"rectification"}),
    ("I har stadig mit mobilnummer og min mail liggende. Dem vil jeg gerne have slettet.",
     {"erasure"}),
    ("Ik wil graag een kopie van mijn gegevens in Excel, zodat ik ze kan meenemen naar een "
     "andere leverancier.", {"access", "portability"}),
    ("Kan I sende mine kundedata i en fil, der kan læses ind i et andet system?",
     {"portability"}),
    ("Send venligst mine kundeoplysninger og min ordrehistorik som en CSV-fil til min nye "
     "leverandør.", {"portability"}),
    ("Der står en forkert adresse på mig hos jer. Den rigtige er Lindevej 4.",
     {"rectification"}),
    ("Skal adressen rettes til Mosevej 2? Og jeg vil ikke ringes op af jeres sælgere.",
     {"objection", "rectification"}),
    ("Jeg vil ikke ha flere nyhetsbrev fra dere.", {"objection"}),
    ("Jeg vil ikke længere stå som reference på jeres hjemmeside.", {"objection"}),
    ("Ingen flere nyhedsbreve fra jer, tak.", {"objection"}),
    ("I not want that you call me again, thank you.", {"objection"}),
    ("Stop emailing me. I never asked for any of it.", {"objection"}),
    ("Please send me a copy of whatever personal information you still hold about me.",
     {"access"}),
]


@pytest.mark.parametrize(("text", "expected"), EVERYDAY_ACCESS_PORTABILITY)
def test_everyday_access_and_portability(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# "Show me, then delete it": the erasure points back at the data just asked for.
ACCESS_THEN_ERASURE = [
    "Send me a copy of the data you keep about me, and then delete whatever you are not "
    "required to keep.",
    "Jeg vil gerne se en kopi af det, I har liggende om mig. Bagefter skal alt om mig væk.",
    "Jeg vil gjerne ha en kopi av opplysningene dere har om meg, og at dere så sletter dem.",
    "Kan jag få en kopia av det ni har sparat om mig? Sedan ska ni radera dem.",
]


@pytest.mark.parametrize("text", ACCESS_THEN_ERASURE)
def test_access_then_erasure(text: str) -> None:
    assert intents(text) == {"access", "erasure"}


# Photos of the sender's home on the website: taken down (erasure), no more use of them or
# of the name as a reference (objection), a permission taken back.
PHOTOS = [
    ("Der ligger et billede af mig og vores carport på jeres Facebook. Tag det venligst ned.",
     {"erasure"}),
    ("Vi trækker vores tilladelse tilbage: brug ikke billeder af vores hus i jeres reklamer.",
     {"objection"}),
    ("I må ikke længere bruge vores navn som referencekunde på jeres hjemmeside.",
     {"objection"}),
]


@pytest.mark.parametrize(("text", "expected"), PHOTOS)
def test_photos_and_references(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# A departure of someone else's, or of no one: never contact_left.
NOT_DEPARTURES = [
    # a job applicant's past, without any request or handover (set10 r-026's class)
    "Jeg søger læreplads. Jeg var i lære hos et firma i Vejle, men er stoppet der i foråret.",
    "The van left the yard last Friday and should be with you on Monday.",
    "Maskinen fra Vejle stoppede i går eftermiddags, montøren kigger på den.",
    "Vi har sagt farvel til vores gamle leverandør af stål.",
    "We have dismissed the complaint about the delivery.",
]


@pytest.mark.parametrize("text", NOT_DEPARTURES)
def test_no_departure_of_someone_who_is_not_a_contact(text: str) -> None:
    assert "contact_left" not in intents(text)


@pytest.mark.parametrize(("text", "name", "email"), DEPARTURES)
def test_contact_left_names_who_left(text: str, name: str, email: str | None) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert (name, email) in {(d.name, d.email) for d in result.departed}


def test_own_farewell_naming_the_firm_and_the_date_is_a_departure() -> None:
    text = "Hi, I'm leaving Northgate Supply at the end of April, thanks for everything."
    assert intents(text) == {"contact_left"}


def test_departed_address_found_elsewhere_in_the_mail() -> None:
    """§4.3: the handler needs the address on file; the successor's is not it."""
    result = classify("Peter Holm er stoppet hos os pr. 1. marts. Fremover skal I kontakte Lise "
                      "Nygaard (ln@jensenbyg.example).\n\nPeters mail ph@jensenbyg.example "
                      "bliver lukket i næste uge.")
    assert result.departed == (Departed("Peter Holm", "ph@jensenbyg.example"),)


def test_sender_who_left_is_found_by_old_work_address() -> None:
    result = classify("Jeg er ikke længere ansat hos Hansen VVS. Slet venligst mit nummer – min "
                      "gamle arbejdsmail var mk@hansenvvs.example.", sender_name="Mads Kristiansen",
                      sender_email="madsk1984@mail.example")
    assert result.intents == ("contact_left", "erasure")
    assert result.departed == (Departed("Mads Kristiansen", "mk@hansenvvs.example"),)


def test_sender_who_left_asks_for_erasure() -> None:
    """Brief: "jeg er ikke længere ansat hos Hansen VVS, slet mit nummer" -> both, sender."""
    result = classify("jeg er ikke længere ansat hos Hansen VVS, slet mit nummer",
                      sender_name="Ole Hansen", sender_email="ole@privat.example")
    assert result.intents == ("contact_left", "erasure")
    assert result.departed == (result.departed[0],)
    assert (result.departed[0].name, result.departed[0].email) == ("Ole Hansen",
                                                                   "ole@privat.example")


def test_sender_leaving_needs_backing() -> None:
    # a job application mentions leaving an apprenticeship: nobody left a customer
    assert intents("Jeg er stoppet på min læreplads i Horsens, fordi firmaet er gået konkurs. "
                   "Må jeg komme forbi og vise hvad jeg kan?") == set()
    # the same words with a handover are a departure notice
    assert intents("Jeg stopper hos Brdr. Madsen med udgangen af marts. Fremover skal I "
                   "kontakte Henning Bach.") == {"contact_left"}


def test_deleting_the_departed_contact_is_part_of_contact_left() -> None:
    result = classify("Vores kontaktperson Lars Nielsen er fratrådt. Slet ham venligst.")
    assert result.intents == ("contact_left",)
    assert "third_party" not in result.flags


# --------------------------------------------------------------------------- auto mode

AUTO = [
    ("Tak for din mail. Jeg er ikke længere ansat hos Brdr. Jensen A/S. Kontakt venligst "
     "info@brdr-jensen.dk.", {"contact_left"}),
    ("Denne mailadresse er ikke længere aktiv. Skriv i stedet til post@firma.dk",
     {"contact_left"}),
    ("Thank you for your email. I have left the company. Please contact sales@acme.example.",
     {"contact_left"}),
    ("Jeg er på ferie og tilbage mandag den 4. august. Ved hastesager kontakt kontoret.", set()),
    ("Jeg arbejder ikke længere om fredagen, så din mail bliver først læst mandag.", set()),
    ("Nyhedsbrev marts: Se vores nye carporte! Klik her for at afmelde nyhedsbrevet.", set()),
    # machine mail never asks for anything, whatever its words
    ("Dine data bliver slettet efter 30 dage. Slet mine oplysninger-knappen finder du i "
     "portalen.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AUTO)
def test_auto_mail_can_only_report_a_departure(text: str, expected: set[str]) -> None:
    result = classify(text, auto=True, sender_name="Ole Jensen", sender_email="oj@firma.dk")
    assert set(result.intents) == expected
    if expected:
        assert result.departed == (result.departed[0],)
        assert result.departed[0].email == "oj@firma.dk"


def test_auto_reply_naming_someone_keeps_the_name_and_the_mailbox() -> None:
    result = classify("Mette Lund er ikke længere ansat hos os. Kontakt i stedet kontor@firma.dk",
                      auto=True, sender_email="ml@firma.dk")
    assert result.intents == ("contact_left",)
    assert [(d.name, d.email) for d in result.departed] == [("Mette Lund", "ml@firma.dk")]


def test_bounce_is_flagged_not_a_departure() -> None:
    result = classify("Delivery has failed to these recipients or groups: jens@hansen-vvs.dk.",
                      auto=True)
    assert result.intents == ()
    assert result.flags == ("bounce",)


# --------------------------------------------------------------------------- multi-intent

MULTI = [
    # §4.9 several rights in one message
    ("Send mig hvad I har om mig, og slet det derefter.", {"access", "erasure"}),
    ("Jeg vil have indsigt i mine oplysninger og bagefter vil jeg slettes.", {"access", "erasure"}),
    ("Hi, please send me a copy of whatever personal data you have on me and then delete "
     "everything.", {"access", "erasure"}),
    ("Please take me off your mailing list and delete my details.", {"erasure", "objection"}),
    ("Ret det, og indtil I har fundet fejlen, vil jeg bede om, at I ikke bruger nogen af mine "
     "kontaktoplysninger. Mit rigtige nummer er 12 93 18 27.", {"rectification", "restriction"}),
]


@pytest.mark.parametrize(("text", "expected"), MULTI)
def test_multi_intent(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_other_languages_common_requests() -> None:
    assert intents("Hei, jeg ønsker innsyn i hvilke opplysninger dere har om meg.") == {"access"}
    assert intents("Hej, jag vill att ni raderar mina personuppgifter.") == {"erasure"}
    assert intents("Bitte löschen Sie meine Daten.") == {"erasure"}
    assert intents("Graag wil ik dat u mijn gegevens verwijdert.") == {"erasure"}
    assert intents("Merci de supprimer mes données personnelles.") == {"erasure"}


# More of the dev set: everyday mail as it reaches CL Smed, requests and business alike.
DEV_SET = [
    ("Vennligst slett alle mine personopplysninger.", {"erasure"}),
    ("Jag vill inte längre få ert nyhetsbrev.", {"objection"}),
    ("Ich möchte Auskunft über meine gespeicherten Daten.", {"access"}),
    ("Hej Jesper\nVi mangler stadig tegningen til trappen. Kan du sende den i dag?\nMvh Ole",
     set()),
    ("Vi har desværre måttet stoppe arbejdet, da kranen er gået i stykker.", set()),
    ("Kan I slette den dobbelte faktura i jeres system? Vi har fået den to gange.", set()),
    ("Fjern venligst linje 2 fra tilbuddet, vi skal ikke have galvanisering.", set()),
    ("Hej, min kollega Jens er syg i dag, så mødet må flyttes.", set()),
    ("Vores formand er stoppet med at ryge, haha. Men tilbage til sagen: hvornår leverer I?",
     set()),
    ("Could you remove the old drawings from the shared folder?", set()),
    ("Our accounts team no longer uses this address for invoices; please send them to "
     "ap@firm.example.", set()),
    ("Lars har fået nyt job, så I skal fremover skrive til mig.", {"contact_left"}),
    ("Please note: Emma Walker is no longer employed by us as of 1 May.", {"contact_left"}),
    ("Jeg vil gerne se hvilke data I har på mig.", {"access"}),
    ("Anonymisér venligst mine oplysninger.", {"erasure"}),
    ("Glem mig!", {"erasure"}),
    ("I har mit gamle efternavn - jeg hedder nu Larsen efter brylluppet.", {"rectification"}),
    ("Meld mig fra jeres nyhedsbrev, tak.", {"objection"}),
    ("Jeg vil gerne have mine data i en CSV-fil så jeg kan tage dem med til en anden leverandør.",
     {"portability"}),
    ("Overfør venligst mine oplysninger til min nye leverandør, Stålgården ApS.", {"portability"}),
    ("Please stop calling me.", {"objection"}),
    ("No more newsletters please.", {"objection"}),
    ("I withdraw my consent to receive marketing emails.", {"objection"}),
    ("Hej, kan I give et tilbud på 20 m gelænder? Vedhæftet tegning.", set()),
    ("Jeg kan ikke finde fakturaen i min indbakke, kan I sende den igen?", set()),
    ("Vi har modtaget jeres rykker. Beløbet er betalt i dag.", set()),
    ("Hej. Kan I slette det gamle tilbud og lave et nyt med rustfrit stål?", set()),
    ("Vores kunde har klaget over svejsningerne. Kan I komme ud og se på det?", set()),
    ("Kontaktpersonen på byggepladsen er Jens, tlf. 20 30 40 50.", set()),
    ("Vi har fået ny adresse til fakturaer: faktura@firma.dk", set()),
    ("Hvad er status på ordren? Jeg har ikke hørt noget.", set()),
    ("Thanks for the quote. Can you update the price with the new steel surcharge?", set()),
    ("Please send us your data sheet and CE marking documents.", set()),
    ("Our buyer is on parental leave until March, please contact me meanwhile.", set()),
    ("Kan I stoppe leverancen til på mandag? Vi er ikke klar.", set()),
    ("Husk at fjerne stilladset inden fredag.", set()),
    ("Jeg har ikke længere brug for tilbuddet.", set()),
    ("Tak for sidst! Jeg er stoppet med at bruge den gamle mail, skriv til mig på min nye.",
     {"rectification"}),
]


@pytest.mark.parametrize(("text", "expected"), DEV_SET)
def test_dev_set(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# --------------------------------------------------------------------------- evidence, confidence


def test_evidence_quotes_the_input() -> None:
    text = "Hej\n\nVil I SLETTE MINE OPLYSNINGER? Og afmeld mig jeres nyhedsbrev.\n\nMvh Jens"
    result = classify(text)
    assert result.intents == ("erasure", "objection")
    assert {e.intent for e in result.evidence} >= {"erasure", "objection", "marketing_optout"}
    for evidence in result.evidence:
        assert evidence.phrase in text  # as it stands, for showing staff
    assert any(e.phrase == "SLETTE MINE OPLYSNINGER" for e in result.evidence)


def test_subject_counts_as_a_heading() -> None:
    result = classify("Hej, se venligst vedhæftede.", subject="Afmeld nyhedsbrev")
    assert result.intents == ("objection",)
    assert classify("Hej", subject="Indsigtsanmodning").confidence < 0.6


def test_confidence_is_a_real_signal() -> None:
    explicit = classify("Jeg anmoder hermed om sletning af alle mine personoplysninger i "
                        "henhold til GDPR artikel 17.").confidence
    plain = classify("Slet mine oplysninger, tak.").confidence
    short = classify("Slet mig").confidence
    hint = classify("Hvis jeg har givet samtykke, trækker jeg det tilbage.").confidence
    assert explicit > plain > short > hint
    assert explicit >= 0.9 and hint < 0.6
    for text, _ in REQUESTS:
        assert 0.0 <= classify(text).confidence <= 1.0


def test_result_shape() -> None:
    result = classify("Slet mine data og send mig en kopi af mine oplysninger først.")
    assert isinstance(result, Classification)
    assert list(result.intents) == sorted(result.intents)
    assert set(result.intents) <= set(INTENTS)
    assert list(result.flags) == sorted(result.flags)
    empty = classify("")
    assert (empty.intents, empty.language, empty.evidence, empty.departed, empty.flags) == (
        (), "da", (), (), ())


# --------------------------------------------------------------------------- language

LANGUAGES = [
    ("Slet mig", "da"),
    ("Hej, jeg vil gerne slettes. Tak", "da"),
    ("Jens er ikke længere ansat hos os", "da"),
    ("Hei, vennligst slett meg. Takk", "no"),
    ("Hva har dere lagret om meg?", "no"),
    ("Hej, radera mina uppgifter. Tack", "sv"),
    ("Vad har ni sparat om mig?", "sv"),
    ("Please delete my data", "en"),
    ("Bitte löschen Sie meine Daten", "de"),
    ("Verwijder alstublieft mijn gegevens", "nl"),
    ("Veuillez supprimer mes données", "fr"),
    ("", "da"),
]


@pytest.mark.parametrize(("text", "code"), LANGUAGES)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_fold_keeps_offsets() -> None:
    text = "SLET Ærligt Øresund Åben Grüße İstanbul “quote”"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == 'slet ærligt øresund åben gruße Istanbul "quote"'  # æøå stay (§3)


# --------------------------------------------------------------------------- speed, public corpus


def test_every_rule_starts_with_a_literal() -> None:
    """Speed (≥ 2,000 mails/s): a rule without a literal head is scanned at every position."""
    from bot.reading.classify import LEXICONS, _compiled

    assert all(not _compiled(code).anywhere for code in LEXICONS)


def test_every_lexicon_entry_compiles() -> None:
    """Rules compile on first use; a typo in a rarely used one must still fail here."""
    from bot.reading.classify import preload

    preload()


# --------------------------------------------------------------------------- generalisation
# Classes of error found on mail written independently of the lexicon; each group covers
# the class with several phrasings, and each has near misses that must stay as they are.

NOT_A_PERSON = [
    # §3.2 "arbejdet/maskinen er stoppet": places, firms, projects, machines are not people
    "Hydraulikken på liften ved Solbakken er stoppet igen.",
    "Leverancen fra Nordic Steel er stoppet, fordi de mangler plader.",
    "Projekt Havnefronten er stoppet indtil kommunen giver byggetilladelse.",
    "Hansen Byg ApS er stoppet med at bestille hos os.",
    "Strandhaven A/S er stoppet med at betale, vi sender sagen til inkasso.",
    "Produktionen hos Vestas er stoppet i denne uge.",
    "Hallen ved Birkevej er stoppet med at varme, send en tekniker.",
    "Rullehejset i hal 3 er stoppet, og det virker ikke efter genstart.",
    "Kranen stopper pr. 1. maj, da lejeaftalen udløber.",
    "hej, kassen er tom og per bil er leveringen stoppet.",
    "The conveyor at Riverside Mill has stopped again, can you send someone?",
    "The truck from Hansen has left the depot and should arrive by noon.",
    "Jens is leaving Aarhus at 10 and will be with you by noon.",
    "Peter has gone to another meeting, he will call you back.",
    "My colleague has moved to our Aarhus office, please contact her there.",
    "Die Lieferung ist nicht mehr bei der Spedition, sie ist unterwegs.",
    "Herr Müller ist im Urlaub und ab Montag wieder im Haus.",
]


@pytest.mark.parametrize("text", NOT_A_PERSON)
def test_departure_needs_a_person_as_subject(text: str) -> None:
    assert intents(text) == set()


MORE_DEPARTURES = [
    # (text, departed name): other phrasings of "no longer works for/at X", in lower case,
    # with a date, and in the languages customers write in
    # a name written in lower case is shown as a name
    ("hej, jesper holm er ikke laengere ansat her. skriv til kontoret fremover", "Jesper Holm"),
    ("Susanne Dam går på pension til sommer, så send fremover fakturaer til bogholderiet.",
     "Susanne Dam"),
    ("Vores indkøber Kim Lund stopper 31. maj. Henrik overtager hans opgaver.", "Kim Lund"),
    ("Peter Hansen fra vores lager er stoppet, så han skal ikke have flere mails.",
     "Peter Hansen"),
    ("Lars Bech fra Bygma er stoppet, kontakt mig i stedet.", "Lars Bech"),
    ("Frau Anna Becker ist seit dem 1. April nicht mehr bei der Nordblech GmbH beschäftigt.",
     "Anna Becker"),
    ("Herr Jonas Weber arbeitet nicht mehr für unser Unternehmen.", "Jonas Weber"),
    ("Erik Svensson arbetar inte längre hos Byggbolaget AB.", "Erik Svensson"),
    ("Ola Nordmann har forlatt selskapet. Ta kontakt med meg fremover.", "Ola Nordmann"),
    ("Mark Evans no longer works for Evans Fabrication Ltd; please contact sales@x.example.com "
     "instead.", "Mark Evans"),
    ("Sarah Collins has moved on to a new role elsewhere. Her replacement is Tom Price.",
     "Sarah Collins"),
    ("Jan de Vries is niet langer werkzaam bij Staalbouw BV.", "Jan de Vries"),
    ("Marie Laurent ne travaille plus au sein de notre société.", "Marie Laurent"),
]


@pytest.mark.parametrize(("text", "name"), MORE_DEPARTURES)
def test_departure_phrasings(text: str, name: str) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert name in {d.name for d in result.departed}


def test_auto_reply_in_german_naming_the_company() -> None:
    result = classify("Vielen Dank für Ihre Nachricht. Frau Petra Klein ist nicht mehr für die "
                      "Metallbau Süd GmbH tätig. Bitte wenden Sie sich an info@sued.example.de.",
                      auto=True, sender_email="pk@sued.example.de")
    assert result.intents == ("contact_left",)
    assert result.departed[0].name == "Petra Klein"


RECTIFY_PHRASINGS = [
    # art. 16 without the word "correct": fix it, use X instead, spelled, new number, moved
    "I've recently moved house. The new address is 5 Mill Road, Leeds.",
    "My surname is spelled Kowalczyk, not Kowalcyk. Please update that in your system.",
    "Please use my new email address from now on: ann@mail.example.com",
    "Please use this e-mail address instead of my old one.",
    "My phone number has changed to +44 7700 900123.",
    "I got married, my name is now Emma Clarke.",
    "You still have my old address on file - it should be 12 Elm Street.",
    "I have a new mobile number: 07700 900456.",
    "Jeg er lige flyttet. Min nye adresse er Søndergade 8, 8000 Aarhus.",
    "Mit efternavn staves med to s'er. Ret det venligst i jeres kartotek.",
    "Jeg har fået nyt mobilnummer: 22 11 00 99.",
    "Send venligst fremover til min nye mail i stedet for den gamle.",
    "Brug venligst min nye mail fremover.",
    "Jeg hedder nu Hansen efter brylluppet.",
    "Min stilling er ændret, jeg er nu værkfører.",
    "Meine Adresse hat sich geändert, bitte korrigieren Sie das in Ihren Unterlagen.",
    "Mon numéro de téléphone a changé ; merci de corriger votre fichier.",
    "Jag har flyttat. Min nya adress är Storgatan 3, Malmö.",
    "Jeg har flyttet, min nye adresse er Storgata 1, Bergen.",
    "Ik ben verhuisd, mijn nieuwe adres is Kerkstraat 5.",
]


@pytest.mark.parametrize("text", RECTIFY_PHRASINGS)
def test_rectification_phrasings(text: str) -> None:
    assert intents(text) == {"rectification"}


RECTIFY_NEAR_MISSES = [
    # orders, invoices, drawings and the firm's own address are not the sender's data
    "Leveringsadressen på ordre 5512 er forkert, ret det venligst på følgesedlen.",
    "Please update the delivery address on the invoice to our warehouse.",
    "We have moved our workshop to Industrivej 4, please send goods there.",
    "Can you fix that in the drawing before production?",
    "Kan I rette det på fakturaen?",
    "Vores firma er flyttet til Herning. Brug venligst den nye adresse på fakturaer fremover.",
    "Brug venligst denne adresse til levering fremover: Havnevej 3.",
    "Send fremover fakturaer til faktura@byg.example.dk i stedet for den gamle adresse.",
    "Please use this address for the delivery instead: Unit 4, Dock Road.",
    "Use the new drawing instead of the old one.",
    "Our new phone number is 70 20 30 40 - please update your records.",
    "Jeg er flyttet til en anden afdeling, men er stadig jeres kontakt.",
    "Tegningen har ændret sig, brug den nye version i stedet for den gamle.",
]


@pytest.mark.parametrize("text", RECTIFY_NEAR_MISSES)
def test_rectification_near_misses(text: str) -> None:
    assert intents(text) == set()


KEEP_BUT_DO_NOT_USE = [
    # art. 18: use nothing, delete nothing
    "Brug ikke mine oplysninger til noget, mens klagen behandles, men slet dem heller ikke.",
    "I må ikke bruge mine oplysninger mere. Men behold dem, jeg kan få brug for dem.",
    "Mens sagen kører, må I ikke bruge mine data. Slet dem ikke, men lad dem ligge.",
    "Please don't use my data while you look into this, but do not delete it.",
    "Stop using my information for now, but keep it - I may need it for a claim.",
]


@pytest.mark.parametrize("text", KEEP_BUT_DO_NOT_USE)
def test_keep_but_do_not_use_is_restriction(text: str) -> None:
    assert intents(text) == {"restriction"}


def test_do_not_use_for_marketing_stays_objection() -> None:
    assert intents("Brug ikke mine oplysninger til markedsføring.") == {"objection"}
    assert intents("Slet ikke noget endnu, vi skal bruge tegningerne.") == set()
    assert intents("Please don't delete the files yet, we need them for the audit.") == set()


OPT_OUT_WITH_ERASURE = [
    ("Slet mine oplysninger og stop med at sende mig nyhedsbreve.", {"erasure", "objection"}),
    ("Please delete my data and don't use my email for marketing ever again.",
     {"erasure", "objection"}),
    ("Fjærn mig fra jeres nyhedsliste og slet alt om mig.", {"erasure", "objection"}),
    ("Jeg vil gerne være fri for jeres reklamer.", {"objection"}),
    ("Slet mine oplysninger. Og I må heller ikke ringe til mig igen.", {"erasure", "objection"}),
    ("Send ikke flere tilbudsmails til mig.", {"objection"}),
    ("Merci de supprimer mes données et de cesser de m'envoyer vos newsletters.",
     {"erasure", "objection"}),
    ("I don't want your newsletter anymore.", {"objection"}),
    ("I want to be removed from your mailing list.", {"objection"}),
    ("Bitte löschen Sie meine Daten und senden Sie mir keine Werbung mehr.",
     {"erasure", "objection"}),
    # near misses: invoices, quotes and reminders are not marketing
    ("Stop med at sende rykkere, fakturaen er betalt.", set()),
    ("Tak for tilbuddet, vi er ikke interesseret lige nu.", set()),
    ("Merci d'arrêter de m'envoyer la facture papier.", set()),
    ("Bitte senden Sie mir keine Rechnung per Post mehr, sondern per E-Mail.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OPT_OUT_WITH_ERASURE)
def test_opt_out_next_to_erasure(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


ERASURE_PHRASINGS = [
    ("Min far ønsker, at I sletter de oplysninger, I har om ham.", {"erasure"}),
    ("Jeg ønsker ikke at være registreret hos jer længere.", {"erasure"}),
    ("I want to be deleted from your customer database.", {"erasure"}),
    ("Please get rid of my details.", {"erasure"}),
    ("I no longer want you to hold my personal data.", {"erasure"}),
]


@pytest.mark.parametrize(("text", "expected"), ERASURE_PHRASINGS)
def test_erasure_phrasings(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_third_party_erasure_is_flagged() -> None:
    result = classify("Jeg skriver på vegne af min mor. Hun ønsker, at I sletter de oplysninger, "
                      "I har om hende. Fuldmagt er vedhæftet.")
    assert result.intents == ("erasure",)
    assert {"representative", "third_party"} <= set(result.flags)
    assert result.confidence < 0.6


PORTABILITY_NOT_ACCESS = [
    # data sent in order to move them is portability (art. 20), not a copy to read
    ("Send mig mine data som CSV, så jeg kan flytte dem til en ny leverandør.", {"portability"}),
    ("Please send me my data in a machine-readable format so I can transfer it to another "
     "supplier.", {"portability"}),
    ("Kan I sende mine oplysninger i Excel? Jeg skifter til en anden smed og vil tage dem med "
     "til den nye leverandør.", {"portability"}),
    # both rights asked for separately stay both
    ("Send mig en kopi af mine oplysninger. Jeg vil også gerne have dem i et maskinlæsbart "
     "format.", {"access", "portability"}),
    ("Send mig mine oplysninger.", {"access"}),
    # a customer changing supplier takes drawings, not personal data
    ("Send os tegningerne som DWG, så vi kan tage dem med til en anden leverandør.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PORTABILITY_NOT_ACCESS)
def test_portability_is_not_also_access(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_sender_own_change_joins_a_departure_notice() -> None:
    """A departure notice may also carry the sender's own update (own data, own sentence)."""
    both = "Bo Holm er stoppet hos os. Min nye mail er lise@firma.example.dk, opdater venligst."
    assert intents(both) == {"contact_left", "rectification"}
    assert intents("Bo Holm er stoppet hos os. Opdater venligst jeres kartotek.") == {
        "contact_left"}
    assert intents("John Hale has left the company. Please update your records.") == {
        "contact_left"}


# Public request letters read wrongly today, by name (strict xfail: a fix must remove it).
PUBLIC_MISSES = {
    name: "the restriction asked for beside erasure and objection is not read"
    for name in ("el-erasure-02.txt", "fr-erasure-02.txt", "pt-erasure-02.txt")
}


def _public_params() -> list[object]:
    if not PUBLIC.is_dir():
        return [pytest.param(None, id="public-corpus-missing")]
    names = sorted(load_labels(PUBLIC / "labels.jsonl"))
    return [pytest.param(name, id=name, marks=[pytest.mark.xfail(
        reason=PUBLIC_MISSES[name], strict=True)] if name in PUBLIC_MISSES else [])
        for name in names]


@pytest.mark.parametrize("name", _public_params())
def test_public_letter(name: str | None) -> None:
    """Each real request letter (../shared/corpus/public) reads as its label says."""
    if name is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"public corpus missing: {PUBLIC}")
        pytest.skip("public corpus not present")
    label = load_labels(PUBLIC / "labels.jsonl")[name]
    got = frozenset(predict_file(PUBLIC / name).intents)
    assert got == label.intents
    assert not (not label.intents and got & {"erasure", "contact_left"})


# --------------------------------------------------------------------------- holdout-2 classes

# A deletion called off, refused or retracted next to another request is no erasure
# request (§3.2 "slet ikke"); the adverb "slet ikke" ("not at all") retracts nothing.
RETRACTED_ERASURE = [
    ("Glem min mail fra i morges om at slette mine data. Slet ikke noget, men ret mit "
     "efternavn til Kjærsgaard.", {"rectification"}),
    ("Jeg bad jer sidste uge slette mine oplysninger. Nej, slet intet! Jeg har bare fået nyt "
     "nummer: 40 11 22 33.", {"rectification"}),
    ("I skal ikke slette noget, men min nye adresse er Skovvej 2, 7100 Vejle.",
     {"rectification"}),
    ("Please ignore my earlier deletion request. My new phone number is 20 30 40 50.",
     {"rectification"}),
    ("I do not want anything deleted, I only want my surname corrected to Holm.",
     {"rectification"}),
    ("There is no need to delete my account - just update my address to 4 Mill Lane.",
     {"rectification"}),
    ("Bitte löschen Sie nichts. Meine neue Adresse ist Hauptstraße 4, 24937 Flensburg.",
     {"rectification"}),
    ("Jeg fortryder min anmodning om sletning. Hvilke oplysninger har I om mig?", {"access"}),
]
ERASURE_NOT_RETRACTED = [
    # the adverb: "det gør slet ikke noget" = it does not matter at all
    ("Det gør slet ikke noget, at I er forsinket. Slet mine oplysninger, når ordren er "
     "leveret.", {"erasure"}),
    ("Jeg forstår slet ikke noget af jeres svar. Slet mine oplysninger nu.", {"erasure"}),
    ("You still haven't deleted my data although I never withdrew my request. Delete my "
     "data now.", {"erasure"}),
]


@pytest.mark.parametrize(("text", "expected"), RETRACTED_ERASURE + ERASURE_NOT_RETRACTED)
def test_retracted_erasure(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_retraction_lowers_confidence_and_shows_why() -> None:
    result = classify("Slet mine oplysninger. Nej vent - slet ikke noget, bare ret min adresse "
                      "til Åvej 3.")
    assert result.intents == ("rectification",)
    assert result.confidence <= 0.8
    assert any(e.intent == "no_erasure" for e in result.evidence)


def test_disclaimer_delete_it_is_boilerplate() -> None:
    text = ("Hi, my surname is now Berg (was Lund), please update your records.\n\nThis e-mail "
            "is confidential. If you received it in error, please notify the sender and delete "
            "it immediately.")
    assert intents(text) == {"rectification"}
    assert intents("Denne mail er fortrolig. Har du modtaget den ved en fejl, så underret "
                   "venligst afsenderen og slet den.") == set()


# Marketing opt-outs and objections written as a second request in a mail about something else.
OBJECTION_SECOND = [
    ("Ret venligst min adresse til Fjordvej 8. Og så vil jeg gerne være fri for jeres "
     "nyhedsbrev.", {"rectification", "objection"}),
    ("Jeg har fået nyt nummer: 51 22 33 44. I må gerne holde op med at sende mig tilbud.",
     {"rectification", "objection"}),
    ("Slet min profil. Jeg har flere gange bedt jer om ikke at ringe til mig.",
     {"erasure", "objection"}),
    ("Hvad har I registreret om mig? Og jeg vil gerne fjernes fra jeres mailliste.",
     {"access", "objection"}),
    ("Slet alle mine oplysninger, og skriv aldrig til mig igen.", {"erasure", "objection"}),
    ("Please delete my account. I have asked you twice not to call me.",
     {"erasure", "objection"}),
    ("My new address is 12 High Street, York. Also, no more sales calls please.",
     {"rectification", "objection"}),
]
OBJECTION_NEAR_MISS = [
    ("Ring ikke før kl. 9 i morgen, vi starter montagen senere.", set()),
    ("Fjern venligst Peter fra listen over deltagere til mødet.", set()),
    ("Kan I stoppe med at sende fakturaer til den gamle adresse? Brug faktura@firma.dk.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), OBJECTION_SECOND + OBJECTION_NEAR_MISS)
def test_objection_next_to_other_requests(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_objection_to_surveys_is_not_access() -> None:
    text = ("Jeg gør indsigelse mod, at I bruger mine personoplysninger til at sende mig "
            "spørgeskemaer om tilfredshed.")
    assert intents(text) == {"objection"}


# A firm's own address or number is company data; a person's move is rectification.
RECTIFY_BUSINESS = [
    ("Stål & Rør ApS flytter til nye lokaler. Opdater venligst vores adresse i jeres "
     "system til Havnevej 3, 6000 Kolding.", set()),
    ("We are moving! Nordic Rail Ltd has new premises from 1 May - please update our address "
     "to Unit 5, Dock Road.", set()),
    ("Dear Sir, I have moved to Kolding with my family and would like to apply as a welder. "
     "CV attached.", set()),
    ("Jeg er flyttet til Horsens og søger lærlingeplads som smed.", set()),
]
RECTIFY_PERSONAL = [
    ("Vi er flyttet. Opdater venligst vores adresse til Birkevej 7, 8700 Horsens. Mvh Ole og "
     "Lis", {"rectification"}),
    ("nyt tlf nr 28 19 44 07 - det gamle er lukket", {"rectification"}),
    ("ny mobil: +45 61 72 83 94. mvh Jonas", {"rectification"}),
    ("I have moved to 22 Elm Road, 7100 Vejle.", {"rectification"}),
    ("Your letter went to my old flat. My correct address is Nørregade 4, 2. th. Please "
     "correct this.", {"rectification"}),
]


@pytest.mark.parametrize(("text", "expected"), RECTIFY_BUSINESS + RECTIFY_PERSONAL)
def test_rectification_personal_not_business(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_departure_in_lower_case_with_two_phrases_is_contact_left() -> None:
    text = ("hej\nhenrik moeller er fratraadt og er ikke laengere ansat her. fjern ham fra jeres "
            "liste, skriv til mig fremover\nbo")
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert result.departed and result.departed[0].name == "Henrik Moeller"  # shown as a name


# --------------------------------------------------------------------------- holdout3 classes

# SAFETY: a thing that "stopped" is not a person who left. A soft verb ("stoppet", "holdt
# op") or a subject line needs a known name, a full name, a role, a pronoun or an address.
@pytest.mark.parametrize(("subject", "text"), [
    ("Hejseværk er stoppet", "Hej\nVores hejseværk i hal 2 er stoppet. Kan I komme i morgen?"),
    ("Portautomatik stoppet",
     "Hej\nAutomatikken til indkørslen virker ikke længere. Ring venligst."),
    ("", "Skydeporten virker ikke. Vores Skydeport er stoppet, og motoren brummer bare."),
    ("", "Vores Garageport er stoppet midt i bevægelsen. Send en montør."),
    ("", "Båndtransportør er stoppet efter strømsvigtet i nat."),
    ("", "Svejserobot er stoppet med fejlkode 17, kan I hjælpe?"),
    ("", "Desværre er Rullemotoren stoppet, vi kan ikke lukke porten."),
    ("", "El-anlægget er stoppet, og Kompressor er holdt op med at køre."),
    ("Kran stoppet", "Hej\nKran er stoppet, den står midt over pladsen."),
    ("Lågen er stoppet", "Hej\nLågen som I satte op i foråret er stoppet helt."),
    ("Leverancer er stoppet", "Hej\nLeverancer fra jeres underleverandør er stoppet."),
])
def test_a_thing_that_stopped_is_not_a_departure(subject: str, text: str) -> None:
    result = classify(text, subject)
    assert "contact_left" not in result.intents
    assert result.departed == ()


@pytest.mark.parametrize(("subject", "text", "name"), [
    ("", "Hej\nGert Husum er stoppet hos os. Fremover skal I kontakte mig.", "Gert Husum"),
    ("", "Hej\nVores indkøber er stoppet pr. 1. maj, skriv til mig i stedet.", None),
    ("", "hej. saa er jens moeller gaaet paa pension, fremover skriver I til mig",
     "Jens Moeller"),  # shown as a name
    ("", "Hej\nDesværre er Mette stoppet. Ny kontaktperson er Ole Bak.", "Mette"),
    ("", "Hej\nGert er fratrådt sin stilling pr. 1. juni.", "Gert"),
])
def test_a_person_who_stopped_is_still_a_departure(subject: str, text: str,
                                                   name: str | None) -> None:
    result = classify(text, subject)
    assert "contact_left" in result.intents
    if name:
        assert any(d.name == name for d in result.departed)


def test_lower_case_departure_and_remove_him_is_contact_left_not_erasure() -> None:
    result = classify("hej saa er karen lund gaaet paa pension i fredags saa fjern hende fra "
                      "jeres liste. fremover er det mig i skal skrive til")
    assert result.intents == ("contact_left",)


# Rectification: more ways to report wrong or changed details.
@pytest.mark.parametrize("text", [
    "I har registreret mig med en forkert adresse. Korrekt er Birkevej 3, 7100 Vejle.",
    "I har et forkert telefonnummer på mig, det rigtige er 20 11 22 33.",
    "Jeg beder om, at I retter mine oplysninger i jeres kundekartotek.",
    "Min gamle mail er lukket, så ret venligst til denne: ole.bak@mail.example.com",
    "Opdater venligst nummeret til 22 33 44 55.",
    "I har stavet mig Kærsgård. Det er forkert - jeg hedder Kjærsgaard med j.",
    "På fakturaerne står mit navn som Hanne Kjær. Vil I berigtige det?",
    "Dere har feil adresse på meg i kunderegisteret. Vennligst korriger den til: Storgata 1.",
    "You have my surname wrong, it is Petersen with a t.",
])
def test_rectification_more_ways(text: str) -> None:
    assert "rectification" in intents(text)


@pytest.mark.parametrize("text", [
    "Kan I berigtige fakturaen nr. 20377? Der står forkert EAN-nummer.",
    "Vi beder om, at I retter fakturaen, beløbet er forkert.",
    "Please tell me where you got my email address from.",
    "Ret venligst tegningen til den nye målsætning.",
    "Har jeg ret til denne rabat?",
])
def test_rectification_near_misses_invoice_and_origin(text: str) -> None:
    assert "rectification" not in intents(text)


def test_three_intents_with_delete_all_of_it() -> None:
    assert intents("1. Tell me what personal data you hold about me and where you got my "
                   "email address from.\n2. After that, delete all of it.\n3. Stop sending me "
                   "marketing emails.") == {"access", "erasure", "objection"}


# Portability next to access: data to hand on to a new supplier.
@pytest.mark.parametrize("text", [
    "Send mig en kopi af mine oplysninger. Jeg vil også have mine kunde- og ordredata som en "
    "CSV-fil, som jeg kan give videre til min nye smed.",
    "Send mig mine oplysninger i Excel, så den nye leverandør kan importere dem.",
])
def test_portability_next_to_access(text: str) -> None:
    assert "portability" in intents(text)


def test_handing_drawings_on_is_not_portability() -> None:
    assert "portability" not in intents(
        "Send tegningerne til porten, så jeg kan give dem videre til en anden smed.")


# Business mail about GDPR is not an access request.
@pytest.mark.parametrize("text", [
    "Har I styr på sletning, indsigtsanmodninger og databehandleraftaler? Vi tilbyder et "
    "GDPR-tjek til fast pris.",
    "Vores kursus lærer jer at håndtere indsigtsbegæringer hurtigt. Tilmeld jer i dag.",
])
def test_gdpr_sales_pitch_is_no_request(text: str) -> None:
    assert intents(text) == set()


def test_singular_access_request_still_counts() -> None:
    assert "access" in intents("Hermed min indsigtsanmodning efter GDPR.")


# Objection: not to be called with offers again.
@pytest.mark.parametrize("text", [
    "Jeg ønsker ikke at blive kontaktet af jer i telefonen med tilbud eller reklamer igen.",
    "Jeg vil ikke ringes op af jeres sælgere med tilbud mere.",
    "Jeg frabeder mig at blive ringet op.",
])
def test_objection_not_to_be_called(text: str) -> None:
    assert "objection" in intents(text)


def test_not_to_be_called_by_the_fitter_is_no_objection() -> None:
    assert "objection" not in intents(
        "Jeg ønsker ikke at blive kontaktet af montøren før kl. 8, men bare kom forbi.")


@pytest.mark.parametrize(
    "text",
    [
        "Jens fra vores sjak er stoppet forbi jeres værksted i går og så på vangerne.",
        "Lise stopper ind hos jer på torsdag med tegningerne.",
        "Peter stopped by your workshop yesterday to look at the railings.",
    ],
)
def test_dropping_in_is_not_leaving(text):
    # §3.2: "stoppet" about a person visiting, not a departure.
    assert "contact_left" not in classify(text).intents


# --------------------------------------------------------------------------- holdout4 classes

HOLDOUT4_CLASSES = [
    # access: "a copy of everything you have on me" with "alt det, (som) I har ..."
    ("Send mig også en kopi af alt det, I har gemt om mig.", {"access"}),
    ("Jeg vil gerne have en udskrift af alt, som I har registreret om mig.", {"access"}),
    ("Kan I sende mig en kopi af alt det, der står på tilbuddet?", set()),
    ("Send mig en kopi af alt det, I har sendt til montøren.", set()),
    # erasure: "have dem slettet" after naming the data, participle before its object
    ("Jeg vil gerne se mine oplysninger, og bagefter vil jeg gerne have dem slettet.",
     {"access", "erasure"}),
    ("Jeg ønsker at få slettet mine oplysninger hos jer.", {"erasure"}),
    ("Jeg vil gerne slettes fra jeres kundekartotek.", {"erasure"}),
    ("Please remove me from your contact list, I no longer need your services.", {"erasure"}),
    ("Vi vil gerne have det hele slettet fra tegningen, så den er ren.", set()),
    ("Jeg ønsker at få slettet linje 3 på fakturaen.", set()),
    ("Vi vil gerne have fjernet den gamle adresse på tilbuddet.", set()),
    ("Please remove me from the contact list for the Harbour project, Tom takes over.", set()),
    # a customer or contact list is the firm's register (erasure); a mailing list is opt-out
    ("Jeg vil gerne slettes fra jeres kunde liste.", {"erasure"}),
    ("Jeg vil gerne slettes fra jeres mailliste.", {"objection"}),
    ("Jeg vil gerne slettes fra listen.", {"objection"}),
    # objection: sales calls about a product; never about the invoice or the job
    ("please stop calling me about new gates", {"objection"}),
    ("Stop med at ringe til mig om carporte, tak.", {"objection"}),
    ("stop calling me pls", {"objection"}),
    ("Please stop calling me about the invoice, it was paid last week.", set()),
    ("Hold op med at ringe til mig om fakturaen, den er betalt.", set()),
    # restriction: "don't use my data for anything but storing it" (art. 18)
    ("Indtil klagen er afgjort, ønsker jeg at I ikke bruger mine oplysninger til andet end at "
     "opbevare dem.", {"restriction"}),
    ("Jeg ønsker, at I indtil videre slet ikke bruger mine oplysninger.", {"restriction"}),
    ("Vi bruger ikke værktøjet til andet end at opbevare plader.", set()),
    # portability: data the sender provided, to hand on to another firm
    ("Please export the data I provided as a CSV so I can give it to another contractor.",
     {"portability"}),
    ("Please export the data from the CAD model as DXF.", set()),
    ("Send the drawings as PDF so that I can give them to another contractor.", set()),
    # contact_left: simple past with a time ("retired in May", "gik på pension i juni")
    ("Our buyer Susan Clarke retired in May. Please write to me from now on.",
     {"contact_left"}),
    ("Our foreman Jim Barker resigned in April. Please send all further correspondence to me.",
     {"contact_left"}),
    ("Hej\nJens Hansen gik på pension i juni. Skriv til mig fremover.", {"contact_left"}),
    ("Mette Lund fratrådte 1. maj, ny kontaktperson er Ole Bak.", {"contact_left"}),
    ("We retired the old press brake in May and need a new one.", set()),
    ("The 2019 model was retired in March; please quote the new one.", set()),
    ("Maskinen stoppede i går, kan I komme?", set()),
    # rectification (Norwegian): inverted word order, "jeg bor nå i/på"
    ("Hei, har dere feil telefonnummer på meg? Det riktige er 900 11 222.", {"rectification"}),
    ("Jeg bor nå på Storgata 5, 0155 Oslo.", {"rectification"}),
]


@pytest.mark.parametrize(("text", "expected"), HOLDOUT4_CLASSES)
def test_holdout4_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_relative_erasure_is_third_party_and_unsure() -> None:
    result = classify("Min mor ønsker at få slettet sine oplysninger. Fuldmagt vedhæftet.")
    assert result.intents == ("erasure",)
    assert {"representative", "third_party"} <= set(result.flags)
    assert result.confidence < 0.6


# The model reads these (no rule phrase does); being rung or texted makes it an opt-out.
LEARNED_OPTOUTS = [
    "jeres sælger kimer mig ned hver anden uge, det skal være slut nu",
    "jag vill inte att ni ringer mig hela tiden",
    "Ich möchte nicht mehr von Ihnen angerufen werden, bitte.",
]


@pytest.mark.parametrize("text", LEARNED_OPTOUTS)
def test_learned_objection_to_being_called_is_a_marketing_optout(text: str) -> None:
    """R-OB-01: an objection to sales calls is an art. 21(2) opt-out, however it is read."""
    result = classify(text)
    assert result.intents == ("objection",)
    assert "marketing_optout" in result.flags


def test_learned_objection_to_profiling_is_no_optout() -> None:
    result = classify("I don't like that you analyse my purchases to build a profile of me, "
                      "please stop.")
    assert result.intents == ("objection",)
    assert "marketing_optout" not in result.flags


def test_remove_me_from_contact_list_is_not_also_objection() -> None:
    result = classify("I have left Nordbyg A/S. Please remove me from your contact list and "
                      "delete my phone number.")
    assert result.intents == ("contact_left", "erasure")
    assert "marketing_optout" not in result.flags


# --------------------------------------------------------------------------- round 5 recall
# Requests that were read as "not a request" (the worse error): new everyday wordings per
# class, each next to a near-miss that must stay what it is.

ROUND5_CLASSES = [
    # access: the question asked in passing, the source of the data (art. 15(1)(g))
    ("hej. hvad har i egentlig af oplysninger om mig?? mvh Sanne", {"access"}),
    ("Jeg vil gerne vide hvad I har liggende af data på mig.", {"access"}),
    ("Fik en sms fra jer i går og aner ikke hvor I har mit nr fra.", {"access"}),
    ("Hvorfra har I fået min mailadresse?", {"access"}),
    ("Vi anmoder om indsigt i samtlige personoplysninger, De behandler om vores klient.",
     {"access"}),
    ("Tell me where you got my phone number from and what else you hold about me.", {"access"}),
    ("How did you get my email address? I never gave it to you.", {"access"}),
    ("Hvad har I af tegninger på porten? Vi mangler målene.", set()),
    ("Hvor har I fået stålet fra? Det ser anderledes ud end sidst.", set()),
    ("Jeg ved ikke hvor I har mine tegninger, kan I sende dem igen?", set()),
    ("Hvor har I mine nøgler? Montøren tog dem med.", set()),
    ("You got my name wrong on the quote, it is Hale, not Hall.", {"rectification"}),
    ("What else do you need from us before you can start on the staircase?", set()),
    # erasure: colloquial "ha", misspelt "oplysinger"
    ("Jeg vil gerne ha slettet mine oplysinger i jeres system. Jeg er ikke kunde mere.",
     {"erasure"}),
    ("Vil gerne ha mine oplysninger fjernet, tak.", {"erasure"}),
    ("Vi vil gerne ha slettet linje 3 på fakturaen.", set()),
    # rectification: a household's new address
    ("Hej\n\nVi er flyttet. Vores nye adresse er Strandgårdsvej 4, 7080 Børkop. Vil I rette "
     "det hos jer?\n\nHanne Skov", {"rectification"}),
    ("Hansen Byg ApS er flyttet. Vores nye adresse er Industrivej 9, 8700 Horsens.", set()),
    ("Vores nye svejseværk er klar, kom og se det.", set()),
    ("På vegne af vores klient anmoder vi om:\n\n2. Berigtigelse af klientens adresse, som "
     "i Deres rykker fejlagtigt er anført som Fjordvej 12.\n\nMed venlig hilsen\nAdvokat",
     {"rectification"}),
    # restriction: "frys dem", "vil ikke have at I bruger dem indtil ..."
    ("Den adresse I har på mig er forkert. Ret det venligst, og indtil det er rettet vil jeg "
     "ikke have at I bruger mine oplysninger til noget som helst. Frys dem.",
     {"rectification", "restriction"}),
    ("Jeg vil ikke have, at I bruger mine oplysninger, indtil klagen er afgjort.",
     {"restriction"}),
    ("Jeg vil ikke have, at I bruger mine oplysninger til reklamer.", {"objection"}),
    ("Frys dem ned til -18 grader inden levering.", set()),
    ("Spær dem af med afspærringsbånd mens vi svejser.", set()),
    # portability: "exported as CSV", "import it into my new supplier's system"
    ("Could you send me a copy of the personal data you hold on me? I'd also like my order "
     "history exported as a CSV file so I can import it into my new supplier's system.",
     {"access", "portability"}),
    ("Please have my purchase history exported so that I can upload it into a new system.",
     {"portability"}),
    ("Could you send the drawings as a CSV so we can import them into our CAD system?", set()),
    ("The export of the steel to Norway was delayed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROUND5_CLASSES)
def test_round5_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_our_own_firm_name_does_not_make_the_sender_a_firm() -> None:
    """ "Att.: CL Smed A/S" heads a private letter: the correction is the person's own."""
    text = ("CL Smed A/S\nAtt.: Den dataansvarlige\n\nJeg anmoder om berigtigelse af min "
            "adresse, som I har registreret som Fjordvej 12. Den rigtige er Fjordvej 21.")
    assert intents(text) == {"rectification"}


NORDBYG = replace(DEFAULT_CONTEXT, firm_name="Nordbyg ApS")


@pytest.mark.parametrize("firm", ["CL Smed A/S", "Nordbyg ApS"])
def test_which_firm_is_ours_comes_from_the_context(firm: str) -> None:
    """Our own name is the addressee, any other legal form says the sender is a firm
    (whose address is company data, not a person's: no rectification)."""
    text = f"Att.: {firm}\n\nOpdater venligst adressen. Den nye er Østergade 4, 8000 Aarhus C."
    ours, theirs = classify(text), classify(text, context=NORDBYG)
    assert set(ours.intents) == ({"rectification"} if firm.startswith("CL") else set())
    assert set(theirs.intents) == ({"rectification"} if firm.startswith("Nordbyg") else set())


WEB_FORM = ("Ny henvendelse modtaget via www.clsmed.dk/kontakt\n\nNavn: Helle Winkel\n"
            "E-mail: helle@example.com\nTelefon: 30 12 98 44\nEmne: Andet\n\nBesked:\n"
            "Hej, jeg vil gerne have slettet min profil og alle mine oplysninger hos jer. Tak.\n\n"
            "--\nDenne besked er genereret automatisk af hjemmesiden.")


def test_web_form_relay_carries_a_persons_request() -> None:
    assert classify(WEB_FORM, auto=True).intents == ("erasure",)


def test_other_machine_mail_still_asks_for_nothing() -> None:
    text = ("Automatisk svar: Jeg er på ferie. Ønsker du at blive slettet fra vores "
            "nyhedsbrev, så svar STOP.")
    assert "erasure" not in classify(text, auto=True).intents


@pytest.mark.parametrize(
    "text",
    [
        "Vår chaufför Johan har slutat för dagen, så leveransen kommer i morgon.",
        "Sjåføren vår Ola har sluttet for dagen, så vi leverer i morgen tidlig.",
    ],
)
def test_gone_home_for_the_day_is_not_leaving(text):
    # §3.2 in Swedish and Norwegian: a person finished for the day has not left the firm.
    assert "contact_left" not in classify(text).intents


# --------------------------------------------------------------------------- round 6 recall
# Wordings of the rambling, the hurried and the second-language writer, per class, each
# beside a near miss from ordinary business mail.

ROUND6_CLASSES = [
    # access: "on file for me", the generic "om en", "opl.", the source of "it"
    ("Hi there, can you tell me what information you have on file for me? Cheers, Dan",
     {"access"}),
    ("Just curious what details you keep in your customer records about me.", {"access"}),
    ("Please tell me what you have on record for the Kirkevej job.", set()),
    ("Min datter siger, man kan få at se, hvad de har liggende om en. Det vil jeg gerne.",
     {"access"}),
    ("Kan I se, hvad I har liggende om en ordre fra maj?", set()),
    ("hej vil gerne vide hvad i har af opl. om mig. mvh Ib", {"access"}),
    ("I skal slette mit telefonnummer. Og hvor har I fået det fra?", {"access", "erasure"}),
    ("Flot gelænder! Hvor har I fået det fra?", set()),
    # erasure: the wish in clause order, misspelt
    ("Jeg sendte engang mit sygesikringskort til jer, altså oplysninger om mig, og det vil jeg "
     "gerne have at I sleter nu.", {"erasure"}),
    ("Vi vil gerne have at I sletter linje 3 på fakturaen.", set()),
    # rectification: "skal rettes" after the field; a firm's quote is not a person's data
    ("Mit efternavn i jeres kundekartotek skal rettes fra Jensen til Juhl.", {"rectification"}),
    ("Min adresse skal ikke ændres, kun leveringsstedet.", set()),
    ("Rettelse til tilbud 25-0611: gelænderet skal være 9,2 m og ikke 8,5 m.", set()),
    ("Forkert adresse på mig. Ret den venligst.", {"rectification"}),
    # restriction: "før sagen er afsluttet", "stored only ... until"
    ("Jeg ønsker, at I ikke bruger mine oplysninger til noget, før sagen er afgjort. Opbevar "
     "dem, men lad dem ligge.", {"restriction"}),
    ("Please keep my data stored only and stop processing it until the insurer has decided.",
     {"restriction"}),
    ("Please stop processing the order until we confirm the colour.", set()),
    ("Vi kan ikke montere før stilladset er afsluttet.", set()),
    # objection: the hurried sms reply, the second-language writer, Dutch present tense
    ("hvordan kommer jeg af jeres nyhedsbrev?? STOP tak", {"objection"}),
    ("Hvordan kommer jeg ud af jeres mailliste, tak.", {"objection"}),
    ("Hvordan kommer jeg af motorvejen til jeres værksted?", set()),
    ("I receive many sms with offer from you. Please stop to send.", {"objection"}),
    ("Please stop to send the invoice to my old office.", set()),
    ("Ik wil graag dat u mij geen reclame meer stuurt.", {"objection"}),
    # portability: the file passed on to "det firma"
    ("Send mig alle de oplysninger, jeg har givet jer om mig, i en CSV-fil, så jeg kan give den "
     "videre til det firma, der bygger vores nye hus.", {"portability"}),
    ("Send tegningen som PDF, så jeg kan give den videre til det firma, der skal male.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROUND6_CLASSES)
def test_round6_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_swedish_correction_needs_its_object() -> None:
    assert intents("Jag begär rättelse av mina personuppgifter.") == {"rectification"}
    assert intents("Rättelse av fakturan: priset ska vara 900 kr.") == set()


# --------------------------------------------------------------------------- round 7 (set17)
# Who left, said of several people at once or of oneself in a farewell; requests about a
# dead parent; "if you could" as a request. Our own words, each class from set17's study.
SEVERAL_LEFT = [
    ("Lige til orientering: Birgitte Holm og Ove Lauritsen er ikke længere ansat hos "
     "Vestbyg. Skriv til mig fremover.", {"Birgitte Holm", "Ove Lauritsen"}),
    ("Både Mona og Henrik fra indkøb er stoppet, så send ordrebekræftelser til mig.",
     {"Mona", "Henrik"}),
    ("Per, Ulla og Sten Bak er alle stoppet her, skriv til mig i stedet.",
     {"Per", "Ulla", "Sten Bak"}),
    ("Karen Lund and Tim Booth have both left the company, please write to me instead.",
     {"Karen Lund", "Tim Booth"}),
]


@pytest.mark.parametrize(("text", "names"), SEVERAL_LEFT)
def test_every_name_joined_to_who_left_is_departed(text: str, names: set[str]) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert {d.name for d in result.departed} == names


def test_a_greeting_before_a_comma_is_not_someone_who_left() -> None:
    result = classify("Kære Lone, Jens Dahl er stoppet hos os. Skriv til mig fremover.")
    assert {d.name for d in result.departed} == {"Jens Dahl"}


def test_a_name_written_in_lower_case_is_shown_as_a_name() -> None:
    result = classify("hej. mikkel er fratraadt, send til mig fremover. mvh bo")
    assert [d.name for d in result.departed] == ["Mikkel"]


OWN_FAREWELLS = [
    "Det her bliver min sidste uge hos Nordstål, og fra mandag skal I skrive til Pia.",
    "Jeg starter et nyt sted efter påske. Skriv til indkob@nordstaal.example.dk fremover.",
    "Jeg er holdt op hos Nordstål. Prøv indkob@nordstaal.example.dk.",
    "Friday is my last week at Nordstål; from then on please write to pia@nordstaal.example.com.",
]


@pytest.mark.parametrize("text", OWN_FAREWELLS)
def test_the_sender_announcing_their_own_departure(text: str) -> None:
    result = classify(text, sender_name="Rune Friis", sender_email="rf@nordstaal.example.dk")
    assert result.intents == ("contact_left",)
    assert [d.name for d in result.departed] == ["Rune Friis"]


@pytest.mark.parametrize("text", [
    "Jeg er stoppet på gymnasiet og søger en læreplads hos jer.",
    "Jeg starter nyt job i januar og vil gerne have gelænderet monteret inden.",
])
def test_a_plain_stop_of_ones_own_without_handover_is_no_departure(text: str) -> None:
    assert intents(text) == set()


DEAD_PARENTS = [
    ("Min mor døde i foråret. Kan I fortælle mig, hvad I har gemt om hende?", {"access"}),
    ("My father passed away. Could you tell me what information you still hold about him?",
     {"access"}),
]


@pytest.mark.parametrize(("text", "expected"), DEAD_PARENTS)
def test_access_asked_about_a_dead_parent_is_access_for_someone_else(
        text: str, expected: set[str]) -> None:
    result = classify(text)
    assert set(result.intents) == expected
    assert "third_party" in result.flags


POLITE_IFS = [
    ("I would be grateful if you could delete my details.", {"erasure"}),
    ("I'd appreciate it if you could send me a copy of the data you hold about me.",
     {"access"}),
    ("Jeg ville blive glad, hvis I vil slette mine oplysninger.", {"erasure"}),
    # a real hypothesis stays one
    ("If I ever want my data deleted I will let you know. Thanks for the quote.", set()),
    ("Hvis jeg engang vil have mine oplysninger slettet, skriver jeg. Tak for tilbuddet.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), POLITE_IFS)
def test_if_you_could_is_please(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


ROUND7_CLASSES = [
    # objection: the use named is marketing; the verb before its subject
    ("I skal ikke bruge mit nummer til reklamer.", {"objection"}),
    ("Og så længe må I ikke skrive til mig med tilbud.", {"objection"}),
    ("Vi ønsker ikke, at I bruger vores navn som reference på hjemmesiden.", {"objection"}),
    # rectification: what is on file, then the truth; "fået den rettet til" with the value
    ("I har mit telefonnummer som 12 34 56 70, men det er 12 34 56 07.", {"rectification"}),
    ("The details you hold on me are out of date, my surname is Berg (not Bergh).",
     {"rectification"}),
    ("We have moved house, our new address is Søvej 4, 8600 Silkeborg.", {"rectification"}),
    # restriction: not used until it is corrected
    ("Brug ikke min adresse til noget som helst, før I har tjekket den.", {"restriction"}),
    # erasure: anonymise in the present tense; a photo of the sender taken down
    ("Jeg vil gerne have at I anonymiserer alle mine oplysninger.", {"erasure"}),
    ("There is a picture of me on your website. I want it taken down.", {"erasure"}),
    ("There is a picture of our house on your website, please take it down and don't use it "
     "again.", {"erasure", "objection"}),
    # access: "send mig det, I har gemt om mig"
    ("Vil I sende mig det, som I har gemt om mig?", {"access"}),
    # business words: the firm's privacy policy is no access request
    ("Kan I sende mig en kopi af jeres privatlivspolitik til vores leverandørmappe?", set()),
    ("Our compliance team needs a copy of your privacy policy for vendor onboarding.", set()),
]


def test_a_one_word_subject_does_not_make_the_body_negated() -> None:
    # "slet" in the subject, a dialect "ikk" just after it in the body: the request stands
    result = classify("A ska ikk ha mer mæ jer at gøre. Slet mæ fra jer kundeliste, navn og "
                      "nummer og det hele.", "slet")
    assert result.intents == ("erasure",)


# How the model's second intent and the rules' reading share a sentence (set18/set19 study).
MODEL_BESIDE_RULES = [
    # a second intent in its own clause of the sentence the rules read
    ("Jeg vil gerne vide, hvad I har gemt om mig og min mand, og så vil jeg bede jer om at "
     "slette det hele bagefter.", {"access", "erasure"}),
    # "not PDF" refuses the PDF, not the CSV
    ("Send me my order history in a format I can import into my new supplier's system, CSV "
     "or Excel, not PDF.", {"portability"}),
    # a firm updates a colleague's own work phone: her personal data, not the firm's
    ("Hej Lone. Hun har fået ny arbejdstelefon: 12 70 11 42. Det gamle nummer virker ikke "
     "mere.\nMvh Ole, Bakke Byg ApS", {"rectification"}),
    # "Vil I ikke lige ..." is a polite request
    ("Vil I ikk' lig' slet' mæ ud a jeres system. Tak.", {"erasure"}),
]


ROUND7_SET18_19 = [
    # objections said plainly, in dialect and in Norwegian; "don't pass my number on"
    ("Lad vær mæ å ring te mæ mere.", {"objection"}),
    ("Ikke ring oss igjen, vi har ikke bruk for noe.", {"objection"}),
    ("I'm happy with the gate. I do not want any phone calls about new products.",
     {"objection"}),
    ("Giv venligst ikke mit telefonnummer videre til andre kunder.", {"objection"}),
    # rectification said as a fact about what is on file
    ("I har mit efternavn forkert, det er Vestergaard med to a'er.", {"rectification"}),
    ("I staver min mailadresse forkert på fakturaerne, der mangler et punktum.",
     {"rectification"}),
    ("Your accounts team has my phone number wrong, it should end in 18.", {"rectification"}),
    ("Mijn juiste adres is nu Kirkevej 4 in Vejle.", {"rectification"}),
    ("Wilt u mijn gegevens niet gebruiken totdat alles is nagekeken?", {"restriction"}),
    # erasure in everyday words; Polish "their removal"
    ("Smid alt hvad I har om os ud af jeres kartotek, vi er flyttet.", {"erasure"}),
    ("Proszę o informację, jakie dane Państwo przechowują, a potem o ich usunięcie.",
     {"access", "erasure"}),
    # portability: a household's customer data as a file for the next smith
    ("Kan I sende vores kundeoplysninger og ordrehistorik som en fil, så vi kan give den "
     "videre til den nye smed?", {"portability"}),
]


DEPARTURES_ROUND7 = [
    ("Kære alle. Efter syv år er det i dag min sidste arbejdsdag, Mette overtager mine opgaver.",
     "Rune Friis"),
    ("Hej. Min mailadresse lukkes på fredag, skriv til info@nordstaal.example.dk fremover.",
     "Rune Friis"),
    # "fratrådt" is said of a person: a mail address that "virker ikke længere" in another
    # clause does not make it a machine
    ("Jeg er fratrådt hos Nordstål, så min gamle mail virker ikke længere. Slet mit nummer.",
     "Rune Friis"),
]


@pytest.mark.parametrize(("text", "name"), DEPARTURES_ROUND7)
def test_round7_own_departures(text: str, name: str) -> None:
    result = classify(text, sender_name="Rune Friis", sender_email="rf@nordstaal.example.dk")
    assert "contact_left" in result.intents
    assert name in {d.name for d in result.departed}


def test_names_after_we_let_go_of_are_each_departed() -> None:
    result = classify("We have had to let go of two people: Ann Marsh (buyer) and Ted Lowe "
                      "(site manager). Please send quotes to me.")
    assert result.intents == ("contact_left",)
    assert {d.name for d in result.departed} == {"Ann Marsh", "Ted Lowe"}


def test_a_machine_that_stopped_and_does_not_work_is_no_departure() -> None:
    assert intents("Hej. Kompressoren er stoppet og virker ikke længere. Kan I komme?") == set()


SET21_CLASSES = [
    # a business number is never the sender's data to erase
    ("We dispute the invoice. Please also remove our old order number from the reference.",
     set()),
    ("Please remove my old phone number, it is not in use any more.", {"erasure"}),
    # "lad det hele ligge" takes back the erasure begun before it
    ("Jeg ville egentlig bede jer slette mig, men lad det hele ligge. Ret bare min adresse til "
     "Bakkevej 2.", {"rectification"}),
]


ROUND7_SET20_21 = [
    ("Could you tell me what personal info your office has on file for me?", {"access"}),
    ("Stop med at sende tilbud, og slet mig fra jeres lister og fra jeres kundekartotek.",
     {"erasure", "objection"}),
    ("My father passed away. Please take him off your mailing lists.", {"objection"}),
    ("Nie zgadzam się na marketing, proszę do mnie nie dzwonić.", {"objection"}),
    ("Wrong name on the invoice: it is Siobhan, not Sioban. Could you correct that in your "
     "records?", {"rectification"}),
    ("Vores indkøber Kim Lund hedder nu Kim Lund Hald, vil I rette det hos jer?",
     {"rectification"}),
    # keep it, but do not use it: one restriction, not an objection beside it
    ("Indtil sagen er afgjort, vil jeg gerne have at I ikke sletter noget om mig. Men I må "
     "heller ikke bruge mine oplysninger til andet end sagen.", {"restriction"}),
]


def test_a_farewell_naming_the_old_role_keeps_the_old_work_address() -> None:
    result = classify("Jeg var jeres kontakt hos Nordstål (rf@nordstaal.example.dk), men jeg er "
                      "stoppet der. Slet venligst mit mobilnummer.",
                      sender_name="Rune Friis", sender_email="rune.friis@mail.example.com")
    assert [d.email for d in result.departed] == ["rf@nordstaal.example.dk"]


def test_names_joined_past_their_addresses() -> None:
    result = classify("Henrik Dam (hd@vestbyg.example.dk) og Mette Friis (mf@vestbyg.example.dk) "
                      "er begge stoppet hos os. Skriv til indkob@vestbyg.example.dk fremover.")
    assert {(d.name, d.email) for d in result.departed} == {
        ("Henrik Dam", "hd@vestbyg.example.dk"), ("Mette Friis", "mf@vestbyg.example.dk")}


SET22_23_FALSE_ERASURES = [
    # "det gamle kontonummer": an article before an adjective, not "it"
    ("Vi skifter bank. Ret vores bankoplysninger og slet det gamle kontonummer.\nNordisk "
     "Beslag A/S", set()),
    # off the call list: an opt-out, the number itself stays for the job
    ("I må ikke ringe mere om eftersyn. Fjern mit nummer fra jeres ringeliste.", {"objection"}),
]


ROUND7_SET22_23 = [
    # departures said the long way round, the verb before its subject
    ("Efter 25 år har Bent Holm takket af, og fremover skal I skrive til mig.", {"contact_left"}),
    ("Vores sælger Ida Dam har valgt at gå nye veje, så skriv til mig fremover.",
     {"contact_left"}),
    # a shared phrase: "udtræk af mine data" with a CSV named is to move them
    ("Emne: Udtræk af mine data\nKan I sende mine ordrer som en CSV-fil til mit nye system?",
     {"portability"}),
    # a payee's bank details are not a person's data to correct
    ("Vennligst oppdater opplysningene i deres system: ny IBAN NO00 0000 0000 000.", set()),
    # on someone's behalf, and the family's name on the website
    ("Min mor har bedt mig om, at I holder op med at ringe til hende om service.",
     {"objection"}),
    ("We don't want our name used on your website. Please take our name off the page.",
     {"erasure", "objection"}),
    ("I skal slette min mail og mit nummer fra jeres lister og system.", {"erasure"}),
    # a job applicant's past is no departure (Polish, as "jeg er stoppet")
    ("Od stycznia nie pracuję już w poprzedniej firmie. Szukam pracy, przesyłam CV.", set()),
]


def test_an_old_role_named_earlier_in_the_sentence_keeps_its_address() -> None:
    result = classify("I used to be your contact at Harbour Steel Supplies (jf@harbour.example.com)"
                      ", but I left the company in January. Please delete my details.",
                      sender_name="Jakob Frost", sender_email="jakob.frost@mail.example.com")
    assert [d.email for d in result.departed] == ["jf@harbour.example.com"]


WHO_LEFT_ADDRESSES = [
    # the address is built from the name in the ways firms build them
    ("Pieter van Dam is niet meer bij ons in dienst. Zijn adres was p.vandam@holland.example.com.",
     "p.vandam@holland.example.com"),
    ("Klaus Krüger ist nicht mehr bei uns (k.krueger@nordmetall.example.com).",
     "k.krueger@nordmetall.example.com"),
    ("Poul er stoppet hos os, så poul.ravn@ravnbyg.example.dk lukkes. Skriv til mig fremover.",
     "poul.ravn@ravnbyg.example.dk"),
    # "hans mail" and "skriv ikke til ham mere" name the departed person's own address
    ("Poul Lind er gået på pension, og jeg har overtaget. Hans mail poul@lindtag.example.dk "
     "lukkes.", "poul@lindtag.example.dk"),
    ("Jørgen Mølgaard er gået på efterløn, så I skal ikke skrive til ham mere "
     "(jm@skyttebeton.example.dk). Skriv til mig fremover.", "jm@skyttebeton.example.dk"),
]


@pytest.mark.parametrize(("text", "address"), WHO_LEFT_ADDRESSES)
def test_the_departed_persons_own_address_is_found(text: str, address: str) -> None:
    result = classify(text)
    assert "contact_left" in result.intents
    assert address in {d.email for d in result.departed}


def test_a_new_contacts_address_is_not_the_departed_persons() -> None:
    result = classify("Poul Lind er gået på pension. Skriv til poul.bak@lindtag.example.dk "
                      "fremover, han har overtaget.")
    assert [d.email for d in result.departed] == [None]


SET24_25_FALSE_ERASURES = [
    # taken back: the earlier erasure stands only below, in the sender's own quoted mail
    ("Glem venligst det, jeg skrev i går, I skal endelig beholde os i kartoteket.\n\n"
     "> Slet venligst alle mine oplysninger hos jer.", set()),
    ("Jeg bad jer slette mig, men I må gerne beholde mine oplysninger. Stop venligst "
     "nyhedsbrevet.", {"objection"}),
    # a job applicant's consent clause names rights and asks for none
    ("Szukam pracy, w załączniku CV. Wyrażam zgodę na przetwarzanie moich danych osobowych. "
     "Przysługuje mi prawo dostępu do treści danych oraz ich poprawiania i usunięcia.", set()),
]


ROUND7_SET24_25 = [
    ("Nu hvor alt er betalt, vil jeg gerne have, at I sletter mig fra jeres kundeliste.",
     {"erasure"}),
    ("Når sagen er afsluttet, vil jeg have alle mine oplysninger slettet.", {"erasure"}),
    ("Also, the phone number you have on file for me is wrong, it ends in 44.",
     {"rectification"}),
    ("Graag wil ik me afmelden voor jullie nieuwsbrief.", {"objection"}),
    # a file to hand on: the model reads it, and the rules' "sende mine oplysninger" is the same
    # request, not an access request beside it
    ("Kan I sende mine kundeoplysninger og ordrehistorikken i en fil, jeg kan åbne i Excel? Så "
     "giver jeg den videre til den nye smed.", {"portability"}),
    # a colleague's new name and number in a firm's mail are still hers
    ("Vores projektleder Ida Ravn hedder nu Ida Ravn Bak, og hun har nyt mobilnummer. Kan du "
     "rette det?\nNordvest Entreprise A/S", {"rectification"}),
]


DEPARTURES_SET24_25 = [
    ("Please note that Tom Hale (tom.hale@harbour.example.com) left Harbour Steel on 30 June.",
     {"Tom Hale"}),
    ("Til orientering: Ib Lund er gået på pension, og Eva Holt er stoppet ved udgangen af "
     "marts. Skriv til mig fremover.", {"Ib Lund", "Eva Holt"}),
    ("hej. Mette er fratraadt og hendes mail virker ikke laengere, saa send til mig i stedet",
     {"Mette"}),
    ("Vi har desværre måttet sige farvel til to medarbejdere:\n\n- Bo Lund (bl@tag.example.dk)"
     ", indkøb\n- Pia Dam (pd@tag.example.dk), projektleder\n\nSkriv til indkob@tag.example.dk"
     " fremover.", {"Bo Lund", "Pia Dam"}),
]


@pytest.mark.parametrize(("text", "names"), DEPARTURES_SET24_25)
def test_round7_set24_25_departures(text: str, names: set[str]) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert {d.name for d in result.departed} == names


def test_ones_own_retirement_handed_over_in_a_reply() -> None:
    result = classify("Tak for tilbuddet. Min søn Mikkel tager sig af det videre herfra, for "
                      "jeg går på pension til nytår.", sender_name="Ole Vinther",
                      sender_email="ole@vinther.example.dk")
    assert result.intents == ("contact_left",)
    assert [d.name for d in result.departed] == ["Ole Vinther"]


ROUND7_SET26_27 = [
    ("Jeg vil gerne have en kopi af optagelserne af mig fra jeres kamera den dag.", {"access"}),
    ("Kan dere sende meg en oversikt over hvilke opplysninger dere har lagret om meg?",
     {"access"}),
    ("Kan jeg få bestillingene mine som en CSV-fil, som jeg kan ta med til en ny leverandør?",
     {"portability"}),
    ("Welke gegevens heeft u van mij? Daarna wil ik u vragen om alles te verwijderen.",
     {"access", "erasure"}),
    ("I left copies with the office. Please delete the passport copy and bank info now.",
     {"erasure"}),
    ("Vi anmoder om udlevering af samtlige personoplysninger om vores klient.", {"access"}),
    ("Min mand har bedt mig skrive, at I ikke må ringe til ham mere, og at I skal slette hans "
     "nummer.", {"erasure", "objection"}),
    ("Der er et billede af mig på jeres Facebook. Vil I fjerne billedet og lade være med at "
     "bruge det i jeres reklamer fremover?", {"erasure", "objection"}),
    ("vil i ikke slete mig fra jeres kunde liste", {"erasure"}),
    ("My address is now Havnegade 3. Please correct it, and until you have checked it, don't "
     "use the old address.", {"rectification", "restriction"}),
]


def test_a_subject_saying_dont_use_it_heads_a_restriction() -> None:
    result = classify("Indtil I har undersøgt det, vil jeg ikke have, at I bruger mine "
                      "oplysninger til noget.", "Brug ikke mine oplysninger lige nu")
    assert result.intents == ("restriction",)


def test_names_joined_past_where_they_work() -> None:
    result = classify("Kasper fra driften og Susanne Holm fra regnskab har begge sagt op. Skriv "
                      "til mig fremover.")
    assert {d.name for d in result.departed} == {"Kasper", "Susanne Holm"}


DEATHS_AT_WORK = [
    # a firm reports its contact died and hands over: he has left the customer; staff decide
    ("Det er med stor sorg, at jeg må fortælle, at vores indkøber Henning Lund døde i "
     "weekenden. Indtil vi har fundet en afløser, er det mig, der tager mig af indkøb.",
     "Henning Lund"),
    ("I'm sorry to tell you that our site manager, Derek Hill, passed away last week. I will be "
     "taking over his projects, so please send anything about the stairs to me.", "Derek Hill"),
]


@pytest.mark.parametrize(("text", "name"), DEATHS_AT_WORK)
def test_a_contact_who_died_has_left_and_goes_to_staff(text: str, name: str) -> None:
    """R-DK-02: deceased persons go to staff; the departure is read for them to act on."""
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert [d.name for d in result.departed] == [name]
    assert "deceased" in result.flags


def test_a_death_in_the_family_is_no_departure() -> None:
    result = classify("I am writing on behalf of my mother, Mary Dale, who passed away in "
                      "November. Please remove her details and send anything owed to me.")
    assert "contact_left" not in result.intents
    assert "deceased" in result.flags


@pytest.mark.parametrize("text", [
    "Kari på lageret jobber ikke lenger på fredager, så ring meg i stedet.",
    "Karin på lagret jobbar inte längre på fredagar, ring mig istället.",
    "Kate in the warehouse no longer works on Fridays, so call me instead.",
])
def test_part_time_is_no_departure(text: str) -> None:
    assert "contact_left" not in intents(text)


ROUND7_SET28_29 = [
    ("Vi er flyttet til Kirsebærhaven 31. Vil du rette det i jeres kartotek?", {"rectification"}),
    ("Vores byggeleder har fået nyt mobilnummer: 12 93 40 17. Vil I rette det hos jer?\n"
     "Nordbyg ApS", {"rectification"}),
    ("My phone number in your records is wrong, it should be 12 47 90 23.", {"rectification"}),
    ("Vad har ni sparat om mig? Skicka gärna en kopia, och radera sedan allt.",
     {"access", "erasure"}),
    ("I want to know which data you have about me and after please delete everything.",
     {"access", "erasure"}),
]


@pytest.mark.parametrize(("text", "name", "address"), [
    ("Lena Ström har slutat hos oss. Skicka allt till mig i fortsättningen.", "Lena Ström", None),
    ("Please note that Dan Hughes (d.hughes@north.example.com) left North Ltd on Friday. Write "
     "to me from now on.", "Dan Hughes", "d.hughes@north.example.com"),
])
def test_round7_set28_29_departures(text: str, name: str, address: str | None) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert [(d.name, d.email) for d in result.departed] == [(name, address)]


def test_ones_old_work_address_named_as_such() -> None:
    result = classify("Jeg var indkøber hos Storm Stål. Jeg er stoppet der nu. Vil I slette mine "
                      "oplysninger? Min gamle mail var nst@storm.example.dk.",
                      sender_name="Nikolaj Storgaard", sender_email="nikolaj@mail.example.com")
    assert [d.email for d in result.departed] == ["nst@storm.example.dk"]


def test_the_model_reads_no_request_in_an_if_clause() -> None:
    # the if-clause names the data; the request is the erasure after it
    assert intents("Hvis I stadig har nogle oplysninger om mig liggende, så slet dem.") == {
        "erasure"}


def test_moved_on_from_a_firm_is_a_departure_and_its_contact_list_no_marketing() -> None:
    result = classify("As of Friday I've moved on from Northgate to a job outside the industry. "
                      "Please take me off your contact list for Northgate and delete my mobile "
                      "number.", sender_name="Tom Reilly", sender_email="tom@mail.example.com")
    assert result.intents == ("contact_left", "erasure")


ROUND7_SET30_31 = [
    ("Hiermit widerspreche ich der Nutzung meiner Daten für Werbezwecke.", {"objection"}),
    ("Außerdem ist meine Anschrift bei Ihnen veraltet. Bitte korrigieren Sie sie.",
     {"rectification"}),
    ("Jag vill att ni slutar skicka nyhetsbrev till mig.", {"objection"}),
    ("Vil I lade være med at bruge mine oplysninger, før I har tjekket dem?", {"restriction"}),
    # (until it is corrected: the correction is asked for too, as every labeller since round 56
    # reads it)
    ("Indtil det er rettet, vil jeg ikke have, at I bruger adressen til noget som helst.",
     {"rectification", "restriction"}),
    ("Jeg vil gerne vide, hvilke oplysninger I har om mig, og derefter have dem slettet.",
     {"access", "erasure"}),
    ("Min mor er død. Vil I stoppe med at sende post til hende?", {"objection"}),
]


def test_a_death_told_with_the_adverb_before_the_verb() -> None:
    result = classify("Vores projektleder Ib Dal er pludselig afgået ved døden. Indtil videre "
                      "bedes I rette henvendelse til undertegnede.")
    assert result.intents == ("contact_left",)
    assert [d.name for d in result.departed] == ["Ib Dal"]


# Round 7 and 8's classes, each list from the study of one pair of blind sets; one check
# serves them all (the lists keep where each class was found).
ROUND7_ALL = [*ROUND7_CLASSES, *MODEL_BESIDE_RULES, *ROUND7_SET18_19, *SET21_CLASSES,
              *ROUND7_SET20_21, *SET22_23_FALSE_ERASURES, *ROUND7_SET22_23,
              *SET24_25_FALSE_ERASURES, *ROUND7_SET24_25, *ROUND7_SET26_27, *ROUND7_SET28_29,
              *ROUND7_SET30_31]


@pytest.mark.parametrize(("text", "expected"), ROUND7_ALL)
def test_round7_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# --------------------------------------------------------------------------- round 9
# Who left, where the name stands apart from the words that say so: down a list the
# sentence opens with a colon, or a first name alone before "han/hun". Our own words.
LISTED_OR_ALONE = [
    ("Disse to personer er ikke længere ansat hos Hede Stål ApS:\n\n- Pia Holm "
     "(ph@hedestaal.example), indkøb\n- Jonas Friis, værkfører\n\nVenlig hilsen\nOle",
     {("Pia Holm", "ph@hedestaal.example"), ("Jonas Friis", None)}),
    ("The following people have left Baker Steel Ltd:\n* Helen Marsh (hm@baker.example)\n"
     "* Ian Booth\n", {("Helen Marsh", "hm@baker.example"), ("Ian Booth", None)}),
    ("Hej Jens\n\nBare så I ved det: Mogens han er stoppet hos os, så ring til mig.",
     {("Mogens", None)}),
    ("Send ikke flere fakturaer att. Bodil. Hun er gået på pension ved årsskiftet.",
     {("Bodil", None)}),
]


@pytest.mark.parametrize(("text", "people"), LISTED_OR_ALONE)
def test_who_left_is_found_down_a_list_or_by_first_name(
        text: str, people: set[tuple[str, str | None]]) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert {(d.name, d.email) for d in result.departed} == people


def test_a_list_of_whom_to_write_to_now_is_not_who_left() -> None:
    result = classify("Jens Dahl er stoppet hos os, så skriv fremover til:\n\n"
                      "- Pia Holm (ph@hedestaal.example)\n- Jonas Friis\n")
    assert {d.name for d in result.departed} == {"Jens Dahl"}


def test_the_greeted_name_is_not_who_left() -> None:
    result = classify("Hej Mogens\n\nhan er stoppet her i firmaet, så skriv til mig.")
    assert "Mogens" not in {d.name for d in result.departed}


def test_a_name_never_runs_on_into_the_next_line() -> None:
    result = classify("Bo Ravn\n\nHej Mikkel\n\nhan er stoppet hos os, skriv til mig.")
    assert all("\n" not in (d.name or "") for d in result.departed)


def test_a_tie_between_languages_falls_to_danish_whatever_order_the_sum_took() -> None:
    # 5.0 summed in another order (the per-process string hash decides it) is 4.999...
    from bot.reading.classify import _best_language
    assert _best_language({"sv": 5.0, "da": 4.999999999999999, "no": 3.5}) == "da"


@pytest.mark.parametrize("scores", [{"pt": 2.0, "fr": 2.0}, {"fr": 2.0, "pt": 2.0}])
def test_a_tie_between_two_other_languages_falls_the_same_way_in_every_order(
        scores: dict[str, float]) -> None:
    # set241: a French mail tied with Portuguese was read as either, process by process
    from bot.reading.classify import _best_language
    assert _best_language(scores) == "fr"


# Departures where the names sit inside the phrase, or told as a death with a handover, or
# said by the sender of themself in the present tense. Our own words.
LEFT_OTHER_WAYS = [
    ("Efter nedskæringerne er både Pia Holm og Jonas Friis stoppet hos os. Skriv til mig.",
     {"Pia Holm", "Jonas Friis"}),
    ("Pr. 1. marts er både Ib Dal (lager) og Tove Krogh (indkøb) fratrådt. Skriv fremover til "
     "mig.", {"Ib Dal", "Tove Krogh"}),
    ("Vores smed gennem 30 år, Holger Bech, døde desværre pludseligt i julen. Hans søn Asger "
     "overtager som værkfører, og I kan fange ham på 12 34 56 78.", {"Holger Bech"}),
    ("Vi må desværre fortælle, at vores kollega Inger Dahl døde i weekenden. Indtil videre er "
     "det mig, der overtager hendes opgaver.", {"Inger Dahl"}),
]


@pytest.mark.parametrize(("text", "names"), LEFT_OTHER_WAYS)
def test_departures_with_the_names_inside_or_told_as_a_death(text: str, names: set[str]) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert {d.name for d in result.departed} == names


def test_the_sender_leaving_next_month_hands_over_their_projects() -> None:
    result = classify("Tak for samarbejdet. Jeg stopper hos Hede Stål ApS med udgangen af "
                      "maj. Min kollega Sanne Bro overtager mine projekter.",
                      sender_name="Ulrik Dam", sender_email="ud@hedestaal.example")
    assert result.intents == ("contact_left",)
    assert [d.email for d in result.departed] == ["ud@hedestaal.example"]


def test_a_death_in_the_family_told_with_a_handover_is_still_no_departure() -> None:
    result = classify("Min mor døde desværre pludselig i sidste uge. Min bror overtager "
                      "hendes sager, I kan fange ham på 12 34 56 78.")
    assert "contact_left" not in result.intents


# From the study of set32 and set33: the second wish in a mail, said in everyday words, and
# a departure's own sentences. Our own words, each class once or twice.
ROUND9_CLASSES = [
    ("Jeg vil ikke ringes op igen. Og hvad har I egentlig registreret om mig?",
     {"access", "objection"}),
    ("Ret venligst mit efternavn til Holt. Jeg vil også bede om, at jeg ikke bliver ringet op "
     "af jeres sælgere mere.", {"objection", "rectification"}),
    ("Kan I rette min adresse og stoppe med at sende mig jeres reklameaviser?",
     {"objection", "rectification"}),
    ("Hei. Vi har solgt hytta. Kan dere slette opplysningene mine?", {"erasure"}),
    ("Vennligst rett adressen min til Storgata 4.", {"rectification"}),
    ("My mother died in May. Please delete her details and make sure nothing more is sent to "
     "her.", {"erasure", "objection"}),
    ("I hjemmesidens kundeliste står jeg som direktør, men jeg er ansat som sælger. Vil I "
     "rette det?", {"rectification"}),
]


@pytest.mark.parametrize(("text", "expected"), ROUND9_CLASSES)
def test_round9_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize("text", [
    "I left Nordhavn Trading ApS at the end of March. Please delete my number.",
    "I am not working anymore at Nordhavn Trading since April, please delete my number.",
])
def test_a_former_contact_leaving_and_asking_to_be_erased(text: str) -> None:
    assert intents(text) == {"contact_left", "erasure"}


def test_stopping_mail_to_who_left_is_part_of_the_departure() -> None:
    result = classify("Vores indkøber Jonas Friis døde desværre i weekenden. Hans opgaver er "
                      "overtaget af Pia Holm. Vil I sørge for, at Jonas' mail bliver fjernet "
                      "fra jeres lister?")
    assert result.intents == ("contact_left",)


def test_asking_what_is_held_about_who_left_stays_a_request() -> None:
    result = classify("Our buyer Ian Booth left the company in March. We need to know what "
                      "information you hold about him. Could you send us a copy?")
    assert set(result.intents) == {"access", "contact_left"}


def test_the_departed_address_after_a_german_possessive_is_theirs() -> None:
    result = classify("Herr Jonas Weber ist zum 31.03. aus unserem Unternehmen ausgeschieden. "
                      "Bitte löschen Sie seine Kontaktdaten (j.weber@stahl.example) aus Ihrem "
                      "Verteiler.")
    assert [d.email for d in result.departed] == ["j.weber@stahl.example"]


def test_a_death_told_with_enquiries_sent_to_the_office_is_a_departure() -> None:
    result = classify("Vi må meddele, at vores værkfører Kaj Holm døde i søndags. Indtil videre "
                      "bedes alle henvendelser sendt til kontoret.")
    assert result.intents == ("contact_left",)


@pytest.mark.parametrize(("text", "expected"), [
    # an heir asks what is held about a parent, then for it to be deleted
    ("Min far er død. Jeg vil gerne vide, hvilke oplysninger I har om ham, og om I så vil "
     "slette dem.", {"access", "erasure"}),
    ("My father passed away. Please tell me what information you hold about him, and then "
     "delete it.", {"access", "erasure"}),
    # "no calls, no letters" spells out a freeze; a newsletter named is an objection as well
    ("Indtil klagen er afgjort, skal I spærre mine oplysninger – ingen opkald, ingen breve.",
     {"restriction"}),
    ("Gem mine oplysninger, men brug dem ikke til noget – ingen opkald, intet nyhedsbrev.",
     {"objection", "restriction"}),
])
def test_an_heirs_erasure_and_what_a_freeze_spells_out(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# From the study of set34 and set35: people who do not know the words for what they want.
# Our own words, one or two per class.
SET34_35_CLASSES = [
    ("Vi er flyttet til Aarhus og skal ikke bruge jer mere. Tag os ud af jeres system.",
     {"erasure"}),
    ("Vi vil gerne tages ud af jeres kundekartotek nu, hvor huset er solgt.", {"erasure"}),
    ("Bitte nehmen Sie mich aus Ihrer Kundenkartei heraus.", {"erasure"}),
    ("Proszę wykreślić mnie z Państwa bazy.", {"erasure"}),
    ("Please take me out of your customer list, we have moved to Spain.", {"erasure"}),
    ("Jeg vil gerne vide, hvad for noget I har om mig.", {"access"}),
    ("Kan I sende mig en kopi af det, I har om os?", {"access"}),
    ("Jeg kan forstå, at I bruger kundeoplysninger til markedsanalyser. Det gør jeg indsigelse "
     "mod.", {"objection"}),
    ("Afmeld mig nyhedsbrevet, og slet min mailadresse fra jeres liste.", {"erasure", "objection"}),
    ("Jeg får stadig tilbud fra jer med posten. Dem vil jeg ikke have mere.", {"objection"}),
    ("Hei! Jeg lurer på hva dere egentlig har lagret om meg.", {"access"}),
    ("Before you delete anything, could you send me a copy of what you hold on me?",
     {"access", "erasure"}),
]


@pytest.mark.parametrize(("text", "expected"), SET34_35_CLASSES)
def test_set34_35_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a wish told and then taken back
    ("Jeg ville egentlig bede jer om at slette mig, men nu skal vi have lavet en ny låge, så det "
     "lader vi være.", set()),
    ("Jeg skrev 'slet mig' i går, men jeg vil ikke slettes. Ret bare mit nummer til 12 34 56 78.",
     {"rectification"}),
    ("At first I wanted everything deleted, but we will be back next year, so please keep me.",
     set()),
    ("Jeg ville egentlig spørge hvad I har om mig, men det er lige meget. Slet det hele.",
     {"erasure"}),
    # a firm leaving a contract is not a person leaving
    ("Brdr. Holm Byg er fratrådt kontrakten på Søvej 2, så lever ikke mere dertil.", set()),
])
def test_wishes_taken_back_and_contracts_left(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize("text", [
    "Holger Dam er pr. i dag ikke længere ansat hos os. Fjern ham som kontaktperson.",
    "Jeg stopper hos Vestjysk Stål på fredag. Min kollega Ane overtager mine kunder.",
    "Som du ved, er jeg gået på pension fra Holstebro Stål pr. 1. maj. Min afløser hedder Jens.",
    "Sadly Tom Reed, who handled your orders here, passed away last week. Please send orders to "
    "this address from now on.",
    "Min mand og medindehaver af Dam VVS, Erik Dam, døde pludselig i sidste uge. I bedes "
    "fremover skrive til vores søn.",
])
def test_departures_said_plainly_or_by_a_death_in_a_family_firm(text: str) -> None:
    assert "contact_left" in intents(text)


def test_a_private_customer_retiring_and_moving_is_no_departure() -> None:
    assert intents("Nu er jeg gået på pension, og vi er flyttet til Skagen. Vil I rette min "
                   "adresse til Højvej 2?") == {"rectification"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Slet lige min mailadresse fra jeres nyhedsliste, tak.", {"erasure", "objection"}),
    ("Send mig ikke flere tilbud, og ret min adresse til Østervej 3.",
     {"objection", "rectification"}),
])
def test_set7_classes_said_with_a_word_between(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # deleting from the lists is erasure; the marketing stopped with it an objection
    ("Stop jeres tilbud. Og slet mig fra jeres liste og jeres system.", {"erasure", "objection"}),
    ("slet mit nr fra jeres liste og ring ikke mere", {"erasure", "objection"}),
    # an heir asks both, or gives the one as the other's reason
    ("Vil I slette min fars oplysninger og stoppe alle forsendelser til ham?",
     {"erasure", "objection"}),
    ("Slet venligst hans oplysninger, så der ikke kommer mere post til ham.", {"erasure"}),
    ("Vil I slette hendes oplysninger og sørge for, at der ikke kommer mere post til hende?",
     {"erasure", "objection"}),
    # the marketing named first, the wish after it
    ("Jeres nyhedsbrev vil jeg gerne frameldes.", {"objection"}),
    ("Jeres sælger ringer til mig hver uge om carporte. Det skal stoppe.", {"objection"}),
])
def test_opt_outs_beside_erasure_and_said_back_to_front(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# From the study of set37 ("plain people, plain words"). Our own words.
@pytest.mark.parametrize(("text", "expected"), [
    ("I moved to Norway in 2021. Could you tell me what you still have about me on file?",
     {"access"}),
    ("Jag får fortfarande reklam från er. Sluta skicka det och ta bort mig ur ert register.",
     {"erasure", "objection"}),
    ("Chciałabym wiedzieć, jakie informacje o mnie macie. Potem proszę wszystko usunąć.",
     {"access", "erasure"}),
    ("Jeg er stoppet hos Holm Tag pr. 1. maj. Vil du sørge for at jeg bliver slettet hos jer?",
     {"contact_left", "erasure"}),
    ("Ib Lund har fået et andet job og havde sin sidste dag i fredags. Jeg overtager hans "
     "kunder.", {"contact_left"}),
    ("Vi må desværre fortælle, at vores sælger gennem mange år,\nIb Lund, døde i påsken. "
     "Indtil videre kan I skrive til mig. Hans mail bliver lukket.", {"contact_left"}),
])
def test_set37_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# From the study of set36 ("a busy spring in the mailbox"). Our own words.
@pytest.mark.parametrize(("text", "expected"), [
    ("Hun får stadig jeres tilbudsbreve. Vil I stoppe med at sende dem og slette hendes "
     "oplysninger?", {"erasure", "objection"}),
    ("Jeg vil gerne have en kopi af det, I har om ham. Derefter må I gerne slette ham.",
     {"access", "erasure"}),
    ("Jeg gør hermed indsigelse mod den behandling af mine oplysninger.", {"objection"}),
    ("Jeg vil gerne have, at I sletter mine oplysninger og ikke kontakter mig igen med nye "
     "tilbud.", {"erasure", "objection"}),
    ("Jeg ber dere slette navnet og telefonnummeret mitt.", {"erasure"}),
    ("Ib Dal (id@holmbyg.example, mobil 12 34 56 78) er ikke længere ansat hos Holm Byg.",
     {"contact_left"}),
    ("Jeg stopper hos Holm Byg den 30. april. Fremover er det Ane Lund, der tager sig af "
     "jeres ordrer.", {"contact_left"}),
    # a job application's own past is no contact of ours leaving
    ("Dear CL Smed, I am looking for work as a welder. I no longer work for my previous "
     "employer, as the project ended. My CV is attached.", set()),
])
def test_set36_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# A colleague updates a co-worker's details (rectification about someone else); a thing's
# genitive ("fakturaens nummer", "firmaets mailadresse") is business data.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ib Holm har fået nyt arbejdsnummer: 12 34 56 78. Kan I opdatere det i jeres system?",
     {"rectification"}),
    ("Vores formand har fået ny titel. Kan du opdatere ham hos jer til: Ib Holm, værkfører.",
     {"rectification"}),
    ("Kan du rette Ane Krogs mobilnummer? Hun har fået ny telefon: 12 34 56 78.",
     {"rectification"}),
    ("Ret venligst firmaets mailadresse på fakturaen til bogholderi@holm.example.", set()),
    ("Opdater ordrens mailadresse, den skal gå til indkøb.", set()),
])
def test_a_colleagues_details_and_a_things_genitive(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_the_departed_address_named_by_a_possessive() -> None:
    result = classify("Jeg har overtaget Lene Dams opgaver, da Lene har fået nyt job. Lenes mail "
                      "ld@vejbo.example lukker med udgangen af ugen.")
    assert [d.email for d in result.departed] == ["ld@vejbo.example"]


def test_two_peoples_addresses_named_together_are_not_both_the_first() -> None:
    result = classify("Lars Dam og Sanne Bro har begge forladt os. Lars' og Sannes mailadresser "
                      "(ld@jysk.example og sb@jysk.example) bliver viderestillet til mig.")
    assert {d.email for d in result.departed} <= {"ld@jysk.example", "sb@jysk.example", None}
    assert len({d.email for d in result.departed if d.email}) == len(
        [d for d in result.departed if d.email])


# From the study of set39. Our own words.
@pytest.mark.parametrize(("text", "expected"), [
    ("Please unsubscribe me. I have moved back to Norway, so your offers are no use to me.",
     {"objection"}),
    ("Han vil gerne vide, hvad I har registreret om ham, og derefter vil han have det slettet.",
     {"access", "erasure"}),
    ("Vi må meddele, at vores smed gennem mange år,\nIb Lund, er død. Fremover bedes I rette "
     "henvendelse om ordrer til Ane Bro.", {"contact_left"}),
])
def test_set39_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# From the study of set38. Our own words.
@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg trækker sletningen tilbage. Men jeg vil stadig gerne have kopien af de oplysninger, "
     "I har om mig.", {"access"}),
    ("Vores værkfører Ib Lund døde pludselig i weekenden. Indtil videre skal I ringe til mig "
     "om alt, der vedrører rækværkerne.", {"contact_left"}),
    ("Jeg har fuldmagt for min mor. Vil I stoppe al reklame til hende og slette hendes "
     "oplysninger?", {"erasure", "objection"}),
    ("Der ligger billeder af os på jeres hjemmeside. Vil I tage billederne ned og slette dem, og "
     "lade være med at bruge dem fremover?", {"erasure", "objection"}),
    ("Til orientering er Ib Lund (il@nordvarme.example) stoppet hos os pr. 30. september.",
     {"contact_left"}),
    ("Jeg har været vikar hos jer. Nu jeg arbejder ikke mere i Danmark. Jeg vil gerne vide "
     "hvilke oplysninger I har om mig.", {"access"}),
    # a move given as the reason for an erasure, with no new address, corrects nothing
    ("Jeg er flyttet i lejlighed og skal ikke bruge jer mere, så vil I slette mine oplysninger?",
     {"erasure"}),
    ("Jeg er flyttet til Skovvej 8, 8620 Kjellerup. Slet venligst mit gamle fastnetnummer.",
     {"erasure", "rectification"}),
])
def test_set38_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Older named misses, as classes. Our own words.
@pytest.mark.parametrize(("text", "expected"), [
    ("Min kone siger, jeg skal bede jer smide det ud, som I har om os. Så det gør jeg.",
     {"erasure"}),
    ("vil gerne ha at i sleter alt i har paa mig tak", {"erasure"}),
    ("Jeg vil gerne have de optagelser fra jeres kamera, hvor jeg og min trailer er med.",
     {"access"}),
    ("Please delete my application and CV. There is no need to keep them on file.",
     {"erasure"}),
    ("I was wondering whether you keep anything about me in your system still.", {"access"}),
    # "keep them on file" still takes an erasure back when it is said, not denied
    ("Please delete my details. Actually, no: keep them on file.", set()),
])
def test_older_misses_as_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I moved on from Baker Steel in May. Could you tell me what you've got on file about me, "
     "and then delete it?", {"access", "contact_left", "erasure"}),
    ("I left Baker Steel in April. I'd like to know what personal details of mine you still "
     "hold, and then have them deleted.", {"access", "contact_left", "erasure"}),
    # Polish folds "pracuję" (I work) and "pracuje" (works) alike: the sender's own is kept
    ("Od 1 marca nie pracuję już w firmie Nowak Sp. z o.o. Proszę usunąć mój numer telefonu.",
     {"contact_left", "erasure"}),
])
def test_former_contacts_asking_for_their_own_data(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# From the study of set41 ("ordinary people and small firms, in their own words").
@pytest.mark.parametrize(("text", "expected"), [
    ("Vilka uppgifter har ni om mig? Och sluta skicka reklam till min mejl.",
     {"access", "objection"}),
    ("Der kommer stadig tilbudsbreve til min far. Vil I fjerne ham fra jeres system og stoppe "
     "udsendelserne?", {"erasure", "objection"}),
    ("Ret min adresse til Søvej 4, 8000 Aarhus. Men de kataloger I sender, vil jeg ikke have "
     "flere af.", {"objection", "rectification"}),
    ("Fjern mit navn fra jeres referenceliste. Slet ikke noget andet, fakturaen skal I gemme.",
     {"erasure"}),
    ("I har lagt billeder på hjemmesiden af vores altan, med mig på. Tag de billeder ned, og "
     "brug dem ikke i jeres reklamer.", {"erasure", "objection"}),
    ("Min mand vil gerne vide hvad I har på ham i jeres system, og når han har set det, skal det "
     "slettes.", {"access", "erasure"}),
    ("Jeg arbejde hos Holm Stål til marts, nu ikke mere. Jeg vil ikke I har min telefon. "
     "Venligst slet.", {"contact_left", "erasure"}),
    ("Min kompagnon Ib Dal døde i sidste uge. Vil I rette jeres oplysninger, så alt fremover går "
     "til mig.", {"contact_left"}),
    ("Our site manager, Ian Booth, left Baker Steel Ltd at the end of May. Please send "
     "everything to me from now on.", {"contact_left"}),
    ("What informations do you keep of me in your system?", {"access"}),
    ("I må heller ikke bruge min sag i jeres kundetilfredshedsmålinger.", {"objection"}),
])
def test_set41_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# From the study of set40. Our own words.
@pytest.mark.parametrize(("text", "expected"), [
    ("Vi beder jer berigtige vores klients adresse til Ellevej 2, 8210 Aarhus V.",
     {"rectification"}),
    ("PS: Jeg får jeres nyhedsbrev på to adresser (ib@mail.example.com og ib@firma.example). "
     "Vil I afmelde den private?", {"objection"}),
    ("Vil du sørge for, at jeg bliver slettet fra jeres kunderegister og ikke får nyhedsbrevet "
     "mere?", {"erasure", "objection"}),
    ("Ret min adresse til Søvej 3, 7130 Juelsminde. Send mig også gerne det, I har stående om "
     "mig.", {"access", "rectification"}),
])
def test_set40_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg vil gerne have at I stopper med de sms'er om service-tilbud.", {"objection"}),
    ("What do you keep about me? Also my e-mail is changed, please use this one.",
     {"access", "rectification"}),
])
def test_set41_second_look(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# From the study of set43 ("customers who write the way they talk"). Our own words.
@pytest.mark.parametrize(("text", "expected"), [
    ("hvorfor får jeg reklame sms'er fra jer?? hvor har i mit nummer fra. jeg vil ik ha flere",
     {"access", "objection"}),
    ("I dont work there anymore since march. Please delete my phone number from your system.",
     {"contact_left", "erasure"}),
    ("Vi har solgt huset, så I må godt tage mig og Ruth ud af jeres kartotek.", {"erasure"}),
    ("Min far Ib Holm døde i januar. Jeg har overtaget værkstedet og er jeres kontakt fremover, "
     "så ring til mig.", {"contact_left"}),
    ("Bitte schicken Sie mir eine Kopie von dem, was Sie über mich gespeichert haben, und "
     "löschen Sie danach alles.", {"access", "erasure"}),
    ("Ret min adresse til Tværvej 9, og send ikke flere breve ud fra jeres system før I har "
     "tjekket at det hele er rigtigt.", {"rectification", "restriction"}),
    ("Could you export my orders and contact details as a CSV and send it to my new supplier?",
     {"portability"}),
    ("Vil I holde op med at sende mig de brochurer, og tage mit navn helt ud af jeres liste.",
     {"erasure", "objection"}),
])
def test_set43_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_departure_told_with_role_then_name_after_the_verb() -> None:
    result = classify("Efter 31 år hos os er vores værkstedsleder Ib Holm gået på pension i "
                      "fredags. Fremover er det Ane Bro, der bestiller hos jer.")
    assert result.intents == ("contact_left",)
    assert [d.name for d in result.departed] == ["Ib Holm"]


def test_the_senders_old_address_named_just_after_new_contact_words() -> None:
    result = classify("Jeg er fratraadt hos Holm Byg pr. 1. marts, saa jeg er ikke laengere jeres "
                      "kontakt derovre. Min gamle mail ih@holmbyg.example bliver lukket. Vil I "
                      "slette mit private nummer?", sender_name="Ib Holm",
                      sender_email="ib.holm@mail.example")
    assert [d.email for d in result.departed] == ["ih@holmbyg.example"]


# From the study of set44 and set45: their false erasures and departures, and two misses.
@pytest.mark.parametrize(("text", "expected"), [
    ("Uopfordret ansøgning. Jeg var i lære hos Holm Smede i et år, men er stoppet der, fordi "
     "værkstedet lukkede. CV vedhæftet.", set()),
    ("I sidste uge skrev jeg at I skulle slette mig. Det vil jeg gerne trække tilbage, så behold "
     "endelig mine oplysninger. Men mit mobilnummer er forkert, det rigtige er 12 34 56 78.",
     {"rectification"}),
    ("Etter 30 år i Nordstål AS går jeg av med pensjon fredag. Min etterfølger er Kari Dahl.",
     {"contact_left"}),
    ("Vores værkfører Ib Dal døde pludselig i sidste uge. Vil I fjerne ham fra jeres lister. "
     "Kontakten om bjælkerne går nu gennem mig.", {"contact_left"}),
    ("I move back to Romania in april. Please take me out from your system, name, phone and all.",
     {"erasure"}),
])
def test_set44_45_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Og så vil jeg i øvrigt gerne afmeldes jeres nyhedsbrev og slettes fra jeres kundedatabase.",
     {"erasure", "objection"}),
    ("hej jeg faar hele tiden sms med tilbud fra jer det gider jeg ikk mere stop det og slete mit "
     "nummer tak", {"erasure", "objection"}),
    ("Jeg var jeres kontakt hos Holm Byg, men jeg fratrådte i december. Jeg vil gerne vide, hvad "
     "I har gemt om mig, og bagefter vil jeg gerne have det slettet.",
     {"access", "contact_left", "erasure"}),
])
def test_set44_second_look(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Afmeld mig det her nyhedsbrev. Og slet min mail hos jer.", {"erasure", "objection"}),
    ("Proszę usunąć moje dane i nie dzwonić do mnie więcej z ofertami.",
     {"erasure", "objection"}),
    ("Hvem har givet jer mit nummer? Og ring ikke igen.", {"access", "objection"}),
    ("I giver kundernes numre videre til jeres underleverandør. I må ikke give mine oplysninger "
     "videre til andre.", {"objection"}),
])
def test_set45_second_look(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb before who retires, the date after: "går Bent Ravn på pension den 1. juni"
    ("Efter mange år går Bent Ravn på pension den 1. juni. Fra juli overtager Ida Holm "
     "bestillingerne.", {"contact_left"}),
    # an association's treasurer steps down and asks for what is held, then erasure
    ("Jeg er gået af som formand for grundejerforeningen og har ikke længere noget med "
     "foreningen at gøre. Send mig hvad I har om mig, og slet det bagefter.",
     {"access", "contact_left", "erasure"}),
    ("I did the buying for Holm Dairy, but I left in March. Please delete my details.",
     {"contact_left", "erasure"}),
    # first names with where they worked, and a first verb joined to the departure
    ("Til orientering: Tomas og Piotr fra vores svejsehold er taget hjem og arbejder ikke "
     "længere for os. Fremover skal I skrive til mig.", {"contact_left"}),
    ("Proszę o kopię moich danych. Pracowałem u Państwa klienta, ale już tam nie pracuję.",
     {"access", "contact_left"}),
    # keep everything, use nothing meanwhile: restriction, not an objection
    ("I må ikke slette noget om mig, for min advokat skal bruge det. Men I må heller ikke bruge "
     "mine oplysninger til noget andet imens.", {"restriction"}),
    ("Lad være med at bruge mine oplysninger, og I må heller ikke bruge mine oplysninger til "
     "noget, til sagen er afgjort.", {"restriction"}),
    # the move is why: nothing to correct
    ("Vi bor nu i Spanien og får ikke brug for jer igen. Slet venligst alle mine oplysninger.",
     {"erasure"}),
])
def test_set46_49_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_question_about_when_someone_retires_is_no_departure() -> None:
    assert intents("Hvornår går Bent Ravn på pension? Vi skal bestille gaven.") == set()


def test_first_names_from_the_team_are_who_left() -> None:
    result = classify("Tomas og Piotr fra vores svejsehold arbejder ikke længere for os. "
                      "Fremover skal I skrive til mig.")
    assert {d.name for d in result.departed} == {"Tomas", "Piotr"}


@pytest.mark.parametrize(("text", "expected"), [
    # a reminder about access, spelt as it is typed
    ("hej igen, det er 5 uger siden nu??? hvornaar kommer min indsight", {"access"}),
    ("Jeg har stadig ikke fået min indsigt, og fristen er gået.", {"access"}),
    ("Efter min indsigt i sagen er tegningen forkert.", set()),
    # written without capitals: a full stop still ends the sentence before "og"/"hvad"
    ("min nye mail er ks@post.example.dk, den gamle bruger jeg ikke mere. og hvad har i ellers "
     "gemt om mig?", {"access", "rectification"}),
    # "dem" after the copy: the data just named
    ("Send mig en kopi af det I har om mig. Når I har gjort det, vil jeg have dem slettet.",
     {"access", "erasure"}),
    ("I har mit private mobilnummer. Det nummer vil jeg have slettet fra jeres system.",
     {"erasure"}),
    ("Adressen I har på mig er forkert, det er Lindevej 3. Brug den ikke før den er rettet.",
     {"rectification", "restriction"}),
    ("Bitte löschen Sie meine Daten, Ihren Newsletter brauche ich auch nicht mehr.",
     {"erasure", "objection"}),
    ("Vil I slette min mor fra jeres liste og lade være med at ringe til hende?",
     {"erasure", "objection"}),
    ("Kan I lade være med at ringe til mig før kl. 8? Jeg sover.", set()),
    ("Could you update Tom Hale's details? His mobile is now 12 34 56 78.", {"rectification"}),
    ("Please update the company's address to Havnevej 2.", set()),
    ("Vil I sende de oplysninger jeg har givet jer, adresser og ordrehistorik, i en csv-fil "
     "direkte til min nye smed?", {"portability"}),
    ("Jeg ser at dere har registrert mitt private mobilnummer. Vennligst slett det private "
     "nummeret.", {"erasure"}),
    # not requests: a moved team, a product on sale, an invoice scam, a GDPR course
    ("Please take me off this thread, I've moved over to our Aarhus projects.", set()),
    ("Our package includes a Subject Access Request portal for EUR 49 a month.", set()),
    ("Betal fakturaen inden 48 timer. Mener I der er fejl, så betal og gør indsigelse bagefter.",
     set()),
    ("Vidste du, at enhver kunde til enhver tid kan bede om indsigt? Tilmeld dig kurset.",
     set()),
])
def test_set46_49_second_look(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "dem" points at the firm's thing named in its own sentence, not at data named before
    ("Vores bankoplysninger er uændrede. Har I fået en faktura fra den adresse, så slet den og "
     "betal ikke.", set()),
    ("Jeg har set at I har mit private mobilnummer på fakturaerne. Slet det venligst.",
     {"erasure"}),
    # a job applicant's past employer is no contact of ours leaving
    ("Jeg er uddannet smed med 8 års erfaring. Jeg er ikke længere ansat hos min tidligere "
     "arbejdsgiver, så jeg kan starte med det samme.", set()),
    ("Spær mine oplysninger, men lad være med at slette dem, før sagen er afgjort.",
     {"restriction"}),
    # a seller's pitch talks about rights; it asks for none
    ("Vidste du, at en indsigtsanmodning skal besvares inden en måned? Vores kursus lærer dig "
     "indsigt, sletning og dataportabilitet. Pris 995 kr. ekskl. moms. Tilmeld dig i dag.",
     set()),
    ("No process for DSAR on your site? We build a right to be forgotten form for a flat fee. "
     "Reply YES for a free audit.", set()),
    # ... a person who names a price still asks
    ("Jeg betalte 4.500 kr. for rækværket i 2023, ekskl. moms. Slet mine oplysninger nu.",
     {"erasure"}),
    # a list after "de er begge ikke længere ansat:"
    ("Vi har gennemgået listen, og de er begge ikke længere ansat:\n\n- Jonas Riis, "
     "jr@holm.example.dk\n- Eva Lind, el@holm.example.dk\n\nSlet dem venligst.",
     {"contact_left"}),
    ("Efter en fusion har Kim Bech og Lone Dahl (ld@vest.example.dk) forladt Vest Stål ApS. "
     "Alt går nu gennem mig.", {"contact_left"}),
    ("Jeg skriver som værge og beder om, at hans personoplysninger slettes hos jer.",
     {"erasure"}),
    ("Jeg beder om at mine oplysninger ikke slettes endnu.", set()),
    ("Ja det er mig, nummeret er 12 34 56 78. Så gå bare i gang med at slette.", {"erasure"}),
    ("Kan I sende mine ordrer, adresser og de mål jeg har sendt i en CSV-fil direkte til min "
     "nye smed?", {"portability"}),
    ("Please preserve all records relating to the fabrication pending our claim.", set()),
    ("Please send us a copy of whatever info you have on the two of us, then delete it all.",
     {"access", "erasure"}),
    ("Could you update the details you hold for our director, Ib Holm? His title is now CEO.",
     {"rectification"}),
    ("Min mor kan ikke bo hjemme mere. Så sørg for at hendes oplysninger ikke bliver brugt til "
     "noget, indtil boet er gjort op.", {"restriction"}),
    ("Jeg vil gerne bede om at I sletter min mail, og at I ikke sender mig flere tilbud.",
     {"erasure", "objection"}),
    ("Jeg vil ikke have mit navn på jeres Facebook. Kan I fjerne navnet og tagget?",
     {"erasure"}),
    ("Jeg har fået ny mail. Send nyhedsbrevet til den nye fremover.\n\nI skal IKKE afmelde mig.",
     {"rectification"}),
    ("Husk at listen skal være renset for afmeldte numre inden udsendelse.", set()),
    ("Vent venligst med at bruge billederne af mig, indtil vi har talt sammen.",
     {"restriction"}),
    ("Proszę usunąć to zdjęcie i moje imię z Facebooka.", {"erasure"}),
    ("På bilden syns jag tydligt. Ta bort bilden, tack.", {"erasure"}),
    ("Der er gået en måned. Hvornår kommer de oplysninger?", {"access"}),
    ("Jeg vil gerne bede om aktindsigt i optagelserne fra jeres kamera, hvor jeg er med.",
     {"access"}),
    ("Afmeld mig venligst og slet min mail fra jeres system.", {"erasure", "objection"}),
    ("On behalf of our client we object to any further processing of his personal data.",
     {"objection"}),
    ("Min far får stadig reklamer og tilbud fra jer med posten. Det skal stoppe.",
     {"objection"}),
])
def test_set50_53_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "address"), [
    ("Bo Holt er gået på pension. Send tilbud til mig i stedet for bh@holt.example.dk, den "
     "adresse lukkes.", "bh@holt.example.dk"),
    ("Poul Dam er udtrådt af selskabet, så I må gerne fjerne hans mail (pd@mail.example.com).",
     "pd@mail.example.com"),
    ("Karin har haft sidste arbejdsdag hos os. Hendes mail kk@beslag.example.dk lukker snart.",
     "kk@beslag.example.dk"),
])
def test_the_address_of_who_left_said_as_whose_it_is(text: str, address: str) -> None:
    assert address in {d.email for d in classify(text).departed}


def test_the_address_to_write_to_instead_is_not_who_left() -> None:
    result = classify("Bo Holt er gået på pension. Skriv i stedet til mig på ny@holt.example.dk.")
    assert "ny@holt.example.dk" not in {d.email for d in result.departed}


def test_the_old_address_in_brackets_is_who_left() -> None:
    result = classify("hej jeg er ikke laengere ansat hos Vest Staal (var tj@veststaal.example.dk) "
                      "saa i maa gerne slette mit nummer", sender_name="Tom Jensen",
                      sender_email="tom77@mail.example.dk")
    assert "tj@veststaal.example.dk" in {d.email for d in result.departed}


@pytest.mark.parametrize(("text", "expected"), [
    # one of our own people who left us is no customer's contact leaving
    ("Jeg stoppede hos jer som svejser i maj. Send mig en kopi af det I har om mig.",
     {"access"}),
    ("Da jeg var lærling, var jeg med i jeres video. Nu hvor jeg er stoppet, trækker jeg mit "
     "samtykke tilbage.", {"objection"}),
    ("Min datter var i lære hos jer, men hun stoppede efter et år. Hvad har I om hende?",
     {"access"}),
    # ... but a customer's apprentice, or a contact who worked on a job with us, is
    ("Jeg var lærling hos Holm Stål ApS og er stoppet der nu. Slet mit nummer hos jer.",
     {"contact_left", "erasure"}),
    ("Vi har afskediget Ib Dal. Han må ikke længere arbejde på vores kundekonto hos jer. "
     "Slet ham som kontaktperson.", {"contact_left"}),
    ("Jeg stopper hos Tag & Facade ApS den 31. januar. Fremover skal I kontakte min kollega.",
     {"contact_left"}),
    ("Wir teilen mit, dass Herr Ralf Kern zum 31.03. aus unserem Unternehmen ausscheidet.",
     {"contact_left"}),
    ("Herr Jens Bau ist zum 31.12. in den Ruhestand getreten und aus dem Unternehmen "
     "ausgeschieden ist.", {"contact_left"}),
    ("Henrik Lund fratraadt pr. 1/3 - ny kontakt er undertegnede", {"contact_left"}),
    ("Vi har fratrådt aftalen pr. 1. marts.", set()),
    # CCTV
    ("Hvad optager kameraet af vores indkørsel og af os? Og slet de optagelser I har af mig.",
     {"access", "erasure"}),
    ("Jeg vil ikke filmes når jeg sidder i min have. Drej kameraet.", {"objection"}),
    ("I object to the camera and would like copies of any recordings you hold of me.",
     {"access", "objection"}),
    ("Der står at jeg havde 14 sygedage, men det er forkert. Vil I rette det, og I må ikke "
     "bruge de oplysninger, før det er rettet.", {"rectification", "restriction"}),
    ("Send mig en kopi af det I har om mig, og slet bagefter alt det som I ikke er forpligtet "
     "til at gemme.",
     {"access", "erasure"}),
    ("Min søn siger man kan bede om at blive slettet, så gør det, så jeg ikke står i jeres "
     "kartotek mere.", {"erasure"}),
    ("Jeg vil ikke have flere af de der tilbudsbreve fra jer.", {"objection"}),
    ("Kan I slette den profil jeg oprettede i webshoppen?", {"erasure"}),
    ("Vi vil gerne have indsigt i, hvor langt I er med tegningerne.", set()),
    ("Please correct my address, and please don't use the old address until it has been "
     "fixed.", {"rectification", "restriction"}),
    ("Proszę usunąć mój adres z listy mailingowej. Nie chcę więcej dostawać ofert.",
     {"objection"}),
])
def test_set54_57_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_my_contact_details_in_brackets_are_my_old_work_address() -> None:
    result = classify("I left Nordic Rail in November. Please delete my contact details (both "
                      "pn@nordicrail.example.com and this address).", sender_name="Priya Nair",
                      sender_email="priya@mail.example.com")
    assert "pn@nordicrail.example.com" in {d.email for d in result.departed}


@pytest.mark.parametrize(("text", "expected"), [
    # still deciding, or asking about a right: no request yet
    ("Send mig hvad I har om mig. Så tager jeg stilling til, om jeg vil bede jer slette det.",
     {"access"}),
    ("Jeg overvejer at bede om indsigt i hvad I har om mig. Koster det noget?", set()),
    ("Jeg har ikke bestemt mig for om jeg vil bede om at blive slettet. Men I må ikke give mit "
     "nummer videre til andre firmaer.", {"objection"}),
    ("Jeg afmeldte jeres nyhedsbrev sidste år, men nu vil jeg gerne have det igen.", set()),
    ("Jeg afmeldte nyhedsbrevet i marts, men jeg får det stadig.", {"objection"}),
    # a condition is no change of mind
    ("Slet mine oplysninger. Har I brug for dem til garantien, så lad dem bare ligge indtil den "
     "er udløbet.", {"erasure"}),
    ("Slet venligst mine oplysninger, hvis I ikke længere har brug for dem.", {"erasure"}),
    ("Men fint: kundenummer 40211. Så send nu de oplysninger.", {"access"}),
    ("Jeg fik afslag på jobbet. Så vil jeg bede jer slette min ansøgning og mit CV.",
     {"erasure"}),
    ("Der står i jeres rykker at jeg har nægtet at betale. Det er vrøvl, og det vil jeg have "
     "rettet. Indtil det er rettet, vil jeg ikke have at I bruger mine oplysninger.",
     {"rectification", "restriction"}),
    ("Je ne veux plus recevoir vos appels. Supprimez mes coordonnées, s'il vous plaît.",
     {"erasure", "objection"}),
    ("Til orientering er både Ulla Juhl og Torben Høgh i bogholderiet stoppet her i februar.",
     {"contact_left"}),
    ("æ vil gern ha en kopi af det I har liggend om mæ, og så ska I slet det hele.",
     {"access", "erasure"}),
    ("Jeg er ikke længere værkfører, jeg er blevet driftschef. Ret det gerne i jeres liste.",
     {"rectification"}),
    ("Min mor er død. Slet hendes oplysninger og stoppe jeres nyhedsbreve til hende.",
     {"erasure", "objection"}),
    # firms and their own data
    ("Vi ønsker ikke længere at stå i jeres system. Slet alle oplysninger om vores firma, Brdr. "
     "Holm ApS.", set()),
    ("Bitte korrigieren Sie die Rechnung 3121, das Skonto fehlt.", set()),
    ("Die Holm OHG ist jetzt die Holm GmbH. Neue Anschrift: Werftstraße 2. Bitte passen Sie "
     "Ihre Kundenstammdaten an.", set()),
    ("Jeg modsætter mig, at mit navn og billede bruges i jeres markedsføring. Fjern det.",
     {"erasure", "objection"}),
    ("Min adresse står forkert. Brug ikke adressen til noget før den er rettet.",
     {"rectification", "restriction"}),
    ("Kan du rette vores indkøber Pia Lund i jeres system: hendes direkte nummer er nu "
     "12 55 60 72.", {"rectification"}),
    ("Vi beder jer fjerne de billeder, hvor beboerne kan genkendes.", {"erasure"}),
    ("Tom Riley, who was an engineer with Holm A/S until December, asked us to have his details "
     "removed.", {"contact_left"}),
    ("Thanks, but we won't go ahead. I'd rather you didn't keep my details on file, so please "
     "delete my name and number.", {"erasure"}),
    ("Jeg er flyttet over i vores afdeling i Aarhus, men jeg er stadig jeres kontakt.", set()),
    ("Vi vil gerne vide, hvad I har om ham, og derefter bede om, at de bliver slettet.",
     {"access", "erasure"}),
    ("Kan I trække mine ordrer ud i et format, som deres system kan læse ind, og sende det til "
     "min nye leverandør?", {"portability"}),
    ("Og så vil jeg gerne se, hvad I i det hele taget har stående om mig.", {"access"}),
])
def test_set58_61_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "address"), [
    ("Jeg var indkøber hos Byg-Tek ApS og havde kontakt med jer (aw@bygtek.example.dk). Jeg er "
     "ikke længere ansat der. Slet venligst mit nummer.", "aw@bygtek.example.dk"),
    ("Min far, Bent Holm, er gået på pension, så I skal ikke skrive til bh@holm.example.dk mere.",
     "bh@holm.example.dk"),
])
def test_the_old_address_around_a_contact_word(text: str, address: str) -> None:
    assert address in {d.email for d in classify(text, sender_name="Anja Winther",
                                                 sender_email="aw@mail.example.com").departed}


@pytest.mark.parametrize(("text", "expected"), [
    ("Spørgsmål før jeg beder om sletning: gælder garantien så stadig?", set()),
    ("Før jeg går på pension vil jeg bede jer slette mig.", {"erasure"}),
    ("Men I må i hvert fald ikke give mit nummer eller min adresse videre til andre.",
     {"objection"}),
])
def test_set58_61_second_look(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vi vil gerne have indsigt i de seneste værkstedstegninger inden byggemødet.", set()),
    ("Jeg vil gerne have indsigt i de oplysninger, I har om mig.", {"access"}),
    ("Jeg er pr. 1. april blevet indkøbschef. Vil du rette det i jeres system?",
     {"rectification"}),
    ("Jeg vil bede om at mine oplysninger i mellemtiden ikke bliver brugt til andet end sagen.",
     {"restriction"}),
    ("Please make sure my details are only stored for that purpose and not used for anything "
     "else.", {"restriction"}),
    ("Slet den gamle tegning - vi har flyttet døren 30 cm.", set()),
    ("Lis har fået nyt job. Hendes mail lukkes, så brug venligst min fremover.",
     {"contact_left"}),
    ("Jeg er stoppet hos Holm Byg pr. 31. marts, så det er Frank der skal have jeres tilbud "
     "fremover.", {"contact_left"}),
    ("Send mig en kopi af det I har om mig, og når I har sendt den, vil jeg bede jer om at "
     "slette oplysningerne.", {"access", "erasure"}),
    ("I har mig registreret som ejer af firmaet. Det er forkert. Vil I rette det?",
     {"rectification"}),
    ("Hvad har I noteret om mig? Derefter vil jeg have slettet det hele, og I skal ikke ringe "
     "eller skrive til mig igen.", {"access", "erasure", "objection"}),
    ("Indtil det er afklaret, vil jeg bede jer om ikke at bruge mine oplysninger til noget - "
     "ingen rykkere, ingen opringninger.", {"restriction"}),
    ("P.S. I seem to have ended up on your newsletter list - please take me off it.",
     {"objection"}),
    ("Your system seems to have me as Jon Smyth. It's John Smith. Could you correct that so the "
     "invoices come out right?", {"rectification"}),
    ("Ik ontvang sinds kort uw nieuwsbrief. Dus ik wil die graag niet meer ontvangen.",
     {"objection"}),
])
def test_set62_65_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vi sagde ja til billederne af vores altan. Nu trækker vi samtykket tilbage og vil gerne "
     "have billederne fjernet alle steder.", {"erasure", "objection"}),
    ("Kurt ha gået på pension nu, så skriv te mæ i stedet.", {"contact_left"}),
    ("Jeg har fået nyt job. Mig selv kan I bare slette i jeres system.",
     {"contact_left", "erasure"}),
    ("hej jeg vil gerne ha en kopi af alt i har om mig og bagefter vil jeg ha det slettet",
     {"access", "erasure"}),
    ("afmeld mig jeres nyhedsbrev og slet så også min mail og mit nummer helt",
     {"erasure", "objection"}),
    ("Slet venligst min mail fra i går, den blev sendt ved en fejl.", set()),
    ("Bittschön löscht's jetzt meine Daten und schickt's mir koa Werbung mehr.",
     {"erasure", "objection"}),
    ("Kan jeg få lidt indsigt i hvor langt I er med projektet?", set()),
    ("Herr Klaus Mey ist leider nicht mehr bei uns. Die offenen Punkte klären Sie mit mir.",
     set()),
    ("Min mand er død. Når regningen er betalt, vil jeg bede jer om at slette Arnes "
     "oplysninger.", {"erasure"}),
    ("Slet kundernes oplysninger fra listen.", set()),
    ("Min pappa har gått bort. Jag vill be er att radera hans personuppgifter.", {"erasure"}),
    ("My daughter was with you on an exchange. Could you delete the photos please?",
     {"erasure"}),
    ("I bruger fotografier af vores klient i en brochure. Vores klient anmoder om, at "
     "billederne fjernes og slettes.", {"erasure"}),
    ("Hvor har I mit nummer fra? Og så vil jeg bede om at I ikke ringer til mig igen.",
     {"access", "objection"}),
    ("Ret min adresse. Indtil det er gjort, vil jeg gerne have at I ikke sender mere til mig.",
     {"rectification", "restriction"}),
    ("I må gerne beholde mine oplysninger, så længe sagen kører, men jeg vil ikke have at de "
     "bruges til noget andet - ingen tilbud.", {"restriction"}),
    ("I was wondering whether you still keep any of my details on file, and if so, what they "
     "are?", {"access"}),
    ("Og så gider jeg ikke få flere nyhedsbreve fra jer.", {"objection"}),
])
def test_set66_69_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_first_name_from_the_department_is_who_left() -> None:
    result = classify("PS: Bettina i bogholderiet har fået nyt job, så I kan bare fjerne hende fra "
                      "jeres lister.")
    assert result.intents == ("contact_left",)
    assert [d.name for d in result.departed] == ["Bettina"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fjern mig fra cc på tråden, jeg er flyttet over på Randers-projektet.", set()),
    ("We won't go ahead, so there's no reason for you to keep my details on file. Please delete "
     "my contact information.", {"erasure"}),
    ("I've been promoted, and my direct line has changed to 12 34 56 78. Could you update your "
     "records?", {"rectification"}),
    ("On his behalf we request the erasure of all of his personal data you need not keep.",
     {"erasure"}),
    ("I har registreret mig på Vestergade 3. Ret det, og brug ikke den gamle adresse til noget "
     "som helst - heller ikke til levering - før I har rettet det.",
     {"rectification", "restriction"}),
    ("Jeg sagde ja til et billede af mig i jeres brochure. Vil I tage det af hjemmesiden?",
     {"erasure"}),
    ("Jeg får stadig jeres nyhedsmail, selvom jeg har prøvet at framelde mig to gange.",
     {"objection"}),
    ("Herr Thomas Vogel hat unser Unternehmen zum 31. März verlassen.", {"contact_left"}),
    ("My mother is in a care home. Please stop contacting her and delete her details.",
     {"erasure", "objection"}),
])
def test_set71_73_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an opt-out beside an erasure, said in everyday words (set74-set76)
    ("Jeg modtager hver måned sms'er fra jer med tilbud på carporte. Stop med det, og slet mit "
     "nummer i jeres kunderegister.", {"erasure", "objection"}),
    ("Kan I slette min mor i kunderegistret og stoppe posten? Der kommer stadig et katalog "
     "hvert forår.", {"erasure", "objection"}),
    ("Vi vil ikke have, at fotoet af vores altan bruges i reklamer mere. Slet det, tak.",
     {"erasure", "objection"}),
    ("slet mig fra jeres kartotek nu da vi ikke skal have noget lavet. vil ikke have flere tilbud",
     {"erasure", "objection"}),
    ("Jeg har fået jeres nyhedsbrev og en sms om rabatter. Det har jeg aldrig bedt om. Fjern "
     "mig fra jeres kundekartotek.", {"erasure", "objection"}),
    ("I bruger mig som reference. Jeg vil ikke have, at I nævner mig som reference i jeres "
     "tilbud.", {"objection"}),
    ("Jag vill inte ha era erbjudanden längre. Ta även bort mig ur ert kundregister.",
     {"erasure", "objection"}),
    # not an opt-out: a delivery stopped, the firm's own post
    ("Leveringen af gelænderet er forsinket. Stop med det, og ring til mig.", set()),
    ("Vi stopper med posten til lageret i Vejle fra 1. maj.", set()),
])
def test_set74_76_second_wishes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg er ikke længere ved Smith Stål, så det er Per I skal skrive til. Slet gerne mit "
     "mobilnummer.", {"contact_left", "erasure"}),
    ("Karen er ikke længere ved Nordbyg. Skriv til mig fremover.", {"contact_left"}),
    ("Jeg er ikke længere ved at bygge om, så slet mit nummer.", {"erasure"}),
    ("Jeg har fået mailen sendt videre af Per. Slet mit nummer.", {"erasure"}),
    ("Jeg har fået nyt nummer: 12 34 56 78.", {"rectification"}),
    ("Frau Berger hat unser Unternehmen verlassen. Bitte schreiben Sie künftig an mich.",
     {"contact_left"}),
    ("Herr Kunz ist zum 31.03. aus unserem Unternehmen ausgeschieden.", {"contact_left"}),
    ("Jim Baker moved on from Hill Steel a few weeks ago. I'm your contact now.",
     {"contact_left"}),
    ("We moved on from that railing design a few weeks ago.", set()),
])
def test_set75_departures_in_other_words(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set74-set77, after their blind measurement: everyday words for known requests
    ("Kan I få mine oplysninger slettet?", {"erasure"}),
    ("Vær sød at få mit telefonnummer og min gamle mail slettet i jeres system.", {"erasure"}),
    ("Først vil jeg se hvad I har om mig, og bagefter må I gerne fjerne mig helt.",
     {"access", "erasure"}),
    ("Hvis jeg ikke har en kopi af mine oplysninger inden mandag, klager jeg til Datatilsynet.",
     {"access"}),
    ("Hvis jeg ikke hører fra jer, går jeg ud fra at alt er i orden.", set()),
    ("Send mig en oversigt over mine oplysninger og en bekræftelse på at de er slettet.",
     {"access", "erasure"}),
    ("Vi er flyttet til Kirkegade 4, 8700 Horsens, så fakturaen skal fremover sendes til den "
     "nye adresse.", {"rectification"}),
    ("Jeg er ikke ansat der mere. Slet mit nummer.", {"contact_left", "erasure"}),
    ("Jeg havde min sidste dag hos Bygma i fredags. Slet venligst mit mobilnummer.",
     {"contact_left", "erasure"}),
    ("Teilen Sie mir mit, welche Daten Sie über mich gespeichert haben, und löschen Sie diese "
     "danach.", {"access", "erasure"}),
    ("Ich bin seit März nicht mehr bei der Firma Koch Stahlbau beschäftigt. Löschen Sie bitte "
     "meine Handynummer.", {"contact_left", "erasure"}),
    ("Jag vill att ni tar bort allt ni har om mig.", {"erasure"}),
    ("Jag har redan avregistrerat mig från nyhetsbrevet. Nu vill jag att ni tar bort allt ni "
     "har om mig.", {"erasure"}),
    ("Snälla ta bort mig från utskicket.", {"objection"}),
    ("Please sort out my record and don't use my details for reminders until it's fixed.",
     {"rectification", "restriction"}),
    ("Please send my order history as a spreadsheet I can import.", {"portability"}),
    ("Please remove them and my phone number from your files.", {"erasure"}),
    ("Please don't use my name in the subject line.", set()),
    ("Hun vil gerne have nummeret slettet hos jer. Hendes arbejdsnummer er det samme.",
     {"erasure"}),
])
def test_set74_77_everyday_words(text: str, expected: set[str]) -> None:
    assert intents(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # set76-set77, after their blind measurement
    ("Kunne I ikke lade være med at mailen mig? Wilt u mij niet meer mailen met aanbiedingen?",
     {"objection"}),
    ("I må ikke ringe til mit mobilnummer med jeres kampagner.", {"objection"}),
    ("Og så er mobilnummeret nyt: 12 34 56 78.", {"rectification"}),
    ("Jeg var indkøber hos Bergen Bygg. Nå har jeg begynt i et annet firma. Hvilke opplysninger "
     "har dere lagret om meg?", {"access", "contact_left"}),
    ("Jeg protesterer mod, at I bruger mit private nummer overhovedet.", {"objection"}),
    ("Please don't pass my number to your installers, and I'd rather it isn't used for anything "
     "except keeping your file complete. Do keep it, though.", {"restriction"}),
    ("I har stadig mit nummer og min mail, og det må I gerne bare smide ud.", {"erasure"}),
    ("Den gamle tegning må I gerne smide ud.", set()),
    ("Min far er død. I kan slette både ham og mig fra kartoteket.", {"erasure"}),
    ("Unsubscribe me and delete whatever you've got on me.", {"erasure", "objection"}),
    ("Jeg får jeres nyhedsmails hver uge. Nej tak til flere af de her.", {"objection"}),
    ("Stop med jeres sommertilbud, tak.", {"objection"}),
])
def test_set76_77_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set78-set80, after their blind measurement
    ("Jeg har fuldmagt og beder jer stoppe opkaldene og fjerne hans nummer fra jeres lister.",
     {"erasure", "objection"}),
    ("jeg vil ik ha flere mails fra jer og i skal slette min adresse.", {"erasure", "objection"}),
    ("Jeg får stadig jeres nyhedsbrev. Vil I slette mig fra jeres system og lister?",
     {"erasure", "objection"}),
    ("Vil I slette mig fra jeres kundekartotek og alle jeres lister?", {"erasure"}),
    ("Så fjern mig gerne fra cc i denne tråd.", set()),
    ("Min mor er død, men hun får stadig jeres nyhedsbrev og julekort. Vil I fjerne hende fra "
     "alt det der og slette hende i kunderegistret?", {"erasure", "objection"}),
    ("Kan I sende mig en oversigt over, hvad I har om mig, og bagefter slette mig?",
     {"access", "erasure"}),
    ("I har stadig mit private nummer. Det vil jeg gerne have I sletter.", {"erasure"}),
    ("jeg er stoppet der pr 1/3 så i må gerne slette mit nr hos jer", {"contact_left", "erasure"}),
    ("Min kollega Pia har fået nyt efternavn. Kan I rette det?", {"rectification"}),
    ("vil gerne ha alt i har om mig", {"access"}),
    ("was habt ihr über mich gespeichert?", {"access"}),
    ("What do you have on file about me? Once I've seen it I'd like it all deleted.",
     {"access", "erasure"}),
    ("fyi Ann Bell left us end of feb, pls send POs to purchasing from now on", {"contact_left"}),
    ("The phone number you have for me is a colleague's. Please correct this.",
     {"rectification"}),
    ("I'm helping my father wind up his one-man forge, as he is retiring. Please send a copy of "
     "what you hold about him.", {"access"}),
    ("Please send his order history as a spreadsheet (CSV or Excel) that we can load into his "
     "accounts program.", {"portability"}),
])
def test_set78_80_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set80, after its blind measurement: people in a role, and people for others
    ("Ved generalforsamlingen stoppede jeg som formand. Kan I sende mig en kopi af hvad I har "
     "om mig?", {"access", "contact_left"}),
    ("Tag venligst min mail af listen.", {"objection"}),
    ("Han vil gerne have sine ordrer i en fil, der kan indlæses i hans nye system.",
     {"portability"}),
    ("Send kundeopplysningene hans i en fil vi kan lese inn i det nye systemet.",
     {"portability"}),
    ("Vores klient ønsker under alle omstændigheder, at hans ansøgning og CV slettes.",
     {"erasure"}),
    ("Først en kopi af det I har om ham, og bagefter vil han gerne slettes helt.",
     {"access", "erasure"}),
    ("Jeg skal bede om at modtage de ønskede oplysninger om min klient senest fredag.",
     {"access"}),
    ("Min klient modsætter sig, at hans oplysninger bruges til markedsføring.", {"objection"}),
    ("The executors ask that his details be removed from your customer records.",
     {"erasure"}),
])
def test_set80_for_others_and_roles(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_which_languages_are_read_does_not_depend_on_the_string_hash() -> None:
    # Seed 10 once ordered the language scores so that Norwegian fell outside the six
    # languages read, and this Norwegian request went unread in that process only.
    import subprocess
    import sys

    script = ("from bot.reading.classify import classify; print(classify('Send "
              "kundeopplysningene hans i en fil vi kan lese inn i det nye systemet.').intents)")
    root = Path(__file__).resolve().parent.parent
    for seed in ("1", "10", "12345"):
        done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                              text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.stdout.strip() == "('portability',)", seed


@pytest.mark.parametrize(("text", "expected"), [
    # set84-set85, after their blind measurement: departures told in other words
    ("Jeg var koordinator hos Vest Byg indtil november, hvor jeg blev afskediget. Skriv til "
     "firmaet fremover.", {"contact_left"}),
    ("Jeg gik på pension den 31. januar, så slet venligst mine oplysninger.",
     {"contact_left", "erasure"}),
    ("Jeg er stoppet hos Kran Nord og har startet mit eget. Vil I rette mig i jeres kartotek?",
     {"contact_left", "rectification"}),
    ("I will be leaving the company at the end of April. Tom Avery takes over as MD.",
     {"contact_left"}),
    ("Lene har været stoppet siden jul. Send tilbuddet til mig.", {"contact_left"}),
    ("Jag slutade på Bult AB i höstas. Ta bort mig helt ur ert kundregister.",
     {"contact_left", "erasure"}),
    ("Pieter de Boer werkt sinds 1 maart niet meer bij ons. Stuur alles voortaan naar mij.",
     {"contact_left"}),
    ("jeg har ikke arbejdet hos Nordstål siden sommer. slet mit nummer.",
     {"contact_left", "erasure"}),
    ("Efter 30 år går vores salgschef Bo Lund på pension. Skriv fremover til Pia Holm.",
     {"contact_left"}),
    ("Jeg vil bede jer om ikke at slette mine mails. Men I må heller ikke bruge mig som "
     "kontakt.", {"restriction"}),
    ("Så slet venligst den faktura og alt andet I har om mig.", {"erasure"}),
])
def test_set84_85_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_suppliers_newsletter_naming_who_retires_and_the_address_to_drop_is_a_departure(
) -> None:
    raw = ("From: Galva Nyt <nyt@galva.example.dk>\nTo: info@clsmed.dk\nSubject: Nyt fra Galva\n"
           "List-Unsubscribe: <https://galva.example.dk/afmeld>\nPrecedence: bulk\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nFARVEL TIL BO\n"
           "Efter 30 år går vores salgschef Bo Lund på pension. Skriv fremover til "
           "pia@galva.example.dk i stedet for bl@galva.example.dk.\n\nAfmeld nyhedsbrevet her.\n"
           ).encode()
    from bot.reading.understand import understand

    result = understand(raw).classification
    assert result.intents == ("contact_left",)
    assert [(d.name, d.email) for d in result.departed] == [("Bo Lund", "bl@galva.example.dk")]


@pytest.mark.parametrize(("text", "expected"), [
    # set81, after its blind measurement
    ("Mit navn er stavet \"Lise Dal\" hos jer. Det er Dahl med h. Indtil det er rettet, vil jeg "
     "ikke have at I sender noget med mit navn til kommunen.",
     {"rectification", "restriction"}),
    ("Could you let me know what you've got on file for me?", {"access"}),
    ("Ich möchte Sie bitten, meine Kontaktdaten und die Pläne, die ich Ihnen geschickt habe, zu "
     "löschen.", {"erasure"}),
    ("Hej Pia\n\nBente på vores kontor har fået nyt mobilnummer: 12 34 56 78. Kan du rette det?"
     "\n\nBo\nKristensen El ApS", {"rectification"}),
    ("vi er flyttet! ny adresse for Kolding Hegn ApS er Industrivej 40. ret det på fakturaerne"
     "\n\nVibeke", set()),
])
def test_set81_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("subject", "text", "expected"), [
    ("Forårstilbud på carporte", "Jeg har aldrig bedt om de her. Vil gerne være fri for dem.",
     {"objection"}),
    ("Forårstilbud på carporte", "Nej tak til flere af de her. Vi har fået vores carport.",
     {"objection"}),
    ("Ordre 4411 - levering", "Nej tak til flere af de her, vi har nok beslag.", set()),
])
def test_a_replys_them_points_back_to_the_mail_it_answers(subject: str, text: str,
                                                          expected: set[str]) -> None:
    assert set(classify(text, topic=subject).intents) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set86-set89, after their blind measurement; the first three were false erasures
    ("Jeg anmoder om aktindsigt, også i videooptagelserne fra den 4. marts. Jeg vil se "
     "optagelsen inden den bliver slettet.", {"access"}),
    ("I skal beholde mine oplysninger pga. garantien, men de må ikke bruges til andet. Frys "
     "dem, indtil I alligevel skal slette dem.", {"restriction"}),
    ("Mails still go to d.ash@marine.example.com. He left the company before Christmas. "
     "Please remove it and use purchasing@marine.example.com from now on.", {"contact_left"}),
    ("I'd rather you didn't keep our contact details. Could you please have them deleted?",
     {"erasure"}),
    ("please dont call me again and delete my number", {"erasure", "objection"}),
    ("Please stop using the addresses you have for me until they are fixed. The correct "
     "address is Nyvej 58, 2000 Frederiksberg.", {"rectification", "restriction"}),
    ("Please take the photos and our name off the website.", {"erasure"}),
    ("Graag zou ik willen weten welke gegevens u van mij heeft. Daarna wil ik graag dat u "
     "alles verwijdert.", {"access", "erasure"}),
])
def test_set86_89_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set92, after its blind measurement
    ("Montøren tog billeder med telefonen, og på et par af dem står vores børn. Kan I sørge for "
     "at de billeder bliver slettet? I må gerne beholde dem af selve beslagene.", {"erasure"}),
    ("Vil du sørge for at I ikke gemmer mine oplysninger og de tegninger jeg sendte?",
     {"erasure"}),
    ("Jeg har aldrig bedt om et tilbud. Jeg vil gerne have at mit navn, min mail og mit nummer "
     "bliver fjernet fra det tilbud.", {"erasure"}),
    ("Birgitte Holm er holdt hos os pr. 1. marts. Jeg overtager hendes sager.",
     {"contact_left"}),
    ("Hva har dere egentlig registrert om oss?", {"access"}),
    ("Jeg har ikke været ansat hos Dalgaard siden nytår. Vil I slette mit nummer?",
     {"contact_left", "erasure"}),
    ("jeg er ikke hos Engholm Byg længere. Slet venligst mit mobilnummer.",
     {"contact_left", "erasure"}),
    ("I må gerne beholde mine oplysninger. Slet dem ikke.", set()),
])
def test_set92_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Fakturaen skal ikke sendes til Lone Bach mere, hun er stoppet hos os. Send den til "
     "faktura@aros.example.dk.", "Lone Bach"),
    ("Tak, vi har modtaget den. Bent er ikke hos os mere, så skriv til mig fremover.", "Bent"),
])
def test_who_left_is_named_in_the_same_sentence(text: str, name: str) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert [d.name for d in result.departed] == [name]


@pytest.mark.parametrize(("text", "expected"), [
    # a copy to read and an export to import, asked together (set81-set91)
    ("Could you send me a copy of all the data you have about me? Please include the order "
     "history as a CSV or spreadsheet rather than PDFs so I can import it.",
     {"access", "portability"}),
    ("Jeg vil gerne have en kopi af alt det I har om mig, helst i et regneark eller en fil jeg "
     "kan læse ind.", {"access", "portability"}),
    ("Please send me the invoice as a PDF so I can print it.", set()),
])
def test_a_copy_and_an_export_together(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an opt-out beside an erasure, once more (set82-set93, after their blind measurement)
    ("Since then I've had about 40 of these. Stop sending me these and delete whatever you "
     "have on me.", {"erasure"}),
    ("Der kommer stadig reklamer til hende. Vil I stoppe det og slette hende i kartoteket?",
     {"erasure", "objection"}),
    ("I har lagt billeder af vores hus på Facebook. Fjern venligst billederne, og brug dem ikke "
     "igen.", {"erasure", "objection"}),
    ("Der ligger et billede af mig på jeres hjemmeside. Tag billedet ned, og brug ikke billeder "
     "af mig til jeres reklame igen.",
     {"erasure", "objection"}),
    ("Wilt u ons van de verzendlijst halen en daarna ook onze gegevens uit uw klantenbestand "
     "verwijderen?", {"erasure", "objection"}),
    ("Ik ontvang nog steeds uw nieuwsbrief. Dat wil ik niet meer.", {"objection"}),
])
def test_set82_93_second_wishes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_stop_sending_these_under_a_campaigns_subject_is_an_opt_out() -> None:
    result = classify("Stop sending me these and delete whatever you have on me.",
                      topic="Spring offer: 10% off galvanised railings")
    assert set(result.intents) == {"erasure", "objection"}


def test_a_gdpr_software_pitch_listing_the_rights_asks_for_nothing() -> None:
    text = ("Under the GDPR, every one of your customers has the right to access, rectify and "
            "erase their personal data and to data portability. Is your company ready? Book a free "
            "20-minute compliance audit and receive our DSAR checklist for free. Book here: "
            "https://shield.example.com/demo")
    assert intents(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # set94-set95, after their blind measurement
    ("Our auditors make your company compliant within 48 hours for a one-time fee of EUR 299. "
     "Your customers have the right to access and erasure. Click here to book your audit.",
     set()),
    ("Rasmus har fået ny arbejdsmobil, nummeret er nu 12 34 56 78. Vil I rette det?",
     {"rectification"}),
    ("Til orientering har Bjarne Frost (bf@byg.example.dk) haft sin sidste dag hos os. Skriv "
     "til mig fremover.", {"contact_left"}),
    ("Graag geen nieuwsbrieven meer naar dit adres.", {"objection"}),
    ("Jeg beder hermed om aktindsigt i alt, hvad I har noteret om mig.", {"access"}),
    ("Mit mobilnummer ligger i jeres system. Vil I sørge for at det bliver fjernet?",
     {"erasure"}),
    ("Vil I sørge for at mit CV og billedet ikke bliver liggende hos jer?", {"erasure"}),
    ("I don't want my CV and certificates to stay in your files.", {"erasure"}),
])
def test_set94_95_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set96-set97, after their blind measurement
    ("Mag ik weten welke gegevens u van mij heeft opgeslagen? Daarna wil ik graag dat alles "
     "wordt verwijderd.", {"access", "erasure"}),
    ("I behøver ikke at gemme mine oplysninger.", {"erasure"}),
    ("Bitte tragen Sie mich aus dem Newsletter aus und löschen Sie meine Daten.",
     {"erasure", "objection"}),
    ("Jeg går på pension 1. juni. Min datter Tina tager over som daglig leder.",
     {"contact_left"}),
    ("Vil I ikke tage mig af nyhedsbrevet? Fakturaer skal stadig komme til mig.",
     {"objection"}),
    ("Jag har gått i pension från Göta Smide AB. Ni har mina uppgifter, var snäll och radera dem.",
     {"contact_left", "erasure"}),
    ("Please don't ring that number for sales stuff - it's my own phone.", {"objection"}),
])
def test_set96_97_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set98-set105, after their blind measurement
    # a negation before "und"/"og" does not reach the next verb
    ("Bitte schicken Sie mir keine Werbung mehr und löschen Sie meine Daten.",
     {"erasure", "objection"}),
    ("Please do not call me and do not delete my data.", set()),
    ("Jeg har ikke brug for en kopi.", set()),
    # the mail's own language's hedge also holds a phrase a neighbour language's rules find
    ("Jeg overvejer at bede jer om at slette mine oplysninger, men det vil jeg først tale med "
     "min advokat om. Indtil da beder jeg jer om at spærre mine oplysninger.", {"restriction"}),
    ("Peter har ikke været ansat her siden nytår. Fjern ham venligst fra jeres liste.",
     {"contact_left"}),
    # the model's second wish in the clause of the rules' first: its own words, not theirs
    ("Stop med at ringe og fjern mit nummer og min mail fra jeres lister.",
     {"erasure", "objection"}),
    # a GDPR seller's price before the figure ("kr. 995") and call ("Skal jeg ringe dig op?")
    ("Vidste du, at en anmodning om indsigt eller dataportabilitet skal besvares inden for en "
     "måned? Årligt tjek fra kr. 995 pr. måned. Skal jeg ringe dig op i næste uge?", set()),
    # the model alone must be surer of a restriction: "før det er rettet" is about rafters
    ("Vores tømrer kan ikke lægge tag, før det er rettet, og han koster penge hver dag han "
     "venter. Tre af spærene er monteret skævt.", set()),
])
def test_set98_105_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set106-set109, after their blind measurement
    # a GDPR seller's customer quoted as an example, and a departure of no one in particular
    ("Mange virksomheder har ingen procedure for, hvad der skal ske, når en kunde skriver "
     "\"slet mine oplysninger\" eller en kontaktperson er fratrådt. Det løser vi på et "
     "3-timers kursus. Pris: 1.495 kr. ekskl. moms pr. deltager.", set()),
    # a review-deleting service: "Svar JA", "100 % GDPR-sikret"
    ("Har I dårlige anmeldelser på Google? Vi sletter dem for jer – 100 % GDPR-sikret med "
     "\"retten til at blive glemt\". Svar JA på denne mail, så ringer vi i dag.", set()),
    # an earlier erasure, done, and the data wanted again
    ("Sidste år bad jeg jer slette mig, og det gjorde I – tak for det. Nu må I gerne gemme "
     "mine oplysninger igen. Kan I komme ud og måle op til en overdækning?", set()),
    ("Thomas Brun arbejder ikke længere i vores Aarhus-afdeling - han er flyttet til "
     "afdelingen i Vejle. Han er stadig jeres kontakt.", set()),
    ("I used to be your contact at Coastline Steel (liam@coastline.example.com), but I left "
     "the company back in May. Please delete my details from your system.",
     {"contact_left", "erasure"}),
    ("I've moved on (new job since Jan). Can you take my name and number off your system pls?",
     {"contact_left", "erasure"}),
    ("Jag vill inte längre få ert nyhetsbrev. Avregistrera mig och radera samtidigt alla mina "
     "uppgifter ur ert kundregister.", {"erasure", "objection"}),
    ("Sinds 1 maart werk ik niet meer bij Van Dijk Staalbouw. Wilt u mijn gegevens uit uw "
     "systeem verwijderen?", {"contact_left", "erasure"}),
    ("Jeg har gått av med pensjon fra Fjordstål AS og ber dere slette opplysningene om meg.",
     {"contact_left", "erasure"}),
    # "Jeg skal ikke slettes" says only what is not asked; data that must not go is art. 18
    ("Kan I sende mig en kopi af alt, hvad I har registreret om mig? Jeg skal ikke slettes.",
     {"access"}),
    ("Mine oplysninger må ikke slettes, før sagen med forsikringen er afgjort.",
     {"restriction"}),
    ("Det telefonnummer, I har på mig (12 45 67 89), er forkert. Det rigtige er 12 98 76 54.",
     {"rectification"}),
    ("The email address you have for me (p.r@post.example.org) is one I no longer use.",
     {"rectification"}),
    ("First, stop contacting me to sell me things. No calls, no emails.", {"objection"}),
    ("I ringer til mig hver anden uge om et serviceeftersyn. JEG VIL IKKE RINGES OP. Slet mit "
     "nummer og lad mig være i fred.", {"erasure", "objection"}),
    ("Vi laver vores egen sletterutine. Hvordan håndterer I det, når en kunde beder om indsigt "
     "eller sletning?", set()),
    ("What personal data do you still hold from my application (CV, references)? Please send "
     "me a copy, and then delete all of it.", {"access", "erasure"}),
])
def test_set106_109_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set110-set113, after their blind measurement
    ("I am not work for Baltic Steel anymore since 1 march, I go home to Gdansk.",
     {"contact_left"}),
    ("Ich möchte gerne wissen, welche Daten Sie über mich gespeichert haben – und danach "
     "bitte alles löschen, was Sie nicht für die Buchhaltung brauchen.", {"access", "erasure"}),
    ("Please send a copy of my data, and the order history for the\ngate and the railings as "
     "a CSV or JSON file, so I can import it into our new system.", {"access", "portability"}),
    ("Nu har jeg skrevet tre gange!!! Får jeg et tilbud på den trappe eller hvad?", set()),
    ("Afmeld mig med det samme.", {"objection"}),
    ("Det er Kjærsgaard med æ og to a'er, ikke Kjersgård. Ret det venligst.",
     {"rectification"}),
    ("Det er fint med os, og det er Jens med i projektet.", set()),
    ("Slett meg fra nyhetsbrevet, og slett alle opplysninger dere har om meg.",
     {"erasure", "objection"}),
    ("Min mail ændres fra i dag fra aq@qvist.example.dk til anja@qvist.example.dk. Vil I "
     "opdatere den hos jer?", {"rectification"}),
    ("Den ordre har jeg ikke bestilt – jeg var stoppet hos Brdr. Holm Byg i september.",
     {"contact_left"}),
    ("Jeg var indkøber hos Lundgaard Maskinfabrik frem til november, hvor jeg fik nyt job et "
     "andet sted.", {"contact_left"}),
    ("Jeg var kunde hos jer indtil 2019, hvor jeg fik nyt job.", set()),
    ("Jeg er stoppet hos Brdr. Holm Byg efter 12 år og har startet mit eget firma. Kan I give "
     "mig en pris på 40 m rundstål?", {"contact_left"}),
    ("Lisbeth Kruse som havde regnskabet har fået nyt job. Send fremover til mig.",
     {"contact_left"}),
    ("Anna Berg har avslutat sin anställning på Skåne Stål AB.", {"contact_left"}),
])
def test_set110_113_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set114-set117, after their blind measurement
    ("Et spørgsmål før det bliver aktuelt: en kunde nævnte at hun \"nok vil have slettet sine "
     "oplysninger, når vi er færdige\". Hun har ikke bedt om det endnu.", set()),
    ("Min gamle mailadresse bliver lukket til maj. Vil I fremover bruge denne nye adresse i "
     "stedet?", {"rectification"}),
    ("Min kone og jeg har fået nye mobilnumre, de gamle er lukket. Vil I rette dem i jeres "
     "kartotek?", {"rectification"}),
    ("Det telefonnummer, I har på mig (12 66 30 19), er ikke mit. Spær mine oplysninger, indtil "
     "I har rettet det.", {"rectification", "restriction"}),
    ("Jeg vil gerne have, at I ikke bruger mine oplysninger til noget som helst, men I må ikke "
     "slette dem endnu – jeg kan få brug for fakturaen.", {"restriction"}),
    ("Ja, det er mig. Jeg vil stadig gerne have kopien af det I har om mig.", {"access"}),
    # off the list and out of the register: both
    ("Stop med at sende mig tilbud. Og slet så også min mailadresse fra jeres liste og jeres "
     "kartotek.", {"erasure", "objection"}),
])
def test_set114_117_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_pronoun_after_a_named_departure_is_that_person() -> None:
    text = ("Talte med Kasper Wind (indkøbschef hos Holm Industri) i dag. Han fortalte at Anja "
            "Friis ikke længere er ansat hos dem – hun stoppede i januar.")
    assert [d.name for d in classify(text).departed] == ["Anja Friis"]


@pytest.mark.parametrize(("text", "expected"), [
    # set118-set121, after their blind measurement
    ("1. Hvordan håndterer I anmodninger om indsigt, berigtigelse og sletning?\n3. Har I en "
     "procedure for dataportabilitet og begrænsning af behandling?", set()),
    ("Får I også flere henvendelser om indsigt, sletning og dataportabilitet? Vi hjælper på "
     "under 10 minutter pr. sag. Har du 15 minutter torsdag?", set()),
    ("Vi flytter den 1. maj til Strandlodsvej 22. Vil I skrive den nye adresse ind?",
     {"rectification"}),
    ("Er der også billeder af huset? Kan jeg få lov at se hvad I har om os? Og når jeg har set "
     "det, må I meget gerne smide det ud.", {"access", "erasure"}),
    ("Friday was my last day at Nordic Cranes ApS. You've got my personal mobile on file. Could "
     "you remove that, and anything else about me you don't need?", {"contact_left", "erasure"}),
    ("Jag har slutat på Lindqvist Bygg AB. Kan ni ta bort mitt namn och mitt nummer ur ert "
     "system?", {"contact_left", "erasure"}),
    ("Her er de to oplysninger: jeg bor på Møllevej 3. Send mig nu den aktindsigt, jeg bad om.",
     {"access"}),
])
def test_set118_121_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set124 (stop 18): the "ikke" of a polite question may stand behind small words, and
    # "så" may open a new clause before it (the request is read in its sentence)
    ("Nu hvor vi er færdige med byggeriet, kan du så ikke lige få slettet mine oplysninger hos "
     "jer?", {"erasure"}),
    ("Kan I så ikke bare slette mine oplysninger?", {"erasure"}),
    ("Kunne I nu ikke sende mig en kopi af det, I har om mig?", {"access"}),
    # near misses: a statement, not a question to the firm
    ("I kan så ikke slette mine oplysninger, fordi sagen kører.", set()),
    ("Jeg kan så ikke lige se, at I skulle slette noget.", set()),
    # "lade være med at slette": refrain from deleting is no erasure, said any way
    ("I må gerne lade være med at slette mine oplysninger, til sagen er afgjort.",
     {"restriction"}),
    ("Kan I lade være med at slette mine oplysninger?", {"restriction"}),
    ("Slet mine oplysninger og lad være med at ringe.", {"erasure", "objection"}),
    ("I må gerne lade være med at sende mig reklamer.", {"objection"}),
])
def test_set124_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set126-set129 (stop 18), after their blind measurement
    # what the firm has done, told as a fact, asks for no deletion; asking it confirmed does
    ("Jeg ved godt, at I har slettet mig, men kan I sende en kopi af garantibeviset?", set()),
    ("I know you've deleted my data, but could you send the warranty?", set()),
    ("Bekræft venligst, at I har slettet mig.", {"erasure"}),
    ("Please confirm that you have deleted my data.", {"erasure"}),
    # asking whether someone left tells nothing; asking the firm while telling does
    ("Er Kenneth stoppet? Vi har ikke hørt fra ham.", set()),
    ("Has Kenneth left the company?", set()),
    ("Er I klar over, at Jens Holm er stoppet?", {"contact_left"}),
    # a supplier questionnaire's indirect question
    ("Please let us know how you handle access and erasure requests from data subjects.",
     set()),
    # everyday Danish: quitting, "you need not keep it", "I'd rather be rid of it"
    ("Jeg har været jeres kontaktperson hos Brdr. Thygesen i en del år, men jeg holdt op der "
     "ved udgangen af februar. I har også mit mobilnummer. Det behøver I ikke have liggende "
     "længere.", {"contact_left", "erasure"}),
    ("I behøver ikke at gemme mit mobilnummer længere.", {"erasure"}),
    ("Tegningen behøver I ikke have liggende længere.", set()),
    ("Jeres nyhedsmail kommer nu også på min private adresse – den vil jeg gerne være fri for.",
     {"objection"}),
    ("Du nævnte at I gemmer tilbud i flere år. Det vil jeg helst være fri for, så fjern mine "
     "oplysninger.", {"erasure"}),
    # Dutch: out of the system, not called any more
    ("Willen jullie mijn telefoonnummer uit jullie systeem halen?", {"erasure"}),
    ("Ik word liever niet meer gebeld.", {"objection"}),
    # a photo of the sender: cut me out; "hvor jeg står forrest" says who is on it
    ("Der ligger et billede fra jeres sommerfest på hjemmesiden, hvor jeg står forrest. Jeg vil "
     "helst ikke være på der mere.", {"erasure"}),
    ("Kan I klippe mig ud af billedet?", {"erasure"}),
    ("Fjern mig af cc.", set()),
])
def test_set126_129_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set126-set129 (stop 18), second batch
    ("Jeg har valgt at sige op og starter hos en entreprenør i Vejle 1. maj, så det her er min "
     "sidste måned hos Aarhus Facadeteknik.", {"contact_left"}),
    ("Jeg har sagt abonnementet op.", set()),
    ("Jeg har ikke været ansat på Mejeriet Søndervig i snart to år, men jeres nyhedsbrev "
     "kommer stadig. Afmeld mig venligst nyhedsbrevet og slet de oplysninger, I har om mig.",
     {"contact_left", "erasure", "objection"}),
    ("Jeg har ikke været på ferie i to år.", set()),
    ("Jeg har gått av med pensjon og leser ikke lenger denne e-postkassen.", {"contact_left"}),
    # a copy of what names the sender; a copy of the firm's invoice is not
    ("Jeg vil gerne have en kopi af de mails, noter og tegningsgodkendelser I har med mit navn "
     "på fra 2025.", {"access"}),
    ("Kan I sende en kopi af fakturaen med mit navn rettet?", set()),
    # the firm's documents kept for a client: no one's personal data
    ("Bygherren spørger, hvor længe I gemmer svejseprotokoller, materialecertifikater og "
     "målerapporter, og om de kan få en kopi af det hele ved aflevering.", set()),
    # straight to the next smithy: portability, not a copy for the sender
    ("Kan I sende mine kundeoplysninger og listen over, hvad I har lavet hos mig, direkte til "
     "dem på kontakt@osterby-smedie.example.dk?", {"portability"}),
    ("Kan I sende mine oplysninger direkte til mig?", {"access"}),
    # a chaser for a correction is no erasure, whatever the model makes of "jeres system"
    ("Vil I ikke nok sørge for, at adressen bliver rettet i jeres system nu?",
     {"rectification"}),
    ("Vil I sørge for, at adressen på ordren bliver rettet?", set()),
    # set130: the new number said in passing, the address this mail comes from
    ("Jeg vil bede Dem om en udskrift af de personoplysninger, som firmaet har om mig. Jeg har "
     "desuden fået nyt telefonnummer, 12 93 05 61, som bedes noteret i stedet for det gamle.",
     {"access", "rectification"}),
    ("Min gamle mailadresse bliver lukket ned i maj. Vil De venligst fremover bruge denne "
     "adresse, når De sender faktura.", {"rectification"}),
    ("Vi vil fremover bruge denne adresse til levering af stål.", set()),
])
def test_set126_129_more_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an opt-out said beside the request the rules read, in a sentence of its own (stop 18)
    ("Hi, I'd like you to remove me from your customer database now.\n\nOh, and no more of "
     "your spring-offer newsletters either, please.", {"erasure", "objection"}),
    ("Jeg er flyttet til Birkevænget 9. Vil I rette det i jeres kartotek?\n\nOg når I nu er i "
     "gang: jeg vil helst ikke have, at min adresse bliver brugt til reklamer.",
     {"objection", "rectification"}),
    # a story of marketing received asks for no opt-out
    ("Hvad har I registreret om mig? Jeg fik en sms fra jer i går om service på en port, men "
     "jeg har aldrig haft en port fra jer.", {"access"}),
    # someone else's mailings; and a restriction already stops every use
    ("Min nye mail er pia@byg.example.dk, ret det venligst. Vores værkfører får jeres "
     "nyhedsbrev på sin gamle adresse, men den bruger han ikke mere.", {"rectification"}),
])
def test_an_opt_out_beside_another_request(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set129 (stop 18): greetings passed on to the one retiring: the firm's own smith
    ("Jeg hørte fra min svoger, at Arne går på pension til sommer. Sig tillykke fra mig – han "
     "har lavet alt smedearbejdet på gården siden 1998.", set()),
    ("Vores indkøber Arne Holm går på pension til sommer. Fremover skal I skrive til Bente.",
     {"contact_left"}),
    ("Our buyer Tom Reed has retired. Please pass on our best wishes to your team.",
     {"contact_left"}),
])
def test_greetings_passed_on_say_the_one_leaving_is_yours(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set132 (stop 18): deleting the old value of a detail one replaces is the correction
    ("Har fået nyt nr 12 48 90 17 og ny mail henrik@post.example.org, den gamle mail bruger jeg "
     "ikke mere så slet den bare.", {"rectification"}),
    ("Min nye mail er anne@post.example.dk. Slet venligst den gamle mailadresse.",
     {"rectification"}),
    # ... but not more than it
    ("Jeg har fået ny mail: anne@post.example.dk. Slet den gamle adresse og alt andet I har om "
     "mig.", {"erasure", "rectification"}),
    ("Min nye mail er anne@post.example.dk. Slet også mit navn og min adresse.",
     {"erasure", "rectification"}),
])
def test_the_old_value_deleted_is_part_of_the_correction(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set133 (stop 18): Swedish "slutade där", "ta bort mig helt"; Dutch "mogen jullie alles
    # verwijderen"
    ("Jag var kontaktperson för Malmö Plåt & Smide, men jag slutade där i april. Ta bort mig "
     "helt – både jobbadressen och den här privata.", {"contact_left", "erasure"}),
    ("Ta bort mig helt från cc-listan.", set()),
    ("Ik wil graag weten welke persoonsgegevens jullie van mij hebben. Daarna mogen jullie "
     "alles verwijderen.", {"access", "erasure"}),
    ("Jullie mogen de oude tekening verwijderen.", set()),
])
def test_set133_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set134-137 (stop 19): an opt-out in its own clause beside an erasure, in the neighbour
    # languages too (they now name their marketing words)
    ("Stuur mij geen nieuwsbrieven of aanbiedingen meer, en verwijder al mijn gegevens uit "
     "jullie bestanden.", {"erasure", "objection"}),
    ("Stuur mij de tekeningen nog een keer, en verwijder al mijn gegevens daarna.", {"erasure"}),
    ("Jeg vil bede jer om at slette mig fra jeres kundekartotek. Og vil I ikke nok sørge for, "
     "at der ikke er nogen, der ringer igen?", {"erasure", "objection"}),
    # an adverb between the German verb and its object
    ("Ich möchte keine Werbung mehr von Ihnen bekommen. Bitte löschen Sie außerdem alle meine "
     "Daten aus Ihrem System.", {"erasure", "objection"}),
    ("Bitte löschen Sie nicht meine Daten, ich brauche die Rechnung noch.", set()),
    # a surname is the sender's own data: "rette det" points back to it
    ("Mit efternavn er Kjærsgaard med s, ikke Kjærgaard. Det står forkert på tilbuddet. Vil I "
     "ikke rette det i jeres system? I skal ikke slette noget.", {"rectification"}),
    # kept, not used: art. 18 in one line, and "you not to use"
    ("Please keep but do not use my data until the claim is settled.", {"restriction"}),
    ("While that's being sorted out, I'd like you not to use my details for anything. Please "
     "don't delete anything either.", {"restriction"}),
    # orders pulled out as a file a machine reads
    ("Kan I trække mine ordrer + leveringsadresser ud i en CSV-fil eller Excel? Skifter system.",
     {"portability"}),
    ("Er det muligt at få mine ordrer og leveringsadresser trukket ud i en fil (Excel eller "
     "CSV)?", {"portability"}),
    ("Kan I trække tegningen ud i en PDF til montøren?", set()),
    ("Can you export everything I gave you (orders, addresses) as a CSV for my new "
     "contractor?", {"portability"}),
    ("Please take my name and mobile off your contact list.", {"erasure"}),
])
def test_set134_137_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Ruud Smit is sinds 1 maart uit dienst. Graag voortaan alles naar mij.", "Ruud Smit"),
    ("Graag laat ik u weten dat Pieter de Vries sinds 1 december niet meer bij Hollandgate "
     "werkt.", "Pieter de Vries"),
])
def test_dutch_departures_with_a_date_between(text: str, name: str) -> None:
    result = classify(text)
    assert result.intents == ("contact_left",)
    assert [d.name for d in result.departed] == [name]


def test_a_departure_named_twice_is_one_person() -> None:
    """The first name read again from a second phrase is the person the first one named."""
    result = classify("Sanne de Wit werkt niet meer bij ons; zij is per 1 maart uit dienst.")
    assert [d.name for d in result.departed] == ["Sanne de Wit"]


def test_a_handover_backs_the_senders_own_departure() -> None:
    text = ("Jeg stopper hos Nørregaard Stål på fredag. Herefter er det Lone Bech "
            "lb@norregaardstaal.example.dk der bestiller hos jer.")
    assert intents(text) == {"contact_left"}
    assert intents("Jeg stopper hos Nørregaard Stål på fredag.") == set()


@pytest.mark.parametrize(("text", "subject", "expected"), [
    # set134-137 (stop 19): consent to a photo taken back, in everyday words
    ("På jeres hjemmeside ligger der et billede af mig foran hallen. Det sagde jeg ja til "
     "dengang, men det trækker jeg tilbage nu. Fjern venligst både billedet og mit navn.", "",
     {"erasure", "objection"}),
    ("Jeg trækker mit ja til billedet tilbage. Tag det ned fra jeres facebook, det med mig og "
     "min mand ved trappen.", "billedet på facebook", {"erasure", "objection"}),
    # an own departure said in a clause's word order, and in a Norwegian auto-reply
    ("Jeres mails til min gamle arbejdsadresse kommer stadig, selv om jeg ikke har været ansat "
     "der i snart to år. Slet mig venligst helt.", "", {"contact_left", "erasure"}),
    ("Jeg har ikke været ansat i et smedefirma før, men jeg lærer hurtigt.", "", set()),
    ("Jeg har avsluttet mitt arbeidsforhold i Bergen Stålmontasje AS, og denne e-postadressen "
     "blir ikke lenger lest.", "", {"contact_left"}),
    # who else was shown the sender's data (art. 15(1)(c)) beside an objection
    ("I object to you using my name and address that way. Could you also tell me who else has "
     "been shown that list?", "", {"access", "objection"}),
    ("Please let me know who has received the drawings for the gate.", "", set()),
    # the wrong number on the invoice, corrected in passing beside an access request
    ("Could you send me a copy of the personal information you hold about me? Also - your "
     "invoice had my mobile as +44 7700 900409, but it's actually +44 7700 900904.", "",
     {"access", "rectification"}),
    # a subject that refuses calls is a wish of its own beside the body's
    ("slet mig og min kone fra jeres lister.", "ring ikke mere", {"erasure", "objection"}),
    ("Slet venligst mine oplysninger.", "Sletning af mine data", {"erasure"}),
])
def test_set134_137_more_classes(text: str, subject: str, expected: set[str]) -> None:
    assert intents(text, subject=subject) == expected


@pytest.mark.parametrize("text", [
    # business mail that round 28's first cues read as requests (found in review)
    "Vi trækker hermed vores accept af jeres tilbud tilbage, da projektet er aflyst.",
    "Tilbud 4471 sagde vi ja til i mandags, men det trækker vi tilbage, da byggeriet er udsat.",
    "Kan I trække mine fakturaer for 2025 ud i Excel til min revisor?",
    "Kan I hente mine tegninger fra sidste år ud i et regneark?",
    "Jeg har afsluttet mit ansættelsesforhold hos Vestbyg Smed, og jeg søger nu nyt arbejde.",
    "Selvom jeg ikke har været ansat i et smedefirma før, lærer jeg hurtigt.",
    "Da jeg ikke er ansat hos Nordstål, men er underleverandør, skal fakturaen sendes til mit "
    "eget firma.",
    "Jeg stopper hos Vestbyg Smed på fredag. Derefter er det mig selv der skal finde nyt arbejde.",
    "Can you let me know who else has received the quote for the railings?",
    "Please send back everything we sent you last week in a spreadsheet, we lost our copy.",
    "Your quote has my phone number as contact, so the fitter can call me on the day.",
    "Your invoice has my PO number as reference, thanks.",
    "The brackets we delivered are faulty. Please keep them and do not use them - replacements "
    "are on the way.",
    "Löschen Sie einfach meine Bestellung 4711, wir bestellen neu.",
    "Jeg har avsluttet mitt arbeidsforhold i Bergen Stål og søker derfor ny jobb hos dere.",
    "Ta bort den gamla ritningen, och skicka inga fler erbjudanden på trappan.",
])
def test_round28_cues_leave_business_mail_alone(text: str) -> None:
    assert intents(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Please keep it, but do not use my data until the claim is settled.", {"restriction"}),
    ("Tak for tilbuddet, en pris på montage får I i morgen, og slet gerne den gamle tegning.",
     set()),
])
def test_round28_review_readings(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set138-141 (stop 19): a move that is the reason for an opt-out corrects nothing
    ("Hei, vennligst meld meg av nyhetsbrevet. Vi har flyttet hjem til Norge og trenger ikke "
     "flere tilbud fra Danmark.", {"objection"}),
    # one deletion whose second object is "everything you have on me"
    ("Please remove my contact details and anything else you have about me from your system.",
     {"erasure"}),
    ("Delete my account and everything you've got on me.", {"erasure"}),
    # an own departure: the subject said once for two verbs; a job finished
    ("I was purchasing manager at Fenwick Marine until March (o.grant@fenwick.example.com) and "
     "have now left the company. Could you delete what you hold about me?",
     {"contact_left", "erasure"}),
    ("I finished there at the end of February. Could you please delete my name and mobile "
     "number from your customer records?", {"contact_left", "erasure"}),
    ("I finished the drawings on Friday, please find them attached.", set()),
    # the verb last in Dutch; kept but not used in Dutch; "ik werk daar niet meer"
    ("Ik werk daar niet meer. Willen jullie mijn naam, mijn mobiele nummer en mijn oude "
     "mailadres s.devries@jachtbouw.example.org uit jullie systemen verwijderen?",
     {"contact_left", "erasure"}),
    ("Ik verzoek u daarom mijn gegevens niet te verwijderen, maar ook niet meer te gebruiken, "
     "totdat de claim is afgehandeld.", {"restriction"}),
    # German: the register named before the address; Norwegian: the customer list too
    ("Wir sind umgezogen. Bitte ändern Sie in Ihrer Kundenkartei meine Anschrift auf "
     "Lindenallee 27, 24937 Flensburg.", {"rectification"}),
    ("Slett meg fra nyhetsbrevet deres og fra kundelisten.", {"erasure"}),
    ("Slett meg fra nyhetsbrevet deres og fra kundelisten. Jeg ønsker ikke å motta mer reklame "
     "fra dere.", {"erasure", "objection"}),
    # Swedish: the firm as the one to delete
    ("Nu vill jag att ni först skickar mig en kopia av de personuppgifter ni har om mig, och att "
     "ni därefter raderar allt som ni inte är skyldiga att spara.", {"access", "erasure"}),
    # the right number given after the wrong one, beside a restriction
    ("That number isn't mine and never was. The right one is +44 7700 900876. Until you have "
     "fixed your records, please don't use my contact details for anything.",
     {"rectification", "restriction"}),
    # a photo and name taken down, and no use in advertising
    ("I don't want our name or our house used to advertise your company. Please take the photo "
     "and our name down.", {"erasure", "objection"}),
    ("Please take the old gate photo down from the quote, we chose another design.", set()),
    # a colleague asking whether to delete a customer themself asks the firm for nothing
    ('Hvis en kunde skriver "slet mig" i et svar på et tilbud – skal jeg så sende det videre, '
     "eller kan jeg bare selv slette ham i CRM?", set()),
    ("Can I just delete him from the CRM myself?", set()),
    ("Kan I slette mig?", {"erasure"}),
    ("Kan jeg få slettet mine oplysninger?", {"erasure"}),
])
def test_set138_141_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # set142-145 (stop 19): the subject after the verb, as after an adverbial
    ("I henhold til persondataloven anmoder jeg om aktindsigt i alt, hvad firmaet har "
     "registreret om undertegnede.", {"access"}),
    # "I've left" (the contraction written as one word)
    ("I was the buyer at Hallbrook Steel until December. I've left Hallbrook now. Please "
     "delete what you hold about me.", {"contact_left", "erasure"}),
    ("I've retired and we've moved back to Leeds, so please update my address to 14 Moor Lane, "
     "Leeds LS6 2AA.", {"rectification"}),
    # what was moved is no new address
    ("Jeg har flyttet de åbne ordrer over på Tina.", set()),
    # kept and not used, in Danish; not used until the address is right
    ("Jeg vil bede jer om ikke at bruge mine oplysninger til noget som helst – ingen mails, "
     "ingen tilbud – men I må heller ikke slette dem.", {"restriction"}),
    ("I skal ikke slette mig, bare ret min adresse til Skovvej 4.", {"rectification"}),
    ("Ret venligst min adresse til Højvangen 17. Og indtil I har fået styr på det, vil jeg ikke "
     "have, at I sender noget til mig eller bruger adressen til noget som helst.",
     {"rectification", "restriction"}),
    # a directory's renewal is a sales pitch, its "correct the details" no request
    ("To keep your company data up to date, please check and correct the details in the "
     "attached form. Updating is free of charge. You order the listing at EUR 1,271 per year.",
     set()),
    # everyday words: rather you didn't keep my details; rather not get the mailings
    ("I'd rather you didn't keep my details going forward. Please take them off your system.",
     {"erasure"}),
    ("I'd rather not get the Christmas calendar mailings.", {"objection"}),
    ("Hvis dere har navnet mitt i en liste et sted, så slett det.", {"erasure"}),
    ("Could you send the quote again? Could I have it in a spreadsheet?", set()),
    # a deletion asked for after the copy, in everyday words
    ("Please tell me what you hold about me and send me a copy. Once I've seen it, I want "
     "everything you don't legally have to keep deleted.", {"access", "erasure"}),
    ("I want everything from the old order in one invoice.", set()),
])
def test_set142_145_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize("text", [
    # business mail that rounds 29 and 30's first cues read as requests (found in review)
    "Inden vi betaler restbeløbet, kræver vi fuld indsigt, så send venligst timesedler.",
    "Derfor anmoder vi om aktindsigt, før vi betaler fakturaen.",
    "Vi ønsker ikke, at I bruger data fra den gamle tegning – brug rev. C.",
    "Du må heller ikke slette det gamle tilbud i systemet, revisoren skal se det.",
    "I've left the keys in the mailbox by the gate.",
    "I was at the site by 7 and left the company van by the gate.",
    "The PO number on your invoice is wrong; the correct one is 4500123.",
    "Can you take the photos down to the workshop so Lars can see the weld?",
    "I'd rather not get three offers for the same gate; just send the final one.",
    "Could you send over my order history for 2025? Could I have it in a spreadsheet for the "
    "auditor?",
    "I'd rather you didn't keep my card details on file; I'll pay by bank transfer.",
    "We want everything from the old quote removed and a new one sent.",
    "Kunt u mijn factuur 2024-118 uit uw systeem verwijderen? Die is dubbel verstuurd.",
    "De oude tekeningen niet verwijderen, maar ook niet meer gebruiken – alleen rev. C geldt.",
    "Dat oude tekenprogramma? Ik werk er niet meer mee.",
    "Jeg har lagt inn feil nummer på bestillingen min, bare slett den og send ny.",
    "Fjern meg fra kopi på fakturaene og fra systemet for ordrebekreftelser, Kari tar over.",
    "Vi förväntar oss att ni tar bort allt byggavfall efter montaget.",
    "Bitte ändern Sie auf dem Briefkastenschild meinen Namen in Familie Meyer-Lund.",
])
def test_round29_30_cues_leave_business_mail_alone(text: str) -> None:
    assert intents(text) == set()


def test_free_of_charge_in_an_access_request_is_no_sales_pitch() -> None:
    """Art. 12(5): the copy is free; a request saying so, beside a disputed invoice, asks."""
    text = ("I hereby make a subject access request under Article 15 GDPR. The information must "
            "be provided free of charge. I also dispute your invoice of DKK 12,500.")
    assert intents(text) == {"access"}


@pytest.mark.parametrize(("text", "subject", "expected"), [
    # set146-149 (stop 19): the bare word in the subject is what the body disputes
    ("Vi gør indsigelse mod faktura 25-1187 på kr. 42.318,75.",
     "Faktura 25-1187 - vi gør indsigelse", set()),
    ("Jeg gør indsigelse.", "Indsigelse", {"objection"}),
    # a sales rep who resigned, told by the supplier (not a contract ended)
    ("Vores salgskonsulent Brian Iversen har valgt at sige op og havde sin sidste arbejdsdag "
     "fredag den 27. februar.", "", {"contact_left"}),
    ("Kunden har valgt at sige aftalen op pr. 1. marts.", "", set()),
    # German and Norwegian own departures after a time; a Norwegian compound's copy
    ("Seit dem 1. Februar bin ich dort nicht mehr beschäftigt. Bitte löschen Sie meine "
     "Kontaktdaten.", "", {"contact_left", "erasure"}),
    ("Jeg har nå sluttet der. Kan dere sende meg en kopi av personopplysningene dere har "
     "lagret om meg? Når jeg har fått den, ber jeg om at alt om meg slettes.", "",
     {"access", "contact_left", "erasure"}),
    # the Dutch name after its verb
    ("Na 41 jaar bij Van Dijk Staalbouw is Pieter de Vries per 1 maart met pensioen gegaan. "
     "Ik heb zijn taken overgenomen.", "", {"contact_left"}),
    ("Na de storm is het hek per 1 maart uit dienst gegaan.", "", set()),
    ("Ab 15 Uhr bin ich nicht mehr beschäftigt, dann kann ich die Lieferung annehmen.", "",
     set()),
    ("Jeg har nå sluttet å bruke den gamle adressen til fakturaer.", "", set()),
    ("Vi har valgt at sige op, da vi har fundet en anden leverandør.", "", set()),
])
def test_set146_149_classes(text: str, subject: str, expected: set[str]) -> None:
    assert intents(text, subject=subject) == expected


def test_no_one_calling_again_is_a_marketing_opt_out() -> None:
    """Answered at once as an opt-out (R-OB-01), not weighed by staff as an art. 21 objection."""
    result = classify("Jeres sælger har ringet tre gange. Jeg vil bede jer om at slette mig fra "
                      "jeres kundekartotek. Og vil I ikke nok sørge for, at der ikke er nogen, "
                      "der ringer igen?")
    assert set(result.intents) == {"erasure", "objection"}
    assert "marketing_optout" in result.flags


@pytest.mark.parametrize(("text", "subject", "expected"), [
    # a departure said after a time, or in a coordinated clause after a label
    ("Morten Lind er fra i dag ikke længere ansat hos os. Slet venligst hans mobilnummer.", "",
     {"contact_left"}),
    ("NB: Hanne Dahl er overgået til vores søsterselskab og er derfor ikke længere "
     "kontaktperson for os. Alle nye ordrer skal gå til mig.", "", {"contact_left"}),
    ("Hanne er overgået til vores afdeling i Vejle.", "", set()),
    ("Per Olav Strand gikk av med pensjon i januar. Vennligst send tilbud til meg i stedet.",
     "", {"contact_left"}),
    ("Our foreman Ray Cole died suddenly last week. Sam Price will be covering the site.", "",
     {"contact_left"}),
    ("From May I'm moving over to our sister company, so please write to Lee instead.", "",
     {"contact_left"}),
    ("I used to be a site manager at Holm Ltd until March. Could you send me a copy of my "
     "data?", "", {"access", "contact_left"}),
    ("Jeg har været stoppet hos Byg & Co siden jul, så slet mit nummer.", "",
     {"contact_left", "erasure"}),
    ("Jeg jobbet tidligere som selger hos Nordbygg, men sluttet der i mai. Slett meg.", "",
     {"contact_left", "erasure"}),
    # a household's own news and a part-time week are no departures
    ("Min mand arbejder ikke længere, han gik på efterløn i april, så vi er hjemme.", "",
     set()),
    ("Ik werk niet meer op woensdag. Uw bericht wordt donderdag beantwoord.", "", set()),
    ("Ich arbeite nicht mehr freitags, Ihre Nachricht wird am Montag beantwortet.", "", set()),
    # everyday requests
    ("Jeg bryder mig ikke om at mit nummer bliver givet videre til andre firmaer.", "",
     {"objection"}),
    ("Jeg vil gerne vide, hvem I ellers giver mine oplysninger videre til.", "", {"access"}),
    ("Der kommer mange tilbudsmails fra jer om carporte. Lad venligst være med at sende dem.",
     "", {"objection"}),
    ("Og så vil jeg gerne ud af jeres nyhedsbrev.", "", {"objection"}),
    ("Jeg vil gerne have mit navn og min adresse taget af jeres referenceside.", "",
     {"erasure"}),
    ("Vil I have reklamerne stoppet? Ordrebekræftelser er fine.", "", {"objection"}),
    ("Regningen må ikke komme til den gamle adresse, huset er solgt.", "", {"rectification"}),
    ("Vi er flyttet, så breve bedes sendt til Kirkevej 12 fremover.", "", {"rectification"}),
    ("Fakturaen stod til min gamle adresse. Kan du få rettet den til Bakkevej 3?", "",
     {"rectification"}),
    ("Kan jeg få mine ordrer og betalinger som et regneark?", "", {"portability"}),
    ("Der ligger billeder af vores hus på jeres hjemmeside. Tag venligst alle billederne ned.",
     "", {"erasure"}),
    ("please delete any photos where I'm in them, the ones of the gate are fine", "",
     {"erasure"}),
    ("Could you send me everything you have on file about me?", "", {"access"}),
    ("My surname has been spelt 'Hollis' on your letters; it is Hollies.", "",
     {"rectification"}),
    ("avregistrera mig från nyhetsbrevet och radera gärna allt ni har om mig", "",
     {"erasure", "objection"}),
    ("Ik word vaak gebeld met aanbiedingen. Wilt u daarmee stoppen?", "", {"objection"}),
    ("Graag ontvang ik een overzicht van de gegevens die u van mij heeft.", "", {"access"}),
    ("Jeg ønsker ikke å stå i registeret, så slett navnet, adressen og nummeret mitt.", "",
     {"erasure"}),
    # a phone-style mail without capitals still ends its sentences
    ("hvor har i mit nummer fra?? det var min bror der var kunde for nogle ar siden. "
     "i ma ikke ringe til mig igen", "", {"access", "objection"}),
])
def test_set154_157_classes(text: str, subject: str, expected: set[str]) -> None:
    assert intents(text, subject=subject) == expected


@pytest.mark.parametrize("text", [
    # a review's probes of the cues above, each first misread: ordinary business and life
    "Kan jeg få ændret min stilling til formand på byggemødereferatet? Mvh Kim, Hansen "
    "Entreprise ApS",
    "Regningen for rækværket skal sendes til hende på Rosenvej 12, hun betaler selv.",
    "Kommunens post om byggetilladelsen bedes sendt til arkitekten på Torvegade 2.",
    "Tegningerne er fortrolige. Fortæl mig gerne hvem I giver dem videre til, hvis I bruger "
    "underleverandør.",
    "Kan I tjekke om der er nogen der har fået mit nummer, så de kan ringe mig op om tilbuddet?",
    "Kan jeg få mine tilbud og ordrer i et regneark, så jeg kan sammenligne priserne? Mvh "
    "indkøber, Nordbyg A/S",
    "Jeg sidder i møde hele formiddagen, så lad bare være med at ringe. Skriv en sms.",
    "Tilbuddet er ikke færdigt endnu, så lad nu være med at sende. Jeg giver lyd.",
    "Vi vil gerne af med det gamle reklameskilt på facaden. Kan I afmontere det?",
    "Jeg vil gerne fri for sms-påmindelser om montagen, en mail er nok.",
    "Porten ringer op til min mobil hver gang den åbner. Kan I få de opkald stoppet?",
    "Jens har fået nye opgaver i salgsafdelingen og er derfor ikke længere jeres "
    "kontaktperson. Han er stadig ansat her.",
    "Beklager forsinkelsen, jeg har været stoppet på E45 ved Vejle siden kl. 7.",
    "Jeg er gået ud af bestyrelsen i idrætsklubben, så nu har jeg tid til at få lavet altanen.",
    "Bis die Abnahme geklärt ist, darf die Halle nicht genutzt werden.",
    "Bis die Farbe geklärt ist, wird Ihr Auftrag nicht verarbeitet.",
    "For the handover binder, could you send us everything you have on file for us - "
    "drawings, certificates?",
    "Please update the delivery addresses you have on file and send the list back as a "
    "spreadsheet.",
    "Our project name was written as 'Dock 4' in your quote.",
    "My name was spelt 'Jon' on the delivery note, which is fine, no need to change anything.",
    "I've put my name down as the site contact on the delivery booking form.",
    "I'm moving over to our sister company for two weeks to cover a colleague's holiday.",
    "John is going to our sister company's yard tomorrow to pick up the steel.",
    "I am applying for the welder position. I used to work as a welder at Harbour Steel until "
    "March.",
    "Graag ontvang ik een overzicht van de technische gegevens van het hekwerk.",
    "Kan dere fjerne navnet, adressen og telefonnummeret vårt fra den gamle firmabilen før "
    "dere selger den?",
])
def test_set154_157_business_reads_as_nothing(text: str) -> None:
    assert intents(text) == set()


@pytest.mark.xfail(strict=True, reason="the trained model reads portability in 'our data ... as "
                                       "a CSV' (a firm's engineering data); no rule does")
def test_a_firms_data_sent_as_csv_is_no_portability() -> None:
    assert intents("We'll send over our data on the beam loads as a CSV.") == set()


@pytest.mark.parametrize("text", [
    "Min far, Knud Bech, der ejede firmaet, er stoppet. Min søster overtager kundekontakten.",
    "Min kone Birthe er ikke længere ansat hos Holm VVS, så hun skal ikke have flere mails.",
    "My wife Sarah no longer works at Harbour Lettings, so please write to Tom instead.",
    "Mein Mann Klaus war Ihr Ansprechpartner bei Schmidt Metallbau, er ist aber nicht mehr im "
    "Betrieb tätig.",
])
def test_a_relative_who_left_a_named_workplace_is_a_departure(text: str) -> None:
    assert "contact_left" in intents(text)


def test_a_rights_footer_does_not_swallow_a_request_beside_one_right() -> None:
    assert intents("Sie haben das Recht auf Aufbewahrung der Rechnungen, aber löschen Sie "
                   "bitte alles andere über mich.") == {"erasure"}


def test_a_dead_laptop_is_no_death() -> None:
    assert "deceased" not in classify("My laptop died yesterday. Please delete my customer "
                                      "account.").flags


def test_a_survey_firm_calling_for_us_is_no_representative() -> None:
    """ "ringer på vegne af CL Smed": someone acts for the firm, not for the person asking."""
    result = classify("Et analysefirma ringer på vegne af CL Smed. Jeg bryder mig ikke om at mit "
                      "nummer bliver givet videre.")
    assert "representative" not in result.flags
    lawyer = classify("Jeg henvender mig som advokat på vegne af CL Smeds tidligere kunde, Inge "
                      "Holm, og anmoder om sletning af hendes oplysninger.")
    assert "representative" in lawyer.flags


@pytest.mark.parametrize(("text", "expected"), [
    # own past jobs said in English and German, with the request that backs them
    ("I left Holm Steel Ltd in March. Please delete whatever contact details you still have "
     "for me.", {"contact_left", "erasure"}),
    ("I was the buyer at Nordbyg Ltd until February, when I left. Could you tell me what you "
     "still have under my name?", {"access", "contact_left"}),
    ("Ich bin seit dem 1. März nicht mehr bei der Stahlbau Nord GmbH beschäftigt. Löschen Sie "
     "bitte meine Handynummer.", {"contact_left", "erasure"}),
    ("Ole sluttede hos os i marts, så skriv Att. Susanne Berg på fakturaerne fremover.",
     {"contact_left"}),
    ("Era påminnelser har gått till Lena, som slutade hos oss i januari.", {"contact_left"}),
    # everyday requests
    ("I'd like my personal details taken off your system now the job's done.", {"erasure"}),
    ("Jeg har ikke lyst til at blive ringet op af jer igen.", {"objection"}),
    ("jeg vil vide hvad i har om mig. og bagefter vil jeg ha det slete.", {"access", "erasure"}),
    ("Wir haben das Haus verkauft, daher wäre es uns lieb, wenn Sie unsere Daten aus Ihrer "
     "Kundenkartei entfernen würden.", {"erasure"}),
    ("Wir wären Ihnen dankbar, wenn Sie meine Daten löschen würden.", {"erasure"}),
    ("Haal mij alsjeblieft van jullie mailinglijst.", {"objection"}),
    ("Jeg ser på fakturaen at telefonnummeret mitt er feil.", {"rectification"}),
])
def test_set158_161_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize("text", [
    "Wenn Sie meine Daten löschen, kündige ich den Vertrag.",
    "Es wäre mir lieb, wenn Sie die Rechnung löschen würden.",
    "Glem alt om den gamle tegning, vi bruger den nye.",
    "I left the keys with your fitter in March.",
    # a review's probes of the first forms of the cues above
    "Lars sluttede hos os med en flot tale ved julefrokosten.",
    "Vores tekniker Ole sluttede her i går kl. 14 efter det sidste gelænder.",
    "Anna slutade hos oss vid tre igår och åkte sedan till er verkstad.",
    "ich bin ab dem 1. Mai nicht mehr in Vollzeit beschäftigt, sondern arbeite 30 Stunden.",
    "nach der Umstellung auf SAP werden wir unsere Daten aus der alten Datenbank löschen.",
    "please remove everything you have for me on the Hull job - the client cancelled.",
    "we've had our contact details removed from the list by mistake - please add us back.",
    "can you check what you have under my name for the delivery on Friday?",
    "haal ons van de verzendlijst van de pakbonnen en stuur ze voortaan naar logistiek.",
    "I'd appreciate it if you could let me know whether you will delete my details after the "
    "warranty period ends.",
])
def test_set158_161_business_reads_as_nothing(text: str) -> None:
    assert intents(text) == set()


# Round 35 (set162 to set165, stop 21): classes its writers found
@pytest.mark.parametrize(("text", "expected"), [
    # a departure denied right after it is told; the correction stays
    ("Jeg har fået en mail om, at I har fået at vide, at jeg er stoppet hos Thisted Tømrer, "
     "og at I derfor sletter mig.\n\nDet er forkert. Ret venligst min mail til "
     "tr@thisted.example.dk.", {"rectification"}),
    # someone else's knowledge of the sender is no news to record
    ("En sælger fra jer ringede. Han vidste, at jeg er blevet lagerchef hos Kofoed Transport. "
     "Hvad har I registreret om mig?", {"access"}),
    # a notice ahead of the day, a retirement from a named firm, a new employer
    ("Vi skal hermed meddele, at vores konsulent Søren Kjærsgaard fratræder sin stilling hos "
     "Jydsk Værktøj A/S pr. 31. marts 2026.", {"contact_left"}),
    ("Jeg er skiftet fra Brdr. Lind A/S til Midtjysk Stålhandel pr. 1. marts. Min gamle mail "
     "er lukket, så ret venligst min mail til den her.", {"contact_left", "rectification"}),
    ("Jeg har været indkøber hos Lemvig Agro indtil sidste måned, men er ikke ansat der mere.",
     {"contact_left"}),
    ("Until last summer I was your contact at Nordic Offshore. I've since moved on to another "
     "company. What personal data do you still hold about me?", {"access", "contact_left"}),
    # a colleague's details updated (rectification for someone else)
    ("Could you please update your records for Tom Baxter? He is now Project Engineer and his "
     "mobile has changed to +44 7700 900871.", {"rectification"}),
    ("Hvor har I mit nummer fra? Og I skal ikke ringe igen.", {"access", "objection"}),
    ("Sidste sommer sagde jeg ja til at I måtte bruge billeder af vores altan. Vil du sørge for "
     "at de bliver taget af hjemmesiden?", {"erasure"}),
])
def test_set162_165_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize("text", [
    "Just wanted to say thank you. I've left you a review online.",
    "I have left you a voicemail about the gate.",
    "Jeg arbejder ikke længere hjemme om torsdagen, så der er ingen til at lukke op.",
    "Jeg er skiftet til økonomiafdelingen og har ikke længere noget med indkøb at gøre.",
    "Ønsker du ikke flere tilbud, så ignorer denne mail.",
    "I heard Svend is retiring at the end of April - please pass on my very best wishes.",
    "I skal ikke sende mere stål før vi har set tegningen.",
    "Vi fratræder aftalen pr. 1. maj, som aftalt med Jesper.",
])
def test_set162_165_business_reads_as_nothing(text: str) -> None:
    assert intents(text) == set()


# a review's probes of the first forms of round 35's cues (stop 21)
@pytest.mark.parametrize(("text", "expected"), [
    ("I have left the organisation and no longer handle purchasing for Fenwick Marine. Please "
     "use purchasing@fenwick.example.co.uk instead.", {"contact_left"}),
    ("Please note that I have left my post as purchasing manager at Harbour Fabrications. My "
     "successor is Tom Reid.", {"contact_left"}),
    ("Jeg arbejder ikke længere med jer, da jeg har skiftet job.", {"contact_left"}),
    ("Jeg har ikke længere noget med Lagerteknik ApS at gøre. Slet venligst mit nummer.",
     {"contact_left", "erasure"}),
    ("Ønsker i henhold til artikel 15 indsigt i de oplysninger, I behandler om mig.",
     {"access"}),
    ("Jens Holm er stoppet hos os, men han står stadig som kontakt på jeres fakturaer. Det er "
     "forkert.", {"contact_left"}),
    ("Jeres sælger var her i går. Han vidste godt, at Mogens er gået på pension, men I sender "
     "stadig tilbud til ham.", {"contact_left"}),
    ("Sam Cole has retired from Harbour Fabrications as of Friday. Please pass on my regards "
     "to Anne in your accounts team.", {"contact_left"}),
    ("Vores indkøber Henrik er stoppet pr. 31/3. Ny kontakt er Lone, lone@vejlebyg.example.dk. "
     "Du snakkede vist med Karsten i går - giv ham mine hilsner.", {"contact_left"}),
])
def test_round35_review_keeps_requests(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize("text", [
    "Mike has left his tools in your workshop - could someone put them aside?",
    "Please update your records for delivery: our new goods-in address is Unit 7, Harbour Road.",
    "Tom is handling the railings job now; his job number has changed to 2231.",
    "Hun er ikke ansat der mere end 20 timer om ugen, så der kan gå lidt tid før hun svarer.",
    "Lejer fratræder i lejemålet pr. 1. juli, så hegnet skal være sat op inden.",
    "Jeg er skiftet fra Danske Bank A/S til Jyske Bank, så betalingen kommer fra en ny konto.",
    "Jeg er skiftet fra salg hos Brdr. Lind A/S til indkøb, så jeg er stadig jeres kontakt.",
    "I skal ikke ringe mere i dag, jeg sidder i møde til kl. 16. Send hellere en sms.",
    "I skal ikke ringe igen, vi har fået varerne.",
])
def test_round35_review_business_reads_as_nothing(text: str) -> None:
    assert intents(text) == set()


# Round 36 (set166 to set169, stop 21): classes its writers found
@pytest.mark.parametrize(("text", "expected"), [
    ("Please note that Tom Bridges (tom.bridges@ferrytech.example.com) left Ferrytech as of 13 "
     "February. Please direct all correspondence to me.", {"contact_left"}),
    ("Som du måske har hørt, går Bent Kragh på pension fredag den 27. februar efter 31 år hos "
     "Aarhus Stålhandel.", {"contact_left"}),
    ("Thomas Vinding har valgt at søge nye udfordringer og havde sidste arbejdsdag hos os "
     "fredag den 6. februar. Det er mig der fremover er din kontakt.", {"contact_left"}),
    ("Jeg har sluttet i Fjellheim Bygg. Jeg ber om at alle mine personopplysninger (navn, "
     "telefon, e-post) slettes fra deres systemer.", {"contact_left", "erasure"}),
    ("Inden I sletter mig, vil jeg gerne have en kopi af de oplysninger I har om mig. Derefter "
     "vil jeg bede om at I sletter alt.", {"access", "erasure"}),
    ("Send mig en kopi af hvad I har om mig, og så sletter I det bagefter.",
     {"access", "erasure"}),
])
def test_set166_169_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_colleagues_doubt_whether_she_wants_deleting_is_no_rule_phrase() -> None:
    # (the whole staff forward, set167, reads as nothing; this sentence alone the model reads)
    text = "Jeg er ikke helt sikker på, om hun vil slettes."
    assert "hun vil slettes" not in {e.phrase for e in classify(text).evidence}
    assert intents("Hun har ringet, og hun vil slettes fra jeres kundekartotek.") == {"erasure"}


@pytest.mark.parametrize("text", [
    "Die Rechnung kam zweimal, und wir mussten mehrmals telefonieren, bis das geklärt war. "
    "Inzwischen haben wir das Haus verkauft und werden keine weiteren Aufträge vergeben.",
    "Jeg vil derfor bede om, at I IKKE sletter mine oplysninger, før sagen er afgjort.",
])
def test_set166_169_business_reads_as_nothing(text: str) -> None:
    assert not intents(text) & {"erasure", "restriction"}


# a review's probes of the first forms of round 36's cues (stop 21)
@pytest.mark.parametrize(("text", "expected"), [
    ("Vores montør Jens havde sidste arbejdsdag i Esbjerg i går, så han kan være hos jer "
     "mandag.", set()),
    ("Vores montør Kasper havde sidste arbejdsdag hos Vestas i fredags, så han er ledig fra "
     "mandag.", set()),
    ("Jens stopper torsdag kl. 14, så hvis I skal have fat i ham, skal det være før.", set()),
    ("Jeg har fået nyt job, så min kone overtager sagen om carporten. Hun ringer til jer.",
     set()),
    ("I har mit gamle nummer i jeres kartotek. Brug de nye nedenfor, så sletter I dem.",
     {"rectification"}),
    ("Paul left the Hull team as of Monday; he now runs our Esbjerg branch and is still your "
     "contact there.", set()),
    ("Please use this address for everything from now on: Unit 7, Harbour Road, Hull HU1 2AB.",
     set()),
    ("Jeg ber om at min e-postadresse slettes fra kopilisten på ordrebekreftelsene.", set()),
    ("Jeg er stoppet som kunde, og I har mit navn og nummer liggende. Jeg beder jer om at I "
     "sletter mig.", {"erasure"}),
])
def test_round36_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 37 (set170 to set173, stop 21): classes its writers found
@pytest.mark.parametrize(("text", "expected"), [
    # a sole trader closing his own business and retiring: the customer ends, no contact left
    ("Jeg har lukket min smedeforretning (Melgaards Smedie v/Kurt Melgaard) ved nytår og er "
     "gået på pension. Send mig en kopi af de oplysninger, I har om mig, og slet dem så "
     "bagefter.", {"access", "erasure"}),
    # what the firm said it would do, refused
    ("Jeres kundeservice sagde i telefonen, at de ville \"slette mig og oprette mig igen\" for "
     "at rette mit navn. Det skal I IKKE - jeg vil bare have rettet stavningen af mit navn.",
     {"rectification"}),
    ("Hi Jesper, PO 4471 attached.\n\nP.S. please stop the weekly offers emails, I only need "
     "quotes and invoices from you.", {"objection"}),
    ("Hvor har I mit navn og nummer fra, og hvad har I ellers om mig?\n\nOg stop så med at "
     "ringe.", {"access", "objection"}),
    ("Jeg anmoder om aktindsigt i alle oplysninger, som I har registreret om mig. Jeg var "
     "ansat hos jeres kunde Brøns & Søn Byg indtil sommeren 2024.", {"access", "contact_left"}),
    ("Jeg står på to af billederne i jeres opslag på Facebook.\n\nVil I fjerne de billeder, hvor "
     "jeg er med, og ikke bruge mit navn eller vores adresse som reference fremover?",
     {"erasure", "objection"}),
    ("Til jeres orientering er Hans Jørgen fra hjælpemiddelafdelingen gået på pension, så det er "
     "mig, der har sagerne nu.", {"contact_left"}),
    ("Ik wil graag weten welke persoonsgegevens u van mij heeft, en daarna wil ik dat u ze "
     "verwijdert.", {"access", "erasure"}),
])
def test_set170_173_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize("text", [
    "Are you the right person to talk to about growing your pipeline? Reply STOP to opt out.",
    "Please don't use my details for anything else until you have checked that everything you "
    "hold about me is right.",
])
def test_set170_173_reads_no_access_nor_opt_out(text: str) -> None:
    assert not intents(text) & {"access", "objection"}


# a review's probes of the first forms of round 37's cues (stop 21)
@pytest.mark.parametrize(("text", "expected"), [
    ("Lars Holm er stoppet hos os, og vi har lukket hans firmamail. Skriv i stedet til "
     "indkob@brons-byg.example.dk fremover.", {"contact_left"}),
    ("Jeg skrev i går, at I skulle slette alle mine oplysninger. Jeg har ikke hørt noget endnu.",
     {"erasure"}),
    ("Until you have corrected my address please stop using my details for deliveries and "
     "invoices.", {"rectification", "restriction"}),
    ("Please stop the offer emails for job 4471, we have ordered the railing elsewhere.", set()),
    ("Fremover skal I ikke bruge mit rekvisitionsnummer som reference, men sagsnummeret.", set()),
    ("Jeg var indkøber hos Trekant Tag indtil 2023, men er nu projektleder samme sted. I har "
     "stadig min gamle titel, så ret den venligst.", {"rectification"}),
    ("Jeg var ansat i kommunen indtil sidste år og fik dengang jeres nyhedsbrev. Afmeld mig "
     "venligst.", {"objection"}),
    ("Bijgevoegd de gecorrigeerde tekening met mijn gegevens erop. De vorige versie klopt niet "
     "meer, dus wil ik dat u die verwijdert.", set()),
])
def test_round37_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 38 (set174 to set177, stop 21): classes its writers found
@pytest.mark.parametrize(("text", "expected"), [
    ("Was haben Sie eigentlich alles über mich gespeichert? Schicken Sie mir das bitte, und "
     "danach möchte ich, dass Sie es löschen.", {"access", "erasure"}),
    ("Hej, jeg fik et tilbud sidste år men købte ikke noget. Jeg ved ikke hvad I har gemt om "
     "mig, men kan I sende mig det og så bagefter bare smide det ud? Tak", {"access", "erasure"}),
    ("Jeg var tidligere jeres kontakt hos Midtjysk Tagdækning (kn@midtjysktag.example.dk), men "
     "jeg har ikke været der siden nytår. Vil I ikke tage mit navn og nummer ud af jeres "
     "system?", {"contact_left", "erasure"}),
    ("Til jeres orientering er Gert Nymann (gn@ribe.example.dk) og Bent Lassen gået på pension "
     "ved årsskiftet. Alle ordrer går nu gennem mig.", {"contact_left"}),
    ("Graag afmelden voor deze nieuwsbrief. Ik kan hem toch niet lezen.", {"objection"}),
    ("Eirik Dahle har avsluttet sitt arbeidsforhold i Bergen Stål og Montasje AS.",
     {"contact_left"}),
    ("Notat fra butikken: Poul Erik Vestergaard spurgte hvad vi egentlig har registreret om "
     "ham. Han vil gerne have det tilsendt på mail.", {"access"}),
    ("Hun har stadig garanti på carporten, så hun vil IKKE slettes, sagde hun. Hun vil ikke "
     "ringes op mere og vil heller ikke have tilbud på mail.", {"objection"}),
])
def test_set174_177_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# a review's probes of the first forms of round 38's cues (stop 21)
@pytest.mark.parametrize(("text", "expected"), [
    ("I gør mig en tjeneste ved ikke at slette mine oplysninger, før garantisagen er afsluttet.",
     set()),
    ("I don't know what you hold about me, but please delete all of it.", {"erasure"}),
    ("Montøren ringede og spurgte om vi har nummer på hende, så han kan aftale tidspunkt.",
     set()),
    ("Vi har nye priser pr. 1/4. Kan I tage mine gamle priser ud af jeres system?", set()),
    ("Når I er færdige med montagen, må I gerne smide det hele ud, gamle rør, plader og hvad I "
     "ellers har af rester.", set()),
    ("I sender stadig brochurer til min adresse. Jeg smider dem bare ud.", set()),
    ("Meine Daten brauchen Sie noch für die Garantie. Deshalb möchte ich, dass Sie sie nicht "
     "löschen, bis die Garantie abgelaufen ist.", set()),
    ("Når en ansatt har avsluttet sitt arbeidsforhold, blir e-postkontoen stengt etter 30 dager.",
     set()),
    ("Jeg var indkøber hos Trekant Tag indtil 1. marts, nu er jeg blevet indkøbschef i samme "
     "firma. Ret venligst min titel i jeres system.", {"rectification"}),
])
def test_round38_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 38's review and round 39 (set178 to set181, stop 21)
@pytest.mark.parametrize(("text", "expected"), [
    ("yes its me. last job was the balcony railing in june, mobile ends 214. go ahead and "
     "delete everything", {"erasure"}),
    ("hej flytter 1/4 ny adr er birkevej 12 8600 silkeborg, ret det lige hos jer",
     {"rectification"}),
    ("vores firma er flyttet. ny adresse på fakturaer fra 1. april: Industrivej 8, 8700 Horsens.",
     set()),
    ("nyt nr 12 44 56 78 det gamle er lukket. og gider ik ha jeres nyhedsbrev mere",
     {"objection", "rectification"}),
    ("Ret min adresse til Tværgade 9, 8000 Aarhus C. Og fjern det gebyr.", {"rectification"}),
    ("Som de fleste ved, går Erling fra værkstedet på pension efter 38 år hos CL Smed. Hans "
     "sidste dag er torsdag den 30. april.", set()),
    ("Ny adresse er Søndergade 41, 1234 Smedeby. Og jeres nyhedsbrev må I godt stoppe med at "
     "sende til mig.", {"objection", "rectification"}),
    ("hoi, graag wil ik zien welke gegevens jullie van mij hebben en daarna alles laten "
     "verwijderen.", {"access", "erasure"}),
])
def test_set178_181_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 40 (set182 to set185, stop 22): second wishes in everyday words, departures said
# another way, and what is not one
@pytest.mark.parametrize(("text", "expected"), [
    ("Hi there, two things. My name is spelt wrong on everything you send - it's Siobhan, not "
     "Shiobhan. And while you're at it, I don't want the monthly newsletter any more.",
     {"objection", "rectification"}),
    ("Jeg har aldrig været kunde hos jer, så hvor har I mit nummer fra? Og hvad I ellers har "
     "liggende om mig? Og så vil jeg helst ikke ringes op igen.", {"access", "objection"}),
    ("Could you send me whatever you've got about me, and once I've had a look, just forget me "
     "completely?", {"access", "erasure"}),
    ("Jeg er ikke længere ved Aabybro VVS, min sidste dag var fredag. Vil I ikke fjerne mig "
     "helt?", {"contact_left", "erasure"}),
    ("Hvad er det I har stående om mig, og hvor har I det fra? Når I har fortalt mig det, så "
     "vil jeg gerne ha at I smider det hele ud igen.", {"access", "erasure"}),
    ("Bitte rufen Sie mich nicht mehr an und nehmen Sie meine Nummer und Adresse aus Ihrer "
     "Kartei.", {"erasure", "objection"}),
    ("Jeg har fået nok af jeres tilbudsmails. Stop dem. Og smid i øvrigt alt, hvad I har om "
     "mig, ud.", {"erasure", "objection"}),
    ("Vi har solgt huset og flytter til Spanien. Ville det være muligt, at vi ikke længere står "
     "noget sted hos jer?", {"erasure"}),
    ("Jag vill veta vilka uppgifter ni har om mig, och när jag har fått dem vill jag att ni "
     "raderar dem.", {"access", "erasure"}),
    ("Please delete my contact details from your CRM, and don't add me to any mailing lists.",
     {"erasure", "objection"}),
    ("Ik wil graag weten welke gegevens jullie van mij bewaren. En mijn e-mailadres is "
     "veranderd, willen jullie voortaan marieke@post.example.org gebruiken?",
     {"access", "rectification"}),
    ("Bo har valgt at rejse fra os og havde sin sidste dag i går.", {"contact_left"}),
    ("Jeg har købt min kompagnon Henrik Juul ud af firmaet, så han er ikke med i Skov & Juul "
     "Tømrer I/S længere.", {"contact_left"}),
    ("Hiya - Dave's moved on to pastures new, so please send the revised quote to me instead.",
     {"contact_left"}),
    # not a departure: the work stopped (frost), and one of our own smiths left us
    ("hej mikkel. arbejdet er stoppet på pladsen pga frost og kurt er syg, så vi tager den op "
     "igen mandag.", set()),
    ("Since Ole left you last month I've not really had anyone who knows my jobs, so I'm moving "
     "to another fabricator.", set()),
    # near misses of the new cues
    ("Den gamle tagrende - I må gerne have den taget ned på fredag.", set()),
    ("Fjern mig helt fra cc på den sag.", set()),
    ("Vi smider det hele ud.", set()),
    ("Kan I bekræfte, at jeg ikke længere står i jeres system?", set()),
    ("Vi trækker det tilbud tilbage.", set()),
    ("She's left her keys here.", set()),
    ("What's left to do is the painting.", set()),
])
def test_set182_185_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# a review's probes of the first forms of round 40's cues (stop 22)
@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg kan se, at vi ikke længere står i jeres kundeliste. Hvorfor? Vi vil gerne handle igen.",
     set()),
    ("Jeg bekræfter hermed, at vi ikke længere er registreret hos jer som underleverandør.",
     set()),
    ("Kan I sørge for, at jeg ikke længere står i jeres kundekartotek?", {"erasure"}),
    ("Vi må desværre trække vores accept tilbage, byggeriet er udskudt til næste år.", set()),
    ("Jens er stoppet hos os på grund af manglende ordrer.", {"contact_left"}),
    ("Mikkel er stoppet på grund af kulden på værkstedet, han fik nyt job indendørs.",
     {"contact_left"}),
    ("Jeg gav montøren mit telefonnummer. I smider det hele ud bagefter, ikke? Altså resterne "
     "fra montagen.", set()),
    ("Hun er ikke en del af Holm & Søn A/S længere.", {"contact_left"}),
    ("Han er ikke længere med i firmaet.", {"contact_left"}),
    ("Han er ikke med i projektet længere.", set()),
    ("Dave's left us a voicemail about the gate.", set()),
    ("Pete's left the firm's trailer outside your gate.", set()),
    ("Dave's moved on to the next job, Craig will finish the railings.", set()),
    ("Karen's stepped down as purchasing manager.", {"contact_left"}),
    ("I've left you two voicemails. Jens has left the company, please contact me from now on.",
     {"contact_left"}),
    ("Did you forget me completely? I've been waiting three weeks for the quote.", set()),
    ("Erase me entirely, thanks.", {"erasure"}),
    ("Please don't add me to the mailing list for the site meetings, just send drawings to Pete.",
     set()),
    ("Please send me a copy of my data. Your sms reminders don't arrive any more, is the number "
     "right?", {"access"}),
    ("Please delete my old phone number. Your newsletter won't reach me there any more.",
     {"erasure"}),
    ("Nehmen Sie meine alte Nummer aus dem System und tragen Sie die neue 0171 555 1234 ein.",
     set()),
    ("Nehmen Sie bitte meine Angaben aus dem Register, ich ziehe um und schicke die neue Adresse.",
     set()),
    ("Nehmen Sie meinen Namen aus Ihrer Kundenliste.", {"erasure"}),
    ("Rufen Sie mich nicht mehr an, sondern schreiben Sie mir eine E-Mail, ich bin auf der "
     "Baustelle.", set()),
    ("Rufen Sie mich bitte nicht mehr an, Herr Müller übernimmt das Projekt ab Montag.", set()),
    ("Mijn naam is gewijzigd op de tekening, klopt dat?", set()),
    ("Mijn e-mailadres is per 1 mei gewijzigd naar jan@post.example.org.", {"rectification"}),
])
def test_round40_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 41 (set186 to set189, stop 22): departures said in passing, by the person or the
# firm, and what is not one
@pytest.mark.parametrize(("text", "expected"), [
    ("Also - please stop addressing your invoices to Tom Fenwick. He left us back in the "
     "autumn and everything sent to him lands in a dead mailbox.", {"contact_left"}),
    ("Quick heads-up - Sarah Quinn finished with us on Friday, so her address will stop "
     "working at the end of the month.", {"contact_left"}),
    ("After 27 years with Midland Fixings I am retiring at the end of April. From 1 May your "
     "account will be looked after by Priya.", {"contact_left"}),
    ("ich war bis Januar Ihr Ansprechpartner bei der Krüger Metallbau GmbH, bin dort aber seit "
     "dem 1. Februar nicht mehr tätig.", {"contact_left"}),
    ("Ik was tot vorig jaar projectleider bij Van Dijk Staalbouw, maar werk daar inmiddels niet "
     "meer.", {"contact_left"}),
    ("Jeg aflyser byggemødet torsdag, da jeg er stoppet hos Limfjord Byg fra fredag.",
     {"contact_left"}),
    ("A er ikk ansat hos Vestjysk Stålmontage længer, sidste dag var fredag.", {"contact_left"}),
    ("Vi har været nødt til at afskedige vores indkøber Rasmus Dahl med øjeblikkelig virkning.",
     {"contact_left"}),
    # not a departure: a private customer moving home, our own salesman retiring
    ("I write to inform you that I have now left Copenhagen and returned to England, and I "
     "should be most grateful if you would amend your records accordingly.", set()),
    ("Vi har hørt fra en af jeres montører, at Bo går på pension til sommer. Hvem bliver vores "
     "kontakt hos jer fremover?", set()),
    ("I will be back in the office on Monday, he left us a note.", set()),
    # requests in other words
    ("Stop emailing me and erase every bit of my data you've got.", {"erasure", "objection"}),
    ("hey - can u send me a copy of whatever u have on me, then bin it all?",
     {"access", "erasure"}),
    ("Jeg vil gerne have en kopi af de oplysninger, I har gemt om mig. Når jeg har fået den, "
     "beder jeg jer slette alt det, I ikke er forpligtet til at gemme.", {"access", "erasure"}),
    ("Der har nu tre gange ringet en ung mand fra Deres firma. Det samme gælder brochurerne, "
     "der kommer med posten. Dem vil jeg også være fri for.", {"objection"}),
])
def test_set186_189_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# a review's probes of the first forms of round 41's cues (stop 22)
@pytest.mark.parametrize(("text", "expected"), [
    ("Mette Holm er stoppet hos os, men vores kontakt hos jer er stadig Bo.", {"contact_left"}),
    ("Mette Holm er stoppet hos os pr. 1. marts. Hvem bliver vores nye kontakt hos jer?",
     {"contact_left"}),
    ("Jens left us a couple of spare brackets on Friday.", set()),
    ("Peter left us early in the afternoon to catch the ferry.", set()),
    ("Your fitter Tom has left the company, who will finish our railings?", set()),
    ("Peter Lund left Odense Stålmontage in March.", {"contact_left"}),
    ("After 30 years with this press I am retiring it at the end of the month.", set()),
    ("Please remove any trace of the information about the old gate from the quote.", set()),
    ("Kan I slette alt det, I ikke skal bruge, fra tilbuddet?", set()),
    ("Jeg er stoppet hos kunden fra i dag, da materialerne mangler.", set()),
    ("Han er ikke ansat hos os mere end to dage om ugen.", set()),
    ("Ich war auf der Baustelle in Kolding, bin dort aber seit Freitag nicht mehr tätig.", set()),
    ("Ik werk nu niet meer thuis maar op kantoor.", set()),
    ('Projektet "Villa Jensen" er stoppet.', set()),
    ("Vores gamle nabo Henning er død, så send tilbuddet til mig indtil videre.", set()),
])
def test_round41_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 42 (set190 to set193, stop 22): a second wish in a clause of its own
@pytest.mark.parametrize(("text", "expected"), [
    ("I har et forkert nummer på mig. Mit nummer er 12 55 09 43. Vil I rette det? Og indtil det "
     "er gjort, vil jeg gerne have, at I lader være med at bruge de kontaktoplysninger, I har på "
     "mig.", {"rectification", "restriction"}),
    ("1) En kopi af de personoplysninger, I har om mig. 2) Når jeg har modtaget kopien, sletter "
     "I det hele.", {"access", "erasure"}),
    ("Jeg mente bare, at jeg ikke vil have nyhedsbrevet mere. I behøver ikke slette mig som "
     "kunde.", {"objection"}),
    ("I må gerne beholde billederne til jeres egen dokumentation. Jeg trækker det ja tilbage som "
     "jeg gav på stedet.", {"objection"}),
    # near misses
    ("Når jeg har set tilbuddet, sletter I det gamle tilbud.", set()),
    ("Lad være med at bruge de gamle tegninger.", set()),
    ("Vi trækker det tilbud tilbage.", set()),
    ("Han sagde, at han ikke vil have tilbuddet mere, for prisen er for høj.", set()),
    # a review's probes of their first forms
    ("Når vi har fået svaret, sletter I det gamle tilbud.", set()),
    ("Lad være med at bruge de gamle adresser på følgesedlen, vi er flyttet til Industrivej 4.",
     set()),
    ("Lad være med at bruge min mailadresse på fakturaen, send den til bogholderiet i stedet.",
     set()),
    ("Vi trækker hermed det ja tilbage til montagen på fredag.", set()),
    ("I skrev, at vi ikke vil have tilbud mere, men det passer ikke.", set()),
    ("Vi har aftalt, at vi ikke vil have opkald fremover før kl. 8.", set()),
    ("Rätta gärna namnet till Lena Åkesson. Innan ni har rättat det vill jag att ni inte "
     "använder mina uppgifter alls.", {"rectification", "restriction"}),
    ("Henrik er stoppet hos os pr. 1. marts. Vil du sørge for at han bliver fjernet fra jeres "
     "lister?", {"contact_left"}),
])
def test_set190_193_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 43 (set194 to set197, stop 22): departures told by their subject's own sentence, and a
# customer who leaves a country
@pytest.mark.parametrize(("text", "expected"), [
    ("Gert som plejede at bestille reservedele til frontlaesserne hos jer er fratraadt her i "
     "januar. Send bare fremtidige tilbud og fakturaer til mig i stedet.", {"contact_left"}),
    ("Just a quick note from my personal address - I finished at Hallam Steel on Friday. Priya "
     "Shah is picking up the CL Smed orders from here on.", {"contact_left"}),
    ("I'm leaving Denmark in June, so please erase my personal data.", {"erasure"}),
    ("Jeg har skiftet stilling internt og er nu produktionschef. Nyt direkte nummer: 12 58 04 77. "
     "Vil du rette det i jeres system?", {"rectification"}),
    ("Jeg har flyttet til kontoret vårt i Bergen, men har samme e-post og mobil som før.", set()),
    # a review's probes of their first forms
    ("Tom Baker has left the company and is leaving Denmark next month.", {"contact_left"}),
    ("Nyt nummer: 2231 på fakturaen. Kan I rette det?", set()),
    ("Jeg har flyttet til Lagerveien 12 i Stavanger.", {"rectification"}),
    ("Everyone who ordered from you has left.", set()),
])
def test_set194_197_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Gert som plejede at bestille reservedele hos jer er fratraadt her i januar. Send bare "
     "tilbud til mig i stedet.", "Gert"),
    ("Anne som du talte med i går fortalte at Gert er fratrådt.", "Gert"),
    ("Sarah who handles our purchasing told me that Tom Baker has left the company.",
     "Tom Baker"),
])
def test_who_left_beside_a_relative_clause(text: str, name: str) -> None:
    assert [d.name for d in classify(text).departed] == [name]


# Rounds 44 and 45 (set198 to set205, stop 23): second wishes said in passing, polite frames
# around "hvis"/"if", "you need not keep it", departures told in other words, names typed
# without æ, ø, å, a word broken over two lines, the engine's own patterns across a wrapped line
@pytest.mark.parametrize(("text", "expected"), [
    ("Unsubscribe please, and delete me too.", {"erasure", "objection"}),
    ("What do you have on file about me? And please stop phoning me.", {"access", "objection"}),
    ("Please keep my records on file but stop using them until the dispute is over.",
     {"restriction"}),
    ("hi im no longer at Dalby Fabrication (was t.ray@dalby.example.com), pls remove my mobile "
     "from ur records", {"contact_left", "erasure"}),
    ("Could you pull my details and order history into a spreadsheet for the new fabricator?",
     {"portability"}),
    ("The reminder went to 4 Mill Lane. I'm at 14 Mill Lane. Please correct your records.",
     {"rectification"}),
    ("Kan I sende de oplysninger, jeg selv har givet jer, som en CSV-fil?", {"portability"}),
    ("Og gerne mine ordrer som regneark, så jeg kan give dem videre til den nye smed.",
     {"portability"}),
    ("Brevet var adresseret til \"Jorn Moller\". Jeg hedder Jørn Møller. Ret det venligst.",
     {"rectification"}),
    ("ich bin zum 31. März bei der Stahlbau Nord GmbH ausgeschieden.", {"contact_left"}),
    ("Det er fint med mig, hvis I sletter mine oplysninger.", {"erasure"}),
    ("Jeg ville være glad, hvis I holdt op med at sende mig jeres nyhedsbreve.", {"objection"}),
    ("Det ville være pænt af jer, hvis mit gamle nummer kunne forsvinde fra jeres lister.",
     {"erasure"}),
    ("I behøver i grunden ikke at gemme mit telefonnummer.", {"erasure"}),
    ("Der er ingen grund til, at I gemmer vores navne og telefonnumre længere.", {"erasure"}),
    ("Jeg vil gerne se, hvad I har om mig. Bagefter må I gerne lade det hele forsvinde.",
     {"access", "erasure"}),
    ("Vil I være så venlige ikke at bruge min adresse, før I har fået styr på det?",
     {"restriction"}),
    ("I'd be grateful if my old mobile number could go.", {"erasure"}),
    ("I'd like to know what you've got on me, and after that I'd be happy for it all to be "
     "cleared away.", {"access", "erasure"}),
    ("There's no reason to keep my details now the house is sold.", {"erasure"}),
    ("I'd prefer that you didn't use my details for your customer statistics.", {"objection"}),
    ("I'd rather you didn't use my details until the complaint is settled.", {"restriction"}),
    ("Could I have my order history in a format another contractor can import?",
     {"portability"}),
    ("I have finally retired from Hallam Steel, so please delete my mobile number.",
     {"contact_left", "erasure"}),
    ("Jag undrar om ni har kvar några uppgifter om mig.", {"access"}),
    ("Sanne Bakker werkt niet langer bij Bouwstaal B.V.", {"contact_left"}),
    ("Verwijder al mijn gegevens en stuur mij geen reclame meer.", {"erasure", "objection"}),
    ("Jeg trækker mig helt ud af firmaet til april, så slet venligst mit mobilnummer.",
     {"contact_left", "erasure"}),
    # near misses
    ("Please delete me from the cc list too.", set()),
    ("Can you delete me from this email thread?", set()),
    ("Could you let me know what information you need from us for the quote?", set()),
    ("Ellers er alt klar, og jeg har flyttet havemøblerne.", set()),
    ("Det er stadig det samme nummer, så I behøver ikke\nrette noget.", set()),
    ("Det ville glæde mig, hvis I ville lade være med at komme før kl. 9.", set()),
    ("Det er fint med mig, hvis I sletter linje 3 på tilbuddet.", set()),
    ("Did you know customers can ask for erasure and portability? Fines can reach 4% of "
     "turnover! Book your slot for a FREE GDPR audit.", set()),
    ("Please stop ringing me at work about the invoice, use email.", set()),
    ("Slet mig og hvad I ellers har om mig.", {"erasure"}),
    ("Vi er flyttet til nye lokaler på Industrivej 4.", set()),
])
def test_set198_205_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "name", "email"), [
    ("Hej\nSoren er ikke laengere ansat her - skriv til indkob@fyn.example.dk fremover.",
     "Soren", None),
    ("Jeg skal hilse fra Lars, som desværre har sagt op ved årsskiftet. Det er mig, der "
     "overtager hans sager.", "Lars", None),
    ("ich möchte Ihnen mitteilen, dass Herr Markus Keller (m.keller@nord.example.org) zum "
     "Monatsende aus unserem Unternehmen ausgeschieden ist.", "Markus Keller",
     "m.keller@nord.example.org"),
])
def test_who_left_round_44_45(text: str, name: str, email: str | None) -> None:
    assert [(d.name, d.email) for d in classify(text).departed] == [(name, email)]


def test_a_word_broken_over_two_lines_is_one_word() -> None:
    text = "Jeg ville være Dem taknemmelig, om De ville fjerne mig fra Deres kunde-\nkartotek."
    assert intents(text) == {"erasure"}


def test_who_tells_of_their_own_leaving_is_not_the_successor() -> None:
    text = ("Jeg trækker mig helt ud af firmaet pr. 1. april. Anders overtager alle aftaler, hans "
            "mail er anders@vad.example.dk. Slet venligst mine oplysninger.")
    got = classify(text, sender_name="Jørgen Vad", sender_email="jorgen@vad.example.dk")
    assert [(d.name, d.email) for d in got.departed] == [("Jørgen Vad", "jorgen@vad.example.dk")]


# The review of rounds 44 and 45 (a helper's probes on the new forms, kept as tests), and
# round 46 (set206 to set209): hints that ask without a request verb
@pytest.mark.parametrize(("text", "expected"), [
    ("Det er fint med mig, hvis Mette går på pension fra firmaet til sommer.", set()),
    ("Det ville være en hjælp, hvis Lars går på pension fra bestyrelsen først til nytår.", set()),
    ("I behøver ikke at gemme vores adresse på følgesedlen, vi henter selv varerne.", set()),
    ("Mit gamle kundenummer kan forsvinde fra jeres kartotek, brug 88123 fremover.", set()),
    ("Leveringsadressen er forkert på ordre 4410. Slet den og brug Industrivej 4 i stedet.",
     set()),
    ("Ordren er adresseret til \"Lager 2\" – slet den, den er sendt ved en fejl.", set()),
    ("Jeg trækker mig ud af ledelsen pr. 1. juli, men fortsætter som projektleder.", set()),
    ("Jeg har trukket mig ud af forretningen i dag, jeg er syg. Pia svarer i morgen.", set()),
    ("I stoppede med at sende nyhedsbrevet sidste år – kan I sætte mig på igen?", set()),
    ("Send venligst prislisten som regneark, så jeg kan sende den videre til vores indkøber.",
     set()),
    ("Jeg bad jer om at slette min adresse. I må gerne beholde min adresse alligevel, jeg har "
     "fortrudt.", set()),
    ("It would be great if my old number could go in the footer of the quote.", set()),
    ("My mobile number can go straight on the delivery note so the driver can call.", set()),
    ("I'm worried our data could be deleted when you migrate to the new ERP.", set()),
    ("Our details should be removed from the tender list since we're not bidding.", set()),
    ("There's no reason to keep our account open after the final invoice.", set()),
    ("You don't need to keep our address on file for deliveries; we'll collect ourselves.",
     set()),
    ("Anna left the thread. Delete me too.", set()),
    ("I'd rather you didn't use my name on the invoice; use the company name Vestbyg ApS.",
     set()),
    ("Could you put my measurements into a spreadsheet for the installer?", set()),
    ("Please send the price list in a format the new ERP system can import.", set()),
    ("I've now retired from the Friday football team, my knees gave up.", set()),
    ("Im no longer at the site today, call Kim on 2233 4455.", set()),
    ("Ich bin im Halbfinale ausgeschieden.", set()),
    ("The draft I sent is wrong. I'm at 14 Main Street until 3, please delete it.", set()),
    ("Jeg bryder mig ikke om at få tilbud med posten, send dem på mail.", set()),
    ("Der er ingen grund til, at mit navn står i tilbuddet.", set()),
    ("Varenummeret er forkert. Det rigtige er 12 67 40 93.", set()),
    ("Projektet har gått vidare till nästa fas.", set()),
    # the forms still read
    ("Ich bin Ende März in den Ruhestand gegangen, bitte schreiben Sie künftig an Frau Weber.",
     {"contact_left"}),
    ("There's no reason to keep my details now the job is finished.", {"erasure"}),
    ("Ville I tage mit navn og billedet af porten ned?", {"erasure"}),
    ("I suppose there's no need for you to hold on to my address now.", {"erasure"}),
    ("I'd like to see what you hold about me. After that I don't imagine you'd need to keep it "
     "- we're not planning any more work.", {"access", "erasure"}),
    ("Would you mind terribly if my name came off your website?", {"erasure"}),
    ("I'm not really comfortable with my details being used for your statistics.",
     {"objection"}),
    ("Jeg bryder mig ærligt talt ikke om at blive ringet op om nye tilbud.", {"objection"}),
    ("Jeg tænker, at der ikke længere er grund til, at mit navn står i Deres papirer.",
     {"erasure"}),
    ("I må også gerne glemme, at vi nogensinde har været kunder.", {"erasure"}),
    ("Jeg går ud fra, at I ikke har brug for mit mobilnummer (12 48 31 07) længere.",
     {"erasure"}),
    ("Jeg har en mistanke om, at I stadig har mit gamle telefonnummer. Det rigtige er "
     "12 67 40 93.", {"rectification"}),
    ("Jag antar att ni inte behöver spara mina uppgifter nu när altanen är klar.", {"erasure"}),
    ("Jeg tror ikke, jeg er den rette modtager af jeres nyhedsbrev længere. Og I behøver vel "
     "heller ikke gemme min mail?", {"erasure", "objection"}),
    ("min adresse er forkert hos jer. brug den ikke før i har rettet den!",
     {"rectification", "restriction"}),
])
def test_set206_209_and_review_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Anna Berg har gått vidare till ett nytt jobb, så hennes adress stängs snart.", "Anna Berg"),
    ("Jeg er stoppet hos Vestjysk Stål (ms@vestjysk.example.dk virker ikke mere). Vil I slette "
     "mit nummer?", None),
])
def test_who_left_round_46(text: str, name: str | None) -> None:
    departed = classify(text, sender_name="Michael Sand",
                        sender_email="michael@mail.example.com").departed
    assert [d.name for d in departed] == [name or "Michael Sand"]


def test_my_last_day_names_no_one_called_min() -> None:
    text = "Min sidste dag hos Brdr. Sand var i fredags, så mj@brdrsand.example.dk lukkes."
    departed = classify(text, sender_name="Mikkel Juhl", sender_email="mikkel@mail.example.com")
    assert [d.name for d in departed.departed] == ["Mikkel Juhl"]


# The review of round 46's forms (a helper's 169 probes, kept in part)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der er ingen grund til, at mine profiler ligger i jeres lager længere.", set()),
    ("Der er en god grund til, at mit navn står i deres kontrakt: jeg er projektleder.", set()),
    ("Der er god grund til, at I render rundt med mit nummer – ring hvis porten driller.", set()),
    ("Du kan godt glemme, at vi er kunder hos jer, hvis prisen stiger igen.", set()),
    ("Salg flytter ud i hallen, så de ikke har brug for mit kontor længere.", set()),
    ("Jeg går ud fra, at I ikke har brug for mine profiler længere, så jeg henter dem.", set()),
    ("Would you mind if my name came off the site rota next week?", set()),
    ("Do you mind if my project photos come down from the site for a week while we reshoot?",
     set()),
    ("There's no need to retain our test data now the job is closed.", set()),
    ("There's no need to hold on to our old address, as we moved in March.", set()),
    ("I'm not comfortable with our data being used for the load calculation.", set()),
    ("Jeg er ikke den rette modtager af jeres tilbud på gelændere – send det til Per.", set()),
    ("Vi bryder os ikke om at blive ringet op om tilbud, send dem på mail.", set()),
    ("Anna har gått vidare till en ny tjänst som inköpschef hos oss.", set()),
    ("Du behöver inte spara mina uppgifter från mätningen, jag har dem själv.", set()),
    # the forms still read
    ("Jeg synes ikke der længere er grund til, at mit navn står i Deres papirer.", {"erasure"}),
    ("Der er vel ingen grund til, at I render rundt med mine oplysninger, nu hvor carporten er "
     "betalt.", {"erasure"}),
    ("Job's done and paid. I don't think you'd need to hold on to my details any more.",
     {"erasure"}),
    ("There's no reason for you to keep hold of my details now.", {"erasure"}),
    ("We'd rather not get your catalogues any more, please.", {"objection"}),
    ("Ni behöver inte längre spara mina uppgifter.", {"erasure"}),
])
def test_round46_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 47 (set210 to set213, stop 23): two false erasures closed as classes ("men uden at
# slette dem", "fjern hende fra jeres udsendelser"), soft English frames, departures in passing
@pytest.mark.parametrize(("text", "expected"), [
    ("Lad mine oplysninger ligge urørt, indtil sagen er afgjort, men uden at slette dem.",
     {"restriction"}),
    ("Min mor får jeres katalog hvert forår. Det skal hun ikke have mere - fjern hende fra jeres "
     "udsendelser.", {"objection"}),
    ("Kim er i øvrigt stoppet hos os, så send fremover fakturaer til mig.", {"contact_left"}),
    ("I have taken over from Tom Eriksen, who moved on to another company in February.",
     {"contact_left"}),
    ("Jeg får opkald på mit private mobilnummer 12 61 48 20. Vil I venligst slette nummeret?",
     {"erasure"}),
    ("I wonder whether it might be possible for you to let me know what information you hold "
     "about me?", {"access"}),
    ("There's no reason for you guys to keep my info on file anymore.", {"erasure"}),
    ("Feel free to clear me out of your system whenever you get a sec.", {"erasure"}),
    ("I would really rather not be rung about special offers.", {"objection"}),
    ("The letters come addressed to \"Siobhan Ni Brian\". Would you mind fixing it in your "
     "records?", {"rectification"}),
    # near misses
    ("Slet mig uden videre.", {"erasure"}),
    ("Slet nummeret på fakturaen, det er forkert.", set()),
    ("Jonas moved on to another project in March.", set()),
    ("Kim er i øvrigt stoppet med at ryge.", set()),
    ("I'd rather not be contacted about Harbour jobs any more, I have left.", {"contact_left"}),
])
def test_set210_213_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# The review of round 47's forms (a helper's probes, kept in part)
@pytest.mark.parametrize(("text", "expected"), [
    ("Slet alle mine oplysninger. Det nytter ikke at I bare skjuler dem uden at slette dem.",
     {"erasure"}),
    ("Slet venligst mine oplysninger. I må ikke bare gemme dem uden at slette dem.", {"erasure"}),
    ("I wonder whether I should ask you to delete my data.", set()),
    ("We wonder whether GDPR requires you to delete my data after five years.", set()),
    ("I was wondering if it would be possible to delete my details once the final invoice is "
     "paid.", {"erasure"}),
    ("Please clear me out of the system rota for next week.", set()),
    ("Could you clear me from your list for the Saturday shift?", set()),
    ("Slet nummeret fra jeres system.", {"erasure"}),
    ("Jeg har skrevet mit nummer på bestillingen. Fjern nummeret fra leveringsetiketten.", set()),
    ("Fjern hende fra jeres udsendelser og kundekartotek.", {"erasure"}),
    ("Fjern hende fra alle jeres udsendelser.", set()),
    ("Hun er i øvrigt stoppet med projektet, men er stadig ansat hos os.", set()),
    ("Peter from your sales team moved on to another company, so who is our new contact?",
     set()),
    ("Please send the quote by e-mail. I'd rather not be called.", set()),
    ("The invoice was addressed to \"Main Office\" - could you fix that in your records?",
     set()),
])
def test_round47_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 48 (set214 to set217, stop 23): second-language English departures, a new title or a
# colleague's changed number before "update your records"
@pytest.mark.parametrize(("text", "expected"), [
    ("I inform that Mr. Tomasz Wrona is not anymore working in our firm since 1 march.",
     {"contact_left"}),
    ("Piotr Kaczmarek stopped working by us last month, so he can not answer your offer.",
     {"contact_left"}),
    ("I'm now Operations Director at Quinn Fabrication. Please update your records so the title "
     "on your letters is correct.", {"rectification"}),
    ("Mark Jennings' mobile number has changed - it's now +44 7700 900233. Could you update it "
     "on your side?", {"rectification"}),
    ("Until this dispute is resolved, I do not want my personal details used for anything.",
     {"restriction"}),
    # near misses
    ("Jens is not any more working in our office on Fridays.", set()),
    ("The crane stopped working by us last week, we need a new one.", set()),
    ("Please update your records so the delivery goes to gate 3.", set()),
])
def test_set214_217_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# The review of round 48's forms (a helper's probes, kept in part)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ole is not anymore working at our company in the weekends.", set()),
    ("Henrik is not longer working for us as welder, he is now foreman.", set()),
    ("Anna is not anymore working in our office, she is now in the warehouse.", set()),
    ("Peter stopped working with us on the railing project, Lars takes it now.", set()),
    ("Mette stopped working with us in the mornings.", set()),
    ("I'm now the owner of the old gate, please update your records accordingly.", set()),
    ("Peter's phone has changed to the new model, please update your records accordingly.",
     set()),
    ("I do not want my details used for anything other than the delivery.", set()),
    ("Our buyer Hans is no more working in our firm.", {"contact_left"}),
])
def test_round48_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 49 (set218 to set221, stop 23): a false departure closed as a class (one project
# left while on sick leave, Norwegian), nynorsk "har slutta hjå oss", a catalogue is mail
@pytest.mark.parametrize(("text", "expected"), [
    ("Tor er sykmeldt noen uker. Han jobber ikke lenger med prosjektet på kaia inntil videre.",
     set()),
    ("Astrid Dale har slutta hjå oss, siste arbeidsdag var fredag.", {"contact_left"}),
    ("Afmeld mig venligst jeres katalog. Og slet mig så helt fra jeres kundeliste, tak.",
     {"erasure", "objection"}),
    ("Vi vil gerne have, at I sletter både mine og min kærestes (Emma Holt) oplysninger.",
     {"erasure"}),
    ("Kan I sende mig jeres katalog over låger?", set()),
])
def test_set218_221_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 50 (set222 to set225, stop 23), measured at the end of the stop: the false erasure
# and the false departure, closed as classes
@pytest.mark.parametrize(("text", "expected"), [
    ("Lad være med at bruge mit navn og nummer til noget som helst, indtil det er afklaret. Slet "
     "det dog ikke – jeg skal måske bruge det.", {"restriction"}),
    ("Thomas Krogh arbejder ikke længere i Vejle-afdelingen, han er rykket over til vores "
     "afdeling i Odense.", set()),
    ("Thomas Krogh arbejder ikke længere hos os, han er stoppet.", {"contact_left"}),
])
def test_set222_225_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 51 (set226 to set229, stop 24): the false erasure and the false departures closed as
# classes (a future passive, a trade left, stopped farming), and departures said around an
# adverb, an aside between dashes, a reorganisation, a date
@pytest.mark.parametrize(("text", "expected"), [
    ("Kari Nilsen sluttet hos oss 1. april og har begynt i en ny stilling i Trondheim. Hennes "
     "e-post kari@bakke-stal.example.com vil bli slettet.", {"contact_left"}),
    ("Hennes e-post vil bli slettet etter ferien.", set()),
    ("Hendes mail vil blive slettet.", set()),
    ("His email will be deleted next week.", set()),
    ("Jeg vil bli slettet fra kundelisten deres.", {"erasure"}),
    ("Je ne travaille plus dans le secteur du bâtiment depuis ma reconversion. Je vous prie de "
     "supprimer mes coordonnées de vos fichiers.", {"erasure"}),
    ("Tom no longer works in the construction industry.", set()),
    ("Niels og jeg er holdt op med at drive landbrug, så vi vil gerne have jer til at slette os "
     "fra jeres kundekartotek.", {"erasure"}),
    ("Paul Greaves finally retired on Friday after 40 years on the tools.", {"contact_left"}),
    ("Både Henning Friis og Susanne – Sus, som I kender\nhende – er stoppet hos os.",
     {"contact_left"}),
    ("Allan Brix arbejder altså ikke længere hos os.", {"contact_left"}),
    ("Henrik Dam er ikke med videre i den nye organisation. Hans mail bliver lukket.",
     {"contact_left"}),
    ("Herr Rüdiger Bauer hat sich zum 31.01. in den wohlverdienten Ruhestand verabschiedet.",
     {"contact_left"}),
    ("Ole sluttede hos os den 1. april.", {"contact_left"}),
    ("Vil du ikke nok få mig slettet fra jeres system?", {"erasure"}),
    ("Jeg vil ikke have mine oplysninger slettet.", set()),
    ("Når jeg har modtaget kopien, ønsker jeg alle oplysninger om mig slettet.", {"erasure"}),
    ("Vil I tage billedet ned og slette det, også fra jeres hjemmeside?", {"erasure"}),
    ("Jeg sidder med årsopgørelsen, som det hedder nu, og skal bruge en kopi af fakturaen.",
     set()),
])
def test_set226_229_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# The review of round 51's forms (a helper's probes, kept in part): things, firms, projects,
# hours and trades are not people leaving; a departure after years "in the industry" still is
@pytest.mark.parametrize(("text", "expected"), [
    ("Lone Berg har bestilt nye vinduespartier. De er stoppet i produktionen hos leverandøren.",
     set()),
    ("Vi har droppet Jens Madsen Entreprise og Bo Lund VVS. De arbejder ikke længere for os.",
     set()),
    ("Henrik Dam er ikke med videre i firmaets julefrokostudvalg.", set()),
    ("Praktikanten Ole Hansen sluttede hos os 1. maj og er nu fastansat som lærling.", set()),
    ("Ole Hansen sluttet hos oss i august 2019 og kom tilbake i januar.", set()),
    ("Lone Berg arbejder jo ikke mere end 30 timer om ugen.", set()),
    ("Jens Hansen arbejder nu ikke længere med svejsning, det gør Maria.", set()),
    ("Jens Hansen - se vedhæftede -\nhar forladt projektet.", set()),
    ("Hvis vi ikke svarer innen fredag, vil vi bli fjernet fra anbudslisten.", set()),
    ("Vi ønsker alle data om os fjernet fra jeres leverandørportal, da vi ikke byder mere.",
     set()),
    ("Vi vil søge aktindsigt hos Aarhus Kommune i de oplysninger, de har om os i byggesagen.",
     set()),
    ("The delivery note had the wrong postcode for the site. The postcode should be 6000, not "
     "6100. Could you put it right in your system before the next drop?", set()),
    ("Send tegningerne som DXF, en fil programmet kan læse.", set()),
    ("Ihr Kollege Herr Jensen hat sich letzte Woche bei uns in den Ruhestand verabschiedet.",
     set()),
    ("Jens Hansen er holdt op med at arbejde om fredagen, så ring mandag til torsdag.", set()),
    ("John Smith has retired after decades in the industry. Please send quotes to Mary Cole.",
     {"contact_left"}),
    ("Jens Hansen er holdt op med at arbejde hos Vejle Stål.", {"contact_left"}),
])
def test_round51_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Rounds 52 and 53 (set230 to set237, stop 24): the false erasure closed (a retraction "at I
# IKKE sletter noget endnu", "behold oplysningerne"); wishes in plain words, in replies, for
# someone else; departures told by the leaver in the verb-first order and in other languages
@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg bad jer i sidste uge om at slette mine oplysninger. Min advokat har rådet mig til at I "
     "IKKE sletter noget endnu.\n\nSå: behold oplysningerne, men brug dem ikke til noget som "
     "helst, før jeg vender tilbage.", {"restriction"}),
    ("Men nu vil jeg helst heller ikke stå i jeres system overhovedet. Så I må også gerne slette "
     "navn, mail og telefon.", {"erasure"}),
    ("Slet navn og adresse på følgesedlen, tak.", set()),
    ("Jeg er bange for, at I ikke sletter noget.", set()),
    ("Når nu vi ikke bliver kunder, synes jeg heller ikke, I skal gå og gemme vores navn, adresse "
     "og telefonnummer. Vil du sørge for, at det bliver fjernet hos jer?", {"erasure"}),
    ("Må jeg få en udskrift af det, I har om mig? Og når jeg har fået det, så vil jeg gerne have, "
     "at det hele bliver slettet.", {"access", "erasure"}),
    ("Mit private mobilnummer står åbenbart som kontakt hos jer. Det skal ud.", {"erasure"}),
    ("Ich möchte Sie bitten, meine Adresse, Telefonnummer und E-Mail nicht weiter aufzubewahren, "
     "sondern aus Ihren Unterlagen zu entfernen.", {"erasure"}),
    ("Verwijdert u verder alstublieft mijn naam, adres en telefoonnummer uit uw bestanden.",
     {"erasure"}),
    ("I'd like a copy of all the personal data CL Smed holds on me.", {"access"}),
    ("Jeg får en mail fra jer hver anden uge med kampagner. Lad være med at sende mig den slags – "
     "ordrer og fakturaer er fint.", {"objection"}),
    ("Skriv til mig, når det handler om ordren, men I må ikke ringe med salg.", {"objection"}),
    ("Dem widerspreche ich hiermit ausdrücklich – bitte nutzen Sie meine Adresse nicht mehr für "
     "Werbezwecke.", {"objection"}),
    ("I skriver, at I bruger kundeoplysninger til statistik. Det protesterer jeg imod.",
     {"objection"}),
    ("Gider I glemme mig igen? :)", {"erasure"}),
    ("Ta gärna bort mina uppgifter, vi behöver inte er hjälp längre.", {"erasure"}),
    ("Ta bort mig från utskicken.", {"objection"}),
    ("Wilt u mij van uw mailinglijst halen en mijn gegevens weggooien?", {"erasure", "objection"}),
    ("Pourriez-vous me dire ce que vous avez sur moi ?", {"access"}),
    ("Jürgen Brandt ist seit Ende Februar nicht mehr in unserer Firma.", {"contact_left"}),
    ("Hei, Geir har sluttet her. Ta kontakt med meg om bestillingen.", {"contact_left"}),
    ("Jeg er holdt op hos Randers Rør, så I kan godt tage mig af jeres lister.",
     {"contact_left", "erasure"}),
    ("Må jeg få alt det, I har om mig? Gerne som en fil, jeg kan åbne i et regneark.",
     {"access", "portability"}),
    ("Could you take me out of your customer system, name, phone and the mail here?",
     {"erasure"}),
    ("I må ikke ringe til mig igen, og mit nummer skal ud af jeres lister.",
     {"erasure", "objection"}),
    ("Wir möchten Sie informieren, dass Herr Uwe Jansen zum 31.03.2026 bei uns ausscheidet.",
     {"contact_left"}),
    ("Onze inkoper, Sanne Bakker, is per 1 maart uit dienst is getreden.", {"contact_left"}),
    ("Hij wil graag dat al zijn persoonsgegevens uit uw systemen worden verwijderd.",
     {"erasure"}),
    ("Som sagt i telefonen er jeg stoppet hos Kold & Co Entreprise.", {"contact_left"}),
    ("Henrik Mose er ikke her mere - han har valgt at prøve kræfter med noget andet.",
     {"contact_left"}),
    ("Ich habe die Lübecker Stahlhandel GmbH zum 15. April verlassen.", {"contact_left"}),
    ("J'ai quitté la société Ateliers Ferronnerie Lyon en février.", {"contact_left"}),
    ("I left Northern Fasteners Ltd at the end of February.", {"contact_left"}),
    ("Indtil jeg har fået svar, vil jeg have at I spærrer mine oplysninger.", {"restriction"}),
    ("Jeg kom til at trykke afmeld i jeres nyhedsbrev – det var en fejl. Vil I sætte mig på "
     "listen igen?", set()),
])
def test_set230_237_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# The review of rounds 52 and 53's forms (a helper's probes, kept in part): the new wishes
# stay off scaffolding, price lists, jokes, rotas, offers and documents
@pytest.mark.parametrize(("text", "expected"), [
    ("Når vi har fået slutsynet, skal det hele bare fjernes fra jeres plads, stillads og "
     "container.", set()),
    ("I den nye prisliste står mit gamle nummer stadig. Mit nummer skal ud af jeres prisliste og "
     "erstattes af 22 33 44 55.", set()),
    ("Kan I slette navn og telefonnummer i kontaktfeltet øverst? Skriv Lars i stedet.", set()),
    ("Haha, det var mig der bestilte 400 skruer i stedet for 40. Gider I glemme mig igen? :) Men "
     "send gerne de 40.", set()),
    ("Tak for besøget. Vil I tage billedet af mig ned fra opslagstavlen i kantinen?", set()),
    ("Morten er ikke her længere end til kl. 15 i dag, så ring før.", set()),
    ("På vej hjem fra Horsens er jeg stoppet hos Bauhaus på vejen og har købt beslagene.",
     set()),
    ("Jeg arbejder ikke hos Jensen Byg om fredagen længere, kun man-tors.", set()),
    ("I left Northern Fasteners Ltd a voicemail this morning about the missing bolts.", set()),
    ("Ich habe die Firma heute um 15 Uhr verlassen, die Lieferung kam danach.", set()),
    ("Herr Becker ist seit Montag nicht mehr in der Firma, er ist auf Montage in Norwegen.",
     set()),
    ("J'ai quitté la société à 16h, la livraison est arrivée après mon départ.", set()),
    ("Sindre har sluttet å bruke den gamle malingen.", set()),
    ("I har hævet timeprisen med 15 %. Det protesterer jeg imod, det er ikke aftalt.", set()),
    ("I skal ikke ringe om tilbud før tirsdag, jeg er på ferie.", set()),
    ("Sie haben uns 12 Stunden Montage zu viel berechnet. Dem widerspreche ich hiermit.", set()),
    ("Verwijdert u mijn naam van de offerte, die moet op naam van de BV staan.", set()),
    ("Ta mina uppgifter bort från ritningen innan ni skickar den till kunden.", set()),
    ("Please take us off your books for the Harbour job, Paul will invoice it.", set()),
    ("Pouvez-vous me dire ce que vous avez de disponible en stock ?", set()),
    ("Vi ønsker, at I blokerer mine oplysninger om leveringsadressen på ordren.", set()),
    ("Dere må gjerne sende meg tilbud også i fremtiden, men ikke nyhetsbrev.", {"objection"}),
])
def test_round52_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 54 (set238 to set241, stop 24): mail typed on a phone (names in lower case, "jeg"
# left out, a greeting line with no full stop, "dont"), a sales pitch's call and monthly
# price, leavers in English, German, Swedish and Dutch names
@pytest.mark.parametrize(("text", "expected"), [
    ("hej\nbare så i ved det så er kim stoppet hos os pr 1/3. skriv til mig istedet",
     {"contact_left"}),
    ("bonjour, julien durand a quitté l'entreprise fin février.", {"contact_left"}),
    ("hej cl smed\njeg har været jeres kontakt hos smith vvs men er ik længere ansat der, "
     "stoppede i januar\nvil gerne ha at i sletter mit mobilnr", {"contact_left", "erasure"}),
    ("hej\nvar indkøber hos hansen stål indtil nytår men er stoppet der nu. ka i sende mig hvad i "
     "har om mig", {"access", "contact_left"}),
    ("until thats sorted pls dont use my data for anything, just keep it frozen.",
     {"restriction"}),
    ("Our DSAR Autopilot handles access and erasure requests for EUR 49/month. Worth a 15-minute "
     "call next week?", set()),
    ("Writing from my personal account as I finished up at Harland Fabrication on Friday - new "
     "job. Could you get rid of my mobile and anything else personal about me?",
     {"contact_left", "erasure"}),
    ("I'd be grateful if you could scrub me out of your records entirely.", {"erasure"}),
    ("Pieter has left Van Dam Staal as of last week.", {"contact_left"}),
    ("Wir teilen mit, dass Herr Tobias Wendt zum 28. Februar 2026 aus unserem Unternehmen "
     "ausgeschieden ist.", {"contact_left"}),
    ("Jeg vil gerne meldes fra jeres partnernyt.", {"objection"}),
    ("Jag har nu slutat där sedan ett halvår tillbaka. Jag vill att ni raderar mitt namn.",
     {"contact_left", "erasure"}),
    ("Jeg får fortsatt nyhetsbrevet deres. Vær så snill og ta meg av listen.", {"objection"}),
    ("Could you send me a full copy of everything you have on me, and my job records as a JSON or "
     "CSV file I can import elsewhere?", {"access", "portability"}),
    ("Jeg overtager firmaet fra min far, Erling Hald, som trækker sig helt ud af firmaet og går "
     "på pension.", {"contact_left"}),
    ("Men send ikke nyhedsbreve eller tilbud til den nye adresse.", {"objection"}),
    ("Kan dere sende meg en oversikt over hva dere har lagret om meg, og deretter slette alt "
     "sammen?", {"access", "erasure"}),
    ("hei! slett meg fra kundelista deres og ikke send mer reklame takk", {"erasure", "objection"}),
    ("i har mig på vestergade 12 men det er nr 21.", {"rectification"}),
])
def test_set238_241_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# The review of round 54's forms (a helper's probes, kept in part): a name typed in lower case
# that is also a word, a task stopped, a project or site left, a habit, a product's data sheet
@pytest.mark.parametrize(("text", "expected"), [
    ("er tom stoppet med maskinen", set()),
    ("så er karl stoppet med rygning", set()),
    ("så er sander stoppet, vi skal bruge en ny", set()),
    ("Jens har sluttet svejsningen på gelænderet", set()),
    ("Dave has moved on to the Leeds project", set()),
    ("Dieter ist aus dem Projekt ausgeschieden", set()),
    ("Uwe ist nicht mehr bei uns auf der Baustelle, er ist jetzt in Halle 2", set()),
    ("Jag har redan slutat där med pappersfakturor, skicka som pdf", set()),
    ("dont use my data sheet until the revision is approved", set()),
    ("dont delete it yet, we might reorder", set()),
    ("you havent removed my old address from the invoice yet, pls fix", set()),
    ("Jens trækker sig ud af forretningen som partner, men bliver som projektleder", set()),
    ("get rid of my personal mobile from the delivery note, use the office number", set()),
    ("send ikke tilbud på papir, kun pr mail", set()),
    ("I har os med 40 stk på ordren men det er 45", set()),
    ("I finished up at Jones Ltd on Friday after 9 years", {"contact_left"}),
])
def test_round54_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 55 (set242 to set245, stop 24), measured at the end of the stop: the false departure
# closed (a one-man firm closed, its owner retired), and some wishes without the usual words
@pytest.mark.parametrize(("text", "expected"), [
    ("Jeg har drevet Dalgaard Maskinservice som enkeltmandsfirma. Firmaet er nu lukket og jeg er "
     "gået på efterløn. Fjern mit navn, telefon og adresse fra jeres systemer.", {"erasure"}),
    ("Radera också mitt namn och min e-postadress ur ert register, tack.", {"erasure"}),
    ("Fjern mig fra listen, og slet i samme omgang min mailadresse hos jer.",
     {"erasure", "objection"}),
    ("Daar is niets van gekomen en ik werk er inmiddels ook niet meer. Wilt u mijn naam uit uw "
     "bestanden verwijderen?", {"contact_left", "erasure"}),
    ("I left Pembroke Steelwork at Christmas and I'm now working outside the industry. Please "
     "delete my details.", {"contact_left", "erasure"}),
    ("Jag vill inte finnas kvar i era register - varken namn, telefon eller adress.",
     {"erasure"}),
    ("Ik zou graag zien dat ik niet langer in jullie bestanden voorkom.", {"erasure"}),
    ("Inden I smider det ud, vil jeg gerne se, hvad I faktisk har om mig - så send det hele først, "
     "og når jeg har bekræftet modtagelsen, må I gerne skaffe jer af med det.",
     {"access", "erasure"}),
    ("Henrik Møller har fundet noget andet og er her ikke efter påske.", {"contact_left"}),
    ("Vores indkøber Tove Lind har holdt hos os pr. 28. februar.", {"contact_left"}),
    ("Efter 31 år hos Hjortshøj Smede & Maskiner er jeg nu gået på efterløn. Vær så venlige at "
     "strege mig helt ud af jeres systemer.", {"contact_left", "erasure"}),
    ("Nu er jeg gået på pension, og min kone og jeg er flyttet op til Skagen.",
     {"rectification"}),
])
def test_set242_245_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# The review of round 55's forms (a helper's probes, kept in part)
@pytest.mark.parametrize(("text", "expected"), [
    ("Montøren Kim Lund har fundet noget andet og har bestilt beslagene hos en anden leverandør.",
     set()),
    ("Kurt Olsen holder fri for altid, hvis det står til ham :) Men han er tilbage mandag.", set()),
    ("Vognmand Bent Skov har stoppet hos os i dag og hentet pallerne.", set()),
    ("Efter 40 år i huset er jeg gået på pension og vil gerne have lavet en ny trappe.", set()),
    ("Stryg mig ud af jeres vagtplan for weekenden, jeg er syg.", set()),
    ("Vi vil gerne ud af det hele - serviceaftalen og vedligeholdelsen af portene.", set()),
    ("I left two pallets at Christmas by your gate; are they still there?", set()),
    ("Graag zou ik zien dat ik niet langer in jullie systeem sta als contactpersoon voor project "
     "Zuidas.", set()),
    ("Project Zuidas is afgerond; ik werk er ook niet meer.", set()),
    ("Vi vill inte längre stå i ert system som kontaktperson för projekt Hamnen.", set()),
    ("Ta bort mitt namn på skylten vid entrén och sätt Eriks istället.", set()),
    ("Ret leveringsadressen til Havnegade 4 og slet i samme omgang mit navn og telefon på "
     "følgesedlen.", set()),
])
def test_round55_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 56 (set246 to set249, stop 25), measured at the start of the stop: the false erasures
# (a deletion the sender did, deletions asked of other firms) and the false departure (a job at
# some firm, not a customer) closed as classes; a wish in the past subjunctive; a departure
# after a fronted phrase or backed by a mailbox no longer the sender's; keep-but-do-not-use
@pytest.mark.parametrize(("text", "expected"), [
    ("Der stod hendes adresse og telefonnummer i. Jeg har slettet den igen, men jeg synes, I skal "
     "vide det.", set()),
    ("I've deleted my account on your portal myself.", set()),
    ("Jeg har brugt vinteren på et privat projekt: at få slettet mig hos alle de firmaer, jeg ikke "
     "bruger mere. I er ikke på listen.", set()),
    ("Frederik er 19 og er stoppet som lærling hos en smed i Middelfart, fordi mesteren gik "
     "konkurs.", set()),
    ("Jeg ville sætte pris på, hvis I ikke længere havde mine oplysninger liggende.", {"erasure"}),
    ("I would appreciate it if you no longer kept my details.", {"erasure"}),
    ("Efter 12 år hos Odense Stålmontage har jeg sagt op og er startet som projektleder hos et "
     "ingeniørfirma i Kolding.", {"contact_left"}),
    ("Jeg er stoppet som fodermester på Lindegaard Kvæg, så jonas@lindegaard.example.dk er ikke "
     "min længere.", {"contact_left"}),
    ("Som skrevet er jeg stoppet som indkøber hos Kolding Smede- og Maskinfabrik. Fremover skal I "
     "kontakte Lise.", {"contact_left"}),
    ("Jeg har skiftet mobilnummer, det nye er 12 67 30 19. Kan i rette det i jeres system.",
     {"rectification"}),
    ("Behold mine oplysninger, men lad være med at bruge dem.", {"restriction"}),
    ("Jeg vil vide, hvor I har mit nummer fra. Slet det ikke endnu – jeg har en verserende sag, "
     "og der kan jeg få brug for jeres oplysninger.", {"access", "restriction"}),
    ("Ik wil jullie nieuwsbrief niet meer ontvangen. Haal mij van de lijst a.u.b.", {"objection"}),
    ("Kan I sende de oplysninger, I har registreret om mig, i et maskinlæsbart format (CSV)?",
     {"portability"}),
])
def test_set246_249_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# ... and their near misses, which must stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("I har stadig mit gamle mobilnummer 12 31 55 08. Det nummer har jeg sagt op. Mit nye er "
     "12 31 90 62 - vil I rette det i jeres system?", {"rectification"}),
    ("Rasmus Juhl har fået nyt job hos en konkurrent og har haft sidste dag i dag.",
     {"contact_left"}),
    ("Jens er stoppet hos en af jeres kunder, Holm Byg. Fremover skal I kontakte Lise.",
     {"contact_left"}),
    ("Hvis I ikke havde mine oplysninger, kunne I ikke sende fakturaen.", set()),
    ("Haal mij van de wachtlijst voor de cursus.", set()),
])
def test_set246_249_near_misses(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# The review of round 56's forms (a helper's probes, kept in part): each must stay as it is
@pytest.mark.parametrize(("text", "expected"), [
    ("Slet venligst mine oplysninger hos alle jeres selskaber i koncernen.", {"erasure"}),
    ("Please delete my data from all your companies in the group.", {"erasure"}),
    ("Slet mine oplysninger hos alle andre firmaer, I har givet dem videre til.", {"erasure"}),
    ("Jeg ville ikke være glad, hvis I ikke længere havde mine oplysninger, for så skal jeg "
     "oprette mig igen.", set()),
    ("It would be great if you didn't have my details wrong on every single invoice.", set()),
    ("I'd appreciate it if you didn't have my information printed on the outside of the "
     "envelope.", set()),
    ("Efter 10 år som kunde har jeg forladt jer til fordel for en konkurrent. Jeg vil gerne have "
     "slettet mine oplysninger.", {"erasure"}),
    ("Nu er jeg stoppet efter 20 år, og jeg vil ikke have flere tilbud på nikotinplaster.",
     {"objection"}),
    ("Henrik er stoppet som driftsleder på en dags varsel, så send fremover tilbud til Lise.",
     {"contact_left"}),
    ("Vores kontaktperson Jens er stoppet som indkøber hos en ny arbejdsgiver pr. 1. maj.",
     {"contact_left"}),
    ("Jeg gør indsigelse mod jeres profilering af mig, men behold mine oplysninger til "
     "garantien.", {"objection", "restriction"}),
    ("Slet det ikke endnu – vi skal bruge tegningen til mødet på torsdag.", set()),
    ("Behold dem, men lad være med at lægge dem på hjemmesiden før vi har godkendt dem.", set()),
    ("Haal mij maar van de lijst voor de excursie, ik kan helaas niet komen.", set()),
    ("Jeg er stoppet på gymnasiet, så min skolemail virker ikke længere. Skriv til min private i "
     "stedet.", {"rectification"}),
])
def test_round56_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 57 (set250 to set253, stop 25): the false erasures and departure closed as classes (a
# Swedish call list, a third person off a cc line, an order cancelled in Norwegian, a payee's
# old bank account, a one-man firm shut down, a reply's "no more questions", what we need
# from a customer); departures by apprentices, owners who sold, a bookkeeper leaving; "then
# delete them" after an access question in German, Dutch and an English list; a restriction
# until corrected asks for the correction too
@pytest.mark.parametrize(("text", "expected"), [
    ("Jag vill inte ha fler samtal eller erbjudanden från er. Ta bort mitt nummer från er "
     "ringlista.", {"objection"}),
    ("Peter Holm skal derfor ikke længere have kopi af vores fakturaer – fjern ham fra cc.", set()),
    ("sry men kan i slette min ordre #55102? har fundet en brugt på DBA", set()),
    ("Due to an audit our bank details have changed. All outstanding invoices must be paid to the "
     "new account below from today. Please delete the old account from your records.\n\nIBAN: "
     "XX00 0000 0000 0000 00", set()),
    ("I'm retiring and shutting down Hughes Ironworks (it's just me). Please wipe my details from "
     "your system once the last invoice is paid.", {"erasure"}),
    ("Hvilke oplysninger har I brug for fra os til tolddeklarationen?", set()),
    ("fyi Liam Carter (liam.carter@harbourfab.example.com) finished his apprenticeship with us "
     "last week and has moved on to a job in Aarhus. I will be your contact going forward.",
     {"contact_left"}),
    ("Vores tidligere sommerhjælp Mikkel Dahl, som har været her på deltid hele vinteren, er "
     "stoppet nu. Ret henvendelser til mig.", {"contact_left"}),
    ("Bare til orientering: vores to elever Jonas og Freja blev færdige hos os i februar og er "
     "ikke længere ansat. Fremover er det mig, I skal sende tegninger til.", {"contact_left"}),
    ("Daan de Vries heeft zijn stage bij ons afgerond en werkt hier niet meer.", {"contact_left"}),
    ("Jeg er altså ikke længere tilknyttet firmaet. Jeg vil gerne bede jer om at slette mit "
     "mobilnummer fra jeres system.", {"contact_left", "erasure"}),
    ("Selskabet er solgt, og den tidligere direktør Kim Rasmussen er ikke længere involveret i "
     "selskabet.", {"contact_left"}),
    ("Jeg har solgt firmaet til mine to svende. I må ikke ringe til mig mere om tilbud og "
     "kampagner.", {"contact_left", "objection"}),
    ("Jeg stopper som bogholder hos Vognmand Kjær ApS den 31. marts. Fra 1. april tager min "
     "afløser Susanne over.", {"contact_left"}),
    ("Hej, jeg har sagt op hos Brdr. Mikkelsen Staal og er ikke længere ansat der. Jeg vil gerne "
     "vide hvad I har af oplysninger om mig og derefter have dem slettet.",
     {"access", "contact_left", "erasure"}),
    ("Fjern mit nummer fra jeres ringelister, og slet i det hele taget mit telefonnummer fra "
     "jeres system.", {"erasure", "objection"}),
    ("Jeg vil have:\n- en kopi af alt, hvad I har om mig\n- at I derefter sletter det hele\n- at I "
     "ALDRIG kontakter mig igen med tilbud", {"access", "erasure", "objection"}),
    ("Kunt u mij laten weten welke persoonsgegevens u van mij heeft, en deze daarna verwijderen?",
     {"access", "erasure"}),
    ("Bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben, und löschen Sie sie "
     "danach.", {"access", "erasure"}),
    ("I want:\n1) a copy of all the personal data you hold on me,\n2) everything deleted once you "
     "have sent me the copy.", {"access", "erasure"}),
    ("Mit efternavn står som Jensenn i jeres mails. Vil I lade være med at bruge mine "
     "oplysninger til udsendelser indtil I har fået det rettet?",
     {"rectification", "restriction"}),
])
def test_set250_253_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_two_names_fronted_before_sagt_op_are_both_departed() -> None:
    result = classify("Til orientering har både Søren Kragh og Katrine Lykke fra vores "
                      "indkøbsafdeling sagt op.")
    assert [d.name for d in result.departed] == ["Søren Kragh", "Katrine Lykke"]


def test_a_title_abbreviation_does_not_end_the_sentence() -> None:
    # "hos Brdr. Mikkelsen Staal og er ikke længere ansat": the firm is no person who left
    result = classify("Hej, jeg har sagt op hos Brdr. Mikkelsen Staal og er ikke længere ansat.",
                      sender_name="Pia Lassen", sender_email="pia@example.dk")
    assert [d.name for d in result.departed] == ["Pia Lassen"]


# The review of round 57's forms (a helper's probes, kept in part): each must stay as it is
@pytest.mark.parametrize(("text", "expected"), [
    ("Hi Tom, the Hansen project was delivered on Friday and has moved on to the snagging phase.",
     set()),
    ("Hi Tom, we reviewed the quote and have moved on to another supplier.", set()),
    ("Volvo Trucks updated the parts list and has retired the old FH12 model numbers.", set()),
    ("Peter Holm finished the site survey and is no longer with the project team. He is still "
     "our sales manager.", set()),
    ("Beste Kees, Jan heeft de bestelling opgehaald en werkt hier niet meer aan.", set()),
    ("Outlook werkt hier niet meer sinds de update.", set()),
    ("Jeg har solgt firmaet til min søn Kasper, men jeg bliver i firmaet som montør. Send "
     "fremover tilbud til kasper@smed.example.dk.", set()),
    ("Lene Berg er stoppet som fast ansat og er nu gået over til deltid.", set()),
    ("Det undrer mig at I ikke kontakter os med tilbud længere – er vi droppet?", set()),
    ("I don't want any more calls about orders or promotions from your sales team.",
     {"objection"}),
    ("Jeg ønsker ingen flere henvendelser fra jer og har ikke flere spørgsmål.", {"objection"}),
    ("Hej, ta bort mitt nummer från er ringlista och ert kundregister. Jag vill inte finnas hos "
     "er alls.", {"erasure"}),
    ("Hej, jeg har fået ny bankkonto. Ret venligst til reg.nr. 9876 kontonr. 1234567.",
     {"rectification"}),
    ("Ret leveringsadressen til Havnegade 4 og slet i samme omgang mit navn og telefon på "
     "følgesedlen.", set()),
])
def test_round57_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_greeting_name_is_not_who_left() -> None:
    result = classify("Hi Tom, fyi Liam Carter (liam@harbour.example.com) finished his "
                      "apprenticeship with us last week and has moved on to a job in Aarhus.")
    assert [(d.name, d.email) for d in result.departed] == [
        ("Liam Carter", "liam@harbour.example.com")]


def test_a_street_abbreviation_still_ends_a_sentence() -> None:
    result = classify("Our office has moved to 12 Baker St. Peter Holm has left the company.")
    assert [d.name for d in result.departed] == ["Peter Holm"]


# Round 58 (set254 to set257, stop 25), a short study: the false readings closed as classes (a
# course seller's "half-day course ... 30% off", a framework agreement left, a one-man firm
# closed, a site left within the firm, a project mailbox no longer read) and people who step down
# from a board, an office or a school
@pytest.mark.parametrize(("text", "expected"), [
    ("Did you know that companies must answer access and erasure requests within one month? On our "
     "half-day course you will learn how to handle the right to be forgotten. Book now with 30% "
     "off.", set()),
    ("Jeg bekræfter, at Kolding Ventilation er fratrådt rammeaftalen om rustfri kanaler pr. 30. "
     "juni.", set()),
    ("I have now retired and closed my one-man firm after 28 years. Please delete my personal "
     "details from your records.", {"erasure"}),
    ("Mark Wood has left our Leeds site and now works from our Hull office.", set()),
    ("Efter generalforsamlingen er vores kasserer Lone Dahl trådt ud af bestyrelsen. Send fremover "
     "alt økonomi til kasserer@haldif.example.dk.", {"contact_left"}),
    ("Herr Klaus Petersen ist zum 1. März aus dem Vorstand unseres Vereins ausgeschieden.",
     {"contact_left"}),
    ("I stepped down as treasurer of the Parents' Association in February. Please send me a copy "
     "of whatever you hold about me and then delete it.", {"access", "contact_left", "erasure"}),
    ("Jeg var kasserer i Hald IF indtil i tirsdags, men er nu ude af bestyrelsen. Kan I sende mig "
     "en kopi af det I har om mig?", {"access", "contact_left"}),
    ("Hun er ude af firmaet i dag, men tilbage i morgen.", set()),
])
def test_set254_257_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_project_mailbox_no_longer_read_is_no_departure() -> None:
    result = classify("This mailbox is no longer monitored. Please send project correspondence to "
                      "design@brightmarine.example.com.", auto=True,
                      sender_email="projects@brightmarine.example.com")
    assert result.intents == ()


# The review of round 58's forms (a helper's probes, kept in part): each must stay as it is
@pytest.mark.parametrize(("text", "expected"), [
    ("I took your online course at 20% off last year. I am exercising my right to erasure under "
     "Article 17 GDPR.", {"erasure"}),
    ("Jeg stopper på skolen til sommer. Min søn skal ikke gå der længere, så slet venligst hans "
     "oplysninger.", {"erasure"}),
    ("Jeg stopper på kontoret kl. 14 i dag pga. lægebesøg. Lars Winther bliver jeres kontakt "
     "resten af dagen.", set()),
    ("Vores direktør Jens Hansen er trådt ud af bestyrelsen, men han fortsætter som direktør og er "
     "fortsat jeres kontaktperson.", set()),
    ("Peter Lund er gået ud af selskabet som medejer, men han er stadig ansat hos os som "
     "værkfører.", set()),
    ("I've stepped down from day-to-day management but remain owner. Jane Hill will take over as "
     "your contact for deliveries.", set()),
    ("Tom Reed has left us, and we have closed his company mobile account. Please contact Jane "
     "Hill.", {"contact_left"}),
    ("Ole Hansen er fratrådt ved fratrædelsesaftale pr. 1. marts. Fremover skal I kontakte "
     "Susanne Berg.", {"contact_left"}),
    ("Karin Holm er fratrådt i opsagt stilling og er fritstillet.", {"contact_left"}),
    ("Tom Reed has left the department and now works at the University of York.",
     {"contact_left"}),
])
def test_round58_review_probes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


# Round 59 (set258 to set261, stop 25), a short study: a copy to read beside a file to move is
# access and portability; a subject's "Slet mig" that the body goes on "lige fra
# mødeinvitationen" asks nothing
@pytest.mark.parametrize(("text", "expected"), [
    ("Please send me all data you hold on me, and my order history as CSV so I can import it at "
     "my new supplier.", {"access", "portability"}),
    ("I would like to receive (1) a complete copy of all personal data that you\nhave saved about "
     "me, and (2) my orders in a structured, machine readable format (JSON).",
     {"access", "portability"}),
    ("Jeg vil gerne have alle mine oplysninger fra jer i en CSV-fil, så jeg kan tage dem med til "
     "en ny leverandør.", {"portability"}),
])
def test_set258_261_classes(text: str, expected: set[str]) -> None:
    assert intents(text) == expected


def test_a_subject_the_body_goes_on_with_is_read_as_one_phrase() -> None:
    assert classify("lige fra mødeinvitationen på fredag, jeg kan ikke komme.", "Slet mig"
                    ).intents == ()
    assert classify("fra jeres kundekartotek, tak.", "Slet mig").intents == ("erasure",)
    assert classify("fra møderegistreringen og jeres medlemsdatabase. Jeg har meldt mig ud.",
                    "Slet mig").intents == ("erasure",)
