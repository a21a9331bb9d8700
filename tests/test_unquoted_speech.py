"""TQ108: direct speech printed without quotation marks."""

from __future__ import annotations

import pytest
from helpers import check_text


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_text(text, select=("TQ108",)) if f.code == "TQ108"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("I do not see a threat. Tensions have been raised many times. This was stated by analyst Georgi Harizanov.",
         "I do not see a threat."),
        ("The problem is dissatisfaction. It comes after the violations that we have all seen, explained Kutev.",
         "The problem is dissatisfaction."),
        ("I am interested in where the claim comes from?, wondered Harizanov.",
         "I am interested in where the claim comes from?, wondered Harizanov."),
        ("In my opinion, this vote is pointless. The government is working, Petkova said.",
         "In my opinion, this vote is pointless."),
        ("Let's see how society treats the slogans, the analyst added.",
         "Let's see how society treats the slogans, the analyst added."),
        ("We will not support the budget, said the leader of the party, Ivan Petrov.",
         "We will not support the budget, said the leader of the party, Ivan Petrov."),
        ("There is a niche for a new party in “Face to Face“. I think so, Harizanov explained.",
         "There is a niche for a new party in “Face to Face“."),
    ],
)
def test_first_person_speech_attributed_at_the_end_is_flagged_at_its_first_sentence(text, first):
    assert spans(text) == [first]


@pytest.mark.parametrize(
    "text",
    [
        "“I do not see a threat in the project,” analyst Georgi Harizanov said.",
        "\"I do not see a threat. Tensions are high,\" he said.",
        "His powers do not match this. It is not his project, said Anton Kutev.",
        "The minister said that we must all pay more taxes.",
        "I do not see a threat in the project. Let him form a party.",
        "- In fact, I think leadership is the main deficit in our politics.",
        "We went to the market and bought apples.",
        "Tom asked me where I had been.",
    ],
)
def test_quoted_reported_or_unattributed_speech_is_left_alone(text):
    assert spans(text) == []


def test_one_finding_per_paragraph():
    text = "I will run. I am ready, he said. We will win, he added.\n\nThe vote is on Sunday."
    assert spans(text) == ["I will run."]


@pytest.mark.parametrize(
    "text",
    [
        "After World War I, the town was rebuilt, the mayor said.",
        "The Phase I trial ended early, the company said.",
        "Tsar Ferdinand I left the country, historians note.",
    ],
)
def test_a_roman_numeral_one_is_not_the_first_person(text):
    assert spans(text) == []


def test_first_person_words_are_found_as_in_the_text_with_a_space_in_front():
    # _first_person_spans reads the text as " " + text did, without the copy.
    import random

    from tqcheck.rules.tq108_unquoted_speech import _FIRST_PERSON, _first_person_spans

    rng = random.Random(3)
    words = ["i", "me", "my", "mine", "ourselves", "let's", "us", "we", "iowa", "x", "“", "—", "(", " ", "\n", "\t"]
    texts = ["", "i", "me", " i", "ourselves", "ourselvesx", "we-", "\"i"]
    texts += ["".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 12))) for _ in range(300)]
    for text in texts:
        expected = [(m.start(1) - 1, m.end(1) - 1) for m in _FIRST_PERSON.finditer(" " + text)]
        assert list(_first_person_spans(text)) == expected, text


def test_roman_one_reads_the_character_before_the_name_as_the_stripped_text_did():
    import random

    from tqcheck.rules.tq108_unquoted_speech import _NAME_BEFORE, _roman_one

    def by_copy(text, start):
        before = _NAME_BEFORE.search(text, max(0, start - 30), start)
        if before is None:
            return False
        head = text[: before.start()].rstrip(" \t")
        return bool(head) and (head[-1].isalnum() or head[-1] in ",;")

    rng = random.Random(5)
    parts = ["War ", "World ", "the ", "Phase ", ", ", ";", ". ", "\t", "  ", "x", "I", "\n"]
    for _ in range(400):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(1, 10))) + "I"
        assert _roman_one(text, len(text) - 1) == by_copy(text, len(text) - 1), text
