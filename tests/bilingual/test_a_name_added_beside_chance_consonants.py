"""TQ702: a name added that merely shares a few consonants with a word of
the source (issue 12).

A rare name the translation adds is a name put in place of one the source
wrote otherwise, unless a word of the source sentence may be it respelled.
That likeness was the loosest there is, a few consonants' classes in order
(`Kissinger` ~ `угнал`, stole), so a name added for the adjective
`филиппинский` passed. A name is respelled, never translated: where the
consonants are alike only in part, the letters must be a little alike too
(anynames.maybe_same_name's ``spelled``), as `Eskimo` ~ `эскимосов` are.

Sentence from FLORES-200 devtest (CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import major_name_findings

MANILA_RU = (
    "Бывший филиппинский полицейский угнал туристический автобус в Маниле, столице Филиппин, и взял в "
    "заложники гонконгских туристов."
)
MANILA_EN = (
    "A former {} policeman has kept Hong Kong tourists hostage by hijacking their bus in Manila, the capital of "
    "the Philippines."
)


def test_a_rare_name_added_is_reported():
    text = MANILA_EN.format("Kissinger")
    assert [text[f.start : f.end] for f in major_name_findings(MANILA_RU, text, "ru", "en")] == ["Kissinger"]


def test_the_word_translated_is_not():
    assert not major_name_findings(MANILA_RU, MANILA_EN.format("Filipino"), "ru", "en")
