"""The rule type and the context rules read.

A rule is a frozen value: code, defaults and a pure ``check(rule, ctx)``
function that reads a :class:`RuleContext` and yields findings built with
``rule.finding``; every rule, TQ101 to TQ904, is run by the engine the same
way. Its documentation is the module docstring of the file that defines it,
in four parts (What it does / Why / Example / Use instead); the indented
lines under *Example* must be flagged by the rule and those under *Use
instead* must not (tests run them). Reusable check kinds are in
rules.kinds; the one registry of rules is rules/__init__.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from tqcheck.locale import LocaleFacts
from tqcheck.model import NO_SEGMENT, Category, Document, Finding, Segment, Severity
from tqcheck.rules.fixability import FixAvailability, availability

SECTIONS = ("What it does", "Why", "Example", "Use instead")
# A bilingual or back-translation example line: ``SOURCE => TRANSLATION``
# (TQ7xx), ``SENTENCE => WHAT THE MODEL RETURNED`` (TQ9xx).
EXAMPLE_SEPARATOR = " => "


@dataclass(frozen=True)
class RuleDoc:
    """A rule's documentation: its summary line and its sections (What it
    does, Why, Example, Use instead)."""

    summary: str
    sections: tuple[tuple[str, str], ...]

    def section(self, name: str) -> str:
        return dict(self.sections).get(name, "")

    def examples(self, name: str) -> tuple[str, ...]:
        """Indented lines of a section: one example text per line."""
        return tuple(
            line[4:] for line in self.section(name).splitlines() if line.startswith("    ") and line.strip()
        )

    @property
    def bad_examples(self) -> tuple[str, ...]:
        return self.examples("Example")

    @property
    def good_examples(self) -> tuple[str, ...]:
        return self.examples("Use instead")


def parse_doc(docstring: str | None) -> RuleDoc:
    text = (docstring or "").strip("\n")
    parts = re.split(r"^## (.+)$", text, flags=re.M)
    summary = parts[0].strip()
    sections = tuple((parts[i].strip(), parts[i + 1].strip("\n")) for i in range(1, len(parts) - 1, 2))
    return RuleDoc(summary=summary, sections=sections)


# Lower-cased this many characters at a time: str.lower() of a text that
# is not all ASCII works in a buffer of 12 bytes per character (three UCS-4
# characters each), 96 MB for an 8 MB file.
LOWER_PIECE = 1 << 16


def lower_text(text: str, piece: int = LOWER_PIECE) -> str:
    """str.lower(), lowered a piece at a time. Each piece ends after a space
    or line break: neither cased nor case-ignorable, so the one character
    whose lower case depends on its neighbours (Σ, ς at a word's end) sees
    the same neighbours in its piece as in the whole text."""
    if len(text) <= piece or text.isascii():
        return text.lower()
    pieces, start, n = [], 0, len(text)
    while start < n:
        cut = start + piece
        if cut >= n:
            cut = n
        else:
            blank = max(text.rfind(" ", start, cut), text.rfind("\n", start, cut))
            if blank < 0:
                following = [i for i in (text.find(" ", cut), text.find("\n", cut)) if i >= 0]
                blank = min(following) if following else n - 1
            cut = blank + 1
        pieces.append(text[start:cut].lower())
        start = cut
    return "".join(pieces)


SCAN_PIECE = 1 << 18


def pieces_at_spaces(text: str, piece: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) spans that tile ``text``, each about ``piece``
    characters long and each but the last ending where a space begins: a
    pattern whose matches hold no space (but, at most, as their first
    character) finds the same matches in the spans, with ``pos`` and
    ``endpos``, as in the whole text, while holding only one span's
    matches at a time (``piece``: SCAN_PIECE unless given)."""
    piece = SCAN_PIECE if piece is None else piece
    start, n = 0, len(text)
    while start < n:
        cut = start + piece
        if cut >= n:
            cut = n
        else:
            space = text.find(" ", cut)
            cut = n if space < 0 else space
        yield start, cut
        start = cut


def lower_keeping_offsets(text: str, piece: int | None = None) -> str:
    """str.lower(), except that a character whose lower case is longer than
    one character (only İ) is kept as it is, so offsets stay valid; in such
    a text every character is lowered alone (Σ gives σ even at a word's
    end, where str.lower() gives ς). ``piece``: LOWER_PIECE unless given."""
    lowered = lower_text(text)
    if len(lowered) == len(text):
        return lowered
    del lowered
    # Lowered in pieces between those characters and Σ (the one whose lower
    # case depends on its neighbours), not a character at a time: a list of
    # one string per character took 50 bytes per character of the text.
    longer = {c for c in set(text) if len(c.lower()) != 1}
    split = re.compile(f"([{re.escape(''.join(sorted(longer)))}Σ])").split
    # A piece of the text at a time, cut anywhere (Σ is lowered alone): the
    # text split whole, beside its lower-cased pieces, held two copies of it
    # (64 MB for 16 MB of English with an İ, the peak of a run).
    piece = LOWER_PIECE if piece is None else piece
    out = []
    for start in range(0, len(text), piece):
        parts = split(text[start : start + piece])
        out.append("".join(p.lower() if k % 2 == 0 or p not in longer else p for k, p in enumerate(parts)))
    return "".join(out)


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may read. Rules search ``text`` (markup blanked out)
    and report offsets into it, which are offsets into the original file."""

    document: Document
    segments: tuple[Segment, ...]
    source_lang: str
    target_lang: str
    locale: LocaleFacts
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # Bilingual mode: the source document and its segments (None/() otherwise).
    source: Document | None = None
    source_segments: tuple[Segment, ...] = ()
    # Links given by the input (TSV, XLIFF...): no alignment needed then.
    given_links: tuple[Any, ...] | None = None
    # What rules read when it is not the document's checked_text: hard-wrapped
    # plain text with its soft line breaks as spaces (segment.unwrapped).
    view: str | None = None
    # The back-translation stage's round trips and thresholds
    # (rules.backtranslation.base.RoundTrips), read by TQ901-904; None when
    # back-translation did not run.
    backtranslation: Any = None
    # Results several rules share, computed once per document (see shared()).
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def forget(self) -> None:
        """Drop what the rules shared (``shared`` results, the lower-cased
        text, the quote scan), once every rule has run: the engine reads
        the context after them only to make fixes, and for a large document
        those weigh as much as its text. Read again, each is made again."""
        self._memo.clear()
        self.forget_lowered()
        self.__dict__.pop("quotes", None)

    def forget_lowered(self) -> None:
        """Drop the lower-cased text (read again, it is made again)."""
        self.__dict__.pop("lowered", None)

    def shared(self, key: str, compute: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @cached_property
    def alignment(self) -> Any:
        """Sentence alignment of source and target, computed once per document."""
        if self.source is None:
            return None
        from tqcheck.alignment.align import Alignment, align_documents  # lazy: bilingual mode only

        if self.given_links is not None:
            return Alignment(links=tuple(self.given_links))
        return align_documents(
            self.source,
            self.source_segments,
            self.document,
            self.segments,
            source_lang=self.source_lang,
            target_lang=self.target_lang,
        )

    @cached_property
    def pairs(self) -> tuple[Any, ...]:
        """The aligned sentence pairs (alignment.pairs.Pair), one per link;
        none outside bilingual mode or when the two documents do not look
        like one text (TQ700 reports that, the other TQ7xx stay silent)."""
        alignment = self.alignment  # None without a source
        if alignment is None or alignment.low_confidence:
            return ()
        from tqcheck.alignment.pairs import aligned_pairs  # lazy: bilingual mode only

        return aligned_pairs(alignment, self.source, self.source_segments, self.text, self.segments)  # type: ignore[arg-type]

    @cached_property
    def omissions(self) -> Mapping[int, tuple[int, int]]:
        """The source span each translated link leaves out, by link index
        (alignment.omissions): TQ703 reports them, and the rules comparing
        a link's numbers, names and quotes leave them out in turn."""
        if not self.pairs:
            return {}
        from tqcheck.alignment.omissions import omissions  # lazy: bilingual mode only

        return omissions(
            self.pairs, self.source, self.source_segments, self.source_lang, self.target_lang,  # type: ignore[arg-type]
            target_segments=self.segments,
        )

    @cached_property
    def quotes(self) -> Any:
        """Quote marks paired per paragraph, shared by the TQ1xx rules."""
        from tqcheck.rules.kinds.quotes import scan

        def paragraph_of(pos: int) -> int | None:
            seg = self.segment_at(pos)
            return None if seg is None else seg.paragraph

        return scan(self.text, paragraph_of, self.locale.target_conventions)

    @property
    def text(self) -> str:
        return self.document.checked_text if self.view is None else self.view

    @cached_property
    def lowered(self) -> str:
        """``text`` lower-cased with every offset kept, computed once for the
        rules that search lower-cased text (see lower_keeping_offsets)."""
        return lower_keeping_offsets(self.text)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.segments]

    def segment_at(self, offset: int) -> Segment | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return self.segments[i]
        return None

    def nearest_segment(self, offset: int) -> Segment | None:
        """The segment at ``offset``, else the closest one before or after
        it; None in a document without segments."""
        if not self.segments:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.segments[0]
        before = self.segments[i]
        after = self.segments[i + 1] if i + 1 < len(self.segments) else None
        if offset < before.end or after is None or offset - before.end <= after.start - offset:
            return before
        return after

    def option(self, code: str, name: str, default: Any) -> Any:
        return self.options.get(code, {}).get(name, default)


@dataclass(frozen=True)
class RuleOption:
    """A setting a rule reads from ``[tool.tqcheck.rules.CODE]``; config
    validation and ``Rule.option`` both read this declaration, so a rule
    cannot read a setting it does not declare."""

    name: str
    default: Any
    choices: tuple[Any, ...] | None = None  # None: any value


@dataclass(frozen=True)
class Rule:
    """A rule: code, defaults, documentation and its pure ``check(rule, ctx)``."""

    code: str
    name: str
    severity: Severity
    category: Category
    check: Callable[["Rule", RuleContext], Iterable[Finding]]
    doc: RuleDoc
    # Target languages the rule applies to; empty means every language.
    target_langs: tuple[str, ...] = ()
    # Source languages the rule applies to; empty means every language.
    source_langs: tuple[str, ...] = ()
    # Set for rules whose findings come from a stage (back-translation):
    # they are listed and documented here but checked by the stage.
    stage: str | None = None
    options: tuple[RuleOption, ...] = ()
    # For a rule whose findings vary in severity (a calque table's entries):
    # every severity it can give, lowest first. None: only ``severity``.
    severities: Callable[[], tuple[Severity, ...]] | None = None
    # Whether --fix may apply its suggestions, and how (safe / unsafe /
    # none): by default its code's entry in rules/fixability.py, the one
    # table of fix availability.
    fix: FixAvailability | None = None

    def __post_init__(self) -> None:
        if self.fix is None:
            object.__setattr__(self, "fix", availability(self.code))  # frozen: set once, at construction

    @property
    def severity_range(self) -> str:
        """``minor`` or ``minor–major``: what `tqcheck rules` shows."""
        levels = self.severities() if self.severities is not None else (self.severity,)
        low, high = min(levels), max(levels)
        return low.label if low == high else f"{low.label}–{high.label}"

    def option(self, ctx: RuleContext, name: str) -> Any:
        """The configured value of a declared option, else its default."""
        declared = next((o for o in self.options if o.name == name), None)
        if declared is None:
            raise KeyError(f"{self.code} reads option {name!r} without declaring it")
        return ctx.option(self.code, name, declared.default)

    def applies(self, source_lang: str, target_lang: str) -> bool:
        # RFC 4647 basic filtering: a rule for "en" applies to en-GB and en_US
        # too; one for "pt-PT" would not apply to pt-BR.
        def matches(tag: str, wanted: tuple[str, ...]) -> bool:
            tag = tag.replace("_", "-").lower()
            return not wanted or any(tag == w.lower() or tag.startswith(w.lower() + "-") for w in wanted)

        return matches(target_lang, self.target_langs) and matches(source_lang, self.source_langs)

    def finding(
        self,
        ctx: RuleContext,
        start: int,
        end: int,
        message: str,
        suggestion: str | None = None,
        *,
        severity: Severity | None = None,
        category: Category | None = None,
        details: Iterable[tuple[str, Any]] = (),
        covers: tuple[str, ...] = (),
        unless_covered: tuple[str, ...] = (),
    ) -> Finding:
        """Build a finding for ``text[start:end]``, on the segment where it
        starts (a span that crosses a segment boundary, a quotation or a
        repeated paragraph, belongs to the segment where it starts). A span
        of text that starts in no segment (inside markup, in the blank
        between two sentences) gets ``NO_SEGMENT``: rules never test for it,
        the engine drops such findings in one place (engine.run_rules), so a
        rule cannot report invisible text. An empty span is a position, not
        text: outside a segment it belongs to the nearest one, and to none
        only in a document without any (an empty translation of a source).
        ``covers`` and ``unless_covered`` say how findings of two rules
        about one problem are reported once (see model.Finding)."""
        segment = ctx.segment_at(start)
        if segment is None and start == end:
            segment = ctx.nearest_segment(start)
        return Finding(
            code=self.code,
            severity=severity if severity is not None else self.severity,
            category=category if category is not None else self.category,
            segment_id=NO_SEGMENT if segment is None else segment.id,
            start=start,
            end=end,
            message=message,
            suggestion=suggestion,
            details=tuple(details),
            covers=covers,
            unless_covered=unless_covered,
        )


def make_rule(module_doc: str | None, **kwargs: Any) -> Rule:
    return Rule(doc=parse_doc(module_doc), **kwargs)
