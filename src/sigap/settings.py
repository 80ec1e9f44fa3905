"""One typed Settings object: environment variables `SIGAP_*`, an optional `sigap.toml`, working defaults.

Nothing here runs at import time: callers build `Settings()` (or `load_settings()`) and pass it on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

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
    feed_interval_seconds: int = Field(300, ge=10, description="Default polling interval of a feed.")
    http_timeout_seconds: float = Field(20.0, gt=0, description="Timeout of one HTTP request.")
    http_max_bytes: int = Field(10_000_000, gt=0, description="Largest response body accepted.")
    user_agent: str = Field("SigapBot/0.1 (+https://github.com/sigap; Humas Ditjenpas monitoring)",
                            description="User-Agent sent with every request.")

    # --- web ---
    host: str = Field("127.0.0.1", description="Address the web app listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port the web app listens on.")

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
