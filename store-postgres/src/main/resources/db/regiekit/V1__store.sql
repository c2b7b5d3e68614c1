-- The Regiekit store: aggregates as JSONB documents in the library's JSON contract, every version kept,
-- query columns beside the current version, the disclosure log, case closures and the erasure audit.
-- Identifiers are compared byte by byte (COLLATE "C"): they are ASCII codes, ordered as Java orders them, where a
-- locale's collation would skip their hyphens at first.

-- The current version of each aggregate, with the columns the caseload queries need.
CREATE TABLE aggregate (
    kind          TEXT        NOT NULL,           -- 'case-file' or 'case'
    id            TEXT        COLLATE "C" NOT NULL, -- the case identifier
    version       BIGINT      NOT NULL CHECK (version >= 1),
    document      JSONB       NOT NULL,           -- a regiekit/case-file document
    phase         TEXT,                           -- the current phase, null before the introduction
    organisations TEXT[]      NOT NULL,           -- every organisation the case lists as involved
    case_manager  TEXT        COLLATE "C",
    youth_worker  TEXT        COLLATE "C",
    next_due      DATE,                           -- the earliest due date of the case's signals
    saved_at      TIMESTAMPTZ NOT NULL,
    saved_by      TEXT        NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX aggregate_next_due ON aggregate (kind, next_due) WHERE next_due IS NOT NULL;
CREATE INDEX aggregate_organisations ON aggregate USING GIN (organisations);
CREATE INDEX aggregate_case_manager ON aggregate (kind, case_manager) WHERE case_manager IS NOT NULL;

-- Every version of every aggregate, the current one included.
CREATE TABLE aggregate_version (
    kind     TEXT        NOT NULL,
    id       TEXT        COLLATE "C" NOT NULL,
    version  BIGINT      NOT NULL CHECK (version >= 1),
    document JSONB       NOT NULL,
    saved_at TIMESTAMPTZ NOT NULL,
    saved_by TEXT        NOT NULL,
    PRIMARY KEY (kind, id, version)
);
CREATE INDEX aggregate_version_saved_at ON aggregate_version (kind, id, saved_at);

-- Every disclosure of (part of) a case to an organisation, in the fields of the Logboek dataverwerkingen
-- standard. Identifiers only: never a name, BSN or free text. Append-only.
CREATE TABLE disclosure (
    seq                 BIGSERIAL   PRIMARY KEY,
    trace_id            TEXT        NOT NULL,
    span_id             TEXT        NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL,
    organisation        TEXT        NOT NULL,
    processing_activity TEXT        NOT NULL,
    purpose             TEXT        NOT NULL,
    lawful_basis        TEXT        NOT NULL,
    case_id             TEXT        COLLATE "C" NOT NULL,
    data_subjects       TEXT[]      NOT NULL
);
CREATE INDEX disclosure_case ON disclosure (case_id, occurred_at);

CREATE FUNCTION disclosure_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the disclosure log is append-only';
END;
$$;
CREATE TRIGGER disclosure_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON disclosure
    FOR EACH STATEMENT EXECUTE FUNCTION disclosure_append_only();

-- The date each case closed, from which its retention period runs.
CREATE TABLE case_closure (
    case_id   TEXT        COLLATE "C" PRIMARY KEY,
    closed_on DATE        NOT NULL,
    saved_at  TIMESTAMPTZ NOT NULL,
    saved_by  TEXT        NOT NULL
);

-- What was erased, when and by whom: identifiers of the case and the number of versions only.
CREATE TABLE erasure_audit (
    seq       BIGSERIAL   PRIMARY KEY,
    erased_at TIMESTAMPTZ NOT NULL,
    erased_by TEXT        NOT NULL,
    scope     TEXT        NOT NULL CHECK (scope IN ('CASE', 'PERSON')),
    case_id   TEXT        NOT NULL,
    versions  INTEGER     NOT NULL
);
