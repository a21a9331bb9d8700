"""Bilingual analysis: align a source with its translation and read what
must survive translation.

``align`` pairs sentences (``anchors`` are what it pairs them by),
``numbers`` and ``names`` extract what must survive translation, and
``translit`` and ``wordlists`` support them. The TQ7xx rules in
``tqcheck.rules.bilingual`` read the results; bilingual files (TSV, XLIFF,
PO, TMX) are read by ``tqcheck.bilingual_inputs``.
"""
