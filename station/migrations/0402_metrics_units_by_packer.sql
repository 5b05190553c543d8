-- A sealed order's units are credited to the badges that scanned them, not all to the one who
-- sealed it: OrderPacked.packers splits them when someone else packed some (a hand-over).
-- A second trigger on 0401's view: 0401 credits the sealer with every unit, this one moves
-- the others' units from the sealer's row to theirs. Each creates the rows it touches, so
-- the order in which SQLite fires the two does not matter. The reference is
-- station/metrics/compute.py (`_credit`).

CREATE TRIGGER metrics_units_by_packer INSTEAD OF INSERT ON metrics_input
WHEN NEW.type = 'OrderPacked' AND json_array_length(NEW.payload, '$.packers') > 0
BEGIN
    INSERT INTO metrics_hour (hour, station, user, brand)
    SELECT substr(NEW.ts, 1, 13), NEW.station, json_extract(value, '$.badge'),
           coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), '')
    FROM json_each(NEW.payload, '$.packers')
    WHERE NEW.type = 'OrderPacked' AND json_extract(value, '$.badge') <> coalesce(NEW.user, '')
    ON CONFLICT DO NOTHING;

    INSERT INTO metrics_hour (hour, station, user, brand)
    SELECT substr(NEW.ts, 1, 13), NEW.station, coalesce(NEW.user, ''),
           coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), '')
    WHERE NEW.type = 'OrderPacked'
    ON CONFLICT DO NOTHING;

    UPDATE metrics_hour SET units = units + (
        SELECT sum(json_extract(value, '$.units')) FROM json_each(NEW.payload, '$.packers')
        WHERE json_extract(value, '$.badge') = metrics_hour.user)
    WHERE NEW.type = 'OrderPacked' AND hour = substr(NEW.ts, 1, 13) AND station = NEW.station
      AND brand = coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), '')
      AND user <> coalesce(NEW.user, '')
      AND user IN (SELECT json_extract(value, '$.badge')
                   FROM json_each(NEW.payload, '$.packers'));

    UPDATE metrics_hour SET units = units - coalesce((
        SELECT sum(json_extract(value, '$.units')) FROM json_each(NEW.payload, '$.packers')
        WHERE json_extract(value, '$.badge') <> coalesce(NEW.user, '')), 0)
    WHERE NEW.type = 'OrderPacked' AND hour = substr(NEW.ts, 1, 13) AND station = NEW.station
      AND brand = coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), '')
      AND user = coalesce(NEW.user, '');
END;

-- Orders sealed before this migration carry no `packers`: nothing to move, nothing to replay.
