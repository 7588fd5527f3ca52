"""The staff desk in a real browser (issue 8, "How it is checked"): Playwright driving Debian's
Chromium, headless, against the whole service on a loopback port. Staff log in, read an
erasure plan, approve it, and the data are gone and the confirmation is in the outbox; a
hostile mail shows as text and loads nothing; a form posted without its CSRF token gets
403; the sixth wrong password in a minute is refused. The queue and case screenshots in
docs/screenshots/ are taken here, from realistic Danish demo data."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from sqlmodel import col, select

from bot.store.models import Case, Customer, Job, Plan, QualityCheck
from bot.timeutil import reset_clock
from tests.browser import SCREENSHOTS, Desk, chromium, desk_service, log_in
from tests.mailfactory import alternative
from tests.scenario import body
from tests.test_desk import ERASURE_DA, HOSTILE_BODY, HOSTILE_HTML, HOSTILE_SUBJECT, JENS, KAREN

ACCESS_DA = "Hej\n\nJeg vil gerne have indsigt i de personoplysninger, I har om mig.\n\nKaren Holm"
BREACH_DA = ("Hej\n\nI har sendt en tegning med mit navn og telefonnummer til en forkert kunde. "
             "Det er et brud på persondatasikkerheden. Hvad gør I ved det?\n\nLise Bach")
LEAD_DA = "Slet mig fra jeres kundeliste, tak.\n\nMorten Jensen"
VIEW = {"width": 1280, "height": 900}
# One Chromium for the module (its start is the slowest step); each test has its own pages,
# and so its own cookies.
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def browser() -> AsyncIterator[Any]:
    async with chromium() as launched:
        yield launched


def _at(monkeypatch: Any, moment: str) -> None:
    monkeypatch.setenv("DSRBOT_NOW", moment)
    reset_clock()


async def demo_cases(desk: Desk, monkeypatch: Any) -> str:
    """A week's work at CL Smed: one overdue, one nearly due, one new erasure, one waiting
    for the address on file. Mails arrive on their own days (the clock moves on)."""
    scene = desk.scene
    await scene.mail(BREACH_DA, sender="lise@smith-staal.example.dk", name="Lise Bach",
                     subject="Forkert modtager af tegning", authenticated=True)
    _at(monkeypatch, "2026-02-12T09:30:00+01:00")
    await scene.mail(ACCESS_DA, sender=KAREN, name="Karen Holm", subject="Indsigt",
                     authenticated=True)
    _at(monkeypatch, "2026-03-10T10:00:00+01:00")
    await scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", subject="Sletning af mine data",
                     authenticated=True)
    await scene.mail(LEAD_DA, sender="mj.byg@gmail.com", name="Morten Jensen",
                     subject="Slet mig")
    with scene.bot.db.reading() as session:
        jens = session.exec(select(Case).where(Case.requester_email == JENS)).one()
    assert jens.ref is not None
    return jens.ref


def _gone(desk: Desk) -> tuple[Customer, list[QualityCheck], list[Plan]]:
    """Jens Nielsen's customer row, the quality checks of his jobs, the erasure plans."""
    with desk.scene.bot.db.reading() as session:
        customer = session.exec(select(Customer).where(Customer.ref == "C1001")).one()
        jobs = select(Job.id).where(Job.customer_id == customer.id)
        checks = session.exec(select(QualityCheck).where(col(QualityCheck.job_id).in_(jobs)))
        plans = session.exec(select(Plan).where(Plan.kind == "erasure"))
        return customer, list(checks), list(plans)


async def test_staff_read_and_approve_an_erasure_in_the_browser(browser, tmp_path, monkeypatch):
    from playwright.async_api import expect

    async with desk_service(tmp_path, monkeypatch, now="2026-02-03T08:15:00+01:00") as desk:
        ref = await demo_cases(desk, monkeypatch)
        page = await browser.new_page(viewport=VIEW, locale="da-DK")
        await log_in(page, desk)
        await expect(page.get_by_role("heading", level=1)).to_have_text("Sager der venter")
        await expect(page.get_by_text("Overskredet").first).to_be_visible()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)
        await page.get_by_role("link", name=ref).click()
        await expect(page.get_by_role("heading", level=1)).to_have_text(f"Sag {ref}")
        for kept_until in ("31. december 2029", "31. december 2030"):
            await expect(page.get_by_text(kept_until).first).to_be_visible()
        await page.screenshot(path=str(SCREENSHOTS / "case.png"), full_page=True)
        await page.get_by_role("button", name="Godkend plan").click()
        await expect(page.get_by_role("status")).to_contain_text("Planen er godkendt")
        await desk.scene.settle()
        mails = await desk.scene.delivered(6)
    customer, checks, plans = _gone(desk)
    assert customer.phone is None and customer.email is None  # gone, not flagged
    assert checks == [] and [p.status for p in plans] == ["executed"]
    answer = [m for m in mails if m["To"] == JENS and not m["Subject"].startswith("Kvittering")]
    assert len(answer) == 1 and "31. december 2029" in body(answer[0])


async def test_a_hostile_mail_loads_nothing_and_runs_nothing_in_a_browser(
        browser, tmp_path, monkeypatch):
    from playwright.async_api import expect

    async with desk_service(tmp_path, monkeypatch) as desk:
        await desk.scene.mail(HOSTILE_BODY, sender=JENS, name="Jens Nielsen",
                              subject=HOSTILE_SUBJECT, authenticated=True)
        await desk.scene.bot.send(alternative("Slet venligst alle mine personoplysninger.",
                                              HOSTILE_HTML, sender=f"Karen Holm <{KAREN}>",
                                              subject=HOSTILE_SUBJECT), sender=KAREN)
        await desk.scene.settle()
        page = await browser.new_page(viewport=VIEW, locale="da-DK")
        requests: list[str] = []
        dialogs: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("dialog", lambda dialog: dialogs.append(dialog.message))
        await log_in(page, desk)
        for ref in ("DSR-2026-00001", "DSR-2026-00002"):
            await page.goto(desk.url(f"/cases/{ref}"))
            await page.wait_for_load_state("networkidle")
            assert await page.locator("script").count() == 0
            assert await page.locator("img").count() == 0
        await page.goto(desk.url("/cases/DSR-2026-00001"))
        await expect(page.locator("pre.mail-text").first).to_contain_text(
            "<script>alert('krop')</script>")
        await expect(page.get_by_role("heading", level=3).first).to_contain_text(
            '<script>alert("emne")</script>')
        here = desk.url("/")
    assert requests and all(url.startswith(here) for url in requests), requests
    assert dialogs == []


async def test_a_post_without_its_token_gets_403_and_guessing_is_cut_off(
        browser, tmp_path, monkeypatch):
    from playwright.async_api import expect

    async with desk_service(tmp_path, monkeypatch) as desk:
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        page = await browser.new_page(viewport=VIEW, locale="da-DK")
        await log_in(page, desk)
        await page.goto(desk.url("/cases/DSR-2026-00001"))
        # A forged form: the same button, the token taken out of it.
        await page.locator("form.approve input[name=csrf]").evaluate("input => input.remove()")
        async with page.expect_response(lambda r: r.request.method == "POST") as answer:
            await page.get_by_role("button", name="Godkend plan").click()
        assert (await answer.value).status == 403
        await expect(page.get_by_role("heading", level=1)).to_have_text("Ikke tilladt")
        assert [p.status for p in _gone(desk)[2]] == ["pending"]

        guesser = await browser.new_page(viewport=VIEW, locale="da-DK")
        for _ in range(5):
            await log_in(guesser, desk, password="sommer2026")
            await expect(guesser.get_by_role("alert")).to_contain_text("forkert")
        await log_in(guesser, desk)  # the right password, the sixth try in a minute
        await expect(guesser.get_by_role("alert")).to_contain_text("For mange forsøg")
        await expect(guesser.get_by_role("heading", level=1)).to_have_text("Log ind")
