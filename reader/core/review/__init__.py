"""A translator's review of an article: paragraph statuses, notes, dismissed findings, the
file that keeps them in the article folder, post-edited revisions, and the exchange with CAT
tools (XLIFF, TMX).

A layer of the core of its own, over the checks and the comparison (a dismissal names a
finding's kind) and under ``present`` and ``export`` (which say and write what it holds).
"""
