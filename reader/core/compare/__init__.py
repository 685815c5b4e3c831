"""Comparing versions: the word-level difference and two revisions side by side."""
