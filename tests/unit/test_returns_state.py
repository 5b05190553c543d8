"""Folding an RMA's journal events into the item being inspected (no database, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime

from station.events import EventPayload
from station.events import returns as ev
from station.journal import Event, event_of, new_event
from station.models import Product
from station.returns.demo import ANSWERS
from station.returns.models import Rma, RmaLine
from station.returns.policy import load_policies
from station.returns.state import rebuild

POLICY = load_policies()["KAZE"]
TEE = Product(sku="KAZE-TEE", gtin="04589123000010", brand="KAZE",  # type: ignore[arg-type]
              name="Tee", category="tops", price=3900)
RMA = Rma(id="RMA-1", site="TYO1", brand="KAZE", order_id="ORD-1", customer_name="Test",
          lines=(RmaLine(1, "KAZE-TEE", 2, 3900.0),))
UNIT = {"unit": 1, "line_no": 1, "sku": "KAZE-TEE", "serial": None}
AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _event(payload: EventPayload) -> Event:
    return event_of(payload, station="RET-01", user="I-2001", at=AT, subject="RMA-1")


def _photo(unit: int | None, sha256: str) -> Event:
    return _event(ev.PhotoTaken(rma="RMA-1", unit=unit, sha256=sha256, file=f"{sha256}.jpg",
                                source="camera", width=64, height=48))


def _inspected() -> Event:
    return _event(ev.ItemInspected(**UNIT, checklist="apparel", proposed="A", rule="as new"))


def _started(unit: int = 1, checklist: str = "apparel", sku: str = "KAZE-TEE") -> Event:
    return _event(ev.InspectionStarted(unit=unit, line_no=1, sku=sku, serial=None,
                                       checklist=checklist))


def _answered(question: str, answer: str, unit: int = 1) -> Event:
    return _event(ev.ChecklistAnswered(**{**UNIT, "unit": unit}, question=question,
                                       answer=answer))


def _fold(*events: Event):
    known = {TEE.sku: TEE}
    return rebuild(RMA, POLICY, known.get, events)


def _all_answers(grade: str) -> list[Event]:
    return [_answered(q, a) for q, a in ANSWERS[("apparel", grade)].items()]


def test_the_item_is_built_from_its_start_answers_notes_and_photos():
    state = _fold(_started(), _answered("tags", "YES"), _answered("packaging", "NO"),
                  _event(ev.InspectionNoteAdded(**UNIT, note="torn bag")),
                  _photo(1, "ab" * 32))
    item = state.item
    assert item is not None
    assert item.product == TEE
    assert item.line == RMA.lines[0]
    assert item.checklist.id == "apparel"
    assert item.answers == {"tags": "YES", "packaging": "NO"}
    assert item.notes == ["torn bag"]
    assert item.photos == ["ab" * 32]
    assert item.question is not None
    assert item.question.id == "wear"
    assert item.proposal is None


def test_the_last_answer_proposes_the_grade_its_rules_give():
    state = _fold(_started(), *_all_answers("C"))
    assert state.item is not None
    assert state.item.proposal is not None
    assert state.item.proposal.grade == "C"
    assert state.snapshot()["item"]["proposed"] == "C"


def test_an_undone_answer_is_asked_again_and_its_proposal_withdrawn():
    answers = _all_answers("X")
    state = _fold(_started(), *answers,
                  _event(ev.ChecklistAnswerUndone(**UNIT, question="odour", answer="YES")))
    assert state.item is not None
    assert "odour" not in state.item.answers
    assert state.item.proposal is None
    assert state.item.question is not None
    assert state.item.question.id == "odour"


def test_a_graded_or_cancelled_item_is_no_longer_in_progress():
    graded = _fold(_started(), *_all_answers("A"), _inspected())
    cancelled = _fold(_started(), _answered("tags", "YES"),
                      _event(ev.InspectionCancelled(**UNIT, answers=1)))
    assert graded.item is None
    assert cancelled.item is None
    assert graded.snapshot() == {"rma": "RMA-1", "item": None}


def test_the_next_item_starts_with_nothing_of_the_one_before():
    state = _fold(_started(), *_all_answers("A"), _inspected(),
                  _started(unit=2), _answered("tags", "NO", unit=2))
    assert state.item is not None
    assert state.item.unit_no == 2
    assert state.item.answers == {"tags": "NO"}


def test_events_about_another_unit_or_no_unit_change_nothing():
    state = _fold(_started(), _answered("tags", "YES"), _answered("packaging", "NO", unit=7),
                  _photo(None, "cd" * 32))
    assert state.item is not None
    assert state.item.answers == {"tags": "YES"}
    assert state.item.photos == []


def test_an_item_whose_product_is_no_longer_known_is_not_resumed_and_nothing_fails():
    state = _fold(_started(sku="KAZE-GONE"), _answered("tags", "YES"))
    assert state.item is None


def test_a_checklist_renamed_in_the_policy_falls_back_to_the_products_category():
    state = _fold(_started(checklist="apparel-2025"), _answered("tags", "YES"))
    assert state.item is not None
    assert state.item.checklist.id == "apparel"
    assert state.item.answers == {"tags": "YES"}


def test_events_of_other_flows_are_ignored():
    newer = new_event("SomethingNewer", {"unit": 1}, station="RET-01", user=None, at=AT)
    state = _fold(_event(ev.ReturnReceived(rma="RMA-1", brand="KAZE", scanned="RMA-1")),
                  _started(), _event(ev.UnexpectedItemFound(rma="RMA-1", code="X")), newer)
    assert state.item is not None
    assert state.item.answers == {}
