"""Words for crisis drills (part 2): viral extortion, death in custody, a hoax the unit debunks."""

from __future__ import annotations

from sigap.demo.model import Kind

PUNGLI_FACTS: dict[str, tuple[str, ...]] = {
    "bayar": ("Rp 500 ribu", "Rp 1 juta", "Rp 2,5 juta"),
    "untuk": ("bisa bertemu lebih lama", "menitipkan makanan", "dapat jadwal kunjungan"),
    "peristiwa": ("dugaan pungli layanan kunjungan",),
}
DEATH_FACTS: dict[str, tuple[str, ...]] = {
    "luka": ("lebam di wajah dan punggung", "luka di kepala", "memar di sekujur tubuh"),
    "peristiwa": ("kematian warga binaan",),
}
HOAX_FACTS: dict[str, tuple[str, ...]] = {
    "klaim": ("kerusuhan dan kebakaran besar", "napi bentrok dengan petugas bersenjata",
              "blok hunian dibakar napi"),
    "asal": ("rekaman lama dari luar negeri", "video kejadian di daerah lain tiga tahun lalu",
             "potongan film yang diedit"),
    "peristiwa": ("hoaks video viral",),
}

PUNGLI_SEED = Kind(
    code="pungli_awal", tone="negatif", issues=("pungli_suap", "hak_wbp"), severity=2,
    titles=(), leads=(),
    posts=("Jenguk suami di {short} disuruh bayar {bayar} biar {untuk}. katanya layanan gratis?? 😡 ini "
           "videonya. tolong viralkan",),
)

PUNGLI_SPREAD = Kind(
    code="pungli_sebar", tone="negatif", issues=("pungli_suap", "hak_wbp"), severity=2,
    titles=(
        "Viral Video Pengunjung {short} Diminta Bayar {bayar}",
        "Pengakuan Pengunjung: Bayar {bayar} agar {untuk} di {short}",
        "Video Dugaan Pungli di {short} Ramai di Media Sosial",
    ),
    leads=(
        "Sebuah video yang memperlihatkan pengunjung {unit} mengaku dimintai {bayar} viral di media sosial.",
        "Warganet ramai membagikan video dugaan pungutan liar di layanan kunjungan {short}.",
    ),
    bodies=(
        "Dalam video, perempuan itu menyebut uang diminta agar ia {untuk}.",
        "Video tersebut telah ditonton ratusan ribu kali dalam hitungan jam.",
    ),
    posts=(
        "Udah bukan rahasia lagi sih pungli di kunjungan {short}. akhirnya ada yang berani rekam",
        "Tag {handle} biar dijawab! bener ga pengunjung disuruh bayar {bayar}?",
        "ngeri, jenguk keluarga aja harus bayar. #pungli #{place}",
        "Semoga yang rekam video ini dilindungi ya, jangan malah dilaporin balik",
    ),
)

PUNGLI_NATIONAL = Kind(
    code="pungli_nasional", tone="negatif", issues=("pungli_suap",), severity=3,
    titles=(
        "Pungli Layanan Kunjungan {short} Jadi Sorotan Nasional",
        "Ombudsman Turun Tangan Usut Video Pungli {short}",
        "ICW: Video {short} Puncak Gunung Es Pungli di Lapas",
        "Menteri Minta Oknum Pungli di {short} Ditindak",
        "Pengunjung Dimintai {bayar}, Ini Respons Ditjenpas",
    ),
    leads=(
        "Dugaan pungutan liar di layanan kunjungan {unit} menjadi sorotan setelah videonya viral.",
        "Ombudsman RI menyatakan akan memeriksa layanan kunjungan {short} menyusul video yang beredar.",
    ),
    bodies=(
        "Pegiat antikorupsi menilai pungli di layanan kunjungan sudah lama dikeluhkan.",
        "Ditjenpas meminta masyarakat melapor melalui kanal pengaduan resmi.",
        "Oknum petugas dalam video disebut telah dibebastugaskan sementara.",
    ),
    posts=(
        "Udah tembus nasional kasus pungli {short}. semoga beneran dibersihin bukan cuma dipindah",
        "Video pungli {short} ditonton jutaan kali. Ditjenpas kerja!",
    ),
)

PUNGLI_OWNED = Kind(
    code="pungli_unit", tone="netral", issues=("pungli_suap",), severity=1,
    titles=("{short} Bebastugaskan Petugas dalam Video Viral", "{short} Minta Maaf dan Buka Kanal Pengaduan"),
    leads=("{unit} membebastugaskan petugas yang terekam dalam video dugaan pungli dan membuka kanal "
           "pengaduan.",),
    bodies=("\"Kami meminta maaf dan berterima kasih atas laporan masyarakat,\" kata {head} {head_name}.",),
    owned_posts=("PERNYATAAN: {short} telah membebastugaskan petugas dalam video yang beredar dan meminta "
                 "maaf kepada masyarakat. Layanan kunjungan GRATIS. Laporkan pungutan melalui kanal "
                 "pengaduan kami.",),
)

DEATH_LOCAL = Kind(
    code="mati_lokal", tone="negatif", issues=("kematian",), severity=2,
    titles=("Warga Binaan {short} Meninggal, Keluarga Temukan {luka}",),
    leads=("Seorang warga binaan {unit} berinisial {inisial} ({umur}) meninggal dunia; keluarga menemukan "
           "{luka} pada jenazah.",),
    bodies=("Pihak lapas sebelumnya menyebut almarhum meninggal karena sakit.",),
)

DEATH_SPREAD = Kind(
    code="mati_sebar", tone="negatif", issues=("kematian", "kekerasan"), severity=3,
    titles=(
        "Keluarga Tolak Penjelasan {short}, Minta Autopsi",
        "Jenazah Napi {short} Penuh Luka, Keluarga Lapor Polisi",
        "Misteri Kematian {inisial} di {short}",
    ),
    leads=(
        "Keluarga {inisial}, warga binaan {short} yang meninggal, melapor ke polisi karena menemukan {luka}.",
        "Kematian seorang warga binaan {short} menyisakan tanda tanya bagi keluarganya.",
    ),
    bodies=(
        "Kuasa hukum keluarga meminta autopsi dilakukan oleh dokter independen.",
        "Keluarga mengaku baru dikabari beberapa jam setelah almarhum meninggal.",
    ),
    posts=(
        "Innalillahi. keluarga bilang ada {luka}, pihak lapas bilang sakit. mana yg bener? #{place}",
        "Usut tuntas kematian {inisial} di {short}! #JusticeFor{inisial}",
        "Kasian keluarganya. semoga diusut transparan",
    ),
)

DEATH_NATIONAL = Kind(
    code="mati_nasional", tone="negatif", issues=("kematian", "kekerasan"), severity=3,
    titles=(
        "Komnas HAM Selidiki Kematian Napi {short}",
        "Kematian di {short}: Dugaan Penganiayaan Menguat",
        "Polisi Periksa Petugas dan Napi Terkait Kematian di {short}",
        "LBH Desak Transparansi Kasus Kematian Warga Binaan {short}",
    ),
    leads=(
        "Komnas HAM turun menyelidiki kematian warga binaan {unit} berinisial {inisial}.",
        "Hasil autopsi sementara terhadap jenazah {inisial}, warga binaan {short}, memperkuat dugaan "
        "kekerasan.",
    ),
    bodies=(
        "Polisi telah memeriksa sedikitnya tujuh saksi, termasuk petugas jaga.",
        "LBH setempat mencatat sejumlah laporan kekerasan di lapas dalam setahun terakhir.",
    ),
    posts=("Kematian di tahanan harus diusut sampai tuntas. siapa pun pelakunya",),
)

DEATH_OWNED = Kind(
    code="mati_unit", tone="netral", issues=("kematian",), severity=2,
    titles=("{short} Sampaikan Duka dan Dukung Autopsi", "{short} Nonaktifkan Petugas Selama Pemeriksaan"),
    leads=("{unit} menyampaikan duka cita dan mendukung autopsi atas jenazah {inisial}.",),
    bodies=("\"Kami terbuka dan tidak akan melindungi siapa pun,\" ujar {head} {head_name}.",),
    owned_posts=("Turut berduka cita atas meninggalnya WBP {inisial}. {short} mendukung penuh proses "
                 "autopsi dan pemeriksaan oleh pihak berwenang.",),
)

HOAX_SEED = Kind(
    code="hoaks_awal", tone="negatif", issues=("kerusuhan",), severity=2,
    titles=(), leads=(),
    posts=("BREAKING!! video di {short} malam ini: {klaim}!! sebarkan!! #{place}",),
)

HOAX_SPREAD = Kind(
    code="hoaks_sebar", tone="negatif", issues=("kerusuhan",), severity=2,
    titles=("Beredar Video Diklaim {klaim} di {short}", "Warganet Ramai Bagikan Video {short}, Benarkah?"),
    leads=("Sebuah video yang diklaim memperlihatkan {klaim} di {unit} beredar di media sosial.",),
    bodies=("Belum ada konfirmasi resmi atas kebenaran video tersebut.",),
    posts=(
        "Serius ini di {short}?? {klaim}??",
        "Grup keluarga udah pada panik gara2 video {short} 😰",
        "Kok bisa sih {klaim} di lapas, parah",
    ),
)

HOAX_DEBUNK = Kind(
    code="hoaks_bantah", tone="netral", issues=("kelembagaan",), severity=1,
    titles=(
        "{short} Pastikan Video Viral Hoaks",
        "Cek Fakta: Video {klaim} di {short} Ternyata {asal}",
        "Kanwil Bantah Video Viral tentang {short}",
        "Polisi Buru Penyebar Hoaks Video {short}",
    ),
    leads=(
        "{unit} memastikan video yang diklaim memperlihatkan {klaim} merupakan hoaks.",
        "Penelusuran menunjukkan video yang dikaitkan dengan {short} ternyata {asal}.",
    ),
    bodies=(
        "\"Situasi aman dan kondusif. Kami persilakan media melihat langsung,\" kata {head} {head_name}.",
        "Pihak lapas melaporkan akun penyebar video ke kepolisian.",
    ),
    posts=("Oh ternyata hoaks ya video {short}. hati2 sama video tanpa sumber guys",),
    owned_posts=("CEK FAKTA ❌ HOAKS: video yang mengaitkan {short} dengan {klaim} adalah {asal}. Situasi "
                 "{short} AMAN dan KONDUSIF.",),
)
