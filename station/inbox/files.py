"""Photo files waiting for the hub, of both kinds: returns inspection photos (files under
data_dir/photos, table `return_photos`) and box-contents photos taken at sealing (bytes in
`box_photos`). The sync worker reads them here, so `sync` needs nothing from the features
that took them. A file that cannot be sent is recorded in `file_problems` once and skipped
from then on, so it is neither retried forever nor lost from sight."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from station.messages import Message, msg
from station.returns import photos


class FileKind(StrEnum):
    RETURN_PHOTO = "return_photo"
    BOX_PHOTO = "box_photo"


@dataclass(frozen=True)
class PendingFile:
    kind: FileKind
    sha256: str
    path: Path | None           # return photos: the file; box photos: None (bytes in the row)


@dataclass(frozen=True)
class FileBacklog:
    waiting: int
    problems: int


@dataclass(frozen=True)
class FileProblem:
    kind: FileKind
    sha256: str
    reason: str
    seen_at: str


_PENDING = """
SELECT 'return_photo' AS kind, p.sha256, MIN(p.file) AS file, MIN(p.taken_at) AS taken_at
  FROM return_photos p
 WHERE p.synced_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM file_problems f
                    WHERE f.kind = 'return_photo' AND f.sha256 = p.sha256)
 GROUP BY p.sha256
UNION ALL
SELECT 'box_photo' AS kind, b.sha256, NULL AS file, b.taken_at
  FROM box_photos b
 WHERE b.uploaded_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM file_problems f
                    WHERE f.kind = 'box_photo' AND f.sha256 = b.sha256)
"""


def pending(conn: sqlite3.Connection, photos_dir: Path, limit: int) -> list[PendingFile]:
    """The oldest photos not yet on the hub, both kinds interleaved by the time taken."""
    rows = conn.execute(f"SELECT kind, sha256, file FROM ({_PENDING})"
                        " ORDER BY taken_at, sha256 LIMIT ?", (limit,))
    return [PendingFile(FileKind(kind), sha, photos_dir / name if name else None)
            for kind, sha, name in rows]


def backlog(conn: sqlite3.Connection) -> FileBacklog:
    waiting = conn.execute(f"SELECT COUNT(*) FROM ({_PENDING})").fetchone()[0]
    problems = conn.execute("SELECT COUNT(*) FROM file_problems").fetchone()[0]
    return FileBacklog(int(waiting), int(problems))


def read_content(conn: sqlite3.Connection, item: PendingFile) -> bytes | Message:
    """The bytes to upload, checked against their sha256, or why they cannot be sent."""
    if item.kind is FileKind.RETURN_PHOTO:
        assert item.path is not None
        content = photos.read_photo_file(item.path)
        if isinstance(content, Message):
            return content
    else:
        row = conn.execute("SELECT jpeg FROM box_photos WHERE sha256 = ?",
                           (item.sha256,)).fetchone()
        if row is None or row[0] is None:
            return msg("Sync", "The box photo {sha256} is no longer in the station's database.",
                       sha256=item.sha256[:12])
        content = bytes(row[0])
    if hashlib.sha256(content).hexdigest() != item.sha256:
        return msg("Sync", "The photo {sha256} changed after it was taken; it was not sent.",
                   sha256=item.sha256[:12])
    return content


def refused_by_hub(detail: str) -> Message:
    return msg("Sync", "The hub refused the photo: {detail}", detail=detail)


def mark_uploaded(conn: sqlite3.Connection, item: PendingFile, at: str) -> None:
    if item.kind is FileKind.RETURN_PHOTO:
        photos.mark_synced(conn, item.sha256, at)
    else:
        conn.execute("UPDATE box_photos SET uploaded_at = ? WHERE sha256 = ?"
                     " AND uploaded_at IS NULL", (at, item.sha256))


def record_problem(conn: sqlite3.Connection, item: PendingFile, reason: Message,
                   at: str) -> None:
    conn.execute("INSERT OR REPLACE INTO file_problems (kind, sha256, reason, seen_at)"
                 " VALUES (?, ?, ?, ?)", (item.kind.value, item.sha256, reason.render(), at))


def problems(conn: sqlite3.Connection) -> list[FileProblem]:
    rows = conn.execute("SELECT kind, sha256, reason, seen_at FROM file_problems"
                        " ORDER BY seen_at, sha256")
    return [FileProblem(FileKind(kind), sha, reason, at) for kind, sha, reason, at in rows]
