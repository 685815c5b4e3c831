"""A Chinese paragraph that keeps a list of names in Latin letters is as long as its source, not
three times as long: its Latin letters, copied rather than translated, count at the texts' own
rate (``reader.core.align.aligner._lengths``), so it is not merged with the paragraphs before it."""

from reader.core.align.aligner import _lengths, align

NAMES = (
    "Amanda Kowalski, Amy Villanueva, Bryan Jefferson, Doreen Delacroix, Gregory Vanderbilt, "
    "Jaime Valdez, Joel Lindqvist, Lynette Lawrence, Ryan Macdonald, Tony Stavros, Helena "
    "Brightwater, Marcus Oyelaran"
)
SOURCE = [
    "Rapat tahunan tim riset diadakan di gedung utama pada hari Senin pagi dan dihadiri oleh "
    "seluruh anggota staf dari tiga kantor cabang.",
    "Ketua tim membuka rapat dengan ringkasan hasil kerja selama setahun terakhir, termasuk "
    "proyek-proyek yang sudah selesai dan yang masih berjalan.",
    "Dia menekankan bahwa kerja sama antarkantor menjadi kunci keberhasilan tahun ini, terutama "
    "dalam pengumpulan data lapangan yang memakan waktu lama.",
    "Setelah itu, setiap kepala bagian menyampaikan laporan singkat tentang anggaran, jadwal, dan "
    "kendala yang mereka hadapi di lapangan.",
    "Beberapa peserta mengusulkan agar pelatihan bagi anggota baru diperpanjang, karena banyak dari "
    "mereka belum terbiasa dengan peralatan ukur yang baru.",
    "Usulan itu disambut baik oleh pimpinan, yang berjanji akan menyiapkan rencana pelatihan "
    "sebelum akhir bulan depan.",
    f"Terima kasih khusus disampaikan kepada {NAMES}, dan Priscilla Featherstone atas kerja keras "
    "mereka.",
    "Rapat ditutup dengan makan siang bersama di halaman belakang gedung.",
]
TARGET = [
    "研究团队的年度会议于周一上午在主楼举行，三个分部的全体员工出席了会议。",
    "团队负责人首先总结了过去一年的工作成果，包括已经完成和仍在进行的项目。",
    "她强调，各分部之间的合作是今年取得成功的关键，尤其是在耗时较长的实地数据收集方面。",
    "随后，各部门负责人就预算、进度以及在实地遇到的困难作了简短汇报。",
    "一些与会者建议延长新成员的培训时间，因为他们中的许多人还不熟悉新的测量设备。",
    "领导对这一建议表示欢迎，并承诺在下个月底之前制定培训计划。",
    f"特别感谢{NAMES.replace(', ', '、')}和Priscilla Featherstone的辛勤工作。",
    "会议最后在大楼后院共进午餐。",
]


def test_a_paragraph_of_latin_names_in_chinese_stays_one_to_one() -> None:
    beads = [(b.source, b.target) for b in align(SOURCE, TARGET, "id", "zh").beads]
    assert beads == [((i,), (i,)) for i in range(len(SOURCE))]


def test_latin_letters_count_at_the_texts_rate_only_beside_latin_script() -> None:
    plain = [len(p) for p in TARGET]
    source_lengths, target_lengths = _lengths(SOURCE, TARGET, "id", "zh")
    assert source_lengths == [len(p) for p in SOURCE]  # the Latin side is counted as written
    assert target_lengths[:6] == plain[:6]  # no Latin letter: as written
    assert target_lengths[6] < plain[6] / 2  # the names count at about a fifth
    assert _lengths(TARGET, SOURCE, "zh", "id")[0] == target_lengths  # either side
    arabic = ["مرحبا بكم"] * len(TARGET)
    assert _lengths(TARGET, arabic, "zh", "ar")[0] == plain  # beside Arabic: as written
    assert _lengths(TARGET, TARGET, "zh", "ja")[0] == plain
