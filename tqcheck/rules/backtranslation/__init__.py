"""The back-translation rules (TQ9xx), one module each; each module's
docstring is the rule's documentation (What it does / Why / Example / Use
instead). Examples are ``sentence => what the model returned`` lines: the
sentence, then the round trip (TQ901-903) or back-translation (TQ904)."""

from __future__ import annotations

from tqcheck.rules.backtranslation import tq901_low_score, tq902_outlier, tq903_length_ratio, tq904_copied

# Order matters: TQ904 runs first and its sentences are skipped by the rest.
RULE_MODULES = (tq904_copied, tq901_low_score, tq902_outlier, tq903_length_ratio)

# code -> (name, module) for `tqcheck rules`; the module's __doc__ is the documentation.
RULE_DOCS = tuple((m.CODE, (m.NAME, m)) for m in sorted(RULE_MODULES, key=lambda m: m.CODE))

EXAMPLE_SEPARATOR = " => "
