using System;
using System.Collections.Generic;

namespace ConsentGuard
{
    /// <summary>A thread-safe <see cref="IObjectionRegister"/> held in memory, for tests and samples.</summary>
    public sealed class InMemoryObjectionRegister : IObjectionRegister
    {
        private readonly object _gate = new object();
        private readonly IConsentClock _clock;
        private readonly Dictionary<(string Subject, string Purpose), List<(bool IsObjection, DateTimeOffset At)>> _events =
            new Dictionary<(string Subject, string Purpose), List<(bool IsObjection, DateTimeOffset At)>>();

        /// <param name="clock">Stamps notices and objections; the system clock by default.</param>
        public InMemoryObjectionRegister(IConsentClock? clock = null) => _clock = clock ?? ConsentClock.System;

        /// <summary>Records that <paramref name="subjectId"/> was notified of the processing for <paramref name="purpose"/>, now.</summary>
        public void RecordNotice(string subjectId, string purpose) => Record(subjectId, purpose, isObjection: false);

        /// <summary>Records that <paramref name="subjectId"/> objected to <paramref name="purpose"/>, now.</summary>
        public void Object(string subjectId, string purpose) => Record(subjectId, purpose, isObjection: true);

        /// <inheritdoc />
        public IReadOnlyDictionary<string, ObjectionRecord> GetObjectionRecords(IReadOnlyCollection<string> subjectIds, string purpose, DateTimeOffset asOf)
        {
            var records = new Dictionary<string, ObjectionRecord>(StringComparer.Ordinal);
            if (subjectIds is null || string.IsNullOrEmpty(purpose))
                return records;
            lock (_gate)
            {
                foreach (var id in subjectIds)
                {
                    if (string.IsNullOrEmpty(id) || !_events.TryGetValue((id, purpose), out var events))
                        continue;
                    DateTimeOffset? notified = null, objected = null;
                    foreach (var (isObjection, at) in events)
                    {
                        if (at > asOf)
                            continue;
                        if (isObjection)
                            objected = objected is null || at > objected ? at : objected;
                        else
                            notified = notified is null || at < notified ? at : notified;
                    }
                    if (notified != null || objected != null)
                        records[id] = new ObjectionRecord(notified, objected);
                }
            }
            return records;
        }

        private void Record(string subjectId, string purpose, bool isObjection)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            lock (_gate)
            {
                if (!_events.TryGetValue((subjectId, purpose), out var events))
                    _events.Add((subjectId, purpose), events = new List<(bool, DateTimeOffset)>());
                events.Add((isObjection, _clock.UtcNow));
            }
        }
    }
}
