"""Event clustering: reworded reports of one happening share an id; other happenings do not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sigap.analyse.events import EventDoc, EventIndex, cluster_events, event_id

T0 = datetime(2025, 6, 2, 8, tzinfo=UTC)
NABIRE = ("Lapas Kelas IIB Nabire",)


def doc(id_: str, title: str, text: str = "", hours: float = 0, units: tuple[str, ...] = NABIRE,
        issues: tuple[str, ...] = ("pelarian",)) -> EventDoc:
    return EventDoc(id=id_, title=title, text=text, published=T0 + timedelta(hours=hours), units=units,
                    issues=issues, source=f"outlet-{id_}")


ESCAPE = [
    doc("a", "19 napi kabur dari Lapas Nabire, petugas terluka",
        "NABIRE - Sebanyak 19 narapidana melarikan diri dari Lapas Nabire setelah melukai petugas jaga."),
    doc("b", "Belasan narapidana Lapas Nabire melarikan diri, dua sipir luka",
        "Belasan warga binaan kabur usai menyerang petugas Lapas Nabire pada Senin pagi.", hours=5),
    doc("c", "Kronologi kaburnya 19 napi Lapas Nabire",
        "Polisi memburu 19 napi yang kabur dari Lapas Nabire, Papua Tengah.", hours=20),
]


def test_reworded_reports_share_one_event() -> None:
    ids = cluster_events(ESCAPE)
    assert len(set(ids)) == 1
    assert ids[0].startswith("e-")


def test_same_unit_other_happening_or_other_time_is_distinct() -> None:
    later = doc("d", "15 napi kabur dari Lapas Nabire", "Lima belas narapidana Lapas Nabire kabur lagi.",
                hours=24 * 110)
    remission = doc("e", "Ratusan napi Lapas Nabire terima remisi HUT RI",
                    "Lapas Nabire menyerahkan remisi umum kepada ratusan warga binaan.", hours=10,
                    issues=("hak_wbp",))
    ids = cluster_events([*ESCAPE, later, remission])
    assert len(set(ids[:3])) == 1
    assert ids[3] != ids[0] and ids[4] != ids[0] and ids[3] != ids[4]


def test_other_unit_same_day_is_distinct() -> None:
    other = doc("f", "19 napi kabur dari Lapas Wamena", "Sebanyak 19 narapidana kabur dari Lapas Wamena.",
                hours=2, units=("Lapas Kelas IIB Wamena",))
    ids = cluster_events([*ESCAPE, other])
    assert ids[3] != ids[0]


def test_near_duplicates_without_units_are_grouped() -> None:
    text = "Dewan Pengawas mengungkap pungutan liar oleh puluhan pegawai rutan terhadap para tahanan korupsi"
    one = doc("g", "Dewas ungkap pungli pegawai rutan terhadap tahanan", text, units=(), issues=())
    two = doc("h", "Dewas ungkap pungli pegawai rutan terhadap tahanan korupsi", text, hours=3, units=(),
              issues=())
    three = doc("i", "Harga cabai naik jelang lebaran", "Pedagang pasar mengeluh harga cabai.", hours=1,
                units=(), issues=())
    ids = cluster_events([one, two, three])
    assert ids[0] == ids[1] != ids[2]


def test_ids_are_deterministic_and_follow_the_earliest_member() -> None:
    first = cluster_events(ESCAPE)
    again = cluster_events(list(reversed(ESCAPE)))
    assert first == list(reversed(again))
    alone = cluster_events([ESCAPE[0]])
    assert alone[0] == first[0]


def test_undated_and_empty_docs() -> None:
    empty = EventDoc(id="x", title="", text="")
    undated = EventDoc(id="y", title="Napi Lapas Nabire kabur", units=NABIRE, issues=("pelarian",))
    ids = cluster_events([empty, undated])
    assert len(ids) == 2 and ids[0] != ids[1]
    assert cluster_events([]) == []


def test_event_index_attaches_new_items_to_stored_events() -> None:
    index = EventIndex()
    stored = cluster_events(ESCAPE[:2])
    for item, event in zip(ESCAPE[:2], stored, strict=True):
        index.add(item, event)
    assert index.assign(ESCAPE[2]) == stored[0]
    unrelated = doc("z", "Lapas Nabire gelar lomba voli", "Warga binaan bertanding voli.", hours=30,
                    issues=("pembinaan",))
    assert index.assign(unrelated) is None
    assert len(index) == 2


def test_five_thousand_docs_cluster_correctly() -> None:
    docs: list[EventDoc] = []
    for n in range(1000):
        unit = (f"Unit {n}",)
        for k in range(5):
            docs.append(EventDoc(
                id=f"d{n}-{k}", title=f"Napi kabur dari lapas nomor {n} kasus {n * 7} versi {k}",
                text=f"Sebanyak {n % 40 + 2} narapidana kabur dari lapas kode{n} pada malam hari sumber{k}",
                published=T0 + timedelta(days=n, hours=k), units=unit, issues=("pelarian",)))
    ids = cluster_events(docs)
    assert len(ids) == 5000
    assert len(set(ids)) == 1000
    assert all(len(set(ids[n * 5:(n + 1) * 5])) == 1 for n in range(1000))


def test_batch_decisions_match_the_pair_rule() -> None:
    """The vectorised rule used by `cluster_events` agrees with `same_event` on every pair."""
    from itertools import combinations

    import numpy as np

    from sigap.analyse.events import _Batch, _prepare, _Weights, same_event

    issues = [(), ("pelarian",), ("hak_wbp",), ("pelarian", "hak_wbp"), ("kerusuhan",)]
    units = [(), NABIRE, ("Lapas Kelas IIB Wamena",), (*NABIRE, "Lapas Kelas IIB Wamena")]
    issues.append(("lainnya",))
    docs = [EventDoc(id=f"p{k}", title="" if k % 11 == 3 else f"{ESCAPE[k % 3].title} {'tambahan kata' * (k % 2)}",
                     text=ESCAPE[(k * 7) % 3].text if k % 4 else "",
                     published=None if k % 5 == 0 else T0 + timedelta(hours=40 * (k % 9)),
                     latest=T0 + timedelta(days=30) if k % 7 == 2 else None,
                     url=f"https://kabar.example/berita/{k % 3}" if k % 2 else None,
                     units=units[k % 4], issues=issues[k % 6]) for k in range(40)]
    weights = _Weights()
    prepared = [_prepare(d) for d in docs]
    for item in prepared:
        weights.add(item.words)
    pairs = np.array(list(combinations(range(len(docs)), 2)))
    window = 72 * 3600
    batch = _Batch(docs).decide(pairs[:, 0], pairs[:, 1], window)
    scalar = [same_event(prepared[a], prepared[b], weights, window) for a, b in pairs]
    assert batch.tolist() == scalar
    assert 0 < sum(scalar) < len(scalar)


MONTH = datetime(2025, 6, 1, tzinfo=UTC), datetime(2025, 7, 1, tzinfo=UTC)


def test_a_month_only_date_is_a_period() -> None:
    """A report dated only "2025-06" can be the escape of 2 June; one dated only "2023" cannot."""
    month_only = EventDoc(id="m", title="Sembilan belas napi Lapas Nabire kabur, polisi memburu",
                          text="Polisi memburu 19 narapidana yang kabur setelah melukai petugas Lapas Nabire.",
                          published=MONTH[0], latest=MONTH[1], units=NABIRE, issues=("pelarian",))
    other_year = EventDoc(id="y", title=ESCAPE[0].title, text=ESCAPE[0].text, units=NABIRE, issues=("pelarian",),
                          published=datetime(2023, 1, 1, tzinfo=UTC), latest=datetime(2024, 1, 1, tzinfo=UTC))
    ids = cluster_events([*ESCAPE, month_only, other_year])
    assert ids[3] == ids[0]
    assert ids[4] != ids[0]  # the same words two years earlier: another escape


def test_undated_items_join_only_as_near_duplicates() -> None:
    reworded = EventDoc(id="u", title="Kronologi kaburnya 19 napi Lapas Nabire", units=NABIRE, issues=("pelarian",),
                        text="Sebanyak 19 narapidana Lapas Nabire kabur, polisi masih melakukan pengejaran.")
    copy = EventDoc(id="c", title=ESCAPE[0].title, text=ESCAPE[0].text, units=NABIRE, issues=("pelarian",))
    ids = cluster_events([*ESCAPE[:1], reworded, copy])
    assert ids[2] == ids[0]
    assert ids[1] != ids[0]


def test_a_quoted_post_joins_the_story_of_its_page() -> None:
    page = "https://kabar.example/2025/06/02/napi-kabur-nabire?page=all"
    story = doc("s", ESCAPE[0].title, ESCAPE[0].text)
    story = EventDoc(**{**story.__dict__, "url": page})
    post = EventDoc(id="p", title="", text="Semoga petugasnya cepat sembuh, kasihan sekali.",
                    published=MONTH[0], latest=MONTH[1], url="https://www.kabar.example/2025/06/02/napi-kabur-nabire")
    beside = EventDoc(id="r", title="Harga cabai naik jelang lebaran", text="Pedagang pasar mengeluh.",
                      published=T0, url=page)
    assert len(set(cluster_events([story, post]))) == 1
    assert len(set(cluster_events([story, beside]))) == 2  # a headline listed on the page is a story of its own


def test_no_recognised_issue_does_not_contradict_one() -> None:
    other = doc("o", ESCAPE[1].title, ESCAPE[1].text, hours=5, issues=("lainnya",))
    ids = cluster_events([ESCAPE[0], other])
    assert ids[0] == ids[1]


def _routine(count: int) -> list[EventDoc]:
    """Everyday reports of other units over a year: they make "lapas", "warga binaan" or "kabur" common words."""
    topics = ("warga binaan ikuti pelatihan kerja", "napi kabur saat apel pagi", "petugas razia kamar hunian",
              "keluarga antre kunjungan tatap muka", "warga binaan terima remisi")
    return [EventDoc(id=f"r{k}", title=f"Lapas Kota{k % 60} {topics[k % 5]}",
                     text=f"Kepala Lapas Kota{k % 60} menyebut {topics[(k * 3) % 5]} berjalan tertib.",
                     published=T0 + timedelta(days=k % 365), units=(f"Lapas Kota{k % 60}",))
            for k in range(count)]


STORY = [  # one inquiry at one unit, reported when it opened and when its findings came out months later
    EventDoc(id="s1", title="Ombudsman selidiki dugaan penganiayaan warga binaan Lapas Nabire",
             text="Tim Ombudsman perwakilan Papua memeriksa saksi Yohanis dan Markus soal dugaan penganiayaan "
                  "oleh oknum petugas Lapas Nabire.", published=T0, units=NABIRE, issues=("kekerasan",)),
    EventDoc(id="s2", title="Hasil penyelidikan Ombudsman: ada maladministrasi di Lapas Nabire",
             text="Ombudsman Papua menyampaikan temuan atas laporan Yohanis dan Markus tentang penganiayaan "
                  "oleh oknum petugas Lapas Nabire.", published=T0 + timedelta(days=100), units=NABIRE,
             issues=("kekerasan",)),
]


def test_a_long_running_story_joins_on_distinctive_words_only() -> None:
    """Reports of one inquiry 100 days apart share rare names; a routine report of the unit between them and
    a copy 250 days on do not join them."""
    routine_at_unit = EventDoc(id="n1", title="Warga binaan Lapas Nabire terima remisi",
                               text="Kepala Lapas Nabire menyebut warga binaan terima remisi berjalan tertib.",
                               published=T0 + timedelta(days=50), units=NABIRE)
    much_later = EventDoc(id="s3", title=STORY[1].title, text=STORY[1].text, units=NABIRE,
                          published=T0 + timedelta(days=250))
    docs = [*STORY, routine_at_unit, much_later, *_routine(400)]
    ids = cluster_events(docs)
    assert ids[0] == ids[1]
    assert ids[2] != ids[0] and ids[3] != ids[0]
    small = cluster_events([*STORY, routine_at_unit])  # three items: the background tells the names are rare
    assert small[0] == small[1] != small[2]


def test_long_run_decisions_match_the_pair_rule() -> None:
    from itertools import combinations

    import numpy as np

    from sigap.analyse.events import _Batch, _prepare, _Weights, same_event

    rewrite = EventDoc(id="s4", title="Dua warga binaan mengadu ke Ombudsman soal pemukulan di sel",
                       text="Yohanis dan Markus melapor pemukulan kepada Ombudsman Papua, didampingi pengacara "
                            "lembaga bantuan hukum.",
                       published=T0 + timedelta(days=1))  # names no unit; little overlap, but the story's names
    docs = [*STORY, EventDoc(id="s0", title=STORY[1].title, text=STORY[1].text, units=(),
                             published=T0 + timedelta(days=60)), rewrite, *_routine(400)]
    weights = _Weights()
    prepared = [_prepare(d) for d in docs]
    for item in prepared:
        weights.add(item.words)
    pairs = np.array(list(combinations(range(40), 2)))
    window = 72 * 3600
    batch = _Batch(docs).decide(pairs[:, 0], pairs[:, 1], window)
    assert batch.tolist() == [same_event(prepared[a], prepared[b], weights, window) for a, b in pairs]
    assert batch[0] and not batch[1]  # s0 names no unit: it does not follow a unit's story from afar
    assert batch[2]  # the rewrite a day later shares names with s1 (containment 0.35: the names decide)


def _other_units(count: int) -> list[EventDoc]:
    """Everyday reports, each of its own unit, six hours apart."""
    topics = ("warga binaan ikuti pelatihan kerja", "petugas razia kamar hunian", "keluarga antre kunjungan tatap muka",
              "warga binaan terima remisi", "polisi tangkap pengedar sabu di kampung")
    return [EventDoc(id=f"u{k}", title=f"Lapas Kota{k} {topics[k % 5]}",
                     text=f"Kepala Lapas Kota{k} menyebut {topics[(k * 3) % 5]} berjalan tertib.",
                     published=T0 + timedelta(hours=6 * k), units=(f"Lapas Kota{k}",)) for k in range(count)]


CAUGHT = [  # two rewrites of one arrest (no unit named) sharing a name and a number, and a routine arrest
    EventDoc(id="k1", title="Polisi tangkap Sugiharto, napi yang kabur membawa 43 paket sabu",
             text="Sugiharto ditangkap di rumah kerabatnya setelah dua pekan buron bersama 43 paket sabu.",
             published=T0 + timedelta(hours=3), issues=("pelarian", "narkoba")),
    EventDoc(id="k2", title="Buronan Sugiharto diringkus di persembunyian, 43 paket sabu disita",
             text="Aparat meringkus Sugiharto di sebuah rumah di pinggir kota; petugas menyita 43 paket sabu.",
             published=T0 + timedelta(hours=20), issues=("pelarian", "narkoba")),
    EventDoc(id="k3", title="Polisi amankan pengedar sabu di terminal bus",
             text="Seorang pengedar sabu ditangkap polisi saat menunggu bus di terminal, 12 paket disita.",
             published=T0 + timedelta(hours=10), issues=("pelarian", "narkoba")),
]


def test_a_small_batch_joins_rewrites_that_share_a_name_and_a_number() -> None:
    """20 items: too few to tell rare words from the batch alone; the background table says "sugiharto" and
    "43" are rare and "polisi", "sabu" or "paket" are not, so the rewrites join and the routine arrest
    (as much overlap with the first, but only common words) does not."""
    docs = [*CAUGHT, *_other_units(17)]
    ids = cluster_events(docs)
    assert ids[0] == ids[1]
    assert ids[2] not in (ids[0], *ids[3:])
    assert len(set(ids)) == 19


def test_the_event_index_agrees_on_a_small_batch() -> None:
    docs = [*CAUGHT, *_other_units(17)]
    index, ids = EventIndex(), []
    for item in sorted(docs, key=lambda d: (d.published, d.id)):
        ids.append((item.id, index.assign(item) or event_id(item.id)))
        index.add(item, ids[-1][1])
    by_id = dict(ids)
    assert by_id["k2"] == by_id["k1"]
    assert by_id["k3"] not in {e for i, e in ids if i != "k3"}
    assert len(set(by_id.values())) == 19


def test_the_background_table_loads() -> None:
    from sigap.analyse.events import BACKGROUND_DOCS, _Weights, background, background_docs

    table = background()
    assert len(table) > 5000 and all(0.0 <= share <= 1.0 for share in table.values())
    assert table["lapas"] > 0.1 > table.get("sugiharto", 0.0)
    assert background() is table  # loaded once
    assert background_docs(["lapas", "sugiharto"]).tolist() == [BACKGROUND_DOCS * table["lapas"], 0.0]
    empty = _Weights()  # no documents yet: the background alone tells common from rare
    assert empty.idf("sugiharto") > empty.idf("polisi") > empty.idf("lapas")
    assert empty.distinctive("sugiharto") and not empty.distinctive("lapas")
