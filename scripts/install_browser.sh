#!/bin/sh
# Install the headless browser the HTML tests drive: Debian's Chromium (no
# Playwright browser download) and Playwright for Python. Idempotent: each
# step is skipped when already done, so CI can call it on every run.
#   usage: scripts/install_browser.sh [PYTHON]   (default: the project's .venv)
set -eu
cd "$(dirname "$0")/.."
PYTHON="${1:-.venv/bin/python}"

if [ -x /usr/bin/chromium ]; then
    echo "chromium: present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
else
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends chromium chromium-driver
fi

if "$PYTHON" -c "import playwright" 2>/dev/null; then
    echo "playwright: present"
else
    # The Python package only; the browser is /usr/bin/chromium, so no
    # `playwright install` (that would download one).
    "$PYTHON" -m pip install playwright
fi
