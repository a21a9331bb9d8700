from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_caches(tmp_path, monkeypatch):
    """Every test gets its own translation cache and an empty, offline
    Hugging Face cache: nothing from the user's machine leaks in."""
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "tqcheck-cache"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf-hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
