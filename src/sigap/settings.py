"""One typed Settings object: environment variables `SIGAP_*`, an optional `sigap.toml`, working defaults.

Nothing here runs at import time: callers build `Settings()` (or `load_settings()`) and pass it on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from sigap.errors import ConfigError

DEFAULT_SECRET = "sigap-development-secret-change-me"


def _toml_path() -> Path:
    return Path(os.environ.get("SIGAP_CONFIG", "sigap.toml"))


class Settings(BaseSettings):
    """Every setting has a default that works on a laptop; production must set the secrets."""

    model_config = SettingsConfigDict(env_prefix="SIGAP_", extra="forbid", validate_default=True)

    # --- core ---
    env: Literal["development", "test", "production"] = Field(
        "development", description="Run mode; production refuses default secrets.")
    home: Path = Field(Path(".sigap"), description="Folder for the SQLite database, models and reports.")
    database_url: str = Field("", description="SQLAlchemy URL; empty means a SQLite file in SIGAP_HOME.")
    secret_key: str = Field(DEFAULT_SECRET, description="Signs sessions and CSRF tokens.")
    units_file: Path | None = Field(None, description="A replacement units CSV (same columns as sigap/data).")
    timezone_default: str = Field("Asia/Jakarta", description="Display zone when a province is unknown.")
    language: Literal["id", "en"] = Field("id", description="User-facing language.")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Logging level.")

    # --- ingest ---
    allow_private_sources: bool = Field(
        False, description="Let admin-added CLI sources resolve to private or loopback addresses.")
    feed_interval_seconds: int = Field(
        40, ge=10, description="Default polling interval of a feed; 40 s keeps a new item's alert under a minute "
        "(conditional GET makes an unchanged feed cost one 304).")
    http_timeout_seconds: float = Field(20.0, gt=0, description="Timeout of one HTTP request.")
    http_max_bytes: int = Field(10_000_000, gt=0, description="Largest response body accepted.")
    user_agent: str = Field("SigapBot/0.1 (+https://github.com/sigap; Humas Ditjenpas monitoring)",
                            description="User-Agent sent with every request.")
    http_retries: int = Field(2, ge=0, le=10, description="Retries of a failed request (timeouts, 5xx, 429).")
    http_backoff_seconds: float = Field(1.0, ge=0, description="First retry delay; doubles on each retry.")
    http_max_redirects: int = Field(5, ge=0, le=20, description="Redirects followed before giving up.")
    http_per_host_concurrency: int = Field(2, ge=1, description="Requests in flight to one host at most.")
    http_per_host_delay_seconds: float = Field(
        1.0, ge=0, description="Pause between two requests to the same host.")
    ingest_workers: int = Field(4, ge=1, le=64, description="Sources fetched in parallel by `sigap ingest`.")
    ingest_batch_size: int = Field(500, ge=1, description="Items stored per transaction (commit per batch).")
    source_max_backoff_seconds: int = Field(
        3600, ge=60, description="Longest wait before retrying a source that keeps failing.")
    sitemap_max_urls: int = Field(1000, ge=1, description="Newest URLs read from one sitemap.")
    scheduler_tick_seconds: float = Field(2.0, gt=0, description="How often `sigap run` looks for due sources.")

    # --- web ---
    host: str = Field("127.0.0.1", description="Address the web app listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port the web app listens on.")

    # --- detect ---
    detect_window_hours: float = Field(
        72.0, gt=0, description="Negative items of the last N hours form the episodes that detection judges.")
    detect_baseline_days: int = Field(
        365, ge=7, description="History used for a unit's usual rate of negative items.")
    detect_unit_prior_per_year: float = Field(
        4.0, gt=0, description="Negative items a year assumed for a unit with little history (Poisson prior).")
    detect_poisson_p: float = Field(
        0.05, gt=0, lt=1, description="Poisson tail probability under which a unit's negative count is unusual.")
    detect_level1_min_impact: float = Field(
        6.0, ge=0, le=9, description="Least impact (item severity 0-3 × issue weight 0.5-3) for a level-1 alert "
        "and for spread across outlets to count; 6 lets one report of an escape, death or riot through.")
    detect_spread_min_impact: float = Field(
        6.0, ge=0, le=9, description="Least impact for national coverage, virality or a multi-unit episode to raise "
        "an alert; 6 keeps everyday negative stories that national outlets echo below Awas.")
    detect_level2_outlets: int = Field(
        2, ge=2, description="Distinct earned news outlets reporting an episode for level 2 (Siaga).")
    detect_level3_outlets: int = Field(
        8, ge=2, description="Distinct earned news outlets reporting an episode for level 3 (Awas).")
    detect_level3_national_outlets: int = Field(
        3, ge=1, description="Distinct national outlets (SIGAP_DETECT_NATIONAL_OUTLETS) for level 3.")
    detect_national_outlets: list[str] = Field(
        default_factory=lambda: ["kompas", "detik", "tempo", "cnn indonesia", "antara", "liputan6",
                                 "kumparan", "republika", "okezone", "suara.com", "idn times",
                                 "merdeka.com", "sindonews", "beritasatu", "jpnn", "metro tv", "tvone"],
        description="Outlet names or domains (lower-case fragments) that count as national coverage.")
    detect_level3_units: int = Field(
        3, ge=2, description="Distinct units in one episode for level 3 (multiple units).")
    detect_level2_velocity: float = Field(
        5000.0, gt=0, description="Engagement per hour (likes+shares+comments) of a negative post for level 2.")
    detect_level3_velocity: float = Field(
        25000.0, gt=0, description="Engagement per hour of a negative post for level 3 (viral).")
    detect_rate_min_count: int = Field(
        8, ge=1, description="Least negative items in the recent hour/day before a volume surge counts.")
    detect_rate_ratio: float = Field(
        3.0, gt=1, description="Recent rate over baseline rate (hour vs 12 h, day vs 14 d) for a volume surge.")
    detect_rate_p: float = Field(
        0.001, gt=0, lt=1, description="Poisson tail probability under which a volume surge is significant.")
    detect_merge_hours: float = Field(
        48.0, gt=0, description="A new event joins an open alert on the same issue and unit opened this recently.")
    detect_auto_resolve_hours: float = Field(
        72.0, gt=0, description="An alert without new negative items for N hours is resolved by the system.")
    detect_cooldown_hours: float = Field(
        24.0, ge=0, description="After resolution, the same episode updates silently for N hours (cool-down).")
    detect_top_items: int = Field(3, ge=1, le=10, description="Items quoted in an alert's explanation.")
    detect_max_new_alerts: int = Field(
        25, ge=1, description="Most alerts one detection run may open; the rest fold into one storm alert.")

    # --- notify ---
    notify_enabled: bool = Field(True, description="Queue notifications for new and escalated alerts.")
    notify_base_url: str = Field("http://127.0.0.1:8000", description="Link base for alerts in messages.")
    smtp_host: str = Field("127.0.0.1", description="SMTP server for alert e-mail.")
    smtp_port: int = Field(25, ge=1, le=65535, description="SMTP port.")
    smtp_user: str = Field("", description="SMTP login; empty for none.")
    smtp_password: str = Field("", description="SMTP password.")
    smtp_starttls: bool = Field(False, description="Use STARTTLS after connecting.")
    smtp_ssl: bool = Field(False, description="Connect with implicit TLS (port 465).")
    smtp_from: str = Field("Sigap <sigap@localhost>", description="Sender address of alert e-mail.")
    telegram_bot_token: str = Field("", description="Telegram bot token; empty disables Telegram.")
    telegram_api_base: str = Field("https://api.telegram.org", description="Telegram Bot API base URL.")
    webhook_secret: str = Field("", description="HMAC-SHA256 key of webhook signatures; empty uses SIGAP_SECRET_KEY.")
    whatsapp_webhook_url: str = Field("", description="Webhook of a WhatsApp gateway for users choosing 'whatsapp'.")
    notify_timeout_seconds: float = Field(10.0, gt=0, description="Timeout of one delivery attempt.")
    notify_max_attempts: int = Field(8, ge=1, description="Attempts before a delivery is marked failed.")
    notify_backoff_seconds: float = Field(30.0, gt=0, description="First retry delay; doubles each attempt.")
    notify_backoff_max_seconds: float = Field(3600.0, gt=0, description="Longest retry delay.")

    @field_validator("home")
    @classmethod
    def _expand_home(cls, value: Path) -> Path:
        return value.expanduser()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = _toml_path()
        if path.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'sigap.db').as_posix()}"

    @property
    def is_sqlite(self) -> bool:
        return self.effective_database_url.startswith("sqlite")

    def check_production(self) -> None:
        """Refuse to run in production with the development secret."""
        if self.env == "production" and self.secret_key == DEFAULT_SECRET:
            raise ConfigError("SIGAP_SECRET_KEY must be set to a private value when SIGAP_ENV=production")


def load_settings(**overrides: object) -> Settings:
    """Build Settings, turning validation errors into one readable ConfigError."""
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(part) for part in first["loc"]) or "settings"
        env_name = f"SIGAP_{name.upper()}"
        raise ConfigError(f"invalid setting {env_name}: {first['msg']}") from None
    except (OSError, ValueError) as exc:  # an unreadable or malformed sigap.toml
        raise ConfigError(f"cannot read settings file {_toml_path()}: {exc}") from None
    settings.check_production()
    return settings


def describe_settings() -> list[tuple[str, str, str]]:
    """(environment variable, default, help) for the docs and `sigap settings`."""
    rows = []
    for name, field in Settings.model_fields.items():
        default = "" if field.default is None else str(field.default)
        rows.append((f"SIGAP_{name.upper()}", default, field.description or ""))
    return rows
