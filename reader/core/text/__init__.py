"""The one text layer: alignment, checks, diff and search all read text through it.

- ``languages``, ``direction``, ``bidi_controls``: scripts and languages, paragraph direction,
  the controls that can reorder what is shown;
- ``tokens``: the one cut of text into tokens (``words``: the word-like ones, with spans, as the
  checks read them);
- ``fold``: the one fold, at two levels (Arabic vowel marks for the diff; case, accents and
  hamza seats for lookups);
- ``arabic``: the letters and proclitics of an Arabic word, the one clitic stemmer;
- ``transliterate``: the one consonant-skeleton scheme, across Latin, Arabic and Cyrillic;
- ``numbers``: the one number reader.

A new need extends these modules; it never copies one.
"""
