-- The carrier label check (送り状検品) in the supervisor metrics: each LabelChecked,
-- WrongLabelScanned and LabelReissued counts in metrics_category as kind 'label', named
-- 'checked', 'wrong' or 'reissued' (station/metrics/definitions.py LABEL_EVENTS), by hour,
-- station, badge and brand, as compute.tally counts the raw events. A second trigger on the
-- same view, beside metrics_apply (0401), which it does not change.

CREATE TRIGGER metrics_apply_label_checks INSTEAD OF INSERT ON metrics_input
WHEN NEW.type IN ('LabelChecked', 'WrongLabelScanned', 'LabelReissued')
BEGIN
    INSERT INTO metrics_category (hour, station, user, brand, kind, name, count)
    SELECT substr(NEW.ts, 1, 13), NEW.station, coalesce(NEW.user, ''),
           coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), ''),
           'label',
           CASE NEW.type WHEN 'LabelChecked' THEN 'checked'
                         WHEN 'WrongLabelScanned' THEN 'wrong' ELSE 'reissued' END,
           1
    WHERE true
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

-- The label checks already in the journal, each with the brand its order was opened with
-- most recently before it (as the trigger would have found in metrics_brand). Only these
-- rows are written: the other kept tables, and those of other migrations, stay as they are.
INSERT INTO metrics_category (hour, station, user, brand, kind, name, count)
SELECT substr(j.ts, 1, 13), j.station, coalesce(j.user, ''),
       coalesce((SELECT json_extract(o.payload, '$.brand') FROM journal o
                 WHERE o.subject = j.subject AND o.seq < j.seq
                   AND o.type IN ('OrderOpened', 'ReturnReceived')
                   AND json_extract(o.payload, '$.brand') IS NOT NULL
                 ORDER BY o.seq DESC LIMIT 1), '') AS brand,
       'label',
       CASE j.type WHEN 'LabelChecked' THEN 'checked'
                   WHEN 'WrongLabelScanned' THEN 'wrong' ELSE 'reissued' END AS name,
       count(*)
FROM journal j
WHERE j.type IN ('LabelChecked', 'WrongLabelScanned', 'LabelReissued')
GROUP BY 1, 2, 3, 4, 6
ON CONFLICT DO UPDATE SET count = count + excluded.count;
