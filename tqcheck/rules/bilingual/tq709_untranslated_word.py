"""Flags a word of the source left untranslated in its translation.

## What it does
Reports a word of a translated sentence that is copied from its source
sentence and is not a word of the target language:

- a word in a script of the source language that the target language does
  not write (scripts from CLDR): `погода` in English, `weather` or `天气`
  left in a Chinese or English sentence. Where the source writes capitals,
  a capitalised word is a name kept in its own spelling and passes, as do
  acronyms. A word the target's word list has about as often, relative to
  the source's, or often, is a borrowing (`singles`, `tweets` in Greek); a
  lone one among the target's words must be more common there to pass
  than one of a phrase kept whole (`daily` in Russian, against `four
  all-square` in Greek);
- in a pair that shares a script, a lower-case word of four letters or
  more that is much more common in the source language than in the
  target's (by the `wordfreq` lists: a Zipf frequency lower by more than
  1): `weather` left in a German sentence. Words the two languages share
  (`international`, `hotel`) are about as common in both and pass, as do a
  form of a target word (German `immune` of `immun`) and a word the source
  writes only with a capital (`Global Citizen`: part of a name);
- in such a pair, a lone copied word (not one of a phrase the source has
  whole) that the target's spelling dictionary lacks, with a lower bar: a
  Zipf frequency under 4.5 and lower than at home by 0.8 (`daily` in
  Romanian, 3.9 against 5.1);
- in such a pair, where the target language writes its nouns with a
  capital (German), a copied lower-case word that its spelling dictionary
  does not have as written (`restaurants`, `statement`, `daily`), which
  the word lists, quoting English web text, put at Zipf 4;
- in such a pair, a copied word that the lists cannot place (an inflected
  form where the source's list stops at Zipf 3, Turkish `izlediyseniz`;
  a word under the target list's floor, `allegation` in Turkish) when it
  is rare in the target's list and its letters read as the source
  language's (letter models from each language's word list); or when
  the target's list lacks it altogether, it ends as the source's words
  do and not the target's (`furthering`, `allegation` in Romanian,
  Romanian `controlerul` in English), and the other languages of its
  script mostly lack it too (a borrowing travels: `briefing`);
- in such a pair where one language has no word list (Swahili, Estonian,
  Basque), a copied word that the other side's list and those of the
  script's other languages place in the source language: common there and
  far rarer in the other languages (`growth` left in Swahili; not `online`,
  which travels), or, from a source without a list, no word of the
  target's list or spelling dictionary nor of the other languages
  (Swahili `ukuaji` in English).

A word kept, as in the source, beside a word the target language has
borrowed (about as common there as at home: `show`, `hall`) is one of a
compound borrowed whole (`talk show`, `town hall`). A unit's symbol in the source's letters after its figure (`100 mph`; not
a unit's name, `miles`) is kept as written (a conversion is TQ701's). A word followed by a
gloss in brackets is a term kept on purpose, and so
is a quotation of two words or more that the source has word for word (a
slogan, a title: `„November is coming!“`), and a word the translation keeps
in two sentences or more, each time where its source has it: a term of the
trade the translator chose to keep (golf's `foursomes`, `putt`).

## Why
Machine translation copies words it cannot translate, and a tired
translator leaves one behind; the sentence still reads, so the gap is easy
to miss.

## Example
    Времето беше необичайно топло за октомври. => The weather was unusually топло for October.
    Кметът откри новия мост в неделя. => The кметът opened the new bridge on Sunday.
    [en>el] The government met on Monday. => Η government συνεδρίασε τη Δευτέρα.
    [en>de] The weather was warm. => Das weather war warm.
    [fr>en] Les victimes ont été évacuées vers l'hôpital. => The victimes were taken to hospital.
    [en>tr] The court heard the allegation on Monday. => Mahkeme pazartesi günü allegation dinledi.
    [en>ru] The report was published daily. => Отчёт публиковался daily.
    [tr>en] Filmi izlediyseniz, haritayı bilirsiniz. => If you izlediyseniz the film, you know the map.
    [en>ro] Ford testified about her allegation. => Ford a depus mărturie despre allegation ei.
    [ro>en] Ieri, controlerul a oprit trenul. => Yesterday, the controlerul stopped the train.
    [ro>en] Contractul are un termen de doi ani. => The contract has a termen of two years.
    [en>de] He said the "weather" would turn. => Er sagte, das „weather“ werde umschlagen.
    [en>de] Global Citizen thanked its fans. Global Citizen will return. The citizen replied. => Global Citizen dankte seinen Fans. Global Citizen wird zurückkehren. Der citizen antwortete.
    [en>pl] Police found the weather station closed. => Policja zastała weather station zamkniętą.
    [en>sw] The bank expects growth next year. => Benki inatarajia growth mwaka ujao.
    [sw>en] Benki inatarajia ukuaji mwaka ujao. => The bank expects ukuaji next year.

## Use instead
    Времето беше необичайно топло за октомври. => The weather was unusually warm for October.
    Срещата беше в Пловдив. => The meeting was in Пловдив.
    Срещата беше в НДК. => The meeting was at the НДК.
    [en>el] Some of the commitments were announced in tweets. => Ορισμένες από τις δεσμεύσεις ανακοινώθηκαν σε tweets.
    [en>de] The method takes immune cells from a patient. => Bei der Methode werden einem Patienten immune Zellen entnommen.
    [en>pl] Global Citizen responded. => Global citizen odpowiedziało.
    [en>el] The match was four all-square at the turn. => Ο αγώνας ήταν four all-square στη στροφή.
    [en>tr] The ships will have stealth technologies. => Gemiler stealth (görünmez gemi) teknolojilerine sahip olacak.
    [en>tr] The court heard the allegation on Monday. => Mahkeme pazartesi günü iddiayı dinledi.
    [en>ro] The minister held a briefing on Monday. => Ministrul a ținut un briefing luni.
    [en>ro] She was treated for ovarian cancer. => A fost tratată pentru cancer ovarian.
    [en>de] Protesters chanted "November is coming!" outside the Senate. => Demonstranten riefen „November is coming!“ vor dem Senat.
    [en>es] Europe won the foursomes on Friday. The Americans lost the foursomes again on Saturday. => Europa ganó los foursomes el viernes. Los estadounidenses volvieron a perder los foursomes el sábado.
    [en>pl] But talk show host Karen Hunter tweeted that West was wonderful. => Prowadząca talk show Karen Hunter napisała na Twitterze, że West był wspaniały.
    [en>cs] The event used the town hall format. => Akce měla formát town hall.
    [en>sw] The match was shown online. => Mechi ilionyeshwa online.

(The examples run Bulgarian to English; in English to German, `weather`
left in `Das weather war warm` is flagged, `Hotel` and `international`
are not.)
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable

from tqcheck.alignment.scripts import UNSPACED, char_script, has_case, language_scripts, script_words
from tqcheck.alignment.wordlists import ending_lean, letters_lean, list_floor, others_zipf, stays_home, zipf
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import quote

MIN_LETTERS = 4  # a word of the target's own script (shorter ones are shared by chance: data, auto)
MIN_FOREIGN_LETTERS = 2  # a word of another script (两个字, ok)
# Zipf frequencies (wordfreq). A copied word of the shared script is the
# source language's when the source's list has it a good deal more often
# than the target's (show, rocket, tweet are about as common in French and
# Polish lists: borrowed); a word of another script that the target's list has
# this often is a borrowing too (online, email in Greek).
RARE_HERE = 4.0
HOME_ADVANTAGE = 1.2
BORROWED = 3.5
# A lone word of another script among the target's words needs more: every
# common English word reads 3.3-3.8 in the Cyrillic, Greek, Arabic and
# Chinese lists (full, daily, rock, information: web text quoting English),
# while the borrowings a translator writes in Latin letters read 4 and more
# (online, live, web) or about as often as at home (singles, tweet).
BORROWED_ALONE = 4.0
# Some languages' lists stop at a floor (Zipf 3 for Romanian, Turkish,
# Greek, Bulgarian): below it a word reads 0, so a word missing there is
# only "under 3", and it must be common at home to count (procedural,
# briefing are Romanian words too, under the floor).
COMMON_AT_HOME = 4.0
SMALL_LIST_FLOOR = 2.0  # large lists go down to Zipf 1
_NOT_A_WORD = re.compile(r"https?:|www\.|@|\.(?:com|org|net)\b", re.I)


def _source_words(source: str) -> set[str]:
    return {source[a:b].lower() for a, b in script_words(source)}


def _copied(word: str, source: str, source_words: set[str]) -> bool:
    """Whether ``word`` is in the source sentence: as a word, or for a
    script written without spaces as a run of its letters."""
    if char_script(word[0]) in UNSPACED:
        return word in source
    return word.lower() in source_words


_GLOSSED = re.compile(r"[ \u00a0]?\(")
_WORD_GAP = re.compile(r"[ \u00a0'’-]{1,3}")


def _in_a_name(text: str, start: int, end: int, script: str) -> bool:
    """Whether the word at ``text[start:end]`` belongs to a run of words of
    its script (a few words either side) that has a capitalised word."""
    words = [(a, b) for a, b in script_words(text, max(0, start - 60), min(len(text), end + 60)) if char_script(text[a]) == script]
    at = next((i for i, (a, _) in enumerate(words) if a == start), None)
    if at is None:
        return False
    lo = hi = at
    while lo > 0 and _WORD_GAP.fullmatch(text[words[lo - 1][1] : words[lo][0]]):
        lo -= 1
    while hi + 1 < len(words) and _WORD_GAP.fullmatch(text[words[hi][1] : words[hi + 1][0]]):
        hi += 1
    return any(text[a].isupper() for a, _ in words[lo : hi + 1])


STEM_HERE = 3.0  # Zipf of a target word that a copied word may be a form of
UNKNOWN_AT_HOME = 1.3  # Zipf under which the stem is no word of the source language (large lists stop at 1)
MAX_ENDING = 2  # letters an ending adds to a word (tweet-s, immun-e)


def _stems(word: str) -> list[str]:
    """``word`` and the word less an ending of up to MAX_ENDING letters."""
    return [word] + [word[:-k] for k in range(1, MAX_ENDING + 1) if len(word) - k >= MIN_LETTERS]


def _neighbours(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """The words right before and after the word at ``text[start:end]``,
    each with whether it comes before."""
    words = script_words(text, max(0, start - 40), min(len(text), end + 40))
    at = next((i for i, (a, _) in enumerate(words) if a == start), None)
    if at is None:
        return []
    return [(text[words[j][0] : words[j][1]], j < at) for j in (at - 1, at + 1) if 0 <= j < len(words)]


def _alone(text: str, start: int, end: int, script: str) -> bool:
    """Whether the word at ``text[start:end]`` has no word of its script
    next to it: a word among the target's, not part of a phrase kept whole
    (main card, four all-square)."""
    return not any(char_script(other[0]) == script for other, _ in _neighbours(text, start, end))


def _beside_a_borrowing(text: str, start: int, end: int, source: str, source_lang: str, target_lang: str) -> bool:
    """Whether the word at ``text[start:end]`` stands, as in the source,
    beside a word the target language has borrowed, about as common there
    as at home (show, hall: not that, time): one of a compound borrowed
    whole (talk show, town hall)."""
    script = char_script(text[start])
    for other in _copied_neighbours(text, start, end, source):
        if char_script(other[0]) != script or len(other) < MIN_LETTERS or not other.islower():
            continue
        here, home = zipf(other, target_lang), zipf(other, source_lang)
        if here is not None and home is not None and here >= BORROWED and home - here < HOME_ADVANTAGE:
            return True
    return False


_FIGURE_BEFORE = re.compile(r"\d[ \u00a0\u202f]?$")
MAX_UNIT_SYMBOL = 3  # letters of a unit's symbol (mph, km); a unit's name (miles) is a word to translate


def _unit_after_a_figure(text: str, start: int, end: int, source_lang: str) -> bool:
    """Whether the word at ``text[start:end]`` is a symbol of a unit of the
    source language (CLDR's forms: mph) right after a figure (100 mph)."""
    from tqcheck.alignment.numbers import unit_after

    if end - start > MAX_UNIT_SYMBOL:
        return False
    before = _FIGURE_BEFORE.search(text, max(0, start - 2), start)
    return before is not None and unit_after(text, before.start() + 1, source_lang) is not None


def _copied_neighbours(text: str, start: int, end: int, source: str) -> list[str]:
    """The words beside the word at ``text[start:end]`` that stand beside it
    in the source too, on the same side (town of town hall)."""
    word = text[start:end].lower()
    low = source.lower()
    return [
        other for other, before in _neighbours(text, start, end)
        if (f"{other.lower()} {word}" if before else f"{word} {other.lower()}") in low
    ]


def _in_a_copied_phrase(text: str, start: int, end: int, source: str) -> bool:
    """Whether the word at ``text[start:end]`` is one of a phrase the source
    has whole (town hall, front nine), not a lone word left among the
    target's."""
    return bool(_copied_neighbours(text, start, end, source))


def _borrowed(word: str, source_lang: str, target_lang: str, common: float = BORROWED) -> bool:
    """Whether a word of the source's script is one the target language
    uses: common in its word list, or about as common there as at home
    relative to each list (singles, tweet in Greek; a form of one: tweets).
    A word under the target list's floor reads 0 there: not borrowed."""
    for form in _stems(word):
        here, home = zipf(form, target_lang), zipf(form, source_lang)
        if here is None or home is None:
            return False
        if form != word and home < COMMON_AT_HOME:
            continue  # a stem that is no common word at home (brid-ge) is chance
        if here >= common or (here > 0 and home - here < HOME_ADVANTAGE):
            return True
    return False


def _capitalised_in(word: str, source: str) -> bool:
    """Whether the source writes ``word`` only with a capital, inside the
    sentence (Global Citizen): part of a name, which a translator may keep."""
    seen = [m for m in re.finditer(r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])", source, re.I)]
    return bool(seen) and all(m.group(0)[0].isupper() and m.start() > 0 for m in seen)


def _inflected_here(word: str, source_lang: str, target_lang: str) -> bool:
    """Whether ``word`` is a form of a word of the target language that the
    source's list lacks (German immune of immun): the stem, less an ending,
    is a fairly common word of the target's list and no word of the
    source's (immun: Zipf 3.3 in German, 1.2 in English; not English
    ended of German Ende, which English has too). A source list that
    stops at Zipf 3 (Romanian) cannot tell that a stem is no word of its
    language: Romanian termen is no form of English term."""
    floor = list_floor(source_lang)
    if floor is None or floor >= UNKNOWN_AT_HOME:
        return False
    for form in _stems(word)[1:]:
        here, home = zipf(form, target_lang), zipf(form, source_lang)
        if here is not None and home is not None and here >= STEM_HERE and home < UNKNOWN_AT_HOME:
            return True
    return False


def _rare_here(
    home: float, here: float, target_lang: str, rare: float = RARE_HERE, advantage: float = HOME_ADVANTAGE
) -> bool:
    """Whether a copied word is much more common in the source language's
    list than in the target's."""
    floor = list_floor(target_lang)
    if floor is None or here >= rare or home - here < advantage:
        return False
    # Under a list's floor, and not common enough at home to tell.
    return not (floor >= SMALL_LIST_FLOOR and home < COMMON_AT_HOME)


# A copied word that the lists cannot place (an inflected form of a
# language whose list stops at Zipf 3, Turkish izlediyseniz; an English
# word under a small list's floor, allegation in Turkish) is the source's
# when it is rare in the target's list and its letters read as the source
# language's by this much (wordlists.letters_lean; cognates and international
# words, haute couture, cappuccino, read as both or neither). A large
# source list must know it as a word (bogey, a golf term, is under Zipf 3).
LETTERS_LEAN = 0.95
LETTERS_RARE_HERE = 3.0
LETTERS_KNOWN_AT_HOME = 3.0


def _letters_from_source(word: str, home: float, here: float, source_lang: str, target_lang: str) -> bool:
    if here >= LETTERS_RARE_HERE or home < here:
        return False
    floor = list_floor(source_lang)
    if floor is None or (floor < SMALL_LIST_FLOOR and home < LETTERS_KNOWN_AT_HOME):
        return False
    lean = letters_lean(word, source_lang, target_lang)
    return lean is not None and lean >= LETTERS_LEAN


# A copied word the target's list lacks altogether (under its floor) whose
# letters lean less (furthering, allegation in Romanian; Romanian
# controlerul, bancnotelor in English) is the source's when its ending is
# one of the source language's that few of the target's words have (-ing,
# -tion; -ul, -elor: wordlists.ending_lean) and the other languages of its
# script mostly lack it: a borrowing travels (briefing, couture read 2.5
# and more in the other lists), and a word of the target's own under the
# floor ends as the target's words do (ovarian, inventive in Romanian).
ENDING_LEAN = 2.0  # e^2: over 7 times the share of the source's words end so


def _ending_from_source(word: str, home: float, here: float, source_lang: str, target_lang: str) -> bool:
    if here > 0 or home < here:
        return False
    floor = list_floor(source_lang)
    if floor is None or (floor < SMALL_LIST_FLOOR and home < LETTERS_KNOWN_AT_HOME):
        return False
    lean = ending_lean(word, source_lang, target_lang)
    if lean is None or lean < ENDING_LEAN:
        return False
    return stays_home(word, source_lang)


# A copied word the target's spelling dictionary lacks needs less from the
# lists: web text quotes English (daily, full read Zipf 4 in Romanian).
UNKNOWN_RARE_HERE = 4.5
UNKNOWN_HOME_ADVANTAGE = 0.8


def _unknown_here(word: str, target_lang: str) -> bool:
    from tqcheck.alignment.lexicon import known_word

    return known_word(word, target_lang) is False


def _no_lower_case_word_here(word: str, target_lang: str) -> bool:
    """Whether ``word``, in lower case, is no word of a target language that
    writes its nouns with a capital (German: the locale facts' orthography
    table) by its spelling dictionary: there the word lists, which quote
    web text in English (restaurants, daily at Zipf 4 in German), cannot
    tell a word copied from English, and the dictionary has every word the
    language writes in lower case (immune, online). False without one."""
    from tqcheck.alignment.lexicon import known_word
    from tqcheck.locale import capitalises_nouns

    return capitalises_nouns(target_lang) and known_word(word, target_lang) is False


# Where one side's language has no word list (wordfreq has none for
# Swahili, Estonian, Basque, Welsh), the other side's and those of its
# script's other languages still tell a word that stays in its language:
# a word common in the source (Zipf 4 and more) that the panel of other
# languages' lists has far less often (growth 5.0 in English, 2.7 as the
# panel's median; not a borrowing that travels, online 5.2 against 4.9,
# briefing 3.7 against 2.5), left in a translation into a language without
# a list; or a word of a source language without a list that the target's
# list, its spelling dictionary and the panel all lack (Swahili ukuaji in
# English).
STAYS_HOME_BY = 2.0


def _one_list_says_source(word: str, home: float | None, here: float | None, source_lang: str, target_lang: str) -> str | None:
    """Why ``word``, copied, is the source language's where one side has
    no word list (see STAYS_HOME_BY); None if it is not so placed."""
    from tqcheck.alignment.lexicon import known_word

    if home is not None and here is None:
        others = others_zipf(word, source_lang)
        if home >= COMMON_AT_HOME and others is not None and home - others >= STAYS_HOME_BY and not known_word(word, target_lang):
            return (
                f"{word!r} is copied from the source, is common in the source language (word-list frequency "
                f"{home:.1f}) and far less so in other languages of its script ({others:.1f}): translate it"
            )
    if home is None and here is not None and here == 0 and known_word(word, target_lang) is False:
        if stays_home(word, target_lang):
            return f"{word!r} is copied from the source and is in neither this language's word list nor its spelling dictionary: translate it"
    return None


MIN_QUOTED_WORDS = 2  # a quoted phrase the source has whole is kept on purpose; one quoted word may be a slip


def _quoted_from_source(ctx: RuleContext) -> list[tuple[int, int]]:
    """The spans of the translation's quotations that the source has word
    for word, of MIN_QUOTED_WORDS words or more: a slogan or a title kept
    in its language (`„November is coming!“`), sorted by start."""
    source = None
    spans = []
    for q in ctx.quotes.quotations:
        start, end = q.inner
        inner = ctx.text[start:end].strip(" \u00a0.,;:!?")
        if len(script_words(inner)) < MIN_QUOTED_WORDS:
            continue
        if source is None:
            source = " ".join(ctx.source.checked_text.split()).lower()  # type: ignore[union-attr]
        if " ".join(inner.split()).lower() in source:
            spans.append((start, end))
    return spans


MIN_KEPT_PAIRS = 2  # sentence pairs that keep a word for it to be the translator's term


def _kept_throughout(ctx: RuleContext) -> frozenset[str]:
    """The lower-case words that the translation keeps as its source has
    them in MIN_KEPT_PAIRS sentence pairs or more: a term of the trade the
    translator chose to keep (foursomes, putt), not one left by mistake,
    which the other sentences translate. (A name kept, Global Citizen, says
    nothing of the word citizen.)"""
    from collections import Counter

    counts: Counter[str] = Counter()
    for pair in ctx.pairs:
        if not pair.translated:
            continue
        target = {
            word for a, b in script_words(ctx.text, pair.target_start, pair.target_end)
            if (word := ctx.text[a:b]).islower()
        }
        counts.update(target & _source_words(pair.source))
    return frozenset(w for w, n in counts.items() if n >= MIN_KEPT_PAIRS)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, math.inf)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    if ctx.source is None:
        return
    target_scripts = language_scripts(ctx.target_lang)
    source_scripts = language_scripts(ctx.source_lang)
    if not target_scripts or not source_scripts:
        return
    foreign = source_scripts - target_scripts
    kept: list[tuple[int, int]] | None = None  # quotations the source has word for word, read when first needed
    terms: frozenset[str] | None = None  # words kept throughout, read when first needed
    for pair in ctx.pairs:
        if not pair.translated or ctx.text[pair.target_start : pair.target_end] == pair.source:
            continue  # a whole sentence left as it was is TQ706's
        source_words = _source_words(pair.source)
        for a, b in script_words(ctx.text, pair.target_start, pair.target_end):
            word = ctx.text[a:b]
            script = char_script(word[0])
            around = ctx.text[max(0, a - 8) : b + 8]
            if _NOT_A_WORD.search(around) or not _copied(word, pair.source, source_words):
                continue
            if _GLOSSED.match(ctx.text, b):
                continue  # stealth (görünmez gemi): a term kept on purpose, explained in brackets
            if _unit_after_a_figure(ctx.text, a, b, ctx.source_lang):
                continue  # 100 mph: the source's unit symbol after its figure (a conversion is TQ701's)
            if kept is None:
                kept = _quoted_from_source(ctx)
            if _inside(kept, a, b):
                continue  # „November is coming!“: a slogan or title quoted in its language
            if terms is None:
                terms = _kept_throughout(ctx)
            if word.lower() in terms:
                continue  # foursomes, in every sentence that has it: the translator's term
            if script in foreign:
                if len(word) < MIN_FOREIGN_LETTERS or (has_case(script) and (word[0].isupper() or word.isupper())):
                    continue  # a name or an acronym kept in its own spelling
                if has_case(script) and _in_a_name(ctx.text, a, b, script):
                    continue  # Newport on the Levee, The Power of Nutrition: a name kept whole
                common = BORROWED_ALONE if _alone(ctx.text, a, b, script) else BORROWED
                if _borrowed(word, ctx.source_lang, ctx.target_lang, common):
                    continue  # a borrowing the language uses (online, email, singles, tweets)
                message = f"{word!r} is left as the source has it, in a script this language does not use: translate it"
            elif script in target_scripts and script in source_scripts:
                if len(word) < MIN_LETTERS or not word.islower() or "-" in word:
                    continue
                if _capitalised_in(word, pair.source) or _inflected_here(word, ctx.source_lang, ctx.target_lang):
                    continue  # Global Citizen; German immune (immun)
                if _beside_a_borrowing(ctx.text, a, b, pair.source, ctx.source_lang, ctx.target_lang):
                    continue  # talk show, town hall: a compound borrowed whole
                home, here = zipf(word, ctx.source_lang), zipf(word, ctx.target_lang)
                if home is None or here is None:
                    unlisted = _one_list_says_source(word, home, here, ctx.source_lang, ctx.target_lang)
                    if unlisted is None or _in_a_copied_phrase(ctx.text, a, b, pair.source):
                        continue
                    message = unlisted
                elif _rare_here(home, here, ctx.target_lang):
                    message = (
                        f"{word!r} is copied from the source and is rare in this language "
                        f"(word-list frequency {here:.1f}, {home:.1f} in the source language): translate it"
                    )
                elif _letters_from_source(word, home, here, ctx.source_lang, ctx.target_lang):
                    message = (
                        f"{word!r} is copied from the source, is rare in this language (word-list frequency "
                        f"{here:.1f}) and its letters are the source language's: translate it"
                    )
                elif _ending_from_source(word, home, here, ctx.source_lang, ctx.target_lang):
                    message = (
                        f"{word!r} is copied from the source, is not in this language's word list and ends "
                        "as the source language's words do: translate it"
                    )
                elif (
                    _rare_here(home, here, ctx.target_lang, UNKNOWN_RARE_HERE, UNKNOWN_HOME_ADVANTAGE)
                    and _unknown_here(word, ctx.target_lang)
                    and not _in_a_copied_phrase(ctx.text, a, b, pair.source)
                ):
                    message = (
                        f"{word!r} is copied from the source, is not in this language's spelling dictionary and is "
                        f"rarer here (word-list frequency {here:.1f}, {home:.1f} in the source language): translate it"
                    )
                elif home > here and _no_lower_case_word_here(word, ctx.target_lang):
                    message = (
                        f"{word!r} is copied from the source and is no word of this language written in lower "
                        "case (its spelling dictionary lacks it; a noun would take a capital): translate it"
                    )
                else:
                    continue
            else:
                continue
            yield rule.finding(ctx, a, b, message, details=(("source", quote(pair.source)),))


RULE = make_rule(
    __doc__,
    code="TQ709",
    name="untranslated-word",
    severity=Severity.MAJOR,
    category=Category.UNTRANSLATED,
    check=check,
)
