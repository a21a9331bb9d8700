"""Round trips with the real opus-mt models, for a user who has them in the
Hugging Face cache (``tqcheck models pull bg-en``). Skipped when absent."""

from __future__ import annotations

import pytest

from tests.backtranslation.helpers import stage_input
from tqcheck.backtranslation.hub import cached_snapshot, extra_missing

# Looked up before the autouse fixture isolates the caches: the user's real HF cache.
BACK = cached_snapshot("Helsinki-NLP/opus-mt-en-bg")
FORWARD = cached_snapshot("Helsinki-NLP/opus-mt-bg-en")

pytestmark = [
    pytest.mark.real_models,
    pytest.mark.skipif(
        BACK is None or FORWARD is None or extra_missing() is not None,
        reason="needs Helsinki-NLP/opus-mt-en-bg and opus-mt-bg-en in the Hugging Face cache "
        "(run `tqcheck models pull bg-en` while online) and torch/transformers installed",
    ),
]


def test_good_sentence_survives_and_broken_one_scores_lower():
    from tqcheck.backtranslation import make_stage

    good = "The weather will be sunny and warm tomorrow."
    broken = "Already on Friday around noon, it will rain, first rain, which will change to snow."
    stage = make_stage("require", {"bt_model": str(BACK[0]), "rt_model": str(FORWARD[0])})
    result = stage(stage_input([good, broken]))
    scores = [result.segment_data[i]["scores"]["chrf"] for i in (0, 1)]
    assert scores[0] > 60 and scores[0] > scores[1]
    assert any(c in result.segment_data[0]["text"] for c in "абвгдежзийклмнопрстуфхцчшщъьюя")
