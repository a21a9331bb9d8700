#!/usr/bin/env bash
# Create .venv and install tqcheck with every extra. Idempotent.
# torch is pinned to the CPU wheel on this machine's disk: an unpinned
# torch would pull a CUDA build of several GB.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q "torch==2.13.0"
.venv/bin/python -m pip install -q -c scripts/constraints.txt -e ".[bt,bilingual,test,bench,ray]"
# PyICU is no dependency of tqcheck: it generated the number-words tables
# (scripts/gen_number_words.py) and lets a test check them against ICU. It
# compiles against the system's ICU, so it is installed where ICU's headers
# are (Debian: libicu-dev); elsewhere that one test skips, saying why.
if pkg-config --exists icu-uc 2>/dev/null; then
  .venv/bin/python -m pip install -q -c scripts/constraints.txt PyICU \
    || echo "setup: PyICU did not build: the number-words test against ICU will be skipped" >&2
else
  echo "setup: no ICU headers (libicu-dev): PyICU not installed, the number-words test against ICU will be skipped" >&2
fi
# Spelling dictionaries and their binding (TQ702 tells ordinary words from
# names by them); says what it could not install and goes on.
bash scripts/install_dictionaries.sh
# Byte-compile now: with PYTHONDONTWRITEBYTECODE set (as on these machines)
# every run would otherwise recompile tqcheck's sources, ~30 ms a start.
.venv/bin/python -m compileall -q tqcheck
