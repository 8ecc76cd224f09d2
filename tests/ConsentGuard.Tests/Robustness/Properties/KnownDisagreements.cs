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
    public static FlowProgram Avoid(FlowProgram program) => new(Block(program.Body));

    private static ImmutableArray<Stmt> Block(ImmutableArray<Stmt> body) => body.Select(Statement).ToImmutableArray();

    private static Stmt Statement(Stmt s) => s switch
    {
        // out-argument
        Define d => d with { Form = d.Form == DefineForm.Out ? DefineForm.Var : d.Form },
        // conditional-assigned-to-local, conditional-added-to-list, conditional-appended-to-builder,
        // conditional-stored-in-array-element, interpolated-string-appended-to-builder
        Accumulate a => a with { Form = a.Form == AccumulateForm.ConditionalAssign ? AccumulateForm.Reassign : a.Form, Value = Plain(a.Value) },
        HolderSet h => h with { Value = Plain(h.Value) },
        ListAdd a => a with { Value = Plain(a.Value) },
        Append a => a with { Value = Plain(a.Value) },
        // (guarded-)conditional-assigned-to-sink-property, collection-initializer-assigned-to-sink-property
        Sink { Kind: SinkKind.Board } k => k with { Value = Plain(k.Value) },
        If i => i with { Then = Block(i.Then), Else = Block(i.Else) },
        // exhaustive-bool-switch
        Switch w => new If(w.Cond, Block(w.OnTrue), Block(w.OnFalse)),
        Try t => t with { Body = Block(t.Body) },
        Loop l => l with { Body = Block(l.Body) },
        _ => s,
    };

    /// <summary>The expression without branching parts (<c>?:</c>, <c>??</c>, switch), collection initializers and interpolations.</summary>
    private static Expr Plain(Expr e) => e switch
    {
        Guarded g => Plain(g.Value),
        Unary { Kind: UnaryKind.FlagConditional or UnaryKind.Coalesce or UnaryKind.FlagSwitch or UnaryKind.ListInit or UnaryKind.Interpolate } u => Plain(u.Operand),
        Unary u => u with { Operand = Plain(u.Operand) },
        Binary { Kind: BinaryKind.Interpolate } b => new Binary(BinaryKind.Plus, Plain(b.Left), Plain(b.Right)),
        Binary b => b with { Left = Plain(b.Left), Right = Plain(b.Right) },
        _ => e,
    };
}
