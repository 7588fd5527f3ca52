"""Authentication-Results are believed only from the firm's own servers (contracts §3)."""

import pytest

from bot.reading.authresults import from_is_authenticated

TRUSTED = ["mx.clsmed.dk"]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (["mx.clsmed.dk; dkim=pass header.d=clsmed.dk header.s=sel1; spf=pass"], True),
        (["mx.clsmed.dk 1; dmarc=pass (p=reject) header.from=clsmed.dk"], True),
        (["mx.clsmed.dk; dkim=pass header.i=@clsmed.dk"], True),
        (["mx.clsmed.dk; dkim=fail header.d=clsmed.dk; dmarc=fail header.from=clsmed.dk"], False),
        (["mx.clsmed.dk; dkim=pass header.d=evil.example.com"], False),  # someone else's key
        (["mx.evil.example.com; dkim=pass header.d=clsmed.dk"], False),  # forged by the sender
        ([], False),
    ],
)
def test_only_our_servers_vouch_for_a_from_address(results, expected):
    assert from_is_authenticated("mette@clsmed.dk", results, TRUSTED) is expected


def test_no_sender_is_never_authenticated():
    assert not from_is_authenticated(None, ["mx.clsmed.dk; dkim=pass header.d=clsmed.dk"], TRUSTED)
