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
        public static readonly GuardState Initial = new GuardState(PurposeSet.Empty, ImmutableDictionary<object, ConditionFacts>.Empty);

        public GuardState(PurposeSet established, ImmutableDictionary<object, ConditionFacts> conditions)
        {
            Established = established;
            Conditions = conditions;
        }

        public PurposeSet Established { get; }

        /// <summary>Keyed by <c>ILocalSymbol</c> or <see cref="CaptureKey"/>.</summary>
        public ImmutableDictionary<object, ConditionFacts> Conditions { get; }

        public static GuardState Start(PurposeSet established) => established.IsEmpty ? Initial : new GuardState(established, ImmutableDictionary<object, ConditionFacts>.Empty);

        public GuardState Establish(PurposeSet purposes) =>
            purposes.IsEmpty || Established.Union(purposes).Equals(Established) ? this : new GuardState(Established.Union(purposes), Conditions);

        public GuardState WithCondition(object key, ConditionFacts facts) =>
            facts.IsNone ? (Conditions.ContainsKey(key) ? new GuardState(Established, Conditions.Remove(key)) : this) : new GuardState(Established, Conditions.SetItem(key, facts));

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
            return new GuardState(Established.Intersect(other.Established), conditions.ToImmutable());
        }

        public bool SameAs(GuardState other)
        {
            if (ReferenceEquals(this, other)) return true;
            if (!Established.Equals(other.Established) || Conditions.Count != other.Conditions.Count) return false;
            foreach (var pair in Conditions)
                if (!other.Conditions.TryGetValue(pair.Key, out var theirs) || !pair.Value.Equals(theirs))
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
