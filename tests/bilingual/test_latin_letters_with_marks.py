"""Names in Latin letters with diacritics are read by their letters, not
without them: `Šrí` once read as `r`, `Şahin` as `ahin`, `Chruščov` as
`chruov`, so none matched its English spelling (`Shri`, `Shahin`,
`Khrushchev`) and FLORES-200's Czech `Šrí` was a name "replaced" by Shri."""

from __future__ import annotations

import pytest
from helpers import name_findings

from tqcheck.alignment.anynames import sounds_alike


@pytest.mark.parametrize(
    "name,other",
    [("Šrí", "Shri"), ("Şahin", "Shahin"), ("Žukov", "Zhukov"), ("Müller", "Muller"), ("Łukasz", "Lukasz"),
     ("Erdoğan", "Erdogan"), ("Dvořák", "Dvorak"), ("Šarma", "Sharma")],
)
def test_a_name_with_diacritics_sounds_like_its_plain_spelling(name, other):
    assert sounds_alike(name, other)


def test_a_czech_name_with_diacritics_is_found_in_english():
    # FLORES-200 devtest (CC BY-SA 4.0)
    source = "Po celé zemi se zpívaly bhadžany, neboli zbožné písně, u nohou Šrí Šjáma."
    target = "Singers across the country presented bhajans, or devotional songs, to Shri Shyam's feet."
    assert [f.message for f in name_findings(source, target, "cs", "en") if "Šrí" in f.message] == []
