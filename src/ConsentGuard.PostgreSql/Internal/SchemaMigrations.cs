using System.Collections.Generic;

namespace ConsentGuard.PostgreSql.Internal
{
    /// <summary>One numbered schema step; <c>{schema}</c> in its SQL is the configured schema name.</summary>
    internal sealed class Migration
    {
        public Migration(int version, string description, string sql)
        {
            Version = version;
            Description = description;
            Sql = sql;
        }

        public int Version { get; }
        public string Description { get; }
        public string Sql { get; }

        public string SqlFor(string schema) => Sql.Replace("{schema}", schema);
    }

    /// <summary>
    /// The schema, as the numbered steps that build it. A step that has shipped is never edited: databases in the field
    /// were built by its exact text. Change the schema by adding a step.
    /// </summary>
    /// <remarks>
    /// The event kind is a text column with a CHECK, not a boolean: a new kind of event (an objection to a
    /// legitimate-interest purpose) is one more step that widens the CHECK and teaches the state trigger its meaning.
    /// The current state keeps the deciding event's kind for the same reason.
    /// </remarks>
    internal static class SchemaMigrations
    {
        public static IReadOnlyList<Migration> All { get; } = new[]
        {
            new Migration(1, "consent ledger: append-only events, and the current state maintained from them", @"
CREATE TABLE {schema}.consent_events (
    event_id       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id     text        NOT NULL CHECK (subject_id <> ''),
    purpose        text        NOT NULL CHECK (purpose <> ''),
    kind           text        NOT NULL CHECK (kind IN ('grant', 'revoke')),
    at             timestamptz NOT NULL CHECK (isfinite(at)),
    source         text        NOT NULL CHECK (source <> ''),
    policy_version text        NULL
);
-- As-of look-ups and the clamp of a new event's time: the latest event of one (subject, purpose).
CREATE INDEX ix_consent_events_subject_purpose_at ON {schema}.consent_events (subject_id, purpose, at, event_id);
-- Revocations since an instant, matched against the training-run register.
CREATE INDEX ix_consent_events_kind_at ON {schema}.consent_events (kind, at);

-- The ledger is evidence: nothing rewrites, removes or truncates an event, whoever holds a connection.
CREATE FUNCTION {schema}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE ON {schema}.consent_events
    FOR EACH ROW EXECUTE FUNCTION {schema}.refuse_change();
CREATE TRIGGER consent_events_no_truncate BEFORE TRUNCATE ON {schema}.consent_events
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.refuse_change();

CREATE TABLE {schema}.consent_state (
    purpose    text        NOT NULL,
    subject_id text        NOT NULL,
    kind       text        NOT NULL,
    event_id   bigint      NOT NULL,
    at         timestamptz NOT NULL,
    PRIMARY KEY (purpose, subject_id)
);
-- Kept in the same transaction as the events, by the database itself, whoever appends. One statement-level trigger
-- over the statement's new rows: a single grant and a bulk import of millions take the same path, set-based.
-- An event replaces the state only when it is later by (time, event id): the state is always the as-of answer for 'now'.
CREATE FUNCTION {schema}.maintain_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {schema}.consent_state AS s (purpose, subject_id, kind, event_id, at)
    SELECT DISTINCT ON (purpose, subject_id) purpose, subject_id, kind, event_id, at
    FROM new_events
    ORDER BY purpose, subject_id, at DESC, event_id DESC
    ON CONFLICT (purpose, subject_id) DO UPDATE
        SET kind = EXCLUDED.kind, event_id = EXCLUDED.event_id, at = EXCLUDED.at
        WHERE (s.at, s.event_id) < (EXCLUDED.at, EXCLUDED.event_id);
    RETURN NULL;
END $$;
CREATE TRIGGER consent_events_maintain_state AFTER INSERT ON {schema}.consent_events
    REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION {schema}.maintain_state();
"),
            new Migration(2, "training-run register: runs and the subjects whose data they read", @"
CREATE TABLE {schema}.training_runs (
    run_id       text        PRIMARY KEY,
    purpose      text        NOT NULL CHECK (purpose <> ''),
    label        text        NULL,
    started_at   timestamptz NOT NULL,
    completed_at timestamptz NULL
);
CREATE TABLE {schema}.training_run_subjects (
    run_id        text        NOT NULL REFERENCES {schema}.training_runs (run_id),
    subject_id    text        NOT NULL CHECK (subject_id <> ''),
    first_used_at timestamptz NOT NULL,
    PRIMARY KEY (run_id, subject_id)
);
CREATE INDEX ix_training_run_subjects_subject ON {schema}.training_run_subjects (subject_id, first_used_at);
-- A record of use is what a later revocation is matched against: it is never rewritten or removed.
CREATE TRIGGER training_run_subjects_append_only BEFORE UPDATE OR DELETE ON {schema}.training_run_subjects
    FOR EACH ROW EXECUTE FUNCTION {schema}.refuse_change();
CREATE TRIGGER training_run_subjects_no_truncate BEFORE TRUNCATE ON {schema}.training_run_subjects
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.refuse_change();
"),
            new Migration(3, "legitimate interest: append-only notice and objection events", @"
CREATE TABLE {schema}.objection_events (
    event_id   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id text        NOT NULL CHECK (subject_id <> ''),
    purpose    text        NOT NULL CHECK (purpose <> ''),
    -- 'notice': the person was told of the processing and of their right to object; 'objection': they objected.
    kind       text        NOT NULL CHECK (kind IN ('notice', 'objection')),
    at         timestamptz NOT NULL CHECK (isfinite(at)),
    source     text        NOT NULL CHECK (source <> '')
);
-- As-of look-ups per purpose and chunk of subjects; and objections since an instant, for the training-run register.
CREATE INDEX ix_objection_events_purpose_subject ON {schema}.objection_events (purpose, subject_id, kind, at);
CREATE INDEX ix_objection_events_kind_at ON {schema}.objection_events (kind, at);
CREATE TRIGGER objection_events_append_only BEFORE UPDATE OR DELETE ON {schema}.objection_events
    FOR EACH ROW EXECUTE FUNCTION {schema}.refuse_change();
CREATE TRIGGER objection_events_no_truncate BEFORE TRUNCATE ON {schema}.objection_events
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.refuse_change();
"),
        };

        public static int LatestVersion => All[All.Count - 1].Version;
    }
}
