"""Positive everyday kinds (part 1): rights delivered, visits, skills, faith and character programmes."""

from __future__ import annotations

from sigap.demo.model import Kind

_CUSTODY = ("lapas", "rutan", "lapas_perempuan", "lapas_narkotika", "lpka")
_ADULT = ("lapas", "rutan", "lapas_perempuan", "lapas_narkotika")

INTEGRASI = Kind(
    code="integrasi", tone="positif", issues=("hak_wbp",), types=_ADULT,
    facts={"program": ("pembebasan bersyarat (PB)", "cuti bersyarat (CB)", "cuti menjelang bebas (CMB)",
                       "asimilasi di rumah")},
    titles=(
        "{n2} {Wbp} {short} Bebas Lewat Program {program}",
        "{short} Serahkan SK {program} kepada {n2} Warga Binaan",
        "{n2} Narapidana {short} Hirup Udara Bebas, Jalani {program}",
        "Hak Integrasi Dipenuhi, {n2} Warga Binaan {short} Kembali ke Keluarga",
        "Tanpa Biaya, {short} Proses {program} untuk {n2} {Wbp}",
        "Kado Manis dari {short}: {n2} Warga Binaan Dapat {program}",
    ),
    leads=(
        "Sebanyak {n2} {wbp_long} {unit} resmi menjalani {program} pada {hari}.",
        "{unit} menyerahkan surat keputusan {program} kepada {n2} narapidana di aula pertemuan, {hari}.",
        "Suasana haru menyelimuti halaman {short} saat {n2} WBP dijemput keluarga setelah menerima "
        "{program}, {hari}.",
        "Sebanyak {n2} narapidana {short} kembali ke tengah keluarga melalui program {program}.",
    ),
    bodies=(
        "\"Seluruh proses pengusulan tidak dipungut biaya sepeser pun. Kalau ada yang meminta uang, "
        "laporkan kepada kami,\" tegas {head} {head_name}.",
        "{head} {head_name} menjelaskan, penerima {program} telah memenuhi syarat administratif dan "
        "substantif, termasuk berkelakuan baik selama menjalani pidana.",
        "Para penerima wajib melapor ke Balai Pemasyarakatan (Bapas) sesuai wilayah domisili masing-masing.",
        "Menurut {role} {officer}, pengusulan dilakukan secara daring melalui Sistem Database "
        "Pemasyarakatan sehingga dapat dipantau keluarga.",
        "Ia berpesan agar para warga binaan tidak mengulangi perbuatannya dan memanfaatkan keterampilan "
        "yang diperoleh selama pembinaan.",
        "Pemberian hak integrasi, kata dia, merupakan bagian dari upaya mengembalikan WBP ke masyarakat "
        "sekaligus mengurangi kepadatan hunian.",
    ),
    posts=(
        "Alhamdulillah hari ini bapak pulang juga dari {short} lewat {program} 🙏 makasih bapak ibu petugas",
        "baru tau ngurus {program} di {short} gratis total, kirain harus bayar2 😅",
        "Akhirnya bisa kumpul lagi sama keluarga. Terima kasih {handle} sudah dibantu prosesnya 🙏",
    ),
    owned_posts=(
        "{place} – {short} menyerahkan SK {program} kepada {n2} warga binaan, {hari_s}. Seluruh layanan "
        "GRATIS, tanpa pungutan biaya! 🚫💰",
        "Selamat kembali ke tengah keluarga! Hari ini {n2} {Wbp} {short} menjalani {program}. Jadilah "
        "pribadi yang lebih baik 💪",
    ),
)

REMISI = Kind(
    code="remisi", tone="positif", issues=("hak_wbp",), types=_ADULT,
    facts={"remisi": ("Remisi Khusus Natal", "remisi khusus hari raya", "Remisi Umum")},
    titles=(
        "{short} Usulkan {n3} {Wbp} Terima {remisi}",
        "{short} Pastikan Usulan {remisi} Tepat Sasaran",
        "{n3} Warga Binaan {short} Diusulkan Dapat {remisi}",
        "Berkelakuan Baik, {n3} Napi {short} Berpeluang Dapat {remisi}",
    ),
    leads=(
        "{unit} mengusulkan {n3} warga binaan untuk memperoleh {remisi} tahun ini.",
        "Sebanyak {n3} narapidana {short} masuk daftar usulan penerima {remisi}.",
        "Tim Pengamat Pemasyarakatan (TPP) {short} menggelar sidang penetapan usulan {remisi} bagi {n3} "
        "warga binaan, {hari}.",
    ),
    bodies=(
        "\"Remisi adalah hak, bukan hadiah. Syaratnya jelas dan prosesnya gratis,\" kata {head} {head_name}.",
        "Usulan tersebut selanjutnya diverifikasi {kanwil} sebelum diteruskan ke Direktorat Jenderal "
        "Pemasyarakatan.",
        "Besaran remisi yang diusulkan berkisar antara 15 hari hingga dua bulan, tergantung lama pidana "
        "yang telah dijalani.",
        "Warga binaan yang pernah melanggar tata tertib dan tercatat dalam register F tidak diusulkan.",
    ),
    owned_posts=(
        "Sidang TPP usulan {remisi} bagi {n3} {Wbp} {short} telah dilaksanakan. Layanan hak {Wbp} tidak "
        "dipungut biaya apa pun ✅",
    ),
)

KUNJUNGAN = Kind(
    code="kunjungan", tone="positif", issues=("hak_wbp", "layanan_publik"), types=_CUSTODY,
    facts={"layanan": ("video call", "pendaftaran kunjungan daring", "penitipan barang dengan pemindai sinar-X",
                       "antrean kunjungan berbasis WhatsApp", "ruang tunggu ramah anak",
                       "kunjungan lansia tanpa antre")},
    titles=(
        "{short} Buka Layanan {layanan} bagi Keluarga {Wbp}",
        "Keluarga Warga Binaan {short} Kini Bisa Manfaatkan Layanan {layanan}",
        "Permudah Keluarga, {short} Hadirkan {layanan}",
        "Layanan {layanan} di {short} Disambut Positif Pengunjung",
        "Inovasi Layanan Kunjungan {short}: {layanan}",
    ),
    leads=(
        "{unit} menghadirkan layanan {layanan} untuk mempermudah keluarga yang ingin bertemu warga binaan.",
        "Keluarga warga binaan {short} kini dapat memanfaatkan layanan {layanan} yang mulai berlaku {hari}.",
    ),
    bodies=(
        "\"Kami ingin keluarga merasa nyaman dan tidak menunggu terlalu lama. Semua layanan gratis,\" "
        "kata {head} {head_name}.",
        "Menurut {role} {officer}, setiap pengunjung cukup membawa kartu identitas dan mendaftar sehari "
        "sebelumnya.",
        "Pengunjung asal {place}, {officer2}, mengaku terbantu karena prosesnya cepat dan petugas ramah.",
        "Ruang tunggu juga dilengkapi pojok bermain anak dan layanan informasi hak warga binaan.",
    ),
    posts=(
        "min {handle} layanan {layanan} itu daftarnya lewat mana ya?",
        "video call sama suami di {short} lancar, lumayan ngobatin kangen anak2 🥹",
    ),
    owned_posts=(
        "Sahabat Pemasyarakatan, layanan {layanan} {short} kini hadir untuk keluarga {Wbp}. Gratis tanpa "
        "pungutan biaya! 📲",
    ),
)

KUNJUNGAN_RAMAI = Kind(
    code="kunjungan_ramai", tone="positif", issues=("hak_wbp",), types=_CUSTODY,
    facts={"waktu": ("akhir pekan", "hari libur nasional", "Sabtu dan Minggu", "hari libur cuti bersama")},
    titles=(
        "Antrean Kunjungan di {short} Kini Lebih Tertib",
        "{short} Tetap Layani Kunjungan pada {waktu}",
        "Ratusan Keluarga Kunjungi {Wbp} {short}, Petugas Pastikan Layanan Lancar",
        "{n3} Pengunjung Padati {short}, Layanan Berjalan Tertib",
    ),
    leads=(
        "Sebanyak {n3} pengunjung memadati ruang layanan kunjungan {short} pada {hari}.",
        "{short} tetap membuka layanan kunjungan pada {waktu} untuk memenuhi hak warga binaan bertemu "
        "keluarga.",
    ),
    bodies=(
        "Petugas memeriksa barang titipan dengan teliti untuk mencegah masuknya barang terlarang.",
        "Layanan kunjungan dibuka pukul 09.00 hingga 14.00 {tz} dengan durasi pertemuan sekitar 30 menit.",
        "\"Jumlah petugas layanan kami tambah agar antrean tidak menumpuk,\" ujar {role} {officer}.",
        "Pengunjung asal {place}, {officer2}, mengaku tidak perlu menunggu lama.",
    ),
    posts=(
        "Tadi jenguk adik di {short}, antrenya rapi, petugasnya ramah. mantap pelayanannya 👍",
        "min {handle} jadwal kunjungan {waktu} buka jam berapa ya?",
        "Pelayanan kunjungan di {short} sekarang jauh lebih tertib ya, beda sama dulu",
    ),
    owned_posts=(
        "{place} – Layanan kunjungan {short} hari ini melayani {n3} pengunjung dengan tertib dan humanis 🤝",
        "INFO LAYANAN: {short} tetap melayani kunjungan pada {waktu}. Jangan lupa bawa KTP ya! 🪪",
    ),
)

PRODUK = Kind(
    code="produk", tone="positif", issues=("pembinaan",), types=_CUSTODY,
    facts={"produk": ("roti dan kue kering", "kerajinan rotan", "batik tulis", "tas anyaman", "mebel jati",
                      "kopi bubuk", "sabun cair", "sandal hotel", "paving block", "tempe", "keset kain perca",
                      "miniatur kapal", "kain tenun ikat", "sayur hidroponik", "ikan lele", "telur ayam kampung")},
    titles=(
        "Produk {produk} Karya {Wbp} {short} Tembus Pasar Lokal",
        "Dari Balik Tembok {short}, Lahir {produk} Berkualitas",
        "{short} Panen {produk} Hasil Pembinaan Warga Binaan",
        "{short} Pamerkan {produk} Buatan {Wbp} di Pameran UMKM {place}",
        "Omzet Penjualan {produk} Buatan {Wbp} {short} Terus Naik",
        "Bengkel Kerja {short} Hasilkan {produk}",
        "Warga Binaan {short} Produksi {produk}, Laris Dipesan Warga",
    ),
    leads=(
        "Warga binaan pemasyarakatan (WBP) {unit} berhasil memproduksi {produk} yang kini dipasarkan ke "
        "masyarakat umum.",
        "{unit} memamerkan {produk} hasil karya warga binaan dalam pameran produk UMKM di {place}, {hari}.",
        "Kegiatan pembinaan kemandirian di {short} kembali membuahkan hasil. Kali ini warga binaan "
        "menghasilkan {produk}.",
    ),
    bodies=(
        "\"Kami ingin warga binaan punya keterampilan yang bisa langsung dipakai begitu kembali ke "
        "masyarakat,\" ujar {head} {head_name}.",
        "{role} {officer} menyebutkan, setiap bulan hasil penjualan disetorkan sebagai Penerimaan Negara "
        "Bukan Pajak (PNBP) dan sebagian menjadi premi bagi WBP.",
        "Produk tersebut dapat dibeli langsung di galeri layanan {short} maupun dipesan secara daring.",
        "Kegiatan ini merupakan bagian dari program pembinaan kemandirian yang dicanangkan {kanwil}.",
        "Dalam sebulan, bengkel kerja mampu memenuhi puluhan pesanan dari instansi dan warga sekitar.",
    ),
    posts=(
        "Beli {produk} buatan warga binaan {short}, kualitasnya ga kalah sama toko 👌 support!",
        "keren sih napi di {short} bisa bikin {produk} sebagus ini",
        "Tadi mampir stand {short} di pameran, {produk} bagus2 dan murah. Semoga berkah buat yg bikin",
    ),
    owned_posts=(
        "{place} – Warga binaan {short} terus berkarya! Kali ini {produk} hasil pembinaan kemandirian "
        "siap dipasarkan 🛍️",
        "Dukung produk karya {Wbp} {short}! {produk} bisa dipesan di galeri layanan kami. Hubungi DM untuk "
        "pemesanan 📦",
    ),
)

PELATIHAN = Kind(
    code="pelatihan", tone="positif", issues=("pembinaan",), types=_CUSTODY,
    facts={"latih": ("barista", "las listrik", "tata boga", "menjahit", "pangkas rambut", "budidaya ikan lele",
                     "pertanian hidroponik", "servis sepeda motor", "desain grafis", "sablon kaus",
                     "pembuatan pupuk organik", "tata rias")},
    titles=(
        "{n2} Warga Binaan {short} Ikuti Pelatihan {latih} Bersertifikat",
        "Warga Binaan {short} Belajar {latih}, Bekal Usai Bebas",
        "Pelatihan {latih} di {short} Siapkan {Wbp} Mandiri",
        "Keterampilan {latih} Warga Binaan {short} Diganjar Sertifikat",
        "{short} Gandeng BLK Latih {Wbp} Keterampilan {latih}",
    ),
    leads=(
        "Sebanyak {n2} warga binaan {short} mengikuti pelatihan {latih} yang dibuka pada {hari}.",
        "{short} bekerja sama dengan balai latihan kerja setempat menggelar pelatihan {latih} bagi {n2} WBP.",
    ),
    bodies=(
        "\"Kami ingin warga binaan punya keterampilan yang bisa langsung dipakai begitu kembali ke "
        "masyarakat,\" ujar {head} {head_name}.",
        "Pelatihan berlangsung selama {n2} hari dengan instruktur bersertifikat.",
        "Salah seorang peserta berinisial {inisial} mengaku ingin membuka usaha sendiri setelah bebas nanti.",
        "Peserta yang lulus uji kompetensi akan menerima sertifikat yang diakui dunia usaha.",
        "Menurut {role} {officer}, peserta dipilih berdasarkan hasil asesmen minat dan bakat.",
    ),
    posts=(
        "semoga ilmu {latih} dari {short} kepake pas udah bebas ya. semangat!",
    ),
    owned_posts=(
        "Pelatihan {latih} bagi {n2} {Wbp} resmi dibuka hari ini. Bekal keterampilan untuk masa depan yang "
        "lebih baik 💪",
    ),
)

KEPRIBADIAN = Kind(
    code="kepribadian", tone="positif", issues=("pembinaan",), types=_CUSTODY,
    facts={"kegiatan": ("khataman Al-Qur'an", "pesantren kilat", "kebaktian bersama", "penyuluhan hukum",
                        "kelas literasi", "lomba kebersihan kamar hunian", "pembinaan wawasan kebangsaan",
                        "lomba azan dan tilawah", "pelatihan kepramukaan", "konseling adiksi", "senam "
                        "kebugaran"),
           "mitra": ("Kantor Kementerian Agama", "organisasi keagamaan setempat", "Pemerintah Kota",
                     "Kodim setempat", "perpustakaan daerah", "sebuah universitas negeri")},
    titles=(
        "{n3} {Wbp} {short} Ikuti {kegiatan}",
        "{short} Gandeng {mitra} Gelar {kegiatan}",
        "Warga Binaan {short} Antusias Ikuti {kegiatan}",
        "Bina Kepribadian, {short} Rutin Gelar {kegiatan}",
        "{kegiatan} Jadi Agenda Rutin Warga Binaan {short}",
        "Suasana Khidmat Warnai {kegiatan} di {short}",
        "{short} Perkuat Pembinaan Mental {Wbp} Lewat {kegiatan}",
    ),
    leads=(
        "Sebanyak {n3} warga binaan {unit} mengikuti {kegiatan} yang digelar di aula, {hari}.",
        "{unit} bekerja sama dengan {mitra} menyelenggarakan {kegiatan} bagi warga binaan.",
        "Kegiatan {kegiatan} kembali digelar di {short} sebagai bagian dari pembinaan kepribadian {wbp}.",
        "Ratusan {wbp} {short} tampak antusias mengikuti {kegiatan}, {hari}.",
    ),
    bodies=(
        "\"Pembinaan kepribadian sama pentingnya dengan kemandirian. Kami ingin mereka pulang dengan hati "
        "yang lebih baik,\" kata {head} {head_name}.",
        "Kegiatan dibuka oleh {role} {officer} dan berlangsung hingga siang hari.",
        "Perwakilan {mitra}, {officer2}, berharap kegiatan serupa bisa dilaksanakan secara berkelanjutan.",
        "Peserta terbaik mendapat hadiah berupa perlengkapan ibadah dan buku bacaan.",
        "Menurut {head_name}, kegiatan ini juga menjadi salah satu penilaian dalam pengusulan hak warga "
        "binaan.",
        "Salah seorang peserta, {inisial}, mengaku lebih tenang menjalani masa pidananya setelah rutin "
        "mengikuti kegiatan tersebut.",
    ),
    posts=(
        "Adem liat video {kegiatan} di {short}. semoga istiqomah semua 🤲",
        "salut sama program {kegiatan} di lapas, orang berhak dapat kesempatan kedua",
    ),
    owned_posts=(
        "{place} – {kegiatan} bersama {mitra} diikuti {n3} {Wbp} {short} dengan khidmat 🙏",
        "Pembinaan kepribadian terus berjalan! {kegiatan} hari ini berlangsung tertib dan penuh semangat ✨",
        "Terima kasih {mitra} atas sinergi dalam {kegiatan} bagi warga binaan {short} 🤝",
    ),
)
