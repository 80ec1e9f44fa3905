"""Fictional people: officials, officers, citizens, inmates (initials only) and social handles."""

from __future__ import annotations

import random

_FIRST_M = (
    "Agus", "Bambang", "Hendra", "Rudi", "Yusuf", "Ahmad", "Dedi", "Eko", "Fajar", "Gilang", "Hasan",
    "Irwan", "Joko", "Kurnia", "Lukman", "Made", "Nyoman", "Oki", "Putu", "Rahmat", "Sandi", "Teguh",
    "Wahyu", "Yoga", "Zulkifli", "Arif", "Budi", "Candra", "Dimas", "Erwin", "Ferry", "Galih", "Harun",
    "Imam", "Johan", "Krisna", "Marthen", "Nasrul", "Rizal", "Samuel", "Taufik", "Viktor", "Andreas",
)
_FIRST_F = (
    "Siti", "Dewi", "Rina", "Nurul", "Maya", "Yuli", "Fitri", "Lestari", "Indah", "Ratna", "Wulan",
    "Anisa", "Desi", "Evi", "Kartika", "Linda", "Melati", "Nova", "Putri", "Sari", "Tiara", "Yohana",
)
_LAST = (
    "Saputra", "Wijaya", "Hidayat", "Siregar", "Nasution", "Pratama", "Kusuma", "Santoso", "Halim",
    "Lubis", "Harahap", "Simanjuntak", "Rahman", "Setiawan", "Gunawan", "Permana", "Wibowo", "Nugroho",
    "Sinaga", "Manurung", "Tanjung", "Lamba", "Rumbiak", "Latuconsina", "Tamher", "Daeng Ngalle",
    "Pohan", "Suryadi", "Firmansyah", "Hutapea", "Ratulangi", "Mamonto", "Sembiring", "Tarigan",
    "Wardhana", "Purba", "Anwar", "Syahputra", "Ramadhan", "Kurniawan", "Effendi", "Marpaung",
)
_HANDLE_WORDS = (
    "warga", "kabar", "info", "cerita", "jalan", "kopi", "senja", "anak", "bang", "mbak", "kak", "nongkrong",
    "receh", "update", "real", "bukan", "asli", "pejuang", "rakyat", "suara",
)
_INITIAL_LETTERS = "ABDEFHIJKMNRSTWYZ"


def person(rng: random.Random, female: bool | None = None) -> str:
    """A fictional full name."""
    is_female = rng.random() < 0.3 if female is None else female
    first = rng.choice(_FIRST_F if is_female else _FIRST_M)
    return f"{first} {rng.choice(_LAST)}"


def initials(rng: random.Random) -> str:
    """Inmate initials as Indonesian news writes them: 'RH'."""
    return "".join(rng.choice(_INITIAL_LETTERS) for _ in range(rng.choice((2, 2, 2, 3))))


def citizen_handle(rng: random.Random) -> str:
    """A fictional personal social-media handle, without '@'."""
    name = rng.choice(_FIRST_M + _FIRST_F).lower()
    style = rng.randrange(5)
    if style == 0:
        return f"{name}_{rng.choice(_LAST).lower().split()[0]}{rng.randrange(10, 99)}"
    if style == 1:
        return f"{rng.choice(_HANDLE_WORDS)}{name}{rng.randrange(1, 999)}"
    if style == 2:
        return f"{name}.{rng.choice(_HANDLE_WORDS)}"
    if style == 3:
        return f"{rng.choice(_HANDLE_WORDS)}_{rng.choice(_HANDLE_WORDS)}_{rng.randrange(100)}"
    return f"{name}{rng.choice(_LAST).lower().split()[0][:4]}"


def city_handle(place: str, rng: random.Random) -> str:
    """A fictional local-info account for a place, without '@'."""
    slug = place.lower().replace(" ", "").replace("-", "")
    pattern = rng.choice(("info{}", "{}update", "kabar{}", "{}terkini", "seputar{}", "{}hariini"))
    return pattern.format(slug) + ".demo"
