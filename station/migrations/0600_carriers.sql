-- Carriers: what an order asks of the carrier, number blocks, issued numbers and parcels.

-- Delivery wishes of an order (JSON: date, time_slot, cool, cod_yen, item, handling, note,
-- name_kana), as the hub sends them with the order.
ALTER TABLE orders ADD COLUMN delivery TEXT NOT NULL DEFAULT '{}';

-- Blocks of serials the hub handed this station, per kind (tracking/yamato, sscc, ...).
-- `next` only grows, so a serial once taken (issued or voided) is never handed out again.
CREATE TABLE number_blocks (
    kind TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    next INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (kind, first),
    CHECK (first <= last AND next >= first AND next <= last + 1)
);
CREATE TRIGGER number_blocks_forward BEFORE UPDATE OF next ON number_blocks
WHEN NEW.next < OLD.next BEGIN SELECT RAISE(ABORT, 'number blocks only move forward'); END;
CREATE TRIGGER number_blocks_no_delete BEFORE DELETE ON number_blocks
BEGIN SELECT RAISE(ABORT, 'number blocks are kept'); END;

-- Every serial used, with the box it went to. Projection of NumberIssued / NumberVoided.
CREATE TABLE issued_numbers (
    kind TEXT NOT NULL,
    serial INTEGER NOT NULL,
    number TEXT NOT NULL,
    order_id TEXT NOT NULL,
    box_no INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('issued', 'void')),
    issued_at TEXT NOT NULL,
    void_reason TEXT,
    PRIMARY KEY (kind, serial)
);
CREATE UNIQUE INDEX issued_numbers_number ON issued_numbers (kind, number);
CREATE UNIQUE INDEX issued_numbers_live_box ON issued_numbers (kind, order_id, box_no)
    WHERE status = 'issued';
CREATE TRIGGER issued_numbers_no_delete BEFORE DELETE ON issued_numbers
BEGIN SELECT RAISE(ABORT, 'issued numbers are kept'); END;
CREATE TRIGGER issued_numbers_stay_void BEFORE UPDATE ON issued_numbers
WHEN OLD.status = 'void' OR NEW.serial != OLD.serial OR NEW.number != OLD.number
BEGIN SELECT RAISE(ABORT, 'a voided or issued number cannot change'); END;

-- Parcels of packed orders as the carrier sees them: size, weight, tracking number (issued
-- here or imported from the carrier's issued-history file) and the hand-over at pickup.
CREATE TABLE parcels (
    order_id TEXT NOT NULL,
    box_no INTEGER NOT NULL,
    weight_g INTEGER NOT NULL DEFAULT 0,
    length_mm INTEGER NOT NULL DEFAULT 0,
    width_mm INTEGER NOT NULL DEFAULT 0,
    height_mm INTEGER NOT NULL DEFAULT 0,
    tracking TEXT,
    tracking_source TEXT,
    ship_date TEXT NOT NULL,
    handed_over_at TEXT,
    PRIMARY KEY (order_id, box_no)
);
CREATE INDEX parcels_tracking ON parcels (tracking) WHERE tracking IS NOT NULL;
CREATE INDEX parcels_ship_date ON parcels (ship_date);
