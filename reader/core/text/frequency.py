"""How common a word is in a language, from the ``wordfreq`` package's word lists.

A check that takes an Arabic word for a transliteration of a source word (``برساما`` for
*bersama*) must first ask whether the word is simply Arabic: ``عليه`` shares its consonants with
Indonesian *oleh*, ``صباح`` with *sebuah*, ``للعدالة`` with *adalah*, and each is a common word
of Arabic. wordfreq ships frequency lists for Arabic and many other languages (built from
Wikipedia, subtitles, news and the web), so no word list is kept here.

The list read is wordfreq's "small" one (the words seen at least once in a million: 56,642 for
Arabic), read straight from the package's data file in its documented cBpack format (a header,
then lists of words by frequency in centibels). ``import wordfreq`` itself would load language
tables for its tokenizer, two seconds on a busy machine, which a check of one word does not need;
where the file cannot be found, wordfreq's own ``get_frequency_dict`` is asked.

A language's *commonest* words, the few dozen that make up a share of its running text (English
"the", "of", "and"; Indonesian *yang*, *dan*, *di*), are read from the head of the file alone, so
that they can be had for many languages at the cost of a few milliseconds each.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import msgpack

from reader.core.text.arabic import ARTICLE
from reader.core.text.arabic import stems as arabic_stems
from reader.core.text.fold import unmarked

# Zipf scale: log10 of occurrences per billion words. The small list stops at 3 (once in a
# million words): every word it holds is common.
_ZIPF_OF_FIRST_BUCKET = 9.0


@functools.cache
def _data_folder() -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if folder.is_dir() else None


def _data_file(language: str) -> Path | None:
    folder = _data_folder()
    path = folder / f"small_{language}.msgpack.gz" if folder else None
    return path if path and path.is_file() else None


class _NotListed(Exception):
    """A data file not in the cBpack format this module reads."""


def _buckets(path: Path) -> Iterator[tuple[float, list[str]]]:
    """The buckets of a wordfreq data file, the commonest first: each one's Zipf frequency and
    its words, read as far as the caller reads (the head of the list costs only the head).
    Raises ``_NotListed`` before any bucket where the file is in another format."""
    with gzip.open(path, "rb") as stream:
        unpacker = msgpack.Unpacker(stream, raw=False)
        buckets = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB":
            raise _NotListed(path)
        for index in range(buckets):
            yield _ZIPF_OF_FIRST_BUCKET - index / 100, unpacker.unpack()


@functools.lru_cache(maxsize=8)
def _frequencies(language: str) -> dict[str, float]:
    """Word → Zipf frequency for ``language`` (empty for a language wordfreq has no list for)."""
    path = _data_file(language)
    if path is not None:
        try:
            return {word: zipf for zipf, words in _buckets(path) for word in words}
        except _NotListed:
            pass
    return _from_wordfreq(language)


def _by_frequency(language: str) -> Iterator[tuple[str, float]]:
    """The list's words with their Zipf frequencies, the commonest first, read as far as the
    caller reads."""
    path = _data_file(language)
    if path is not None:
        try:
            for zipf, words in _buckets(path):
                yield from ((word, zipf) for word in words)
            return
        except _NotListed:
            pass
    elif _data_folder() is not None:
        return  # wordfreq has no list for the language (nor imports itself to say so)
    yield from sorted(_frequencies(language).items(), key=lambda item: -item[1])


@functools.cache
def commonest(language: str, share: float) -> frozenset[str]:
    """The commonest words of ``language`` that together make up ``share`` of its running text
    (at 0.4 English's 55 from "the" to "who", French's 35 from "de" to "avec"): words of equal
    frequency are taken together. Empty for a language without a list."""
    words: set[str] = set()
    total = 0.0
    last = None
    for word, frequency in _by_frequency(language):
        if total >= share and frequency != last:
            break
        words.add(word)
        total += 10 ** (frequency - _ZIPF_OF_FIRST_BUCKET)
        last = frequency
    return frozenset(words)


def _from_wordfreq(language: str) -> dict[str, float]:
    import math

    import wordfreq

    if language not in wordfreq.available_languages(wordlist="small"):
        return {}
    found = wordfreq.get_frequency_dict(language, wordlist="small")
    return {word: math.log10(share * 1e9) for word, share in found.items()}


def zipf(word: str, language: str) -> float:
    """The word's frequency in ``language`` on the Zipf scale (3 is once in a million words);
    0 for a word outside the list of common words, or a language without one."""
    return _frequencies(language).get(word, 0.0)


def has_list(language: str) -> bool:
    """Whether wordfreq has a list of common words for ``language``."""
    return bool(_frequencies(language))


def is_common(word: str, language: str) -> bool:
    """Whether ``word``, exactly as written (without vowel marks), is a common word of
    ``language``: once in a million words or more."""
    return word in _frequencies(language)


@functools.lru_cache(maxsize=1 << 16)
def is_word_of(word: str, language: str) -> bool:
    """Whether ``word`` is a common word of ``language`` in its own right: as written (vowel
    marks aside), or, for an Arabic-script word, with the article and the clitics before it
    taken off (``للإهانة`` → ``إهانة``). A single clitic letter taken off proves nothing
    (``بيلوم``, Indonesian *belum* transliterated, would become ``يلوم``)."""
    bare = unmarked(word)
    if is_common(bare, language):
        return True
    return any(
        len(bare) - len(stem) >= len(ARTICLE) and is_common(stem, language)
        for stem in arabic_stems(bare)[1:]
    )
