"""Paragraph alignment: which paragraphs of a translation render which of its source."""
