"""The marker of hook implementations, without importing pluggy.

:func:`hookimpl` marks a function as the implementation of a hook exactly as pluggy's
``HookimplMarker("fzlint")`` does: it stores the options pluggy reads in the function's
``fzlint_impl`` attribute (options a later pluggy adds are filled in by pluggy itself, as for
the hooks of its legacy plugins).  Being free of pluggy, the built-in readers and formats load
without it, so a run whose every file comes from the result cache never imports pluggy (a
tenth of such a run).  ``fzlint.hookspecs.hookimpl``, the marker plugins import, is this one.
"""

from __future__ import annotations

from typing import Any, Callable, Optional, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: the pluggy project name: the entry-point group, and the prefix of the marker attributes
PROJECT_NAME = "fzlint"
#: the attribute pluggy reads a hook implementation's options from
IMPL_ATTRIBUTE = PROJECT_NAME + "_impl"


def hookimpl(function: Optional[F] = None, hookwrapper: bool = False, optionalhook: bool = False,
             tryfirst: bool = False, trylast: bool = False, specname: Optional[str] = None,
             wrapper: bool = False) -> Any:
    """Mark ``function`` as a hook implementation (``@hookimpl`` or ``@hookimpl(tryfirst=True)``).

    The options are pluggy's (see ``pluggy.HookimplMarker``).
    """
    def mark(func: F) -> F:
        setattr(func, IMPL_ATTRIBUTE, {"wrapper": wrapper, "hookwrapper": hookwrapper, "optionalhook": optionalhook,
                                       "tryfirst": tryfirst, "trylast": trylast, "specname": specname})
        return func

    return mark if function is None else mark(function)
