-- Photos of a box's contents taken at sealing (scanning feature), kept with the shipment so a
-- "missing item" claim can be answered with a picture. The JPEG lives in the row, written in
-- the same transaction as its BoxPhotoTaken event: a photo is never half-saved, and the sync
-- worker finds the bytes to upload by the event's sha256.
CREATE TABLE box_photos (
    sha256 TEXT PRIMARY KEY,
    order_id TEXT NOT NULL,
    box_no INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    jpeg BLOB NOT NULL,
    uploaded_at TEXT
);
CREATE INDEX box_photos_order ON box_photos (order_id, box_no);
