"""looks_like_spam: spam and phishing are never acknowledged; genuine mail always may be.

Three layers: every corpus message is flagged exactly when its file name says spam, no
message of the regression sets that carries a request is flagged, and hand-made mails
(phishing, fraud and sales spam in Danish and English, and genuine mail that looks like
it) check each signal on its own.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from bot.reading.message import ParsedMessage, parse_message
from bot.reading.spam import looks_like_spam
from bot.reading.understand import understand_parsed

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus"
REGRESSION = TESTS / "regression"
OWN = frozenset({"privacy@clsmed.dk", "info@clsmed.dk", "kontor@clsmed.dk"})


def parse_file(path: Path) -> ParsedMessage:
    return parse_message(path.read_bytes(), own_addresses=OWN)


CORPUS_FILES = sorted(CORPUS.glob("*.eml"))


def test_corpus_is_there() -> None:
    assert len(CORPUS_FILES) > 200
    assert sum("spam" in p.name for p in CORPUS_FILES) >= 5


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_corpus_flagged_exactly_when_spam(path: Path) -> None:
    reason = looks_like_spam(parse_file(path))
    if "spam" in path.name:
        assert reason is not None
    else:
        assert reason is None


def _requests() -> list[Path]:
    """Every regression mail whose label has intents: a request that must be answered."""
    found = []
    for labels in sorted(REGRESSION.glob("set*/labels.jsonl")):
        for line in labels.read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            if label["intents"]:
                found.append(labels.parent / label["file"])
    return found


REQUESTS = _requests()


def test_regression_sets_are_there() -> None:
    assert len(REQUESTS) > 250


@pytest.mark.parametrize("path", REQUESTS, ids=[f"{p.parent.name}/{p.name}" for p in REQUESTS])
def test_regression_request_not_flagged(path: Path) -> None:
    assert looks_like_spam(parse_file(path)) is None


# --------------------------------------------------------------------------- hand-made mails


def mail(
    sender: str,
    subject: str,
    body: str,
    *,
    to: str = "CL Smed Persondata <privacy@clsmed.dk>",
    reply_to: str | None = None,
    html: bool = False,
) -> ParsedMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Mar 2026 10:12:00 +0100"
    msg["Message-ID"] = "<test-1@mail.example.com>"
    if reply_to:
        msg["Reply-To"] = reply_to
    msg.set_content(body, subtype="html" if html else "plain")
    return parse_message(msg.as_bytes(policy=SMTP), own_addresses=OWN)


def test_da_fake_datatilsynet_fine_is_flagged() -> None:
    parsed = mail(
        "Datatilsynet <sagsbehandling@datatilsynet-afgorelse.example.net>",
        "Afgørelse: bøde for overtrædelse af GDPR",
        "Til CL Smed A/S\n\nDatatilsynet har konstateret, at jeres virksomhed ikke overholder "
        "databeskyttelsesforordningen. Der er pålagt en bøde på 25.000 kr.\n\n"
        "Bøden skal betales inden for 48 timer via https://dt-betaling.example.net/sag/4471, "
        "ellers overgår sagen til inkasso.\n\nDatatilsynet",
    )
    assert looks_like_spam(parsed) is not None


def test_en_fake_access_request_behind_a_login_is_flagged() -> None:
    """A "data subject access request lodged via our portal" that names no one and asks to
    log in with the firm's own account: a credential lure, not a request."""
    parsed = mail(
        "Compliance Desk <notices@gdpr-requests.example.net>",
        "GDPR Data Subject Access Request - action required",
        "Dear Sir/Madam,\n\nA data subject access request under Article 15 GDPR has been "
        "lodged against your organisation via our compliance portal. Failure to respond within "
        "72 hours may result in penalties.\n\nTo view the request, log in with your company "
        "email account: https://secure-verify.example.net/portal/login\n\nCompliance Desk",
    )
    assert looks_like_spam(parsed) is not None


def test_a_customer_who_cannot_log_in_is_no_phishing() -> None:
    parsed = mail(
        "Ida Holm <ida.holm@mail.example.com>",
        "Min konto",
        "Hej\n\nJeg kan ikke logge ind med min konto på jeres side i dag. Vil I slette den? "
        "Se https://www.example.com/fejl\n\nIda",
    )
    assert looks_like_spam(parsed) is None


def test_da_fake_skat_refund_login_is_flagged() -> None:
    parsed = mail(
        "Skattestyrelsen <noreply@skat-refusion.example.org>",
        "Du har penge til gode",
        "Kære virksomhed\n\nVi har beregnet, at I har 8.412 kr. til gode. For at modtage "
        "tilbagebetalingen skal I logge ind med MitID og bekræfte jeres konto.\n\n"
        "Log ind her: https://skat-refusion.example.org/mitid\n\n"
        "Med venlig hilsen\nSkattestyrelsen",
    )
    assert looks_like_spam(parsed) is not None


def test_en_gdpr_compliance_department_verify_is_flagged() -> None:
    parsed = mail(
        "GDPR Compliance Department <office@eu-dataregister.example.org>",
        "Final notice: GDPR registration",
        "Dear data controller,\n\nOur records show that clsmed.dk is not registered in the EU "
        "GDPR register. To avoid a penalty, confirm your account and pay the registration fee "
        "of EUR 490.\n\nComplete your registration here: https://eu-dataregister.example.org/reg",
    )
    assert looks_like_spam(parsed) is not None


def test_en_bank_invoice_to_new_account_is_flagged() -> None:
    parsed = mail(
        "Danske Bank Erhverv <payments@danske-erhverv.example.com>",
        "Important: changed bank details",
        "Dear customer,\n\nDue to an internal audit our bank details have changed. Please pay "
        "the outstanding invoice to our new account: IBAN DK00 0000 0000 0000 00.\n\n"
        "Regards,\nDanske Bank Business Payments",
    )
    assert looks_like_spam(parsed) is not None


def test_en_ceo_gift_cards_is_flagged() -> None:
    parsed = mail(
        "Claus Lind <claus.lind.office@mail-direct.example.net>",
        "Quick favour",
        "Hi,\n\nAre you available? I need you to buy 5 Apple gift cards of 500 kr for a client "
        "today. Keep it confidential for now, it is a surprise. Send me the codes when you "
        "have them.\n\nClaus",
        reply_to="claus.privat@mail-other.example.org",
    )
    assert looks_like_spam(parsed) is not None


def test_da_ceo_transfer_is_flagged() -> None:
    parsed = mail(
        "Claus Lind <c.lind@direktion-mail.example.net>",
        "Opgave",
        "Hej\n\nEr du på kontoret? Jeg sidder i møde og kan ikke tale i telefon. Jeg har brug "
        "for at du laver en bankoverførsel på 48.500 kr. til en ny leverandør. Det er "
        "fortroligt indtil videre.\n\nClaus",
    )
    assert looks_like_spam(parsed) is not None


def test_da_seo_pitch_is_flagged() -> None:
    parsed = mail(
        "Mads | Webvækst <mads@webvaekst-bureau.example.dk>",
        "Hurtigt spørgsmål om clsmed.dk",
        "Hej\n\nJeg kiggede på clsmed.dk og kunne se, at I ikke ligger på side 1 på Google for "
        "\"smed Vejle\". Vi har hjulpet over 150 virksomheder til flere kunder via SEO.\n\n"
        "Har I tid til en gratis SEO-analyse i næste uge?\n\nMads",
    )
    assert looks_like_spam(parsed) is not None


def test_da_lookalike_domain_invoice_is_flagged() -> None:
    parsed = mail(
        "Mette Lauridsen <mette@c1smed.dk>",
        "SV: Faktura",
        "Hej\n\nKan du betale den vedhæftede faktura fra Stålgrossisten i dag? De har fået "
        "nyt kontonummer, så brug det nye: reg. 9999 konto 1234567890.\n\nMette",
        to="Claus Lind <claus@clsmed.dk>",
    )
    assert looks_like_spam(parsed) is not None


def test_en_html_verify_button_under_deadline_is_flagged() -> None:
    parsed = mail(
        "Mailbox Service <service@mailbox-quota.example.com>",
        "Your mailbox will be deactivated",
        "<html><body><p>Your mailbox privacy@clsmed.dk has exceeded its quota.</p>"
        "<p>All messages will be permanently deleted unless you verify your mailbox within "
        "24 hours.</p><p><a href=\"https://mailbox-quota.example.com/v\">Verify now</a></p>"
        "</body></html>",
        html=True,
    )
    assert looks_like_spam(parsed) is not None


# Genuine mail that shares words or signals with the mails above.


def test_da_request_threatening_datatilsynet_is_not_flagged() -> None:
    parsed = mail(
        "Jakob Thorsen <jakob.thorsen@mail.example.com>",
        "Indsigt – sidste frist",
        "Hej\n\nJeg bad om indsigt i mine oplysninger for fem uger siden og har stadig ikke "
        "fået svar. Send mig en kopi i dag, ellers klager jeg til Datatilsynet, se "
        "https://www.datatilsynet.dk/borger/klage.\n\nJakob Thorsen",
    )
    assert looks_like_spam(parsed) is None


def test_genuine_mail_from_datatilsynet_is_not_flagged() -> None:
    parsed = mail(
        "Datatilsynet <dt@datatilsynet.dk>",
        "Klage over CL Smed A/S – j.nr. 2026-31-0001",
        "Datatilsynet har modtaget en klage over jeres behandling af en anmodning om indsigt. "
        "Vi beder om jeres udtalelse inden 14 dage. Klagen kan læses på "
        "https://www.datatilsynet.dk/sager/2026-31-0001.",
    )
    assert looks_like_spam(parsed) is None


def test_en_supplier_new_bank_details_is_not_flagged() -> None:
    parsed = mail(
        "Lisa Holmgaard <bogholderi@trekantgalv.example.dk>",
        "New bank details",
        "Hi Mette,\n\nWe have changed bank as of 1 March. Invoices due after that date should "
        "be paid to the new account, reg. 1234 account 0001234567. Please call me on "
        "12 76 55 02 to confirm the change before you pay.\n\nLisa",
    )
    assert looks_like_spam(parsed) is None


def test_en_newsletter_with_offer_and_links_is_not_flagged() -> None:
    parsed = mail(
        "ToolPro Europe <news@toolpro-europe.example.com>",
        "Spring deals: today only",
        "Up to 25% off cordless grinders today only: https://toolpro.example.com/deals\n\n"
        "You receive this mail because you are a customer. Unsubscribe: "
        "https://toolpro.example.com/unsubscribe",
    )
    assert looks_like_spam(parsed) is None


def test_da_forward_of_phishing_asking_if_real_is_not_flagged() -> None:
    parsed = mail(
        "Mette Lauridsen <mette@clsmed.dk>",
        "VS: Din postkasse bliver slettet",
        "Er den her ægte? Den ligner phishing.\n\n"
        "---------- Videresendt besked ----------\n"
        "Fra: Microsoft 365 <no-reply@m365-security.example.com>\n"
        "Emne: Din postkasse bliver slettet\n\n"
        "Bekræft din konto inden for 24 timer: https://m365-verify.example.com/login\n",
        to="privacy@clsmed.dk",
    )
    assert looks_like_spam(parsed) is None


def test_en_busy_customer_asking_erasure_is_not_flagged() -> None:
    parsed = mail(
        "Oliver Grant <oliver.grant@mail.example.com>",
        "Delete my data",
        "Hi,\n\nI'm in a meeting all day and can't talk on the phone, so by e-mail: please "
        "delete all my personal data immediately and keep this confidential. The invoice was "
        "paid today.\n\nOliver",
    )
    assert looks_like_spam(parsed) is None


def test_da_request_with_photo_link_is_not_flagged() -> None:
    parsed = mail(
        "Frank Østergaard <frank.ostergaard@mail.example.com>",
        "Mit hus på jeres hjemmeside",
        "Hej\n\nI har billeder af mit hus på https://clsmed.dk/referencer/carport-7. Fjern "
        "dem med det samme og slet mine oplysninger inden for 24 timer, ellers klager jeg til "
        "Datatilsynet.\n\nFrank",
    )
    assert looks_like_spam(parsed) is None


def test_en_customer_found_us_on_google_is_not_flagged() -> None:
    parsed = mail(
        "Emily Walsh <emily.walsh@mail.example.com>",
        "Question about my data",
        "Hello,\n\nI found you on Google when I needed a gate last year. Could you tell me "
        "which personal data you still hold about me and where you got my phone number?\n\n"
        "Emily",
    )
    assert looks_like_spam(parsed) is None


def test_reason_is_short_text() -> None:
    reason = looks_like_spam(parse_file(CORPUS / "en-spam-ceo-001.eml"))
    assert reason is not None
    assert 0 < len(reason) <= 200


# ------------------------------------------------------------------ authorities in the text
# Phishing that names no authority in the display name, but signs with one, writes "on
# behalf of" one, or sells a "GDPR registration"; and people who only name an authority.


def test_da_signed_datatilsynet_fee_from_foreign_domain_is_flagged() -> None:
    parsed = mail(
        "Sagsbehandling <sag@dt-tilsyn.example.net>",
        "Manglende registrering af behandlingsaktiviteter",
        "Kære virksomhed\n\nVed en stikprøvekontrol er det konstateret, at jeres virksomhed "
        "ikke er registreret som dataansvarlig. Registreringsgebyret på 2.495 kr. skal "
        "indbetales senest fredag.\n\nRegistrer jer her: https://dt-tilsyn.example.net/reg\n\n"
        "Med venlig hilsen\nDatatilsynet\nTilsynsafdelingen",
    )
    assert looks_like_spam(parsed) is not None


def test_en_on_behalf_of_data_protection_authority_is_flagged() -> None:
    parsed = mail(
        "Compliance Notice <notice@dpa-notices.example.org>",
        "Case DK-2026-1182: outstanding penalty",
        "Dear Sir or Madam,\n\nWe write on behalf of the Danish Data Protection Authority. "
        "Your company has failed to appoint a data protection officer. A penalty of EUR 1,500 "
        "has been issued. Pay the penalty within 7 days to close the case: "
        "https://dpa-notices.example.org/pay/1182\n\nCase Officer",
    )
    assert looks_like_spam(parsed) is not None


def test_da_signed_skattestyrelsen_refund_link_is_flagged() -> None:
    parsed = mail(
        "Refusion <info@refusion-dk.example.com>",
        "Tilbagebetaling af moms",
        "Hej\n\nI har 6.120 kr. til gode i moms. Udbetalingen sker, når I har bekræftet "
        "jeres konto: https://refusion-dk.example.com/mitid\n\nVenlig hilsen\n"
        "Skattestyrelsen",
    )
    assert looks_like_spam(parsed) is not None


def test_da_signed_politiet_fine_is_flagged() -> None:
    parsed = mail(
        "Bødecenter <boede@bodecenter.example.net>",
        "Ubetalt bøde – sag 4471",
        "Der er registreret en ubetalt bøde på 3.000 kr. på jeres firmabil. Betal via "
        "https://bodecenter.example.net/4471 for at undgå retslige skridt.\n\n"
        "Med venlig hilsen\nKøbenhavns Politi",
    )
    assert looks_like_spam(parsed) is not None


def test_da_signed_erhvervsstyrelsen_gdpr_registration_is_flagged() -> None:
    parsed = mail(
        "CVR Registrering <cvr@virk-registrering.example.com>",
        "Påkrævet: GDPR-registrering af virksomheden",
        "Alle virksomheder med CVR-nummer skal GDPR-registreres inden 1. juni. Gebyr: "
        "1.995 kr. ekskl. moms.\n\nUdfyld registreringen: "
        "https://virk-registrering.example.com/gdpr\n\nErhvervsstyrelsen",
    )
    assert looks_like_spam(parsed) is not None


def test_en_gdpr_register_sale_with_plain_name_is_flagged() -> None:
    parsed = mail(
        "Registration Office <office@eu-dataprotect.example.org>",
        "Your company is not yet listed",
        "Dear business owner,\n\nOur records show that your company is not registered in the "
        "EU GDPR Register. The annual registration fee is EUR 289.\n\nRegister today: "
        "https://eu-dataprotect.example.org/register?ref=DK",
    )
    assert looks_like_spam(parsed) is not None


def test_da_gdpr_certification_offer_is_flagged() -> None:
    parsed = mail(
        "Mikkel | Persondata Partner <mikkel@persondata-partner.example.dk>",
        "GDPR-certificering på 14 dage",
        "Hej\n\nFå jeres GDPR-certificering på plads på 14 dage – kun 4.995 kr. Certifikatet "
        "kan vises på jeres hjemmeside.\n\nBestil her: https://persondata-partner.example.dk/"
        "certificering\n\nMikkel",
    )
    assert looks_like_spam(parsed) is not None


def test_da_person_citing_datatilsynet_fines_is_not_flagged() -> None:
    parsed = mail(
        "Helle Kjær <helle.kjaer@mail.example.com>",
        "Slet mine oplysninger",
        "Hej\n\nDatatilsynet har pålagt virksomheder bøder for mindre end det her. Slet alle "
        "mine oplysninger i dag, se https://www.datatilsynet.dk/borger.\n\nHelle Kjær",
    )
    assert looks_like_spam(parsed) is None


def test_en_person_threatening_the_authority_is_not_flagged() -> None:
    parsed = mail(
        "Mark Owens <mark.owens@mail.example.com>",
        "Final reminder: my access request",
        "Hello,\n\nThis is my final reminder. If I have no copy of my data within 7 days, I "
        "will report you to the Data Protection Authority, which can issue a fine. Details: "
        "https://www.datatilsynet.dk/english\n\nMark Owens",
    )
    assert looks_like_spam(parsed) is None


def test_genuine_skattestyrelsen_mail_is_not_flagged() -> None:
    parsed = mail(
        "Skattestyrelsen <noreply@skat.dk>",
        "Ny meddelelse i TastSelv Erhverv",
        "Der er en ny meddelelse til jer. Log ind på https://skat.dk/erhverv for at læse "
        "den.\n\nMed venlig hilsen\nSkattestyrelsen",
    )
    assert looks_like_spam(parsed) is None


def test_da_customer_asking_if_we_are_gdpr_certified_is_not_flagged() -> None:
    parsed = mail(
        "Sofie Brandt <indkob@byggeservice.example.dk>",
        "Leverandørregistrering",
        "Hej\n\nVi er ved at registrere jer som leverandør. Er I GDPR-certificerede, og kan I "
        "sende jeres databehandleraftale? Prisen på sidste faktura var i øvrigt 12.400 kr.\n\n"
        "Sofie Brandt",
    )
    assert looks_like_spam(parsed) is None


def test_da_lawyer_on_behalf_of_client_is_not_flagged() -> None:
    parsed = mail(
        "Advokat Peter Holm <ph@holm-advokater.example.dk>",
        "Anmodning om indsigt på vegne af klient",
        "Jeg skriver på vegne af min klient, Lene Dahl, og anmoder om indsigt i alle "
        "oplysninger om hende. Svares der ikke inden 30 dage, indbringes sagen for "
        "Datatilsynet. Fuldmagt: https://holm-advokater.example.dk/fuldmagt/118\n\n"
        "Med venlig hilsen\nPeter Holm\nAdvokat",
    )
    assert looks_like_spam(parsed) is None


def test_en_shared_document_under_deadline_is_flagged() -> None:
    parsed = mail(
        "Accounts Payable via SignFlow <notify@sign-flow.example.com>",
        "Please review and sign: Invoice INV-2231",
        "Accounts Payable sent you a document to review and sign.\n\nREVIEW DOCUMENT\n"
        "https://sign-flow.example.com/d/77a1\n\nPlease complete within 48 hours to avoid "
        "suspension of your account.",
    )
    assert looks_like_spam(parsed) is not None


def test_da_shared_document_with_threat_is_flagged() -> None:
    parsed = mail(
        "Økonomi <dokument@deling-sikker.example.net>",
        "Nyt dokument til underskrift",
        "Hej\n\nDer er sendt dig et dokument, som skal underskrives i dag. Åbn dokumentet "
        "her: https://deling-sikker.example.net/doc/881\n\nUnderskrives det ikke, vil "
        "aftalen blive annulleret og sagen sendt til inkasso.",
    )
    assert looks_like_spam(parsed) is not None


def test_da_supplier_asking_to_review_invoice_is_not_flagged() -> None:
    parsed = mail(
        "Bo Lassen <bo@stalgrossisten.example.dk>",
        "Faktura 20931",
        "Hej Mette\n\nVil du gennemse fakturaen i vedhæftede fil? Den forfalder i dag, men "
        "ring endelig, hvis noget ikke stemmer.\n\nBo",
    )
    assert looks_like_spam(parsed) is None


# --------------------------------------------------------------------------- GDPR help for sale


def test_en_vendor_pitching_dsr_software_is_flagged_and_asks_for_nothing() -> None:
    parsed = mail(
        "Tom Berg <tom@privacyflow.example.com>", "Erasure requests piling up?",
        "Hi,\n\nDo 'please delete my data' e-mails and access requests eat your week? Our "
        "platform answers them for you. Can I show you a 15-minute demo on Thursday?\n\n"
        "Tom Berg, Account Executive")
    assert looks_like_spam(parsed) is not None
    assert understand_parsed(parsed).classification.intents == ()


def test_da_consultant_pitching_gdpr_help_is_flagged() -> None:
    parsed = mail(
        "Rikke Holm <rikke@gdprhjaelp.example.dk>", "Styr på anmodninger om indsigt?",
        "Hej\n\nVi hjælper små håndværksvirksomheder med GDPR: faste procedurer for indsigt og "
        "sletning. Fast pris fra 495 kr./md. Må jeg ringe dig op til en uforpligtende snak?")
    assert looks_like_spam(parsed) is not None


def test_a_person_asking_about_their_data_mentioning_gdpr_is_not_flagged() -> None:
    parsed = mail(
        "Ole Friis <ole.friis@mail.example.com>", "GDPR",
        "Hej. I følge GDPR vil jeg gerne vide, hvad I har om mig. Jeg har hørt, at I bruger et "
        "system til det, så det kan vel gå hurtigt? Mvh Ole")
    assert looks_like_spam(parsed) is None


def test_da_consultant_offering_a_free_meeting_is_flagged() -> None:
    parsed = mail(
        "Søren Lind <sl@compliwise.example.dk>", "Indsigtsanmodninger i håndværksfirmaer",
        "Hej\n\nHos Compliwise hjælper vi håndværksvirksomheder med faste procedurer for "
        "indsigt og sletning. Vi tilbyder et gratis møde på 20 minutter.\n\nSøren")
    assert looks_like_spam(parsed) is not None


def test_a_privacy_portal_sold_by_the_month_is_spam() -> None:
    from bot.reading.understand import understand
    raw = ("From: Sales <sales@portal.example.com>\nTo: info@clsmed.dk\nSubject: Your erasure "
           "process\nMessage-ID: <p1@portal.example.com>\n\nSmall firms handle access and "
           "deletion requests by hand. Our portal gives you response templates for €19 a "
           "month. Would you be open to a 15-minute call next week?\n").encode()
    understanding = understand(raw)
    # the request words are the seller's topic (no intent), and the mail is known for spam
    assert understanding.classification.intents == ()
    assert looks_like_spam(understanding.parsed) is not None


def test_a_phone_mail_apps_tagline_is_not_the_sender_posing_as_microsoft() -> None:
    parsed = mail("Bo Lund <bo.lund@mail.example.dk>", "Mine data",
                  "Hej. Send mig en kopi af det I har om mig, og slet det bagefter.\nBo\n\n"
                  "Hent Outlook til Android<https://aka.example.com/x1>")
    assert looks_like_spam(parsed) is None


def test_a_mail_signed_as_the_outlook_team_with_a_link_is_still_phishing() -> None:
    parsed = mail("Outlook Team <alerts@secure-login.example.com>", "Din konto lukkes",
                  "Din postkasse er fuld. Log ind her for at beholde dine mails: "
                  "https://secure-login.example.com/owa\n\nOutlook Team")
    assert looks_like_spam(parsed) is not None


def test_a_gdpr_check_asking_to_reconfirm_your_data_is_phishing() -> None:
    parsed = mail("GDPR Compliance <compliance@gdpr-check.example.com>",
                  "ACTION REQUIRED: confirm your data",
                  "Dear customer,\n\nAll business accounts must re-confirm their personal data. "
                  "Unconfirmed accounts will be permanently deleted.\n\nConfirm my data now\n")
    assert looks_like_spam(parsed) is not None


def test_a_customer_asking_us_to_confirm_their_data_is_deleted_is_no_phishing() -> None:
    parsed = mail("Bo Lund <bo.lund@mail.example.dk>", "Sletning",
                  "Hej. Kan I bekræfte at mine oplysninger er slettet? Det haster, I skrev at "
                  "det ville blive gjort i dag.\nBo")
    assert looks_like_spam(parsed) is None


def test_a_penalty_notice_asking_to_register_your_compliance_is_phishing() -> None:
    parsed = mail("EU Privacy Compliance Office <office@eu-privacy.example.com>",
                  "URGENT: GDPR violation notice - penalty EUR 15,000",
                  "Dear Data Controller,\n\nOur audit found that your website breaks Article 17 "
                  "of the GDPR. To avoid a penalty of EUR 15,000 you must register your "
                  "compliance status within 48 hours:\n\nhttps://eu-privacy.example.com/reg\n")
    assert looks_like_spam(parsed) is not None


def test_a_notice_to_verify_ownership_of_your_mailbox_is_phishing() -> None:
    parsed = mail("EU Data Protection Compliance Center <notice@dp-center.example.com>",
                  "URGENT: Data erasure request pending – action required",
                  "Dear Administrator,\n\nWe have received a data subject request for erasure "
                  "(Article 17 GDPR). You are required to verify ownership of your mailbox "
                  "within 48 hours; otherwise all associated data will be permanently "
                  "deleted.\n\nVERIFY MAILBOX NOW\n")
    assert looks_like_spam(parsed) is not None


def test_a_dsar_document_to_sign_under_threat_of_fines_is_phishing() -> None:
    parsed = mail("DocSign <no-reply@dsign-review.example.com>",
                  "Data Subject Access Request - document awaiting your signature",
                  "A document has been sent to you for review and signature.\n\nUnder Article "
                  "15 GDPR you are required to respond within 30 days. Failure to respond may "
                  "result in fines from the supervisory authority.\n\nREVIEW DOCUMENT: "
                  "http://dsign-review.example.com/d/88341\n")
    assert looks_like_spam(parsed) is not None


def test_a_dsgvo_register_fee_letter_is_spam() -> None:
    parsed = mail("DSGVO-Zentralregister <info@dsgvo-zr.example.com>",
                  "Letzte Aufforderung: Eintragung im DSGVO-Register",
                  "Sehr geehrte Geschäftsführung,\n\ngemäß Art. 30 DSGVO ist Ihr Unternehmen "
                  "verpflichtet, Auskunfts- und Löschanfragen zu dokumentieren. Ihr Unternehmen "
                  "ist noch nicht im DSGVO-Zentralregister eingetragen.\n\nBitte überweisen Sie "
                  "die Registrierungsgebühr von 498,00 EUR innerhalb von 7 Tagen, um Bußgelder "
                  "zu vermeiden.\n")
    assert looks_like_spam(parsed) is not None
