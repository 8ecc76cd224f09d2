using System.Collections.Immutable;
using ConsentGuard.Analyzers.Model;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>What a boolean value says about consent: purposes established when it is true, and when it is false.</summary>
    internal readonly struct ConditionFacts
    {
        public static readonly ConditionFacts None = new ConditionFacts(PurposeSet.Empty, PurposeSet.Empty);

        public ConditionFacts(PurposeSet whenTrue, PurposeSet whenFalse)
        {
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        public PurposeSet WhenTrue { get; }
        public PurposeSet WhenFalse { get; }

        public bool IsNone => WhenTrue.IsEmpty && WhenFalse.IsEmpty;

        public ConditionFacts Negate() => new ConditionFacts(WhenFalse, WhenTrue);

        /// <summary>Both outcomes additionally hold <paramref name="established"/> (consent in force where the value was computed).</summary>
        public ConditionFacts With(PurposeSet established) => established.IsEmpty ? this : new ConditionFacts(WhenTrue.Union(established), WhenFalse.Union(established));

        public ConditionFacts Join(ConditionFacts other) => new ConditionFacts(WhenTrue.Intersect(other.WhenTrue), WhenFalse.Intersect(other.WhenFalse));

        public bool Equals(ConditionFacts other) => WhenTrue.Equals(other.WhenTrue) && WhenFalse.Equals(other.WhenFalse);
    }

    /// <summary>
    /// The must-state of the guard analysis at a program point: the purposes for which consent is
    /// established on every path here, and what boolean locals and flow captures say about consent.
    /// </summary>
    internal sealed class GuardState
    {
        private static readonly ImmutableDictionary<object, bool> NoKnownValues = ImmutableDictionary<object, bool>.Empty;

        public static readonly GuardState Initial = new GuardState(PurposeSet.Empty, ImmutableDictionary<object, ConditionFacts>.Empty);

        public GuardState(PurposeSet established, ImmutableDictionary<object, ConditionFacts> conditions, ImmutableDictionary<object, bool>? knownValues = null)
        {
            Established = established;
            Conditions = conditions;
            KnownValues = knownValues ?? NoKnownValues;
        }

        public PurposeSet Established { get; }

        /// <summary>Keyed by <c>ILocalSymbol</c> or <see cref="CaptureKey"/>.</summary>
        public ImmutableDictionary<object, ConditionFacts> Conditions { get; }

        /// <summary>
        /// Bool locals and captures whose value a branch already decided (same keys as <see cref="Conditions"/>): after
        /// <c>case true:</c> failed, the capture is false, so a following <c>case false:</c> cannot fail.
        /// </summary>
        public ImmutableDictionary<object, bool> KnownValues { get; }

        public static GuardState Start(PurposeSet established) => established.IsEmpty ? Initial : new GuardState(established, ImmutableDictionary<object, ConditionFacts>.Empty);

        public GuardState Establish(PurposeSet purposes) =>
            purposes.IsEmpty || Established.Union(purposes).Equals(Established) ? this : new GuardState(Established.Union(purposes), Conditions, KnownValues);

        public GuardState WithCondition(object key, ConditionFacts facts)
        {
            var known = KnownValues.Remove(key); // a new value: what a branch decided about the old one no longer holds
            if (facts.IsNone)
                return Conditions.ContainsKey(key) || !ReferenceEquals(known, KnownValues) ? new GuardState(Established, Conditions.Remove(key), known) : this;
            return new GuardState(Established, Conditions.SetItem(key, facts), known);
        }

        public GuardState WithKnownValue(object key, bool value) => new GuardState(Established, Conditions, KnownValues.SetItem(key, value));

        public ConditionFacts ConditionOf(object key) => Conditions.TryGetValue(key, out var facts) ? facts : ConditionFacts.None;

        public GuardState Join(GuardState other)
        {
            if (ReferenceEquals(this, other)) return this;
            var conditions = ImmutableDictionary.CreateBuilder<object, ConditionFacts>();
            foreach (var pair in Conditions)
                if (other.Conditions.TryGetValue(pair.Key, out var theirs))
                {
                    var joined = pair.Value.Join(theirs);
                    if (!joined.IsNone)
                        conditions[pair.Key] = joined;
                }
            var known = NoKnownValues;
            foreach (var pair in KnownValues)
                if (other.KnownValues.TryGetValue(pair.Key, out var theirs) && theirs == pair.Value)
                    known = known.SetItem(pair.Key, pair.Value);
            return new GuardState(Established.Intersect(other.Established), conditions.ToImmutable(), known);
        }

        public bool SameAs(GuardState other)
        {
            if (ReferenceEquals(this, other)) return true;
            if (!Established.Equals(other.Established) || Conditions.Count != other.Conditions.Count || KnownValues.Count != other.KnownValues.Count) return false;
            foreach (var pair in Conditions)
                if (!other.Conditions.TryGetValue(pair.Key, out var theirs) || !pair.Value.Equals(theirs))
                    return false;
            foreach (var pair in KnownValues)
                if (!other.KnownValues.TryGetValue(pair.Key, out var theirs) || theirs != pair.Value)
                    return false;
            return true;
        }
    }

    /// <summary>A flow capture of one control flow graph (capture ids are only unique within their graph).</summary>
    internal readonly struct CaptureKey : System.IEquatable<CaptureKey>
    {
        public CaptureKey(Microsoft.CodeAnalysis.FlowAnalysis.ControlFlowGraph graph, Microsoft.CodeAnalysis.FlowAnalysis.CaptureId id)
        {
            Graph = graph;
            Id = id;
        }

        public Microsoft.CodeAnalysis.FlowAnalysis.ControlFlowGraph Graph { get; }
        public Microsoft.CodeAnalysis.FlowAnalysis.CaptureId Id { get; }

        public bool Equals(CaptureKey other) => ReferenceEquals(Graph, other.Graph) && Id.Equals(other.Id);
        public override bool Equals(object? obj) => obj is CaptureKey other && Equals(other);
        public override int GetHashCode() => unchecked(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Graph) * 31 + Id.GetHashCode());
    }
}
