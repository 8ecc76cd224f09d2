using System.Collections.Generic;

namespace ConsentGuard.Sqlite.Internal
{
    /// <summary>One numbered schema step.</summary>
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
    }

    /// <summary>
    /// The schema, as the numbered steps that build it. A step that has shipped is never edited:
    /// databases in the field were built by its exact text. Change the schema by adding a step.
    /// Times are UTC ticks (INTEGER), so as-of comparisons are exact and never depend on text formats.
    /// </summary>
    internal static class SchemaMigrations
    {
        public static IReadOnlyList<Migration> All { get; } = new[]
        {
            new Migration(1, "consent ledger: append-only grant and revoke events", @"
CREATE TABLE consent_events (
    -- No AUTOINCREMENT: rows are never deleted (see the triggers), so a plain rowid already only
    -- grows, without AUTOINCREMENT's extra sqlite_sequence write per event.
    event_id       INTEGER PRIMARY KEY,
    subject_id     TEXT    NOT NULL CHECK (length(subject_id) > 0),
    purpose        TEXT    NOT NULL CHECK (length(purpose) > 0),
    kind           TEXT    NOT NULL CHECK (kind IN ('grant', 'revoke')),
    at_ticks       INTEGER NOT NULL,
    source         TEXT    NOT NULL CHECK (length(source) > 0),
    policy_version TEXT    NULL
);
-- As-of look-ups: the latest event of one (subject, purpose) at or before an instant.
CREATE INDEX ix_consent_events_subject_purpose_at ON consent_events (subject_id, purpose, at_ticks, event_id);
-- The ledger is evidence: nothing rewrites or removes an event, whoever holds a connection.
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
"),
            new Migration(2, "current state: one row per subject and purpose, maintained from the ledger", @"
CREATE TABLE consent_state (
    purpose    TEXT    NOT NULL,
    subject_id TEXT    NOT NULL,
    granted    INTEGER NOT NULL,
    event_id   INTEGER NOT NULL,
    at_ticks   INTEGER NOT NULL,
    PRIMARY KEY (purpose, subject_id)
) WITHOUT ROWID;
-- Backfill from the events already recorded: per pair, the latest by (time, event id).
INSERT INTO consent_state (purpose, subject_id, granted, event_id, at_ticks)
SELECT purpose, subject_id, kind = 'grant', event_id, at_ticks FROM (
    SELECT e.*, ROW_NUMBER() OVER (PARTITION BY subject_id, purpose ORDER BY at_ticks DESC, event_id DESC) AS rank
    FROM consent_events e)
WHERE rank = 1;
-- Kept in the same transaction as the event, by the database itself, whoever appends.
-- An event only replaces the state when it is at least as late: the state is always the as-of answer for 'now'.
CREATE TRIGGER consent_events_maintain_state AFTER INSERT ON consent_events
WHEN NOT EXISTS (SELECT 1 FROM consent_state s
                 WHERE s.purpose = NEW.purpose AND s.subject_id = NEW.subject_id AND s.at_ticks > NEW.at_ticks)
BEGIN
    INSERT OR REPLACE INTO consent_state (purpose, subject_id, granted, event_id, at_ticks)
    VALUES (NEW.purpose, NEW.subject_id, NEW.kind = 'grant', NEW.event_id, NEW.at_ticks);
END;
"),
            new Migration(3, "training-run register: runs and the subjects whose data they read", @"
CREATE TABLE training_runs (
    run_id             TEXT    PRIMARY KEY,
    purpose            TEXT    NOT NULL CHECK (length(purpose) > 0),
    label              TEXT    NULL,
    started_at_ticks   INTEGER NOT NULL,
    completed_at_ticks INTEGER NULL
);
CREATE TABLE training_run_subjects (
    run_id              TEXT    NOT NULL REFERENCES training_runs (run_id),
    subject_id          TEXT    NOT NULL CHECK (length(subject_id) > 0),
    first_used_at_ticks INTEGER NOT NULL,
    PRIMARY KEY (run_id, subject_id)
) WITHOUT ROWID;
CREATE INDEX ix_training_run_subjects_subject ON training_run_subjects (subject_id, first_used_at_ticks);
-- A record of use is what a later revocation is matched against: it is never rewritten or removed.
CREATE TRIGGER training_run_subjects_no_update BEFORE UPDATE ON training_run_subjects
BEGIN SELECT RAISE(ABORT, 'training_run_subjects is append-only'); END;
CREATE TRIGGER training_run_subjects_no_delete BEFORE DELETE ON training_run_subjects
BEGIN SELECT RAISE(ABORT, 'training_run_subjects is append-only'); END;
-- Revocations since an instant, matched against the register.
CREATE INDEX ix_consent_events_kind_at ON consent_events (kind, at_ticks);
"),
            // 3155378975999999999 is DateTimeOffset.MaxValue.UtcTicks: the last instant an event can have.
            new Migration(4, "event times are instants: corrupt times refused, and never let a stale state row outrank a revocation", @"
CREATE TRIGGER consent_events_valid_time BEFORE INSERT ON consent_events
WHEN NOT (typeof(NEW.at_ticks) = 'integer' AND NEW.at_ticks BETWEEN 0 AND 3155378975999999999)
BEGIN SELECT RAISE(ABORT, 'consent_events.at_ticks must be the UTC ticks of an instant'); END;
-- As version 2's trigger, except that a state row whose time is not an instant (written before this step, or by
-- hand) cannot keep a later event out: otherwise a grant stamped 'yesterday' or at the end of time is irrevocable.
DROP TRIGGER consent_events_maintain_state;
CREATE TRIGGER consent_events_maintain_state AFTER INSERT ON consent_events
WHEN NOT EXISTS (SELECT 1 FROM consent_state s
                 WHERE s.purpose = NEW.purpose AND s.subject_id = NEW.subject_id
                   AND s.at_ticks BETWEEN 0 AND 3155378975999999999 AND s.at_ticks > NEW.at_ticks)
BEGIN
    INSERT OR REPLACE INTO consent_state (purpose, subject_id, granted, event_id, at_ticks)
    VALUES (NEW.purpose, NEW.subject_id, NEW.kind = 'grant', NEW.event_id, NEW.at_ticks);
END;
"),
            new Migration(5, "legitimate interest: append-only notice and objection events", @"
CREATE TABLE objection_events (
    event_id   INTEGER PRIMARY KEY,
    subject_id TEXT    NOT NULL CHECK (length(subject_id) > 0),
    purpose    TEXT    NOT NULL CHECK (length(purpose) > 0),
    -- 'notice': the person was told of the processing and of their right to object; 'objection': they objected.
    kind       TEXT    NOT NULL CHECK (kind IN ('notice', 'objection')),
    at_ticks   INTEGER NOT NULL CHECK (typeof(at_ticks) = 'integer' AND at_ticks BETWEEN 0 AND 3155378975999999999),
    source     TEXT    NOT NULL CHECK (length(source) > 0)
);
-- As-of look-ups per purpose and chunk of subjects; and objections since an instant, for the training-run register.
CREATE INDEX ix_objection_events_purpose_subject ON objection_events (purpose, subject_id, kind, at_ticks);
CREATE INDEX ix_objection_events_kind_at ON objection_events (kind, at_ticks);
CREATE TRIGGER objection_events_no_update BEFORE UPDATE ON objection_events
BEGIN SELECT RAISE(ABORT, 'objection_events is append-only'); END;
CREATE TRIGGER objection_events_no_delete BEFORE DELETE ON objection_events
BEGIN SELECT RAISE(ABORT, 'objection_events is append-only'); END;
"),
        };

        /// <summary>
        /// SQL range of the times that are instants: integer UTC ticks from 0 to <c>DateTimeOffset.MaxValue</c>. Text and
        /// blobs compare above any integer in SQLite, so <c>column BETWEEN …</c> alone excludes them too.
        /// </summary>
        public const string InstantRange = "BETWEEN 0 AND 3155378975999999999";

        public static int LatestVersion => All[All.Count - 1].Version;
    }
}
