"""Pack messages whose wording depends on the numbers in them (issue 13 item 10)."""

from __future__ import annotations

from station.messages import Localized, Message, counted, msg


def over_scan(name: Localized | str, remaining: int, quantity: int) -> Message:
    """More units scanned than the line still needs: says what is left, never "needs 0 more".
    `quantity` is above `remaining`, so it is at least 2 when anything is left."""
    if remaining == 0:
        return msg("Pack", "Too many: {name} is all packed already. Put the extra aside and "
                   "scan OK.", name=name)
    return counted(
        remaining,
        msg("Pack", "Too many: {name} needs only 1 more, and {quantity} were scanned. Put the "
            "extra aside and scan OK.", name=name, quantity=quantity),
        msg("Pack", "Too many: {name} needs only {remaining} more, and {quantity} were "
            "scanned. Put the extra aside and scan OK.", name=name, remaining=remaining,
            quantity=quantity))


def more_problems(count: int) -> Message:
    return counted(count, msg("Pack", "1 more problem."),
                   msg("Pack", "{count} more problems.", count=count))


def order_opened(order: str, units: int, box: Message) -> Message:
    return counted(units,
                   msg("Pack", "Order {order}: 1 item. Suggested box: {box}.", order=order,
                       box=box),
                   msg("Pack", "Order {order}: {units} items. Suggested box: {box}.",
                       order=order, units=units, box=box))


def still_missing(missing: int) -> Message:
    return counted(missing,
                   msg("Pack", "1 item is still missing. Scan it, or report an exception."),
                   msg("Pack", "{missing} items are still missing. Scan them, or report an "
                       "exception.", missing=missing))


def idle_signed_out(name: str, minutes: int) -> Message:
    return counted(minutes,
                   msg("Pack", "{name} was signed out after 1 idle minute.", name=name),
                   msg("Pack", "{name} was signed out after {minutes} idle minutes.",
                       name=name, minutes=minutes))
