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

import re
from functools import cache

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.tq202_reporting_inversion import name_pattern, passive_frames, speaker_words, verbs

_FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?:(?-i:I)(?:['’](?:m|ve|d|ll))?|me|my|mine|myself|we|we['’](?:re|ve|ll|d)|us|our|ours|ourselves"
    r"|let['’]s)(?![\w'’])",
    re.I,
)


@cache
def _attribution_tail() -> re.Pattern[str]:
    """A sentence that ends by naming its speaker: `, Harizanov explained.`,
    `, the analyst added.`, `, he said.`, `, explained Kutev.`"""
    forms = sorted({f for v in verbs() for f in (v.past, v.present) if f}, key=len, reverse=True)
    verb = "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in forms)
    role = rf"(?:the[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}?(?:{speaker_words()})"
    speaker = rf"(?:{role}(?:[ \t]+{name_pattern()})?|{name_pattern()}|he|she|they)"
    return re.compile(
        rf"(?:[,?!…][ \t]+(?:{speaker})[ \t]+(?:also[ \t]+)?(?:{verb})"
        rf"|[,?!…][ \t]+(?:{verb})[ \t]+(?:{speaker})(?:,[ \t]+[^.!?\n]{{1,80}}?)?)"
        r"[ \t]*[.!?…]?[ \t]*$"
    )


def _quoted_clause(ctx, start: int, end: int) -> bool:
    """A quotation in the paragraph that holds a clause (more than a name),
    or a quote mark that pairs with nothing."""
    scan = ctx.quotes
    for q in scan.quotations:
        if start <= q.open.pos < end:
            inner = ctx.text[q.open.pos + 1 : q.close.pos]
            if len(inner.split()) > 5 or re.search(r"[.!?,;:]", inner.strip()[:-1] or "."):
                return True
    return any(start <= m.pos < end for m in scan.unmatched)


def check(rule, ctx):
    text = ctx.text
    if not _FIRST_PERSON.search(text):
        return
    paragraphs: dict[int, list] = {}
    for seg in ctx.segments:
        if not seg.headline:
            paragraphs.setdefault(seg.paragraph, []).append(seg)
    tail = _attribution_tail()
    for segs in paragraphs.values():
        start, end = segs[0].start, segs[-1].end
        if _quoted_clause(ctx, start, end):
            continue
        frames = list(passive_frames(text[start:end]))
        for i, seg in enumerate(segs):
            sentence = text[seg.start : seg.end]
            framed = any(seg.start <= start + h.start < seg.end for h in frames)
            tailed = tail.search(sentence) if not framed else None
            if not (framed or tailed):
                continue
            # The speech: the sentences up to this one (this one up to its tail).
            speech = text[start : seg.start] if framed else text[start : seg.start + tailed.start()]
            if _FIRST_PERSON.search(speech):
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
    code="TQ107",
    name="unquoted-speech",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
    target_langs=("en",),
)
