"""TQ701 and TQ702 name the source text they are about (details
"source_spans", [start, end] offsets in the source document), so the
reviewer's HTML highlights the number or name in both columns."""

from __future__ import annotations

import pytest

from tests.helpers import check_text


def spans(code: str, source: str, target: str, source_lang: str, target_lang: str) -> list[str]:
    found = check_text(target, select=(code,), source=source, source_lang=source_lang, target_lang=target_lang)
    assert found, code
    return [source[a:b] for f in found for a, b in dict(f.details)["source_spans"]]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "number"), [
    ("Загинаха 12 души, а 50 000 бяха евакуирани.", "Twelve people died and 15,000 were evacuated.", "bg", "en", "50 000"),
    ("The volcano has had 183 emissions since Monday.", "Der Vulkan hatte seit Montag 193 Ausstöße.", "en", "de", "183"),
    ("The volcano has had 183 emissions since Monday.", "Der Vulkan hatte seit Montag Ausstöße.", "en", "de", "183"),
])
def test_a_number_finding_names_the_source_number(source, target, source_lang, target_lang, number):
    assert spans("TQ701", source, target, source_lang, target_lang) == [number]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "name"), [
    ("Срещата беше в Халифакс с премиера Джъстин Трюдо.", "The meeting was in Hamilton with Prime Minister Justin Trudeau.",
     "bg", "en", "Халифакс"),
    ("Officials said the Popocatepetl volcano spewed ash on Monday.",
     "Beamte sagten, der Vulkan Kilimandscharo habe am Montag Asche ausgestoßen.", "en", "de", "Popocatepetl"),
])
def test_a_name_finding_names_the_source_name(source, target, source_lang, target_lang, name):
    assert name in spans("TQ702", source, target, source_lang, target_lang)
