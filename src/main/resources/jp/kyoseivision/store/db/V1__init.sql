-- Kyosei Vision plan file, schema version 1.
-- One file holds one sphere (定住自立圏). Order of children is kept in `ord` columns.
-- Municipalities, plans, policy areas and fiscal years are rows, never columns.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sphere (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    name                    TEXT NOT NULL,
    central_municipality_id TEXT REFERENCES municipality (id)
);

CREATE TABLE municipality (
    id   TEXT PRIMARY KEY,
    ord  INTEGER NOT NULL,
    name TEXT NOT NULL
);

CREATE TABLE plan (
    id            TEXT PRIMARY KEY,
    ord           INTEGER NOT NULL,
    edition       INTEGER NOT NULL CHECK (edition >= 1),
    title         TEXT NOT NULL,
    start_fy      INTEGER NOT NULL,
    end_fy        INTEGER NOT NULL,
    grading_basis TEXT NOT NULL,
    CHECK (end_fy >= start_fy)
);

CREATE TABLE grade_band (
    plan_id     TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    grade       TEXT NOT NULL,
    label       TEXT NOT NULL,
    min_percent TEXT NOT NULL,
    PRIMARY KEY (plan_id, grade)
);

CREATE TABLE revision (
    id          TEXT PRIMARY KEY,
    plan_id     TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    date        TEXT,
    status      TEXT NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED')),
    based_on_id TEXT REFERENCES revision (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    note        TEXT
);

CREATE TABLE perspective (
    id          TEXT PRIMARY KEY,
    revision_id TEXT NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL
);

CREATE TABLE policy_area (
    id             TEXT PRIMARY KEY,
    perspective_id TEXT NOT NULL REFERENCES perspective (id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    name           TEXT NOT NULL
);

CREATE TABLE direction (
    id             TEXT PRIMARY KEY,
    policy_area_id TEXT NOT NULL REFERENCES policy_area (id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    title          TEXT NOT NULL,
    agreement      TEXT
);

CREATE TABLE direction_role (
    direction_id    TEXT NOT NULL REFERENCES direction (id) ON DELETE CASCADE,
    municipality_id TEXT NOT NULL REFERENCES municipality (id),
    ord             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    PRIMARY KEY (direction_id, municipality_id)
);

CREATE TABLE measure (
    id           TEXT PRIMARY KEY,
    direction_id TEXT NOT NULL REFERENCES direction (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    lineage_id   TEXT NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    name         TEXT NOT NULL,
    content      TEXT,
    effect       TEXT,
    role_sharing TEXT,
    notes        TEXT
);
CREATE INDEX measure_lineage ON measure (lineage_id);

CREATE TABLE measure_alias (
    measure_id TEXT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    alias      TEXT NOT NULL,
    PRIMARY KEY (measure_id, ord)
);

CREATE TABLE measure_participant (
    measure_id      TEXT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    municipality_id TEXT NOT NULL REFERENCES municipality (id),
    ord             INTEGER NOT NULL,
    PRIMARY KEY (measure_id, municipality_id)
);

-- 事業費: whole thousand yen per fiscal year.
CREATE TABLE measure_budget (
    measure_id TEXT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    fy         INTEGER NOT NULL,
    amount     INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (measure_id, fy)
);

-- 事業名称: groups (municipality_id NULL = 【共通】) and their names.
CREATE TABLE project_group (
    measure_id      TEXT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    municipality_id TEXT REFERENCES municipality (id),
    PRIMARY KEY (measure_id, ord)
);

CREATE TABLE project (
    measure_id TEXT NOT NULL,
    group_ord  INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (measure_id, group_ord, ord),
    FOREIGN KEY (measure_id, group_ord) REFERENCES project_group (measure_id, ord) ON DELETE CASCADE
);

CREATE TABLE measure_sdg (
    measure_id TEXT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    goal       INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),
    PRIMARY KEY (measure_id, goal)
);

-- KPI numbers are exact decimals kept as text (BigDecimal.toPlainString), never floating point.
CREATE TABLE kpi (
    id              TEXT PRIMARY KEY,
    measure_id      TEXT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    name            TEXT NOT NULL,
    unit            TEXT NOT NULL,
    better          TEXT NOT NULL CHECK (better IN ('HIGHER', 'LOWER')),
    baseline_fy     INTEGER,
    baseline_number TEXT,
    baseline_note   TEXT,
    target_fy       INTEGER,
    target_number   TEXT,
    target_note     TEXT,
    note            TEXT
);

CREATE TABLE kpi_actual (
    kpi_id         TEXT NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    fy             INTEGER NOT NULL,
    number         TEXT,
    note           TEXT,
    recorded_grade TEXT,
    overview_grade TEXT,
    progress       TEXT,
    next_steps     TEXT,
    PRIMARY KEY (kpi_id, fy)
);

CREATE TABLE kpi_report (
    id      TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    fy      INTEGER NOT NULL,
    date    TEXT,
    title   TEXT NOT NULL,
    summary TEXT
);

CREATE TABLE kpi_report_count (
    report_id TEXT NOT NULL REFERENCES kpi_report (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    grade     TEXT NOT NULL,
    count     INTEGER NOT NULL CHECK (count >= 0),
    percent   TEXT,
    PRIMARY KEY (report_id, grade)
);

CREATE TABLE opinion (
    id          TEXT PRIMARY KEY,
    ord         INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('PUBLIC_COMMENT', 'COUNCIL_MEMBER')),
    number      INTEGER,
    date        TEXT,
    source      TEXT,
    revision_id TEXT REFERENCES revision (id) ON DELETE SET NULL,
    measure_id  TEXT REFERENCES measure (id) ON DELETE SET NULL,
    page        TEXT,
    topic       TEXT,
    text        TEXT NOT NULL,
    answer      TEXT,
    status      TEXT NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'REFLECTED'))
);

-- Reasons recorded for the changes between two revisions (新旧対照表の理由).
CREATE TABLE change_reason (
    ord              INTEGER NOT NULL,
    from_revision_id TEXT NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    to_revision_id   TEXT NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
    from_measure_id  TEXT REFERENCES measure (id) ON DELETE CASCADE,
    to_measure_id    TEXT REFERENCES measure (id) ON DELETE CASCADE,
    reason           TEXT NOT NULL,
    CHECK (from_measure_id IS NOT NULL OR to_measure_id IS NOT NULL)
);
