"""The analyser on the packaged models: contract shape, domain cases and bad input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sigap.analyse.pipeline import Analyser, InputItem, parse_published, published_span

CONTRACT_KEYS = ["id", "relevant", "tone", "tone_confidence", "issues", "units", "provinces", "severity", "event"]


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser.load()


def _one(analyser: Analyser, title: str, text: str = "") -> dict:
    return analyser.analyse([InputItem(id="x", title=title, text=text)])[0].as_contract_dict()


def test_contract_shape_and_order(analyser: Analyser) -> None:
    items = [InputItem(id=str(i), title=t) for i, t in enumerate(
        ["Napi Lapas Kelas IIA Samarinda kabur", "Lapas Sukamiskin gelar upacara", "Harga cabai naik"])]
    out = [r.as_contract_dict() for r in analyser.analyse(items)]
    assert [o["id"] for o in out] == ["0", "1", "2"]
    for row in out:
        assert list(row) == CONTRACT_KEYS
        assert row["tone"] in {"positif", "negatif", "netral"}
        assert 0.0 <= row["tone_confidence"] <= 1.0
        assert row["severity"] in {0, 1, 2, 3}
        assert row["event"].startswith("e-")
        assert all(set(u) == {"name", "type", "province", "kanwil"} for u in row["units"])
    assert out[0]["units"][0]["name"] == "Lapas Kelas IIA Samarinda"
    assert out[0]["provinces"] == ["Kalimantan Timur"]


def test_foiled_smuggling_is_positive(analyser: Analyser) -> None:
    row = _one(analyser, "Petugas Lapas Sintang gagalkan penyelundupan sabu",
               "Petugas Lapas Kelas IIB Sintang menggagalkan penyelundupan sabu yang disembunyikan dalam makanan.")
    assert row["relevant"] and row["tone"] == "positif"
    assert "narkoba" in row["issues"]


def test_escape_is_negative(analyser: Analyser) -> None:
    row = _one(analyser, "Dua napi Lapas Sorong kabur", "Dua narapidana kabur dengan menjebol atap blok hunian.")
    assert row["tone"] == "negatif" and "pelarian" in row["issues"] and row["severity"] >= 1


def test_police_cell_is_not_relevant(analyser: Analyser) -> None:
    row = _one(analyser, "Tiga tahanan sel Polres Cilegon kabur jebol plafon kamar mandi",
               "Tiga tahanan kabur dari sel tahanan Mapolres Cilegon.")
    assert row["relevant"] is False and row["tone"] == "netral"
    assert row["issues"] == ["lainnya"] and row["severity"] == 0 and row["units"] == []


@pytest.mark.parametrize("title,text", [
    ("", "Napi Lapas Cipinang kabur"),
    ("Prison riot leaves two dead in Jakarta", ""),
    ("🙂🙂🙂 🔥", "<p>&nbsp;</p>"),
    ("Napi kabur \udcff\udcfe", "<div><script>alert(1)</script>teks</div>"),
    ("Lapas Cipinang", "kata " * 250_000),
    ("Wong loro mlayu saka pakunjaran", "Basa Jawa kabeh"),
])
def test_bad_input_never_crashes(analyser: Analyser, title: str, text: str) -> None:
    row = _one(analyser, title, text)
    assert list(row) == CONTRACT_KEYS


def test_unreadable_is_not_relevant(analyser: Analyser) -> None:
    row = _one(analyser, "🙂🙂🙂", "<p>&amp;</p>")
    assert row["relevant"] is False and row["tone"] == "netral"


def test_same_story_shares_an_event(analyser: Analyser) -> None:
    items = [InputItem(id="a", title="13 napi Lapas Abepura kabur usai salat Jumat", published="2016-05-06"),
             InputItem(id="b", title="13 napi Lapas Abepura kabur usai salat Jumat", published="2016-05-06"),
             InputItem(id="c", title="Lapas Sukamiskin raih predikat WBK", published="2020-01-10")]
    events = [r.event for r in analyser.analyse(items)]
    assert events[0] == events[1] != events[2]


def test_parse_published() -> None:
    assert parse_published("2023-09").month == 9  # type: ignore[union-attr]
    assert parse_published("2023").year == 2023  # type: ignore[union-attr]
    assert parse_published("2023-09-06T14:30:00+07:00").tzinfo is not None  # type: ignore[union-attr]
    assert parse_published("Rabu kemarin") is None
    assert parse_published(None) is None


def test_published_span_reads_partial_dates_and_url_dates() -> None:
    def day(y: int, m: int, d: int) -> datetime:
        return datetime(y, m, d, tzinfo=UTC)

    assert published_span("2023-02-04") == (day(2023, 2, 4), day(2023, 2, 4))
    assert published_span("2013-07") == (day(2013, 7, 1), day(2013, 8, 1))
    assert published_span("2013-12") == (day(2013, 12, 1), day(2014, 1, 1))
    assert published_span("2008") == (day(2008, 1, 1), day(2009, 1, 1))
    assert published_span("2013-07", "https://kabar.example/2023/02/04/judul") == (day(2013, 7, 1), day(2013, 8, 1))
    assert published_span("", "https://kabar.example/read/2023/02/04/judul") == (day(2023, 2, 4), day(2023, 2, 4))
    assert published_span(None, "https://kabar.example/2019/06/judul") == (day(2019, 6, 1), day(2019, 7, 1))
    assert published_span(None, "https://kabar.example/2019/13/40/judul") == (None, None)
    assert published_span(None, "https://kabar.example/berita/12345/judul") == (None, None)
