"""Staff login, the session cookie, CSRF and the guard in front of every desk page.

The session lives in an encrypted cookie (aiohttp-session, Fernet) whose key is made per
installation next to the database. Each desk answer re-issues it, so `[web]
session_minutes` counts from the last use. Every POST carries the session's CSRF token
or is refused with 403; SameSite=Strict keeps other sites' forms from sending the cookie
at all, the token covers browsers and proxies that do not honour that.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from functools import lru_cache
from pathlib import Path

from aiohttp import web
from aiohttp_session import Session, SessionData
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy.engine import make_url
from sqlmodel import select

from bot.cases.lifecycle import audit
from bot.config import Config
from bot.keys import load_key
from bot.staff import check_password
from bot.store.db import Database
from bot.store.models import StaffUser
from bot.web.i18n import LANGUAGES
from bot.web.state import (
    SESSION_KEY,
    csrf_token,
    db_of,
    desk_of,
    language,
    render_page,
    session_of,
    staff_name,
)

log = logging.getLogger(__name__)

COOKIE = "dsrbot_desk"
SESSION_KEY_FILE = "desk-session.key"
# Desk routes anyone may reach: the login form, the language switch on it, the stylesheet.
PUBLIC = frozenset({"desk.login", "desk.login_post", "desk.lang", "desk.static"})
MAX_NAME = 200

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class SlidingCookieStorage(EncryptedCookieStorage):
    """Encrypted cookie whose age restarts whenever it is re-issued (on each use)."""

    def _get_session_data(self, session: Session) -> SessionData:
        if session.empty:
            return {}
        return {"created": int(time.time()), "session": dict(session)}


def session_key_file(config: Config) -> Path:
    """Beside an SQLite database (its backups then carry it too), else beside the bot's key."""
    url = make_url(config.database.url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).parent / SESSION_KEY_FILE
    return Path(config.retention.key_file).with_name(SESSION_KEY_FILE)


def make_storage(config: Config) -> SlidingCookieStorage:
    key = load_key(str(session_key_file(config)))
    return SlidingCookieStorage(
        key, cookie_name=COOKIE, max_age=config.web.session_minutes * 60, httponly=True,
        samesite="Strict", secure=config.web.secure_cookies)


# --- the guard --------------------------------------------------------------------------


def _route_name(request: web.Request) -> str:
    return request.match_info.route.name or ""


async def _csrf_ok(request: web.Request, session: Session) -> bool:
    expected = session.get("csrf")
    if not isinstance(expected, str) or not expected:
        return False
    form = await request.post()
    given = form.get("csrf") or request.headers.get("X-CSRF-Token", "")
    return isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())


async def forbidden(request: web.Request) -> web.Response:
    return await render_page(request, "forbidden.html", {}, status=403)


@web.middleware
async def desk_guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The session around every desk route; CSRF on each POST; a login for all but PUBLIC."""
    name = _route_name(request)
    if not name.startswith("desk.") or name == "desk.static":
        return await handler(request)  # webhooks and the health page have their own rules
    storage = desk_of(request).storage
    request[SESSION_KEY] = await storage.load_session(request)
    # Saved on every answer, not only on change: re-issued, the cookie's expiry slides.
    try:
        response = await _guarded(request, handler, name)
    except web.HTTPException as exc:  # redirects are raised; they carry the cookie too
        await storage.save_session(request, exc, request[SESSION_KEY])
        raise
    await storage.save_session(request, response, request[SESSION_KEY])
    return response


async def _guarded(request: web.Request, handler: Handler, name: str) -> web.StreamResponse:
    session = session_of(request)
    if request.method == "POST" and not await _csrf_ok(request, session):
        return await forbidden(request)
    if name not in PUBLIC and staff_name(session) is None:
        if request.method != "GET":
            return await forbidden(request)
        raise web.HTTPSeeOther("/login")
    return await handler(request)


# --- login, logout, language ------------------------------------------------------------


@lru_cache(maxsize=1)
def _decoy() -> str:
    return PasswordHasher().hash(secrets.token_hex(16))


def _check(db: Database, user: str, password: str) -> bool:
    """argon2 via bot.staff; an unknown name costs the same time, so timing names no one."""
    with db.reading() as session:
        if check_password(session, user, password):
            return True
        known = session.exec(select(StaffUser.id).where(StaffUser.name == user)).first()
    if known is None:
        with contextlib.suppress(VerificationError):
            PasswordHasher().verify(_decoy(), password)
    return False


def _audit_login(db: Database, user: str) -> None:
    with db.transaction() as session:
        audit(session, "staff.login", actor=f"staff:{user}", details={"staff": user})


async def login_form(request: web.Request) -> web.StreamResponse:
    if staff_name(session_of(request)) is not None:
        raise web.HTTPSeeOther("/")
    return await render_page(request, "login.html", {"error": None, "user": ""})


async def login(request: web.Request) -> web.StreamResponse:
    """Check the password (argon2, off the event loop), at most N wrong ones a minute."""
    form = await request.post()
    user = str(form.get("user", "")).strip()[:MAX_NAME]
    password = str(form.get("password", ""))
    desk, db = desk_of(request), db_of(request)
    keys = (f"user:{user.casefold()}", f"ip:{request.remote or '-'}")
    if desk.limiter.blocked(keys):
        log.warning("desk: login refused, too many wrong passwords (from %s)", request.remote)
        return await render_page(request, "login.html", {"error": "login_throttled",
                                                         "user": user}, status=429)
    if not user or not await db.run(_check, db, user, password):
        desk.limiter.fail(keys)
        # The same words for an unknown user and a wrong password: no guessing who exists.
        return await render_page(request, "login.html", {"error": "login_failed",
                                                         "user": user}, status=401)
    await _start(request, user)
    await db.run(_audit_login, db, user)
    raise web.HTTPSeeOther("/")


async def _start(request: web.Request, user: str) -> None:
    """A new session (and token) at login, so a cookie planted before it is worth nothing."""
    lang = language(session_of(request))
    session = await desk_of(request).storage.new_session()
    request[SESSION_KEY] = session
    session.update({"staff": user, "lang": lang, "csrf": secrets.token_urlsafe(32)})


async def logout(request: web.Request) -> web.StreamResponse:
    session_of(request).invalidate()
    raise web.HTTPSeeOther("/login")


def local_path(value: object) -> str:
    """Only a path on this site: never a redirect elsewhere ("//host", "/\\host")."""
    text = str(value or "/")
    if not text.startswith("/") or text.startswith(("//", "/\\")):
        return "/"
    return text


async def switch_language(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    session = session_of(request)
    if form.get("lang") in LANGUAGES:
        session["lang"] = str(form["lang"])
    csrf_token(session)
    raise web.HTTPSeeOther(local_path(form.get("next")))
