"""Unit linking: every way news names a unit, police/KPK cells never linked, context, provinces."""

from __future__ import annotations

import pytest

from sigap.analyse.units import UnitLinker
from sigap.gazetteer import default_gazetteer


@pytest.fixture(scope="module")
def linker() -> UnitLinker:
    return UnitLinker(default_gazetteer())


def names(linker: UnitLinker, title: str, text: str = "") -> list[str]:
    return [u.name for u in linker.link(title, text).units]


@pytest.mark.parametrize(("title", "expected"), [
    ("Napi LP Cipinang dipindah", "Lapas Kelas I Cipinang"),
    ("Lapas Klas IIA Samarinda gelar razia", "Lapas Kelas IIA Samarinda"),
    ("Lapas Kelas ll B Sumedang terima remisi", "Lapas Kelas IIB Sumedang"),
    ("Petugas Rutan Salemba gagalkan penyelundupan", "Rutan Kelas I Jakarta Pusat"),
    ("Kalapas Sukamiskin bantah ada sel mewah", "Lapas Kelas I Sukamiskin"),
    ("Karutan Medaeng sidak kamar hunian", "Rutan Kelas I Surabaya"),
    ("Lembaga Pemasyarakatan (Lapas) Narkotika Kelas IIA Yogyakarta", "Lapas Narkotika Kelas IIA Yogyakarta"),
    ("LPP Medan gelar pelatihan menjahit", "Lapas Perempuan Kelas IIA Medan"),
    ("Lapas Wanita Tenggarong panen sayur", "Lapas Perempuan Kelas IIA Tenggarong"),
    ("Anak binaan LPKA Blitar ikut ujian", "LPKA Kelas I Blitar"),
    ("Balai Pemasyarakatan (Bapas) Kelas I Jambi dampingi klien", "Bapas Kelas I Jambi"),
    ("lapas kelas iib pasir pangarayan terima", "Lapas Kelas IIB Pasir Pangarayan"),
    ("wbp lapas kotabaru kembangkan", "Lapas Kelas IIA Kotabaru"),
    ("Napi Lapas Tanjung Gusta kabur", "Lapas Kelas I Medan"),
])
def test_alias_forms(linker: UnitLinker, title: str, expected: str) -> None:
    assert expected in names(linker, title)


def test_class_typos_and_long_forms(linker: UnitLinker) -> None:
    title = "Rumah Tahanan Negara (Rutan) Kelas II B Kabanjahe terbakar"
    assert names(linker, title) == ["Rutan Kelas IIB Kabanjahe"]


@pytest.mark.parametrize("title", [
    "Tahanan kabur dari Rutan Polres Cilegon",
    "Pungli di Rutan KPK, Dewas ungkap peran petugas",
    "Tahanan tewas di sel Mapolsek Tallo",
    "Deteni Rudenim Surabaya melarikan diri",
    "Rumah Tahanan (Rutan) KPK cabang Merah Putih",
    "Tahanan Rutan Kejati Medan melarikan diri",
    "Dua tahanan Rutan Salemba cabang Bareskrim sakit",
    "Rutan Denpom Bandung menahan oknum prajurit",
])
def test_other_agencies_cells_not_linked(linker: UnitLinker, title: str) -> None:
    result = linker.link(title, "")
    assert result.units == []
    assert result.non_pas


def test_corrections_rutan_holding_police_detainees_is_linked(linker: UnitLinker) -> None:
    result = linker.link("Enam tahanan Rutan Sigli kabur", "Tahanan titipan Polres Pidie")
    assert [u.name for u in result.units] == ["Rutan Kelas IIB Sigli"]
    assert not result.non_pas


def test_nusakambangan_alone_is_ambiguous(linker: UnitLinker) -> None:
    # The island holds a dozen units: "Lapas Nusakambangan" names none of them, only the province
    result = linker.link("Bandar narkoba dipindah ke Lapas Nusakambangan", "")
    assert result.units == []
    assert result.provinces == ["Jawa Tengah"]
    assert names(linker, "Lapas Batu Nusakambangan") == ["Lapas Kelas I Batu Nusakambangan"]
    assert names(linker, "Keributan di Lapas Nusakambangan",
                 "Napi Lapas Kelas IIA Besi, Nusakambangan, terluka") == ["Lapas Kelas IIA Besi Nusakambangan"]


def test_facility_being_built_is_not_a_unit(linker: UnitLinker) -> None:
    assert names(linker, "Tiga lapas baru di Nusakambangan segera rampung") == []
    assert names(linker, "Pemerintah akan membangun lapas di Kabupaten Pasuruan") == []
    assert names(linker, "Kanwil membangun LPKA dan LPP di Kabupaten Mamuju") == []
    # a named unit under renovation is still that unit
    assert names(linker, "Pembangunan Lapas Kelas IIA Cikarang hampir selesai") == ["Lapas Kelas IIA Cikarang"]


def test_penjara_needs_a_place_right_after_it(linker: UnitLinker) -> None:
    assert names(linker, "Catatan dari penjara: negara dan hukum") == []
    assert names(linker, "Kisah penjara di Jalan Banceuy Bandung zaman kolonial") == []
    assert names(linker, "Napi Penjara Cipinang dipindah") == ["Lapas Kelas I Cipinang"]


def test_plain_mention_is_the_subtyped_unit_named_alongside(linker: UnitLinker) -> None:
    lead = "Warga binaan Lapas Perempuan Kelas III Palu belajar menjahit."
    assert names(linker, "Napi Lapas Palu dilatih menjahit", lead) == ["Lapas Perempuan Kelas III Palu"]
    # a class that does not fit keeps the two units apart
    assert set(names(linker, "Lapas Kelas I Malang kirim napi", "ke Lapas Perempuan Kelas IIA Malang")) == {
        "Lapas Kelas I Malang", "Lapas Perempuan Kelas IIA Malang"}


def test_two_types_share_one_place(linker: UnitLinker) -> None:
    assert set(names(linker, "Antrean pembesuk di Rutan dan Lapas Cipinang")) == {
        "Rutan Kelas I Cipinang", "Lapas Kelas I Cipinang"}


def test_bare_type_word_takes_the_dateline_city(linker: UnitLinker) -> None:
    lead = "MADIUN - Petugas lembaga pemasyarakatan menyita ponsel."
    assert names(linker, "Petugas lapas razia kamar hunian", lead) == ["Lapas Kelas I Madiun"]
    # not when the item speaks of a province or the country, nor for the capital's datelines
    assert names(linker, "Razia lapas", "MADIUN - Petugas lapas se-Jawa Timur menyita ponsel.") == []
    assert names(linker, "Razia lapas", "MADIUN - Petugas lapas di Indonesia menyita ponsel.") == []
    assert names(linker, "Anak binaan LPKA", "JAKARTA - Anak binaan LPKA ikut ujian.") == []
    # a named unit wins over the dateline
    assert names(linker, "Razia Lapas Ngawi", "MADIUN - Petugas lapas menyita ponsel.") == ["Lapas Kelas IIB Ngawi"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Napi Lapas Klas II A Denpasar dipukul", "Lapas Kelas IIA Kerobokan"),
    ("Remisi untuk napi LP Mataram", "Lapas Kelas IIA Lombok Barat"),
    ("Massa berunjuk rasa di depan Lapas Bollangi", "Lapas Narkotika Kelas IIA Sungguminasa"),
    ("Petugas Rutan Way Huwi razia kamar", "Rutan Kelas I Bandar Lampung"),
    ("Klien Bapas Sumbawa ikut pelatihan", "Bapas Kelas II Sumbawa Besar"),
    ("Kunjungan keluarga di Lapas Pondok Rajeg dibuka lagi", "Lapas Kelas IIA Cibinong"),
    ("Sipir Lapas Gunungsari diperiksa", "Lapas Kelas I Makassar"),
    ("Napiter dipindah ke Lapas High Risk Gunung Sindur", "Lapas Khusus Kelas IIA Gunung Sindur"),
])
def test_old_and_popular_names(linker: UnitLinker, title: str, expected: str) -> None:
    assert names(linker, title) == [expected]


def test_short_alias_needs_word_boundary(linker: UnitLinker) -> None:
    # Batusangkar has a rutan only: news calling it "lapas" still reaches it, never "Lapas Batu"
    assert names(linker, "Napi Lapas Batusangkar ikut lomba") == ["Rutan Kelas IIB Batusangkar"]
    assert names(linker, "Lapas Pancur Batu gelar upacara") == ["Lapas Kelas IIA Pancur Batu"]
    assert names(linker, "Lapas baru di Desa Ciangir dibangun") == []


def test_ambiguous_place_needs_context(linker: UnitLinker) -> None:
    assert names(linker, "Napi Lapas Tangerang ikut pelatihan") == []
    assert names(linker, "Napi Lapas Tangerang ikut pelatihan", "Kalapas Kelas IIA Tangerang membuka") == [
        "Lapas Kelas IIA Tangerang"]
    assert names(linker, "Lapas Kelas I Tangerang") == ["Lapas Kelas I Tangerang"]
    assert names(linker, "Lapas Gunung Sindur") == []
    assert names(linker, "Lapas Gunung Sindur", "Lapas Narkotika Gunung Sindur menerima") == [
        "Lapas Narkotika Kelas IIA Gunung Sindur"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Tahanan Cabang Rutan Bireuen dipindah", "Lapas Kelas IIB Bireuen"),
    ("Dua tahanan Rutan cabang Lhoksukon kabur", "Lapas Kelas IIB Lhoksukon"),
    ("Rumah Tahanan Negera (Rutan) cabang Idi penuh", "Lapas Kelas IIB Idi"),
])
def test_old_branch_rutan_is_the_unit_at_its_place(linker: UnitLinker, title: str, expected: str) -> None:
    assert names(linker, title) == [expected]
    assert names(linker, "Tahanan Cabang Rutan Kelas I Jakarta Timur KPK diperiksa") != ["Rutan Kelas I Cipinang"]


def test_unit_named_by_city_and_type(linker: UnitLinker) -> None:
    assert names(linker, "Lapas Kota Bontang over kapasitas") == ["Lapas Kelas IIA Bontang"]


def test_title_and_lead_do_not_run_together(linker: UnitLinker) -> None:
    assert names(linker, "Napi mengamuk bakar gudang Lapas", "PALU, KOMPAS.com - Gudang Lapas Klas II B Luwuk") == [
        "Lapas Kelas IIB Luwuk"]


def test_provinces_from_units_and_mentions(linker: UnitLinker) -> None:
    result = linker.link("Kanwil Jabar dan Kaltim gelar rapat", "Pertemuan di Kota Samarinda")
    assert result.units == []
    assert set(result.provinces) == {"Jawa Barat", "Kalimantan Timur"}
    result = linker.link("Napi Lapas Sukamiskin dapat remisi", "")
    assert result.provinces == ["Jawa Barat"]


def test_city_that_is_a_common_word_needs_kota(linker: UnitLinker) -> None:
    assert linker.link("Napi serang petugas saat apel pagi", "").provinces == []
    assert linker.link("Banjir di Kota Serang", "").provinces == ["Banten"]


def test_mentions_explain_links(linker: UnitLinker) -> None:
    result = linker.link("Kalapas Sukamiskin", "")
    assert result.mentions == [("kalapas sukamiskin", "Lapas Kelas I Sukamiskin")]


def test_empty_and_odd_input(linker: UnitLinker) -> None:
    assert linker.link("", "").units == []
    assert linker.link("🙂🙂 LAPAS!!!", "\x00" * 10).units == []
    assert linker.link("x" * 1_000_000, "lapas " * 50_000).units == []


def test_prefilters_cover_every_phrase_and_rewritten_token() -> None:
    from sigap.analyse.unit_index import _PHRASES, _TOKEN_MAP, may_have_phrase, may_need_mapping, tokens

    assert all(may_need_mapping(key) for key in _TOKEN_MAP)
    for phrase, token in _PHRASES.items():
        assert may_have_phrase(phrase), phrase
        assert tokens(f"Napi {phrase.upper()}, kota") == ["napi", token, "kota"]
    assert tokens("kepala lapas anak pria") == ["kalapas", "anak", "pria"]
    assert tokens("lembaga pemasyarakatan anak") == ["lapas", "anak"]
