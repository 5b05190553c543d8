"""The one way both sessions handle a failed write.

If recording fails (a full disk, a database turned read-only) the error propagates to the
screen, which shows it, and the session is folded again from the journal, so what the screen
shows never runs ahead of the disk."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, Protocol, TypeVar


class Reloadable(Protocol):
    def reload(self) -> None: ...


S = TypeVar("S", bound=Reloadable)
P = ParamSpec("P")
R = TypeVar("R")


def reloads_on_error(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Wrap a session method that writes: on any error, `reload()` and re-raise."""
    @wraps(method)
    def guarded(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except Exception:
            self.reload()
            raise
    return guarded
