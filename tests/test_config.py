"""Configuration: the example file is valid, and a bad key is named (contracts §3)."""

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config, parse_config

ROOT = Path(__file__).resolve().parent.parent


def test_example_config_loads_with_contract_keys():
    config = load_config(ROOT / "config.example.toml")
    assert config.company.privacy_address == "privacy@clsmed.dk"
    assert config.database.url.startswith("sqlite:///")
    assert config.outbound.transport == "maildir"
    assert config.identity.trusted_authserv_ids == ("mx.clsmed.dk",)
    assert config.smtp.max_message_size == 25 * 1024 * 1024


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        ({"smtp": {"prot": 25}}, "smtp.prot"),
        ({"smtp": {"port": "25"}}, "smtp.port"),
        ({"outbound": {"transport": "pigeon"}}, "outbound.transport"),
        ({"outbound": {"transport": "smtp"}}, "outbound.host"),
        ({"imap": {"security": "tls"}}, "imap.security"),
        ({"nonsense": {}}, "[nonsense]"),
        ({"identity": {"trusted_authserv_ids": "mx"}}, "identity.trusted_authserv_ids"),
    ],
)
def test_bad_key_is_named(raw, named):
    with pytest.raises(ConfigError, match=named.replace("[", r"\[").replace("]", r"\]")):
        parse_config(raw)


def test_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(ConfigError, match=r"config\.example\.toml"):
        load_config(tmp_path / "config.toml")
