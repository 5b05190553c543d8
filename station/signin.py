"""Who is at the station: badge sign-in, roles and idle sign-out. Shared by every screen."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from station import journal
from station.catalogue import Catalogue
from station.clock import Clock, iso
from station.errors import StationError
from station.events import EventPayload
from station.events.signin import SignedIn, SignedOut
from station.limits import fits_name
from station.models import Badge, Role
from station.store import Store

log = logging.getLogger("packstation")


@dataclass(frozen=True)
class SignInResult:
    badge: Badge | None
    previous: Badge | None = None


class SignIn:
    """The badge that is signed in at this station. It is kept in `station_state` only so
    that a restart can journal its sign-out: nobody is signed in after a restart."""

    def __init__(self, store: Store, catalogue: Catalogue, clock: Clock, station_id: str,
                 idle_timeout: timedelta) -> None:
        self._store = store
        self._catalogue = catalogue
        self._clock = clock
        self.station_id = station_id
        self.idle_timeout = idle_timeout
        self.badge: Badge | None = None
        self.last_activity: datetime = clock.now()
        # Idle time is measured on the monotonic clock: a wall clock stepped back must not
        # keep a forgotten badge signed in for hours.
        self._last_activity_at: float = clock.monotonic()
        self._listeners: list[Callable[[], None]] = []
        self._restore()

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call `listener` after every sign-in and sign-out, whichever screen caused it."""
        self._listeners.append(listener)

    def _notify(self) -> None:
        """Tell every listener; one that fails is logged and does not stop the others (the
        sign-in itself is already committed)."""
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:
                log.exception("a sign-in listener failed")

    def _restore(self) -> None:
        """A restart signs out whoever was recorded as signed in: a station left alone must
        not stay open to the next person (the open order resumes when its packer signs in
        again). The sign-out is journaled like any other."""
        row = self._store.conn.execute(
            "SELECT value FROM station_state WHERE key = 'signed_in'"
        ).fetchone()
        if not row or not row[0]:
            return
        badge_id = str(json.loads(row[0])["badge"])
        try:
            with self._store.write() as db:
                self._append(SignedOut(badge=badge_id, reason="restart"), self._clock.now(),
                             badge_id)
                db.conn.execute("DELETE FROM station_state WHERE key = 'signed_in'")
        except StationError:
            # A database that cannot be written (read-only, full) keeps the record: the
            # sign-out is journaled at the next start that can write. Nobody is signed in.
            log.warning("could not record the sign-out of %s at start-up", badge_id)

    @property
    def user(self) -> str | None:
        return self.badge.id if self.badge else None

    def has_role(self, *roles: Role) -> bool:
        return self.badge is not None and self.badge.role in roles

    def touch(self) -> None:
        self.last_activity = self._clock.now()
        self._last_activity_at = self._clock.monotonic()

    def sign_in(self, badge_id: str) -> SignInResult:
        """Sign in the badge, signing out whoever was there. Unknown badge: nothing changes."""
        # A badge the hub could not take back is no badge (the feed refuses such ids too).
        badge = self._catalogue.badge(badge_id) if fits_name(badge_id) else None
        if badge is None:
            return SignInResult(None, self.badge)
        previous = self.badge
        now = self._clock.now()
        with self._store.write() as db:
            if previous is not None:
                self._append(SignedOut(badge=previous.id, reason="switched"), now, previous.id)
            self._append(SignedIn(badge=badge.id, role=badge.role.value), now, badge.id)
            db.conn.execute(
                "INSERT OR REPLACE INTO station_state (key, value) VALUES ('signed_in', ?)",
                (json.dumps({"badge": badge.id, "since": iso(now)}),),
            )
        self.badge = badge
        self.last_activity = now
        self._last_activity_at = self._clock.monotonic()
        self._notify()
        return SignInResult(badge, previous)

    def sign_out(self, reason: str = "command") -> Badge | None:
        badge = self.badge
        if badge is None:
            return None
        with self._store.write() as db:
            self._append(SignedOut(badge=badge.id, reason=reason), self._clock.now(), badge.id)
            db.conn.execute("DELETE FROM station_state WHERE key = 'signed_in'")
        self.badge = None
        self._notify()
        return badge

    def idle_expired(self) -> bool:
        idle_for = self._clock.monotonic() - self._last_activity_at
        return self.badge is not None and idle_for >= self.idle_timeout.total_seconds()

    def _append(self, payload: EventPayload, at: datetime, user: str) -> None:
        journal.append(self._store.conn, journal.event_of(
            payload, station=self.station_id, user=user, at=at))
