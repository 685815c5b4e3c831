"""The pure core: everything Reader decides without a screen. Never imports Qt.

Layers, each importing only those below it: ``present`` and ``export`` (what users read)
over ``checks`` and ``compare`` over ``align`` over ``ingest`` over ``text`` over ``model``.
"""
