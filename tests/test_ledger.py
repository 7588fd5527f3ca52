"""Erased stays erased (issue 7 item 6, gdpr-dk.md §0 / D11): the erasure ledger holds keyed
hashes only, a re-import of the old register file does not bring an erased customer back,
and a database restored from a backup taken before the erasure is erased again."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from bot import cli
from bot.config import Config
from bot.register.io import import_register, parse_register
from bot.retention import ledger_cli
from bot.retention.ledger import cleared_fields, erased_keys, reapply, record_erasure, record_key
from bot.store.db import Database, migrate
from bot.store.models import (
    AuditEvent,
    Case,
    Contact,
    Customer,
    Invoice,
    Job,
    PlanItem,
    QualityCheck,
)
from tests.conftest import make_config
from tests.scenario import REGISTER, scene
from tests.test_own_data import JENS, NAME, _rows, db_file, erase_jens, personal_hits, retention

OLE = "ole.hansen@mail.example.com"
# A person with a finished job and nothing on the books: an erasure deletes it all, and
# the retention sweep has no business with it yet.
OLE_REGISTER = {"customers": [{
    "ref": "C9001", "kind": "person", "name": "Ole Hansen", "address": "Bakkevej 9, 7100 Vejle",
    "phone": "+45 26 26 26 26", "email": OLE, "owners": [], "contacts": [],
    "jobs": [{"ref": "J1", "title": "Tilbud på gelænder", "started": "2024-03-01",
              "completed": "2024-04-01", "invoices": [], "quality_checks": []}]}],
    "leads": []}


def _config(tmp_path: Path) -> Config:
    return make_config(tmp_path, retention=retention(tmp_path))


def _item(action: str, kind: str, ref: str, customer_ref: str | None = None,
          field: str | None = None, value: str | None = None) -> PlanItem:
    return PlanItem(plan_id=0, seq=0, action=action, kind=kind, ref=ref,
                    customer_ref=customer_ref, what="", reason="", field=field, value=value)


def _lines(config: Config) -> list[dict[str, str]]:
    text = Path(config.retention.ledger_file).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


# --- recording -------------------------------------------------------------------------


def test_ledger_a_deleted_row_is_one_line_with_its_keyed_hash(tmp_path):
    config = _config(tmp_path)
    written = record_erasure(config, [_item("delete", "customer", "C1001", "C1001")])
    (line,) = _lines(config)
    assert written == 1
    assert line == {"action": "delete", "key": record_key(config, "customer", "C1001", "C1001"),
                    "at": line["at"]}
    assert erased_keys(config) == {line["key"]}


def test_ledger_a_cleared_field_is_one_line_naming_the_field(tmp_path):
    config = _config(tmp_path)
    record_erasure(config, [_item("update", "customer", "C1001", "C1001", "phone", None)])
    (line,) = _lines(config)
    assert line["action"] == "clear" and line["field"] == "phone"
    assert cleared_fields(config) == {record_key(config, "customer", "C1001", "C1001"):
                                      frozenset({"phone"})}


def test_ledger_holds_no_refs_names_or_addresses_in_clear(tmp_path):
    config = _config(tmp_path)
    record_erasure(config, [_item("delete", "lead", "L1"),
                            _item("delete", "contact", "P2", "C2001"),
                            _item("update", "customer", "C1001", "C1001", "email", "")])
    text = Path(config.retention.ledger_file).read_text(encoding="utf-8")
    assert all(ref not in text for ref in ("L1", "P2", "C2001", "C1001"))
    assert all(len(line["key"]) == 64 for line in _lines(config))


def test_ledger_keeps_rectifications_holds_and_the_opt_out_list_out(tmp_path):
    config = _config(tmp_path)
    written = record_erasure(config, [
        _item("update", "customer", "C1001", "C1001", "phone", "+4522334455"),
        _item("keep", "invoice", "F-1001", "C1001", "bookkeeping"),
        _item("send", "customer", "C1001", "C1001"),
        _item("update", "suppression", "marketing")])
    assert written == 0 and not Path(config.retention.ledger_file).exists()


def test_ledger_is_appended_to_in_its_own_private_folder(tmp_path):
    config = _config(tmp_path)
    record_erasure(config, [_item("delete", "lead", "L1")])
    first = Path(config.retention.ledger_file).read_text(encoding="utf-8")
    record_erasure(config, [_item("delete", "lead", "L2")])
    after = Path(config.retention.ledger_file).read_text(encoding="utf-8")
    assert after.startswith(first) and len(after.splitlines()) == 2
    assert stat.S_IMODE(Path(config.retention.ledger_file).stat().st_mode) == 0o600


# --- re-applying on a database ----------------------------------------------------------


@pytest.fixture
def register_db(tmp_path: Path) -> Any:
    config = _config(tmp_path)
    db = Database.from_url(config.database.url)
    migrate(db.engine)
    with db.transaction() as session:
        import_register(session, parse_register(REGISTER.read_text("utf-8")))
    yield db, config
    db.dispose()


def _reapply(db: Database, config: Config) -> int:
    with db.transaction() as session:
        return reapply(session, config)


def test_reapply_deletes_a_customer_with_everything_under_it(register_db):
    db, config = register_db
    record_erasure(config, [_item("delete", "customer", "C4001", "C4001")])
    changed = _reapply(db, config)
    with db.reading() as session:
        customers = {c.ref for c in session.exec(select(Customer))}
        invoices = {i.number for i in session.exec(select(Invoice))}
        checks = len(session.exec(select(QualityCheck)).all())
    assert changed == 1 and "C4001" not in customers and "F-4001" not in invoices
    assert customers == {"C1001", "C2001", "C3001"} and checks == 1


def test_reapply_deletes_only_the_contact_of_that_customer(register_db):
    """P2 is a contact at two customers: the ledger names one of them."""
    db, config = register_db
    record_erasure(config, [_item("delete", "contact", "P2", "C2001")])
    _reapply(db, config)
    with db.reading() as session:
        rows = session.exec(select(Contact.ref, Customer.ref).join(
            Customer, Customer.id == Contact.customer_id)).all()
    assert ("P2", "C2001") not in rows and ("P2", "C3001") in rows


def test_reapply_clears_a_cleared_field_again_with_its_match_key(register_db):
    db, config = register_db
    record_erasure(config, [_item("update", "customer", "C1001", "C1001", "email", None),
                            _item("update", "customer", "C1001", "C1001", "phone", None)])
    changed = _reapply(db, config)
    with db.reading() as session:
        c1001 = session.exec(select(Customer).where(Customer.ref == "C1001")).one()
    assert changed == 2
    assert (c1001.email, c1001.email_norm, c1001.phone, c1001.phone_e164) == (None,) * 4
    assert c1001.name == NAME


def test_reapply_records_an_audit_event_with_counts(register_db):
    db, config = register_db
    record_erasure(config, [_item("delete", "lead", "L1"),
                            _item("update", "customer", "C1001", "C1001", "email", None)])
    _reapply(db, config)
    with db.reading() as session:
        events = session.exec(select(AuditEvent).where(
            AuditEvent.event == "ledger.reapplied")).all()
    assert [e.details for e in events] == [{"deleted": 1, "cleared": 1, "requesters": 0}]


def test_reapply_on_postgresql_deletes_and_clears_the_same(tmp_path, pg_db):
    config = _config(tmp_path)
    with pg_db.transaction() as session:
        import_register(session, parse_register(REGISTER.read_text("utf-8")))
    record_erasure(config, [_item("delete", "customer", "C4001", "C4001"),
                            _item("update", "customer", "C1001", "C1001", "phone", None)])
    changed = _reapply(pg_db, config)
    with pg_db.reading() as session:
        customers = {c.ref: c for c in session.exec(select(Customer))}
    assert changed == 2 and set(customers) == {"C1001", "C2001", "C3001"}
    assert customers["C1001"].phone is None and customers["C1001"].email == JENS


def test_reapply_a_second_time_changes_nothing(register_db):
    db, config = register_db
    record_erasure(config, [_item("delete", "job", "J1", "C1001"),
                            _item("delete", "quality_check", "qc-1", "C1001")])
    first = _reapply(db, config)
    assert (first, _reapply(db, config)) == (2, 0)


def test_reapply_without_a_ledger_changes_nothing(register_db):
    db, config = register_db
    assert _reapply(db, config) == 0
    with db.reading() as session:
        assert session.exec(select(AuditEvent)).all() == []
        assert len(session.exec(select(Job)).all()) == 4


# --- through the real service ---------------------------------------------------------


async def _import_again(s: Any, register: Path) -> tuple[int, str]:
    return await s.cli("import-register", str(register))


async def test_R_ER_import_an_erased_customer_does_not_come_back(tmp_path, monkeypatch):
    register = tmp_path / "register.json"
    register.write_text(json.dumps(OLE_REGISTER), encoding="utf-8")
    async with scene(tmp_path, monkeypatch, register=register,
                     retention=retention(tmp_path)) as s:
        await s.mail("Slet venligst alle mine oplysninger.", sender=OLE, name="Ole Hansen",
                     authenticated=True)
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        erased = [c.ref for c in _rows(s, Customer)]
        code, text = await _import_again(s, register)
        after = [c.ref for c in _rows(s, Customer)]
    assert erased == [] and code == 0, text
    assert after == [] and "erased on request" in text


async def test_R_ER_import_a_cleared_phone_and_email_stay_cleared(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await erase_jens(s)
        code, text = await _import_again(s, REGISTER)
        c1001 = next(c for c in _rows(s, Customer) if c.ref == "C1001")
    assert code == 0, text
    assert (c1001.email, c1001.phone) == (None, None)


def _backup(live: Path, copy: Path) -> None:
    """A consistent copy, as SQLite's online backup makes it while the service runs."""
    source, target = sqlite3.connect(live), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def _restore(copy: Path, live: Path) -> None:
    for stale in (Path(f"{live}-wal"), Path(f"{live}-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(copy, live)


def _ledger_reapply(config_path: Path) -> tuple[int, str]:
    """`dsrbot ledger reapply --config FILE`, built by the module's own add_commands."""
    parser = argparse.ArgumentParser()
    ledger_cli.add_commands(parser.add_subparsers(dest="command"), cli._add)
    args = parser.parse_args(["ledger", "reapply", "--config", str(config_path)])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = args.func(args)
    return code, out.getvalue()


async def _restored_after_erasure(tmp_path: Path, monkeypatch: Any) -> tuple[Any, Path]:
    """Jens's access request answered, a backup, his erasure, the service stopped, the
    backup restored. Returns the scene and the live database file."""
    async with scene(tmp_path, monkeypatch, retention=retention(tmp_path)) as s:
        await s.mail("Jeg vil gerne have indsigt i mine oplysninger.", sender=JENS, name=NAME,
                     authenticated=True)
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        await s.delivered(2)
        _backup(db_file(s), tmp_path / "backup.db")
        await erase_jens(s)
        live = db_file(s)
    _restore(tmp_path / "backup.db", live)
    return s, live


def _register(live: Path) -> tuple[Customer, list[QualityCheck], list[Case]]:
    db = Database.from_url(f"sqlite:///{live}")
    try:
        with db.reading() as session:
            c1001 = session.exec(select(Customer).where(Customer.ref == "C1001")).one()
            return c1001, list(session.exec(select(QualityCheck))), list(
                session.exec(select(Case)))
    finally:
        db.dispose()


async def test_R_ER_restore_the_backup_holds_the_erased_data(tmp_path, monkeypatch):
    """The control: without re-applying, the restored copy has Jens back."""
    _, live = await _restored_after_erasure(tmp_path, monkeypatch)
    c1001, checks, _ = _register(live)
    assert c1001.email == JENS and len(checks) == 2 and personal_hits(live)


async def test_R_ER_restore_reapply_erases_the_register_rows_again(tmp_path, monkeypatch):
    s, live = await _restored_after_erasure(tmp_path, monkeypatch)
    code, text = _ledger_reapply(s.config_path)
    c1001, checks, _ = _register(live)
    assert code == 0 and "re-applied" in text
    assert (c1001.email, c1001.phone, c1001.name) == (None, None, NAME)
    assert len(checks) == 1  # Jens's quality check went; Karen Holm's stays


async def test_R_ER_restore_reapply_scrubs_the_bots_own_records_again(tmp_path, monkeypatch):
    """The restored access case still held his mail and the extract sent to him."""
    s, live = await _restored_after_erasure(tmp_path, monkeypatch)
    _ledger_reapply(s.config_path)
    _, _, cases = _register(live)
    assert [c.scrubbed_at is not None for c in cases] == [True]
    assert personal_hits(live) == []
