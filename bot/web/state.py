"""What the desk keeps on the app and in the staff member's session, and how a page is drawn."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import Session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from bot.cases.kinds import Intent
from bot.config import Config
from bot.outbound.render import Renderer
from bot.store.db import Database
from bot.web.i18n import DEFAULT, LANGUAGES, texts
from bot.web.limiter import LoginLimiter
from handlers.contract import Handler


@dataclass
class Desk:
    """The desk's share of the app: settings and the long-lived helpers its views use."""

    config: Config
    renderer: Renderer
    handlers: Mapping[Intent, Handler]
    limiter: LoginLimiter
    storage: EncryptedCookieStorage


DESK_KEY = web.AppKey("desk", Desk)
JINJA_KEY = web.AppKey("desk_jinja", jinja2.Environment)
# The desk loads and saves the session itself (bot/web/auth.py) under a typed request key:
# aiohttp-session's own middleware stores it under a string key, which aiohttp now warns of.
SESSION_KEY = web.RequestKey("desk_session", Session)


def session_of(request: web.Request) -> Session:
    """The staff member's session; the desk guard loaded it before any desk handler runs."""
    return request[SESSION_KEY]


def desk_of(request: web.Request) -> Desk:
    return request.app[DESK_KEY]


def db_of(request: web.Request) -> Database:
    # Imported here: bot.app may import this package while it is being loaded itself.
    from bot.app import DB_KEY

    return request.app[DB_KEY]


def language(session: Session) -> str:
    value = session.get("lang", DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def csrf_token(session: Session) -> str:
    """The session's CSRF token, made on first use; every form carries it back."""
    token = session.get("csrf")
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def staff_name(session: Session) -> str | None:
    name = session.get("staff")
    return name if isinstance(name, str) and name else None


def flash(session: Session, kind: str, text: str) -> None:
    """A message for the next page (after a POST the browser is redirected there)."""
    session["flash"] = {"kind": kind, "text": text}


async def render_page(request: web.Request, name: str, context: dict[str, Any],
                      status: int = 200) -> web.Response:
    """A desk page: the template plus what every page needs (words, token, who, message)."""
    session = session_of(request)
    lang = language(session)
    common = {"lang": lang, "t": texts(lang), "csrf": csrf_token(session),
              "staff": staff_name(session), "flash": session.pop("flash", None),
              "here": request.path_qs}
    return aiohttp_jinja2.render_template(name, request, {**common, **context},
                                          app_key=JINJA_KEY, status=status)
