-- The journal: every action at the station, the outbox for sync and the audit trail.
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    ts TEXT NOT NULL,
    station TEXT NOT NULL,
    user TEXT,
    type TEXT NOT NULL,
    subject TEXT,
    payload TEXT NOT NULL,
    synced_at TEXT
);
CREATE INDEX journal_unsynced ON journal (seq) WHERE synced_at IS NULL;
CREATE INDEX journal_subject ON journal (subject, seq);
CREATE INDEX journal_type_ts ON journal (type, ts);

-- The journal is append-only: nothing may change what happened, only when it was synced.
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER journal_no_update BEFORE UPDATE OF id, ts, station, user, type, subject, payload
ON journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;

CREATE TABLE brands (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    min_shelf_life_days INTEGER NOT NULL DEFAULT 0,
    settings TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE products (
    sku TEXT PRIMARY KEY,
    gtin TEXT NOT NULL UNIQUE,
    brand TEXT NOT NULL REFERENCES brands (id),
    name TEXT NOT NULL,
    name_ja TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    price REAL NOT NULL DEFAULT 0,
    weight_g INTEGER NOT NULL DEFAULT 0,
    length_mm INTEGER NOT NULL DEFAULT 0,
    width_mm INTEGER NOT NULL DEFAULT 0,
    height_mm INTEGER NOT NULL DEFAULT 0,
    lot_controlled INTEGER NOT NULL DEFAULT 0,
    serial_controlled INTEGER NOT NULL DEFAULT 0,
    image TEXT NOT NULL DEFAULT ''
);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    brand TEXT NOT NULL REFERENCES brands (id),
    customer_name TEXT NOT NULL,
    customer_email TEXT NOT NULL DEFAULT '',
    ship_to TEXT NOT NULL DEFAULT '{}',
    language TEXT NOT NULL DEFAULT 'en',
    tote TEXT,
    picklist TEXT,
    carrier TEXT NOT NULL DEFAULT '',
    service TEXT NOT NULL DEFAULT '',
    subscription_next TEXT,
    previous_orders INTEGER NOT NULL DEFAULT 0,
    hold TEXT NOT NULL DEFAULT '',
    cancelled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX orders_tote ON orders (tote) WHERE tote IS NOT NULL;
CREATE UNIQUE INDEX orders_picklist ON orders (picklist) WHERE picklist IS NOT NULL;

CREATE TABLE order_lines (
    order_id TEXT NOT NULL REFERENCES orders (id),
    line_no INTEGER NOT NULL,
    sku TEXT NOT NULL REFERENCES products (sku),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE box_types (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    length_mm INTEGER NOT NULL,
    width_mm INTEGER NOT NULL,
    height_mm INTEGER NOT NULL,
    max_weight_g INTEGER NOT NULL,
    tare_g INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE badges (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('packer', 'inspector', 'supervisor')),
    active INTEGER NOT NULL DEFAULT 1
);

-- Projection of the journal: where each order stands. Written in the same transaction as the
-- event that moves it, and rebuildable from the journal.
CREATE TABLE order_status (
    order_id TEXT PRIMARY KEY REFERENCES orders (id),
    status TEXT NOT NULL,
    station TEXT,
    updated_at TEXT NOT NULL
);

-- Small key/value state of this station (the open order, the signed-in badge), so a restart
-- after a crash resumes where it was.
CREATE TABLE station_state (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- Serial numbers packed, so one unit is never shipped twice. Projection of ItemPacked events.
CREATE TABLE packed_serials (
    gtin TEXT NOT NULL,
    serial TEXT NOT NULL,
    order_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    PRIMARY KEY (gtin, serial)
);
