"""A return authorisation pulled from the hub becomes an RMA the returns screen can open."""

from __future__ import annotations

from station.inbox.apply import apply_page
from station.inbox.records import FeedRecord, RecordKind
from station.returns import rmas


def rma_record(position: int, **data) -> FeedRecord:
    return FeedRecord(position=position, kind=RecordKind.RMA, key=str(data.get("id")),
                      data=data)


def test_a_pulled_rma_is_ready_to_receive_at_the_returns_station(file_core, clock):
    order = file_core.catalogue.order("ORD-100003")
    record = rma_record(
        1, id="RMA-9001", site="TYO1", brand=order.brand, order_id=order.id,
        customer_name=order.customer_name, reason="too_small", wants="refund",
        lines=[{"line_no": 1, "sku": order.lines[0].product.sku, "quantity": 1}])
    result = apply_page(file_core.store, [record], new_cursor=1, now=clock.now())
    assert result.applied == 1
    assert result.problems == 0
    found = rmas.get_rma(file_core.store.conn, "RMA-9001")
    assert found is not None
    assert found.lines[0].sku == order.lines[0].product.sku


def test_an_rma_the_returns_feature_cannot_use_is_kept_as_an_inbox_problem(file_core, clock):
    record = rma_record(2, id="RMA-9002", site="TYO1", brand="KAZE")
    result = apply_page(file_core.store, [record], new_cursor=2, now=clock.now())
    assert result.problems == 1
    reason = file_core.store.conn.execute(
        "SELECT reason FROM inbox_problems WHERE key = 'RMA-9002'").fetchone()[0]
    assert "order_id" in reason
