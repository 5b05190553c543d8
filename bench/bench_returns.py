"""Returns inspection: input effort per item (scans, keystrokes, clicks) on the real screen,
and grading time (rule evaluation, decision, each journaled scan on a SQLite file and in
memory side by side, and the fold a restart does to resume the item in progress).

    /work/venv/bin/python bench/bench_returns.py [--items 200]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QAbstractButton, QApplication

from bench.common import percentile
from scanning.interpret import interpret
from station import journal
from station.clock import FixedClock
from station.core import StationCore, open_core
from station.ids import BrandId
from station.models import Product
from station.returns import demo, rmas
from station.returns.decide import decide
from station.returns.models import Rma, RmaLine
from station.returns.policy import load_policies
from station.returns.session import ReturnsSession
from station.returns.setup import open_returns
from station.settings import load
from ui.returns.screen import ReturnsScreen

INSPECTOR = "BADGE:I-2001"


class Effort:
    """Counts what a person does on the screen: scans, keys typed, buttons clicked."""

    def __init__(self, screen: ReturnsScreen) -> None:
        self.screen = screen
        self.scans = self.answers = self.keys = self.clicks = 0
        for button in screen.findChildren(QAbstractButton):
            button.clicked.connect(self._on_click)

    def _on_click(self) -> None:
        self.clicks += 1

    def scan(self, text: str) -> None:
        self.scans += 1
        self.answers += text.startswith("ANS:")
        self.screen.handle_scan(text)

    def type_note(self, text: str) -> None:
        self.keys += len(text) + 1  # the text and Enter
        self.screen.note.setText(text)
        self.screen.note.returnPressed.emit()


def _core(folder: Path, camera: bool = False) -> tuple[StationCore, ReturnsScreen]:
    core = open_core(load(None, data_dir=folder, environ={}), FixedClock())
    demo.seed(core.store, core.clock.now())
    frame = _png() if camera else None
    screen = ReturnsScreen(open_returns(core, camera=(lambda: frame) if camera else None))
    screen.handle_scan(INSPECTOR)
    return core, screen


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), "grey").save(out, "JPEG")
    return out.getvalue()


def _answers(screen: ReturnsScreen, grade: str) -> list[str]:
    item = screen.session.item
    assert item is not None
    wanted = demo.ANSWERS[(item.checklist.id, grade)]
    return [f"ANS:{wanted[q.id]}" for q in item.checklist.questions]


def _ean(core: StationCore, sku: str) -> str:
    product = core.catalogue.product(sku)  # type: ignore[arg-type]
    assert product is not None
    return product.gtin[1:]


def effort_rows(folder: Path) -> list[tuple[str, Effort, str]]:
    rows = []

    def run(name: str, rma_id: str, body: Callable[[StationCore, Effort, list[str]], None],
            camera: bool = False) -> None:
        core, screen = _core(folder / name.replace(" ", "_"), camera)
        screen.handle_scan(rma_id)  # the parcel scan is per RMA, not per item
        rma = rmas.get_rma(core.store.conn, rma_id)
        assert rma is not None
        effort = Effort(screen)
        body(core, effort, [_ean(core, line.sku) for line in rma.lines])
        outcome = screen.last_outcome
        rows.append((name, effort, outcome.kind.value if outcome else "?"))
        core.close()

    def apparel_middle(core: StationCore, e: Effort, codes: list[str]) -> None:
        e.scan(codes[0])
        for text in _answers(e.screen, "B"):
            e.scan(text)
        e.screen.handle_scan(codes[1])  # the next item's own scan accepts this one's grade

    def last_item(grade: str) -> Callable[[StationCore, Effort, list[str]], None]:
        def body(core: StationCore, e: Effort, codes: list[str]) -> None:
            e.scan(codes[-1])
            for text in _answers(e.screen, grade):
                e.scan(text)
            e.scan("CMD:OK")
        return body

    def override(core: StationCore, e: Effort, codes: list[str]) -> None:
        e.scan(codes[0])
        for text in _answers(e.screen, "A"):
            e.scan(text)
        e.scan("GRADE:C")
        e.scan("WHY:HIDDEN_DAMAGE")

    def with_photo_and_note(core: StationCore, e: Effort, codes: list[str]) -> None:
        e.scan(codes[0])
        e.scan("RET:PHOTO")
        e.type_note("small pull on left sleeve")
        for text in _answers(e.screen, "A"):
            e.scan(text)
        e.scan("CMD:OK")

    run("apparel, not the last item", "RMA-5002", apparel_middle)
    run("apparel, last item of the RMA", "RMA-5001", last_item("A"))
    run("cosmetics, last item of the RMA", "RMA-6001", last_item("A"))
    run("apparel, grade overridden", "RMA-5001", override)
    run("apparel, camera photo and a note", "RMA-5001", with_photo_and_note, camera=True)
    return rows


def _stats(samples: list[float]) -> tuple[float, float]:
    return statistics.median(samples), percentile(samples, 99)


def timing_rows(folder: Path, items: int) -> list[tuple[str, float, float]]:
    policies = load_policies()
    rng = random.Random(5)
    rows = []
    for brand, category in (("KAZE", "tops"), ("HANA", "skincare")):
        checklist = policies[brand].checklist_for(category)
        assert checklist is not None
        sets = [{q.id: rng.choice(q.answers) for q in checklist.questions}
                for _ in range(2000)]
        samples = []
        for _ in range(10):
            start = time.perf_counter_ns()
            for answers in sets:
                checklist.propose(answers)
            samples.append((time.perf_counter_ns() - start) / len(sets) / 1000)
        rows.append((f"rule evaluation, {brand} ({len(checklist.rules)} rules)", *_stats(samples)))
    policy = policies["KAZE"]
    rma = Rma(id="R", site="TYO1", brand="KAZE", order_id="O", customer_name="C",
              lines=(RmaLine(1, "KAZE-X", 1, 3900.0),))
    product = Product(sku="KAZE-X", gtin="04589123000010", brand="KAZE",  # type: ignore[arg-type]
                      name="Tee", category="tops", price=3900)
    samples = []
    for _ in range(2000):
        start = time.perf_counter_ns()
        decide(policy, rma, rma.lines[0], product, unit_no=1, grade_code="B", proposed="B",
               language="ja")
        samples.append((time.perf_counter_ns() - start) / 1000)
    rows.append(("decision (disposition, price, refund, label)", *_stats(samples)))

    for where, in_memory in (("SQLite file, FULL", False), ("in-memory SQLite", True)):
        rows += _session_rows(folder / f"timing-{in_memory}", items, where, in_memory)
    rows.append(_resume_parcel(folder / "resume"))
    return rows


def _resumes(session: ReturnsSession, times: int) -> list[float]:
    """Microseconds each of `times` restarts takes to fold the open RMA back."""
    samples = []
    for _ in range(times):
        start = time.perf_counter_ns()
        session.reload()
        samples.append((time.perf_counter_ns() - start) / 1000)
    return samples


def _resume_parcel(folder: Path) -> tuple[str, float, float]:
    """A typical restart: a two-item parcel, the first graded, the second half answered."""
    core = open_core(load(None, data_dir=folder, environ={}), FixedClock())
    session = open_returns(core)
    rma = rmas.get_rma(core.store.conn, "RMA-5002")
    assert rma is not None
    answers = [f"ANS:{v}" for v in demo.ANSWERS[("apparel", "B")].values()]
    for text in [INSPECTOR, "RMA-5002", _ean(core, rma.lines[0].sku), *answers,
                 _ean(core, rma.lines[1].sku), *answers[:3]]:
        session.scan(interpret(text))
    events = len(journal.for_subject(core.store.conn, "RMA-5002"))
    samples = _resumes(session, 200)
    assert session.item is not None
    assert len(session.item.answers) == 3
    core.close()
    return (f"resume: fold {events} events of a 2-item parcel, SQLite file", *_stats(samples))


def _session_rows(folder: Path, items: int, where: str, in_memory: bool
                  ) -> list[tuple[str, float, float]]:
    """Answer scans and grade commits through the real session; each answer is one journal
    event committed before the scan returns. Then the fold a restart does to resume an item."""
    core = open_core(load(None, data_dir=folder, environ={}), FixedClock(), in_memory=in_memory)
    demo.seed(core.store, core.clock.now())
    session = open_returns(core)
    session.scan(interpret(INSPECTOR))
    products = [p for p in core.catalogue.products(BrandId("KAZE"))
                if not p.serial_controlled][:items]
    with core.store.write() as db:
        rmas.upsert_rma(db.conn, {
            "id": "RMA-BENCH", "site": "TYO1", "brand": "KAZE", "order_id": "ORD-100001",
            "customer_name": "Bench", "lines": [{"sku": p.sku, "quantity": 1} for p in products]})
    session.scan(interpret("RMA-BENCH"))
    answer_scans = [f"ANS:{v}" for v in demo.ANSWERS[("apparel", "B")].values()]
    start_samples, answer_samples, commit_samples = [], [], []
    for number, product in enumerate(products):
        start = time.perf_counter_ns()
        session.scan(interpret(product.gtin[1:]))
        start_samples.append((time.perf_counter_ns() - start) / 1000)
        for text in answer_scans:
            start = time.perf_counter_ns()
            session.scan(interpret(text))
            answer_samples.append((time.perf_counter_ns() - start) / 1000)
        if number == len(products) - 1:
            break   # the last item stays in progress: a restart resumes it
        start = time.perf_counter_ns()
        outcome = session.scan(interpret("CMD:OK"))
        commit_samples.append((time.perf_counter_ns() - start) / 1000)
        assert outcome.result is not None
    events = len(journal.for_subject(core.store.conn, "RMA-BENCH"))
    resume_samples = _resumes(session, 20)
    assert session.item is not None
    assert session.item.proposal is not None
    core.close()
    return [
        (f"item scan: 1 event, {where}", *_stats(start_samples)),
        (f"one answer scan: 1 event, {where}", *_stats(answer_samples)),
        (f"grade accepted: 4 events + unit row, {where}", *_stats(commit_samples)),
        (f"resume: fold {events} events of a {len(products)}-item RMA, {where}",
         *_stats(resume_samples)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        print("Input effort for one item (parcel scan not counted; it is once per RMA)")
        print(f"{'scenario':40} {'scans':>6} {'answers':>8} {'other':>6} {'keys':>5} "
              f"{'clicks':>7}  final outcome")
        for name, e, kind in effort_rows(folder):
            print(f"{name:40} {e.scans:>6} {e.answers:>8} {e.scans - e.answers:>6} {e.keys:>5} "
                  f"{e.clicks:>7}  {kind}")
        print()
        rows = timing_rows(folder, args.items)
        base = rows[0][1]
        print("Grading time (microseconds)")
        print(f"{'step':66} {'median':>10} {'p99':>10} {'x rule':>8}")
        for name, median, p99 in rows:
            print(f"{name:66} {median:>10.1f} {p99:>10.1f} {median / base:>8.0f}")
    del app


if __name__ == "__main__":
    main()
