-- Kyosei Vision plan file, schema version 3 (issue 19): plans of any shape. A plan stores its kind (level names,
-- what an item is called, what it shows), its series and owner; the three fixed group tables perspective /
-- policy_area / direction become one tree of nodes, keeping every id. Items may sit directly under a revision;
-- KPIs may belong to a revision, a node or an item; items and nodes hold labelled sections; projects carry their
-- details and per-year marks. Runs with foreign keys off (the table rebuilds), checked after (PlanFile.open).

ALTER TABLE plan ADD COLUMN series TEXT NOT NULL DEFAULT 'vision';
ALTER TABLE plan ADD COLUMN kind_id TEXT NOT NULL DEFAULT 'settlement-vision';
ALTER TABLE plan ADD COLUMN kind_name TEXT NOT NULL DEFAULT '定住自立圏共生ビジョン';
ALTER TABLE plan ADD COLUMN item_name TEXT NOT NULL DEFAULT '具体的な取組';
ALTER TABLE plan ADD COLUMN kpi_heading TEXT DEFAULT '成果指標';
ALTER TABLE plan ADD COLUMN projects_heading TEXT DEFAULT '事業名称';
ALTER TABLE plan ADD COLUMN features TEXT NOT NULL
    DEFAULT 'CONTENT,PARTICIPANTS,ROLES,BUDGET,PROJECTS,PROJECTS_BY_MUNICIPALITY,EFFECT,ROLE_SHARING,SDGS';
ALTER TABLE plan ADD COLUMN summary_level INTEGER NOT NULL DEFAULT 1;
ALTER TABLE plan ADD COLUMN match_level INTEGER NOT NULL DEFAULT 1;
ALTER TABLE plan ADD COLUMN owner_municipality_id TEXT REFERENCES municipality (id);

CREATE TABLE plan_level (
    plan_id TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    name    TEXT NOT NULL,
    PRIMARY KEY (plan_id, ord)
);

CREATE TABLE plan_section_label (
    plan_id TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    label   TEXT NOT NULL,
    PRIMARY KEY (plan_id, ord)
);

INSERT INTO plan_level (plan_id, ord, name) SELECT id, 0, '政策の視点' FROM plan;
INSERT INTO plan_level (plan_id, ord, name) SELECT id, 1, '政策分野' FROM plan;
INSERT INTO plan_level (plan_id, ord, name) SELECT id, 2, '取組分野' FROM plan;

ALTER TABLE revision ADD COLUMN date_text TEXT;

CREATE TABLE node (
    id          TEXT PRIMARY KEY,
    revision_id TEXT NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    parent_id   TEXT REFERENCES node (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    code        TEXT,
    name        TEXT NOT NULL,
    subtitle    TEXT,
    text        TEXT,
    page        TEXT
);

CREATE TABLE node_alias (
    node_id TEXT NOT NULL REFERENCES node (id) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    alias   TEXT NOT NULL,
    PRIMARY KEY (node_id, ord)
);

CREATE TABLE node_role (
    node_id         TEXT NOT NULL REFERENCES node (id) ON DELETE CASCADE,
    municipality_id TEXT NOT NULL REFERENCES municipality (id),
    ord             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    PRIMARY KEY (node_id, municipality_id)
);

INSERT INTO node (id, revision_id, parent_id, ord, name)
SELECT id, revision_id, NULL, ord, name FROM perspective;
INSERT INTO node (id, revision_id, parent_id, ord, name)
SELECT a.id, p.revision_id, a.perspective_id, a.ord, a.name
FROM policy_area a JOIN perspective p ON p.id = a.perspective_id;
INSERT INTO node (id, revision_id, parent_id, ord, name, text)
SELECT d.id, p.revision_id, d.policy_area_id, d.ord, d.title, d.agreement
FROM direction d JOIN policy_area a ON a.id = d.policy_area_id JOIN perspective p ON p.id = a.perspective_id;
INSERT INTO node_role (node_id, municipality_id, ord, text)
SELECT direction_id, municipality_id, ord, text FROM direction_role;

CREATE TABLE measure_v3 (
    id           TEXT PRIMARY KEY,
    revision_id  TEXT NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    node_id      TEXT REFERENCES node (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    lineage_id   TEXT NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    name         TEXT NOT NULL,
    content      TEXT,
    effect       TEXT,
    role_sharing TEXT,
    notes        TEXT,
    code         TEXT,
    page         TEXT
);
INSERT INTO measure_v3 (id, revision_id, node_id, ord, lineage_id, number, name, content, effect, role_sharing, notes)
SELECT m.id, n.revision_id, m.direction_id, m.ord, m.lineage_id, m.number, m.name, m.content, m.effect,
       m.role_sharing, m.notes
FROM measure m JOIN node n ON n.id = m.direction_id;
DROP TABLE measure;
ALTER TABLE measure_v3 RENAME TO measure;
CREATE INDEX measure_lineage ON measure (lineage_id);

-- Labelled texts of a revision, a node or an item (exactly one owner); the id is the owner's id, '/s' and the order.
CREATE TABLE section (
    id          TEXT PRIMARY KEY,
    revision_id TEXT REFERENCES revision (id) ON DELETE CASCADE,
    node_id     TEXT REFERENCES node (id) ON DELETE CASCADE,
    measure_id  TEXT REFERENCES measure (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    label       TEXT NOT NULL,
    CHECK ((revision_id IS NOT NULL) + (node_id IS NOT NULL) + (measure_id IS NOT NULL) = 1)
);

CREATE TABLE section_item (
    section_id TEXT NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    number     TEXT,
    heading    TEXT,
    text       TEXT,
    PRIMARY KEY (section_id, ord)
);

ALTER TABLE project ADD COLUMN number INTEGER;
ALTER TABLE project ADD COLUMN is_new INTEGER NOT NULL DEFAULT 0;
ALTER TABLE project ADD COLUMN reposted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE project ADD COLUMN summary TEXT;
ALTER TABLE project ADD COLUMN note TEXT;

CREATE TABLE project_department (
    measure_id  TEXT NOT NULL,
    group_ord   INTEGER NOT NULL,
    project_ord INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (measure_id, group_ord, project_ord, ord),
    FOREIGN KEY (measure_id, group_ord, project_ord) REFERENCES project (measure_id, group_ord, ord)
        ON DELETE CASCADE
);

CREATE TABLE project_year (
    measure_id  TEXT NOT NULL,
    group_ord   INTEGER NOT NULL,
    project_ord INTEGER NOT NULL,
    fy          INTEGER NOT NULL,
    PRIMARY KEY (measure_id, group_ord, project_ord, fy),
    FOREIGN KEY (measure_id, group_ord, project_ord) REFERENCES project (measure_id, group_ord, ord)
        ON DELETE CASCADE
);

CREATE TABLE kpi_v3 (
    id              TEXT PRIMARY KEY,
    revision_id     TEXT REFERENCES revision (id) ON DELETE CASCADE,
    node_id         TEXT REFERENCES node (id) ON DELETE CASCADE,
    measure_id      TEXT REFERENCES measure (id) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    name            TEXT NOT NULL,
    qualifier       TEXT,
    unit            TEXT NOT NULL,
    municipality_id TEXT REFERENCES municipality (id),
    better          TEXT NOT NULL CHECK (better IN ('HIGHER', 'LOWER')),
    baseline_fy     INTEGER,
    baseline_period TEXT,
    baseline_number TEXT,
    baseline_note   TEXT,
    target_fy       INTEGER,
    target_period   TEXT,
    target_number   TEXT,
    target_note     TEXT,
    note            TEXT,
    CHECK ((revision_id IS NOT NULL) + (node_id IS NOT NULL) + (measure_id IS NOT NULL) = 1)
);
INSERT INTO kpi_v3 (id, measure_id, ord, name, unit, better, baseline_fy, baseline_number, baseline_note, target_fy,
                    target_number, target_note, note)
SELECT id, measure_id, ord, name, unit, better, baseline_fy, baseline_number, baseline_note, target_fy,
       target_number, target_note, note
FROM kpi;
DROP TABLE kpi;
ALTER TABLE kpi_v3 RENAME TO kpi;

CREATE TABLE kpi_milestone (
    kpi_id TEXT NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    ord    INTEGER NOT NULL,
    fy     INTEGER NOT NULL,
    period TEXT,
    number TEXT,
    note   TEXT,
    PRIMARY KEY (kpi_id, ord)
);

CREATE TABLE opinion_v3 (
    id                     TEXT PRIMARY KEY,
    ord                    INTEGER NOT NULL,
    kind_id                TEXT NOT NULL REFERENCES opinion_kind (id),
    number                 INTEGER,
    source                 TEXT,
    from_date              TEXT,
    to_date                TEXT,
    revision_id            TEXT REFERENCES revision (id) ON DELETE SET NULL,
    area_node_id           TEXT REFERENCES node (id) ON DELETE SET NULL,
    node_id                TEXT REFERENCES node (id) ON DELETE SET NULL,
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
INSERT INTO opinion_v3 (id, ord, kind_id, number, source, from_date, to_date, revision_id, area_node_id, node_id,
                        measure_id, page, topic, text, answer, status, change_from_measure_id, change_to_measure_id)
SELECT id, ord, kind_id, number, source, from_date, to_date, revision_id, policy_area_id, direction_id,
       measure_id, page, topic, text, answer, status, change_from_measure_id, change_to_measure_id
FROM opinion;
DROP TABLE opinion;
ALTER TABLE opinion_v3 RENAME TO opinion;

ALTER TABLE change_reason ADD COLUMN label TEXT;

DROP TABLE direction_role;
DROP TABLE direction;
DROP TABLE policy_area;
DROP TABLE perspective;
