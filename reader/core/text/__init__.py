"""The one text layer: scripts and languages, tokens and words, Arabic folding and stems,
transliteration skeletons, numbers, direction and bidi controls. Alignment, checks, diff
and search all read text through it.
"""
