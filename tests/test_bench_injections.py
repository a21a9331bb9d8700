"""The multilingual benchmark's date, unit and number-word injections
(scripts/bench_multilingual.py: _change_date, _change_unit,
_change_number_word): a month or day the target line writes as CLDR's
full name, and the source line names too, replaced by another of the same
table; a unit after a figure the source has too, replaced by its
counterpart of the other system, the figure kept; a number word the source
has too (num2words'), replaced by the next number's. A line whose source
offers no such date, figure or number offers no injection."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

_path = Path(__file__).resolve().parents[1] / "scripts" / "bench_multilingual.py"
_spec = importlib.util.spec_from_file_location("_bench_multilingual", _path)
bench = sys.modules.get("_bench_multilingual") or importlib.util.module_from_spec(_spec)
if "_bench_multilingual" not in sys.modules:
    sys.modules["_bench_multilingual"] = bench
    _spec.loader.exec_module(bench)


LOWER_CASE = frozenset({"on", "the"})  # words the corpus writes in lower case too
FREQUENT = frozenset({"in", "im", "der", "die"})  # the target corpus' most frequent words


def context(source_lang: str, target_lang: str):
    pair = bench.Pair("test", "test", source_lang, target_lang, [], [], [], target_lang == "en")
    return bench.Context(pair, ("“", "”"), ("“", "”"), LOWER_CASE, LOWER_CASE, frozenset(), FREQUENT)


def change(source: str, target: str, source_lang: str, target_lang: str, seed: int = 0):
    out = bench._change_date(context(source_lang, target_lang), source, target, [target], 0, random.Random(seed))
    return None if out is None else out[0]


def test_a_day_the_source_names_inflected_is_replaced_by_another_in_the_same_form():
    changed = change("В среду министр посетил Варшаву.", "On Wednesday the minister visited Warsaw.", "ru", "en")
    assert changed is not None and "Wednesday" not in changed
    day = changed.split()[1]
    assert day in {"Monday", "Tuesday", "Thursday", "Friday", "Saturday", "Sunday"}


def test_a_genitive_month_stays_genitive():
    for seed in range(5):
        changed = change("The trial opens on 16 February.", "Процесът започва на 16 февруари.", "en", "bg", seed)
        assert changed is not None and "февруари" not in changed
    from babel import Locale

    genitive = set(Locale("ru").months["format"]["wide"].values())  # марта, мая...
    changed = change("The trial opens on 16 February.", "Суд начнётся 16 февраля.", "en", "ru")
    assert changed is not None and changed.split()[3].rstrip(".") in genitive - {"февраля"}


def test_no_date_in_the_source_no_injection():
    assert change("The minister may visit Warsaw.", "Министр может посетить Варшаву в мае.", "en", "ru") is None
    for seed in range(5):
        changed = change("Theresa May spoke on Monday.", "Theresa May spoke on Monday.", "en", "en", seed)
        assert changed is not None and changed.startswith("Theresa May spoke on ")  # a name's May stays


def test_a_unit_is_swapped_for_its_counterpart_the_figure_kept():
    out = bench._change_unit(
        context("en", "de"), "The waves reached 20 feet.", "Die Wellen erreichten 20 Fuß.", ["x"], 0, random.Random(0)
    )
    assert out == ["Die Wellen erreichten 20 Meter."]
    # The figure must be the source's too.
    assert bench._change_unit(
        context("en", "de"), "The waves were high.", "Die Wellen erreichten 20 Fuß.", ["x"], 0, random.Random(0)
    ) is None
    # A unit's short form that is a common word (German in, inch) is the word.
    assert bench._change_unit(
        context("en", "de"), "It joined in 2014.", "Es sollte 2014 in Dienst gestellt werden.", ["x"], 0, random.Random(0)
    ) is None


def change_word(source: str, target: str, source_lang: str, target_lang: str, seed: int = 0):
    out = bench._change_number_word(context(source_lang, target_lang), source, target, [target], 0, random.Random(seed))
    return None if out is None else out[0]


def test_a_number_word_the_source_has_too_is_replaced_by_the_next():
    assert change_word("Three people died.", "Drei Menschen starben.", "en", "de") == "Vier Menschen starben."
    assert change_word("3 people died.", "Погибли три человека.", "en", "ru") == "Погибли четыре человека."
    # Nine becomes eleven: ten and twelve are rough counts as often.
    assert change_word("Nine were hurt.", "Neun wurden verletzt.", "en", "de") == "Elf wurden verletzt."


def test_a_number_word_the_source_lacks_or_a_language_num2words_lacks_offers_none():
    assert change_word("People died.", "Drei Menschen starben.", "en", "de") is None
    assert change_word("Three people died.", "Τρεις άνθρωποι πέθαναν.", "en", "el") is None
