"""The units gazetteer: aliases as news writes them, province data, corrupt rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from sigap.errors import ConfigError
from sigap.gazetteer import default_gazetteer, load_gazetteer, normalise_name


@pytest.mark.parametrize(("query", "expected"), [
    ("Lapas Klas 2A Samarinda", "Lapas Kelas IIA Samarinda"),
    ("Lapas 2A Samarinda", "Lapas Kelas IIA Samarinda"),
    ("LP Cipinang", "Lapas Kelas I Cipinang"),
    ("Rutan Klas IIA Balikpapan", "Rutan Kelas IIA Balikpapan"),
    ("rutan salemba", "Rutan Kelas I Jakarta Pusat"),
    ("Lembaga Pemasyarakatan Kelas I Sukamiskin", "Lapas Kelas I Sukamiskin"),
    ("Sukamiskin", "Lapas Kelas I Sukamiskin"),
])
def test_search_finds_units_by_alias(query: str, expected: str) -> None:
    found = default_gazetteer().search(query)
    assert found and found[0].name == expected


def test_nusakambangan_means_several_units() -> None:
    units = default_gazetteer().search("Lapas Nusakambangan")
    assert len(units) >= 4
    assert {u.city for u in units} == {"Kab. Cilacap"}  # the island's prisons, incl. Lapas Khusus Karanganyar


def test_nonsense_finds_nothing() -> None:
    assert default_gazetteer().search("Warung Kopi Sejahtera") == []
    assert default_gazetteer().search("") == []


def test_normalised_forms_agree() -> None:
    assert normalise_name("LP Klas II A Samarinda") == normalise_name("Lapas Kelas IIA Samarinda")
    assert normalise_name("Rumah Tahanan Negara Kelas IIB X") == normalise_name("Rutan Kelas 2B X")


def test_units_carry_province_kanwil_and_zone() -> None:
    gaz = default_gazetteer()
    unit = gaz.get("Lapas Kelas IIA Samarinda")
    assert unit is not None and unit.kanwil == "Kanwil Ditjenpas Kalimantan Timur"
    assert gaz.provinces["Kalimantan Timur"].zone == "WITA"
    assert gaz.provinces["Papua"].zone == "WIT"
    assert gaz.provinces["Aceh"].tz == "Asia/Jakarta"
    assert len(gaz.units) >= 600 and len(gaz.kanwils) == 33


def _units_csv(tmp_path: Path, row: str) -> Path:
    path = tmp_path / "units.csv"
    path.write_text("name,type,class,city,province,kanwil,aliases,source\n"
                    "Lapas Kelas IIA Contoh,lapas,IIA,Kota Contoh,Aceh,Kanwil Ditjenpas Aceh,,test\n" + row)
    return path


@pytest.mark.parametrize(("row", "fragment"), [
    ("Lapas Kelas I Rusak,penjara,I,Kota X,Aceh,Kanwil Ditjenpas Aceh,,t\n", "line 3: unknown unit type"),
    ("Lapas Kelas I Rusak,lapas,I,Kota X,Atlantis,Kanwil X,,t\n", "line 3: unknown province 'Atlantis'"),
    (",lapas,I,Kota X,Aceh,Kanwil Ditjenpas Aceh,,t\n", "line 3: empty unit name"),
    ("Lapas Kelas IIA Contoh,lapas,IIA,Kota Contoh,Aceh,Kanwil Ditjenpas Aceh,,t\n", "appears twice"),
])
def test_corrupt_rows_are_named(tmp_path: Path, row: str, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        load_gazetteer(_units_csv(tmp_path, row))


def test_missing_columns_are_named(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_text("name,type\nA,lapas\n")
    with pytest.raises(ConfigError, match="missing columns"):
        load_gazetteer(path)


def test_parse_code_names_the_valid_codes() -> None:
    from sigap.errors import InvalidInput
    from sigap.taxonomy import Stage, parse_code

    assert parse_code(Stage, "krisis", "stage", "Tahap") is Stage.KRISIS
    with pytest.raises(InvalidInput, match="pra_krisis, krisis") as info:
        parse_code(Stage, "darurat", "stage", "Tahap")
    assert info.value.message_id.startswith("Tahap 'darurat' tidak dikenal")
