"""What every session's recorder shares (pack, returns, sort wall): the store it writes to,
the clock and sign-in that stamp each event, and the fold it hands each appended event to, so
the session's memory follows the journal step by step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from station import journal
from station.clock import Clock
from station.events import EventPayload
from station.signin import SignIn
from station.store import Store


class SessionRecorder:
    def __init__(self, store: Store, clock: Clock, signin: SignIn,
                 on_event: Callable[[journal.Event], None]) -> None:
        self._store = store
        self._clock = clock
        self._signin = signin
        self._on_event = on_event

    @property
    def conn(self) -> sqlite3.Connection:
        return self._store.conn

    def _event(self, payload: EventPayload, subject: str) -> journal.Event:
        """`payload` as an event of this station, by whoever is signed in, now."""
        return journal.event_of(payload, station=self._signin.station_id,
                                user=self._signin.user, at=self._clock.now(), subject=subject)
