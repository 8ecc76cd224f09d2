using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Flow;
using ConsentGuard.Analyzers.Model;

namespace ConsentGuard.Tests.Model;

/// <summary>
/// The laws the fixed points rely on (review §3.3): purpose sets form a lattice with <see cref="PurposeSet.All"/> as the
/// identity of intersection and the empty set as the identity of union, and the guard analysis's join is idempotent,
/// commutative and associative and never claims more than either side. Checked exhaustively over a small universe
/// rather than on examples, so a fast path added later (a reference-equality shortcut, a special case for All) cannot
/// break a law unnoticed.
/// </summary>
public sealed class LatticeLawTests
{
    private static readonly string[] Universe = ["Analytics", "GenerativeTraining", "Personalization"];

    /// <summary>Every subset of the universe, and All.</summary>
    private static readonly PurposeSet[] Sets = Enumerable.Range(0, 1 << Universe.Length)
        .Select(mask => PurposeSet.Of(Universe.Where((_, i) => (mask & (1 << i)) != 0)))
        .Append(PurposeSet.All)
        .ToArray();

    private static IEnumerable<(PurposeSet A, PurposeSet B)> Pairs() => from a in Sets from b in Sets select (a, b);

    private static IEnumerable<(PurposeSet A, PurposeSet B, PurposeSet C)> Triples() => from a in Sets from b in Sets from c in Sets select (a, b, c);

    private static bool Subset(PurposeSet a, PurposeSet b) => b.IsAll || (!a.IsAll && a.Items.All(b.Contains));

    [Fact]
    public void Union_and_intersection_are_idempotent_commutative_and_associative()
    {
        Assert.All(Sets, a => Assert.Equal(a, a.Union(a)));
        Assert.All(Sets, a => Assert.Equal(a, a.Intersect(a)));
        Assert.All(Pairs(), p => Assert.Equal(p.A.Union(p.B), p.B.Union(p.A)));
        Assert.All(Pairs(), p => Assert.Equal(p.A.Intersect(p.B), p.B.Intersect(p.A)));
        Assert.All(Triples(), t => Assert.Equal(t.A.Union(t.B).Union(t.C), t.A.Union(t.B.Union(t.C))));
        Assert.All(Triples(), t => Assert.Equal(t.A.Intersect(t.B).Intersect(t.C), t.A.Intersect(t.B.Intersect(t.C))));
    }

    [Fact]
    public void All_and_empty_are_the_identities_and_absorption_holds()
    {
        Assert.All(Sets, a => Assert.Equal(a, PurposeSet.All.Intersect(a)));
        Assert.All(Sets, a => Assert.Equal(a, PurposeSet.Empty.Union(a)));
        Assert.All(Sets, a => Assert.Equal(PurposeSet.All, PurposeSet.All.Union(a)));
        Assert.All(Sets, a => Assert.Equal(PurposeSet.Empty, PurposeSet.Empty.Intersect(a)));
        Assert.All(Pairs(), p => Assert.Equal(p.A, p.A.Union(p.A.Intersect(p.B))));
        Assert.All(Pairs(), p => Assert.Equal(p.A, p.A.Intersect(p.A.Union(p.B))));
    }

    [Fact]
    public void Membership_agrees_with_the_set_operations()
    {
        foreach (var (a, b) in Pairs())
        {
            foreach (var purpose in Universe.Append("Advertising"))
            {
                Assert.Equal(a.Contains(purpose) || b.Contains(purpose), a.Union(b).Contains(purpose));
                Assert.Equal(a.Contains(purpose) && b.Contains(purpose), a.Intersect(b).Contains(purpose));
            }
            Assert.True(Subset(a.Intersect(b), a));
            Assert.True(Subset(a, a.Union(b)));
        }
    }

    /// <summary>Guard states over two bool locals and the universe's purposes; keys are plain objects, as locals are.</summary>
    private static readonly object[] Keys = ["ok", "granted"];

    private static IEnumerable<GuardState> States()
    {
        var facts = new[] { ConditionFacts.None, new ConditionFacts(PurposeSet.Of("GenerativeTraining"), PurposeSet.Empty), new ConditionFacts(PurposeSet.Of(Universe), PurposeSet.Of("Analytics")) };
        foreach (var established in Sets.Where((_, i) => i % 2 == 0 || Sets[i].IsAll))
            foreach (var first in facts)
                foreach (var second in facts.Take(2))
                    foreach (var known in new bool?[] { null, true, false })
                    {
                        var state = GuardState.Start(established).WithCondition(Keys[0], first).WithCondition(Keys[1], second);
                        yield return known is { } value ? state.WithKnownValue(Keys[0], value) : state;
                    }
    }

    [Fact]
    public void The_guard_join_is_idempotent_commutative_and_associative()
    {
        var states = States().ToArray();
        Assert.All(states, s => Assert.True(s.Join(s).SameAs(s)));
        foreach (var a in states)
            foreach (var b in states)
                Assert.True(a.Join(b).SameAs(b.Join(a)));
        var sample = states.Where((_, i) => i % 7 == 0).ToArray();
        foreach (var a in sample)
            foreach (var b in sample)
                foreach (var c in sample)
                    Assert.True(a.Join(b).Join(c).SameAs(a.Join(b.Join(c))));
    }

    [Fact]
    public void The_guard_join_never_claims_more_than_either_side()
    {
        var states = States().ToArray();
        foreach (var a in states)
            foreach (var b in states)
            {
                var joined = a.Join(b);
                Assert.True(Subset(joined.Established, a.Established) && Subset(joined.Established, b.Established));
                foreach (var key in Keys)
                {
                    Assert.True(Subset(joined.ConditionOf(key).WhenTrue, a.ConditionOf(key).WhenTrue));
                    Assert.True(Subset(joined.ConditionOf(key).WhenFalse, b.ConditionOf(key).WhenFalse));
                    if (joined.KnownValues.TryGetValue(key, out var value))
                        Assert.True(a.KnownValues[key] == value && b.KnownValues[key] == value);
                }
            }
    }
}
