"""The box-contents photo at sealing: stored with the shipment in the station database and
recorded as a BoxPhotoTaken event in the same transaction, ready for sync."""

from __future__ import annotations

import json

import cv2
import numpy as np

from scanning.photos import BoxPhoto, PhotoProblem, photos_of, save_box_photo
from scanning.synth import Sample, frame_with
from station.events.photos import BoxPhotoTaken


def photo_frame():
    return cv2.cvtColor(frame_with([Sample("QR", "ORD-100001")], 1920, 1080), cv2.COLOR_GRAY2BGR)


def test_a_photo_is_stored_with_its_order_and_journalled_for_sync(file_core, clock):
    saved = save_box_photo(file_core.store, clock, photo_frame(), order_id="ORD-100001",
                           box_no=1, station="PACK-01", user="P-1001")
    assert isinstance(saved, BoxPhoto)
    assert (saved.width, saved.height) == (1280, 720)
    [(box_no, sha256, jpeg)] = photos_of(file_core.store, "ORD-100001")
    assert (box_no, sha256) == (1, saved.sha256)
    picture = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert picture.shape == (720, 1280)
    row = file_core.store.conn.execute(
        "SELECT type, subject, payload, synced_at FROM journal WHERE id = ?",
        (saved.event_id,)).fetchone()
    assert row[:2] == (BoxPhotoTaken.TYPE, "ORD-100001")
    assert json.loads(row[2])["sha256"] == saved.sha256
    assert row[3] is None


def test_saving_the_same_picture_twice_stores_it_once(file_core, clock):
    frame = photo_frame()
    first = save_box_photo(file_core.store, clock, frame, order_id="ORD-1", box_no=1,
                           station="PACK-01", user=None)
    second = save_box_photo(file_core.store, clock, frame, order_id="ORD-1", box_no=1,
                            station="PACK-01", user=None)
    assert first == second
    events = file_core.store.conn.execute(
        "SELECT count(*) FROM journal WHERE type = ?", (BoxPhotoTaken.TYPE,)).fetchone()[0]
    assert events == 1


def test_a_black_or_missing_picture_is_refused_and_nothing_is_stored(file_core, clock):
    black = save_box_photo(file_core.store, clock, np.zeros((480, 640, 3), np.uint8),
                           order_id="ORD-1", box_no=1, station="PACK-01", user=None)
    empty = save_box_photo(file_core.store, clock, np.zeros((0, 0), np.uint8),
                           order_id="ORD-1", box_no=1, station="PACK-01", user=None)
    assert isinstance(black, PhotoProblem)
    assert "black" in black.message.render()
    assert isinstance(empty, PhotoProblem)
    assert photos_of(file_core.store, "ORD-1") == []
