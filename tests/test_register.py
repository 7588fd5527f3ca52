"""Register import/export exactly as contracts §1 says, on SQLite and on PostgreSQL."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from bot.register.io import (
    RegisterFormatError,
    demo_register_text,
    export_register,
    import_register,
    parse_register,
)
from bot.store.db import Database
from bot.store.models import Contact, Customer, Invoice

SAMPLE = {
    "customers": [{
        "ref": "C1001", "kind": "company", "name": "Hansen VVS ApS", "cvr": "12345678",
        "address": "Storegade 1, 7100 Vejle", "phone": "+45 75 12 34 56",
        "email": "Info@Hansen-VVS.example.dk", "unknown_key": "ignored",
        "owners": [{"ref": "O1", "name": "Ole Hansen", "address": "Vej 2, 7100 Vejle",
                    "phone": "20 30 40 50", "email": "ole@hansen-vvs.example.dk"}],
        "contacts": [{"ref": "P1", "name": "Peter Holm", "title": "Indkøber",
                      "phone": "0045 20 11 22 33", "email": "peter.holm@hansen-vvs.example.dk",
                      "employed": True}],
        "jobs": [{"ref": "J1", "title": "Trappe i galvaniseret stål", "started": "2021-03-01",
                  "completed": "2021-04-15",
                  "invoices": [{"number": "F-1001", "date": "2021-04-20", "amount_dkk": 12500.0}],
                  "quality_checks": [{"date": "2021-04-16", "result": "ok", "notes": "VT ok"}]}],
    }],
    "leads": [{"ref": "L1", "name": "Anna Berg", "company": None, "email": "anna@example.com",
               "phone": None, "created": "2025-02-01"}],
}


def _import(db: Database, doc: dict) -> str:
    with db.transaction() as session:
        counts = import_register(session, parse_register(json.dumps(doc)))
        return counts.summary()


def _counts(db: Database, doc: dict):
    with db.transaction() as session:
        return import_register(session, parse_register(json.dumps(doc)))


def _export(db: Database) -> dict:
    with db.transaction() as session:
        return export_register(session)


def _register_roundtrip(db: Database) -> None:
    first = _counts(db, SAMPLE)
    assert first.created == 7 and first.changed == 0  # customer, owner, contact, job, ...
    second = _counts(db, SAMPLE)
    assert second.created == 0 and second.changed == 0 and second.unchanged == 7
    exported = _export(db)
    expected = copy.deepcopy(SAMPLE)
    del expected["customers"][0]["unknown_key"]
    expected["customers"][0]["contacts"][0]["left_on"] = None
    assert exported == expected


def test_import_twice_changes_nothing_and_export_gives_it_back(db):
    _register_roundtrip(db)


@pytest.mark.postgres
def test_same_contract_on_postgresql(pg_db):
    _register_roundtrip(pg_db)


def test_normalised_keys_are_stored(db):
    _import(db, SAMPLE)
    with db.transaction() as session:
        customer = session.exec(select(Customer)).one()
        contact = session.exec(select(Contact)).one()
    assert customer.email_norm == "info@hansen-vvs.example.dk"
    assert customer.phone_e164 == "+4575123456"
    assert contact.phone_e164 == "+4520112233"


def test_a_change_is_applied(db):
    _import(db, SAMPLE)
    changed = copy.deepcopy(SAMPLE)
    changed["customers"][0]["contacts"][0]["employed"] = False
    changed["customers"][0]["contacts"][0]["left_on"] = "2026-05-31"
    assert "contact: 0 new, 1 changed" in _import(db, changed)
    contact = _export(db)["customers"][0]["contacts"][0]
    assert contact["employed"] is False and contact["left_on"] == "2026-05-31"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["customers"][0].update(kind="firm"), r"customers\[0\] \(ref C1001\): kind"),
        (lambda d: d["customers"][0]["jobs"][0]["invoices"][0].update(date="2021-13-01"),
         r"customers\[0\] \(ref C1001\): jobs\[0\]\.invoices\[0\]\.date"),
        (lambda d: d["customers"][0].pop("ref"), r"customers\[0\]: ref"),
        (lambda d: d["customers"].append(copy.deepcopy(d["customers"][0])),
         r"customers\[1\] \(ref C1001\): duplicate ref"),
        (lambda d: d["leads"][0].update(created=20250201), r"leads\[0\] \(ref L1\): created"),
    ],
)
def test_bad_record_is_named_and_nothing_is_written(db, mutate, message):
    good = copy.deepcopy(SAMPLE)
    good["customers"].insert(0, {**copy.deepcopy(SAMPLE["customers"][0]), "ref": "C0999",
                                 "jobs": [], "owners": [], "contacts": []})
    mutated = copy.deepcopy(SAMPLE)
    mutate(mutated)
    with pytest.raises(RegisterFormatError, match=message):
        parse_register(json.dumps(mutated))
    with db.transaction() as session:
        assert session.exec(select(Customer)).first() is None


def test_demo_register_is_large_and_loads(db):
    doc = json.loads(demo_register_text())
    assert len(doc["customers"]) >= 20
    _import(db, doc)
    with db.transaction() as session:
        assert len(session.exec(select(Customer)).all()) == len(doc["customers"])
        assert session.exec(select(Invoice)).first() is not None


def _dsrbot(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_cli_import_rejects_a_bad_file_whole(tmp_path):
    (tmp_path / "config.toml").write_text(f'[database]\nurl = "sqlite:///{tmp_path}/r.db"\n')
    bad = copy.deepcopy(SAMPLE)
    bad["customers"].insert(0, {"ref": "C0001", "kind": "person", "name": "Fine Person"})
    bad["customers"][1]["jobs"][0]["started"] = "yesterday"
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    result = _dsrbot("import-register", "bad.json", cwd=tmp_path)
    assert result.returncode == 1
    assert "customers[1] (ref C1001)" in result.stderr and "nothing was imported" in result.stderr
    (tmp_path / "good.json").write_text(json.dumps(SAMPLE))
    assert _dsrbot("import-register", "good.json", cwd=tmp_path).returncode == 0
    out = _dsrbot("export-register", "-", cwd=tmp_path)
    refs = [c["ref"] for c in json.loads(out.stdout)["customers"]]
    assert refs == ["C1001"]  # the fine record of the bad file was not written either


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["leads"].append(dict(d["leads"][0])), r"leads\[1\] \(ref L1\): duplicate"),
        (lambda d: d["customers"][0]["contacts"].append(dict(d["customers"][0]["contacts"][0])),
         r"customers\[0\] \(ref C1001\): contacts\[1\] \(ref P1\): duplicate"),
        (lambda d: d["customers"][0]["jobs"][0]["invoices"][0].update(amount_dkk=float("inf")),
         r"amount_dkk"),
    ],
)
def test_duplicates_inside_a_file_and_infinite_amounts_are_refused(mutate, message):
    doc = copy.deepcopy(SAMPLE)
    mutate(doc)
    with pytest.raises(RegisterFormatError, match=message):
        parse_register(json.dumps(doc))


def test_an_invoice_does_not_quietly_move_to_another_customer(db):
    _import(db, SAMPLE)
    other = copy.deepcopy(SAMPLE)
    other["customers"][0].update(ref="C2000")
    with pytest.raises(RegisterFormatError, match="F-1001 already belongs"):
        _import(db, other)
    assert [c["ref"] for c in _export(db)["customers"]] == ["C1001"]  # rolled back whole


def test_a_file_with_a_byte_order_mark_imports(tmp_path):
    (tmp_path / "config.toml").write_text(f'[database]\nurl = "sqlite:///{tmp_path}/r.db"\n')
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(SAMPLE).encode())
    assert _dsrbot("import-register", "bom.json", cwd=tmp_path).returncode == 0
