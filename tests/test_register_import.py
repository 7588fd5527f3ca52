"""Imports never destroy data by accident, and erased stays erased (issue 7 items 6 and 7)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

import bot.register.io as register_io
from bot.cli import main
from bot.config import Config
from bot.register.io import (
    RegisterFormatError,
    check_register,
    export_register,
    import_register,
    parse_register,
)
from bot.retention.ledger import record_key
from bot.store.db import Database, migrate
from bot.store.models import AuditEvent, Contact, Customer, Lead, QualityCheck
from tests.conftest import make_config

SAMPLE: dict[str, Any] = {
    "customers": [
        {"ref": "C1001", "kind": "company", "name": "Hansen VVS ApS", "cvr": "12345678",
         "address": "Storegade 1, 7100 Vejle", "phone": "+45 75 12 34 56",
         "email": "info@hansen-vvs.example.dk",
         "owners": [{"ref": "O1", "name": "Ole Hansen", "address": "Vej 2, 7100 Vejle",
                     "phone": "20 30 40 50", "email": "ole@hansen-vvs.example.dk"}],
         "contacts": [{"ref": "P1", "name": "Peter Holm", "title": "Indkøber",
                       "phone": "20 11 22 33", "email": "peter.holm@hansen-vvs.example.dk",
                       "employed": True, "left_on": None}],
         "jobs": [{"ref": "J1", "title": "Trappe", "started": "2021-03-01",
                   "completed": "2021-04-15",
                   "invoices": [{"number": "F-1001", "date": "2021-04-20",
                                 "amount_dkk": 12500.0}],
                   "quality_checks": [{"date": "2021-04-16", "result": "ok",
                                       "notes": "VT ok"}]}]},
        {"ref": "C1002", "kind": "person", "name": "Mette Lund", "cvr": None,
         "address": "Bakken 3, 8000 Aarhus C", "phone": "+45 86 12 34 56",
         "email": "mette@lund.example.dk", "owners": [], "contacts": [], "jobs": []},
    ],
    "leads": [{"ref": "L1", "name": "Anna Berg", "company": None, "email": "anna@example.com",
               "phone": None, "created": "2025-02-01"}],
}


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return make_config(tmp_path, retention={
        "ledger_file": str(tmp_path / "ledger.jsonl"), "key_file": str(tmp_path / "dsrbot.key")})


@pytest.fixture
def cli(tmp_path: Path, config: Config, capsys: pytest.CaptureFixture[str]):
    """Runs `dsrbot import-register` in-process on a document; returns (status, out, err)."""
    (tmp_path / "config.toml").write_text(
        f'[database]\nurl = "{config.database.url}"\n'
        f'[retention]\nledger_file = "{config.retention.ledger_file}"\n'
        f'key_file = "{config.retention.key_file}"\n')

    def run(doc: dict[str, Any], *flags: str) -> tuple[int, str, str]:
        (tmp_path / "in.json").write_text(json.dumps(doc))
        capsys.readouterr()
        status = main(["import-register", "--config", str(tmp_path / "config.toml"),
                       *flags, str(tmp_path / "in.json")])
        out, err = capsys.readouterr()
        return status, out, err

    return run


def _import(db: Database, doc: dict[str, Any], config: Config | None = None):
    with db.transaction() as session:
        return import_register(session, parse_register(json.dumps(doc)), config)


def _export(db: Database) -> dict[str, Any]:
    with db.reading() as session:
        return export_register(session)


def _customer(db: Database, ref: str) -> Customer | None:
    with db.reading() as session:
        return session.exec(select(Customer).where(Customer.ref == ref)).first()


def _doc(**customer0: Any) -> dict[str, Any]:
    """A file with customer C1001 only, holding just ref, kind and the given keys."""
    return {"customers": [{"ref": "C1001", "kind": "company", **customer0}]}


def _erase(config: Config, kind: str, customer_ref: str | None, ref: str) -> None:
    line = {"action": "delete", "key": record_key(config, kind, customer_ref, ref)}
    with Path(config.retention.ledger_file).open("a", encoding="utf-8") as ledger:
        ledger.write(json.dumps(line) + "\n")


# --- item 7: a missing key, an unknown key, an explicit null -----------------------------


def test_misspelt_key_leaves_the_name_and_is_named_in_a_warning(db, cli):
    _import(db, SAMPLE)
    status, _, err = cli(_doc(nmae="Hansen VVS", address="Havnen 4, 7100 Vejle"))
    assert status == 0
    assert 'customers[0] (ref C1001): unknown key "nmae" (ignored)' in err
    customer = _customer(db, "C1001")
    assert customer is not None
    assert customer.name == "Hansen VVS ApS" and customer.email == "info@hansen-vvs.example.dk"
    assert customer.address == "Havnen 4, 7100 Vejle"


def test_unknown_keys_deep_in_the_file_and_at_top_level_are_named(db):
    doc = copy.deepcopy(SAMPLE)
    doc["Leads"] = []
    doc["customers"][0]["contacts"][0]["e-mail"] = "x"
    warnings = check_register(json.dumps(doc)).warnings
    assert 'top level: unknown key "Leads" (ignored)' in warnings
    assert ('customers[0] (ref C1001): contacts[0] (ref P1): unknown key "e-mail" (ignored)'
            in warnings)


def test_strict_refuses_an_unknown_key_and_writes_nothing(db, cli):
    _import(db, SAMPLE)
    before = _export(db)
    doc = _doc(nmae="Hansen VVS", address="Havnen 4, 7100 Vejle")
    doc["customers"].append({"ref": "C3000", "kind": "person", "name": "Ny Kunde"})
    status, _, err = cli(doc, "--strict")
    assert status == 1
    assert "nothing was imported" in err and 'unknown key "nmae"' in err
    assert _export(db) == before


def test_explicit_null_clears_and_a_missing_key_keeps(db):
    _import(db, SAMPLE)
    _import(db, _doc(name=None))
    customer = _customer(db, "C1001")
    assert customer is not None
    assert customer.name is None
    assert customer.email == "info@hansen-vvs.example.dk"  # missing: kept
    assert customer.email_norm == "info@hansen-vvs.example.dk"


def test_null_email_clears_its_matching_key_too(db):
    _import(db, SAMPLE)
    _import(db, _doc(email=None, phone=None))
    customer = _customer(db, "C1001")
    assert customer is not None
    assert (customer.email, customer.email_norm, customer.phone, customer.phone_e164) == (
        None, None, None, None)


def test_missing_keys_of_children_keep_their_values(db):
    _import(db, SAMPLE)
    _import(db, _doc(contacts=[{"ref": "P1", "title": "Indkøbschef"}],
                     jobs=[{"ref": "J1", "invoices": [{"number": "F-1001"}],
                            "quality_checks": [{"result": "ok"}]}]))
    contact = _export(db)["customers"][0]["contacts"][0]
    assert contact == {**SAMPLE["customers"][0]["contacts"][0], "title": "Indkøbschef"}
    job = _export(db)["customers"][0]["jobs"][0]
    assert job == SAMPLE["customers"][0]["jobs"][0]  # the check with result "ok" is that one


# --- item 7: invalid e-mail and phone, every error listed --------------------------------


def test_the_two_bad_values_are_refused_with_both_errors_in_one_run(db, cli):
    _import(db, SAMPLE)
    before = _export(db)
    doc = _doc(contacts=[{"ref": "P1", "email": "peter.holm(at)hansen-vvs",
                          "phone": "call me maybe"}])
    status, _, err = cli(doc)
    assert status == 1 and "2 problems; nothing was imported" in err
    assert "customers[0] (ref C1001): contacts[0].email: not an e-mail address" in err
    assert "customers[0] (ref C1001): contacts[0].phone: not a phone number" in err
    assert _export(db) == before


@pytest.mark.parametrize("email", ["x@localhost", "Peter <p@x.dk>", "a@b@c.dk", "p@x.invalid"])
def test_what_is_not_an_address_is_refused(email):
    with pytest.raises(RegisterFormatError, match=r"customers\[0\] \(ref C1001\): email"):
        parse_register(json.dumps(_doc(email=email)))


@pytest.mark.parametrize("phone", ["123", "+45 1234", "20 30 40 50 60 70", "ring efter kl 8"])
def test_what_is_not_a_phone_number_is_refused(phone):
    with pytest.raises(RegisterFormatError, match=r"customers\[0\] \(ref C1001\): phone"):
        parse_register(json.dumps(_doc(phone=phone)))


def test_valid_and_blank_values_are_accepted():
    doc = _doc(email="Ærø.Smed@Firma.dk", phone="+46 70 123 45 67")
    doc["leads"] = [{"ref": "L1", "email": "", "phone": "0045 20 11 22 33"}]
    assert check_register(json.dumps(doc)).warnings == []


def test_a_number_outside_the_numbering_plan_is_named_and_strict_refuses_it(db, cli):
    status, _, err = cli(_doc(phone="12 34 56 78"))
    assert status == 0 and "customers[0] (ref C1001): phone: not a number in use" in err
    status, _, err = cli(_doc(phone="00 00 00 00"), "--strict")
    assert status == 1
    customer = _customer(db, "C1001")
    assert customer is not None and customer.phone == "12 34 56 78"


def test_several_errors_across_records_are_all_listed(db):
    doc = copy.deepcopy(SAMPLE)
    doc["customers"][0]["jobs"][0]["started"] = "yesterday"
    doc["customers"][1]["kind"] = "firm"
    doc["customers"][1]["email"] = "mette(at)lund"
    doc["leads"].append({"ref": "L1", "phone": "call me"})
    doc["customers"][1]["jobs"] = [copy.deepcopy(doc["customers"][0]["jobs"][0])]
    doc["customers"][1]["jobs"][0].update(ref="J9", started="2021-03-01")
    with pytest.raises(RegisterFormatError) as caught:
        parse_register(json.dumps(doc))
    problems = caught.value.problems
    assert any(p.startswith("customers[0] (ref C1001): jobs[0].started") for p in problems)
    assert any(p.startswith("customers[1] (ref C1002): kind") for p in problems)
    assert any(p.startswith("customers[1] (ref C1002): email") for p in problems)
    assert any(p.startswith("leads[1] (ref L1): phone") for p in problems)
    assert "leads[1] (ref L1): duplicate ref" in problems
    assert "customers[1] (ref C1002): jobs ref J9: invoice F-1001 appears twice" in problems
    assert len(problems) == 6


def test_every_invoice_conflict_with_the_database_is_listed_and_nothing_written(db):
    _import(db, SAMPLE)
    doc = copy.deepcopy(SAMPLE)
    doc["customers"][1]["jobs"] = [{"ref": "J5", "invoices": [{"number": "F-1001"}]}]
    doc["customers"].append({"ref": "C1003", "kind": "person",
                             "jobs": [{"ref": "J6", "invoices": [{"number": "F-1001"}]}]})
    with pytest.raises(RegisterFormatError) as caught:
        _import(db, doc)
    assert [p.split(":")[0] for p in caught.value.problems] == [
        "customers[1] (ref C1002)", "customers[2] (ref C1003)"]
    assert _customer(db, "C1003") is None


# --- item 7: --dry-run -------------------------------------------------------------------


def test_dry_run_writes_nothing_and_reports_the_change(db, cli):
    _import(db, SAMPLE)
    before = _export(db)
    doc = copy.deepcopy(SAMPLE)
    doc["customers"][0]["address"] = "Havnen 4, 7100 Vejle"
    doc["customers"].append({"ref": "C3000", "kind": "person", "name": "Ny Kunde"})
    status, out, _ = cli(doc, "--dry-run")
    assert status == 0
    assert "dry run: nothing was written" in out
    assert "customer: 1 new, 1 changed, 1 unchanged" in out
    assert "  new: C3000" in out and "  changed: C1001 (address)" in out
    assert "contact: 0 new, 0 changed, 1 unchanged" in out
    assert _export(db) == before
    with db.reading() as session:
        assert session.exec(select(AuditEvent).where(
            AuditEvent.event == "register.imported")).first() is None


# --- item 6: erased stays erased ---------------------------------------------------------


def test_an_erased_customer_is_skipped_and_reported_while_the_others_import(db, cli, config):
    _erase(config, "customer", "C1001", "C1001")
    status, out, _ = cli(SAMPLE)
    assert status == 0
    assert "customers[0] (ref C1001): erased on request earlier; skipped" in out
    assert "1 skipped (erased on request)" in out
    assert _customer(db, "C1001") is None and _customer(db, "C1002") is not None
    with db.reading() as session:
        assert session.exec(select(Contact)).first() is None  # its contacts did not come back
        assert session.exec(select(Lead)).one().ref == "L1"


def test_an_erased_contact_and_lead_are_skipped_and_the_rest_of_them_imports(db, config):
    _erase(config, "contact", "C1001", "P1")
    _erase(config, "lead", None, "L1")
    counts = _import(db, SAMPLE, config)
    assert counts.notes == [
        "customers[0] (ref C1001): contacts[0] (ref P1): erased on request earlier; skipped",
        "leads[0] (ref L1): erased on request earlier; skipped"]
    assert counts.skipped == 2
    with db.reading() as session:
        assert session.exec(select(Contact)).first() is None
        assert session.exec(select(Lead)).first() is None
        assert session.exec(select(QualityCheck)).one().result == "ok"


def test_the_ledger_is_read_once_per_import(db, config, monkeypatch):
    _erase(config, "owner", "C1001", "O1")
    calls = []
    real = register_io.erased_keys
    monkeypatch.setattr(register_io, "erased_keys", lambda c: calls.append(c) or real(c))
    counts = _import(db, SAMPLE, config)
    assert len(calls) == 1 and counts.skipped == 1


def test_without_config_the_ledger_is_not_consulted(db, config):
    _erase(config, "customer", "C1001", "C1001")
    assert _import(db, SAMPLE).skipped == 0  # the demo load passes no config
    assert _customer(db, "C1001") is not None


# --- contract §1 still holds ---------------------------------------------------------------


def test_running_the_same_import_twice_changes_nothing_the_second_time(db, cli):
    doc = copy.deepcopy(SAMPLE)
    doc["customers"].append({"ref": "C3000", "kind": "person", "name": None})
    assert cli(doc)[0] == 0
    status, out, _ = cli(doc)
    assert status == 0
    assert "customer: 0 new, 0 changed, 3 unchanged" in out
    tables = out.strip().split("; ")
    assert len(tables) == 7 and all(": 0 new, 0 changed, " in table for table in tables)


def test_export_then_import_gives_back_the_same_records(db, tmp_path, config):
    _import(db, SAMPLE)
    exported = _export(db)
    assert exported == SAMPLE
    other = Database.from_url(f"sqlite:///{tmp_path / 'other.db'}")
    migrate(other.engine)
    try:
        _import(other, exported, config)
        assert _export(other) == exported
        assert _import(other, exported, config).changed == 0
    finally:
        other.dispose()
