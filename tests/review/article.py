"""A small article folder for the review tests: Indonesian source, Arabic machine translation
whose paragraphs hold bidi controls (a right-to-left mark, an isolate around a Latin name)."""

from __future__ import annotations

from pathlib import Path

SOURCE = [
    "Putin dan Kim saling berkirim surat",
    "Presiden Rusia Vladimir Putin mengirim surat kepada Kim Jong Un pada Senin.",
    "Kedua negara akan memperluas hubungan bilateral, kata KCNA.",
    "Surat itu dikirim pada 12 Juni, Hari Rusia.",
]
ARABIC = [
    "بوتين وكيم يتبادلان الرسائل",
    "أرسل الرئيس الروسي \u2068Vladimir Putin\u2069 رسالة إلى كيم جونغ أون يوم الاثنين.\u200f",
    "قالت وكالة \u2066KCNA\u2069 إن البلدين سيوسعان العلاقات الثنائية.",
    "أُرسلت الرسالة في 12 يونيو، يوم روسيا.",
]
MANIFEST = """title = "Putin dan Kim"
source = "id"

[[versions]]
language = "id"
file = "id.txt"
origin = "original"

[[versions]]
language = "ar"
file = "ar.txt"
origin = "machine"
"""


def make_article(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.toml").write_text(MANIFEST, encoding="utf-8")
    (folder / "id.txt").write_text("\n\n".join(SOURCE) + "\n", encoding="utf-8")
    (folder / "ar.txt").write_text("\n\n".join(ARABIC) + "\n", encoding="utf-8")
    return folder
