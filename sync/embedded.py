"""The embedded default: with no hub configured, the app starts one in-process (a uvicorn
thread on a loopback port, its SQLite file in the data directory), seeded with the demo data
and a token for this station, so sync can be seen working in the demo."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.server import HubThread
from sync.hub.stations import add_station

HUB_FILE = "hub.sqlite3"
TOKEN_FILE = "hub-token"


def start_embedded_hub(data_dir: Path, station_id: str,
                       site: str) -> tuple[str, str, Callable[[], None]]:
    """Start the in-process hub. Returns (url, token, stop)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = open_hub_db(str(data_dir / HUB_FILE))
    seed_demo(engine, site)
    token = _token(data_dir / TOKEN_FILE)
    add_station(engine, site, station_id, token)
    server = HubThread(create_app(engine)).start()

    def stop() -> None:
        server.stop()
        engine.dispose()

    return server.url, token, stop


def _token(path: Path) -> str:
    """The embedded station's token, kept beside the hub's database (readable by its owner
    only); the hub itself stores only its hash."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token)
    return token
