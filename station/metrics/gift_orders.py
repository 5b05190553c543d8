"""Gift orders and orders with inserts, for the supervisor's table: what each asks (熨斗,
wrapping), where it stands, and how many of its steps the packer has confirmed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from station import journal
from station.events.steps import StepsAssigned
from station.gift import gift_of
from station.pack.steps import rebuild

MAX_ROWS = 500


@dataclass(frozen=True)
class GiftOrderRow:
    order: str
    brand: str
    noshi: str          # 内のし · 内祝 · 山田 · 紅白蝶結び, or "" without one
    wrapping: str
    inserts: int        # flyers and samples assigned when the order was opened
    steps_done: int
    steps: int
    status: str         # "" (not started), packing, packed, exception, stopped, open


def gift_orders(conn: sqlite3.Connection, brand: str | None = None) -> list[GiftOrderRow]:
    """Gift orders, and orders whose opening gave them steps, newest order first."""
    sql = ("SELECT o.id, o.brand, o.gift, coalesce(s.status, '') FROM orders o"
           " LEFT JOIN order_status s ON s.order_id = o.id"
           " WHERE (o.gift <> '{}' OR o.id IN (SELECT subject FROM journal WHERE type = ?))")
    params: list[str] = [StepsAssigned.TYPE]
    if brand is not None:
        sql += " AND o.brand = ?"
        params.append(brand)
    rows = conn.execute(sql + " ORDER BY o.created_at DESC, o.id LIMIT ?",
                        [*params, MAX_ROWS]).fetchall()
    found = []
    for order_id, order_brand, gift_json, status in rows:
        gift = gift_of(json.loads(gift_json or "{}"))
        steps = rebuild(journal.for_subject(conn, order_id)) if status else rebuild(())
        found.append(GiftOrderRow(
            order=order_id, brand=order_brand,
            noshi=gift.noshi.summary_ja() if gift and gift.noshi else "",
            wrapping=gift.wrapping if gift else "",
            inserts=sum(step.id.startswith("insert:") for step in steps.steps),
            steps_done=sum(steps.is_done(step) for step in steps.steps),
            steps=len(steps.steps), status=status))
    return found
