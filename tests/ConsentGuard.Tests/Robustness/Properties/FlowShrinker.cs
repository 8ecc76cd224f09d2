using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Robustness.Properties;

/// <summary>
/// Greedy structural minimization of a failing program, after CsCheck's own (random) shrinking: drop statements, inline
/// blocks, replace expressions and conditions by their parts or by the simplest leaf, until no smaller candidate still fails.
/// Each candidate gets its own reference verdicts, so "still fails" means "the analyzer still disagrees with SPEC §5".
/// </summary>
internal static class FlowShrinker
{
    public static async Task<FlowProgram> MinimizeAsync(FlowProgram failing, Func<FlowProgram, Task<bool>> fails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var current = failing;
        var improved = true;
        while (improved && clock.Elapsed < budget)
        {
            improved = false;
            foreach (var candidate in Candidates(current).Where(c => Measure(c) < Measure(current)).DistinctBy(c => FlowRenderer.Render(c).Source))
            {
                if (clock.Elapsed >= budget)
                    break;
                if (await fails(candidate))
                {
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }
        return current;
    }

    /// <summary>Smaller is simpler: fewer nodes first, then smaller enum values and indices.</summary>
    public static long Measure(FlowProgram program) => program.Body.Sum(Measure) + program.Exempt + (program.ForeignWrite ? 1 : 0);

    private static long Measure(Stmt s) => s switch
    {
        Define d => 1000 + (int)d.Form + Measure(d.Value),
        Accumulate a => 1000 + a.Slot + (int)a.Form + Measure(a.Value),
        HolderSet h => 1000 + Measure(h.Value),
        DefineBool b => 1000 + Measure(b.Cond),
        ListAdd a => 1000 + a.List + Measure(a.Value),
        Append a => 1000 + Measure(a.Value),
        Sink k => 1000 + (int)k.Kind * 3 + k.Depth + Measure(k.Value),
        BatchSink b => 1000 + b.List + (b.Filter is null ? 0 : Measure(b.Filter)),
        If i => 1000 + Measure(i.Cond) + i.Then.Sum(Measure) + i.Else.Sum(Measure),
        ExitIf e => 1000 + (int)e.Kind + Measure(e.Cond),
        Demand d => 1000 + d.Purpose + (int)d.Form,
        Switch w => 1000 + Measure(w.Cond) + w.OnTrue.Sum(Measure) + w.OnFalse.Sum(Measure),
        Try t => 1000 + (int)t.Catch + t.Body.Sum(Measure),
        Region r => 1000 + (int)r.Kind + r.Body.Sum(Measure),
        Loop l => 1000 + (l.Over + 1) + l.Body.Sum(Measure),
        _ => 1000,
    };

    private static long Measure(Expr e) => e switch
    {
        Read r => r.Field == Field.Literal ? 1000 : 1001 + (int)r.Field,
        VarRef v => 1001 + v.Index,
        Unary u => 1000 + (int)u.Kind + Measure(u.Operand),
        Binary b => 1000 + (int)b.Kind + Measure(b.Left) + Measure(b.Right),
        Joined j => 1001 + j.List + (int)j.View,
        ListCount c => 1001 + c.List,
        Element el => 1001 + el.List,
        Filtered f => 1000 + f.List + Measure(f.Cond),
        SlotRef r => 1001 + r.Slot,
        Guarded g => 1000 + (int)g.Shape + Measure(g.Cond) + Measure(g.Value),
        _ => 1001,
    };

    private static long Measure(Cond c) => c switch
    {
        Check k => 1000 + k.Purpose + (int)k.Form,
        Flag f => 1000 + f.Index,
        BoolRef b => 1000 + b.Index,
        And a => 1000 + Measure(a.Left) + Measure(a.Right),
        Or o => 1000 + Measure(o.Left) + Measure(o.Right),
        Not n => 1000 + Measure(n.Operand),
        IsConst i => 1000 + (i.Value ? 0 : 1) + (i.UseEquals ? 1 : 0) + Measure(i.Operand),
        _ => 1000,
    };

    public static IEnumerable<FlowProgram> Candidates(FlowProgram program)
    {
        if (program.Exempt != 0)
            yield return program with { Exempt = 0 };
        if (program.ForeignWrite)
            yield return program with { ForeignWrite = false };
        foreach (var body in Lists(program.Body))
            yield return program with { Body = body };
    }

    private static IEnumerable<ImmutableArray<Stmt>> Lists(ImmutableArray<Stmt> list)
    {
        for (var i = 0; i < list.Length; i++)
            yield return list.RemoveAt(i);
        for (var i = 0; i < list.Length; i++)
            foreach (var inner in Inlined(list[i]))
                yield return list.RemoveAt(i).InsertRange(i, inner);
        for (var i = 0; i < list.Length; i++)
            foreach (var replacement in Statements(list[i]))
                yield return list.SetItem(i, replacement);
    }

    private static IEnumerable<ImmutableArray<Stmt>> Inlined(Stmt s)
    {
        switch (s)
        {
            case If i:
                yield return i.Then;
                if (i.Else.Length > 0) yield return i.Else;
                break;
            case Switch w:
                yield return w.OnTrue;
                yield return w.OnFalse;
                break;
            case Try t:
                yield return t.Body;
                break;
            case Region r:
                yield return r.Body;
                break;
            case Loop l:
                yield return l.Body;
                break;
        }
    }

    private static IEnumerable<Stmt> Statements(Stmt s)
    {
        switch (s)
        {
            case Define d:
                if (d.Form != DefineForm.Var) yield return d with { Form = DefineForm.Var };
                foreach (var e in Expressions(d.Value)) yield return d with { Value = e };
                break;
            case Accumulate a:
                if (a.Form != AccumulateForm.PlusAssign) yield return a with { Form = AccumulateForm.PlusAssign };
                if (a.Slot > 0) yield return a with { Slot = 0 };
                foreach (var e in Expressions(a.Value)) yield return a with { Value = e };
                break;
            case HolderSet h:
                foreach (var e in Expressions(h.Value)) yield return h with { Value = e };
                break;
            case DefineBool b:
                foreach (var c in Conditions(b.Cond)) yield return b with { Cond = c };
                break;
            case ListAdd a:
                if (a.List > 0) yield return a with { List = 0 };
                foreach (var e in Expressions(a.Value)) yield return a with { Value = e };
                break;
            case Append a:
                foreach (var e in Expressions(a.Value)) yield return a with { Value = e };
                break;
            case Sink k:
                if (k.Kind is not (SinkKind.Corpus or SinkKind.Feed))
                    yield return k with { Kind = k.Kind is SinkKind.ShowVia or SinkKind.Board ? SinkKind.Feed : SinkKind.Corpus, Depth = 1 };
                if (k.Depth > 1) yield return k with { Depth = 1 };
                foreach (var e in Expressions(k.Value)) yield return k with { Value = e };
                break;
            case BatchSink b:
                if (b.List > 0) yield return b with { List = 0 };
                if (b.Filter is not null)
                {
                    yield return b with { Filter = null };
                    foreach (var c in Conditions(b.Filter)) yield return b with { Filter = c };
                }
                break;
            case If i:
                if (i.Else.Length > 0) yield return i with { Else = [] };
                foreach (var c in Conditions(i.Cond)) yield return i with { Cond = c };
                foreach (var t in Lists(i.Then)) yield return i with { Then = t };
                foreach (var e in Lists(i.Else)) yield return i with { Else = e };
                break;
            case ExitIf e:
                if (e.Kind != ExitKind.Return) yield return e with { Kind = ExitKind.Return };
                foreach (var c in Conditions(e.Cond)) yield return e with { Cond = c };
                break;
            case Demand d:
                if (d.Form != DemandForm.WithPurpose) yield return d with { Form = DemandForm.WithPurpose };
                break;
            case Switch w:
                foreach (var c in Conditions(w.Cond)) yield return w with { Cond = c };
                foreach (var t in Lists(w.OnTrue)) yield return w with { OnTrue = t };
                foreach (var f in Lists(w.OnFalse)) yield return w with { OnFalse = f };
                break;
            case Try t:
                if (t.Catch != CatchKind.Swallow) yield return t with { Catch = CatchKind.Swallow };
                foreach (var b in Lists(t.Body)) yield return t with { Body = b };
                break;
            case Region r:
                foreach (var b in Lists(r.Body)) yield return r with { Body = b };
                break;
            case Loop l:
                if (l.Over >= 0) yield return l with { Over = -1 };
                foreach (var b in Lists(l.Body)) yield return l with { Body = b };
                break;
        }
    }

    private static IEnumerable<Expr> Expressions(Expr e)
    {
        switch (e)
        {
            case Read r:
                if (r.Field != Field.Literal) yield return new Read(Field.Literal);
                if (r.Field != Field.Headline) yield return new Read(Field.Headline);
                break;
            case VarRef v:
                yield return new Read(Field.Literal);
                yield return new Read(Field.Headline);
                if (v.Index > 0) yield return new VarRef(0);
                break;
            case Unary u:
                yield return u.Operand;
                foreach (var x in Expressions(u.Operand)) yield return u with { Operand = x };
                break;
            case Binary b:
                yield return b.Left;
                yield return b.Right;
                foreach (var x in Expressions(b.Left)) yield return b with { Left = x };
                foreach (var x in Expressions(b.Right)) yield return b with { Right = x };
                break;
            case Joined j:
                yield return new Read(Field.Literal);
                yield return new Read(Field.Headline);
                if (j.List > 0) yield return j with { List = 0 };
                if (j.View != CollectionView.Join) yield return j with { View = CollectionView.Join };
                break;
            case ListCount:
            case Element:
            case SlotRef:
            case HolderRead:
            case Built:
                yield return new Read(Field.Literal);
                yield return new Read(Field.Headline);
                break;
            case Filtered f:
                yield return new Joined(f.List, CollectionView.Join);
                foreach (var c in Conditions(f.Cond)) yield return f with { Cond = c };
                break;
            case Guarded g:
                yield return g.Value;
                if (g.Shape != GuardShape.WhenTrue) yield return g with { Shape = GuardShape.WhenTrue };
                foreach (var c in Conditions(g.Cond)) yield return g with { Cond = c };
                foreach (var x in Expressions(g.Value)) yield return g with { Value = x };
                break;
        }
    }

    private static IEnumerable<Cond> Conditions(Cond c)
    {
        switch (c)
        {
            case Check k:
                if (k.Form != CheckForm.Provider) yield return k with { Form = CheckForm.Provider };
                if (k.Purpose != P.GenerativeTraining) yield return k with { Purpose = P.GenerativeTraining };
                break;
            case Flag f:
                if (f.Index > 1) yield return new Flag(1);
                break;
            case BoolRef b:
                yield return new Flag(1);
                if (b.Index > 0) yield return new BoolRef(0);
                break;
            case And a:
                yield return a.Left;
                yield return a.Right;
                foreach (var x in Conditions(a.Left)) yield return a with { Left = x };
                foreach (var x in Conditions(a.Right)) yield return a with { Right = x };
                break;
            case Or o:
                yield return o.Left;
                yield return o.Right;
                foreach (var x in Conditions(o.Left)) yield return o with { Left = x };
                foreach (var x in Conditions(o.Right)) yield return o with { Right = x };
                break;
            case Not n:
                yield return n.Operand;
                foreach (var x in Conditions(n.Operand)) yield return n with { Operand = x };
                break;
            case IsConst i:
                yield return i.Operand;
                if (!i.Value || i.UseEquals) yield return i with { Value = true, UseEquals = false };
                foreach (var x in Conditions(i.Operand)) yield return i with { Operand = x };
                break;
        }
    }
}
