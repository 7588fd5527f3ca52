"""The privacy-notice items of an access reply (GDPR art. 15(1)-(2), gdpr-dk.md §1.2, §5.3)."""

from __future__ import annotations

import json
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from bot.notice import LANGUAGES, load_notice

ITEMS = ("purposes", "legal_basis", "categories", "recipients", "transfers", "retention",
         "source", "rights", "objection", "portability", "automated_decisions")


def default_text() -> str:
    return resources.files("bot.notice").joinpath("default.toml").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "notice.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_r_ac_5_3_both_languages_carry_every_item():
    notice = load_notice()
    assert set(notice) == set(LANGUAGES) == {"da", "en"}
    for lang in LANGUAGES:
        assert set(notice[lang]) == set(ITEMS)
        for item in ITEMS:
            assert notice[lang][item], (lang, item)
    json.dumps(notice)  # JSON values only: it goes into reply contexts


def test_empty_path_is_the_bundled_default():
    assert load_notice("") == load_notice(None) == load_notice()


def test_r_ac_5_3_purposes_and_legal_basis_b_and_f():
    da, en = load_notice()["da"], load_notice()["en"]
    purposes = " ".join(da["purposes"])
    for word in ("samarbejdet med vores kunder", "kundeemner", "fakturere",
                 "kvalitetskontroller", "daglige drift"):
        assert word in purposes
    assert "litra b" in da["legal_basis"][0] and "litra f" in da["legal_basis"][1]
    assert "6(1)(b)" in en["legal_basis"][0] and "6(1)(f)" in en["legal_basis"][1]


def test_r_ac_5_3_categories_per_role():
    da = {c["who"]: c["data"] for c in load_notice()["da"]["categories"]}
    assert da["Kunder og kunders ejere"] == "navn, adresse, telefonnummer og e-mailadresse"
    assert da["Kontaktpersoner hos vores kunder"] == "navn, titel, telefonnummer og e-mailadresse"
    en = " ".join(c["who"] + c["data"] for c in load_notice()["en"]["categories"])
    assert "owners" in en and "title" in en and "Contact persons" in en


def test_r_ac_01_recipients_by_category_with_a_name_field():
    for lang, words in (("da", ("revisor", "databehandler", "myndigheder")),
                        ("en", ("auditor", "processors", "authorities"))):
        recipients = load_notice()[lang]["recipients"]
        assert all(set(r) == {"name", "role"} for r in recipients)
        text = " ".join(r["role"] for r in recipients)
        assert all(w in text for w in words), lang


def test_r_rt_01_retention_states_the_5_year_rule_and_the_contact_person_rule():
    da = " ".join(load_notice()["da"]["retention"])
    assert "5 år, regnet fra udgangen af kalenderåret for det seneste job" in da
    assert "5 år fra udgangen af det regnskabsår" in da and "bogføringsloven" in da
    assert "Kontaktpersoner slettes hurtigst muligt" in da and "ikke længere er ansat" in da
    en = " ".join(load_notice()["en"]["retention"])
    assert "5 years from the end of the calendar year of the latest job" in en
    assert "end of the financial year" in en
    assert "Contact persons are deleted as soon as possible" in en
    assert "no longer work for the customer" in en


def test_r_ac_5_3_source_rights_transfers_and_automated_decisions():
    da, en = load_notice()["da"], load_notice()["en"]
    assert any("arbejdsgiver" in s for s in da["source"])
    assert any("employer" in s for s in en["source"])
    rights_da = " ".join(da["rights"])
    assert all(w in rights_da for w in ("berigtigelse", "sletning", "begrænsning"))
    assert "indsigelse" in da["objection"] and "object" in en["objection"]
    assert "dataportabilitet" in da["portability"] and "portability" in en["portability"]
    assert "ikke" in da["transfers"] and "EU/EØS" in da["transfers"]
    assert "do not transfer" in en["transfers"]
    assert "ingen automatiske afgørelser" in da["automated_decisions"]
    assert "no automated decisions" in en["automated_decisions"]


def test_r_ac_01_a_custom_file_overrides_the_default(tmp_path):
    text = default_text().replace('name = ""  # TO FILL IN: the auditing firm',
                                  'name = "Revisionsfirmaet Eksempel"', 1)
    text = text.replace("Vi overfører ikke personoplysninger", "Vi overfører IKKE oplysninger")
    notice = load_notice(write(tmp_path, text))
    assert notice["da"]["recipients"][0] == {
        "name": "Revisionsfirmaet Eksempel",
        "role": "Professionelle rådgivere, herunder vores revisor"}
    assert notice["en"]["recipients"][0]["name"] == "Revisionsfirmaet Eksempel"
    assert notice["da"]["transfers"].startswith("Vi overfører IKKE")


def test_a_missing_language_is_named(tmp_path):
    raw = default_text().split("\n[en]\n")[0]
    with pytest.raises(ValueError, match=r"the \[en\] table is missing"):
        load_notice(write(tmp_path, raw))


def test_a_missing_item_is_named(tmp_path):
    text = default_text().replace('transfers = "We do not', 'transfer_note = "We do not')
    with pytest.raises(ValueError, match=r"\[en\] transfers is missing"):
        load_notice(write(tmp_path, text))


def test_an_empty_list_is_refused(tmp_path):
    text = default_text().replace("[da]\npurposes = [", "[da]\npurposes = []\nold = [", 1)
    assert tomllib.loads(text)["da"]["purposes"] == []
    with pytest.raises(ValueError, match=r"\[da\] purposes must be a non-empty list"):
        load_notice(write(tmp_path, text))


def test_a_recipient_without_an_english_role_is_named(tmp_path):
    text = default_text().replace('role_en = "Professional advisers, including our auditor"', "")
    with pytest.raises(ValueError, match=r"\[\[recipients\]\]\[0\] role_en is missing"):
        load_notice(write(tmp_path, text))


def test_broken_toml_and_a_missing_file_give_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="not valid TOML"):
        load_notice(write(tmp_path, "[da\npurposes = "))
    with pytest.raises(ValueError, match="cannot be read"):
        load_notice(str(tmp_path / "nowhere.toml"))
