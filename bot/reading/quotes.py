"""A mail body's own words: what the sender wrote, told apart from quoted history,
attribution lines, forwarded mail and the signature.

Measured against quotequail, mail-parser-reply and email-reply-parser on the peers
corpus (README "Reading replies"): none of them keeps the text a sender writes between
and below quotes while also cutting an unquoted Outlook original, and all of them cost
milliseconds a message, so this is plain line rules: one pass, no objects per message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- format=flowed (RFC 3676) ---------------------------------------------------------

_QUOTE_MARKS = re.compile(r"^>+")


def _flowed_line(line: str) -> tuple[int, str]:
    """(quote depth, content without its space-stuffing) of one format=flowed line."""
    marks = _QUOTE_MARKS.match(line)
    depth = len(marks.group()) if marks else 0
    content = line[depth:]
    return depth, content[1:] if content.startswith(" ") else content


def _requote(depth: int, content: str) -> str:
    return f"{'>' * depth} {content}" if depth else content


def unflow(text: str, delsp: bool) -> str:
    """Join format=flowed lines back into paragraphs. A line ending in a space goes on in
    the next line of the same quote depth only: a change of depth ends the paragraph
    (RFC 3676 4.5), so a reply written under a quote never runs into it."""
    out: list[str] = []
    depth_then, carry = 0, None
    for line in text.replace("\r\n", "\n").split("\n"):
        depth, content = _flowed_line(line)
        if carry is not None and depth != depth_then:
            out.append(_requote(depth_then, carry))
            carry = None
        flowed = content.endswith(" ") and content != "-- "  # "-- " opens a signature
        content = (carry or "") + (content[:-1] if flowed and delsp else content)
        carry, depth_then = (content, depth) if flowed else (None, depth)
        if not flowed:
            out.append(_requote(depth, content))
    if carry is not None:
        out.append(_requote(depth_then, carry))
    return "\n".join(out)


# --- what a line is --------------------------------------------------------------------

# Header labels of a quoted or forwarded message, by the field they name. Mail clients
# write them in the user's language: Outlook, Windows Mail, Gmail, Apple Mail, mail.ru.
_FIELD_LABELS = {
    "from": "from|fra|von|de|från|van|od|от|от кого|da|lähettäjä|feladó|kimden|afzender"
            "|absender|expéditeur|remitente|mittente|发件人|寄件者|差出人",
    "date": "sent|sendt|gesendet|envoyé|envoyé le|skickat|verzonden|date|dato|datum"
            "|отправлено|дата|enviado|enviado el|inviato|data|wysłano|lähetetty|päivämäärä"
            "|elküldve|gönderilme|fecha|发送时间|日期|送信日時",
    "to": "to|til|an|à|till|aan|кому|para|a|do|vastaanottaja|címzett|kime|收件人|宛先",
    "cc": "cc|bcc|kopi|kopie|kopia|копия|másolat",
    "subject": "subject|emne|betreff|objet|sujet|ämne|onderwerp|тема|asunto|oggetto|temat"
               "|aihe|assunto|předmět|tárgy|konu|主题|件名|主旨",
    "other": "reply-to|svar til|antwort an|importance|prioritet|wichtigkeit|priorité"
             "|attachments|vedhæftede filer|anlagen|bilagor|pièces jointes|bijlagen",
}
_FIELD = re.compile(  # "From: x", "*Fra:* x" (bold in plain text), "De : x" (French)
    r"^\s*\*?\s*(?P<label>" + "|".join(_FIELD_LABELS.values())
    + r")\s*\*?\s*[:：]\*?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_FIELD_KIND = {label: kind for kind, labels in _FIELD_LABELS.items()
               for label in labels.split("|")}

_FORWARD_NAMES = (
    "forwarded message|begin forwarded message|videresendt (besked|meddelelse|e-?mail)"
    "|start på videresendt (besked|meddelelse|e-?mail)|weitergeleitete nachricht"
    "|anfang der weitergeleiteten (nachricht|e-mail)|message transféré"
    "|début du message réexpédié|vidarebefordrat meddelande|videresendt melding"
    "|doorgestuurd bericht|begin doorgestuurd bericht|mensaje reenviado"
    "|inicio del mensaje reenviado|messaggio inoltrato|mensagem encaminhada"
    "|välitetty viesti|пересылаемое сообщение|переслан(н)?ое сообщение"
)
_ORIGINAL_NAMES = (
    "original message|reply message|oprindelig (besked|meddelelse)|ursprüngliche nachricht"
    "|message d'origine|ursprungligt meddelande|originalmeddelande|opprinnelig melding"
    "|oorspronkelijk bericht|origineel bericht|mensaje original|messaggio originale"
    "|mensagem original|wiadomość oryginalna|oryginalna wiadomość|původní zpráva"
    "|alkuperäinen viesti|eredeti üzenet|исходное сообщение|оригинальное сообщение"
)


def _marker(names: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*[-_=*]*\s*({names})\s*[:：]?\s*[-_=*]*\s*$", re.IGNORECASE)


_FORWARD_MARKER = _marker(_FORWARD_NAMES)
_ORIGINAL_MARKER = _marker(_ORIGINAL_NAMES)
_RULE = re.compile(r"^\s*([-_=*]\s?){5,}\s*$")  # Outlook's line above its header block


def is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _unquote(line: str) -> str:
    """A line with one level of quote marks taken off."""
    return re.sub(r"^\s*> ?", "", line)


def field_of(line: str) -> tuple[str, str] | None:
    """('from' | 'date' | 'to' | 'cc' | 'subject' | 'other', value) of a header line."""
    found = _FIELD.match(line)
    if not found:
        return None
    return _FIELD_KIND[found.group("label").lower()], found.group("value").strip()


def is_forward_marker(line: str) -> bool:
    return bool(_FORWARD_MARKER.match(line) or _ORIGINAL_MARKER.match(line))


def _header_block_at(lines: list[str], index: int) -> bool:
    """A quoted message's header block ("From: … Sent: … To: … Subject: …") starts here:
    at least three different fields, one of them the sender, in any order and language.
    A blank or wrapped line may sit between two fields."""
    if field_of(lines[index]) is None:
        return False
    kinds: set[str] = set()
    gap = 0
    for line in lines[index : index + 14]:
        field = field_of(line)
        gap = 0 if field else gap + 1
        if gap > 1:
            break
        if field:
            kinds.add(field[0])
    return "from" in kinds and len(kinds - {"other"}) >= 3


# --- attribution lines ("On … wrote:") ----------------------------------------------------

_VERB = re.compile(
    r"\b(wrote|writes|skrev|skriver|schrieb|schreef|geschreven|a écrit|escribió|escreveu"
    r"|ha scritto|scrisse|napisał\w*|napsal\w*|написал\w*|kirjoitti|írta|yazdı)\b|写道",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(on|den|am|le|el|il|op|på|em|w dniu|dnia|dne)\s", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DATE = re.compile(r"\b(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(19|20)\d\d)\b")
_ADDRESS = re.compile(r"[^\s<>()\"']+@[\w-]+(\.[\w-]+)+")
_ENDS_WITH_ADDRESS = re.compile(r"@[\w-]+(\.[\w-]+)+\s*[>)\]]?\s*\"?\s*[:：]\s*$")
_ENDS_WITH_COLON = re.compile(r"[:：]\s*$")


def _joined(lines: list[str], start: int, end: int) -> str:
    """An attribution wrapped over lines, as one line ("Name <\\naddr>" -> "Name <addr>")."""
    text = " ".join(line.strip() for line in lines[start : end + 1])
    return text.replace("< ", "<").replace(" >", ">")


def _attribution_kind(text: str) -> str | None:
    """'strong' for "On <date, time or address> … wrote:", which introduces a quoted
    original even when that original is not ">"-quoted; 'weak' for the forms that only
    count above a quote: a verb without time or address, or "<date>, Name <addr>:"
    (mail.ru, Yandex, Gmail's ISO form)."""
    if len(text) > 300 or not _ENDS_WITH_COLON.search(text):
        return None
    verbs = list(_VERB.finditer(text))
    if verbs and _told_on(text, verbs[-1]):
        return None
    if verbs:
        if _TIME.search(text) or _ADDRESS.search(text):
            return "strong"
        return "weak" if _LEAD.match(text) and _DATE.search(text) else None
    dated = _TIME.search(text) or _DATE.search(text)
    return "weak" if dated and _ENDS_WITH_ADDRESS.search(text) else None


_SENTENCE_BREAK = re.compile(r"[a-zæøåäöü]{4,}\.\s+[A-ZÆØÅÄÖÜ][a-zæøåäöü]*\s")


def _told_on(text: str, verb: re.Match[str]) -> bool:
    """A paragraph joined from format=flowed lines, not an attribution: a whole sentence
    stands before the verb ("... fratrådt pr. 1. marts. Jeg skrev det kort til Søren i
    sidste uge, men vil gerne have det formelt:"), and no date, time or address after it,
    where every attribution that names its writer after the verb puts them."""
    tail = text[verb.end():]
    if _DATE.search(tail) or _TIME.search(tail) or _ENDS_WITH_ADDRESS.search(text):
        return False
    return bool(_SENTENCE_BREAK.search(text, 0, verb.start()))


def _attribution_at(lines: list[str], index: int) -> tuple[int, str] | None:
    """(last line, kind) of an attribution starting here, wrapped over up to three lines.
    A window whose later lines alone already match starts later: the first line is the
    sender's ("Hi,\\nOn … wrote:")."""
    for end in range(index, min(index + 3, len(lines))):
        if end > index and (not lines[end].strip() or is_quoted(lines[end])):
            return None
        kind = _attribution_kind(_joined(lines, index, end))
        if kind:
            return None if _starts_later(lines, index, end) else (end, kind)
    return None


def _starts_later(lines: list[str], index: int, end: int) -> bool:
    """Whether the attribution in lines index..end really starts on the next line: that
    part matches alone, and either it opens like one ("On", a date) or the first line
    has nothing an attribution carries (no date, time or address): "Hi,"."""
    if end == index or not _attribution_kind(_joined(lines, index + 1, end)):
        return False
    first, second = lines[index], lines[index + 1].strip()
    opens = bool(_LEAD.match(second) or second[:1].isdigit())
    return opens or not (_TIME.search(first) or _DATE.search(first) or _ADDRESS.search(first))


# --- splitting ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    own: str
    quoted: str
    signature: str
    forwarded_block: str | None


@dataclass(frozen=True)
class _Break:
    start: int  # first line of the history (an attribution, marker or header block)
    end: int  # last line of the attribution or marker
    hard: bool  # everything from start down is history
    forward: bool


def _next_is_quoted(lines: list[str], index: int) -> bool:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index < len(lines) and is_quoted(lines[index])


def _start_above_rule(lines: list[str], index: int) -> int:
    """Take the rule Outlook draws above its header block ("_____") into the history."""
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above if above >= 0 and _RULE.match(lines[above]) else index


# A ticket system's receipt echoes the mail it got: "Din henvendelse:" over a rule line.
_ECHO = re.compile(
    r"^\s*(din (oprindelige )?(henvendelse|besked|forespørgsel|mail|sag)|your (original )?"
    r"(request|message|enquiry|inquiry|ticket|e-?mail)|ihre (anfrage|nachricht)"
    r"|ditt meddelande|din förfrågan|din melding|uw (bericht|vraag))\s*[:：]\s*$", re.IGNORECASE)


def _echo_at(lines: list[str], index: int) -> bool:
    following = [line for line in lines[index + 1:index + 3] if line.strip()]
    return bool(_ECHO.match(lines[index]) and following and _RULE.match(following[0]))


def _break_at(lines: list[str], index: int) -> _Break | None:
    line = lines[index]
    if _FORWARD_MARKER.match(line):
        return _Break(_start_above_rule(lines, index), index, True, True)
    if _ORIGINAL_MARKER.match(line) or _header_block_at(lines, index) or _echo_at(lines, index):
        return _Break(_start_above_rule(lines, index), index, True, False)
    found = _attribution_at(lines, index)
    if found is None:
        return None
    end, kind = found
    if _next_is_quoted(lines, end + 1):
        return _Break(index, end, False, False)  # an inline quote follows: read on below it
    return _Break(index, end, True, False) if kind == "strong" else None


def _scan(lines: list[str], forward_hint: bool) -> tuple[set[int], _Break | None]:
    """Attribution lines of inline quotes, and the first break below which all is history.
    In a forward (hint from the subject) the first break of any kind is that one."""
    attributions: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        found = None if is_quoted(line) or not line.strip() else _break_at(lines, index)
        if forward_hint and is_quoted(line) and _FORWARD_MARKER.match(_unquote(line)):
            found = _Break(index, index, True, True)  # Apple Mail forwards inside a quote
        if found is not None and (found.hard or forward_hint):
            return attributions, found
        if found is not None:
            attributions.update(range(found.start, found.end + 1))
            index = found.end
        index += 1
    return attributions, None


# --- signatures ----------------------------------------------------------------------------

_SIGNATURE_START = re.compile(
    r"^\s*(-- ?|__+|med venlig(e)? hilsen|venlig(e)? hilsen|de bedste hilsner|bedste hilsner"
    r"|mvh\.?|vh\.?|hilsen|kind regards|best regards|regards|best wishes|sincerely|yours sincerely"
    r"|yours faithfully|mit freundlichen grüßen|freundliche grüße|viele grüße"
    r"|med vänliga hälsningar|vänliga hälsningar|med vennlig hilsen|vennlig hilsen"
    r"|met vriendelijke groet(en)?"
    r"|cordialement|bien cordialement|salutations distinguées|hoogachtend)[,.!]?(\s+\S.{0,40})?$"
    # A phone's footer names the device, in a few words and without a sentence after it.
    r"|^\s*(sent from my|sendt fra min|skickat från min|gesendet von meinem"
    r"|envoyé de mon|verzonden (vanaf|met) mijn|get outlook for|hent outlook til)"
    r"(\s+[\w.-]+){1,4}\s*$",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*(disclaimer|ansvarsfraskrivelse|fortrolighed|confidentiality notice|this e-?mail"
    r"( message)? (and any attachments? )?(is|may contain|contains)|denne e-?mail (og eventuelle"
    r" vedhæftede filer )?(er|kan indeholde|indeholder)|diese e-?mail (enthält|kann)"
    r"|the information contained in this|oplysningerne i denne)",
    re.IGNORECASE,
)


# "PS: Gider I ikke lade være med at sende mig ..." below the name: still the sender's words
_POSTSCRIPT = re.compile(r"^\s*(p\.\s?s\.?|p\.?p\.?s\.?|ps)\s*[:.\-]", re.IGNORECASE)


def _cut_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    for index, line in enumerate(lines):
        starts = _SIGNATURE_START.match(line) and index > 0
        if starts or _DISCLAIMER.match(line):
            return _with_postscript(lines[:index], lines[index:])
    return lines, []


def _with_postscript(own: list[str], signature: list[str]) -> tuple[list[str], list[str]]:
    """A postscript below the signature goes back to the sender's own text (up to any
    disclaimer after it); the name and the contact lines stay the signature."""
    at = next((i for i, line in enumerate(signature) if _POSTSCRIPT.match(line)), None)
    if at is None:
        return own, signature
    end = next((i for i in range(at, len(signature)) if _DISCLAIMER.match(signature[i])),
               len(signature))
    return [*own, "", *signature[at:end]], signature[:at] + signature[end:]


# "Svar ind i din mail med [SM]", "answers inline below": the sender wrote between the
# lines of an unquoted history and marked each answer ("[SM] Nej, ...", "  --> New number").
_INLINE_NOTE = re.compile(
    r"(?:svar|svarer|kommentar\w*|bemærkning\w*)(?: er| står)? (?:ind |inde )?i (?:din |jeres |"
    r"teksten|mailen)|(?:mine )?svar (?:nedenfor|herunder|i teksten|inline)"
    r"|(?:answers?|replies|comments?|responses?)(?: are)? (?:inline|below|in the text)"
    r"|inline below|antworten? (?:im text|unten)|svar (?:inline|nedan)", re.IGNORECASE)
_ANSWER_MARK = re.compile(r"^\s*(?:-+>|=+>|\[[^\W\d_]{1,4}\])\s*(\S.*)")


def _inline_answers(own: list[str], history: list[str]) -> list[str]:
    """The marked answers the sender wrote into the history, when their own words say so."""
    if not history or not _INLINE_NOTE.search(" ".join(own)):
        return []
    answers = [m.group(1) for m in map(_ANSWER_MARK.match, map(_unquote, history)) if m]
    return ["", *answers] if answers else []


_BLANK_RUN = re.compile(r"\n[ \t]*(\n[ \t]*)+\n")


def _tidy(lines: list[str]) -> str:
    """Lines as text; where a quote was taken out, one blank line stays in its place."""
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def split_text(text: str, forward_hint: bool = False) -> Split:
    """Separate the sender's own words from quoted history, a forward and the signature.
    Own text is every line the sender wrote above, between and below ">" quotes; below a
    forward, an "Original Message" line, a header block or an attribution over an
    unquoted original, everything is history."""
    lines = text.split("\n")
    attributions, found = _scan(lines, forward_hint)
    stop = len(lines) if found is None else found.start
    own: list[str] = []
    quoted: list[str] = []
    for index, line in enumerate(lines[:stop]):
        (quoted if index in attributions or is_quoted(line) else own).append(line)
    own, signature = _cut_signature(own)
    own += _inline_answers(own, lines[stop:])
    forward = found is not None and (found.forward or forward_hint)
    return Split(own=_tidy(own), quoted="\n".join(quoted + lines[stop:]).strip(),
                 signature="\n".join(signature).strip(),
                 forwarded_block="\n".join(lines[stop:]) if forward else None)


# --- forwards ----------------------------------------------------------------------------


def _unquote_forward(lines: list[str]) -> list[str]:
    """Apple Mail and HTML clients put a forwarded mail in a quote: take one level off."""
    content = [line for line in lines if line.strip() and not is_forward_marker(line)]
    if content and is_quoted(content[0]):
        return [_unquote(line) for line in lines]
    return lines


def _is_header_part(lines: list[str], index: int) -> bool:
    """A blank line, a header field, or a field's value wrapped onto the next line."""
    line = lines[index]
    if not line.strip() or field_of(line):
        return True
    wrapped = index > 0 and field_of(lines[index - 1]) is not None
    return wrapped and index + 1 < len(lines) and field_of(lines[index + 1]) is not None


def read_forward(block: str) -> tuple[dict[str, str], str]:
    """The header fields at the top of a forwarded block (first of each kind), and the
    forwarded text below them."""
    lines = _unquote_forward(block.split("\n"))
    index = 0
    while index < len(lines) and (is_forward_marker(lines[index]) or _RULE.match(lines[index])
                                  or not lines[index].strip()):
        index += 1
    fields: dict[str, str] = {}
    while index < len(lines) and _is_header_part(lines, index):
        field = field_of(lines[index])
        if field:
            fields.setdefault(*field)
        index += 1
    return fields, "\n".join(lines[index:])
