"""Configuration discovery, prefix selection and inline suppression."""

from __future__ import annotations

import pytest
from helpers import check_text, codes

from tqcheck.config import Config, discover, rule_enabled
from tqcheck.errors import ConfigError
from tqcheck.model import Category, Severity


@pytest.mark.parametrize(
    ("code", "select", "ignore", "expected"),
    [
        ("TQ101", ["TQ"], [], True),
        ("TQ101", ["TQ"], ["TQ1"], False),
        ("TQ101", ["TQ"], ["TQ1"] + ["TQ2"], False),
        ("TQ101", ["TQ101"], ["TQ1"], True),  # the longer prefix wins
        ("TQ102", ["TQ101"], ["TQ1"], False),
        ("TQ101", ["TQ1"], ["TQ1"], False),  # a tie goes to ignore
        ("TQ501", ["TQ1"], [], False),
    ],
)
def test_longest_prefix_wins(code, select, ignore, expected):
    assert rule_enabled(code, select, ignore) is expected


def test_pyproject_found_from_file_folder_upwards(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tqcheck]\nignore = ["TQ5"]\nfail-on = "critical"\ntarget-lang = "de"\n'
        '[tool.tqcheck.severity]\nTQ101 = "major"\n[tool.tqcheck.rules.TQ105]\nstyle = "british"\n'
    )
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    article = nested / "x.txt"
    article.write_text("x")
    config = discover(article)
    assert config.ignore == ("TQ5",)
    assert config.fail_on is Severity.CRITICAL
    assert config.target_lang == "de"
    assert config.severity_for("TQ101", Severity.MINOR) is Severity.MAJOR
    assert config.rule_options["TQ105"] == {"style": "british"}


def test_tqcheck_toml_beats_pyproject_in_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.tqcheck]\nignore = ["TQ5"]\n')
    (tmp_path / "tqcheck.toml").write_text('ignore = ["TQ4"]\n')
    assert discover(tmp_path / "x.txt").ignore == ("TQ4",)


def test_pyproject_without_section_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert discover(tmp_path / "x.txt") == Config()


@pytest.mark.parametrize(
    "content",
    ['ignore = ["TQ4"\n', 'selct = ["TQ1"]\n', 'fail-on = "fatal"\n', "rules = 3\n"],
    ids=["bad-toml", "unknown-key", "bad-severity", "bad-rules"],
)
def test_bad_config_is_one_clear_error(tmp_path, content):
    (tmp_path / "tqcheck.toml").write_text(content)
    with pytest.raises(ConfigError) as info:
        discover(tmp_path / "x.txt")
    assert "tqcheck.toml" in str(info.value)
    assert "\n" not in str(info.value)


def test_bad_config_exit_code(tmp_path, capsys):
    from tqcheck.cli import main

    (tmp_path / "tqcheck.toml").write_text('selct = ["TQ1"]\n')
    article = tmp_path / "a.txt"
    article.write_text("Hello there.\n")
    assert main(["check", "--backtranslation", "off", str(article)]) == 2
    assert "unknown setting(s) selct" in capsys.readouterr().err


def test_severity_override_changes_exit_code(tmp_path, capsys):
    from tqcheck.cli import main

    (tmp_path / "tqcheck.toml").write_text('[severity]\nTQ5 = "major"\n')
    article = tmp_path / "a.txt"
    article.write_text("The price rose  sharply today.\n")
    assert main(["check", "--backtranslation", "off", str(article)]) == 1
    article.write_text("The price rose sharply today.\n")
    assert main(["check", "--backtranslation", "off", str(article)]) == 0


def test_inline_suppression_silences_next_paragraph_only():
    text = (
        "<!-- tqcheck: ignore TQ402 -->\nLast news in Fakti\n\nLast news in Fakti\n"
    )
    found = check_text(text)
    tq402 = [f for f in found if f.code == "TQ402"]
    assert [f.start for f in tq402] == [text.rindex("Last news")]
    # The first line is kept by the user, so its calque is no longer hidden
    # under a deletion: only TQ402 was ignored there.
    assert [(f.code, f.start) for f in found if f.code != "TQ402"] == [("TQ201", text.index("Last news"))]


def test_inline_suppression_in_markdown_and_whole_file():
    md_all = "<!-- tqcheck: ignore -->\nThe price rose  sharply. Last time.\n"
    assert codes(check_text(md_all, fmt="markdown")) == []


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_ignore_file_covers_paragraphs_before_and_far_after_the_comment(fmt):
    """ignore-file is the whole file: findings before the comment and two
    paragraphs after it, not only the paragraph right after it."""
    body = "The price rose  sharply.\n\nLast news in Fakti\n\nThe cost fell  again.\n"
    plain = check_text(body, fmt=fmt)
    assert codes(plain).count("TQ501") == 2 and "TQ402" in codes(plain)
    for text in (
        "<!-- tqcheck: ignore-file TQ5 -->\n\nLast news in Fakti\n\n" + body,
        body + "\n<!-- tqcheck: ignore-file TQ5 -->\n",
        "Last news in Fakti\n\n<!-- tqcheck: ignore-file TQ5 -->\n\n" + body,
    ):
        found = codes(check_text(text, fmt=fmt))
        assert "TQ501" not in found, text
        assert "TQ402" in found, text


@pytest.mark.parametrize(
    ("comment", "silenced"),
    [
        ("<!-- tqcheck: ignore TQ501 -->", True),
        ("<!-- tqcheck: ignore tq501 -->", True),
        ("<!-- tqcheck: ignore: TQ501 -->", True),
        ("<!-- tqcheck: ignore TQ4, TQ501 -->", True),
        ("<!-- tqcheck: ignore TQ5 -->", True),
        ("<!-- tqcheck: ignore TQ5O1 -->", False),  # letter O: not TQ5
        ("<!-- tqcheck: ignore TQ50l -->", False),  # letter l: not TQ50
        ("<!-- tqcheck: ignore TQ -->", False),
        ("<!-- tqcheck: ignore because it is quoted -->", False),
        ("<!-- tqcheck: ignore TQ1 TQ5O1 -->", False),  # the valid code still counts, the bad one does not
    ],
)
def test_suppression_codes_are_parsed_strictly(comment, silenced):
    text = f"{comment}\nThe price rose  sharply.\n"
    assert ("TQ501" not in codes(check_text(text))) is silenced


@pytest.mark.parametrize(
    ("comment", "bad"),
    [
        ("<!-- tqcheck: ignore TQ2O1 -->", "TQ2O1"),
        ("<!-- tqcheck: ignore-file TQ1, X1 -->", "X1"),
        ("<!-- tqcheck: ignore TQ999 -->", "TQ999"),  # well formed, but no rule has that code
    ],
)
def test_a_malformed_suppression_code_is_reported(capsys, tmp_path, comment, bad):
    from tqcheck.cli import main

    article = tmp_path / "a.txt"
    article.write_text(f"Hello there.\n\n{comment}\nThe price rose  sharply today.\n", "utf-8")
    assert main(["check", "--backtranslation", "off", "--no-language-check", str(article)]) == 0
    out = capsys.readouterr().out
    warning = next(line for line in out.splitlines() if "warning" in line and bad in line)
    assert f"{article}:3:" in warning  # where the comment is
    assert "TQ501" in out  # a comment with a bad code silences nothing it did not name correctly
    assert main(["hook", "run", str(article)]) == 0
    captured = capsys.readouterr()
    assert bad in captured.err and "warning" in captured.err


def test_suppression_warnings_are_none_for_good_comments():
    from tqcheck.inputs import suppression_warnings

    text = "<!-- tqcheck: ignore TQ501, TQ4 -->\nx\n<!-- tqcheck: ignore-file -->\n"
    assert suppression_warnings(text, "a.txt") == []


@pytest.mark.parametrize(
    ("rule_langs", "tag", "applies"),
    [
        (("en",), "en", True),
        (("en",), "en-GB", True),
        (("en",), "en_us", True),
        (("en",), "EN", True),
        (("en",), "eng", False),  # another language, not a region of en
        (("pt-PT",), "pt-PT", True),
        (("pt-PT",), "pt-BR", False),
        (("pt-PT",), "pt", False),
        ((), "zh-Hant", True),
    ],
)
def test_rule_language_matching(rule_langs, tag, applies):
    from tqcheck.rules.base import Rule, parse_doc

    def rule(**langs):
        return Rule(code="TQ000", name="x", severity=Severity.MINOR, category=Category.LOCALE,
                    check=lambda r, c: (), doc=parse_doc(""), **langs)

    assert rule(target_langs=rule_langs).applies("bg", tag) is applies
    assert rule(source_langs=rule_langs).applies(tag, "en") is applies


@pytest.mark.parametrize(
    ("tag", "opening"),
    [("en", "“"), ("en-GB", "“"), ("pt-BR", "“"), ("pt-PT", "«"), ("zh-Hant", "「"), ("zh-TW", "「"),
     ("zh-CN", "“"), ("de-CH-1901", "„"), ("bg", "„")],
)
def test_quote_marks_use_the_most_specific_cldr_data(tag, opening):
    from tqcheck.locale import quote_marks

    assert quote_marks(tag).open == opening


def test_rule_options_are_read_from_their_declaration():
    from tqcheck.rules import rule_by_code

    text = "He called it “a plan that will never work”, and left."
    assert codes(check_text(text, select=("TQ105",))) == ["TQ105"]  # declared default: american
    assert codes(check_text(text, select=("TQ105",), options={"TQ105": {"style": "british"}})) == []
    assert [o.name for o in rule_by_code("TQ105").options] == ["style"]


def test_a_rule_cannot_read_an_option_it_does_not_declare():
    from dataclasses import replace

    from helpers import document

    from tqcheck.engine import check_document
    from tqcheck.rules import rule_by_code

    undeclared = replace(rule_by_code("TQ105"), options=())
    text = "He called it “a plan that will never work”, and left."
    with pytest.raises(KeyError, match="without declaring"):
        check_document(document(text), Config(select=("TQ105",)), rules=[undeclared])


def test_rules_read_options_only_through_their_declaration():
    from pathlib import Path

    import tqcheck.rules

    folder = Path(tqcheck.rules.__file__).parent
    offenders = [p.name for p in folder.rglob("tq*.py") if "ctx.option(" in p.read_text("utf-8")]
    assert offenders == [], "use rule.option(ctx, name) with a RuleOption declared on the rule"
