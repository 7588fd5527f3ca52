"""Say whether a parsed mail is spam or phishing, which must never be acknowledged. Pure: no I/O.

Mail to the privacy mailbox in which no request is recognised gets a "we received your
mail" acknowledgement; to a spammer that confirms the address is live. `looks_like_spam`
names the reason a mail is spam, or returns None. It looks for combinations of signals
that phishing, fraud and sales spam need and genuine mail rarely has, never for single
words: a genuine request may well mention Datatilsynet, a deadline or a link.

Signals, in the order they are tried:
- impersonation: the display name claims an authority, bank or well-known service (or our
  own firm) while the sender's domain is not that body's, and the mail carries a lure (a
  link, a log-in or payment ask, a threat, a new bank account); or it claims a role only
  an organisation's own staff hold ("GDPR Compliance Department", "IT Support") from a
  foreign domain and asks to log in or pay;
- a look-alike of our own domain (clsmed-dk.…, c1smed.dk) with a lure; "our own" means
  the domains the mail was addressed to;
- the phishing triad: a log-in/verification or payment ask, a link or button, and urgency
  or a threat ("inden for 24 timer", "ellers inkasso", "will be erased");
- CEO fraud: a money or gift-card ask with two of: "are you at your desk?", "I'm in a
  meeting", "confidential", a Reply-To on another domain;
- sales spam: two or more search-engine/lead-generation pitch phrases.

Only the sender's own words count (quoted and forwarded text is someone else's), so a
colleague forwarding a phishing mail with "er den her ægte?" is not itself spam. An HTML
button counts as a link by its text ("Bekræft konto"); ParsedMessage keeps no HTML, so
link text cannot be compared with the href's domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.reading.classify import fold
from bot.reading.message import ParsedMessage

MAX_CHARS = 20_000


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


# --------------------------------------------------------------------------- phrases
# All patterns run on fold()ed text: lower case, accents stripped, æ/ø/å kept.

_YOUR = r"(?:din|dit|dine|jeres|your)\s+(?:\w+\s+)?"
_CREDENTIAL = _rx(
    r"\b(?:bekræft|verificer|valider|genaktiver|reaktiver|verify|confirm|validate|reactivate"
    rf"|re-activate|unlock|oplås)\w*\s+(?:venligst\s+|please\s+)?{_YOUR}(?:konto|account"
    r"|adgangskode|password|identitet|identity|login|log-in|postkasse|mailbox|e-?mail|bruger"
    r"|user|credentials|profil|profile)",
    rf"\b(?:opdater|update)\w*\s+{_YOUR}(?:betalings|kort|payment|billing|card|bank"
    r"|adgangskode|password|konto|account)",
    r"\b(?:log|logge)\s+(?:ind|på)\s+(?:her|nu|straks|via\s+(?:linket|knappen)|med\s+(?:mitid"
    r"|nemid))\b|\b(?:log|sign)[ -]?(?:in|on)\s+(?:here|now|below|via|to\s+(?:verify|confirm"
    r"|keep|avoid))\b",
    rf"\b(?:indtast|angiv|enter|provide)\s+{_YOUR}(?:adgangskode|kode|password|mitid|nemid"
    r"|kort|card|credentials|pin)",
)
_PAYMENT = _rx(
    r"\bbetal\b|skal betales|bedes betalt|indbetal\w*|\bpay\s+(?:now|here|today|immediately"
    r"|online)\b|\bpay\s+(?:the|your|this)\s+(?:\w+\s+)?(?:invoice|bill|fine|fee|penalty"
    r"|amount|balance)|payment\s+(?:is\s+)?(?:due|required|overdue|pending)|forfalden"
    r"|overdue|outstanding\s+(?:amount|balance|invoice)|undgå\s+inkasso|avoid\s+(?:collection"
    r"|legal)|\bbøde\w*|\bfine\b|gebyr\w*|gavekort|gift\s?cards?|bankoverførsel|wire\s+transfer"
    r"|bank\s+transfer|bitcoin|\bkrypto|handle\s+a\s+(?:small\s+)?payment|make\s+a\s+payment"
    r"|tilbagebetaling|refund",
)
_NEW_ACCOUNT = _rx(
    r"\b(?:ny|nye|nyt|new|changed|ændrede?|updated)\s+(?:\w+\s+)?(?:kontonummer|bankkonto"
    r"|bankoplysninger|bank\s+details|bank\s+account|account\s+details|iban|konto)\b",
)
_URGENCY = _rx(
    r"inden\s+for\s+\d+\s+timer|within\s+\d+\s+hours|\b(?:24|48|72)\s+(?:timer|hours)\b"
    r"|\bi\s+dag\b|\btoday\b|\bstraks\b|omgående|immediately|urgent\w*|\bhaster\b|\basap\b"
    r"|sidste\s+frist|final\s+(?:notice|warning|reminder)|sidste\s+(?:advarsel|påmindelse)"
    r"|handling\s+påkrævet|action\s+required|act\s+now",
)
_THREAT = _rx(
    r"vil\s+blive\s+(?:\w+\s+)?(?:slettet|lukket|spærret|afvist|suspenderet|deaktiveret"
    r"|blokeret|inddrevet)|will\s+be\s+(?:\w+\s+)?(?:deleted|erased|closed|suspended|locked"
    r"|blocked|deactivated|terminated|disabled|lost)|\binkasso|debt\s+collection"
    r"|legal\s+action|retslige\s+skridt|politianmeld\w*|\barrest|anholdelse"
    r"|cannot\s+be\s+restored|kan\s+ikke\s+gendannes",
)
_LINK = re.compile(r"\bhttps?://[^\s<>\"]+|\bwww\.[^\s<>\"]+", re.IGNORECASE)
_CLICK = _rx(
    r"\bklik\s+(?:her|på\s+(?:linket|knappen))|\bclick\s+(?:here|the\s+(?:link|button)|below)"
    r"|følg\s+linket|follow\s+the\s+link|tryk\s+her|knappen\s+nedenfor|(?:button|link)\s+below"
    r"|linket\s+nedenfor",
)
# A line that is nothing but a call to action: the text of an HTML button.
_BUTTON = re.compile(
    r"^[ \t]*(?:bekræft|verificer|log\s+ind|klik|betal|opdater|se\s+fakturaen|verify|confirm"
    r"|log\s+in|sign\s+in|click|pay|update|view\s+(?:invoice|document)|download|åbn|open)\b"
    r"[^\n]{0,30}$",
    re.MULTILINE,
)

_PROBE = _rx(
    r"are\s+you\s+(?:at\s+your\s+desk|available|free|in\s+the\s+office|around)"
    r"|er\s+du\s+(?:ved\s+din\s+(?:computer|pc|skærm)|ved\s+skrivebordet|ledig|på\s+kontoret"
    r"|til\s+stede)|har\s+du\s+(?:et\s+øjeblik|tid\s+lige|2\s+min)|do\s+you\s+have\s+a\s+(?:minute"
    r"|moment)",
)
_UNREACHABLE = _rx(
    r"\b(?:sidder\s+)?i\s+(?:et\s+)?møde\b|in\s+a\s+meeting|kan\s+ikke\s+(?:tale|snakke)"
    r"|can'?t\s+talk|cannot\s+talk|unable\s+to\s+talk|don'?t\s+call|do\s+not\s+call",
)
_SECRECY = _rx(
    r"fortrolig\w*|confidential|diskret\w*|discreet\w*|(?:sig|fortæl)\s+det\s+ikke"
    r"|don'?t\s+tell|do\s+not\s+tell|between\s+us|mellem\s+os",
)
_MONEY = _rx(
    r"betaling|overførsel|\bpayment|transfer|gavekort|gift\s?cards?|itunes|google\s+play",
    _PAYMENT.pattern,
)
_SALES = (
    re.compile(r"\bseo\b|search\s+engine|søgemaskine"),
    re.compile(r"\b(?:page|side)\s+(?:1|one|et|én)\b|first\s+page|forsiden\s+(?:af|på)\s+google"
               r"|top\s+(?:of|på|i)\s+google"),
    re.compile(r"\brank\w*|placering\w*\s+på\s+google"),
    re.compile(r"\bbacklinks?\b|guest\s+post|sponsored\s+post"),
    re.compile(r"\bleads\b|more\s+(?:customers|clients|traffic)|flere\s+(?:kunder|besøgende)"),
    re.compile(r"\bweb\s?design\w*|redesign|new\s+website|ny\s+hjemmeside"),
    re.compile(r"\b(?:free|gratis)\s+(?:\d+[- ]minut\w*\s+)?(?:\w+\s+)?(?:audit|analyse|seo"
               r"|consultation|konsultation)|audit\s+call"),
    re.compile(r"digital\s+marketing|online\s+marketing|google\s+ads|adwords|lead\s+generation"),
    re.compile(r"\d+\+?\s+(?:local\s+)?(?:businesses|virksomheder|companies)"),
)

# --------------------------------------------------------------------------- who it claims to be

# Bodies phishing likes to pose as: a display-name pattern and the domains that are theirs.
_AUTHORITIES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bdatatilsynet\b|data\s+protection\s+authority"), ("datatilsynet.dk",)),
    (re.compile(r"\bskat\b|skattestyrelsen|skatteforvaltningen|gældsstyrelsen|toldstyrelsen"
                r"|motorstyrelsen"),
     ("skat.dk", "sktst.dk", "gaeldst.dk", "toldst.dk", "motorst.dk", "ufst.dk")),
    (re.compile(r"\bpoliti(?:et)?\b|rigspolitiet|\bpolice\b"), ("politi.dk",)),
    (re.compile(r"\bmitid\b|\bnemid\b"), ("mitid.dk", "nemid.nu")),
    (re.compile(r"\be-?boks\b|digital\s+post|borger\.dk|virk\.dk|erhvervsstyrelsen"),
     ("e-boks.dk", "e-boks.com", "borger.dk", "digst.dk", "virk.dk", "erst.dk")),
    (re.compile(r"danske\s+bank"), ("danskebank.dk", "danskebank.com")),
    (re.compile(r"\bnordea\b"), ("nordea.dk", "nordea.com")),
    (re.compile(r"jyske\s+bank"), ("jyskebank.dk",)),
    (re.compile(r"\bsydbank\b"), ("sydbank.dk",)),
    (re.compile(r"\bnykredit\b"), ("nykredit.dk",)),
    (re.compile(r"spar\s+nord"), ("sparnord.dk",)),
    (re.compile(r"\bmobilepay\b"), ("mobilepay.dk",)),
    (re.compile(r"microsoft|office\s?365|\bm365\b|\boutlook\b|onedrive|sharepoint"),
     ("microsoft.com", "office.com", "outlook.com", "microsoftonline.com", "sharepoint.com")),
    (re.compile(r"\bpostnord\b"), ("postnord.dk", "postnord.com")),
    (re.compile(r"\bdhl\b"), ("dhl.com", "dhl.dk")),
)
# Roles that only an organisation's own staff can hold; from a foreign domain they are a
# disguise ("GDPR Compliance Department", "IT Support", "Sikkerhedsafdelingen").
_ROLE = re.compile(
    r"compliance|\bgdpr\b|data\s+protection|databeskyttelse|it[ -]?support|help\s?desk"
    r"|service\s?desk|administrator|\badmin\b|security\s+team|sikkerhed\w*|webmaster|postmaster"
    r"|mail\s+support|\bbank\b|\btax\b",
)


@dataclass(frozen=True)
class _Mail:
    text: str  # folded subject + own words
    sender_domain: str
    name: str  # folded display name
    own_domains: tuple[str, ...]  # the domains the mail was sent to
    reply_to_domain: str


def _domain(address: str | None) -> str:
    return address.rsplit("@", 1)[1].casefold().rstrip(".") if address and "@" in address else ""


def _belongs(domain: str, owners: Iterable[str]) -> bool:
    """`domain` is one of `owners` or a subdomain of one."""
    return any(domain == o or domain.endswith("." + o) for o in owners)


def _mail(parsed: ParsedMessage) -> _Mail:
    text = f"{parsed.subject}\n{parsed.own_text}"[:MAX_CHARS]
    own = tuple(sorted({d for d in (_domain(a) for a in parsed.to) if d}))
    return _Mail(fold(text), _domain(parsed.sender), fold(parsed.sender_name or ""), own,
                 _domain(parsed.reply_to))


# --------------------------------------------------------------------------- signals


def _has_link(mail: _Mail) -> bool:
    return bool(_LINK.search(mail.text) or _CLICK.search(mail.text) or _BUTTON.search(mail.text))


def _lure(mail: _Mail) -> bool:
    """Something a phisher wants the reader to do or fear."""
    patterns = (_CREDENTIAL, _PAYMENT, _THREAT, _NEW_ACCOUNT)
    return _has_link(mail) or any(p.search(mail.text) for p in patterns)


def _posing_as(mail: _Mail) -> str | None:
    """What the display name claims to be that the sender's domain is not."""
    if not mail.sender_domain:
        return None
    for pattern, domains in _AUTHORITIES:
        found = pattern.search(mail.name)
        if found and not _belongs(mail.sender_domain, domains):
            return found.group(0)
    own = [d.split(".")[0] for d in mail.own_domains]
    squeezed = re.sub(r"[^a-z0-9]", "", mail.name)
    if any(len(o) > 3 and o in squeezed for o in own) and not _belongs(mail.sender_domain,
                                                                       mail.own_domains):
        return f"our own firm ({', '.join(mail.own_domains)})"
    return None


def _impersonation(mail: _Mail) -> str | None:
    claim = _posing_as(mail)
    if claim is not None and _lure(mail):
        return f"display name claims {claim!r} but the sender's domain is {mail.sender_domain}"
    role = _ROLE.search(mail.name)
    if role and role.group(0) == "bank" and "bank" in mail.sender_domain:
        role = None  # "Vejle Bank <…@vejlebank.dk>" is what it says it is
    asks = _CREDENTIAL.search(mail.text) or _PAYMENT.search(mail.text)
    if role and asks and not _belongs(mail.sender_domain, mail.own_domains):
        return f"display name claims the role {role.group(0)!r} and asks to log in or pay"
    return None


def _unconfuse(label: str) -> str:
    return label.replace("0", "o").replace("1", "l").replace("rn", "m").replace("vv", "w")


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted or changed character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(a)):
        if a[i] != b[i]:
            return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :]
    return True


def _lookalike(mail: _Mail) -> str | None:
    """The sender's domain imitates the domain the mail was sent to."""
    if not mail.sender_domain or _belongs(mail.sender_domain, mail.own_domains):
        return None
    sender = _unconfuse(mail.sender_domain)
    labels = re.split(r"[.-]", sender)
    for own in (d.split(".")[0] for d in mail.own_domains):
        if len(own) > 3 and (own in sender or any(_one_edit(own, lab) for lab in labels)):
            return f"sender domain {mail.sender_domain} imitates {own}" if _lure(mail) else None
    return None


def _phishing(mail: _Mail) -> str | None:
    ask = _CREDENTIAL.search(mail.text) or _PAYMENT.search(mail.text)
    pressure = _URGENCY.search(mail.text) or _THREAT.search(mail.text)
    if ask and pressure and _has_link(mail):
        return f"asks to {ask.group(0)!r} through a link under pressure ({pressure.group(0)!r})"
    return None


def _ceo_fraud(mail: _Mail) -> str | None:
    money = _MONEY.search(mail.text)
    if not money:
        return None
    foreign_reply = bool(mail.reply_to_domain) and mail.reply_to_domain != mail.sender_domain
    tells = [bool(p.search(mail.text)) for p in (_PROBE, _UNREACHABLE, _SECRECY)]
    if sum(tells) + foreign_reply >= 2:
        return f"CEO fraud: an out-of-band money request ({money.group(0)!r})"
    return None


def _sales_pitch(mail: _Mail) -> str | None:
    hits = [m.group(0) for m in (p.search(mail.text) for p in _SALES) if m]
    if len(hits) >= 2:
        return f"sales spam ({', '.join(repr(h) for h in hits[:3])})"
    return None


def looks_like_spam(parsed: ParsedMessage) -> str | None:
    """A short reason why this mail is spam or phishing, or None when it may be genuine."""
    mail = _mail(parsed)
    for check in (_impersonation, _lookalike, _phishing, _ceo_fraud, _sales_pitch):
        reason = check(mail)
        if reason is not None:
            return reason
    return None
