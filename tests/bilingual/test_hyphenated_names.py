"""TQ702: the parts of a hyphenated name are one name (issue 12). In
`Сен-Сансом` (Saint-Saëns), `Сен` is spelled more like `Saens` than
`Сансом` is, so it took `Saens` as its respelling, left `Сансом` missing
and `Saint` unexplained: reported as a name put in its place. A part of
the same hyphenated word is no rival for its mate's respelling; a name
changed in the same place is still reported. FLORES-200 devtest
(CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import major_name_findings

OPERA_RU = (
    "История, рассказанная во французской опере Камилем Сен-Сансом, повествует о художнике, "
    '"жизнью которого управляет любовь к наркотикам и к Японии".'
)
OPERA_EN = (
    'The story presented in the French opera, by Camille Saint-Saens, is of an artist "whose life is dictated by a '
    'love for drugs and Japan."'
)


def test_the_parts_of_a_hyphenated_name_are_one_name():
    assert major_name_findings(OPERA_RU, OPERA_EN, "ru", "en") == []


def test_a_hyphenated_name_changed_is_still_reported():
    found = major_name_findings(OPERA_RU, OPERA_EN.replace("Saint-Saens", "Saint-Kavanaugh"), "ru", "en")
    assert any("'Сансом'" in f.message for f in found), [f.message for f in found]
