-- Sync with the hub: where the feed was read up to, what the hub refused, and inbox tables
-- for records the core has no table for yet (return authorisations, brand kits) kept as JSON.
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- Events the hub refused, with its reason. A supervisor sees this list; the events stay in
-- the journal (acknowledged, so they are not pushed again), never silently dropped.
CREATE TABLE rejected_events (
    event_id TEXT PRIMARY KEY REFERENCES journal (id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    subject TEXT,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL
);

-- Feed records the station could not apply (unknown kind, unknown product), kept to be seen.
CREATE TABLE inbox_problems (
    position INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    reason TEXT NOT NULL,
    data TEXT NOT NULL,
    seen_at TEXT NOT NULL
);

-- Return authorisations as the hub sends them; the returns feature reads `data`.
CREATE TABLE inbox_rmas (
    id TEXT PRIMARY KEY,
    order_id TEXT,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX inbox_rmas_order ON inbox_rmas (order_id);

-- Brand kits (unboxing insert texts, colours, logo file hashes) as the hub sends them.
CREATE TABLE brand_kits (
    brand TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
