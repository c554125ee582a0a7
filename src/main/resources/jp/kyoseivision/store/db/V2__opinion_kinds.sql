-- Kyosei Vision plan file, schema version 2: opinion kinds as data, an opinion's consultation period, what it
-- concerns (policy area, direction or card) and the change it caused.
-- Every opinion of a version-1 file keeps its id, order, texts and links.

CREATE TABLE opinion_kind (
    id   TEXT PRIMARY KEY,
    ord  INTEGER NOT NULL,
    name TEXT NOT NULL
);

INSERT INTO opinion_kind (id, ord, name) VALUES ('PUBLIC_COMMENT', 0, 'パブリックコメント');
INSERT INTO opinion_kind (id, ord, name) VALUES ('COUNCIL_MEMBER', 1, '懇談会委員意見');
INSERT INTO opinion_kind (id, ord, name) VALUES ('COUNCIL_MEETING', 2, '懇談会での意見');

ALTER TABLE opinion RENAME TO opinion_v1;

CREATE TABLE opinion (
    id                     TEXT PRIMARY KEY,
    ord                    INTEGER NOT NULL,
    kind_id                TEXT NOT NULL REFERENCES opinion_kind (id),
    number                 INTEGER,
    source                 TEXT,
    from_date              TEXT,
    to_date                TEXT,
    revision_id            TEXT REFERENCES revision (id) ON DELETE SET NULL,
    policy_area_id         TEXT REFERENCES policy_area (id) ON DELETE SET NULL,
    direction_id           TEXT REFERENCES direction (id) ON DELETE SET NULL,
    measure_id             TEXT REFERENCES measure (id) ON DELETE SET NULL,
    page                   TEXT,
    topic                  TEXT,
    text                   TEXT NOT NULL,
    answer                 TEXT,
    status                 TEXT NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'REFLECTED')),
    change_from_measure_id TEXT REFERENCES measure (id) ON DELETE SET NULL,
    change_to_measure_id   TEXT REFERENCES measure (id) ON DELETE SET NULL,
    CHECK (to_date IS NULL OR (from_date IS NOT NULL AND to_date >= from_date))
);

-- Old kinds map to the rows above; a council member's opinion with a date was voiced at that meeting (the only
-- version-1 opinions with a date are those of a meeting), so it becomes 懇談会での意見. Its date is the first and
-- last day of its source. An opinion without a card whose 項目 is a direction's title (or a policy area's name) of
-- its revision concerns that direction (or area).
INSERT INTO opinion (id, ord, kind_id, number, source, from_date, to_date, revision_id, policy_area_id, direction_id,
                     measure_id, page, topic, text, answer, status)
SELECT o.id, o.ord,
       CASE WHEN o.kind = 'COUNCIL_MEMBER' AND o.date IS NOT NULL THEN 'COUNCIL_MEETING' ELSE o.kind END,
       o.number,
       o.source, o.date, o.date, o.revision_id,
       CASE WHEN o.measure_id IS NULL THEN (
           SELECT a.id FROM policy_area a JOIN perspective p ON p.id = a.perspective_id
           WHERE p.revision_id = o.revision_id AND a.name = o.topic ORDER BY p.ord, a.ord LIMIT 1) END,
       CASE WHEN o.measure_id IS NULL THEN (
           SELECT d.id FROM direction d JOIN policy_area a ON a.id = d.policy_area_id
           JOIN perspective p ON p.id = a.perspective_id
           WHERE p.revision_id = o.revision_id AND d.title = o.topic ORDER BY p.ord, a.ord, d.ord LIMIT 1) END,
       o.measure_id, o.page, o.topic, o.text, o.answer, o.status
FROM opinion_v1 o ORDER BY o.ord;

DROP TABLE opinion_v1;
