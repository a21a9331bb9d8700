"""TQ707 looks for quoted words that lost their quotation marks. Bulgarian
also quotes names (a university, a party, a ship: „Далхаузи“), and English
drops those marks on purpose: a quoted name is not someone quoted."""

from __future__ import annotations

from helpers import check_text

NAME = (
    "Д-р Ехуд Ур, професор по медицина в университета „Далхаузи“ в Халифакс, предупреди, "
    "че изследването все още е в началото си."
)
NAME_EN = (
    "Dr. Ehud Ur, professor of medicine at Dalhousie University in Halifax, warned that "
    "the research is still in its early days."
)


def tq707(source: str, target: str) -> list[str]:
    return [f.code for f in check_text(target, select=("TQ707",), source=source)]


def test_a_quoted_name_is_not_a_quotation():
    assert tq707(NAME, NAME_EN) == []


def test_a_name_of_several_words_is_not_a_quotation():
    source = "Командир от „Катаиб Хизбула“ каза пред агенцията, че групата ще се разоръжи."
    target = "A commander from Kataib Hezbollah told the agency that the group would disarm."
    assert tq707(source, target) == []


def test_a_quotation_followed_by_its_speaker_still_counts():
    source = "„Няма да подам оставка“, заяви министърът."
    assert tq707(source, "The minister said he will not resign.") == ["TQ707"]


def test_a_quotation_after_a_colon_still_counts():
    source = "Министърът каза: „Няма оставка“."
    assert tq707(source, "The minister said there will be no resignation.") == ["TQ707"]
