"""The photo of a box's contents at sealing: the camera's newest frame, as a JPEG stored with
the shipment (`box_photos`) and recorded as a `BoxPhotoTaken` event in the same transaction,
so the sync worker pushes the event and can upload the bytes it names by their sha256."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from scanning.decoders import Frame
from station import journal
from station.clock import Clock, iso
from station.events.photos import BoxPhotoTaken
from station.messages import Message, msg
from station.store import Store

MAX_PHOTO_WIDTH = 1280
JPEG_QUALITY = 80


@dataclass(frozen=True)
class BoxPhoto:
    order_id: str
    box_no: int
    sha256: str
    size: int
    width: int
    height: int
    event_id: str


@dataclass(frozen=True)
class PhotoProblem:
    message: Message


def to_jpeg(frame: Frame) -> tuple[bytes, int, int] | PhotoProblem:
    """The frame (BGR or gray) scaled to at most `MAX_PHOTO_WIDTH` wide, as JPEG bytes."""
    import cv2

    if frame is None or frame.size == 0:
        return PhotoProblem(msg("Camera", "There is no camera picture to save."))
    if float(np.mean(frame)) < 12:
        return PhotoProblem(msg("Camera", "The camera picture is black: no photo was saved."))
    height, width = frame.shape[:2]
    picture: Any = frame
    if width > MAX_PHOTO_WIDTH:
        height, width = round(height * MAX_PHOTO_WIDTH / width), MAX_PHOTO_WIDTH
        picture = cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", picture, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        return PhotoProblem(msg("Camera", "The camera picture could not be saved."))
    return encoded.tobytes(), width, height


def save_box_photo(store: Store, clock: Clock, frame: Frame, *, order_id: str, box_no: int,
                   station: str, user: str | None) -> BoxPhoto | PhotoProblem:
    """Store the photo and its event together. Taking the same picture twice stores it once."""
    encoded = to_jpeg(frame)
    if isinstance(encoded, PhotoProblem):
        return encoded
    jpeg, width, height = encoded
    digest = hashlib.sha256(jpeg).hexdigest()
    now = clock.now()
    taken = BoxPhotoTaken(order_id=order_id, box_no=box_no, sha256=digest, bytes=len(jpeg),
                          width=width, height=height, content_type="image/jpeg")
    with store.write() as db:
        known = db.conn.execute("SELECT event_id FROM box_photos WHERE sha256 = ?",
                                (digest,)).fetchone()
        if known is not None:
            return BoxPhoto(order_id, box_no, digest, len(jpeg), width, height, known[0])
        event = journal.append(db.conn, journal.event_of(
            taken, station=station, user=user, at=now, subject=order_id))
        db.conn.execute(
            "INSERT INTO box_photos (sha256, order_id, box_no, event_id, taken_at, width, height,"
            " jpeg) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (digest, order_id, box_no, event.id, iso(now), width, height, jpeg))
    return BoxPhoto(order_id, box_no, digest, len(jpeg), width, height, event.id)


def photos_of(store: Store, order_id: str) -> list[tuple[int, str, bytes]]:
    """(box_no, sha256, jpeg) of every photo of an order, oldest first."""
    rows = store.conn.execute(
        "SELECT box_no, sha256, jpeg FROM box_photos WHERE order_id = ? ORDER BY taken_at, box_no",
        (order_id,))
    return [(row[0], row[1], bytes(row[2])) for row in rows]
