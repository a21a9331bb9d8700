"""The core: segment a document, run the stages (they hand their analysis
to the rules), run every selected rule the same way, apply suppressions and
severity overrides, report each problem once, give each fixable finding its
fix, and summarise. Pure apart from what stages do; nothing here prints.

Fixes (``--fix``, the JSON ``fix`` field, the page's fixed text) are made
here and only here (:func:`attach_fixes`). A rule's suggestion replaces
exactly its span; whether it is a fix, safe or unsafe, is the rule's entry
in rules/fixability.py. Findings overlap (`to “Reuters“` is a calque
(TQ201) holding a quoted name (TQ110) holding a wrong closing glyph
(TQ102)), so the fixes of one document are made to agree
(:func:`resolve_fixes`), by one rule:

1. compose: a fix whose replacement clashes with another fix is split into
   word-level edits (fixes.word_edits); what it keeps verbatim (the
   rewritten sentence keeps `“Reuters“`) is then in none of its edits, and
   the other fix may change it;
2. drop: of fixes whose edits still clash (change a character in common,
   or insert at one point), the one kept is the safe one, then the one
   with the wider span (it was written knowing what is inside: TQ105's
   `s“.` -> `s.”` holds TQ102's glyph), then the earlier, then the lower
   code; the other finding keeps its suggestion but has no fix.

So the fixes of a report never clash: applying all of them, or only the
safe ones, gives one coherent text. A dropped fix is not lost: ``--fix``
checks the fixed text again and applies what is fixable then (the TQ102
glyph first, then TQ110's quotes), until nothing is left to apply."""

from __future__ import annotations

import bisect
import heapq
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from tqcheck import __version__
from tqcheck.config import Config
from tqcheck.digest import sha256
from tqcheck.fixes import clashes, lookalikes_only, removal_edit, word_edits
from tqcheck.inputs import suppressions
from tqcheck.locale import LocaleFacts, cldr_version
from tqcheck.model import (
    NO_SEGMENT,
    SAFE,
    Category,
    Document,
    DocumentResult,
    Edit,
    Finding,
    Fix,
    Report,
    Segment,
    Severity,
    Stage,
    StageInput,
    StageResult,
    Summary,
    sorted_findings,
)
from tqcheck.rules import all_rules
from tqcheck.rules.base import Rule, RuleContext
from tqcheck.rules.fixability import NONE, FixAvailability
from tqcheck.segment import segment, unwrapped

SEVERITY_WEIGHTS = {Severity.INFO: 0.0, Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 25.0}
PUNCTUATION_MINOR_WEIGHT = 0.1


def segment_document(document: Document) -> tuple[Segment, ...]:
    # Plain text: every line is a paragraph (MT output and news copy put one
    # paragraph per line) unless the text is hard-wrapped (see
    # segment.paragraphs); markup: blank lines and block tags separate them.
    return segment(document.checked_text, document.language, line_paragraphs=document.format == "text")


def selected_rules(config: Config, rules: Sequence[Rule] | None = None) -> tuple[Rule, ...]:
    pool = all_rules() if rules is None else rules
    return tuple(
        r for r in pool if config.enabled(r.code) and r.applies(config.source_lang, config.target_lang)
    )


# A prefix of every code: what a comment that names no code silences.
_EVERY_CODE = ""


@dataclass(frozen=True)
class Silencer:
    """What inline comments silence: the paragraph after an ``ignore``
    comment (from the sentence after it to the paragraph's end), the whole
    file after ``ignore-file``. Built and asked in time linear in the
    comments and findings (a document with 16,000 comments is hostile, not
    impossible): the ranges of one paragraph share its end and nest, so the
    codes of every range that starts at or before a position are one
    running union."""

    whole_file: frozenset[str]  # code prefixes silenced everywhere
    starts: tuple[int, ...]  # range starts (segment starts), ascending
    ends: tuple[int, ...]  # each range's end: its paragraph's end
    codes: tuple[frozenset[str], ...]  # prefixes silenced from each start to its end

    @classmethod
    def build(
        cls, comments: Sequence[tuple[int, str, frozenset[str]]], segments: Sequence[Segment]
    ) -> "Silencer":
        segment_starts = [s.start for s in segments]
        paragraph_end: dict[int, int] = {}
        for s in segments:
            paragraph_end[s.paragraph] = max(paragraph_end.get(s.paragraph, s.end), s.end)
        whole_file: set[str] = set()
        by_start: dict[int, set[str]] = {}
        end_of: dict[int, int] = {}
        for offset, kind, codes in comments:
            prefixes = codes or {_EVERY_CODE}
            if kind == "ignore-file":
                whole_file |= prefixes
                continue
            i = bisect.bisect_left(segment_starts, offset)  # the first sentence after the comment
            if i == len(segments):
                continue
            following = segments[i]
            by_start.setdefault(following.start, set()).update(prefixes)
            end_of[following.start] = paragraph_end[following.paragraph]
        starts = sorted(by_start)
        running: list[frozenset[str]] = []
        for k, start in enumerate(starts):
            same_paragraph = k > 0 and end_of[starts[k - 1]] == end_of[start]
            running.append(frozenset(by_start[start] | (running[-1] if same_paragraph else set())))
        return cls(frozenset(whole_file), tuple(starts), tuple(end_of[s] for s in starts), tuple(running))

    def silences(self, finding: Finding) -> bool:
        if self.whole_file and any(finding.code.startswith(c) for c in self.whole_file):
            return True
        i = bisect.bisect_right(self.starts, finding.start) - 1
        return i >= 0 and finding.start < self.ends[i] and any(finding.code.startswith(c) for c in self.codes[i])


def summarise(findings: Iterable[Finding], words: int) -> Summary:
    """MQM-style: minor 1, major 5, critical 25, a minor punctuation error
    0.1; the penalty is normalised per 100 words and the score is 100 minus
    that. Not clamped: below zero for a very poor text, as MQM's scoring
    model sets no floor (a floor at 0 would make bad and far worse alike)."""
    counts = {s.label: 0 for s in Severity}
    penalty = 0.0
    for f in findings:
        counts[f.severity.label] += 1
        weight = SEVERITY_WEIGHTS[f.severity]
        if f.severity is Severity.MINOR and f.category is Category.PUNCTUATION:
            weight = PUNCTUATION_MINOR_WEIGHT
        penalty += weight
    per_100 = penalty * 100.0 / words if words else 0.0
    return Summary(
        words=words,
        counts=tuple(counts.items()),
        penalty=round(penalty, 2),
        per_100_words=round(per_100, 2),
        score=round(100.0 - per_100, 2),
    )


def check_document(
    document: Document,
    config: Config,
    *,
    rules: Sequence[Rule] | None = None,
    stages: Sequence[Stage] = (),
    source: Document | None = None,
    given_links: tuple | None = None,
    notes: Sequence[str] = (),
) -> DocumentResult:
    """Segment, run the stages (back-translation: they translate and score,
    and hand their analysis to the rules), run every selected rule the same
    way, then keep what the configuration and inline comments keep, each
    problem once."""
    segments = segment_document(document)
    source_segments = segment_document(source) if source is not None else ()
    stage_input = StageInput(
        document=document,
        segments=segments,
        source_lang=config.source_lang,
        target_lang=config.target_lang,
        source=source,
        source_segments=source_segments,
    )
    stage_results = [run_stage(stage, stage_input, config) for stage in stages]
    ctx = rule_context(
        document,
        segments,
        config,
        source=source,
        source_segments=source_segments,
        given_links=given_links,
        backtranslation=_analysis(stage_results, "backtranslation"),
    )
    if rules is None:
        from tqcheck.rules import monolingual_rules

        # Without a source the bilingual rules are silent: not even imported.
        rules = all_rules() if source is not None else monolingual_rules()
    selected = selected_rules(config, rules)
    findings = run_rules(ctx, selected)
    if source is not None:
        stage_results.append(_alignment_result(ctx))
    ctx.forget()  # what the rules shared (the lower-cased text...): the fixes need none of it
    kept = resolve(findings, config, suppressions(document.text), segments)
    del findings  # what is not kept goes now; attach_fixes replaces the rest one by one
    kept = attach_fixes(kept, ctx, selected)
    words = count_words(document.checked_text)
    return DocumentResult(
        document=document,
        segments=segments,
        findings=tuple(kept),
        summary=summarise(kept, words),
        notes=tuple(notes) + tuple(n for r in stage_results for n in r.notes),
        stages=tuple(stage_results),
        source=source,
        source_segments=source_segments,
    )


def rule_context(
    document: Document,
    segments: tuple[Segment, ...],
    config: Config,
    *,
    source: Document | None = None,
    source_segments: tuple[Segment, ...] = (),
    given_links: tuple | None = None,
    backtranslation: object = None,
) -> RuleContext:
    """What every rule reads about one document."""
    return RuleContext(
        document=document,
        segments=segments,
        view=unwrapped(document.checked_text, segments) if document.format == "text" else None,
        source_lang=config.source_lang,
        target_lang=config.target_lang,
        locale=LocaleFacts(config.source_lang, config.target_lang),
        options=config.rule_options,
        source=source,
        source_segments=source_segments,
        given_links=given_links,
        backtranslation=backtranslation,
    )


def run_stage(stage: Stage, stage_input: StageInput, config: Config) -> StageResult:
    result = stage(replace(stage_input, options=config.section(getattr(stage, "section", "backtranslation"))))
    if result.findings:
        # Findings come from rules alone, so selection, suppression and
        # de-duplication treat every code alike.
        raise TypeError(f"the {result.name} stage returned findings; it must hand its analysis to rules")
    return result


def _analysis(results: Sequence[StageResult], name: str) -> object:
    """What the stage ``name`` hands the rules; None unless it ran."""
    return next((r.analysis for r in results if r.name == name and r.status == "ran"), None)


def resolve(
    findings: Iterable[Finding],
    config: Config,
    comments: Sequence[tuple[int, str, frozenset[str]]],
    segments: Sequence[Segment],
) -> list[Finding]:
    """What a report keeps of the rules' findings, sorted. Inline comments
    and severity overrides first: a finding that hides or covers another
    must be one the user kept. Then each problem once: report_once (a
    sentence reported as omitted or as copied by the model), then _dedupe
    (one per code and span, agreeing rules merged, nothing inside a
    removal)."""
    silencer = Silencer.build(comments, segments) if comments else None
    kept = [_with_severity(f, config) for f in findings if silencer is None or not silencer.silences(f)]
    return _dedupe(report_once(kept))


def report_once(findings: Sequence[Finding]) -> list[Finding]:
    """Drop a finding whose problem another kept finding reports (its
    ``unless_covered`` names what that one ``covers``), and a variant that
    holds only when another reports it (``if_covered``) when none does; the
    names are resolution only, so what is kept carries none."""
    if not any(f.covers or f.unless_covered or f.if_covered for f in findings):
        return list(findings)  # the common case: nothing to resolve
    covered = {name for f in findings for name in f.covers}
    out = []
    for f in findings:
        if any(name in covered for name in f.unless_covered):
            continue
        if f.if_covered and not any(name in covered for name in f.if_covered):
            continue
        plain = f.covers or f.unless_covered or f.if_covered
        out.append(replace(f, covers=(), unless_covered=(), if_covered=()) if plain else f)
    return out


# The rules that read the lower-cased text (RuleContext.lowered) are all
# below this code (a test keeps it so) and run first: the others run without
# it (two bytes a character: 32 MB beside 16 MB of English).
LOWERED_READERS_END = "TQ4"


def run_rules(ctx: RuleContext, rules: Sequence[Rule]) -> list[Finding]:
    """Every given rule, run the same way, and the findings a report may
    show: those on some segment. Rules build findings with Rule.finding,
    which marks text in no segment (markup, the blank between sentences)
    with NO_SEGMENT; this is the one place it is dropped. A position (an
    empty span) in no segment is kept: Rule.finding puts one there only
    when the document has no segment (an empty translation of a source)."""
    found: list[Finding] = []
    for rule in rules:
        if rule.code >= LOWERED_READERS_END:
            ctx.forget_lowered()
        for finding in rule.check(rule, ctx):
            if type(finding) is not Finding:
                raise TypeError(f"{rule.code} yielded {finding!r}, not a Finding")
            if finding.segment_id != NO_SEGMENT or finding.start == finding.end:
                found.append(finding)
    return found


def _with_severity(finding: Finding, config: Config) -> Finding:
    severity = config.severity_for(finding.code, finding.severity)
    return finding if severity is finding.severity else replace(finding, severity=severity)


# Chinese and Japanese put no spaces between words: each Han or kana
# character counts as a word, as translation tools count them.
_UNSPACED = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_WORDY_TOKEN = re.compile(r"[^\w\s]*\w\S*")


def count_words(text: str, piece: int = 1 << 16) -> int:
    """White-space separated tokens, the usual MQM word count (a lone dash
    counts too; telling it apart cost a fifth of a rules-only run); in a
    text with Han or kana, each of those characters is a word and, of the
    rest, the tokens with a letter or digit. Otherwise len(text.split()),
    counted a piece at a time (the list of every word of an 8 MB text is
    100 MB; a copy of it, 8 to 32 MB). Each piece (64K characters) ends
    after a white-space character, so no word is cut in two."""
    if _UNSPACED.search(text) is not None:
        rest, unspaced = _UNSPACED.subn(" ", text)
        return unspaced + sum(1 for _ in _WORDY_TOKEN.finditer(rest))
    count, start = 0, 0
    while start < len(text):
        end = start + piece
        while end < len(text) and not text[end - 1].isspace():
            end += 1
        count += _piece_words(text[start:end])
        start = end
    return count


def _piece_words(text: str) -> int:
    """len(text.split()), without building every word when the only white
    space is spaces and line breaks in runs of at most two (most texts):
    then counting the runs of white space gives the same number."""
    flat = text.replace("\n", " ")
    if not flat.isprintable() or "   " in flat:  # other white space, or longer runs
        return len(text.split())
    if not flat or flat.isspace():
        return 0
    runs = flat.count(" ") - flat.count("  ")
    return runs + 1 - flat.startswith(" ") - flat.endswith(" ")


def _alignment_result(ctx: RuleContext) -> StageResult:
    alignment = ctx.alignment
    given = ctx.given_links is not None
    return StageResult(
        name="alignment",
        status="ran",
        block={
            "method": "given by the input file" if given else "length and anchors (Gale-Church)",
            "low_confidence": alignment.low_confidence,
            "warnings": list(alignment.warnings),
            "links": alignment.to_json(),
        },
        notes=tuple(f"alignment: {w}" for w in alignment.warnings),
    )


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per (code, span); one per (span, fix) when two rules
    agree on the same characters (`„` is both a foreign mark and half of a
    mixed pair: one error, counted once, the more severe or lower code kept
    and the other named in ``also``); and none inside text that another
    finding says must be removed (a dateline needs deleting, not its number
    format fixing). Sorted (Finding.sort_key), which makes each step a walk
    over neighbours: no table of every finding (a document can have 100,000)."""
    ordered = sorted_findings(findings)
    # Of findings with one code and span, the first the rules gave is kept (the sort is stable).
    unique = [f for k, f in enumerate(ordered) if k == 0 or not _same_code_and_span(ordered[k - 1], f)]
    del ordered
    unique = _merge_agreeing(unique)
    if not any(_removes(f) for f in unique):
        return unique
    # Removal spans are lines or sentences: they do not nest, so the one
    # starting last at or before a finding is the only one that can hold it;
    # ``furthest`` is the furthest end of a removal that starts at or before
    # the finding (removals are walked in order beside the findings).
    out = []
    furthest, j, n = -1, 0, len(unique)
    for f in unique:
        if _removes(f):
            out.append(f)
            continue
        while j < n and unique[j].start <= f.start:
            if _removes(unique[j]):
                furthest = max(furthest, unique[j].end)
            j += 1
        if f.end > furthest:
            out.append(f)
    return out


def _same_code_and_span(a: Finding, b: Finding) -> bool:
    return a.start == b.start and a.end == b.end and a.code == b.code


def _removes(f: Finding) -> bool:
    return bool(f.details) and bool(dict(f.details).get("removes"))


def _merge_agreeing(findings: list[Finding]) -> list[Finding]:
    """Findings sorted by span: those of one span and one suggestion merged
    (see _dedupe), each run of one span at a time."""
    out: list[Finding] = []
    i, n = 0, len(findings)
    while i < n:
        first = findings[i]
        j = i + 1
        while j < n and findings[j].start == first.start and findings[j].end == first.end:
            j += 1
        if j - i == 1:  # nearly always: one finding on its span
            out.append(first)
        else:
            out += _merge_run(findings[i:j])
        i = j
    return out


def _merge_run(findings: list[Finding]) -> list[Finding]:
    by_fix: dict[str, list[Finding]] = {}
    for f in findings:
        if f.suggestion is not None:
            by_fix.setdefault(f.suggestion, []).append(f)
    dropped: set[int] = set()
    merged: dict[int, Finding] = {}
    for group in by_fix.values():
        if len(group) == 1:
            continue
        keep, *others = sorted(group, key=lambda f: (-f.severity, f.code))
        merged[id(keep)] = replace(keep, details=(*keep.details, ("also", ",".join(o.code for o in others))))
        dropped.update(id(o) for o in others)
    return [merged.get(id(f), f) for f in findings if id(f) not in dropped]


# --- fixes -----------------------------------------------------------------------


def attach_fixes(findings: list[Finding], ctx: RuleContext, rules: Sequence[Rule]) -> list[Finding]:
    """``findings`` (sorted, as resolve returns them) with their fixes: each
    rule's suggestion made a Fix as its fixability entry says, then made to
    agree (:func:`resolve_fixes`). Each finding is replaced in ``findings``
    itself, so a document's findings are not held twice."""
    fixable = {r.code: r.fix for r in rules if r.fix is not None and r.fix.applicability != NONE}
    if not fixable:
        return findings
    document = ctx.document
    for i, f in enumerate(findings):
        entry = fixable.get(f.code)
        fix = None if entry is None else fix_for(f, entry, document.text, ctx.text, ctx)
        if fix is not None:
            findings[i] = replace(f, fix=fix)
    return resolve_fixes(findings, document.text)


def fix_for(f: Finding, entry: FixAvailability, text: str, read: str, ctx: RuleContext) -> Fix | None:
    """The fix of one finding: its suggestion replacing its span (``text``:
    the file's text; ``read``: what the rule read, markup blanked out and
    soft line breaks as spaces). None when the suggestion is no
    replacement, or when the span holds something the rule did not see
    (markup, a line break): replacing it would drop that."""
    if entry.edits == "straight-quotes":
        return _straight_quotes(f, entry, text, read, ctx)
    if f.suggestion is None or text[f.start : f.end] != read[f.start : f.end]:
        return None
    old = text[f.start : f.end]
    if f.suggestion == old:
        return None
    if entry.edits == "removal" and f.suggestion == "":
        edit = removal_edit(text, f.start, f.end, read if len(read) == len(text) else None)
        # A removed line's edit runs from a sentence's start to the next's:
        # the segments' own int objects, not two more per finding.
        edit = Edit(_segment_offset(edit.start, ctx), _segment_offset(edit.end, ctx), edit.replacement)
    else:
        edit = Edit(f.start, f.end, f.suggestion)
    applicability = entry.applicability
    if entry.safe_if_lookalikes and lookalikes_only(old, f.suggestion):
        applicability = SAFE
    return Fix(applicability, (edit,))


def _segment_offset(offset: int, ctx: RuleContext) -> int:
    """``offset``, as the int object of the segment that starts there when one does."""
    seg = ctx.segment_at(offset)
    return seg.start if seg is not None and seg.start == offset else offset


def _straight_quotes(f: Finding, entry: FixAvailability, text: str, read: str, ctx: RuleContext) -> Fix | None:
    """TQ106/TQ107: every straight quotation its details list, in the target's pair."""
    positions = dict(f.details).get("positions")
    marks = ctx.locale.target_quotes
    if not positions or len(positions) % 2 or marks.open == '"':
        return None
    if any(text[p : p + 1] != '"' or read[p : p + 1] != '"' for p in positions):
        return None
    edits = tuple(Edit(p, p + 1, marks.close if k % 2 else marks.open) for k, p in enumerate(positions))
    return Fix(entry.applicability, tuple(sorted(edits, key=lambda e: e.start)))


def resolve_fixes(findings: list[Finding], text: str) -> list[Finding]:
    """The fixes of one document made to agree (the rule is in this
    module's docstring: compose, then drop), so that no two clash."""
    edits: dict[int, tuple[Edit, ...]] = {}  # the edits of a fix composed anew, by index

    def edits_of(i: int) -> tuple[Edit, ...] | None:
        fix = findings[i].fix
        return None if fix is None else edits.get(i, fix.edits)

    clashing = _clashing(edits_of, len(findings))
    if not clashing:
        return findings  # the common case
    for i in clashing:  # compose: what a rewrite keeps verbatim leaves its edits
        own = findings[i].fix.edits  # type: ignore[union-attr]
        if len(own) == 1 and own[0].replacement and own[0].end - own[0].start > 1:
            e = own[0]
            split = word_edits(e.start, text[e.start : e.end], e.replacement)
            if split:
                edits[i] = split
    del clashing  # the first sweep's sets go before the second makes its own
    clashing = _clashing(edits_of, len(findings))

    def rank(i: int) -> tuple[bool, int, int, str]:
        f = findings[i]
        return (f.fix.applicability != SAFE, f.start - f.end, f.start, f.code)  # type: ignore[union-attr]

    kept: set[int] = set()
    for i in sorted(clashing, key=rank):  # drop: the safer, then the wider, keeps its fix
        if not clashing[i] & kept:
            kept.add(i)
    out = []
    for i, f in enumerate(findings):
        if f.fix is not None and (i not in clashing or i in kept):
            if i in edits:  # composed anew
                f = replace(f, fix=Fix(f.fix.applicability, edits[i]))
        elif i in clashing:
            f = replace(f, fix=None)
        out.append(f)
    return out


def _clashing(edits_of: Callable[[int], tuple[Edit, ...] | None], count: int) -> dict[int, set[int]]:
    """For each fix that clashes with others, those others, by index
    (``edits_of(i)``: the edits of fix ``i``, None where there is none, for
    i below ``count``): a sweep over all edits in order of position (start,
    end, then the fix's index and the edit's place among its fix's edits),
    each compared with the edits still open at its start."""
    out: dict[int, set[int]] = {}
    open_edits: list[tuple[int, Edit]] = []
    reach = -1  # the furthest end of an open edit
    for i, e in _edits_in_order(edits_of, count):
        start, end = e.start, e.end
        if start > reach:  # nearly always: nothing open reaches this far
            open_edits, reach = [(i, e)], end
            continue
        # An edit that ended before this one starts (or a span that ends
        # where it starts) clashes with nothing from here on.
        open_edits = [(j, o) for j, o in open_edits if o.end > start or (o.end == start and o.start == o.end)]
        for j, o in open_edits:
            if j != i and clashes(o, e):
                out.setdefault(i, set()).add(j)
                out.setdefault(j, set()).add(i)
        open_edits.append((i, e))
        reach = max(reach, end)
    return out


_NO_EDIT = 1 << 62  # the least start of a fix without edits: after every edit


def _edits_in_order(
    edits_of: Callable[[int], tuple[Edit, ...] | None], count: int
) -> Iterator[tuple[int, Edit]]:
    """(fix index, edit) for every edit of the ``count`` fixes, in order of
    (start, end, fix index, place among the fix's edits). Each edit is one
    integer that spells those four, not a tuple; the fixes' edits go into a
    heap in the fixes' order, and leave it once no later fix has an edit
    that starts as early (the least start of the fixes after each is known
    from a first pass): the heap holds the few edits a later fix can come
    before, not every edit of the document (at 16 MB of English, 280,000
    integers: 13 MB at the run's peak, in the sorted list it was before)."""
    span = per_fix = 0
    later = array("q", (0,)) * count  # each fix's least edit start, then the least of the fixes after it
    for i in range(count):
        edits = edits_of(i)
        if not edits:
            later[i] = _NO_EDIT
        elif len(edits) == 1:  # nearly every fix
            e = edits[0]
            later[i] = e.start
            if e.end >= span:
                span = e.end + 1
        else:
            later[i] = min(e.start for e in edits)
            span = max(span, *(e.end + 1 for e in edits))
            per_fix = max(per_fix, len(edits))
    if not span:
        return
    per_fix = max(per_fix, 1)
    least = _NO_EDIT
    for i in range(count - 1, -1, -1):
        least, later[i] = min(least, later[i]), least
    scale = span * count * per_fix  # the key of (start, 0, 0, 0) is start * scale
    heap: list[int] = []
    for i in range(count):
        edits = edits_of(i)
        if not edits:
            continue
        if not heap and len(edits) == 1 and edits[0].start < later[i]:
            yield i, edits[0]  # nearly always: before every edit still to come
            continue
        for k, e in enumerate(edits):
            heapq.heappush(heap, ((e.start * span + e.end) * count + i) * per_fix + k)
        bound = later[i] * scale  # every later fix's edits start at or after later[i]
        while heap and heap[0] < bound:
            rest, k = divmod(heapq.heappop(heap), per_fix)
            j = rest % count
            yield j, edits_of(j)[k]  # type: ignore[index]
    while heap:
        rest, k = divmod(heapq.heappop(heap), per_fix)
        j = rest % count
        yield j, edits_of(j)[k]  # type: ignore[index]


def rules_fingerprint(rules: Sequence[Rule]) -> str:
    """A short hash of the selected codes and the rule data files, so a
    report names the exact rule set that produced it."""
    from tqcheck.data import data_files  # beside the package: importlib.resources costs a start-up milliseconds

    digest = sha256(",".join(r.code for r in rules).encode())
    for _, content in data_files((".tsv", ".toml", ".json", ".txt")):
        digest.update(content)
    return digest.hexdigest()[:8]


def settings_fingerprint(config: Config, rules: Sequence[Rule]) -> str | None:
    """A short hash of what the configuration changes in the rules that ran:
    each one's severity override and its options that differ from their
    declared defaults; None when nothing does, so a default run's signature
    stays as it was. Computed per rule code, so ``TQ4 = "info"`` and the same
    override written rule by rule give the same hash."""
    settings = []
    for rule in sorted(rules, key=lambda r: r.code):
        override = config.severity_for(rule.code, None)  # type: ignore[arg-type]  # None: no override
        levels = rule.severities() if rule.severities is not None else (rule.severity,)
        if override is not None and set(levels) != {override}:  # restating the only level changes nothing
            settings.append(f"{rule.code}:severity={override.label}")
        configured = config.rule_options.get(rule.code, {})
        for option in rule.options:
            value = configured.get(option.name, option.default)
            if value != option.default:
                settings.append(f"{rule.code}:{option.name}={value!r}")
    if not settings:
        return None
    return sha256("\n".join(settings).encode()).hexdigest()[:8]


def signature(config: Config, rules: Sequence[Rule], extra: Sequence[str] = ()) -> str:
    opts = settings_fingerprint(config, rules)
    parts = [
        f"tqcheck:{__version__}",
        f"pair:{config.source_lang}-{config.target_lang}",
        f"rules:{len(rules)}@{rules_fingerprint(rules)}",
        *([f"opts:{opts}"] if opts else []),
        f"cldr:{cldr_version()}",
        *extra,
    ]
    return "|".join(parts)


def build_report(results: Sequence[DocumentResult], config: Config) -> Report:
    findings = [f for r in results for f in r.findings]
    words = sum(r.summary.words for r in results)
    return Report(
        results=tuple(results),
        summary=summarise(findings, words),
        signature=signature(config, _rules_that_ran(config, results), _stage_signature(results)),
        fail_on=config.fail_on,
    )


def _rules_that_ran(config: Config, results: Sequence[DocumentResult]) -> tuple[Rule, ...]:
    """The selected rules, less those of a stage (TQ9xx) that ran for no
    document, and the bilingual rules (TQ7xx) when no document had a source:
    a rules-only, monolingual run must not sign for rules that never ran."""
    from tqcheck.rules import monolingual_rules

    ran = {s.name for r in results for s in r.stages if s.status == "ran"}
    pool = all_rules() if any(r.source is not None for r in results) else monolingual_rules()
    return tuple(r for r in selected_rules(config, pool) if r.stage is None or r.stage in ran)


def _stage_signature(results: Sequence[DocumentResult]) -> list[str]:
    """Back-translation changes TQ9xx results: its models and sacreBLEU's
    chrF++ signature join the report's signature when it ran."""
    parts: list[str] = []
    for result in results:
        stage = result.stage("backtranslation")
        if stage is None or stage.status != "ran":
            continue
        models = "+".join(f"{m['id']}@{m['revision']}" for m in stage.block.get("models", ()))
        chrf = stage.block.get("signature", {}).get("chrf", "")
        settings = stage.block.get("settings", {})
        part = f"bt:{models}|beam:{settings.get('beam', '?')}|quant:{settings.get('quantize', '?')}|chrF2++:{chrf}"
        if part not in parts:
            parts.append(part)
    return parts
