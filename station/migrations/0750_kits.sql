-- Kits and set products (issue 14 item 3): a kit is a product of its own (its barcode is on
-- the pre-assembled set) whose parts are other products. The hub sends the parts with the
-- kit's product record; a kit's parts are replaced whole when it changes.
CREATE TABLE kit_parts (
    kit_sku TEXT NOT NULL,
    part_no INTEGER NOT NULL,
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    PRIMARY KEY (kit_sku, part_no),
    UNIQUE (kit_sku, sku)
);
