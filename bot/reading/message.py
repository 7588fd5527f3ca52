"""Raw MIME -> one channel-neutral message: the sender's own text apart from quotes,
signatures and forwarded history, plus the signals that mark machine-generated mail."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from html.parser import HTMLParser

from bot.normalize import normalize_email
from bot.reading.headers import address as _address
from bot.reading.headers import all_headers as _all_headers
from bot.reading.headers import date as _date
from bot.reading.headers import header as _header
from bot.reading.headers import msgid as _msgid
from bot.reading.headers import recipients as _recipients
from bot.reading.machine import auto_reason
from bot.reading.quotes import Split, field_of, read_forward, split_text, unflow
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
    # the copy recipients: a departed colleague may be one ("Cc: o.garnier@...")
    cc: tuple[str, ...] = field(default=())

    @property
    def auto(self) -> bool:
        return self.auto_reason is not None


# --- body ------------------------------------------------------------------------------


def _decode_part(part: Message) -> str:
    text = _decode_bytes(part)
    if str(part.get_param("format") or "").lower() == "flowed":
        text = unflow(text, str(part.get_param("delsp") or "").lower() == "yes")
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


# Elements a browser lays out as blocks start a new line; all others run inline, so that
# Outlook's "<b>From:</b> Jens" stays the one header line it reads as.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
    "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot",
    "thead", "tr", "ul",
})
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not U+00A0: &nbsp; is the writer's own space


class _HtmlText(HTMLParser):
    """The visible text of an HTML body, one block per line; blockquotes become "> "
    lines, so the quote splitter reads HTML replies as it reads plain ones."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._words: list[str] = []
        self._quotes = 0  # blockquote depth
        self._hidden = 0  # inside script, style or head
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "body":
            self._hidden = 0  # an unclosed <head> must not hide the whole mail
        elif tag == "br":
            self._end_line(keep_empty=True)
        elif tag in _BLOCK_TAGS:
            self._end_line()
            self._quotes += tag == "blockquote"
            self._pre += tag == "pre"
        elif tag in ("td", "th"):
            self._words.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self._end_line()
            self._quotes = max(0, self._quotes - (tag == "blockquote"))
            self._pre = max(0, self._pre - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        first, *rest = data.split("\n") if self._pre else [data]
        self._words.append(first)
        for line in rest:  # preformatted text keeps its own line breaks
            self._end_line(keep_empty=True)
            self._words.append(line)

    def _end_line(self, keep_empty: bool = False) -> None:
        text = "".join(self._words)
        text = (text.rstrip() if self._pre else _HTML_SPACE.sub(" ", text)).strip(" ")
        self._words = []
        if text.strip() or keep_empty:
            prefix = "> " * self._quotes
            self.lines.append(prefix + text if text.strip() else prefix.rstrip())


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, one block per line; scripts and styles dropped."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:  # html.parser gives up on some broken markup ("<![ x"): keep the rest
        pass
    parser._end_line()
    return re.sub(r"\n\s*\n+", "\n\n", "\n".join(parser.lines))


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


# --- quotes, forwards, signatures (bot.reading.quotes splits; this reads the forward) ----

_QUOTED_ADDRESS = re.compile(r"<?([^\s<>@\[\]:]+@[^\s<>\[\]]+?)[>\]]?(?:\s|:|$)")


def quoted_own_words(quoted: str, sender: str | None) -> str:
    """The quoted history, if it is the sender's own earlier mail ("Den … skrev <sender>:"),
    without its quote marks and header; otherwise nothing. A reminder that quotes the
    person's own request still asks for it; a quote of our mail asks for nothing. Her own
    earlier mails further down count too, past a receipt of ours: a second reminder quotes
    the first, which quotes our receipt, which quotes the request ("Rykker igen ... det, jeg
    bad om?"). Past any other mail of ours - an answer, "det er gjort" - what she asked
    before was dealt with, and the thread stops there."""
    if not sender or _quoted_author(quoted) != sender:
        return ""
    words: list[str] = []
    for _ in range(6):  # a thread's depth, bounded
        inner = _one_level_in(quoted)
        if _quoted_author(quoted) == sender:
            words.append(inner.own)
        elif not _RECEIPT.search(inner.own):
            break
        quoted = inner.quoted
        if not quoted:
            break
    return "\n\n".join(w for w in words if w)


# Our automatic acknowledgement: "Tak for din henvendelse. Vi har modtaget den ..."
_RECEIPT = re.compile(r"(?i)\b(?:tak for din (?:henvendelse|mail|besked)|vi har modtaget|"
                      r"automatisk (?:svar|besked|kvittering)|kvittering for|thank you for your "
                      r"(?:message|request|e-?mail|enquiry)|we have received|automatic (?:reply|"
                      r"message|acknowledge?ment)|this is an automatic)\b")


def _quoted_author(quoted: str) -> str | None:
    """Whose mail the quoted history opens with, by its attribution line ("… skrev <x>:")."""
    found = _QUOTED_ADDRESS.search(" ".join(quoted.split("\n")[:2]))
    return normalize_email(found.group(1)) if found else None


def _one_level_in(quoted: str) -> Split:
    """The quoted mail itself, one quote level off and its header lines left out."""
    body = [line for line in quoted.split("\n")[1:] if field_of(line) is None]
    return split_text("\n".join(re.sub(r"^\s*>\s?", "", line) for line in body))


def _parse_forward_block(block: str) -> Forwarded:
    """The forwarded mail's sender, subject and date from its header lines, and its text."""
    fields, text = read_forward(block)
    sender, name = None, None
    if "from" in fields:
        sender, name = _address(fields["from"].replace("[mailto:", "<").replace("]", ">"))
    sent = parse_loose_date(fields["date"]) if "date" in fields else None
    return Forwarded(sender=sender, sender_name=name, subject=fields.get("subject"),
                     text=split_text(text).own, date=sent)


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
        cc=_recipients(msg, "Cc"),
    )
