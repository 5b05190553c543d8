"""A station process for the SIGKILL trials: drains its journal to the hub in small batches
until killed (or done). Run as `python -m tests.sync_child DB URL TOKEN SITE`."""

from __future__ import annotations

import sys
from pathlib import Path

from sync.client import HubClient, HubUnavailableError
from sync.settings import HubSettings
from sync.worker import SyncWorker


def main() -> int:
    db, url, token, site = sys.argv[1:5]
    worker = SyncWorker(Path(db), HubClient(url, token, site, timeout_s=5),
                        HubSettings(batch_size=7))
    print("ready", flush=True)
    while True:
        try:
            if worker.drain() == 0:
                return 0
        except HubUnavailableError:
            continue


if __name__ == "__main__":
    sys.exit(main())
