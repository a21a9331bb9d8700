"""TQ702: a Latin c that is ts (issue 12). Slavic, Hungarian and Albanian
names written in Latin letters spell ts with a c (Zorica, Ivica, Lucić);
Cyrillic and Greek respell them with ц and τσ (Зорица, Зорицом). The
names check read a Latin c only as k (or as s before e, i, y), so
`Zorica` -> `Зорицом` (her name, in the instrumental) was reported as a
name put in its place. A Latin c between a vowel and an a (-ica, the
commonest such ending) now reads as ts too, one reading among the
others; read so everywhere, it let Democratic pass for Alonso and
Cristina for Schlegel (three injected names lost on the benchmark). Another name in its place is still reported (a first name
for a first name: a prompt). The sentence
is NTREX-128's (CC BY-SA 4.0); the second is made up."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings, name_findings

ZAEV_EN = "Macedonia's PM Zoran Zaev, his wife Zorica and his son Dushko cast their ballot."
ZAEV_SR = "Македонски премијер Зоран Заев је гласао са супругом Зорицом и сином Душком."
COACH_EN = "The coach Ivica Dragutinović praised the team."
COACH_RU = "Тренер Ивица Драгутинович похвалил команду."

CASES = [
    ("serbian-instrumental", ZAEV_EN, ZAEV_SR, "sr-Cyrl", "Зорицом", "Јеленом"),
    ("russian", COACH_EN, COACH_RU, "ru", "Ивица", "Михаил"),
]


@pytest.mark.parametrize(("case", "source", "target", "lang", "name", "other"), CASES, ids=[c[0] for c in CASES])
def test_a_latin_c_respelled_ts_is_the_name(case, source, target, lang, name, other):
    assert not major_name_findings(source, target, "en", lang), case


@pytest.mark.parametrize(("case", "source", "target", "lang", "name", "other"), CASES, ids=[c[0] for c in CASES])
def test_another_name_in_its_place_is_still_reported(case, source, target, lang, name, other):
    # (A first name for a first name is a prompt to look, minor.)
    found = name_findings(source, target.replace(name, other), "en", lang)
    assert any(name_en in f.message for f in found for name_en in ("'Zorica'", "'Ivica'")), (case, [f.message for f in found])
