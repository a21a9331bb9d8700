"""The registry of rules: one explicit table, code -> module, as Ruff has
one code -> rule table. Every rule is a module with a ``RULE`` (a
rules.base.Rule) whose ``check(rule, ctx)`` the engine runs the same way
for every code; the set of rules is visible here and never discovered by
reflection. Adding a rule is adding its file and a line here.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from tqcheck.rules.base import Rule

# code -> module under tqcheck.rules. The bilingual rules (TQ7xx) live in
# bilingual/ and are imported only when a document has a source (with the
# aligner and the number and name readers they load, they are a tenth of a
# start-up); the back-translation rules (TQ9xx) live in backtranslation/
# and find nothing unless the back-translation stage ran.
REGISTRY: tuple[tuple[str, str], ...] = (
    ("TQ101", "tq101_foreign_quote_marks"),
    ("TQ102", "tq102_closing_with_opening_glyph"),
    ("TQ103", "tq103_mismatched_quote_pair"),
    ("TQ104", "tq104_unbalanced_quotes"),
    ("TQ105", "tq105_punctuation_at_closing_quote"),
    ("TQ106", "tq106_mixed_quote_styles"),
    ("TQ107", "tq107_straight_quotes"),
    ("TQ108", "tq108_unquoted_speech"),
    ("TQ110", "tq110_quoted_name"),
    ("TQ201", "tq201_calque"),
    ("TQ202", "tq202_reporting_inversion"),
    ("TQ203", "tq203_perspective_leak"),
    ("TQ204", "tq204_impersonal_headline"),
    ("TQ301", "tq301_cyrillic_in_latin_text"),
    ("TQ302", "tq302_mixed_script_word"),
    ("TQ303", "tq303_bulgarian_abbreviation"),
    ("TQ304", "tq304_wrong_language_sentence"),
    ("TQ401", "tq401_dateline"),
    ("TQ402", "tq402_site_boilerplate"),
    ("TQ403", "tq403_repeated_headline"),
    ("TQ404", "tq404_duplicated_sentence"),
    ("TQ405", "tq405_markup_residue"),
    ("TQ501", "tq501_double_space"),
    ("TQ502", "tq502_capital_after_dash"),
    ("TQ503", "tq503_hyphen_as_dash"),
    ("TQ504", "tq504_number_format"),
    ("TQ505", "tq505_missing_final_punctuation"),
    ("TQ506", "tq506_invisible_character"),
    ("TQ507", "tq507_punctuation_spacing"),
    ("TQ508", "tq508_repeated_word"),
    ("TQ601", "tq601_name_spelled_two_ways"),
    ("TQ700", "bilingual.tq700_unrelated_documents"),
    ("TQ701", "bilingual.tq701_number_mismatch"),
    ("TQ702", "bilingual.tq702_name_mismatch"),
    ("TQ703", "bilingual.tq703_omitted_sentence"),
    ("TQ704", "bilingual.tq704_added_sentence"),
    ("TQ705", "bilingual.tq705_length_mismatch"),
    ("TQ706", "bilingual.tq706_untranslated"),
    ("TQ707", "bilingual.tq707_quotation_missing"),
    ("TQ708", "bilingual.tq708_question_missing"),
    ("TQ709", "bilingual.tq709_untranslated_word"),
    ("TQ710", "bilingual.tq710_date_mismatch"),
    ("TQ801", "bilingual.tq801_required_term"),
    ("TQ802", "tq802_forbidden_term"),
    ("TQ901", "backtranslation.tq901_low_score"),
    ("TQ902", "backtranslation.tq902_outlier"),
    ("TQ903", "backtranslation.tq903_length_ratio"),
    ("TQ904", "backtranslation.tq904_copied"),
)


def _bilingual(module: str) -> bool:
    return module.startswith("bilingual.")


def _load(entries: tuple[tuple[str, str], ...]) -> tuple[Rule, ...]:
    rules = []
    for code, module in entries:
        rule = import_module(f"tqcheck.rules.{module}").RULE
        if rule.code != code:
            raise ImportError(f"tqcheck.rules.{module} defines {rule.code}, registered as {code}")
        rules.append(rule)
    return tuple(rules)


@cache
def all_rules() -> tuple[Rule, ...]:
    return _load(REGISTRY)


@cache
def monolingual_rules() -> tuple[Rule, ...]:
    """Every rule but the bilingual ones (TQ7xx), which read the source and
    stay silent without one: a check without a source need not import them."""
    return _load(tuple(e for e in REGISTRY if not _bilingual(e[1])))


@cache
def bilingual_rules() -> tuple[Rule, ...]:
    """The TQ7xx rules: cross-checks of a translation against its source."""
    return _load(tuple(e for e in REGISTRY if _bilingual(e[1])))


def rule_by_code(code: str) -> Rule | None:
    wanted = code.upper()
    module = next((m for c, m in REGISTRY if c == wanted), None)
    return None if module is None else import_module(f"tqcheck.rules.{module}").RULE
