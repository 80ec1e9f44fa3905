"""Everyday negative kinds: single incidents that happen somewhere every week."""

from __future__ import annotations

from sigap.demo.model import Kind

_ADULT = ("lapas", "rutan", "lapas_narkotika")

KABUR = Kind(
    code="kabur", tone="negatif", issues=("pelarian",), severity=2, types=(*_ADULT, "lpka"),
    facts={"cara": ("memanjat tembok belakang", "menjebol teralis kamar mandi", "menyelinap saat kerja bakti",
                    "kabur dari ruang perawatan rumah sakit", "memanfaatkan kelengahan petugas saat asimilasi")},
    titles=(
        "Napi {short} Kabur dengan {cara}",
        "Seorang Warga Binaan {short} Melarikan Diri",
        "{short} Kebobolan, Napi Kasus Narkoba Kabur",
        "Petugas Buru Narapidana {short} yang Kabur",
        "Napi Kabur dari {short}, Polisi Sebar Foto Pelaku",
        "Lagi, Tahanan {short} Kabur saat Petugas Lengah",
    ),
    leads=(
        "Seorang narapidana {unit} berinisial {inisial} ({umur}) kabur dengan cara {cara} pada {hari}.",
        "Warga binaan {short} berinisial {inisial} dilaporkan melarikan diri, {hari} sekitar {jam}.",
        "{short} kebobolan. Seorang narapidana kasus narkotika berinisial {inisial} kabur dengan {cara}.",
    ),
    bodies=(
        "{head} {head_name} membenarkan kejadian tersebut dan menyebut pihaknya telah berkoordinasi "
        "dengan kepolisian.",
        "\"Kami sudah membentuk tim untuk melakukan pengejaran,\" ujarnya.",
        "Pelarian diketahui saat petugas melakukan penghitungan jumlah penghuni pada apel sore.",
        "Petugas jaga yang bertugas saat kejadian kini diperiksa internal.",
        "Pihak lapas meminta masyarakat segera melapor jika melihat ciri-ciri pelaku.",
    ),
    posts=(
        "lah kok bisa kabur lagi dari {short}?? penjagaannya gimana sih",
        "Info: napi {short} kabur tadi {hari_s}, inisial {inisial}. hati2 warga sekitar {place}",
        "kabur {cara}... ini film apa kenyataan 🙄",
    ),
)

TANGKAP_KEMBALI = Kind(
    code="tangkap_kembali", tone="netral", issues=("pelarian",), severity=1,
    titles=(
        "Napi {short} yang Kabur Berhasil Ditangkap",
        "Pelarian Berakhir, {inisial} Dibekuk di Rumah Kerabat",
        "Tim Gabungan Tangkap Kembali Napi {short}",
    ),
    leads=(
        "Narapidana {unit} berinisial {inisial} yang sempat kabur berhasil ditangkap kembali oleh tim "
        "gabungan.",
        "Pelarian {inisial}, warga binaan {short}, berakhir setelah ia ditangkap di rumah kerabatnya.",
    ),
    bodies=(
        "Ia kini ditempatkan di sel pengasingan dan terancam kehilangan hak remisi.",
        "{head} {head_name} berterima kasih kepada kepolisian dan masyarakat yang memberi informasi.",
    ),
)

TEMUAN_APARAT = Kind(
    code="temuan_aparat", tone="negatif", issues=("barang_terlarang", "narkoba"), severity=2, types=_ADULT,
    facts={"aparat": ("BNNP", "BNN Kabupaten", "Ditresnarkoba Polda", "Satresnarkoba Polres"),
           "temuan": ("{n2} ponsel dan paket sabu", "sabu seberat {gram} gram dan timbangan digital",
                      "puluhan ponsel, charger dan alat isap sabu", "pil ekstasi dan uang tunai")},
    titles=(
        "Sidak {aparat} di {short} Temukan {temuan}",
        "{aparat} Temukan Barang Terlarang di Kamar Hunian {short}",
        "Ponsel dan Narkoba Masih Beredar di {short}",
        "Penggeledahan {aparat} di {short}, Petugas Tak Berkutik",
    ),
    leads=(
        "Tim {aparat} menemukan {temuan} saat menggeledah kamar hunian {unit}, {hari}.",
        "Penggeledahan mendadak yang dilakukan {aparat} di {short} berujung temuan {temuan}.",
    ),
    bodies=(
        "Temuan ini memunculkan pertanyaan tentang lemahnya pengawasan di pintu masuk.",
        "{head} {head_name} berjanji akan menelusuri jalur masuk barang-barang tersebut.",
        "Sejumlah warga binaan yang diduga pemilik barang kini menjalani pemeriksaan.",
        "Aktivis antinarkoba di {place} mendesak evaluasi menyeluruh terhadap petugas pengamanan.",
    ),
    posts=(
        "tiap sidak pasti nemu hp di {short}. terus yg masukin siapa? 🤔",
        "Ternyata masih banyak hp di dalem {short} ya. kirain udah bersih",
    ),
)

PUNGLI = Kind(
    code="pungli", tone="negatif", issues=("pungli_suap",), severity=2, types=(*_ADULT, "lapas_perempuan"),
    facts={"untuk": ("pindah kamar", "mempercepat pengurusan PB", "bisa menjenguk di luar jadwal",
                     "mendapat kamar yang lebih longgar", "menitipkan makanan")},
    titles=(
        "Keluarga WBP {short} Mengaku Dimintai {rp} untuk {untuk}",
        "Dugaan Pungli di {short} Dilaporkan ke Ombudsman",
        "Viral Pengakuan Istri Napi Soal Pungutan di {short}",
        "Ombudsman Telusuri Dugaan Pungli Layanan di {short}",
        "Bayar {rp} untuk {untuk}? Ini Kata {head_place}",
    ),
    leads=(
        "Keluarga seorang warga binaan {unit} mengaku dimintai uang {rp} agar kerabatnya bisa {untuk}.",
        "Dugaan pungutan liar di {short} dilaporkan ke Ombudsman perwakilan {province}, {hari}.",
        "Pengakuan seorang istri narapidana tentang uang {rp} untuk {untuk} di {short} ramai di media "
        "sosial.",
    ),
    bodies=(
        "{head} {head_name} membantah adanya pungutan dan meminta pelapor menunjukkan bukti.",
        "\"Kalau terbukti ada petugas yang bermain, pasti kami tindak tegas,\" ujarnya.",
        "Pelapor mengaku menyerahkan uang tersebut melalui seseorang yang mengaku dekat dengan petugas.",
        "Ombudsman menyatakan akan meminta keterangan pihak {short} dalam waktu dekat.",
    ),
    posts=(
        "Katanya gratis, tapi mau {untuk} di {short} disuruh siapin {rp}. gimana ini {handle}?",
        "udah rahasia umum sih pungli di lapas, cuma jarang yg berani ngomong",
        "Tolong diusut, keluarga kami dimintai {rp} di {short} 😡",
    ),
)

OVERKAP_KRITIK = Kind(
    code="overkap_kritik", tone="negatif", issues=("overkapasitas",), severity=1, types=_ADULT,
    titles=(
        "{short} Overkapasitas {pct} Persen, Napi Tidur Berdesakan",
        "DPRD Soroti Kondisi {short} yang Sesak",
        "Hunian Melebihi Kapasitas, {short} Rawan Gangguan Keamanan",
        "Pengamat: Kondisi {short} Tidak Manusiawi",
    ),
    leads=(
        "Kondisi {unit} dinilai memprihatinkan karena dihuni {penghuni} orang, jauh melebihi kapasitas "
        "{kapasitas} orang.",
        "Anggota DPRD {province} menyoroti kepadatan {short} yang mencapai {pct} persen dari daya tampung.",
    ),
    bodies=(
        "Satu kamar yang seharusnya untuk delapan orang diisi lebih dari dua puluh warga binaan.",
        "Rasio petugas jaga dengan penghuni juga dinilai jauh dari ideal.",
        "{head} {head_name} mengakui kondisi tersebut dan menyebut telah mengusulkan pemindahan sebagian "
        "penghuni.",
        "Pengamat hukum pidana menilai pemenjaraan pengguna narkoba memperparah kepadatan.",
    ),
    posts=(
        "{short} isinya {pct}% dari kapasitas. gimana mau pembinaan kalau tidur aja gantian",
    ),
)

PETUGAS_DITANGKAP = Kind(
    code="petugas_ditangkap", tone="negatif", issues=("pelanggaran_petugas", "narkoba"), severity=2,
    types=_ADULT,
    titles=(
        "Oknum Petugas {short} Ditangkap Bawa Sabu",
        "Diduga Jadi Kurir, Sipir {short} Diamankan Polisi",
        "Oknum Pegawai {short} Terlibat Narkoba, Kanwil Siapkan Sanksi",
        "Petugas {short} Tertangkap Selundupkan Sabu ke Dalam Lapas",
    ),
    leads=(
        "Seorang oknum petugas {unit} berinisial {inisial} ditangkap polisi karena kedapatan membawa sabu "
        "seberat {gram} gram.",
        "Polisi mengamankan pegawai {short} berinisial {inisial} yang diduga hendak menyelundupkan "
        "narkoba ke dalam blok hunian.",
    ),
    bodies=(
        "Kepala {kanwil} {kakanwil} memastikan oknum tersebut akan diberhentikan bila terbukti bersalah.",
        "\"Tidak ada tempat bagi pegawai yang berkhianat,\" tegas {kakanwil}.",
        "Polisi masih mendalami kemungkinan keterlibatan warga binaan sebagai pemesan.",
    ),
    posts=(
        "petugasnya sendiri yang bawa masuk sabu ke {short}. pantes aja ga abis2",
    ),
)

PENIPUAN_DALAM = Kind(
    code="penipuan_dalam", tone="negatif", issues=("penipuan",), severity=2, types=_ADULT,
    facts={"modus": ("penipuan berkedok jual beli daring", "penipuan mengaku anggota TNI",
                     "pemerasan lewat video call", "penipuan lowongan kerja", "jaringan judi online")},
    titles=(
        "Polisi Bongkar {modus} Dikendalikan Napi {short}",
        "Dari Balik Jeruji {short}, Napi Jalankan {modus}",
        "Korban {modus} Ternyata Ditipu Napi {short}",
    ),
    leads=(
        "Polisi mengungkap {modus} yang dikendalikan seorang narapidana {unit} berinisial {inisial}.",
        "Seorang warga binaan {short} diduga menjadi otak {modus} dengan puluhan korban.",
    ),
    bodies=(
        "Pelaku menggunakan ponsel yang diselundupkan ke dalam kamar hunian.",
        "{head} {head_name} menyatakan siap bekerja sama dengan penyidik.",
        "Kerugian korban ditaksir mencapai ratusan juta rupiah.",
    ),
)

ANIAYA = Kind(
    code="aniaya", tone="negatif", issues=("kekerasan",), severity=2, types=(*_ADULT, "lpka"),
    titles=(
        "WBP {short} Dianiaya Sesama Penghuni",
        "Keluarga Laporkan Dugaan Penganiayaan Napi di {short}",
        "Napi {short} Luka-Luka, Diduga Dikeroyok di Kamar Hunian",
    ),
    leads=(
        "Seorang warga binaan {unit} berinisial {inisial} mengalami luka di kepala setelah diduga "
        "dianiaya sesama penghuni.",
        "Keluarga warga binaan {short} melaporkan dugaan penganiayaan yang dialami kerabatnya ke polisi.",
    ),
    bodies=(
        "Korban sempat dirawat di klinik sebelum dirujuk ke rumah sakit.",
        "{head} {head_name} mengatakan pelaku sudah dipindahkan ke sel isolasi.",
        "Keluarga meminta kasus ini diusut tuntas dan pelakunya diproses hukum.",
    ),
)

MENINGGAL = Kind(
    code="meninggal", tone="negatif", issues=("kematian",), severity=2, types=_ADULT,
    titles=(
        "Tahanan {short} Meninggal, Keluarga Minta Penjelasan",
        "Warga Binaan {short} Meninggal Dunia di Rumah Sakit",
        "Keluarga Pertanyakan Kematian Napi {short}",
    ),
    leads=(
        "Seorang tahanan {unit} berinisial {inisial} ({umur}) meninggal dunia setelah sempat dirawat di "
        "rumah sakit, {hari}.",
        "Keluarga warga binaan {short} mempertanyakan penyebab kematian kerabat mereka yang dinyatakan "
        "meninggal karena sakit.",
    ),
    bodies=(
        "Pihak {short} menyebut almarhum memiliki riwayat penyakit jantung.",
        "Keluarga meminta dilakukan autopsi untuk memastikan penyebab kematian.",
        "{head} {head_name} menyampaikan duka cita dan menyatakan terbuka terhadap pemeriksaan.",
    ),
)

KERIBUTAN = Kind(
    code="keributan", tone="negatif", issues=("kerusuhan",), severity=2, types=_ADULT,
    titles=(
        "Keributan Antarnapi Pecah di {short}",
        "Dua Kelompok WBP {short} Bentrok, Petugas Turun Tangan",
        "Situasi {short} Sempat Memanas Usai Perkelahian Napi",
    ),
    leads=(
        "Keributan antarwarga binaan terjadi di blok hunian {unit} pada {hari} sekitar {jam}.",
        "Dua kelompok narapidana {short} terlibat perkelahian yang menyebabkan {n1} orang luka ringan.",
    ),
    bodies=(
        "Petugas dibantu aparat kepolisian berhasil meredam situasi dalam waktu kurang dari satu jam.",
        "{head} {head_name} memastikan kondisi kembali kondusif.",
        "Pemicu keributan diduga salah paham antarpenghuni.",
    ),
)

KELUHAN = Kind(
    code="keluhan", tone="negatif", issues=("layanan_publik", "hak_wbp"), severity=1,
    types=(*_ADULT, "lapas_perempuan"),
    titles=(), leads=(),
    posts=(
        "min {handle} ini antrean kunjungan kok bisa 3 jam ya, panas banget nunggu di luar 😩",
        "Titipan makanan buat adek saya di {short} katanya ga nyampe. tolong dicek dong {handle}",
        "Telpon layanan info {short} ga pernah diangkat. mau tanya jadwal PB aja susah",
        "Petugas di pintu {short} jutek bgt sama pengunjung, ga semua orang salah pak",
    ),
)
