"""The pre-publish hook (issue 4), for real: temporary git repositories with
the hook installed, the pre-commit framework running .pre-commit-hooks.yaml
from a local repository, and `tqcheck hook run` / `baseline write` directly.

Expectations are derived from the Report (rules are still being added)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.baseline import load_baseline
from tqcheck.config import Config
from tqcheck.engine import build_report, check_document
from tqcheck.errors import InputError
from tqcheck.inputs import read_document
from tqcheck.model import Document, Severity
from tqcheck.positions import line_col

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
CLEAN = ROOT / "fixtures" / "clean-article.txt"


def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        **os.environ,
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
        "PYTHONPATH": str(ROOT),
        "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "NO_COLOR": "1",
    }


def sh(args, cwd, tmp_path, stdin=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env(tmp_path), capture_output=True, text=True, input=stdin)


def tq(*args, cwd, tmp_path, stdin=None):
    return sh([sys.executable, "-m", "tqcheck", *args], cwd, tmp_path, stdin)


def git(*args, cwd, tmp_path):
    done = sh(["git", *args], cwd, tmp_path)
    return done


def blocking(text: str, path: str = "article.txt", fail_on=Severity.MAJOR):
    """(line, col, code) of the findings at or above fail_on in ``text``."""
    from tqcheck.inputs import mask

    doc = Document(text=text, path=path, language="en", masked=mask(text, "text"))
    result = check_document(doc, Config())
    return result, [(*line_col(text, f.start), f.code) for f in result.findings if f.severity >= fail_on]


@pytest.fixture()
def repo(tmp_path):
    path = tmp_path / "articles"
    path.mkdir()
    assert git("init", "-q", "-b", "main", cwd=path, tmp_path=tmp_path).returncode == 0
    return path


def commit(repo, tmp_path, *files, message="publish"):
    assert git("add", *files, cwd=repo, tmp_path=tmp_path).returncode == 0
    return git("commit", "-q", "-m", message, cwd=repo, tmp_path=tmp_path)


def head(repo, tmp_path):
    done = git("rev-parse", "--verify", "-q", "HEAD", cwd=repo, tmp_path=tmp_path)
    return done.stdout.strip() or None


# --- install ----------------------------------------------------------------------


def test_install_writes_a_hook_bound_to_this_interpreter(repo, tmp_path):
    done = tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    hook = repo / ".git" / "hooks" / "pre-commit"
    assert os.access(hook, os.X_OK)
    body = hook.read_text()
    assert body.startswith("#!/bin/sh\n") and os.path.abspath(sys.executable) in body
    assert "-m tqcheck hook run --staged" in body
    # Re-installing over our own hook is fine.
    assert tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path).returncode == 0


def test_install_refuses_a_foreign_hook_without_force(repo, tmp_path):
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho mine\n")
    done = tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 2
    assert "--force" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert hook.read_text() == "#!/bin/sh\necho mine\n"
    done = tq("hook", "install", "--force", str(repo), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (hook.parent / "pre-commit.tqcheck-backup").read_text() == "#!/bin/sh\necho mine\n"
    assert "tqcheck-hook" in hook.read_text()


def test_install_outside_a_repository_is_an_error(tmp_path):
    done = tq("hook", "install", str(tmp_path), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 2 and "not a git repository" in done.stderr


# --- the git hook, for real ---------------------------------------------------------------


@pytest.fixture()
def hooked(repo, tmp_path):
    assert tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path).returncode == 0
    return repo


def test_committing_the_seed_is_blocked_with_the_findings_shown(hooked, tmp_path):
    text = SEED.read_text("utf-8")
    _, expected = blocking(text)
    assert expected, "the seed article has findings at or above major"
    shutil.copy(SEED, hooked / "article.txt")
    done = commit(hooked, tmp_path, "article.txt")
    assert done.returncode != 0
    shown = done.stdout + done.stderr
    for line, col, code in expected:
        assert f"article.txt:{line}:{col}: {code}" in shown
    assert "blocked" in shown
    assert head(hooked, tmp_path) is None


def test_committing_a_clean_article_passes(hooked, tmp_path):
    _, expected = blocking(CLEAN.read_text("utf-8"))
    assert expected == []
    shutil.copy(CLEAN, hooked / "clean.txt")
    done = commit(hooked, tmp_path, "clean.txt")
    assert done.returncode == 0, done.stdout + done.stderr
    assert head(hooked, tmp_path) is not None


def test_the_hook_checks_what_is_staged_not_the_working_tree(hooked, tmp_path):
    shutil.copy(SEED, hooked / "article.txt")
    assert git("add", "article.txt", cwd=hooked, tmp_path=tmp_path).returncode == 0
    shutil.copy(CLEAN, hooked / "article.txt")  # fixed on disk, but not staged
    done = git("commit", "-q", "-m", "x", cwd=hooked, tmp_path=tmp_path)
    assert done.returncode != 0 and "blocked" in done.stdout + done.stderr  # git shows hook output on stderr


def _edit_keeping_a_blocking_finding(text: str) -> tuple[str, str]:
    """Change one sentence that has a blocking finding so that the finding
    stays: (edited text, code). Tries small edits; fails loudly if none keeps
    the finding, since the test would then prove nothing."""
    result, expected = blocking(text)
    segments = {s.id: s for s in result.segments}
    for f in result.findings:
        if f.severity < Severity.MAJOR:
            continue
        seg = segments[f.segment_id]
        sentence = text[seg.start : seg.end]
        candidates = []
        digits = [m.start() for m in re.finditer(r"\d", sentence)]
        if digits:
            i = digits[-1]
            candidates.append(sentence[:i] + str((int(sentence[i]) + 1) % 10) + sentence[i + 1 :])
        space = sentence.find(" ")
        if space > 0:
            candidates.append(sentence[:space] + " really" + sentence[space:])
        for new in candidates:
            edited = text[: seg.start] + new + text[seg.end :]
            after, _ = blocking(edited)
            if any(g.code == f.code and g.severity >= Severity.MAJOR and seg.start <= g.start < seg.start + len(new)
                   for g in after.findings):
                return edited, f.code
    pytest.fail("no small edit of a flagged sentence keeps its finding")


def test_a_baselined_article_passes_until_a_sentence_changes(hooked, tmp_path):
    (hooked / "tqcheck.toml").write_text('[baseline]\nfile = "tqcheck-baseline.json"\n')
    shutil.copy(SEED, hooked / "article.txt")
    done = tq("baseline", "write", "article.txt", cwd=hooked, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    accepted = load_baseline(hooked / "tqcheck-baseline.json")
    assert sum(e.count for e in accepted.entries) == len(blocking(SEED.read_text("utf-8"))[0].findings)
    done = commit(hooked, tmp_path, "article.txt", "tqcheck.toml", "tqcheck-baseline.json")
    assert done.returncode == 0, done.stdout + done.stderr
    first = head(hooked, tmp_path)

    edited, code = _edit_keeping_a_blocking_finding(SEED.read_text("utf-8"))
    (hooked / "article.txt").write_text(edited, "utf-8")
    done = commit(hooked, tmp_path, "article.txt", message="edit")
    assert done.returncode != 0
    assert code in done.stderr and "blocked" in done.stderr
    assert head(hooked, tmp_path) == first


def test_a_corrupt_baseline_blocks_with_a_clear_error(hooked, tmp_path):
    (hooked / "tqcheck.toml").write_text('[baseline]\nfile = "tqcheck-baseline.json"\n')
    (hooked / "tqcheck-baseline.json").write_text('{"schema": "tqcheck-baseline/2", "entries": [{"code": 1}]}')
    shutil.copy(CLEAN, hooked / "clean.txt")
    done = commit(hooked, tmp_path, "clean.txt", "tqcheck.toml", "tqcheck-baseline.json")
    assert done.returncode != 0
    assert "tqcheck: error: " in done.stderr and "baseline" in done.stderr
    assert head(hooked, tmp_path) is None


# --- `tqcheck hook run` directly ------------------------------------------------------


def test_run_exit_codes_and_short_output(tmp_path):
    done = tq("hook", "run", str(SEED), cwd=ROOT, tmp_path=tmp_path)
    _, expected = blocking(SEED.read_text("utf-8"))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert len(lines) == len(expected) + 1 and lines[-1].startswith("tqcheck: blocked:")
    assert tq("hook", "run", str(CLEAN), cwd=ROOT, tmp_path=tmp_path).returncode == 0
    never = tq("hook", "run", "--fail-on", "never", str(SEED), cwd=ROOT, tmp_path=tmp_path)
    assert never.returncode == 0 and never.stdout.startswith("tqcheck: ok:")


def test_run_reads_standard_input(tmp_path):
    assert tq("hook", "run", "-", cwd=tmp_path, tmp_path=tmp_path, stdin=SEED.read_text("utf-8")).returncode == 1
    assert tq("hook", "run", "-", cwd=tmp_path, tmp_path=tmp_path, stdin=CLEAN.read_text("utf-8")).returncode == 0


def test_run_staged_outside_a_repository_says_so(tmp_path):
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    done = subprocess.run([sys.executable, "-m", "tqcheck", "hook", "run", "--staged"], cwd=outside, capture_output=True,
                          text=True, env={**env(tmp_path), "GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "tqcheck: error: --staged: not inside a git repository (run it in one, or give the files to check)\n"


def test_run_with_no_files_exits_0_and_says_so(tmp_path):
    done = tq("hook", "run", cwd=tmp_path, tmp_path=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "tqcheck: note: no files to check\n")


@pytest.mark.parametrize(
    "content, says",
    [
        ("{not json", "invalid JSON"),
        ('{"schema": "something-else"}', "not a tqcheck baseline"),
        ('{"schema": "tqcheck-baseline/2", "entries": [{"path": "a.txt", "code": "TQ1", "sentence": "x", "context": ""}]}', "sha256"),
        ('{"schema": "tqcheck-baseline/2", "entries": [{"path": "a.txt", "code": "TQ1", "sentence": "sha256:0", "context": "", "count": 0}]}', "count"),
        ('{"schema": "tqcheck-baseline/2", "entries": [{"code": "TQ1", "sentence": "sha256:0", "context": ""}]}', "'path'"),
        ('{"schema": "tqcheck-baseline/1", "entries": []}', "tqcheck baseline write"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_a_corrupt_baseline_is_exit_2_not_a_pass(tmp_path, content, says):
    bad = tmp_path / "baseline.json"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode())
    done = tq("hook", "run", "--baseline", str(bad), str(CLEAN), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 2 and says in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    with pytest.raises(InputError):
        load_baseline(bad)
    missing = tq("hook", "run", "--baseline", str(tmp_path / "nope.json"), str(CLEAN), cwd=tmp_path, tmp_path=tmp_path)
    assert missing.returncode == 2 and "no such baseline" in missing.stderr


def test_baseline_apply_recomputes_the_summary():
    from tqcheck.baseline import from_report

    config = Config()
    report = build_report([check_document(read_document(str(SEED), "en"), config)], config)
    assert report.findings
    emptied = from_report(report, Path.cwd()).apply(report)
    assert emptied.findings == () and emptied.summary.penalty == 0 and emptied.summary.words == report.summary.words
    assert any("accepted" in n for n in emptied.results[0].notes)
    # Accepting only the first finding keeps the others, counts included.
    one = from_report(report, Path.cwd())
    first = report.results[0].findings[0]
    partial = type(one)(folder=Path.cwd(), entries=tuple(e for e in one.entries if e.code == first.code and e.context ==
                                      report.results[0].document.text[first.start:first.end])[:1])
    kept = partial.apply(report)
    assert len(kept.findings) == len(report.findings) - partial.entries[0].count
    assert sum(n for _, n in kept.summary.counts) == len(kept.findings)


def test_the_hook_path_imports_no_jinja_or_torch(tmp_path):
    code = (
        "import sys; from tqcheck.cli import main; rc = main(['hook', 'run', sys.argv[1]]);"
        "print(sorted(m for m in ('jinja2', 'torch', 'transformers', 'langdetect') if m in sys.modules))"
    )
    done = sh([sys.executable, "-c", code, str(SEED)], ROOT, tmp_path)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_the_hook_path_loads_no_renderer_model_code_or_bilingual_rules(tmp_path):
    """`hook run` on an article imports its own handler and the pipeline,
    not what `check` renders with, the model hub or the bilingual rules."""
    code = (
        "import sys; from tqcheck.cli import main; rc = main(['hook', 'run', sys.argv[1]]);"
        "print(sorted(m for m in sys.modules if m.startswith(('tqcheck.formats', 'tqcheck.commands.',"
        " 'tqcheck.backtranslation.hub', 'tqcheck.backtranslation.stage', 'tqcheck.rules.bilingual'))))"
    )
    done = sh([sys.executable, "-c", code, str(SEED)], ROOT, tmp_path)
    assert done.stdout.strip().splitlines()[-1] == "['tqcheck.commands.hook']", done.stderr


# --- the pre-commit framework, offline -------------------------------------------------


def test_pre_commit_framework_runs_the_hook_from_a_local_repo(repo, tmp_path):
    probe = sh([sys.executable, "-m", "pre_commit", "--version"], tmp_path, tmp_path)
    assert probe.returncode == 0, "pre-commit is missing: pip install pre-commit"
    # The hook repository: this working tree as a throwaway git repo (pre-commit
    # clones a local path without the network; untracked files must be committed).
    hooks_repo = tmp_path / "hooks-repo"
    shutil.copytree(ROOT / "tqcheck", hooks_repo / "tqcheck", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", hooks_repo)
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "hooks"]):
        assert git(*args, cwd=hooks_repo, tmp_path=tmp_path).returncode == 0
    rev = head(hooks_repo, tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hooks_repo}\n  rev: {rev}\n  hooks:\n  - id: tqcheck-system\n"
    )
    shutil.copy(SEED, repo / "article.txt")
    shutil.copy(CLEAN, repo / "clean.txt")
    (repo / "notes.py").write_text("x = '“Reuters“'\n")  # not an article: not checked
    assert git("add", "-A", cwd=repo, tmp_path=tmp_path).returncode == 0
    run = [sys.executable, "-m", "pre_commit", "run", "--files"]
    blocked = sh([*run, "article.txt", "notes.py"], repo, tmp_path)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "article.txt:" in blocked.stdout and "blocked" in blocked.stdout and "notes.py" not in blocked.stdout
    passed = sh([*run, "clean.txt"], repo, tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


# --- where the baseline lives ---------------------------------------------------------


def test_baseline_write_and_run_agree_on_the_default_file(repo, tmp_path):
    """No configuration: `baseline write` puts the file at the repository root
    and `hook run` / `check` read it from there without being told."""
    articles = repo / "news"
    articles.mkdir()
    shutil.copy(SEED, articles / "article.txt")
    done = tq("baseline", "write", "news/article.txt", cwd=repo, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (repo / "tqcheck-baseline.json").is_file()
    # From another folder too: the file is found from the article, not the current folder.
    for cwd in (repo, articles, tmp_path):
        path = str(articles / "article.txt")
        run = tq("hook", "run", path, cwd=cwd, tmp_path=tmp_path)
        assert run.returncode == 0, run.stdout + run.stderr
        assert "tqcheck-baseline.json" in run.stdout
        check = tq("check", "--backtranslation", "off", "--no-language-check", path, cwd=cwd, tmp_path=tmp_path)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "tqcheck-baseline.json" in check.stdout and "--no-baseline" in check.stdout
    # --no-baseline shows everything again; --baseline names another file.
    assert tq("hook", "run", "--no-baseline", "news/article.txt", cwd=repo, tmp_path=tmp_path).returncode == 1
    assert tq("check", "--backtranslation", "off", "--no-baseline", "news/article.txt",
              cwd=repo, tmp_path=tmp_path).returncode == 1
    other = tq("hook", "run", "--baseline", str(tmp_path / "none.json"), "news/article.txt", cwd=repo, tmp_path=tmp_path)
    assert other.returncode == 2 and "no such baseline" in other.stderr


def test_baseline_write_follows_the_configured_file(repo, tmp_path):
    (repo / "tqcheck.toml").write_text('[baseline]\nfile = "review/accepted.json"\n')
    (repo / "review").mkdir()
    shutil.copy(SEED, repo / "article.txt")
    done = tq("baseline", "write", str(repo / "article.txt"), cwd=repo / "review", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (repo / "review" / "accepted.json").is_file() and not (repo / "tqcheck-baseline.json").exists()
    assert tq("hook", "run", "article.txt", cwd=repo, tmp_path=tmp_path).returncode == 0


def test_baseline_write_refuses_to_overwrite_a_file_that_is_not_a_baseline(tmp_path):
    notes = tmp_path / "notes.json"
    notes.write_text('{"mine": true}\n')
    done = tq("baseline", "write", "-o", str(notes), str(CLEAN), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 2 and "--force" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert notes.read_text() == '{"mine": true}\n'
    text = tmp_path / "article-copy.txt"
    text.write_text("Hello.\n")
    done = tq("baseline", "write", "-o", str(text), str(CLEAN), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 2 and text.read_text() == "Hello.\n"
    # An existing baseline is rewritten without asking; anything else with --force.
    baseline = tmp_path / "b.json"
    assert tq("baseline", "write", "-o", str(baseline), str(SEED), cwd=tmp_path, tmp_path=tmp_path).returncode == 0
    assert tq("baseline", "write", "-o", str(baseline), str(CLEAN), cwd=tmp_path, tmp_path=tmp_path).returncode == 0
    # Rewritten: the clean article has no entries, the seed's (another file, still there) are kept.
    seed = os.path.relpath(SEED.resolve(), tmp_path.resolve())
    assert {e.path for e in load_baseline(baseline).entries} == {Path(seed).as_posix()}
    done = tq("baseline", "write", "--force", "-o", str(notes), str(CLEAN), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert load_baseline(notes).entries == ()


def test_run_staged_with_nothing_staged_stays_quiet(repo, tmp_path):
    # The git hook runs on every commit: no article staged is no news.
    done = tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


# --- only a hook tqcheck wrote is replaced without --force ------------------------------------


def test_install_refuses_a_foreign_hook_that_holds_the_marker_line(repo, tmp_path):
    hook = repo / ".git" / "hooks" / "pre-commit"
    foreign = "#!/bin/sh\n# tqcheck-hook: 1\nmake lint\n"
    hook.write_text(foreign)
    done = tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 2 and "--force" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert hook.read_text() == foreign


def test_install_refuses_its_own_hook_once_someone_added_to_it(repo, tmp_path):
    assert tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path).returncode == 0
    hook = repo / ".git" / "hooks" / "pre-commit"
    edited = hook.read_text() + "make lint\n"
    hook.write_text(edited)
    assert tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path).returncode == 2
    assert hook.read_text() == edited


def test_install_replaces_its_own_hook_bound_to_another_interpreter_or_version(repo, tmp_path):
    assert tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path).returncode == 0
    hook = repo / ".git" / "hooks" / "pre-commit"
    mine = hook.read_text()
    old = re.sub(r"(?m)^PYTHON=.*$", "PYTHON='/old venv/bin/python'", mine)
    old = re.sub(r"\(tqcheck [^)]*\)", "(tqcheck 0.0.9)", old)
    assert old != mine
    hook.write_text(old)
    done = tq("hook", "install", str(repo), cwd=tmp_path, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert hook.read_text() == mine and not (hook.parent / "pre-commit.tqcheck-backup").exists()


# --- `hook run --staged` reads the baseline the commit will contain --------------------------


def test_run_staged_reads_the_baseline_from_the_index(repo, tmp_path):
    shutil.copy(SEED, repo / "article.txt")
    assert git("add", "article.txt", cwd=repo, tmp_path=tmp_path).returncode == 0
    assert tq("baseline", "write", "article.txt", cwd=repo, tmp_path=tmp_path).returncode == 0
    baseline = repo / "tqcheck-baseline.json"
    assert baseline.is_file()
    # Written but not staged: the commit would carry no baseline, so CI would block it.
    done = tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path)
    assert done.returncode == 1 and "blocked" in done.stdout, done.stdout + done.stderr
    assert tq("hook", "run", "article.txt", cwd=repo, tmp_path=tmp_path).returncode == 0  # files: the working tree's
    assert git("add", "tqcheck-baseline.json", cwd=repo, tmp_path=tmp_path).returncode == 0
    done = tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path)
    assert done.returncode == 0 and "accepted by baseline" in done.stdout, done.stdout + done.stderr
    # An unstaged change to the baseline (even a broken one, even deleting it) is not what is committed.
    baseline.write_text("{not json")
    assert tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path).returncode == 0
    baseline.unlink()
    assert tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path).returncode == 0
    # A broken staged baseline is an error, as a broken file is.
    baseline.write_text("{not json")
    assert git("add", "tqcheck-baseline.json", cwd=repo, tmp_path=tmp_path).returncode == 0
    done = tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path)
    assert done.returncode == 2 and "invalid JSON" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_run_staged_reads_a_named_baseline_from_the_index_too(repo, tmp_path):
    shutil.copy(SEED, repo / "article.txt")
    assert git("add", "article.txt", cwd=repo, tmp_path=tmp_path).returncode == 0
    assert tq("baseline", "write", "-o", "accepted.json", "article.txt", cwd=repo, tmp_path=tmp_path).returncode == 0
    done = tq("hook", "run", "--staged", "--baseline", "accepted.json", cwd=repo, tmp_path=tmp_path)
    assert done.returncode == 2 and "accepted.json" in done.stderr and "git add" in done.stderr
    assert git("add", "accepted.json", cwd=repo, tmp_path=tmp_path).returncode == 0
    assert tq("hook", "run", "--staged", "--baseline", "accepted.json", cwd=repo, tmp_path=tmp_path).returncode == 0
    # A baseline outside the repository is not part of any commit: it is read from disk.
    outside = tmp_path / "outside.json"
    assert tq("baseline", "write", "-o", str(outside), "article.txt", cwd=repo, tmp_path=tmp_path).returncode == 0
    assert tq("hook", "run", "--staged", "--baseline", str(outside), cwd=repo, tmp_path=tmp_path).returncode == 0


def test_run_staged_reads_the_configuration_from_the_index(repo, tmp_path):
    """The commit carries the staged configuration: an unstaged edit that
    would let everything through (or block more) is not what CI will read."""
    shutil.copy(SEED, repo / "article.txt")
    (repo / "tqcheck.toml").write_text('fail-on = "critical"\n')
    assert git("add", "article.txt", "tqcheck.toml", cwd=repo, tmp_path=tmp_path).returncode == 0
    assert tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path).returncode == 0  # the seed has no critical
    (repo / "tqcheck.toml").write_text('fail-on = "minor"\n')  # not staged
    assert tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path).returncode == 0
    assert tq("hook", "run", "article.txt", cwd=repo, tmp_path=tmp_path).returncode == 1  # files: the working tree's
    (repo / "tqcheck.toml").unlink()  # deleted, not staged: the staged one still counts
    assert tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path).returncode == 0
    (repo / "tqcheck.toml").write_text("fail-on = [\n")  # broken and staged: an error, naming the staged file
    assert git("add", "tqcheck.toml", cwd=repo, tmp_path=tmp_path).returncode == 0
    done = tq("hook", "run", "--staged", cwd=repo, tmp_path=tmp_path)
    assert done.returncode == 2 and "tqcheck.toml (staged)" in done.stderr and "invalid TOML" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
