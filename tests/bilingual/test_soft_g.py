"""Names: an English soft g is the дж, τζ other alphabets spell it with.
The letter likeness read George as `george` and Джорджу as `jorju`, so
July (`juli`) and Julia were likelier respellings of Джорджу than George,
and George, unexplained, could pass for a name put in another's place
(issue 12). The sentence is FLORES-200's (CC BY-SA 4.0)."""

from __future__ import annotations

import re

import pytest

from tqcheck.alignment.anynames import Side, likeness

SOURCE = "6 июля один экземпляр послали Джорджу Вашингтону, который  9 июля приказал зачитать его."
TARGET = "One was sent to George Julia on July 6, who had it read to his troops on July 9."


@pytest.mark.parametrize(("name", "other"), [("Джорджу", "July"), ("Джорджу", "Julia")])
def test_george_is_the_likeliest(name, other):
    assert likeness(name, "George") > likeness(name, other)


def test_george_is_explained_beside_july_and_julia():
    rivals = tuple(dict.fromkeys(re.findall(r"\w{3,}", TARGET)))
    assert Side(SOURCE, "ru").has("George", "en", rivals=rivals)


def test_a_hard_g_stays_hard_on_both_sides():
    assert likeness("Гетти", "Getty") > likeness("Гетти", "Jetta")
