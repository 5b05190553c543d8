"""Stations and their bearer tokens: one per station, stored hashed, bound to a site,
revocable. Tokens are 256 random bits, so a plain SHA-256 of them is a safe lookup key."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, select, update

from sync.hub.schema import stations


@dataclass(frozen=True)
class StationIdentity:
    name: str
    site: str


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_station(engine: Engine, site: str, name: str, token: str | None = None) -> str:
    """Register `name` at `site` (or give it a new token) and return the token, once."""
    token = token or secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        known = conn.execute(select(stations.c.name).where(stations.c.name == name)).first()
        if known:
            conn.execute(update(stations).where(stations.c.name == name).values(
                site=site, token_hash=hash_token(token), revoked_at=None))
        else:
            conn.execute(stations.insert().values(
                name=name, site=site, token_hash=hash_token(token), created_at=now, last_seq=0))
    return token


def revoke_station(engine: Engine, name: str) -> bool:
    with engine.begin() as conn:
        result = conn.execute(update(stations).where(stations.c.name == name)
                              .values(revoked_at=datetime.now(UTC)))
    return result.rowcount > 0


def identify(conn: Connection, token: str) -> StationIdentity | None:
    row = conn.execute(
        select(stations.c.name, stations.c.site)
        .where(stations.c.token_hash == hash_token(token), stations.c.revoked_at.is_(None))
    ).first()
    return StationIdentity(row.name, row.site) if row else None
