"""The hub's API fuzzed from its own OpenAPI description (schemathesis): whatever a client
sends, with or without a valid token, the hub never answers 5xx."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from sync.hub.app import create_app
from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.stations import add_station
from tests.sync_support import SITE

TOKEN = "fuzz-station-token-0123456789abcdefghijklmnopqrstuvwxyz"


def test_no_request_makes_the_hub_fail_with_a_server_error(tmp_path):
    engine = open_hub_db(str(tmp_path / "hub.sqlite3"))
    seed_demo(engine, SITE)
    add_station(engine, SITE, "FUZZ-01", TOKEN)
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(engine))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6
    calls: list[object] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
        def no_server_error(case):
            calls.append(case)
            if len(calls) % 3:
                # Most requests come as the station itself, so they get past the 403s.
                _as_the_station(case)
            response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
            case.validate_response(response, checks=[not_a_server_error])

        no_server_error()
    engine.dispose()


def _as_the_station(case) -> None:
    if case.path_parameters and "site" in case.path_parameters:
        case.path_parameters["site"] = SITE
    if isinstance(case.body, dict) and isinstance(case.body.get("events"), list):
        for event in case.body["events"]:
            if isinstance(event, dict):
                event["station"] = "FUZZ-01"
