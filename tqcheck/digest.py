"""SHA-256 without OpenSSL's start-up: a leaf module.

``hashlib.sha256`` is OpenSSL's, and importing hashlib loads and
initialises libcrypto: about 2 ms, a tenth of what a hook run spends on
its own start-up, for the few kilobytes tqcheck hashes there (the rules
and settings fingerprints of a report's signature, a baseline's sentence
keys). The interpreter's built-in SHA-256 gives the same digests; where a
Python has none, hashlib's serves.
"""

from __future__ import annotations

try:
    from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef]  # Python 3.11
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment,no-redef]

__all__ = ["sha256"]
