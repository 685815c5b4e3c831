"""Fidelity checks: where a translation may be wrong. ``run`` runs them all; each other
module holds one family of checks. This package's ``__init__`` imports nothing, so that the
window can read ``model`` (the findings' shape) without loading the checks themselves.
"""
