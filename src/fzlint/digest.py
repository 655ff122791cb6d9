"""Hashes for fzlint's cache keys and finding fingerprints, without loading OpenSSL at start-up.

Importing :mod:`hashlib` loads OpenSSL (``_hashlib``), about 3 ms of every fzlint process, a
pre-commit run included.  CPython's own implementations give the same digests:

* :func:`key_hash` (BLAKE2b, as fast as OpenSSL's SHA-256 on reports) for every cache key: the
  result cache, parsed data files, entry points, configurations;
* :func:`fingerprint_hash` (SHA-256, whose values baselines and SARIF consumers have stored) for
  the fingerprints of findings, which hash short texts only.  When a library has loaded OpenSSL
  anyway (jieba imports :mod:`hashlib`), its SHA-256 is used: the same digests, three times as
  fast on these texts (:func:`fingerprint_hasher`).

Other Python implementations fall back to :mod:`hashlib`.
"""

from __future__ import annotations

import sys
from typing import Any, Callable

try:
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - not CPython
    from hashlib import blake2b as _blake2b

_sha256: Callable[..., Any]
try:
    from _sha2 import sha256 as _sha256  # CPython 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256 as _sha256  # CPython 3.11
    except ImportError:  # pragma: no cover - not CPython
        from hashlib import sha256 as _sha256


def key_hash(*parts: bytes) -> Any:
    """A BLAKE2b hash object over ``parts`` (``update`` more, then ``hexdigest()``)."""
    h = _blake2b(digest_size=32)
    for part in parts:
        h.update(part)
    return h


def fingerprint_hasher() -> Callable[[bytes], Any]:
    """The fastest SHA-256 constructor at hand: OpenSSL's when it is loaded already, else CPython's.

    Asked once per batch of fingerprints, so it never loads OpenSSL itself.
    """
    openssl = sys.modules.get("_hashlib")
    return getattr(openssl, "openssl_sha256", None) or _sha256


def prefer_openssl() -> None:
    """Load OpenSSL's SHA-256 for a run of many files: 2 ms once, then about 1 µs less per fingerprint."""
    import hashlib  # noqa: F401 - loading it is the point (see fingerprint_hasher)


def fingerprint_hash(data: bytes) -> str:
    """The SHA-256 hex digest of ``data`` (finding fingerprints keep this function)."""
    return fingerprint_hasher()(data).hexdigest()
