"""Bytes and files to articles: encodings, plain-text parsing, publishers' notices, manifests."""
