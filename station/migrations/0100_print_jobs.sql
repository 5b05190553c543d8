-- Print jobs: projection of the PrintJob* events, plus the document bytes to send (kept here,
-- not in the journal, so sync never pushes PDFs). Written in the same transaction as the event.
CREATE TABLE print_jobs (
    id TEXT PRIMARY KEY,
    order_id TEXT,
    kind TEXT NOT NULL,
    printer TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('pdf', 'zpl')),
    name TEXT NOT NULL,
    box_no INTEGER,
    status TEXT NOT NULL CHECK (status IN ('queued', 'failed', 'sent', 'voided')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    last_error_message TEXT NOT NULL DEFAULT '',  -- the same as a Message (JSON), translated where shown
    next_attempt_at TEXT NOT NULL,
    reprint_of TEXT REFERENCES print_jobs (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    document BLOB NOT NULL
);
CREATE INDEX print_jobs_due ON print_jobs (next_attempt_at) WHERE status IN ('queued', 'failed');
CREATE INDEX print_jobs_order ON print_jobs (order_id, created_at);
