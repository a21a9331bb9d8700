"""The pre-publish hook (issue 4): ``tqcheck hook install``, ``tqcheck hook
run`` and ``tqcheck baseline write``.

``hook run`` is what a pipeline calls before an article goes live: short
output, exit 1 to block, 0 to publish, 2 on error. It runs rules only unless
``[tool.tqcheck.hook] backtranslation = "auto"`` (or ``--backtranslation``),
skips the language confirmation (notes only, and langdetect is slow) and
imports nothing heavy: the whole process must stay well under 0.3 s on an
article, so imports here are lazy and no renderer is loaded.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tqcheck.config import Config
    from tqcheck.model import Document, Report

EXIT_OK, EXIT_BLOCK = 0, 1
CHECKED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HOOK_MARKER = "# tqcheck-hook: 1"
_CLIP = 60


def register_commands(commands: argparse._SubParsersAction) -> None:
    from tqcheck.config import FAIL_ON_CHOICES

    hook = commands.add_parser("hook", help="pre-publish hook: install it into git, or run it on files")
    actions = hook.add_subparsers(dest="hook_action", metavar="ACTION")
    actions.required = True

    install = actions.add_parser("install", help="write a git pre-commit hook that runs `tqcheck hook run`")
    install.add_argument("repo", nargs="?", default=".", metavar="REPO", help="the git repository (default: .)")
    install.add_argument("--force", action="store_true", help="replace a pre-commit hook tqcheck did not write (kept as a backup)")
    install.set_defaults(func=run_install)

    run = actions.add_parser("run", help="check files before publishing: exit 1 blocks, 0 publishes, 2 is an error")
    run.add_argument("paths", nargs="*", metavar="PATH", help="files to check; - reads the text from standard input")
    run.add_argument("--staged", action="store_true", help="check the .txt/.md/.html files staged in the current git repository")
    run.add_argument("--baseline", metavar="FILE", help="accepted findings (default: [tool.tqcheck.baseline] file, "
                     "else tqcheck-baseline.json beside the config file or at the repository root, when there)")
    run.add_argument("--no-baseline", action="store_true", help="show the findings a baseline accepted")
    run.add_argument("--fail-on", choices=FAIL_ON_CHOICES, help="lowest severity that blocks (default: config, else major)")
    run.add_argument("--config", metavar="FILE", help="configuration file (default: found from the first file upwards)")
    run.add_argument("--backtranslation", choices=("off", "auto", "require"), help="default: [tool.tqcheck.hook] backtranslation, else off")
    run.set_defaults(func=run_hook)

    baseline = commands.add_parser("baseline", help="accept the current findings of files (a baseline file)")
    b_actions = baseline.add_subparsers(dest="baseline_action", metavar="ACTION")
    b_actions.required = True
    write = b_actions.add_parser("write", help="record the findings of PATHS as accepted")
    write.add_argument("paths", nargs="+", metavar="PATH")
    write.add_argument("--output", "-o", default=None, metavar="FILE",
                       help="baseline file to write (default: where `hook run` and `check` look for it; - for stdout)")
    write.add_argument("--force", action="store_true", help="overwrite FILE even when it is not a tqcheck baseline")
    write.add_argument("--config", metavar="FILE", help="configuration file (default: found from the first file upwards)")
    write.add_argument("--backtranslation", choices=("off", "auto", "require"), help="default: as the hook")
    write.set_defaults(func=run_baseline_write)


# --- configuration shared by `hook run` and `baseline write` ----------------------


def _load_config(config_file: str | None, first: str | None) -> "Config":
    from tqcheck.config import load  # lazy: keeps `tqcheck --help` light

    return load(config_file, first)


def _stages(mode: str | None, config: "Config") -> tuple:
    from tqcheck.config import ConfigError

    mode = mode or str(config.section("hook").get("backtranslation", "off"))
    if mode not in ("off", "auto", "require"):
        raise ConfigError(f"[hook] backtranslation must be off, auto or require, not {mode!r}")
    options = config.section("backtranslation")
    if "bt_model" in options or "rt_model" in options:  # a named folder must be a model, as in `check`
        from tqcheck.backtranslation.models import check_explicit_models

        check_explicit_models({}, options)
    if mode == "off":
        return ()
    from tqcheck.backtranslation import make_stage  # light; models load only when used

    stage = make_stage(mode, {})
    return (stage,) if stage is not None else ()


def _check(documents: list["Document"], config: "Config", stages: tuple) -> "Report":
    from tqcheck.engine import build_report, check_document

    return build_report([check_document(d, config, stages=stages) for d in documents], config)


# --- reading inputs ----------------------------------------------------------------


def _git(args: list[str], cwd: str | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        from tqcheck.inputs import InputError

        raise InputError("git: not found on PATH") from None


def staged_documents(language: str) -> list["Document"]:
    """The staged version of each added or modified text file: what the
    commit will contain, not the working tree."""
    from tqcheck.inputs import DEFAULT_MAX_BYTES, InputError, document_from_bytes

    listing = _git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"])
    if listing.returncode != 0:
        raise InputError(f"git: cannot list staged files ({_first_line(listing.stderr)})")
    paths = [p for p in listing.stdout.decode("utf-8", "surrogateescape").split("\0") if p]
    documents = []
    for path in paths:
        if not path.lower().endswith(CHECKED_SUFFIXES):
            continue
        blob = _git(["show", f":{path}"])
        if blob.returncode != 0:
            raise InputError(f"{path}: cannot read the staged file ({_first_line(blob.stderr)})")
        if len(blob.stdout) > DEFAULT_MAX_BYTES:
            raise InputError(f"{path}: staged file is larger than {DEFAULT_MAX_BYTES:,} bytes")
        documents.append(document_from_bytes(blob.stdout, path, language))
    return documents


def _first_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "no message"


# --- `tqcheck hook run` ------------------------------------------------------------


def _clip(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _CLIP else flat[: _CLIP - 1] + "…"


def run_hook(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from tqcheck._format import suggestion_label  # light: the renderers load on demand
    from tqcheck.config import parse_fail_on
    from tqcheck.engine import line_col, line_start_offsets
    from tqcheck.inputs import InputError, read_document

    if args.staged and args.paths:
        raise InputError("--staged reads the files from git; give no paths with it")
    if "-" in args.paths and len(args.paths) > 1:
        raise InputError("-: standard input can only be checked on its own")
    first = args.paths[0] if args.paths else None
    config = _load_config(args.config, first)
    if args.fail_on:
        config = replace(config, fail_on=parse_fail_on(args.fail_on))
    elif "fail-on" in config.section("hook"):
        config = replace(config, fail_on=parse_fail_on(str(config.section("hook")["fail-on"])))
    if args.staged:
        documents = staged_documents(config.target_lang)
    else:
        documents = [read_document(p, config.target_lang) for p in args.paths]
    from tqcheck.baseline import find_baseline

    # Read before checking: a corrupt one stops the run.
    baseline = find_baseline(args.baseline, config, first, disabled=args.no_baseline)
    if not documents:
        return EXIT_OK  # nothing to check: quiet success
    _warn_about_suppressions(documents)
    report = _check(documents, config, _stages(args.backtranslation, config))
    accepted = 0
    if baseline is not None:
        before = len(report.findings)
        report = baseline.apply(report)
        accepted = before - len(report.findings)
    threshold = config.fail_on
    out: list[str] = []
    blocking = 0
    for result in report.results:
        text = result.document.text
        starts = line_start_offsets(text)
        for f in result.findings:
            if threshold is None or f.severity < threshold:
                continue
            blocking += 1
            line, col = line_col(text, f.start, starts)
            label = suggestion_label(f.suggestion, _clip)
            fix = "" if label is None else f" → {label}"
            out.append(
                f"{result.document.path}:{line}:{col}: {f.code} {f.severity.label}: {f.message} "
                f"[{_clip(text[f.start:f.end])}]{fix}"
            )
    below = len(report.findings) - blocking
    files = f"{len(documents)} file{'s' if len(documents) != 1 else ''}"
    level = threshold.label if threshold is not None else "never"
    extra = f"{below} below {level}" + (f", {accepted} accepted by baseline {baseline.path}" if baseline is not None else "")
    if blocking:
        out.append(
            f"tqcheck: blocked: {blocking} finding{'s' if blocking != 1 else ''} at or above {level} in {files} ({extra}); "
            f"fix them, or accept them with `tqcheck baseline write`"
        )
    else:
        out.append(f"tqcheck: ok: {files}, nothing at or above {level} ({extra})")
    sys.stdout.write("\n".join(out) + "\n")
    sys.stdout.flush()
    return EXIT_BLOCK if blocking else EXIT_OK


def _warn_about_suppressions(documents: list["Document"]) -> None:
    """The hook's output is findings only; a tqcheck comment with a bad code
    is said on standard error, one line each."""
    from tqcheck.inputs import suppression_warnings
    from tqcheck.rules import all_rules

    codes = [r.code for r in all_rules()]
    for document in documents:
        for warning in suppression_warnings(document.text, document.path, codes):
            print(f"tqcheck: {warning}", file=sys.stderr)


# --- `tqcheck baseline write` ---------------------------------------------------


def run_baseline_write(args: argparse.Namespace) -> int:
    from tqcheck.baseline import baseline_path, dumps, from_report, is_baseline_file
    from tqcheck.checking import write_output
    from tqcheck.inputs import InputError, read_document

    if "-" in args.paths:
        raise InputError("-: a baseline records files; give their paths")
    config = _load_config(args.config, args.paths[0])
    # Where `hook run` and `check` will look for it, unless -o says otherwise.
    output = args.output or str(baseline_path(None, config, args.paths[0])[0])
    target = Path(output)
    if output != "-" and target.is_file() and not args.force and not is_baseline_file(target):
        raise InputError(
            f"{output}: exists and is not a tqcheck baseline; refusing to overwrite it (use --force, or another -o FILE)"
        )
    documents = [read_document(p, config.target_lang) for p in args.paths]
    report = _check(documents, config, _stages(args.backtranslation, config))
    baseline = from_report(report, output)
    content = dumps(baseline)
    if output == "-":
        sys.stdout.write(content)
    else:
        write_output(output, content, args.paths)
        n = len(report.findings)
        print(f"tqcheck: wrote {output}: {n} accepted finding{'s' if n != 1 else ''} in {len(documents)} file(s)", file=sys.stderr)
    return EXIT_OK


# --- `tqcheck hook install` -----------------------------------------------------


def hook_script(python: str) -> str:
    """A plain POSIX sh pre-commit hook bound to this interpreter, so it runs
    the tqcheck that installed it whatever the committer's PATH is."""
    from tqcheck import __version__

    return (
        "#!/bin/sh\n"
        f"# tqcheck pre-commit hook, written by `tqcheck hook install` (tqcheck {__version__}).\n"
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


def hook_path(repo: str) -> Path:
    """Where git looks for the pre-commit hook (honours core.hooksPath)."""
    from tqcheck.inputs import InputError

    if not Path(repo).is_dir():
        raise InputError(f"{repo}: no such folder")
    found = _git(["rev-parse", "--git-path", "hooks/pre-commit"], cwd=repo)
    if found.returncode != 0:
        raise InputError(f"{repo}: not a git repository ({_first_line(found.stderr)})")
    path = Path(found.stdout.decode("utf-8", "surrogateescape").strip())
    return path if path.is_absolute() else Path(repo) / path


def run_install(args: argparse.Namespace) -> int:
    from tqcheck.inputs import InputError

    target = hook_path(args.repo)
    backup = None
    if target.exists():
        try:
            current = target.read_text("utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"{target}: cannot read the existing hook ({exc.strerror or exc})") from None
        if HOOK_MARKER not in current:
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
