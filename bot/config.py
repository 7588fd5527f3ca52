"""Load the TOML configuration into frozen settings; an error names the bad key."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar


class ConfigError(Exception):
    """The configuration file is missing, unreadable or has a bad key."""


@dataclass(frozen=True)
class CompanyConfig:
    name: str = "CL Smed A/S"
    privacy_address: str = "privacy@clsmed.dk"
    address: str = ""
    phone: str = ""
    website: str = ""
    # Mail domains of the firm's own staff (a colleague's forward is read as the request
    # it forwards). The defaults here are CL Smed's, as in config.example.toml.
    own_domains: tuple[str, ...] = ("clsmed.dk",)


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = "sqlite:///var/dsrbot.db"


@dataclass(frozen=True)
class SmtpConfig:
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 8025
    max_message_size: int = 25 * 1024 * 1024


@dataclass(frozen=True)
class OutboundConfig:
    transport: str = "maildir"
    maildir: str = "var/outbox"
    host: str = ""
    port: int = 587
    username: str = ""
    password: str = ""
    starttls: bool = True
    use_tls: bool = False
    cafile: str = ""  # extra CA bundle for the relay's certificate (e.g. an internal CA)
    timeout_seconds: float = 30.0
    max_attempts: int = 8
    retry_base_seconds: float = 30.0
    poll_seconds: float = 2.0


@dataclass(frozen=True)
class ImapConfig:
    enabled: bool = False
    host: str = ""
    port: int = 993
    username: str = ""
    password: str = ""
    folder: str = "INBOX"
    processed_folder: str = ""
    security: str = "ssl"
    auth: str = "password"  # "password" | "xoauth2"
    # With xoauth2: a command that prints a fresh access token (as isync and aerc do).
    oauth2_token_command: str = ""
    idle: bool = True  # IDLE where the server offers it; polling otherwise
    poll_seconds: float = 60.0


@dataclass(frozen=True)
class WebConfig:
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 8080
    session_minutes: int = 60  # a staff login lasts this long without use
    secure_cookies: bool = False  # true behind HTTPS (the cookie is then never sent in clear)
    login_attempts_per_minute: int = 5


@dataclass(frozen=True)
class WebhookConfig:
    secret: str = ""  # HMAC-SHA256 key for /webhook/chat and /webhook/mime; empty: off
    max_skew_seconds: int = 300
    max_body: int = 25 * 1024 * 1024


@dataclass(frozen=True)
class NotifyConfig:
    # Where staff hear about work: a new plan waiting, a triage case, a deadline at risk.
    staff_address: str = ""  # a mail address; empty: none
    webhook_url: str = ""  # a Slack/Teams-style incoming webhook; empty: none


@dataclass(frozen=True)
class IdentityConfig:
    # Only these servers' Authentication-Results headers are believed (CL Smed's own MX).
    trusted_authserv_ids: tuple[str, ...] = ("mx.clsmed.dk",)


@dataclass(frozen=True)
class ClassifierConfig:
    triage_threshold: float = 0.6


@dataclass(frozen=True)
class WorkerConfig:
    enabled: bool = True  # false: this process only receives (run `dsrbot work` elsewhere)
    # Worker processes `serve` starts beside itself; 0 runs the worker inside the serving
    # process (simplest, used by the tests). Niced, so intake always comes first.
    processes: int = 1
    nice: int = 10
    poll_seconds: float = 2.0
    max_attempts: int = 3


@dataclass(frozen=True)
class NoticeConfig:
    # The art. 15 items every access reply lists (§5.3); "" = CL Smed's own notice,
    # bundled (bot/notice/default.toml). A file of the same shape replaces it.
    file: str = ""


@dataclass(frozen=True)
class RetentionConfig:
    financial_year_start: str = "01-01"  # MM-DD; drives every bookkeeping hold date
    sweep: bool = True  # the daily retention sweep in `serve`
    sweep_hour: int = 3  # local hour of the daily sweep
    lead_months: int = 24  # a lead with no activity this long is planned for deletion
    # Raw mails and extract bodies of closed cases are purged this long after closing;
    # the pseudonymous request log stays for log_years (gdpr-dk.md §6).
    own_data_days: int = 90
    log_years: int = 3
    # Keyed hashes of what was erased, outside the database, so that an import or a
    # restored backup cannot bring it back (gdpr-dk.md §0, D11).
    ledger_file: str = "var/erasure-ledger.jsonl"
    key_file: str = "var/dsrbot.key"


@dataclass(frozen=True)
class DeadlinesConfig:
    remind_days: tuple[str, ...] = ("14", "21")  # days after receipt (R-DL-02)


@dataclass(frozen=True)
class ApprovalConfig:
    # Staff see every extract before it leaves (gdpr-dk.md §4.0 step 7). Erasures,
    # refusals and departures always wait for staff; this setting cannot change that.
    review_extracts: bool = True


@dataclass(frozen=True)
class RepliesConfig:
    # A forged sender must not turn the bot against a victim's mailbox: at most this
    # many acknowledgements to one address per 24 hours (the cases are opened anyway).
    acks_per_address_per_day: int = 3
    # A verification request unanswered this long closes the case (it can be resent).
    verification_days: int = 14


@dataclass(frozen=True)
class RecipientConfig:
    name: str = ""  # e.g. "Revisionsfirmaet Jensen & Co (revisor)"
    email: str = ""  # where the art. 19 notice goes; empty: logged for staff to tell
    # Which executed changes this recipient is told of.
    tells: tuple[str, ...] = ("erasure", "rectification", "restriction")


@dataclass(frozen=True)
class DemoConfig:
    load_register: bool = False


@dataclass(frozen=True)
class Config:
    company: CompanyConfig = field(default_factory=CompanyConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    outbound: OutboundConfig = field(default_factory=OutboundConfig)
    imap: ImapConfig = field(default_factory=ImapConfig)
    web: WebConfig = field(default_factory=WebConfig)
    identity: IdentityConfig = field(default_factory=IdentityConfig)
    classifier: ClassifierConfig = field(default_factory=ClassifierConfig)
    worker: WorkerConfig = field(default_factory=WorkerConfig)
    webhook: WebhookConfig = field(default_factory=WebhookConfig)
    notify: NotifyConfig = field(default_factory=NotifyConfig)
    notice: NoticeConfig = field(default_factory=NoticeConfig)
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    deadlines: DeadlinesConfig = field(default_factory=DeadlinesConfig)
    approval: ApprovalConfig = field(default_factory=ApprovalConfig)
    replies: RepliesConfig = field(default_factory=RepliesConfig)
    demo: DemoConfig = field(default_factory=DemoConfig)
    # Art. 19: who receives the register's data and must be told of an erasure,
    # rectification or restriction ([[recipients]] tables: name, email, tells).
    recipients: tuple[RecipientConfig, ...] = ()

    @property
    def own_addresses(self) -> frozenset[str]:
        return frozenset({self.company.privacy_address.casefold()})


T = TypeVar("T")


def _coerce(key: str, value: Any, default: Any) -> Any:
    """Check one value against the type of its default, converting lists to tuples."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {value!r}")
        return value
    if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{key}: expected a list of strings, got {value!r}")
        return tuple(value)
    if type(value) is not type(default):
        raise ConfigError(f"{key}: expected {type(default).__name__}, got {value!r}")
    return value


def _section(cls: type[T], name: str, raw: Any) -> T:
    if not isinstance(raw, dict):
        raise ConfigError(f"[{name}]: expected a table")
    defaults = cls()
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    for key in raw:
        if key not in known:
            raise ConfigError(f"{name}.{key}: unknown key (known: {', '.join(sorted(known))})")
    values = {
        key: _coerce(f"{name}.{key}", value, getattr(defaults, key)) for key, value in raw.items()
    }
    return cls(**values)


def _validate(config: Config) -> Config:
    if config.outbound.transport not in ("maildir", "smtp"):
        raise ConfigError('outbound.transport: must be "maildir" or "smtp"')
    if config.outbound.transport == "smtp" and not config.outbound.host:
        raise ConfigError('outbound.host: required when outbound.transport = "smtp"')
    if config.imap.auth not in ("password", "xoauth2"):
        raise ConfigError('imap.auth: must be "password" or "xoauth2"')
    if config.imap.enabled and not config.imap.host:
        raise ConfigError("imap.host: required when imap.enabled = true")
    imap = config.imap
    if imap.auth == "xoauth2" and imap.enabled and not imap.oauth2_token_command:
        raise ConfigError('imap.oauth2_token_command: required with auth = "xoauth2"')
    if config.imap.security not in ("ssl", "starttls", "none"):
        raise ConfigError('imap.security: must be "ssl", "starttls" or "none"')
    if "@" not in config.company.privacy_address:
        raise ConfigError("company.privacy_address: not an e-mail address")
    if not 0.0 <= config.classifier.triage_threshold <= 1.0:
        raise ConfigError("classifier.triage_threshold: must be between 0 and 1")
    _validate_policy(config)
    return config


def _validate_policy(config: Config) -> None:
    from bot.retention.dates import FinancialYear

    try:
        FinancialYear.parse(config.retention.financial_year_start)
    except ValueError as exc:
        raise ConfigError(f"retention.financial_year_start: {exc}") from None
    if not 0 <= config.retention.sweep_hour <= 23:
        raise ConfigError("retention.sweep_hour: must be 0-23")
    if config.replies.acks_per_address_per_day < 1:
        # 0 would silence every acknowledgement: a safeguard, not a tuning knob.
        raise ConfigError("replies.acks_per_address_per_day: must be at least 1")
    if config.replies.verification_days < 1:
        raise ConfigError("replies.verification_days: must be at least 1")
    if not all(d.isdigit() and 0 < int(d) < 31 for d in config.deadlines.remind_days):
        raise ConfigError("deadlines.remind_days: days after receipt, each 1-30")


def _recipients(raw: Any) -> tuple[RecipientConfig, ...]:
    if not isinstance(raw, list):
        raise ConfigError("[[recipients]]: expected an array of tables")
    built = tuple(_section(RecipientConfig, f"recipients[{i}]", r) for i, r in enumerate(raw))
    for i, recipient in enumerate(built):
        if not recipient.name:
            raise ConfigError(f"recipients[{i}].name: required")
        unknown = set(recipient.tells) - {"erasure", "rectification", "restriction"}
        if unknown:  # a typo would mean that recipient is never told
            raise ConfigError(f"recipients[{i}].tells: unknown {', '.join(sorted(unknown))}")
    return built


def parse_config(raw: dict[str, Any]) -> Config:
    """Build settings from an already-parsed TOML document."""
    sections = {f.name: f.type for f in fields(Config) if f.name != "recipients"}
    for name in raw:
        if name not in sections and name != "recipients":
            raise ConfigError(f"[{name}]: unknown section (known: {', '.join(sorted(sections))})")
    defaults = Config()
    built: dict[str, Any] = {
        name: _section(type(getattr(defaults, name)), name, raw[name])
        for name in sections
        if name in raw
    }
    if "recipients" in raw:
        built["recipients"] = _recipients(raw["recipients"])
    return _validate(Config(**built))


def load_config(path: Path) -> Config:
    """Read and check a TOML configuration file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such file (copy config.example.toml to config.toml, "
            "or pass --config FILE)"
        ) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return parse_config(raw)
