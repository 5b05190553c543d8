-- Print requests: the journal's OrderPacked, ReprintRequested and RecommerceLabelRequested
-- events ARE the durable requests to print. The print worker records here each request it
-- has handled (in the same transaction as the jobs it queued), so a request is handled once
-- and one killed between the event and the jobs is found again on restart.
CREATE TABLE print_requests (
    event_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('queued', 'refused')),
    message TEXT NOT NULL DEFAULT '',  -- why it was refused, as a Message (JSON)
    handled_at TEXT NOT NULL
);
-- Every request at or below this journal seq is handled: the worker looks only above it.
-- A database migrated with a history starts after that history (printed the old way).
CREATE TABLE print_request_cursor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT INTO print_request_cursor (id, seq) SELECT 1, coalesce(max(seq), 0) FROM journal;
