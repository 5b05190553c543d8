"""Importing a carrier's issued-history file: the tracking numbers it gave our parcels.

Rows are matched by the customer-management number we wrote (お客様管理番号); a number is
checked before it is trusted. A row that matches nothing, a number that is not valid, or a
box that already has another number (or a number already on another box) is reported and
changes nothing: a number is never overwritten by an import. The whole file is one
transaction, each attached number one `TrackingNumberAttached` event; importing the same file
again attaches nothing new."""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass, field

from station import journal
from station.carriers.contracts import Contract, carrier_name
from station.carriers.layouts import Layout
from station.carriers.numbering import Actor
from station.carriers.orders import shipment_of
from station.carriers.tracking import normalise, tracking_problem
from station.catalogue import Catalogue
from station.events.carriers import TrackingNumberAttached
from station.ids import OrderId
from station.messages import Message, msg
from station.store import Store


@dataclass(frozen=True)
class RowProblem:
    line: int
    key: str
    number: str
    message: Message


@dataclass
class ImportReport:
    attached: list[tuple[str, int, str]] = field(default_factory=list)
    unchanged: int = 0
    strangers: list[RowProblem] = field(default_factory=list)
    conflicts: list[RowProblem] = field(default_factory=list)
    invalid: list[RowProblem] = field(default_factory=list)


def read_history(content: bytes, layout: Layout) -> list[tuple[int, str, str]]:
    """(line, key, number) of each row with a key, from the file's header names."""
    text = content.decode(layout.encoding, errors="strict")
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    try:
        key_at = header.index(layout.history.key)
        number_at = header.index(layout.history.number)
    except ValueError:
        raise ValueError(f"the file has no {layout.history.key} or {layout.history.number}"
                         " column") from None
    rows = []
    for line, row in enumerate(reader, start=2):
        if len(row) > max(key_at, number_at) and row[key_at].strip():
            rows.append((line, row[key_at].strip(), normalise(row[number_at])))
    return rows


def _boxes_by_key(conn: sqlite3.Connection, contract: Contract,
                  layout: Layout) -> dict[str, list[tuple[str, int]]]:
    catalogue = Catalogue(conn)
    keys: dict[str, list[tuple[str, int]]] = {}
    for order_id, carrier in conn.execute("SELECT id, carrier FROM orders"):
        if carrier_name(carrier) != contract.carrier:
            continue
        order = catalogue.order(OrderId(order_id))
        if order is None:
            continue
        for key, box_no in layout.keys(shipment_of(conn, order, "")):
            keys.setdefault(key, []).append((order_id, box_no))
    return keys


def import_history(store: Store, contract: Contract, layout: Layout, content: bytes, *,
                   actor: Actor, source: str) -> ImportReport:
    rows = read_history(content, layout)
    report = ImportReport()
    with store.write() as db:
        conn = db.conn
        boxes = _boxes_by_key(conn, contract, layout)
        for line, key, number in rows:
            problem = _attach(conn, contract, boxes.get(key), number, actor=actor,
                              source=source, report=report)
            if problem is None:
                continue
            kind, message = problem
            getattr(report, kind).append(RowProblem(line, key, number, message))
    return report


def _attach(conn: sqlite3.Connection, contract: Contract, boxes: list[tuple[str, int]] | None,
            number: str, *, actor: Actor, source: str,
            report: ImportReport) -> tuple[str, Message] | None:
    if not boxes:
        return "strangers", msg("Carriers", "No parcel of ours has this management number.")
    if not number:
        return None                              # not issued yet: nothing to attach
    if (reason := tracking_problem(contract.carrier, number)) is not None:
        return "invalid", reason
    holder = conn.execute("SELECT order_id, box_no FROM parcels WHERE tracking = ?",
                          (number,)).fetchone()
    if holder is not None:
        if (holder[0], holder[1]) in boxes:
            report.unchanged += 1
            return None
        return "conflicts", msg("Carriers", "{number} is already on {order} box {box}.",
                                number=number, order=holder[0], box=holder[1])
    for order_id, box_no in boxes:
        row = conn.execute("SELECT tracking FROM parcels WHERE order_id = ? AND box_no = ?",
                           (order_id, box_no)).fetchone()
        if row is not None and row[0]:
            continue
        if row is None:
            conn.execute("INSERT INTO parcels (order_id, box_no, ship_date) VALUES (?, ?, ?)",
                         (order_id, box_no, actor.at.date().isoformat()))
        conn.execute("UPDATE parcels SET tracking = ?, tracking_source = 'imported' WHERE"
                     " order_id = ? AND box_no = ?", (number, order_id, box_no))
        event = TrackingNumberAttached(carrier=contract.carrier, order_id=order_id,
                                       box_no=box_no, tracking=number, source=source)
        journal.append(conn, journal.event_of(
            event, station=actor.station,
            user=actor.user, at=actor.at, subject=order_id))
        report.attached.append((order_id, box_no, number))
        return None
    return "conflicts", msg("Carriers", "Every box of this shipment already has another"
                            " number.")
