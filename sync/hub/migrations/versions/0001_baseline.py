"""Baseline: the hub's schema as create_all made it before Alembic (December 2026).

A frozen copy of sync/hub/schema.py as it was then. Each table is created only when missing:
a hub made by create_all already has them all (it is brought under Alembic keeping every
row), an older one gets the tables it never had, an empty database gets them all.

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

metadata = MetaData()

# SQLite only makes INTEGER PRIMARY KEY an autoincrementing rowid.
_Position = BigInteger().with_variant(Integer(), "sqlite")

stations = Table(
    "stations", metadata,
    Column("name", String(64), primary_key=True),
    Column("site", String(64), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    # The journal seq of the last event applied from this station: pushes must go forward.
    Column("last_seq", BigInteger, nullable=False, default=0),
)

# Event ids are keyed per station (id, station): another station's event with the same id is
# its own event. A hub made before that change keeps `id` alone as its key (the baseline
# migration does not rekey it).
events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("ts", String(40), nullable=False),
    Column("station", String(64), primary_key=True),
    Column("user", String(64)),
    Column("type", String(64), nullable=False),
    Column("subject", String(128)),
    Column("payload", Text, nullable=False),
    Column("site", String(64), nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Index("events_station_seq", "station", "seq", unique=True),
    Index("events_site_type_ts", "site", "type", "ts"),
    # The site's throughput reads a site's events by time and by order (subject).
    Index("events_site_ts", "site", "ts"),
    Index("events_site_subject", "site", "subject"),
)

# Events the hub refused, so a batch sent again gets the same answer with the same reason.
rejections = Table(
    "rejections", metadata,
    Column("id", String(64), primary_key=True),
    Column("station", String(64), primary_key=True),
    Column("type", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
)

feed = Table(
    "feed", metadata,
    Column("position", _Position, primary_key=True, autoincrement=True),
    Column("site", String(64)),
    Column("kind", String(32), nullable=False),
    Column("key", String(128), nullable=False),
    Column("data", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("feed_site_position", "site", "position"),
)

# The current state of everything the feed described, folded: what a snapshot sends.
entities = Table(
    "entities", metadata,
    Column("kind", String(32), primary_key=True),
    Column("key", String(128), primary_key=True),
    Column("site", String(64)),
    Column("data", Text, nullable=False),
    Column("position", BigInteger, nullable=False),
)

order_status = Table(
    "order_status", metadata,
    Column("order_id", String(128), primary_key=True),
    Column("status", String(32), nullable=False),
    Column("station", String(64), nullable=False),
    Column("event_id", String(64), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

files = Table(
    "files", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("site", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

meta = Table(
    "hub_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Number ranges a carrier (or GS1, for SSCC serials) allocated, per site and kind
# (tracking/yamato, sscc, ...), and the blocks of them handed to stations. `next` only grows;
# a block is taken in the same transaction that moves it (sync/hub/number_blocks.py).
number_ranges = Table(
    "number_ranges", metadata,
    Column("id", _Position, primary_key=True, autoincrement=True),
    Column("site", String(64), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("first", BigInteger, nullable=False),
    Column("last", BigInteger, nullable=False),
    Column("next", BigInteger, nullable=False),
    Column("demo", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("number_ranges_site_kind", "site", "kind"),
)

number_blocks = Table(
    "number_blocks", metadata,
    Column("id", _Position, primary_key=True, autoincrement=True),
    Column("site", String(64), nullable=False),
    Column("station", String(64), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("first", BigInteger, nullable=False),
    Column("last", BigInteger, nullable=False),
    Column("claimed_at", DateTime(timezone=True), nullable=False),
    # A serial is handed out once: two blocks of one kind never start at the same serial.
    Index("number_blocks_kind_first", "kind", "first", unique=True),
)

# The API keys of a brand's OMS (sync/hub/oms_keys.py): stored hashed like station tokens,
# each bound to the brands it may see and change (a comma-separated list of brand ids).
oms_clients = Table(
    "oms_clients", metadata,
    Column("name", String(64), primary_key=True),
    Column("brands", Text, nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)

# What a brand's OMS learns (sync/hub/oms_feed.py): one row per outward event, appended in
# the transaction that ingests the station event it comes from; `position` is the cursor.
oms_events = Table(
    "oms_events", metadata,
    Column("position", _Position, primary_key=True, autoincrement=True),
    Column("event_id", String(140), nullable=False, unique=True),
    Column("brand", String(64), nullable=False),
    Column("type", String(64), nullable=False),
    Column("order_id", String(128)),
    Column("occurred_at", String(40), nullable=False),
    Column("data", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("oms_events_brand_position", "brand", "position"),
    Index("oms_events_order", "order_id"),
)

# Where a client wants its outward events pushed (sync/hub/webhooks.py). `cursor` is the last
# oms_events position queued for it.
oms_webhooks = Table(
    "oms_webhooks", metadata,
    Column("id", _Position, primary_key=True, autoincrement=True),
    Column("client", String(64), nullable=False),
    Column("url", Text, nullable=False),
    Column("secret", Text, nullable=False),
    Column("cursor", BigInteger, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# One outward event to one webhook: tried until delivered (a 2xx) or given up after the
# retry window; `next_at` is when it is due (also a lease while a worker delivers it).
oms_deliveries = Table(
    "oms_deliveries", metadata,
    Column("id", _Position, primary_key=True, autoincrement=True),
    Column("webhook", BigInteger, nullable=False),
    Column("position", BigInteger, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_at", DateTime(timezone=True), nullable=False),
    Column("delivered_at", DateTime(timezone=True)),
    Column("failed_at", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("oms_deliveries_webhook_position", "webhook", "position", unique=True),
)


def upgrade() -> None:
    metadata.create_all(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    metadata.drop_all(op.get_bind())
