-- Pack time runs from an order's first scan (station/metrics/definitions.py SCANS): a kit's
-- part or a packing material scanned before any whole item starts it too. A second trigger
-- on the metrics input, so 0401's stays as it was; whichever fires first, the result is the
-- same (the other adds a gap of zero).
CREATE TRIGGER metrics_kit_and_material_scans INSTEAD OF INSERT ON metrics_input
WHEN NEW.type IN ('KitPartPacked', 'MaterialScanned')
BEGIN
    UPDATE metrics_order SET last_ts = NEW.ts
    WHERE station = NEW.station AND subject = NEW.subject AND last_ts IS NULL;
END;
