"""Words for the scripted crisis of the demo stream: a mass escape, then extortion allegations."""

from __future__ import annotations

from sigap.demo.model import Kind

FACTS: dict[str, tuple[str, ...]] = {
    "jumlah": ("6", "7", "8", "9"),
    "cara": ("menggergaji teralis kamar hunian lalu memanjat tembok belakang dengan sambungan kain sarung",
             "menjebol plafon blok hunian dan melompati tembok setinggi enam meter",
             "membobol teralis jendela dapur lalu menyusup melalui saluran air"),
    "tangkap": ("tiga", "empat"),
    "bayar": ("Rp 12 juta", "Rp 15 juta", "Rp 20 juta"),
    "blok": ("Blok C", "Blok B", "Blok Melati", "Blok Cendana"),
}

LOCAL = Kind(
    code="krisis_lokal", tone="negatif", issues=("pelarian",), severity=3,
    titles=("{jumlah} Napi {short} Kabur Dini Hari", "Breaking: {jumlah} Warga Binaan {short} Melarikan "
            "Diri"),
    leads=("Sebanyak {jumlah} narapidana {unit} kabur pada {hari} dini hari sekitar {jam}.",),
    bodies=(
        "Para napi diduga kabur dengan cara {cara}.",
        "Informasi yang dihimpun, pelarian baru diketahui saat petugas melakukan kontrol keliling.",
        "Hingga berita ini diturunkan, pihak lapas belum memberikan keterangan resmi.",
    ),
)

SPREAD = Kind(
    code="krisis_sebar", tone="negatif", issues=("pelarian",), severity=3,
    titles=(
        "{jumlah} Narapidana Kabur dari {short}, Polisi Lakukan Pengejaran",
        "Geger, {jumlah} Napi {short} Jebol Teralis dan Kabur",
        "Warga {place} Diminta Waspada, {jumlah} Napi Kabur Masih Berkeliaran",
        "Kronologi Kaburnya {jumlah} Napi {short}",
        "Polisi Dirikan Pos Penyekatan Buru Napi {short}",
        "Ini Inisial {jumlah} Napi yang Kabur dari {short}",
    ),
    leads=(
        "Sebanyak {jumlah} warga binaan {unit} melarikan diri pada {hari} dini hari.",
        "Aparat kepolisian di {place} memburu {jumlah} narapidana yang kabur dari {short}.",
        "Pelarian {jumlah} narapidana {short} membuat warga sekitar lapas resah.",
        "{jumlah} napi {short} kabur dengan cara {cara}.",
    ),
    bodies=(
        "Salah satu napi yang kabur berinisial {inisial} merupakan terpidana kasus narkotika dengan vonis "
        "12 tahun.",
        "Polisi telah mendirikan pos penyekatan di jalur keluar kota dan pelabuhan.",
        "Seorang warga yang tinggal di belakang lapas mengaku mendengar suara gaduh sekitar {jam}.",
        "Foto dan identitas para napi telah disebar ke seluruh polsek di {province}.",
        "Para napi diketahui menghuni {blok} yang dikenal padat.",
    ),
    posts=(
        "WOY {jumlah} napi kabur dari {short}!! warga {place} hati2, kunci pintu rumah 😨",
        "Barusan lewat depan {short}, banyak polisi. katanya ada napi kabur {jumlah} orang",
        "{jumlah} napi kabur sekaligus?? gila sih penjagaannya ke mana #{place} #napikabur",
        "Info valid: napi {short} kabur dini hari tadi, foto2nya udah disebar polisi. share biar waspada!",
        "baru bangun dapet kabar {jumlah} napi kabur dari {short}. serem bgt",
        "Grup WA kompleks rame soal napi kabur dari {short}. ada yg liat di sekitar jalan poros?",
    ),
)

HOLDING = Kind(
    code="krisis_holding", tone="netral", issues=("pelarian",), severity=2,
    titles=("{short} Benarkan {jumlah} Warga Binaan Melarikan Diri", "Keterangan Resmi {short} Terkait "
            "Pelarian WBP"),
    leads=("{unit} membenarkan {jumlah} warga binaan melarikan diri pada {hari} dini hari dan telah "
           "melapor ke kepolisian.",),
    bodies=(
        "\"Kami bersama kepolisian sedang melakukan pengejaran. Kami mohon bantuan masyarakat,\" kata "
        "{head} {head_name}.",
        "Situasi di dalam lapas dipastikan aman dan terkendali, layanan kunjungan dihentikan sementara.",
    ),
    owned_posts=(
        "SIARAN PERS: {short} membenarkan {jumlah} WBP melarikan diri dini hari tadi. Kami bersama Polri "
        "melakukan pengejaran. Masyarakat yang melihat diharap menghubungi call center kami.",
    ),
)

NATIONAL = Kind(
    code="krisis_nasional", tone="negatif", issues=("pelarian",), severity=3,
    titles=(
        "{jumlah} Napi Kabur dari {short}, Begini Kronologinya",
        "Pelarian Massal di {short}, Tembok Dijebol Pakai Gergaji",
        "Napi Kabur Massal dari {short}, Petugas Jaga Hanya Empat Orang",
        "Video Detik-detik Napi {short} Kabur Beredar di Media Sosial",
        "{jumlah} Tahanan Kabur, Pengamanan {short} Dipertanyakan",
        "Fakta-fakta Kaburnya {jumlah} Narapidana {short}",
        "Polda {abbr} Kerahkan Ratusan Personel Buru Napi {short}",
        "Kaburnya {jumlah} Napi {short} Jadi Sorotan Nasional",
        "Lapas Kebobolan Lagi: {jumlah} Napi {short} Kabur",
        "Pengamat: Kaburnya Napi {short} Tanda Lemahnya Pengawasan",
        "Overkapasitas dan Minim Petugas, Penyebab Napi {short} Kabur?",
        "Warga {place} Resah, Napi Kabur Belum Tertangkap",
    ),
    leads=(
        "Sebanyak {jumlah} narapidana kabur dari {unit}, {province}, pada {hari} dini hari.",
        "Pelarian massal terjadi di {unit}. {jumlah} warga binaan kabur dengan cara {cara}.",
        "Kaburnya {jumlah} narapidana dari {short} memantik kritik terhadap sistem pengamanan lembaga "
        "pemasyarakatan.",
        "Kepolisian Daerah {province} mengerahkan ratusan personel untuk memburu {jumlah} napi yang kabur "
        "dari {short}.",
        "Sebuah video yang memperlihatkan napi memanjat tembok {short} beredar luas di media sosial.",
        "Publik kembali dikejutkan dengan pelarian {jumlah} warga binaan dari {short}.",
    ),
    bodies=(
        "Saat kejadian, hanya empat petugas yang berjaga untuk mengawasi lebih dari {penghuni} penghuni.",
        "{short} saat ini dihuni {penghuni} orang, padahal kapasitasnya {kapasitas} orang.",
        "Anggota Komisi III DPR meminta Ditjenpas mengevaluasi total sistem pengamanan.",
        "Para napi yang kabur sebagian besar merupakan terpidana kasus narkotika dan pencurian dengan "
        "kekerasan.",
        "Polisi menyebut para pelaku kemungkinan dibantu pihak luar saat melarikan diri.",
        "Kejadian ini menambah daftar panjang pelarian dari lapas dan rutan tahun ini.",
        "Kriminolog menilai pelarian massal hampir selalu berawal dari kombinasi kepadatan hunian dan "
        "kelalaian petugas.",
    ),
    posts=(
        "{jumlah} napi kabur dari {short} dan videonya viral. ini lapas apa kos-kosan 😭 #napikabur",
        "Gimana ceritanya {jumlah} orang bisa kabur barengan tanpa ketahuan?? ada yang bantuin dari dalam "
        "pasti",
        "Nonton video napi manjat tembok {short}... santai banget kayak mau jogging",
        "Pelarian massal lagi. Tiap tahun kejadian, evaluasi cuma jadi wacana #lapas",
        "Tolong lah Ditjenpas, {jumlah} napi kabur dari {short} bukan hal kecil. usut tuntas!",
        "Pak polisi semangat nangkepinnya, warga {place} pada takut keluar malem",
        "kalo petugasnya cuma 4 jagain ratusan orang ya wajar kabur. salah sistem bukan salah orang",
        "Viral napi kabur {short}. gue penasaran, cctv nya pada mati kah?",
    ),
)

RESPONSE = Kind(
    code="krisis_respons", tone="netral", issues=("pelarian", "kelembagaan"), severity=2,
    titles=(
        "Ditjenpas Turunkan Tim ke {short} Usai Napi Kabur",
        "Kakanwil Ditjenpas {abbr} Tinjau Lokasi Napi Kabur di {short}",
        "Dirjenpas Perintahkan Evaluasi Pengamanan {short}",
        "Ditjenpas Akui Kelalaian dalam Pelarian Napi {short}",
        "{kanwil} Bentuk Tim Investigasi Pelarian Napi",
    ),
    leads=(
        "Direktorat Jenderal Pemasyarakatan menurunkan tim ke {unit} untuk menginvestigasi pelarian "
        "{jumlah} narapidana.",
        "Kepala {kanwil} {kakanwil} meninjau langsung lokasi jebolnya teralis di {short}.",
        "Ditjenpas memastikan akan menindak tegas petugas yang terbukti lalai dalam pelarian napi {short}.",
    ),
    bodies=(
        "\"Kami tidak menutup-nutupi. Semua petugas yang berjaga malam itu sedang diperiksa,\" ujar "
        "{kakanwil}.",
        "Tim juga akan memeriksa kondisi teralis dan CCTV di seluruh blok hunian.",
        "Ditjenpas meminta para napi yang kabur segera menyerahkan diri.",
        "Pengamanan di {short} kini diperkuat dengan bantuan personel Brimob.",
    ),
)

SANKSI = Kind(
    code="krisis_sanksi", tone="negatif", issues=("pelarian", "pelanggaran_petugas"), severity=3,
    titles=(
        "{head_place} Dinonaktifkan Usai {jumlah} Napi Kabur",
        "Buntut Napi Kabur, {n1} Petugas {short} Diperiksa",
        "Kepala Pengamanan {short} Dicopot",
        "{head_place} Dinonaktifkan, Petugas Jaga Diperiksa",
    ),
    leads=(
        "{head_place} dinonaktifkan sementara menyusul kaburnya {jumlah} narapidana.",
        "Sebanyak {n1} petugas {short} menjalani pemeriksaan terkait dugaan kelalaian.",
    ),
    bodies=(
        "Penonaktifan dilakukan untuk memperlancar proses pemeriksaan.",
        "Hasil pemeriksaan awal menemukan petugas tidak melakukan kontrol sesuai jadwal.",
        "Posisi {head} untuk sementara diisi pelaksana harian dari {kanwil}.",
    ),
)
