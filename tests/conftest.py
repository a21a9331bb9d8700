import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The command line keeps compiled regexes in the user's cache folder
# (tqcheck.regex_cache); tests leave that folder alone, and
# tests/test_regex_cache.py turns the cache on in a temporary one. Set it to
# 1 (with TQCHECK_CACHE_DIR) to run the whole suite through the cache.
os.environ.setdefault("TQCHECK_REGEX_CACHE", "0")
sys.path.insert(0, str(ROOT / "tests"))

CHROMIUM = os.environ.get("TQCHECK_CHROMIUM", "/usr/bin/chromium")  # Debian's package
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# scripts/test.sh (and so CI) sets this: there a missing browser is a failure,
# not a skip, so the browser tests can never silently stop running.
REQUIRE_BROWSER = os.environ.get("TQCHECK_REQUIRE_BROWSER") == "1"


def pytest_collection_modifyitems(config, items):
    # Every test that drives Chromium (through the fixture below, directly or
    # not) is marked `browser`, so `-m "not browser"` leaves them all out.
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


def _unavailable(reason: str):
    if REQUIRE_BROWSER:
        pytest.fail(f"{reason} (TQCHECK_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium driven by Playwright (no browser download)."""
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"{CHROMIUM} not found: the browser tests need Debian's chromium; run scripts/install_browser.sh")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is missing: run scripts/install_browser.sh")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
