"""The ingest CLI: sources add|list|enable|disable|catalogue|submit, ingest, run; the SSRF guard."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import run_cli

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ingest"))
from ingest_server import TestServer


@pytest.fixture
def server() -> Iterator[TestServer]:
    with TestServer() as srv:
        srv.add_file("/hukum/feed", "feed_basic.xml")
        srv.add_file("/baca/ponsel", "article.html", "text/html; charset=utf-8")
        srv.add("/rusak", "<html><body>bukan feed</body></html>", "text/html")
        yield srv


@pytest.fixture
def private_ok(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGAP_ALLOW_PRIVATE_SOURCES", "1")
    monkeypatch.setenv("SIGAP_HTTP_PER_HOST_DELAY_SECONDS", "0")
    monkeypatch.setenv("SIGAP_HTTP_RETRIES", "0")


def test_loopback_source_is_refused_without_the_setting(cli: CliRunner, server: TestServer) -> None:
    code, out, err = run_cli(cli, "sources", "add", server.url("/hukum/feed"), "--kind", "rss")
    assert code == 2 and "private or internal address" in err and out == ""
    code, _, err = run_cli(cli, "sources", "add", "file:///etc/passwd", "--kind", "rss")
    assert code == 2 and "only http and https" in err
    assert server.hits == {}


def test_sources_lifecycle_and_ingest(cli: CliRunner, server: TestServer, private_ok: None) -> None:
    code, out, _ = run_cli(cli, "sources", "add", server.url("/hukum/feed"), "--kind", "rss", "--name",
                           "Warta Nusantara Demo", "--interval", "60")
    assert code == 0 and out.strip() == "1"
    code, out, _ = run_cli(cli, "sources", "add", server.url("/rusak"), "--kind", "rss", "--json")
    assert code == 0 and json.loads(out)["id"] == 2
    code, _, err = run_cli(cli, "sources", "add", server.url("/rusak"), "--kind", "rss")
    assert code == 2 and "already exists" in err
    code, _, err = run_cli(cli, "sources", "add", server.url("/rusak"), "--kind", "twitter")
    assert code == 2 and "unknown source kind" in err

    code, out, _ = run_cli(cli, "ingest", "--json")
    results = {r["source_id"]: r for r in json.loads(out)}
    assert code == 0 and results[1]["new"] == 4 and results[1]["rejected"] == 1
    assert results[2]["failed"] and "HTML web page" in results[2]["error"]

    code, out, _ = run_cli(cli, "sources", "list", "--json")
    listed = {s["id"]: s for s in json.loads(out)}
    assert {"id", "name", "url", "kind", "enabled", "last_success", "last_error", "items_seen"} <= set(listed[1])
    assert listed[1]["items_seen"] == 4 and listed[1]["last_success"] and listed[2]["last_error"]

    assert run_cli(cli, "sources", "disable", "2")[0] == 0
    code, out, _ = run_cli(cli, "ingest")
    assert code == 0 and "#1 Warta Nusantara Demo: 0 baru, 0 diperbarui, 4 tetap, 1 ditolak" in out
    assert "#2" not in out
    code, out, _ = run_cli(cli, "ingest", "--source", "2")  # an explicit id runs even when disabled
    assert code == 0 and "GAGAL" in out
    code, out, _ = run_cli(cli, "items", "list", "--json", "--source", "1", "--limit", "2")
    assert code == 0 and len(json.loads(out)) == 2
    assert run_cli(cli, "sources", "enable", "99")[0] == 2


def test_web_source_with_unit_and_submit(cli: CliRunner, server: TestServer, private_ok: None) -> None:
    assert run_cli(cli, "init")[0] == 0
    code, out, err = run_cli(cli, "sources", "add", server.url("/baca/ponsel"), "--kind", "web", "--unit",
                             "Lapas Cipinang", "--owned", "--json")
    assert code == 0, err
    source = json.loads(out)
    assert source["unit_id"] and source["owned"] and source["kind"] == "web"
    code, out, err = run_cli(cli, "sources", "submit", server.url("/baca/ponsel?utm_source=wa"), "--unit",
                             "Lapas Cipinang", "--json")
    assert code == 0, err
    assert json.loads(out)["new"] and json.loads(out)["error"] is None


def test_run_loop_polls_due_sources(cli: CliRunner, server: TestServer, private_ok: None) -> None:
    run_cli(cli, "sources", "add", server.url("/hukum/feed"), "--kind", "rss", "--name", "Warta")
    code, out, _ = run_cli(cli, "run", "--cycles", "2")
    assert code == 0 and out.count("#1 Warta: 4 baru") == 1  # the second cycle finds nothing due
    assert server.hits["/hukum/feed"] == 1


def test_catalogue_installs_disabled_sources(cli: CliRunner) -> None:
    code, out, _ = run_cli(cli, "sources", "catalogue", "--install", "--json")
    data = json.loads(out)
    assert code == 0 and data["added"] == len(data["entries"]) >= 15
    code, out, _ = run_cli(cli, "sources", "list", "--json")
    assert not any(s["enabled"] for s in json.loads(out))
    assert json.loads(run_cli(cli, "sources", "catalogue", "--install", "--json")[1])["added"] == 0
    code, out, _ = run_cli(cli, "ingest", "--json")
    assert code == 0 and json.loads(out) == []
