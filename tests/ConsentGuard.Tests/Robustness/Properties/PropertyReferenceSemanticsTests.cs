using System.Collections.Immutable;
using System.Linq;

namespace ConsentGuard.Tests.Robustness.Properties;

/// <summary>
/// The reference semantics (<see cref="FlowRenderer"/>) on programs whose verdicts the shared cases and SPEC §5 fix.
/// If these fail, the property suite's expectations are wrong, not the analyzer.
/// </summary>
public sealed class PropertyReferenceSemanticsTests
{
    private static readonly Cond Training = new Check(P.GenerativeTraining, CheckForm.Provider);
    private static readonly Cond Personalization = new Check(P.Personalization, CheckForm.Provider);
    private static readonly Expr Headline = new Read(Field.Headline);
    private static Stmt Corpus(Expr e) => new Sink(SinkKind.Corpus, 1, e);
    private static Stmt Feed(Expr e) => new Sink(SinkKind.Feed, 1, e);

    private static void Expect(string body, params Stmt[] statements)
    {
        var rendered = FlowRenderer.Render(new FlowProgram(statements.ToImmutableArray()));
        Assert.Equal(Normalize(body), Normalize(rendered.BodyMarkup));
    }

    private static string Normalize(string text) => string.Join("\n", text.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [Fact]
    public void Direct_leak_and_checked_if() => Expect("""
        corpus.Add({|CG0001:m.Headline|});
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
        corpus.Add(m.Headline);
        }
        """, Corpus(Headline), new If(Training, [Corpus(Headline)], []));

    [Fact]
    public void Wrong_purpose_is_CG0003_and_purpose_limitation_wins() => Expect("""
        if (consent.IsGranted(m.Id, Purposes.Personalization))
        {
        corpus.Add({|CG0003:m.Headline|});
        corpus.Add({|CG0002:m.Email|});
        feed.Show({|CG0002:m.Bio|});
        feed.Show(m.City);
        }
        """, new If(Personalization, [Corpus(Headline), Corpus(new Read(Field.Email)), Feed(new Read(Field.Bio)), Feed(new Read(Field.City))], []));

    [Fact]
    public void Or_is_not_a_guard_and_and_is() => Expect("""
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) || flag1)
        {
        corpus.Add({|CG0001:m.Headline|});
        }
        if (flag1 && consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
        corpus.Add(m.Headline);
        }
        """, new If(new Or(Training, new Flag(1)), [Corpus(Headline)], []), new If(new And(new Flag(1), Training), [Corpus(Headline)], []));

    [Fact]
    public void Early_exits_including_negated_or() => Expect("""
        if (!consent.IsGranted(m.Id, Purposes.Personalization) && flag1) return;
        feed.Show({|CG0001:m.Headline|});
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining) || flag2) return;
        corpus.Add(m.Headline);
        """, new ExitIf(new And(new Not(Personalization), new Flag(1)), ExitKind.Return), Feed(Headline),
        new ExitIf(new Or(new Not(Training), new Flag(2)), ExitKind.Continue), Corpus(Headline));

    [Fact]
    public void Bool_local_tested_later_and_is_true() => Expect("""
        var ok0 = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (ok0 is true)
        {
        corpus.Add(m.Headline);
        }
        """, new DefineBool(Training), new If(new IsConst(new BoolRef(0), true, false), [Corpus(Headline)], []));

    [Fact]
    public void Void_check_and_the_try_that_fails_open() => Expect("""
        try
        {
        gate.DemandTraining(m.Id);
        corpus.Add(m.Headline);
        }
        catch (Exception)
        {
        // a store outage must not become consent
        }
        corpus.Add({|CG0001:m.Headline|});
        try
        {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        catch (Exception)
        {
        throw;
        }
        corpus.Add(m.Headline);
        """, new Try([new Demand(P.GenerativeTraining, DemandForm.Fixed), Corpus(Headline)], CatchKind.Swallow), Corpus(Headline),
        new Try([new ExitIf(new Not(Training), ExitKind.Return)], CatchKind.Rethrow), Corpus(Headline));

    [Fact]
    public void Collections_filled_under_a_check_in_a_loop_and_unguarded_builders() => Expect("""
        for (var i0 = 0; i0 < m.Connections; i0++)
        {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) continue;
        l0.Add(m.Headline);
        }
        batch.AddRange(l0);
        sb0.Append(m.Headline);
        corpus.Add({|CG0001:sb0.ToString()|});
        """, new Loop([new ExitIf(new Not(Training), ExitKind.Continue), new ListAdd(0, Headline)], -1), new BatchSink(0, null),
        new Append(Headline), Corpus(new Built(0)));

    [Fact]
    public void A_sink_in_a_loop_sees_what_later_iterations_add() => Expect("""
        for (var i0 = 0; i0 < m.Connections; i0++)
        {
        feed.Show(string.Join(",", l1));
        l1.Add(string.Join(",", l0));
        l0.Add(m.City);
        }
        """.Replace("feed.Show(string.Join(\",\", l1));", "feed.Show({|CG0001:string.Join(\",\", l1)|});"),
        new Loop([Feed(new Joined(1, CollectionView.Join)), new ListAdd(1, new Joined(0, CollectionView.Join)), new ListAdd(0, new Read(Field.City))], -1));

    [Fact]
    public void Guarding_conditional_clears_what_it_yields() => Expect("""
        var v0 = (consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : "");
        corpus.Add(v0);
        feed.Show({|CG0003:v0|});
        corpus.Add({|CG0001:(consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? "" : m.Headline)|});
        """, new Define(new Guarded(Training, GuardShape.WhenTrue, Headline), DefineForm.Var), Corpus(new VarRef(0)), Feed(new VarRef(0)),
        Corpus(new Guarded(Training, GuardShape.WhenFalse, Headline)));

    [Fact]
    public void Length_and_count_are_not_personal_and_where_clears() => Expect("""
        corpus.Add(m.Headline.Length.ToString());
        l0.Add(m.Headline);
        batch.AddRange(l0.Where(x => consent.IsGranted(m.Id, Purposes.GenerativeTraining)));
        batch.AddRange({|CG0001:l0.Where(x => flag1)|});
        """, Corpus(new Unary(UnaryKind.Length, Headline)), new ListAdd(0, Headline), new BatchSink(0, Training), new BatchSink(0, new Flag(1)));

    [Fact]
    public void Anonymizer_cleared_helpers_and_exemptions()
    {
        var rendered = FlowRenderer.Render(new FlowProgram([
            Corpus(new Unary(UnaryKind.Redact, Headline)),
            Corpus(new Unary(UnaryKind.ClearedForTraining, Headline)),
            Feed(new Unary(UnaryKind.ClearedForTraining, Headline)),
            Corpus(new Unary(UnaryKind.ClearedForTraining, new Read(Field.City))),
            Feed(Headline)], Exempt: P.Personalization));
        Assert.Equal(Normalize("""
            corpus.Add(Redact(m.Headline));
            corpus.Add(ClearedForTraining(m.Headline, m.Id));
            feed.Show(ClearedForTraining(m.Headline, m.Id));
            corpus.Add({|CG0002:ClearedForTraining(m.City, m.Id)|});
            feed.Show(m.Headline);
            """), Normalize(rendered.BodyMarkup));
        Assert.Contains("[ConsentExempt(Purposes.Personalization, Justification = \"property test\")]", rendered.Source);
    }

    [Fact]
    public void The_private_field_holds_what_is_written_anywhere_in_the_type()
    {
        var rendered = FlowRenderer.Render(new FlowProgram([
            new BatchSink(3, null),
            new If(Training, [new ListAdd(3, Headline)], [])], ForeignWrite: false));
        Assert.Equal(Normalize("""
            batch.AddRange(_buffer);
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            {
            _buffer.Add(m.Headline);
            }
            """), Normalize(rendered.BodyMarkup));
        rendered = FlowRenderer.Render(new FlowProgram([new ListAdd(3, new Read(Field.Theme)), new BatchSink(3, null)], ForeignWrite: true));
        Assert.Contains("batch.AddRange({|CG0001:_buffer|});", rendered.BodyMarkup);
        Assert.Contains("_buffer.Add(x.Bio)", rendered.Source);
    }

    [Fact]
    public void Mixed_clearances_and_order_dependent_sinks_are_not_asserted()
    {
        var rendered = FlowRenderer.Render(new FlowProgram([
            new If(Training, [new ListAdd(0, Headline)], []),
            new If(Personalization, [new ListAdd(0, Headline)], []),
            new BatchSink(0, null),
            Corpus(new SlotRef(0)),
            new Accumulate(0, AccumulateForm.PlusAssign, Headline)]));
        Assert.Equal(1, rendered.AmbiguousSinks);
        Assert.Equal(1, rendered.OrderDependentSinks);
        Assert.Empty(rendered.Expected);
    }
}
