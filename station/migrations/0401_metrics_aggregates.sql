-- Supervisor metrics kept up to date as events are appended, so a dashboard over a journal of
-- a million events reads a few hundred rows. Maintained by a trigger on the journal, in the
-- same transaction as the event. The definitions are those of station/metrics/compute.py
-- (the reference, also used by the hub over raw events); tests check both agree.
-- Hours are UTC hours ('YYYY-MM-DDTHH'); durations are whole milliseconds. Tables keyed by
-- hour are WITHOUT ROWID: a date range reads them in key order.

CREATE TABLE metrics_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    idle_ms INTEGER NOT NULL
);
INSERT INTO metrics_settings (id, idle_ms) VALUES (1, 300000);

-- Order or RMA -> brand (from OrderOpened / ReturnReceived).
CREATE TABLE metrics_brand (subject TEXT PRIMARY KEY, brand TEXT NOT NULL);
-- The last event of each badge at each station: the start of the next working gap.
CREATE TABLE metrics_last (
    station TEXT NOT NULL, user TEXT NOT NULL, ts TEXT NOT NULL,
    PRIMARY KEY (station, user)
);
-- Orders being packed: when their pack clock last ticked and how much it has counted.
CREATE TABLE metrics_order (
    station TEXT NOT NULL, subject TEXT NOT NULL, last_ts TEXT, pack_ms INTEGER NOT NULL,
    PRIMARY KEY (station, subject)
);
CREATE TABLE metrics_hour (
    hour TEXT NOT NULL, station TEXT NOT NULL, user TEXT NOT NULL, brand TEXT NOT NULL,
    orders INTEGER NOT NULL DEFAULT 0,
    units INTEGER NOT NULL DEFAULT 0,
    active_ms INTEGER NOT NULL DEFAULT 0,
    wrong_scans INTEGER NOT NULL DEFAULT 0,
    print_failures INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, station, user, brand)
) WITHOUT ROWID;
CREATE TABLE metrics_category (
    hour TEXT NOT NULL, station TEXT NOT NULL, user TEXT NOT NULL, brand TEXT NOT NULL,
    kind TEXT NOT NULL, name TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (hour, station, user, brand, kind, name)
) WITHOUT ROWID;
-- One row per order packed, for "units in the last hour".
CREATE TABLE metrics_packed (
    seq INTEGER PRIMARY KEY, ts TEXT NOT NULL, station TEXT NOT NULL, user TEXT NOT NULL,
    brand TEXT NOT NULL, units INTEGER NOT NULL
);
CREATE INDEX metrics_packed_ts ON metrics_packed (ts);
-- Pack times in whole seconds, as histograms per UTC hour and per UTC day ('YYYY-MM-DD'):
-- a month reads whole days from the second and only its edges from the first.
CREATE TABLE metrics_pack_time (
    hour TEXT NOT NULL, station TEXT NOT NULL, user TEXT NOT NULL, brand TEXT NOT NULL,
    seconds INTEGER NOT NULL, orders INTEGER NOT NULL,
    PRIMARY KEY (hour, station, user, brand, seconds)
) WITHOUT ROWID;
CREATE TABLE metrics_pack_day (
    day TEXT NOT NULL, station TEXT NOT NULL, user TEXT NOT NULL, brand TEXT NOT NULL,
    seconds INTEGER NOT NULL, orders INTEGER NOT NULL,
    PRIMARY KEY (day, station, user, brand, seconds)
) WITHOUT ROWID;
-- The latest exception-relevant event of each order by recorded time (as the hub, which
-- sees many stations, must judge): open when it is ExceptionReported.
CREATE TABLE metrics_exception (
    subject TEXT PRIMARY KEY, station TEXT NOT NULL, user TEXT, type TEXT NOT NULL,
    reason TEXT, ts TEXT NOT NULL, seq INTEGER NOT NULL
);
CREATE INDEX metrics_exception_open ON metrics_exception (type, ts);

-- Every event goes through this view; replaying the journal into it rebuilds the tables.
CREATE VIEW metrics_input AS
SELECT seq, ts, station, user, type, subject, payload FROM journal WHERE 0;

CREATE TRIGGER metrics_apply INSTEAD OF INSERT ON metrics_input
BEGIN
    INSERT OR REPLACE INTO metrics_brand (subject, brand)
    SELECT NEW.subject, json_extract(NEW.payload, '$.brand')
    WHERE NEW.type IN ('OrderOpened', 'ReturnReceived') AND NEW.subject IS NOT NULL
      AND json_extract(NEW.payload, '$.brand') IS NOT NULL;

    INSERT INTO metrics_hour (hour, station, user, brand)
    VALUES (substr(NEW.ts, 1, 13), NEW.station, coalesce(NEW.user, ''),
            coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), ''))
    ON CONFLICT DO NOTHING;

    UPDATE metrics_hour SET
        active_ms = active_ms + coalesce((
            SELECT gap FROM (
                SELECT CAST(round((julianday(NEW.ts) - julianday(ts)) * 86400000) AS INTEGER)
                       AS gap
                FROM metrics_last WHERE station = NEW.station AND user = NEW.user)
            WHERE gap BETWEEN 0 AND (SELECT idle_ms FROM metrics_settings)), 0),
        orders = orders + (NEW.type = 'OrderPacked'),
        units = units + CASE WHEN NEW.type = 'OrderPacked'
                             THEN coalesce(json_extract(NEW.payload, '$.units'), 0) ELSE 0 END,
        wrong_scans = wrong_scans + (NEW.type = 'WrongItemScanned'),
        print_failures = print_failures + (NEW.type = 'PrintJobFailed')
    WHERE hour = substr(NEW.ts, 1, 13) AND station = NEW.station
      AND user = coalesce(NEW.user, '')
      AND brand = coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), '');

    INSERT INTO metrics_last (station, user, ts)
    SELECT NEW.station, NEW.user, NEW.ts WHERE NEW.user IS NOT NULL
    ON CONFLICT (station, user) DO UPDATE SET ts = excluded.ts;

    INSERT INTO metrics_category (hour, station, user, brand, kind, name, count)
    SELECT substr(NEW.ts, 1, 13), NEW.station, coalesce(NEW.user, ''),
           coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), ''),
           CASE NEW.type WHEN 'ExceptionReported' THEN 'exception'
                         WHEN 'ReturnGraded' THEN 'grade' ELSE 'disposition' END,
           CASE NEW.type
               WHEN 'ExceptionReported' THEN coalesce(json_extract(NEW.payload, '$.reason'),
                                                      'OTHER')
               WHEN 'ReturnGraded' THEN coalesce(json_extract(NEW.payload, '$.grade'), '?')
               ELSE coalesce(json_extract(NEW.payload, '$.disposition'), '?') END,
           1
    WHERE NEW.type IN ('ExceptionReported', 'ReturnGraded', 'ItemDispositioned')
    ON CONFLICT DO UPDATE SET count = count + 1;

    -- The pack clock: reset on OrderOpened, started by the first scan, advanced by every later
    -- event of the order by the gap since the previous one when that gap is a working gap.
    INSERT OR REPLACE INTO metrics_order (station, subject, last_ts, pack_ms)
    SELECT NEW.station, NEW.subject, NULL, 0
    WHERE NEW.type = 'OrderOpened' AND NEW.subject IS NOT NULL;

    UPDATE metrics_order SET
        pack_ms = pack_ms + coalesce((
            SELECT gap FROM (
                SELECT CAST(round((julianday(NEW.ts) - julianday(last_ts)) * 86400000)
                            AS INTEGER) AS gap)
            WHERE gap BETWEEN 0 AND (SELECT idle_ms FROM metrics_settings)), 0),
        last_ts = NEW.ts
    WHERE station = NEW.station AND subject = NEW.subject AND last_ts IS NOT NULL
      AND NEW.type <> 'OrderOpened';

    UPDATE metrics_order SET last_ts = NEW.ts
    WHERE station = NEW.station AND subject = NEW.subject AND last_ts IS NULL
      AND NEW.type IN ('ItemPacked', 'WrongItemScanned', 'OverScanned', 'UnknownCodeScanned',
                       'ItemRefused');

    INSERT INTO metrics_packed (seq, ts, station, user, brand, units)
    SELECT NEW.seq, NEW.ts, NEW.station, coalesce(NEW.user, ''),
           coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), ''),
           coalesce(json_extract(NEW.payload, '$.units'), 0)
    WHERE NEW.type = 'OrderPacked';

    INSERT INTO metrics_pack_time (hour, station, user, brand, seconds, orders)
    SELECT substr(NEW.ts, 1, 13), NEW.station, coalesce(NEW.user, ''),
           coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), ''),
           (pack_ms + 500) / 1000, 1
    FROM metrics_order
    WHERE station = NEW.station AND subject = NEW.subject AND last_ts IS NOT NULL
      AND NEW.type = 'OrderPacked'
    ON CONFLICT DO UPDATE SET orders = orders + 1;

    INSERT INTO metrics_pack_day (day, station, user, brand, seconds, orders)
    SELECT substr(NEW.ts, 1, 10), NEW.station, coalesce(NEW.user, ''),
           coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), ''),
           (pack_ms + 500) / 1000, 1
    FROM metrics_order
    WHERE station = NEW.station AND subject = NEW.subject AND last_ts IS NOT NULL
      AND NEW.type = 'OrderPacked'
    ON CONFLICT DO UPDATE SET orders = orders + 1;

    DELETE FROM metrics_order
    WHERE station = NEW.station AND subject = NEW.subject AND NEW.type = 'OrderPacked';

    INSERT INTO metrics_exception (subject, station, user, type, reason, ts, seq)
    SELECT NEW.subject, NEW.station, NEW.user, NEW.type,
           json_extract(NEW.payload, '$.reason'), NEW.ts, NEW.seq
    WHERE NEW.subject IS NOT NULL
      AND NEW.type IN ('ExceptionReported', 'OrderOpened', 'OrderPacked', 'PackingStopped')
    ON CONFLICT (subject) DO UPDATE SET station = excluded.station, user = excluded.user,
        type = excluded.type, reason = excluded.reason, ts = excluded.ts, seq = excluded.seq
    WHERE excluded.ts > metrics_exception.ts
       OR (excluded.ts = metrics_exception.ts AND excluded.seq > metrics_exception.seq);
END;

CREATE TRIGGER metrics_journal_appended AFTER INSERT ON journal
BEGIN
    INSERT INTO metrics_input (seq, ts, station, user, type, subject, payload)
    VALUES (NEW.seq, NEW.ts, NEW.station, NEW.user, NEW.type, NEW.subject, NEW.payload);
END;

INSERT INTO metrics_input (seq, ts, station, user, type, subject, payload)
SELECT seq, ts, station, user, type, subject, payload FROM journal ORDER BY seq;
