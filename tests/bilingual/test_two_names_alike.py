"""TQ702: a word of the translation that respells a name excuses the names
of its sentence that sound like that name too (issue 12). Since a
respelling excuses only the name it is likeliest to be (3f86fea), Will
Wade's Уейд excused Wade or Wayde, not both, and the other was reported as
replaced by Уїл (Will). Ukrainian; sentence from NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import major_name_findings as majors

WADE_EN = (
    'On Friday morning, LSU basketball coach Will Wade said the team is "devastated" and "in shock" by '
    "Wayde's death."
)
WADE_UK = (
    "У п'ятницю вранці баскетбольний тренер Університету штату Луїзіана Уїл Уейд сказав, що команда "
    "«спустошена» і «шокована» смертю Уейда."
)


def test_one_respelling_of_two_names_alike():
    found = majors(WADE_EN, WADE_UK, "en", "uk")
    assert not found, [f.message for f in found]
