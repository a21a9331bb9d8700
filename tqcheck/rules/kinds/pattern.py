"""Existence/pattern kind: flag every match of a regular expression (Vale's
"existence"), and the removal finding (text that must go, and with it any
finding inside)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tqcheck.model import Finding
from tqcheck.rules.base import Rule, RuleContext


def pattern_check(
    pattern: re.Pattern[str] | Callable[[str], Iterable[re.Match[str]]],
    message: str | Callable[[re.Match[str]], str],
    suggest: Callable[[re.Match[str]], str | None] | None = None,
    *,
    group: int | str = 0,
) -> Callable[[Rule, RuleContext], Iterable[Finding]]:
    """Existence/pattern kind: flag every match of ``pattern``, or of a
    finder (text -> matches) for a rule that merges several patterns."""
    finditer = pattern.finditer if isinstance(pattern, re.Pattern) else pattern

    def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
        for match in finditer(ctx.text):
            msg = message(match) if callable(message) else message
            yield rule.finding(
                ctx, match.start(group), match.end(group), msg, suggest(match) if suggest else None
            )

    return check


def removal_finding(rule: Rule, ctx: RuleContext, start: int, end: int, message: str) -> Finding:
    """A finding that says the text (trimmed of surrounding space) must be
    deleted; the engine then drops other findings inside it."""
    chunk = ctx.text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    return rule.finding(ctx, start, end, message, "", details=(("removes", True),))
