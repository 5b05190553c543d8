"""Which part of the station a scan goes to: one decision, made in the core.

Every read (wedge, typed, replayed from the command line) comes here with the screen on show
(its desk). The UI only passes the text and draws the outcome of whoever takes it:

- a scale command (`CMD:TARE`, `CMD:ZERO`) goes to the scale, never to a session;
- a batch tote or a slot label, read by someone signed in, goes to the sort wall from any
  other screen (the wall comes forward);
- on the pack and returns desks everything else goes to that desk's session, badges and
  `CMD:SIGNOUT` included, so each session's own sign-in (with its role check) runs;
- on other screens (the supervisor's figures) a badge or sign-out goes to the pack session,
  which holds the station's sign-in for screens without a session of their own; anything
  else goes to the screen on show."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from station.scans import Command, clean, read_own_code, read_scale_command


class Target(StrEnum):
    DEVICE = "device"
    PACK = "pack"
    RETURNS = "returns"
    SCREEN = "screen"
    SORT_WALL = "sortwall"


# The desks whose session takes every scan made while they are on show.
SESSION_DESKS = {"pack": Target.PACK, "returns": Target.RETURNS}


def is_sign_in_code(text: str) -> bool:
    """A badge, or the sign-out command."""
    own = read_own_code(clean(text))
    return own is not None and (own.badge is not None or own.command is Command.SIGN_OUT)


def route(text: str, desk: str, *, devices: bool = True,
          sort_wall: Callable[[str], bool] | None = None, signed_in: bool = False) -> Target:
    """Where `text`, read while `desk` is on show, goes. With `devices` False (no device
    wiring, as in a window built without the app) a scale command goes to the desk as text.
    `sort_wall` says whether a scan is the sort wall's (a batch tote, a slot label); the
    wall's own desk takes every scan as the screen on show."""
    if devices and read_scale_command(clean(text)) is not None:
        return Target.DEVICE
    if (sort_wall is not None and signed_in and desk != Target.SORT_WALL
            and sort_wall(text)):
        return Target.SORT_WALL
    session = SESSION_DESKS.get(desk)
    if session is not None:
        return session
    return Target.PACK if is_sign_in_code(text) else Target.SCREEN
