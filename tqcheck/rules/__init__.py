"""The explicit registry of rules: every rule module is imported here by
name, so the set of rules is visible in one place and never discovered by
reflection."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from tqcheck.rules.base import Rule

# Every rule module, by name: adding a rule is adding its file and a line here.
RULE_MODULES = (
    "tq101_foreign_quote_marks",
    "tq102_closing_with_opening_glyph",
    "tq103_mismatched_quote_pair",
    "tq104_unbalanced_quotes",
    "tq105_punctuation_at_closing_quote",
    "tq106_mixed_quote_styles",
    "tq110_quoted_name",
    "tq201_calque",
    "tq202_reporting_inversion",
    "tq203_perspective_leak",
    "tq301_cyrillic_in_latin_text",
    "tq302_mixed_script_word",
    "tq303_bulgarian_abbreviation",
    "tq304_wrong_language_sentence",
    "tq401_dateline",
    "tq402_site_boilerplate",
    "tq403_repeated_headline",
    "tq404_duplicated_sentence",
    "tq405_markup_residue",
    "tq501_double_space",
    "tq502_capital_after_dash",
    "tq503_hyphen_as_dash",
    "tq504_number_format",
    "tq505_missing_final_punctuation",
    "tq601_name_spelled_two_ways",
)


@cache
def all_rules() -> tuple[Rule, ...]:
    from tqcheck.rules.bilingual import RULES as BILINGUAL_RULES

    return tuple(sorted((*monolingual_rules(), *BILINGUAL_RULES), key=lambda r: r.code))


@cache
def monolingual_rules() -> tuple[Rule, ...]:
    """Every rule but the bilingual ones (TQ7xx), which read the source and
    stay silent without one: a check without a source need not import them
    (with the aligner and the number and name readers they load, a tenth of
    a start-up)."""
    own = (import_module(f"tqcheck.rules.{name}").RULE for name in RULE_MODULES)
    return tuple(sorted((*own, *_stage_rules()), key=lambda r: r.code))


def _found_by_stage(rule: Rule, ctx: object) -> tuple[()]:
    return ()  # the back-translation stage reports these findings


def _stage_rules() -> tuple[Rule, ...]:
    """The TQ9xx rules, documented in the back-translation package (which
    imports no torch until it translates)."""
    from tqcheck.rules.backtranslation import RULE_DOCS
    from tqcheck.rules.base import make_rule

    return tuple(
        make_rule(
            module.__doc__,
            code=code,
            name=name,
            severity=module.SEVERITY,
            category=module.CATEGORY,
            check=_found_by_stage,
            stage="backtranslation",
        )
        for code, (name, module) in RULE_DOCS
    )


def rule_by_code(code: str) -> Rule | None:
    return next((r for r in all_rules() if r.code == code.upper()), None)
