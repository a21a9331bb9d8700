"""Property-based fuzzing of the whole command-line path: read -> segment ->
rules -> every report format, on generated hostile text.

    .venv/bin/python scripts/fuzz.py              # 10,000 examples
    .venv/bin/python scripts/fuzz.py -n 500 --seed 7

The text mixes scripts (Latin, Cyrillic, Greek, Arabic, CJK), quotes of
every kind, Markdown and HTML markup, tqcheck comments, control and bidi
characters and every line ending (LF, CRLF, CR, U+2028...), and is written
to a .txt, .md or .html file. For each example ``tqcheck check`` runs once
per format (text, json, github, html), in process, and:

- nothing raises and the exit code is 0 or 1, the same in every format;
- every finding's span lies inside the text, its line and column are those
  of its start, and its ``text`` is what the span holds;
- the text, JSON and GitHub reports list the same findings (code, line,
  column);
- the HTML report parses, its elements are balanced and every tag in it is
  one the report's template writes (input markup never becomes markup).

tests/test_fuzz.py runs the same property for a few hundred examples.
Prints the number of examples and the time taken; a failure is shrunk by
hypothesis and printed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck.cli import main  # noqa: E402
from tqcheck.inputs import decode  # noqa: E402
from tqcheck.positions import line_col  # noqa: E402
from tqcheck.rules import all_rules  # noqa: E402

WORDS = [
    # Latin, with abbreviations and initials the segmenter must judge
    "The", "government", "said", "on", "Monday", "that", "Prof.", "Dr.", "U.S.", "e.g.", "J. K.", "Sofia",
    "Reuters", "BTA", "minister", "approved", "the", "a", "it", "Ministry", "of", "Finance",
    # Cyrillic, a mixed-script word (Latin S, Cyrillic о), Bulgarian abbreviations
    "Правителството", "каза", "в", "понеделник", "г-н", "ул.", "гр.", "лв.", "Sоfia", "София",
    # Greek, Arabic, CJK
    "Η", "κυβέρνηση", "είπε", "الحكومة", "قالت", "يوم", "政府", "表示", "。", "、", "日本",
    # numbers and dates
    "1,000", "3.5", "12.05.2025", "50 000", "10:30", "2024-01-31", "5%", "٣",
]
QUOTES = ['"', "'", "“", "”", "„", "‟", "‘", "’", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "″", "′", "`", "＂"]
PUNCTUATION = [".", ",", "!", "?", "…", "...", "—", "–", "-", " - ", ":", ";", "(", ")", "[", "]", "!?", "?!"]
MARKDOWN = [
    "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "> ", "**", "__", "*", "_", "`", "```\n", "~~~\n", "---\n",
    "[link](http://x.y)", "![img](a.png)", "[", "](", "<http://x.y>", "<https://a.b/c", "* * *\n",
    "<!-- tqcheck: ignore TQ501 -->", "<!-- tqcheck: ignore-file -->", "<!-- tqcheck: ignore TQ2O1 -->",
    "<!-- tqcheck: ignore", "<!-- tqcheck: ignore-file TQ1, TQ999 -->",
]
HTML = [
    "<p>", "</p>", "<b>", "</b>", '<a href="x">', "</a>", "<br>", "<br/>", "<script>x = '<b>'</script>",
    "<style>p{}</style>", "<script>", "&amp;", "&nbsp;", "&#8220;", "&#x201D;", "&bogus;", "&", "<!--", "-->",
    "<![CDATA[x]]>", "<zq>", "</zq>", "<div class='a'>", "</div>", "<h1>", "</h1>", "<li>", "<!DOCTYPE html>",
    "<title>T</title>", "</script>", "<img src=x onerror=alert(1)>", "<",
]
SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u202f", "\u2009", "\u3000"]
LINE_ENDINGS = ["\n", "\n", "\r\n", "\r", "\u2028", "\u2029", "\n\n", "\r\n\r\n", "\x85", "\v", "\f"]
CONTROLS = ["\x1b[31m", "\x1b]0;title\x07", "\x07", "\x08", "\x7f", "\x9b", "\u200b", "\u200d", "\ufeff",
            "\u00ad", "\x01", "\x1f"]
BIDI = ["\u202e", "\u202d", "\u202a", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f",
        "\u061c"]

# Sentences each rule flags (the Example lines of its documentation), so
# the reports have findings to agree on.
FLAGGED = sorted({line for rule in all_rules() for line in rule.doc.bad_examples})

# Any character but NUL (a NUL makes the input binary, refused on purpose)
# and surrogates (not characters: a file cannot hold one in UTF-8).
ANY_CHARACTER = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
PIECES = st.one_of(
    st.sampled_from(FLAGGED),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(SPACES),
    st.sampled_from(SPACES),
    st.sampled_from(QUOTES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(MARKDOWN),
    st.sampled_from(HTML),
    st.sampled_from(LINE_ENDINGS),
    st.sampled_from(CONTROLS),
    st.sampled_from(BIDI),
    st.text(ANY_CHARACTER, min_size=1, max_size=4),
)
TEXTS = st.lists(PIECES, max_size=80).map("".join)
SUFFIXES = st.sampled_from([".txt", ".md", ".html"])
FORMATS = ("text", "json", "github", "html")

_TEMPLATE = (ROOT / "tqcheck" / "formats" / "html" / "report.html.j2").read_text("utf-8")
TEMPLATE_TAGS = frozenset(t.lower() for t in re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", _TEMPLATE))
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# Elements the HTML parser may close implicitly, as browsers do (SVG's are
# written self-closed, which html.parser reports as start and end).
IMPLIED_END = frozenset("p li dt dd tr td th thead tbody option".split())


def run(path: Path, fmt: str, config: Path) -> tuple[int, str, str]:
    """``tqcheck check`` in process: (exit code, standard output, standard error)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", "--backtranslation", "off", "--no-baseline", "--config", str(config),
                     "--format", fmt, str(path)])
    return code, out.getvalue(), err.getvalue()


class _Balance(HTMLParser):
    """Every element closed in order; every tag one the template writes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in TEMPLATE_TAGS:
            self.problems.append(f"<{tag}> is not a tag of the report template")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in TEMPLATE_TAGS:
            self.problems.append(f"<{tag}/> is not a tag of the report template")

    def handle_endtag(self, tag):
        while self.open and self.open[-1] != tag and self.open[-1] in IMPLIED_END:
            self.open.pop()
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1] if self.open else 'nothing'}")
            return
        self.open.pop()


def html_problems(page: str) -> list[str]:
    parser = _Balance()
    parser.feed(page)
    parser.close()
    left = [t for t in parser.open if t not in IMPLIED_END]
    return parser.problems + ([f"left open: {', '.join(left)}"] if left else [])


def _text_findings(output: str, path: str) -> Counter:
    # Split at "\n" only: a message may hold U+2028, which splitlines() breaks at.
    line = re.compile(rf"^ *{re.escape(path)}:(\d+):(\d+): (TQ\d+) ")  # indented or not: the text report once indented it
    found: Counter = Counter()
    for row in output.split("\n"):
        match = line.match(row)
        if match:
            found[(match.group(3), int(match.group(1)), int(match.group(2)))] += 1
    return found


def _github_findings(output: str) -> Counter:
    command = re.compile(r"^::(?:error|warning|notice) .*?,line=(\d+),col=(\d+),.*?title=(TQ\d+) ")
    found: Counter = Counter()
    for row in output.split("\n"):
        if row:
            match = command.match(row)
            assert match, f"not a workflow command: {row!r}"
            found[(match.group(3), int(match.group(1)), int(match.group(2)))] += 1
    return found


def check_property(text: str, suffix: str, folder: Path) -> int:
    """Check one example; returns its number of findings."""
    path = folder / f"article{suffix}"
    path.write_bytes(text.encode("utf-8"))
    config = folder / "tqcheck.toml"
    config.write_text("", "utf-8")
    decoded = decode(path.read_bytes(), str(path))  # what the checker reads (a leading BOM goes)
    results = {fmt: run(path, fmt, config) for fmt in FORMATS}
    for fmt, (code, _, err) in results.items():
        assert code in (0, 1), f"{fmt}: exit {code}: {err}"
        assert "Traceback" not in err, err
    codes = {fmt: code for fmt, (code, _, _) in results.items()}
    assert len(set(codes.values())) == 1, f"exit codes differ: {codes}"

    report = json.loads(results["json"][1])
    (document,) = report["documents"]
    expected: Counter = Counter()
    for finding in document["findings"]:
        start, end = finding["start"], finding["end"]
        assert 0 <= start <= end <= len(decoded), finding
        assert finding["text"] == decoded[start:end], finding
        assert (finding["line"], finding["column"]) == line_col(decoded, start), finding
        expected[(finding["code"], finding["line"], finding["column"])] += 1
    for segment in document["segments"]:
        assert 0 <= segment["start"] <= segment["end"] <= len(decoded), segment
    assert _text_findings(results["text"][1], str(path)) == expected, "text and JSON reports differ"
    assert _github_findings(results["github"][1]) == expected, "GitHub and JSON reports differ"
    problems = html_problems(results["html"][1])
    assert not problems, problems
    return sum(expected.values())


def main_fuzz(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--examples", type=int, default=10_000, help="how many examples (default 10,000)")
    parser.add_argument("--seed", type=int, default=None, help="a seed, to repeat a run")
    args = parser.parse_args(argv)
    counts = {"examples": 0, "findings": 0}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        @settings(max_examples=args.examples, deadline=None, database=None, print_blob=True,
                  suppress_health_check=list(HealthCheck))
        @given(TEXTS, SUFFIXES)
        def fuzz(text, suffix):
            counts["findings"] += check_property(text, suffix, folder)
            counts["examples"] += 1

        if args.seed is not None:
            from hypothesis import seed

            fuzz = seed(args.seed)(fuzz)
        started = time.perf_counter()
        fuzz()
        elapsed = time.perf_counter() - started
    print(f"{counts['examples']:,} examples ({counts['findings']:,} findings) in {elapsed:.1f} s: "
          "no exception, reports agree, spans inside the text, HTML balanced")
    return 0


if __name__ == "__main__":
    sys.exit(main_fuzz())
