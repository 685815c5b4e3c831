"""``added-name`` on Latin words an Arabic translation keeps: the source writes them another way
(an elision glued on, a plural, a hyphenated compound, an acronym's letters in its own order),
which is no added name; a name the source has nowhere still is one."""

from __future__ import annotations

from reader.core.checks.names import source_spellings
from reader.core.checks.run import Finding, check_version
from reader.core.model import Version
from tests.test_checks import one_to_one, version


def added(source: Version, translation: Version) -> list[tuple[int | None, str]]:
    """The added names found, each as (paragraph, the words highlighted)."""
    found: list[Finding] = check_version(source, translation, one_to_one(2))
    return [
        (f.paragraph, translation.paragraphs[f.paragraph or 0].text[s:e])
        for f in found
        if f.check == "added-name"
        for s, e in f.spans
    ]


def test_a_name_behind_a_french_elision_is_the_sources() -> None:
    source = version("fr", "Titre", "Le rapport d’Airbus cite l’étude de l’INSERM.")
    kept = version("ar", "عنوان", "يستشهد تقرير Airbus بدراسة INSERM.")
    assert added(source, kept) == []
    other = version("ar", "عنوان", "يستشهد تقرير Boeing بدراسة INSERM.")
    assert added(source, other) == [(1, "Boeing")]


def test_a_name_in_the_english_possessive_is_the_sources() -> None:
    source = version("en", "Title", "Teijin's inhaler and NATO's plan were discussed.")
    kept = version("ar", "عنوان", "نوقش جهاز الاستنشاق من Teijin وخطة NATO.")
    assert added(source, kept) == []
    assert added(source, version("ar", "عنوان", "نوقش جهاز Pfizer.")) == [(1, "Pfizer")]


def test_an_italian_elision_of_several_letters_is_read_too() -> None:
    source = version("it", "Titolo", "Il segretario dell’ONU ha parlato nell’aula di Ginevra.")
    assert added(source, version("ar", "عنوان", "تحدث أمين عام ONU في قاعة جنيف.")) == []


def test_an_agency_credited_behind_an_elision_is_not_added() -> None:
    source = version("fr", "Titre", "Selon l’Associated Press, le sénateur a parlé lundi.")
    credited = version("ar", "عنوان", "وفقًا لوكالة أسوشيتد برس، تحدث السيناتور يوم الاثنين.")
    assert added(source, credited) == []
    invented = version("fr", "Titre", "Selon le journal, le sénateur a parlé lundi.")
    assert added(invented, credited) == [(1, "أسوشيتد برس")]


def test_an_acronym_in_another_languages_letter_order_is_the_same_name() -> None:
    # French puts the adjective after the noun, and orders an acronym's letters so.
    source = version("fr", "Titre", "L’OTAN et l’ONU ont parlé du SIDA.")
    reordered = version("ar", "عنوان", "تحدث حلف NATO وهيئة UNO عن مرض AIDS.")
    assert added(source, reordered) == []
    # Letters the source's acronyms do not have, or one too many, are another name.
    other = version("ar", "عنوان", "تحدث حلف NATO وهيئة UNESCO عن مرض AIDS.")
    assert added(source, other) == [(1, "UNESCO")]
    assert added(source, version("ar", "عنوان", "تحدث حلف NATOS عن المرض.")) == [(1, "NATOS")]


def test_a_word_in_the_singular_or_a_compound_without_its_hyphens_is_the_sources() -> None:
    source = version("fr", "Titre", "Les start-up ont organisé des hackathons à Lyon.")
    kept = version("ar", "عنوان", "نظمت شركات Startup مسابقة Hackathon في ليون.")
    assert added(source, kept) == []
    other = version("ar", "عنوان", "نظمت شركات Startup مسابقة Hackathon في Marseille.")
    assert added(source, other) == [(1, "Marseille")]


def test_what_the_source_spells_is_read_once_for_every_test() -> None:
    spelled = source_spellings("L’OBI (edit-a-thons) d’EMIS, selon l'INSERM.")
    assert {"obi", "emis", "inserm", "editathons"} <= spelled.words
    assert spelled.writes("IBO") and spelled.writes("Editathon") and spelled.writes("EMIS")
    assert not spelled.writes("Reuters")
    # Only a word in capitals is read as an acronym: "Obi" is not "IBO".
    assert not spelled.writes("Ibo")


def confidence(source: Version, translation: Version) -> list[tuple[str, bool]]:
    """Each added name of the translation's second paragraph, and whether it is counted."""
    found = check_version(source, translation, one_to_one(2))
    text = translation.paragraphs[1].text
    return [(text[s:e], f.confident) for f in found if f.check == "added-name" for s, e in f.spans]


def test_a_name_the_source_translated_word_by_word_is_worth_a_look() -> None:
    """The translation keeps a name of several words in its own language (a journal, a
    group) where the source translated it: a word of it spelled a little otherwise in the
    source (médicale, Medical) says so. A name of several words the source has no trace of
    is still counted."""

    source = version("fr", "Titre", "L’étude est parue dans la Revue médicale militaire en mars.")
    kept = version("ar", "عنوان", "نُشرت الدراسة في مجلة Military Medical Review في مارس.")
    assert confidence(source, kept) == [
        ("Military", False),
        ("Medical", False),
        ("Review", False),
    ]
    added_name = version("ar", "عنوان", "نُشرت الدراسة في مجلة Lancet Global Health في مارس.")
    assert confidence(source, added_name) == [
        ("Lancet", True),
        ("Global", True),
        ("Health", True),
    ]


def test_an_acronym_the_source_writes_out_is_worth_a_look() -> None:
    """The translation keeps an acronym whose name the source writes out in its own words and
    order (NL, Ligue nationale; EU, Union européenne): not a name the
    source lacks, worth a look. Words that only start with the letters (a sentence's first
    word, lower-case words) are no such name, and an acronym the source has no trace of is
    still counted."""

    source = version("fr", "Titre", "Les Dodgers mènent la division Ouest de la Ligue nationale.")
    kept = version("ar", "عنوان", "يتقدم دودجرز في دوري NL الغربي.")
    assert confidence(source, kept) == [("NL", False)]
    europe = version("fr", "Titre", "Le budget de l’Union européenne a été voté.")
    assert confidence(europe, version("ar", "عنوان", "تم التصويت على ميزانية EU.")) == [
        ("EU", False)
    ]
    other = version("ar", "عنوان", "يتقدم دودجرز في دوري MLB الغربي.")
    assert confidence(source, other) == [("MLB", True)]
    # The letters as the initials of words that name nothing: counted.
    plain = version("id", "Judul", "Nilai untuk negara itu naik.")
    assert confidence(plain, version("ar", "عنوان", "ارتفعت قيمة UN للبلد.")) == [("UN", True)]
    opening = version("id", "Judul", "Untuk negara itu, nilai naik.")
    assert confidence(opening, version("ar", "عنوان", "ارتفعت قيمة UN للبلد.")) == [("UN", True)]
