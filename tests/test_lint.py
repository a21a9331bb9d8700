"""The code passes pyflakes and import-order checks (ruff, configured in
pyproject.toml): an undefined name in a rarely taken branch is a traceback
waiting for a user."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extra: pip install -e '.[test]')")
    done = subprocess.run([ruff, "check", "tqcheck", "tests", "scripts"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
