"""Neutral kinds: ceremonies, rotations, statistics, visits, passing mentions, national policy; traps."""

from __future__ import annotations

from sigap.demo.model import Kind

UPACARA = Kind(
    code="upacara", tone="netral", issues=("kelembagaan",),
    facts={"acara": ("upacara peringatan Hari Sumpah Pemuda", "upacara Hari Pahlawan", "apel siaga pengamanan",
                     "upacara Hari Kesadaran Nasional", "apel pagi gabungan", "upacara Hari Kesaktian Pancasila",
                     "apel kesiapsiagaan menghadapi musim hujan"),
           "pembina": ("Kepala Divisi Pemasyarakatan", "Kakanwil", "Sekda setempat")},
    titles=(
        "Jajaran {short} Ikuti {acara}",
        "{short} Gelar {acara}",
        "{acara} di {short} Berlangsung Khidmat",
        "Pegawai dan WBP {short} Laksanakan {acara}",
        "{pembina} Pimpin {acara} di {short}",
    ),
    leads=(
        "Jajaran {unit} mengikuti {acara} di lapangan utama, {hari}.",
        "{unit} menggelar {acara} yang diikuti pegawai dan perwakilan warga binaan.",
        "Bertindak sebagai pembina dalam {acara} di {short}, {pembina}.",
    ),
    bodies=(
        "Dalam amanatnya, pembina upacara mengingatkan pegawai untuk menjaga integritas dan disiplin.",
        "Kegiatan berlangsung sekitar satu jam dan diakhiri dengan doa bersama.",
        "Upacara diikuti sekitar {n2} pegawai dari seluruh bidang.",
    ),
    owned_posts=(
        "Jajaran {short} mengikuti {acara}, {hari_s} 🇮🇩",
        "{acara} di lapangan {short} berlangsung tertib dan khidmat.",
    ),
)

ROTASI = Kind(
    code="rotasi", tone="netral", issues=("kelembagaan",),
    facts={"jabatan": ("Kepala Pengamanan", "Kasi Binadik", "Kasubbag Tata Usaha", "Kasi Giatja", "Ka. KPLP")},
    titles=(
        "{head} {short} Resmi Berganti",
        "Sertijab {head} {short}, {head_name} Kini Memimpin",
        "{kakanwil} Lantik Pejabat Baru di {short}",
        "Pejabat {jabatan} {short} Dirotasi",
        "{head_name} Resmi Jabat {head_long}",
        "Pisah Sambut {head} {short} Digelar Sederhana",
    ),
    leads=(
        "{head_name} resmi menjabat sebagai {head_long} setelah serah terima jabatan di aula {kanwil}, {hari}.",
        "Kepala {kanwil} {kakanwil} melantik sejumlah pejabat baru di lingkungan {short}.",
        "Jabatan {jabatan} {short} kini diisi pejabat baru setelah rotasi di lingkungan {kanwil}.",
    ),
    bodies=(
        "Rotasi jabatan disebut sebagai hal biasa dalam pembinaan karier pegawai.",
        "{kakanwil} meminta pejabat baru segera beradaptasi dan melanjutkan program yang sudah berjalan.",
        "Pejabat lama mendapat tugas baru di unit lain di lingkungan Direktorat Jenderal Pemasyarakatan.",
    ),
    owned_posts=(
        "Selamat bertugas {head} {short} yang baru, Bapak {head_name} 🤝",
    ),
)

STATISTIK = Kind(
    code="statistik", tone="netral", issues=("overkapasitas",), types=("lapas", "rutan", "lapas_narkotika"),
    titles=(
        "Penghuni {short} Capai {penghuni} Orang",
        "Data Terbaru: {short} Huni {penghuni} WBP, Kapasitas {kapasitas}",
        "Isi {short} {pct} Persen dari Kapasitas",
        "{short} Pindahkan {n2} Narapidana ke Lapas Lain",
        "Jumlah Tahanan dan Narapidana {short} Bertambah",
    ),
    leads=(
        "Jumlah penghuni {unit} per {hari} tercatat {penghuni} orang, sementara kapasitas hunian hanya {kapasitas} orang.",
        "{unit} memindahkan {n2} narapidana ke sejumlah lapas di wilayah {province} untuk pemerataan hunian.",
        "Tingkat hunian {short} saat ini mencapai {pct} persen dari daya tampung.",
    ),
    bodies=(
        "Sebagian besar penghuni merupakan narapidana kasus narkotika.",
        "{head} {head_name} mengatakan pemindahan dilakukan sesuai prosedur dan dikawal aparat keamanan.",
        "Data tersebut diperbarui setiap hari melalui Sistem Database Pemasyarakatan.",
    ),
)

KUNKER = Kind(
    code="kunker", tone="netral", issues=("kelembagaan",),
    facts={"tamu": ("Kakanwil Ditjenpas", "Komisi III DPR RI", "anggota DPRD", "Ombudsman perwakilan",
                    "rombongan mahasiswa hukum", "Forkopimda")},
    titles=(
        "{tamu} Kunjungi {short}",
        "{short} Terima Kunjungan {tamu}",
        "{tamu} Tinjau Blok Hunian {short}",
        "Monitoring {tamu} ke {short}",
    ),
    leads=(
        "{tamu} melakukan kunjungan ke {unit}, {hari}.",
        "{unit} menerima kunjungan {tamu} yang ingin melihat langsung kondisi layanan dan hunian.",
    ),
    bodies=(
        "Rombongan disambut {head} {head_name} beserta jajaran.",
        "Kunjungan meliputi peninjauan ruang layanan, dapur, klinik dan bengkel kerja.",
        "Usai peninjauan, rombongan berdialog dengan pejabat struktural.",
    ),
    owned_posts=("{short} menerima kunjungan {tamu}, {hari_s}. Terima kasih atas kunjungannya 🙏",),
)

EKSEKUSI = Kind(
    code="eksekusi", tone="netral", issues=("lainnya",), types=("lapas", "rutan", "lapas_perempuan"),
    facts={"perkara": ("korupsi dana desa", "penipuan arisan online", "pembunuhan berencana",
                       "pencurian kendaraan bermotor", "korupsi proyek jalan", "pencabulan anak", "pengedaran sabu")},
    titles=(
        "Terpidana {perkara} Dieksekusi ke {short}",
        "Jaksa Eksekusi Terpidana Kasus {perkara} ke {short}",
        "Vonis Inkrah, Terdakwa {perkara} Dijebloskan ke {short}",
        "Tersangka {perkara} Dititipkan di {short}",
    ),
    leads=(
        "Kejaksaan negeri mengeksekusi terpidana kasus {perkara} berinisial {inisial} ke {unit}, {hari}.",
        "Terdakwa kasus {perkara}, {inisial} ({umur}), kini menjalani penahanan di {short} setelah berkas dilimpahkan.",
    ),
    bodies=(
        "Putusan pengadilan terhadap terpidana telah berkekuatan hukum tetap.",
        "Terpidana dijatuhi hukuman penjara dan denda sesuai putusan majelis hakim.",
        "Kepala Seksi Pidana Khusus menyebut eksekusi berjalan lancar tanpa kendala.",
    ),
)

TRAP_POLISI = Kind(
    code="trap_polisi", tone="netral", issues=("lainnya",), relevant=False,
    facts={"satuan": ("Polsek", "Polres", "Polresta")},
    titles=(
        "Tahanan {satuan} {place} Kabur Jebol Plafon Sel",
        "Dua Tahanan Titipan Kabur dari Sel {satuan} {place}",
        "Kapolres Copot Kanit Jaga Usai Tahanan Kabur",
        "Tahanan Kasus Curanmor Kabur dari Ruang Tahanan {satuan} {place}",
    ),
    leads=(
        "Seorang tahanan berinisial {inisial} kabur dari ruang tahanan {satuan} {place}, {hari}.",
        "Dua tahanan kasus pencurian melarikan diri dari sel {satuan} {place} dengan menjebol plafon.",
    ),
    bodies=(
        "Polisi masih memburu tahanan tersebut dan meminta masyarakat melapor bila melihatnya.",
        "Kasi Humas {satuan} mengatakan petugas jaga tengah diperiksa Propam.",
    ),
)

TRAP_KPK = Kind(
    code="trap_kpk", tone="netral", issues=("lainnya",), relevant=False,
    facts={"jabatan": ("mantan kepala dinas PUPR", "bupati nonaktif", "direktur BUMD", "anggota DPRD",
                       "pejabat pembuat komitmen")},
    titles=(
        "KPK Tahan {jabatan} di Rutan KPK",
        "Usai Diperiksa, {jabatan} Langsung Ditahan KPK",
        "KPK Perpanjang Masa Penahanan {jabatan}",
    ),
    leads=(
        "Komisi Pemberantasan Korupsi menahan {jabatan} berinisial {inisial} selama 20 hari pertama di Rutan Cabang KPK.",
        "Penyidik KPK resmi menahan {jabatan} {inisial} usai menjalani pemeriksaan selama delapan jam.",
    ),
    bodies=(
        "Tersangka diduga menerima suap terkait proyek pengadaan di daerahnya.",
        "Juru bicara KPK menyebut penahanan dilakukan untuk kepentingan penyidikan.",
    ),
)

TRAP_IMIGRASI = Kind(
    code="trap_imigrasi", tone="netral", issues=("lainnya",), relevant=False,
    facts={"wna": ("warga negara Nigeria", "warga negara Tiongkok", "warga negara Bangladesh",
                   "warga negara Rusia", "warga negara India")},
    titles=(
        "Rudenim Deportasi {n1} {wna}",
        "Overstay, {wna} Ditahan di Rumah Detensi Imigrasi",
        "Kantor Imigrasi {place} Amankan {wna} Tanpa Dokumen",
    ),
    leads=(
        "Rumah Detensi Imigrasi mendeportasi {n1} {wna} yang melanggar izin tinggal, {hari}.",
        "Kantor Imigrasi {place} mengamankan seorang {wna} yang tinggal melebihi izin.",
    ),
    bodies=(
        "Yang bersangkutan juga masuk daftar penangkalan masuk ke Indonesia.",
        "Pendeportasian dikawal petugas hingga bandara keberangkatan.",
    ),
)

TRAP_LUAR_NEGERI = Kind(
    code="trap_luar", tone="netral", issues=("lainnya",), relevant=False,
    facts={"negara": ("Malaysia", "Arab Saudi", "Hong Kong", "Taiwan", "Singapura")},
    titles=(
        "WNI Asal {place} Bebas dari Penjara {negara}",
        "Kemlu Dampingi WNI yang Ditahan di {negara}",
        "Keluarga Sambut Kepulangan Pekerja Migran Usai Ditahan di {negara}",
    ),
    leads=(
        "Seorang warga negara Indonesia asal {place} akhirnya bebas setelah ditahan di penjara {negara}.",
        "Kementerian Luar Negeri memberikan pendampingan hukum kepada WNI yang ditahan otoritas {negara}.",
    ),
    bodies=(
        "Perwakilan RI terus berkoordinasi dengan otoritas setempat.",
        "Keluarga berterima kasih atas bantuan pemerintah daerah dan perwakilan RI.",
    ),
)

KEBIJAKAN = Kind(
    code="kebijakan", tone="netral", issues=("kelembagaan",),
    facts={"topik": ("revitalisasi pemasyarakatan", "pembangunan lapas baru di luar Jawa",
                     "pemanfaatan pidana kerja sosial", "digitalisasi layanan kunjungan",
                     "penempatan narapidana risiko tinggi", "rekrutmen petugas penjaga tahanan",
                     "penyusunan anggaran makan narapidana")},
    titles=(
        "Ditjenpas Bahas {topik}",
        "Kemenimipas Siapkan Aturan Baru soal {topik}",
        "Dirjenpas: {topik} Jadi Prioritas Tahun Depan",
        "Rapat Koordinasi Nasional Pemasyarakatan Bahas {topik}",
        "Pemerintah Kaji Ulang Skema {topik}",
    ),
    leads=(
        "Direktorat Jenderal Pemasyarakatan menggelar rapat koordinasi membahas {topik}, {hari}.",
        "Kementerian Imigrasi dan Pemasyarakatan tengah menyusun regulasi terkait {topik}.",
    ),
    bodies=(
        "Saat ini jumlah penghuni lapas dan rutan di seluruh Indonesia melebihi kapasitas yang tersedia.",
        "Kebijakan tersebut ditargetkan rampung dalam beberapa bulan ke depan.",
        "Rapat diikuti kepala kantor wilayah dari seluruh provinsi secara daring.",
    ),
)
