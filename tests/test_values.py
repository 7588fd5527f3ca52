"""read_new_values: the new e-mail, phone, address, title or name a rectification asks for.

Each case is one sentence as a sender would write it (Danish first, then English) and the
values that must be read from it, no more and no fewer. Old, wrong or unchanged values must
never come back as new ones, and where the wording leaves it open nothing is returned.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.reading.context import DEFAULT_CONTEXT
from bot.reading.values import NewValue, read_new_values


def values(text: str) -> set[tuple[str, str]]:
    return {(v.field, v.value) for v in read_new_values(text)}


READS = {
    # phone
    "da-new-phone": ("Mit nye telefonnummer er 22 33 44 55", {("phone", "+4522334455")}),
    "da-new-mobile-colon": ("Og så har jeg fået nyt mobilnummer: 28 44 61 90.",
                            {("phone", "+4528446190")}),
    "da-short-nyt-nr": ("nyt nr 22 84 19 07, det gamle virker ikke mere. pls opdater",
                        {("phone", "+4522841907")}),
    "da-changed-to": ("Men mit mobilnummer er ændret til 31 72 90 18, det gamle er lukket.",
                      {("phone", "+4531729018")}),
    "da-from-to": ("Vil I rette mit nummer fra 61 72 83 94 til 22 33 44 55?",
                   {("phone", "+4522334455")}),
    "da-from-to-brief": ("ret mit nummer fra 11 22 33 44 til 22 33 44 55",
                         {("phone", "+4522334455")}),
    "da-not-but": ("Mit nummer er ikke 61 72 83 94, men 22 33 44 55.", {("phone", "+4522334455")}),
    "en-not-but": ("not 11 22 33 44 but 22 33 44 55", {("phone", "+4522334455")}),
    "en-old-then-new": ("You still have my old mobile number (+45 22 33 44 55) on file. Please "
                        "correct it to +45 61 72 83 94.", {("phone", "+4561728394")}),
    "en-plus-45": ("My new phone number is +45 61 72 83 94.", {("phone", "+4561728394")}),
    "en-uk-number": ("My new mobile is +44 20 7946 0000.", {("phone", "+442079460000")}),
    # e-mail
    "da-ny-mail": ("ny mail: jens@nyt.dk", {("email", "jens@nyt.dk")}),
    "da-nye-email-case": ("min nye e-mail er Jens@Nyt.dk", {("email", "Jens@nyt.dk")}),
    "da-use-from-now-on": ("Den gamle adresse aase.k@gammel.example.dk nedlægges. Jeg beder Dem "
                           "fremover benytte aase.kirkegaard@mail.example.com.",
                           {("email", "aase.kirkegaard@mail.example.com")}),
    "da-ret-til": ("Min gamle mail er lukket, så ret venligst til denne: morten@mail.example.com",
                   {("email", "morten@mail.example.com")}),
    "en-correct-email": ("I suspect you have my old work email (j.barnes@example.com). My correct "
                         "email is jessbarnes@mail.example.com, please update it.",
                         {("email", "jessbarnes@mail.example.com")}),
    "en-email-now": ("My email is now laura.bennett@example.com - the old address will be closed.",
                     {("email", "laura.bennett@example.com")}),
    "en-new-email-address": ("My new email address is anna@mail.example.com.",
                             {("email", "anna@mail.example.com")}),
    # postal address
    "da-moved-to": ("Jeg er flyttet til Vestergade 12, 8000 Aarhus C",
                    {("address", "Vestergade 12, 8000 Aarhus C")}),
    "da-ny-adresse": ("ny adresse: Vestergade 12, 8000 Aarhus C",
                      {("address", "Vestergade 12, 8000 Aarhus C")}),
    "da-bor-nu": ("I har min gamle adresse (Kongensgade 3, 6070 Christiansfeld). Jeg bor nu på "
                  "Skolegade 15, 6070 Christiansfeld.",
                  {("address", "Skolegade 15, 6070 Christiansfeld")}),
    "da-old-and-new-lines": ("Gammel adresse: Nørretorv 4, 1. tv, 7100 Vejle\n"
                             "Ny adresse: Rosenvænget 7, 7080 Børkop",
                             {("address", "Rosenvænget 7, 7080 Børkop")}),
    "da-moved-over-lines": ("Jeg er flyttet pr. 1. april til:\nFuglsangvej 22\n7120 Vejle Øst",
                            {("address", "Fuglsangvej 22, 7120 Vejle Øst")}),
    "da-floor-side": ("Min nye adresse: Sønderbrogade 44, 2. tv, 7000 Fredericia.",
                      {("address", "Sønderbrogade 44, 2. tv, 7000 Fredericia")}),
    "en-new-address": ("my new address is 12 High Street, London",
                       {("address", "12 High Street, London")}),
    "en-correct-address": ("Your records still have my old address, Østergade 5, 6000 Kolding. "
                           "My correct address is Bredgade 44, 1. tv., 7100 Vejle.",
                           {("address", "Bredgade 44, 1. tv., 7100 Vejle")}),
    # title
    "da-titel-nu": ("min titel er nu værkfører", {("title", "værkfører")}),
    "da-blevet": ("Jeg er pr. 1. januar blevet driftschef hos Juhl Ejendomme (før "
                  "driftskoordinator).", {("title", "driftschef")}),
    "da-fra-til-quoted": ('min titel i jeres system skal rettes fra "Indkøber" til "Indkøbschef".',
                          {("title", "Indkøbschef")}),
    "en-i-am-now": ("I am now Head of Purchasing", {("title", "Head of Purchasing")}),
    "en-title-now": ("Quick note: my title is now Head of Procurement (I'm no longer Purchasing "
                     "Coordinator).", {("title", "Head of Procurement")}),
    # name
    "da-stavet-forkert": ("I har stavet mit navn forkert, det er Søren Aagaard",
                          {("name", "Søren Aagaard")}),
    "da-staves": ("Mit efternavn staves Gregersen (ikke Gregersén, som det står på tilbuddet).",
                  {("name", "Gregersen")}),
    "da-er-ikke": ("Og mit efternavn er Skov, ikke Skou.", {("name", "Skov")}),
    "da-hedder": ('Der står "Henning Kærsgård". Det er forkert - jeg hedder Henning Kjærsgaard.',
                  {("name", "Henning Kjærsgaard")}),
    "en-spelled": ("my name is spelled Sören, not Soren", {("name", "Sören")}),
    "en-its-not": ("You've misspelt my surname throughout. It's Whitfield, not Whitefield.",
                   {("name", "Whitfield")}),
    "en-married": ("I got married in the spring, so my surname is now Lindqvist.",
                   {("name", "Lindqvist")}),
    "en-changed-from-to": ("I have changed my name from Laura Hughes to Laura Bennett.",
                           {("name", "Laura Bennett")}),
    # several at once
    "da-address-and-phone": ("Jeg er flyttet til Fuglsangvej 22, 7120 Vejle Øst. Mit nye "
                             "mobilnummer er 61 47 29 83.",
                             {("address", "Fuglsangvej 22, 7120 Vejle Øst"),
                              ("phone", "+4561472983")}),
    "da-address-and-phone-one-sentence": ("Min nye adresse er Vestergade 12, 8000 Aarhus C, og mit "
                                          "nye nummer er 22 33 44 55.",
                                          {("address", "Vestergade 12, 8000 Aarhus C"),
                                           ("phone", "+4522334455")}),
    "da-cue-belongs-to-first-value": ("Min nye mail er a@nyt.dk og adressen er Vestergade 12, "
                                      "8000 Aarhus C.", {("email", "a@nyt.dk")}),
    "da-first-and-surname": ("I har stavet mit navn forkert – det er Søren med ø, ikke Soren, og "
                             "efternavnet er Kjærsgaard med æ.",
                             {("name", "Søren"), ("name", "Kjærsgaard")}),
}


@pytest.mark.parametrize("text, expected", READS.values(), ids=READS.keys())
def test_reads_the_new_value(text: str, expected: set[tuple[str, str]]) -> None:
    assert values(text) == expected


NOTHING = {
    "moved-no-address": "I have moved",
    "da-moved-no-address": "Jeg er flyttet, vil I rette det?",
    "old-phone-only": "Mit gamle nummer 22 33 44 55 virker ikke mere.",
    "unchanged-phone": "Telefonnummeret er det samme: 22 33 44 55.",
    "invalid-phone": "Mit nye telefonnummer er 12 45 77 41",  # not a number phonenumbers knows
    "too-short-phone": "Mit nye nummer er 22 33 44",
    "cpr-number": "Mit nye nummer er 010190-1234",
    "cpr-without-dash": "Mit nye nummer er 0101901234",
    "order-number": "Ny ordre 22334455 er afsendt.",
    "company-premises": "Hansen Byg A/S flytter til nye lokaler på Industrivej 41, 7120 Vejle.",
    "new-contact-person": "Fremover skal I kontakte Lise Nygaard (ln@jensenbyg.example.dk).",
    "successor-named": "Fremadrettet er det Susanne Vinther (sv@fhservice.example.dk).",
    "address-without-postcode": "Jeg bor nu på Skolegade 15.",
    "old-address-only": "Your records still have my old address, Østergade 5, 6000 Kolding.",
    "writes-from-new-mail": "Den nye mail er den, jeg skriver fra nu.",
    "name-introduction": "Mit navn er Jens Hansen, og jeg vil gerne have indsigt i mine data.",
    "name-old-only": 'På fakturaen står der "Soren Kjersgard".',
    "on-leave-not-title": "I am now on parental leave until August.",
    "moved-not-title": "Jeg er nu flyttet.",
    "no-longer-title": "Jeg er nu ikke længere indkøbsassistent.",
    "en-no-longer-title": "I am now no longer Purchasing Coordinator.",
    "call-me-right-away": "Ring til mig på 22 33 44 55, jeg har skrevet tre gange nu.",
    "empty": "",
}


@pytest.mark.parametrize("text", NOTHING.values(), ids=NOTHING.keys())
def test_reads_nothing(text: str) -> None:
    assert read_new_values(text) == ()


def test_old_value_is_never_read_as_new() -> None:
    found = values("Vil I rette mit nummer fra 61 72 83 94 til 22 33 44 55?")
    assert ("phone", "+4561728394") not in found


def test_evidence_quotes_the_sentence_that_gives_the_value() -> None:
    (value,) = read_new_values("Hej. Mit nye telefonnummer er 22 33 44 55. Tak!")
    assert value == NewValue("phone", "+4522334455", "Mit nye telefonnummer er 22 33 44 55")


def test_values_come_in_text_order() -> None:
    text = "Min nye mail er a@nyt.dk. Jeg er flyttet til Vestergade 12, 8000 Aarhus C."
    assert [v.field for v in read_new_values(text)] == ["email", "address"]


def test_same_value_twice_is_returned_once() -> None:
    text = "Mit nye nummer er 22 33 44 55. Jeg gentager: mit nye nummer er 22 33 44 55."
    assert values(text) == {("phone", "+4522334455")}


def test_huge_text_is_cut_not_stalled() -> None:
    text = "Mit nye telefonnummer er 22 33 44 55. " + "bla " * 100_000
    assert values(text) == {("phone", "+4522334455")}


def test_the_firms_own_name_is_never_read_as_the_senders() -> None:
    # the firm's name comes from the configuration; its words are never part of a name
    text = "Mit navn staves Nordbyg Jensen."
    assert [v.value for v in read_new_values(text)] == ["Nordbyg Jensen"]
    nordbyg = replace(DEFAULT_CONTEXT, firm_name="Nordbyg ApS")
    assert read_new_values(text, nordbyg) == ()
