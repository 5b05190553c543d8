"""API keys of a brand's OMS: one per client, stored hashed (as station tokens are), bound to
the brands it may see and change, revocable. A key lives in its own table, so a station token
is never an OMS key and an OMS key never a station token."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, select, update

from station.limits import fits_id
from sync.hub.schema import oms_clients
from sync.hub.stations import hash_token

KEY_PREFIX = "oms_"   # tells a person holding a key what it is for; not a secret


@dataclass(frozen=True)
class OmsClient:
    name: str
    brands: frozenset[str]


def add_client(engine: Engine, brands: list[str], name: str | None = None) -> tuple[str, str]:
    """Register a client for `brands` (or give a known one a new key): (name, key), the key
    shown this once."""
    if not brands or not all(fits_id(brand) and "," not in brand for brand in brands):
        raise ValueError("a client needs one or more brand ids (no commas)")
    name = name or f"{'-'.join(sorted(brands)).lower()}-{secrets.token_hex(3)}"
    if not fits_id(name) or len(name) > 64:
        raise ValueError("a client name is at most 64 characters, no control characters")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    values = {"brands": ",".join(sorted(set(brands))), "key_hash": hash_token(key),
              "revoked_at": None}
    with engine.begin() as conn:
        known = conn.execute(select(oms_clients.c.name).where(oms_clients.c.name == name))
        if known.first():
            conn.execute(update(oms_clients).where(oms_clients.c.name == name).values(**values))
        else:
            conn.execute(oms_clients.insert().values(name=name, created_at=datetime.now(UTC),
                                                     **values))
    return name, key


def revoke_client(engine: Engine, name: str) -> bool:
    with engine.begin() as conn:
        result = conn.execute(update(oms_clients).where(oms_clients.c.name == name)
                              .values(revoked_at=datetime.now(UTC)))
    return result.rowcount > 0


def identify_client(conn: Connection, key: str) -> OmsClient | None:
    row = conn.execute(
        select(oms_clients.c.name, oms_clients.c.brands)
        .where(oms_clients.c.key_hash == hash_token(key), oms_clients.c.revoked_at.is_(None))
    ).first()
    return OmsClient(row.name, frozenset(row.brands.split(","))) if row else None
