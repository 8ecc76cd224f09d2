using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Model;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>One piece of personal data a value carries: where it comes from and the purposes it was cleared for on its way.</summary>
    internal readonly struct Fact : IEquatable<Fact>
    {
        public Fact(Origin origin, PurposeSet cleared)
        {
            Origin = origin;
            Cleared = cleared;
        }

        public Origin Origin { get; }

        /// <summary>Purposes for which consent was established when this data was read, stored or returned.</summary>
        public PurposeSet Cleared { get; }

        public bool Equals(Fact other) => Origin.Equals(other.Origin) && Cleared.Equals(other.Cleared);

        public override bool Equals(object? obj) => obj is Fact other && Equals(other);

        public override int GetHashCode() => unchecked(Origin.GetHashCode() * 31 + Cleared.GetHashCode());
    }

    /// <summary>
    /// The personal data a value may carry: a set of <see cref="Fact"/>s. Empty means "not personal".
    /// Values only ever grow by union, which keeps the flow analysis monotone.
    /// </summary>
    internal sealed class Taint : IEquatable<Taint>
    {
        public static readonly Taint Empty = new Taint(ImmutableHashSet<Fact>.Empty);

        private Taint(ImmutableHashSet<Fact> facts) => Facts = facts;

        public ImmutableHashSet<Fact> Facts { get; }

        public bool IsEmpty => Facts.Count == 0;

        public static Taint Of(Fact fact) => new Taint(ImmutableHashSet.Create(fact));

        public static Taint Of(IEnumerable<Origin> origins, PurposeSet cleared)
        {
            var builder = ImmutableHashSet.CreateBuilder<Fact>();
            foreach (var origin in origins)
                builder.Add(new Fact(origin, cleared));
            return builder.Count == 0 ? Empty : new Taint(builder.ToImmutable());
        }

        public Taint Union(Taint other)
        {
            if (other.IsEmpty || ReferenceEquals(this, other)) return this;
            if (IsEmpty) return other;
            var union = Facts.Union(other.Facts);
            return union.Count == Facts.Count ? this : new Taint(union);
        }

        /// <summary>The same data, additionally cleared for <paramref name="purposes"/> (consent established where it flows now).</summary>
        public Taint ClearedFor(PurposeSet purposes)
        {
            if (IsEmpty || purposes.IsEmpty) return this;
            return new Taint(Facts.Select(f => new Fact(f.Origin, f.Cleared.Union(purposes))).ToImmutableHashSet());
        }

        /// <summary>Purposes every fact is cleared for (empty for a value that carries nothing).</summary>
        public PurposeSet CommonClearance()
        {
            if (IsEmpty) return PurposeSet.Empty;
            var common = PurposeSet.All;
            foreach (var fact in Facts)
                common = common.Intersect(fact.Cleared);
            return common;
        }

        public Taint Where(Func<Fact, bool> predicate)
        {
            if (IsEmpty) return this;
            var kept = Facts.Where(predicate).ToImmutableHashSet();
            return kept.Count == Facts.Count ? this : kept.Count == 0 ? Empty : new Taint(kept);
        }

        public bool Equals(Taint? other) => other is not null && (ReferenceEquals(this, other) || Facts.SetEquals(other.Facts));

        public override bool Equals(object? obj) => Equals(obj as Taint);

        public override int GetHashCode() => Facts.Count;
    }
}
