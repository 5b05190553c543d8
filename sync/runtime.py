"""What the composition root calls: read `[hub]`, start the embedded hub when none is
configured, and run the worker in the background."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from station.clock import Clock
from station.inbox.records import InboxResult
from station.settings import Settings
from sync.client import HubClient
from sync.embedded import start_embedded_hub
from sync.settings import HubSettings
from sync.worker import SyncWorker


@dataclass
class RunningSync:
    worker: SyncWorker
    url: str
    embedded: bool
    _stop_hub: Callable[[], None] | None = None
    token: str = ""   # the station's token at this hub (the site view asks with it)

    def stop(self) -> None:
        self.worker.stop()
        if self._stop_hub is not None:
            self._stop_hub()


def start_sync(settings: Settings, clock: Clock | None = None,
               on_inbox: Callable[[InboxResult], None] | None = None) -> RunningSync:
    hub = settings.section("hub", HubSettings)
    stop_hub = None
    url, token = hub.url, hub.token
    if not url:
        url, token, stop_hub = start_embedded_hub(settings.data_dir, settings.station.id,
                                                  settings.station.site)
    try:
        client = HubClient(url, token, settings.station.site, timeout_s=hub.timeout_s)
        worker = SyncWorker(settings.database_path, client, hub, clock=clock,
                            on_inbox=on_inbox, photos_dir=settings.data_dir / "photos")
        worker.start()
    except BaseException:
        if stop_hub is not None:
            stop_hub()  # do not leave the embedded hub running behind a worker that failed
        raise
    return RunningSync(worker, url, stop_hub is not None, stop_hub, token)
