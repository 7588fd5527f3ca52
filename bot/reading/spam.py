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
- a claim in the text to be an authority (Datatilsynet, Skattestyrelsen, politiet,
  Erhvervsstyrelsen, "the Data Protection Authority", a "GDPR register"), by signing with
  its name, "på vegne af"/"on behalf of" it or "this is a notice from" it, from a domain
  not its own, with a payment, fee or log-in ask or a link to a domain not its own;
  naming an authority as a person does ("ellers klager jeg til Datatilsynet") is no claim;
- "GDPR registration" or "GDPR certification" offered for a fee, with a link or a deadline
  (no such register exists; sellers pose as one);
- a look-alike of our own domain (clsmed-dk.…, c1smed.dk) with a lure; "our own" means
  the domains the mail was addressed to;
- the phishing triad: a log-in/verification, payment or shared-document ask, a link or
  button (not one to an authority's own site), and urgency or a threat ("inden for 24
  timer", "ellers inkasso", "will be erased"); naming a fine is no ask to pay one;
- CEO fraud: a money or gift-card ask with two of: "are you at your desk?", "I'm in a
  meeting", "confidential", a Reply-To on another domain;
- sales spam: two or more search-engine/lead-generation pitch phrases.

Only the sender's own words and signature count (quoted and forwarded text is someone
else's), so a colleague forwarding a phishing mail with "er den her ægte?" is not itself
spam; the signature is read only for the name a mail signs with. An HTML
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
    # "verify ownership of your mailbox within 48 hours"
    rf"|re-activate|unlock|oplås)\w*\s+(?:venligst\s+|please\s+)?(?:ownership\s+of\s+"
    rf"|ejerskab(?:et)?\s+(?:af|til)\s+)?{_YOUR}(?:konto|account"
    r"|adgangskode|password|identitet|identity|login|log-in|postkasse|mailbox|e-?mail|bruger"
    r"|user|credentials|profil|profile)",
    rf"\b(?:opdater|update)\w*\s+{_YOUR}(?:betalings|kort|payment|billing|card|bank"
    r"|adgangskode|password|konto|account)",
    r"\b(?:log|logge)\s+(?:ind|på)\s+(?:her|nu|straks|via\s+(?:linket|knappen)|med\s+(?:mitid"
    r"|nemid))\b|\b(?:log|sign)[ -]?(?:in|on)\s+(?:here|now|below|via|to\s+(?:verify|confirm"
    r"|keep|avoid))\b",
    # "To view the request ..., log in with your company email account: https://..."
    rf"\b(?:log|sign)[ -]?(?:in|on)\s+(?:with|using)\s+{_YOUR}(?:e-?mail|account|credentials"
    r"|password|microsoft|office|login)|\blog\s+(?:ind|på)\s+med\s+(?:din|dit|jeres)\s+(?:\w+\s+)?"
    r"(?:e-?mail|konto|adgangskode|login)",
    rf"\b(?:indtast|angiv|enter|provide)\s+{_YOUR}(?:adgangskode|kode|password|mitid|nemid"
    r"|kort|card|credentials|pin)",
    # "Hvis du ikke har bedt om dette, skal du annullere anmodningen inden for 24 timer"
    r"\b(?:annuller|afbryd|cancel)\w*\s+(?:venligst\s+|please\s+)?(?:the\s+|din\s+|your\s+)?"
    r"(?:sletning\w*|anmodning\w*|deletion|request|lukning\w*|closure)",
    # "all business accounts must re-confirm their personal data": the "GDPR check" lure
    r"\b(?:bekræft|verificer|verify|confirm|re-?confirm|validate)\w*\s+(?:venligst\s+|please\s+)?"
    r"(?:your|their|dine|jeres)\s+(?:personal\s+|person)?(?:data|oplysninger|details"
    r"|information)\b",
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
    r"|cannot\s+be\s+restored|kan\s+ikke\s+gendannes"
    # "Failure to respond may result in fines from the supervisory authority"
    r"|(?:result\s+in|lead\s+to|risk\s+of)\s+(?:\w+\s+)?(?:fines?|penalt(?:y|ies)|sanctions)"
    r"|(?:medføre|resultere\s+i)\s+(?:en\s+)?bøde|bußgeld\w*\s+zu\s+vermeiden",
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
    r"|annuller|cancel"
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
# Bodies phishing claims to write for in its text (signature, "on behalf of"), beyond
# those above. A "GDPR register" has no genuine domain: no such register exists.
_TEXT_AUTHORITIES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"data\s?protection\s+(?:authority|agency|board|office)|supervisory\s+authority"
                r"|tilsynsmyndighed\w*"), ("datatilsynet.dk",)),
    (re.compile(r"\b(?:eu\s+)?(?:gdpr|data)\s+(?:compliance\s+)?regist(?:er|ry)\b"
                r"|gdpr[- ]regist(?:er|ret)\b"), ()),
)
_FEE = re.compile(
    r"\b(?:registration|annual|renewal|certification|processing|registrerings|årlig\w*"
    r"|certificerings|behandlings)\s*-?\s*(?:fee|gebyr|afgift)|\bgebyr\w*"
)
# "GDPR registration/certification": nothing a firm must buy, so only sellers offer it.
_GDPR_SALE = re.compile(
    r"\b(?:gdpr|dsgvo)[- ]?(?:zentral)?(?:regist\w*|certifi\w*|zertifi\w*|compliance\s+"
    r"(?:register|registry|certificate|seal))"
    # "you must register your compliance status within 48 hours" (beside a "penalty")
    r"|\bregist\w*\s+(?:your\s+|jeres\s+|din\s+|the\s+)?(?:gdpr[- ]?)?(?:compliance|"
    r"overholdelse)\w*"
    r"|(?:regist\w*|certifi\w*)\s+(?:\w+\s+){0,4}(?:under|i|in|til|for|med)\s+(?:the\s+|det\s+)?"
    r"(?:eu\s+)?(?:gdpr|databeskyttelses?\w*|data\s+protection)\s*(?:register|registry|registret)?"
)
_PRICE = re.compile(r"\b(?:eur|dkk|kr|usd)\b\.?\s*\d|\d[\d.,]*\s*(?:eur|dkk|kr|usd|€)|€\s*\d"
                    r"|\bpris\w*|\bprice\w*|\bfee\b|gebyr|faktura|invoice|gebuhr")
_HOST = re.compile(r"\b(?:https?://|www\.)([a-z0-9.-]+)")

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
    subject: str = ""  # folded
    signed: tuple[str, ...] = ()  # folded last lines of the own words and signature


def _domain(address: str | None) -> str:
    return address.rsplit("@", 1)[1].casefold().rstrip(".") if address and "@" in address else ""


def _belongs(domain: str, owners: Iterable[str]) -> bool:
    """`domain` is one of `owners` or a subdomain of one."""
    return any(domain == o or domain.endswith("." + o) for o in owners)


def _mail(parsed: ParsedMessage) -> _Mail:
    text = f"{parsed.subject}\n{parsed.own_text}"[:MAX_CHARS]
    own = tuple(sorted({d for d in (_domain(a) for a in parsed.to) if d}))
    closing = f"{parsed.own_text}\n{parsed.signature}"[-MAX_CHARS:]
    signed = tuple(line.strip() for line in fold(closing).splitlines() if line.strip())[-6:]
    return _Mail(fold(text), _domain(parsed.sender), fold(parsed.sender_name or ""), own,
                 _domain(parsed.reply_to), fold(parsed.subject), signed)


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
    asks = _CREDENTIAL.search(mail.text) or _PAYMENT.search(mail.text) or _FEE.search(mail.text)
    if role and asks and not _belongs(mail.sender_domain, mail.own_domains):
        return f"display name claims the role {role.group(0)!r} and asks to log in or pay"
    return None


# The tag a mail app puts under a person's mail ("Hent Outlook til Android", "Sent from
# Outlook for iOS"): the app's name, not the sender speaking as Microsoft.
_CLIENT_TAGLINE = re.compile(r"(?:hent|get|download|sendt fra|sent from|skickat från|gesendet "
                             r"von|envoyé de)\s+(?:\w+\s+)?(?:outlook|gmail|yahoo)\b")


def _speaks_as(mail: _Mail, pattern: re.Pattern[str]) -> bool:
    """The mail presents itself as this body: it signs with its name (a short closing
    line), writes on its behalf, or calls itself a notice from it. A person who names the
    body ("ellers klager jeg til Datatilsynet") does none of these."""
    if any(len(line.split()) <= 5 and pattern.search(line) and not _CLIENT_TAGLINE.match(line)
           for line in mail.signed):
        return True
    for found in pattern.finditer(mail.text):
        before = mail.text[max(0, found.start() - 60) : found.start()]
        if re.search(r"(?:på\s+vegne\s+af|on\s+behalf\s+of|(?:dette\s+er|this\s+is)\s+(?:en|et"
                     r"|an?)\s+(?:\w+\s+){0,2}(?:fra|from))\s+(?:the\s+)?[\w\s]{0,25}$", before):
            return True
    return False


def _foreign_link(mail: _Mail, owners: Iterable[str]) -> bool:
    """A link to a domain that is not the claimed body's own."""
    return any(not _belongs(host.rstrip("."), owners) for host in _HOST.findall(mail.text))


def _authority_text(mail: _Mail) -> str | None:
    """The text speaks as an authority the sender's domain does not belong to, and wants
    money, a log-in or a click to elsewhere."""
    for pattern, domains in _AUTHORITIES + _TEXT_AUTHORITIES:
        if _belongs(mail.sender_domain, domains) or not _speaks_as(mail, pattern):
            continue
        asks = (_PAYMENT.search(mail.text) or _FEE.search(mail.text)
                or _CREDENTIAL.search(mail.text))
        if asks or _foreign_link(mail, domains):
            claim = pattern.search(mail.text) or pattern.search("\n".join(mail.signed))
            name = claim.group(0) if claim else "an authority"
            return f"writes as {name!r} from {mail.sender_domain or 'no domain'} and asks to act"
    return None


def _gdpr_sale(mail: _Mail) -> str | None:
    """A GDPR 'registration' or 'certificate' for a price, with a link or a deadline."""
    sale = _GDPR_SALE.search(mail.text)
    if not sale or not _PRICE.search(mail.text):
        return None
    if _has_link(mail) or _URGENCY.search(mail.text) or _THREAT.search(mail.text):
        return f"sells {sale.group(0)!r}"
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


# Naming a fine is no ask to pay one: people warn of fines ("Datatilsynet giver bøder").
_FINE_WORD = re.compile(r"bøde\w*|fines?")
_AUTHORITY_DOMAINS = tuple(d for _, domains in _AUTHORITIES for d in domains)


def _pay_ask(mail: _Mail) -> re.Match[str] | None:
    return next((m for m in _PAYMENT.finditer(mail.text) if not _FINE_WORD.fullmatch(m.group(0))),
                None)


def _lure_link(mail: _Mail) -> bool:
    """A link or button, other than a link to an authority's own site (a person points
    to the complaint form at datatilsynet.dk)."""
    hosts = _HOST.findall(mail.text)
    if any(not _belongs(h.rstrip("."), _AUTHORITY_DOMAINS) for h in hosts):
        return True
    return bool(_CLICK.search(mail.text) or _BUTTON.search(mail.text))


# A shared document or e-signature request: the lure of invoice and "DocuSign" phishing.
_DOCUMENT = _rx(
    r"(?:review|sign|view|open|access)\s+(?:and\s+sign\s+)?(?:the\s+|this\s+|your\s+)?"
    r"(?:document|invoice|file)s?\b|sent\s+you\s+a\s+(?:document|file)|shared\s+a\s+(?:document"
    r"|file)|(?:underskriv|gennemse|åbn)\s+(?:dokument\w*|faktura\w*)|delt\s+et\s+dokument"
    r"|sendt\s+dig\s+et\s+dokument",
)


def _phishing(mail: _Mail) -> str | None:
    ask = _CREDENTIAL.search(mail.text) or _pay_ask(mail) or _DOCUMENT.search(mail.text)
    pressure = _URGENCY.search(mail.text) or _THREAT.search(mail.text)
    if ask and pressure and _lure_link(mail):
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


# A vendor selling GDPR help talks about requests in general ("anmodninger om sletning",
# "'delete my data' messages") to sell a service: its topic and two selling moves.
_PRIVACY_TOPIC = re.compile(r"\bgdpr\b|persondata\w*|databeskyttelse\w*|data\s+subject|\bdsar?s?\b"
                            r"|subject\s+access|personoplysning\w*|dataskydd\w*|datenschutz\w*"
                            r"|(?:access|erasure|deletion|privacy)\s+requests?|delete\s+my\s+data"
                            r"|indsigt\w*|sletning\w*")
_PITCH = (
    re.compile(r"\bdemo\b|free\s+trial|prøv\s+(?:\w+\s+)?gratis|gratis\s+prøve"),
    re.compile(r"\bbook\w*\s+(?:\w+\s+){0,3}(?:tid|møde|call|meeting|demo|samtale|snak)"
               r"|(?:min|my)\s+(?:kalender|calendar)|\d+[- ]minut\w*\s+(?:\w+\s+)?(?:call|demo"
               r"|snak|samtale|møde|meeting)|\d+\s+minutter\s+(?:i\s+)?(?:næste|next)"),
    re.compile(r"uforpligtende|no\s+obligation|without\s+obligation|fast\s+pris|fixed\s+price"
               r"|(?:fra|from)\s+\d[\d.,]*\s*(?:kr|dkk|eur|€)|kr\.?\s*/\s*(?:md|måned)"
               r"|per\s+(?:month|måned)|pr\.\s*(?:md|måned)"
               # "for €19 a month", "299 kr om måneden"
               r"|(?:[€$£]\s*\d[\d.,]*|\d[\d.,]*\s*(?:kr\.?|dkk|eur|€))\s*(?:a|per|om|i|/)\s*"
               r"(?:month|måned\w*|md)\b"),
    re.compile(r"trusted\s+by|account\s+(?:executive|manager)|sales\s+(?:manager|director)"
               r"|\d+\+?\s+(?:smes|companies|customers|kunder|virksomheder)"),
    re.compile(r"(?:reply|svar)\s+(?:\W{0,2})(?:stop|nej\s+tak|unsubscribe|afmeld)"
               r"|(?:rather|hellere)\s+not\s+hear|skriver\s+jeg\s+ikke\s+igen"),
    re.compile(r"(?:(?:we|vi)\s+(?:help|hjælper)|hjælper\s+vi)\s+(?:\w+\s+){0,3}(?:companies|firms"
               r"|businesses|virksomheder|håndværk\w*|smes)|(?:our|vores)\s+(?:platform|software"
               r"|solution|tool|løsning|værktøj|system)"),
    re.compile(r"(?:gratis|free|uforpligtende)\s+(?:\w+\s+)?(?:møde|samtale|demo|snak|call"
               r"|consultation|gennemgang)|(?:møde|samtale|snak|call|demo)\s+(?:på|of)\s+\d+\s*"
               r"minut\w*"),
)


def _privacy_pitch(mail: _Mail) -> str | None:
    """Someone selling GDPR help: the topic and at least two selling moves."""
    if not _PRIVACY_TOPIC.search(mail.text):
        return None
    hits = [m.group(0) for m in (p.search(mail.text) for p in _PITCH) if m]
    return f"sells privacy services ({', '.join(repr(h) for h in hits[:3])})" \
        if len(hits) >= 2 else None


def _sales_pitch(mail: _Mail) -> str | None:
    hits = [m.group(0) for m in (p.search(mail.text) for p in _SALES) if m]
    if len(hits) >= 2:
        return f"sales spam ({', '.join(repr(h) for h in hits[:3])})"
    return None


def looks_like_spam(parsed: ParsedMessage) -> str | None:
    """A short reason why this mail is spam or phishing, or None when it may be genuine."""
    mail = _mail(parsed)
    checks = (_impersonation, _authority_text, _gdpr_sale, _lookalike, _phishing, _ceo_fraud,
              _sales_pitch, _privacy_pitch)
    for check in checks:
        reason = check(mail)
        if reason is not None:
            return reason
    return None
