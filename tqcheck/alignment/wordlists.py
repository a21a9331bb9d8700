"""How common a word is, from the ``wordfreq`` frequency lists (about 40
languages, shipped with the package, read offline; a tag is matched to the
closest list, sr to Serbo-Croatian, zh-Hans to Chinese).

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

from tqcheck.writing_systems import lower

_UNAVAILABLE = False


# langcodes' distance from a tag to a list's: a script or a region apart
# (sr-Cyrl -> sh 5, hr -> sh 9, en-GB -> en 5) is the same language. Its
# default bar, 25, also matches a language to another that its speakers
# read (cy -> en 24, eu -> es 20, af -> nl 24, be -> ru 24): that list
# would take every Welsh word for English and every English word left in a
# Welsh translation for Welsh.
SAME_LANGUAGE_DISTANCE = 10


@lru_cache(maxsize=64)
def wordlist_language(lang: str) -> str | None:
    """The ``wordfreq`` list of ``lang`` (sr -> sh, zh-Hans -> zh), of its
    bare language where the tag's script sets it apart (zh-Hant -> zh:
    wordfreq reads Traditional characters as Simplified), or None when there
    is none for the language (or wordfreq is not installed)."""
    try:
        import langcodes
        from wordfreq import available_languages
    except ImportError:
        return None
    supported = list(available_languages())
    tag = lang.replace("_", "-")
    match = langcodes.closest_supported_match(tag, supported, max_distance=SAME_LANGUAGE_DISTANCE)
    if match is None:
        bare = langcodes.Language.get(tag).language
        if bare and bare != tag:
            match = langcodes.closest_supported_match(bare, supported, max_distance=SAME_LANGUAGE_DISTANCE)
    return match


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float | None:
    """Zipf frequency (0 unknown .. 8 for "the") of ``word`` in ``lang``,
    or None when the ``wordfreq`` package is not installed or has no list
    for the language."""
    global _UNAVAILABLE
    if _UNAVAILABLE:
        return None
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        _UNAVAILABLE = True
        return None
    code = wordlist_language(lang)
    if code is None:
        return None
    try:
        return zipf_frequency(lower(word, lang), code)
    except ImportError:
        # Chinese and Japanese need a tokenizer (jieba, MeCab) to split a
        # phrase; a single word is looked up as it is.
        return _listed_zipf(lower(word, lang), code)


def _listed_zipf(word: str, code: str) -> float:
    import math

    if code == "zh":
        word = word.translate(_simplified_map())  # wordfreq's own lookup does so (with jieba)
    freq = _frequencies(code).get(word, 0.0)
    return round(math.log10(freq * 1e9), 2) if freq > 0 else 0.0


@lru_cache(maxsize=1)
def _simplified_map() -> dict[int, str]:
    """wordfreq's table from Traditional to Simplified Chinese characters,
    read as its chinese module reads it (that module needs jieba, which a
    single word's lookup does not)."""
    import gzip

    import msgpack
    from wordfreq.util import data_path

    with gzip.open(data_path("_chinese_mapping.msgpack.gz")) as f:
        return msgpack.load(f, raw=False, strict_map_key=False)


@lru_cache(maxsize=8)
def _frequencies(code: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict(code)


def available() -> bool:
    return zipf("the", "en") is not None



@lru_cache(maxsize=8)
def _sorted_words(lang: str) -> tuple[str, ...]:
    return tuple(sorted(_frequencies(lang)))


def has_word_starting(prefix: str, lang: str) -> bool | None:
    """Whether the ``lang`` word list has a word that starts with ``prefix``
    (асамбле- -> асамблея), or None without the ``wordfreq`` package."""
    if not available():
        return None
    from bisect import bisect_left

    words = _sorted_words(lang)
    low = lower(prefix, lang)
    i = bisect_left(words, low)
    return i < len(words) and words[i].startswith(low)


# --- how international a word is ----------------------------------------------

# Word lists a word's internationality is read in: up to this many of the
# large lists of its script (CLDR script of each wordfreq language), the
# word's own language left out. Each list costs ~0.1 s and ~40 MB once.
PANEL_SIZE = 4
MIN_PANEL = 3


@lru_cache(maxsize=16)
def _panel(script: str, own: str | None) -> tuple[str, ...]:
    try:
        from wordfreq import available_languages
    except ImportError:
        return ()
    from tqcheck.alignment.scripts import language_scripts

    large = sorted(available_languages("large"))
    same = [code for code in large if code != own and script in language_scripts(code)]
    return tuple(same[:PANEL_SIZE])


@lru_cache(maxsize=65536)
def others_zipf(word: str, lang: str) -> float | None:
    """The median Zipf frequency of ``word`` over a panel of other
    languages' large lists of its script (``lang``'s own left out): a word
    borrowed across languages reads there (briefing 2.5, couture 2.8), one
    that stays home does not (furthering, allegation 0). None without the
    lists or a panel of MIN_PANEL languages."""
    from tqcheck.alignment.scripts import word_script

    if zipf(word, lang) is None:
        return None
    panel = _panel(word_script(word), wordlist_language(lang))
    if len(panel) < MIN_PANEL:
        return None
    values = sorted(zipf(word, code) or 0.0 for code in panel)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


# A word the panel's large lists mostly lack is rarer there than their
# floor (Zipf 1), not absent from their languages: read as half the floor
# (Choudhary, 1.35 in Spanish, travels -0.85, a name; it read -1.35).
BELOW_FLOOR = 0.5


@lru_cache(maxsize=65536)
def international(word: str, lang: str, below_floor: bool = True) -> float | None:
    """How much more (or less) common ``word`` is in other languages written
    in its script than in its own: the median Zipf frequency over a panel
    of other languages' lists (BELOW_FLOOR at least, unless not
    ``below_floor``) minus its own. A name travels (Julia 0, Trump -0.6,
    Kavanaugh -1.1) where an ordinary word stays home (Senate -3, Minister
    -2.2, Kingdoms -1.9, Kundgebung -3.3). None without the lists or a
    panel of MIN_PANEL languages."""
    median = others_zipf(word, lang)
    own_zipf = zipf(word, lang)
    if median is None or own_zipf is None:
        return None
    return (max(median, BELOW_FLOOR) if below_floor else median) - own_zipf


# international(): names measured -1.1 and above (Kavanaugh -1.05, Westminster
# -1.0, Julia 0), ordinary words below (Revolution, Navy -1.2, Party -1.3,
# Minister -2.5); a country's own names run lower at home (Merkel -1.4 in German).
TRAVELS = -1.1


def name_like(word: str, lang: str, rare_below: float, below_floor: bool = True) -> bool:
    """Whether a capitalised word reads as a name rather than an ordinary
    word of ``lang`` capitalised by its place: about as common in other
    languages of its script as in its own (a word none of them has,
    Morrisey, counts; see international for ``below_floor``); where no
    panel of such languages exists, rarer than ``rare_below``. False
    without the word lists."""
    own = zipf(word, lang)
    if own is None:
        return False
    travels = international(word, lang, below_floor)
    if travels is not None:
        return travels >= TRAVELS
    # No panel (Cyrillic, Greek, Arabic): a word none of whose forms is
    # common (Вирджиния, Массачусетс), not a form of a common word
    # (Генеральной, Тихому: генерал, тихо).
    stem = stem_zipf(word, lang)
    return own < rare_below if stem is None else stem < ORDINARY_STEM


# The panel's median Zipf under which a word is its language's alone: at
# least half the other lists lack it (furthering; Finnish Frankfurtissa,
# in Frankfurt; not Spanish Orientales, French and Portuguese too).
STAYS_HOME = 1.0


def stays_home(word: str, lang: str) -> bool:
    """Whether the panel of other languages of ``word``'s script mostly
    lacks it (see others_zipf). False without the lists or a panel."""
    others = others_zipf(word, lang)
    return others is not None and others < STAYS_HOME


COMPOUND_PART = 3.0  # Zipf of each part of a compound
MIN_COMPOUND_PART = 4  # letters of each part
MAX_COMPOUND_PARTS = 3  # words of the list a compound is made of (Kirsch-blüten-feste)
_LINKS = ("", "s", "e", "n")  # a linking letter between the parts (Arbeit-s-markt), or none


@lru_cache(maxsize=65536)
def compound(word: str, lang: str, parts: int = MAX_COMPOUND_PARTS) -> bool:
    """Whether ``word`` is two words of ``lang``'s list written as one, each
    of MIN_COMPOUND_PART letters or more and a Zipf of COMPOUND_PART (Mode +
    Hauptstadt), with or without a linking letter; or up to ``parts`` such
    words, its first part a compound itself (Kirsch + Blüten + Feste).
    False without the lists. (Names are made so too, Blackpool: callers ask
    only where capitals mark more than names.)"""
    low = lower(word, lang)
    for cut in range(MIN_COMPOUND_PART, len(low) - MIN_COMPOUND_PART + 1):
        left = low[:cut]
        if (zipf(left, lang) or 0.0) < COMPOUND_PART and not (
            parts > 2 and cut >= 2 * MIN_COMPOUND_PART and compound(left, lang, parts - 1)
        ):
            continue
        for link in _LINKS:
            right = low[cut + len(link) :]
            if low[cut : cut + len(link)] == link and len(right) >= MIN_COMPOUND_PART and (
                zipf(right, lang) or 0.0
            ) >= COMPOUND_PART:
                return True
    return False


STEM_LETTERS = 4
MAX_STEM_SCAN = 400
ORDINARY_STEM = 4.2  # Zipf: a stem this common in some form is an ordinary word's (Генеральной: генерал)


@lru_cache(maxsize=65536)
def stem_zipf(word: str, lang: str) -> float | None:
    """The Zipf frequency of the commonest word of ``lang`` that starts like
    ``word`` less a short ending (all but three letters, four at least):
    an inflected form (Генеральной, Тихому) is rare as a form but its
    word is common. None without the word lists."""
    import math

    code = wordlist_language(lang)
    if code is None or not available():
        return None
    low = _fold(word)
    stem = low[: max(STEM_LETTERS, len(low) - 3)]
    words, freqs = _folded_list(code)
    from bisect import bisect_left

    best = 0.0
    i = bisect_left(words, stem)
    for scanned in range(MAX_STEM_SCAN):
        if i + scanned >= len(words) or not words[i + scanned].startswith(stem):
            break
        best = max(best, freqs[i + scanned])
    return round(math.log10(best * 1e9), 2) if best > 0 else 0.0


def _fold(word: str) -> str:
    from tqcheck.alignment.translit import strip_marks

    return strip_marks(word.lower())


@lru_cache(maxsize=8)
def _folded_list(code: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The word list without accents (Greek πανεπιστήμιο is found from
    Πανεπιστημιακό), sorted, with each folded word's highest frequency."""
    merged: dict[str, float] = {}
    for word, freq in _frequencies(code).items():
        key = _fold(word)
        if freq > merged.get(key, 0.0):
            merged[key] = freq
    keys = tuple(sorted(merged))
    return keys, tuple(merged[k] for k in keys)


@lru_cache(maxsize=64)
def list_floor(lang: str) -> float | None:
    """The Zipf frequency of the rarest word in ``lang``'s list (1 for the
    large lists, 3 for the small ones: Romanian, Turkish, Greek): below it
    every word reads 0. None without the lists."""
    import math

    code = wordlist_language(lang)
    if code is None or not available():
        return None
    freqs = _frequencies(code)
    return round(math.log10(min(freqs.values()) * 1e9), 2) if freqs else None


# --- which language a word's letters read as -------------------------------------

# A letter-trigram model of each language, from the most common words of its
# list (types, not tokens: the commonest words would otherwise be the model).
# Turkish izlediyseniz or English allegation is rare or absent in every
# list it could be looked up in (an inflected form, a list with a floor),
# but its letters say which language wrote it.
LETTER_MODEL_WORDS = 20000
_LETTER_SMOOTHING = 0.1


@lru_cache(maxsize=16)
def _letter_model(code: str) -> tuple[dict[str, int], dict[str, int], int]:
    from collections import Counter

    from wordfreq import top_n_list

    trigrams: Counter[str] = Counter()
    contexts: Counter[str] = Counter()
    letters: set[str] = set()
    for word in top_n_list(code, LETTER_MODEL_WORDS):
        if not word.isalpha():
            continue
        letters.update(word)
        padded = f"^{word}$"
        for i in range(len(padded) - 2):
            trigrams[padded[i : i + 3]] += 1
            contexts[padded[i : i + 2]] += 1
    return dict(trigrams), dict(contexts), len(letters) + 1


def _letter_logprob(word: str, code: str) -> float:
    import math

    trigrams, contexts, alphabet = _letter_model(code)
    padded = f"^{lower(word, code)}$"
    total = 0.0
    for i in range(len(padded) - 2):
        seen = trigrams.get(padded[i : i + 3], 0)
        total += math.log((seen + _LETTER_SMOOTHING) / (contexts.get(padded[i : i + 2], 0) + _LETTER_SMOOTHING * alphabet))
    return total / (len(padded) - 2)


@lru_cache(maxsize=65536)
def letters_lean(word: str, lang: str, other: str) -> float | None:
    """How much more ``word``'s letters read as ``lang`` than as ``other``:
    the mean log-probability per letter trigram under each language's
    letter model (trained on its word list's commonest words), the
    difference. Turkish izlediyseniz leans 2.0 to Turkish against English,
    English allegation 1.2 to English against Turkish, cappuccino -1.2.
    None without the lists."""
    if not available():
        return None
    mine, theirs = wordlist_language(lang), wordlist_language(other)
    if mine is None or theirs is None:
        return None
    return _letter_logprob(word, mine) - _letter_logprob(word, theirs)


# The endings of each language's words: of 2 to 4 letters, counted over the
# same commonest words as the letter models (types). English -ing, -tion
# and Romanian -elor, -ul end many words of their language and few of the
# other's; -ian, -ive end words of both.
ENDING_LETTERS = (2, 3, 4)
MIN_ENDING_WORDS = 20  # words of the list that end so: an ending of the language, not chance


@lru_cache(maxsize=16)
def _endings(code: str) -> tuple[dict[str, int], int]:
    from collections import Counter

    from wordfreq import top_n_list

    counts: Counter[str] = Counter()
    words = 0
    for word in top_n_list(code, LETTER_MODEL_WORDS):
        if not word.isalpha():
            continue
        words += 1
        counts.update(word[-k:] for k in ENDING_LETTERS if len(word) > k + 1)
    return dict(counts), words


@lru_cache(maxsize=65536)
def ending_lean(word: str, lang: str, other: str) -> float | None:
    """How much more ``word``'s ending is ``lang``'s than ``other``'s: over
    its endings of 2 to 4 letters that at least MIN_ENDING_WORDS of
    ``lang``'s commonest words have, the largest log ratio of the share of
    each list's words that end so (furthering: -ring 4.8 for English
    against Romanian; ovarian: -ian 0.5). None without the lists or where
    no ending of the word is one of ``lang``'s."""
    if not available():
        return None
    mine, theirs = wordlist_language(lang), wordlist_language(other)
    if mine is None or theirs is None:
        return None
    import math

    (home, home_words), (there, there_words) = _endings(mine), _endings(theirs)
    low = lower(word, lang)
    leans = [
        math.log((home[end] + 1) / home_words) - math.log((there.get(end, 0) + 1) / there_words)
        for end in (low[-k:] for k in ENDING_LETTERS if len(low) > k + 1)
        if home.get(end, 0) >= MIN_ENDING_WORDS
    ]
    return max(leans) if leans else None
