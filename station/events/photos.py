"""Photos of packed boxes (subject: the order id). Returns photos are `PhotoTaken`."""

from __future__ import annotations

from station.events.pack import OrderEvent
from station.limits import BoxNo, Bytes, Id, Name, Pixels, Sha256


class BoxPhotoTaken(OrderEvent):
    TYPE = "BoxPhotoTaken"
    order_id: Id
    box_no: BoxNo
    sha256: Sha256
    bytes: Bytes
    width: Pixels
    height: Pixels
    content_type: Name
