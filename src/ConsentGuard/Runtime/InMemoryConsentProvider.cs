using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard
{
    /// <summary>
    /// A thread-safe, fail-closed consent provider held in memory: for tests, samples and small
    /// services. Nothing is granted until <see cref="Grant"/> says so; <see cref="Revoke"/> takes
    /// effect for every look-up that starts after it returns.
    /// </summary>
    public sealed class InMemoryConsentProvider : IConsentProvider
    {
        private readonly ConcurrentDictionary<Key, bool> _granted = new ConcurrentDictionary<Key, bool>();

        /// <summary>Records that <paramref name="subjectId"/> consented to <paramref name="purpose"/>.</summary>
        /// <exception cref="ArgumentException">The subject or purpose is null or empty.</exception>
        public void Grant(string subjectId, string purpose) => _granted[Validate(subjectId, purpose)] = true;

        /// <summary>Records that <paramref name="subjectId"/> withdrew consent to <paramref name="purpose"/>.</summary>
        /// <exception cref="ArgumentException">The subject or purpose is null or empty.</exception>
        public void Revoke(string subjectId, string purpose) => _granted.TryRemove(Validate(subjectId, purpose), out _);

        /// <inheritdoc />
        public bool IsGranted(string subjectId, string purpose) =>
            !string.IsNullOrEmpty(subjectId) && !string.IsNullOrEmpty(purpose) && _granted.ContainsKey(new Key(subjectId, purpose));

        /// <inheritdoc />
        public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new ValueTask<bool>(IsGranted(subjectId, purpose));
        }

        /// <inheritdoc />
        public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
        {
            var granted = new HashSet<string>(StringComparer.Ordinal);
            if (subjectIds is null)
                return granted;
            foreach (var id in subjectIds)
                if (IsGranted(id, purpose))
                    granted.Add(id);
            return granted;
        }

        private static Key Validate(string subjectId, string purpose)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            return new Key(subjectId, purpose);
        }

        private readonly struct Key : IEquatable<Key>
        {
            public Key(string subjectId, string purpose) { SubjectId = subjectId; Purpose = purpose; }
            public string SubjectId { get; }
            public string Purpose { get; }
            public bool Equals(Key other) => string.Equals(SubjectId, other.SubjectId, StringComparison.Ordinal) && string.Equals(Purpose, other.Purpose, StringComparison.Ordinal);
            public override bool Equals(object? obj) => obj is Key other && Equals(other);
            public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(SubjectId) * 397) ^ StringComparer.Ordinal.GetHashCode(Purpose));
        }
    }
}
