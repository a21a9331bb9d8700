"""TQ702 into and out of Chinese: the letters that spell foreign names by
sound (anynames.sound_letters) are read off CLDR's Chinese names, those
like their English name against those translated by meaning. CLDR gives
some names twice, once like the English name (芬兰, Finland) and once not
(芬兰 for Finnish, less 语): counted on both sides, 兰 (lan) was as often a
letter of meaning as of sound, and no sound letter. So 奥克兰 (Auckland)
was no name, and Auckland replaced by another name went unreported
(issue 12). A name like its English one in any of CLDR's pairs is spelled
by sound. The sentence is FLORES-200's (CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import major_name_findings
from tqcheck.alignment.anynames import sound_letters, sound_runs

SOURCE = "他接受过产科医生培训，从 1959 年开始在奥克兰国家妇女医院工作。"
TARGET = "He trained as an obstetrician and began to work at the {}'s National Women's Hospital in 1959."


def test_lan_spells_names_by_sound():
    assert "兰" in sound_letters("zh-Hans")
    assert [r.text for r in sound_runs(SOURCE, 0, len(SOURCE), "zh-Hans")] == ["奥克兰"]


def test_auckland_replaced_is_reported():
    found = [f.message for f in major_name_findings(SOURCE, TARGET.format("Sintra"), "zh-Hans", "en")]
    assert any("奥克兰" in m and "Sintra" in m for m in found), found


def test_auckland_kept_is_quiet():
    assert major_name_findings(SOURCE, TARGET.format("Auckland"), "zh-Hans", "en") == []
