"""The staff desk under test: the whole service serving the desk on a free loopback port, a
register and a staff login, and Debian's Chromium driven by Playwright (recipe flags).

Used by tests/test_desk.py (aiohttp's test client) and tests/test_desk_browser.py (a real
browser). In CI (CI=true) a missing Chromium or Playwright fails the browser tests instead
of skipping them. Never `playwright install`: it downloads a browser; we use the system's.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from bot.app import SMTP_KEY, create_app
from bot.config import parse_config
from bot.register.io import import_register, parse_register
from bot.staff import set_password
from bot.timeutil import reset_clock
from bot.web import setup_desk
from tests.scenario import REGISTER, Scene, scenario_raw, write_config
from tests.service import Running

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps calling Google hosts, which the
# closed test network refuses; --no-sandbox is needed as root (../shared/recipes/).
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
IN_CI = os.environ.get("CI") == "true"
STAFF, PASSWORD = "mette", "Stål-og-Smed 2026!"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = _CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


@dataclass
class Desk:
    scene: Scene
    server: TestServer

    def url(self, path: str = "/") -> str:
        return str(self.server.make_url(path))


def desk_raw(tmp_path: Path, **sections: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The scenario settings with the desk on, and every file the bot keeps in tmp_path."""
    raw = scenario_raw(tmp_path, **sections)
    raw["web"].update(enabled=True, host="127.0.0.1")  # the test server picks the port
    raw.setdefault("retention", {}).setdefault("sweep", False)  # no sweep unless a test asks
    raw["retention"].update(key_file=str(tmp_path / "dsrbot.key"),
                            ledger_file=str(tmp_path / "erasure-ledger.jsonl"))
    return raw


@asynccontextmanager
async def desk_service(tmp_path: Path, monkeypatch: Any, *,
                       now: str = "2026-03-10T10:00:00+01:00",
                       **sections: dict[str, Any]) -> AsyncIterator[Desk]:
    """The service with the desk on a free port, the scenario register and one staff login.

    Until create_app wires the desk itself, setup_desk is called here (it is idempotent)."""
    monkeypatch.setenv("DSRBOT_NOW", now)
    reset_clock()
    raw = desk_raw(tmp_path, **sections)
    config_path = tmp_path / "config.toml"
    write_config(config_path, raw)
    config = parse_config(raw)
    app = create_app(config, config_path)
    setup_desk(app, config)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        running = Running(app, app[SMTP_KEY].sockets[0].getsockname()[1], config)
        with running.db.transaction() as session:
            import_register(session, parse_register(REGISTER.read_text("utf-8")))
            set_password(session, STAFF, PASSWORD)
        yield Desk(Scene(running, config, config_path), server)
    finally:
        await server.close()
        reset_clock()


def _missing(why: str) -> None:
    if IN_CI:
        pytest.fail(f"browser tests must run in CI: {why}")
    pytest.skip(why)


@asynccontextmanager
async def chromium() -> AsyncIterator[Any]:
    """Debian's Chromium, headless, through Playwright's async API (one browser per test)."""
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        _missing("playwright is not installed (pip install playwright)")
    if not Path(CHROMIUM).exists():
        _missing(f"{CHROMIUM} is missing (apt-get install chromium)")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            await browser.close()


async def log_in(page: Any, desk: Desk, password: str = PASSWORD) -> None:
    """Log in through the form, as staff do (labels, not ids, find the fields)."""
    await page.goto(desk.url("/login"))
    await page.get_by_label("Brugernavn").fill(STAFF)
    await page.get_by_label("Adgangskode").fill(password)
    await page.get_by_role("button", name="Log ind").click()
    await page.wait_for_load_state()
