"""Words for crisis drills (part 1): riot, drug network run from inside, and generic responses."""

from __future__ import annotations

from sigap.demo.model import Kind

RIOT_FACTS: dict[str, tuple[str, ...]] = {
    "pemicu": ("razia telepon genggam", "rencana pemindahan sejumlah napi", "kematian seorang penghuni",
               "pembatasan jam kunjungan"),
    "blok": ("Blok A", "Blok C", "Blok Anggrek", "Blok Mawar"),
    "peristiwa": ("kerusuhan",),
}
DRUG_FACTS: dict[str, tuple[str, ...]] = {
    "kg": ("3", "5", "8", "12"),
    "kota2": ("Medan", "Pekanbaru", "Surabaya", "Makassar", "Balikpapan"),
    "peristiwa": ("peredaran narkoba yang dikendalikan dari dalam",),
}

RIOT_LOCAL = Kind(
    code="rusuh_lokal", tone="negatif", issues=("kerusuhan",), severity=3,
    titles=("Kerusuhan Pecah di {short}, Asap Hitam Membubung", "Ricuh di {short}, Warga Dengar Teriakan "
            "dari Dalam"),
    leads=("Kerusuhan pecah di {unit} pada {hari} sekitar {jam}; asap hitam terlihat membubung dari dalam "
           "kompleks.",),
    bodies=("Warga sekitar mendengar teriakan dan suara benda dilempar.", "Belum ada keterangan resmi "
            "dari pihak lapas."),
)

RIOT_SPREAD = Kind(
    code="rusuh_sebar", tone="negatif", issues=("kerusuhan",), severity=3,
    titles=(
        "Napi {short} Ngamuk, {blok} Dibakar",
        "Polisi dan TNI Dikerahkan Redam Kerusuhan {short}",
        "Diduga Dipicu {pemicu}, Napi {short} Rusuh",
        "Detik-detik Kerusuhan di {short}",
    ),
    leads=(
        "Ratusan narapidana {unit} mengamuk dan membakar sebagian {blok}.",
        "Aparat gabungan dikerahkan untuk meredam kerusuhan di {short} yang diduga dipicu {pemicu}.",
        "Situasi di {short} mencekam setelah napi terlibat kericuhan dengan petugas.",
    ),
    bodies=(
        "Sejumlah petugas dikabarkan mengalami luka akibat lemparan batu.",
        "Arus lalu lintas di depan lapas sempat ditutup.",
        "Keluarga warga binaan berdatangan ke depan lapas untuk mencari kabar.",
    ),
    posts=(
        "Ya Allah {short} rusuh, asapnya keliatan dari jalan 😨 #{place}",
        "Ada apa di {short}?? banyak mobil polisi sama damkar lewat",
        "Suami saya di {blok}, ga bisa dihubungi. ada yang tau kabarnya??",
        "Video kerusuhan {short} udah nyebar di grup WA, ngeri",
    ),
)

RIOT_NATIONAL = Kind(
    code="rusuh_nasional", tone="negatif", issues=("kerusuhan",), severity=3,
    titles=(
        "Kerusuhan {short}: {n1} Orang Luka, {blok} Hangus",
        "Fakta-fakta Kerusuhan di {short}",
        "Pemicu Kerusuhan {short} Diduga {pemicu}",
        "Kerusuhan Lapas Terulang, Kali Ini di {short}",
        "Komnas HAM Pantau Situasi {short} Usai Rusuh",
        "Video Napi Bakar Kasur di {short} Viral",
    ),
    leads=(
        "Kerusuhan yang terjadi di {unit}, {province}, menyebabkan {n1} orang luka-luka dan sebagian "
        "{blok} terbakar.",
        "Publik kembali disorot pada kondisi lembaga pemasyarakatan setelah kerusuhan pecah di {short}.",
        "Sebuah video yang memperlihatkan narapidana membakar kasur di {short} beredar luas.",
    ),
    bodies=(
        "{short} dihuni {penghuni} orang, sementara kapasitasnya hanya {kapasitas} orang.",
        "Pengamat menilai kepadatan hunian membuat gesekan kecil mudah membesar.",
        "Sebagian penghuni dipindahkan sementara ke lapas terdekat.",
    ),
    posts=(
        "Kerusuhan lagi di lapas. overkapasitas dibiarin terus ya begini jadinya #{place}",
        "nonton video {short} rusuh... itu petugasnya kalah jumlah jauh",
        "Semoga ga ada korban jiwa di {short} 🙏",
    ),
)

RIOT_OWNED = Kind(
    code="rusuh_unit", tone="netral", issues=("kerusuhan",), severity=2,
    titles=("Situasi {short} Kembali Kondusif", "Keterangan Resmi {short} soal Kericuhan {hari}"),
    leads=("{unit} memastikan situasi kembali kondusif setelah kericuhan pada {hari}.",),
    bodies=("\"Seluruh penghuni sudah kembali ke kamar masing-masing dan dihitung lengkap,\" ujar {head} "
            "{head_name}.",),
    owned_posts=("Situasi {short} saat ini AMAN dan KONDUSIF. Jumlah penghuni lengkap. Keluarga dapat "
                 "menghubungi layanan informasi kami 📞",),
)

DRUG_LOCAL = Kind(
    code="narkoba_lokal", tone="negatif", issues=("narkoba", "penipuan"), severity=2,
    titles=("BNN Bongkar Jaringan Sabu Dikendalikan Napi {short}",),
    leads=("Badan Narkotika Nasional membongkar jaringan peredaran sabu seberat {kg} kilogram yang "
           "dikendalikan seorang narapidana {unit} berinisial {inisial}.",),
    bodies=("Pengendali jaringan menggunakan ponsel dari dalam kamar hunian.",),
)

DRUG_SPREAD = Kind(
    code="narkoba_sebar", tone="negatif", issues=("narkoba", "penipuan"), severity=3,
    titles=(
        "Dari Balik Jeruji {short}, Napi {inisial} Atur Peredaran {kg} Kg Sabu",
        "Jaringan Sabu {kota2}-{place} Dikendalikan dari {short}",
        "Kok Bisa Napi {short} Kendalikan Narkoba? Ini Kata BNN",
        "Napi {short} Diduga Pakai Ponsel Atur Transaksi Sabu",
    ),
    leads=(
        "Narapidana {short} berinisial {inisial} diduga mengendalikan peredaran {kg} kilogram sabu dari "
        "{kota2} ke {place}.",
        "Terbongkarnya jaringan sabu yang dikendalikan dari {short} memunculkan pertanyaan soal "
        "pengawasan ponsel di dalam lapas.",
    ),
    bodies=(
        "BNN menyebut komunikasi dilakukan melalui ponsel yang diselundupkan ke kamar hunian.",
        "{inisial} merupakan residivis kasus narkotika dengan vonis 15 tahun.",
        "Empat kurir ditangkap di lokasi berbeda.",
    ),
    posts=(
        "Napi ngatur {kg} kilo sabu dari dalem {short}. terus HP nya dari mana pak?? 🤔",
        "katanya zero HP, nyatanya bisa jadi bandar dari dalam. #narkoba",
        "Ini bukan pertama kali ya jaringan narkoba dikendalikan dari lapas",
    ),
)

DRUG_NATIONAL = Kind(
    code="narkoba_nasional", tone="negatif", issues=("narkoba", "penipuan"), severity=3,
    titles=(
        "BNN: {kg} Kg Sabu Dikendalikan Narapidana {short}",
        "Lagi, Napi Jadi Bandar dari Balik Jeruji {short}",
        "DPR Desak Ditjenpas Bersihkan {short} dari Ponsel",
        "Jejak Transaksi Sabu dari Kamar Hunian {short}",
        "Pengamat: Selama Ponsel Masih Masuk Lapas, Bandar Tetap Beroperasi",
    ),
    leads=(
        "Kasus peredaran {kg} kilogram sabu yang dikendalikan narapidana {unit} menjadi sorotan nasional.",
        "Badan Narkotika Nasional mengungkap transaksi sabu lintas provinsi yang diatur dari kamar hunian "
        "{short}.",
    ),
    bodies=(
        "Anggota Komisi III DPR meminta audit menyeluruh atas pengamanan pintu masuk lapas.",
        "BNN menelusuri aliran dana hasil penjualan sabu ke sejumlah rekening.",
        "Ditjenpas menyatakan siap bekerja sama penuh dengan BNN.",
    ),
    posts=(
        "Tiap bulan ada berita bandar kendalikan sabu dari lapas. kapan berhentinya?",
        "Usut juga petugas yang bantu masukin HP ke {short}!",
    ),
)

DRUG_OWNED = Kind(
    code="narkoba_unit", tone="positif", issues=("narkoba", "barang_terlarang"), severity=1,
    titles=("{short} Dukung BNN, Napi Pengendali Sabu Dipindah ke Lapas High Risk",
            "Usai Kasus Sabu, {short} Geledah Seluruh Kamar Hunian"),
    leads=("{unit} mendukung penuh pengungkapan BNN dan langsung memindahkan {inisial} ke lapas dengan "
           "pengamanan maksimum.",
           "Petugas {short} menggeledah seluruh kamar hunian dan menyita belasan ponsel usai pengungkapan "
           "jaringan sabu."),
    bodies=("\"Kami tidak akan melindungi siapa pun, termasuk petugas bila terbukti terlibat,\" tegas "
            "{head} {head_name}.",),
    owned_posts=("{short} mendukung penuh langkah BNN. WBP berinisial {inisial} telah dipindahkan ke "
                 "lapas high risk dan seluruh kamar hunian digeledah 🚫📱",),
)

RESPON_KANWIL = Kind(
    code="respons_kanwil", tone="netral", issues=("kelembagaan",), severity=1,
    titles=(
        "{kanwil} Turunkan Tim Usut {peristiwa} di {short}",
        "Kakanwil Ditjenpas {abbr} Datangi {short}",
        "Ditjenpas Pantau Penanganan {peristiwa} di {short}",
    ),
    leads=(
        "{kanwil} menurunkan tim untuk menelusuri {peristiwa} di {unit}.",
        "Kepala {kanwil} {kakanwil} mendatangi {short} untuk memastikan penanganan {peristiwa}.",
    ),
    bodies=(
        "\"Kami akan terbuka menyampaikan hasil pemeriksaan kepada publik,\" ujar {kakanwil}.",
        "Tim terdiri dari unsur kepatuhan internal, pengamanan dan pembinaan.",
    ),
)

EVALUASI = Kind(
    code="evaluasi", tone="negatif", issues=("kelembagaan",), severity=2,
    titles=(
        "DPR Minta Evaluasi Total Usai {peristiwa} di {short}",
        "Pengamat: {peristiwa} di {short} Bukan Kasus Tunggal",
        "Usai {peristiwa}, Publik Tunggu Hasil Investigasi {short}",
    ),
    leads=(
        "Anggota Komisi III DPR meminta Ditjenpas mengevaluasi total {short} menyusul {peristiwa}.",
        "Kasus {peristiwa} di {short} dinilai mencerminkan persoalan struktural pemasyarakatan.",
    ),
    bodies=(
        "Persoalan kepadatan hunian dan minimnya petugas kembali disorot.",
        "Hasil investigasi internal dijanjikan diumumkan dalam dua pekan.",
    ),
    posts=("Kasus {short} kemarin gimana kelanjutannya? jangan sampai hilang gitu aja",),
)
