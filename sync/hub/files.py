"""Photos and other files, stored by the SHA-256 of their content: uploading the same bytes
twice is one file (idempotent), and bytes that do not match their name are refused."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from sync.hub.schema import files


class StoreResult(StrEnum):
    CREATED = "created"
    EXISTS = "exists"
    HASH_MISMATCH = "hash_mismatch"
    OTHER_SITE = "other_site"


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def store_file(engine: Engine, site: str, digest: str, content: bytes) -> StoreResult:
    if sha256(content) != digest.lower():
        return StoreResult.HASH_MISMATCH
    try:
        with engine.begin() as conn:
            row = conn.execute(select(files.c.site)
                               .where(files.c.sha256 == digest.lower())).first()
            if row is not None:
                return StoreResult.EXISTS if row.site == site else StoreResult.OTHER_SITE
            conn.execute(insert(files).values(sha256=digest.lower(), site=site,
                                              size=len(content), content=content,
                                              created_at=datetime.now(UTC)))
    except IntegrityError:
        return StoreResult.EXISTS  # the same bytes uploaded twice at once
    return StoreResult.CREATED


def load_file(engine: Engine, digest: str) -> tuple[str, bytes] | None:
    """(site, content) of a stored file."""
    with engine.connect() as conn:
        row = conn.execute(select(files.c.site, files.c.content)
                           .where(files.c.sha256 == digest.lower())).first()
    return (row.site, bytes(row.content)) if row else None
