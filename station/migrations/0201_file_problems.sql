-- Photo files the sync worker could not upload and will not retry by itself: the file is
-- gone or unreadable, its bytes no longer match their sha256, or the hub refused it (too
-- large, another site's). Kept to be seen; deleting a row makes the worker try again.
CREATE TABLE file_problems (
    kind TEXT NOT NULL,          -- 'return_photo' | 'box_photo'
    sha256 TEXT NOT NULL,
    reason TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (kind, sha256)
);
