"""How long a text is for the length models, and how long a language's
translations of English run: the per-language ratios and variances of
data/bilingual/length_ratios.tsv (scripts/gen_length_ratios.py), which the
aligner's pair models and the omission rules read."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources


@cache
def _length_table() -> dict[str, tuple[float, float]]:
    rows = {}
    text = resources.files("tqcheck.data").joinpath("bilingual", "length_ratios.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("key\t") or not line.strip():
            continue
        key, ratio, variance = line.split("\t")[:3]
        rows[key] = (float(ratio), float(variance))
    return rows


def english_length(lang: str) -> tuple[float, float] | None:
    """(characters per English character, variance per English character)
    of a translation from English into ``lang``: the language's own
    measurement, else its script's prior; None when neither is known."""
    from tqcheck.alignment.scripts import iso_script

    table = _length_table()
    tag = lang.replace("_", "-")
    base = tag.split("-")[0].lower()
    if base == "en":
        return (1.0, 0.0)
    script = iso_script(tag)
    for key in (tag, f"{base}-{script}", base, f"script:{script}"):
        if key in table:
            return table[key]
    return None


@lru_cache(maxsize=64)
def unspaced_ratio(lang: str) -> float | None:
    """The length ratio against English of a language written without
    spaces (Chinese, Japanese), None for any other."""
    from tqcheck.alignment.scripts import written_without_spaces

    if not written_without_spaces(lang):
        return None
    measured = english_length(lang)
    return measured[0] if measured else None


def text_length(text: str, lang: str) -> float:
    """The length of ``text`` for the length models, in characters of
    ``lang``. A language written without spaces writes a name in Latin
    letters, a figure in digits, and the spaces around them, as English
    does: there such characters count as the fraction of a character that
    one English character is worth (Chinese: a third), so a sentence with a
    Latin name is not taken for a long one. (On NTREX and FLORES this
    halves the spread of Chinese lengths around English ones.) Other
    languages count every character."""
    ratio = unspaced_ratio(lang)
    if ratio is None:
        return len(text)
    own = sum(1 for ch in text if _own_character(ch))
    return own + ratio * (len(text) - own)


@lru_cache(maxsize=4096)
def _own_character(ch: str) -> bool:
    """A letter of a script written without spaces, or a full-width mark."""
    from tqcheck.alignment.scripts import UNSPACED, char_script

    return char_script(ch) in UNSPACED or (not ch.isascii() and not ch.isalnum() and not ch.isspace())
