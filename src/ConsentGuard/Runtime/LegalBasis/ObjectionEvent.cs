using System;

namespace ConsentGuard
{
    /// <summary>What an objection-ledger event records, for a purpose that rests on legitimate interest.</summary>
    public enum ObjectionEventKind
    {
        /// <summary>The person was notified of the processing and of their right to object.</summary>
        Notice,

        /// <summary>The person objected (GDPR Art. 21). Final: it stops all processing from its instant on.</summary>
        Objection,
    }

    /// <summary>One notice or objection, as recorded. Events are never changed or removed.</summary>
    public sealed class ObjectionEvent
    {
        /// <summary>Creates an event record.</summary>
        public ObjectionEvent(long eventId, ObjectionEventKind kind, string subjectId, string purpose, DateTimeOffset at, string source)
        {
            EventId = eventId;
            Kind = kind;
            SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
            Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose));
            At = at;
            Source = source ?? throw new ArgumentNullException(nameof(source));
        }

        /// <summary>The sequence number of the objection ledger (its own sequence, not the consent ledger's).</summary>
        public long EventId { get; }

        /// <summary>Notice or objection.</summary>
        public ObjectionEventKind Kind { get; }

        /// <summary>Whose.</summary>
        public string SubjectId { get; }

        /// <summary>For which purpose.</summary>
        public string Purpose { get; }

        /// <summary>When it takes effect (UTC), inclusive.</summary>
        public DateTimeOffset At { get; }

        /// <summary>Where it came from (<c>settings-page</c>, <c>notice-email:2025-09</c>, <c>support-ticket:123</c>).</summary>
        public string Source { get; }

        /// <inheritdoc />
        public override string ToString() => $"#{EventId} {Kind} {Purpose} at {At:O} via {Source}";
    }
}
