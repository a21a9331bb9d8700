"""Whether a word is an ordinary word of its language or a name, from the
language's Hunspell spelling dictionary.

Frequency lists (wordlists) lower-case every word, so they cannot tell a
name from a word: ``director`` and ``Louis`` are both common. A spelling
dictionary can: it lists names with their capital and ordinary words in
lower case, and its affix rules accept every inflected form
(``атлантическом`` of атлантический, ``εισαγγελικών``). So a capitalised
word whose lower-case form the dictionary accepts is an ordinary word
written with a capital as part of a name or title (Atlantic Ocean, Director
of Public Prosecutions, Erik the Red): a translator translates it, and its
translation is no replacement name.

Dictionaries are read through the ``hunspell`` binding (libhunspell) from
the usual system folders (``/usr/share/hunspell``, ``/usr/share/myspell``)
and from the folders in ``TQCHECK_DICPATH`` (separated by ``os.pathsep``),
which come first. Debian packages them per language (``hunspell-el``);
``scripts/setup.sh`` installs those of the languages the benchmarks use.
Without the binding or without a dictionary for a language every answer is
``None``; ``missing_note(langs)`` says what is missing, for the report's notes.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from tqcheck.writing_systems import lower

SYSTEM_FOLDERS = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts")


def _folders() -> tuple[Path, ...]:
    extra = [p for p in os.environ.get("TQCHECK_DICPATH", "").split(os.pathsep) if p]
    return tuple(Path(p) for p in (*extra, *SYSTEM_FOLDERS))


@lru_cache(maxsize=4)
def _dictionaries(folders: tuple[Path, ...]) -> dict[str, Path]:
    """BCP 47 tag (en-US, sr-Latn-RS) -> the .dic file, for every dictionary
    with its .aff beside it; the first folder that has a tag wins."""
    found: dict[str, Path] = {}
    for folder in folders:
        try:
            entries = sorted(folder.glob("*.dic"))
        except OSError:
            continue
        for dic in entries:
            if not dic.with_suffix(".aff").is_file():
                continue
            tag = dic.stem.replace("_", "-")
            found.setdefault(tag, dic)
    return found


@lru_cache(maxsize=64)
def dictionary_path(lang: str) -> Path | None:
    """The spelling dictionary closest to ``lang`` (en -> en-US, sr-Cyrl ->
    sr-RS), or None. Matching is langcodes' (as for the word lists), so a
    dictionary of another script (sr-Latn for sr-Cyrl) is not taken."""
    try:
        import langcodes
    except ImportError:
        return None
    available = _dictionaries(_folders())
    if not available:
        return None
    try:
        best = langcodes.closest_supported_match(lang.replace("_", "-"), sorted(available))
    except (ValueError, LookupError):
        return None
    return available.get(best) if best else None


@lru_cache(maxsize=64)
def _speller(lang: str):
    path = dictionary_path(lang)
    if path is None:
        return None
    try:
        import hunspell
    except ImportError:
        return None
    try:
        return hunspell.HunSpell(str(path), str(path.with_suffix(".aff")))
    except Exception:  # an unreadable or malformed dictionary: as if absent
        return None


def _codec(speller) -> str:
    name = speller.get_dic_encoding().lower()
    return name.removeprefix("microsoft-")  # microsoft-cp1251 -> cp1251


@lru_cache(maxsize=64)
def name_entries(lang: str) -> frozenset[str]:
    """The entries of ``lang``'s dictionary written with a capital (Trump,
    Chase, Budda), in lower case: names, some of them ordinary words too
    (trump, chase). Read from the .dic file, one entry a line before its
    flags."""
    path, speller = dictionary_path(lang), _speller(lang)
    if path is None or speller is None:
        return frozenset()
    names = set()
    with open(path, encoding=_codec(speller), errors="replace") as lines:
        next(lines, None)  # the entry count
        for line in lines:
            if line[:1].isupper():
                names.add(line.split("/", 1)[0].strip().lower())
    return frozenset(names)


@lru_cache(maxsize=65536)
def _lower_forms(word: str, lang: str) -> tuple[str, ...] | None:
    """``word`` in lower case and its dictionary stems, when the dictionary
    accepts it in lower case; () when it does not; None without one."""
    speller = _speller(lang)
    if speller is None:
        return None
    low = lower(word, lang)
    if not any(ch.isalpha() for ch in low):
        return ()  # no word (the dictionary accepts a blank)
    try:
        if not speller.spell(low):
            return ()
        codec = _codec(speller)
        stems = [s.decode(codec, "replace") if isinstance(s, bytes) else s for s in speller.stem(low)]
    except (UnicodeError, ValueError):  # a letter the dictionary's code page lacks
        return ()
    return (low, *(lower(s, lang) for s in stems))


PREFIX_TELL = 2  # first letters a stem shares with its word unless a prefix was taken off (reborn, born)


def ordinary_word(word: str, lang: str) -> bool | None:
    """Whether ``word`` is only an ordinary word of ``lang``: its spelling
    dictionary accepts it in lower case (Subtropical, Королівський,
    Ερυθρός), and neither it nor its stem is an entry written with a
    capital (Trump, Chase: names as well as words; Louisiana, Людовика,
    Λουδοβίκο: names only). None without a dictionary for the language.
    A stem that begins otherwise than the word is a prefix's root (reborn
    of born, whose Born is a surname): in a script with capitals that is a
    word made from another, no form of a name. (In Arabic or Hebrew a
    prefix is a word joined on, and, the: والسويد is Sweden still.)"""
    forms = _lower_forms(word, lang)
    if not forms:
        return None if forms is None else False
    low = forms[0]
    cased = low[:1] != low[:1].upper()
    inflected = [form for form in forms if not cased or form[:PREFIX_TELL] == low[:PREFIX_TELL]]
    names = name_entries(lang)
    return not any(form in names for form in inflected)


@lru_cache(maxsize=65536)
def known_word(word: str, lang: str) -> bool | None:
    """Whether ``lang``'s spelling dictionary accepts ``word`` as written
    (Priester, Mikrowellengeräte: German nouns, capitalised like names).
    None without a dictionary for the language."""
    speller = _speller(lang)
    if speller is None:
        return None
    if not any(ch.isalpha() for ch in word):
        return False
    try:
        return bool(speller.spell(word))
    except (UnicodeError, ValueError):  # a letter the dictionary's code page lacks
        return False


@lru_cache(maxsize=64)
def affix_prefixes(lang: str) -> frozenset[str]:
    """The prefixes ``lang``'s spelling dictionary's affix rules add to a
    word (Arabic و, ال, وال, بال: and, the, and the, with the), read from
    the PFX rules of its .aff file; empty without a dictionary or rules.
    What a word may be less them is the word a name can be, not less any
    first letters (ديربيشاير, Derbyshire, less دي is no Roberto)."""
    path, speller = dictionary_path(lang), _speller(lang)
    if path is None or speller is None:
        return frozenset()
    found = set()
    with open(path.with_suffix(".aff"), encoding=_codec(speller), errors="replace") as lines:
        for line in lines:
            fields = line.split()
            # (A rule line: PFX flag strip add condition; its header, PFX
            # flag Y|N count, has no condition. The added text may carry
            # continuation flags after a slash; 0 adds nothing.)
            if len(fields) >= 5 and fields[0] == "PFX":
                added = fields[3].split("/", 1)[0]
                if added != "0":
                    found.add(added)
    return frozenset(found)


_LINKS = ("", "s", "n", "en")  # letters that join the parts of a compound (Monat-s-, Kirche-n-)


@lru_cache(maxsize=65536)
def compounds(word: str, lang: str) -> bool | None:
    """Whether ``lang``'s spelling dictionary lets ``word`` begin a compound
    (the word joined to itself, with or without a linking letter:
    Priesterpriester, Monatsmonat): a noun of a language that writes
    compounds as one word, where names take no part in compounds (Merkel,
    Schottland). None without a dictionary for the language."""
    speller = _speller(lang)
    if speller is None:
        return None
    tail = lower(word, lang)
    try:
        return any(speller.spell(word + link + tail) for link in _LINKS)
    except (UnicodeError, ValueError):
        return False


@lru_cache(maxsize=65536)
def inflected_noun(word: str, lang: str) -> bool | None:
    """Whether ``lang``'s spelling dictionary derives ``word`` from another
    capitalised stem that begins compounds (see compounds): an inflected
    form of a noun (Seen of See, Hauses of Haus), where the form itself
    compounds no more. None without a dictionary for the language."""
    speller = _speller(lang)
    if speller is None:
        return None
    try:
        codec = _codec(speller)
        stems = {s.decode(codec, "replace") if isinstance(s, bytes) else s for s in speller.stem(word)}
    except (UnicodeError, ValueError):  # a letter the dictionary's code page lacks
        return False
    return any(s != word and s[:1].isupper() and compounds(s, lang) for s in stems)


def no_lower_case(word: str, lang: str) -> bool | None:
    """Whether ``lang``'s spelling dictionary has no lower-case reading of
    ``word``: a name (Edinburgh, Ronald) or a word it does not know
    (Liggins), as opposed to a word of the language (Senate, Universe).
    None without a dictionary for the language."""
    forms = _lower_forms(word, lang)
    return None if forms is None else not forms


def reset() -> None:
    """Forget every dictionary found and read (tests change TQCHECK_DICPATH)."""
    for cached in (
        _dictionaries, dictionary_path, _speller, name_entries, affix_prefixes, _lower_forms, known_word, compounds,
        inflected_noun,
    ):
        cached.cache_clear()


def has_dictionary(lang: str) -> bool:
    """Whether a spelling dictionary for ``lang`` is installed and read."""
    return _speller(lang) is not None


@lru_cache(maxsize=1)
def binding_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("hunspell") is not None


def missing_note(langs: tuple[str, ...]) -> str | None:
    """A plain-words note for the report when a language of ``langs`` has no
    usable dictionary (nothing is loaded to tell), or None."""
    if not binding_installed():
        return ("names (TQ702): the hunspell binding is not installed, so an ordinary word written with a "
                "capital is told from a name by word frequency alone (scripts/install_dictionaries.sh installs it)")
    lacking = [lang for lang in dict.fromkeys(langs) if dictionary_path(lang) is None]
    if not lacking:
        return None
    return (f"names (TQ702): no spelling dictionary for {', '.join(lacking)}, so an ordinary word written with a "
            "capital is told from a name by word frequency alone (Hunspell dictionaries: "
            "scripts/install_dictionaries.sh, or a folder in TQCHECK_DICPATH)")

