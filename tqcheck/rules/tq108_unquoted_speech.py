"""Direct speech without quotation marks.

## What it does
Flags a paragraph that is a speaker's own words, attributed at its end,
but printed without quotation marks: a sentence in the first person (`I`,
`my`, `we`, `our`, `let's`...) before an attribution in the same paragraph
(`..., Harizanov explained.`, `..., explained Kutev.`, `..., the analyst
added.`, `This was stated by X.`). The finding is the paragraph's first
sentence, where the opening mark belongs. Only the first person counts as
proof that the words are the speaker's own: reported speech in the third
person (`Tensions are high, he said.`) is left alone, and so are a
paragraph that has quotation marks around a clause (it quotes, the marks
may only be misplaced), an interview's answers (no attribution) and
indirect speech (`He said that we...`).

## Why
Bulgarian news copy often prints a speaker's words as plain text and
names the speaker after them. In English that reads as the newsroom's own
voice until the attribution comes, and the first person (`I do not see a
threat`) then seems to be the reporter's.

## Example
    I do not see a threat in the project. Let him form a party. This was stated by analyst Georgi Harizanov.
    My opinion is that there is a need to vote to the right. I would like to see more reforms, the analyst added.
    Out of 6 million Bulgarians, we have about a million who support the government, explained Anton Kutev.

## Use instead
    "I do not see a threat in the project," analyst Georgi Harizanov said.
    There is a niche for a new political project. His powers do not match this, said Anton Kutev.
    The minister said that we must all pay more taxes.
    I do not see a threat in the project. Let him form a party.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.tq202_reporting_inversion import (
    alternation,
    name_pattern,
    passive_frames,
    role_pattern,
    speaker_noun,
    verbs,
)

# First-person words, found in the lower-cased text after a space, a line
# break, an opening quote or a dash (a pattern that starts with a class
# lets re skip ahead: a leading \b would be tried at every character); "I"
# counts in capitals only (first_person). Most paragraphs have none, and
# only those that have one are read further.
_FIRST_PERSON = re.compile(r"[ \t\n\"“„«(‘—–-](i|m(?:e|y|ine|yself)|we|us|our(?:s|selves)?|let['’]s)(?![\w])")


def first_person(text: str, lowered: str) -> list[int]:
    """Offsets of the first-person words of ``text``."""
    found = []
    for start, end in _first_person_spans(lowered):
        word = text[start:end]
        if word.lower() == "i" and (word != "I" or _roman_one(text, start)):
            continue
        found.append(start)
    return found


def _first_person_spans(lowered: str) -> Iterator[tuple[int, int]]:
    """The spans of _FIRST_PERSON's words in ``" " + lowered`` (a space in
    front: the text's first word too), as offsets into ``lowered``, without
    that copy of the text: a match at the added space can only be the
    text's first word (the longest, "ourselves", and the character after
    it lie within its first 16), and the scan of the text goes on where
    that match ends."""
    head = _FIRST_PERSON.match(" " + lowered[:16])
    pos = 0
    if head is not None:
        yield head.start(1) - 1, head.end(1) - 1
        pos = head.end() - 1
    for m in _FIRST_PERSON.finditer(lowered, pos):
        yield m.span(1)


_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def _roman_one(text: str, start: int) -> bool:
    """"I" as a Roman numeral: after a capitalised word inside a sentence
    (`World War I`, `the Phase I trial`, `Tsar Ferdinand I`), where the
    pronoun would follow a sentence's first word (`Yesterday I saw`)."""
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    end = before.start()  # the character before the word, blanks skipped (no copy of the text up to it)
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return end > 0 and (text[end - 1].isalnum() or text[end - 1] in ",;")


_CLAUSE_MARK = re.compile(r"[,?!…]")
# How far before a sentence's end its attribution tail may start.
_TAIL_REACH = 160


@cache
def _attribution_tail() -> re.Pattern[str]:
    """A sentence that ends by naming its speaker: `, Harizanov explained.`,
    `, the analyst added.`, `, he said.`, `, explained Kutev.`"""
    verb = alternation({f for v in verbs() for f in (v.past, v.present) if f})
    def speaker(group: str) -> str:
        # the role's noun (group) is checked by _tail_at with speaker_noun()
        return (
            rf"(?:he|she|they|(?:the[ \t]+)?{role_pattern(group)}(?:[ \t]+{name_pattern()})?|{name_pattern()})"
        )

    return re.compile(
        rf"(?:[,?!…][ \t]+(?:{speaker('noun1')})[ \t]+(?:also[ \t]+)?(?:{verb})"
        rf"|[,?!…][ \t]+(?:{verb})[ \t]+(?:{speaker('noun2')})(?:,[ \t]+[^.!?\n]{{1,80}}?)?)"
        r"[ \t]*[.!?…]?[ \t]*$"
    )


def _tail_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The attribution that ends text[start:end], tried at each comma (or
    ? ! …) from the left; a role must be a speaker's (`, the analyst
    added`, not `, which he explained`)."""
    tail = _attribution_tail()
    for m in _CLAUSE_MARK.finditer(text, start, end):
        found = tail.match(text, m.start(), end)
        if found is None:
            continue
        noun = found.group("noun1") or found.group("noun2")
        if noun is None or speaker_noun(noun):
            return found
    return None


def _quoted_clause(ctx, opens: list[int], unmatched: list[int], start: int, end: int) -> bool:
    """A quotation in the paragraph that holds a clause (more than a name),
    or a quote mark that pairs with nothing. ``opens`` and ``unmatched``:
    the offsets of ctx.quotes' opening marks and unpaired marks, in order."""
    quotations = ctx.quotes.quotations
    i = bisect.bisect_left(opens, start)
    while i < len(opens) and opens[i] < end:
        q = quotations[i]
        inner = ctx.text[q.open.pos + 1 : q.close.pos]
        if len(inner.split()) > 5 or re.search(r"[.!?,;:]", inner.strip()[:-1] or "."):
            return True
        i += 1
    i = bisect.bisect_left(unmatched, start)
    return i < len(unmatched) and unmatched[i] < end


def _paragraphs_at(ctx, offsets: list[int]):
    """The sentences (headlines left out) of each paragraph that holds one
    of ``offsets``, paragraph by paragraph, in order."""
    segments = ctx.segments
    done: set[int] = set()
    for offset in offsets:
        seg = ctx.segment_at(offset)
        if seg is None or seg.paragraph in done:
            continue
        done.add(seg.paragraph)
        first = last = seg.id
        while first > 0 and segments[first - 1].paragraph == seg.paragraph:
            first -= 1
        while last + 1 < len(segments) and segments[last + 1].paragraph == seg.paragraph:
            last += 1
        segs = [s for s in segments[first : last + 1] if not s.headline]
        if segs:
            yield segs


def check(rule, ctx):
    text = ctx.text
    found = first_person(text, ctx.lowered)
    if not found:
        return

    def any_first_person(start: int, end: int) -> bool:
        i = bisect.bisect_left(found, start)
        return i < len(found) and found[i] < end

    opens = [q.open.pos for q in ctx.quotes.quotations]
    unmatched = [m.pos for m in ctx.quotes.unmatched]
    # Only the paragraphs with a first-person word are read.
    for segs in _paragraphs_at(ctx, found):
        start, end = segs[0].start, segs[-1].end
        if _quoted_clause(ctx, opens, unmatched, start, end):
            continue
        frames = list(passive_frames(text[start:end], ctx.lowered[start:end]))
        for seg in segs:
            framed = any(seg.start <= start + h.start < seg.end for h in frames)
            # The attribution closes the sentence: only its end is searched.
            tailed = None if framed else _tail_at(text, max(seg.start, seg.end - _TAIL_REACH), seg.end)
            if not (framed or tailed):
                continue
            # The speech: the sentences up to this one (this one up to its tail).
            speech_end = seg.start if framed else tailed.start()
            if any_first_person(start, speech_end):
                first = segs[0]
                yield rule.finding(
                    ctx,
                    first.start,
                    first.end,
                    "direct speech without quotation marks: first-person words attributed at the paragraph's "
                    "end; put the speaker's words in quotation marks",
                )
            break  # one attribution, one passage


RULE = make_rule(
    __doc__,
    code="TQ108",
    name="unquoted-speech",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
    target_langs=("en",),
)
