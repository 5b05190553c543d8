"""Inspection photos: checked to be an image (Pillow), stored once under
data_dir/photos/<sha256>.<ext>. The journal records the hash; the file syncs on its own."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from station.messages import Message, msg

# The hub accepts files up to 20 MiB (sync/hub/limits.py): a bigger photo could be taken but
# never synced, so it is refused here, where the inspector can take another.
MAX_PHOTO_BYTES = 20 * 1024 * 1024
_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "BMP": "bmp", "TIFF": "tif",
               "GIF": "gif", "HEIF": "heic", "MPO": "jpg"}


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    ext: str
    path: Path
    width: int
    height: int

    @property
    def file(self) -> str:
        return self.path.name


def image_format(data: bytes) -> tuple[str, int, int] | None:
    """(extension, width, height) when `data` is a complete image Pillow can read."""
    from PIL import Image, UnidentifiedImageError  # here: Pillow is not needed to start

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, size = image.format or "", image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None
    ext = _EXTENSIONS.get(kind)
    return (ext, size[0], size[1]) if ext else None


def store_photo(data: bytes, photos_dir: Path) -> StoredPhoto | Message:
    if not data:
        return msg("Returns", "The photo is empty. Take it again.")
    if len(data) > MAX_PHOTO_BYTES:
        return msg("Returns", "The photo is too large ({mb} MB). Use a smaller one.",
                   mb=len(data) // (1024 * 1024))
    found = image_format(data)
    if found is None:
        return msg("Returns", "That file is not a photo the station can read (JPEG, PNG, "
                              "WebP...). Nothing was attached.")
    ext, width, height = found
    digest = hashlib.sha256(data).hexdigest()
    photos_dir.mkdir(parents=True, exist_ok=True)
    path = photos_dir / f"{digest}.{ext}"
    if not path.exists():
        temporary = path.with_suffix(f".{ext}.part")
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    return StoredPhoto(digest, ext, path, width, height)


def read_photo_file(path: Path) -> bytes | Message:
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            return msg("Returns", "The photo is too large ({mb} MB). Use a smaller one.",
                       mb=size // (1024 * 1024))
        return path.read_bytes()
    except OSError as error:
        return msg("Returns", "The photo {path} cannot be read: {reason}", path=str(path),
                   reason=error.strerror or str(error))


@dataclass(frozen=True)
class PendingPhoto:
    sha256: str
    rma_id: str
    path: Path


def unsynced(conn: sqlite3.Connection, photos_dir: Path, limit: int = 20) -> list[PendingPhoto]:
    """Photo files the hub does not have yet, oldest first: the sync worker uploads them in
    the background and retries later, so the inspector never waits for the network."""
    rows = conn.execute(
        "SELECT sha256, rma_id, file FROM return_photos WHERE synced_at IS NULL"
        " ORDER BY taken_at LIMIT ?", (limit,))
    return [PendingPhoto(sha, rma_id, photos_dir / name) for sha, rma_id, name in rows]


def mark_synced(conn: sqlite3.Connection, sha256: str, at: str) -> None:
    conn.execute("UPDATE return_photos SET synced_at = ? WHERE sha256 = ? AND synced_at IS NULL",
                 (at, sha256))
