"""schemathesis, run as its CLI with `--checks all` against the hub on loopback: on every
station route it finds nothing (every status documented, valid input accepted, invalid input
refused, `Allow` right on a 405, no 5xx). Bounded examples and a fixed seed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.server import HubThread
from sync.hub.stations import add_station
from tests.sync_support import SITE

TOKEN = "fuzz-station-token-0123456789abcdefghijklmnopqrstuvwxyz"
ST = Path(sys.executable).parent / "st"
CONFIG = f"""
[parameters]
"path.site" = "{SITE}"          # the station's own site, so requests get past the 403

# A file's bytes must have the SHA-256 its path names: a rule between two parameters that no
# OpenAPI schema can state, so the 422 for other bytes is an expected answer to "valid" data.
[[operations]]
include-name = "PUT /v1/sites/{{site}}/files/{{sha256}}"
checks.positive_data_acceptance.expected-statuses = [200, 201, 401, 403, 413, 422]
"""
OPERATIONS = [
    ("POST", "/v1/sites/{site}/events"),
    ("GET", "/v1/sites/{site}/feed"),
    ("GET", "/v1/sites/{site}/snapshot"),
    ("PUT", "/v1/sites/{site}/files/{sha256}"),
    ("GET", "/v1/sites/{site}/files/{sha256}"),
    ("GET", "/v1/sites/{site}/throughput"),
    ("POST", "/v1/sites/{site}/number-blocks"),
]


@pytest.fixture(scope="module")
def running_hub(tmp_path_factory):
    engine = open_hub_db(str(tmp_path_factory.mktemp("hub") / "hub.sqlite3"))
    seed_demo(engine, SITE)
    add_station(engine, SITE, "FUZZ-01", TOKEN)
    app = create_app(engine)
    server = HubThread(app).start()
    yield server, app
    server.stop()
    engine.dispose()


def test_every_station_route_is_fuzzed(running_hub):
    _, app = running_hub
    listed = {(method.upper(), path) for path, methods in app.openapi()["paths"].items()
              for method in methods if path.startswith("/v1/sites/")}
    assert listed == {tuple(p.values if hasattr(p, "values") else p) for p in OPERATIONS}


@pytest.mark.slow
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_schemathesis_with_all_checks_finds_nothing(running_hub, tmp_path, method, path):
    server, _ = running_hub
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG, encoding="utf-8")
    run = subprocess.run(
        [str(ST), "--config-file", str(config), "run", f"{server.url}/openapi.json",
         "--checks", "all", "--header", f"Authorization: Bearer {TOKEN}",
         "--include-name", f"{method} {path}", "--max-examples", "30",
         "--seed", "20261201", "--no-color", "--output-truncate", "false"],
        capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
