"""The domain layer: who did what to whom, read from cue words of the corrections beat.

Cue words and phrases are grouped in categories (actors, actions, frames). `cue_features` turns token
count matrices (from the models' own vectorizers, so there is no second pass over the text) into
category hits for the title and the body, and actor × action crossings such as "own officers + foil"
(positive on a negative topic) or "outside agency + search" (contraband found by BNN: negative).
`trap_mask` marks items about another institution (police or KPK cells, immigration detention, courts,
foreign prisons), which the pipeline declares not relevant when no corrections unit is linked.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

CUES: dict[str, tuple[str, ...]] = {
    # actors
    "own": ("petugas", "sipir", "kalapas", "karutan", "kabapas", "jajaran", "kplp", "pegawai lapas",
            "petugas lapas", "petugas rutan", "kepala lapas", "kepala rutan", "regu pengamanan", "p2u",
            "kakanwil", "dirjenpas", "menkumham", "kemenkumham", "ditjenpas", "kemenimipas", "kadiv",
            "tim lapas", "tim rutan", "menteri"),
    "inmate": ("napi", "narapidana", "tahanan", "wbp", "warga binaan", "anak binaan", "andikpas",
               "penghuni", "terpidana"),
    "outside": ("polisi", "polres", "polda", "polsek", "polresta", "polrestabes", "bnn", "bnnp", "bnnk",
                "satresnarkoba", "densus", "kapolres", "kapolda", "kapolsek", "aparat kepolisian", "bareskrim", "polri",
                "mabes polri", "gabungan", "tim gabungan", "petugas gabungan", "aparat gabungan", "tni", "kejaksaan",
                "kejari"),
    # actions
    "foil": ("gagalkan", "menggagalkan", "digagalkan", "gagal", "cegah", "mencegah", "dicegah", "halau",
             "menghalau", "amankan", "mengamankan", "diamankan", "sita", "menyita", "disita", "musnahkan",
             "memusnahkan", "dimusnahkan", "pemusnahan", "temukan", "menemukan", "ditemukan", "ungkap",
             "gagalkan penyelundupan", "penyelundupan"),
    "search": ("razia", "penggeledahan", "geledah", "menggeledah", "digeledah", "sidak", "tes urine",
               "test urine", "urine", "operasi", "inspeksi"),
    "escape": ("kabur", "melarikan", "melarikan diri", "lari", "lolos", "jebol", "buron", "dpo", "pelarian",
               "kaburnya", "minggat", "menjebol", "bobol"),
    "recapture": ("tangkap", "menangkap", "ditangkap", "dibekuk", "ringkus", "meringkus", "diringkus",
                  "tangkap kembali", "berhasil ditangkap", "menyerahkan diri", "serahkan diri", "diburu",
                  "buru", "memburu", "masih buron", "masih diburu"),
    "riot": ("rusuh", "ricuh", "kerusuhan", "kericuhan", "bentrok", "keributan", "mengamuk", "amuk",
             "terbakar", "dibakar", "pembakaran", "sandera", "menyandera", "tawuran", "perkelahian"),
    "death": ("tewas", "meninggal", "meninggal dunia", "gantung diri", "bunuh diri", "jenazah", "wafat",
              "mayat", "tewasnya", "kematian"),
    "violence": ("aniaya", "dianiaya", "penganiayaan", "keroyok", "dikeroyok", "pengeroyokan", "siksa",
                 "disiksa", "penyiksaan", "pukul", "dipukul", "kekerasan", "perundungan", "bully"),
    "corrupt": ("pungli", "pungutan liar", "suap", "disuap", "menyuap", "gratifikasi", "korupsi", "peras",
                "pemerasan", "sel mewah", "kamar mewah", "jual beli", "setoran", "bayar"),
    "drugs": ("sabu", "narkoba", "narkotika", "ganja", "ekstasi", "pil", "sabu sabu", "psikotropika"),
    "control": ("kendalikan", "mengendalikan", "dikendalikan", "pengendali", "dari balik jeruji",
                "dari dalam lapas", "dari dalam rutan", "dari lapas", "dari rutan", "jaringan", "otak",
                "penipuan", "menipu", "tipu", "kendali", "pusat kendali", "edarkan", "mengedarkan", "peredaran",
                "dari penjara", "balik penjara", "bisnis", "sindikat"),
    "officer_bad": ("oknum", "oknum petugas", "oknum sipir", "sipir ditangkap", "petugas ditangkap",
                    "pegawai ditangkap", "dipecat", "pemecatan", "dicopot", "dinonaktifkan", "kurir",
                    "terlibat", "tersangka", "lalai", "kelalaian", "sanksi"),
    "deny": ("bantah", "membantah", "dibantah", "tepis", "menepis", "klarifikasi", "mengklarifikasi",
             "sangkal", "menyangkal", "tanggapi", "menanggapi"),
    "debunk": ("hoaks", "hoax", "tidak benar", "tak benar", "dipastikan tidak", "tegaskan tidak",
               "tegaskan tak", "tidak ada", "bukan di", "palsu", "berita bohong", "tidak pernah", "pastikan tidak"),
    "pos_eval": ("raih", "meraih", "penghargaan", "apresiasi", "berhasil", "sukses", "prestasi", "terbaik",
                 "juara", "wbk", "wbbm", "zona integritas", "komitmen", "bangga", "inovasi", "berprestasi",
                 "peduli", "bakti sosial", "baksos", "diperkuat", "tingkatkan", "meningkatkan", "dukung",
                 "mendukung", "bermanfaat", "mandiri", "kemandirian", "predikat", "semangat", "bahagia", "humanis",
                 "sinergi", "bersinergi", "kolaborasi", "haru", "sukacita", "lancar", "optimal", "lampaui", "melampaui",
                 "keterbukaan", "perkuat", "memperkuat", "penguatan", "berdayakan", "memberdayakan", "dedikasi",
                 "mengabdi", "membanggakan", "keberhasilan", "transparansi", "melepas rindu", "hebat", "jemput bola"),
    "rights": ("remisi", "pembebasan bersyarat", "asimilasi", "cuti bersyarat", "kunjungan", "video call",
               "layanan", "pelayanan", "bebas bersyarat", "integrasi", "hak", "usulkan", "diusulkan", "usulan",
               "mengusulkan", "besuk", "vaksinasi", "vaksin", "fasilitasi", "memfasilitasi", "difasilitasi", "gratis",
               "pengobatan"),
    "program": ("pelatihan", "pembinaan", "keterampilan", "pesantren", "ibadah", "panen", "produk",
                "kerajinan", "budidaya", "rehabilitasi", "wisuda", "khatam", "kemandirian", "ketahanan pangan",
                "sertifikat", "karya", "tahfidz", "tahfiz", "hafiz", "pendidikan", "paket", "kejar paket"),
    "ceremony": ("upacara", "rapat", "hadiri", "menghadiri", "ikuti", "mengikuti", "pelantikan", "sertijab",
                 "serah terima", "kunjungan kerja", "studi", "magang", "audiensi", "silaturahmi", "resmi",
                 "dilantik", "lantik", "rotasi", "mutasi", "apel", "gelar", "menggelar", "peringatan", "hut",
                 "hari bakti", "tasyakuran", "pengajian", "makan bersama"),
    "stats": ("persen", "jumlah", "capai", "mencapai", "data", "kapasitas", "kelebihan", "melebihi", "total",
              "sebanyak", "ribu", "rajai"),
    "normal": ("kembali normal", "kondusif", "terkendali", "aman terkendali", "situasi keamanan",
               "berangsur normal", "normal"),
    "crowd": ("over kapasitas", "overkapasitas", "kelebihan kapasitas", "kelebihan penghuni", "penuh sesak",
              "padat", "kepadatan", "overcrowded", "kelebihan", "overload", "over capacity", "overcapacity", "sesak"),
    "viral": ("viral", "video", "beredar", "netizen", "warganet", "medsos", "media sosial", "tiktok"),
    # failure framing, probes and complaints: the institution under scrutiny (negatif unless debunked)
    "failure": ("kebobolan", "kecolongan", "bobol", "onar", "buat onar", "mesum", "pesta", "janggal",
                "bobrok", "sarat", "marak", "merajalela", "menggurita", "persoalan", "masalah", "sorotan",
                "dipertanyakan", "pertanyakan", "keluhkan", "mengeluh", "keluh", "kritik", "kritikan", "dikritik",
                "ironi", "miris", "privilese", "privilege", "istimewa", "diskon", "penyerangan", "penyerbuan",
                "diserang", "diserbu", "kecewa", "protes", "demo", "didemo", "unjuk rasa", "tuntut", "menuntut",
                "maladministrasi", "polemik", "kontroversi", "menuai", "salahkan", "menyalahkan", "terusik", "keadilan",
                "sisi gelap", "desak", "mendesak", "copot", "dicopot", "diterpa", "sedap", "minim", "terbatas",
                "keterbatasan", "ribet", "sesak"),
    "probe": ("usut", "mengusut", "diusut", "selidiki", "menyelidiki", "penyelidikan", "investigasi", "ombudsman",
              "komnas ham", "diperiksa", "pemeriksaan", "dugaan", "diduga", "kasus", "tim investigasi"),
    "outbreak": ("klaster", "terpapar", "positif covid", "terjangkit", "wabah", "meluas", "penularan"),
    "visit": ("siswa", "mahasiswa", "pelajar", "edukasi", "kunjungan edukasi", "studi tiru", "kuliah", "magang",
              "praktik kerja", "kerja bakti", "simulasi", "pemilu", "tps", "pencoblosan", "nikah", "pernikahan",
              "akad", "tamu", "kunjungi", "mengunjungi", "tinjau", "meninjau", "monitoring", "monitor"),
    # the unit moves inmates out: with overcrowding, a proactive transfer (positif)
    "transfer": ("pindahkan", "dipindahkan", "memindahkan", "pemindahan", "dipindah", "relokasi", "mutasikan"),
    # natural causes: deaths reported with an illness are netral, not harm in custody
    "illness": ("sakit", "serangan jantung", "dirawat", "penyakit", "sakit keras", "komplikasi", "sesak napas"),
    # people who hold the institution to account: parliament, watchdogs, commentators
    "critic": ("dpr", "komisi iii", "anggota dewan", "icw", "pengamat", "lsm", "aktivis", "kontras", "ylbhi",
               "akademisi", "publik", "kriminolog", "ombudsman"),
    # inmates whose privileges are a public grievance
    "elite": ("koruptor", "napi korupsi", "narapidana korupsi", "terpidana korupsi", "napi koruptor", "mantan pejabat"),
    # first-person accounts and essays
    "personal": ("saya", "aku", "pengalaman", "kisah", "curhat", "cerita", "rasanya"),
    "phone": ("hp", "handphone", "ponsel", "telepon genggam", "alat komunikasi", "senjata tajam", "sajam",
              "barang terlarang", "barang terlarang", "charger"),
}

TRAPS: tuple[str, ...] = (
    "rutan kpk", "tahanan kpk", "pegawai kpk", "dewas kpk", "rutan cabang kpk", "pungli rutan kpk",
    "sel polres", "sel polsek", "sel mapolres", "sel mapolsek", "sel polda", "sel tahanan polres",
    "sel tahanan polsek", "rutan polres", "rutan polda", "rutan polsek", "rutan mapolres", "rutan mapolda",
    "tahanan polres", "tahanan polsek", "tahanan polda", "tahanan polresta", "tahanan polrestabes",
    "tahanan mapolres", "tahanan mapolsek", "di polres", "di polsek", "mapolres", "mapolsek",
    "sel polresta", "sel polrestabes", "ruang tahanan", "rudenim", "rumah detensi", "detensi imigrasi",
    "deteni", "tahanan titipan", "pengadilan negeri", "ruang sidang", "tahanan kejaksaan", "tahanan jaksa",
    "tahanan kejari", "penjara malaysia", "di malaysia", "arab saudi", "luar negeri", "di singapura",
    "hukuman mati", "mako brimob", "tahanan imigrasi", "sel pengadilan",
)

CROSSES: tuple[tuple[str, str], ...] = (
    ("own", "foil"), ("own", "search"), ("own", "recapture"), ("outside", "search"), ("outside", "recapture"),
    ("outside", "foil"), ("inmate", "escape"), ("inmate", "control"), ("inmate", "death"),
    ("inmate", "violence"), ("own", "violence"), ("own", "corrupt"), ("own", "officer_bad"),
    ("own", "drugs"), ("foil", "drugs"), ("outside", "drugs"), ("deny", "corrupt"), ("deny", "violence"),
    ("debunk", "viral"), ("escape", "recapture"), ("own", "deny"), ("own", "debunk"), ("crowd", "stats"),
    ("crowd", "program"), ("search", "phone"), ("foil", "phone"), ("viral", "drugs"), ("viral", "phone"),
    ("debunk", "corrupt"), ("debunk", "violence"), ("own", "failure"), ("outside", "control"),
    ("crowd", "rights"), ("probe", "death"), ("own", "program"), ("own", "rights"),
    ("crowd", "transfer"), ("death", "illness"), ("critic", "failure"), ("critic", "corrupt"), ("elite", "rights"),
    ("critic", "rights"), ("personal", "inmate"), ("deny", "failure"), ("debunk", "failure"), ("own", "transfer"),
)

CATEGORIES: tuple[str, ...] = tuple(CUES)
OUTSIDE_ACTIONS: tuple[str, ...] = ("search", "foil", "recapture", "drugs", "phone")
# Categories that make a headline evaluative: when none of them is in the title, the lead decides
# (GUIDELINES: "if the headline is evaluative, it decides; if it is neutral, the lead decides").
EVALUATIVE: tuple[str, ...] = ("foil", "search", "escape", "riot", "death", "violence", "corrupt", "control",
                               "officer_bad", "deny", "debunk", "pos_eval", "rights", "program", "failure",
                               "probe", "outbreak", "crowd")


def cue_vocabulary() -> list[str]:
    """Every cue and trap phrase: the vectorizers must keep these columns."""
    phrases = {p for words in CUES.values() for p in words} | set(TRAPS)
    return sorted(phrases)


def category_matrix(vocabulary: dict[str, int]) -> sp.csr_matrix:
    """Vocabulary columns → category columns (the last column is the trap category)."""
    rows, cols = [], []
    for j, name in enumerate(CATEGORIES):
        for phrase in CUES[name]:
            if phrase in vocabulary:
                rows.append(vocabulary[phrase])
                cols.append(j)
    for phrase in TRAPS:
        if phrase in vocabulary:
            rows.append(vocabulary[phrase])
            cols.append(len(CATEGORIES))
    data = np.ones(len(rows), dtype=np.float32)
    shape = (max(vocabulary.values()) + 1, len(CATEGORIES) + 1)
    return sp.csr_matrix((data, (rows, cols)), shape=shape)


def category_hits(counts: sp.csr_matrix, mapping: sp.csr_matrix) -> np.ndarray:
    """Binary category hits per item, from a token count matrix."""
    hits = (counts @ mapping).toarray()
    return (hits > 0).astype(np.float32)


def cue_features(title_hits: np.ndarray, body_hits: np.ndarray) -> np.ndarray:
    """Title hits, body hits, and actor × action crossings in the title and in title+body."""
    both = np.maximum(title_hits, body_hits)
    index = {name: j for j, name in enumerate(CATEGORIES)}
    cross_title = [title_hits[:, index[a]] * title_hits[:, index[b]] for a, b in CROSSES]
    cross_both = [both[:, index[a]] * both[:, index[b]] for a, b in CROSSES]
    evaluative = title_hits[:, [index[c] for c in EVALUATIVE]].max(1, keepdims=True)
    lead_decides = body_hits * (1.0 - evaluative)
    return np.hstack([title_hits, body_hits, np.stack(cross_title, 1), np.stack(cross_both, 1), lead_decides,
                      1.0 - evaluative, _outside_only(title_hits, index), _outside_only(both, index)])


def _outside_only(hits: np.ndarray, index: dict[str, int]) -> np.ndarray:
    """Outside agency acting with no own officer named: its finds and arrests are the unit's failure
    ("petugas gabungan BNN temukan sabu" is negatif), unlike the unit's own razia (positif)."""
    alone = hits[:, index["outside"]] * (1.0 - hits[:, index["own"]])
    return np.stack([alone * hits[:, index[action]] for action in OUTSIDE_ACTIONS], 1)


def trap_mask(title_hits: np.ndarray, body_hits: np.ndarray) -> np.ndarray:
    """True where the title or the lead names another institution's custody."""
    trap = len(CATEGORIES)
    return (title_hits[:, trap] + body_hits[:, trap]) > 0


def feature_names() -> list[str]:
    names = [*CATEGORIES, "trap"]
    return ([f"t:{n}" for n in names] + [f"b:{n}" for n in names]
            + [f"tx:{a}+{b}" for a, b in CROSSES] + [f"x:{a}+{b}" for a, b in CROSSES]
            + [f"lead:{n}" for n in names] + ["t:neutral"] + [f"tx:outside_only+{a}" for a in OUTSIDE_ACTIONS]
            + [f"x:outside_only+{a}" for a in OUTSIDE_ACTIONS])
