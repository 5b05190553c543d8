"""The returns journey on a real SQLite file: every step journaled with the RMA as subject."""

from __future__ import annotations

import hashlib

import pytest

from station import journal
from station.events.returns import (
    ChecklistAnswered,
    GradeOverridden,
    InspectionStarted,
    ItemDispositioned,
    ItemInspected,
    PhotoTaken,
    RecommerceLabelRequested,
    ReturnClosed,
    ReturnGraded,
    ReturnReceived,
    UnexpectedItemFound,
)
from station.limits import MAX_TEXT
from station.returns import demo, photos, rmas
from station.returns.models import Disposition, RmaStatus
from station.returns.outcomes import ReturnsKind as K
from station.returns.outcomes import Tone
from station.returns.session import ReturnsSession
from station.returns.setup import open_returns
from tests.returns_support import (
    INSPECTOR,
    answer_scans,
    inspect,
    item_code,
    png_bytes,
    returns_session,
    scan,
)

# An apparel item scanned and its six questions answered: one event per accepted scan.
INSPECTED_APPAREL = [InspectionStarted.TYPE, *[ChecklistAnswered.TYPE] * 6]


@pytest.fixture
def session(file_core) -> ReturnsSession:
    returns = returns_session(file_core)
    assert scan(returns, INSPECTOR).kind is K.SIGNED_IN
    return returns


def _types(core, rma_id: str) -> list[str]:
    return [event.type for event in journal.for_subject(core.store.conn, rma_id)]


def _line_codes(core, rma_id: str) -> list[str]:
    rma = rmas.get_rma(core.store.conn, rma_id)
    assert rma is not None
    return [item_code(core, line.sku) for line in rma.lines]


def test_a_packer_badge_cannot_inspect_returns(file_core):
    returns = returns_session(file_core)
    assert scan(returns, "BADGE:P-1001").kind is K.ROLE_NOT_ALLOWED
    assert scan(returns, "RMA-5001").kind is K.ROLE_NOT_ALLOWED


def test_grading_every_expected_item_closes_the_rma_with_every_step_journaled(file_core, session):
    first, second = _line_codes(file_core, "RMA-5002")
    assert scan(session, "RMA-5002").kind is K.RMA_OPENED
    outcomes = inspect(session, first, "B")
    assert outcomes[0].kind is K.ITEM_STARTED
    assert outcomes[-1].kind is K.GRADE_PROPOSED
    graded = scan(session, "CMD:OK")
    assert graded.kind is K.ITEM_GRADED
    assert graded.result is not None
    assert graded.result.label is not None
    inspect(session, second, "C")
    closed = scan(session, "CMD:OK")
    assert closed.kind is K.RMA_CLOSED
    assert closed.tone is Tone.DONE
    item = [*INSPECTED_APPAREL, ItemInspected.TYPE, ReturnGraded.TYPE, ItemDispositioned.TYPE]
    # Both units go to resale: the label request commits with each grade.
    resale = [*item, RecommerceLabelRequested.TYPE]
    assert _types(file_core, "RMA-5002") == [ReturnReceived.TYPE, *resale, *resale,
                                             ReturnClosed.TYPE]
    status = rmas.get_rma(file_core.store.conn, "RMA-5002")
    assert status is not None
    assert status.status is RmaStatus.CLOSED
    assert session.rma is None


def test_the_parcel_opens_by_tracking_number_or_original_order_number(file_core, session):
    rma = rmas.get_rma(file_core.store.conn, "RMA-6001")
    assert rma is not None
    assert rma.tracking
    assert scan(session, rma.tracking).kind is K.RMA_OPENED
    assert session.rma is not None
    assert session.rma.id == "RMA-6001"
    other = rmas.get_rma(file_core.store.conn, "RMA-6003")
    assert other is not None
    assert scan(session, other.order_id).kind is K.RMA_OPENED
    assert session.rma.id == "RMA-6003"


def test_an_rma_of_another_site_is_refused_and_nothing_is_recorded(file_core, session):
    outcome = scan(session, "RMA-7001")
    assert outcome.kind is K.RMA_OTHER_SITE
    assert outcome.tone is Tone.BAD
    assert "OSA1" in outcome.message.render()
    assert _types(file_core, "RMA-7001") == []
    assert session.rma is None


def test_a_duplicate_scan_of_the_item_being_inspected_changes_nothing(session, file_core):
    (code,) = _line_codes(file_core, "RMA-5001")
    scan(session, "RMA-5001")
    scan(session, code)
    scan(session, "ANS:YES")
    outcome = scan(session, code)
    assert outcome.kind is K.DUPLICATE_SCAN
    assert session.item is not None
    assert session.item.answers == {"tags": "YES"}


def test_a_duplicate_scan_of_an_item_already_graded_is_refused(file_core, session):
    first, _second = _line_codes(file_core, "RMA-5002")
    scan(session, "RMA-5002")
    inspect(session, first, "A")
    scan(session, "CMD:OK")
    assert scan(session, first).kind is K.ALREADY_GRADED
    assert session.item is None
    count = file_core.store.conn.execute(
        "SELECT count(*) FROM return_units WHERE rma_id = 'RMA-5002'").fetchone()[0]
    assert count == 1


def test_an_item_that_was_not_expected_is_flagged_and_recorded(file_core, session):
    scan(session, "RMA-5001")
    stranger = next(p for p in file_core.catalogue.products("HANA"))
    outcome = scan(session, stranger.gtin[1:])
    assert outcome.kind is K.UNEXPECTED_ITEM
    assert outcome.tone is Tone.BAD
    assert _types(file_core, "RMA-5001")[-1] == UnexpectedItemFound.TYPE
    row = file_core.store.conn.execute(
        "SELECT sku FROM return_unexpected WHERE rma_id = 'RMA-5001'").fetchone()
    assert row == (stranger.sku,)


def test_an_item_of_another_customers_order_is_named_by_its_order(file_core, session):
    serial_product = next(p for p in file_core.catalogue.products("KAZE")
                          if p.serial_controlled)
    with file_core.store.write() as db:
        db.conn.execute("INSERT INTO packed_serials (gtin, serial, order_id, event_id)"
                        " VALUES (?, 'SN-777', 'ORD-100200', 'e-1')", (serial_product.gtin,))
    scan(session, "RMA-5001")
    outcome = scan(session, f"01{serial_product.gtin}21SN-777")
    assert outcome.kind is K.UNEXPECTED_ITEM
    assert "ORD-100200" in outcome.message.render()
    event = journal.for_subject(file_core.store.conn, "RMA-5001")[-1]
    assert event.read(UnexpectedItemFound).other_order == "ORD-100200"


def test_a_parcel_without_an_rma_is_matched_by_order_lookup(file_core, session):
    order = file_core.catalogue.order("ORD-100011")  # type: ignore[arg-type]
    assert order is not None
    assert not file_core.store.conn.execute(
        "SELECT 1 FROM rmas WHERE order_id = ?", (order.id,)).fetchone()
    outcome = scan(session, order.id)
    assert outcome.kind is K.RMA_OPENED
    assert session.rma is not None
    assert session.rma.unannounced
    assert len(session.rma.lines) == len(order.lines)
    received = journal.for_subject(file_core.store.conn, session.rma.id)[0]
    assert received.type == ReturnReceived.TYPE
    assert received.read(ReturnReceived).unannounced is True


def test_an_override_without_a_reason_records_nothing_until_a_reason_is_scanned(file_core,
                                                                                 session):
    (code,) = _line_codes(file_core, "RMA-5001")
    scan(session, "RMA-5001")
    inspect(session, code, "A")
    assert scan(session, "GRADE:C").kind is K.REASON_NEEDED
    assert scan(session, "CMD:OK").kind is K.REASON_NEEDED
    assert session.override("C", "  ").kind is K.REASON_NEEDED
    assert scan(session, "WHY:BECAUSE").kind is K.UNKNOWN_REASON
    assert _types(file_core, "RMA-5001") == [ReturnReceived.TYPE, *INSPECTED_APPAREL]
    outcome = scan(session, "WHY:HIDDEN_DAMAGE")
    assert outcome.kind is K.RMA_CLOSED
    assert outcome.result is not None
    assert outcome.result.grade == "C"
    events = journal.for_subject(file_core.store.conn, "RMA-5001")
    overridden = next(e for e in events if e.type == GradeOverridden.TYPE)
    override = overridden.read(GradeOverridden)
    assert (override.from_grade, override.to, override.reason) == ("A", "C", "HIDDEN_DAMAGE")
    graded = next(e for e in events if e.type == ReturnGraded.TYPE).read(ReturnGraded)
    assert graded.overridden is True
    assert graded.proposed == "A"


def test_a_broken_hygiene_seal_cannot_be_overridden(file_core, session):
    (code,) = _line_codes(file_core, "RMA-6004")
    scan(session, "RMA-6004")
    inspect(session, code, "X")
    outcome = scan(session, "GRADE:A")
    assert outcome.kind is K.OVERRIDE_LOCKED
    assert session.override("A", "BRAND_INSTRUCTION").kind is K.OVERRIDE_LOCKED
    assert scan(session, "CMD:OK").result.disposition is Disposition.RECYCLE


def test_an_answer_that_is_not_offered_is_refused(file_core, session):
    (code,) = _line_codes(file_core, "RMA-6001")
    scan(session, "RMA-6001")
    scan(session, code)
    scan(session, "ANS:YES")
    assert scan(session, "ANS:MAYBE").kind is K.INVALID_ANSWER
    assert scan(session, "ANS:FULL").kind is K.ANSWERED


def test_a_photo_file_is_stored_by_its_hash_and_journaled(file_core, session, tmp_path):
    (code,) = _line_codes(file_core, "RMA-5001")
    scan(session, "RMA-5001")
    scan(session, code)
    data = png_bytes()
    path = tmp_path / "shot.png"
    path.write_bytes(data)
    outcome = session.add_photo_file(path)
    assert outcome.kind is K.PHOTO_TAKEN
    digest = hashlib.sha256(data).hexdigest()
    stored = file_core.settings.data_dir / "photos" / f"{digest}.png"
    assert stored.read_bytes() == data
    event = journal.for_subject(file_core.store.conn, "RMA-5001")[-1]
    assert event.type == PhotoTaken.TYPE
    assert event.read(PhotoTaken).sha256 == digest
    assert session.add_photo_file(path).kind is K.PHOTO_ALREADY_ATTACHED
    for text in answer_scans(session, "A"):
        scan(session, text)
    scan(session, "CMD:OK")
    inspected = next(e for e in journal.for_subject(file_core.store.conn, "RMA-5001")
                     if e.type == ItemInspected.TYPE)
    assert inspected.read(ItemInspected).photos == (digest,)


def test_a_photo_file_that_is_not_an_image_is_refused_and_nothing_is_stored(file_core, session,
                                                                             tmp_path):
    scan(session, "RMA-5001")
    path = tmp_path / "notes.jpg"
    path.write_text("not a picture", encoding="utf-8")
    outcome = session.add_photo_file(path)
    assert outcome.kind is K.NOT_AN_IMAGE
    assert not (file_core.settings.data_dir / "photos").exists() or not any(
        (file_core.settings.data_dir / "photos").iterdir())
    assert _types(file_core, "RMA-5001") == [ReturnReceived.TYPE]
    assert session.add_photo_file(tmp_path / "missing.png").kind is K.NOT_AN_IMAGE


def test_with_no_camera_the_photo_scan_says_so_and_the_inspection_goes_on(file_core, session):
    (code,) = _line_codes(file_core, "RMA-5001")
    scan(session, "RMA-5001")
    scan(session, code)
    outcome = scan(session, "RET:PHOTO")
    assert outcome.kind is K.NO_CAMERA
    assert scan(session, "ANS:YES").kind is K.ANSWERED


def test_a_camera_frame_is_attached_like_a_file(file_core):
    frame = png_bytes("blue")
    returns = returns_session(file_core, camera=lambda: frame)
    scan(returns, INSPECTOR)
    scan(returns, "RMA-5001")
    assert scan(returns, "RET:PHOTO").kind is K.PHOTO_TAKEN
    event = journal.for_subject(file_core.store.conn, "RMA-5001")[-1]
    assert event.read(PhotoTaken).source == "camera"


def test_a_restarted_station_resumes_the_open_rma(file_core, session):
    scan(session, "RMA-5002")
    again = open_returns(file_core)
    assert again.rma is not None
    assert again.rma.id == "RMA-5002"


def test_upserting_a_pulled_rma_keeps_its_lines_once_the_parcel_is_received(file_core, session):
    conn = file_core.store.conn
    data = {"id": "RMA-9001", "site": "TYO1", "brand": "KAZE", "order_id": "ORD-100001",
            "customer_name": "Test", "lines": [{"sku": "KAZE-TEE-BLK-S", "quantity": 1}]}
    with file_core.store.write():
        assert rmas.upsert_rma(conn, data).ok
    scan(session, "RMA-9001")
    changed = {**data, "customer_name": "Renamed",
               "lines": [{"sku": "KAZE-TEE-BLK-M", "quantity": 2}]}
    with file_core.store.write():
        result = rmas.upsert_rma(conn, changed)
    assert result.ok
    assert result.lines_kept
    rma = rmas.get_rma(conn, "RMA-9001")
    assert rma is not None
    assert rma.customer_name == "Renamed"
    assert [line.sku for line in rma.lines] == ["KAZE-TEE-BLK-S"]


@pytest.mark.parametrize("bad", [
    {}, {"id": "R"}, {"id": "R", "site": "T", "brand": "B", "order_id": "O",
                      "customer_name": "C", "lines": []},
    {"id": "R", "site": "T", "brand": "B", "order_id": "O", "customer_name": "C",
     "wants": "money", "lines": [{"sku": "S"}]},
    {"id": "R", "site": "T", "brand": "B", "order_id": "O", "customer_name": "C",
     "lines": [{"sku": "S", "quantity": 0}]},
])
def test_a_malformed_rma_is_refused_with_a_message_and_stores_nothing(file_core, bad):
    result = rmas.upsert_rma(file_core.store.conn, bad)
    assert not result.ok
    assert result.problem is not None
    assert "refused" in result.problem.render()
    assert rmas.get_rma(file_core.store.conn, "R") is None


def test_walking_the_demo_reaches_every_grade_and_every_disposition(file_core, session):
    planned = demo.planned_grades(file_core.store.conn)
    grades, dispositions = set(), set()
    for (rma_id, sku), grade in planned.items():
        if rma_id == "RMA-7001":
            continue
        if session.rma is None or session.rma.id != rma_id:
            assert scan(session, rma_id).kind is K.RMA_OPENED
        inspect(session, item_code(file_core, sku), grade)
        outcome = scan(session, "CMD:OK")
        assert outcome.result is not None
        grades.add((outcome.result.sku.split("-")[0], outcome.result.grade))
        dispositions.add(outcome.result.disposition)
    assert grades == {(brand, g) for brand in ("KAZE", "HANA") for g in "ABCDX"}
    assert dispositions == set(Disposition)
    still_open = file_core.store.conn.execute(
        "SELECT id FROM rmas WHERE status != 'closed' AND site = 'TYO1'").fetchall()
    assert still_open == []


def test_scanning_the_next_expected_item_accepts_the_proposed_grade(file_core, session):
    first, second = _line_codes(file_core, "RMA-5002")
    scan(session, "RMA-5002")
    inspect(session, first, "B")
    outcome = scan(session, second)
    assert outcome.kind is K.ITEM_STARTED
    assert outcome.result is not None
    assert outcome.result.grade == "B"
    assert outcome.result.label is not None
    assert "accepted" in outcome.message.render()
    assert session.item is not None
    assert session.item.product.sku == rmas.get_rma(file_core.store.conn, "RMA-5002").lines[1].sku
    assert _types(file_core, "RMA-5002")[-5:] == [
        ItemInspected.TYPE, ReturnGraded.TYPE, ItemDispositioned.TYPE,
        RecommerceLabelRequested.TYPE, InspectionStarted.TYPE]


def test_an_unexpected_item_never_accepts_the_grade_of_the_item_being_inspected(file_core,
                                                                               session):
    (code,) = _line_codes(file_core, "RMA-5001")
    scan(session, "RMA-5001")
    inspect(session, code, "A")
    stranger = next(p for p in file_core.catalogue.products("HANA"))
    assert scan(session, stranger.gtin[1:]).kind is K.UNEXPECTED_ITEM
    assert _types(file_core, "RMA-5001") == [
        ReturnReceived.TYPE, *INSPECTED_APPAREL, UnexpectedItemFound.TYPE]
    assert session.item is not None
    assert session.item.proposal is not None
    assert scan(session, "CMD:OK").kind is K.RMA_CLOSED


def test_another_parcel_puts_the_open_rma_aside_and_it_resumes_where_it_stood(file_core,
                                                                             session):
    first, second = _line_codes(file_core, "RMA-5002")
    scan(session, "RMA-5002")
    inspect(session, first, "B")
    assert scan(session, "RMA-6001").kind is K.FINISH_ITEM_FIRST
    scan(session, "CMD:OK")
    assert scan(session, "RMA-6001").kind is K.RMA_OPENED
    assert scan(session, "RMA-5002").kind is K.RMA_OPENED
    assert session.graded() == {1: 1}
    inspect(session, second, "C")
    assert scan(session, "CMD:OK").kind is K.RMA_CLOSED
    assert _types(file_core, "RMA-5002").count(ReturnReceived.TYPE) == 1


def test_undo_takes_back_the_last_answer_and_the_grade_it_proposed(file_core, session):
    (code,) = _line_codes(file_core, "RMA-5001")
    scan(session, "RMA-5001")
    inspect(session, code, "X")
    assert session.item is not None
    assert session.item.proposal is not None
    assert scan(session, "CMD:UNDO").kind is K.ANSWER_UNDONE
    assert session.item.proposal is None
    assert "odour" not in session.item.answers
    assert scan(session, "ANS:NO").kind is K.GRADE_PROPOSED
    assert scan(session, "CMD:OK").result.grade == "A"


def test_reprint_requests_the_last_label_again_without_grading_twice(file_core, session):
    first, _ = _line_codes(file_core, "RMA-5002")
    scan(session, "RMA-5002")
    inspect(session, first, "B")
    graded = scan(session, "CMD:OK")
    again = scan(session, "CMD:REPRINT")
    assert again.kind is K.LABEL_REPRINTED
    assert again.result == graded.result
    assert _types(file_core, "RMA-5002").count(ReturnGraded.TYPE) == 1


def test_photos_wait_for_the_sync_worker_until_marked_synced(file_core, session, tmp_path):
    scan(session, "RMA-5001")
    path = tmp_path / "a.png"
    path.write_bytes(png_bytes("green"))
    session.add_photo_file(path)
    photos_dir = file_core.settings.data_dir / "photos"
    (pending,) = photos.unsynced(file_core.store.conn, photos_dir)
    assert pending.path.read_bytes() == path.read_bytes()
    assert pending.rma_id == "RMA-5001"
    with file_core.store.write():
        photos.mark_synced(file_core.store.conn, pending.sha256, "2026-11-23T09:00:00+00:00")
    assert photos.unsynced(file_core.store.conn, photos_dir) == []


def test_a_unit_graded_for_resale_leaves_a_label_request_for_the_print_worker(file_core,
                                                                           session):
    from station.printing import requests

    first, _second = _line_codes(file_core, "RMA-5002")
    scan(session, "RMA-5002")
    inspect(session, first, "B")
    graded = scan(session, "CMD:OK")
    assert graded.result is not None
    assert graded.result.label is not None
    waiting = [event for event in requests.pending(file_core.store.conn)
               if event.type == RecommerceLabelRequested.TYPE]
    assert [requests.recommerce_label_of(event) for event in waiting] == [graded.result.label]


def test_a_note_longer_than_the_hub_takes_is_refused_with_its_length_and_nothing_is_lost(
        file_core, session):
    first, _second = _line_codes(file_core, "RMA-5002")
    scan(session, "RMA-5002")
    scan(session, first)
    before = _types(file_core, "RMA-5002")
    refused = session.add_note("傷" * (MAX_TEXT + 1))
    assert refused.kind is K.NOTHING_TO_DO
    assert f"{MAX_TEXT + 1}" in refused.message.render()
    assert _types(file_core, "RMA-5002") == before
    assert session.add_note("傷" * MAX_TEXT).kind is K.NOTE_ADDED
    assert session.item.notes == ["傷" * MAX_TEXT]
