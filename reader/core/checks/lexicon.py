"""Word lists the fidelity checks read: the only place such lists are kept.

- Function words and common words per source language: a word from these lists left in a
  translation (in Latin letters, or transliterated into Arabic letters) is untranslated, while a
  capitalised word outside them is taken for a name (``Putin``, ``Jakarta``) and left alone.
  The Indonesian lists hold native words only: loanwords that other languages share
  (``teknologi``, ``rupiah``, ``data``) and loans from Arabic (``dunia``, ``waktu``, ``Senin``),
  which an Arabic translation rightly writes with the same letters, are kept out of the
  transliteration check. They hold everyday words in their base forms; a derived word
  (``ditandatangani``, ``menggagalkan``) is recognised by its affixes
  (``reader.core.checks.untranslated``), not listed, and no word is here because one article
  has it: a list tuned to the sample would let the checks pass on the sample and nowhere else.
- Words of each target language that are spelled like a source word (English ``pun``, French
  ``sang``), which must not be called untranslated.
- News agencies with their names in each language, for ``added-name`` (the seed's invented
  "(رويترز)" dateline), and country names that Arabic renders by an exonym, for the names the
  cross-version check compares.
"""

from __future__ import annotations

from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ID_FUNCTION = _words(
    """
    yang dan di ke dari pada untuk dengan dalam oleh kepada bagi tentang terhadap atas antara
    sejak hingga sampai karena sebab jika kalau apabila bila agar supaya meskipun walaupun
    walau namun tetapi tapi melainkan sedangkan serta atau maupun bahwa ini itu tersebut sini
    situ sana ia dia mereka kami kita saya aku anda kamu beliau sudah telah belum akan sedang
    masih pernah juga pun saja hanya lagi lebih paling sangat amat sekali terlalu cukup tidak
    tak bukan jangan ada adalah ialah merupakan yaitu yakni seperti sebagai secara setelah
    sebelum sesudah selama ketika saat sementara sambil seraya lalu kemudian lantas maka
    sehingga bersama para sang sebuah seorang beberapa banyak semua seluruh setiap tiap
    sendiri bagaimana mengapa kenapa apa siapa kapan dimana mana berapa sekitar hampir tanpa
    melalui lewat menurut mengenai menuju demi pula bahkan justru tentu mungkin harus bisa
    dapat boleh mau ingin perlu lain lainnya sebagian segera kembali begitu demikian
    terutama termasuk antaranya dirinya diri yg dgn tsb dll dsb kedua keduanya selain
    olehnya baginya kepadanya dengannya hal pihak
    """
)
_ID_COMMON = _words(
    """
    negara pemerintah pemimpin rakyat warga masyarakat penduduk orang anak perempuan pria
    wanita tahun bulan hari minggu pekan jam kali tempat kota desa wilayah daerah kawasan
    pulau laut sungai gunung jalan rumah gedung kantor sekolah pasar harga uang biaya dana
    anggaran pajak perusahaan pekerja pekerjaan kerja buruh petani nelayan tentara perang
    damai keamanan kesehatan pendidikan bencana banjir gempa korban tewas meninggal luka
    bantuan kebijakan aturan pengadilan penjara utara selatan timur barat tengah pusat baru
    besar kecil tinggi rendah panjang pendek cepat lambat kuat lemah baik buruk benar
    penting utama resmi khusus luas mengatakan kata ujar ucap tutur menjelaskan menyatakan
    mengumumkan memberikan memberi membuat menjadi melakukan mendapat mendapatkan menerima
    mengirim mengirimkan bertemu berbicara bekerja membantu memperkuat meningkatkan naik
    turun tumbuh meningkat menurun mencapai sekarang kini nanti kemarin besok pagi siang sore
    malam surat berita laporan pernyataan keterangan sumber pejabat kementerian lembaga
    badan dewan partai pemilu pemilihan suara calon hubungan sama persahabatan perjanjian
    kesepakatan dukungan ancaman serangan senjata pasukan musuh sekutu kekuatan perbatasan
    pengungsi tanah api udara hujan cuaca listrik kereta kapal pesawat mobil bandara
    pelabuhan penerbangan penumpang pelajar mahasiswa guru dokter sakit obat penyakit kasus
    sembuh bangsa sejarah budaya agama ekspor impor pertumbuhan penjualan pembangunan
    masalah tujuan rencana langkah upaya usaha tingkat jumlah angka persen juta ribu lalu depan
    menolak
    """
)
# Titles, days and months: a translation writes them in its own language, so the Indonesian
# word left in Latin letters is untranslated even with a capital ("Presiden Putin said").
_ID_ALWAYS_TRANSLATED = _words(
    """
    presiden menteri gubernur bupati walikota wali ketua wakil kepala pemimpin juru bicara
    senin selasa rabu kamis jumat sabtu minggu januari februari maret mei juni juli agustus
    oktober desember
    """
)
# Indonesian words borrowed from Arabic (or shared with it): an Arabic translation that
# writes them in Arabic letters is translating, not transliterating.
ARABIC_LOANS = _words(
    """
    dunia kabar waktu hukum rakyat masjid majelis umat alam ilmu adil hakim kursi sebab syarat
    izin musim abad akhir awal hal khusus umum senin selasa rabu kamis jumat sabtu ahad
    kabar berita sabar kitab wajib fakir miskin nikah sah halal haram doa salat zakat kalimat
    hadir mahkamah daerah wilayah jadwal tertib sahabat selamat hormat
    """
)

_EN_FUNCTION = _words(
    """
    the a an and or but of to in on at by for with from into onto about as that this these
    those is are was were be been being has have had do does did will would shall should can
    could may might must not no it its they them their he she his her we our you your which
    who whom whose what when where why how also only even still already than then there here
    """
)
_FR_FUNCTION = _words(
    """
    le la les un une des du de et ou mais donc car ni que qui quoi dont où ce cet cette ces
    son sa ses leur leurs il elle ils elles nous vous on est sont était étaient été être avoir
    a ont avait pour par avec sans dans sur sous entre vers chez aussi très plus moins déjà
    encore ne pas
    """
)

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "id": _ID_FUNCTION,
    "ms": _ID_FUNCTION,
    "en": _EN_FUNCTION,
    "fr": _FR_FUNCTION,
}
COMMON_WORDS: dict[str, frozenset[str]] = {"id": _ID_COMMON, "ms": _ID_COMMON}
ALWAYS_TRANSLATED: dict[str, frozenset[str]] = {
    "id": _ID_ALWAYS_TRANSLATED,
    "ms": _ID_ALWAYS_TRANSLATED,
}

# Conjunctions: a phrase repeated on both sides of one is parallel, not a stutter.
CONJUNCTIONS = _words(
    "and or nor but et ou ni mais dan atau serta maupun tetapi و او ثم لكن 和 与 及 或 と や"
)
# Lower-case Latin tokens an Arabic or Chinese text may carry: units and abbreviations.
UNITS = _words("km kg cm mm m ha mg ml kw mw gb mb kb vs via etc cc")

# Words of a target language spelled like a source-language word: never "untranslated" there.
# Only words of the target language: an Indonesian word listed here would hide the very defect
# the check looks for.
TARGET_WORDS: dict[str, frozenset[str]] = {
    "en": _EN_FUNCTION
    | _words(
        """
        per sang pun mana lima data media total bias jam air agenda area
        """
    ),
    "fr": _FR_FUNCTION | _words("sang per mana lima pas date plan total data media agenda dire"),
}


# English words that Indonesian text keeps inside the names of events and institutions
# ("All England Open", "BWF World Tour", "Utilita Arena"): translations translate them, so the
# cross-version check does not take them for names every version must keep.
NAME_PART_WORDS = _words(
    """
    open world tour super arena cup league championship championships masters grand prix
    series final finals games summit forum award awards festival week day center centre
    university college school group bank company international national united new south north
    east west central royal general news agency press times post daily house street road city
    state states island islands river mountain lake sea ocean gulf bay park square tower bridge
    airport station port hotel hospital church mosque palace museum stadium olympic olympics
    office ministry council court party army force forces police club team all
    """
)


@dataclass(frozen=True)
class Entity:
    """A name with its spellings in the languages Reader meets (any language may hold any)."""

    name: str
    latin: tuple[str, ...]  # matched as whole words; all-capital forms case-sensitively
    other: tuple[str, ...]  # Arabic, Chinese, Japanese forms


# News agencies and broadcasters: the names a machine translation adds to a dateline.
AGENCIES: tuple[Entity, ...] = (
    Entity("Reuters", ("Reuters",), ("رويترز", "路透社", "路透", "ロイター")),
    Entity(
        "AFP",
        ("AFP", "Agence France-Presse", "Agence France Presse"),
        ("فرانس برس", "فرانس بريس", "وكالة الصحافة الفرنسية", "أ ف ب", "ا ف ب", "法新社"),
    ),
    Entity("AP", ("AP", "Associated Press"), ("أسوشيتد برس", "أسوشيتيد برس", "美联社", "AP通信")),
    Entity("Antara", ("Antara", "ANTARA"), ("أنتارا", "انتارا", "安塔拉")),
    Entity("Xinhua", ("Xinhua",), ("شينخوا", "新华社", "新華社")),
    Entity("Yonhap", ("Yonhap",), ("يونهاب", "韩联社", "聯合ニュース", "聯合通信")),
    Entity("TASS", ("TASS", "Tass"), ("تاس", "塔斯社", "タス通信")),
    Entity("Bernama", ("Bernama",), ("برناما",)),
    Entity("Kyodo", ("Kyodo",), ("كيودو", "共同社", "共同通信")),
    Entity("RIA Novosti", ("RIA Novosti", "RIA"), ("ريا نوفوستي", "俄新社")),
    Entity("Interfax", ("Interfax",), ("إنترفاكس", "انترفاكس", "国际文传电讯社")),
    Entity("Bloomberg", ("Bloomberg",), ("بلومبرغ", "بلومبيرغ", "彭博")),
    Entity("CNN", ("CNN",), ("سي إن إن", "سي ان ان")),
    Entity("BBC", ("BBC",), ("بي بي سي",)),
    Entity("Al Jazeera", ("Al Jazeera", "Aljazeera"), ("قناة الجزيرة", "半岛电视台")),
    Entity(
        "KCNA",
        ("KCNA", "Kantor Berita Pusat Korea", "Korean Central News Agency"),
        ("وكالة الأنباء المركزية الكورية", "朝中社", "朝鲜中央通讯社", "朝鮮中央通信"),
    ),
)

# Country and region names that Arabic renders by an exonym, not by transliteration: the
# cross-version check must not take "الهند" for a missing "India".
ARABIC_EXONYMS: dict[str, tuple[str, ...]] = {
    "india": ("الهند", "هندي", "هندية"),
    "tiongkok": ("الصين", "صيني", "صينية"),
    "china": ("الصين", "صيني", "صينية"),
    "cina": ("الصين",),
    "jepang": ("اليابان", "ياباني", "يابانية"),
    "jerman": ("ألمانيا", "ألماني", "ألمانية"),
    "inggris": ("بريطانيا", "المملكة المتحدة", "بريطاني", "إنجلترا", "الإنجليزية"),
    "prancis": ("فرنسا", "فرنسي", "فرنسية"),
    "perancis": ("فرنسا", "فرنسي", "فرنسية"),
    "belanda": ("هولندا", "هولندي", "هولندية"),
    "mesir": ("مصر", "مصري", "مصرية"),
    "saudi": ("السعودية", "سعودي"),
    "arab": ("العربية", "السعودية", "عربي", "العرب"),
    "amerika": ("الولايات المتحدة", "أمريكا", "الأمريكي", "الأمريكية", "أمريكي"),
    "yunani": ("اليونان",),
    "spanyol": ("إسبانيا",),
    "turki": ("تركيا", "تركي", "التركية"),
    "irak": ("العراق",),
    "suriah": ("سوريا", "سورية"),
    "yordania": ("الأردن",),
    "palestina": ("فلسطين", "الفلسطيني", "الفلسطينية"),
    "filipina": ("الفلبين",),
    "singapura": ("سنغافورة",),
    "selandia": ("نيوزيلندا",),
    "eropa": ("أوروبا", "الأوروبي", "الأوروبية"),
    "afrika": ("أفريقيا", "إفريقيا"),
    "pbb": ("الأمم المتحدة",),
    "asean": ("آسيان", "الآسيان", "رابطة دول جنوب شرق آسيا"),
    "korea": ("كوريا", "الكوري", "الكورية"),
    "england": ("إنجلترا", "انجلترا", "الإنجليزية", "الإنجليزي"),
    "leste": ("الشرقية",),
    "timur": ("الشرقية", "الشرقي"),
    "rusia": ("روسيا", "الروسي", "الروسية"),
}
