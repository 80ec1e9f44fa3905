"""Filling templates: the slot context of a happening, headline case, datelines, news and post text."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from sigap.demo.model import Kind, UnitLike
from sigap.demo.names import initials, person
from sigap.demo.outlets import Outlet, owned_handle
from sigap.demo.units import head_titles, inmate_words, place_of, province_abbr, short_name, zone

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
_SMALL = {"di", "ke", "dari", "dan", "yang", "untuk", "bagi", "dengan", "pada", "atau", "oleh", "ini",
          "itu", "jadi", "usai", "saat", "dalam", "hingga", "soal", "jelang", "akan", "agar", "demi",
          "tak", "kian", "lewat", "pun", "para", "sebagai", "per", "vs", "sejak", "karena", "atas"}
_MIDDLE = {"lapas_perempuan": "Perempuan ", "lapas_narkotika": "Narkotika "}
_ROLES = ("Kasi Binadik", "Kasubsi Bimkemaswat", "Ka. KPLP", "Kasi Giatja", "Kasubsi Registrasi",
          "Kasi Adm Kamtib", "Kasubsi Pelayanan Tahanan", "Kasubsi Perawatan")
_BAPAS_ROLES = ("Kasubsi Bimbingan Klien Dewasa", "Pembimbing Kemasyarakatan (PK) Ahli Madya",
                "Kasubsi Bimbingan Klien Anak", "Kasi Bimbingan Klien")


def day_label(when: datetime, year: bool = True) -> str:
    """'Senin (12/10/2026)' as Indonesian news dates an event."""
    date = f"{when.day}/{when.month}/{when.year}" if year else f"{when.day}/{when.month}"
    return f"{DAYS[when.weekday()]} ({date})"


def long_date(when: datetime) -> str:
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}"


def unit_context(unit: UnitLike) -> dict[str, str]:
    """Slots that describe a unit and stay the same across its items."""
    stable = random.Random(f"people:{unit.name}")
    head, head_long = head_titles(unit)
    wbp, wbp_title, wbp_long = inmate_words(unit)
    place = place_of(unit)
    middle = _MIDDLE.get(unit.type, "")
    abbr = province_abbr(unit.province)
    return {
        "unit": unit.name, "short": short_name(unit), "place": place, "PLACE": place.upper(),
        "province": unit.province, "abbr": abbr, "kanwil": f"Kanwil Ditjenpas {unit.province}",
        "kakanwil": person(random.Random(f"kakanwil:{unit.province}")), "head": head,
        "head_long": f"{head_long} {middle}{place}", "head_place": f"{head} {middle}{place}",
        "head_name": person(stable), "wbp": wbp, "Wbp": wbp_title,
        "wbp_long": wbp_long, "handle": "@" + owned_handle(unit),
        "tag": "#" + re.sub(r"\W", "", short_name(unit)),
    }


def event_context(unit: UnitLike, when: datetime, rng: random.Random) -> dict[str, str]:
    """Slots for one happening at a unit: dates in local time, people, numbers."""
    tz, tz_name = zone(unit.province)
    local = when.astimezone(tz)
    kapasitas = rng.randrange(120, 900, 10)
    penghuni = int(kapasitas * rng.uniform(1.4, 3.4))
    roles = _BAPAS_ROLES if unit.type == "bapas" else _ROLES
    ctx = unit_context(unit)
    ctx.update({
        "hari": day_label(local), "hari_s": day_label(local, year=False), "tgl": long_date(local),
        "jam": f"pukul {local.hour:02d}.{local.minute // 5 * 5:02d} {tz_name}", "tz": tz_name,
        "officer": person(rng), "role": rng.choice(roles), "officer2": person(rng),
        "role2": rng.choice(roles), "inisial": initials(rng), "inisial2": initials(rng),
        "umur": str(rng.randrange(19, 58)), "n1": str(rng.randrange(2, 9)),
        "n2": str(rng.randrange(12, 68)), "n3": str(rng.randrange(70, 340)),
        "n4": str(rng.randrange(400, 1600)), "kapasitas": str(kapasitas), "penghuni": str(penghuni),
        "pct": str(round(penghuni / kapasitas * 100)), "rp": f"Rp {rng.choice((1, 2, 3, 5, 7, 10, 15))} juta",
        "gram": str(rng.choice((3, 5, 8, 12, 20, 25, 47, 100))),
    })
    return ctx


def choose_facts(facts: Mapping[str, Sequence[str]], ctx: Mapping[str, str],
                 rng: random.Random) -> dict[str, str]:
    """One option per fact slot; options may themselves use context slots."""
    return {slot: render(rng.choice(list(options)), ctx) for slot, options in facts.items()}


def render(template: str, ctx: Mapping[str, str]) -> str:
    return re.sub(r"\s+", " ", template.format_map(ctx)).strip()


def headline_case(title: str) -> str:
    """Title Case the way Indonesian headlines use it; acronyms and numbers kept."""
    words = title.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip("\"'(“‘")
        small = i > 0 and bare.lower() in _SMALL and bare == bare.lower()
        if small or not bare or any(c.isupper() or c.isdigit() for c in bare):
            out.append(word)
        else:
            pos = word.index(bare[0])
            out.append(word[:pos] + word[pos].upper() + word[pos + 1:])
    return " ".join(out)


def dateline(outlet: Outlet, ctx: Mapping[str, str]) -> str:
    style = sum(map(ord, outlet.name)) % 4
    if outlet.tier == "owned":
        return f"{ctx['place']} – " if style < 2 else f"{ctx['PLACE']} – "
    if style == 0:
        return f"{ctx['PLACE']}, {outlet.name.upper()} – "
    if style == 1:
        return f"{outlet.name}, {ctx['place']} - "
    return f"{ctx['PLACE']} – "


def news_text(kind: Kind, ctx: Mapping[str, str], outlet: Outlet, rng: random.Random,
              lead: str | None = None) -> str:
    """Dateline + lead + one to three further sentences."""
    first = capitalize(render(lead if lead is not None else rng.choice(kind.leads), ctx))
    count = min(len(kind.bodies), rng.choice((1, 2, 2, 3)))
    rest = [capitalize(render(t, ctx)) for t in rng.sample(list(kind.bodies), count)]
    return dateline(outlet, ctx) + " ".join([first, *rest])


def capitalize(sentence: str) -> str:
    """Upper-case the first letter (after an opening quote), leave the rest alone."""
    match = re.search(r"[^\W\d_]", sentence)
    if not match or match.start() > 1:
        return sentence
    i = match.start()
    return sentence[:i] + sentence[i].upper() + sentence[i + 1:]


def sentence_case(text: str) -> str:
    """Capitalize each sentence of an official post."""
    return re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), capitalize(text))


def pick_distinct(options: Sequence[str], used: set[str], rng: random.Random) -> str:
    """A template not used yet for this event when one is left."""
    fresh = [o for o in options if o not in used]
    choice = rng.choice(fresh or list(options))
    used.add(choice)
    return choice


def social_text(template: str, ctx: Mapping[str, str], rng: random.Random, tags: Sequence[str],
                official: bool = False) -> str:
    text = render(template, ctx)
    if official:
        text = sentence_case(text)
    if tags and rng.random() < 0.6 and "#" not in text:
        text += " " + " ".join(rng.sample(list(tags), min(len(tags), rng.choice((1, 2, 3)))))
    return text
