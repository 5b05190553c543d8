"""Photos of packed boxes (subject: the order id). Returns photos are `PhotoTaken`."""

from __future__ import annotations

from station.events.pack import NamesOrder
from station.limits import BoxNo, Bytes, Name, Pixels, Sha256


class BoxPhotoTaken(NamesOrder):
    TYPE = "BoxPhotoTaken"
    box_no: BoxNo
    sha256: Sha256
    bytes: Bytes
    width: Pixels
    height: Pixels
    content_type: Name
