"""Carrier orders at the bench: the seal with the contract's checks and issued numbers
against the plain seal, and the label check from scan to outcome (a right label, a wrong
label and its OK), on a station file with the demo data.

    ./dev bench bench_shipflow    (or, from the project root: python -m bench.bench_shipflow)
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.common import median, percentile, print_table
from scanning.interpret import interpret
from station.carriers.contracts import carrier_name, default_contracts
from station.carriers.numbering import Actor, receive_block
from station.carriers.tracking import with_check_digit
from station.clock import FixedClock
from station.core import StationCore, open_core
from station.ids import OrderId
from station.models import Order
from station.settings import load

FIRST = 99000000000
WRONG_LABELS = 200
YAMATO = default_contracts()["yamato"]


def _core(folder: Path, carrier_labels: bool) -> StationCore:
    settings = load(None, data_dir=folder, environ={})
    settings = replace(settings, pack=replace(settings.pack, carrier_labels=carrier_labels))
    core = open_core(settings, FixedClock())
    receive_block(core.store, YAMATO.number_kind, FIRST, FIRST + 9999,
                  Actor("BENCH", None, core.clock.now()))
    return core


def _orders(core: StationCore) -> list[Order]:
    found = []
    for order_id in core.catalogue.order_ids():
        order = core.catalogue.order(OrderId(order_id))
        assert order is not None
        if (carrier_name(order.carrier) == "yamato" and order.service == "TA-Q-BIN"
                and not order.cancelled and not order.hold
                and all(not line.product.serial_controlled and not line.product.lot_controlled
                        and line.quantity < 4 for line in order.lines)):
            found.append(order)
    return found


def _ms(core: StationCore, text: str) -> float:
    t0 = time.perf_counter()
    core.pack.scan(interpret(text))
    return (time.perf_counter() - t0) * 1000


def _pack_and_time_seal(core: StationCore, order: Order) -> float:
    core.pack.scan(interpret(order.id))
    codes = [line.product.gtin[1:] for line in order.lines for _ in range(line.quantity)]
    for code in codes[:-1]:
        core.pack.scan(interpret(code))
    return _ms(core, codes[-1])


def _seals(carrier_labels: bool) -> tuple[list[float], list[float]]:
    """Seal every plain Yamato demo order; with carrier labels also scan each label."""
    seals: list[float] = []
    right: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        core = _core(Path(folder), carrier_labels)
        core.pack.scan(interpret("BADGE:P-1001"))
        for index, order in enumerate(_orders(core)):
            seals.append(_pack_and_time_seal(core, order))
            if carrier_labels:
                right.append(_ms(core, with_check_digit(FIRST + index)))
        core.close()
    return seals, right


def _alarms() -> tuple[list[float], list[float]]:
    wrong: list[float] = []
    ok: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        core = _core(Path(folder), True)
        core.pack.scan(interpret("BADGE:P-1001"))
        _pack_and_time_seal(core, _orders(core)[0])
        stranger = with_check_digit(FIRST + 9000)
        for _ in range(WRONG_LABELS):
            wrong.append(_ms(core, stranger))
            ok.append(_ms(core, "CMD:OK"))
        core.close()
    return wrong, ok


def run() -> None:
    plain, _ = _seals(carrier_labels=False)
    carrier, right = _seals(carrier_labels=True)
    wrong, ok = _alarms()
    header = ["operation", "n", "median ms", "p99 ms"]
    print_table("Sealing: the last unit's scan to its outcome (SQLite file)", header, [
        ["plain seal (generic label)", len(plain), median(plain), percentile(plain, 99)],
        ["seal with the contract check and issued numbers", len(carrier), median(carrier),
         percentile(carrier, 99)]])
    print_table("Label check: scan to outcome (SQLite file)", header, [
        ["right label -> shipment confirmed", len(right), median(right), percentile(right, 99)],
        ["wrong label -> alarm", len(wrong), median(wrong), percentile(wrong, 99)],
        ["CMD:OK -> alarm cleared", len(ok), median(ok), percentile(ok, 99)]])


if __name__ == "__main__":
    run()
