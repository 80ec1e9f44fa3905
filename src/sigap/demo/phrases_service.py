"""Positive everyday kinds (part 2): integrity zones, own searches, foiled smuggling, health, LPKA, Bapas."""

from __future__ import annotations

from sigap.demo.model import Kind

_CUSTODY = ("lapas", "rutan", "lapas_perempuan", "lapas_narkotika", "lpka")
_ADULT = ("lapas", "rutan", "lapas_perempuan", "lapas_narkotika")

_WBK_FACTS: dict[str, tuple[str, ...]] = {
    "tahap": ("pencanangan Zona Integritas", "penilaian Tim Penilai Nasional (TPN)",
              "evaluasi pembangunan Zona Integritas", "desk evaluation WBK/WBBM"),
    "predikat": ("Wilayah Bebas dari Korupsi (WBK)", "Wilayah Birokrasi Bersih dan Melayani (WBBM)"),
}

WBK = Kind(
    code="wbk", tone="positif", issues=("layanan_publik",), facts=_WBK_FACTS,
    titles=(
        "{short} Siap Raih Predikat {predikat}",
        "{short} Jalani {tahap}",
        "Tim Penilai Tinjau Layanan {short}",
        "Menuju {predikat}, {short} Jalani {tahap}",
    ),
    leads=(
        "{unit} menjalani {tahap} dalam upaya meraih predikat {predikat}, {hari}.",
        "Jajaran {short} memaparkan capaian pembangunan Zona Integritas dalam {tahap}, {hari}.",
    ),
    bodies=(
        "\"Predikat bukan tujuan akhir. Yang terpenting masyarakat merasakan layanan yang bersih dan "
        "cepat,\" ujar {head} {head_name}.",
        "Penilaian meliputi enam area perubahan, mulai dari manajemen perubahan hingga peningkatan "
        "kualitas pelayanan publik.",
        "Ruang layanan terpadu satu pintu juga dilengkapi kursi roda dan jalur khusus bagi penyandang "
        "disabilitas.",
        "Kepala {kanwil}, {kakanwil}, meminta seluruh pegawai menjaga komitmen antikorupsi.",
    ),
    posts=("semoga {short} lolos {predikat} ya, pelayanannya emang udah bagus sekarang 👏",),
    owned_posts=(
        "Bismillah, {short} siap menjalani {tahap}! Mohon doa dan dukungannya Sahabat Pemasyarakatan 🙏 "
        "#ZonaIntegritas",
    ),
)

PAKTA = Kind(
    code="pakta", tone="positif", issues=("layanan_publik", "kelembagaan"),
    titles=(
        "Komitmen Antikorupsi, Pegawai {short} Tandatangani Pakta Integritas",
        "Seluruh Pegawai {short} Teken Pakta Integritas",
        "{short} Deklarasikan Janji Kinerja dan Zero Pungli",
    ),
    leads=(
        "Seluruh pegawai {unit} menandatangani pakta integritas sebagai komitmen membangun Zona "
        "Integritas, {hari}.",
        "{unit} menggelar deklarasi janji kinerja dan penandatanganan pakta integritas yang disaksikan "
        "{kakanwil}.",
    ),
    bodies=(
        "\"Tidak ada ruang bagi pungli, narkoba dan handphone di sini,\" tegas {head} {head_name}.",
        "Deklarasi juga dihadiri perwakilan Forkopimda dan tokoh masyarakat {place}.",
        "Pakta integritas memuat larangan menerima gratifikasi dalam bentuk apa pun.",
    ),
    owned_posts=("Pegawai {short} menandatangani pakta integritas: ZERO pungli, ZERO halinar! ✊ #WBK #WBBM",),
)

INOVASI = Kind(
    code="inovasi", tone="positif", issues=("layanan_publik",),
    facts={"inovasi": ("SIPANDU", "LAYAN CEPAT", "Si-JEMPOL", "PASTI RAMAH", "KABAR WBP", "SAPA KELUARGA",
                       "TAMU BERKESAN", "Si-CERDAS")},
    titles=(
        "{short} Luncurkan Inovasi Layanan {inovasi}",
        "Inovasi {inovasi} {short} Permudah Akses Informasi {Wbp}",
        "Kenalan dengan {inovasi}, Layanan Digital {short}",
        "Survei Kepuasan Layanan {short} Naik Berkat {inovasi}",
    ),
    leads=(
        "{unit} meluncurkan inovasi layanan bernama {inovasi} untuk mempermudah masyarakat mengakses "
        "informasi warga binaan.",
        "Lewat inovasi {inovasi}, keluarga warga binaan {short} kini bisa memantau informasi hak WBP dari "
        "ponsel.",
    ),
    bodies=(
        "Inovasi {inovasi} memungkinkan keluarga memantau jadwal sidang TPP, remisi dan integrasi melalui "
        "ponsel.",
        "\"Informasi yang terbuka menutup celah pungli,\" kata {head} {head_name}.",
        "Hasil survei kepuasan masyarakat semester ini menunjukkan nilai di atas 90 dari skala 100.",
    ),
    owned_posts=("Kenalan sama inovasi {inovasi}: layanan informasi {Wbp} cukup dari genggaman 📱 #WBK #WBBM",),
)

PREDIKAT = Kind(
    code="predikat", tone="positif", issues=("layanan_publik",), facts=_WBK_FACTS,
    titles=(
        "{short} Raih Predikat {predikat}",
        "Kerja Keras Berbuah Manis, {short} Sabet Predikat {predikat}",
        "{short} Terima Penghargaan {predikat}",
    ),
    leads=(
        "{unit} berhasil meraih predikat {predikat} yang diserahkan pada {hari}.",
        "Predikat {predikat} resmi disandang {short} setelah melalui rangkaian penilaian panjang.",
    ),
    bodies=(
        "Kepala {kanwil}, {kakanwil}, mengapresiasi kerja keras jajaran {short}.",
        "\"Predikat ini milik masyarakat yang kami layani,\" ujar {head} {head_name}.",
        "Penilaian meliputi enam area perubahan, mulai dari manajemen perubahan hingga peningkatan "
        "kualitas pelayanan publik.",
    ),
    posts=("Selamat buat {short} atas predikat {predikat}! pertahankan 👏",),
    owned_posts=("Alhamdulillah, {short} meraih predikat {predikat}! Terima kasih atas dukungan seluruh "
                 "pihak 🏆",),
)

RAZIA = Kind(
    code="razia", tone="positif", issues=("barang_terlarang",), types=_CUSTODY,
    facts={"temuan": ("korek api, gunting kuku dan kabel listrik", "sendok yang diasah dan potongan besi",
                      "kabel, colokan listrik dan paku", "dua unit ponsel dan charger", "senjata tajam "
                      "rakitan",
                      "kartu remi dan uang tunai", "botol kaca dan tali rafia"),
           "mitra": ("Polres setempat", "Kodim", "BNN Kabupaten", "Satbrimob", "tim gabungan Kanwil")},
    titles=(
        "Razia Kamar Hunian, Petugas {short} Sita {temuan}",
        "{short} Gelar Razia Gabungan Bersama {mitra}",
        "Geledah Blok Hunian, {short} Temukan {temuan}",
        "Cegah Gangguan Kamtib, {short} Rutin Razia Kamar",
        "Razia Dini Hari di {short}, Petugas Amankan Barang Terlarang",
        "{short} dan {mitra} Sisir Kamar Hunian {Wbp}",
        "Perang Melawan Halinar, {short} Geledah {n2} Kamar",
    ),
    leads=(
        "Petugas {unit} menggelar razia kamar hunian pada {hari} dan menemukan {temuan}.",
        "{unit} bersama {mitra} melakukan penggeledahan serentak di blok hunian warga binaan.",
        "Dalam rangka deteksi dini gangguan keamanan dan ketertiban, jajaran {short} menggeledah {n2} "
        "kamar hunian.",
        "Razia gabungan di {short} yang dimulai {jam} berakhir dengan penyitaan {temuan}.",
    ),
    bodies=(
        "\"Razia ini rutin kami lakukan untuk memastikan {short} bersih dari handphone, pungli dan "
        "narkoba,\" kata {head} {head_name}.",
        "Seluruh barang temuan dicatat dan langsung dimusnahkan di hadapan petugas serta perwakilan {mitra}.",
        "{role} {officer} mengatakan razia berjalan tertib tanpa perlawanan dari warga binaan.",
        "Selain penggeledahan, petugas juga melakukan tes urine secara acak terhadap {n2} warga binaan.",
        "Kegiatan tersebut merupakan tindak lanjut instruksi pimpinan untuk menjaga kondisi aman dan "
        "kondusif.",
    ),
    posts=(
        "Mantap {short} rutin razia, semoga bersih terus dari hp dan narkoba",
        "razia lagi di {short} ya tadi malem? rame banget petugasnya",
    ),
    owned_posts=(
        "{place} – Razia kamar hunian {short} bersama {mitra}. Komitmen zero halinar! 🚫📱💊",
        "Deteksi dini gangguan kamtib: petugas {short} menggeledah {n2} kamar hunian malam ini. Situasi "
        "aman terkendali ✅",
    ),
)

TES_URINE = Kind(
    code="tes_urine", tone="positif", issues=("narkoba",), types=_CUSTODY,
    facts={"sasaran": ("pegawai", "warga binaan", "pegawai dan warga binaan")},
    titles=(
        "Tes Urine Mendadak, {n2} {sasaran} {short} Dinyatakan Negatif",
        "{short} Gandeng BNN Tes Urine {sasaran}",
        "Pastikan Bebas Narkoba, {short} Gelar Tes Urine Acak",
        "Hasil Tes Urine {sasaran} {short} Negatif Narkoba",
    ),
    leads=(
        "Sebanyak {n2} {sasaran} {unit} menjalani tes urine mendadak pada {hari}.",
        "{unit} bersama BNN setempat menggelar tes urine secara acak terhadap {sasaran}.",
    ),
    bodies=(
        "Hasilnya, seluruh sampel dinyatakan negatif dari kandungan narkotika.",
        "\"Pegawai harus jadi contoh. Tidak ada toleransi bagi yang terlibat narkoba,\" tegas {head} "
        "{head_name}.",
        "Tes dilakukan secara acak tanpa pemberitahuan sebelumnya.",
        "{role} {officer} menyebutkan kegiatan serupa akan digelar berkala setiap bulan.",
    ),
    owned_posts=(
        "Tes urine mendadak bagi {sasaran} {short} bersama BNN. Hasil: NEGATIF ✅ #StopNarkoba",
    ),
)

GAGALKAN = Kind(
    code="gagalkan", tone="positif", issues=("narkoba", "barang_terlarang"), types=_ADULT,
    facts={"barang": ("sabu", "ganja kering", "pil ekstasi", "obat keras", "dua unit ponsel"),
           "modus": ("diselipkan di dalam nasi bungkus", "disembunyikan di sol sandal",
                     "dimasukkan ke dalam bungkus kopi sachet", "dilempar dari luar tembok",
                     "diselipkan di jahitan celana", "disembunyikan di dalam buah pepaya",
                     "diselipkan di tutup botol sampo")},
    titles=(
        "Petugas {short} Gagalkan Penyelundupan {barang} yang {modus}",
        "Selundupkan {barang} ke {short}, Pengunjung Diamankan Petugas",
        "Modus Baru, {barang} {modus} Terdeteksi di Pintu {short}",
        "Sigap! Petugas P2U {short} Gagalkan Masuknya {barang}",
        "Upaya Penyelundupan {barang} ke {short} Digagalkan",
        "{short} Serahkan Pengunjung Pembawa {barang} ke Polisi",
    ),
    leads=(
        "Petugas {unit} menggagalkan upaya penyelundupan {barang} yang {modus} pada {hari}.",
        "Seorang pengunjung berinisial {inisial} diamankan petugas {short} setelah kedapatan membawa "
        "{barang} yang {modus}.",
        "Kejelian petugas pintu utama {short} berhasil mencegah masuknya {barang} ke dalam blok hunian.",
    ),
    bodies=(
        "Barang tersebut terdeteksi saat pemeriksaan dengan mesin pemindai sinar-X, {jam}.",
        "\"Kami tidak akan berkompromi. Pelaku langsung kami serahkan ke kepolisian untuk diproses "
        "hukum,\" ujar {head} {head_name}.",
        "Pengunjung tersebut mengaku hendak menitipkan barang itu untuk seorang warga binaan berinisial "
        "{inisial2}.",
        "Warga binaan yang diduga menjadi penerima langsung dipindahkan ke sel pengasingan untuk "
        "pemeriksaan.",
        "{head_name} mengapresiasi petugas jaga yang bekerja sesuai prosedur pemeriksaan berlapis.",
    ),
    posts=(
        "salut sama petugas {short}, modus {modus} aja bisa ketauan 😂",
        "Keren petugas lapas sekarang, penyelundupan {barang} langsung ketahuan. tangkap semua!",
    ),
    owned_posts=(
        "Petugas P2U {short} kembali menggagalkan penyelundupan {barang} yang {modus}. Pelaku telah "
        "diserahkan ke pihak kepolisian 👮",
    ),
)

KESEHATAN = Kind(
    code="kesehatan", tone="positif", issues=("kesehatan",), types=_CUSTODY,
    facts={"layanan": ("skrining TBC", "tes HIV sukarela", "pemeriksaan gigi gratis", "donor darah",
                       "posyandu lansia", "pemeriksaan mata dan pembagian kacamata", "vaksinasi",
                       "penyuluhan kesehatan reproduksi", "cek gula darah dan tensi"),
           "mitra": ("Dinas Kesehatan", "puskesmas setempat", "PMI", "rumah sakit daerah",
                     "fakultas kedokteran universitas setempat")},
    titles=(
        "{short} Gandeng {mitra} Gelar {layanan} bagi {Wbp}",
        "{n3} Warga Binaan {short} Ikuti {layanan}",
        "Jaga Kesehatan {Wbp}, {short} Adakan {layanan}",
        "Klinik {short} Layani {layanan} Gratis",
        "Peduli Kesehatan, {short} dan {mitra} Kolaborasi {layanan}",
        "Layanan Kesehatan {short} Jangkau {n3} Penghuni",
    ),
    leads=(
        "{unit} bekerja sama dengan {mitra} menggelar {layanan} bagi warga binaan, {hari}.",
        "Sebanyak {n3} {wbp} {short} mengikuti {layanan} di klinik pratama, {hari}.",
        "Klinik {short} kembali menghadirkan layanan {layanan} untuk menjaga kesehatan penghuni.",
    ),
    bodies=(
        "\"Kesehatan warga binaan adalah hak yang harus kami penuhi,\" kata {head} {head_name}.",
        "Dokter klinik, dr. {officer}, menyebut warga binaan yang memerlukan penanganan lanjutan akan "
        "dirujuk ke rumah sakit.",
        "Kegiatan ini juga diikuti oleh sejumlah pegawai dan keluarga pegawai.",
        "Perwakilan {mitra} berharap pemeriksaan rutin dapat mencegah penularan penyakit di dalam hunian "
        "yang padat.",
    ),
    posts=(
        "Alhamdulillah ada {layanan} buat WBP di {short}, semoga sehat2 semua di dalam 🙏",
    ),
    owned_posts=(
        "{layanan} bersama {mitra} bagi {Wbp} {short} hari ini. Sehat itu hak semua! 🩺",
        "Klinik {short} melayani {layanan} bagi {n3} warga binaan. Terima kasih {mitra} 🙏",
    ),
)

LPKA_SEKOLAH = Kind(
    code="lpka_sekolah", tone="positif", issues=("pembinaan", "hak_wbp"), types=("lpka",),
    facts={"kegiatan": ("ujian Paket B dan C", "lomba cerdas cermat", "kelas coding", "pentas seni",
                        "kelas bahasa Inggris", "turnamen futsal", "pelatihan fotografi")},
    titles=(
        "Anak Binaan {short} Ikuti {kegiatan}",
        "Tetap Bersekolah, {n2} Anak Binaan {short} Jalani {kegiatan}",
        "{short} Pastikan Hak Pendidikan Anak Terpenuhi",
        "Semangat Belajar Anak Binaan {short} Lewat {kegiatan}",
        "{short} Hadirkan {kegiatan} untuk Anak Binaan",
    ),
    leads=(
        "Sebanyak {n2} anak binaan {unit} mengikuti {kegiatan} pada {hari}.",
        "{unit} memastikan anak yang berhadapan dengan hukum tetap mendapatkan hak pendidikan melalui "
        "{kegiatan}.",
    ),
    bodies=(
        "\"Mereka tetap anak-anak yang punya masa depan. Pendidikan tidak boleh terputus,\" ujar Kepala "
        "LPKA {head_name}.",
        "Kegiatan didukung oleh Dinas Pendidikan dan sejumlah relawan pengajar.",
        "Anak binaan yang lulus akan memperoleh ijazah resmi tanpa keterangan lokasi ujian.",
    ),
    owned_posts=(
        "Semangat belajar anak binaan {short} di {kegiatan} 📚✨ Masa depan masih panjang!",
    ),
)

BAPAS_BIMBINGAN = Kind(
    code="bapas", tone="positif", issues=("pembinaan", "hak_wbp"), types=("bapas",),
    facts={"kegiatan": ("pendampingan diversi", "penelitian kemasyarakatan (litmas)", "bimbingan wajib lapor",
                        "pembentukan Kelompok Masyarakat Peduli Pemasyarakatan (Pokmas Lipas)",
                        "pelatihan wirausaha bagi klien", "sosialisasi pidana kerja sosial",
                        "bimbingan kepribadian klien dewasa")},
    titles=(
        "{short} Gelar {kegiatan}",
        "Pembimbing Kemasyarakatan {short} Laksanakan {kegiatan}",
        "Dampingi Klien, {short} Lakukan {kegiatan}",
        "{n2} Klien {short} Ikuti {kegiatan}",
        "{short} Perkuat Reintegrasi Lewat {kegiatan}",
    ),
    leads=(
        "{unit} melaksanakan {kegiatan} pada {hari}.",
        "Pembimbing Kemasyarakatan (PK) {unit} menggelar {kegiatan} yang diikuti {n2} klien pemasyarakatan.",
        "Sebanyak {n2} klien pemasyarakatan {short} mengikuti {kegiatan}, {hari}.",
    ),
    bodies=(
        "\"Klien yang dibimbing dengan baik akan lebih mudah diterima kembali oleh masyarakat,\" kata "
        "{head} {head_name}.",
        "{role} {officer} menyebut jumlah klien aktif {short} saat ini mencapai {n4} orang.",
        "Kegiatan ini melibatkan aparat desa, tokoh masyarakat dan pemerintah daerah.",
        "Klien yang tidak hadir tanpa alasan dapat dikenai sanksi hingga pencabutan hak integrasi.",
    ),
    owned_posts=(
        "{kegiatan} oleh PK {short} hari ini. Bimbingan humanis untuk reintegrasi sosial 🤝",
    ),
)
