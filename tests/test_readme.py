"""The README starts with exactly two commands: one sets everything up and
checks the seed article, the other sets everything up and runs the whole
suite, and CI (.ci/run) runs that same test command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def first_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block and text.index(block.group(0)) < text.index("\n## "), "the commands come before any section"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_the_readme_opens_with_two_commands():
    setup_and_run, tests = first_commands()
    words = shlex.split(setup_and_run)
    assert words[:2] == ["bash", "scripts/setup.sh"]
    seeds = [w for w in words if w.startswith("seeds/")]
    assert seeds and all((ROOT / w).is_file() for w in seeds)
    assert "check" in words
    assert tests == "bash scripts/test.sh"


def test_ci_runs_the_readme_test_command():
    _, tests = first_commands()
    ci = (ROOT / ".ci/run").read_text("utf-8")
    assert re.search(r"^exec " + re.escape(tests) + r"\s*$", ci, re.M)
    assert "scripts/setup.sh" in (ROOT / "scripts/test.sh").read_text("utf-8")
