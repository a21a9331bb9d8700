"""Bilingual rules (TQ7xx): cross-checks of a translation against its source.

Each rule reads ``ctx.source``, ``ctx.alignment``, ``ctx.pairs`` and
``ctx.omissions`` and stays silent outside bilingual mode. They are
registered with every other rule in rules/__init__.py, which imports them
only when a document has a source.
"""
