"""The reviewer's HTML summary (issue 4): view-model units, the rendered
page's safety properties, and real-browser tests in Debian's Chromium.

Expectations come from the Report itself, never from fixed counts: rules
are still being added. The browser tests use the ``browser`` fixture of
conftest.py (marked ``browser``: ``-m "not browser"`` leaves them out).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tqcheck.config import Config
from tqcheck.engine import build_report, check_document, summarise
from tqcheck.formats import RenderOptions
from tqcheck.formats.html import page_view, render
from tqcheck.inputs import read_document
from tqcheck.model import Category, Document, DocumentResult, Finding, Report, Segment, Severity, StageResult

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
HOSTILE = (ROOT / "fixtures" / "hostile.txt", ROOT / "fixtures" / "hostile.html")
SCREENSHOTS = ROOT / "build" / "screenshots"


def report_for(*paths: Path) -> Report:
    config = Config()
    docs = [read_document(str(p), "en") for p in paths]
    return build_report([check_document(d, config) for d in docs], config)


def finding(code, sev, start, end, seg=0, suggestion=None, cat=Category.PUNCTUATION) -> Finding:
    return Finding(code, sev, cat, seg, start, end, f"{code} message", suggestion)


def synthetic(text: str, findings: list[Finding], stages=(), source=None, source_segments=()) -> Report:
    """A one-document report with one segment per line."""
    segs, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        segs.append(Segment(i, i, pos, pos + len(line)))
        pos += len(line) + 1
    words = len(text.split())
    result = DocumentResult(
        document=Document(text=text, path="article.txt", language="en"),
        segments=tuple(segs),
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        summary=summarise(findings, words),
        stages=tuple(stages),
        source=source,
        source_segments=tuple(source_segments),
    )
    return Report(results=(result,), summary=result.summary, signature="tqcheck:0.1.0|pair:bg-en")


class Page(HTMLParser):
    """Just enough of the rendered page to check what a browser would see."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self._raw: tuple[str, dict] | None = None
        self._buf: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._raw, self._buf = (tag, dict(attrs)), []

    def handle_data(self, data):
        if self._raw is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if self._raw is not None and tag == self._raw[0]:
            body = "".join(self._buf)
            if tag == "script":
                self.scripts.append((self._raw[1], body))
            else:
                self.styles.append(body)
            self._raw = None


# --- view-model ---------------------------------------------------------------------


def test_pieces_tile_the_text_and_cover_overlapping_spans_exactly():
    text = "He told “Reuters“ that “the plan“ works."
    fs = [
        finding("TQ110", Severity.MINOR, 8, 17),  # “Reuters“
        finding("TQ102", Severity.MAJOR, 16, 17),  # the closing glyph inside it
        finding("TQ999", Severity.INFO, 12, 30),  # crosses both quotations
        finding("TQ500", Severity.MINOR, 39, 39),  # zero width at the very end
    ]
    view = page_view(synthetic(text, fs)).documents[0]
    assert "".join(p.text for p in view.pieces) == text
    for f in view.findings:
        covered = "".join(p.text for p in view.pieces if f.id in p.findings)
        assert covered == (text[f.start : f.end] or text[-1:]), f.code
        # Every finding has exactly one focus target, where it starts.
        assert sum(f.id in p.starts for p in view.pieces) == 1
        assert f.target.startswith("m-")
    worst = next(p for p in view.pieces if p.text == "“")  # 16..17: minor + major + info
    assert worst.severity == "major" and len(worst.findings) == 3


def test_seed_view_lists_every_finding_with_its_exact_text():
    report = report_for(SEED)
    result = report.results[0]
    view = page_view(report).documents[0]
    assert len(view.findings) == len(result.findings) > 0
    for f, fv in zip(sorted(result.findings, key=Finding.sort_key), view.findings):
        assert (fv.code, fv.start, fv.end) == (f.code, f.start, f.end)
        assert fv.text == result.document.text[f.start : f.end]
        assert "".join(p.text for p in view.pieces if fv.id in p.findings) == fv.text


@pytest.mark.parametrize("fail_on", ["info", "minor", "major", "critical", "never"])
def test_verdict_follows_the_threshold(fail_on):
    report = report_for(SEED)
    worst = max(f.severity for f in report.findings)
    expected = "pass" if fail_on == "never" or worst < Severity.parse(fail_on) else "fail"
    assert page_view(report, fail_on).verdict == expected


def test_counts_and_families_come_from_the_report():
    report = report_for(SEED)
    page = page_view(report)
    assert dict(page.severities) == dict(report.summary.counts)
    assert sum(n for _, _, n in page.families) == len(report.findings)
    assert {p for p, _, _ in page.families} == {f.code[:3] for f in report.findings}


def _bt_stage(segments, chrfs, findings=()):
    return StageResult(
        name="backtranslation",
        status="ran",
        findings=tuple(findings),
        block={"chrf_median": 80.0, "comparison": "round trip", "signature": "nrefs:1|case:mixed|chrF2++",
               "models": [{"role": "back", "id": "fake/en-bg", "revision": "1"}]},
        segment_data={
            s: {"text": f"обратен превод {s}", "round_trip": f"round trip {s}", "scores": {"chrf": c, "bleu": c / 2, "ter": 100 - c}}
            for s, c in zip(segments, chrfs)
        },
    )


def test_backtranslation_gives_chart_and_every_sentence_beside_its_back_translation():
    text = "First sentence is fine.\nSecond one went wrong.\nThird is fine too."
    bt_finding = finding("TQ901", Severity.MAJOR, 24, 46, seg=1, suggestion="Second one went right.",
                         cat=Category.MISTRANSLATION)
    stage = _bt_stage([0, 1, 2], [92.0, 31.5, 88.0], [bt_finding])
    view = page_view(synthetic(text, [bt_finding], stages=[stage])).documents[0]
    assert view.chart is not None
    assert [b.chrf for b in view.chart.bars] == [92.0, 31.5, 88.0]
    assert [b.suspect for b in view.chart.bars] == [False, True, False]
    assert all(0 <= b.y <= view.chart.height and b.y + b.height == pytest.approx(view.chart.height) for b in view.chart.bars)
    # The whole text, one row per sentence, not only the suspect ones.
    assert [r.kind for r in view.rows] == ["sentence"] * 3 and view.has_back and view.pieces == ()
    assert "".join(p.text for r in view.rows for p in r.target) == text
    assert [b.href for b in view.chart.bars] == [f"#{r.anchor}" for r in view.rows]
    second = view.rows[1]
    assert "".join(p.text for p in second.target).strip() == "Second one went wrong."
    (back,) = second.back
    assert back.text == "обратен превод 1" and back.round_trip == "round trip 1"
    assert dict(back.scores) == {"chrF++": 31.5, "BLEU": 15.75, "TER": 68.5}
    html = render(synthetic(text, [bt_finding], stages=[stage]), RenderOptions())
    page = Page(html)
    assert sum(1 for tag, a in page.elements if tag == "rect" and "bar" in a.get("class", "").split()) == 3
    assert "обратен превод 1" in html and "nrefs:1|case:mixed|chrF2++" in html and "fake/en-bg" in html


def test_no_chart_without_backtranslation_and_source_beside_its_translation():
    text = "One.\nTwo went wrong."
    src = Document(text="Едно.\nДве.", path="src.txt", language="bg")
    src_segs = (Segment(0, 0, 0, 5), Segment(1, 1, 6, 10))
    alignment = StageResult(name="alignment", status="ran",
                            block={"links": [{"source_segments": [0], "target_segments": [0]},
                                             {"source_segments": [1], "target_segments": [1]}]})
    f = finding("TQ201", Severity.MAJOR, 9, 15, seg=1)
    view = page_view(synthetic(text, [f], stages=[alignment], source=src, source_segments=src_segs)).documents[0]
    assert view.chart is None and not view.has_back
    assert [("".join(p.text for p in r.source), "".join(p.text for p in r.target)) for r in view.rows] == [
        ("Едно.", "One.\n"), ("Две.", "Two went wrong.")]
    assert view.source_path == "src.txt" and view.source_direction == "ltr"


def test_several_files_get_a_table_of_contents():
    report = report_for(SEED, ROOT / "fixtures" / "clean-article.txt")
    page = Page(render(report, RenderOptions()))
    toc_links = [a["href"] for tag, a in page.elements if tag == "a" and a.get("href", "").startswith("#doc-")]
    assert toc_links == ["#doc-0", "#doc-1"]
    single = Page(render(report_for(SEED), RenderOptions()))
    assert not [a for tag, a in single.elements if tag == "nav" and a.get("class") == "toc"]


def test_accepted_findings_are_shown_greyed_and_counted_apart():
    text = "One went wrong.\nTwo is fine."
    kept, taken = finding("TQ501", Severity.MINOR, 3, 7), finding("TQ201", Severity.MAJOR, 8, 13, suggestion="went")
    report = synthetic(text, [kept])
    result = replace(report.results[0], accepted=(taken,))
    report = replace(report, results=(result,))
    page = page_view(report)
    doc = page.documents[0]
    assert page.verdict == "pass"  # the accepted major does not block
    assert page.summary.total == 1 and page.summary.accepted == doc.summary.accepted == 1
    assert [(f.code, f.accepted) for f in doc.accepted] == [("TQ201", True)]
    assert [f["code"] for f in page.data()["findings"]] == ["TQ501"]  # outside filters and navigation
    html = render(report, RenderOptions())
    parsed = Page(html)
    greyed = [a for tag, a in parsed.elements if tag == "li" and "accepted" in (a.get("class") or "").split()]
    assert [a["data-accepted"] for a in greyed] == [doc.accepted[0].id]
    assert "1 accepted by baseline" in html


def test_accepted_findings_are_greyed_in_the_article_too():
    # README: accepted findings are "greyed out"; the article showed them as
    # plain text, so a reviewer could not see what the baseline had taken.
    text = "One went wrong.\nTwo is fine, surely."
    kept = finding("TQ501", Severity.MINOR, 3, 7)
    taken = finding("TQ201", Severity.MAJOR, 20, 27, seg=1)  # "is fine" alone
    overlap = finding("TQ110", Severity.MINOR, 4, 10)  # "went w": crosses the kept one
    report = synthetic(text, [kept])
    report = replace(report, results=(replace(report.results[0], accepted=(taken, overlap)),))
    doc = page_view(report).documents[0]
    assert "".join(p.text for p in doc.pieces) == text
    by_code = {f.code: f for f in doc.accepted}
    for f in doc.accepted:
        assert "".join(p.text for p in doc.pieces if f.id in p.accepted) == text[f.start : f.end]
        assert f.target and sum(p.anchor == f.target for p in doc.pieces) == 1
    alone = next(p for p in doc.pieces if by_code["TQ201"].id in p.accepted)
    assert alone.findings == () and alone.severity is None and "accepted by baseline" in alone.tip
    parsed = Page(render(report, RenderOptions()))
    greyed = [a for tag, a in parsed.elements if tag == "mark" and a.get("class") == "acc"]
    assert [a["data-accepted"] for a in greyed] == [by_code["TQ110"].id, by_code["TQ201"].id]  # "ent", "is fine"
    assert greyed[1]["id"] == by_code["TQ201"].target and "id" not in greyed[0]
    # Outside the filters and navigation: the page's script reads mark[data-findings] only.
    live = [a for tag, a in parsed.elements if tag == "mark" and "data-findings" in a]
    assert {fid for a in live for fid in a["data-findings"].split()} == {doc.findings[0].id}
    # "wen" carries both, and is the accepted one's anchor (it starts there).
    both = next(a for a in live if a.get("data-accepted") == by_code["TQ110"].id)
    assert both["id"] == by_code["TQ110"].target and "data-starts" not in both
    links = [a["href"] for tag, a in parsed.elements if tag == "a" and a.get("class") == "loc"]
    assert f"#{by_code['TQ201'].target}" in links  # the accepted list links to its span


def test_a_baselined_clean_page_says_what_was_accepted():
    report = synthetic("One went wrong.", [])
    taken = finding("TQ201", Severity.MAJOR, 4, 8)
    report = replace(report, results=(replace(report.results[0], accepted=(taken,)),))
    html = render(report, RenderOptions())
    assert "No findings other than those accepted by the baseline." in html
    assert "1 accepted by baseline" in html and "went" in html


def test_delete_suggestions_say_delete_and_have_no_copy_button():
    text = "Sofia, 3 May - The minister spoke.\nShe said  so."
    dateline = finding("TQ401", Severity.MAJOR, 0, 14, suggestion="")
    double = finding("TQ501", Severity.MINOR, 43, 45, seg=1, suggestion=" ")
    html = render(synthetic(text, [dateline, double]), RenderOptions())
    page = Page(html)
    buttons = [a["data-finding"] for tag, a in page.elements if tag == "button" and a.get("class") == "copy"]
    view = page_view(synthetic(text, [dateline, double])).documents[0]
    by_code = {f.code: f for f in view.findings}
    assert buttons == [by_code["TQ501"].id]
    assert '<span class="delete">delete</span>' in html and "(delete)" not in html
    assert by_code["TQ501"].shown == "␣␣"  # a blank span is visible in the list
    assert '<code class="suggestion">␣</code>' in html  # and so is a blank suggestion


# --- the rendered page's safety properties ------------------------------------------


def _csp(page: Page) -> dict[str, str]:
    meta = next(a for tag, a in page.elements if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    return dict(d.strip().split(" ", 1) for d in meta["content"].split(";"))


def _sha(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_hostile_text_stays_text(path):
    report = report_for(path)
    assert report.findings, "the hostile fixture must produce findings, so hostile text reaches marks and tips"
    html = render(report, RenderOptions())
    page = Page(html)
    tags = [tag for tag, _ in page.elements]
    # Only the page's own elements: no injected img/iframe/svg-onload/link/a.
    assert "img" not in tags and "iframe" not in tags and "link" not in tags
    assert not [a for tag, a in page.elements if any(k.startswith("on") for k in a)]
    assert not [a for tag, a in page.elements if "javascript:" in (a.get("href") or "")]
    assert [a.get("type") for a, _ in page.scripts] == ["application/json", None]
    assert len(page.styles) == 1
    data_block = page.scripts[0][1]
    assert "</" not in data_block and "<" not in data_block  # written as \u003c
    data = json.loads(data_block)
    assert [f["text"] for f in data["findings"]] == [
        report.results[0].document.text[f.start : f.end] for f in sorted(report.findings, key=Finding.sort_key)
    ]


def test_csp_allows_exactly_the_inline_code_by_hash():
    page = Page(render(report_for(SEED), RenderOptions()))
    policy = _csp(page)
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == _sha(page.scripts[1][1])
    assert policy["style-src"] == _sha(page.styles[0])
    assert not re.search(r"https?:|\*|unsafe", " ".join(policy.values()))


def test_escaping_happens_only_in_the_template_engine():
    template = (ROOT / "tqcheck" / "formats" / "html" / "report.html.j2").read_text("utf-8")
    template = re.sub(r"\{#.*?#\}", "", template, flags=re.S)  # comments may mention it
    assert "|safe" not in template.replace(" ", "") and "autoescape false" not in template
    js = (ROOT / "tqcheck" / "formats" / "html" / "report.js").read_text("utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", js)


def test_html_renderer_imports_jinja_only_when_rendering():
    code = "import sys, tqcheck.formats.html; print('jinja2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "False", out.stderr


def test_writer_refuses_to_overwrite_the_input(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(SEED.read_text("utf-8"), "utf-8")
    before = article.read_bytes()
    for args in (["--format", "html", "--output", str(article)], ["--html", str(article)],
                 ["--html", str(tmp_path / "missing" / "r.html")]):
        out = _tqcheck("check", str(article), *args)
        assert out.returncode == 2, out
        assert out.stderr.startswith("tqcheck: error:") and len(out.stderr.strip().splitlines()) == 1
    assert article.read_bytes() == before


def _tqcheck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tqcheck", *args, "--backtranslation", "off"], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


# --- in a real browser ---------------------------------------------------------------


class Opened:
    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1200, "height": 900})
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        # Runs before the page's own code; CSP does not apply to it.
        self.page.add_init_script(
            "window.__violations = [];"
            "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));"
        )
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def data(self):
        return self.page.evaluate("JSON.parse(document.getElementById('tq-data').textContent)")

    def close(self):
        self.context.close()


def _html_report(tmp_path: Path, *inputs: Path, name="report.html") -> Path:
    out = tmp_path / name
    done = _tqcheck("check", *map(str, inputs), "--format", "html", "--output", str(out))
    assert done.returncode in (0, 1), done.stderr
    return out


@pytest.fixture()
def seed_page(browser, tmp_path):
    opened = Opened(browser, _html_report(tmp_path, SEED))
    yield opened
    assert opened.errors == []
    opened.close()


def test_seed_report_renders_every_finding(seed_page):
    report = report_for(SEED)
    text = report.results[0].document.text
    data = seed_page.data()
    expected = [(f.code, text[f.start : f.end]) for f in sorted(report.findings, key=Finding.sort_key)]
    assert [(f["code"], f["text"]) for f in data["findings"]] == expected
    shown = seed_page.page.evaluate(
        """ids => ids.map(id => ({
            marked: [...document.querySelectorAll('mark[data-findings]')]
                .filter(m => m.dataset.findings.split(' ').includes(id)).map(m => m.textContent).join(''),
            anchor: !!document.querySelector(`mark[data-starts~="${id}"]`),
            listed: !!document.querySelector(`li[data-finding-item="${id}"]`)?.checkVisibility(),
        }))""",
        [f["id"] for f in data["findings"]],
    )
    assert [s["marked"] for s in shown] == [t for _, t in expected]
    assert all(s["anchor"] and s["listed"] for s in shown)
    # The article is the file's text, exactly.
    assert seed_page.page.text_content(".article") == text
    assert seed_page.page.evaluate("window.__violations") == []


def test_severity_filter_hides_the_others(seed_page):
    data = seed_page.data()
    severities = {f["severity"] for f in data["findings"]}
    assert len(severities) >= 2, "the seed should have findings of at least two severities"
    chosen = max(severities, key=lambda s: Severity.parse(s))
    page = seed_page.page
    page.click(f'button[data-filter="severity"][data-value="{chosen}"]')
    assert page.get_attribute(f'button[data-filter="severity"][data-value="{chosen}"]', "aria-pressed") == "true"
    for f in data["findings"]:
        item = page.locator(f'ol.findings li[data-finding-item="{f["id"]}"]')
        assert item.is_visible() == (f["severity"] == chosen), f
    off = page.evaluate("[...document.querySelectorAll('mark.off')].flatMap(m => m.dataset.findings.split(' '))")
    assert {f["id"] for f in data["findings"] if f["severity"] != chosen} <= set(off)
    assert not {f["id"] for f in data["findings"] if f["severity"] == chosen} & set(off)
    page.click("#clear-filters")
    assert page.locator("ol.findings li:visible").count() == len(data["findings"])


def test_family_filter(seed_page):
    data = seed_page.data()
    family = data["findings"][0]["family"]
    seed_page.page.click(f'button[data-filter="family"][data-value="{family}"]')
    visible = seed_page.page.evaluate(
        "[...document.querySelectorAll('ol.findings li')].filter(li => !li.hidden).map(li => li.dataset.findingItem)")
    assert visible == [f["id"] for f in data["findings"] if f["family"] == family]


def test_keyboard_navigation_moves_focus(seed_page):
    data = seed_page.data()
    assert len(data["findings"]) >= 2
    ids = [f["id"] for f in data["findings"]]
    page = seed_page.page
    focused = "document.activeElement.dataset.starts ? document.activeElement.dataset.starts.split(' ') : []"
    page.keyboard.press("j")
    assert ids[0] in page.evaluate(focused)
    page.keyboard.press("j")
    assert ids[1] in page.evaluate(focused)
    assert data["findings"][1]["code"] in page.text_content("#current")
    page.keyboard.press("k")
    assert ids[0] in page.evaluate(focused)
    page.keyboard.press("k")  # wraps to the last finding
    assert ids[-1] in page.evaluate(focused)
    # Navigation skips findings hidden by a filter.
    chosen = data["findings"][0]["severity"]
    page.click(f'button[data-filter="severity"][data-value="{chosen}"]')
    for _ in range(len(ids)):
        page.keyboard.press("n")
        starts = page.evaluate(focused)
        assert any(next(f for f in data["findings"] if f["id"] == s)["severity"] == chosen for s in starts)


def test_copy_suggestion_button(browser, tmp_path):
    opened = Opened(browser, _html_report(tmp_path, SEED))
    try:
        opened.context.grant_permissions(["clipboard-read", "clipboard-write"])
        with_fix = next(f for f in opened.data()["findings"] if f["suggestion"])
        button = opened.page.locator(f'ol.findings button.copy[data-finding="{with_fix["id"]}"]')
        button.click()
        opened.page.wait_for_function(
            "id => document.querySelector(`ol.findings button.copy[data-finding='${id}']`).textContent === 'Copied'",
            arg=with_fix["id"])
        assert opened.page.evaluate("navigator.clipboard.readText()") == with_fix["suggestion"]
    finally:
        opened.close()


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_hostile_fixture_executes_nothing_and_shows_text_literally(browser, tmp_path, path):
    opened = Opened(browser, _html_report(tmp_path, path))
    try:
        page = opened.page
        page.keyboard.press("j")  # focus a mark: its tooltip shows hostile text too
        page.hover("mark.f")
        page.wait_for_timeout(200)
        assert page.evaluate("window.__pwned") is None
        assert opened.errors == []
        assert page.evaluate("window.__violations") == []  # nothing even tried to run
        assert page.text_content(".article") == path.read_text("utf-8")
        counts = page.evaluate(
            "['script', 'img', 'iframe', 'svg', 'link', 'a[href^=\"javascript\"]']"
            ".map(s => document.querySelectorAll(s).length)")
        charts = page.evaluate("document.querySelectorAll('figure.chart svg, figure.strip svg').length")
        assert counts == [2, 0, 0, charts, 0, 0]
        assert "{{ 7*7 }}" in page.text_content(".article")
        assert opened.requests == [opened.url]
    finally:
        opened.close()


def test_no_network_request_and_a_screenshot(browser, tmp_path):
    report = tmp_path / "seed-report.html"
    _html_report(tmp_path, SEED, name=report.name)
    opened = Opened(browser, report)
    try:
        opened.page.keyboard.press("j")
        opened.page.click("#next-finding")
        assert opened.requests == [opened.url]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shot = SCREENSHOTS / "seed-report.png"
        opened.page.screenshot(path=str(shot), full_page=True)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        opened.page.emulate_media(media="print")
        assert not opened.page.locator("nav.filters").is_visible()  # printable: controls go away
        assert opened.page.locator("ol.findings li").first.is_visible()
    finally:
        opened.close()


def test_backtranslation_page_in_the_browser(browser, tmp_path):
    text = "First sentence is fine.\nSecond one went wrong.\nThird is fine too."
    bt_finding = finding("TQ901", Severity.MAJOR, 24, 46, seg=1, suggestion="Second one went right.",
                         cat=Category.MISTRANSLATION)
    report = synthetic(text, [bt_finding], stages=[_bt_stage([0, 1, 2], [92.0, 31.5, 88.0], [bt_finding])])
    out = tmp_path / "bt.html"
    out.write_text(render(report, RenderOptions()), "utf-8")
    opened = Opened(browser, out)
    try:
        page = opened.page
        assert page.locator("figure.chart rect.bar").count() == 3
        assert page.locator("figure.chart rect.bar.suspect").count() == 1
        page.click("figure.chart rect.bar.suspect")
        assert page.evaluate("location.hash") == "#doc-0-s1"
        assert "обратен превод 1" in page.text_content("#doc-0-s1 td.bt")
        assert "".join(page.locator("td.tgt").all_text_contents()) == text
        assert opened.requests == [opened.url] and opened.errors == []
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "backtranslation-report.png"), full_page=True)
    finally:
        opened.close()
