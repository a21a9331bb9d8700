"""Language identification: cheap signals first, langdetect when needed.

Two questions: is a checked text in the language configured
(:func:`confirm_language`), and is each side of a bilingual input in the
language the flags say (:func:`check_languages`).

langdetect costs about 0.2 s to load its profiles, which alone would eat the
hook's budget, so a text is first scored against short function-word lists;
only when that is not decisive is langdetect asked (seeded, so the answer is
deterministic).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from tqcheck.locale import base_language

if TYPE_CHECKING:
    from tqcheck.model import Document

# The most frequent function words; distinct enough to tell these apart.
FUNCTION_WORDS = {
    "en": "the of and to in is that for it was on with as by at from this be are have has said not but an",
    "bg": "и на в за да се от с е че по са не като които това но до ще който от към след има",
    "ru": "и в не на что с по это как а он к из у за от то же было но для так",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an",
    "fr": "le la les de des et à un une est que pour qui dans en du au sur par pas plus ne se il",
}
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
CYRILLIC_LANGS = frozenset("bg ru uk sr mk be kk".split())


@cache
def _profiles() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words.split()) for lang, words in FUNCTION_WORDS.items()}


def function_word_scores(text: str) -> dict[str, float]:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return {}
    return {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _profiles().items()}


def script_of(text: str) -> str | None:
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr + lat == 0:
        return None
    return "cyrillic" if cyr > lat else "latin"


def quick_guess(text: str) -> str | None:
    """A language when the function words decide it clearly, else None."""
    scores = function_word_scores(text)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 0.12 and top >= 2 * second:
        return best
    return None


def langdetect_guess(text: str) -> tuple[str, float] | None:
    # lazy: langdetect takes 0.2 s to load its profiles
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text[:5000])[0]
    except LangDetectException:
        return None
    return best.lang, best.prob


def identify(text: str) -> tuple[str | None, str]:
    """(language, how it was decided). The function words only confirm an
    expected language; naming an unexpected one is langdetect's job (Italian
    shares "la", "le", "il" with French)."""
    result = langdetect_guess(text)
    if result is None:
        return None, "langdetect found no features"
    return result[0], f"langdetect, p={result[1]:.2f}"


def confirm_language(text: str, expected: str) -> list[str]:
    """Notes for the report when the text's language is not ``expected``."""
    base = base_language(expected)
    if len(_WORD.findall(text)) < 5:
        return []
    script = script_of(text)
    if script == "cyrillic" and base not in CYRILLIC_LANGS or script == "latin" and base in CYRILLIC_LANGS:
        lang, how = identify(text)
        return [f"warning: the text is mostly in {script} script ({lang or 'unknown'} by {how}), "
                f"but --target-lang is {expected}"]
    guess = quick_guess(text)
    if guess == base or (guess is None and base not in FUNCTION_WORDS and script is not None):
        return []
    lang, how = identify(text)
    if lang is not None and lang.split("-")[0] != base:
        return [f"warning: the text looks like {lang} ({how}), but --target-lang is {expected}"]
    return []


# --- bilingual inputs ----------------------------------------------------------
# Only a confident, different answer on enough text produces a warning: short
# texts and mixed names fool any detector, and a wrong warning teaches users to
# ignore the right one.
MIN_LETTERS = 40
MIN_PROBABILITY = 0.9


def detect(text: str) -> tuple[str, float] | None:
    """(base language, probability) of ``text``, or None when undecidable."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    found = langdetect_guess(text)
    return None if found is None else (found[0].split("-")[0], found[1])


def check_languages(source_doc: Document, target_doc: Document, source_lang: str, target_lang: str) -> list[str]:
    """Warnings, one line each, where detection disagrees with the flags."""
    warnings = []
    for side, doc, expected in (("source", source_doc, source_lang), ("target", target_doc, target_lang)):
        found = detect(doc.checked_text)
        want = expected.split("-")[0].lower()
        if found is None:
            continue
        lang, probability = found
        # langdetect confuses Bulgarian with Macedonian and Russian on short text.
        close = {"bg": {"mk"}, "mk": {"bg"}}.get(want, set())
        if lang != want and lang not in close and probability >= MIN_PROBABILITY:
            warnings.append(
                f"the {side} ({doc.path}) looks like {lang!r}, not {want!r} as given "
                f"(detected with probability {probability:.2f}); check --source-lang/--target-lang"
            )
    if len(warnings) == 2 and detect(source_doc.checked_text) and detect(target_doc.checked_text):
        s, t = detect(source_doc.checked_text)[0], detect(target_doc.checked_text)[0]  # type: ignore[index]
        if s == target_lang.split("-")[0] and t == source_lang.split("-")[0]:
            warnings.append("source and target look swapped")
    return warnings
