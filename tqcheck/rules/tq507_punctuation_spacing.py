"""A space missing, or one too many, around punctuation.

## What it does
Checks the spaces around ! ? ; : and guillemets « » by the target
language's typography (`tqcheck/data/punctuation_spacing.tsv`; CLDR has no
such data): French wants a (narrow) no-break space before ; ! ? and :, and
inside « », Swiss French none before ; ! ?, and other languages no space
before any of these marks (`Really ?` in English, `Wirklich ?` in German,
`« Да »` in Russian). Any space satisfies a wanted one (human copy types
plain spaces as well). A time or a ratio (`12:30`, `3:1`), a web address
(`https://`, `?q=`) and an emoticon are not punctuation.

## Why
A translation from or into French carries the other language's spacing
over: `Pourquoi?` and `dit: « x »` look unedited to a French reader, and
`Why ?` to an English one; a missing no-break space also lets the mark
wrap alone to the next line.

## Example
    Why would they do that ?
    [fr] Pourquoi le ministre a-t-il démissionné?
    [fr] Il a dit: « Nous partons. »
    [fr] Il a parlé d’un «désastre».
    [de] Warum hat er das getan ?
    [ru] Он ответил: « Да ».

## Use instead
    Why would they do that?
    [fr] Pourquoi le ministre a-t-il démissionné ?
    [fr] Il a dit : « Nous partons. »
    [fr-CH] Pourquoi le ministre a-t-il démissionné?
    The score was 3 : 1 at 12:30, see https://example.com/?q=1.
    [de] Warum hat er das getan?
"""

from __future__ import annotations

from tqcheck.locale import punctuation_spacing
from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_SPACES = " \u00a0\u202f\u2009"
_INSERT = {"nbsp": "\u00a0", "nnbsp": "\u202f"}
# What may follow a mark that ends a clause: a space, the end, a quote or bracket.
_AFTER_MARK = frozenset(" \t\r\n\u00a0\u202f\u2009\"'”’»)]}!?…")


def _visible_space(ctx, start: int, end: int) -> bool:
    """The text's spaces are spaces in the file too (markup is blanked out
    in the text the rules read)."""
    return ctx.document.text[start:end] == ctx.text[start:end]


def _space_before(text: str, at: int) -> int:
    """Where the run of spaces before ``at`` starts (``at`` when none)."""
    start = at
    while start > 0 and text[start - 1] in _SPACES:
        start -= 1
    return start


def _clause_mark(text: str, at: int, mark: str) -> bool:
    """``text[at]`` ends a clause: not inside a time, a ratio, an address or
    an emoticon."""
    after = text[at + 1 : at + 2]
    if after and after not in _AFTER_MARK:
        return False  # 12:30, ?q=, :) ...
    return True


def _forbidden_before(rule, ctx, mark: str):
    text = ctx.text
    at = text.find(mark, 1)
    while at >= 0:
        if text[at - 1] in _SPACES:
            start = _space_before(text, at)
            word = text[start - 1 : start] if start > 0 else ""
            if word.isalpha() and _clause_mark(text, at, mark) and _visible_space(ctx, start, at):
                yield rule.finding(ctx, start, at + 1, f"space before {mark!r}: {ctx.target_lang} writes none", mark)
        at = text.find(mark, at + 1)


def _wanted_before(rule, ctx, mark: str, kind: str):
    text = ctx.text
    at = text.find(mark)
    while at > 0:
        before = text[at - 1]
        if (before.isalnum() or before in "\"'”’)]") and _clause_mark(text, at, mark) and not (
            mark == ":" and before.isdigit()
        ):
            if not (mark in "!?" and text[at - 1] in "!?"):
                yield rule.finding(
                    ctx, at - 1, at + 1,
                    f"no space before {mark!r}: {ctx.target_lang} writes a no-break space there",
                    before + _INSERT[kind] + mark,
                )
        at = text.find(mark, at + 1)


def _inside(rule, ctx, mark: str, kind: str):
    text = ctx.text
    opening = mark == "«"
    at = text.find(mark)
    while at >= 0:
        near = at + 1 if opening else at - 1
        if 0 <= near < len(text):
            char = text[near]
            spaced = char in _SPACES
            if kind == "none" and spaced and _visible_space(ctx, near, near + 1):
                yield rule.finding(
                    ctx, min(at, near), max(at, near) + 1,
                    f"space inside {mark}: {ctx.target_lang} writes none", mark,
                )
            elif kind in _INSERT and not spaced and (char.isalnum() or char in ".,!?…"):
                fixed = mark + _INSERT[kind] + char if opening else char + _INSERT[kind] + mark
                yield rule.finding(
                    ctx, min(at, near), max(at, near) + 1,
                    f"no space inside {mark}: {ctx.target_lang} writes a no-break space there", fixed,
                )
        at = text.find(mark, at + 1)


def check(rule, ctx):
    text = ctx.text
    for mark, (before, inside) in punctuation_spacing(ctx.target_lang).items():
        if mark not in text:
            continue
        if before == "none":
            yield from _forbidden_before(rule, ctx, mark)
        elif before in _INSERT:
            yield from _wanted_before(rule, ctx, mark, before)
        if inside != "-":
            yield from _inside(rule, ctx, mark, inside)


RULE = make_rule(
    __doc__,
    code="TQ507",
    name="punctuation-spacing",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)
