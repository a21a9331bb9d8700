"""Names across any two languages: whether a name of one side reappears on
the other, written in its script and spelling.

A name crosses languages by sound, so both sides are romanised
(``translit``: anyascii for scripts other than Latin and Cyrillic) and cut
down to a skeleton of consonant classes: lips (b p f v), velars (g k c q),
hissing and hushing sounds (s z j, sh ch zh ts), teeth (d t), liquids
(l r: Chinese writes l for r), nasals (m n). Vowels, h, w and y go: Arabic
writes no short vowels and w/y for long ones. Letters that other
alphabets' romanisations read otherwise give extra readings (a Greek "mp"
is b, "nt" d; pinyin x, q and c are hissing sounds; a Spanish j is h).
Trump, Трамп, Τραμπ, ترامب and 特朗普 (te-lang-pu) all read t-l-n-p.

In a language written without spaces (Chinese, Japanese), a name is a run
of characters inside a longer run, so every window of 2-6 characters is a
candidate; in a caseless spaced script (Arabic, Hebrew) a word may carry a
one- or two-letter prefix (a conjunction, a preposition, an article).
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from tqcheck.alignment.scripts import UNSPACED, char_script, has_case, script_words
from tqcheck.alignment.translit import fold_latin, letter_count, strip_marks, transliterate
from tqcheck.writing_systems import LETTER_OR_MARK, fold_lookalikes

# Consonant classes (vowels, h, w, y dropped).
_CLASSES = str.maketrans("bpfvgkcqszjdtlrmnx", "111122223334455663", "aeiouyhw")
# Alternative readings of romanised letters, tried one at a time.
_READINGS = (
    (r"^mp", "b"), (r"^nt", "d"), (r"gk", "g"), (r"nt", "nd"),  # Greek
    (r"c(?=[eiy])", "s"), (r"(?<=[aeiou])c(?=a)", "ts"), (r"ch", "k"), (r"^j", "h"), (r"j", "y"), (r"x", "ks"), (r"q", "k"),
    (r"^h", "g"),  # Cyrillic writes H as Г (Гарлем, Гамбург)
    (r"w", "v"), (r"gh", ""),  # pinyin w for v (瓦 wa), a silent English gh
    (r"q(?=[iy])", "ts"),  # pinyin q before i: Qing ~ Цин, Τσινγκ (not Iraq's q, nor Quinn's)
    (r"ch", "h"),  # Greek χ, a Spanish j, a German ch: Juan ~ Χουάν, Άνχελ ~ Angel
    (r"ch", "ts"),  # an English or Spanish ch, which Greek writes τσ: Chase ~ Τσέις
    (r"g(?=[eiy])", "j"), (r"g", "h"),  # a soft g (Farage ~ Фарадж); Ukrainian г is h (Йоганнес)
)
# Readings applied together: how one alphabet respells another's names.
_PROFILES = (
    # English names in Cyrillic or Greek letters: Wallace ~ Воллес, Howard ~ Говард.
    ((r"w", "v"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"g(?=[eiy])", "j"), (r"^h", "g"), (r"x", "ks"), (r"qu", "kv")),
    # Greek digraphs: Εντουάρντο ~ Eduardo, Μπόρις ~ Boris, Γιονγκ ~ Jong, Τζόνσον ~ Johnson,
    # and the w that Greek spells γου, read as the v that English w reads as: Γουέμπ ~ Webb,
    # Γουιντόντο ~ Widodo, Γουόλ ~ Wall.
    ((r"^goy", "v"), (r"^gi", "j"), (r"gk", "g"), (r"mp", "b"), (r"nt", "d"), (r"tz", "j")),
)
_BASE_STEPS = (
    ("dzh", "j"), ("dj", "j"), ("sch", "s"), ("tch", "c"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("kh", "k"), ("gh", "g"),
    ("sh", "s"), ("zh", "j"), ("ts", "s"), ("tz", "s"), ("dz", "s"), ("ng", "n"),
)
MIN_SKELETON = 2
MIN_STRONG_SKELETON = 3  # consonants of a skeleton that, the same on both sides, settle it
SAME_START = 0.67  # share of the longer skeleton kept in order, same first sound (not 2 of 3, 3 of 5)
ANY_START = 0.75
UNSPACED_SAME = 0.75  # a window of a script without spaces: stricter, as windows are many
# Romanised letters, vowels included, must be this alike too (SequenceMatcher
# ratio): skeletons alone let a name match a random word of a sentence in
# one case in three; with the letters, in one in fifty (en names against
# NTREX ru, el sentences; one in ten against Arabic and Chinese).
SAME_LETTERS = 0.4
SAME_ALPHABET_LETTERS = 0.5  # letters two spellings of a name in one cased alphabet share (see sounds_alike)
UNSHARED_SKELETON_LETTERS = 0.55  # the same, for two spellings whose skeletons differ, neither the other's start
TWO_CONSONANT_LETTERS = 0.3
WINDOW_SIZES = range(2, 7)
# Scripts without spaces that spell a syllable with several letters (Thai
# จานคาร์โล, Giancarlo: nine characters), where a name outgrows every window;
# there a run between spaces, which such text often puts around a foreign
# name, is a candidate whole, up to LONGEST_RUN characters (windows count
# characters too).
SYLLABLES_OF_LETTERS = frozenset({"THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"})
LONGEST_RUN = 16
MAX_PREFIX = 2  # letters of a caseless word's prefix (و, ال, ב, ה)


# Letters an abjad writes long vowels with, which anyascii leaves out or
# reads as a glottal stop (فرناندو -> frnndw): in a respelled name they
# stand for its vowels (Fernando), which the letter comparison reads.
_ABJAD_VOWELS = str.maketrans({"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a"})
# Inside a word, و and ي are the vowels u and i more often than w and y
# (and ی, the yeh of Persian and Urdu: جیورجیٹی, Giorgetti).
_ABJAD_LONG = {"و": "u", "ي": "i", "ی": "i"}
_ABJAD_INNER_VOWELS = re.compile(r"(?<=[\u0620-\u064a\u0671-\u06d3])[ويی]")


def _with_vowels(word: str) -> str:
    return _ABJAD_INNER_VOWELS.sub(lambda m: _ABJAD_LONG[m.group(0)], word.translate(_ABJAD_VOWELS))


def romanised(word: str) -> str:
    """``word`` in Latin letters for a message, an abjad's long-vowel
    letters read as vowels (ستانلي -> stanli, not stnly)."""
    return transliterate(_with_vowels(word))


def _letters(word: str, glide: bool = True) -> str:
    # The Serbian and Macedonian ј is the glide й (Јорк, Меј, Дјуар ~ York,
    # May, Dewar), whatever the Latin alphabet of those languages writes;
    # skeletons read it as a j too (Јувентус ~ Juve).
    # (Marks off the Latin letters first: Šrí is Sri, not r.)
    word = _with_vowels(word)
    latin = re.sub(r"[^a-z]", "", fold_latin(transliterate(word.translate(_GLIDE) if glide else word)).lower())
    return re.sub(r"^tz", "j", latin.replace("dzh", "j").replace("dj", "j"))  # Джай, Τζάι ~ Jai


_GLIDE = str.maketrans("јЈ", "йЙ")


@lru_cache(maxsize=65536)
def skeletons(word: str) -> frozenset[str]:
    """The consonant-class skeletons of each reading of ``word``."""
    bases = {_letters(word), _letters(word, glide=False)} - {""}
    if not bases:
        return frozenset()
    readings = set(bases)
    for base in bases:
        for pattern, new in _READINGS:
            readings.add(re.sub(pattern, new, base))
        for profile in _PROFILES:
            reading = base
            for pattern, new in profile:
                reading = re.sub(pattern, new, reading)
            readings.add(reading)
    out = set()
    for reading in readings:
        reading = re.sub(r"(.)\1+", r"\1", reading)  # Russell ~ Рассел; after the classes m-n would merge
        for old, new in _BASE_STEPS:
            reading = reading.replace(old, new)
        out.add(reading.translate(_CLASSES))
    return frozenset(s for s in out if s)


def common_subsequence(a: str, b: str) -> int:
    """Length of the longest common subsequence."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=262144)
def _alike(a: str, b: str, strict: bool) -> bool:
    if min(len(a), len(b)) < MIN_SKELETON:
        return False  # one consonant tells too little: the letters decide (see sounds_alike)
    if strict and abs(len(a) - len(b)) > 1:
        return False
    shared = common_subsequence(a, b) / max(len(a), len(b))
    if strict:
        return a[0] == b[0] and shared >= UNSPACED_SAME
    return (a[0] == b[0] and shared >= SAME_START) or shared >= ANY_START


def _one_apart(a: str, b: str) -> bool:
    """Whether one skeleton starts the other, or the two differ in one
    consonant put for another."""
    if a.startswith(b) or b.startswith(a):
        return True
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1


def sounds_alike(name: str, word: str, strict: bool = False, caseless: bool = False) -> bool:
    """Whether two words (any scripts) keep the same consonants in the same
    order and enough of their letters: one name respelled. ``strict`` for
    windows of unspaced text, which are many, so chance likeness abounds.
    In one cased alphabet a name keeps half its letters at least, however
    another language spells it (Tchaikovsky ~ Czajkowski 0.76, Juan ~ John
    0.57), or all its consonants (Cross ~ Cruz 0.44); Stanley ~ Shankar
    (0.43, s-t-n-l against s-n-k-r) are two names. So are Stanley and
    Schneider, whose letters are half alike (0.5) but whose consonants
    differ: neither starts the other (as Det's start Detective's), nor is
    one consonant put for another (St. Barthélemy ~ San Bartolomé)."""
    a_sk, b_sk = skeletons(name), skeletons(word)
    script = char_script(name[:1])
    if script == char_script(word[:1]) and has_case(script):
        ratio = letters_ratio(name, word)
        if ratio < TWO_CONSONANT_LETTERS or not a_sk & b_sk and (
            ratio < SAME_ALPHABET_LETTERS
            or ratio < UNSHARED_SKELETON_LETTERS and a_sk and b_sk and not any(_one_apart(a, b) for a in a_sk for b in b_sk)
        ):
            return False  # (classes alike, letters not: Ford is no Brett)
    same = a_sk & b_sk
    longest_same = max(map(len, same), default=0)
    if longest_same >= MIN_STRONG_SKELETON:
        return True  # Humphreys ~ Хамфриз, Trump ~ 特朗普
    if strict:
        # A window: one of a sentence's hundred, so only the very skeleton
        # counts (1 in 10 random Chinese sentences has a window matching an
        # English name so; 1 in 3 with near skeletons).
        return longest_same >= MIN_SKELETON
    if caseless:
        # Every word of a caseless script is a candidate (and without its
        # prefix too): only the same skeleton, or nearly, with the letters.
        if longest_same == 2:
            return letters_ratio(name, word) >= SAME_LETTERS
        if longest_same <= 1 and min(map(len, a_sk), default=0) <= 1 and min(map(len, b_sk), default=0) <= 1:
            # A name of one consonant or none (Yuan ~ يوان, Utah ~ يوتا,
            # Omaha ~ أوماها, Iowa ~ أيوا): that consonant, and half the
            # letters, the first alike.
            return letters_ratio(name, word) >= STRONG_LETTERS and _first_alike(name, word)
        # (Or the name with its last consonant silent, unwritten: Moines ~ موين.)
        return any(
            _alike(a, b, True) or len(a) == len(b) + 1 >= MIN_SKELETON + 1 and a.startswith(b) for a in a_sk for b in b_sk
        ) and letters_ratio(name, word) >= STRONG_LETTERS
    if longest_same == 2:
        return letters_ratio(name, word) >= TWO_CONSONANT_LETTERS  # Jacob ~ Иаков
    if longest_same == 1 or not a_sk or not b_sk:
        # One consonant or none (Roa, Iowa, Hale, Jai): the letters decide.
        return letters_ratio(name, word) >= SAME_LETTERS and _first_alike(name, word)
    if any(
        min(len(a), len(b)) >= MIN_SKELETON and (a.startswith(b) or b.startswith(a)) for a in a_sk for b in b_sk
    ) and letters_ratio(name, word) >= SAME_LETTERS:
        return True  # an inflected form or a word made from the name: Kim ~ Кімом, Howard ~ Говардского
    if not any(_alike(a, b, False) for a in a_sk for b in b_sk):
        return False
    return letters_alike(name, word)


LOOSE_LETTERS = 0.6
LOOSE_SKELETON = 0.6
LOOSE_SKELETON_LETTERS = 0.3


def maybe_same_name(name: str, word: str, spelled: bool = False, one_alphabet: bool = False) -> bool:
    """A looser likeness, for excusing rather than for finding: two words
    that may be one name respelled (an exonym, Beijing ~ Пекин; a short
    name inflected, Juan ~ Хуаном, Roy ~ Роем) are not reported as one
    name replacing another. ``spelled``: for a name that is respelled,
    never translated, skeletons alike only in part need a little likeness
    of the letters too (Beijing ~ Пекин 0.5, Жорж ~ Georges 0.31; not
    Levee ~ Jarvis 0.18, Auckland ~ Carter 0.14, Calzadilla ~ Hunter 0).
    ``one_alphabet``: two words of one cased alphabet, which spells a name
    much as it is (Morrisey is no Navarro, Brookline no Buchanan), must
    sound alike or share LOOSE_LETTERS of their letters."""
    if sounds_alike(name, word) or letters_ratio(name, word) >= LOOSE_LETTERS:
        return True
    if char_script(name[:1]) == char_script(word[:1]) and has_case(char_script(name[:1])) and (
        one_alphabet or letters_ratio(name, word) < LOOSE_SKELETON_LETTERS
    ):
        return False  # (one alphabet: Ford, whose consonants' classes Brett shares, is no Brett)
    if spelled and letters_ratio(name, word) < LOOSE_SKELETON_LETTERS and not skeletons(name) & skeletons(word):
        return False
    return any(
        a and b and a[0] == b[0] and common_subsequence(a, b) / max(len(a), len(b)) >= LOOSE_SKELETON
        for a in skeletons(name) for b in skeletons(word)
    )


def _first_alike(a: str, b: str) -> bool:
    la, lb = _letters(a), _letters(b)
    return bool(la and lb) and (la[0] == lb[0] or {la[0], lb[0]} <= set("aeiouy") or {la[0], lb[0]} == {"h", "g"})


_SOUND_STEPS = (
    (r"^goy(?=[aeio])", "v"),  # the w Greek spells γου (Γουόλ ~ Wall; see _PROFILES)
    (r"g(?=[eiy])", "j"),  # a soft g, which other alphabets spell дж, τζ (George ~ Джорджу, not July)
    (r"c(?=[eiy])", "s"), (r"c", "k"), (r"ph", "f"), (r"q", "k"), (r"w", "v"), (r"y", "i"), (r"ou", "u"),
    (r"(?<=[aeiou])h", ""), (r"^mp", "b"), (r"^nt", "d"), (r"gk", "g"),
)


@lru_cache(maxsize=65536)
def _sounds(word: str) -> str:
    """Romanised letters spelled more as they sound (Casey ~ keisi, Jong ~
    ionk): what the letter comparison reads besides the letters."""
    letters = _letters(word)
    for pattern, new in _SOUND_STEPS:
        letters = re.sub(pattern, new, letters)
    return letters


@lru_cache(maxsize=262144)
def letters_ratio(name: str, word: str) -> float:
    return max(
        difflib.SequenceMatcher(None, _letters(name), _letters(word)).ratio(),
        difflib.SequenceMatcher(None, _sounds(name), _sounds(word)).ratio(),
    )


def letters_alike(name: str, word: str) -> bool:
    return letters_ratio(name, word) >= SAME_LETTERS


def _same_day(word: str, lang: str, others: Iterable[str], others_lang: str) -> bool:
    """Whether ``word`` is a month or a day of the week (CLDR's, in
    ``lang``) that one of ``others`` (in ``others_lang``) names too."""
    from tqcheck.alignment.cldr_names import calendar_word, spelled_concepts

    if not calendar_word(word, lang):
        return False
    days = spelled_concepts(word, lang)
    return any(spelled_concepts(other, others_lang) & days for other in others)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    capitalised: bool
    initial: bool  # first word of the sentence or of a quotation
    window: bool = False  # a window of a run of unspaced letters
    fragment: bool = False  # a piece of a word that mixes scripts (Држaва with a Latin a): no name


_AFTER_SENTENCE = re.compile(r"[.!?…:][\"“”»’)\]]*\s+$")
_OPENERS = "„“\"«(‘「『《"


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words of ``text[start:end]`` (split at script changes), with every
    window of 2-6 characters of a run in a script written without spaces
    (and, in one that spells a syllable with several letters, the run
    itself: see SYLLABLES_OF_LETTERS)."""
    end = len(text) if end is None else end
    found = _tokens_of(text[start:end])
    if not start:
        return list(found)
    return [Token(t.start + start, t.end + start, t.text, t.capitalised, t.initial, t.window, t.fragment) for t in found]


@lru_cache(maxsize=4096)
def _tokens_of(text: str) -> tuple[Token, ...]:
    return tuple(_read_tokens(fold_lookalikes(text), 0, len(text)))


def _read_tokens(text: str, start: int, end: int) -> list[Token]:
    out = []
    first = True
    previous: tuple[str, int, int] | None = None  # the last word read, for a title cut short before this one
    for a, b in script_words(text, start, end):
        word = text[a:b]
        script = char_script(word[0])
        if script in UNSPACED:
            for size in WINDOW_SIZES:
                for i in range(a, b - size + 1):
                    out.append(Token(i, i + size, text[i : i + size], False, False, window=True))
            if script in SYLLABLES_OF_LETTERS and max(WINDOW_SIZES) < b - a <= LONGEST_RUN:
                out.append(Token(a, b, word, False, False, window=True))
            first = False
            continue
        before = text[max(start, a - 3) : a]
        initial = first or any(ch in before for ch in _OPENERS) or before.endswith(("- ", "– ", "— ")) or (
            _AFTER_SENTENCE.search(text, max(start, a - 4), a) is not None
            and not (previous is not None and previous[0][:1].isupper() and title_abbreviation(text, *previous[1:]))
        )
        first = False
        previous = (word, a, b)
        fragment = (a > 0 and text[a - 1].isalpha()) or (b < len(text) and text[b].isalpha())
        out.append(Token(a, b, word, has_case(script) and word[0].isupper(), initial, fragment=fragment))
        # The parts of a compound or of a word with a clitic (Нью-Йорке,
        # Germany's, l'Europe, Trump'ın) are candidates too.
        if re.search(r"[-'’]", word):
            pos = a
            for part in re.split(r"[-'’]", word):
                if len(part) >= 2:
                    out.append(Token(pos, pos + len(part), part, has_case(script) and part[0].isupper(), initial))
                pos += len(part) + 1
    return out


def prefixed_forms(word: str, lang: str | None = None) -> tuple[str, ...]:
    """A caseless word and the word without a prefix of one or two letters
    (والرئيس, بترامب): the name may be what follows. Not where ``lang``'s
    spelling dictionary has affix rules but none for prefixes (Korean,
    Hindi, Bengali: their words take endings): there a word less its
    first letters is a piece of it (장관이 of 재무장관이, finance
    minister, is no Salvini)."""
    if has_case(char_script(word[0])) or char_script(word[0]) in UNSPACED or not _takes_prefixes(lang):
        return (word,)
    return (word,) + tuple(word[k:] for k in range(1, MAX_PREFIX + 1) if len(word) - k >= 3)


def _takes_prefixes(lang: str | None) -> bool:
    """Whether words of ``lang`` may carry a prefix: yes unless its
    spelling dictionary is read and declares none (no PFX rule), and
    for an unknown language. (Not cached here: lexicon.reset forgets the
    dictionaries, whose own lookups are cached.)"""
    from tqcheck.alignment.lexicon import affix_prefixes, has_dictionary

    return lang is None or not has_dictionary(lang) or bool(affix_prefixes(lang))


@cache
def _folded(word: str) -> str:
    from tqcheck.alignment.cldr_names import fold

    return fold(word)


@lru_cache(maxsize=262144)
def same_spelling(name: str, word: str) -> bool:
    """One script, one word: equal, or one an inflected form of the other
    (Trump ~ Trumpa ~ Trump'ın, Лондон ~ Лондоне)."""
    from tqcheck.alignment.cldr_names import stems_match

    a, b = _folded(name), _folded(word)
    if a == b:
        return True
    a, b = re.sub(r"['’].*$", "", a), re.sub(r"['’].*$", "", b)
    return a == b or stems_match(a, b)


MIN_ENDED_WORD = 4  # letters of a word whose last letter may be a case ending


def _one_ending_apart(a: str, b: str) -> bool:
    """Whether two words of one script differ only in a last letter, added
    or changed: one name in two cases (Інгліш, Інгліша, Інглішу). Not a
    word made from another (буддизм of Будди: two letters more), which
    same_spelling accepts."""
    a, b = _folded(a), _folded(b)
    short, long = sorted((a, b), key=len)
    if len(short) < MIN_ENDED_WORD or len(long) - len(short) > 1:
        return False
    return long.startswith(short) if len(long) > len(short) else long[:-1] == short[:-1]


def found_in(name: str, candidates: list[Token], strong: bool = False, lang: str | None = None) -> Token | None:
    """The candidate that is ``name`` respelled or inflected, if any.
    ``strong`` asks for the same skeleton, for searches over a whole
    document, where a loose likeness turns up by chance. ``lang``: the
    candidates' language (see prefixed_forms)."""
    script = char_script(name[0]) if name else ""
    best, best_score = None, -1.0
    for token in candidates:
        if len(token.text) < MIN_RESPELLED and not token.window and len(name) >= MIN_RESPELLED:
            continue  # a one-letter word (the Greek article Ο) respells no name
        other = char_script(token.text[0])
        if other == script:
            if same_spelling(name, token.text):
                return token
            if token.window:
                continue
        caseless = not token.window and not has_case(other)
        for form in prefixed_forms(token.text, lang):
            if strong:
                alike = strongly_alike(name, form, strict=token.window)
            else:
                alike = sounds_alike(name, form, strict=token.window, caseless=caseless)
            if alike:
                score = likeness(name, form)
                if score > best_score:
                    best, best_score = token, score
    return best  # the likeliest spelling: Shawn is Шон, though Джанет sounds alike too


STRONG_LETTERS = 0.5
SHORT_NAME = 2  # letters of a name too short to look for (Un, Xi, Li), read only to explain a word
MAX_SHORT_NAME_ENDING = 2  # letters of a case ending on it (Ыном, Лием; not Nepal of Nu)


def short_name_inflected(name: str, word: str) -> bool:
    """Whether ``word`` is the two-letter ``name`` respelled with a case
    ending (Un ~ Ыном, Li ~ Лием): its first letters, as many as the name's
    or one more, sound like the name, and an ending of at most
    MAX_SHORT_NAME_ENDING letters follows."""
    return any(
        0 <= len(word) - k <= MAX_SHORT_NAME_ENDING and sounds_alike(name, word[:k])
        for k in (len(name), len(name) + 1)
    )
ORDINARY_NAME_WORD = 5.0  # Zipf: a word of a name this common (West, North) is an ordinary word
MIN_RESPELLED = 2  # letters of a word that may be a name respelled


def likeness(name: str, word: str) -> float:
    """How alike two spellings are: the same skeleton first, then letters."""
    return letters_ratio(name, word) + (1.0 if skeletons(name) & skeletons(word) else 0.0)


@lru_cache(maxsize=8)
def _names_by_sound(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``names`` by their first two letters as they sound. (Keyed by the
    dictionary's own set, so a dictionary read again, lexicon.reset, is
    indexed again.)"""
    index: dict[str, list[str]] = {}
    for name in names:
        index.setdefault(_sounds(name)[:2], []).append(name)
    return {key: tuple(found) for key, found in index.items()}


def dictionary_name_likeness(word: str, lang: str) -> float:
    """How much ``word`` (any script) is spelled like the likeliest name of
    ``lang``'s spelling dictionary (its entries written with a capital)
    beginning with the same sounds (Californie ~ California 0.9,
    Константинополя ~ Constantinople 0.87; Εβραίοι 0.67, no more than
    chance); 0 without a dictionary."""
    from tqcheck.alignment.lexicon import name_entries

    names = _names_by_sound(name_entries(lang)).get(_sounds(word)[:2], ())
    return max((letters_ratio(word, name) for name in names), default=0.0)


def strongly_alike(name: str, word: str, strict: bool = False) -> bool:
    """One skeleton for both (of three consonants or more), and for spaced
    words half their letters."""
    same = skeletons(name) & skeletons(word)
    if not any(len(s) >= MIN_STRONG_SKELETON for s in same):
        return False
    return strict or letters_ratio(name, word) >= STRONG_LETTERS


# --- names of a sentence pair -------------------------------------------------

MIN_NAME_LETTERS = 3
PREFIX_KEY = 3  # letters same_spelling's forms always share (names of three letters match whole)
# A capitalised word rarer than this in its language's word list is taken
# for a name (Kavanaugh, Solihull); a commoner one may be an ordinary word a
# title capitalises (Minister, Party; every German noun).
RARE_SOURCE = 4.0
# An unexplained capitalised target word rarer than this reads as a name
# that replaced the source's (German nouns are mostly commoner).
RARE_TARGET = 3.0
# Between the words of one name: a space, an apostrophe or a hyphen, or an
# article elided before the next word (Ballon d'Or, Côte d'Ivoire).
_ELIDED = r"[dl]['’]"  # d', l' before a name (d'Or, l'Europe)
_ELIDED_ARTICLE = re.compile(_ELIDED)
_RUN_GAP = re.compile(rf"[ \u00a0'’-]{{1,2}}|[ \u00a0]{_ELIDED}")


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    text: str
    run: tuple[str, ...]  # the capitalised words it is written with (West Virginia)


_ABBREVIATION_PERIOD = re.compile(r"\.\s+[^\W\d_]")
_SPACES_AFTER = re.compile(r"[ \u00a0]+")
MIN_BARE_TITLE = 3  # letters of a title written without its period (Mrs, Col; not Mr, St)


def title_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a title cut short: one of the
    segmenter's that never end a sentence (Rep. Geoff Diehl, Sen., Prof.),
    with its period, or in British style without one before a capitalised
    word (Mrs May, Lt Col The Reverend). A translation writes it out in its
    own words, so it is no name, and the word after its period no sentence
    start. (Not any short word before a period: Palu. ends a sentence.)"""
    from tqcheck.segment import title_abbreviation as never_ends_a_sentence

    if _ABBREVIATION_PERIOD.match(text, end) is not None:
        return never_ends_a_sentence(text[start:end])
    space = _SPACES_AFTER.match(text, end)
    return (
        end - start >= MIN_BARE_TITLE and space is not None and text[space.end() : space.end() + 1].isupper()
        and never_ends_a_sentence(text[start:end])
    )


MIN_TITLE_WORDS = 3  # capitalised ordinary words (four letters or more) that make a line title case
TITLE_SHARE = 0.75  # of its words of four letters or more, the first aside, capitalised


def title_cased(text: str, start: int, end: int, ordinary: "Callable[[str], bool]") -> bool:
    """Whether ``text[start:end]`` is written in title case, as English
    headlines are (The Bells of St. Martin's Fall Silent as Churches in
    Harlem Struggle): of its words of four letters or more, the first
    aside, TITLE_SHARE capitalised, MIN_TITLE_WORDS of them words that are
    ``ordinary`` in lower case too (Bells, Silent; a line of names, U.S.
    President Donald Trump spoke in Iowa, is no headline). There a capital
    says nothing of a name."""
    words = [t for t in tokens(text, start, end) if not t.window and not t.fragment and len(t.text) >= 4][1:]
    capitalised = [t.text for t in words if t.capitalised]
    if len(capitalised) < MIN_TITLE_WORDS or len(capitalised) < TITLE_SHARE * len(words):
        return False
    return sum(1 for word in capitalised if ordinary(word)) >= MIN_TITLE_WORDS


def bare(word: str) -> str:
    """A name without a clitic or possessive (Germany's, Trump'ın, l'Europe):
    its longest part."""
    if not re.search(r"['’]", word):
        return word
    longest = max(re.split(r"['’]", word), key=len)
    return longest if len(longest) >= MIN_NAME_LETTERS else word


def name_mentions(text: str, start: int, end: int, lang: str) -> list[NameMention]:
    """Capitalised words of a cased language's ``text[start:end]`` that may be
    names: not a sentence's first word, three letters or more, not an
    acronym (translated: EU, ЕС), not a number word; with the run of
    capitalised words each belongs to."""
    from tqcheck.alignment.numbers import is_number_word

    words: list[Token] = []
    for t in tokens(text, start, end):
        # Whole words, not their parts (Farage and ın of Farage'ın), which
        # would break a run in two; but a name after an elided article is
        # the name (Or of Ballon d'Or, Europe of l'Europe), as a French or
        # Italian text writes many.
        if t.window or t.fragment:
            continue
        if not words or t.start >= words[-1].end:
            words.append(t)
        elif t.capitalised and t.end == words[-1].end and _ELIDED_ARTICLE.fullmatch(text[words[-1].start : t.start]):
            words[-1] = t
    runs: list[list[Token]] = []
    for token in words:
        if token.capitalised and runs and runs[-1][-1].capitalised and _RUN_GAP.fullmatch(text[runs[-1][-1].end : token.start]):
            runs[-1].append(token)
        else:
            runs.append([token])
    out = []
    for run in runs:
        names = tuple(t.text for t in run)
        for token in run:
            if not token.capitalised or token.initial:
                continue
            # A hyphenated word is its capitalised parts: Hans-Peter,
            # Bremen-class, Baden-Württemberg.
            pos = token.start
            for part in re.split(r"-", token.text):
                word = bare(part)
                if (
                    word[:1].isupper() and len(word) >= MIN_NAME_LETTERS and not word.isupper()
                    and not is_number_word(word, lang) and not title_abbreviation(text, pos, pos + len(part))
                ):
                    at = pos + part.find(word)
                    out.append(NameMention(at, at + len(word), word, names))
                pos += len(part) + 1
    return out


@dataclass
class Side:
    """One sentence (or link) of one side, read for names once."""

    text: str
    lang: str

    @property
    def tokens(self) -> list[Token]:
        cached = self.__dict__.get("_tokens")
        if cached is None:
            cached = self.__dict__["_tokens"] = tokens(self.text)
        return cached

    @property
    def cased(self) -> bool:
        from tqcheck.alignment.scripts import language_has_case

        return language_has_case(self.lang)

    def _spelled_alike(self, name: str) -> list[str]:
        """Words of this text in ``name``'s script that share its first
        letters (all that same_spelling can accept): an index by the first
        letters, so a long document is not scanned word by word."""
        index = self.__dict__.get("_index")
        if index is None:
            index = {}
            for t in self.tokens:
                if not t.window:
                    index.setdefault(_folded(t.text)[:PREFIX_KEY], set()).add(t.text)
            self.__dict__["_index"] = index
        return list(index.get(_folded(name)[:PREFIX_KEY], ()))

    def _by_skeleton(self, name: str) -> list[Token]:
        """Candidates with a skeleton of ``name`` (all a strong match can
        be): an index, for searches over a whole document."""
        index = self.__dict__.get("_skeleton_index")
        if index is None:
            index = {}
            for t in self.candidates():
                for form in prefixed_forms(t.text, self.lang):
                    for skeleton in skeletons(form):
                        if len(skeleton) >= MIN_STRONG_SKELETON:
                            index.setdefault(skeleton, []).append(t)
            self.__dict__["_skeleton_index"] = index
        return list(dict.fromkeys(t for sk in skeletons(name) for t in index.get(sk, ())))

    def _rivals_day(self, token: Token, name: str, name_lang: str, rivals: tuple[str, ...]) -> bool:
        """Whether ``token`` names a month or a day of the week (CLDR's) that
        one of ``rivals`` names too: that word's translation, no respelling
        of ``name`` (Πέμπτη is Thursday's, not Pompeo's)."""
        return not token.window and _same_day(token.text, self.lang, [r for r in rivals if r != name], name_lang)

    def _names_day(self, word: str, word_lang: str) -> bool:
        """Whether ``word`` names a month or a day of the week (CLDR's)
        that a word of this text names too: its translation is here, and
        it is no rival for another word (July is июля's, not Джорджу's)."""
        return _same_day(word, word_lang, [t.text for t in self.tokens if not t.window], self.lang)

    def candidates(self) -> list[Token]:
        """Tokens a name may be written as: capitalised words where the
        language has capitals (a lower-case word matches only as the same
        spelling), every word or window where it has none; not a window
        whose edge letter is a word's with the letter beside it (为人 of
        作为人质, as hostages, is no Germy: see _word_edges_trimmed), nor
        one that is letter for letter a CLDR place's name, which names
        that place, found as such (see has), and respells no other name
        (美国, the United States, is no Mike), nor one more than half of
        whose letters spell no CLDR name by sound (劫持旅游大, hijack a
        tourist bus, has Crete's k-r-t by chance; see
        letters_of_sounded_names)."""
        cached = self.__dict__.get("_candidates")
        if cached is None:
            from tqcheck.alignment.cldr_names import spelled_concepts

            named = letters_of_sounded_names(self.lang)

            def few_name_letters(word: str) -> bool:
                return bool(named) and 2 * sum(ch in named for ch in word) < len(word)

            cached = [
                t for t in self.tokens
                if t.capitalised
                or (not has_case(char_script(t.text[0])) and not (
                    t.window and (
                        _word_edges_trimmed(self.text, t.start, t.end, self.lang) != (t.start, t.end)
                        or spelled_concepts(t.text, self.lang)
                        or few_name_letters(t.text)
                    )
                ))
            ]
            self.__dict__["_candidates"] = cached
        return cached

    def _respelling_pool(self, name: str) -> list[Token]:
        """Candidates ``name`` may be respelled as. In a caseless script
        written with spaces (Arabic), where every word is a candidate and
        few vowels are written, a word of the language's own dictionary
        (الروابط, links; الذين, who) resembles some name by chance: it
        counts only with the name's very skeleton, or that skeleton less
        its last consonants, as a loanword drops an ending (روسيا ~ Russia,
        فرنك ~ francs; not الروابط ~ Robert). The dictionary lists the
        language's words and few foreign names (ترامب is in none)."""
        from tqcheck.alignment.lexicon import known_word

        own = skeletons(name)

        def kept(form: str) -> bool:
            return any(
                a == b or len(b) >= MIN_STRONG_SKELETON and a.startswith(b) for a in own for b in skeletons(form)
            )

        return [
            t for t in self.candidates()
            if t.window or has_case(char_script(t.text[0])) or not known_word(t.text, self.lang)
            or any(kept(form) for form in prefixed_forms(t.text, self.lang))
        ]

    def respelling(self, name: str) -> Token | None:
        """The word or window of this text likeliest to respell ``name``,
        loosely (see found_in), if any."""
        return found_in(name, self._respelling_pool(name), False, self.lang)

    def skeleton_respelling(self, name: str) -> Token | None:
        """The word or window of this text that respells ``name`` with its
        very skeleton (see found_in), if any."""
        return found_in(name, self._by_skeleton(name), True, self.lang)

    def has(
        self, name: str, name_lang: str, strong: bool = False, rivals: tuple[str, ...] = (), whole: bool = False
    ) -> bool:
        """Whether ``name`` (a word of ``name_lang``) is in this text: the
        same spelling or an inflection of it (any case), the name respelled
        in this script, or the same CLDR concept (Germany ~ Deutschland).
        ``strong``: respelled with the same skeleton (see found_in). A
        respelling counts only when none of ``rivals`` (the other names of
        the name's own side, less its own case forms) is spelled more like
        it: Крейгланга is Craiglang's, not Kiernan's; nor where it is a
        month or a day that one of them names (Πέμπτη is Thursday's, not
        Pompeo's). Nor is a word that names a CLDR place by itself a
        respelling of a name of another place (see place_concepts:
        Αργεντινής, Argentina, is not Germany's). ``whole``: a CLDR concept
        only where ``name`` is the whole name (see cldr_names.whole_concepts)."""
        from tqcheck.alignment.cldr_names import concept_in, concepts, whole_concepts
        from tqcheck.alignment.wordlists import zipf

        key = (name, name_lang, strong, rivals, whole)
        memo = self.__dict__.setdefault("_has", {})
        if key in memo:
            return memo[key]
        found = any(same_spelling(name, word) for word in self._spelled_alike(name))
        if not found:
            pool = self._by_skeleton(name) if strong else self._respelling_pool(name)
            # Two CLDR places are one name only where they are one place:
            # Αργεντινής (Argentina) sounds a little like Germany's, but
            # names another country.
            pool = [t for t in pool if not other_places(name, name_lang, t.text, self.lang)]
            if rivals:
                # (A month a rival names is no candidate, rather than the
                # likeliest one refused: Джорджу is likelier July than
                # George, but July is июля's.)
                pool = [t for t in pool if not self._rivals_day(t, name, name_lang, rivals)]
            token = found_in(name, pool, strong, self.lang)
            # (A rival that is the name in another case is the same name:
            # Інгліш does not take English from Інгліша.)
            found = token is not None and not any(
                r != name and not _one_ending_apart(r, name) and sounds_alike(r, token.text, strict=token.window)
                and likeness(r, token.text) > likeness(name, token.text)
                and not self._names_day(r, name_lang)
                for r in rivals
            )
        if not found:
            every = concepts(name, name_lang)
            if whole and (zipf(name, name_lang) or 0.0) < ORDINARY_NAME_WORD:
                # A name that is a word of a longer CLDR name (Korea of North
                # Korea) names that concept only in a form of one word
                # (Nordkorea), not through the translation of its other word
                # (Північна). (Not for common words: West, Central.)
                whole_ids = whole_concepts(name, name_lang)
                found = concept_in(whole_ids, self.text, self.lang) or concept_in(
                    every - whole_ids, self.text, self.lang, whole_forms=True
                )
            else:
                found = concept_in(every, self.text, self.lang)
        memo[key] = found
        return found


def place_concepts(word: str, lang: str) -> frozenset[str]:
    """The CLDR countries and cities whose name of one word ``word`` is in
    ``lang``, as written or with a case ending put for the last letter
    (Γερμανίας of Γερμανία, Германии of Германия; not Гавайях, Hawaii, of
    Гавана, Havana, by its first letters). Guiana, a word of French
    Guiana, names none, and may be غيانا of غيانا الفرنسية."""
    from tqcheck.alignment.cldr_names import fold, name_table

    table = name_table(lang)
    if table is None:
        return frozenset()
    folded = re.sub(r"['’]s?$", "", fold(word))  # (Germany's)
    return frozenset(
        c for key in table.keys_near(folded) if _ending_apart(key, folded)
        for c in table.concepts_of[key] if c[0] in "TZ" and key in table.forms.get(c, ())
    )


def other_places(name: str, name_lang: str, word: str, word_lang: str) -> bool:
    """Whether ``name`` and ``word`` each name a CLDR place by itself (see
    place_concepts), and not the same one: no respelling of each other."""
    places = place_concepts(name, name_lang)
    theirs = place_concepts(word, word_lang) if places else frozenset()
    return bool(theirs) and not places & theirs


MAX_CASE_ENDING = 2  # letters of a case ending put for a name's last one (Αργεντιν-ής, Германи-и)


def _ending_apart(form: str, word: str) -> bool:
    """Whether ``word`` is ``form``, or ``form`` with its last letter put
    for a case ending of up to MAX_CASE_ENDING letters."""
    if word == form:
        return True
    stem = form[:-1]
    return word.startswith(stem) and len(word) - len(stem) <= MAX_CASE_ENDING


# --- the letters an unspaced script spells foreign names with -------------------

MIN_SOUND_NAMES = 2  # CLDR names spelled by sound that a letter must be in
# Zipf of a letter that is, alone, one of its language's commonest words
# (的, 也, 都: grammar), whatever names it spells too (的黎波里, Tripoli).
GRAMMAR_LETTER = 6.5
LANGUAGE_WORD = 10  # a letter in this share (1/10) of the languages' names is a word for language


@cache
def _cldr_name_pairs(lang: str) -> tuple[tuple[str, str], ...]:
    """(English name, ``lang``'s name) of the countries, the cities time
    zones are named after and the languages, from CLDR; for a language's
    name, less the letters in a tenth of them or more, its word for
    language (语, 文). Empty where CLDR has no such locale."""
    from tqcheck.alignment.cldr_names import cldr_locale, zone_ids

    locale, english = cldr_locale(lang), cldr_locale("en")
    if locale is None or english is None:
        return ()
    pairs = [
        (english.territories.get(code), name) for code, name in locale.territories.items() if code.isalpha()
    ]
    zones = locale.time_zones
    for zone in zone_ids():
        city = (zones.get(zone) or {}).get("city")
        pairs.append(((english.time_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " "), city))
    languages = [(english.languages.get(code), name) for code, name in locale.languages.items() if "_" not in code]
    marks: dict[str, int] = {}
    for _, name in languages:
        for ch in set(name or ""):
            marks[ch] = marks.get(ch, 0) + 1
    pairs += [
        (e, "".join(ch for ch in name if marks[ch] * LANGUAGE_WORD < len(languages)))
        for e, name in languages if name
    ]
    return tuple((e, name) for e, name in pairs if e and name)


@cache
def _by_sound(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``lang``'s CLDR names (see _cldr_name_pairs) spelled by sound, like
    their English names (阿根廷 ~ Argentina, الأرجنتين ~ Argentina), and
    those translated by meaning (新西兰, New Zealand)."""
    by_sound, by_meaning = [], []
    for english_name, name in _cldr_name_pairs(lang):
        alike = sounds_alike(english_name.replace(" ", ""), name.replace(" ", ""))
        (by_sound if alike else by_meaning).append(name)
    return tuple(by_sound), tuple(by_meaning)


@cache
def sound_letters(lang: str) -> frozenset[str]:
    """Letters of a language written without spaces that spell foreign names
    by sound (Chinese 特, 朗, 普 of 特朗普): read off CLDR's own names of
    ``lang``, the countries and the cities time zones are named after.
    A name whose English CLDR name it sounds like (阿根廷 ~ Argentina,
    芝加哥 ~ Chicago; see sounds_alike) is spelled by sound; a
    letter in two such names or more, and in more of them than of the
    names translated by meaning (新西兰: 新 is New; 岛, 湾, 港), is one of
    those letters, unless it is alone one of the language's commonest
    words (的, 也: grammar). Empty for a language written with spaces or
    unknown to CLDR (its words are told apart by other means), and for
    one whose names carry vowel marks (see below)."""
    from tqcheck.alignment.wordlists import zipf

    by_sound: dict[str, int] = {}
    by_meaning: dict[str, int] = {}
    sounded, meant = _by_sound(lang)
    if any(unicodedata.category(ch)[0] == "M" for name in (*sounded, *meant) for ch in name):
        # An alphabet whose vowels are marks on its consonants (Thai, Lao,
        # Khmer, Burmese) spells every word by sound, its own as much as a
        # foreign name: no letters single a name out (in Thai, the 18 of
        # its names without a vowel mark, found in ธนาคารกลางยุโรป).
        return frozenset()
    # A name CLDR gives twice, once like its English name and once not (芬兰
    # is Finland's, and Finnish's less 语), is spelled by sound.
    sounded_names = frozenset(sounded)
    meant = tuple(name for name in meant if name not in sounded_names)
    for names, tally in ((sounded, by_sound), (meant, by_meaning)):
        for name in names:
            if all(char_script(ch) in UNSPACED for ch in name):
                for ch in set(name):
                    tally[ch] = tally.get(ch, 0) + 1
    return frozenset(
        ch for ch, count in by_sound.items()
        if count >= MIN_SOUND_NAMES and count > by_meaning.get(ch, 0) and (zipf(ch, lang) or 0.0) < GRAMMAR_LETTER
    )


@cache
def letters_of_sounded_names(lang: str) -> frozenset[str]:
    """Every letter of ``lang``'s CLDR names spelled by sound (see
    _by_sound), in however few of them: a wider set than sound_letters,
    which must single names out in running text (恩 of 恩贾梅纳, N'Djamena,
    is in as many names translated by meaning, 马恩岛). A letter beside a
    run may be such a letter the table misses (恩 of 托比约恩, Thorbjørn);
    one no such name has (持, 长: hold, long) is a word of the sentence."""
    sounded, _ = _by_sound(lang)
    return frozenset(ch for name in sounded for ch in name if char_script(ch) in UNSPACED)


MAX_ENDING = 5  # letters of a case ending cut off a name (Simpson-ovými)
MIN_NAME_STEM = 5  # letters left of a name without its ending (not Rema of Remainers)
FOREIGN = 0.0  # international(): a stem at least as common abroad as at home is a foreign name


def inflected_name(word: str, lang: str, min_stem: float = 0.0) -> bool:
    """Whether ``word`` is a name with a case ending (Hebronu, Aucklandu,
    Brooksem, Simpsonovými): a word its language's list finds rare, with,
    less an ending of up to MAX_ENDING letters, a word the list knows that
    the panel of languages of its script knows at least as well (see
    wordlists.international: Hebron, Auckland, Brooks, Simpson, foreign
    names; the inflected form is the language's own). Not where no such
    panel exists, nor for a common word (Kobiet, Kongresu), nor for a stem
    that travels less (Spina of Spinacz, Tori of Tories). ``min_stem``: the
    Zipf the stem must pass in the word's own list (any, by default)."""
    from tqcheck.alignment.wordlists import international, zipf

    own = zipf(word, lang)
    if own is None or own >= RARE_SOURCE:
        return False
    for k in range(1, MAX_ENDING + 1):
        stem = word[:-k]
        if len(stem) < MIN_NAME_STEM:
            break
        if (zipf(stem, lang) or 0.0) > min_stem:
            travels = international(stem, lang)
            if travels is not None and travels >= FOREIGN:
                return True
    return False


# --- names of a language written without spaces or capitals ------------------------

MIN_SOUND_RUN = 3  # letters of a run spelled by sound that may be a name (特朗普; not 巴鲁, 特别)
# Zipf between which a run of two such letters alone may be a name too:
# one the word lists hold as a word (耶鲁, Yale, 3.4; 米勒, Miller, 3.7;
# not a piece of a longer name, 来梅 of 不来梅, Bremen, nor 尔夫 of 高尔夫,
# golf), but no common one (利亚, 斯特, 尼亚, pieces of longer names the
# lists hold as words, 4.0 and more; 特别, special; 保姆, nanny, 3.9).
SHORT_RUN_ZIPF = (2.0, 3.8)
COMMON_LETTER = 5.5  # Zipf of a letter that is alone a common word (那, that; 比, than; not 米, 勒 of 米勒)


def sound_runs(text: str, start: int, end: int, lang: str, short: bool = False) -> list[NameMention]:
    """Runs of letters that spell foreign names by sound (see
    sound_letters) in ``text[start:end]`` of a language written
    without spaces: where a name has no capital to show it, the letters it
    is spelled with do (特朗普 in ...特朗普助手...). ``short``: runs of two
    letters too, where the word lists have them as no common word (see
    _short_name). Empty for other languages."""
    pattern = _sound_run(lang)
    if pattern is None:
        return sound_words(text, start, end, lang)
    out = []
    for m in pattern.finditer(text[start:end]):
        a, b = _word_edges_trimmed(text, start + m.start(), start + m.end(), lang)
        if b - a >= MIN_SOUND_RUN or short and b - a == 2 and _short_name(text, a, b, lang):
            out.append(NameMention(a, b, text[a:b], (text[a:b],)))
    return out


# Zipf under which a letter of CLDR's names spelled by sound that is too
# rare in them to be one of sound_letters (恩, 考, 尚: in as many names
# translated by meaning, or in one name only) joins two letters of the
# table into one run (杰恩斯, not 杰 and 斯; 哈考特, 德尚博), as CLDR's few
# hundred names leave many letters of the names spelled by sound out of
# the table. A commoner letter (北, 大, 东) is a word of its own.
JOINING_LETTER = 5.0


@cache
def _joining_letters(lang: str) -> frozenset[str]:
    from tqcheck.alignment.wordlists import zipf

    sound = sound_letters(lang)
    return frozenset(
        ch for ch in letters_of_sounded_names(lang) - sound if (zipf(ch, lang) or 0.0) < JOINING_LETTER
    )


def _short_name(text: str, a: int, b: int, lang: str) -> bool:
    """Whether the run of two letters ``text[a:b]`` may be a name by itself:
    a word of the lists (see SHORT_RUN_ZIPF), beside no letter of CLDR's
    names spelled by sound but one that is alone a common word (科特 of
    勒豪科特, 罗伊 of 麦克罗伊 are the ends of longer names the run stopped
    short of; 沃森 of 拨打沃森, dial Watson, is a name)."""
    from tqcheck.alignment.wordlists import zipf

    low, high = SHORT_RUN_ZIPF
    if not low <= (zipf(text[a:b], lang) or 0.0) < high:
        return False
    if all((zipf(ch, lang) or 0.0) >= COMMON_LETTER for ch in text[a:b]):
        return False  # two common words (那比, that than), no name
    named = letters_of_sounded_names(lang)
    beside = (text[a - 1 : a] if a > 0 else "", text[b : b + 1])
    if any(ch and ch in named and (zipf(ch, lang) or 0.0) < COMMON_LETTER for ch in beside):
        return False
    # Nor a letter short of a name's dot (特雷 of 特雷莎·梅): the letters up
    # to the dot are the name's.
    two_before, two_after = (text[a - 2] if a >= 2 else ""), text[b + 1 : b + 2]
    return not any(ch and ch in NAME_DOTS for ch in (two_before, two_after))


# Zipf of a word of two letters, one of a run's edge letters and the letter
# beside it outside the run (施加, to exert; 调查, to investigate), that makes
# the edge letter that word's: the run's letters there are words of the
# language, no name's (施加拉力, to exert a pull, is no name 加拉力; 调查克雷格
# is 调查 + 克雷格, Craig). The word lists split foreign names into common
# pieces (斯特, 利亚: Zipf 4), so only a word whose outside letter is no
# sound letter counts.
EDGE_WORD = 3.0


def _word_edges_trimmed(text: str, a: int, b: int, lang: str) -> tuple[int, int]:
    """The run ``text[a:b]`` less an edge letter that belongs to a word
    of the language with the letter beside it (see EDGE_WORD)."""
    from tqcheck.alignment.wordlists import zipf

    letters = sound_letters(lang)
    if a > 0 and text[a - 1] not in letters and (zipf(text[a - 1 : a + 1], lang) or 0.0) >= EDGE_WORD:
        a += 1
    if b < len(text) and text[b] not in letters and (zipf(text[b - 1 : b + 1], lang) or 0.0) >= EDGE_WORD:
        b -= 1
    return a, b


NAME_DOTS = "·•・‧"  # the dot between a foreign name's words in Chinese and Japanese (凯瑟琳·马约加)
MAX_NAME_PART = 6  # letters of one word of a foreign name written without spaces (马约加, 奈杰尔)


def dotted_name_parts(text: str, start: int, end: int, lang: str) -> list[tuple[Token, Token]]:
    """(the word before, the word after) each name's dot (NAME_DOTS) of
    ``text[start:end]``, in a language written without spaces that puts
    one between a foreign name's words (凯瑟琳·马约加, Kathryn Mayorga). A
    word is the letters next to the dot that CLDR's names spelled by sound
    have (see letters_of_sounded_names), none a word of the grammar (在 of
    里德在: GRAMMAR_LETTER), at most MAX_NAME_PART, less an edge letter that
    makes a common word with the letter beside it (see
    _word_edges_trimmed). No pair where a side has no such letters."""
    from tqcheck.alignment.wordlists import zipf

    letters, sound = letters_of_sounded_names(lang), sound_letters(lang)

    def part(a: int, b: int, step: int) -> Token | None:
        # (From the dot outwards: a..b is empty at first, on the dot's side.)
        while b - a < MAX_NAME_PART:
            k = a - 1 if step < 0 else b
            if not (start <= k < end) or text[k] not in letters or (zipf(text[k], lang) or 0.0) >= GRAMMAR_LETTER:
                break
            # (Nor a letter that makes a common word with the ordinary
            # letter beyond it: 以及, and, of 以及加内尔.)
            beyond = k + step
            word = text[min(k, beyond) : max(k, beyond) + 1]
            if start <= beyond < end and text[beyond] not in sound and (zipf(word, lang) or 0.0) >= EDGE_WORD:
                break
            a, b = (a - 1, b) if step < 0 else (a, b + 1)
        a, b = _word_edges_trimmed(text, a, b, lang)
        return Token(a, b, text[a:b], False, False) if b > a else None

    pairs = []
    for i in range(start, end):
        if text[i] in NAME_DOTS:
            before, after = part(i, i, -1), part(i + 1, i + 1, 1)
            if before is not None and after is not None:
                pairs.append((before, after))
    return pairs


# --- names of a language written with spaces but no capitals ----------------------

# A word of a caseless language written with spaces (Arabic) spells a
# foreign name by sound when its letters read more as CLDR's names spelled
# so (see _by_sound) than as the language's own commonest words: the mean
# log-ratio of the two letter-pair models, per pair. A short word leans
# by chance more often (نجوا, survived; فرسان, knights): it must lean
# further. On the first 700 FLORES-200 devtest sentences in Arabic, words
# of six letters or more at 0.6 and shorter ones at 1.0 take 0.2% of the
# words that respell no capitalised name of the English sentence, most of
# them names and loanwords still (كوكتيل, اردوغان, غالاباغوس).
SOUND_WORD_LEAN = 0.6
SHORT_SOUND_WORD_LEAN = 1.0
MIN_SOUND_WORD = 4  # letters
LONG_SOUND_WORD = 6
_PAIR_SMOOTHING = 0.1
# Of the language's commonest words (CHECKED_WORDS, four letters or more),
# the share that may lean to names before the models count as broken
# (Arabic 2.4%, Hebrew 1.8%, Hindi 1.0%).
CHECKED_WORDS = 5000
MAX_COMMON_LEANING = 0.05


_LETTERS_AND_MARKS = re.compile(rf"{LETTER_OR_MARK}+")


def _letter_pairs(word: str) -> list[str]:
    padded = f"^{word}$"
    return [padded[i : i + 2] for i in range(len(padded) - 1)]


_PairModel = tuple[dict[str, int], int]  # letter pairs counted, and their total
# The names' model, the words' model and the size of the alphabet they share.
_SoundModels = tuple[_PairModel, _PairModel, int]


def _pair_model(words: Iterable[str]) -> _PairModel:
    counts: dict[str, int] = {}
    for word in words:
        for pair in _letter_pairs(word):
            counts[pair] = counts.get(pair, 0) + 1
    return counts, sum(counts.values())


@cache
def _sound_word_models(lang: str) -> _SoundModels | None:
    """Letter-pair models of ``lang``'s CLDR names spelled by sound and of
    its word list's commonest words (types), with the size of the alphabet
    they share; None for a language with capitals or written without
    spaces, or without CLDR names or a word list."""
    from wordfreq import top_n_list

    from tqcheck.alignment.scripts import language_has_case, written_without_spaces
    from tqcheck.alignment.wordlists import LETTER_MODEL_WORDS, wordlist_language

    code = wordlist_language(lang)
    if code is None or language_has_case(lang) or written_without_spaces(lang):
        return None
    sounded, _ = _by_sound(lang)
    names = [strip_marks(w) for name in sounded for w in name.split() if len(w) >= MIN_SOUND_WORD - 1]
    # (Letters and marks: a Devanagari vowel sign is no letter by isalpha.)
    words = [strip_marks(w) for w in top_n_list(code, LETTER_MODEL_WORDS) if _LETTERS_AND_MARKS.fullmatch(w)]
    if not names or not words:
        return None
    alphabet = len({ch for w in (*names, *words) for ch in w}) + 1
    models = _pair_model(names), _pair_model(words), alphabet
    # Models that take many of the language's own common words for names
    # are broken (a list of other tokens, too few names): none rather.
    common = [w for w in words[:CHECKED_WORDS] if len(w) >= MIN_SOUND_WORD]
    leaning = sum(1 for w in common if _lean(w, models) >= SOUND_WORD_LEAN)
    return models if common and leaning <= MAX_COMMON_LEANING * len(common) else None


def _lean(word: str, models: _SoundModels) -> float:
    (names, names_total), (words, words_total), alphabet = models
    pairs = _letter_pairs(word)
    space = alphabet * alphabet * _PAIR_SMOOTHING
    total = 0.0
    for pair in pairs:
        total += math.log(
            (names.get(pair, 0) + _PAIR_SMOOTHING) / (names_total + space)
        ) - math.log((words.get(pair, 0) + _PAIR_SMOOTHING) / (words_total + space))
    return total / len(pairs)


@lru_cache(maxsize=65536)
def sound_lean(word: str, lang: str) -> float | None:
    """How much more ``word``'s letters read as a name spelled by sound
    than as a word of ``lang`` (see SOUND_WORD_LEAN): ستانلي (Stanley) 1.0,
    كافانو (Kavanaugh) 1.1, المتجهة (heading) -2.0. None where there are no
    such models (see _sound_word_models)."""
    models = _sound_word_models(lang)
    return None if models is None else _lean(strip_marks(word), models)


def sound_words(text: str, start: int, end: int, lang: str) -> list[NameMention]:
    """Words of ``text[start:end]``, in a language written with spaces but
    no capitals, that spell a foreign name by sound (see sound_lean) and
    are not common words of the language."""
    from tqcheck.alignment.scripts import language_scripts
    from tqcheck.alignment.wordlists import zipf

    if _sound_word_models(lang) is None:
        return []
    scripts = language_scripts(lang)
    out = []
    for a, b in script_words(text, start, end):
        word = text[a:b]
        letters = letter_count(word)
        if letters < MIN_SOUND_WORD or char_script(word[0]) not in scripts or (zipf(word, lang) or 0.0) >= RARE_SOURCE:
            continue
        lean = sound_lean(word, lang)
        if lean is not None and lean >= (SOUND_WORD_LEAN if letters >= LONG_SOUND_WORD else SHORT_SOUND_WORD_LEAN):
            out.append(NameMention(a, b, word, (word,)))
    return out


@cache
def _sound_run(lang: str) -> re.Pattern[str] | None:
    letters = sound_letters(lang)
    if not letters:
        return None
    sound = "[" + re.escape("".join(sorted(letters))) + "]"
    joining = "[" + re.escape("".join(sorted(_joining_letters(lang)))) + "]"
    # A joining letter stands between two letters of the table, never at a
    # run's edge: there it is as often a word of the sentence (士 of 福特博士,
    # Dr Ford; 欧 of 脱欧, Brexit) or one letter of a name the table spells
    # only in part (基 of 伯佐夫斯基, Berzofsky).
    return re.compile(f"{sound}(?:{joining}?{sound})+")
