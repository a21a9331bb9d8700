"""Build a bilingual RuleContext the way the engine does, for rule tests."""

from __future__ import annotations

from tqcheck.locale import LocaleFacts
from tqcheck.model import Document
from tqcheck.rules.base import RuleContext
from tqcheck.segment import segment


def context(source: str, target: str, source_lang: str = "bg", target_lang: str = "en") -> RuleContext:
    src_doc = Document(text=source, path="source.txt", language=source_lang)
    tgt_doc = Document(text=target, path="target.txt", language=target_lang)
    return RuleContext(
        document=tgt_doc,
        segments=segment(target, target_lang),
        source_lang=source_lang,
        target_lang=target_lang,
        locale=LocaleFacts(source_lang, target_lang),
        source=src_doc,
        source_segments=segment(source, source_lang),
    )


def run(rule, source: str, target: str, **kwargs):
    """What ``rule`` alone reports (engine.report_once settles what a rule
    says only if, or unless, another rule reports an omission)."""
    from tqcheck.engine import report_once

    ctx = context(source, target, **kwargs)
    return report_once(list(rule.check(rule, ctx)))
