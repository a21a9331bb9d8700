"""TQ701: a point between groups of three digits is a group separator in
any language (issue 12).

Arabic (with Latin digits) and Russian group thousands otherwise than
with a point, but their translators often write one, as German, Spanish
or Turkish do: `76.000` for 76,000 hectares. Numbers were read by the
translation language's own symbols and by English ones only, so
`76.000` was 76 and a false alarm on three NTREX samples of English ->
Arabic. A number whose every separator is a point before three digits
now reads as an integer too; a changed figure is still found.

Sentences from NTREX-128 (CC BY-SA 4.0), shortened."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import number_findings
from tqcheck.alignment.numbers import read_number

HECTARES_EN = "The NTS cares for 38 important gardens and 76,000 hectares of land around the country."
HECTARES_AR = "تُعنى الهيئة بـ38 حديقة مهمة و{} هكتار من الأراضي في جميع أنحاء البلاد."
HECTARES_RU = "Организация заботится о 38 важных садах и {} гектаров земли по всей стране."


@pytest.mark.parametrize(("text", "lang"), [(HECTARES_AR, "ar"), (HECTARES_RU, "ru")], ids=["ar", "ru"])
def test_thousands_grouped_with_a_point_are_the_same_number(text, lang):
    assert not number_findings(HECTARES_EN, text.format("76.000"), "en", lang)


@pytest.mark.parametrize(("text", "lang"), [(HECTARES_AR, "ar"), (HECTARES_RU, "ru")], ids=["ar", "ru"])
def test_a_changed_figure_so_grouped_is_still_reported(text, lang):
    changed = text.format("67.000")
    assert [changed[f.start : f.end] for f in number_findings(HECTARES_EN, changed, "en", lang)] == ["67.000"]


def test_both_readings_are_kept():
    assert read_number("1.500", "en") == {Decimal("1.5"), Decimal(1500)}
    assert read_number("1,500", "en") == {Decimal(1500)}
    assert read_number("1.50", "ru") == {Decimal("1.5")}
