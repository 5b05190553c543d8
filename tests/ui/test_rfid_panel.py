"""The RFID tote panel on the real core: a read runs off the GUI thread and shows matched,
missing and extra items; a dropped reader shows its message."""

from __future__ import annotations

from scanning.rfid.demo import tote_epcs
from scanning.rfid.simulated import SimulatedReader
from scanning.rfid.tote import ToteVerifier
from station.demo import APPAREL
from station.pack.outcomes import Kind
from station.pack.tote_packing import pack_matched
from tests.support import find_order, scan
from ui.scanning.rfid_panel import RfidTotePanel


def panel_for(qtbot, core, reader, work):
    verifier = ToteVerifier(reader)

    def describe(gtin: str) -> str:
        product = core.catalogue.product_by_gtin(gtin)
        return product.name if product else gtin

    panel = RfidTotePanel(lambda: verifier.read(core.pack), work, describe)
    qtbot.addWidget(panel)
    return panel


def open_order(core):
    assert scan(core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(core, brand=APPAREL, min_lines=3, max_lines=4)
    scan(core, order.id)
    return order


def test_a_full_tote_lists_every_item_as_matched_and_packs_from_one_read(qtbot, core,
                                                                       background_work):
    order = open_order(core)
    panel = panel_for(qtbot, core, SimulatedReader(tote=tote_epcs(order)), background_work)
    panel.checked.connect(lambda result: pack_matched(core.pack, result.check))
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.read_button.click()
    assert panel.matched.count() == order.units
    assert panel.missing.count() == panel.extra.count() == 0
    assert "All" in panel.summary.text()
    assert core.pack.order is None


def test_missing_and_extra_items_are_shown_apart(qtbot, core, background_work):
    order = open_order(core)
    other = tote_epcs(find_order(core, brand=APPAREL, min_lines=5), first_serial=7000)[:2]
    reader = SimulatedReader(tote=tote_epcs(order)[1:] + other)
    panel = panel_for(qtbot, core, reader, background_work)
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.read()
    assert panel.missing.count() == 1
    assert panel.missing.item(0).text().startswith("1 × ")
    assert panel.extra.count() == 2
    assert "1 missing, 2 extra" in panel.summary.text()


def test_a_reader_dropping_its_connection_shows_what_to_do(qtbot, core, background_work):
    order = open_order(core)
    reader = SimulatedReader(tote=tote_epcs(order), drop_after=1)
    panel = panel_for(qtbot, core, reader, background_work)
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.read()
    assert "dropped its connection" in panel.summary.text()
    assert panel.read_button.isEnabled()


def test_tags_that_are_not_items_are_named_beside_a_full_tote(qtbot, core, background_work):
    from scanning.rfid import epc

    order = open_order(core)
    tote_tag = epc.encode_grai96("045891230000131001", 0, 9)   # the tote's own GRAI
    pallet = epc.encode_sscc96("045891230000000013", 2, 9)
    plus = "F7" + tote_epcs(order)[0][2:]                      # an SGTIN+ tag: named only
    panel = panel_for(qtbot, core, SimulatedReader(tote=[*tote_epcs(order), tote_tag, pallet,
                                                         plus]), background_work)
    with qtbot.waitSignal(panel.checked, timeout=10_000) as done:
        panel.read()
    assert sorted(done.args[0].others) == ["GRAI-96", "SGTIN+", "SSCC-96"]
    assert panel.extra.count() == 0
    assert f"All {order.units} items" in panel.summary.text()
    assert "Also read, not items: GRAI-96 × 1, SGTIN+ × 1, SSCC-96 × 1." in panel.summary.text()
