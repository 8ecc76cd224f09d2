using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard
{
    /// <summary>A thread-safe <see cref="ISubjectJurisdictionProvider"/> held in memory, for tests, samples and caches.</summary>
    public sealed class InMemorySubjectJurisdictionProvider : ISubjectJurisdictionProvider
    {
        private readonly ConcurrentDictionary<string, string> _jurisdictions = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Sets <paramref name="subjectId"/>'s jurisdiction; a null or blank code makes it unknown again.</summary>
        public void Set(string subjectId, string? jurisdiction)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            var normalized = Jurisdictions.Normalize(jurisdiction);
            if (normalized is null)
                _jurisdictions.TryRemove(subjectId, out _);
            else
                _jurisdictions[subjectId] = normalized;
        }

        /// <inheritdoc />
        public string? GetJurisdiction(string subjectId) =>
            !string.IsNullOrEmpty(subjectId) && _jurisdictions.TryGetValue(subjectId, out var code) ? code : null;

        /// <inheritdoc />
        public ValueTask<string?> GetJurisdictionAsync(string subjectId, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new ValueTask<string?>(GetJurisdiction(subjectId));
        }

        /// <inheritdoc />
        public IReadOnlyDictionary<string, string> GetJurisdictions(IReadOnlyCollection<string> subjectIds)
        {
            var known = new Dictionary<string, string>(StringComparer.Ordinal);
            if (subjectIds is null)
                return known;
            foreach (var id in subjectIds)
            {
                var code = GetJurisdiction(id);
                if (code != null)
                    known[id] = code;
            }
            return known;
        }
    }
}
