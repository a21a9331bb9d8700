"""TQ702 from and into Bengali, a caseless language outside the benchmark's
data (issue 12: "other languages than these will be tried"), with Debian's
Bengali spelling dictionary (hunspell-bn): a word it knows in no form,
whose letters lean to names, that no word of the other side respells, is
a name, as in Arabic.

A word's length is counted in letters, not in code points: a Bengali
vowel sign or virama is a mark. A form cut from the front of a word joined
with its neighbour (লাগার্দ এ, Lagarde + 'this') was four code points of
three letters, র্দএ, which the English 'rates' passed for respelling, so
Lagarde replaced by Merkel went unseen.

Skipped without the dictionary, a failure where
TQCHECK_REQUIRE_DICTIONARIES=1 (scripts/test.sh, so CI). The fixture
text (fixtures/languages), the project's own."""

from __future__ import annotations

from tests.helpers import major_name_findings, require_dictionaries

LAGARDE_EN = (
    "The European Central Bank kept interest rates unchanged on Thursday, President Christine Lagarde said in "
    "Frankfurt."
)
LAGARDE_BN = (
    "ইউরোপীয় কেন্দ্রীয় ব্যাংক বৃহস্পতিবার সুদের হার অপরিবর্তিত রেখেছে, ফ্রাঙ্কফুর্টে প্রেসিডেন্ট ক্রিস্টিন লাগার্দ এ কথা "
    "জানান।"
)


def test_a_name_gone_from_bengali_is_found():
    require_dictionaries("bn")
    assert major_name_findings(LAGARDE_BN, LAGARDE_EN, "bn", "en") == []
    changed = LAGARDE_EN.replace("Lagarde", "Merkel")
    found = major_name_findings(LAGARDE_BN, changed, "bn", "en")
    assert [changed[f.start : f.end] for f in found] == ["Merkel"], [f.message for f in found]


GIORGETTI_EN = "In Italy, the finance minister Giancarlo Giorgetti welcomed the decision."
GIORGETTI_BN = "ইতালিতে অর্থমন্ত্রী জিয়ানকার্লো জর্জেত্তি এই সিদ্ধান্তকে স্বাগত জানিয়েছেন।"


def test_a_name_replaced_into_bengali_is_found():
    # (Salvini's letters lean to names; Merkel's, মের্কেল, do not, below the
    # bar, and into Bengali that change is still missed.)
    require_dictionaries("bn")
    assert major_name_findings(GIORGETTI_EN, GIORGETTI_BN, "en", "bn") == []
    changed = GIORGETTI_BN.replace("জর্জেত্তি", "সালভিনি")
    found = major_name_findings(GIORGETTI_EN, changed, "en", "bn")
    assert [changed[f.start : f.end] for f in found] == ["সালভিনি"], [f.message for f in found]
