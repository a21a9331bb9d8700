"""What a sentence shows about a name, for TQ702 in any language pair:
the words of its run kept beside it (its mates), a title before it, the
word standing in its place, the words of a caseless script that spell
names by sound or that no dictionary knows, and the CLDR names and
word-list facts that tell a name from an ordinary word. Pure functions
of words, texts and languages; the rule weighs what they find."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tqcheck.alignment.anynames import (
    GRAMMAR_LETTER,
    MIN_SKELETON,
    MIN_SOUND_WORD,
    NAME_DOTS,
    RARE_SOURCE,
    SAME_ALPHABET_LETTERS,
    NameMention,
    Side,
    Token,
    dotted_name_parts,
    letters_of_sounded_names,
    letters_ratio,
    likeness,
    maybe_same_name,
    prefixed_forms,
    romanised,
    same_spelling,
    skeletons,
    sound_lean,
    strongly_alike,
)
from tqcheck.alignment.anynames import sounds_alike as respelled
from tqcheck.alignment.anynames import tokens as anytokens
from tqcheck.alignment.cldr_names import (
    concept_in,
    concepts,
    spelled_concepts,
)
from tqcheck.alignment.lexicon import (
    affix_prefixes,
    compounds,
    has_dictionary,
    inflected_noun,
    known_word,
    no_lower_case,
    ordinary_word,
)
from tqcheck.alignment.scripts import UNSPACED, char_script, script_words, written_without_spaces
from tqcheck.alignment.translit import letter_count
from tqcheck.alignment.wordlists import (
    TRAVELS,
    compound,
    international,
    others_zipf,
    zipf,
)
from tqcheck.writing_systems import lower

RARE_COMPOUND = 2.0  # Zipf under which a capitalised compound of the dictionary's words is a noun (see capitalised_noun)
MIN_MATE = 3  # letters of a run's other word that places a name (not Mr, La)
LONGEST_NAME_WORD = 15  # letters of the longest word a name of a caseless script is (كونستانتينوبول, 14)
UNKNOWN_WORD_LEAN = 0.0  # letters of a word no dictionary knows must lean to names more than this (see anynames.sound_lean)
KASHIDA = "\u0640"  # Arabic tatweel
EXPLAINED_PREFIX = 3  # letters of a prefix an unknown word may be explained without (وال of والناتو)
LONG_RUN_TOGETHER = 5  # letters of a word run together with a common one (أن الكوميديان)
RUN_TOGETHER_PART = 3  # letters of each of two words run together (المقاطعة|بعد)
MIN_LOANWORD = 5  # letters of a lower-case word a name spelled by sound may be (cocktail; not only, bank)
MIN_RARE_NAME = 4  # letters of a name that a word in its place replaced
MATE_LETTERS = range(2, 5)  # letters of the word beside a name's dot (see beside_its_mate)
COMMON_RESPELLING = 4.5  # Zipf: a word this common is no respelled name (The, Πρόεδρο)


def cldr_name(word: str, lang: str, calendar: bool = True) -> bool:
    """Whether ``word`` is, letter for letter or with a genitive s, one of
    ``lang``'s CLDR names (Türkei, Boliviens; not Monat); without
    ``calendar``, not counting the names of months and days."""
    found = spelled_concepts(word, lang) | (spelled_concepts(word[:-1], lang) if word.endswith("s") else frozenset())
    return any(calendar or c[0] not in "MD" for c in found)


def place_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a country's, region's or city's one-word CLDR name
    in ``lang``, inflected or made into an adjective (Germany, Гвінеї,
    Asian): the name nearly whole, ending aside. Not a word of a longer
    name (Kingdom, Verde: translated words), a language's name standing
    for its country (English: the US, Sena: Mozambique), nor a city that
    merely starts alike (June ~ Juneau, Senate ~ Sena)."""
    from tqcheck.alignment.cldr_names import cldr_locale, derived, fold, name_table

    table, locale = name_table(lang), cldr_locale(lang)
    if table is None or locale is None:
        return False
    folded = fold(word)
    for concept in concepts(word, lang):
        kind, _, code = concept.partition(":")
        if kind == "T":
            territory = locale.territories.get(code)
            forms: tuple[str, ...] = (fold(territory),) if territory else ()  # not its languages' names
        elif kind == "Z":
            forms = table.forms.get(concept, ())
        else:
            continue
        for form in forms:
            if " " in form or len(folded) < len(form) - 1:
                continue
            shared = next((i for i, (a, b) in enumerate(zip(form, folded)) if a != b), min(len(form), len(folded)))
            if shared >= len(form) - 2 and derived(form, folded):
                return True
    return False


def rare(word: str, lang: str, below: float) -> bool:
    """Whether the word lists have ``word`` under Zipf ``below`` (False
    without a list for ``lang``)."""
    value = zipf(word, lang)
    return value is not None and value < below


def spelled_alike(a: str, b: str) -> bool:
    """One word, spelled the same or with the very same consonants."""
    return same_spelling(a, b) or strongly_alike(a, b)


def after_a_mate(r: NameMention, m: NameMention, mates: list[str]) -> bool:
    """Whether ``r`` follows, in its run, one of ``mates`` kept that the
    name ``m`` follows in its own (Rolando Mendoza ~ Rolando Senate; not
    Captain Rolando, nor Macedonia's Institute ~ Ινστιτούτο Έρευνας)."""
    def words_before(n: NameMention) -> tuple[str, ...]:
        # (The run may have the name with a clitic: Macedonia's.)
        at = next((i for i, w in enumerate(n.run) if w.startswith(n.text)), 0)
        return n.run[:at]

    return any(
        same_spelling(o, w) or respelled(o, w) for w in words_before(r) for o in words_before(m) if o in mates
    )


def added_to_a_name_alone(r: NameMention, mentions: list[NameMention]) -> bool:
    """Whether ``r`` stands in a run beside a name that the source
    sentence writes alone, one of ``mentions`` (the Thatcher government
    -> vlády Margaret Thatcherové): a first name the translator added,
    no name put in another's place (Raju Khandelwal -> Kruger
    Khandelwal is one)."""
    mates = [o for o in r.run if o != r.text and len(o) >= MIN_MATE]
    return any(
        len(m.run) == 1 and any(same_spelling(m.text, o) or respelled(m.text, o) for o in mates) for m in mentions
    )


def title_or_nothing_before(m: NameMention, lang: str, title: str) -> bool:
    """Whether ``m`` begins its run or follows a word its language also
    writes in lower case (The Reverend Bernard, Premier Julia) that is
    not ``title`` spelled its way (Луї of Луї Пастера is Louis, a name
    kept, though both are a coin too)."""
    at = m.run.index(m.text)
    if at == 0:
        return True
    before = m.run[at - 1]
    return no_lower_case(before, lang) is False and not maybe_same_name(title, before)


def titles(
    mentions: list[NameMention], lang: str, others: list[NameMention], other_lang: str
) -> set[int]:
    """Starts of the ``mentions`` that are titles: a word its language
    also writes in lower case (Queen, Madam, Αιδεσιμότατος) right before
    a name of its run (one the dictionary has only with a capital: not
    Ocean of Pacific Ocean) that spells one of the ``others`` (the names
    of the other side) where that one has no capitalised word before it
    (królowej Elżbiety, králova sestra Alžběta) or only a word of the
    same kind (The Reverend Bernard). English capitalises a title before
    a name; most languages write it in lower case. (Not Hall of Hall
    Gillard where the source has Julia Gillard: a name's place; nor a
    word the other side has there in its own spelling, Louis ~ Луї,
    both a coin as well.)"""
    out: set[int] = set()
    for r in mentions:
        if r.text not in r.run or no_lower_case(r.text, lang) is not False:
            continue
        at = r.run.index(r.text)
        if at + 1 >= len(r.run):
            continue
        after = r.run[at + 1]
        if no_lower_case(after, lang) is not True:
            continue  # not before a name (Pacific Ocean, Sentinel Court)
        spelled = [o for o in others if o.text in o.run and same_spelling(o.text, after)]
        spelled = spelled or [o for o in others if o.text in o.run and respelled(o.text, after)]
        # Every name of the other side it may spell (Shankar, not also
        # Sanju) has no other name before it.
        if spelled and all(title_or_nothing_before(o, other_lang, r.text) for o in spelled):
            out.add(r.start)
    return out


def a_word(r: NameMention) -> bool:
    """Whether a name spelled by sound is a word of a language written
    with spaces (Arabic: anynames.sound_words), not a run of letters of
    one written without (Chinese)."""
    return char_script(r.text[0]) not in UNSPACED


def meaning_forms(word: str, lang: str, into: str) -> tuple[str, ...]:
    """CLDR's names in ``into`` of the place or language ``word`` (of
    ``lang``, letter for letter), where none of them respells it: a name
    translated by meaning (Germany: 德国), not by sound (Manila: 马尼拉;
    Jordan: 约旦). Empty otherwise."""
    from tqcheck.alignment.cldr_names import name_table

    table = name_table(into)
    if table is None:
        return ()
    forms = tuple(form for c in spelled_concepts(word, lang) for form in table.forms.get(c, ()))
    return () if any(maybe_same_name(word, form) for form in forms) else forms


SPLIT_NAME_LETTERS = 3  # letters beside a run that may be the rest of its name (斯堪的 of 斯堪的纳维亚)


def _not_this_run(r: NameMention, text: str, span: tuple[int, int], other: Side, lang: str) -> set[str]:
    """Capitalised words of ``other`` that a run spelled by sound in
    ``text`` cannot be, however it resembles them: a place or language
    CLDR translates by meaning into forms that share no letter with the
    run (see meaning_forms: 马尼拉 is no Germany, 德国; 斯洛伐克 may be
    Czechoslovakia, 捷克斯洛伐克), and a name that the rest of the run's
    sentence (``span``) spells with its very skeleton, in a word that may
    be a name, while the run does not (Edison is 爱迪生's, no 特斯拉's)."""
    start, end = span
    # Only the run's own letters (查尔斯 is still Charles where the source
    # adds Charles in brackets), less every mention of the run (特斯拉
    # twice is one name) and the letters next to it, which may be the rest
    # of a name split by a letter of the grammar.
    script = char_script(r.text[0])
    letters = "".join(ch if char_script(ch) == script else " " for ch in text[start:end])
    gap = f"[^ ]{{0,{SPLIT_NAME_LETTERS}}}"
    rest = Side(re.sub(gap + re.escape(r.text) + gap, lambda m: " " * len(m.group()), letters), lang)
    run = Side(r.text, lang)

    def cannot_be(word: str) -> bool:
        forms = meaning_forms(word, other.lang, lang)
        if forms and not any(set(form) & set(r.text) for form in forms):
            return True
        if run.has(word, other.lang, strong=True):
            return False
        # (A respelling, not a common word, nor, without spaces, letters
        # more than half of which no name is spelled with: 通知, notify,
        # and 的尝试, of the attempt, have Danius's skeleton.)
        there = rest.skeleton_respelling(word)
        if there is None or (zipf(there.text, lang) or 0.0) >= COMMON_RESPELLING:
            return False
        named = letters_of_sounded_names(lang)
        return char_script(there.text[0]) not in UNSPACED or 2 * sum(ch in named for ch in there.text) >= len(there.text)

    return {t.text for t in other.tokens if t.capitalised and not t.window and cannot_be(t.text)}


def without_words(side: Side, words: set[str]) -> Side:
    """``side`` with ``words`` blanked out (offsets kept)."""
    text = side.text
    for word in words:
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " " * len(word), text)
    return Side(text, side.lang)


def sound_run_explained(
    r: NameMention, text: str, other: Side, lang: str, names: tuple[str, ...], span: tuple[int, int] | None = None
) -> bool:
    """Whether a run of letters spelled by sound (see anynames.sound_runs)
    is a name of the other side: the run found there, or the run with the
    letter before or after it (a letter the table misses: 弗 of 弗吉尼亚,
    Virginia; not a word of the grammar, 在 of 在阿隆索, at Alonso, no
    Schumacher) found as one of ``names``; or like one of them even
    loosely, with such a letter only where CLDR's names spelled by sound
    have it (托比约恩 ~ Thorbjorn; not 长利亚姆 ~ Johnson: 长 is long);
    or a name of three letters or more inside it, the same skeleton
    (唐纳德特朗普: Donald Trump without the dot). Given the run's sentence
    (``span``, in ``text``), none of this by a word of ``other`` that the
    run cannot be (see _not_this_run), but for its CLDR concept."""
    unlike = _not_this_run(r, text, span, other, lang) if span is not None else set()
    if unlike:
        names = tuple(o for o in names if o not in unlike)
        whole, other = other, without_words(other, unlike)
    else:
        whole = other
    before = text[r.start - 1 : r.start] if r.start > 0 else ""
    after = text[r.end : r.end + 1]
    before, after = ("" if (zipf(ch, lang) or 0.0) >= GRAMMAR_LETTER else ch for ch in (before, after))
    forms = {r.text, before + r.text, r.text + after, before + r.text + after}
    forms = {f for f in forms if all(char_script(ch) == char_script(r.text[0]) for ch in f)}
    # (With a letter beside it, found as one of ``names`` only: not one
    # the caller set aside as rendered by meaning, American as 美国, which
    # 马里奥进, Mario carries out, sounds like.)
    named = Side(" ".join(names), other.lang)
    if any(
        (other if f == r.text else named).has(f, lang)
        or whole is not other and concept_in(concepts(f, lang), whole.text, whole.lang)
        for f in forms
    ):
        return True
    if cldr_name(r.text, lang, calendar=False):
        # A run that is letter for letter a CLDR place's name (奥克兰,
        # Auckland) is that place: found above by its concept or a close
        # respelling, or gone. A loose likeness to another name of the
        # other side (Crete ~ ao-ke-lan) is chance.
        return False
    # Loosely, only with a letter that CLDR's names spelled by sound have
    # (托比约恩 ~ Thorbjorn): with any letter beside it a run is like
    # some name by chance (持哈莱姆 ~ China's, 施加拉力 ~ Sagittarius).
    sounded = letters_of_sounded_names(lang)
    if any(maybe_same_name(o, f) for f in forms if set(f) - set(r.text) <= sounded for o in names):
        return True
    inside = [r.text[i:j] for i in range(len(r.text)) for j in range(i + 3, len(r.text) + 1) if j - i < len(r.text)]
    return any(strongly_alike(o, w, strict=True) for o in names for w in inside)


# A name in brackets in the letters of a cased script, right after a run
# spelled by sound: the translator's gloss of the name the run spells
# (哈考特（Newport）, 利金斯 (Liggins)).
_GLOSS = re.compile(r"\s*[(（]\s*([^\W\d_][^()（）]{0,80}?)\s*[)）]")
_GLOSS_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def glosses_unlike(text: str, start: int, end: int, lang: str, source: Side) -> list[tuple[NameMention, str, Token]]:
    """(run, gloss, the gloss's name in ``source``) for each run spelled
    by sound in ``text[start:end]`` (see anynames.sound_runs) that a gloss
    in brackets follows, a name of the ``source`` side in letters with
    capitals, which the run does not sound like, even loosely: not the
    gloss's words run together (米德索莫诺顿, Midsomer Norton), nor any
    of them (see sound_run_explained), nor the end of one (诺夫 of
    伊万诺夫, Ivanov, whose first letters the table lacks). The translator
    wrote one name and glossed it; the run is another (哈考特（Newport）)."""
    from tqcheck.alignment.anynames import sound_runs

    names = {t.text: t for t in source.tokens if t.capitalised}
    out = []
    for r in sound_runs(text, start, end, lang, short=True):
        m = _GLOSS.match(text, r.end)
        if m is None or m.end() > end:
            continue
        gloss = m.group(1)
        words = tuple(_GLOSS_WORD.findall(gloss))
        if not any(w in names for w in words) or not all(ch.lower() != ch.upper() for w in words for ch in w):
            continue
        if maybe_same_name("".join(words), r.text) or sound_run_explained(r, text, Side(gloss, source.lang), lang, words):
            continue
        if any(maybe_same_name(w[i:], r.text) for w in words for i in range(1, len(w) - 2)):
            continue
        out.append((r, gloss, next(names[w] for w in words if w in names)))
    return out


def sound_word_explained(r: NameMention, other: Side, lang: str, own: Side) -> bool:
    """Whether a word spelled by sound in a language written with spaces
    (see anynames.sound_words: Arabic ستانلي), with or without a prefix
    (اليوغا, لويابوك), is a word of the ``other`` side: a capitalised
    one respelled with its consonants or much like it in its letters
    (بيتشو ~ Picchu), or a lower-case loanword (كوكتيل, cocktail)
    respelled in a form of five letters or more, as chance likeness
    abounds among short ones (anywhere is no انلي). Not the looser
    likeness of an inflected name (Kim ~ Кімом: West is no ستانلي), nor
    a name that ``own`` side has otherwise, without this word: States,
    of الولايات المتحدة, is no ستانلي, while Guiana may be غيانا of
    غيانا الفرنسية."""
    if other.has(r.text, lang, strong=True):
        return True
    rest = Side(own.text.replace(r.text, " " * len(r.text)), own.lang)
    words = [
        t for t in other.tokens
        if not t.window and (t.capitalised or len(t.text) >= MIN_LOANWORD)
        and not (t.capitalised and rest.has(t.text, other.lang, strong=True, whole=True))
    ]
    forms = [f for f in prefixed_forms(r.text, own.lang) if len(f) >= MIN_SOUND_WORD]
    return any(
        (o.capitalised or len(f) >= MIN_LOANWORD) and respelled(o.text, f, caseless=True)
        or o.capitalised and letters_ratio(o.text, f) >= SAME_ALPHABET_LETTERS
        for o in words for f in forms
    )


def beside_its_mate(r: NameMention, text: str, mentions: list[NameMention]) -> bool:
    """Whether a run spelled by sound stands, joined by a name's dot,
    beside the rendering of one word of a source name of several words,
    and shares half its letters with another word of that name
    (凯瑟琳·马约加, Kathryn Mayorga: 马约加 ~ Mayorga, a respelling too
    loose to find alone; not 帕特里克·厄尔曼 for Patrick Morrisey)."""
    # (No spaces: the word beside is any few letters next to the dot.)
    beside = []
    if text[r.start - 1 : r.start] in NAME_DOTS:
        beside += [text[r.start - 1 - k : r.start - 1] for k in MATE_LETTERS]
    if text[r.end : r.end + 1] in NAME_DOTS:
        beside += [text[r.end + 1 : r.end + 1 + k] for k in MATE_LETTERS]
    script = char_script(r.text[0])
    beside = [w for w in beside if len(w) >= 2 and all(char_script(ch) == script for ch in w)]
    return any(
        maybe_same_name(o, w) and any(p != o and letters_ratio(p, r.text) >= SAME_ALPHABET_LETTERS for p in m.run)
        for w in beside if w for m in mentions if len(m.run) > 1 for o in m.run
    )


def _names_place(concept: str, form: str, lang: str, strict: bool) -> bool:
    """Whether ``form`` names the CLDR place ``concept`` (a country or a
    city, in ``lang``): any of its names, a name of one of the country's
    languages too (الفرنسية, French, is France's); ``strict``: a country's
    own name (not a language of it: الشان, Shan, is Myanmar's), or a
    city's that is no common word (not ترك, left, nor جوني, Johnny: Chuuk,
    Juneau)."""
    from tqcheck.alignment.cldr_names import cldr_locale, fold, name_table

    table, locale = name_table(lang), cldr_locale(lang)
    if table is None or locale is None:
        return False
    kind, _, code = concept.partition(":")
    folded = fold(form)
    if kind == "T" and code.isalpha():
        return folded == fold(locale.territories.get(code) or "") if strict else folded in table.forms[concept]
    if kind != "Z" or folded not in table.forms[concept]:
        return False
    return not strict or rare(form, lang, RARE_SOURCE)


def own_place_name(word: str, lang: str) -> bool:
    """Whether ``word`` is letter for letter a CLDR country's own name or
    a city's that is no common word (Germany, Auckland; not German, nor
    Ukrainian, a language's name; see _names_place)."""
    return any(_names_place(c, word, lang, strict=True) for c in spelled_concepts(word, lang))


def places_gone(text: str, start: int, end: int, lang: str, other: Side, strict: bool = False) -> list[NameMention]:
    """Words of ``text[start:end]``, in a caseless language written with
    spaces (Arabic), that, less a prefix, are a CLDR country's or city's
    name, where ``other`` names that place in no form (see
    cldr_names.concept_in) and has no respelling of the word. A name of
    one of the country's languages counts too (الفرنسية, French, is
    France's), unless ``strict``: a word of the translation, which
    nothing but a missing name weighs against, must be the country's
    own name or a city's that is no common word."""
    from tqcheck.alignment.cldr_names import name_table

    if name_table(lang) is None:
        return []

    def place(concept: str, form: str) -> bool:
        return _names_place(concept, form, lang, strict)

    out = []
    for a, b in script_words(text, start, end):
        word = text[a:b]
        if char_script(word[0]) in UNSPACED:
            continue
        # The place's whole name (not منطقة, region, a word of a longer
        # one), a country's (not a region's: أمريكا, the Americas) or a
        # city's; less a prefix only for a word rare as a whole
        # (والسويد; not إجمالي, total, which is مالي, Mali, less two
        # letters).
        forms = [f for f in prefixed_forms(word, lang) if f == word or rare(word, lang, RARE_SOURCE)]
        ids = frozenset(c for form in forms for c in spelled_concepts(form, lang) if place(c, form))
        # (Nor one the translation respells: Guiana ~ غيانا.)
        if ids and not concept_in(ids, other.text, other.lang) and not any(other.has(f, lang) for f in forms):
            out.append(NameMention(a, b, word, (word,)))
    return out


def affixed_forms(word: str, lang: str) -> tuple[str, ...]:
    """``word`` and the word less each prefix its language's dictionary
    adds (see lexicon.affix_prefixes: و, ال, وال), three letters left."""
    return (
        word,
        *(word[len(p):] for p in affix_prefixes(lang) if word.startswith(p) and letter_count(word) - len(p) >= 3),
    )


def common_caseless_word(word: str, lang: str) -> bool:
    """Whether ``word`` is one of ``lang``'s common words as written, or
    less a prefix of two letters or more (والخاص), that its dictionary
    knows: a foreign name common in the news is no word of the
    dictionary (توماس, Thomas, 4.5). (Less a prefix of one letter, a
    name is often a common word by chance: كيلي, Kelly, is ك + يلي,
    like what follows.)"""
    return any(
        (zipf(f, lang) or 0.0) >= COMMON_RESPELLING and known_word(f, lang) is not False
        for f in affixed_forms(word, lang) if letter_count(word) - letter_count(f) != 1
    )


def beside_kept_mate(
    m: NameMention, lang: str, text: str, start: int, end: int, words_lang: str
) -> Iterable[tuple[Token, Token]]:
    """(mate's word, word in ``m``'s place) for each word of ``m``'s run
    next to it (MIN_MATE letters or more) that a word of ``text[start:
    end]``, a caseless language (``words_lang``), spells, as written or
    less an affix prefix: the word beside that one, on the side ``m``
    has in its run, nothing but a space between (Robert Mueller -> شيبرد
    مولر: Mueller is مولر, so the word before); written without spaces,
    the word on the other side of a name's dot (拉卡·辛格).
    The neighbour is written where the word likeliest to be it stands
    (زوران for Zoran, not جرّاء, which sounds a little like it), one of
    the language's common words nowhere (دون, without, is no Don). An
    ordinary word of ``lang`` (Against of Tories Against Brexit)
    counts only spelled as it is: a caseless script respells it by
    chance. None for a run a clitic joins (Trump's West Virginia: two
    names)."""
    if m.text not in m.run or any(re.search(r"['’]", o) for o in m.run):
        return
    at = m.run.index(m.text)
    if written_without_spaces(words_lang):
        # The two words of a name's dot (拉卡·辛格: Lakkha kept, Singh's
        # place beside it; see anynames.dotted_name_parts).
        # (The kept word is any few letters next to the dot, as in
        # beside_its_mate: the table of letters may miss one of it, 逊
        # of 汤姆逊, Thomson.)
        for before, after in dotted_name_parts(text, start, end, words_lang):
            dot = after.start - 1
            for step in (-1, 1):
                if not 0 <= at + step < len(m.run) or len(m.run[at + step]) < MIN_MATE:
                    continue
                mate = m.run[at + step]
                kept, place = (before, after) if step < 0 else (after, before)
                beside = (
                    text[max(start, dot - MATE_LETTERS[-1]) : dot] if step < 0
                    else text[dot + 1 : min(end, dot + 1 + MATE_LETTERS[-1])]
                )
                if not ordinary_word(mate, lang) and Side(beside, words_lang).has(mate, lang):
                    yield kept, place
        return
    words = [t for t in anytokens(text, start, end) if not t.window]
    for step in (-1, 1):
        if not 0 <= at + step < len(m.run) or len(m.run[at + step]) < MIN_MATE:
            continue
        mate = m.run[at + step]
        respellable = not ordinary_word(mate, lang)
        # The word likeliest to be the mate, not any that sounds a
        # little like it (زوران is Zoran, not جرّاء), and no common word
        # of the language (دون, without, is no Don; وفي, and in, no Will).
        alike = [
            (likeness(mate, f), j)
            for j, t in enumerate(words) if 0 <= j - step < len(words) and not common_caseless_word(t.text, words_lang)
            for f in affixed_forms(t.text, words_lang)
            if same_spelling(mate, f) or respellable and respelled(mate, f, caseless=True)
        ]
        best = max(alike, default=(0.0, 0))[0]
        for j in sorted({j for score, j in alike if score == best}):  # (each, where the mate is written twice)
            t, place = words[j], words[j - step]
            a, b = (place.end, t.start) if step > 0 else (t.end, place.start)
            if a <= b and not text[a:b].strip() and char_script(place.text[0]) not in UNSPACED:
                yield t, place


def silent_first(name: str, word: str) -> bool:
    """Whether ``word`` keeps the consonants of ``name`` less its first,
    two at least, as a respelling drops a silent letter (Knott ~ نوت)."""
    return any(len(b) >= MIN_SKELETON and a[1:] == b for a in skeletons(name) for b in skeletons(word))


def min_place_letters(lang: str) -> int:
    """Letters of a name in a name's place: three at least (كيث, Keith),
    two where the language writes without spaces (里德, Reid)."""
    return MIN_RARE_NAME - (2 if written_without_spaces(lang) else 1)


def title_word(m: NameMention, lang: str) -> bool:
    """Whether ``m`` is a word its language's dictionary has in lower
    case that is no name or stands before one (The Reverend Bernard
    Vann): translated, so no name whose place another took."""
    at = m.run.index(m.text) if m.text in m.run else 0
    return no_lower_case(m.text, lang) is False and bool(
        ordinary_word(m.text, lang) or at + 1 < len(m.run) and no_lower_case(m.run[at + 1], lang)
    )


def name_run_together(name: str, word: str) -> bool:
    """Whether ``word`` begins or ends with ``name`` respelled, run
    together with the words beside it (روكقامبتحميل, Rock + uploaded:
    NTREX's Arabic leaves out spaces)."""
    return any(
        respelled(name, piece, caseless=True)
        for k in range(RUN_TOGETHER_PART, len(word) - RUN_TOGETHER_PART + 1)
        for piece in (word[:k], word[k:])
    )


def respelled_in(
    word: str, lang: str, other: Side, loanword: int = MIN_LOANWORD, rivals: tuple[str, ...] = (),
    affixes: bool = False, strict_loanwords: bool = False,
) -> bool:
    """Whether ``word`` of a caseless language written with spaces, less
    a prefix or not (لترامب, والناتو), or less one of the language's
    commonest words run together with it (أمامإيان, before Ian), is a
    word of ``other`` respelled: a name (see Side.has; unless one of
    ``rivals`` is spelled more like it) or a lower-case loanword, in a
    form of ``loanword`` letters or more (كوكتيل, cocktail). ``affixes``:
    less only a prefix of its dictionary's affix rules (see
    explained_forms). ``strict_loanwords``: a loanword's letters must be
    alike, not merely its classes of consonants (`rental` is no respelling
    of أرنولد, Arnold)."""
    forms = explained_forms(word, lang, affixes)
    return any(other.has(f, lang, rivals=rivals) for f in forms) or any(
        not o.window and not o.capitalised and len(o.text) >= MIN_LOANWORD
        and respelled(o.text, f, strict=strict_loanwords, caseless=True)
        and not any(respelled(o.text, r, caseless=True) for r in rivals)
        for o in other.tokens for f in forms if letter_count(f) >= loanword
    )


def respelled_with_neighbours(text: str, w: NameMention, lang: str, other: Side) -> bool:
    """Whether ``w``'s word is respelled in ``other`` (see respelled_in),
    alone or joined with the word before it or after it (ويكي نيوز: a
    name the other language writes as one word, Wikinews). Not joined
    with a neighbour that alone is spelled more like the word found:
    that name, not ``w``, explains it (توماس إديسون, Formosa Edison:
    Edison is إديسون's)."""
    before = re.search(r"(\w+)\s+$", text[max(0, w.start - 40) : w.start])
    after = re.match(r"\s+(\w+)", text[w.end : w.end + 40])
    if respelled_in(w.text, lang, other, loanword=MIN_SOUND_WORD):
        return True
    joins = []  # (the neighbour, the two joined)
    if before:
        joins.append((before.group(1), before.group(1) + w.text))
    if after:
        joins.append((after.group(1), w.text + after.group(1)))
    return any(
        respelled_in(joined, lang, other, loanword=MIN_SOUND_WORD, rivals=(neighbour,)) for neighbour, joined in joins
    )


def explained_forms(word: str, lang: str, affixes: bool = False) -> tuple[str, ...]:
    """``word`` and what may be a name in it: less a prefix of up to
    EXPLAINED_PREFIX letters (و، ال، وال), or less a common word run
    together with it before or after (أمام of أمامإيان, بدوره of
    هارينغتونبدوره). ``affixes``: less only a prefix the dictionary's
    affix rules add (see affixed_forms), not any first letters (سون of
    طومسون is no Hancock's)."""
    if affixes:
        cut = list(affixed_forms(word, lang)[1:])
    else:
        cut = [word[k:] for k in range(1, EXPLAINED_PREFIX + 1) if len(word) - k >= 3]
    for k in range(2, len(word) - 2):
        head, tail = word[:k], word[k:]
        if common_word(head, lang):
            cut.append(tail)
        if len(tail) >= RUN_TOGETHER_PART and common_word(tail, lang):
            cut.append(head)
    return (word, *dict.fromkeys(cut))


def common_word(word: str, lang: str) -> bool:
    """A word of ``lang``'s dictionary that its word list has as common
    (see RARE_SOURCE): one that runs together with others (أمام, بعد)."""
    return (zipf(word, lang) or 0.0) >= RARE_SOURCE and bool(known_word(word, lang))


def unknown_words(text: str, start: int, end: int, lang: str) -> list[NameMention]:
    """Words of ``text[start:end]``, in a caseless language written with
    spaces (Arabic), that its spelling dictionary knows in no form, less
    a prefix or more (ماريلاند, Maryland; توماس, Thomas), nor as two
    words run together (المقاطعةبعد): a foreign name spelled by sound,
    as the dictionary lists the language's own words and few names.
    None without a dictionary."""
    if not has_dictionary(lang):
        return []
    out = []
    for a, b in script_words(text, start, end):
        word = text[a:b].replace(KASHIDA, "")  # (which only stretches a line: بالسيفكـ)
        if not word or char_script(word[0]) in UNSPACED or not MIN_SOUND_WORD <= letter_count(word) <= LONGEST_NAME_WORD:
            continue  # (a longer one is words run together: التقىبومبيومعكمجونغأون)
        # (Its affix rules read the prefixes: والرئيس, بترامب.) Its
        # letters must lean to names, if only a little: a word the
        # dictionary lacks is a typo or a word it missed as often
        # (الشكوكية, scepticism; أنوفعهم).
        if known_word(word, lang) or run_together(word, lang) or (sound_lean(word, lang) or 0.0) <= UNKNOWN_WORD_LEAN:
            continue
        out.append(NameMention(a, b, word, (word,)))
    return out


def run_together(word: str, lang: str) -> bool:
    """Whether ``word`` is two words of ``lang`` written without the
    space between them: in no word list (a name is in one: كافانو,
    Kavanaugh, not كاف انو), two common words (المقاطعةبعد, the
    province after), or a common one and a long one (أن الكوميديان,
    that the comedian; إما تأكيدًا)."""
    if zipf(word, lang):
        return False
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        if not (known_word(head, lang) and known_word(tail, lang)):
            continue
        common = common_word(head, lang), common_word(tail, lang)
        if (
            all(common) and min(len(head), len(tail)) >= RUN_TOGETHER_PART
            or common[0] and len(tail) >= LONG_RUN_TOGETHER
            or common[1] and len(tail) >= RUN_TOGETHER_PART and len(head) >= LONG_RUN_TOGETHER
        ):
            return True
    return False


def capitalised_noun(word: str, lang: str) -> bool:
    """In a language that capitalises nouns (German): a word its spelling
    dictionary knows and lets begin a compound (Priester, Anteil, Monat:
    names take no part in compounds, Merkel, Boliviens), or two words of
    its list written as one (Laienführern): a noun, not a name."""
    if known_word(word, lang) and (compounds(word, lang) or inflected_noun(word, lang)):
        # Türkei, Europa: names that compound. (Not a month's or a day's
        # name: German Mai, Montag are nouns, and so is Mais, corn, which
        # reads as Mai's genitive.)
        return not cldr_name(word, lang, calendar=False)
    return rare(word, lang, RARE_COMPOUND) and compound(word, lang)


def own_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a name ``lang`` has made its own, which
    another language names with its own word (Ναΐτες ~ Templars,
    Εβραίοι ~ Jews): its spelling dictionary lists it, only as a name;
    it names no place (CLDR finds those); and it does not travel (see
    wordlists.international: Jews -2.4, Templars -2.3; not Newport
    -0.9, Marvin -0.5), nor, in a script no panel of lists reads, does
    its romanisation (Μάρβιν, Marvin; Ναΐτες, Naites, is in no list)."""
    if known_word(word, lang) is not True or no_lower_case(word, lang) is not True or place_name(word, lang):
        return False
    spread = international(word, lang)
    if spread is None:
        return not others_zipf(romanised(word), lang)
    return spread < TRAVELS


def without_nouns(side: Side) -> Side:
    """``side`` with the capitalised words that are nouns of its
    language (see capitalised_noun), or words its dictionary knows in
    lower case too (Jährige), blanked out, for finding names."""
    text = side.text
    for t in side.tokens:
        if t.capitalised and not t.window and (
            capitalised_noun(t.text, side.lang)
            or known_word(t.text, side.lang) and known_word(lower(t.text, side.lang), side.lang)
        ):
            text = text[: t.start] + " " * (t.end - t.start) + text[t.end :]
    return Side(text, side.lang) if text != side.text else side


def capital_scripts(side: Side) -> set[str]:
    """The scripts ``side`` writes capitalised words in: those whose
    names a caseless source may give in the translation's own letters."""
    return {char_script(t.text[0]) for t in side.tokens if t.capitalised}
