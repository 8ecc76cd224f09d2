using System;

namespace ConsentGuard
{
    /// <summary>What a ledger event records.</summary>
    public enum ConsentEventKind
    {
        /// <summary>The person gave consent.</summary>
        Grant,

        /// <summary>The person withdrew consent (or refused it before ever giving it).</summary>
        Revoke,
    }

    /// <summary>One event of the consent ledger, as recorded. Events are never changed or removed.</summary>
    public sealed class ConsentEvent
    {
        /// <summary>Creates an event record.</summary>
        public ConsentEvent(long eventId, ConsentEventKind kind, string subjectId, string purpose, DateTimeOffset at, string source, string? policyVersion)
        {
            EventId = eventId;
            Kind = kind;
            SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
            Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose));
            At = at;
            Source = source ?? throw new ArgumentNullException(nameof(source));
            PolicyVersion = policyVersion;
        }

        /// <summary>The ledger's sequence number: increasing in the order events were appended.</summary>
        public long EventId { get; }

        /// <summary>Grant or revoke.</summary>
        public ConsentEventKind Kind { get; }

        /// <summary>Whose consent.</summary>
        public string SubjectId { get; }

        /// <summary>For which purpose.</summary>
        public string Purpose { get; }

        /// <summary>When it takes effect (UTC): from this instant on, inclusive.</summary>
        public DateTimeOffset At { get; }

        /// <summary>Where the event came from: the screen, API or process that recorded it (<c>settings-page</c>, <c>support-ticket:123</c>).</summary>
        public string Source { get; }

        /// <summary>The version of the privacy policy or consent text the person saw; always set on grants.</summary>
        public string? PolicyVersion { get; }

        /// <inheritdoc />
        public override string ToString() => $"#{EventId} {Kind} {Purpose} at {At:O} via {Source}";
    }
}
