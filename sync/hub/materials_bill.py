"""A brand's packing-materials bill for a site, from the events every station pushed: the
same lines and files as a station's `python -m station.materials export`, across stations.

    python -m sync.hub materials-bill --site TYO1 --brand HANA --from 2026-12-01 \\
        --to 2026-12-31 --out bill.xlsx [--materials FILE] [--time-zone Asia/Tokyo]"""

from __future__ import annotations

import json
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select

from station.events.materials import PackingMaterialsRecorded
from station.materials.export import BillLine, lines_of, period
from sync.hub.schema import events


def site_bill_lines(engine: Engine, site: str, brand: str, *, first: date, last: date,
                    zone: ZoneInfo) -> list[BillLine]:
    start, end = period(first, last, zone)
    query = (select(events.c.ts, events.c.type, events.c.payload)
             .where(events.c.site == site, events.c.type == PackingMaterialsRecorded.TYPE,
                    events.c.ts >= start, events.c.ts < end)
             .order_by(events.c.ts, events.c.station, events.c.seq))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return lines_of(((ts, PackingMaterialsRecorded.read(type_, json.loads(payload)))
                     for ts, type_, payload in rows), brand, zone)
