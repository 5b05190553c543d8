"""The scan of an order's last unit packs it and seals the order in one transaction: a
station killed between the two (found by the crash soak) would come back with the order full
but open, a scan half applied."""

from __future__ import annotations

import pytest

from station import journal
from station.errors import StationError
from station.events.pack import ItemPacked, OrderPacked
from station.pack.outcomes import Kind
from tests.support import ean, find_order, scan


def test_when_the_seal_cannot_be_written_the_last_unit_is_not_packed_either(file_core):
    order = find_order(file_core, serial=False, lot_controlled=False, max_lines=1,
                       max_quantity=1)
    scan(file_core, "BADGE:P-1001")
    assert scan(file_core, order.id).kind is Kind.ORDER_OPENED
    file_core.store.conn.execute(
        "CREATE TEMP TRIGGER refuse_the_seal BEFORE INSERT ON journal"
        f" WHEN NEW.type = '{OrderPacked.TYPE}' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    with pytest.raises(StationError):
        scan(file_core, ean(file_core, order.lines[0].product.sku))
    file_core.store.conn.execute("DROP TRIGGER refuse_the_seal")
    types = [event.type for event in journal.for_subject(file_core.store.conn, order.id)]
    assert ItemPacked.TYPE not in types
    assert file_core.pack.state is not None
    assert file_core.pack.state.packed(order.lines[0].line_no) == 0
    outcome = scan(file_core, ean(file_core, order.lines[0].product.sku))  # the scan again
    assert outcome.kind is Kind.ORDER_COMPLETE
