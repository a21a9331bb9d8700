"""Bilingual mode: align a source with its translation and cross-check them.

``align`` pairs sentences, ``formats`` reads bilingual files (TSV, XLIFF, PO,
TMX), ``numbers`` and ``names`` extract what must survive translation, and
``languages`` checks that each side is in the language the flags say.
"""
