"""scripts/golden.py, importable from the tests."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_golden", Path(__file__).parent.parent / "scripts" / "golden.py")
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

repo_cases = _module.repo_cases
snapshot = _module.snapshot
diff = _module.diff
