using System.Collections.Immutable;
using System.Linq;

namespace ConsentGuard.Tests.Robustness.Properties;

/// <summary>
/// For exploring while regressions are open (CONSENTGUARD_PROPERTY_AVOID_KNOWN=1, see docs/testing.md): rewrites a
/// generated program around the shapes of the open Regressions/*.cs, so the run looks for new disagreements instead of
/// finding the known ones again. The reference verdicts are computed on the rewritten program, as always.
/// </summary>
internal static class KnownDisagreements
{
    public static FlowProgram Avoid(FlowProgram program) => program with { Body = Block(program.Body) };

    private static ImmutableArray<Stmt> Block(ImmutableArray<Stmt> body) => body.Select(Statement).ToImmutableArray();

    private static Stmt Statement(Stmt s) => s switch
    {
        // out-argument: see the Define cases below
        // conditional-assigned-to-local, conditional-added-to-list, conditional-appended-to-builder,
        // conditional-stored-in-array-element, interpolated-string-appended-to-builder
        Accumulate a => a with { Form = a.Form == AccumulateForm.ConditionalAssign ? AccumulateForm.Reassign : a.Form, Value = Plain(a.Value) },
        HolderSet h => h with { Value = Plain(h.Value) },
        ListAdd a => a with { Value = Plain(a.Value) },
        Append a => a with { Value = Plain(a.Value) },
        // (guarded-)conditional-assigned-to-sink-property, collection-initializer-assigned-to-sink-property
        Sink { Kind: SinkKind.Board } k => k with { Value = Plain(k.Value) },
        Sink k => k with { Value = Everywhere(k.Value) },
        // where-with-captured-bool-local
        BatchSink { Filter: not null } b => b with { Filter = NoBoolLocals(b.Filter) },
        Define d when d.Form == DefineForm.Out => new Define(Everywhere(d.Value), DefineForm.Var),
        Define d => d with { Value = Everywhere(d.Value) },
        If i => i with { Then = Block(i.Then), Else = Block(i.Else) },
        // exhaustive-bool-switch
        Switch w => new If(w.Cond, Block(w.OnTrue), Block(w.OnFalse)),
        Try t => t with { Body = Block(t.Body) },
        Region r => r with { Body = Block(r.Body) },
        Loop l => l with { Body = Block(l.Body) },
        _ => s,
    };

    /// <summary>
    /// consent-cleared-source-method-keeps-origins, consent-cleared-constant: a cleared helper becomes a guarding <c>?:</c>;
    /// local-function-call-sites-merged: the local function becomes a source method.
    /// </summary>
    private static Expr Everywhere(Expr e) => e switch
    {
        Unary { Kind: UnaryKind.ClearedForTraining } u => new Guarded(new Check(P.GenerativeTraining, CheckForm.Provider), GuardShape.WhenTrue, Everywhere(u.Operand)),
        Unary { Kind: UnaryKind.ClearedForPersonalization } u => new Guarded(new Check(P.Personalization, CheckForm.Provider), GuardShape.WhenTrue, Everywhere(u.Operand)),
        Unary { Kind: UnaryKind.LocalFunction } u => new Unary(UnaryKind.Relay1, Everywhere(u.Operand)),
        Unary u => u with { Operand = Everywhere(u.Operand) },
        Binary b => b with { Left = Everywhere(b.Left), Right = Everywhere(b.Right) },
        Guarded g => g with { Value = Everywhere(g.Value) },
        Filtered f => f with { Cond = NoBoolLocals(f.Cond) },
        _ => e,
    };

    private static Cond NoBoolLocals(Cond c) => c switch
    {
        BoolRef => new Flag(1),
        And a => new And(NoBoolLocals(a.Left), NoBoolLocals(a.Right)),
        Or o => new Or(NoBoolLocals(o.Left), NoBoolLocals(o.Right)),
        Not n => new Not(NoBoolLocals(n.Operand)),
        IsConst i => i with { Operand = NoBoolLocals(i.Operand) },
        _ => c,
    };

    /// <summary>The expression without branching parts (<c>?:</c>, <c>??</c>, switch), collection initializers and interpolations.</summary>
    private static Expr Plain(Expr e) => Everywhere(e) switch
    {
        // A view read is `m.ForP(consent)?.X ?? ""`: read the member itself instead.
        Read { Field: Field.TrainingViewHeadline } => new Read(Field.Headline),
        Read { Field: Field.TrainingViewBio } => new Read(Field.Bio),
        Read { Field: Field.PersonalizationViewCity } => new Read(Field.City),
        Joined { View: CollectionView.First } j => j with { View = CollectionView.Join },
        Guarded g => Plain(g.Value),
        Unary { Kind: UnaryKind.FlagConditional or UnaryKind.Coalesce or UnaryKind.FlagSwitch or UnaryKind.ListInit or UnaryKind.Interpolate } u => Plain(u.Operand),
        Unary u => u with { Operand = Plain(u.Operand) },
        Binary { Kind: BinaryKind.Interpolate } b => new Binary(BinaryKind.Plus, Plain(b.Left), Plain(b.Right)),
        Binary b => b with { Left = Plain(b.Left), Right = Plain(b.Right) },
        _ => e,
    };
}
