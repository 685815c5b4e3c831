"""How two spellings of one word are told equal: the one fold of the text layer.

Two levels, one built on the other:

- ``unmarked``: Arabic vowel marks (harakat, the superscript alef, Quranic annotation signs)
  and tatweel removed, nothing else. A revision that only adds or drops these has not changed
  the word (the word-level difference calls it a *minor* change), but a changed hamza seat or
  a changed accent has.
- ``fold``: what the checks, the number reader and the aligner look words up by. Case-folded;
  every combining mark of any script removed after canonical decomposition (accents, harakat,
  the hamza that NFKD takes off its seat: أ إ آ ؤ ئ → ا ا ا و ي) and tatweel; then the letters
  Arabic spelling varies on unified (ٱ → ا, final ى → ي, ة → ه). ``fold("Août") == "aout"``,
  ``fold("أَلْفًا") == fold("الفا")``.
"""

from __future__ import annotations

import functools
import unicodedata

from reader.core.text.patterns import lazy

# Arabic marks that a word may carry or not without becoming another word: Quranic annotation
# signs (U+0610–061A), harakat and other vowel signs (U+064B–065F), the superscript alef
# (U+0670), Quranic small letters and pause marks (U+06D6–06ED); and tatweel (kashida, U+0640),
# which only stretches a word.
ARABIC_MARKS = (
    "".join(
        chr(c) for c in (*range(0x0610, 0x061B), *range(0x064B, 0x0660), *range(0x06D6, 0x06EE))
    )
    + "\u0670"
)
TATWEEL = "\u0640"
_MARKED = lazy(f"[{ARABIC_MARKS}{TATWEEL}]")
_LETTER_VARIANTS = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه"})


def unmarked(text: str) -> str:
    """``text`` without Arabic vowel marks and tatweel (and in NFC): ``كَتَبَ`` → ``كتب``."""
    if text.isascii():
        return text
    # The marks deleted by the pattern, not by ``str.translate``, which looks up every
    # character of a non-ASCII text in its table (ten times slower on Arabic news paragraphs).
    return unicodedata.normalize("NFC", _MARKED.sub("", text))


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A word as lookups compare it (see the module docstring)."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != TATWEEL)
    return unicodedata.normalize("NFC", bare).translate(_LETTER_VARIANTS)
