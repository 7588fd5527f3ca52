"""The desk's words, Danish first and English on request; one dict per language.

Staff at a Danish firm read Danish; a colleague without it switches to English. Values
from the bot's own vocabulary (intents, statuses, plan actions, flags) get a label here,
and anything unknown is shown as it is, so a new word never breaks a page.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("da", "en")
DEFAULT = "da"

_DA: dict[str, str] = {
    "app": "Databeskyttelse – sagsbehandling", "skip": "Spring til indhold",
    "nav_queue": "Kø", "nav_sweep": "Oprydning", "logout": "Log ud",
    "switch_label": "English", "switch_lang": "en", "signed_in_as": "Logget ind som",
    "login_title": "Log ind", "user": "Brugernavn", "password": "Adgangskode",
    "login_button": "Log ind",
    "login_failed": "Brugernavn eller adgangskode er forkert.",
    "login_throttled": "For mange forsøg. Vent et minut, og prøv igen.",
    "queue_title": "Sager der venter", "plans_waiting": "Planer der venter på godkendelse",
    "no_plans": "Ingen planer venter.", "to_read": "Sager der skal læses af en person",
    "nothing_to_read": "Ingen sager venter på at blive læst.", "other_open": "Andre åbne sager",
    "none_open": "Ingen andre åbne sager.",
    "col_case": "Sag", "col_kind": "Slags", "col_due": "Frist", "col_days": "Dage tilbage",
    "col_state": "Tilstand", "col_status": "Status", "col_received": "Modtaget",
    "overdue": "Overskredet", "soon": "Snart", "on_time": "I god tid",
    "sweep_plan": "Oprydningsplan", "open_sweep": "Se oprydningen",
    "case_title": "Sag", "summary": "Overblik", "requester": "Afsender",
    "received": "Modtaget", "due": "Frist", "extended_to": "forlænget til",
    "days_left": "dage tilbage", "days_over": "dage over fristen",
    "intents": "Anmodningen gælder", "confidence": "Sikkerhed",
    "flags": "Markeringer", "subjects": "Personens numre i registret", "language": "Sprog",
    "none": "ingen", "mail_title": "Den oprindelige mail", "mail_from": "Fra",
    "mail_subject": "Emne", "mail_date": "Dato", "mail_purged": "Mailens indhold er slettet.",
    "mail_quoted": "Citeret tekst", "mail_signature": "Signatur",
    "mail_attachments": "Vedhæftede filer (vises ikke)",
    "mail_note": "Vist som ren tekst. Billeder, links og HTML fra mailen vises ikke.",
    "evidence_title": "Hvorfor botten læste det sådan", "evidence_phrase": "Udtryk i mailen",
    "evidence_reading": "Læst som", "no_evidence": "Ingen udtryk registreret.",
    "plan_title": "Planen", "plan_version": "version", "plan_status": "Status",
    "no_plan": "Der er ingen plan for denne sag endnu.",
    "col_ref": "Nummer", "col_what": "Hvad", "col_why": "Hvorfor", "col_until": "Til og med",
    "cleared": "ryddes", "set_to": "sættes til",
    "replies_title": "Det, der sendes", "reply_to": "Til", "reply_files": "Vedhæftet",
    "address_on_file": "adressen i registret", "extract_preview": "Udtræk (forhåndsvisning)",
    "erased_list": "Slettes", "kept_list": "Beholdes", "count": "antal",
    "decide_title": "Beslutning", "approve": "Godkend plan", "reject": "Afvis plan",
    "reject_reason": "Begrundelse for afvisning", "approve_hint":
        "Når du godkender, udføres planen med det samme.",
    "triage_title": "Hvad beder personen om?", "triage_save": "Gem og fortsæt",
    "triage_hint": "Vælg det, mailen beder om. Sagen planlægges derefter igen.",
    "close_title": "Ikke en anmodning", "close_button": "Luk sagen",
    "close_hint": "Luk sagen, hvis mailen ikke er en anmodning om personoplysninger.",
    "extend_title": "Forlæng fristen", "extend_reason": "Konkret begrundelse (sendes til personen)",
    "extend_until": "Ny frist (tom: den seneste lovlige)", "extend_button": "Forlæng fristen",
    "already_extended": "Fristen er allerede forlænget.",
    "audit_title": "Hændelser", "col_at": "Tidspunkt", "col_event": "Hændelse",
    "col_actor": "Udført af", "messages_title": "Mails i sagen", "col_direction": "Retning",
    "dir_in": "Ind", "dir_out": "Ud", "col_to": "Til",
    "older_plans": "Tidligere versioner", "decided_by": "besluttet af",
    "sweep_title": "Oprydning efter slettefrister", "no_sweep": "Ingen oprydningsplaner.",
    "sweep_items": "punkter", "more_items": "og flere punkter, se dsrbot queue list --json",
    "done_approved": "Planen er godkendt. Sagens status er nu: {status}.",
    "done_sweep": "Oprydningsplanen er godkendt og udført.",
    "done_rejected": "Planen er afvist. Sagen venter nu på en person.",
    "done_triage": "Sagen er opdateret. Status er nu: {status}.",
    "done_closed": "Sagen er lukket.",
    "done_extended": "Fristen er forlænget til {due}. Besked til personen er sat i kø.",
    "failed": "Det lykkedes ikke: {detail}", "not_found": "Ikke fundet",
    "forbidden_title": "Ikke tilladt", "until_lifted": "indtil videre",
    "forbidden": "Forespørgslen blev afvist (ugyldig eller manglende sikkerhedsnøgle).",
    "reload_hint": "Hent siden igen, og prøv en gang til.",
}

_EN: dict[str, str] = {
    "app": "Data protection – case desk", "skip": "Skip to content",
    "nav_queue": "Queue", "nav_sweep": "Retention sweep", "logout": "Log out",
    "switch_label": "Dansk", "switch_lang": "da", "signed_in_as": "Signed in as",
    "login_title": "Log in", "user": "User name", "password": "Password",
    "login_button": "Log in",
    "login_failed": "The user name or password is wrong.",
    "login_throttled": "Too many attempts. Wait a minute and try again.",
    "queue_title": "Cases waiting", "plans_waiting": "Plans waiting for approval",
    "no_plans": "No plans are waiting.", "to_read": "Cases a person must read",
    "nothing_to_read": "No cases are waiting to be read.", "other_open": "Other open cases",
    "none_open": "No other open cases.",
    "col_case": "Case", "col_kind": "Kind", "col_due": "Due", "col_days": "Days left",
    "col_state": "State", "col_status": "Status", "col_received": "Received",
    "overdue": "Overdue", "soon": "Due soon", "on_time": "On time",
    "sweep_plan": "Sweep plan", "open_sweep": "See the sweep",
    "case_title": "Case", "summary": "Summary", "requester": "Sender",
    "received": "Received", "due": "Due", "extended_to": "extended to",
    "days_left": "days left", "days_over": "days overdue",
    "intents": "The request asks for", "confidence": "Confidence",
    "flags": "Flags", "subjects": "The person's register numbers", "language": "Language",
    "none": "none", "mail_title": "The original mail", "mail_from": "From",
    "mail_subject": "Subject", "mail_date": "Date", "mail_purged": "The mail's content is purged.",
    "mail_quoted": "Quoted text", "mail_signature": "Signature",
    "mail_attachments": "Attachments (not shown)",
    "mail_note": "Shown as plain text. Images, links and HTML in the mail are not shown.",
    "evidence_title": "Why the bot read it this way", "evidence_phrase": "Phrase in the mail",
    "evidence_reading": "Read as", "no_evidence": "No phrases recorded.",
    "plan_title": "The plan", "plan_version": "version", "plan_status": "Status",
    "no_plan": "There is no plan for this case yet.",
    "col_ref": "Ref", "col_what": "What", "col_why": "Why", "col_until": "Until",
    "cleared": "cleared", "set_to": "set to",
    "replies_title": "What is sent", "reply_to": "To", "reply_files": "Attached",
    "address_on_file": "the address on file", "extract_preview": "Extract (preview)",
    "erased_list": "Deleted", "kept_list": "Kept", "count": "count",
    "decide_title": "Decision", "approve": "Approve plan", "reject": "Reject plan",
    "reject_reason": "Reason for rejecting", "approve_hint":
        "Approving carries the plan out at once.",
    "triage_title": "What does the person ask for?", "triage_save": "Save and continue",
    "triage_hint": "Choose what the mail asks for. The case is then planned again.",
    "close_title": "Not a request", "close_button": "Close the case",
    "close_hint": "Close the case if the mail is not a request about personal data.",
    "extend_title": "Extend the deadline", "extend_reason": "Concrete reason (sent to the person)",
    "extend_until": "New due date (empty: the latest the law allows)",
    "extend_button": "Extend the deadline", "already_extended": "The deadline is already extended.",
    "audit_title": "Events", "col_at": "Time", "col_event": "Event",
    "col_actor": "By", "messages_title": "Mails in the case", "col_direction": "Direction",
    "dir_in": "In", "dir_out": "Out", "col_to": "To",
    "older_plans": "Earlier versions", "decided_by": "decided by",
    "sweep_title": "Retention sweep", "no_sweep": "No sweep plans.",
    "sweep_items": "items", "more_items": "and more items, see dsrbot queue list --json",
    "done_approved": "The plan is approved. The case is now: {status}.",
    "done_sweep": "The sweep plan is approved and carried out.",
    "done_rejected": "The plan is rejected. The case now waits for a person.",
    "done_triage": "The case is updated. Its status is now: {status}.",
    "done_closed": "The case is closed.",
    "done_extended": "The deadline is extended to {due}. The notice to the person is queued.",
    "failed": "That did not work: {detail}", "not_found": "Not found",
    "forbidden_title": "Not allowed", "until_lifted": "until lifted",
    "forbidden": "The request was refused (missing or invalid security token).",
    "reload_hint": "Load the page again and try once more.",
}

_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "intent": {
        "access": ("Indsigt", "Access"), "erasure": ("Sletning", "Erasure"),
        "rectification": ("Berigtigelse", "Rectification"),
        "restriction": ("Begrænsning", "Restriction"), "objection": ("Indsigelse", "Objection"),
        "portability": ("Dataportabilitet", "Portability"),
        "contact_left": ("Kontaktperson fratrådt", "Contact has left"),
        "sweep": ("Oprydning", "Retention sweep"),
    },
    "status": {
        "received": ("Modtaget", "Received"), "triage": ("Skal læses", "To be read"),
        "open": ("Åben", "Open"),
        "awaiting_verification": ("Venter på bekræftelse", "Awaiting verification"),
        "awaiting_approval": ("Venter på godkendelse", "Awaiting approval"),
        "executing": ("Udføres", "Executing"), "answered": ("Besvaret", "Answered"),
        "failed": ("Fejlet", "Failed"), "closed": ("Lukket", "Closed"),
        "pending": ("Venter", "Pending"), "approved": ("Godkendt", "Approved"),
        "rejected": ("Afvist", "Rejected"), "superseded": ("Erstattet", "Superseded"),
        "executed": ("Udført", "Executed"),
    },
    "action": {
        "send": ("Sendes til personen", "Sent to the person"),
        "delete": ("Slettes", "Deleted"), "update": ("Ændres eller ryddes", "Changed or cleared"),
        "restrict": ("Begrænses (opbevares kun)", "Restricted (stored only)"),
        "keep": ("Beholdes", "Kept"), "notify": ("Underrettes", "Notified"),
    },
    "flag": {
        "breach": ("Mulig sikkerhedsbrist", "Possible breach"),
        "complaint": ("Klage", "Complaint"), "representative": ("Skriver på vegne af en anden",
                                                               "Writes for someone else"),
        "third_party": ("Tredjepart", "Third party"), "deceased": ("Afdød person", "Deceased"),
        "ambiguous": ("Uklar", "Unclear"), "marketing_optout": ("Fravalg af markedsføring",
                                                               "Marketing opt-out"),
    },
}

# The order a plan is read in: what leaves, what goes, what changes, what stays.
ACTION_ORDER = ("send", "delete", "update", "restrict", "keep", "notify")


def texts(language: str) -> dict[str, str]:
    return _EN if language == "en" else _DA


def word(kind: str, value: Any, language: str) -> str:
    """The label of one of the bot's words; unknown values are shown as they are."""
    pair = _WORDS.get(kind, {}).get(str(value))
    if pair is None:
        return str(value)
    return pair[1] if language == "en" else pair[0]


def kind_label(kind: str, language: str) -> str:
    """A plan's kind ("access+erasure") in words."""
    return " + ".join(word("intent", part, language) for part in kind.split("+") if part)
