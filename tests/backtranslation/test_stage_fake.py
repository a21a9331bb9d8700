"""Scoring, thresholds, outliers, the copy check and the report fields,
with a deterministic table translator: no model, no torch."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.backtranslation.helpers import FILLER, TableTranslator, round_trip_translators, stage_input
from tqcheck.backtranslation import make_stage
from tqcheck.backtranslation.cache import TranslationCache
from tqcheck.backtranslation.scoring import normalise, robust_z, score, word_diff
from tqcheck.config import Config
from tqcheck.engine import resolve, rule_context, run_rules, selected_rules
from tqcheck.errors import StageError
from tqcheck.model import Category, Finding, Severity, StageInput, StageResult


@dataclass(frozen=True)
class Checked:
    """A stage result (its fields read through) and what the TQ9xx rules
    found on the round trips it handed them, the way the engine runs them."""

    stage: StageResult
    findings: tuple[Finding, ...]

    def __getattr__(self, name):
        return getattr(self.stage, name)


def judged(result: StageResult, inp: StageInput, select=("TQ9",)) -> Checked:
    config = Config(select=select)
    ctx = rule_context(
        inp.document, inp.segments, config, source=inp.source, source_segments=inp.source_segments,
        backtranslation=result.analysis,
    )
    found = resolve(run_rules(ctx, selected_rules(config)), config, (), inp.segments)
    return Checked(result, tuple(found))


def run(triples, options=None, cache=False, mode="auto"):
    back, fwd = round_trip_translators(triples)
    stage = make_stage(mode, {}, translators=(back, fwd), cache=cache)
    inp = stage_input([t[0] for t in triples], options)
    return judged(stage(inp), inp), back, fwd


def codes_at(result, segment_id):
    return {f.code for f in result.findings if f.segment_id == segment_id}


def filler_triples():
    return [(o, None, rt) for o, rt in FILLER]


def test_the_stage_flags_nothing_the_rules_judge_its_round_trips():
    copied = "Синоптиците очакват валежи от дъжд и сняг през уикенда."
    result, _, _ = run(filler_triples() + [(copied, copied, copied)])
    assert result.stage.findings == () and result.status == "ran"
    assert [t.original for t in result.analysis.trips][-1] == copied
    assert codes_at(result, len(FILLER)) == {"TQ904"}


def test_without_back_translation_the_rules_find_nothing():
    inp = stage_input([o for o, _ in FILLER])
    assert judged(StageResult(name="backtranslation", status="skipped"), inp).findings == ()


# --- scoring ---------------------------------------------------------------


def test_normalisation_makes_typography_irrelevant():
    a = "He said „yes“ — twice\u00a0today."
    b = 'He said "yes" - twice today.'
    assert normalise(a) == normalise(b)
    assert score(a, b).chrf == 100.0


def test_scores_order_good_and_bad_round_trips():
    ref = "Already on Friday around noon, it will rain, first rain, which will change to snow."
    good = score("Already on Friday around noon it will rain, first rain, which will change to snow.", ref)
    bad = score("It snows on Friday.", ref)
    assert good.chrf > 80 > 40 > bad.chrf
    assert good.bleu > bad.bleu and good.ter < bad.ter


def test_robust_z_marks_the_odd_one_and_tolerates_constant_scores():
    z = robust_z([90, 92, 88, 91, 89, 30])
    assert z[-1] < -10 and all(abs(v) < 2 for v in z[:-1])
    assert robust_z([100, 100, 100, 40]) == [0.0, 0.0, 0.0, 0.0]  # MAD 0: no outlier claim


def test_word_diff_marks_what_drifted():
    assert word_diff("it will rain on Friday", "it will snow on Friday") == "it will [-rain-] {+snow+} on Friday"


# --- thresholds, copy check, findings ---------------------------------------


def test_threshold_from_config_changes_what_is_flagged():
    triples = filler_triples()
    strict, _, _ = run(triples, {"min_chrf": 90})
    lenient, _, _ = run(triples, {"min_chrf": 40})
    assert not [f for f in lenient.findings if f.code == "TQ901"]
    flagged = {f.segment_id for f in strict.findings if f.code == "TQ901"}
    expected = {i for i, (o, rt) in enumerate(FILLER) if score(rt, o).chrf < 90}
    assert flagged == expected and flagged


def test_bad_option_value_is_a_stage_error():
    with pytest.raises(StageError, match="min_chrf"):
        run(filler_triples(), {"min_chrf": "low"})


def test_copy_hides_from_round_trip_scores_but_is_flagged():
    copied = "Синоптиците очакват валежи от дъжд и сняг през уикенда."
    result, _, _ = run(filler_triples() + [(copied, copied, copied)])
    i = len(FILLER)
    assert result.segment_data[i]["scores"]["chrf"] == 100.0  # the round trip looks perfect
    assert codes_at(result, i) == {"TQ904"}
    f = next(f for f in result.findings if f.segment_id == i)
    assert f.category is Category.UNTRANSLATED and f.severity is Severity.MAJOR


def test_a_copy_is_reported_once_and_only_by_a_rule_the_report_keeps():
    # The model copied the sentence, and the round trip came back garbled:
    # TQ901 sees a low score, TQ904 the copy. TQ904 reports the sentence;
    # without TQ904 (ignored, or silenced) TQ901's finding is not hidden.
    copied = "Синоптиците очакват валежи от дъжд и сняг през уикенда."
    triples = filler_triples() + [(copied, copied, "Rain.")]
    back, fwd = round_trip_translators(triples)
    inp = stage_input([t[0] for t in triples])
    result = make_stage("auto", {}, translators=(back, fwd), cache=False)(inp)
    i = len(FILLER)
    assert codes_at(judged(result, inp), i) == {"TQ904"}
    assert codes_at(judged(result, inp, select=("TQ901",)), i) == {"TQ901"}


def test_short_lines_such_as_dates_are_not_copy_findings():
    line = "Nov 27, 2024 19:31 144"
    result, _, _ = run(filler_triples() + [(line, line, line)])
    assert not codes_at(result, len(FILLER))


def test_finding_spans_the_segment_and_carries_details():
    orig = "Already on Friday around noon, it will rain, first rain, which will change to snow."
    rt = "It snows on Friday."
    result, _, _ = run(filler_triples() + [(orig, "В петък вали сняг.", rt)])
    i = len(FILLER)
    f = next(f for f in result.findings if f.code == "TQ901")
    inp = stage_input([t[0] for t in filler_triples()] + [orig])
    assert inp.document.checked_text[f.start : f.end] == orig and f.segment_id == i
    d = dict(f.details)
    assert d["back_translation"] == "В петък вали сняг." and d["round_trip"] == rt
    assert set(d["scores"]) == {"chrf", "bleu", "ter"}
    assert "[-" in d["diff"] and "{+" in d["diff"]
    assert codes_at(result, i) >= {"TQ901", "TQ903"}  # also far shorter
    assert next(f for f in result.findings if f.code == "TQ903").category is Category.OMISSION


# --- report fields -------------------------------------------------------------


def test_block_segment_data_and_notes():
    result, _, _ = run(filler_triples())
    assert result.name == "backtranslation" and result.status == "ran"
    b = result.block
    for key in ("status", "reason", "models", "settings", "signature", "cache", "model_calls"):
        assert key in b
    assert b["status"] == "ran" and b["reason"] is None
    assert [m["id"] for m in b["models"]] == ["fake/en-bg", "fake/bg-en"]
    assert b["signature"]["chrf"].startswith("nrefs:1|") and "nw:2" in b["signature"]["chrf"]
    assert b["model_calls"] == 2 * len(FILLER) and b["cache"]["misses"] == 2 * len(FILLER)
    seg = result.segment_data[0]
    assert seg["text"] == "<bg 0>" and seg["round_trip"] == FILLER[0][1]
    assert set(seg["scores"]) == {"chrf", "bleu", "ter"}
    assert any(n.startswith("back-translation: ran") for n in result.notes)
    worst = min(range(len(FILLER)), key=lambda i: result.segment_data[i]["scores"]["chrf"])
    assert any(f"[{worst}] chrF++" in n for n in result.notes)


def test_bilingual_scores_back_translation_against_source():
    targets = ["The weather will be sunny.", "It will snow in the mountains."]
    sources = ["Времето ще бъде слънчево.", "В планините ще вали сняг."]
    back = TableTranslator({targets[0]: sources[0], targets[1]: "Ще бъде студено."}, "fake/en-bg")
    fwd = TableTranslator({sources[0]: targets[0], sources[1]: "Snow will fall in the mountains."}, "fake/bg-en")
    stage = make_stage("auto", {}, translators=(back, fwd), cache=False)
    inp = stage_input(targets, source_sentences=sources)
    result = judged(stage(inp), inp)
    assert result.block["comparison"] == "back-translation vs source"
    assert result.segment_data[0]["scores"]["chrf"] == 100.0
    assert result.segment_data[1]["scores"]["chrf"] < 40
    assert result.segment_data[1]["round_trip"] is None
    assert result.segment_data[1]["forward"]["text"] == "Snow will fall in the mountains."
    assert codes_at(result, 1) & {"TQ901"}


# --- cache statistics ------------------------------------------------------------


def test_unchanged_article_makes_no_model_calls_and_one_edit_one_translation(tmp_path):
    cache = TranslationCache(tmp_path / "c.sqlite3")
    triples = filler_triples()
    first, back, fwd = run(triples, cache=cache)
    assert first.block["model_calls"] == 2 * len(triples)

    again, back2, fwd2 = run(triples, cache=cache)
    assert again.block["model_calls"] == 0 and back2.calls == [] and fwd2.calls == []
    assert again.block["cache"] == {**again.block["cache"], "hits": 2 * len(triples), "misses": 0}
    assert again.segment_data == first.segment_data

    edited = list(triples)
    edited[3] = ("The wind will be weak and from the north.", "Вятърът ще е слаб, от север.", "The wind will be weak, from the north.")
    third, back3, fwd3 = run(edited, cache=cache)
    assert back3.calls == [["The wind will be weak and from the north."]]
    assert third.block["cache"]["back"] == {"hits": len(triples) - 1, "misses": 1}
    assert fwd3.calls == [["Вятърът ще е слаб, от север."]] and third.block["model_calls"] == 2


def test_cache_key_depends_on_model_revision(tmp_path):
    cache = TranslationCache(tmp_path / "c.sqlite3")
    text = "The wind will be weak."
    a = TableTranslator({text: "Вятърът ще е слаб."}, revision="1")
    b = TableTranslator({text: "Вятърът ще бъде слаб."}, revision="2")
    from tqcheck.backtranslation.translator import CachedTranslator

    assert CachedTranslator(a, cache).translate([text]) == ["Вятърът ще е слаб."]
    cb = CachedTranslator(b, cache)
    assert cb.translate([text]) == ["Вятърът ще бъде слаб."] and cb.stats.misses == 1


def test_duplicate_sentences_are_translated_once(tmp_path):
    triples = filler_triples()[:3] + filler_triples()[:3]
    result, back, _ = run(triples, cache=TranslationCache(tmp_path / "c.sqlite3"))
    assert back.translated == 3 and result.block["cache"]["back"]["misses"] == 3


def test_require_mode_turns_a_translation_failure_into_stage_error():
    class Broken(TableTranslator):
        def translate(self, texts):
            raise RuntimeError("CUDA out of memory")

    stage = make_stage("require", {}, translators=(Broken({}), Broken({})), cache=False)
    with pytest.raises(StageError, match="out of memory"):
        stage(stage_input(["One sentence here."]))
    auto = make_stage("auto", {}, translators=(Broken({}), Broken({})), cache=False)
    result = auto(stage_input(["One sentence here."]))
    assert result.status == "failed" and "out of memory" in result.reason
    assert result.notes == (f"back-translation: failed ({result.reason})",)


class FailingCache(TranslationCache):
    """A cache that opened and then fails on every look-up (disk full)."""

    calls = 0

    def get_many(self, identity_key, texts):
        type(self).calls += 1
        from tqcheck.backtranslation.cache import CacheUnusable

        raise CacheUnusable("cache database is full (disk full)")


CACHE_FAILED = ("back-translation: warning: translation cache failed (cache database is full (disk full)); "
                "translating without it")


def test_a_cache_that_fails_mid_run_is_dropped_and_the_round_trips_still_run(tmp_path):
    """A cache that worked on opening and fails later (disk full, the file
    removed or locked for good) costs the cache, never the back-translation:
    the stage goes on without it, says so once, and does not touch it again."""
    cache = FailingCache(tmp_path / "c.sqlite3")
    back, fwd = round_trip_translators(filler_triples())
    stage = make_stage("require", {}, translators=(back, fwd), cache=cache)
    first = stage(stage_input([o for o, _ in FILLER]))
    assert first.status == "ran" and len(first.analysis.trips) == len(FILLER)
    assert [n for n in first.notes if "warning" in n] == [CACHE_FAILED]
    calls = FailingCache.calls
    second = stage(stage_input([o for o, _ in FILLER]))
    assert second.status == "ran" and FailingCache.calls == calls  # not tried again
    assert not [n for n in second.notes if "warning" in n]  # said once


def test_the_batched_stage_goes_on_when_the_cache_fails_mid_run(tmp_path):
    """The same across documents (archives, Ray): the batch translated ahead
    looks the cache up first; a failure there drops the cache, said once."""
    from tqcheck.backtranslation.batching import BatchedStage

    back, fwd = round_trip_translators(filler_triples())
    stage = BatchedStage("require", {}, translators=(back, fwd), cache=FailingCache(tmp_path / "c.sqlite3"))
    inputs = [stage_input([o for o, _ in FILLER]) for _ in range(2)]
    stage.prepare([(inp.document, None) for inp in inputs], Config())
    calls = FailingCache.calls
    first, second = stage(inputs[0]), stage(inputs[1])
    assert first.status == second.status == "ran" and FailingCache.calls == calls
    assert [n for n in first.notes if "warning" in n] == [CACHE_FAILED]
    assert not [n for n in second.notes if "warning" in n]
    assert back.translated == len(FILLER)  # translated ahead once, for both documents
