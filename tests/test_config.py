"""Configuration: the example file is valid, and a bad key is named (contracts §3)."""

from pathlib import Path

import pytest

from bot.config import Config, ConfigError, load_config, parse_config
from bot.reading.context import DEFAULT_CONTEXT, ReadingContext

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


def test_the_reading_context_comes_from_the_configuration():
    config = parse_config({
        "company": {"name": "Nordbyg ApS", "privacy_address": "GDPR@Nordbyg.example",
                    "own_domains": ["Nordbyg.example"]},
        "identity": {"trusted_authserv_ids": ["mx.nordbyg.example"]},
    })
    context = ReadingContext.from_config(config)
    assert context.firm_words == ("nordbyg",)  # the legal form is not part of the name
    assert context.own_addresses == {"gdpr@nordbyg.example"}
    assert context.own_domains == {"nordbyg.example"}
    assert context.trusted_authserv_ids == ("mx.nordbyg.example",)


def test_the_built_in_defaults_read_mail_as_the_example_configuration_does():
    example = ReadingContext.from_config(load_config(ROOT / "config.example.toml"))
    assert example == ReadingContext.from_config(Config()) == DEFAULT_CONTEXT
    assert DEFAULT_CONTEXT.firm_words == ("cl", "smed")
