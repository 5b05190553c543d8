"""Tote matching (station.pack.tote) is pure: reads in, matched/missing/extra out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from station.ids import BrandId, Gtin, OrderId, Sku
from station.models import Address, Order, OrderLine, Product
from station.pack.tote import TagRead, check_tote, strongest_per_tag

TEE = Product(Sku("TEE"), Gtin("04589123000013"), BrandId("KAZE"), "Tee")
CAP = Product(Sku("CAP"), Gtin("04589123000020"), BrandId("KAZE"), "Cap")
SOX = Product(Sku("SOX"), Gtin("04589123000037"), BrandId("KAZE"), "Socks")
ORDER = Order(OrderId("ORD-1"), BrandId("KAZE"), "A", (OrderLine(1, TEE, 2), OrderLine(2, CAP, 1)),
              Address("A"))


def read(epc: str, rssi: float = -45.0, gtin: Product | None = TEE, serial: str = "1"):
    return TagRead(epc, rssi, gtin.gtin if gtin else None, serial)


def test_repeat_reads_of_one_tag_count_once_keeping_the_strongest():
    tags = strongest_per_tag([read("A", -50), read("A", -40), read("B", -60), read("A", -55)])
    assert [(t.epc, t.rssi) for t in tags] == [("A", -40), ("B", -60)]


def test_a_tote_holding_exactly_the_order_is_complete():
    reads = [read("A", serial="1"), read("A", serial="1"), read("B", serial="2"),
             read("C", gtin=CAP, serial="3")]
    check = check_tote(ORDER, reads, min_rssi=-65)
    assert check.complete
    assert len(check.matched) == 3
    assert check.reads == 4
    assert {item.line_no for item in check.matched} == {1, 2}


def test_a_missing_unit_is_reported_against_its_line():
    check = check_tote(ORDER, [read("A"), read("C", gtin=CAP)], min_rssi=-65)
    assert not check.complete
    assert [(m.line.line_no, m.units) for m in check.missing] == [(1, 1)]
    assert check.missing_units == 1


def test_an_item_not_in_the_order_and_a_unit_too_many_are_extra():
    reads = [read("A"), read("B"), read("X"), read("C", gtin=CAP), read("S", gtin=SOX)]
    check = check_tote(ORDER, reads, min_rssi=-65)
    assert sorted(item.epc for item in check.extra) == ["S", "X"]
    assert not check.complete


def test_weak_reads_from_the_neighbouring_station_are_set_aside_as_foreign():
    reads = [read("A"), read("B"), read("C", gtin=CAP), read("N", -80, gtin=SOX)]
    check = check_tote(ORDER, reads, min_rssi=-65)
    assert check.complete
    assert [tag.epc for tag in check.foreign] == ["N"]


def test_tags_that_are_not_trade_items_are_neither_matched_nor_extra():
    reads = [read("A"), read("B"), read("C", gtin=CAP), read("TOTE", gtin=None)]
    check = check_tote(ORDER, reads, min_rssi=-65)
    assert check.complete
    assert [tag.epc for tag in check.not_items] == ["TOTE"]


def test_units_already_packed_by_hand_lower_what_the_tote_must_hold():
    check = check_tote(ORDER, [read("A"), read("C", gtin=CAP)], min_rssi=-65,
                       already_packed={1: 1})
    assert check.complete


def test_an_empty_read_matches_nothing_and_misses_everything():
    check = check_tote(ORDER, [], min_rssi=-65)
    assert not check.complete
    assert check.missing_units == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([TEE, CAP, SOX, None]), st.integers(0, 30),
                          st.floats(-90, -30)), max_size=40))
def test_any_read_adds_up_matched_and_missing_to_the_order(raw):
    reads = [TagRead(f"E{serial}-{product.sku if product else 'X'}", rssi,
                     product.gtin if product else None, str(serial))
             for product, serial, rssi in raw]
    check = check_tote(ORDER, reads, min_rssi=-65)
    assert len(check.matched) + check.missing_units == ORDER.units
    for item in check.matched:
        line = next(line for line in ORDER.lines if line.line_no == item.line_no)
        assert line.product.gtin == item.gtin
    per_line = {line.line_no: 0 for line in ORDER.lines}
    for item in check.matched:
        per_line[item.line_no] += 1
    assert all(per_line[line.line_no] <= line.quantity for line in ORDER.lines)
    assert all(tag.rssi < -65 for tag in check.foreign)
