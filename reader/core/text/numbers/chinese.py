"""Chinese (and Japanese) numerals written in characters: ``二〇一九``, ``三千五百万``, ``两千``.

Two notations share the characters. *Positional*, digit by digit, for years and codes
(``一九八九``, ``二〇一九``): a run of three digits or more, or any run with ``〇``. *With units*
(``十``, ``百``, ``千``) and myriads (``万``, ``亿``): ``三千五百万`` is 35,000,000, ``一千零五`` is
1,005, ``一万亿`` is 10¹².

What is not a number, though written with the same characters:

- two neighbouring digits side by side, ``八九`` ("eight or nine"), ``三四十`` ("thirty or forty"),
  ``十七八`` ("seventeen or eighteen"): an estimate, not a value, so no value is read;
- a unit with "several" before it, ``数十`` and ``几十`` (tens of), ``数百``, ``数十万``
  (hundreds of thousands): an estimate too. (After it, "several" adds a few to a number that
  is read, as 多 and 余 do: ``二十几两`` is "over twenty taels".)
- ``两`` after a numeral: it is then the measure *tael*, not the digit two (``二十两`` is twenty
  taels, not 22; ``八九两`` eight or nine taels). ``两`` is the digit where a number starts
  (``两千``, ``两万``) and before a unit or a myriad (``三万两千``, 32,000).
- a run that starts with a myriad, which multiplies what comes before it: ``万一`` is "in case"
  (no 10,001), ``亿万`` "countless"; and ``千万`` before a negation or ``要``, the adverb "by all
  means" (``千万不要``, by no means), no ten million.

The financial forms (``壹仟贰佰``, ``壱万``) are the same numbers with other characters, written
with their units only. After ``第``, the prefix of ordinals, a number is an ordinal (``第三``,
``第二十一``: ``extract``).

A single character alone (``三``, ``一``) is left unread: ``一`` is in too many words (``一起``,
``一样``), as are ``十`` (``十分``, very), ``百`` (``百姓``, the people) and ``千`` (``千古``,
through the ages), and translations spell such small numbers as freely as they write them in
digits.

Traditional characters are the same numerals (``兩``, ``萬``, ``億``, ``點``): ``both_scripts``
gives a word in both, as ICU's transliterators write them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from reader.core.text.patterns import lazy

# The digits, with the financial forms (CLDR's ``hansfin``, ``hantfin`` and ``jpanfin``
# numbering systems, ICU's ``%spellout-cardinal-financial``) that cheques and contracts write
# so that no stroke can be added: 壹贰叁 in Chinese, 壱弐参 in Japanese.
DIGITS = {
    **dict.fromkeys("〇零", 0),
    **dict.fromkeys("一壹壱", 1),
    **dict.fromkeys("二两兩贰貳弐", 2),
    **dict.fromkeys("三叁參参", 3),
    **dict.fromkeys("四肆", 4),
    **dict.fromkeys("五伍", 5),
    **dict.fromkeys("六陆陸", 6),
    **dict.fromkeys("七柒", 7),
    **dict.fromkeys("八捌", 8),
    **dict.fromkeys("九玖", 9),
}
# The units, financial forms too, and the contracted tens that days of the month are written
# with (廿一, the 21st; ICU's ``%spellout-numbering-days``): 廿 (卄) twenty, 卅 (丗) thirty, 卌
# forty.
UNITS = {
    **dict.fromkeys("十拾", 10),
    **dict.fromkeys("廿卄", 20),
    **dict.fromkeys("卅丗", 30),
    "卌": 40,
    **dict.fromkeys("百佰", 100),
    **dict.fromkeys("千仟", 1000),
}
MYRIADS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CONTRACTED_TENS = frozenset("廿卄卅丗卌")  # a ten in one character: no digit multiplies it
# Financial digits are written with their units, never digit by digit: "三陸" is a place
# (Sanriku), no 36.
_FINANCIAL = frozenset("壹壱贰貳弐叁參参肆伍陆陸柒捌玖")
_ZEROS = "〇零"
_LIANG = "两兩"  # the digit two before a unit, the measure "tael" after a numeral
_DIGIT_OR_UNIT = {**DIGITS, **UNITS, **MYRIADS}
_UNIT_OR_MYRIAD = frozenset([*UNITS, *MYRIADS])

_NUMERALS = "".join([*DIGITS, *UNITS, *MYRIADS])
_RUN = lazy(f"[{_NUMERALS}]{{2,}}")
# A run after 第, the prefix of ordinals, one numeral long too: 第三 is "third".
_RUN_OR_ORDINAL = lazy(f"[{_NUMERALS}]{{2,}}|(?<=第)[{_NUMERALS}]")


# "Several" (数, Japanese and Chinese; 几, 幾, Chinese; 何, Japanese "some"): before a unit, it
# multiplies it by a few (数十, tens of; 几百, hundreds of).
SEVERAL = frozenset("数數几幾何")


def estimated(text: str, start: int, end: int) -> bool:
    """Whether the numeral at ``start:end`` of ``text`` is an estimate, "several" before its
    unit: ``数十`` (tens of), ``数万``, ``数十万`` (hundreds of thousands)."""
    return text[start - 1 : start] in SEVERAL and text[start : start + 1] in _UNIT_OR_MYRIAD


def chinese_numerals(text: str, *, ordinals: bool = False) -> Iterator[tuple[int, int, int]]:
    """(start, end, value) of each number written in two Chinese numerals or more in ``text``
    (with ``ordinals``, a lone numeral after ``第`` too); estimates (``八九``, ``数十万``) are
    skipped, and a ``两`` after a numeral is left out of it."""
    for match in (_RUN_OR_ORDINAL if ordinals else _RUN).finditer(text):
        start, run = match.start(), match[0]
        if estimated(text, start, match.end()):
            continue
        if len(run) == 1:
            value = _DIGIT_OR_UNIT.get(run)
            if value:
                yield start, start + 1, value
            continue
        for offset, part in _parts(run):
            value = chinese_number(part)
            end = start + offset + len(part)
            if value is not None and not (part in _BY_ALL_MEANS and text[end : end + 1] in _URGED):
                yield start + offset, end, value


# 千万 before a negation or 要 ("must") is the adverb "by all means", no ten million: 千万不要
# (by no means), 千万别忘了 (be sure not to forget), 千万要小心 (do be careful).
_BY_ALL_MEANS = frozenset({"千万", "千萬"})
_URGED = frozenset("不别別莫勿要")


def _parts(run: str) -> Iterator[tuple[int, str]]:
    """The run cut before every ``两`` that follows a numeral and comes before no unit or
    myriad: that ``两`` is a measure word, and the next number, if any, starts after it."""
    begin = 0
    for index in range(1, len(run)):
        if run[index] in _LIANG and not _before_unit(run, index + 1):
            if index - begin >= 2:
                yield begin, run[begin:index]
            begin = index + 1
    if len(run) - begin >= 2:
        yield begin, run[begin:]


def _before_unit(run: str, at: int) -> bool:
    return at < len(run) and (run[at] in UNITS or run[at] in MYRIADS)


def numeral_value(token: str) -> int | None:
    """An ASCII or Chinese numeral's value: ``12``, ``五``, ``十``, ``三十一``."""
    if token.isdigit():
        return int(token)
    if len(token) == 1:
        return DIGITS.get(token, UNITS.get(token))
    return chinese_number(token)


def positional(run: str) -> bool:
    """Whether a run of Chinese numerals is written digit by digit (``二〇一九``, ``一九八九``),
    with no unit or myriad (``一千五百``): the way Chinese and Japanese write a year in
    characters (CLDR's ``hanidec`` numbering system)."""
    return _UNIT_OR_MYRIAD.isdisjoint(run)


def chinese_number(run: str) -> int | None:
    """The value of a run of Chinese numerals (``二〇一九``, ``三千五百万``), or None for an
    estimate made of two neighbouring digits (``八九``, ``三四十``) or for a run that starts
    with a myriad, which multiplies what comes before it: ``万一`` is "in case", ``亿万``
    "countless"."""
    if run[0] in MYRIADS:
        return None
    if positional(run):
        if (len(run) == 2 and _neighbours(run[0], run[1])) or not _FINANCIAL.isdisjoint(run):
            return None
        return int("".join(str(DIGITS[ch]) for ch in run))
    total = section = 0
    digit: int | None = None
    largest_myriad = 0
    previous = ""
    for ch in run:
        if ch in DIGITS:
            if digit is not None and ch not in _ZEROS and previous not in _ZEROS:
                return None  # two digits in a row in unit notation: an estimate (三四十)
            digit = DIGITS[ch]
        elif ch in UNITS:
            if digit is not None and ch in _CONTRACTED_TENS:
                return None  # 五卅, the 30th of May: no 150
            section += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        else:
            myriad = MYRIADS[ch]
            amount = section + (digit or 0)
            if myriad > largest_myriad and largest_myriad:
                total = (total + amount) * myriad  # 一万亿: a myriad of myriads
            else:
                total += (amount or 1) * myriad
            largest_myriad = max(largest_myriad, myriad)
            section, digit = 0, None
        previous = ch
    return total + section + (digit or 0)


def _neighbours(a: str, b: str) -> bool:
    """Two digits one apart (``八九``, ``三四``): the way Chinese gives an estimate."""
    if a in _ZEROS or b in _ZEROS:
        return False
    return DIGITS[b] - DIGITS[a] == 1


def both_scripts(words: Iterable[str]) -> frozenset[str]:
    """The words in simplified and in traditional characters alike (``小时`` and ``小時``,
    ``点`` and ``點``), as ICU's Simplified-Traditional and Traditional-Simplified
    transliterators write them: the same word, which a text in either script may use. Without
    PyICU, the words as given."""
    forms = set(words)
    for transliterator in _transliterators():
        forms.update(transliterator.transliterate(word) for word in list(forms))
    return frozenset(forms)


@functools.cache
def _transliterators() -> tuple[Any, ...]:
    try:
        import icu
    except ImportError:  # pragma: no cover - PyICU is a dependency; the words stay as given
        return ()
    return tuple(
        icu.Transliterator.createInstance(name)
        for name in ("Simplified-Traditional", "Traditional-Simplified")
    )
