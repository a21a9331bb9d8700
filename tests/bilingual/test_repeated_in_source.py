"""TQ404 with a source: a sentence the translation repeats word for word is
faithful where the source says it twice too (FLORES-200 has such a pair:
the English says "The researchers suggested that, even though this is the
tail of a young dinosaur, ..." twice, each source language in two
wordings). Where the source said something else the second time, the
repeat is still reported."""

from __future__ import annotations

from helpers import check_text

REPEAT = "The researchers said that although the tail is of a young dinosaur, the feathers are those of an adult."
OTHER = "The feathers were not used for flight."


def tq404(source: str, target: str) -> list:
    return check_text(target, select=("TQ404",), source=source, source_lang="bg", target_lang="en")


def test_a_repeat_the_source_says_twice_in_two_wordings_is_faithful():
    source = (
        "Учените казват, че макар опашката да е на млад динозавър, перата са на възрастен. "
        "Перата не са служили за полет. "
        "Изследователите твърдят, че въпреки че опашката е на млад динозавър, перата са на възрастен."
    )
    assert tq404(source, f"{REPEAT} {OTHER} {REPEAT}") == []


def test_a_repeat_where_the_source_said_something_else_is_reported():
    source = (
        "Учените казват, че макар опашката да е на млад динозавър, перата са на възрастен. "
        "Перата не са служили за полет. "
        "Находката е открита в Мианмар през миналата година от търговец на кехлибар."
    )
    found = tq404(source, f"{REPEAT} {OTHER} {REPEAT}")
    assert [f.message for f in found] == ["this sentence repeats sentence 1 of the document"]


def test_a_repeat_beside_a_source_that_says_it_once_is_reported():
    source = "Учените казват, че макар опашката да е на млад динозавър, перата са на възрастен. Перата не са служили за полет."
    assert len(tq404(source, f"{REPEAT} {OTHER} {REPEAT}")) == 1


def test_without_a_source_every_repeat_is_reported():
    found = check_text(f"{REPEAT} {OTHER} {REPEAT}", select=("TQ404",))
    assert len(found) == 1
