"""schemathesis with `--checks all` against the OMS routes of the hub on loopback, with a
KAZE key: every status documented, valid input accepted, invalid input refused, no 5xx."""

from __future__ import annotations

import subprocess

import pytest

from sync.hub import webhooks
from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.oms_keys import add_client
from sync.hub.server import HubThread
from tests.integration.test_hub_schemathesis import ST
from tests.sync_support import SITE

OPERATIONS = [
    ("POST", "/v1/oms/orders"),
    ("GET", "/v1/oms/orders/{order_id}"),
    ("GET", "/v1/oms/events"),
    ("POST", "/v1/oms/webhooks"),
    ("POST", "/v1/oms/orders/{order_id}/cancel"),
    ("POST", "/v1/oms/orders/{order_id}/hold"),
    ("POST", "/v1/oms/orders/{order_id}/address"),
]


@pytest.fixture(scope="module")
def running_hub(tmp_path_factory):
    engine = open_hub_db(str(tmp_path_factory.mktemp("hub") / "hub.sqlite3"))
    seed_demo(engine, SITE)
    _, key = add_client(engine, ["KAZE"])
    app = create_app(engine)
    # A schema-valid URL must be taken: which hosts are refused (they resolve to private
    # addresses, or not at all) is tested in test_webhook_urls.py, not fuzzed here.
    webhooks.use_policy(app, webhooks.DeliveryPolicy(private_urls=True))
    server = HubThread(app).start()
    yield server, app, key
    server.stop()
    engine.dispose()


def test_every_oms_route_is_fuzzed(running_hub):
    _, app, _ = running_hub
    listed = {(method.upper(), path) for path, methods in app.openapi()["paths"].items()
              for method in methods if path.startswith("/v1/oms/")}
    assert listed == set(OPERATIONS)


@pytest.mark.slow
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_schemathesis_with_all_checks_finds_nothing_on_oms_routes(running_hub, tmp_path,
                                                                  method, path):
    server, _, key = running_hub
    run = subprocess.run(
        [str(ST), "run", f"{server.url}/openapi.json",
         "--checks", "all", "--header", f"Authorization: Bearer {key}",
         "--include-name", f"{method} {path}", "--max-examples", "30",
         "--seed", "20261201", "--no-color", "--output-truncate", "false"],
        capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
