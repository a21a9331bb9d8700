"""Names across languages: a capitalised Bulgarian name should reappear in
the translation romanised (Streamlined System, compared on a spelling-
neutral key so Halifaks ~ Halifax) or as its English exonym (Гърция ->
Greece, from ``data/bilingual/bg_en_names.tsv``).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tqcheck.bilingual.anchors import capitalised_words
from tqcheck.bilingual.translit import name_key, transliterate

_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
MIN_NAME_LETTERS = 3  # Рим, Мик, Ли Кан: short names are names too
MIN_SHARED_PREFIX = 4
MIN_KEY_SIMILARITY = 0.75
# English words written with a capital that are not names in Bulgarian
# (months, days, the pronoun I) never count as an unexplained target name.
_ENGLISH_CAPITALISED = frozenset(
    "i january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr prof st".split()
)


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str


@cache
def exonyms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = []
    text = resources.files("tqcheck.data").joinpath("bilingual", "bg_en_names.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stem, _, forms = line.partition("\t")
        rows.append((stem.lower(), tuple(f.lower() for f in forms.split())))
    # Longest stem first: "Бялата" before "Бяла".
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


def source_names(text: str, start: int, end: int) -> list[Name]:
    """Capitalised words of ``text[start:end]`` that are names: not the first
    word of the sentence or a quotation, at least four letters, not an
    all-capital acronym (ЕС/EU, САЩ/US are translated, not transliterated)."""
    chunk = text[start:end]
    out = []
    for s, e, initial in capitalised_words(chunk, bracket_starts=False):
        word = chunk[s:e]
        if initial or len(word) < MIN_NAME_LETTERS or word.isupper():
            continue
        out.append(Name(start + s, start + e, word))
    return out


def target_names(text: str, start: int, end: int) -> list[Name]:
    chunk = text[start:end]
    out = []
    for s, e, initial in capitalised_words(chunk, bracket_starts=False):
        word = chunk[s:e]
        if initial or len(word) < MIN_NAME_LETTERS or word.isupper() or word.lower() in _ENGLISH_CAPITALISED:
            continue
        out.append(Name(start + s, start + e, word))
    return out


@cache
def _keys(word: str) -> tuple[str, ...]:
    """The key of a name and of its English-spelling variants: a soft g
    (George ~ Джордж) and a silent h after a vowel (John ~ Джон)."""
    key = name_key(word)
    variants = {key}
    if not re.search(r"[\u0400-\u04ff]", word):
        low = word.lower()
        soft = re.sub(r"c(?=[eiy])", "s", low)  # Bruce ~ Брус
        soft_g = re.sub(r"g(?=[eiy])", "y", soft)  # George ~ Джордж
        silent_h = re.sub(r"(?<=[aeiou])h", "", soft)  # John ~ Джон
        vowel_w = re.sub(r"^w", "u", soft)  # Wallace ~ Уолъс
        variants |= {name_key(v) for v in (soft, soft_g, silent_h, vowel_w)}
    return tuple(variants)


def _keys_match(a: str, b: str) -> bool:
    if len(a) < 2 or len(b) < 2:
        return False
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    if shared >= min(MIN_SHARED_PREFIX, len(a), len(b)) and min(len(a), len(b)) >= 3:
        return True
    # Collapsed vowels make short keys look alike: compare spellings only
    # for names that start alike.
    return a[0] == b[0] and min(len(a), len(b)) >= 4 and similarity(a, b) >= MIN_KEY_SIMILARITY


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def closest_spelling(name: str, candidates: list[str]) -> tuple[str | None, float]:
    """The candidate spelled most like ``name`` (keys compared) and how alike."""
    best, score = None, 0.0
    for word in candidates:
        value = max(similarity(a, b) for a in _keys(name) for b in _keys(word))
        if value > score:
            best, score = word, value
    return best, score


@cache
def _exonym_forms(word: str) -> tuple[str, ...]:
    low = word.lower()
    for stem, forms in exonyms():
        if low.startswith(stem):
            return forms
    return ()


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def name_found(name: str, other_words: list[str]) -> bool:
    """Whether ``name`` (either language) reappears among ``other_words``."""
    keys = _keys(name)
    low = name.lower()
    forms = _exonym_forms(name)
    for word in other_words:
        wl = word.lower()
        if wl == low or any(_keys_match(a, b) for a in keys for b in _keys(word)):
            return True
        if forms and any(wl.startswith(f) for f in forms):
            return True
        back = _exonym_forms(word)
        if back and any(low.startswith(f) for f in back):
            return True
    return False


# Bulgarian definite-article and adjective endings: a capitalised word that
# carries one is usually part of a translated name (Книгата на рекордите,
# Асоциацията), which may legitimately read differently in English.
# (-ия stays although country names end so, Турция: on FLORES and NTREX
# dropping it caught 10 more of 200 swapped names for 6 more false alarms.)
_TRANSLATED_ENDINGS = re.compile(
    r"(?:ът|ят|та|то|те|ия|ият|ата|ото|ите|ска|ско|ски|ската|ския|ският|ното|ната|ния|ният|ен|на|но|ни)$"
)


# The endings above that only a common noun or adjective carries (a definite
# article, an adjective suffix); bare -ия, -на, -ен are place names too
# (Палестина, Гренландия, Виена).
_DEFINITE_OR_ADJECTIVE = re.compile(
    r"(?:ът|ят|та|то|те|ият|ите|ска|ско|ски|ският|ният|ната|ното|ни)$"
)


def translated_name(word: str) -> bool:
    return bool(_TRANSLATED_ENDINGS.search(word.lower()))


# The definite article of a Bulgarian name (Хаваите, Балканите, Хагата):
# the stem without it is what the English form spells.
_ARTICLE = re.compile(r"(?:ите|ата|ята|ото|ът|ят|та|то|те)$")


def stem_found(name: str, other_words: list[str]) -> bool:
    """Whether ``name`` without its definite article reappears."""
    stem = _ARTICLE.sub("", name.lower())
    if stem == name.lower() or len(stem) < MIN_NAME_LETTERS:
        return False
    return name_found(name[0] + stem[1:], other_words)


# How common a word must be to pass for an ordinary word (Zipf scale of
# ``wordfreq``: 7 is "the", 5 "hospital", 4 "hurricane", 3 "Rockies").
RARE_ENGLISH = 4.0  # rarer than this, a capitalised English word is a name
COMMON_ENGLISH = 5.0  # Hospital, After, One: a missed sentence start
COMMON_BULGARIAN = 5.5  # Според, След, Най, Всички: a missed sentence start


def changed_name(source: str, target: str) -> bool:
    """Whether a source name missing from the translation and an unexplained
    capitalised target word (spelled differently) make a changed name, the
    major finding; False leaves it a missing name.

    A source word with a listed English form (Турция -> Turkey) is a name
    whose English spelling is known, so its absence next to another name is
    a change. A capitalised English word that is rare as a word (Gillard,
    Oiapoque) is a name, not the translation of a Bulgarian word. Otherwise
    the pair counts only when neither side is a common word of its language
    (Според/Hospital after a headline without a full stop) and the source
    word does not look translated (Книгата на рекордите / Book of Records)."""
    from tqcheck.bilingual.wordlists import zipf

    target_zipf = zipf(target, "en")
    if _exonym_forms(source):
        return target_zipf is None or target_zipf < COMMON_ENGLISH
    if _DEFINITE_OR_ADJECTIVE.search(source.lower()):
        return False  # Асамблеята, Британската: an ordinary noun or adjective, translated
    if target_zipf is not None and target_zipf < RARE_ENGLISH:
        return True  # Палестина -> Fernando: a bare -ия/-на word is a place name too
    if translated_name(source):
        return False
    if target_zipf is not None and target_zipf >= COMMON_ENGLISH:
        return False
    source_zipf = zipf(source, "bg")
    return source_zipf is None or source_zipf < COMMON_BULGARIAN
