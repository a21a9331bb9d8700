"""The fuzz property of scripts/fuzz.py on a few hundred generated texts:
read -> segment -> rules -> every report format, no exception, the reports
agree and the HTML is balanced. ``scripts/fuzz.py -n 10000`` runs more."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hypothesis import HealthCheck, given, settings

_spec = importlib.util.spec_from_file_location("_fuzz", Path(__file__).parent.parent / "scripts" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(fuzz.TEXTS, fuzz.SUFFIXES)
def test_every_format_agrees_on_hostile_text(tmp_path_factory, text, suffix):
    fuzz.check_property(text, suffix, tmp_path_factory.mktemp("fuzz"))


def test_a_known_article_gives_findings_every_report_agrees_on(tmp_path):
    text = 'He called the plan «a disaster».\r\nThe price rose  sharply.\u2028Next "line\n'
    assert fuzz.check_property(text, ".md", tmp_path) >= 2


# The checks themselves can fail.


def test_input_markup_in_the_html_report_is_caught():
    assert fuzz.html_problems("<html><body><p>x</p></body></html>") == []
    assert fuzz.html_problems("<html><body><zq>x</zq></body></html>")
    assert fuzz.html_problems("<html><body><div>x</body></html>")


def test_the_text_report_is_read_line_by_line_at_line_feeds_only():
    output = "  a.md:3:7: TQ501 minor    double\u2028space [␣␣]\n  a.md:4:1: TQ101 major    x\n"
    assert fuzz._text_findings(output, "a.md") == {("TQ501", 3, 7): 1, ("TQ101", 4, 1): 1}
