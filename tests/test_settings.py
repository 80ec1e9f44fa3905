"""Settings: defaults, environment, sigap.toml, and clear one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sigap.errors import ConfigError
from sigap.settings import DEFAULT_SECRET, describe_settings, load_settings


def test_defaults_put_a_sqlite_file_in_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIGAP_HOME")
    settings = load_settings()
    assert settings.home == Path(".sigap")
    assert settings.effective_database_url == "sqlite:///.sigap/sigap.db"
    assert settings.is_sqlite


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SIGAP_DATABASE_URL", "postgresql+psycopg://u@h/db")
    monkeypatch.setenv("SIGAP_PORT", "9001")
    settings = load_settings()
    assert settings.effective_database_url == "postgresql+psycopg://u@h/db"
    assert settings.port == 9001 and not settings.is_sqlite


def test_toml_file_is_read_and_env_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "sigap.toml"
    config.write_text('port = 8123\nlanguage = "en"\n')
    monkeypatch.setenv("SIGAP_CONFIG", str(config))
    monkeypatch.setenv("SIGAP_LANGUAGE", "id")
    settings = load_settings()
    assert settings.port == 8123
    assert settings.language == "id"


@pytest.mark.parametrize(("name", "value", "fragment"), [
    ("SIGAP_ENV", "staging", "SIGAP_ENV"),
    ("SIGAP_PORT", "eighty", "SIGAP_PORT"),
    ("SIGAP_FEED_INTERVAL_SECONDS", "1", "SIGAP_FEED_INTERVAL_SECONDS"),
])
def test_bad_values_name_the_setting(monkeypatch: pytest.MonkeyPatch, name: str, value: str,
                                     fragment: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=fragment) as info:
        load_settings()
    assert "\n" not in str(info.value)


def test_unknown_toml_key_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "sigap.toml"
    config.write_text("databse_url = 'x'\n")
    monkeypatch.setenv("SIGAP_CONFIG", str(config))
    with pytest.raises(ConfigError, match="DATABSE_URL"):
        load_settings()


def test_malformed_toml_is_a_config_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "sigap.toml"
    config.write_text("port = = 1\n")
    monkeypatch.setenv("SIGAP_CONFIG", str(config))
    with pytest.raises(ConfigError, match=r"sigap\.toml"):
        load_settings()


def test_production_refuses_the_default_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGAP_ENV", "production")
    with pytest.raises(ConfigError, match="SIGAP_SECRET_KEY"):
        load_settings()
    monkeypatch.setenv("SIGAP_SECRET_KEY", "a-long-private-value")
    assert load_settings().secret_key != DEFAULT_SECRET


def test_every_setting_is_documented() -> None:
    rows = describe_settings()
    assert all(help_text for _, _, help_text in rows)
    readme = (Path(__file__).parents[1] / "docs" / "CONFIGURATION.md").read_text()
    missing = [name for name, _, _ in rows if name not in readme]
    assert not missing, f"settings missing from docs/CONFIGURATION.md: {missing}"
