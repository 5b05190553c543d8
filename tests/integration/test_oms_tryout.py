"""What a brand's developer and a 3PL's IT person ran into following docs/oms.md against a
real hub (issue 12's try-out), each pinned on the real hub over loopback."""

from __future__ import annotations

import pytest

from station.limits import MAX_TEXT
from tests import sync_support
from tests.integration import test_oms_api
from tests.integration.test_oms_api import an_order

hub = sync_support.hub
postgres = sync_support.postgres
kaze = test_oms_api.kaze


def view(oms, order_id: str) -> dict:
    response = oms.http.get(f"/v1/oms/orders/{order_id}")
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("cancelled", ["no", "false", 0, 1, {"x": 1}])
def test_cancelled_that_is_not_a_boolean_is_refused_not_read_as_a_cancellation(hub, kaze,
                                                                               cancelled):
    (result,) = kaze.post(an_order("W-1", cancelled=cancelled))
    assert result["status"] == "rejected"
    assert any("cancelled must be true or false" in p for p in result["problems"]), result
    assert kaze.http.get("/v1/oms/orders/W-1").status_code == 404
    (result,) = kaze.post(an_order("W-1", cancelled=False))
    assert result["status"] == "created"
    assert view(kaze, "W-1")["status"] == "waiting"


@pytest.mark.parametrize("hold", [{"x": 1}, ["payment"], 3, "x" * (MAX_TEXT + 1)])
def test_a_hold_that_is_not_a_short_text_is_refused(hub, kaze, hold):
    (result,) = kaze.post(an_order("W-1", hold=hold))
    assert result["status"] == "rejected", result
    assert any(p.endswith("hold must be a text of up to"
                          f" {MAX_TEXT} characters (empty: not held)")
               for p in result["problems"]), result


@pytest.mark.parametrize(("ship_to", "says"), [
    ({"postcode": {"a": 1}, "city": "渋谷区"}, "ship_to postcode must be a text"),
    ({"postcode": 1500001, "city": "渋谷区"}, "ship_to postcode must be a text"),
    ({"postcode": "150-0001", "street": "x" * (MAX_TEXT + 1)},
     f"ship_to street is longer than {MAX_TEXT} characters"),
    ({"postcode": "150-0001", "zip": "150-0001"}, "ship_to has unknown field(s) zip"),
])
def test_an_address_the_stations_could_not_use_is_refused_with_the_field(hub, kaze, ship_to,
                                                                         says):
    (result,) = kaze.post(an_order("W-1", ship_to=ship_to))
    assert result["status"] == "rejected", result
    assert any(says in p for p in result["problems"]), result
