"""SHA-256 without hashlib: hashlib first loads OpenSSL, 4 ms of a run
answered from the cache, and the run needs nothing else from it."""

from __future__ import annotations

try:  # CPython's own SHA-256
    from _sha256 import sha256  # type: ignore[import-not-found]
except ImportError:  # Python 3.12 names it _sha2; elsewhere hashlib's is the one
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]
    except ImportError:
        from hashlib import sha256

__all__ = ["sha256"]
