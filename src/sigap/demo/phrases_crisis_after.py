"""Words for the scripted crisis after day one: extortion claims, denials, recaptures, decay, repair."""

from __future__ import annotations

from sigap.demo.model import Kind

PUNGLI = Kind(
    code="krisis_pungli", tone="negatif", issues=("pungli_suap", "pelarian"), severity=3,
    titles=(
        "Viral Istri Napi Ngaku Setor {bayar} ke Oknum Petugas {short}",
        "Setelah Napi Kabur, Muncul Dugaan Pungli di {short}",
        "Pengakuan Keluarga WBP: Bayar {bayar} untuk Kamar Nyaman di {short}",
        "Ombudsman Dalami Dugaan Pungutan Liar di {short}",
        "ICW Desak Usut Dugaan Jual Beli Kamar di {short}",
        "Dugaan Pungli {short}: Napi Kabur Disebut Pernah Bayar Petugas",
        "Video Pengakuan Pungli di {short} Ditonton Jutaan Kali",
        "Skandal {short} Melebar, dari Napi Kabur ke Pungli",
    ),
    leads=(
        "Sebuah video berisi pengakuan istri seorang narapidana {unit} yang mengaku menyetor {bayar} "
        "kepada oknum petugas viral di media sosial.",
        "Belum tuntas perburuan napi kabur, {short} kini diterpa dugaan pungutan liar.",
        "Ombudsman perwakilan {province} menyatakan akan memanggil pimpinan {short} terkait dugaan pungli "
        "yang ramai di media sosial.",
        "Dugaan praktik jual beli kamar di {short} mencuat setelah keluarga warga binaan buka suara.",
    ),
    bodies=(
        "Dalam video itu, perempuan tersebut menyebut uang diserahkan agar suaminya bisa menempati kamar "
        "yang lebih longgar di {blok}.",
        "Ia juga mengklaim beberapa napi yang kabur pernah membayar agar bebas keluar-masuk blok.",
        "Video berdurasi dua menit tersebut telah dibagikan puluhan ribu kali.",
        "Pegiat antikorupsi menilai pungli dan lemahnya pengamanan saling berkaitan.",
        "Hingga kini belum ada keterangan resmi soal identitas oknum yang dimaksud.",
    ),
    posts=(
        "Nah kan ketauan. istri napi ngaku bayar {bayar} biar dapet kamar enak di {short}. usut pak! #pungli",
        "pantesan bisa kabur, wong bisa bayar petugas 🤡 #{place}",
        "Video pengakuan keluarga napi {short} udah ditonton jutaan. @ombudsman tolong ini",
        "Katanya layanan gratis, ternyata kamar aja ada harganya. miris",
        "Gue dulu jenguk sodara di sana juga dimintain duit. baru sekarang rame",
        "Sebarkan! biar Ditjenpas ga bisa tutup mata soal pungli di {short}",
    ),
)

BANTAH = Kind(
    code="krisis_bantah", tone="netral", issues=("pungli_suap",), severity=2,
    titles=(
        "{short} Bantah Ada Jual Beli Kamar, Persilakan Ombudsman Memeriksa",
        "Tanggapi Video Viral, {head_place} Buka Pintu Investigasi",
        "Kanwil Periksa Dugaan Pungli di {short}",
        "Soal Video Pungli, Pihak {short} Minta Pelapor Beri Bukti",
    ),
    leads=(
        "Pihak {unit} membantah adanya praktik jual beli kamar dan mempersilakan Ombudsman memeriksa.",
        "{kanwil} menurunkan tim kepatuhan internal untuk memeriksa dugaan pungli di {short}.",
    ),
    bodies=(
        "\"Kami terbuka. Jika ada oknum yang terbukti, akan kami proses sesuai aturan,\" kata Plh {head} "
        "{officer}.",
        "Warga yang memiliki bukti pungutan diminta melapor melalui layanan pengaduan resmi.",
        "Tim akan memeriksa rekaman CCTV serta meminta keterangan keluarga warga binaan.",
    ),
    owned_posts=(
        "KLARIFIKASI: Seluruh layanan di {short} tidak dipungut biaya. Kami mempersilakan pihak berwenang "
        "memeriksa dan membuka kanal pengaduan 24 jam.",
        "Menanggapi video yang beredar, {short} bersama {kanwil} telah membentuk tim pemeriksa. Laporkan "
        "pungutan melalui kanal resmi kami.",
    ),
)

TANGKAP = Kind(
    code="krisis_tangkap", tone="netral", issues=("pelarian",), severity=1,
    titles=(
        "{tangkap} dari {jumlah} Napi {short} yang Kabur Berhasil Ditangkap",
        "Napi {short} yang Kabur Ditangkap di Kebun Warga",
        "Satu Lagi Napi Kabur {short} Menyerahkan Diri",
        "Polisi Tangkap Napi {short} di Pelabuhan",
        "Sisa Napi Kabur dari {short} Masih Diburu",
    ),
    leads=(
        "Tim gabungan berhasil menangkap {tangkap} dari {jumlah} narapidana yang kabur dari {unit}.",
        "Seorang napi {short} yang kabur berinisial {inisial} ditangkap saat bersembunyi di kebun warga.",
        "Narapidana {short} berinisial {inisial2} menyerahkan diri setelah dibujuk keluarganya.",
    ),
    bodies=(
        "Para napi yang tertangkap langsung dibawa kembali ke {short} dan ditempatkan di sel pengasingan.",
        "Polisi masih memburu napi lainnya yang diduga sudah keluar dari {place}.",
        "Penangkapan dilakukan berkat informasi dari warga.",
    ),
)

TANGKAP_OWNED = Kind(
    code="krisis_tangkap_unit", tone="positif", issues=("pelarian",), severity=1,
    titles=("Petugas {short} dan Polri Tangkap Kembali {tangkap} WBP yang Melarikan Diri",),
    leads=("Petugas {unit} bersama kepolisian berhasil menangkap kembali {tangkap} warga binaan yang "
           "melarikan diri.",),
    bodies=(
        "\"Terima kasih kepada Polri dan masyarakat atas bantuan informasinya,\" ujar Plh {head} {officer}.",
        "Pengejaran terhadap WBP lainnya terus dilakukan.",
    ),
    owned_posts=(
        "UPDATE: Petugas {short} bersama Polri berhasil mengamankan kembali {tangkap} WBP yang melarikan "
        "diri. Terima kasih atas dukungan masyarakat 🙏",
        "Satu per satu WBP yang melarikan diri berhasil diamankan. Pengejaran terus dilakukan bersama "
        "aparat 👮",
    ),
)

DECAY = Kind(
    code="krisis_lanjut", tone="negatif", issues=("pelarian",), severity=2,
    titles=(
        "Sepekan Berlalu, Napi Kabur {short} Belum Semua Tertangkap",
        "Komisi III DPR Akan Panggil Dirjenpas soal {short}",
        "Belajar dari {short}: Lapas Padat, Petugas Minim",
        "Keluarga Korban Kejahatan Khawatirkan Napi {short} yang Masih Buron",
    ),
    leads=(
        "Perburuan narapidana yang kabur dari {unit} belum sepenuhnya membuahkan hasil.",
        "Komisi III DPR berencana memanggil Dirjen Pemasyarakatan terkait kaburnya napi {short}.",
    ),
    bodies=(
        "Kasus ini dinilai menjadi momentum untuk membenahi rasio petugas dan penghuni.",
        "Polisi telah memasukkan napi yang belum tertangkap ke daftar pencarian orang (DPO).",
    ),
    posts=(
        "Udah seminggu masih ada napi {short} yang belum ketangkep ya? serem juga",
        "Kasus {short} kok sepi beritanya sekarang. yang pungli gimana kelanjutannya?",
    ),
)

BENAH = Kind(
    code="krisis_benah", tone="positif", issues=("kelembagaan", "pelarian"), severity=0,
    titles=(
        "{short} Perketat Pengamanan, Pasang CCTV Baru di Seluruh Blok",
        "Pascapelarian, {short} Ganti Teralis dan Tambah Petugas Jaga",
    ),
    leads=("{unit} memperketat pengamanan dengan mengganti teralis dan menambah kamera pengawas di "
           "seluruh blok hunian.",),
    bodies=(
        "Jumlah petugas jaga malam ditambah dari empat menjadi sepuluh orang per regu.",
        "\"Ini pelajaran mahal bagi kami,\" ujar Plh {head} {officer}.",
    ),
    owned_posts=(
        "Pembenahan sarana pengamanan {short}: penggantian teralis, penambahan CCTV dan regu jaga. Kami "
        "berkomitmen memberi rasa aman bagi masyarakat 🔒",
    ),
)
