"""Builds the station's core services from settings. Nothing opens at import time."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from station.carriers.contracts import default_contracts
from station.catalogue import Catalogue
from station.clock import Clock, SystemClock
from station.instance_lock import DataDirLock
from station.materials.catalogue import load_materials
from station.materials.settings import MaterialsSettings
from station.pack.exception_desk import ExceptionDesk
from station.pack.inserts import DEFAULT_FOLDER, load_folder
from station.pack.session import PackSession
from station.settings import Settings
from station.signin import SignIn
from station.store import Store, open_store

log = logging.getLogger(__name__)


@dataclass
class StationCore:
    settings: Settings
    store: Store
    catalogue: Catalogue
    clock: Clock
    signin: SignIn
    pack: PackSession
    lock: DataDirLock | None = None

    @property
    def station_id(self) -> str:
        return self.settings.station.id

    @property
    def exceptions(self) -> ExceptionDesk:
        """A supervisor's resolve and release of orders in the exception queue."""
        return ExceptionDesk(self.store, self.catalogue, self.clock, self.signin)

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()


def open_core(settings: Settings, clock: Clock | None = None, *, demo_data: bool = True,
              in_memory: bool = False) -> StationCore:
    """Open the station on its data folder, holding the folder's lock until `close()`: a
    second app on the same folder gets `AlreadyRunningError` before it touches the database."""
    clock = clock or SystemClock()
    lock = None if in_memory else DataDirLock.acquire(settings.data_dir)
    store: Store | None = None
    try:
        store = open_store(None if in_memory else settings.database_path)
        if demo_data:
            _seed_demo(store, clock.now(), settings.station.site)
        catalogue = Catalogue(store.conn)
        signin = SignIn(store, catalogue, clock, settings.station.id,
                        timedelta(minutes=settings.pack.idle_sign_out_minutes))
        contracts = default_contracts() if settings.pack.carrier_labels else {}
        inserts = load_folder(Path(settings.pack.inserts_folder) if settings.pack.inserts_folder
                              else DEFAULT_FOLDER)
        for brand_problems in inserts.problems.values():  # also on that brand's pack screen
            for problem in brand_problems:
                log.warning("%s", problem.render())
        materials = load_materials(settings.section("materials", MaterialsSettings).file)
        pack = PackSession(store, catalogue, clock, signin, settings.pack, contracts=contracts,
                           materials=materials, inserts=inserts)
    except BaseException:
        if store is not None:
            store.close()
        if lock is not None:
            lock.release()
        raise
    return StationCore(settings, store, catalogue, clock, signin, pack, lock)


def _seed_demo(store: Store, now: datetime, site: str) -> None:
    """The demo data, into a database that lacks it. The demo modules are imported only then:
    their catalogue and RMAs were a few per cent of every start."""
    conn = store.conn
    if (conn.execute("SELECT count(*) FROM products").fetchone()[0]
            and conn.execute("SELECT count(*) FROM rmas").fetchone()[0]):
        return
    from station import demo
    from station.returns import demo as returns_demo

    demo.seed(store, now)
    returns_demo.seed(store, now, site)
