-- A supervisor's resolve or release takes an order out of the exception queue, as reopening
-- or packing it does (station/metrics/definitions.py: EXCEPTION_CLEARED_BY). A trigger of its
-- own on 0401's view; it touches only metrics_exception, for these two types only.

CREATE TRIGGER metrics_exception_decided INSTEAD OF INSERT ON metrics_input
WHEN NEW.type IN ('ExceptionResolved', 'ExceptionReleased') AND NEW.subject IS NOT NULL
BEGIN
    INSERT INTO metrics_exception (subject, station, user, type, reason, ts, seq)
    VALUES (NEW.subject, NEW.station, NEW.user, NEW.type, NULL, NEW.ts, NEW.seq)
    ON CONFLICT (subject) DO UPDATE SET station = excluded.station, user = excluded.user,
        type = excluded.type, reason = excluded.reason, ts = excluded.ts, seq = excluded.seq
    WHERE excluded.ts > metrics_exception.ts
       OR (excluded.ts = metrics_exception.ts AND excluded.seq > metrics_exception.seq);
END;
