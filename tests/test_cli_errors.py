"""Usage and configuration errors: one line on standard error, exit 2, never a
traceback, in every subcommand; and the options whose values must name
something real (languages, rule codes, option names, model folders)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import one_line_error

from tqcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT / "fixtures" / "clean-article.txt"


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The price rose  sharply today.\n", "utf-8")
    return path


# --- argparse usage errors are one line in every subcommand -----------------------


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        ([], "COMMAND"),
        (["lint"], "invalid choice"),
        (["check", "--format", "pdf", "x.txt"], "--format"),
        (["check", "--max-bytes", "lots", "x.txt"], "--max-bytes"),
        (["rules", "TQ101", "TQ102"], "unrecognized arguments"),
        (["hook"], "ACTION"),
        (["hook", "run", "--fail-on", "fatal"], "--fail-on"),
        (["hook", "install", "--nope"], "--nope"),
        (["baseline", "write"], "PATH"),
        (["baseline", "write", "a.txt", "--backtranslation", "maybe"], "--backtranslation"),
        (["models"], "ACTION"),
        (["cache"], "ACTION"),
        (["models", "pull"], "pair"),
        (["models", "verify", "x", "--bt-device", "tpu"], "--bt-device"),
        (["cache", "wipe"], "invalid choice"),
    ],
)
def test_usage_errors_are_one_line(capsys, argv, says):
    one_line_error(capsys, argv, says)


def test_help_and_version_still_exit_0(capsys):
    assert main(["--version"]) == 0
    assert main(["check", "--help"]) == 0
    assert "usage:" in capsys.readouterr().out


# --- languages ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "value"),
    [("--target-lang", "zz"), ("--source-lang", "xx"), ("--target-lang", "en--GB"), ("--target-lang", "und"),
     ("--target-lang", "english")],
)
def test_unknown_language_flag_is_one_line(capsys, article, flag, value):
    one_line_error(capsys, ["check", "--backtranslation", "off", flag, value, str(article)], flag, repr(value))


@pytest.mark.parametrize("key", ["target-lang", "source-lang"])
def test_unknown_language_in_config_is_one_line(capsys, tmp_path, article, key):
    (tmp_path / "tqcheck.toml").write_text(f'{key} = "zz"\n')
    one_line_error(capsys, ["check", "--backtranslation", "off", str(article)], "tqcheck.toml", key, "'zz'")
    one_line_error(capsys, ["hook", "run", str(article)], "tqcheck.toml", key)


def test_unknown_language_in_pyproject_is_one_line(capsys, tmp_path, article):
    (tmp_path / "pyproject.toml").write_text('[tool.tqcheck]\ntarget-lang = "zz"\n')
    one_line_error(capsys, ["check", "--backtranslation", "off", str(article)], "pyproject.toml", "target-lang")


@pytest.mark.parametrize("tag", ["en-US", "en_GB", "EN-gb", "pt-BR", "zh-Hant", "de-CH-1901", "es-419"])
def test_bcp47_tags_are_accepted(capsys, tmp_path, tag):
    path = tmp_path / "a.txt"
    path.write_text("Hello there.\n", "utf-8")
    code = main(["check", "--backtranslation", "off", "--no-language-check", "--target-lang", tag, str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err == ""


def test_regional_english_runs_the_english_rules(capsys, tmp_path):
    """en-GB and en_US must not switch off the rules written for en."""
    path = tmp_path / "a.txt"
    path.write_text("Last news: the minister said it to “Reuters“.\n", "utf-8")

    def found(*flags):
        main(["check", "--backtranslation", "off", "--format", "json", *flags, str(path)])
        report = json.loads(capsys.readouterr().out)
        return {f["code"] for f in report["documents"][0]["findings"]}, report["signature"]

    english, sig_en = found()
    assert {"TQ201", "TQ110"} <= english
    for tag in ("en-GB", "en_US", "en-us"):
        regional, sig = found("--target-lang", tag)
        assert regional == english, tag
        assert sig.split("|rules:")[1] == sig_en.split("|rules:")[1], tag  # the same rule set ran


def test_language_tags_are_normalised_in_the_signature(capsys, article):
    main(["check", "--backtranslation", "off", "--no-language-check", "--format", "json",
          "--target-lang", "en_gb", str(article)])
    assert "|pair:bg-en-GB|" in json.loads(capsys.readouterr().out)["signature"]


# --- rule codes and options -------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--select", "TQ99"], "--select"),
        (["--ignore", "XX1"], "--ignore"),
        (["--select", "TQ1,TQ1O1"], "TQ1O1"),
    ],
)
def test_unknown_code_prefix_on_the_command_line(capsys, article, argv, says):
    line = one_line_error(capsys, ["check", "--backtranslation", "off", *argv, str(article)], says, "no rule")
    assert "\n" not in line


def test_did_you_mean_for_a_near_code(capsys, article):
    one_line_error(capsys, ["check", "--backtranslation", "off", "--ignore", "TQ1010", str(article)],
                   "TQ1010", "did you mean TQ101")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('select = ["TQ99"]\n', "select"),
        ('ignore = ["XX1"]\n', "ignore"),
        ('[severity]\nTQ88 = "info"\n', "severity"),
        ('[rules.TQ105]\nstyl = "british"\n', "styl"),
        ('[rules.TQ105]\nstyle = "australian"\n', "australian"),
        ('[rules.TQ999]\nstyle = "british"\n', "TQ999"),
        ('[rules.TQ501]\nstyle = "british"\n', "TQ501"),
        ('[hook]\nbacktranslaton = "auto"\n', "backtranslaton"),
        ('[baseline]\nfiles = "b.json"\n', "files"),
        ('[backtranslation]\nmin_chrff = 30\n', "min_chrff"),
    ],
)
def test_unknown_names_in_config_are_one_line(capsys, tmp_path, article, content, says):
    (tmp_path / "tqcheck.toml").write_text(content)
    one_line_error(capsys, ["check", "--backtranslation", "off", str(article)], "tqcheck.toml", says)


def test_known_rule_option_is_accepted(capsys, tmp_path, article):
    (tmp_path / "tqcheck.toml").write_text(
        '[rules.TQ105]\nstyle = "british"\n[backtranslation]\nmin_chrf = 30\nbeam = 2\n[hook]\nfail-on = "critical"\n'
    )
    assert main(["check", "--backtranslation", "off", str(article)]) in (0, 1)
    assert capsys.readouterr().err == ""


def test_the_british_style_option_changes_what_tq105_reports(capsys, tmp_path):
    # An option that is accepted must also be obeyed.
    article = tmp_path / "a.txt"
    article.write_text("“These forces must report to the commander, not to Iran”, an official said.\n", "utf-8")
    argv = ["check", "--backtranslation", "off", "--no-baseline", "--select", "TQ105", "--format", "json", str(article)]
    main(argv)
    american = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    (tmp_path / "tqcheck.toml").write_text('[rules.TQ105]\nstyle = "british"\n')
    main(argv)
    british = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    assert [f["code"] for f in american] == ["TQ105"] and british == []


# --- explicit model paths ------------------------------------------------------------


@pytest.mark.parametrize("mode", ["off", "auto", "require"])
@pytest.mark.parametrize("flag", ["--bt-model", "--rt-model"])
def test_explicit_model_folder_that_is_not_a_model_is_a_usage_error(capsys, tmp_path, article, mode, flag,
                                                                     monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))
    folder = tmp_path / "not-a-model"
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    one_line_error(capsys, ["check", "--backtranslation", mode, flag, str(folder), str(article)],
                   flag, str(folder), "config.json")
    one_line_error(capsys, ["check", "--backtranslation", mode, flag, str(tmp_path / "nope"), str(article)],
                   flag, "does not exist")


def test_explicit_model_folder_in_config_is_checked_too(capsys, tmp_path, article, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))
    (tmp_path / "tqcheck.toml").write_text(f'[backtranslation]\nbt_model = "{tmp_path / "nope"}"\n')
    one_line_error(capsys, ["check", str(article)], "bt_model", "does not exist")
    one_line_error(capsys, ["hook", "run", str(article)], "bt_model", "does not exist")


# --- sizes and output files ------------------------------------------------------------


@pytest.mark.parametrize("value", ["-1", "0"])
@pytest.mark.parametrize("command", [["check"], ["hook", "run"], ["baseline", "write"]])
def test_max_bytes_must_be_positive(capsys, article, command, value):
    one_line_error(capsys, [*command, "--max-bytes", value, str(article)], "--max-bytes", "at least 1", value)


def test_html_and_output_to_the_same_file_is_refused(capsys, tmp_path, article):
    report = tmp_path / "report.html"
    one_line_error(capsys, ["check", "--backtranslation", "off", "--html", str(report), "-o", str(report), str(article)],
                   "--html", "--output", "same file")
    assert not report.exists()
    # Two spellings of one path are one file too.
    (tmp_path / "sub").mkdir()
    other = str(tmp_path / "sub" / ".." / "report.html")
    one_line_error(capsys, ["check", "--backtranslation", "off", "--html", str(report), "-o", other, str(article)],
                   "same file")
    assert not report.exists()


# --- models: one line, prefixed, fast when offline ---------------------------------------


def test_models_errors_are_prefixed_one_liners(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))
    one_line_error(capsys, ["models", "pull", "xx-yy"], "known pairs")
    one_line_error(capsys, ["models", "verify", str(tmp_path / "none")], "does not exist")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    one_line_error(capsys, ["models", "pull", "bg-en"], "HF_HUB_OFFLINE")


def test_models_pull_without_a_network_fails_fast_in_one_line(capsys, tmp_path, monkeypatch):
    import time

    pytest.importorskip("huggingface_hub")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # the discard port: nothing listens, refused at once
    started = time.perf_counter()
    one_line_error(capsys, ["models", "pull", "bg-en"], "cannot be reached", "127.0.0.1:9")
    assert time.perf_counter() - started < 5  # huggingface_hub's own retries took ~23 s


@pytest.mark.parametrize("value", ["9223372036854775808", "50000000000", str(2**30 + 1)])
@pytest.mark.parametrize("command", [["check"], ["hook", "run"], ["baseline", "write"]])
def test_max_bytes_has_a_maximum_it_names(capsys, article, command, value, monkeypatch):
    monkeypatch.chdir(article.parent)  # where `baseline write` would write, were the value accepted
    one_line_error(capsys, [*command, "--max-bytes", value, str(article)], "--max-bytes", "at most 1,073,741,824")


def test_max_bytes_at_the_maximum_runs(capsys, article):
    assert main(["check", "--backtranslation", "off", "--no-language-check", "--max-bytes", str(2**30),
                 str(article)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(("flag", "value"), [("--bt-beam", "-5"), ("--bt-beam", "0"), ("--bt-batch-size", "0")])
def test_back_translation_sizes_must_be_positive(capsys, article, flag, value):
    one_line_error(capsys, ["check", flag, value, str(article)], flag, "at least 1")


def test_a_path_with_pairs_is_refused(capsys, article):
    pairs = ROOT / "fixtures" / "bilingual" / "pairs.tsv"
    one_line_error(capsys, ["check", "--backtranslation", "off", str(article), "--pairs", str(pairs)],
                   "--pairs", str(article))


# --- a selection that selects no rule -----------------------------------------------------


@pytest.mark.parametrize("command", [["check", "--backtranslation", "off"], ["hook", "run", "--no-baseline"],
                                     ["baseline", "write", "-o", "-"]])
@pytest.mark.parametrize("selection", [["--select", ""], ["--ignore", "TQ"], ["--select", "TQ1", "--ignore", "TQ1"]])
def test_a_selection_of_no_rule_is_a_usage_error(capsys, article, command, selection, monkeypatch):
    monkeypatch.chdir(article.parent)
    one_line_error(capsys, [*command, *selection, str(article)], "no rule")


def test_a_configured_selection_of_no_rule_is_a_usage_error(capsys, tmp_path, article):
    (tmp_path / "tqcheck.toml").write_text("select = []\n")
    one_line_error(capsys, ["hook", "run", "--no-baseline", str(article)], "no rule")
    # The file is wrong whatever the flags say, as `select = ["TQ99"]` is.
    one_line_error(capsys, ["hook", "run", "--no-baseline", "--select", "TQ5", str(article)], "no rule")
