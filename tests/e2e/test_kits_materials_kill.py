"""Kill -9 a real station packing an order with kits and packing materials (issue 14 items 3
and 5): on restart the loose kit parts, the kits packed, the materials scanned and the bill
are exactly those of the scans it acknowledged, plus at most the one under way, wholly or
not; finishing the order then bills it once and counts every kit once."""

from __future__ import annotations

import json
import random
from pathlib import Path

from station import journal
from station.clock import FixedClock
from station.core import StationCore, open_core
from station.demo import APPAREL
from station.events.materials import MaterialScanned, PackingMaterialsRecorded
from station.events.pack import ItemPacked
from station.pack import kits
from station.settings import load
from tests.e2e.kill_harness import run_in_lockstep_and_kill
from tests.support import ean, payloads, scan

ORDER_ID = "ORD-100243"   # two sock sets (KAZE-SET-SOX3) and a tee
SET = f"{APPAREL}-SET-SOX3"
BLACK, NAVY, GREY = (f"{APPAREL}-SOX-{colour}-F" for colour in ("BLK", "NVY", "GRY"))


def script(core: StationCore) -> list[str]:
    order = core.catalogue.order(ORDER_ID)
    assert order is not None
    assert order.lines[0].product.sku == SET
    tee = order.lines[1].product.sku
    return ["BADGE:P-1001", ORDER_ID, "MAT:GIFTWRAP", ean(core, BLACK), ean(core, NAVY),
            ean(core, SET), ean(core, BLACK), ean(core, NAVY), ean(core, GREY), "QTY:2",
            "MAT:AIR", ean(core, tee)]


def picture(core: StationCore) -> tuple[object, ...]:
    """What must survive: the order's status, kits and units packed, loose parts, material
    scans and the bill."""
    conn = core.store.conn
    events = journal.for_subject(conn, ORDER_ID)
    loose = {line: dict(parts) for line, parts in kits.loose_parts(events).items()}
    packed = sorted((p.sku, p.quantity) for p in payloads(conn, ItemPacked, ORDER_ID))
    scanned = [(m.code, m.quantity) for m in payloads(conn, MaterialScanned, ORDER_ID)]
    bills = len(payloads(conn, PackingMaterialsRecorded, ORDER_ID))
    status = conn.execute("SELECT status FROM order_status WHERE order_id = ?",
                          (ORDER_ID,)).fetchone()
    return (status[0] if status else None, packed, loose, scanned, bills)


def reference(folder: Path, texts: list[str]) -> list[tuple[object, ...]]:
    """The picture after each number of scans, from a station that is never killed."""
    core = open_core(load(None, data_dir=folder, environ={}), FixedClock(), in_memory=True)
    try:
        pictures = [picture(core)]
        for text in texts:
            scan(core, text)
            pictures.append(picture(core))
        return pictures
    finally:
        core.close()


def test_a_kit_and_materials_order_killed_at_each_step_resumes_and_bills_once(tmp_path):
    rng = random.Random(20261214)
    probe = open_core(load(None, data_dir=tmp_path / "probe", environ={}), FixedClock(),
                      in_memory=True)
    texts = script(probe)
    probe.close()
    expected = reference(tmp_path / "reference", texts)
    assert expected[-1][0] == "packed"
    path = tmp_path / "script.json"
    path.write_text(json.dumps(texts))
    for trial, kill_after in enumerate(range(1, len(texts) - 1)):
        data_dir = tmp_path / f"trial{trial}"
        kill = run_in_lockstep_and_kill(
            "tests.e2e.crash_child", [str(data_dir), str(path)], steps=len(texts),
            kill_after=kill_after, in_flight=trial % 2 == 1, rng=rng)
        done = len(kill.acked)
        core = open_core(load(None, data_dir=data_dir, environ={}))
        try:
            seen = picture(core)
            if seen != expected[done]:
                assert kill.in_flight, f"after {done} acked scans: {seen} != {expected[done]}"
                assert seen == expected[done + 1], f"{seen} is neither after {done} nor one more"
                done += 1
            scan(core, "BADGE:P-1001")
            if texts[done - 1].startswith("QTY:"):
                done -= 1  # a quantity waiting for its scan is not kept over a restart
            for text in texts[max(done, 1):]:
                if text != ORDER_ID or core.pack.order is None:
                    scan(core, text)
            assert picture(core) == expected[-1], f"trial {trial} killed after {kill_after}"
        finally:
            core.close()
