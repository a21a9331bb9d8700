"""TQ601: the same name spelled two ways in one document."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from helpers import document

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.model import Category, Severity
from tqcheck.rules import tq601_name_spelled_two_ways as tq601

ROOT = Path(__file__).resolve().parent.parent


def run(text, target="en"):
    config = Config(select=("TQ601",), target_lang=target)
    result = check_document(document(text, target), config, rules=[tq601.RULE])
    return [(text[f.start : f.end], f.suggestion, f) for f in result.findings]


def pairs(text):
    return [(span, suggestion) for span, suggestion, _ in run(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Izzat al-Shahbandar spoke. Shahbandar said yes. Shahbndar left.", [("Shahbndar", "Shahbandar")]),
        ("Mayor Todorov spoke. Todorov said no. Then Todorow left.", [("Todorow", "Todorov")]),
        ("Zhivko Todorov spoke. Zhivko Todorov left. Then Jivko Todorov returned.", [("Jivko", "Zhivko")]),
        ("Yuriy Slyusar spoke. Yuriy Slyusar left. Later Yuri Slyusar came back.", [("Yuri", "Yuriy")]),
        ("Dmitry Peskov spoke. Peskov said no. Dmitriy Peskov left.", [("Dmitriy", "Dmitry")]),
        ("Kamensk-Shakhtinsky was hit. Kamensk-Shakhtinsky burned. Kamensk-Shahtinsky is quiet.",
         [("Shahtinsky", "Shakhtinsky")]),
        ("Tsvetan Tsvetanov spoke. Tsvetanov left. Then Cvetanov came.", [("Cvetanov", "Tsvetanov")]),
        ("The Galápagos are far. The Galápagos are warm. The Galapagos are dry.", [("Galapagos", "Galápagos")]),
    ],
)
def test_variants_flagged_rarer_with_commoner_suggested(text, expected):
    assert pairs(text) == expected


def test_finding_shape():
    (span, suggestion, f), = run("Mayor Todorov spoke. Todorov said no. Then Todorow left.")
    assert f.severity is Severity.MINOR and f.category is Category.INCONSISTENCY
    assert "Todorov" in f.message and "2×" in f.message


def test_every_use_of_the_rare_spelling_is_flagged():
    text = "Todorov spoke. Todorov said no. Todorov left. Todorow came. Todorow went."
    assert pairs(text) == [("Todorow", "Todorov"), ("Todorow", "Todorov")]


def test_tie_flags_the_later_spelling():
    assert pairs("Mayor Shahbandar spoke first. Then Shahbndar left.") == [("Shahbndar", "Shahbandar")]


@pytest.mark.parametrize(
    "text",
    [
        "Iraq and Iraqi officials met. Iraq said yes.",
        "The Shiite leader and other Shiites agreed with the Shiite council.",
        "Sudan and al-Sudani met. Sudani's office confirmed it. Sudan said no.",
        "Ivan Petrov and Maria Petrova met. Petrov left.",
        "Iran's envoy met Iraq's envoy. Iran and Iraq agreed.",
        "There were talks. These talks failed. There was anger.",
        "Alan Lithgow passed to Allan McGregor, and Lithgow then scored past McGregor.",
        "Kim Jong Un met Kim Yong Chol in Pyongyang.",
        "Dravid and David met. Marian and Marion agreed. Biden visited Baden.",
        "The Bulgarian and the Bulgarians met in Bulgaria.",
        "Sofia is the capital. In sofia... no, Sofa is a furniture shop.",
    ],
)
def test_not_variants(text):
    assert run(text) == [], text


def test_lower_case_words_are_not_names():
    # "State"/"Stage" at sentence starts, and both also used in lower case
    text = "State media said so. Stage two begins. The state and the stage are ready."
    assert run(text) == []


def test_seeds_have_no_inconsistency():
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        assert run(path.read_text(encoding="utf-8")) == [], path.name


def test_keys_and_buckets():
    assert tq601.keys("Zhivko") & tq601.keys("Jivko")
    assert tq601.keys("Todorov") == tq601.keys("Todorow")
    assert tq601.keys("Yordan") & tq601.keys("Jordan")
    assert not tq601.keys("Iraq") & tq601.keys("Iraqi")
    counts = Counter({"Shahbandar": 2, "Shahbndar": 1, "Iraq": 3, "Iraqi": 1})
    first = {"Shahbandar": 0, "Shahbndar": 50, "Iraq": 10, "Iraqi": 20}
    assert tq601.variants(counts, first) == {"Shahbndar": "Shahbandar"}


def test_many_distinct_names_scale_linearly():
    # 4,000 distinct names, none a variant of another: bucketing, not all pairs
    import itertools

    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi"]
    names = ["".join(p).capitalize() + "ski" for p in itertools.product(syllables, repeat=4)][:4000]
    counts = Counter({n: 1 for n in names})
    first = {n: i for i, n in enumerate(names)}
    result = tq601.variants(counts, first)
    assert all(tq601.keys(a) & tq601.keys(b) or len(a) != len(b) for a, b in result.items())


def test_keys_of_many_words_at_once_equal_keys_one_by_one():
    # all_keys() runs the steps over all words joined by line breaks: no step
    # may reach across one (a step with \s or a dot-all would).
    words = ["Zhivko", "Jivko", "Todorov", "Todorow", "Cvetanov", "Tsvetanov", "Shahbandar", "Shahbndar",
             "Yordan", "Jordan", "Kieran", "Kiernan", "Mayya", "Aiya", "Ss", "Ccc", "Žižek", "Ćosić", "Iraq"]
    together = tq601.all_keys(words)
    for word in words:
        assert together[word] == tq601.all_keys([word])[word], word
    assert tq601.all_keys(["Cc", "Ce"])["Cc"] == tq601.all_keys(["Cc"])["Cc"]


def test_a_nickname_spelled_two_ways_in_one_article_is_flagged():
    """NTREX-128's Ryder Cup article (newstest2019 lines 721 and 736) writes
    the pair's nickname "Moliwood" and later "Molliwood": a real
    inconsistency of the human text, not a false alarm. Used one way
    throughout, it is left alone."""
    text = (
        '"Moliwood" were the only pair not to shoot a bogey on Saturday afternoon.\n'
        'Fleetwood and Molinari, dubbed "Molliwood" after a sensational weekend, won again.\n'
    )
    assert pairs(text) == [("Molliwood", "Moliwood")]
    assert pairs(text.replace("Molliwood", "Moliwood")) == []


def _near(a, b):
    """Reference for variants(): a and b share a key, or one's key is the
    other's with one inner vowel deleted (compared pair by pair, no buckets)."""
    ka, kb = tq601.keys(a), tq601.keys(b)
    if ka & kb:
        return True
    for longer, shorter in ((ka, kb), (kb, ka)):
        for k in longer:
            if len(k) <= tq601.MIN_EDIT_LEN:
                continue
            for i in range(1, len(k) - 1):
                if k[i] in tq601._VOWELS and k[:i] + k[i + 1 :] in {s for s in shorter if len(s) >= tq601.MIN_EDIT_LEN}:
                    return True
    return False


def test_variants_agree_with_pairwise_reference():
    # variants() skips keys with no whole key of the same length less one and
    # the same first and last letters: the skip must lose no pair, wherever
    # the vowel sits (second letter, next to last) and whatever the lengths.
    words = ["Shahbandar", "Shahbndar", "Maerkov", "Mrkov", "Markov", "Markova", "Petroav", "Petrov",
             "Todorov", "Todorow", "Boateng", "Boatng", "Ibrahim", "Ibrhim", "Zhivko", "Jivko", "Seldaon",
             "Seldon", "Kieran", "Kiernan", "Aberdeen", "Abrdeen", "Aberden", "Tsvetan", "Cvetan"]
    for a in words:
        for b in words:
            if a == b:
                continue
            found = tq601.variants(Counter({a: 2, b: 1}), {a: 0, b: 10})
            assert (found == {b: a}) == _near(a, b), (a, b)
            assert found in ({}, {b: a}), (a, b)


def test_tq404_short_repeats_are_remembered_but_not_flagged():
    # TQ404 keeps short sentences among those seen and counts words only on
    # a repeat: a short repeat stays unflagged, a long one still is.
    from tqcheck.rules import tq404_duplicated_sentence as tq404

    text = "Yes, it is. Yes, it is. The talks resume on Monday in Baghdad. “The talks  resume on monday in Baghdad.”"
    result = check_document(document(text), Config(select=("TQ404",)), rules=[tq404.RULE])
    assert [text[f.start : f.end] for f in result.findings] == ["“The talks  resume on monday in Baghdad.”"]


def test_tq304_quick_count_needs_spaces_between_all_words():
    # TQ304 settles a sentence by a few " the "-style hits against its spaces
    # plus one; words split by tabs are more than that, so the full count runs.
    from tqcheck.rules import tq304_wrong_language_sentence as tq304

    german = "Der\tBürgermeister\that\tdie\tPläne\tfür\tdas\tneue\tStadion in der\tSitzung\tvorgestellt."
    text = "The mayor spoke first. " + german
    result = check_document(document(text), Config(select=("TQ304",)), rules=[tq304.RULE])
    assert [text[f.start : f.end] for f in result.findings] == [german]
