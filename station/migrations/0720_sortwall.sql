-- The sort wall (put wall): batches (waves) from the hub and the sorting counted in the
-- metrics. 0700-0799: sort wall. What happens at the wall is in the journal; these tables
-- are what the hub sent and what the metrics count.

-- A batch as the hub sent it (data: the cleaned record, station/sortwall/batches.py).
CREATE TABLE batches (
    id TEXT PRIMARY KEY,
    slots INTEGER NOT NULL CHECK (slots BETWEEN 1 AND 100),
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- The totes a batch was picked into: scanning one opens the batch.
CREATE TABLE batch_totes (
    tote TEXT PRIMARY KEY,
    batch_id TEXT NOT NULL REFERENCES batches (id)
);
-- The orders of a batch with what decides which of them gets an item first: priority
-- (lower first), then the carrier's cut-off (UTC ISO, earlier first; NULL last).
CREATE TABLE batch_orders (
    batch_id TEXT NOT NULL REFERENCES batches (id),
    order_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    cutoff TEXT,
    PRIMARY KEY (batch_id, order_id)
) WITHOUT ROWID;

-- Orders a batch closed short: which batch and slot, for the supervisor's exception queue.
-- Written by the recorder with the SortExceptionReported event, in its transaction.
CREATE TABLE sort_exceptions (
    order_id TEXT PRIMARY KEY,
    batch_id TEXT NOT NULL,
    slot INTEGER,
    missing_units INTEGER NOT NULL
) WITHOUT ROWID;

-- Sorting per UTC hour, station and badge: units sorted, stray items, exceptions at the end.
CREATE TABLE metrics_sort (
    hour TEXT NOT NULL, station TEXT NOT NULL, user TEXT NOT NULL,
    sorted INTEGER NOT NULL DEFAULT 0,
    strays INTEGER NOT NULL DEFAULT 0,
    exceptions INTEGER NOT NULL DEFAULT 0,
    batches INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, station, user)
) WITHOUT ROWID;

-- An undone sort or stray is taken off the hour of the undo (as the pack metrics count).
CREATE TRIGGER metrics_sort_appended AFTER INSERT ON journal
WHEN NEW.type IN ('ItemSorted', 'StrayItemScanned', 'SortExceptionReported', 'BatchClosed',
                  'SortUndone')
BEGIN
    INSERT INTO metrics_sort (hour, station, user, sorted, strays, exceptions, batches)
    VALUES (substr(NEW.ts, 1, 13), NEW.station, coalesce(NEW.user, ''),
            (NEW.type = 'ItemSorted') - (NEW.type = 'SortUndone'
                AND json_extract(NEW.payload, '$.undone_type') = 'ItemSorted'),
            (NEW.type = 'StrayItemScanned') - (NEW.type = 'SortUndone'
                AND json_extract(NEW.payload, '$.undone_type') = 'StrayItemScanned'),
            NEW.type = 'SortExceptionReported', NEW.type = 'BatchClosed')
    ON CONFLICT (hour, station, user) DO UPDATE SET
        sorted = sorted + excluded.sorted, strays = strays + excluded.strays,
        exceptions = exceptions + excluded.exceptions, batches = batches + excluded.batches;
END;
