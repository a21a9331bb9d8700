"""The measurement data stays in step with what it describes: the Fakti
annotations locate in their articles, and the generated acronym table is
what its generator makes of bg_acronyms.tsv today."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str):
    spec = importlib.util.spec_from_file_location(f"_{name}", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


bench = _script("bench_detection")
tables = _script("gen_acronym_tables")


def test_every_annotation_locates_in_its_article():
    annotations = bench.read_annotations(bench.DEFAULT_ANNOTATIONS, bench.DEFAULT_ARTICLES)
    assert len(annotations) >= 150
    texts = {a.file: (bench.DEFAULT_ARTICLES / a.file).read_text("utf-8") for a in annotations}
    for a in annotations:
        assert texts[a.file][a.start : a.end] == a.quote


def test_annotations_cover_every_article_and_the_split():
    annotated = {a.file for a in bench.read_annotations(bench.DEFAULT_ANNOTATIONS, bench.DEFAULT_ARTICLES)}
    articles = {p.name for p in bench.DEFAULT_ARTICLES.glob("*.txt")}
    assert annotated == articles
    build, holdout = set(bench.SPLITS["build"]), set(bench.SPLITS["holdout"])
    assert build | holdout == articles and not build & holdout


def test_no_annotation_is_listed_twice():
    rows = bench.read_annotations(bench.DEFAULT_ANNOTATIONS, bench.DEFAULT_ARTICLES)
    keys = [(a.file, a.start, a.end, a.category) for a in rows]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "line, message",
    [
        ("x.txt\tq\t1\tcalque\tyes", "expected 6"),
        ("euro-information-campaign-2024-04-12.txt\tplan-account\t1\tnonsense\tyes\tn", "unknown category"),
        ("euro-information-campaign-2024-04-12.txt\tplan-account\t2\tcalque\tyes\tn", "does not occur 2"),
        ("euro-information-campaign-2024-04-12.txt\tplan-account\t1\tcalque\tmaybe\tn", "yes or no"),
        ("missing.txt\tq\t1\tcalque\tyes\tn", "no article"),
    ],
)
def test_a_bad_annotation_line_is_one_clear_error(tmp_path, line, message):
    path = tmp_path / "a.tsv"
    path.write_text(line + "\n", "utf-8")
    with pytest.raises(bench.BadInput, match=message):
        bench.read_annotations(path, bench.DEFAULT_ARTICLES)


def test_overlap_counts_a_zero_width_finding_at_its_position():
    a = bench.Annotation("f", "abc", 1, "calque", True, "", 10, 13, 1)
    assert bench.overlaps(12, 14, a) and bench.overlaps(10, 10, a)
    assert not bench.overlaps(13, 15, a) and not bench.overlaps(5, 10, a)


def test_bg_institutions_table_is_current():
    committed = (ROOT / "tqcheck" / "data" / "bg_institutions.tsv").read_text("utf-8")
    assert committed == tables.bg_institutions_text(), "run scripts/gen_acronym_tables.py --bg-only"


def test_transliteration_gives_the_official_spelling_first_then_the_variants():
    assert tables.latin_spellings("ЦИК") == ["TsIK", "TSIK", "CIK"]
    assert tables.latin_spellings("МОН") == ["MON"]
    assert tables.latin_spellings("ВиК") == ["ViK"]
    assert tables.english_initials("Ministry of Education and Science") == ["MES", "MOES"]
