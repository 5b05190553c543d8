-- Parked events: the hub answered `rejected` (it will never apply the event) or `conflict`
-- (it contradicts what the hub holds). Both stay in the journal and in this list, with the
-- hub's reason, for a supervisor; which of the two it was is kept beside the reason.
ALTER TABLE rejected_events ADD COLUMN outcome TEXT NOT NULL DEFAULT 'rejected';
