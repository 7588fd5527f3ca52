"""Jinja environment and reply building: a template name plus a context becomes a message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bot.config import Config
from bot.timeutil import COPENHAGEN, utcnow

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
REPLY_LANGUAGES = ("da", "en")

_DA_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december")


def reply_language(language: str) -> str:
    """Danish for Danish and its neighbours, English for everyone else (R-RP-01)."""
    return "da" if language in ("da", "no", "nb", "nn", "sv") else "en"


def long_date(day: date | datetime | str, language: str) -> str:
    """'15. april 2026' or '15 April 2026': dates people read without ambiguity.

    Plans store reply contexts as JSON, so an ISO string is read as a date too."""
    if isinstance(day, str):
        day = datetime.fromisoformat(day) if "T" in day else date.fromisoformat(day)
    if isinstance(day, datetime):
        day = day.astimezone(COPENHAGEN).date()
    if language == "da":
        return f"{day.day}. {_DA_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def make_environment(root: Path = TEMPLATES) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(root)),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "htm", "html.j2"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["long_date"] = long_date
    return env


@dataclass(frozen=True)
class Reply:
    """What a handler or stage wants said: which template, to whom, with what."""

    template: str  # e.g. "ack": renders templates/mail/<lang>/ack.subject.j2 and ack.txt.j2
    language: str
    to_addr: str
    context: dict[str, Any]
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    # (file name, MIME type, text): an extract as JSON and CSV, for instance.
    attachments: tuple[tuple[str, str, str], ...] = ()


class Renderer:
    def __init__(self, config: Config, env: Environment | None = None) -> None:
        self.config = config
        self.env = env or make_environment()

    def _render(self, name: str, context: dict[str, Any]) -> str:
        return self.env.get_template(name).render(**context)

    def render(self, reply: Reply, message_id: str) -> EmailMessage:
        """A complete RFC 5322 message, threaded to the request it answers."""
        lang = reply.language
        company = self.config.company
        context = {"company": company, "lang": lang, **reply.context}
        subject = self._render(f"mail/{lang}/{reply.template}.subject.j2", context).strip()
        body = self._render(f"mail/{lang}/{reply.template}.txt.j2", context)
        msg = EmailMessage()
        msg["From"] = formataddr((company.name, company.privacy_address))
        msg["To"] = reply.to_addr
        msg["Subject"] = subject
        msg["Date"] = format_datetime(utcnow().astimezone(COPENHAGEN))
        msg["Message-ID"] = message_id
        if reply.in_reply_to:
            msg["In-Reply-To"] = reply.in_reply_to
            msg["References"] = " ".join((*reply.references, reply.in_reply_to))
        # RFC 3834: mark our answers as automatic so other robots do not answer them.
        msg["Auto-Submitted"] = "auto-replied"
        msg["Content-Language"] = lang
        msg.set_content(body, charset="utf-8")
        for filename, content_type, text in reply.attachments:
            maintype, _, subtype = content_type.partition("/")
            msg.add_attachment(text.encode("utf-8"), maintype=maintype,
                               subtype=subtype or "octet-stream", filename=filename)
        return msg
