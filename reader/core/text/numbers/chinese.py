"""Chinese (and Japanese) numerals written in characters: ``二〇一九``, ``三千五百万``, ``两千``.

Two notations share the characters. *Positional*, digit by digit, for years and codes
(``一九八九``, ``二〇一九``): a run of three digits or more, or any run with ``〇``. *With units*
(``十``, ``百``, ``千``) and myriads (``万``, ``亿``): ``三千五百万`` is 35,000,000, ``一千零五`` is
1,005, ``一万亿`` is 10¹².

What is not a number, though written with the same characters:

- two neighbouring digits side by side, ``八九`` ("eight or nine"), ``三四十`` ("thirty or forty"),
  ``十七八`` ("seventeen or eighteen"): an estimate, not a value, so no value is read;
- ``两`` after a numeral: it is then the measure *tael*, not the digit two (``二十两`` is twenty
  taels, not 22; ``八九两`` eight or nine taels). ``两`` is the digit only where a number starts
  (``两千``, ``两万``).

A single character alone (``三``, ``一``) is left unread: ``一`` is in too many words (``一起``,
``一样``), and translations spell such small numbers as freely as they write them in digits.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.text.patterns import lazy

DIGITS = {
    **dict.fromkeys("〇零", 0),
    "一": 1,
    **dict.fromkeys("二两兩", 2),
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MYRIADS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_ZEROS = "〇零"
_LIANG = "两兩"  # the digit two before a unit, the measure "tael" after a numeral

_RUN = lazy(f"[{''.join([*DIGITS, *UNITS, *MYRIADS])}]{{2,}}")


def chinese_numerals(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, value) of each number written in two Chinese numerals or more in ``text``;
    estimates (``八九``) are skipped, and a ``两`` after a numeral is left out of it."""
    for match in _RUN.finditer(text):
        start, run = match.start(), match[0]
        for offset, part in _parts(run):
            value = chinese_number(part)
            if value is not None:
                yield start + offset, start + offset + len(part), value


def _parts(run: str) -> Iterator[tuple[int, str]]:
    """The run cut before every ``两`` that follows a numeral: that ``两`` is a measure word,
    and the next number, if any, starts after it."""
    begin = 0
    for index in range(1, len(run)):
        if run[index] in _LIANG:
            if index - begin >= 2:
                yield begin, run[begin:index]
            begin = index + 1
    if len(run) - begin >= 2:
        yield begin, run[begin:]


def chinese_number(run: str) -> int | None:
    """The value of a run of Chinese numerals (``二〇一九``, ``三千五百万``), or None for an
    estimate made of two neighbouring digits (``八九``, ``三四十``)."""
    positional = not any(ch in UNITS or ch in MYRIADS for ch in run)
    if positional:
        if len(run) == 2 and _neighbours(run[0], run[1]):
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
