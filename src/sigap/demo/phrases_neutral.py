"""Neutral kinds: ceremonies, rotations, statistics, visits, passing mentions, national policy; traps."""

from __future__ import annotations

from sigap.demo.model import Kind

UPACARA = Kind(
    code="upacara", tone="netral", issues=("kelembagaan",),
    facts={"acara": ("upacara peringatan Hari Sumpah Pemuda", "upacara Hari Pahlawan", "apel siaga pengamanan",
                     "upacara Hari Kesadaran Nasional", "apel pagi gabungan", "upacara Hari Kesaktian "
                     "Pancasila",
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
    titles=(
        "{head_place} Resmi Berganti",
        "Sertijab {head_place}, {head_name} Kini Memimpin",
        "{head_name} Resmi Jabat {head_long}",
        "Pisah Sambut {head_place} Digelar Sederhana",
    ),
    leads=(
        "{head_name} resmi menjabat sebagai {head_long} setelah serah terima jabatan di aula {kanwil}, "
        "{hari}.",
        "Tongkat estafet kepemimpinan {short} berpindah ke {head_name} dalam serah terima jabatan, {hari}.",
    ),
    bodies=(
        "Rotasi jabatan disebut sebagai hal biasa dalam pembinaan karier pegawai.",
        "{kakanwil} meminta pejabat baru segera beradaptasi dan melanjutkan program yang sudah berjalan.",
        "Pejabat lama mendapat tugas baru di unit lain di lingkungan Direktorat Jenderal Pemasyarakatan.",
    ),
    owned_posts=("Selamat bertugas {head_place} yang baru, {head_name} 🤝",),
)

PELANTIKAN = Kind(
    code="pelantikan", tone="netral", issues=("kelembagaan",),
    facts={"jabatan": ("Kepala Pengamanan", "Kasi Binadik", "Kasubbag Tata Usaha", "Kasi Giatja", "Ka. KPLP")},
    titles=(
        "{kakanwil} Lantik Pejabat Baru di {short}",
        "Pejabat {jabatan} {short} Dirotasi",
        "{officer} Dilantik Jadi {jabatan} {short}",
    ),
    leads=(
        "Kepala {kanwil} {kakanwil} melantik {officer} sebagai {jabatan} {short}, {hari}.",
        "Jabatan {jabatan} {short} kini diisi {officer} setelah rotasi di lingkungan {kanwil}.",
    ),
    bodies=(
        "Rotasi jabatan disebut sebagai hal biasa dalam pembinaan karier pegawai.",
        "{kakanwil} meminta pejabat baru segera beradaptasi dan menjaga integritas.",
        "Pelantikan disaksikan {head} {head_name} dan sejumlah pejabat struktural.",
    ),
)

STATISTIK = Kind(
    code="statistik", tone="netral", issues=("overkapasitas",), types=("lapas", "rutan", "lapas_narkotika"),
    titles=(
        "Penghuni {short} Capai {penghuni} Orang",
        "Data Terbaru: {short} Huni {penghuni} WBP, Kapasitas {kapasitas}",
        "Isi {short} {pct} Persen dari Kapasitas",
        "Jumlah Tahanan dan Narapidana {short} Bertambah",
    ),
    leads=(
        "Jumlah penghuni {unit} per {hari} tercatat {penghuni} orang, sementara kapasitas hunian hanya "
        "{kapasitas} orang.",
        "Tingkat hunian {short} saat ini mencapai {pct} persen dari daya tampung.",
    ),
    bodies=(
        "Sebagian besar penghuni merupakan narapidana kasus narkotika.",
        "Data tersebut diperbarui setiap hari melalui Sistem Database Pemasyarakatan.",
        "Dari jumlah itu, sekitar sepertiga masih berstatus tahanan.",
    ),
)

PEMINDAHAN = Kind(
    code="pemindahan", tone="netral", issues=("overkapasitas",), types=("lapas", "rutan", "lapas_narkotika"),
    titles=(
        "{short} Pindahkan {n2} Narapidana ke Lapas Lain",
        "Kurangi Kepadatan, {n2} Napi {short} Dipindah",
        "{n2} Warga Binaan {short} Jalani Pemindahan",
    ),
    leads=(
        "{unit} memindahkan {n2} narapidana ke sejumlah lapas di wilayah {province}, {hari}.",
        "Sebanyak {n2} warga binaan {short} dipindahkan untuk pemerataan hunian.",
    ),
    bodies=(
        "{head} {head_name} mengatakan pemindahan dilakukan sesuai prosedur dan dikawal aparat keamanan.",
        "Sebelum diberangkatkan, seluruh warga binaan menjalani pemeriksaan kesehatan.",
        "Keluarga warga binaan telah diberi tahu lokasi baru melalui layanan informasi.",
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

_PERKARA: dict[str, tuple[str, ...]] = {
    "perkara": ("korupsi dana desa", "penipuan arisan online", "pembunuhan berencana",
                        "pencurian kendaraan bermotor", "korupsi proyek jalan", "pencabulan anak",
                        "pengedaran sabu")}

EKSEKUSI = Kind(
    code="eksekusi", tone="netral", issues=("lainnya",), types=("lapas", "lapas_perempuan"), facts=_PERKARA,
    titles=(
        "Terpidana {perkara} Dieksekusi ke {short}",
        "Jaksa Eksekusi Terpidana Kasus {perkara} ke {short}",
        "Vonis Inkrah, Terpidana {perkara} Dijebloskan ke {short}",
    ),
    leads=(
        "Kejaksaan negeri mengeksekusi terpidana kasus {perkara} berinisial {inisial} ke {unit}, {hari}.",
        "Terpidana kasus {perkara}, {inisial} ({umur}), kini menjalani masa hukumannya di {short}.",
    ),
    bodies=(
        "Putusan pengadilan terhadap terpidana telah berkekuatan hukum tetap.",
        "Terpidana dijatuhi hukuman penjara dan denda sesuai putusan majelis hakim.",
        "Kepala Seksi Pidana Khusus menyebut eksekusi berjalan lancar tanpa kendala.",
    ),
)

TITIPAN = Kind(
    code="titipan", tone="netral", issues=("lainnya",), types=("rutan",), facts=_PERKARA,
    titles=(
        "Tersangka {perkara} Dititipkan di {short}",
        "Berkas Lengkap, Tersangka {perkara} Ditahan di {short}",
    ),
    leads=(
        "Tersangka kasus {perkara}, {inisial} ({umur}), kini ditahan di {short} setelah berkas perkaranya "
        "dinyatakan lengkap.",
        "Penyidik menitipkan tersangka kasus {perkara} berinisial {inisial} di {unit}, {hari}.",
    ),
    bodies=(
        "Tersangka akan ditahan selama 20 hari ke depan sambil menunggu persidangan.",
        "Jaksa penuntut umum menyatakan berkas perkara segera dilimpahkan ke pengadilan.",
    ),
)

TRAP_POLISI = Kind(
    code="trap_polisi", tone="netral", issues=("lainnya",), relevant=False,
    facts={"satuan": ("Polsek", "Polres", "Polresta")},
    titles=(
        "Tahanan {satuan} {place} Kabur Jebol Plafon Sel",
        "Tahanan Kasus Curanmor Kabur dari Ruang Tahanan {satuan} {place}",
        "Tahanan Kabur, Kapolres Periksa Petugas Jaga {satuan} {place}",
    ),
    leads=(
        "Seorang tahanan kasus pencurian berinisial {inisial} kabur dari ruang tahanan {satuan} {place}, "
        "{hari}.",
        "Tahanan {satuan} {place} berinisial {inisial} melarikan diri dengan menjebol plafon sel.",
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
        "Komisi Pemberantasan Korupsi menahan {jabatan} berinisial {inisial} selama 20 hari di Rutan "
        "Cabang KPK.",
        "Penyidik KPK menahan {jabatan} {inisial} usai menjalani pemeriksaan selama delapan jam.",
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
        "Overstay, {n1} {wna} Dideportasi dari {place}",
        "Langgar Izin Tinggal, {n1} WNA Dipulangkan Imigrasi",
    ),
    leads=(
        "Rumah Detensi Imigrasi mendeportasi {n1} {wna} yang melanggar izin tinggal di {place}, {hari}.",
        "Sebanyak {n1} {wna} yang tinggal melebihi izin di {place} dipulangkan ke negara asalnya.",
    ),
    bodies=(
        "Mereka juga dimasukkan ke daftar penangkalan masuk ke Indonesia.",
        "Pendeportasian dikawal petugas hingga bandara keberangkatan.",
    ),
)

TRAP_LUAR_NEGERI = Kind(
    code="trap_luar", tone="netral", issues=("lainnya",), relevant=False,
    facts={"negara": ("Malaysia", "Arab Saudi", "Hong Kong", "Taiwan", "Singapura")},
    titles=(
        "WNI Asal {place} Bebas dari Penjara {negara}",
        "Pekerja Migran Asal {place} Pulang Usai Dipenjara di {negara}",
        "Keluarga di {place} Sambut Kepulangan WNI yang Ditahan di {negara}",
    ),
    leads=(
        "Seorang warga negara Indonesia asal {place} akhirnya pulang setelah menjalani hukuman penjara di "
        "{negara}.",
        "Keluarga di {place} menyambut haru kepulangan kerabat mereka yang sempat ditahan otoritas {negara}.",
    ),
    bodies=(
        "Perwakilan RI memberikan pendampingan hukum selama proses persidangan.",
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
