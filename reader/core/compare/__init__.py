"""Comparing versions: the word-level difference and two revisions side by side.

``ops`` (what a difference is and what can be read off one) under ``lcs`` (a longest common
subsequence of integers, knowing nothing of text) and ``tidy`` (token operations made readable),
under ``words`` (``diff_text``), under ``paragraphs`` (revisions paragraph by paragraph), under
``revisions`` (what the window shows of two revisions).
"""
