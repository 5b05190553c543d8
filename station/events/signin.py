"""Who is working at a station: sign-in and sign-out by badge."""

from __future__ import annotations

from station.events.base import EventPayload
from station.limits import Name


class SignedIn(EventPayload):
    TYPE = "SignedIn"
    badge: Name
    role: Name


class SignedOut(EventPayload):
    TYPE = "SignedOut"
    badge: Name
    reason: Name
