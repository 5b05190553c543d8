"""Helpers for the returns tests: a returns session on the real core, demo answers as scans."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image

from scanning.interpret import interpret
from station.core import StationCore
from station.returns import demo
from station.returns.outcomes import ReturnsOutcome
from station.returns.session import ReturnsSession
from station.returns.setup import open_returns

INSPECTOR = "BADGE:I-2001"


def returns_session(core: StationCore, camera=None) -> ReturnsSession:
    demo.seed(core.store, core.clock.now(), core.settings.station.site)
    return open_returns(core, camera)


def scan(session: ReturnsSession, text: str) -> ReturnsOutcome:
    return session.scan(interpret(text))


def ean(core: StationCore, sku: str) -> str:
    product = core.catalogue.product(sku)  # type: ignore[arg-type]
    assert product is not None
    return product.gtin[1:]


def item_code(core: StationCore, sku: str, lot: str = "L-RET1",
              expiry: date = date(2027, 12, 31)) -> str:
    """What the inspector scans on the item: its GS1-128 code with lot and expiry when the
    product is lot-controlled (the station asks for them), else its EAN-13."""
    product = core.catalogue.product(sku)  # type: ignore[arg-type]
    assert product is not None
    if not product.lot_controlled:
        return product.gtin[1:]
    return f"01{product.gtin}17{expiry:%y%m%d}10{lot}"


def answer_scans(session: ReturnsSession, grade: str) -> list[str]:
    """The answer barcodes that grade the item being inspected as `grade`."""
    assert session.item is not None
    answers = demo.ANSWERS[(session.item.checklist.id, grade)]
    return [f"ANS:{answers[q.id]}" for q in session.item.checklist.questions]


def inspect(session: ReturnsSession, code: str, grade: str) -> list[ReturnsOutcome]:
    """Scan an item and answer its checklist so the rules propose `grade`."""
    outcomes = [scan(session, code)]
    outcomes += [scan(session, text) for text in answer_scans(session, grade)]
    return outcomes


def png_bytes(colour: str = "red", size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()
