"""Numbers as a reader means them: values, years, dates, percentages and amounts, across locales.

A translation that changes a number is the defect a reader can least afford, and the one a
machine translation hides best: ``1.000`` is a thousand in Indonesian and one in English,
``3,5 persen`` is ``3.5 في المئة`` is ``٣٫٥٪``, ``15 Agustus`` is ``8月15日``, and ``2 triliun``
is ``2 billions`` in French. This package reads every number mention of a text into a
normalised value (a Decimal) with its kind and its character span, so that two versions can be
compared value by value; the aligner's number anchors and the fidelity checks both read numbers
here, so that they can never read one text two ways. It is pure Python, no Qt.

- ``mention``: what a mention is (``NumberMention``, ``NumberKind``) and how it is described;
- ``conventions``: decimal and grouping marks of each language and digit system, from CLDR
  (Babel), loaded only when a numeral is ambiguous without them;
- ``numerals``: a run of digits and marks read as one number;
- ``scales``: the words that scale a number (``juta``, ``milliard``, ``万``), long or short
  scale decided by language in that one table;
- ``cues``: the words around a number that say what it counts (``persen``, ``Rp``, ``pukul``);
- ``months``: month names, from CLDR, with the Arabic names of every region;
- ``spelled``: numbers written in words (``tiga``, ``ثلاثة``);
- ``english``: English numbers in words, by their grammar (``three hundred and five``);
- ``arabic``: Arabic numbers of hundreds and thousands, by their grammar (``ألفين وتسعة عشر``);
- ``chinese``: Chinese numerals (``二〇一九``, ``三千五百万``; ``八九`` an estimate, ``二十两`` twenty taels);
- ``ranges``: a range whose scale word is written once (``2.6 到 3.2 万``, ``2-3 juta``);
- ``hijri``: Hijri dates in Arabic (``12 ربيع الأول 1440 هـ``), their day and year soft;
- ``extract``: the text read, mention by mention.
"""

from __future__ import annotations

from reader.core.text.numbers.extract import extract_numbers
from reader.core.text.numbers.mention import Fact, NumberKind, NumberMention

__all__ = ["Fact", "NumberKind", "NumberMention", "extract_numbers"]
