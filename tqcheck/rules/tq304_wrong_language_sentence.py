"""A whole sentence in the wrong language.

## What it does
Flags a sentence that is not in the target language, and names the
language it is in. Cheap signals decide first: a sentence mostly in the
other script (Cyrillic in English, Latin in Bulgarian) with at least three
such words is flagged at once; a sentence of at least six words with almost
none of the target's function words (the, of, and, to...) but several of
another language's is a candidate, and only candidates are given to
langdetect (seeded, so the result is always the same), which must agree.
langdetect is never loaded for a text in the right language. A sentence
of eight words or more with none of the target's function words and some
accented letters (Polish, Czech) is a candidate too. So is a sentence of
six words or more with two lower-case words holding a letter of the
target's script that its alphabet lacks (CLDR exemplars: ы or э in
Ukrainian, і or є in Russian, ã in Spanish), or one such word and a
function word of another language (что). A neighbour language shares many
function words with the target (Russian and Ukrainian both have в, на, не,
за), not its letters; one loanword (café) is not enough.

## Why
Machine translation sometimes passes a sentence through untouched (a quote,
a caption, a sentence it failed to segment), and a copy-edited page can
mix in a paragraph of the source. A reader of the target language loses
the whole sentence.

## Example
    Шофьорът е задържан за 24 часа в ареста на полицията.
    The driver was detained. Шофьорът е задържан за 24 часа в ареста.
    The mayor spoke first. Der Bürgermeister hat die Pläne für das neue Stadion in der Sitzung vorgestellt.
    [en>uk] Уряд схвалив бюджет. Президент сказал, что правительство будет работать над этим вопросом всю неделю.

## Use instead
    The driver was detained for 24 hours in police custody.
    The minister met Ivan Petrov, the mayor of Sofia, in Burgas.
    Apr 7, 2025 09:34 144
    [en>uk] Уряд схвалив бюджет. Президент сказав, що уряд працюватиме над цим питанням увесь тиждень.
"""

from __future__ import annotations

import re
from functools import cache

from tqcheck.langid import (
    CLOSE_LANGUAGES,
    FUNCTION_WORDS,
    generated_words,
    langdetect_guess,
    langdetect_knows,
    quick_guess,
)
from tqcheck.locale import alphabet, base_language
from tqcheck.model import Category, Severity
from tqcheck.rules._scripts import (
    foreign_segments,
    language_name,
    other_script_letter,
    script_label,
    script_words,
    target_scripts,
)
from tqcheck.rules.base import make_rule
from tqcheck.writing_systems import WORD, char_class, scripts_in

# Function words of a few more languages, only to raise a candidate (the
# generated lists, tqcheck/data/function_words.tsv, add every language
# wordfreq knows).
_MORE_FUNCTION_WORDS = {
    "es": "el la los las de del y en que es un una por con para se no al lo como más pero su sus fue",
    "it": "il lo la gli le di del della e è in che un una per con non si da al alla sono anche come",
    "pt": "o a os as de do da dos das e em no na que um uma para com não se por ao é mais",
    "nl": "de het een en van in is dat op te met voor zijn niet die er aan ook als bij",
}
# More common words of a target, which never count for another language
# (English "a", "do", "no" are function words of Portuguese or Spanish too).
_MORE_TARGET_WORDS = {
    "en": "a i you he she we they his her its our their them him me my your us do does did can could will "
    "would should may might must what which who whom whose when where why how all any each every some such "
    "no nor so than too very just also there here then now only own same other more most about into over "
    "after before under again out up down off new one two were been had if or were no yes",
}
_WORD = re.compile(WORD)
MIN_WORDS = 6
# Below this share of target function words a sentence is a candidate...
TARGET_SHARE = 0.10
# ...when another language reaches this share (and two words), or when the
# target has none at all in a sentence this long.
OTHER_SHARE = 0.15
NO_TARGET_MIN_WORDS = 8
# langdetect must be at least this sure.
MIN_PROB = 0.90


def _target_key(lang: str) -> str:
    """The profile a target reads: its tag's own list when it has one
    (sr-Latn), else its language's."""
    tag = lang.replace("_", "-")
    return tag if tag in generated_words() and base_language(tag) not in FUNCTION_WORDS else base_language(tag)


@cache
def _target_words(lang: str) -> frozenset[str]:
    return _profiles().get(lang, frozenset()) | frozenset(_MORE_TARGET_WORDS.get(lang, "").split())


def _function_words() -> dict[str, str]:
    words = dict(FUNCTION_WORDS)
    for lang, extra in _MORE_FUNCTION_WORDS.items():
        words.setdefault(lang, extra)
    for lang, generated in generated_words().items():
        words.setdefault(lang, generated)
    return words


@cache
def _profiles() -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.split()) for lang, w in _function_words().items()}


QUICK_WORDS = 12


@cache
def _quick_words(lang: str) -> tuple[str, ...]:
    """The first (commonest) function words of a language as " word "
    substrings: each one found is surely a word of the sentence, so a few
    of them settle most sentences without splitting them into words."""
    return tuple(f" {w} " for w in _function_words().get(lang, "").split()[:QUICK_WORDS])


def _identify(piece: str, others: frozenset[str]) -> tuple[str | None, str]:
    """The language of the words of a segment in scripts the target does
    not use (names in the target's script left out)."""
    words = " ".join(script_words(others).findall(piece))
    guess = quick_guess(words)
    if guess is not None:
        return guess, "function words"
    result = langdetect_guess(words)
    if result is None:
        return None, "script"
    return result[0], f"langdetect, p={result[1]:.2f}"


_NON_ASCII_LETTER = re.compile(r"[\u00c0-\u024f]")


def same_script_candidate(words: list[str], target: str, piece: str = "") -> bool:
    profiles = _profiles()
    vocab = profiles.get(target)
    if vocab is None or len(words) < MIN_WORDS:
        return False
    hits = sum(map(vocab.__contains__, words))
    share = hits / len(words)
    if share >= TARGET_SHARE:
        return False
    if hits == 0 and len(words) >= NO_TARGET_MIN_WORDS and len(_NON_ASCII_LETTER.findall(piece)) >= 2:
        return True  # none of the target's words, and letters with diacritics: Polish, Czech...
    own = _target_words(target)
    counts: dict[str, int] = {}
    for w in words:  # each word once against every language's list, through one index
        if w not in own:
            for lang in _languages_of().get(w, ()):
                counts[lang] = counts.get(lang, 0) + 1
    base = base_language(target)
    return any(
        n >= 2 and n / len(words) >= OTHER_SHARE and n > hits
        for lang, n in counts.items()
        if lang != target and base_language(lang) != base
    )


@cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """word -> the languages whose function words hold it."""
    index: dict[str, list[str]] = {}
    for lang, vocab in _profiles().items():
        for w in vocab:
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


@cache
def _letters_outside(lang: str) -> re.Pattern[str] | None:
    """A letter of the target's own scripts that its CLDR alphabet (main
    letters) lacks: ы э ъ ё for Ukrainian, і ї є for Russian, ã ç for
    Spanish. None without an alphabet (Han) or when langdetect could not
    name the target itself (Serbian: it would name a neighbour of any
    sentence)."""
    own = {c for letter in alphabet(lang)[0] if len(letter) == 1 for c in (letter, letter.upper())}
    if not own:
        return None
    own_class = "".join(sorted(re.escape(c) for c in own))
    return re.compile(f"(?![{own_class}])[{char_class(target_scripts(lang))}]")


def _lower_words_with(pattern: re.Pattern[str], piece: str, enough: int = 2) -> int:
    """How many lower-case words of ``piece`` hold a letter ``pattern``
    matches, counted up to ``enough`` (a capitalised word is a name: Шойгу
    in Ukrainian, São Paulo)."""
    found, last = 0, -1
    for m in pattern.finditer(piece):
        if not m.group().isalpha():
            continue
        start = m.start()
        while start > 0 and piece[start - 1].isalpha():
            start -= 1
        if start != last and piece[start].islower():
            found += 1
            if found >= enough:
                break
        last = start
    return found


def _other_function_word(words: list[str], target: str) -> bool:
    """Whether a word is a function word of another language and not a
    word of the target (что in a Ukrainian text)."""
    own, index, base = _target_words(target), _languages_of(), base_language(target)
    return any(
        w not in own and any(base_language(lang) != base for lang in index.get(w, ())) for w in words
    )


def _same_language(found: str, target: str) -> bool:
    """langdetect's answer is the target, or a language it cannot tell from
    the target (Serbian and Croatian, Danish and Norwegian...)."""
    found, base = base_language(found), base_language(target)
    return found == base or found in CLOSE_LANGUAGES.get(base, ())


def check(rule, ctx):
    text = ctx.text
    target = _target_key(ctx.target_lang)
    foreign = foreign_segments(ctx)
    other_script = other_script_letter(ctx.target_lang)
    vocab = _profiles().get(target)
    # The fast path for nearly every sentence: short, or with enough of the
    # target's function words (distinct function words among the
    # space-separated tokens, which errs towards a closer look). It reads the
    # text lower-cased once (shared with other rules; it equals str.lower()
    # unless the text holds an İ, and then each sentence is lower-cased).
    lowered = None if "\u0130" in text else ctx.lowered
    quick = _quick_words(target)
    outside = _letters_outside(ctx.target_lang)
    for seg in ctx.segments:
        odd_letters = 0 if outside is None else _lower_words_with(outside, text[seg.start : seg.end])
        if seg.id not in foreign and not odd_letters:
            piece = text[seg.start : seg.end].lower() if lowered is None else lowered[seg.start : seg.end]
            # A lower bound on the target's words against an upper bound on
            # all words (a printable piece is split by spaces alone): enough
            # settles it as the full count below would, with no split.
            if quick and piece.isprintable():
                need = TARGET_SHARE * (piece.count(" ") + 1)
                found = 0
                for word in quick:
                    if word in piece:
                        found += 1
                        if found >= need:
                            break
                if found >= need:
                    continue
            words = piece.split()
            n = len(words)
            if n < MIN_WORDS or vocab is None or len(vocab.intersection(words)) >= TARGET_SHARE * n:
                continue
        piece = text[seg.start : seg.end]
        if seg.id in foreign:
            others = frozenset(scripts_in(piece)) - target_scripts(ctx.target_lang)
            lang, how = _identify(piece, others)
            script = script_label(others)
            if lang is None or _same_language(lang, ctx.target_lang):
                said = f"{script} script"
            else:
                said = f"{language_name(lang)} ({script} script; {how})"
            yield rule.finding(
                ctx, seg.start, seg.end, f"this sentence is in {said}, not {language_name(ctx.target_lang)}"
            )
            continue
        if other_script.search(piece):
            continue  # the other script's words are TQ301's
        words = _WORD.findall(piece.lower())
        if odd_letters:
            # One loanword (café) is not enough: two such words, or a
            # function word of another language, before langdetect is asked.
            if (
                len(words) < MIN_WORDS
                or (odd_letters < 2 and not _other_function_word(words, target))
                or not langdetect_knows(base_language(ctx.target_lang))
            ):
                continue
        elif not same_script_candidate(words, target, piece):
            continue
        result = langdetect_guess(piece)
        if result is None:
            continue
        lang, prob = result
        if _same_language(lang, ctx.target_lang) or prob < MIN_PROB:
            continue
        yield rule.finding(
            ctx,
            seg.start,
            seg.end,
            f"this sentence is in {language_name(lang)} (by function words and langdetect, p={prob:.2f}), "
            f"not {language_name(ctx.target_lang)}",
        )


RULE = make_rule(
    __doc__,
    code="TQ304",
    name="wrong-language-sentence",
    severity=Severity.MAJOR,
    category=Category.UNTRANSLATED,
    check=check,
)
