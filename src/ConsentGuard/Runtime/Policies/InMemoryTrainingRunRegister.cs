using System;
using System.Collections.Generic;
using System.Linq;

namespace ConsentGuard
{
    /// <summary>A thread-safe <see cref="ITrainingRunRegister"/> held in memory, for tests and samples.</summary>
    public sealed class InMemoryTrainingRunRegister : ITrainingRunRegister
    {
        private readonly object _gate = new object();
        private readonly IConsentClock _clock;
        private readonly Dictionary<string, RunEntry> _runs = new Dictionary<string, RunEntry>(StringComparer.Ordinal);

        /// <param name="clock">Stamps starts, completions and uses; the system clock by default.</param>
        public InMemoryTrainingRunRegister(IConsentClock? clock = null) => _clock = clock ?? ConsentClock.System;

        /// <inheritdoc />
        public TrainingRun StartRun(string purpose, string? label = null)
        {
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            var run = new TrainingRun(Guid.NewGuid().ToString("N"), purpose, label, _clock.UtcNow, null);
            lock (_gate)
                _runs.Add(run.RunId, new RunEntry(run));
            return run;
        }

        /// <inheritdoc />
        public void RecordSubjects(string runId, IEnumerable<string> subjectIds)
        {
            if (subjectIds is null)
                throw new ArgumentNullException(nameof(subjectIds));
            var ids = subjectIds.ToArray();
            if (ids.Any(string.IsNullOrEmpty))
                throw new ArgumentException("Subject ids must not be null or empty.", nameof(subjectIds));
            lock (_gate)
            {
                var entry = Open(runId);
                var now = _clock.UtcNow;
                foreach (var id in ids)
                    if (!entry.FirstUse.ContainsKey(id))
                        entry.FirstUse.Add(id, now);
            }
        }

        /// <inheritdoc />
        public TrainingRun CompleteRun(string runId)
        {
            lock (_gate)
            {
                var entry = Find(runId) ?? throw new InvalidOperationException($"No training run '{runId}'.");
                if (entry.Run.CompletedAt is null)
                    entry.Run = new TrainingRun(entry.Run.RunId, entry.Run.Purpose, entry.Run.Label, entry.Run.StartedAt, _clock.UtcNow);
                return entry.Run;
            }
        }

        /// <inheritdoc />
        public TrainingRun? FindRun(string runId)
        {
            lock (_gate)
                return Find(runId)?.Run;
        }

        /// <inheritdoc />
        public IReadOnlyList<TrainingRun> GetRunsAffectedByRevocation(string subjectId, string purpose, DateTimeOffset revokedAt)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            lock (_gate)
            {
                return _runs.Values
                    .Where(e => string.Equals(e.Run.Purpose, purpose, StringComparison.Ordinal)
                                && e.FirstUse.TryGetValue(subjectId, out var used)
                                && used <= revokedAt)
                    .Select(e => e.Run)
                    .OrderBy(r => r.StartedAt)
                    .ThenBy(r => r.RunId, StringComparer.Ordinal)
                    .ToArray();
            }
        }

        private RunEntry? Find(string runId) =>
            runId != null && _runs.TryGetValue(runId, out var entry) ? entry : null;

        private RunEntry Open(string runId)
        {
            var entry = Find(runId) ?? throw new InvalidOperationException($"No training run '{runId}'.");
            if (entry.Run.CompletedAt != null)
                throw new InvalidOperationException($"Training run '{runId}' is completed and reads no more data.");
            return entry;
        }

        private sealed class RunEntry
        {
            public RunEntry(TrainingRun run) => Run = run;
            public TrainingRun Run { get; set; }
            public Dictionary<string, DateTimeOffset> FirstUse { get; } = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        }
    }
}
