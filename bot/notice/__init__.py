"""The privacy-notice items every access reply must give (GDPR art. 15(1)-(2), gdpr-dk.md §5.3).

`load_notice` reads them from TOML (CL Smed's own notice is bundled as default.toml) and
checks that each language has each item, so a gap shows at start-up, not in a reply. The
result holds JSON values only, one complete dict per reply language:
`notice["da"]["retention"]`, `notice["en"]["recipients"][0]["role"]`.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

LANGUAGES = ("da", "en")
# Each item and its shape: one text, a list of texts, or a list of tables of texts.
TEXT_KEYS = ("transfers", "objection", "portability", "automated_decisions")
LINE_KEYS = ("purposes", "legal_basis", "retention", "source", "rights")
CATEGORY_KEYS = ("who", "data")
RECIPIENT_KEYS = ("name", "role_da", "role_en")
DEFAULT = "default.toml"


def load_notice(path: str | None = None) -> dict[str, Any]:
    """The notice items per language: from `path`, or CL Smed's bundled notice when empty."""
    if path:
        origin = path
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"privacy notice {path}: cannot be read ({exc})") from None
    else:
        origin = f"bot/notice/{DEFAULT}"
        text = resources.files("bot.notice").joinpath(DEFAULT).read_text(encoding="utf-8")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"privacy notice {origin}: not valid TOML ({exc})") from None
    return _checked(raw, origin)


def _checked(raw: dict[str, Any], origin: str) -> dict[str, Any]:
    recipients = _recipients(raw.get("recipients"), origin)
    notice: dict[str, Any] = {}
    for lang in LANGUAGES:
        table = raw.get(lang)
        if not isinstance(table, dict):
            raise ValueError(f"privacy notice {origin}: the [{lang}] table is missing")
        notice[lang] = _language(table, f"privacy notice {origin}: [{lang}]")
        # The names are the firm's own; the role is said in the reply's language.
        notice[lang]["recipients"] = [{"name": r["name"], "role": r[f"role_{lang}"]}
                                      for r in recipients]
    return notice


def _language(table: dict[str, Any], where: str) -> dict[str, Any]:
    items: dict[str, Any] = {}
    for key in TEXT_KEYS:
        items[key] = _text(table.get(key), f"{where} {key}")
    for key in LINE_KEYS:
        items[key] = _lines(table.get(key), f"{where} {key}")
    items["categories"] = _tables(table.get("categories"), CATEGORY_KEYS,
                                  f"{where} categories")
    return items


def _recipients(value: Any, origin: str) -> list[dict[str, str]]:
    where = f"privacy notice {origin}: [[recipients]]"
    return _tables(value, RECIPIENT_KEYS, where, blank_ok=("name",))


def _text(value: Any, where: str) -> str:
    if value is None:
        raise ValueError(f"{where} is missing")
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where} must be a non-empty text")
    return value.strip()


def _lines(value: Any, where: str) -> list[str]:
    if value is None:
        raise ValueError(f"{where} is missing")
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where} must be a non-empty list of texts")
    return [_text(v, f"{where}[{i}]") for i, v in enumerate(value)]


def _tables(value: Any, keys: tuple[str, ...], where: str,
            blank_ok: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """A non-empty list of tables, each with every one of `keys` as text."""
    if value is None:
        raise ValueError(f"{where} is missing")
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"{where} must be a non-empty list of tables with {', '.join(keys)}")
    return [{k: _field(v.get(k), f"{where}[{i}] {k}", k in blank_ok) for k in keys}
            for i, v in enumerate(value)]


def _field(value: Any, where: str, blank_ok: bool) -> str:
    if blank_ok and isinstance(value, str):
        return value.strip()
    return _text(value, where)
