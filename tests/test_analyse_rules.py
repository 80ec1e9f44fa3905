"""The high-precision issue cues, the headline-first domain features and gold-unit mapping in evaluation."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from sigap.analyse import domain
from sigap.analyse.evaluate import _context, gold_units
from sigap.analyse.features import Doc, make_doc
from sigap.analyse.rules import colabel_issues, rule_issues
from sigap.analyse.units import UnitLinker
from sigap.gazetteer import default_gazetteer


def test_rule_issues_name_thin_issues_in_title_or_lead() -> None:
    assert "kematian" in rule_issues(make_doc("Seorang warga binaan Rutan Contoh meninggal di sel", ""))
    assert "kekerasan" in rule_issues(make_doc("", "Keluarga melapor anaknya dianiaya sesama tahanan."))
    assert "penipuan" in rule_issues(make_doc("Napi kendalikan penipuan daring dari balik jeruji", ""))
    assert "pelanggaran_petugas" in rule_issues(make_doc("Oknum sipir lapas ditangkap membawa paket", ""))
    assert "pelanggaran_petugas" in rule_issues(make_doc("Dua petugas rutan dipecat usai insiden", ""))
    assert "pungli_suap" in rule_issues(make_doc("Ombudsman soroti dugaan pungli kunjungan", ""))
    assert "overkapasitas" in rule_issues(make_doc("Lapas Contoh kelebihan penghuni 200 persen", ""))


def test_title_only_cue_ignores_the_lead() -> None:
    assert "kesehatan" in rule_issues(make_doc("Rutan Contoh gelar skrining TBC untuk warga binaan", ""))
    assert "kesehatan" not in rule_issues(make_doc("Upacara Hari Bakti di Lapas Contoh",
                                                   "Usai upacara, petugas kesehatan membagikan masker."))


def test_rule_issues_stay_quiet_on_neutral_items() -> None:
    assert rule_issues(make_doc("Kalapas Contoh pimpin apel pagi jajaran", "Apel diikuti seluruh pegawai.")) == []
    assert rule_issues(Doc("", "")) == []


def test_neutral_headline_lets_the_lead_decide() -> None:
    names = domain.feature_names()
    lead_riot, neutral = names.index("lead:riot"), names.index("t:neutral")
    vocab = {"rusuh": 0, "upacara": 1, "kabur": 2}
    mapping = domain.category_matrix(vocab)
    riot, ceremony, escape = (domain.category_hits(sp.csr_matrix(np.eye(3, dtype=np.float32)[[k]]), mapping)
                              for k in range(3))
    # neutral title (ceremony), riot in the lead: the lead-decides column fires
    feats = domain.cue_features(ceremony, riot)
    assert feats[0, neutral] == 1.0 and feats[0, lead_riot] == 1.0
    # evaluative title (escape): the lead's riot is not promoted
    feats = domain.cue_features(escape, riot)
    assert feats[0, neutral] == 0.0 and feats[0, lead_riot] == 0.0
    assert feats.shape[1] == len(names)


def test_gold_units_map_written_names_with_province_context() -> None:
    gazetteer = default_gazetteer()
    linker = UnitLinker(gazetteer)
    names = gold_units(["Lapas Klas IIA Samarinda", "Kanwil Kemenkumham Kaltim", "sel Mapolres Cilegon"],
                       linker, gazetteer, _context({"province": "Kalimantan Timur"}))
    assert len(names) == 1 and "Samarinda" in names[0]
    assert _context({"provinces": ["Aceh", "Bali"]}) == "Aceh Bali"
    assert _context({"province": "Aceh; Bali"}) == "Aceh Bali"


def test_second_round_cues_name_phones_searches_and_officer_misconduct() -> None:
    from sigap.analyse.features import make_doc
    from sigap.analyse.rules import rule_issues

    assert "barang_terlarang" in rule_issues(make_doc("Petugas Rutan Temukan HP di Kamar Hunian", ""))
    assert "barang_terlarang" in rule_issues(make_doc("Lapas Kendal gelar razia rutin", ""))
    assert "barang_terlarang" not in rule_issues(make_doc("Lapas Kendal gelar upacara", "Usai razia kemarin."))
    assert "overkapasitas" in rule_issues(make_doc("Pemda siapkan lahan pembangunan lapas baru", ""))
    assert "pelanggaran_petugas" in rule_issues(make_doc("Oknum rutan terjaring OTT", ""))
    assert "pelanggaran_petugas" in rule_issues(make_doc("Tim Saber Pungli tangkap pegawai", ""))


def test_third_round_cues_follow_the_guidelines_conventions() -> None:
    assert "hak_wbp" in rule_issues(make_doc("Warga binaan Lapas Contoh menikah di aula", ""))
    assert "overkapasitas" in rule_issues(make_doc("", "Rutan berkapasitas 300 orang kini dihuni 900 tahanan."))
    assert "overkapasitas" in rule_issues(make_doc("Kapasitas Lapas Contoh tak lagi memadai", ""))
    assert "overkapasitas" not in rule_issues(make_doc("Pelatihan peningkatan kapasitas petugas Lapas Contoh", ""))
    assert "pelanggaran_petugas" in rule_issues(make_doc("Ombudsman usut dugaan penyiksaan di Lapas Contoh", ""))
    assert "narkoba" in rule_issues(make_doc("Upaya penyelundupan sabu ke Rutan Contoh digagalkan", ""))
    assert "narkoba" not in rule_issues(make_doc("Lapas Narkotika Contoh gelar upacara", ""))
    assert "narkoba" in rule_issues(make_doc("", "Napi mengendalikan peredaran ganja dari dalam lapas."))


def test_fourth_round_cues_building_and_unit_heads_removed_are_institutional() -> None:
    both = rule_issues(make_doc("Kanwil bangun blok hunian baru di Lapas Contoh", ""))
    assert {"kelembagaan", "overkapasitas"} <= set(both)
    assert "kelembagaan" in rule_issues(make_doc("Pemkab tawarkan lahan untuk relokasi Rutan Contoh", ""))
    assert "overkapasitas" not in rule_issues(make_doc("Pemkab tawarkan lahan untuk relokasi Rutan Contoh", ""))
    assert "kelembagaan" in rule_issues(make_doc("Usai 16 tahanan kabur, Karutan dicopot", ""))
    # a riot inside a housing block and the integrity-zone programme are not building plans
    assert "kelembagaan" not in rule_issues(make_doc("Napi mengamuk di blok hunian Lapas Contoh", ""))
    assert "kelembagaan" not in rule_issues(make_doc("Pencanangan pembangunan zona integritas Lapas Contoh", ""))


def test_visit_services_get_the_service_code_next_to_the_right() -> None:
    visit = make_doc("Layanan kunjungan keluarga di Lapas Contoh kembali dibuka", "")
    assert colabel_issues(visit, ["hak_wbp"]) == ["hak_wbp", "layanan_publik"]
    assert colabel_issues(visit, ["hak_wbp", "pungli_suap"]) == ["hak_wbp", "pungli_suap"]  # about the fee
    assert colabel_issues(make_doc("Remisi untuk 300 warga binaan", ""), ["hak_wbp"]) == ["hak_wbp"]


def test_severity_floor_names_mass_escapes_and_deadly_riots() -> None:
    from sigap.analyse.features import Doc
    from sigap.analyse.normalise import normalise
    from sigap.analyse.rules import rule_severity

    def doc(title: str) -> Doc:
        return Doc(title=normalise(title), body="")

    assert rule_severity(doc("Puluhan napi Lapas Palu kabur massal"), ["pelarian"], "negatif") == 3
    assert rule_severity(doc("Ricuh di Lapas X, tiga napi tewas"), ["kerusuhan", "kematian"], "negatif") == 3
    assert rule_severity(doc("Dua napi kabur, satu petugas tewas"), ["pelarian"], "negatif") == 3
    assert rule_severity(doc("Seorang napi Lapas Sleman meninggal di sel"), ["kematian", "kesehatan"],
                         "negatif") is None
    assert rule_severity(doc("Puluhan napi Lapas X terima remisi"), ["hak_wbp"], "positif") is None
    assert rule_severity(doc("Puluhan HP ditemukan dalam razia"), ["barang_terlarang"], "negatif") is None


def test_own_preventive_search_is_positive_but_an_incident_is_not() -> None:
    from sigap.analyse.pipeline import Analyser, InputItem

    analyser = Analyser.load()
    own = InputItem(id="1", title="", text="Deteksi dini gangguan kamtib: petugas Lapas Atambua menggeledah 40 "
                    "kamar hunian malam ini. Situasi aman terkendali")
    police = InputItem(id="2", title="Polisi geledah kamar hunian Lapas Atambua, temukan sabu", text="")
    riot = InputItem(id="3", title="Kericuhan pecah saat petugas menggeledah kamar hunian Lapas Atambua", text="")
    tones = [r.tone for r in analyser.analyse([own, police, riot])]
    assert tones[0] == "positif"
    assert tones[1] == "negatif" and tones[2] == "negatif"
