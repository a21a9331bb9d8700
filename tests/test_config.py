"""Configuration discovery, prefix selection and inline suppression."""

from __future__ import annotations

import pytest
from helpers import check_text, codes

from tqcheck.config import Config, ConfigError, discover, rule_enabled
from tqcheck.model import Severity


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
    assert codes(found) == ["TQ402"]
    assert found[0].start == text.rindex("Last news")


def test_inline_suppression_in_markdown_and_whole_file():
    md = "<!-- tqcheck: ignore-file TQ5 -->\n\nThe price rose  sharply.\n\nLast news in Fakti\n"
    assert codes(check_text(md, fmt="markdown")) == ["TQ402"]
    md_all = "<!-- tqcheck: ignore -->\nThe price rose  sharply. Last time.\n"
    assert codes(check_text(md_all, fmt="markdown")) == []
