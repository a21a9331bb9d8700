#!/usr/bin/env bash
# Set everything up (venv, packages, headless Chromium) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f scripts/install_browser.sh ]; then
  bash scripts/install_browser.sh
fi
export TQCHECK_REQUIRE_BROWSER=1  # the browser tests must run here, not skip
export TQCHECK_REQUIRE_RAY=1  # and so must the Ray engine's (tests/test_ray.py)
export TQCHECK_REQUIRE_DICTIONARIES=1  # and the tests on the system's spelling dictionaries (tests/bilingual/test_dictionary_words.py)
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
