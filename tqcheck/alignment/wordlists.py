"""How common a word is, from the ``wordfreq`` frequency lists (English and
Bulgarian, shipped with the package, read offline).

Used to weigh whether a capitalised word is a name: a capitalised English
word that is rare as a word (Gillard, Oiapoque) is a name, while a common
one (Book, Queen, Hospital) may be an ordinary word that a title or a
missed sentence start capitalised. ``wordfreq`` is imported lazily, on the
first question, so only bilingual runs pay for it (about 0.1 s to import
and 0.1 s to load the English list). Without the package every answer is
``None`` and callers fall back to what they did before.
"""

from __future__ import annotations

from functools import lru_cache

_UNAVAILABLE = False


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float | None:
    """Zipf frequency (0 unknown .. 8 for "the") of ``word`` in ``lang``,
    or None when the ``wordfreq`` package is not installed."""
    global _UNAVAILABLE
    if _UNAVAILABLE:
        return None
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        _UNAVAILABLE = True
        return None
    return zipf_frequency(word.lower(), lang)


def available() -> bool:
    return zipf("the", "en") is not None



@lru_cache(maxsize=8)
def _sorted_words(lang: str) -> tuple[str, ...]:
    from wordfreq import get_frequency_dict

    return tuple(sorted(get_frequency_dict(lang)))


def has_word_starting(prefix: str, lang: str) -> bool | None:
    """Whether the ``lang`` word list has a word that starts with ``prefix``
    (асамбле- -> асамблея), or None without the ``wordfreq`` package."""
    if not available():
        return None
    from bisect import bisect_left

    words = _sorted_words(lang)
    i = bisect_left(words, prefix.lower())
    return i < len(words) and words[i].startswith(prefix.lower())
