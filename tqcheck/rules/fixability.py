"""Which rules' suggestions ``--fix`` may apply: one table, keyed by rule
code, as Ruff keeps each rule's fix availability beside the rule rather
than in the fixing code.

A suggestion replaces exactly its finding's span ("" deletes it); the
engine (engine.resolve_fixes) turns it into a model.Fix when the rule's
entry here says the suggestion is a fix:

- ``safe``: the fix cannot change what the text says (a quote glyph, a
  space, a dash, a number or date format, a page-furniture line deleted);
  ``--fix`` applies it;
- ``unsafe``: the suggestion is exact replacement text, but it may be wrong
  for this sentence (a calque rewritten, a name respelled, an acronym
  written out); ``--fix --unsafe-fixes`` applies it;
- ``none``: the rule gives no exact replacement (no suggestion, or advice:
  "translate it", a request to check the source).

How the edits are made (``edits``):

- ``suggestion``: the suggestion replaces the span;
- ``removal``: the span is deleted; a whole line goes with its line break
  (and one blank line when it stood alone between blank lines), so no
  empty line is left; part of a line goes with the spaces after it;
- ``straight-quotes``: TQ106's one finding for the whole document
  converts every straight quotation its details list (``positions``: open,
  close, open, close...) into the target's typographic pair.

The audit behind each entry (the seeds, fixtures/fakti-dev and the golden
material) is in the comment beside it. A rule added to the registry needs
an entry here: tests/test_fixes.py checks that every registered rule has one.
"""

from __future__ import annotations

from dataclasses import dataclass

SAFE = "safe"
UNSAFE = "unsafe"
NONE = "none"


@dataclass(frozen=True)
class FixAvailability:
    """Whether a rule's suggestions fix the text as they stand (safe, unsafe
    or none), and how they become edits."""

    applicability: str  # SAFE | UNSAFE | NONE
    edits: str = "suggestion"  # "suggestion" | "removal" | "straight-quotes"
    # Unsafe in general, but safe when the replacement only swaps letters
    # for their look-alikes of the other script (Sofiа -> Sofia): TQ302.
    safe_if_lookalikes: bool = False

    @property
    def fixable(self) -> bool:
        return self.applicability != NONE


NOT_FIXABLE = FixAvailability(NONE)

TABLE: dict[str, FixAvailability] = {
    # --- quotes: glyphs are safe; a name's quotes removed is a judgement
    "TQ101": FixAvailability(SAFE),  # the target's glyph for a foreign mark
    "TQ102": FixAvailability(SAFE),  # the target's closing glyph
    "TQ103": FixAvailability(SAFE),  # the target's glyph for the odd mark of a pair
    "TQ104": NOT_FIXABLE,  # no suggestion: where the partner goes is unknown
    "TQ105": FixAvailability(SAFE),  # the punctuation moved inside the closing mark
    "TQ106": FixAvailability(SAFE, edits="straight-quotes"),  # every straight quotation curled
    "TQ107": FixAvailability(SAFE, edits="straight-quotes"),  # every straight quotation in the locale's marks
    "TQ108": NOT_FIXABLE,  # unquoted speech: where the quotation starts and ends is a reading
    "TQ110": FixAvailability(UNSAFE),  # quotes dropped: it may be a title or a word cited as a word
    # --- Bulgarian turns of phrase: exact text, but a rewrite
    "TQ201": FixAvailability(UNSAFE),  # the table's first alternative (the message lists the others)
    "TQ202": FixAvailability(UNSAFE),  # "BNT reported": word order
    "TQ203": FixAvailability(UNSAFE),  # "Bulgaria" for "our country"; none in attributed speech
    "TQ204": NOT_FIXABLE,  # no suggestion: who acts is for the editor to say
    # --- scripts and languages
    "TQ301": FixAvailability(UNSAFE),  # a month, an exonym, or a transliterated name to check
    "TQ302": FixAvailability(UNSAFE, safe_if_lookalikes=True),  # look-alike letters swapped; else transliterated
    "TQ303": FixAvailability(UNSAFE),  # an acronym written out; none for an instruction ("delete the year")
    "TQ304": NOT_FIXABLE,  # a sentence to translate
    # --- page furniture: lines that are not the article
    "TQ401": FixAvailability(SAFE, edits="removal"),  # a date/time/view-count line
    "TQ402": FixAvailability(SAFE, edits="removal"),  # a site's boilerplate line
    "TQ403": FixAvailability(SAFE, edits="removal"),  # the headline repeated under an image
    "TQ404": FixAvailability(UNSAFE, edits="removal"),  # a repeated sentence is prose: which copy stays is the editor's
    "TQ405": FixAvailability(SAFE),  # a stray tag deleted, an entity written as its character
    # --- typography and formats
    "TQ501": FixAvailability(SAFE),  # one space; none across a tag in HTML
    "TQ502": FixAvailability(UNSAFE),  # lower case after a dash: may be a name, and the apposition may need commas
    "TQ503": FixAvailability(SAFE),  # an en dash for a spaced hyphen
    "TQ504": FixAvailability(SAFE),  # decimal separator, digit grouping, date and time formats
    "TQ505": FixAvailability(SAFE),  # a final period
    "TQ506": FixAvailability(SAFE),  # an invisible character deleted
    "TQ507": FixAvailability(SAFE),  # the space around punctuation
    "TQ508": FixAvailability(UNSAFE),  # the word once; which of the two an edit meant to keep is the editor's
    "TQ601": FixAvailability(UNSAFE),  # a name respelled as its commoner spelling
    # --- bilingual: what the source says the translation lacks
    "TQ700": NOT_FIXABLE,
    "TQ701": NOT_FIXABLE,  # no suggestion: which number is right is the source's
    "TQ702": FixAvailability(UNSAFE),  # the source name, transliterated
    "TQ703": NOT_FIXABLE,
    "TQ704": NOT_FIXABLE,
    "TQ705": NOT_FIXABLE,
    "TQ706": NOT_FIXABLE,
    "TQ707": NOT_FIXABLE,
    "TQ708": NOT_FIXABLE,
    "TQ709": NOT_FIXABLE,  # a word left untranslated: translate it
    "TQ710": FixAvailability(UNSAFE),  # the source's month or day in the same form; the editor checks the date
    # --- glossary
    "TQ801": NOT_FIXABLE,  # no suggestion: where the required term goes is the translator's
    "TQ802": FixAvailability(UNSAFE),  # the preferred term, which may need the sentence adjusted
    # --- back-translation: scores, no text
    "TQ901": NOT_FIXABLE,
    "TQ902": NOT_FIXABLE,
    "TQ903": NOT_FIXABLE,
    "TQ904": NOT_FIXABLE,
}


def availability(code: str) -> FixAvailability:
    """The entry for ``code``; a code with none (a rule made in a test) has no fix."""
    return TABLE.get(code, NOT_FIXABLE)
