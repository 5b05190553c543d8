-- Return authorisations (RMAs), pulled from the hub (the inbox) or created at the station for an
-- unannounced return. `payload` keeps the JSON as it arrived, so a newer hub field is not lost.
CREATE TABLE rmas (
    id TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    brand TEXT NOT NULL,
    order_id TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    tracking TEXT,
    reason TEXT NOT NULL DEFAULT '',
    reason_text TEXT NOT NULL DEFAULT '',
    wants TEXT NOT NULL DEFAULT 'refund' CHECK (wants IN ('refund', 'exchange')),
    exchange_sku TEXT,
    unannounced INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'expected' CHECK (status IN ('expected', 'received', 'closed')),
    created_at TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX rmas_tracking ON rmas (tracking) WHERE tracking IS NOT NULL;
CREATE INDEX rmas_order ON rmas (order_id);

CREATE TABLE rma_lines (
    rma_id TEXT NOT NULL REFERENCES rmas (id),
    line_no INTEGER NOT NULL,
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price REAL NOT NULL DEFAULT 0,
    serial TEXT,
    PRIMARY KEY (rma_id, line_no)
);
CREATE INDEX rma_lines_serial ON rma_lines (serial) WHERE serial IS NOT NULL;

-- Projection of ReturnGraded/ItemDispositioned: one row per inspected unit.
CREATE TABLE return_units (
    rma_id TEXT NOT NULL REFERENCES rmas (id),
    unit_no INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    sku TEXT NOT NULL,
    serial TEXT,
    brand TEXT NOT NULL,
    grade TEXT NOT NULL,
    proposed_grade TEXT NOT NULL,
    disposition TEXT NOT NULL,
    new_sku TEXT NOT NULL,
    price_yen INTEGER NOT NULL,
    refund TEXT NOT NULL,
    refund_yen INTEGER NOT NULL,
    channels TEXT NOT NULL DEFAULT '{}',
    title TEXT NOT NULL DEFAULT '',
    graded_at TEXT NOT NULL,
    PRIMARY KEY (rma_id, unit_no)
);
CREATE INDEX return_units_disposition ON return_units (disposition, graded_at);

-- Items found in a parcel that the RMA did not expect: flagged and kept, never dropped.
CREATE TABLE return_unexpected (
    event_id TEXT PRIMARY KEY,
    rma_id TEXT NOT NULL,
    code TEXT NOT NULL,
    sku TEXT,
    serial TEXT,
    other_order TEXT,
    found_at TEXT NOT NULL
);

-- Photos stored under data_dir/photos/<sha256>.<ext>; `synced_at` is set by the sync worker.
CREATE TABLE return_photos (
    sha256 TEXT NOT NULL,
    rma_id TEXT NOT NULL,
    unit_no INTEGER,
    file TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    synced_at TEXT,
    PRIMARY KEY (sha256, rma_id)
);
