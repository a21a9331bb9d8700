"""Does each side of a bilingual input look like the language the flags say?

langdetect, seeded so the answer is repeatable. Only a confident, different
answer on enough text produces a warning: short texts and mixed names fool
any detector, and a wrong warning teaches users to ignore the right one.
"""

from __future__ import annotations

from tqcheck.model import Document

MIN_LETTERS = 40
MIN_PROBABILITY = 0.9


def detect(text: str) -> tuple[str, float] | None:
    """(language, probability) of ``text``, or None when undecidable."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    from langdetect import DetectorFactory, detect_langs  # lazy: 0.2 s to load profiles
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text[:5000])[0]
    except LangDetectException:
        return None
    return best.lang.split("-")[0], best.prob


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
