"""A returns station restarted mid-item resumes it exactly: every accepted answer, undo, note
and photo is in the journal before the scan returns, and a new session folds them back."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from station import journal
from station.clock import FixedClock
from station.core import open_core
from station.errors import StorageError
from station.events.returns import (
    ChecklistAnswered,
    ChecklistAnswerUndone,
    InspectionCancelled,
    InspectionStarted,
    ItemInspected,
)
from station.returns import demo, rmas
from station.returns.outcomes import ReturnsKind as K
from station.returns.setup import open_returns
from station.returns.state import rebuild
from station.settings import load
from tests.returns_support import INSPECTOR, answer_scans, item_code, png_bytes, scan
from tests.support import payloads


@pytest.fixture
def station(settings, clock):
    """Starts a station process on the same database file; each call is a restart."""
    opened = []

    def start():
        core = open_core(settings, clock)
        opened.append(core)
        return core, open_returns(core)

    yield start
    for core in opened:
        core.close()


def _codes(core, rma_id: str) -> list[str]:
    rma = rmas.get_rma(core.store.conn, rma_id)
    assert rma is not None
    return [item_code(core, line.sku) for line in rma.lines]


def _events(core, rma_id: str, kind: str) -> list[journal.Event]:
    return [e for e in journal.for_subject(core.store.conn, rma_id) if e.type == kind]


def _opened(station, rma_id: str = "RMA-5002"):
    core, session = station()
    assert scan(session, INSPECTOR).kind is K.SIGNED_IN
    assert scan(session, rma_id).kind is K.RMA_OPENED
    return core, session


def _midway(station, grade: str, answered: int, rma_id: str = "RMA-5002"):
    """The RMA open, its first item scanned and `answered` of the answers for `grade` given."""
    core, session = _opened(station, rma_id)
    scan(session, _codes(core, rma_id)[0])
    answers = answer_scans(session, grade)
    for text in answers[:answered]:
        assert scan(session, text).kind in {K.ANSWERED, K.GRADE_PROPOSED}
    return core, session, answers


def test_a_restarted_station_resumes_the_item_with_its_answers_notes_and_photos(station):
    core, session, answers = _midway(station, "B", 3)
    assert session.add_note("left sleeve pulled").kind is K.NOTE_ADDED
    photo = png_bytes("orange")
    assert session.add_photo(photo, "camera").kind is K.PHOTO_TAKEN
    assert session.parcel is not None
    before = session.parcel.snapshot()

    _, again = station()

    assert again.parcel is not None
    assert again.parcel.snapshot() == before
    assert again.item is not None
    assert again.item.product.sku == session.item.product.sku
    assert again.item.question == session.item.question
    assert again.signin.badge is None  # a restart signs everyone out; the item waits
    assert scan(again, INSPECTOR).kind is K.RESUMED  # says where it stopped, not a bare "Signed in"
    for text in answers[3:]:
        scan(again, text)
    graded = scan(again, "CMD:OK")
    assert graded.kind is K.ITEM_GRADED
    assert graded.result is not None
    assert graded.result.grade == "B"
    (inspected,) = _events(core, "RMA-5002", ItemInspected.TYPE)
    item = inspected.read(ItemInspected)
    assert item.answers == demo.ANSWERS[("apparel", "B")]
    assert item.notes == ("left sleeve pulled",)
    assert item.photos == (hashlib.sha256(photo).hexdigest(),)


def test_a_complete_checklist_resumes_with_the_same_proposed_grade(station):
    core, session, _ = _midway(station, "C", 5, "RMA-6002")
    last_answer = _events(core, "RMA-6002", ChecklistAnswered.TYPE)[-1]
    assert last_answer.read(ChecklistAnswered).proposed == "C"

    _, again = station()

    assert again.item is not None
    assert again.item.proposal is not None
    assert again.item.proposal == session.item.proposal
    assert again.item.proposal.grade == last_answer.read(ChecklistAnswered).proposed
    assert scan(again, INSPECTOR).kind is K.RESUMED
    outcome = scan(again, "CMD:OK")
    assert outcome.kind is K.ITEM_GRADED
    assert outcome.result is not None
    assert outcome.result.grade == "C"


def test_every_answer_is_committed_before_its_scan_returns(station, settings):
    _core, session, _ = _midway(station, "A", 0)
    reader = sqlite3.connect(settings.database_path)
    try:
        for number, text in enumerate(answer_scans(session, "A"), start=1):
            question = session.item.question
            scan(session, text)
            rows = payloads(reader, ChecklistAnswered, "RMA-5002")
            assert len(rows) == number
            last = rows[-1]
            assert (last.question, last.answer, last.unit, last.line_no, last.sku) == (
                question.id, text.removeprefix("ANS:"), 1, 1, session.item.product.sku)
    finally:
        reader.close()


def test_an_undone_answer_stays_undone_after_a_restart(station):
    core, session, _ = _midway(station, "A", 3)
    assert scan(session, "CMD:UNDO").kind is K.ANSWER_UNDONE
    (undone,) = _events(core, "RMA-5002", ChecklistAnswerUndone.TYPE)
    undo = undone.read(ChecklistAnswerUndone)
    assert (undo.question, undo.answer) == ("wear", "NO")

    _, again = station()

    assert again.item is not None
    assert list(again.item.answers) == ["tags", "packaging"]
    assert again.item.question is not None
    assert again.item.question.id == "wear"


def test_a_cancelled_inspection_does_not_come_back_after_a_restart(station):
    core, session, _ = _midway(station, "A", 1)
    first, _ = _codes(core, "RMA-5002")
    assert scan(session, "CMD:CANCEL").kind is K.CANCELLED
    assert _events(core, "RMA-5002", InspectionCancelled.TYPE)[0].read(
        InspectionCancelled).answers == 1

    _, again = station()

    assert again.rma is not None
    assert again.rma.id == "RMA-5002"
    assert again.item is None
    assert scan(again, INSPECTOR).kind is K.RESUMED  # the RMA is still open
    assert scan(again, first).kind is K.ITEM_STARTED
    assert again.item is not None
    assert again.item.answers == {}


def test_the_next_item_accepted_and_started_by_one_scan_survive_a_restart_together(station):
    core, session, _ = _midway(station, "B", 6)
    _, second = _codes(core, "RMA-5002")
    assert scan(session, second).kind is K.ITEM_STARTED

    _, again = station()

    assert again.graded() == {1: 1}
    assert again.item is not None
    assert again.item.line.line_no == 2
    assert again.item.unit_no == 2


def test_a_write_that_fails_mid_scan_leaves_the_item_as_the_journal_says(station):
    core, session, _ = _midway(station, "B", 6)
    _, second = _codes(core, "RMA-5002")
    core.store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON journal WHEN NEW.type ="
        f" '{InspectionStarted.TYPE}'"
        " BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END")
    with pytest.raises(StorageError):
        scan(session, second)
    assert session.item is not None
    assert session.item.line.line_no == 1
    assert session.item.proposal is not None
    assert _events(core, "RMA-5002", ItemInspected.TYPE) == []
    assert session.graded() == {}
    core.store.conn.execute("DROP TRIGGER refuse")
    outcome = scan(session, second)
    assert outcome.kind is K.ITEM_STARTED
    assert outcome.result is not None
    assert outcome.result.grade == "B"


def test_the_session_state_is_the_fold_of_the_rmas_journal(station):
    core, session, _ = _midway(station, "A", 0)
    for text in ["ANS:YES", "ANS:NO", "CMD:UNDO", "ANS:YES", "ANS:MAYBE"]:
        scan(session, text)
    session.add_note("box torn")
    assert session.parcel is not None
    assert session.rma is not None
    folded = rebuild(session.rma, session.parcel.policy, session.product,
                     journal.for_subject(core.store.conn, "RMA-5002"))
    assert folded.snapshot() == session.parcel.snapshot()
    assert folded.snapshot()["item"]["answers"] == [("tags", "YES"), ("packaging", "YES")]
    assert folded.snapshot()["item"]["notes"] == ["box torn"]


STEPS = st.sampled_from([
    "item 1", "item 2", "ANS:YES", "ANS:NO", "ANS:MAYBE", "CMD:UNDO", "CMD:CANCEL", "CMD:OK",
    "GRADE:C", "WHY:HIDDEN_DAMAGE", "note", "photo", "RMA-6001", "RMA-5002", "restart"])


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.lists(STEPS, max_size=25))
def test_after_any_scans_a_new_session_shows_what_the_live_one_showed(steps):
    with tempfile.TemporaryDirectory() as folder:
        core = open_core(load(None, data_dir=Path(folder), environ={}), FixedClock(),
                         in_memory=True)
        shades = itertools.count()
        camera = lambda: png_bytes(f"#{next(shades) % 256:02x}0000")  # noqa: E731
        try:
            session = open_returns(core, camera)
            scan(session, INSPECTOR)
            scan(session, "RMA-5002")
            codes = dict(zip(("item 1", "item 2"), _codes(core, "RMA-5002"), strict=True))
            for step in steps:
                if step == "note":
                    session.add_note("scuffed")
                elif step == "photo":
                    session.take_camera_photo()
                elif step == "restart":
                    session = open_returns(core, camera)
                else:
                    scan(session, codes.get(step, step))
                restarted = open_returns(core, camera)
                live = session.parcel.snapshot() if session.parcel else None
                assert (restarted.parcel.snapshot() if restarted.parcel else None) == live
        finally:
            core.close()
