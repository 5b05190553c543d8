"""Brand kit templates in a sandbox with bounds on size and time.

A kit's messages and links are Jinja2 templates written by a brand manager, not by us. Jinja's
own sandbox stops attribute tricks (`''.__class__`), but not work: `'x' * 10**9`, nested
`range(100000)` loops, `'x'|center(10**9)` or a macro doubling a string hang or exhaust the print
worker. Here:

- size: text and lists that could grow (`*`, `+`, `**`, `%`, filters, calls) are checked, and
  anything over MAX_TEXT characters or MAX_ITEMS items is refused before it is built where the
  size is known in advance (a repeat count, a width, a range) and right after otherwise;
  mutating methods (`list.append`, `dict.update`) and `namespace` are not available;
- time: an insert's templates run on one short-lived thread; past DEADLINE_SECONDS the render
  is interrupted there (an exception raised into that thread) and the template counts as
  broken. The print worker waits at most that long, and only after the labels and slip went.

A template that breaks a bound raises `TemplateTooCostly`; the insert is then printed plain and
the problem shown (see printing.documents.insert)."""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sized
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_TEXT = 20_000        # characters of one template's output or of any value it builds
MAX_ITEMS = 1000         # items of a range or of any list it builds
MAX_EXPONENT = 64
MAX_INT_BITS = 4096
DEADLINE_SECONDS = 0.5   # a kit's templates take well under a millisecond
_WIDE_FORMAT = re.compile(r"\d{5,}|%[^a-zA-Z%]*\*|\{[^}]*\{")  # a huge width, `*`, nested spec
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
_WIDTH_FILTERS = frozenset({"center", "indent", "wordwrap", "truncate"})


class TemplateTooCostly(SecurityError):  # noqa: N818 - a refusal, read as a sentence
    """A template asked for more text, items or time than an insert can use."""


def _check(value: Any) -> Any:
    if isinstance(value, str | bytes) and len(value) > MAX_TEXT:
        raise TemplateTooCostly(f"text of {len(value)} characters (at most {MAX_TEXT})")
    if isinstance(value, list | tuple | dict | set) and len(value) > MAX_ITEMS:
        raise TemplateTooCostly(f"{len(value)} items (at most {MAX_ITEMS})")
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateTooCostly("a number too large to print")
    return value


def _check_width(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
        raise TemplateTooCostly(f"a width of {value} (at most {MAX_TEXT})")


def _check_format(text: Any) -> None:
    if isinstance(text, str) and _WIDE_FORMAT.search(text):
        raise TemplateTooCostly("a format with a width the insert cannot hold")


def bounded_range(*args: int) -> Iterator[int]:
    numbers = range(*args)
    if len(numbers) > MAX_ITEMS:
        raise TemplateTooCostly(f"range of {len(numbers)} numbers (at most {MAX_ITEMS})")
    return iter(numbers)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The immutable sandbox plus bounds on what a template may build."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals = {"range": bounded_range, "dict": dict}
        self.filters = {name: _bounded_filter(name, function)
                        for name, function in self.filters.items()}

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any,
                   right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise TemplateTooCostly(f"a power of {right} (at most {MAX_EXPONENT})")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, Sized) and isinstance(count, int):
                    _check_width(len(sequence) * count)
        if operator == "%":
            _check_format(left)
        return _check(super().call_binop(context, operator, left, right))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`'{:>1000000000}'.format(1)`: the format string is checked when it is looked up."""
        if getattr(value, "__name__", "") in ("format", "format_map"):
            _check_format(getattr(value, "__self__", None))
        return super().wrap_str_format(value)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any,  # noqa: N805
             *args: Any, **kwargs: Any) -> Any:
        if getattr(__obj, "__name__", "") in _WIDTH_METHODS:
            for argument in (*args, *kwargs.values()):
                _check_width(argument)
        for argument in (*args, *kwargs.values()):
            _check(argument)
        return _check(super().call(__context, __obj, *args, **kwargs))


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        if name in _WIDTH_FILTERS:
            for argument in (*args[1:], *kwargs.values()):
                _check_width(argument)
        if name == "format":
            for argument in args:
                _check_format(argument)
        return _check(function(*args, **kwargs))

    # Jinja reads how to pass the context/environment from these markers.
    for marker in ("jinja_pass_arg",):
        if hasattr(function, marker):
            setattr(bounded, marker, getattr(function, marker))
    return bounded


def render(template: jinja2.Template, fields: Mapping[str, object],
           deadline_seconds: float = DEADLINE_SECONDS) -> str:
    """The template's text, at most MAX_TEXT characters. Raises TemplateTooCostly when it
    breaks a bound (or its deadline), and whatever the template raised otherwise."""
    result = render_many({"": template}, fields, deadline_seconds)[""]
    if isinstance(result, BaseException):
        raise result
    return result


def render_many(templates: Mapping[str, jinja2.Template], fields: Mapping[str, object],
                deadline_seconds: float = DEADLINE_SECONDS) -> dict[str, str | Exception]:
    """Each template's text, or the exception it raised, rendered one after the other on one
    thread (an insert's templates share one thread and one deadline). A template still running
    at the deadline is stopped; the ones after it are not rendered and are left out."""
    results: dict[str, str | Exception] = {}
    running: list[str] = []

    def run() -> None:
        try:
            for key, template in templates.items():
                running[:] = [key]
                try:
                    text = ""
                    for chunk in template.generate(**fields):
                        text += chunk
                        _check(text)
                    results[key] = text
                except Exception as error:  # carried to the caller, per template
                    results[key] = error
            running.clear()
        except _Deadline:
            return

    thread = threading.Thread(target=run, name="kit-template", daemon=True)
    thread.start()
    thread.join(deadline_seconds)
    if thread.is_alive():
        if running:
            _interrupt(thread)
        thread.join(deadline_seconds)
        for key in running:
            results[key] = TemplateTooCostly(
                f"took longer than {deadline_seconds:g} s and was stopped")
    return results


class _Deadline(BaseException):
    """Raised into a template's thread when its deadline passed."""


def _interrupt(thread: threading.Thread) -> None:
    """Raise `_Deadline` in `thread` at its next Python instruction (a template is Python code
    compiled by Jinja, so a loop stops at once)."""
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident),
                                                   ctypes.py_object(_Deadline))
