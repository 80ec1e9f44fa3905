"""Import files (JSONL, CSV): valid rows kept, bad rows reported by line, re-import idempotent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from sigap.db import session_scope
from sigap.errors import InvalidInput
from sigap.ingest import import_file
from sigap.models import Item, ItemSighting
from sigap.settings import Settings
from tests.conftest import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _count(engine: Engine) -> int:
    with session_scope(engine) as s:
        return s.scalar(select(func.count()).select_from(Item)) or 0


def test_jsonl_import_keeps_valid_rows_and_reports_bad_lines(engine: Engine, settings: Settings) -> None:
    result = import_file(engine, settings, FIXTURES / "import.jsonl")
    assert (result.counts.new, result.counts.rejected) == (3, 4)
    assert [(e.line, e.reason.split(" (")[0]) for e in result.errors] == [
        (3, "not valid JSON"), (4, "url is missing"), (5, "both title and text are empty"), (7, "not a JSON object")]
    with session_scope(engine) as s:
        items = {i.url: i for i in s.scalars(select(Item))}
        assert s.scalar(select(func.count()).select_from(ItemSighting)) == 3
    ig = items["https://www.instagram.com/p/DemoPost001"]
    assert (ig.platform, ig.likes, ig.comments, ig.author) == ("instagram", 1200, 14, "lapascontoh_demo")
    assert ig.published_at.isoformat() == "2023-09-06T03:00:00+00:00"
    post = items["https://x.com/wargabiasa_demo/status/1700000000000000001"]
    assert (post.likes, post.shares, post.comments, post.views, post.outlet) == (120, 45, 30, 5400, "x.com")


def test_reimport_changes_nothing_and_a_newer_export_updates_engagement(sqlite_engine: Engine, settings: Settings,
                                                                        tmp_path: Path) -> None:
    import_file(sqlite_engine, settings, FIXTURES / "import.jsonl")
    again = import_file(sqlite_engine, settings, FIXTURES / "import.jsonl")
    assert (again.counts.new, again.counts.updated, again.counts.unchanged) == (0, 0, 3)
    newer = tmp_path / "newer.jsonl"
    newer.write_text(json.dumps({"platform": "x", "url": "https://x.com/wargabiasa_demo/status/1700000000000000001",
                                 "text": "Katanya ada napi kabur dari Rutan Contoh semalam, benar nggak sih?",
                                 "likes": 900, "shares": 300, "views": 80000}) + "\n")
    result = import_file(sqlite_engine, settings, newer)
    assert (result.counts.new, result.counts.updated) == (0, 1)
    with session_scope(sqlite_engine) as s:
        post = s.scalars(select(Item).where(Item.url.like("%1700000000000000001"))).one()
        assert (post.likes, post.shares, post.comments, post.views) == (900, 300, 30, 80000)
    assert _count(sqlite_engine) == 3


def test_csv_with_bad_rows_extra_and_missing_columns(sqlite_engine: Engine, settings: Settings) -> None:
    result = import_file(sqlite_engine, settings, FIXTURES / "import.csv")
    assert (result.counts.new, result.counts.rejected) == (3, 3)
    assert [e.line for e in result.errors] == [5, 6, 7]
    assert "not an absolute" in result.errors[0].reason and "likes is not a number" in result.errors[1].reason
    assert "11 fields but the header has 10" in result.errors[2].reason
    with session_scope(sqlite_engine) as s:
        items = {i.url: i for i in s.scalars(select(Item))}
    assert items["https://www.facebook.com/groups/demo/posts/777"].likes == 1234
    video = items["https://www.youtube.com/watch?v=demo123"]
    assert (video.title, video.likes, video.views) == ("Liputan Pembinaan Kemandirian di Lapas Contoh", 2500, 12000)

    semicolon = import_file(sqlite_engine, settings, FIXTURES / "import_semicolon.csv", platform="twitter")
    assert (semicolon.counts.new, semicolon.counts.rejected) == (2, 0)
    assert semicolon.warnings == ["unknown columns ignored: Kolom Lain"]
    with session_scope(sqlite_engine) as s:
        row = s.scalars(select(Item).where(Item.url.like("%1700000000000000021"))).one()
        assert (row.platform, row.likes, row.published_at.hour) == ("x", 7, 3)


def test_csv_without_url_column_and_windows_1252(sqlite_engine: Engine, settings: Settings) -> None:
    with pytest.raises(InvalidInput, match="no 'url' column"):
        import_file(sqlite_engine, settings, FIXTURES / "import_no_url.csv")
    result = import_file(sqlite_engine, settings, FIXTURES / "import_cp1252.csv")
    assert result.counts.new == 1
    with session_scope(sqlite_engine) as s:
        assert s.scalars(select(Item.text)).one().startswith("“Café” dan pelatihan kuliner")


def test_import_cli_reports_lines_and_exits_65(cli: CliRunner, tmp_path: Path) -> None:
    code, out, err = run_cli(cli, "import", str(FIXTURES / "import.csv"))
    assert code == 65
    assert "baris 5:" in err and "baris 7:" in err and "Selesai: 3 baru" in out
    code, out, _ = run_cli(cli, "import", str(FIXTURES / "import.jsonl"), "--json")
    data = json.loads(out)
    assert code == 65 and (data["new"], data["rejected"]) == (3, 4) and data["errors"][0]["line"] == 3
    clean = tmp_path / "bersih.ndjson"
    lines = (FIXTURES / "import.jsonl").read_text().splitlines()
    clean.write_text("\n".join([lines[0], lines[1]]) + "\n")
    code, out, _ = run_cli(cli, "import", str(clean), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 2
    code, _, err = run_cli(cli, "import", str(tmp_path / "tidak-ada.csv"))
    assert code == 2 and "does not exist" in err
