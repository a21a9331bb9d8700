"""TQ702, the Bulgarian-English rule pack: a month is translated, never
replaced by a name (issue 12). `the June summit` is `юнската среща` (the
month made an adjective, which the CLDR month name юни does not begin),
so June is missing; a capitalised word elsewhere in the sentence (Общото
of Общото събрание, the General Assembly) took no month's place. As in
every other pair, a month or a day of the week missing is a word left
out: a minor prompt, not a name changed. The sentence is NTREX-128's (CC
BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import name_findings as names
from tqcheck.model import Severity

SOURCE = (
    "More than three months after the June summit in Singapore, North Korea's top diplomat Ri Yong Ho told world "
    "leaders at the U.N. General Assembly Saturday that the North doesn't see a \"corresponding response\" from the "
    "U.S. to North Korea's early disarmament moves."
)
TARGET = (
    "Повече от три месеца след юнската среща в Сингапур топ дипломатът на Северна Корея Ри Юнг Хо съобщи на "
    "представителите на Общото събрание на ООН, че Северна Корея „не вижда реципрочно отношение“ от страна на САЩ "
    "към първите стъпки на страната му по пътя на разоръжаването."
)


def test_a_month_missing_is_a_prompt_not_a_name_changed():
    found = names(SOURCE, TARGET, "en", "bg")
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]
    assert any("'June'" in f.message for f in found), [f.message for f in found]


def test_a_name_changed_in_the_sentence_is_still_found():
    changed = TARGET.replace("Сингапур", "Джакарта")
    majors = [f for f in names(SOURCE, changed, "en", "bg") if f.severity >= Severity.MAJOR]
    assert any("Singapore" in f.message for f in majors), [f.message for f in majors]


def test_a_month_that_names_a_person_is_still_a_name():
    # Theresa May, replaced: May is a CLDR month, but after a name it is hers.
    source = "Theresa May said on Sunday that the plan would stand."
    target = "Тереза Джонсън заяви в неделя, че планът ще остане."
    majors = [f for f in names(source, target, "en", "bg") if f.severity >= Severity.MAJOR]
    assert any("'May'" in f.message for f in majors), [f.message for f in majors]
