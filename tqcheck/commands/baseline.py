"""``tqcheck baseline write``: record the current findings of files as
accepted (:func:`write`). What a baseline holds, where it lives and how it
is applied is :mod:`tqcheck.baseline`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tqcheck.baseline import (
    CONFIGURED,
    Baseline,
    baseline_path,
    config_folder,
    dumps,
    from_report,
    is_baseline_file,
    key_path,
    load_baseline,
    merged,
)
from tqcheck.commands.output import STDOUT, refuse_overwriting, write_output
from tqcheck.config import Config
from tqcheck.errors import EXIT_OK, InputError


def _target(args: argparse.Namespace, config: Config) -> tuple[str, Path | None]:
    """(the file to write, a folder to create first). -o names any file whose
    folder exists; the configured file's folder is created when it lies
    inside the project (the configuration file's folder), refused otherwise."""
    if args.output:
        output, origin = args.output, None
    else:  # where `hook run` and `check` will look for it
        path, origin = baseline_path(None, config, args.paths[0])
        output = str(path)
    refuse_overwriting(output, args.paths, config.path)  # --force or not
    target = Path(output)
    if output != "-" and target.is_file() and not args.force and not is_baseline_file(target):
        raise InputError(
            f"{output}: exists and is not a tqcheck baseline; refusing to overwrite it (use --force, or another -o FILE)"
        )
    if origin != CONFIGURED or target.parent.is_dir():
        return output, None
    project = config_folder(config).resolve()
    if not target.resolve().is_relative_to(project):
        raise InputError(
            f"{output}: folder {target.parent} does not exist and is outside the project ({project}); "
            "create it, or set [tool.tqcheck.baseline] file inside the project"
        )
    return output, target.parent


def _previous(output: str) -> Baseline | None:
    """The baseline being rewritten, when it is one this tqcheck reads (an
    older or damaged one is replaced whole)."""
    if output == "-" or not Path(output).is_file():
        return None
    try:
        return load_baseline(output)
    except InputError:
        return None


def write(args: argparse.Namespace) -> int:
    """``tqcheck baseline write PATHS``: exit 0 once the file is written."""
    from tqcheck.pipeline import HOOK_MODE, backtranslation_stages, check_documents, load_config, read_inputs

    if "-" in args.paths:
        raise InputError("-: a baseline records files; give their paths")
    config = load_config(args, args.paths[0])
    output, make_folder = _target(args, config)
    inputs = read_inputs(args, config)
    stages = backtranslation_stages(config, args.backtranslation, HOOK_MODE)
    report = check_documents(inputs, config, stages=stages, language_check=False).report
    # Entry paths are relative to the baseline's folder (for stdout: the current one).
    folder = Path.cwd() if output == "-" else Path(os.path.realpath(output)).parent
    written = {key_path(d, folder) for d in inputs.documents}
    baseline, dropped = merged(from_report(report, folder, output), _previous(output), written)
    if make_folder is not None:
        try:
            make_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{output}: cannot create folder {make_folder} ({exc.strerror or exc})") from None
    write_output(output, dumps(baseline), args.paths, config.path)
    if output == STDOUT:
        return EXIT_OK
    print(f"tqcheck: wrote {output}: {_written_summary(baseline, written, dropped)}", file=sys.stderr)
    return EXIT_OK


def _written_summary(baseline: Baseline, written: set[str | None], dropped: int) -> str:
    mine = sum(e.count for e in baseline.entries if e.path in written)
    others = {e.path for e in baseline.entries if e.path not in written}
    text = f"{mine} accepted finding{'s' if mine != 1 else ''} in {len(written)} file(s)"
    if others:
        text += f"; kept the entries of {len(others)} other file(s)"
    if dropped:
        text += f"; dropped {dropped} entr{'ies' if dropped != 1 else 'y'} of files that no longer exist"
    return text
