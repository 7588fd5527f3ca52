"""The staff desk: log in, read the queue and each case, decide plans (contracts §6).

`setup_desk(app, config)` adds it to the service's aiohttp app: the routes, the session
and guard middlewares, the Jinja environment for templates/staff (autoescape on) and the
security headers on every answer. The pages hold no inline script or style, so the
Content-Security-Policy can forbid both; mail shown on them is escaped text only.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import aiohttp_jinja2
from aiohttp import web
from jinja2 import FileSystemLoader, StrictUndefined

from bot.config import Config
from bot.outbound.render import TEMPLATES, Renderer, long_date
from bot.timeutil import COPENHAGEN
from bot.web.auth import (
    desk_guard,
    login,
    login_form,
    logout,
    make_storage,
    switch_language,
)
from bot.web.i18n import kind_label, word
from bot.web.limiter import LoginLimiter
from bot.web.state import DESK_KEY, JINJA_KEY, Desk
from bot.web.views import routes

STATIC = Path(__file__).resolve().parent / "static"
CSP = ("default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

__all__ = ["SECURITY_HEADERS", "setup_desk"]


def moment(value: datetime | str | None) -> str:
    """A stored instant as Copenhagen wall-clock time, which is what staff live in."""
    if value is None:
        return "-"
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.astimezone(COPENHAGEN).strftime("%Y-%m-%d %H:%M")


def day(value: date | str | None, lang: str) -> str:
    return "-" if value is None else long_date(value, lang)


async def security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """On every answer, the desk's and the webhooks' alike; personal pages are not cached."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    route = request.match_info.route.name or ""
    if route.startswith("desk.") and route != "desk.static":
        response.headers.setdefault("Cache-Control", "no-store")


def _templates(app: web.Application) -> None:
    env = aiohttp_jinja2.setup(
        app, app_key=JINJA_KEY, loader=FileSystemLoader(str(TEMPLATES / "staff")),
        autoescape=True, undefined=StrictUndefined, default_helpers=False,
        trim_blocks=True, lstrip_blocks=True)
    env.filters.update({"moment": moment, "day": day})
    env.globals.update({"word": word, "kind_label": kind_label})
    env.globals.pop("app", None)  # templates get what a page passes, not the whole app


def _routes(app: web.Application) -> None:
    app.router.add_get("/login", login_form, name="desk.login")
    app.router.add_post("/login", login, name="desk.login_post")
    app.router.add_post("/logout", logout, name="desk.logout")
    app.router.add_post("/lang", switch_language, name="desk.lang")
    app.router.add_static("/static/", STATIC, name="desk.static")
    app.router.add_routes(routes())


def setup_desk(app: web.Application, config: Config) -> None:
    """Add the desk to `app`; a second call does nothing (so tests may call it too)."""
    from handlers import registry  # the same handlers the worker and the CLI use

    if DESK_KEY in app:
        return
    app[DESK_KEY] = Desk(config, Renderer(config), registry(),
                         LoginLimiter(config.web.login_attempts_per_minute),
                         make_storage(config))
    app.middlewares.append(desk_guard)
    app.on_response_prepare.append(security_headers)
    _templates(app)
    _routes(app)
