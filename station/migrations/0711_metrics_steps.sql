-- Steps confirmed by scan before completing (station/pack/steps.py): 熨斗, gift wrapping,
-- flyers and samples, counted per UTC hour, station, packer, brand and kind, so the
-- supervisor sees how many gifts were wrapped and inserts enclosed (and a 3PL can bill them).
-- Kept by a trigger on metrics_input beside 0401's, so replaying the journal rebuilds it.
CREATE TABLE metrics_steps (
    hour TEXT NOT NULL, station TEXT NOT NULL, user TEXT NOT NULL, brand TEXT NOT NULL,
    kind TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (hour, station, user, brand, kind)
) WITHOUT ROWID;

CREATE TRIGGER metrics_steps_apply INSTEAD OF INSERT ON metrics_input
WHEN NEW.type = 'StepConfirmed'
BEGIN
    INSERT INTO metrics_steps (hour, station, user, brand, kind, count)
    VALUES (substr(NEW.ts, 1, 13), NEW.station, coalesce(NEW.user, ''),
            coalesce((SELECT brand FROM metrics_brand WHERE subject = NEW.subject), ''),
            coalesce(json_extract(NEW.payload, '$.kind'), '?'), 1)
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

INSERT INTO metrics_steps (hour, station, user, brand, kind, count)
SELECT substr(j.ts, 1, 13), j.station, coalesce(j.user, ''), coalesce(b.brand, ''),
       coalesce(json_extract(j.payload, '$.kind'), '?'), count(*)
FROM journal j LEFT JOIN metrics_brand b ON b.subject = j.subject
WHERE j.type = 'StepConfirmed'
GROUP BY 1, 2, 3, 4, 5;
