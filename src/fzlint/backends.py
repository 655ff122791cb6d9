"""Which segmentation backend a run uses: ``FZLINT_TOKENIZER`` and what is installed, found without importing any.

The result cache keys its entries by this policy (:func:`describe_backend`), so even a run
whose every file comes from the cache asks it; :mod:`fzlint.tokens` holds the backends.
"""

from __future__ import annotations

import os
import sys
from typing import Optional

#: names accepted by ``FZLINT_TOKENIZER``
BACKENDS = ("auto", "jieba", "jieba-full", "rjieba")
_AVAILABLE: Optional[list[str]] = None


def available_backends() -> list[str]:
    """Names of the segmenters importable in this environment, preferred first."""
    global _AVAILABLE
    if _AVAILABLE is None:
        import importlib.util

        _AVAILABLE = [n for n in ("rjieba", "jieba") if importlib.util.find_spec(n) is not None]
    return list(_AVAILABLE)


def _warn(message: str) -> None:
    """Print a one-line warning on stderr once per process."""
    if message not in _WARNED:
        _WARNED.add(message)
        print(f"fzlint: warning: {message}", file=sys.stderr)


_WARNED: set[str] = set()


def requested_backend() -> str:
    """The backend named by ``FZLINT_TOKENIZER`` (``auto`` when unset, unknown or not installed).

    A bad value never breaks a run: it is reported once on stderr and the automatic choice is used.
    """
    wanted = os.environ.get("FZLINT_TOKENIZER", "").strip().lower() or "auto"
    if wanted not in BACKENDS:
        _warn(f"FZLINT_TOKENIZER={wanted!r} is not one of {', '.join(BACKENDS)}; using auto")
        return "auto"
    module = "rjieba" if wanted == "rjieba" else "jieba"
    if wanted != "auto" and module not in available_backends():
        hint = " (pip install fzlint[fast])" if module == "rjieba" else ""
        _warn(f"FZLINT_TOKENIZER={wanted}: {module} is not installed{hint}; using auto")
        return "auto"
    return wanted


def describe_backend() -> str:
    """A short, import-free description of the tokenizer policy (part of the result-cache key)."""
    wanted = requested_backend()
    if wanted == "auto":
        return "auto:" + "+".join(available_backends())
    return wanted
