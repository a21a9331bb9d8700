"""tqcheck.langdetect_profiles gives langdetect the same table, row for row,
and so the same answers, as langdetect's own loading."""

from __future__ import annotations

import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

from tqcheck.langdetect_profiles import factory

TEXTS = (
    "The minister said the cabinet would meet again on Monday.",
    "Министърът каза, че кабинетът ще заседава отново в понеделник.",
    "Le ministre a déclaré que le cabinet se réunirait à nouveau lundi.",
    "Der Minister sagte, das Kabinett werde am Montag erneut zusammentreten.",
    "部长说内阁将于周一再次开会。",
    "قال الوزير إن مجلس الوزراء سيجتمع مرة أخرى يوم الاثنين.",
    "Ο υπουργός είπε ότι το υπουργικό συμβούλιο θα συνεδριάσει ξανά τη Δευτέρα.",
    "ok",
)


@pytest.fixture(scope="module")
def langdetects_own() -> DetectorFactory:
    own = DetectorFactory()
    own.load_profile(PROFILES_DIRECTORY)
    own.set_seed(0)
    return own


def test_every_row_is_langdetects_own(langdetects_own: DetectorFactory) -> None:
    lazy = factory()
    assert lazy.langlist == langdetects_own.langlist
    own = langdetects_own.word_lang_prob_map
    assert len(lazy.word_lang_prob_map) == len(own)
    assert "zz-not-an-ngram" not in lazy.word_lang_prob_map
    for word in sorted(own)[::97]:  # a spread of about 900 n-grams of every script
        assert word in lazy.word_lang_prob_map
        assert lazy.word_lang_prob_map[word] == own[word], word


@pytest.mark.parametrize("text", TEXTS)
def test_same_probabilities_as_langdetect(langdetects_own: DetectorFactory, text: str) -> None:
    def probabilities(made: DetectorFactory) -> list[tuple[str, float]]:
        detector = made.create()
        detector.append(text)
        return [(p.lang, p.prob) for p in detector.get_probabilities()]

    assert probabilities(factory()) == probabilities(langdetects_own)


def test_every_ngram_reads_as_langdetects_own_row(langdetects_own: DetectorFactory) -> None:
    own = langdetects_own.word_lang_prob_map
    held = factory().word_lang_prob_map
    assert held.keys() == own.keys()
    assert all(held[word] == row for word, row in own.items())


def test_the_rows_kept_are_bounded(monkeypatch) -> None:
    from tqcheck import langdetect_profiles

    held = factory().word_lang_prob_map
    monkeypatch.setattr(langdetect_profiles, "CACHED", 3)
    held.dense.clear()
    for word in ["a", "b", "c", "d", "e"]:
        assert held[word] == held[word]
    assert len(held.dense) <= 3


# --- the table kept between processes --------------------------------------------


@pytest.fixture
def kept_in(tmp_path, monkeypatch):
    """The cache on, in a folder of its own; factory() built afresh before and after."""
    monkeypatch.setenv("TQCHECK_REGEX_CACHE", "1")
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    factory.cache_clear()
    yield tmp_path
    factory.cache_clear()


def _not_built(*_):
    raise AssertionError("built, not read")


def test_a_kept_table_is_read_back_as_langdetects_own(kept_in, langdetects_own: DetectorFactory, monkeypatch) -> None:
    from tqcheck import langdetect_profiles

    factory()  # built, and kept
    assert (kept_in / langdetect_profiles.FILE_NAME).is_file()
    factory.cache_clear()
    monkeypatch.setattr(langdetect_profiles, "_build", _not_built)
    read = factory()
    assert read.langlist == langdetects_own.langlist
    own, held = langdetects_own.word_lang_prob_map, read.word_lang_prob_map
    assert held.keys() == own.keys() and all(held[word] == row for word, row in own.items())
    detector = read.create()
    detector.append(TEXTS[1])
    mine = [(p.lang, p.prob) for p in detector.get_probabilities()]
    detector = langdetects_own.create()
    detector.append(TEXTS[1])
    assert mine == [(p.lang, p.prob) for p in detector.get_probabilities()]


@pytest.mark.parametrize("change", ["other profiles", "corrupt file", "off"])
def test_a_kept_table_of_anything_else_is_rebuilt(kept_in, monkeypatch, change) -> None:
    import os

    from tqcheck import langdetect_profiles

    factory()
    path = kept_in / langdetect_profiles.FILE_NAME
    factory.cache_clear()
    if change == "other profiles":  # as a changed profile file's size or time would
        real = langdetect_profiles.identity
        monkeypatch.setattr(langdetect_profiles, "identity", lambda *a: (*real(*a), "changed"))
    elif change == "corrupt file":
        path.write_bytes(path.read_bytes()[:1000])
    else:
        monkeypatch.setenv("TQCHECK_REGEX_CACHE", "0")
    before = path.read_bytes()
    built = []
    real_build = langdetect_profiles._build
    monkeypatch.setattr(langdetect_profiles, "_build", lambda *a: built.append(1) or real_build(*a))
    made = factory()
    assert built == [1]
    if change == "off":
        assert path.read_bytes() == before  # neither read nor written
    else:  # written again, for what it was built from now
        made_from = langdetect_profiles.identity(PROFILES_DIRECTORY, os.listdir(PROFILES_DIRECTORY))
        assert langdetect_profiles._read(path, made_from)[0] == made.langlist
