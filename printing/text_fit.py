"""Text that must fit a document whatever its length: a customer's name of 600 Japanese or
5,000 ASCII characters is shrunk a little, then cut with an ellipsis, never allowed to fail
or overflow a label, slip or insert. One place decides how, for PDF and ZPL alike."""

from __future__ import annotations

from collections.abc import Callable

from station.phrases import phrases

ELLIPSIS = "…"
ASCII_ELLIPSIS = "..."  # a ZPL printer font has no "…"
# A paragraph of a slip or insert: an address line or a product name is far shorter; a
# 600-character name still prints whole.
MAX_PARAGRAPH = 800

Measure = Callable[[str, float], float]  # (text, size) -> width, in the caller's unit


def clip(text: str, limit: int = MAX_PARAGRAPH, ellipsis: str = ELLIPSIS) -> str:
    """At most `limit` characters, the last being the ellipsis when anything was cut."""
    if len(text) <= limit:
        return text
    return text[:max(0, limit - len(ellipsis))] + ellipsis


def fit_line(text: str, measure: Measure, width: float, size: float, *,
             min_size: float | None = None, ellipsis: str = ELLIPSIS) -> tuple[str, float]:
    """(text, size) for one line at most `width` wide: the size shrinks down to `min_size`
    (default 75 % of `size`), and what still does not fit is cut with an ellipsis."""
    smallest = size * 0.75 if min_size is None else min_size
    # No glyph is narrower than a sixth of its size: longer text is cut before it is measured.
    text = clip(text, max(1, int(width / max(smallest, 0.01) * 6)), ellipsis)
    full = measure(text, size)
    if full <= width:
        return text, size
    shrunk = max(smallest, size * width / full)
    if measure(text, shrunk) <= width:
        return text, shrunk
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ellipsis, smallest) <= width:
            low = middle
        else:
            high = middle - 1
    return (text[:low].rstrip() + ellipsis if low else ""), smallest


def fit_lines(text: str, measure: Measure, width: float, size: float, *, max_lines: int = 2,
              min_size: float | None = None,
              ellipsis: str = ELLIPSIS) -> tuple[list[str], float]:
    """(lines, size) for text that may take up to `max_lines` lines (an address on a label:
    cutting it loses the parcel). One line when it fits, shrunk if need be; otherwise wrapped
    at full size, then at the smallest size, the last line cut with an ellipsis if it must."""
    line, fitted = fit_line(text, measure, width, size, min_size=min_size, ellipsis=ellipsis)
    if line == text or max_lines <= 1:
        return [line], fitted
    smallest = size * 0.75 if min_size is None else min_size
    text = clip(text, max(1, int(width / max(smallest, 0.01) * 6)) * max_lines, ellipsis)
    for wrap_size in (size, smallest):
        lines, rest = _wrap(text, measure, width, wrap_size, max_lines - 1)
        if not rest or measure(rest, wrap_size) <= width:
            return [*lines, rest] if rest else lines, wrap_size
    last, _ = fit_line(rest, measure, width, smallest, min_size=smallest, ellipsis=ellipsis)
    return [*lines, last], smallest


def _wrap(text: str, measure: Measure, width: float, size: float,
          count: int) -> tuple[list[str], str]:
    """Up to `count` full lines from the start of `text` (broken at a space when there is
    one, between phrases in Japanese, anywhere in a phrase longer than a line), and the
    rest."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < count and measure(rest, size) > width:
        low, high = 0, len(rest)
        while low < high:
            middle = (low + high + 1) // 2
            if measure(rest[:middle], size) <= width:
                low = middle
            else:
                high = middle - 1
        if low == 0:
            break
        space = rest.rfind(" ", 0, low + 1)
        cut = space if space > 0 else _phrase_end(rest, low) or low
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return lines, rest


def _phrase_end(text: str, limit: int) -> int:
    """The end of the last whole phrase within the first `limit` characters (0: none)."""
    end = best = 0
    for phrase in phrases(text):
        end += len(phrase)
        if end > limit:
            break
        best = end
    return best
