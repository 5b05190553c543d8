-- Supervisor metrics read the journal by time range: "today", a chosen date range, the last
-- hour. The core's (type, ts) index serves one type at a time; this one serves a whole range.
CREATE INDEX journal_ts ON journal (ts);
