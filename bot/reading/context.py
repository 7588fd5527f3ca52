"""Who "we" are while reading mail: the firm's name, its addresses and trusted mail servers.

All of it comes from the configuration (bot.config.Config), none of it from the reading
code: the engine knows a firm's name only as ReadingContext.firm_name. DEFAULT_CONTEXT is
the default configuration's, for callers (tests, one-off tools) that have no config file.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Config
from bot.reading.lexicon import common


@dataclass(frozen=True)
class ReadingContext:
    firm_name: str  # as configured, legal form included: "CL Smed A/S"
    own_addresses: frozenset[str]  # the privacy mailbox; mail "from" it is our own
    own_domains: frozenset[str]  # a sender at one of these is a colleague (staff forward)
    trusted_authserv_ids: tuple[str, ...]  # our servers' Authentication-Results ids

    @classmethod
    def from_config(cls, config: Config) -> ReadingContext:
        return cls(
            firm_name=config.company.name,
            own_addresses=config.own_addresses,
            own_domains=frozenset(d.casefold() for d in config.company.own_domains),
            trusted_authserv_ids=config.identity.trusted_authserv_ids,
        )

    @property
    def firm_words(self) -> tuple[str, ...]:
        """The firm's name without its legal form, lower-cased: ("cl", "smed")."""
        words = self.firm_name.lower().split()
        while words and words[-1].strip(".,") in common.COMPANY_FORMS:
            words.pop()
        return tuple(words)


DEFAULT_CONTEXT = ReadingContext.from_config(Config())
