"""``added-name`` on an acronym the Arabic keeps in English where the source writes the name's
initials in its own language (SS19, spring-summer, as PE19, printemps-été; POD as DPL), or
where the Arabic glosses the name it writes in Arabic with its English initials in brackets
and the source spells the name out in its own words (Aliansi Energi Konsumen, CEA). That both
are one name is not read: worth a look, not counted. An acronym with no such counterpart is
still counted. Issue 12; sentences written for these tests."""

from __future__ import annotations

from reader.core.checks.run import check_version
from reader.core.model import Version
from tests.test_checks import one_to_one, version


def confidence(source: Version, translation: Version) -> list[tuple[str, bool]]:
    """Each added name of the translation's second paragraph, and whether it is counted."""
    found = check_version(source, translation, one_to_one(2))
    text = translation.paragraphs[1].text
    return [(text[s:e], f.confident) for f in found if f.check == "added-name" for s, e in f.spans]


def test_an_acronym_the_source_writes_in_its_own_initials_is_worth_a_look() -> None:
    source = version("fr", "Titre", "La marque a montré sa ligne AH20 lors du salon de Milan.")
    kept = version("ar", "عنوان", "عرضت العلامة مجموعة FW20 في معرض ميلانو.")
    assert confidence(source, kept) == [("FW20", False)]
    plain = version("id", "Judul", "Pengguna menyimpan data di gudang DPP milik mereka.")
    kept = version("ar", "عنوان", "يحفظ المستخدمون بياناتهم في PDS الخاص بهم.")
    assert confidence(plain, kept) == [("PDS", False)]


def test_an_acronym_with_no_counterpart_of_its_own_is_counted() -> None:
    source = version("fr", "Titre", "La marque a montré sa ligne AH20 lors du salon de Milan.")
    other_digits = version("ar", "عنوان", "عرضت العلامة مجموعة FW21 في معرض ميلانو.")
    assert confidence(source, other_digits) == [("FW21", True)]
    longer = version("ar", "عنوان", "عرضت العلامة مجموعة FWS20 في معرض ميلانو.")
    assert confidence(source, longer) == [("FWS20", True)]
    written = version("fr", "Titre", "La marque AH20 a montré sa ligne AH20 à Milan.")
    both = version("ar", "عنوان", "عرضت العلامة AH20 مجموعة FW20 في ميلانو.")
    assert confidence(written, both) == [("FW20", True)]  # the source's own is the Arabic's too


def test_an_acronym_glossing_a_name_the_source_spells_out_is_worth_a_look() -> None:
    source = version("id", "Judul", "Acara itu diadakan oleh Dewan Energi Bersih di Jakarta.")
    kept = version("ar", "عنوان", "نظم الحدث مجلس الطاقة النظيفة (CEC) في جاكرتا.")
    assert confidence(source, kept) == [("CEC", False)]
    fewer = version("id", "Judul", "Acara itu diadakan oleh Dewan Energi di Jakarta.")
    assert confidence(fewer, kept) == [("CEC", True)]  # a name of two words: not these initials
    unbracketed = version("ar", "عنوان", "نظم الحدث مجلس الطاقة النظيفة CEC في جاكرتا.")
    assert confidence(source, unbracketed) == [("CEC", True)]
