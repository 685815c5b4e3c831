"""Articles and results written out: JSON documents and terminal text."""
