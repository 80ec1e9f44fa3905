from __future__ import annotations

from sigap.analyse.normalise import clean, is_readable, normalise, stem, to_text


def test_clean_strips_html_entities_and_controls() -> None:
    assert clean("<p>Napi&nbsp;kabur</p>\x00<br/>") == "Napi kabur"
    assert len(clean("a" * 10_000, 100)) == 100


def test_normalise_social_text_keeps_negation() -> None:
    out = normalise("Gak bener!!! @humas_lapas #LapasCipinang https://t.co/x kaburrrr teman2 yg 2024")
    assert out.split()[:2] == ["tidak", "bener"] or out.startswith("tidak")
    assert "humas_lapas" not in out and "http" not in out
    assert "lapascipinang" in out and "kabur" in out.split()
    assert "teman teman" in out and "yang" in out.split() and "0000" in out.split()
    assert "tidak" in normalise("tak ada pungli").split()


def test_domain_words_are_not_rewritten() -> None:
    assert normalise("LP Cipinang beri PB").split() == ["lp", "cipinang", "beri", "pb"]


def test_place_names_and_abbreviations_survive_the_slang_table() -> None:
    # IndoCollex rewrites these as colloquialisms (malang → ngalam, iii → ih, tb → tiba, pk → pakai)
    out = normalise("Lapas Kelas III Malang skrining TB, PK Bapas hadir; Sulteng dan Blang Pidie").split()
    for word in ("iii", "malang", "tb", "pk", "blang"):
        assert word in out
    assert "sulawesi tengah" in " ".join(out)


def test_to_text_and_readability() -> None:
    assert to_text(b"napi \xff kabur") == "napi \ufffd kabur"
    assert to_text("a\udcffb").encode("utf-8")
    assert not is_readable("🙂 🙂")
    assert is_readable("napi kabur")


def test_stem() -> None:
    assert stem("menggagalkan") == stem("digagalkan") == "gagal"
