"""A returns station inspecting scripted items, printing `ACK i` once step i is durable.

Run by test_returns_crash.py, which kills it with SIGKILL at random moments. A step is a
barcode, or `NOTE:<text>` (typed on the screen) or `PHOTO:<n>` (a camera frame)."""

from __future__ import annotations

import sys
from pathlib import Path

from station.core import StationCore, open_core
from station.returns import demo, rmas
from station.returns.outcomes import ReturnsOutcome
from station.returns.policy import load_policies
from station.returns.session import ReturnsSession
from station.returns.setup import open_returns
from station.settings import load
from tests.e2e.kill_harness import acknowledge_each
from tests.returns_support import INSPECTOR, item_code, png_bytes, scan

NOTE = "NOTE:"
PHOTO = "PHOTO:"


def _item(core: StationCore, rma_id: str, line_no: int) -> tuple[str, list[str]]:
    """An item's barcode and, per grade, its answer barcodes in the checklist's order."""
    rma = rmas.get_rma(core.store.conn, rma_id)
    assert rma is not None
    sku = rma.lines[line_no - 1].sku
    product = core.catalogue.product(sku)  # type: ignore[arg-type]
    assert product is not None
    checklist = load_policies()[rma.brand].checklist_for(product.category)
    assert checklist is not None
    return item_code(core, sku), [q.id for q in checklist.questions]


def _answers(checklist: str, questions: list[str], grade: str) -> list[str]:
    wanted = demo.ANSWERS[(checklist, grade)]
    return [f"ANS:{wanted[q]}" for q in questions]


def script_for(core: StationCore) -> list[str]:
    """Two parcels: answers with an invalid one, an undo, a note and photos on the way; the
    next item's scan accepting a grade; an override with its reason; a cancelled item."""
    shirt, shirt_q = _item(core, "RMA-5002", 1)
    trousers, trousers_q = _item(core, "RMA-5002", 2)
    cream, cream_q = _item(core, "RMA-6002", 1)
    lotion, lotion_q = _item(core, "RMA-6002", 2)
    shirt_b = _answers("apparel", shirt_q, "B")
    cream_b = _answers("cosmetics", cream_q, "B")
    return [
        INSPECTOR, "RMA-5002",
        shirt, *shirt_b[:2], "ANS:MAYBE", "CMD:UNDO", shirt_b[1], f"{NOTE}pulled thread",
        f"{PHOTO}1", *shirt_b[2:],
        trousers, f"{PHOTO}2", *_answers("apparel", trousers_q, "A"), "GRADE:C",
        "WHY:HIDDEN_DAMAGE",
        "RMA-6002",
        cream, *cream_b[:3], "CMD:CANCEL",
        cream, *cream_b, f"{NOTE}box dented", "CMD:OK",
        lotion, *_answers("cosmetics", lotion_q, "C")[:-1], "CMD:UNDO",
        *_answers("cosmetics", lotion_q, "C")[-2:], "CMD:OK",
    ]


def step(session: ReturnsSession, text: str) -> ReturnsOutcome:
    if text.startswith(NOTE):
        return session.add_note(text.removeprefix(NOTE))
    if text.startswith(PHOTO):
        shade = int(text.removeprefix(PHOTO))
        return session.add_photo(png_bytes(f"#{shade:02x}5a1e"), "camera")
    return scan(session, text)


def main() -> None:
    data_dir = Path(sys.argv[1])
    core = open_core(load(None, data_dir=data_dir, environ={}))
    session = open_returns(core)
    acknowledge_each(script_for(core), lambda text: step(session, text))


if __name__ == "__main__":
    main()
