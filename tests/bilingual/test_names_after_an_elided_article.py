"""TQ702: a name after an elided article (`d'Auckland`, `l'Irak`, `Ballon
d'Or`) is a name (issue 12).

French, Italian and Catalan write an article elided before a name as one
word with it (`d'Auckland`, `l'Irak`): the word begins in lower case, and
the name inside it was never looked at, so a French source name so written
that the translation replaced went unseen. Inside a name of several words
(`Ballon d'Or`, `Côte d'Ivoire`) the run ended at the article, so `Ballon`
stood alone, and a translation's `Zlatý míč` (Czech: golden ball) read as a
word put in its place. The name after `d'` or `l'` is now the word, and the
run goes on through the article.

The NTREX-128 sentence (CC BY-SA 4.0) with its Czech translation; the
French ones are this file's own."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings
from tqcheck.alignment.anynames import name_mentions

AUCKLAND_FR = "Il a quitté le port d'Auckland en juin avec trois navires."
AUCKLAND_EN = "He left the port of {} in June with three ships."
IRAQ_FR = "Le président a rencontré le Premier ministre d'Italie et le chef de l'Irak."
IRAQ_EN = "The president met the Prime Minister of Italy and the leader of {}."
BALLON_EN = "What they said today, fake news,\" the five-time Ballon d'Or winner says into the camera."
BALLON_CS = "To, co dnes řekli, jsou falešné zprávy,“ řekl pětinásobný držitel ocenění Zlatý míč do kamery."


def test_the_name_after_an_elided_article_is_a_name_of_its_run():
    text = "Il vit en Côte d'Ivoire, près d'Abidjan, et connaît l'Europe."
    found = [(m.text, m.run) for m in name_mentions(text, 0, len(text), "fr")]
    assert found == [("Côte", ("Côte", "Ivoire")), ("Ivoire", ("Côte", "Ivoire")), ("Abidjan", ("Abidjan",)),
                     ("Europe", ("Europe",))]


@pytest.mark.parametrize(
    ("source", "target", "right", "wrong"),
    [(AUCKLAND_FR, AUCKLAND_EN, "Auckland", "Gillard"), (IRAQ_FR, IRAQ_EN, "Iraq", "Sweden")],
)
def test_a_name_after_an_elided_article_replaced_is_reported(source, target, right, wrong):
    assert major_name_findings(source, target.format(wrong), "fr", "en")
    assert not major_name_findings(source, target.format(right), "fr", "en")


def test_a_name_of_several_words_through_an_article_is_no_lone_name():
    assert not major_name_findings(BALLON_EN, BALLON_CS, "en", "cs")
