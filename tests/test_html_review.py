"""The reviewer's page as a reviewer uses it: the whole alignment side by
side, the paragraph strip, one tooltip at a time, rule explanations,
accept/reject decisions downloaded as a baseline that ``--baseline`` reads,
right-to-left text, hidden characters made visible, and the limit on listed
findings. View-model units first, then Chromium (the ``browser`` fixture of
conftest.py). Screenshots go to build/screenshots/.

Expectations come from the Report and the JSON report, never fixed counts."""

from __future__ import annotations

import argparse
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from tqcheck.cli import main
from tqcheck.config import Config
from tqcheck.engine import build_report, check_document
from tqcheck.formats import RenderOptions
from tqcheck.formats.html import page_view, render
from tqcheck.formats.html_model import direction
from tqcheck.inputs import read_document
from tqcheck.model import SAFE, Edit, Fix
from tqcheck.pipeline import check_documents, read_inputs

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
BI = ROOT / "fixtures" / "bilingual"
SCREENSHOTS = ROOT / "build" / "screenshots"


def check(capsys, *argv: str) -> tuple[int, str]:
    code = main(["check", "--backtranslation", "off", *argv])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return code, out


def bilingual_case(folder: Path) -> tuple[Path, Path]:
    """The FLORES excerpt (Bulgarian source, English translation) with a
    changed number, a changed name, a sentence left out and one added."""
    eng = (BI / "flores200-devtest-excerpt.eng").read_text("utf-8").splitlines()
    bul = (BI / "flores200-devtest-excerpt.bul").read_text("utf-8").splitlines()
    eng[0] = eng[0].replace("4-month-old", "5-month-old")
    eng[3] = eng[3].replace("Bob Dylan", "Bob Marley")
    del eng[6]
    eng.insert(2, "This sentence was added by the translator and has no source at all.")
    target, source = folder / "target.txt", folder / "source.txt"
    target.write_text("\n".join(eng) + "\n", "utf-8")
    source.write_text("\n".join(bul) + "\n", "utf-8")
    return target, source


def json_report(capsys, *argv: str) -> dict:
    return json.loads(check(capsys, *argv, "--format", "json")[1])


# --- view-model --------------------------------------------------------------------


def test_direction_follows_the_language():
    assert [direction(x) for x in ("ar", "he-IL", "fa", "az-Arab", "en", "bg", "", None)] == [
        "rtl", "rtl", "rtl", "rtl", "ltr", "ltr", "ltr", "ltr"]


def test_side_by_side_has_every_pair_and_empty_cells_for_omission_and_addition(capsys, tmp_path):
    target, source = bilingual_case(tmp_path)
    report = json_report(capsys, str(target), "--source", str(source), "--source-lang", "bg")["documents"][0]
    codes = {f["code"] for f in report["findings"]}
    assert {"TQ701", "TQ702", "TQ703", "TQ704"} <= codes
    # The same report, as the page sees it.
    args = argparse.Namespace(paths=[str(target)], source=str(source), pairs=None, encoding="utf-8", max_bytes=None)
    config = replace(Config(), source_lang="bg")
    inputs = read_inputs(args, config)
    doc = page_view(check_documents(inputs, config, language_check=False).report).documents[0]
    text = target.read_text("utf-8")
    assert doc.pieces == () and "".join(p.text for r in doc.rows for p in r.target) == text
    kinds = [r.kind for r in doc.rows]
    assert kinds.count("omission") == 1 and kinds.count("addition") == 1
    omission = next(r for r in doc.rows if r.kind == "omission")
    addition = next(r for r in doc.rows if r.kind == "addition")
    assert omission.target == () and addition.source == ()
    # TQ703 names the source span it is about: highlighted in the source column.
    tq703 = next(f for f in doc.findings if f.code == "TQ703")
    assert "".join(p.text for p in omission.source if tq703.id in p.findings) == "Той каза, че е създал WiFi звънец."
    # TQ701/TQ702 name the source number or name they are about: highlighted in the source column too.
    for code, word, source_word in (("TQ701", "5", "4"), ("TQ702", "Marley", "Дилън")):
        f = next(f for f in doc.findings if f.code == code)
        row = next(r for r in doc.rows if any(f.id in p.findings for p in r.target))
        assert "".join(p.text for p in row.target if f.id in p.findings) == word
        assert "".join(p.text for p in row.source if f.id in p.findings) == source_word


def test_the_strip_counts_every_finding_per_paragraph():
    config = Config()
    report = build_report([check_document(read_document(str(SEED), "en"), config)], config)
    doc = page_view(report).documents[0]
    cells = doc.strip.cells
    assert len(cells) == doc.strip.paragraphs <= 120  # a short article: one bar per paragraph
    assert sum(n for c in cells for _, _, n in c.counts) == len(report.findings)
    hrefs = {c.href for c in cells if c.href}
    assert hrefs <= {f"m-{f.id}" for f in doc.findings} and hrefs


def test_the_page_lists_at_most_max_findings_and_counts_the_rest():
    config = Config()
    report = build_report([check_document(read_document(str(SEED), "en"), config)], config)
    total = len(report.findings)
    assert total > 5
    html = render(report, RenderOptions(max_findings=5))
    data = json.loads(re.search(r'id="tq-data">(.*?)</script>', html, re.S).group(1))
    assert len(data["findings"]) == 5
    assert html.count('class="finding sev-') == 5 and html.count("data-starts=") == 5
    assert f"{total - 5} more are counted above but not shown" in html and "--format json" in html
    # The strip still counts them all.
    view = page_view(report, max_findings=5).documents[0]
    assert sum(n for c in view.strip.cells for _, _, n in c.counts) == total


def test_a_fix_is_shown_when_a_finding_carries_one():
    config = Config()
    result = check_document(read_document(str(SEED), "en"), config)
    plain = [f for f in result.findings if f.fix is None]
    first = plain[0]
    fixed = replace(first, fix=Fix(SAFE, (Edit(first.start, first.end, "X"),)))
    report = build_report([replace(result, findings=(fixed, *plain[1:]))], config)
    html = render(report, RenderOptions())
    assert html.count('<p class="autofix">') == 1 and "<ins" in html and ">X</ins>" in html


# --- in Chromium ---------------------------------------------------------------------


class Opened:
    def __init__(self, browser, path: Path, width: int = 1200, **context):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": 900}, **context)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.add_init_script(
            "window.__violations = [];"
            "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));")
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def data(self):
        return self.page.evaluate("JSON.parse(document.getElementById('tq-data').textContent)")

    def shot(self, name: str, full: bool = False) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        out = SCREENSHOTS / name
        self.page.screenshot(path=str(out), full_page=full)
        return out

    def close(self):
        assert self.errors == []
        assert self.page.evaluate("window.__violations") == []
        assert self.requests == [self.url]
        self.context.close()


@pytest.fixture()
def bilingual_page(browser, tmp_path, capsys):
    target, source = bilingual_case(tmp_path)
    out = tmp_path / "bilingual.html"
    check(capsys, str(target), "--source", str(source), "--source-lang", "bg", "--html", str(out))
    opened = Opened(browser, out)
    yield opened, target
    opened.close()


def test_bilingual_view_in_the_browser(bilingual_page):
    opened, target = bilingual_page
    page = opened.page
    assert "".join(page.locator("td.tgt").all_text_contents()) == target.read_text("utf-8")
    assert page.locator("tr.row-omission td.tgt.empty").count() == 1
    assert page.locator("tr.row-addition td.src.empty").count() == 1
    # The omitted sentence is highlighted in the source column, and so are a changed number and name.
    assert "Той каза, че е създал WiFi звънец." in page.locator("tr.row-omission td.src mark.f").text_content()
    assert page.locator("td.src mark.f").count() >= 3
    # Every severity can be filtered, and a filter greys the marks on both sides.
    data = opened.data()
    chosen = data["findings"][0]["severity"]
    page.click(f'button[data-filter="severity"][data-value="{chosen}"]')
    for f in data["findings"]:
        assert page.locator(f'ol.findings li[data-finding-item="{f["id"]}"]').is_visible() == (f["severity"] == chosen)
    page.click("#clear-filters")
    # Only rows with findings: the others hide, omissions and additions stay.
    page.click("#rows-with-findings")
    visible = page.evaluate("[...document.querySelectorAll('table.side tbody tr')].filter(r => !r.hidden).length")
    assert 0 < visible < page.locator("table.side tbody tr").count()
    page.click("#rows-with-findings")
    page.locator("table.side").scroll_into_view_if_needed()
    opened.shot("bilingual-side-by-side.png")


def test_narrow_screen_stacks_the_columns_and_breaks_no_word(browser, tmp_path, capsys):
    target, source = bilingual_case(tmp_path)
    out = tmp_path / "narrow.html"
    check(capsys, str(target), "--source", str(source), "--source-lang", "bg", "--html", str(out))
    opened = Opened(browser, out, width=375, is_mobile=True, device_scale_factor=2)
    try:
        page = opened.page
        display = page.evaluate("getComputedStyle(document.querySelector('td.tgt')).display")
        assert display == "block"  # stacked: source above translation
        src, tgt = page.evaluate(
            "[document.querySelector('tr.row-pair td.src'), document.querySelector('tr.row-pair td.tgt')]"
            ".map(td => td.getBoundingClientRect().top)")
        assert src < tgt
        assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing runs off the side
        broken = page.evaluate(
            """() => {
                const out = [];
                for (const cell of document.querySelectorAll('td.src, td.tgt, ol.findings .msg')) {
                    const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
                        for (const m of node.data.matchAll(/[\\p{L}\\p{N}]{2,14}/gu)) {
                            const r = document.createRange();
                            r.setStart(node, m.index);
                            r.setEnd(node, m.index + m[0].length);
                            const tops = new Set([...r.getClientRects()].map(b => Math.round(b.top)));
                            if (tops.size > 1) out.push(m[0]);
                        }
                    }
                }
                return out;
            }""")
        assert broken == []
        opened.shot("bilingual-narrow-375px.png", full=True)
    finally:
        opened.close()


@pytest.fixture()
def seed_page(browser, tmp_path, capsys):
    out = tmp_path / "seed.html"
    check(capsys, str(SEED), "--no-baseline", "--html", str(out))
    opened = Opened(browser, out)
    yield opened
    opened.close()


def test_strip_shows_clusters_and_jumps_to_the_first_finding(seed_page):
    page = seed_page.page
    data = seed_page.data()
    cells = page.locator("figure.strip g.cell")
    assert cells.count() >= 2
    heights = page.evaluate(
        "[...document.querySelectorAll('figure.strip g.cell')].map(g => [...g.querySelectorAll('rect.seg')]"
        ".reduce((s, r) => s + Number(r.getAttribute('height')), 0))")
    assert max(heights) > 0 and min(heights) == 0  # clusters and quiet paragraphs differ
    link = page.locator("figure.strip a.jump").nth(1)
    target = link.get_attribute("data-finding")
    link.click()
    assert page.evaluate("document.activeElement.id") == f"m-{target}"
    code = next(f["code"] for f in data["findings"] if f["id"] == target)
    assert code in page.text_content("#current")
    # A severity filter redraws the bars with that severity only.
    chosen = "minor"
    page.click(f'button[data-filter="severity"][data-value="{chosen}"]')
    others = page.evaluate(
        "[...document.querySelectorAll('figure.strip rect.seg:not(.sev-minor)')].map(r => Number(r.getAttribute('height')))")
    assert set(others) == {0}
    page.click("#clear-filters")
    page.evaluate("window.scrollTo(0, 0)")
    seed_page.shot("strip-overview.png")


def test_one_tooltip_at_a_time_with_the_suggestion(seed_page):
    page = seed_page.page
    data = seed_page.data()
    with_fix = [f for f in data["findings"] if f["suggestion"]]
    assert len(with_fix) >= 2
    first, second = (page.locator(f"#m-{f['id']}") for f in with_fix[:2])
    first.focus()  # keyboard focus on one...
    second.hover()  # ...and the mouse on another: still one tooltip
    assert page.locator(".tip:not([hidden])").count() == 1
    assert page.locator("[role=tooltip]:not([hidden])").count() == 1
    tip = page.text_content("#tip")
    assert with_fix[1]["suggestion"] in tip and with_fix[1]["code"] in tip
    # No CSS tooltip besides it.
    after = page.evaluate(f"getComputedStyle(document.getElementById('m-{with_fix[1]['id']}'), '::after').content")
    assert after in ("none", "normal")
    page.keyboard.press("Escape")
    assert page.locator(".tip:not([hidden])").count() == 0
    second.hover()
    seed_page.shot("tooltip.png")


def test_rule_explanation_opens_on_demand(seed_page):
    page = seed_page.page
    code = seed_page.data()["findings"][0]["code"]
    page.locator(f'ol.findings a.rule-link[href="#rule-{code}"]').first.click()
    dialog = page.locator("#rule-dialog")
    assert dialog.is_visible()
    text = dialog.text_content()
    assert code in text and "What it does" in text and "Why" in text
    seed_page.shot("rule-explanation.png")
    page.click("#rule-dialog-close")
    assert not dialog.is_visible()


def test_decisions_download_as_a_baseline_that_hides_exactly_the_accepted_findings(browser, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tqcheck.toml").write_text("")  # the project's root: the baseline lives beside it
    shutil.copy(SEED, tmp_path / "article.txt")
    check(capsys, "article.txt", "--html", "review.html")
    before = json_report(capsys, "article.txt")["documents"][0]["findings"]
    opened = Opened(browser, tmp_path / "review.html", accept_downloads=True)
    try:
        page = opened.page
        data = opened.data()
        findings = data["findings"]
        assert len(findings) >= 5
        for f in (findings[0], findings[2], findings[3]):
            page.click(f'button[data-decide="accept"][data-finding="{f["id"]}"]')
        page.click(f'button[data-decide="reject"][data-finding="{findings[1]["id"]}"]')
        page.click(f'button[data-decide="accept"][data-finding="{findings[3]["id"]}"]')  # pressed again: taken back
        for _ in range(5):
            page.keyboard.press("j")  # to the fifth finding...
        page.keyboard.press("a")  # ...accepted from the keyboard
        chosen = [findings[0], findings[2], findings[4]]
        assert "3 accepted, 1 rejected" in page.text_content("#decision-count")
        with page.expect_download() as info:
            page.click("#download-baseline")
        download = info.value
        assert download.suggested_filename == "tqcheck-baseline.json"
        saved = tmp_path / "decisions.json"
        download.save_as(saved)
        page.locator("#about-decisions").scroll_into_view_if_needed()
        opened.shot("decisions.png")
    finally:
        opened.close()
    after = json_report(capsys, "article.txt", "--baseline", str(saved))["documents"][0]
    accepted = sorted((f["code"], f["line"], f["column"], f["text"]) for f in after["accepted"])
    assert accepted == sorted((c["code"], c["line"], c["column"], c["text"]) for c in chosen)
    assert len(after["findings"]) == len(before) - 3
    # Saved where check looks by default, it is found without --baseline.
    shutil.copy(saved, tmp_path / "tqcheck-baseline.json")
    assert len(json_report(capsys, "article.txt")["documents"][0]["accepted"]) == 3


def test_previously_accepted_findings_stay_in_the_download_unless_rejected(browser, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tqcheck.toml").write_text("")
    shutil.copy(SEED, tmp_path / "article.txt")
    assert main(["baseline", "write", "article.txt", "--select", "TQ4"]) == 0
    capsys.readouterr()
    check(capsys, "article.txt", "--html", "review.html")
    opened = Opened(browser, tmp_path / "review.html", accept_downloads=True)
    try:
        page = opened.page
        taken = opened.data()["accepted"]
        assert taken and all(f["key"] for f in taken)
        page.click(f'button[data-decide="reject"][data-finding="{taken[0]["id"]}"]')
        with page.expect_download() as info:
            page.click("#download-baseline")
        saved = tmp_path / "decisions.json"
        info.value.save_as(saved)
    finally:
        opened.close()
    after = json_report(capsys, "article.txt", "--baseline", str(saved))["documents"][0]
    assert len(after["accepted"]) == len(taken) - 1
    assert taken[0]["code"] in {f["code"] for f in after["findings"]}


def test_arabic_is_laid_out_right_to_left(browser, tmp_path, capsys):
    out = tmp_path / "arabic.html"
    check(capsys, str(BI / "flores200-devtest-excerpt.ara"), "--source", str(BI / "flores200-devtest-excerpt.eng"),
          "--source-lang", "en", "--target-lang", "ar", "--html", str(out))
    opened = Opened(browser, out)
    try:
        page = opened.page
        assert page.evaluate("[...document.querySelectorAll('td.tgt')].every(td => td.dir === 'rtl' && "
                             "getComputedStyle(td).direction === 'rtl' && td.lang === 'ar')")
        assert page.evaluate("[...document.querySelectorAll('td.src')].every(td => getComputedStyle(td).direction === 'ltr')")
        # The first line of an Arabic cell starts at the right edge.
        right, text_right = page.evaluate(
            """() => { const td = document.querySelector('tr.row-pair td.tgt');
                const r = document.createRange(); r.setStart(td.firstChild || td, 0); r.setEnd(td.firstChild || td, 1);
                const cell = td.getBoundingClientRect(); const first = r.getBoundingClientRect();
                return [cell.right, first.right]; }""")
        assert right - text_right < 20
        assert (BI / "flores200-devtest-excerpt.ara").read_text("utf-8") == "".join(page.locator("td.tgt").all_text_contents())
        page.locator("table.side").scroll_into_view_if_needed()
        opened.shot("arabic-rtl.png")
    finally:
        opened.close()


def test_bidi_controls_and_invisible_characters_are_shown_and_cannot_reorder(browser, tmp_path, capsys):
    # "txt.exe" written with a right-to-left override shows as "exe.txt"; a zero-width space,
    # a soft hyphen and a stray BOM are invisible; an ESC reaches the title raw.
    name = "invoice\u202etxt.exe"
    article = tmp_path / name
    article.write_text("The official cabinet met\u200b today \u202eevil\u202c and \u00adsoft\ufeff, said “Reuters“.\n", "utf-8")
    escaped = tmp_path / "a\x1bb.txt"
    shutil.copy(article, escaped)
    out, title_out = tmp_path / "bidi.html", tmp_path / "esc.html"
    check(capsys, str(article), "--no-language-check", "--html", str(out))
    check(capsys, str(escaped), "--no-language-check", "--html", str(title_out))
    html = out.read_text("utf-8")
    opened = Opened(browser, out)
    try:
        page = opened.page
        tokens = page.evaluate(
            "[...document.querySelectorAll('.article .hc')].map(s => getComputedStyle(s, '::before').content)")
        assert tokens == ['"⟨U+200B⟩"', '"⟨U+202E⟩"', '"⟨U+202C⟩"', '"⟨U+00AD⟩"', '"⟨U+FEFF⟩"']
        # The article text itself is unchanged (copying it gives the file back).
        assert page.text_content(".article") == article.read_text("utf-8")
        # The file name: isolated, the override marked, and "txt" still left of "exe".
        heading = page.locator("h2 bdi.path").first
        assert heading.get_attribute("dir") == "ltr"
        assert page.evaluate("getComputedStyle(document.querySelector('h2 bdi.path .hc'), '::before').content") == '"⟨U+202E⟩"'
        order = page.evaluate(
            """() => { const el = document.querySelector('h2 bdi.path');
                const text = el.textContent; const node = [...el.childNodes].pop();
                const at = s => { const i = node.data.indexOf(s); const r = document.createRange();
                    r.setStart(node, i); r.setEnd(node, i + s.length); return r.getBoundingClientRect().left; };
                return [at('txt'), at('exe')]; }""")
        assert order[0] < order[1]
        # Titles and tooltips (attributes) carry the tokens, never the raw control.
        assert "⟨U+202E⟩" in page.title() and "\u202e" not in page.title()
        assert "\u202e" not in re.search(r"<title>(.*?)</title>", html).group(1)
        opened.shot("bidi-visible.png")
    finally:
        opened.close()
    escaped_page = Opened(browser, title_out)
    try:
        assert "⟨U+001B⟩" in escaped_page.page.title() and "\x1b" not in escaped_page.page.title()
    finally:
        escaped_page.close()
    assert "\x1b" not in re.search(r"<title>(.*?)</title>", title_out.read_text("utf-8")).group(1)


def test_table_of_contents_gives_pass_or_fail_per_file(capsys, tmp_path):
    out = tmp_path / "two.html"
    check(capsys, str(SEED), str(ROOT / "fixtures" / "clean-article.txt"), "--no-baseline", "--html", str(out))
    html = out.read_text("utf-8")
    toc = html[html.index('<nav class="toc"'):html.index("</nav>", html.index('<nav class="toc"'))]
    verdicts = re.findall(r'<span class="doc-verdict (pass|fail)">', toc)
    report = json_report(capsys, str(SEED), str(ROOT / "fixtures" / "clean-article.txt"), "--no-baseline")
    assert verdicts == [d["verdict"] for d in report["documents"]] == ["fail", "pass"]


def test_html_max_findings_from_the_command_line(capsys, tmp_path):
    from tqcheck.cli import HTML_FINDINGS_DEFAULT
    from tqcheck.formats import DEFAULT_HTML_FINDINGS

    assert HTML_FINDINGS_DEFAULT == DEFAULT_HTML_FINDINGS  # the help says the default the page uses
    out = tmp_path / "few.html"
    check(capsys, str(SEED), "--no-baseline", "--html", str(out), "--html-max-findings", "3")
    data = json.loads(re.search(r'id="tq-data">(.*?)</script>', out.read_text("utf-8"), re.S).group(1))
    assert len(data["findings"]) == 3


def test_a_long_article_is_laid_out_in_blocks_of_whole_paragraphs(browser, tmp_path, capsys):
    article = tmp_path / "long.txt"
    article.write_text((SEED.read_text("utf-8").rstrip("\n") + "\n\n") * 12, "utf-8")
    config = Config()
    report = build_report([check_document(read_document(str(article), "en"), config)], config)
    doc = page_view(report).documents[0]
    blocks = doc.article
    assert len(blocks) > 1 and tuple(p for b in blocks for p in b) == doc.pieces
    text = article.read_text("utf-8")
    at = 0
    for block in blocks:
        assert at == 0 or text[at - 1] == "\n"  # every block starts a line
        at += sum(len(p.text) for p in block)
    out = tmp_path / "long.html"
    check(capsys, str(article), "--no-baseline", "--html", str(out))
    opened = Opened(browser, out)
    try:
        assert opened.page.text_content(".article") == text
        assert opened.page.locator(".article .block").count() == len(blocks)
    finally:
        opened.close()
