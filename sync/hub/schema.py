"""The hub's tables, one definition for SQLite and PostgreSQL.

`events` has the station journal's columns (id, seq, ts, station, user, type, subject,
payload) plus `site` and `received_at`, so metrics defined over a station journal run over
the hub's events unchanged."""

from __future__ import annotations

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
    text,
)

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
    # The worker's claim looks only at deliveries still waiting; a partial index keeps that
    # lookup as small as the backlog, not as large as every delivery ever made.
    Index("oms_deliveries_pending", "webhook", "position",
          sqlite_where=text("delivered_at IS NULL AND failed_at IS NULL"),
          postgresql_where=text("delivered_at IS NULL AND failed_at IS NULL")),
)

# The site throughput's figures, kept by ingest in the transaction that applies each event
# (sync/hub/site_metrics.py) with the station's definitions (docs/metrics.md), so the site
# view reads hours instead of events. Hours are UTC ('YYYY-MM-DDTHH'); durations whole
# milliseconds; `user` '' is no badge, `brand` '' no brand. Payload values (brands, reasons,
# grades) are Text: a long one must not fail the ingest of its event.
site_metrics_hour = Table(
    "site_metrics_hour", metadata,
    Column("site", String(64), primary_key=True),
    Column("hour", String(13), primary_key=True),
    Column("station", String(64), primary_key=True),
    Column("user", String(64), primary_key=True),
    Column("brand", Text, primary_key=True),
    Column("orders", BigInteger, nullable=False),
    Column("units", BigInteger, nullable=False),
    Column("active_ms", BigInteger, nullable=False),
    Column("wrong_scans", BigInteger, nullable=False),
    Column("print_failures", BigInteger, nullable=False),
)

# Exceptions by reason, returns by grade and by disposition (`kind`), per hour.
site_metrics_category = Table(
    "site_metrics_category", metadata,
    Column("site", String(64), primary_key=True),
    Column("hour", String(13), primary_key=True),
    Column("station", String(64), primary_key=True),
    Column("user", String(64), primary_key=True),
    Column("brand", Text, primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("name", Text, primary_key=True),
    Column("count", BigInteger, nullable=False),
)

# Pack times in whole seconds, as histograms per hour and per UTC day ('YYYY-MM-DD'): a
# range of days reads whole days from the second, only its edges from the first.
site_metrics_pack_time = Table(
    "site_metrics_pack_time", metadata,
    Column("site", String(64), primary_key=True),
    Column("hour", String(13), primary_key=True),
    Column("station", String(64), primary_key=True),
    Column("user", String(64), primary_key=True),
    Column("brand", Text, primary_key=True),
    Column("seconds", BigInteger, primary_key=True),
    Column("orders", BigInteger, nullable=False),
)

site_metrics_pack_day = Table(
    "site_metrics_pack_day", metadata,
    Column("site", String(64), primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("station", String(64), primary_key=True),
    Column("user", String(64), primary_key=True),
    Column("brand", Text, primary_key=True),
    Column("seconds", BigInteger, primary_key=True),
    Column("orders", BigInteger, nullable=False),
)

# What the next event needs: each badge's last event at each station (the start of its next
# working gap), the pack clock of each order being packed, each order's or RMA's brand, and
# the latest exception-relevant event of each order (open when it is ExceptionReported).
site_metrics_last = Table(
    "site_metrics_last", metadata,
    Column("station", String(64), primary_key=True),
    Column("user", String(64), primary_key=True),
    Column("ts", String(40), nullable=False),
)

site_metrics_order = Table(
    "site_metrics_order", metadata,
    Column("station", String(64), primary_key=True),
    Column("subject", String(128), primary_key=True),
    Column("last_ts", String(40)),
    Column("pack_ms", BigInteger, nullable=False),
)

site_metrics_brand = Table(
    "site_metrics_brand", metadata,
    Column("subject", String(128), primary_key=True),
    Column("brand", Text, nullable=False),
)

site_metrics_exception = Table(
    "site_metrics_exception", metadata,
    Column("subject", String(128), primary_key=True),
    Column("site", String(64), nullable=False),
    Column("station", String(64), nullable=False),
    Column("user", String(64)),
    Column("type", String(64), nullable=False),
    Column("reason", Text),
    Column("ts", String(40), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Index("site_metrics_exception_open", "site", "type", "ts"),
)
