"""langdetect's profiles held sparse (tqcheck.langdetect_profiles) give
langdetect's own answers: the same dense list for every n-gram, the same
languages in the same order, the same probabilities to the last bit."""

from __future__ import annotations

import pytest

from tqcheck import langdetect_profiles

SENTENCES = [
    "The minister said the talks would resume on Monday in Baghdad.",
    "Министърът каза, че преговорите ще бъдат възобновени в понеделник.",
    "Der Minister sagte, die Gespräche würden am Montag fortgesetzt.",
    "Le ministre a déclaré que les pourparlers reprendraient lundi.",
    "Il ministro ha detto che i colloqui riprenderanno lunedì a Baghdad.",
    "Minister powiedział, że rozmowy zostaną wznowione w poniedziałek.",
    "部长说，会谈将于星期一在巴格达恢复。",
    "Tom and Мария went to Sofia, then to Plovdiv and Варна.",
    "12 34 56",
]


@pytest.fixture(scope="module")
def dense():
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def _answer(factory, text):
    from langdetect.detector_factory import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detector = factory.create()
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException as exc:
        return str(exc)


def test_every_ngram_reads_as_langdetects_dense_list(dense):
    sparse = langdetect_profiles.factory()
    assert sparse.langlist == dense.langlist
    assert sparse.word_lang_prob_map.keys() == dense.word_lang_prob_map.keys()
    assert all(sparse.word_lang_prob_map[w] == probs for w, probs in dense.word_lang_prob_map.items())


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_answers_as_langdetect(dense, text):
    assert _answer(langdetect_profiles.factory(), text) == _answer(dense, text)


def test_the_dense_lists_kept_are_bounded(monkeypatch):
    sparse = langdetect_profiles.factory().word_lang_prob_map
    monkeypatch.setattr(langdetect_profiles, "CACHED", 3)
    sparse.dense.clear()
    for word in ["a", "b", "c", "d", "e"]:
        assert sparse[word] == sparse[word]
    assert len(sparse.dense) <= 3
