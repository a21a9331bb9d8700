"""Names across languages: a capitalised Bulgarian name should reappear in
the translation romanised (Streamlined System, compared on a spelling-
neutral key so Halifaks ~ Halifax) or as its English exonym (Гърция ->
Greece, from ``data/bilingual/bg_en_names.tsv``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tqcheck.alignment.anchors import capitalised_words
from tqcheck.alignment.anynames import common_subsequence, title_abbreviation
from tqcheck.alignment.numbers import is_number_word
from tqcheck.alignment.translit import has_cyrillic, name_key, transliterate
from tqcheck.writing_systems import WORD

_WORD = re.compile(WORD)
MIN_NAME_LETTERS = 3  # Рим, Мик, Ли Кан: short names are names too
MIN_SHARED_PREFIX = 4
MIN_KEY_SIMILARITY = 0.75
MIN_FUZZY_KEY = 5  # key letters a fuzzy (not prefix) match needs
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


def source_names(text: str, start: int, end: int, lang: str = "bg") -> list[Name]:
    """Capitalised words of ``text[start:end]`` that are names: not the first
    word of the sentence or a quotation, at least three letters, not an
    all-capital acronym (ЕС/EU, САЩ/US are translated, not transliterated),
    not a number word (a headline's ``Двадесет``: numbers are TQ701's)."""
    chunk = text[start:end]
    out = []
    for s, e, initial in capitalised_words(chunk, bracket_starts=False):
        word = chunk[s:e]
        if initial or len(word) < MIN_NAME_LETTERS or word.isupper() or is_number_word(word, lang):
            continue
        if title_abbreviation(chunk, s, e):
            continue
        out.append(Name(start + s, start + e, word))
    return out


def calendar_found(word: str, lang: str, other: str, other_lang: str) -> bool:
    """Whether ``word`` is a month or a day of the week in ``lang`` (CLDR's
    names: August, Montag) that ``other`` names in ``other_lang`` (август):
    translated, as months are. (Theresa May stays a name: the translation
    has Мей, not май.)"""
    from tqcheck.alignment.cldr_names import concept_in, spelled_concepts

    calendar = frozenset(c for c in spelled_concepts(word, lang) if c[0] in "MD")
    return bool(calendar) and concept_in(calendar, other, other_lang)


def target_names(text: str, start: int, end: int, lang: str = "en") -> list[Name]:
    chunk = text[start:end]
    out = []
    for s, e, initial in capitalised_words(chunk, bracket_starts=False):
        word = chunk[s:e]
        if initial or len(word) < MIN_NAME_LETTERS or word.isupper() or word.lower() in _ENGLISH_CAPITALISED:
            continue
        if is_number_word(word, lang) or title_abbreviation(chunk, s, e):
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
    # Collapsed vowels make short keys look alike (Chase ~ Хърши, Korea ~
    # Каса on four letters): compare spellings only for longer keys that
    # start alike.
    return a[0] == b[0] and min(len(a), len(b)) >= MIN_FUZZY_KEY and similarity(a, b) >= MIN_KEY_SIMILARITY


# Consonants by where they are said: a name respelled in another language
# keeps its consonants' classes (Руж ~ Rouge, Шарлот ~ Charlotte, Хюстън ~
# Houston) though letters and vowels change: lips (b p f v w), velars
# (g k c q), hissing (s z), hushing (zh sh ch j), teeth (d t), l, m n, r.
# Vowels, y and h are dropped, h being often silent or added (Khufu).
_CONSONANT_CLASS = str.maketrans("bpfvwgkcqszjdtlmnr", "111112222778334556", "aeiouyh")
_LIGHT_STEPS = (
    ("chr", "kr"), ("sch", "j"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("gh", ""), ("kh", "k"),
    ("dzh", "j"), ("zh", "j"), ("sh", "j"), ("ch", "j"), ("dj", "j"), ("ts", "s"), ("tz", "s"), ("x", "ks"),
    ("q", "k"),
)
# Share of the longer skeleton that two spellings have in common, in order.
# Spellings of one name on FLORES and NTREX reach 0.5 with the same first
# consonant (Уейнс ~ Wayne, Литлоу ~ Lithgow) or 0.6 without (Нот ~ Knott);
# different names mostly stay below (Мик ~ Marion 0.33, Джери ~ Smyrna).
SOUNDS_ALIKE = 0.5
SOUNDS_ALIKE_ANY_START = 0.6


def _latin_letters(word: str) -> str:
    latin = unicodedata.normalize("NFKD", transliterate(word).lower())
    return "".join(ch for ch in latin if "a" <= ch <= "z")


def _skeletons(word: str) -> set[str]:
    """The consonant classes of each reading of ``word``."""
    bases = [_latin_letters(word)]
    ending = _INFLECTED.search(word.lower()) if has_cyrillic(word) else None
    if ending is not None and ending.start() >= MIN_NAME_LETTERS:
        bases.append(_latin_letters(word[: ending.start()]))  # Фолкландските ~ Falklands: the stem too
    # Letters other languages read otherwise: Jose ~ Хосе (a Spanish j),
    # Aceh ~ Ачех (c as ch), Qing ~ Цин and Xining ~ Синин (pinyin), Canaan ~
    # Ханаан (a Greek or Hebrew ch).
    readings = {
        reading
        for latin in bases
        for reading in (
            latin, re.sub(r"^j", "h", latin), re.sub(r"c(?=[ei])", "ch", latin), re.sub(r"^q", "ts", latin),
            re.sub(r"^x", "s", latin), re.sub(r"^h", "k", latin),
        )
    }
    out = set()
    for reading in readings:
        reading = re.sub(r"(?<=[aeiou])w", "", reading)  # a vowel's w: Newman ~ Нюман, Lithgow
        for old, new in _LIGHT_STEPS:
            reading = reading.replace(old, new)
        reading = re.sub(r"c(?=[eiy])", "s", reading)
        # George ~ Джордж (a soft g), Wayne ~ Уейнс (w for a vowel).
        for variant in (reading, re.sub(r"g(?=[eiy])", "j", reading), re.sub(r"^w", "u", reading)):
            out.add(re.sub(r"(.)\1+", r"\1", variant.translate(_CONSONANT_CLASS)))
    return out


@cache
def sounds_alike(a: str, b: str) -> bool:
    """Whether two names (either script) keep the same consonants in the
    same order: two spellings of one name rather than two names whose
    spelling-neutral keys merely look alike once vowels collapse. A name
    with no consonant left (Джо, Joe) says nothing and passes. One that
    starts with a vowel and one that starts with a consonant are two names
    (Iceland ~ Сентинел, Iwasaki ~ Сорк), however many consonants follow
    alike: a respelling keeps its first sound (h, w, y, j count as either:
    Hazard ~ Азар, Whitehall ~ Уайтхол, Eugene ~ Юджийн)."""
    if _opens_with_vowel(a) != _opens_with_vowel(b) and None not in (_opens_with_vowel(a), _opens_with_vowel(b)):
        return False
    for sa in _skeletons(a):
        for sb in _skeletons(b):
            if not sa or not sb:
                return True
            shared = common_subsequence(sa, sb) / max(len(sa), len(sb))
            if shared >= SOUNDS_ALIKE_ANY_START or (sa[0] == sb[0] and shared >= SOUNDS_ALIKE):
                return True
    return False


def _opens_with_vowel(word: str) -> bool | None:
    """Whether a name starts with a vowel (True) or a consonant (False);
    None for h, w, y, j and Cyrillic я, ю, й, which are read either way."""
    first = _latin_letters(word[:1])[:1]
    if not first or first in "hwyj":
        return None
    return first in "aeiou"


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


# Languages that capitalise every name and most words made from one
# (English: Greek, Singaporean). There a lowercase word that merely spells
# like a name (singing ~ Сингх, stage ~ Стивън, when ~ Йоханесбург) is no
# evidence: it counts only when it is a listed English form (southern ~
# Южна, the moon ~ Луната) or spells exactly the same (bhajan ~ Бхаджан).
# Bulgarian writes such adjectives in lower case (сингапурския), so there
# every word counts.
CAPITALISES_NAMES = frozenset({"en"})
_DOTTED_ACRONYM = re.compile(r"(?<!\w)(?:[A-Z]\.){2,}")  # U.K., U.S.


@dataclass(frozen=True)
class NameWords:
    """Words that may carry a name: ``loose`` ones (capitalised) match a
    name on its spelling-neutral key; ``stems`` (lower-case words of a
    language that writes name adjectives small: сингапурския, французи)
    only when they start with the name's key; ``strict`` ones (lower-case
    English) only as a listed form or the very same key."""

    loose: tuple[str, ...]
    strict: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()


def name_words(text: str, lang: str) -> NameWords:
    """The words of ``text`` that may carry a name in ``lang``."""
    words = _WORD.findall(text) + [m.group(0).replace(".", "") for m in _DOTTED_ACRONYM.finditer(text)]
    capitalised = tuple(w for w in words if w[:1].isupper())
    small = tuple(w for w in words if not w[:1].isupper())
    if lang.split("-")[0].lower() in CAPITALISES_NAMES:
        # A very common word capitalised by its place (Some, After at a
        # sentence start; West or State inside a name stay) is no name: it matches as a lower-case word does,
        # else Some ~ Земята on letters alone.
        initial = {text[a:b] for a, b, first in capitalised_words(text) if first}
        common = tuple(w for w in capitalised if w in initial and _very_common(w, lang))
        return NameWords(tuple(w for w in capitalised if w not in common), strict=small + common)
    return NameWords(capitalised, stems=small)


@cache
def _abbreviations() -> frozenset[str]:
    """Listed English forms written in capitals (US, UN, DC), lower-cased."""
    text = resources.files("tqcheck.data").joinpath("bilingual", "bg_en_names.tsv").read_text("utf-8")
    return frozenset(
        f.lower() for line in text.splitlines() if not line.startswith("#")
        for f in line.partition("\t")[2].split() if f.isupper() and len(f) > 1
    )


def _form_matches(word: str, form: str) -> bool:
    """Whether ``word`` is the listed English ``form`` (lower case) or starts
    with it (Canada's, Americans); a form of three letters or fewer must be
    the whole word (UN is not University, Sun not Sunday), and a listed
    abbreviation must be written in capitals (US, not the pronoun us)."""
    low = word.lower()
    if len(form) <= 3:
        whole = low in (form, form + "'s", form + "’s")
        return whole and (form not in _abbreviations() or word[: len(form)].isupper())
    return low.startswith(form)


def name_found(name: str, other_words: "list[str] | NameWords") -> bool:
    """Whether ``name`` (either language) reappears among ``other_words``."""
    words = other_words if isinstance(other_words, NameWords) else NameWords(tuple(other_words))
    if international_found(name, words):
        return True
    keys = _keys(name)
    low = name.lower()
    forms = _exonym_forms(name)
    tiers = [(w, "loose") for w in words.loose] + [(w, "stem") for w in words.stems]
    for word, tier in tiers + [(w, "strict") for w in words.strict]:
        wl = word.lower()
        if wl == low:
            return True
        if tier == "loose" and any(_keys_match(a, b) for a in keys for b in _keys(word)) and (
            any(a == b for a in keys for b in _keys(word))
            or (
                wl not in _ENGLISH_CAPITALISED
                and any(a.startswith(b) or b.startswith(a) for a in keys for b in _keys(word))
            )
            or (sounds_alike(name, word) and not _listed_elsewhere(word, forms))
        ):
            # A fuzzy match must keep the consonants too (Carolina is not
            # Казабланка); a key that begins another is an abbreviation
            # (Juve ~ Ювентус, Livi ~ Ливингстън), but a month or day is
            # none (July's "ala" begins Олимпиадата's "alampadata").
            return True
        if tier == "stem" and any(_stem_match(a, b) for a in keys for b in _keys(word)) and _opens_alike(name, word):
            return True
        if tier == "strict" and set(keys) & set(_keys(word)) and min(len(k) for k in keys) >= MIN_NAME_LETTERS:
            return True
        if forms and any(_form_matches(word, f) for f in forms):
            return True
        back = _exonym_forms(word)
        if back and any(_form_matches(name, f) for f in back):
            return True
        if forms and back and set(forms) & set(back):
            return True  # one English name for both (Германия, немските: German)
    return False


@cache
def _listed_forms(word: str) -> frozenset[str]:
    """The listed English forms that ``word`` is (Sweden: sweden)."""
    if has_cyrillic(word):
        return frozenset()
    return frozenset(f for _, forms in exonyms() for f in forms if _form_matches(word, f))


def _listed_elsewhere(word: str, forms: tuple[str, ...]) -> bool:
    """Whether ``word`` is the listed English form of another name than the
    one whose forms are ``forms`` (when it has some): Sweden is Швеция's,
    so it is not a respelling of Съединен (United), however alike their
    letters (s-d-n)."""
    if not forms:
        return False  # a name with no listed form: nothing to contradict
    listed = _listed_forms(word)
    return bool(listed) and not listed & set(forms)


def _very_common(word: str, lang: str) -> bool:
    from tqcheck.alignment.wordlists import zipf

    value = zipf(word, lang)
    return value is not None and value >= VERY_COMMON_ENGLISH


STEM_CONSONANTS = 3


def _opens_alike(name: str, word: str) -> bool:
    """Whether a word made from a name starts with the name's first three
    consonants, in their classes (Сингапур ~ сингапурския, French ~
    французи): vowels collapse in keys, so four key letters alone let a
    verb pass for a name (Super ~ започна: s-p-r against z-p-ch-n). An
    English c is read hard too (Ocean ~ океан, Celtic ~ келтски)."""
    readings = _skeletons(name) | _skeletons(name.replace("c", "k"))
    return any(sw.startswith(sn[:STEM_CONSONANTS]) for sn in readings for sw in _skeletons(word))


def _stem_match(name_key_: str, word_key: str) -> bool:
    """A lower-case word made from a name starts with the name's key, four
    letters at least (Сингапур ~ сингапурския, French ~ французи); a short
    or fuzzy likeness (Niue ~ на, Miller ~ малко) is chance."""
    shared = min(len(name_key_), MIN_SHARED_PREFIX)
    return len(word_key) >= shared >= MIN_SHARED_PREFIX and word_key[:shared] == name_key_[:shared]


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
    if not_an_article(word):
        return False
    return bool(_TRANSLATED_ENDINGS.search(word.lower()))


# Article endings and what the word is without them: Революцията ->
# революция, Сената -> сенат, Слънцето -> слънце, Балканите -> балкани.
# (-а, -я: the short masculine article, Комитета -> комитет.)
_ARTICLE_BASES = (
    ("ята", 2), ("ата", 3), ("ата", 2), ("та", 2), ("ът", 2), ("ят", 2), ("то", 2), ("ите", 2), ("те", 2),
    ("а", 1), ("я", 1),
)
# Adjectives with the article: Британския -> британски, Апелативния ->
# апелативен.
_ADJECTIVE_BASES = (("ия", "и"), ("ния", "ен"))
MIN_BASE_ZIPF = 1.0
# A word this common is an ordinary word whatever its ending (Представете,
# a verb); the names that end like an article (Гьоте 3.4, Минесота 3.5)
# are rarer.
ORDINARY_BULGARIAN = 4.0


@cache
def not_an_article(word: str) -> bool:
    """Whether a capitalised word's article-like ending is part of the name
    (Гьоте, Минесота, Шарлота): no form of it without the article is a
    Bulgarian word, where Революцията (революция) and Сената (сенат) are
    definite common nouns. False without the word lists or the ending."""
    from tqcheck.alignment.wordlists import zipf

    low = word.lower()
    bases = [low[:-cut] for e, cut in _ARTICLE_BASES if low.endswith(e) and len(low) - cut >= MIN_NAME_LETTERS]
    bases += [low[: -len(e)] + add for e, add in _ADJECTIVE_BASES if low.endswith(e) and len(low) - len(e) >= MIN_NAME_LETTERS]
    if not bases:
        return False
    whole = zipf(low, "bg")
    if whole is None or whole >= ORDINARY_BULGARIAN:
        return False
    for base in bases:
        value = zipf(base, "bg")
        if value is None:
            return False  # no word lists: keep reading the ending as an article
        if value >= MIN_BASE_ZIPF:
            return False
    return True


# The definite article of a Bulgarian name (Хаваите, Балканите, Хагата):
# the stem without it is what the English form spells.
_ARTICLE = re.compile(r"(?:ите|ата|ята|ото|ът|ят|та|то|те)$")


# The definite article (long forms -ия, -ият included) and adjective endings:
# a word that ends so may be an inflected common word or an adjective made
# from a name (Приднестровска ~ Transnistrian) even when the word list
# lacks it.
_INFLECTED = re.compile(r"(?:ите|ата|ята|ото|ът|ят|та|то|те|ия|ият|ска|ско|ски|ския|ският)$")


# Endings of Bulgarian internationalisms and their English counterparts:
# Революция ~ revolution, Декларация ~ declaration, Комисия ~ commission,
# Олимпиада ~ Olympiad, Olympics, Република ~ republic, Академия ~ academy.
# A capitalised common noun so made (a historical event, a document) has a
# known English form, as a listed exonym has.
_INTERNATIONAL_ENDINGS = (
    ("ция", ("tion", "ce")), ("сия", ("sion",)), ("изъм", ("ism",)), ("иада", ("iad", "ics")),
    ("ика", ("ic", "ics")), ("ия", ("y", "ia")),
)
MIN_INTERNATIONAL_KEY = 6  # key letters: shorter words match by chance


@cache
def international_forms(word: str) -> tuple[str, ...]:
    """English spellings of a capitalised Bulgarian internationalism, with
    or without its definite article (Декларацията -> declaration); () for
    any other word."""
    if not has_cyrillic(word):
        return ()
    low = word.lower()
    bases = {low} | {low[:-cut] for e, cut in _ARTICLE_BASES if low.endswith(e) and len(low) - cut >= MIN_NAME_LETTERS}
    forms = []
    for base in sorted(bases):
        for ending, english in _INTERNATIONAL_ENDINGS:
            if ending == "ия" and base == low:
                break  # Гигантския, Средния: -ия without an article stripped is an adjective's
            if base.endswith(ending):
                stem = _latin_letters(base[: -len(ending)])
                forms += [stem + e for e in english if len(name_key(stem + e)) >= MIN_INTERNATIONAL_KEY]
                break
    return tuple(dict.fromkeys(forms))


def international_found(name: str, words: "NameWords") -> bool:
    """Whether an English counterpart of the internationalism ``name`` is
    among ``words``, in any case (the Declaration, after the revolution):
    the same spelling-neutral key, or one it begins (Revolutionary)."""
    keys = {name_key(f) for f in international_forms(name)}
    return bool(keys) and any(
        name_key(w).startswith(k) for w in words.loose + words.strict + words.stems for k in keys
    )


def lemma(word: str) -> str:
    """A Bulgarian word without its article or adjective ending, lower case
    (Фолкландските, Фолкландската -> фолкландск; Декларацията,
    Декларация -> декларац, the final vowel going too): forms of one word
    share it."""
    low = word.lower()
    stem = re.sub(r"[аъоуеиюя]+$", "", _INFLECTED.sub("", low))
    return stem if len(stem) >= MIN_SHARED_PREFIX else low  # Мари, Мария: too short to tell


def stem_found(name: str, other_words: "list[str] | NameWords") -> bool:
    """Whether ``name`` without its definite article reappears."""
    stem = _ARTICLE.sub("", name.lower())
    if stem == name.lower() or len(stem) < MIN_NAME_LETTERS or not_an_article(name):
        return False
    return name_found(name[0] + stem[1:], other_words)


# How common a word must be to pass for an ordinary word (Zipf scale of
# ``wordfreq``: 7 is "the", 5 "hospital", 4 "hurricane", 3 "Rockies").
RARE_ENGLISH = 4.0  # rarer than this, a capitalised English word is a name
COMMON_ENGLISH = 5.0  # Hospital, After, One: a missed sentence start
COMMON_BULGARIAN = 5.5  # Според, След, Най, Всички: a missed sentence start
UNKNOWN_BULGARIAN = 1.0  # rarer than this, a word is no Bulgarian word but a foreign name
VERY_COMMON_ENGLISH = 6.0  # New, City is 5.6


def unknown_word(word: str) -> bool:
    """Whether ``word`` is missing from the Bulgarian word list (False
    without the word lists)."""
    from tqcheck.alignment.wordlists import zipf

    value = zipf(word, "bg")
    return value is not None and value < UNKNOWN_BULGARIAN


def foreign_name(word: str) -> bool:
    """Whether a capitalised Bulgarian word is no Bulgarian word at all but a
    foreign name (Кудебак, Прадеш): unknown to the Bulgarian word list and
    without an article or adjective ending (Рижкия, Геологичните are
    inflected common words the list lacks; an adjective made from a name,
    Приднестровска, may be translated: Transnistria). False without the
    word lists."""
    return unknown_word(word) and not _INFLECTED.search(word.lower())


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
    from tqcheck.alignment.wordlists import has_word_starting, zipf

    target_zipf = zipf(target, "en")
    if _exonym_forms(source) or international_forms(source):
        return target_zipf is None or target_zipf < COMMON_ENGLISH
    source_zipf = zipf(source, "bg")
    ending = _INFLECTED.search(source.lower())
    if (
        source_zipf is not None and source_zipf < UNKNOWN_BULGARIAN and ending is not None
        and target_zipf is not None and target_zipf < COMMON_ENGLISH
        and not has_word_starting(source.lower()[: max(MIN_SHARED_PREFIX, ending.start() - 1)], "bg")
    ):
        # A word the Bulgarian list lacks, with an ending but no listed word
        # of its stem (Фолкландските, Замбия, Мариански, where Асамблеята has
        # асамблея): a name or an adjective made from one; an English word
        # that is not a common one (Miller, Carolina) in its place is
        # another name.
        return True
    if foreign_name(source) and (target_zipf is None or target_zipf < VERY_COMMON_ENGLISH):
        # Not a Bulgarian word at all (Кудебак, Прадеш, Лантаган): a
        # foreign name, which is transliterated, never translated. (New,
        # The, One are too common to be what replaced a name.)
        return True
    if _DEFINITE_OR_ADJECTIVE.search(source.lower()) and not not_an_article(source):
        return False  # Асамблеята, Британската: an ordinary noun or adjective, translated
    if source_zipf is not None and source_zipf >= COMMON_BULGARIAN:
        return False  # Още, Според: a missed sentence start, not a name
    if target_zipf is not None and target_zipf < RARE_ENGLISH:
        return True  # Палестина -> Fernando: a bare -ия/-на word is a place name too
    if translated_name(source):
        return False
    if target_zipf is not None and target_zipf >= COMMON_ENGLISH:
        return False
    return source_zipf is None or source_zipf < COMMON_BULGARIAN
