"""The reviewer's HTML with back-translation on, through a real (tiny,
random-weight) MarianMT pair built by ``scripts/build_tiny_marian.py``: the
page is rendered from what the stage really returns, not from a hand-made
stage block. Random weights: the translations are nonsense; only the
plumbing is checked."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("torch", reason="the back-translation extra (torch) is not installed")
pytest.importorskip("transformers", reason="the back-translation extra (transformers) is not installed")

from tqcheck.cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
SCREENSHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("build_tiny_marian", ROOT / "scripts/build_tiny_marian.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    root = tmp_path_factory.mktemp("tiny-marian-html")
    return module.build(root / "en-bg", "en", "bg"), module.build(root / "bg-en", "bg", "en", seed=1)


@pytest.fixture()
def bt_page(tiny_models, tmp_path, capsys):
    html, report = tmp_path / "r.html", tmp_path / "r.json"
    argv = ["check", str(SEED), "--bt-model", str(tiny_models[0]), "--rt-model", str(tiny_models[1]),
            "--backtranslation", "require", "--format", "json", "-o", str(report), "--html", str(html)]
    assert main(argv) in (0, 1), capsys.readouterr().err
    return html, json.loads(report.read_text("utf-8"))


def test_html_with_backtranslation_renders(bt_page):
    html, report = bt_page
    page = html.read_text("utf-8")
    doc = report["documents"][0]
    assert doc["backtranslation"]["status"] == "ran"
    # The sacreBLEU signature of each metric is in the footer, as text.
    for metric, signature in doc["backtranslation"]["signature"].items():
        assert signature in page, metric


def test_every_sentence_is_shown_beside_its_back_translation(bt_page, browser):
    html, report = bt_page
    doc = report["documents"][0]
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(html.resolve().as_uri())
        for seg in doc["segments"]:
            if "backtranslation" not in seg:
                continue
            row = page.locator(f"#doc-0-s{seg['id']}")
            assert row.count() == 1, seg["id"]
            assert seg["backtranslation"]["text"] in row.locator("td.bt").text_content()
        # The target column is the article, exactly.
        assert "".join(page.locator("td.tgt").all_text_contents()) == SEED.read_text("utf-8")
        assert errors == []
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "backtranslation-tiny-marian.png"), full_page=False)
    finally:
        context.close()
