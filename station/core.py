"""Builds the station's core services from settings. Nothing opens at import time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from station import demo
from station.catalogue import Catalogue
from station.clock import Clock, SystemClock
from station.pack.session import PackSession
from station.returns import demo as returns_demo
from station.settings import Settings
from station.signin import SignIn
from station.store import Store, open_store


@dataclass
class StationCore:
    settings: Settings
    store: Store
    catalogue: Catalogue
    clock: Clock
    signin: SignIn
    pack: PackSession

    @property
    def station_id(self) -> str:
        return self.settings.station.id

    def close(self) -> None:
        self.store.close()


def open_core(settings: Settings, clock: Clock | None = None, *, demo_data: bool = True,
              in_memory: bool = False) -> StationCore:
    clock = clock or SystemClock()
    store = open_store(None if in_memory else settings.database_path)
    if demo_data:
        demo.seed(store, clock.now())
        returns_demo.seed(store, clock.now(), settings.station.site)
    catalogue = Catalogue(store.conn)
    signin = SignIn(store, catalogue, clock, settings.station.id,
                    timedelta(minutes=settings.pack.idle_sign_out_minutes))
    pack = PackSession(store, catalogue, clock, signin, settings.pack)
    return StationCore(settings, store, catalogue, clock, signin, pack)
