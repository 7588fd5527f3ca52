"""The staff desk over HTTP (issue 8, item 4; contracts §6): logins and their rate limit,
the session cookie, CSRF, security headers, mail shown as text, and every staff decision
going through the same code as the CLI. aiohttp's test client against the whole service
with the desk set up; requests arrive by SMTP and go through the real pipeline."""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from html.parser import HTMLParser

from aiohttp.test_utils import TestClient
from sqlmodel import select

from bot.retention.sweep import sweep_once
from bot.store.models import Case, Customer, Lead, Plan
from bot.web import SECURITY_HEADERS
from bot.web.limiter import LoginLimiter
from tests.browser import PASSWORD, STAFF, Desk, csrf_of, desk_service
from tests.mailfactory import alternative

JENS = "jens.nielsen@mail.example.com"
KAREN = "karen.holm@mail.example.com"
ERASURE_DA = "Hej\n\nSlet venligst alle mine personoplysninger hos jer.\n\nJens Nielsen"
GENERIC = "Brugernavn eller adgangskode er forkert."
HOSTILE_SUBJECT = '<script>alert("emne")</script> Slet mine data <img src="http://evil.example/s.png">'
HOSTILE_BODY = ("Hej\n\nSlet venligst alle mine personoplysninger hos jer.\n"
                "<script>alert('krop')</script>\n"
                '<img src="http://evil.example/pixel.png" alt="">\n\nJens Nielsen')
HOSTILE_HTML = ("<html><body><p>Slet venligst alle mine personoplysninger.</p>"
                "<script>alert('html')</script>"
                '<img src="https://evil.example/track.gif"><p>Karen Holm</p></body></html>')


@asynccontextmanager
async def desk_client(tmp_path, monkeypatch, **sections) -> AsyncIterator[tuple[Desk, TestClient]]:
    async with desk_service(tmp_path, monkeypatch, **sections) as desk:
        client = TestClient(desk.server)
        await client.start_server()
        try:
            yield desk, client
        finally:
            await client.close()


async def log_in(client: TestClient, user: str = STAFF, password: str = PASSWORD):
    form = await (await client.get("/login")).text()
    return await client.post("/login", data={"csrf": csrf_of(form), "user": user,
                                             "password": password}, allow_redirects=False)


async def token(client: TestClient, path: str = "/") -> str:
    response = await client.get(path)
    assert response.status == 200, path
    return csrf_of(await response.text())


def pending_plan(desk: Desk) -> Plan:
    with desk.scene.bot.db.reading() as session:
        return session.exec(select(Plan).where(Plan.status == "pending")).one()


def case_of(desk: Desk, ref: str | None = None) -> Case:
    with desk.scene.bot.db.reading() as session:
        query = select(Case) if ref is None else select(Case).where(Case.ref == ref)
        return session.exec(query.order_by(Case.id)).first()


# --- logging in ---------------------------------------------------------------------------


async def test_every_desk_page_needs_a_login(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (_desk, client):
        for path in ("/", "/sweep", "/cases/DSR-2026-00001", "/cases/nothing"):
            response = await client.get(path, allow_redirects=False)
            assert (response.status, response.headers["Location"]) == (303, "/login"), path
        page = await (await client.get("/login")).text()
        refused = await client.post("/plans/1/approve", data={"csrf": csrf_of(page)})
        assert refused.status == 403
        assert (await client.get("/healthz")).status == 200  # not the desk's business


async def test_a_wrong_password_gets_the_same_words_as_an_unknown_user(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (_desk, client):
        wrong = await log_in(client, STAFF, "forkert")
        unknown = await log_in(client, "ingen-saadan", PASSWORD)
        assert wrong.status == unknown.status == 401
        assert GENERIC in await wrong.text() and GENERIC in await unknown.text()
        assert (await client.get("/", allow_redirects=False)).status == 303
        assert (await log_in(client)).status == 303
        assert "Sager der venter" in await (await client.get("/")).text()


async def test_the_sixth_wrong_password_in_a_minute_is_refused_even_when_right(
        tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (_desk, client):
        for _ in range(5):
            assert (await log_in(client, STAFF, "gæt")).status == 401
        sixth = await log_in(client)
        assert sixth.status == 429 and "For mange forsøg" in await sixth.text()
        assert (await client.get("/", allow_redirects=False)).status == 303


async def test_wrong_passwords_from_one_address_count_across_user_names(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch, web={"login_attempts_per_minute": 3}) as (
            _desk, client):
        for name in ("anna", "bo", "carl"):
            assert (await log_in(client, name, "gæt")).status == 401
        assert (await log_in(client)).status == 429


def test_the_limit_is_per_key_and_slides_with_the_minute():
    now = [1000.0]
    limiter = LoginLimiter(5, clock=lambda: now[0])
    for _ in range(5):
        limiter.fail(["user:mette", "ip:10.0.0.1"])
    assert limiter.blocked(["user:mette"]) and limiter.blocked(["ip:10.0.0.1"])
    assert not limiter.blocked(["user:ole", "ip:10.0.0.2"])
    now[0] += 60.0
    assert not limiter.blocked(["user:mette", "ip:10.0.0.1"])


async def test_the_session_cookie_is_httponly_strict_and_expires(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch,
                           web={"secure_cookies": True, "session_minutes": 15}) as (_d, client):
        cookie = (await log_in(client)).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" in cookie
    assert "Max-Age=900" in cookie


async def test_an_unused_session_expires(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch, web={"session_minutes": 30}) as (_d, client):
        assert (await log_in(client)).status == 303
        assert (await client.get("/", allow_redirects=False)).status == 200
        later = time.time() + 31 * 60
        monkeypatch.setattr(time, "time", lambda: later)
        response = await client.get("/", allow_redirects=False)
    assert (response.status, response.headers["Location"]) == (303, "/login")


async def test_logging_out_ends_the_session(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (_desk, client):
        await log_in(client)
        out = await client.post("/logout", data={"csrf": await token(client)},
                                allow_redirects=False)
        assert out.headers["Location"] == "/login"
        assert (await client.get("/", allow_redirects=False)).status == 303


# --- CSRF and headers ---------------------------------------------------------------------


async def test_a_post_without_or_with_a_wrong_csrf_token_is_refused(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (desk, client):
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        await log_in(client)
        plan = pending_plan(desk)
        url = f"/plans/{plan.id}/approve"
        assert (await client.post(url, data={})).status == 403
        assert (await client.post(url, data={"csrf": "x" * 43})).status == 403
        assert (await client.post(url, headers={"X-CSRF-Token": "forged"})).status == 403
        assert pending_plan(desk).id == plan.id  # nothing was decided
        good = await client.post(url, data={"csrf": await token(client)}, allow_redirects=False)
        assert good.status == 303
        await desk.scene.settle()
        with desk.scene.bot.db.reading() as session:
            assert session.get(Plan, plan.id).status == "executed"


async def test_every_answer_carries_the_security_headers(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (_desk, client):
        answers = [await client.get("/login"), await client.get("/static/desk.css"),
                   await client.get("/no-such-page"),
                   await client.post("/login", data={"user": "x", "password": "y"})]
        await log_in(client)
        answers.append(await client.get("/"))
    assert [a.status for a in answers] == [200, 200, 404, 403, 200]
    for answer in answers:
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers.get(name) == value, (answer.url, name)
    assert "'unsafe-inline'" not in SECURITY_HEADERS["Content-Security-Policy"]
    assert answers[-1].headers["Cache-Control"] == "no-store"


class _Structure(HTMLParser):
    """What a screen reader leans on: heading levels, labelled fields; and what CSP forbids."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.fields: set[str] = set()
        self.labels: set[str] = set()
        self.inline: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
        if tag in ("input", "textarea", "select") and a.get("type") != "hidden":
            self.fields.add(a.get("id") or "(no id)")
        if tag == "label":
            self.labels.add(a.get("for") or "")
        if tag in ("script", "style") or "style" in a or any(k.startswith("on") for k in a):
            self.inline.append(tag)


def structure(page: str) -> _Structure:
    parsed = _Structure()
    parsed.feed(page)
    return parsed


async def test_pages_are_labelled_ordered_and_free_of_inline_code(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch, classifier={"triage_threshold": 1.0}) as (
            desk, client):
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        pages = [await (await client.get("/login")).text()]
        await log_in(client)
        case = f"/cases/{case_of(desk).ref}"
        for path in ("/", "/sweep", case):
            pages.append(await (await client.get(path)).text())
        planned = await client.post(f"{case}/intents", data={
            "csrf": csrf_of(pages[-1]), "back": case, "intent": "erasure"})
        pages.append(await planned.text())  # now with the plan, its decision and extension
        # the service's worker may be planning the case at the same moment (seen once in a
        # loaded CI run): once it is idle, the case page shows the plan to decide
        await desk.scene.settle()
        pages.append(await (await client.get(case)).text())
    assert 'name="intent"' in pages[3] and "Godkend plan" in pages[5]
    for page in pages:
        found = structure(page)
        assert found.inline == [] and '<html lang="da">' in page
        assert found.headings[0] == 1 and found.headings.count(1) == 1
        assert all(b - a <= 1 for a, b in itertools.pairwise(found.headings)), found.headings
        assert found.fields <= found.labels, found.fields - found.labels


async def test_next_after_a_language_switch_stays_on_this_site(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (_desk, client):
        csrf = csrf_of(await (await client.get("/login")).text())
        for target, expected in (("//evil.example/x", "/"), ("https://evil.example", "/"),
                                 ("/\\evil.example", "/"), ("/login", "/login")):
            response = await client.post("/lang", data={"csrf": csrf, "lang": "en",
                                                        "next": target}, allow_redirects=False)
            assert response.headers["Location"] == expected, target


# --- what a case page shows ---------------------------------------------------------------


async def test_a_hostile_mail_is_shown_as_escaped_text(tmp_path, monkeypatch):
    """Mail is untrusted: its <script> and remote images become text, never markup."""
    async with desk_client(tmp_path, monkeypatch) as (desk, client):
        await desk.scene.mail(HOSTILE_BODY, sender=JENS, name="Jens Nielsen",
                              subject=HOSTILE_SUBJECT, authenticated=True)
        await desk.scene.bot.send(alternative("Slet venligst alle mine personoplysninger.",
                                              HOSTILE_HTML, sender=f"Karen Holm <{KAREN}>",
                                              subject=HOSTILE_SUBJECT), sender=KAREN)
        await desk.scene.settle()
        await log_in(client)
        with desk.scene.bot.db.reading() as session:
            refs = [c.ref for c in session.exec(select(Case))]
        pages = [await (await client.get(f"/cases/{ref}")).text() for ref in refs]
    assert len(pages) == 2
    for page in pages:
        assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(&#39;krop&#39;)&lt;/script&gt;" in pages[0]
    assert "&lt;script&gt;alert(&#34;emne&#34;)&lt;/script&gt;" in pages[0]
    assert "&lt;img src=&#34;http://evil.example/pixel.png&#34;" in pages[0]
    assert "Slet venligst alle mine personoplysninger." in pages[1]


async def test_the_case_page_shows_the_plan_in_plain_words(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (desk, client):
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        await desk.scene.mail("Jeg vil gerne have indsigt i mine oplysninger.", sender=KAREN,
                              name="Karen Holm", authenticated=True)
        await log_in(client)
        erasure = await (await client.get("/cases/DSR-2026-00001")).text()
        access = await (await client.get("/cases/DSR-2026-00002")).text()
    for words in ("Slettes", "Beholdes", "31. december 2029", "31. december 2030", "F-1001",
                  "Godkend plan", "Afvis plan", "Slet venligst alle mine personoplysninger",
                  "Sletning", "case.awaiting_approval", "10. april 2026"):
        assert words in erasure, words
    for words in ("Sendes til personen", "Udtræk (forhåndsvisning)", "Skovvej 3, 7100 Vejle",
                  "extract.json", "Carport i stål"):
        assert words in access, words


async def test_the_queue_lists_plans_with_due_date_and_days_left(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (desk, client):
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        await log_in(client)
        page = await (await client.get("/")).text()
        ref = case_of(desk).ref
    assert f'href="/cases/{ref}"' in page
    assert "Sletning" in page and "10. april 2026" in page and ">31<" in page
    assert "I god tid" in page  # urgency in words, not by colour alone


async def test_english_on_request(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (desk, client):
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        await log_in(client)
        ref = case_of(desk).ref
        switched = await client.post("/lang", data={"csrf": await token(client), "lang": "en",
                                                    "next": f"/cases/{ref}"})
        page = await switched.text()
    assert '<html lang="en">' in page and "Approve plan" in page and "Reject plan" in page
    assert "31 December 2029" in page


# --- decisions ------------------------------------------------------------------------------


async def test_rejecting_needs_a_reason_and_sends_the_case_to_a_person(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (desk, client):
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        await log_in(client)
        plan, ref = pending_plan(desk), case_of(desk).ref
        url, back = f"/plans/{plan.id}/reject", f"/cases/{ref}"
        empty = await client.post(url, data={"csrf": await token(client), "back": back})
        assert "a rejection needs a reason" in await empty.text()
        done = await client.post(url, data={"csrf": await token(client), "back": back,
                                            "reason": "Kunden har en verserende reklamation"})
        assert "Planen er afvist" in await done.text()
    assert case_of(desk, ref).status == "triage"


async def test_triage_sets_the_intents_or_closes_the_case(tmp_path, monkeypatch):
    """Every reading below a threshold of 1.0 goes to a person, who says what it asks."""
    async with desk_client(tmp_path, monkeypatch, classifier={"triage_threshold": 1.0}) as (
            desk, client):
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        await desk.scene.mail("Hvad ved I egentlig om mig?", sender=KAREN, name="Karen Holm",
                              authenticated=True)
        await log_in(client)
        with desk.scene.bot.db.reading() as session:
            triage = [c.ref for c in session.exec(select(Case).where(Case.status == "triage"))]
        assert len(triage) == 2, triage
        first, second = (f"/cases/{ref}" for ref in triage)
        page = await (await client.get(first)).text()
        assert 'name="intent" value="erasure"' in page and "Luk sagen" in page
        moved = await client.post(f"{first}/intents", data={
            "csrf": csrf_of(page), "back": first, "intent": "erasure"})
        assert "Venter på godkendelse" in await moved.text()
        page = await (await client.get(second)).text()
        closed = await client.post(f"{second}/close", data={"csrf": csrf_of(page),
                                                             "back": second})
        assert "Sagen er lukket" in await closed.text()
    assert case_of(desk, triage[0]).intents == ["erasure"]
    assert case_of(desk, triage[0]).status == "awaiting_approval"
    assert case_of(desk, triage[1]).status == "closed"


async def test_a_deadline_is_extended_with_a_concrete_reason(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (desk, client):
        await desk.scene.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        await log_in(client)
        ref = case_of(desk).ref
        url, back = f"/cases/{ref}/extend", f"/cases/{ref}"
        short = await client.post(url, data={"csrf": await token(client), "back": back,
                                             "reason": "travlt"})
        assert "concrete reason" in await short.text()
        done = await client.post(url, data={
            "csrf": await token(client), "back": back, "until": "2026-05-29",
            "reason": "Jobarkivet for 2019-2021 ligger på papir og skal gennemgås"})
        page = await done.text()
        mails = await desk.scene.delivered(2)
    assert "Fristen er forlænget til 2026-05-29" in page and "29. maj 2026" in page
    assert case_of(desk, ref).extended_due_at == date(2026, 5, 29)
    assert any(m["To"] == JENS and "2019-2021" in m.get_payload(decode=True).decode()
               for m in mails if not m.is_multipart())


async def test_the_sweeps_plans_are_listed_and_approved_there(tmp_path, monkeypatch):
    async with desk_client(tmp_path, monkeypatch) as (desk, client):
        db, config = desk.scene.bot.db, desk.scene.config
        with db.transaction() as session:
            session.add(Lead(ref="L9", name="Gammel Kontakt", email="gammel@mail.example.com",
                             created=date(2020, 1, 1)))
        sweep_once(db, config)
        await log_in(client)
        queue = await (await client.get("/")).text()
        assert 'href="/sweep"' in queue and "Oprydning" in queue
        page = await (await client.get("/sweep")).text()
        assert "L9" in page and "Godkend plan" in page
        plan = pending_plan(desk)
        await client.post(f"/plans/{plan.id}/approve", data={"csrf": csrf_of(page),
                                                             "back": "/sweep"})
        with db.reading() as session:
            assert session.get(Plan, plan.id).status == "executed"
            assert session.exec(select(Lead).where(Lead.ref == "L9")).first() is None
            assert session.exec(select(Customer)).first() is not None
