using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConsentGuard.Tests.Robustness.Properties;

/// <summary>
/// Rewrites a generated program around the shapes of open regressions (Regressions/*.cs), so a run looks for new
/// disagreements instead of finding the known ones again. The CI run steers around the regressions listed as pending in
/// <see cref="PropertyRegressionTests"/> (remove the entry and the shape is generated again);
/// CONSENTGUARD_PROPERTY_AVOID_KNOWN=1 steers around all of them (for exploring). The reference verdicts are computed on
/// the rewritten program, as always.
/// </summary>
internal sealed class KnownDisagreements(IReadOnlySet<string> regressions)
{
    /// <summary>Every regression this class knows a rewrite for (a regression without one, like sink-before-assignment, needs none).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "out-argument", "conditional-assigned-to-local", "conditional-added-to-list", "conditional-appended-to-builder",
        "conditional-stored-in-array-element", "interpolated-string-appended-to-builder", "conditional-assigned-to-sink-property",
        "guarded-conditional-assigned-to-sink-property", "collection-initializer-assigned-to-sink-property", "exhaustive-bool-switch",
        "consent-cleared-constant", "consent-cleared-source-method-keeps-origins", "local-function-call-sites-merged",
        "where-with-captured-bool-local",
    };

    public bool IsEmpty => !regressions.Overlaps(All);

    public override string ToString() =>
        IsEmpty ? "no known shapes avoided" : "shapes of these regressions avoided: " + string.Join(", ", regressions.Where(All.Contains).OrderBy(n => n, System.StringComparer.Ordinal));

    private bool Any(params string[] names) => names.Any(regressions.Contains);

    private bool PlainPuts => Any("conditional-assigned-to-local", "conditional-added-to-list", "conditional-appended-to-builder",
        "conditional-stored-in-array-element", "interpolated-string-appended-to-builder");

    private bool PlainPropertySinks => Any("conditional-assigned-to-sink-property", "guarded-conditional-assigned-to-sink-property",
        "collection-initializer-assigned-to-sink-property");

    public FlowProgram Avoid(FlowProgram program) => IsEmpty ? program : program with { Body = Block(program.Body) };

    private ImmutableArray<Stmt> Block(ImmutableArray<Stmt> body) => body.Select(Statement).ToImmutableArray();

    private Stmt Statement(Stmt s) => s switch
    {
        Accumulate a when PlainPuts => a with { Form = a.Form == AccumulateForm.ConditionalAssign ? AccumulateForm.Reassign : a.Form, Value = Plain(a.Value) },
        HolderSet h when PlainPuts => h with { Value = Plain(h.Value) },
        ListAdd a when PlainPuts => a with { Value = Plain(a.Value) },
        Append a when PlainPuts => a with { Value = Plain(a.Value) },
        Accumulate a => a with { Value = Everywhere(a.Value) },
        HolderSet h => h with { Value = Everywhere(h.Value) },
        ListAdd a => a with { Value = Everywhere(a.Value) },
        Append a => a with { Value = Everywhere(a.Value) },
        Sink { Kind: SinkKind.Board } k when PlainPropertySinks => k with { Value = Plain(k.Value) },
        Sink k => k with { Value = Everywhere(k.Value) },
        BatchSink { Filter: not null } b when Any("where-with-captured-bool-local") => b with { Filter = NoBoolLocals(b.Filter) },
        Define d when d.Form == DefineForm.Out && Any("out-argument") => new Define(Everywhere(d.Value), DefineForm.Var),
        Define d => d with { Value = Everywhere(d.Value) },
        If i => i with { Then = Block(i.Then), Else = Block(i.Else) },
        Switch w when Any("exhaustive-bool-switch") => new If(w.Cond, Block(w.OnTrue), Block(w.OnFalse)),
        Switch w => w with { OnTrue = Block(w.OnTrue), OnFalse = Block(w.OnFalse) },
        Try t => t with { Body = Block(t.Body) },
        Region r => r with { Body = Block(r.Body) },
        Loop l => l with { Body = Block(l.Body) },
        _ => s,
    };

    /// <summary>Rewrites that apply wherever an expression is.</summary>
    private Expr Everywhere(Expr e) => e switch
    {
        // consent-cleared-*: a cleared helper becomes a guarding ?:
        Unary { Kind: UnaryKind.ClearedForTraining } u when Any("consent-cleared-constant", "consent-cleared-source-method-keeps-origins") =>
            new Guarded(new Check(P.GenerativeTraining, CheckForm.Provider), GuardShape.WhenTrue, Everywhere(u.Operand)),
        Unary { Kind: UnaryKind.ClearedForPersonalization } u when Any("consent-cleared-constant", "consent-cleared-source-method-keeps-origins") =>
            new Guarded(new Check(P.Personalization, CheckForm.Provider), GuardShape.WhenTrue, Everywhere(u.Operand)),
        // local-function-call-sites-merged: the local function becomes a source method
        Unary { Kind: UnaryKind.LocalFunction } u when Any("local-function-call-sites-merged") => new Unary(UnaryKind.Relay1, Everywhere(u.Operand)),
        Unary u => u with { Operand = Everywhere(u.Operand) },
        Binary b => b with { Left = Everywhere(b.Left), Right = Everywhere(b.Right) },
        Guarded g => g with { Value = Everywhere(g.Value) },
        Filtered f when Any("where-with-captured-bool-local") => f with { Cond = NoBoolLocals(f.Cond) },
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
    private Expr Plain(Expr e) => Everywhere(e) switch
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
        var other => other,
    };
}
