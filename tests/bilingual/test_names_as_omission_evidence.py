"""Omissions (TQ703) weigh a source run's names by the translation's
spelling of them in any script (issue 12).

Whether a run of source sentences (or a paragraph, where the translation
has fewer) is missing from a link's translation is weighed by length and by
content: each name of the run that the translation has, and that the rest
of the source does not, speaks for the run being there; each name the
translation lacks speaks against. The names were looked for among the
translation's capitalised words (names.name_found), so a translation in a
caseless script (Arabic ديفيس for Davis) had none of them: every name of
the run counted as missing. Merging two paragraphs, which translators and
publishing systems do, then read as a paragraph left out (en->ar: 8 of 60
merges on scripts/bench_merged_paragraphs.py, 7 now). The names are now
looked for the way TQ702 finds them (anynames.Side.has).

Sentences from NTREX-128 (CC BY-SA 4.0), English and Arabic.
"""

from __future__ import annotations

from tqcheck.alignment.align import model_for
from tqcheck.alignment.omissions import run_evidence

DAVIS_EN = (
    'Ms Davis created the cards, "to let people know there are people out there that you can go to and you '
    "can talk to, even if it's a friend."
)
SILENCE_EN = "Don't sit in silence - you need to talk.\""
# The two paragraphs' translations, merged into one.
MERGED_AR = (
    "قامت السيدة ديفيس بتصميم البطاقات”لتخبر الناس بأن هناك أشخاصًا يمكن التحدث إليهم وتوفير الدعم عند الحاجة "
    'حتى ولو كانوا أصدقاءً" "لا تقضِ وقتك صامتًا، عليك بالإفصاح عن مكنون صدرك"'
)


def test_a_name_the_caseless_translation_spells_supports_its_run():
    evidence = run_evidence(DAVIS_EN, SILENCE_EN, MERGED_AR, "en", "ar", model_for("en", "ar"))
    assert (evidence.support, evidence.absent) == (1, 0)


def test_a_name_the_translation_lacks_is_absent():
    without = MERGED_AR.replace("ديفيس", "")
    evidence = run_evidence(DAVIS_EN, SILENCE_EN, without, "en", "ar", model_for("en", "ar"))
    assert (evidence.support, evidence.absent) == (0, 1)


def test_a_name_the_rest_has_too_gives_no_support():
    rest = SILENCE_EN + " Ms Davis said so."
    evidence = run_evidence(DAVIS_EN, rest, MERGED_AR, "en", "ar", model_for("en", "ar"))
    assert (evidence.support, evidence.absent) == (0, 0)
