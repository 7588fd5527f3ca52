"""Raw MIME -> one channel-neutral message: the sender's own text apart from quotes,
signatures and forwarded history, plus the signals that mark machine-generated mail."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message

from bs4 import BeautifulSoup

from bot.normalize import normalize_email
from bot.reading.headers import address as _address
from bot.reading.headers import all_headers as _all_headers
from bot.reading.headers import date as _date
from bot.reading.headers import header as _header
from bot.reading.headers import msgid as _msgid
from bot.reading.headers import recipients as _recipients
from bot.reading.machine import auto_reason
from bot.timeutil import parse_loose_date

# Charsets that mail clients mislabel: browsers (WHATWG) treat latin-1 as windows-1252,
# whose extra characters (smart quotes, €) Danish Outlook mail really contains.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252"}


@dataclass(frozen=True)
class Forwarded:
    """A message quoted in full inside another (a forward)."""

    sender: str | None
    sender_name: str | None
    subject: str | None
    text: str
    date: datetime | None = None  # when the original was received, as the forward says


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    subject: str
    sender: str | None
    sender_name: str | None
    reply_to: str | None
    to: tuple[str, ...]
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    own_text: str
    quoted_text: str
    signature: str
    forwarded: Forwarded | None
    auto_reason: str | None
    authentication_results: tuple[str, ...]
    attachments: tuple[str, ...]
    defects: tuple[str, ...] = field(default=())

    @property
    def auto(self) -> bool:
        return self.auto_reason is not None


# --- body ------------------------------------------------------------------------------


def _unflow(text: str, delsp: bool) -> str:
    """Undo RFC 3676 format=flowed: a line ending in a space continues on the next line."""
    out: list[str] = []
    carry = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line != "-- ":
            carry += line[:-1] if delsp else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


def _decode_part(part: Message) -> str:
    text = _decode_bytes(part)
    if str(part.get_param("format") or "").lower() == "flowed":
        text = _unflow(text, str(part.get_param("delsp") or "").lower() == "yes")
    return text


def _decode_bytes(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = (part.get_content_charset() or "utf-8").lower()
    charset = _CHARSET_ALIASES.get(charset, charset)
    for candidate in (charset, "utf-8"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("cp1252", errors="replace")


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, one block per line; scripts and styles dropped."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "title"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for quote in soup.find_all("blockquote"):
        # Quoted history in HTML mail: keep it recognisable as a quote for the splitter.
        lines = quote.get_text("\n").splitlines()
        quote.replace_with("\n" + "\n".join("> " + line for line in lines) + "\n")
    text = soup.get_text("\n")
    return re.sub(r"\n\s*\n+", "\n\n", text)


def _is_attachment(part: Message) -> bool:
    disposition = (part.get("Content-Disposition") or "").lower()
    return disposition.startswith("attachment") or bool(part.get_filename())


def _body_parts(msg: Message) -> tuple[str, str, list[str], list[Message]]:
    """(plain text, html, attachment names, embedded messages) of a message."""
    plain, html = "", ""
    names: list[str] = []
    embedded: list[Message] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                embedded.append(inner[0])
            continue
        if part.is_multipart():
            continue
        if _is_attachment(part):
            names.append(part.get_filename() or ctype)
        elif ctype == "text/plain" and not plain:
            plain = _decode_part(part)
        elif ctype == "text/html" and not html:
            html = _decode_part(part)
    return plain, html, names, embedded


def _body_text(msg: Message) -> tuple[str, list[str], list[Message]]:
    plain, html, names, embedded = _body_parts(msg)
    text = plain if plain.strip() else (html_to_text(html) if html else "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text, names, embedded


# --- quotes, forwards, signatures --------------------------------------------------------

_FORWARD_MARKER = re.compile(
    r"^\s*(-{2,}\s*)?(forwarded message|original message|videresendt (besked|meddelelse|e-?mail)"
    r"|oprindelig (besked|meddelelse)|weitergeleitete nachricht|ursprüngliche nachricht"
    r"|message transféré|message d'origine|vidarebefordrat meddelande|ursprungligt meddelande"
    r"|videresendt melding|opprinnelig melding|doorgestuurd bericht|oorspronkelijk bericht"
    r"|begin forwarded message:|start på videresendt (besked|meddelelse):"
    r"|début du message réexpédié\s*:)\s*(-{2,})?\s*$",
    re.IGNORECASE,
)
_WROTE_LINE = re.compile(
    r"^\s*(on|den|am|le|el|il|op|på|em|w dniu)\b.{0,250}\b(wrote|skrev|schrieb|a écrit|escribió"
    r"|scrisse|schreef|escreveu|napisał)\b.{0,250}:\s*$",
    re.IGNORECASE,
)
_HEADER_FIELD = re.compile(
    r"^\s*\*?(from|fra|von|de|från|van|od|sent|sendt|gesendt|envoyé|skickat|verzonden|date|dato"
    r"|datum|to|til|an|à|till|aan|subject|emne|betreff|objet|ämne|onderwerp|cc)\*?\s*:\s*(.*)$",
    re.IGNORECASE,
)
_FROM_FIELD = ("from", "fra", "von", "de", "från", "van", "od")
_SUBJECT_FIELD = ("subject", "emne", "betreff", "objet", "ämne", "onderwerp")
_DATE_FIELD = ("date", "dato", "datum", "sent", "sendt", "gesendt", "envoyé", "skickat",
               "verzonden")
_SIGNATURE_START = re.compile(
    r"^\s*(-- ?|__+|med venlig(e)? hilsen|venlig(e)? hilsen|de bedste hilsner|bedste hilsner"
    r"|mvh\.?|vh\.?|hilsen|kind regards|best regards|regards|best wishes|sincerely|yours sincerely"
    r"|yours faithfully|mit freundlichen grüßen|freundliche grüße|viele grüße"
    r"|med vänliga hälsningar|vänliga hälsningar|med vennlig hilsen|vennlig hilsen"
    r"|met vriendelijke groet(en)?"
    r"|cordialement|bien cordialement|salutations distinguées|hoogachtend)[,.!]?(\s+\S.{0,40})?$",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*(disclaimer|ansvarsfraskrivelse|fortrolighed|confidentiality notice|this e-?mail"
    r"( message)? (and any attachments? )?(is|may contain|contains)|denne e-?mail (og eventuelle"
    r" vedhæftede filer )?(er|kan indeholde|indeholder)|diese e-?mail (enthält|kann)"
    r"|the information contained in this|oplysningerne i denne)",
    re.IGNORECASE,
)


@dataclass
class _Split:
    own: str
    quoted: str
    signature: str
    forwarded_block: str | None


def _outlook_header_at(lines: list[str], index: int) -> bool:
    """A 'From: … Sent: … Subject:' block starts here (Outlook's reply and forward header)."""
    first = _HEADER_FIELD.match(lines[index])
    if not first or first.group(1).lower().strip("*") not in _FROM_FIELD:
        return False
    following = [_HEADER_FIELD.match(line) for line in lines[index + 1 : index + 5]]
    return sum(1 for match in following if match) >= 2


def _find_break(lines: list[str]) -> tuple[int, bool] | None:
    """Index of the first line of quoted or forwarded history, and whether it is a forward."""
    for index, line in enumerate(lines):
        if _FORWARD_MARKER.match(line):
            return index, "riginal" not in line and "ursprüng" not in line.lower()
        joined = line + (" " + lines[index + 1] if index + 1 < len(lines) else "")
        if _WROTE_LINE.match(line) or (not line.startswith(">") and _WROTE_LINE.match(joined)):
            return index, False
        if _outlook_header_at(lines, index):
            return index, False
    return None


_QUOTED_ADDRESS = re.compile(r"<?([^\s<>@\[\]:]+@[^\s<>\[\]]+?)[>\]]?(?:\s|:|$)")


def quoted_own_words(quoted: str, sender: str | None) -> str:
    """The quoted history, if it is the sender's own earlier mail ("Den … skrev <sender>:"),
    without its quote marks and header; otherwise nothing. A reminder that quotes the
    person's own request still asks for it; a quote of our mail asks for nothing."""
    lines = quoted.split("\n")
    if not sender or not lines:
        return ""
    head = " ".join(lines[:2])
    found = _QUOTED_ADDRESS.search(head)
    if not found or normalize_email(found.group(1)) != sender:
        return ""
    body = [line for line in lines[1:] if not _HEADER_FIELD.match(line)]
    unquoted = [re.sub(r"^\s*(>\s?)+", "", line) for line in body]
    return split_text("\n".join(unquoted)).own


def _cut_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    for index, line in enumerate(lines):
        starts = _SIGNATURE_START.match(line) and index > 0
        if starts or _DISCLAIMER.match(line):
            return lines[:index], lines[index:]
    return lines, []


def split_text(text: str, forward_hint: bool = False) -> _Split:
    """Separate the sender's own words from quoted history, a forward and the signature."""
    lines = text.split("\n")
    found = _find_break(lines)
    head, tail, forwarded = lines, [], None
    if found is not None:
        index, is_forward = found
        head, tail = lines[:index], lines[index:]
        if is_forward or forward_hint:
            forwarded = "\n".join(tail)
    quoted = [line for line in head if line.lstrip().startswith(">")]
    own = [line for line in head if not line.lstrip().startswith(">")]
    own, signature = _cut_signature(own)
    return _Split(
        own="\n".join(own).strip(),
        quoted="\n".join(quoted + tail).strip(),
        signature="\n".join(signature).strip(),
        forwarded_block=forwarded,
    )


def _parse_forward_block(block: str) -> Forwarded:
    """Read the header lines at the top of a forwarded block, then its own text."""
    lines = block.split("\n")
    if lines and _FORWARD_MARKER.match(lines[0]):
        lines = lines[1:]
    sender = name = subject = None
    sent: datetime | None = None
    index = 0
    while index < len(lines) and (not lines[index].strip() or _HEADER_FIELD.match(lines[index])):
        match = _HEADER_FIELD.match(lines[index])
        if match:
            key, value = match.group(1).lower().strip("*"), match.group(2).strip()
            if key in _FROM_FIELD and sender is None:
                sender, name = _address(value.replace("[mailto:", "<").replace("]", ">"))
            elif key in _SUBJECT_FIELD and subject is None:
                subject = value
            elif key in _DATE_FIELD and sent is None:
                sent = parse_loose_date(value)
        index += 1
    inner = split_text("\n".join(lines[index:]))
    return Forwarded(sender=sender, sender_name=name, subject=subject, text=inner.own, date=sent)


def _forward_from_attachment(inner: Message) -> Forwarded:
    sender, name = _address(_header(inner, "From"))
    text, _, _ = _body_text(inner)
    return Forwarded(sender, name, _header(inner, "Subject"), split_text(text).own,
                     _date(_header(inner, "Date")))


# --- entry point -----------------------------------------------------------------------

_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|vs|wg|tr|vb|rv|doorst)\s*:", re.IGNORECASE)
_REPLY_SUBJECT = re.compile(r"^\s*(re|sv|aw|ant|antw|odp|réf)\s*:", re.IGNORECASE)


def is_reply_subject(subject: str) -> bool:
    return bool(_REPLY_SUBJECT.match(subject))


def strip_subject_prefixes(subject: str) -> str:
    """'SV: VS: Re: Anmodning' -> 'Anmodning'."""
    previous = None
    while previous != subject:
        previous = subject
        subject = _REPLY_SUBJECT.sub("", _FORWARD_SUBJECT.sub("", subject, count=1), count=1)
    return subject.strip()


def parse_message(raw: bytes, *, own_addresses: frozenset[str] = frozenset()) -> ParsedMessage:
    """Parse any real-world RFC 5322 message; malformed parts become defects, not errors."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    sender, sender_name = _address(_header(msg, "From"))
    subject = _header(msg, "Subject")
    text, attachments, embedded = _body_text(msg)
    split = split_text(text, forward_hint=bool(_FORWARD_SUBJECT.match(subject)))
    forwarded = None
    if split.forwarded_block is not None:
        forwarded = _parse_forward_block(split.forwarded_block)
    elif embedded:
        forwarded = _forward_from_attachment(embedded[0])
    return ParsedMessage(
        message_id=_msgid(_header(msg, "Message-ID")),
        subject=subject,
        sender=sender,
        sender_name=sender_name,
        reply_to=_address(_header(msg, "Reply-To"))[0],
        to=_recipients(msg),
        date=_date(_header(msg, "Date")),
        in_reply_to=_msgid(_header(msg, "In-Reply-To")),
        references=tuple(re.findall(r"<[^<>\s]{1,250}>", _header(msg, "References")))[-20:],
        own_text=split.own,
        quoted_text=split.quoted,
        signature=split.signature,
        forwarded=forwarded,
        auto_reason=auto_reason(msg, sender, subject, own_addresses, text),
        authentication_results=_all_headers(msg, "Authentication-Results"),
        attachments=tuple(attachments),
        defects=tuple(type(d).__name__ for d in msg.defects),
    )
