"""The pre-publish hook: ``tqcheck hook run`` (:func:`run`) and ``tqcheck
hook install`` (:func:`install`).

``hook run`` is what a pipeline calls before an article goes live: short
output, exit 1 to block, 0 to publish, 2 on error. It reads and checks
through the same pipeline as ``check`` (:mod:`tqcheck.pipeline`: the same
input, rule selection, language and baseline options), runs rules only unless
``[tool.tqcheck.hook] backtranslation = "auto"`` (or ``--backtranslation``),
prints one line per blocking finding and a verdict on standard output (with
the ``tqcheck check --fix`` command when blocking findings have safe fixes),
and says what reading found (bad suppression comments, another language, an
empty file) on standard error. No renderer is loaded: the whole process must
stay well under 0.3 s on an article (scripts/bench_hook.py).
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tqcheck.errors import EXIT_FINDINGS, EXIT_OK, ConfigError, InputError

if TYPE_CHECKING:
    from tqcheck.baseline import Baseline
    from tqcheck.config import Config
    from tqcheck.model import Report, Severity
    from tqcheck.pipeline import Inputs, Outcome

CHECKED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HOOK_MARKER = "# tqcheck-hook: 1"
_CLIP = 60


def hook_config(args: argparse.Namespace, first: str | None, root: Path | None = None) -> Config:
    """``check``'s configuration, with ``[tool.tqcheck.hook] fail-on`` below
    --fail-on; with ``root`` (--staged), the configuration files inside the
    work tree are read from the git index: those the commit will carry."""
    from dataclasses import replace

    from tqcheck.config import parse_fail_on, read_from_disk
    from tqcheck.pipeline import load_config

    config = load_config(args, first, read_from_disk if root is None else staged_reader(root))
    if not args.fail_on and "fail-on" in config.section("hook"):
        config = replace(config, fail_on=parse_fail_on(str(config.section("hook")["fail-on"])))
    return config


# --- reading the git index -----------------------------------------------------------


def _git(args: list[str], cwd: str | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise InputError("git: not found on PATH") from None


@dataclass(frozen=True)
class Staged:
    in_repo: str  # as git names it, from the repository root
    shown: str  # relative to the current folder: what the output says, and what a baseline keys on


def work_tree() -> Path:
    """The root of the git work tree holding the current folder."""
    top = _git(["rev-parse", "--show-toplevel"])
    if top.returncode != 0:
        message = _first_line(top.stderr)
        if "not a git repository" in message:
            raise InputError("--staged: not inside a git repository (run it in one, or give the files to check)")
        raise InputError(f"--staged: git cannot find the work tree ({message})")
    return Path(top.stdout.decode("utf-8", "surrogateescape").strip())


def staged_files(root: Path) -> list[Staged]:
    """The added or modified text files staged for commit."""
    listing = _git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"])
    if listing.returncode != 0:
        raise InputError(f"git: cannot list staged files ({_first_line(listing.stderr)})")
    names = [p for p in listing.stdout.decode("utf-8", "surrogateescape").split("\0") if p]
    return [Staged(n, os.path.relpath(root / n)) for n in names if n.lower().endswith(CHECKED_SUFFIXES)]


def staged_baseline(args: argparse.Namespace, config: Config, first: str | None, root: Path) -> Baseline | None:
    """The baseline the commit will carry: the staged version of the file
    `check` would read (same rule for where it is), none when the index has
    none, whatever the working tree holds. A named file outside the work tree
    is in no commit: it is read from disk."""
    from dataclasses import replace

    from tqcheck.baseline import FLAG, baseline_path, find_baseline, loads

    if args.no_baseline:
        return None
    path, origin = baseline_path(args.baseline, config, first)
    where = Path(os.path.realpath(path.parent)) / path.name
    try:
        in_repo = where.relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        return find_baseline(args.baseline, config, first)
    label = f"{path} (staged)"
    content = staged_blob(root, in_repo, label)
    if content is None:
        if origin == FLAG:
            raise InputError(f"{path}: baseline is not staged, so the commit would not carry it (git add {path})")
        return None
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: corrupt baseline (not UTF-8 at byte offset {exc.start})") from None
    return replace(loads(text, label, where.parent), origin=origin)


def staged_blob(root: Path, in_repo: str, label: str) -> bytes | None:
    """The staged content of ``in_repo`` (a path from the work tree's root);
    None when the index has no such file."""
    listing = _git(["--literal-pathspecs", "ls-files", "--cached", "--stage", "-z", "--", in_repo], cwd=str(root))
    if listing.returncode != 0:
        raise InputError(f"{label}: cannot read the git index ({_first_line(listing.stderr)})")
    entries = [e.split("\t", 1)[0].split() for e in listing.stdout.decode("utf-8", "surrogateescape").split("\0") if e]
    if not entries:
        return None
    blob = next((object_id for _, object_id, stage in entries if stage == "0"), None)
    if blob is None:
        raise InputError(f"{label}: unmerged in the git index (resolve the conflict first)")
    content = _git(["cat-file", "blob", blob], cwd=str(root))
    if content.returncode != 0:
        raise InputError(f"{label}: cannot read the staged file ({_first_line(content.stderr)})")
    return content.stdout


def staged_reader(root: Path) -> Callable[[Path], tuple[str, str] | None]:
    """A tqcheck.config.Reader for the commit: a configuration file inside
    the work tree as staged (absent when not staged, whatever the disk
    holds); one outside it (a parent folder's) from disk."""
    from tqcheck.config import read_from_disk

    top = Path(os.path.realpath(root))

    def read(path: Path) -> tuple[str, str] | None:
        try:
            in_repo = Path(os.path.realpath(path)).relative_to(top).as_posix()
        except ValueError:
            return read_from_disk(path)
        label = f"{path} (staged)"
        content = staged_blob(root, in_repo, label)
        if content is None:
            return None
        try:
            return content.decode("utf-8"), label
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{label}: cannot read configuration (not UTF-8 at byte offset {exc.start})") from None

    return read


def staged_inputs(files: list[Staged], args: argparse.Namespace, config: Config) -> Inputs:
    """The staged version of each file (what the commit will contain, not
    the working tree), read like `check` reads a file."""
    from tqcheck.inputs import document_from_bytes
    from tqcheck.pipeline import Inputs, max_bytes

    limit = max_bytes(args)
    documents = []
    for file in files:
        blob = _git(["show", f":{file.in_repo}"])
        if blob.returncode != 0:
            raise InputError(f"{file.shown}: cannot read the staged file ({_first_line(blob.stderr)})")
        if len(blob.stdout) > limit:
            raise InputError(f"{file.shown}: staged file is larger than {limit:,} bytes (raise the limit with --max-bytes)")
        documents.append(document_from_bytes(blob.stdout, file.shown, config.target_lang, encoding=args.encoding))
    return Inputs(documents=tuple(documents), first=files[0].shown if files else None)


def _first_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "no message"


# --- `tqcheck hook run` ------------------------------------------------------------


def _clip(text: str) -> str:
    from tqcheck.display import clip  # the input's escape sequences must not reach the terminal

    return clip(text, _CLIP, keep="")


def run(args: argparse.Namespace) -> int:
    """``tqcheck hook run``: exit 1 when a finding blocks, else 0."""
    from tqcheck.baseline import find_baseline
    from tqcheck.pipeline import HOOK_MODE, backtranslation_stages, check_documents, read_inputs

    if args.staged and args.paths:
        raise InputError("--staged reads the files from git; give no paths with it")
    if "-" in args.paths and len(args.paths) > 1:
        raise InputError("-: standard input can only be checked on its own")
    root = work_tree() if args.staged else None
    staged = staged_files(root) if root else []
    first = staged[0].shown if staged else (args.paths[0] if args.paths else None)
    config = hook_config(args, first, root)
    inputs = staged_inputs(staged, args, config) if root else read_inputs(args, config)
    stages = backtranslation_stages(config, args.backtranslation, HOOK_MODE)
    # A corrupt baseline stops the run before anything is checked.
    if root:
        baseline = staged_baseline(args, config, inputs.first, root)
    else:
        baseline = find_baseline(args.baseline, config, inputs.first, disabled=args.no_baseline)
    outcome = check_documents(inputs, config, stages=stages, baseline=baseline, language_check=not args.no_language_check)
    if not inputs.documents:
        # Success. A commit with no article staged stays quiet (the git hook
        # runs on every commit); an empty file list is said, so a pipeline
        # that passes one by mistake is not silently green.
        if not args.staged:
            print("tqcheck: note: no files to check", file=sys.stderr)
        return EXIT_OK
    _print_notes(inputs, outcome)
    lines = blocking_lines(outcome.report, config.fail_on)
    lines.append(verdict(outcome, len(lines), config.fail_on, staged=bool(root)))
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    return EXIT_FINDINGS if len(lines) > 1 else EXIT_OK


def note_line(path: str, note: str) -> str:
    """``tqcheck: warning: PATH: ...`` for a note about ``path``; the path is
    not repeated when the note starts with it (suppression warnings)."""
    from tqcheck.display import printable

    kind, _, rest = note.partition(": ")
    if kind != "warning":
        kind, rest = "note", note
    return printable(f"tqcheck: {kind}: {rest if rest.startswith(f'{path}:') else f'{path}: {rest}'}")


def _print_notes(inputs: Inputs, outcome: Outcome) -> None:
    """Standard output is findings only; what reading found goes to standard error."""
    for document, notes in zip(inputs.documents, outcome.input_notes):
        for note in notes:
            print(note_line(document.path, note), file=sys.stderr)


def blocking_lines(report: Report, threshold: Severity | None) -> list[str]:
    """One line per finding at or above ``threshold``: where, what, the text, the fix."""
    from tqcheck.display import printable, suggestion_label  # light: the renderers load on demand
    from tqcheck.positions import line_col, line_start_offsets

    out = []
    for result in report.results:
        text = result.document.text
        starts = line_start_offsets(text)
        for f in result.findings:
            if threshold is None or f.severity < threshold:
                continue
            line, col = line_col(text, f.start, starts)
            label = suggestion_label(f.suggestion, _clip)
            fix = "" if label is None else f" → {label}"
            out.append(
                f"{printable(result.document.path)}:{line}:{col}: {f.code} {f.severity.label}: {printable(f.message)} "
                f"[{_clip(text[f.start:f.end])}]{fix}"
            )
    return out


def fix_hint(report: Report, threshold: Severity | None, staged: bool = False) -> str:
    """"N fixable with `tqcheck check --fix PATH`" for the blocking findings
    that have a safe fix ("" when none has); --fix fixes the working tree,
    so a staged file must be added again."""
    from tqcheck.model import SAFE

    paths, n = [], 0
    for result in report.results:
        found = sum(1 for f in result.findings if (threshold is None or f.severity >= threshold)
                    and f.fix is not None and f.fix.applicability == SAFE)
        if found:
            n += found
            path = result.document.path
            paths.append("-" if path == "<stdin>" else shlex.quote(path))
    if not n:
        return ""
    shown = " ".join(paths[:3]) + (" ..." if len(paths) > 3 else "")
    then = ", then `git add` them" if staged else ""
    return f"; {n} fixable with `tqcheck check --fix {shown}`{then}"


def verdict(outcome: Outcome, blocking: int, threshold: Severity | None, staged: bool = False) -> str:
    """The last line: blocked or ok, with what was below the threshold or
    accepted, and the command that fixes what can be fixed."""
    report = outcome.report
    n = len(report.results)
    files = f"{n} file{'s' if n != 1 else ''}"
    level = threshold.label if threshold is not None else "never"
    extra = f"{len(report.findings) - blocking} below {level}"
    # Standard input has no path, so a baseline never applies to it: don't name one.
    from_files = any(r.document.path != "<stdin>" for r in report.results)
    if outcome.baseline is not None and from_files:
        extra += f", {outcome.accepted} accepted by baseline {outcome.baseline.path}"
    if blocking:
        accept = ", or accept them with `tqcheck baseline write`" if from_files else ""
        from tqcheck.display import printable

        return (
            f"tqcheck: blocked: {blocking} finding{'s' if blocking != 1 else ''} at or above {level} in {files} "
            f"({extra}){printable(fix_hint(report, threshold, staged))}; fix them{accept}"
        )
    return f"tqcheck: ok: {files}, nothing at or above {level} ({extra})"


# --- `tqcheck hook install` -----------------------------------------------------


def hook_script(python: str, version: str | None = None) -> str:
    """A plain POSIX sh pre-commit hook bound to this interpreter, so it runs
    the tqcheck that installed it whatever the committer's PATH is."""
    from tqcheck import __version__

    return (
        "#!/bin/sh\n"
        f"# tqcheck pre-commit hook, written by `tqcheck hook install` (tqcheck {version or __version__}).\n"
        "# Checks the staged .txt/.md/.html files; a finding at or above fail-on\n"
        "# blocks the commit. Skip it once with `git commit --no-verify`.\n"
        f"{HOOK_MARKER}\n"
        f"PYTHON={shlex.quote(python)}\n"
        'if [ ! -x "$PYTHON" ]; then\n'
        '    echo "tqcheck hook: $PYTHON is gone; run \\`tqcheck hook install --force\\` again" >&2\n'
        "    exit 2\n"
        "fi\n"
        'exec "$PYTHON" -m tqcheck hook run --staged\n'
    )


_WRITTEN_BY = re.compile(r"^# tqcheck pre-commit hook, written by `tqcheck hook install` \(tqcheck ([^)\n]+)\)\.$", re.M)
_PYTHON = re.compile(r"^PYTHON=(.+)$", re.M)


def written_by_tqcheck(text: str) -> bool:
    """Whether ``text`` is, whole, a hook `hook install` wrote (for any
    interpreter and tqcheck version): only such a hook is replaced without
    --force. The marker line alone is not enough: a hook of one's own may
    hold it, or a tqcheck hook may have had lines added."""
    version, python = _WRITTEN_BY.search(text), _PYTHON.search(text)
    if version is None or python is None:
        return False
    try:
        words = shlex.split(python.group(1))
    except ValueError:
        return False
    return len(words) == 1 and text == hook_script(words[0], version.group(1))


def hook_path(repo: str) -> Path:
    """Where git looks for the pre-commit hook (honours core.hooksPath)."""
    if not Path(repo).is_dir():
        raise InputError(f"{repo}: no such folder")
    found = _git(["rev-parse", "--git-path", "hooks/pre-commit"], cwd=repo)
    if found.returncode != 0:
        raise InputError(f"{repo}: not a git repository ({_first_line(found.stderr)})")
    path = Path(found.stdout.decode("utf-8", "surrogateescape").strip())
    return path if path.is_absolute() else Path(repo) / path


def install(args: argparse.Namespace) -> int:
    """``tqcheck hook install``: write the git pre-commit hook."""
    target = hook_path(args.repo)
    backup = None
    if target.exists():
        try:
            current = target.read_bytes().decode("utf-8", errors="replace")  # as written: CRLF is not ours
        except OSError as exc:
            raise InputError(f"{target}: cannot read the existing hook ({exc.strerror or exc})") from None
        if not written_by_tqcheck(current):
            if not args.force:
                raise InputError(
                    f"{target}: a pre-commit hook tqcheck did not write is already there; "
                    "use --force to replace it (it is kept as pre-commit.tqcheck-backup)"
                )
            backup = target.with_name(target.name + ".tqcheck-backup")
            os.replace(target, backup)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(hook_script(os.path.abspath(sys.executable)), "utf-8")
        target.chmod(0o755)
    except OSError as exc:
        raise InputError(f"{target}: cannot write the hook ({exc.strerror or exc})") from None
    saved = f"; the previous hook is kept as {backup}" if backup else ""
    print(f"tqcheck: installed {target}{saved}")
    return EXIT_OK
