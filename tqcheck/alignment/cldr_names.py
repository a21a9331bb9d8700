"""Names CLDR translates: countries and regions, languages (which give the
adjectives: German, deutsch, немецкий), months, days of the week and the
cities CLDR names time zones after, in every locale Babel carries.

A capitalised word that is one of these (Germany, Saturday, Moscow) is
translated, not transliterated: it is found in a translation when the
target has the same concept in its own language (Deutschland, Samstag,
Москва), compared on a shared stem so inflected forms count (Германии,
субботу). A language and its main country, where it is official there, are
one concept here (French ~ France ~ Франция; not Alabama ~ the United
States), as translators turn one into the other. A word of a name of
several words names it alone only if few names share it and it is not
a word of its language's grammar (not Islands; not die of Südgeorgien und
die Südlichen Sandwichinseln, nor French les).

Read through Babel on first use for each language (a few tens of
milliseconds); bilingual runs only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from tqcheck.alignment.scripts import UNSPACED, char_script
from tqcheck.alignment.translit import strip_marks
from tqcheck.alignment.wordlists import zipf
from tqcheck.writing_systems import WORD

_WORD = re.compile(WORD)
MIN_STEM = 4  # letters two forms of one word must share
MAX_ENDING = 3  # letters an inflection may change at the end (Германия ~ Германии)
MIN_FORM_WORD = 3  # shorter words of a multi-word name (of, la, de) index nothing
GENERIC_FORM_WORD = 3  # concepts whose names share a word that tells none of them apart (Islands)
COMMON_FORM_WORD = 6.0  # Zipf: a word of a name this common, a word of its grammar (die, und, les), tells it from no text


def fold(word: str) -> str:
    """Lower case without accents: forms compare on letters."""
    return strip_marks(word.lower()).replace("ё", "е")


@lru_cache(maxsize=262144)
def stems_match(a: str, b: str) -> bool:
    """Whether two folded words are forms of one word: equal, or sharing a
    prefix of at least MIN_STEM letters that leaves each at most MAX_ENDING
    letters of ending (суббота ~ субботу, Deutschland ~ deutschen is not:
    the shorter must be nearly all stem)."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_STEM:
        return False
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    return shared >= MIN_STEM and len(a) - shared <= MAX_ENDING and len(b) - shared <= MAX_ENDING


@dataclass(frozen=True)
class NameTable:
    """One language's CLDR names: folded word -> concepts, concept -> forms."""

    lang: str
    keys: tuple[str, ...]  # sorted folded words that index a concept
    concepts_of: dict[str, frozenset[str]]
    forms: dict[str, tuple[str, ...]]  # concept -> folded forms (whole names)
    adjectives: dict[str, str]  # folded country adjective -> its concept (see _variant_modifiers)

    def generic(self, folded_word: str) -> bool:
        """Whether a word of a name of several words is one that
        GENERIC_FORM_WORD concepts' names or more share (Islands, South,
        Republic): it tells none of them from the others; or a word of its
        language's grammar (die of Südgeorgien und die Südlichen
        Sandwichinseln, French les), which any text has. (Not British: a
        word common but no grammar, Britain's stem.)"""
        return (
            len(self.concepts_of.get(folded_word, ())) >= GENERIC_FORM_WORD
            or (zipf(folded_word, self.lang) or 0.0) >= COMMON_FORM_WORD
        )

    def keys_near(self, folded: str) -> tuple[str, ...]:
        """The index words that ``folded`` (a folded word) is, inflected or
        made from (Germany's, Chilean: chile): sharing its first letters
        (MIN_STEM, or one fewer for a short name that ends in a vowel: азія
        ~ азіатських), then by the stem test; not a word that merely starts
        alike (Senate is not Senegal)."""
        out = [folded] if folded in self.concepts_of else []
        prefix = folded[: MIN_STEM - 1]
        i = bisect_left(self.keys, prefix)
        while i < len(self.keys) and self.keys[i].startswith(prefix):
            key = self.keys[i]
            if key != folded and (
                derived(key, folded) or (stems_match(folded, key) and _shared(folded, key) >= len(key) - 2)
            ):
                out.append(key)
            i += 1
        return tuple(out)

    def concepts(self, word: str) -> frozenset[str]:
        """Concepts ``word`` (any inflected form) names."""
        folded = fold(word)
        if len(folded) < MIN_FORM_WORD:
            return frozenset()
        adjective = frozenset(c for key, c in self.adjectives.items() if key == folded or derived(key, folded))
        return adjective | frozenset(c for key in self.keys_near(folded) for c in self.concepts_of[key])


def cldr_locale(lang: str):
    from babel import Locale, UnknownLocaleError

    tag = lang.replace("-", "_")
    for candidate in (tag, tag.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return None


@cache
def _likely() -> dict[str, str]:
    from babel.core import get_global

    return dict(get_global("likely_subtags"))


def _language_region(code: str) -> str | None:
    """The main country of a language (de -> DE), from CLDR's likely subtags."""
    found = _likely().get(code)
    if not found:
        return None
    region = found.split("_")[-1]
    return region if re.fullmatch(r"[A-Z]{2}", region) else None


@cache
def _official_in(code: str, region: str) -> bool:
    """Whether CLDR gives language ``code`` official status in ``region``,
    by law or in fact, in all of it or in a region (Zulu in South Africa,
    Catalan in Spain): Babel's territory data."""
    from babel.languages import get_official_languages

    official = get_official_languages(region, regional=True, de_facto=True)
    return any(o == code or o.startswith(f"{code}_") for o in official)


@cache
def zone_ids() -> tuple[str, ...]:
    from babel.core import get_global

    return tuple(z for z in get_global("zone_territories") if "/" in z and not z.startswith("Etc/"))


@cache
def _variant_modifiers(locale) -> dict[str, str]:
    """Country -> the one word that CLDR's name of a language's variant
    of that country adds to the language's name, in ``locale``'s
    language (American of American English, en_US; britannique of
    anglais britannique, en_GB; мексиканский of мексиканский испанский,
    es_MX): the country's adjective, which CLDR gives nowhere else. Not a
    word two countries' variants share, in this language or in English
    (European Spanish and European Portuguese: a continent's adjective,
    which French gives Portugal alone, portugais européen), nor where more
    than one word is added (Swiss High German)."""
    english = _modifier_regions(cldr_locale("en")) if locale.language != "en" else {}
    shared = {r for regions in english.values() if len(regions) > 1 for r in regions}  # ES, PT: European
    return {
        region: word for word, regions in _modifier_regions(locale).items() if len(regions) == 1
        for region in regions if region not in shared
    }


def _modifier_regions(locale) -> dict[str, set[str]]:
    """The one word each variant's name adds -> the countries of the
    variants that add it (see _variant_modifiers)."""
    found: dict[str, set[str]] = {}
    for code, name in locale.languages.items():
        language, _, region = code.partition("_")
        base = locale.languages.get(language)
        if not re.fullmatch(r"[A-Z]{2}", region) or not base or not name:
            continue
        if any(char_script(ch) in UNSPACED for ch in name):
            rest = name.replace(base, "", 1) if base in name else ""
            words = [rest] if rest else []
        else:
            base_words = _WORD.findall(base)
            words = _WORD.findall(name)
            for i in range(len(words) - len(base_words) + 1):
                if words[i : i + len(base_words)] == base_words:
                    words = words[:i] + words[i + len(base_words) :]
                    break
            else:
                words = []
        if len(words) == 1 and len(words[0]) >= MIN_FORM_WORD:
            found.setdefault(words[0], set()).add(region)
    return found


@cache
def name_table(lang: str) -> NameTable | None:
    """CLDR names of ``lang``; None when CLDR has no such locale."""
    locale = cldr_locale(lang)
    if locale is None:
        return None
    forms: dict[str, list[str]] = {}

    def add(concept: str, name: str | None) -> None:
        if name and (concept[0] in "MD" or not re.search(r"\d", name)):  # 9月 is September
            forms.setdefault(concept, []).append(fold(name))

    for code, name in locale.territories.items():
        if code not in ("ZZ", "001"):
            add(f"T:{code}", name)
    for code, name in locale.languages.items():
        if "_" in code or code in ("und", "zxx", "mul") or " " in name:
            continue  # variants (Swiss German, American English) are not the language's country
        # A language's name stands for its country where it is official
        # there (French ~ France, Zulu ~ South Africa; not Alabama ~ the
        # United States, Mende ~ Sierra Leone, Bavarian ~ Austria).
        region = _language_region(code)
        add(f"T:{region}" if region and _official_in(code, region) else f"L:{code}", name)
    # A country's adjective (American) is one of its forms, found in a
    # text as its name is, but indexes it only through concepts(): no
    # word spelled letter for letter as a CLDR name (spelled_concepts),
    # which a name that took another's place may be.
    adjectives = {fold(modifier): f"T:{region}" for region, modifier in _variant_modifiers(locale).items()}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):  # Nov, 9月, 周五
            for number, name in locale.months.get(context, {}).get(width, {}).items():
                add(f"M:{number}", name.rstrip("."))
            for number, name in locale.days.get(context, {}).get(width, {}).items():
                add(f"D:{number}", name.rstrip("."))
    zones = locale.time_zones
    for zone in zone_ids():
        names = zones.get(zone)
        city = names.get("city") if names is not None else None
        if city is None and locale.language == "en":
            city = zone.rsplit("/", 1)[1].replace("_", " ")  # English CLDR names cities by their zone id
        add(f"Z:{zone}", city)
    concepts_of: dict[str, set[str]] = {}
    for concept, names in forms.items():
        for name in names:
            # Each word of a country's name stands for it (United, Штаты),
            # not of a language's (Swiss German is not Germany).
            words = [w for w in _WORD.findall(name) if len(w) >= MIN_FORM_WORD]
            if len(words) > 1 and not concept.startswith("T:"):
                words = []
            if any(char_script(ch) in UNSPACED for ch in name):
                words = [name.replace(" ", "")]
            for word in words:
                concepts_of.setdefault(word, set()).add(concept)
    for adjective, concept in adjectives.items():
        forms.setdefault(concept, []).append(adjective)
    return NameTable(
        lang=lang,
        keys=tuple(sorted(concepts_of)),
        concepts_of={k: frozenset(v) for k, v in concepts_of.items()},
        forms={k: tuple(dict.fromkeys(v)) for k, v in forms.items()},
        adjectives=adjectives,
    )


@lru_cache(maxsize=65536)
def names_territory(word: str, lang: str) -> bool:
    """Whether ``word``, inflected or made an adjective, is the word of a
    country's CLDR name of several words that no other name has
    (Фолклендських of Фолклендські острови; not острови, nor Republicans
    of Czech Republic and Dominican Republic): the word nearly whole,
    ending aside (not Королівський, royal, of Сполучене Королівство). Such
    a name has no other adjective; a country of one word may (Chinesisch,
    Sino-)."""
    table, locale = name_table(lang), cldr_locale(lang)
    if table is None or locale is None:
        return False
    folded = fold(word)

    def only_in_a_long_country_name(key: str) -> bool:
        ids = table.concepts_of[key]
        if len(ids) != 1:
            return False
        (concept,) = ids
        # The country's own name, not a language's that stands for it: Sena,
        # Mozambique's, is no Senate.
        own = _WORD.findall(fold(locale.territories.get(concept[2:]) or "")) if concept.startswith("T:") else []
        return len(own) > 1 and key in own

    return any(
        only_in_a_long_country_name(key) and _shared(folded, key) >= max(len(key) - 2, MIN_STEM) and derived(key, folded)
        for key in table.keys_near(folded)
    )


def concepts(word: str, lang: str) -> frozenset[str]:
    table = name_table(lang)
    return table.concepts(word) if table is not None else frozenset()


@lru_cache(maxsize=65536)
def whole_concepts(word: str, lang: str) -> frozenset[str]:
    """The concepts ``word`` names by itself, not as one word of a longer
    name: Germany (Germany), Korea not (North Korea, South Korea: the
    other language's North or Central names no Korea)."""
    table = name_table(lang)
    if table is None:
        return frozenset()
    folded = fold(word)
    return frozenset(
        c for c in table.concepts(word)
        if any(" " not in form and "-" not in form and derived(form, folded) for form in table.forms.get(c, ()))
    )


@cache
def _phrases(lang: str) -> dict[str, frozenset[str]]:
    """``lang``'s CLDR names of two words or more, folded, and the
    concepts each names (Hong Kong, New York: the cities time zones are
    named after, whose words alone index nothing)."""
    table = name_table(lang)
    out: dict[str, set[str]] = {}
    for concept, forms in (table.forms.items() if table is not None else ()):
        for form in forms:
            if len(_WORD.findall(form)) > 1:
                out.setdefault(" ".join(_WORD.findall(form)), set()).add(concept)
    return {k: frozenset(v) for k, v in out.items()}


def phrase_concepts(words: tuple[str, ...], lang: str) -> frozenset[str]:
    """The CLDR concepts that ``words``, together, name letter for letter
    (Hong Kong: the city; not Hong alone)."""
    return _phrases(lang).get(" ".join(fold(w) for w in words), frozenset())


def spelled_concepts(word: str, lang: str) -> frozenset[str]:
    """The CLDR concepts ``word`` names letter for letter in ``lang`` (not
    through a shared stem: Monat is no Monaco)."""
    table = name_table(lang)
    return table.concepts_of.get(fold(word), frozenset()) if table is not None else frozenset()


def calendar_word(word: str, lang: str) -> bool:
    """Whether ``word`` names only months or days of the week among CLDR's
    concepts in ``lang`` (Sunday, November, Πέμπτη; May too, which is also
    a name)."""
    found = spelled_concepts(word, lang)
    return bool(found) and all(c[0] in "MD" for c in found)


@cache
def _wide_calendar_names(lang: str) -> frozenset[str]:
    """CLDR's full names of the months and days of the week in ``lang``
    (Sunday, May; not the abbreviations Sun, Sat, which are words too),
    folded."""
    locale = cldr_locale(lang)
    if locale is None:
        return frozenset()
    names = set()
    for context in ("format", "stand-alone"):
        for table in (locale.months, locale.days):
            names.update(fold(name) for name in table.get(context, {}).get("wide", {}).values())
    return frozenset(names)


def wide_calendar_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a calendar word (see calendar_word) written out
    in full: Sunday, May, not Sun (the Sun)."""
    return calendar_word(word, lang) and fold(word) in _wide_calendar_names(lang)


@lru_cache(maxsize=65536)
def concept_in(
    concept_ids: frozenset[str], text: str, lang: str, whole_forms: bool = False, compounds: bool = False,
    every_word: bool = False,
) -> bool:
    """Whether ``text`` (in ``lang``) names one of the concepts: a word of
    one of its forms, inflected, or for a script written without spaces
    the form itself (美国) or its stem (德国人 has 德国; 德语 less 语).
    ``whole_forms``: only forms of one word (Nordkorea, not the Північна
    of Північна Корея). ``compounds``: a form of one word that ends a
    longer word counts too (Ostindien has Indien; see in_compound).
    ``every_word``: only a form of two words or more, each of them there
    (French Guiana)."""
    table = name_table(lang)
    if table is None or not concept_ids:
        return False
    folded_text, words = _folded_words(text)
    for concept in concept_ids:
        for form in table.forms.get(concept, ()):
            if any(char_script(ch) in UNSPACED for ch in form):
                compact = form.replace(" ", "")
                if compact in folded_text or (len(compact) >= 3 and compact[:-1] in folded_text):
                    return True
                continue
            form_words = _WORD.findall(form)
            if whole_forms and len(form_words) > 1 or every_word and len(form_words) < 2:
                continue
            parts = [part for part in form_words if len(part) >= MIN_FORM_WORD]
            found = [any(derived(part, w) or compounds and in_compound(part, w) for w in words) for part in parts]
            if every_word:
                if found and all(found):
                    return True
                continue
            # A word that many CLDR names share (Islands, South, Republic),
            # or a word of the language's grammar (die, les), names none of
            # them alone: the islands of a sentence are no Falkland Islands.
            # It counts with the rest of its name.
            if (found and all(found)) or any(f and not table.generic(part) for part, f in zip(parts, found)):
                return True
    return False


def _shared(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=4096)
def _folded_words(text: str) -> tuple[str, tuple[str, ...]]:
    folded = fold(text)
    return folded, tuple(_WORD.findall(folded))


MIN_COMPOUND_NAME = 5  # letters of a place's name that ends a compound (Indien of Ostindien; not Oman)
MIN_COMPOUND_HEAD = 3  # letters before it (Ost, Süd, Nord)


def in_compound(name: str, word: str) -> bool:
    """Whether ``word`` is a compound that ends with ``name`` (folded):
    Ostindien, East India, of Germany's East India Company."""
    return (
        len(name) >= MIN_COMPOUND_NAME and len(word) >= len(name) + MIN_COMPOUND_HEAD and word.endswith(name)
    )


@lru_cache(maxsize=262144)
def derived(name: str, word: str) -> bool:
    """Whether ``word`` is ``name`` inflected or an adjective made from it
    (Чили ~ чилийской, Германия ~ германских): all but the last two letters
    of the name (four at least) begin the word."""
    if stems_match(name, word):
        return True
    stem = max(MIN_STEM, len(name) - 2)
    if len(name) >= MIN_STEM and len(word) >= stem and word[:stem] == name[:stem]:
        return True
    # A name of four letters that ends in a vowel drops it for a suffix (Азія
    # ~ азіатських, Asia ~ Asian, Куба ~ кубинці): its first three letters
    # and a longer word.
    return (
        len(name) == MIN_STEM and _ends_in_vowel(name) and len(word) > len(name)
        and word[: MIN_STEM - 1] == name[: MIN_STEM - 1]
    )


@cache
def _ends_in_vowel(word: str) -> bool:
    from tqcheck.alignment.translit import transliterate

    latin = transliterate(word[-1:]).lower()
    return bool(latin) and latin[-1] in "aeiouy"
