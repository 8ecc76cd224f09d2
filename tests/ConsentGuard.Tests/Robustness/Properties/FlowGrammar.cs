using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace ConsentGuard.Tests.Robustness.Properties;

// The abstract syntax of the generated programs: one async method body over a fixed domain (FlowRenderer.Prologue).
// References to locals are indices resolved modulo what is in scope when the program is rendered, so every tree is a
// valid program and shrinking never produces a dangling reference.

/// <summary>Purposes as bits of a mask.</summary>
internal static class P
{
    public const int GenerativeTraining = 1;
    public const int Personalization = 2;
    public const int Analytics = 4;
    public const int All = 7;

    public static string Name(int purpose) => purpose switch
    {
        GenerativeTraining => "GenerativeTraining",
        Personalization => "Personalization",
        Analytics => "Analytics",
        _ => throw new System.ArgumentOutOfRangeException(nameof(purpose)),
    };
}

/// <summary>What a read yields: four personal members with different declared purposes, three non-personal values, and reads through the generated views.</summary>
internal enum Field
{
    Headline,      // personal, declared GenerativeTraining + Personalization
    Bio,           // personal, declared GenerativeTraining
    City,          // personal, declared Personalization
    Email,         // personal, declared for no purpose
    Theme,         // non-personal member
    Connections,   // non-personal int member, .ToString()
    Literal,       // a string constant
    TrainingViewHeadline,       // m.ForGenerativeTraining(consent)?.Headline ?? "": cleared for GenerativeTraining
    TrainingViewBio,
    PersonalizationViewCity,    // m.ForPersonalization(consent)?.City ?? "": cleared for Personalization
    Note,          // the [PersonalData, ConsentPurpose(Personalization)] parameter of Run
    DiaryText,     // diary.Text: a member of a [PersonalData] type declared for GenerativeTraining
    Secret,        // Secret(): a [return: PersonalData] method declared for GenerativeTraining and Personalization
}

internal enum UnaryKind
{
    ToUpper, Trim, FlagConditional, Coalesce, Relay1, Relay2, Relay3, Decorate, Format, Interpolate, CastThroughObject, Lambda, Tuple,
    ArrayElement, LinqSelect, LinqWhere, FlagSwitch, ListInit, LocalFunction, AwaitTask,
    ClearedForTraining, ClearedForPersonalization,   // through a source method with [return: ConsentCleared(P)]
    Length, LinqCount, Redact,   // not personal: .Length and Count carry nothing, an [Anonymizer] returns non-personal data
}

internal enum BinaryKind { Plus, Interpolate, Concat, Join, Format }

/// <summary>The three shapes of a guarding expression: <c>c ? v : ""</c>, <c>c ? "" : v</c>, <c>c switch { true =&gt; v, false =&gt; "" }</c>.</summary>
internal enum GuardShape { WhenTrue, WhenFalse, SwitchTrue }

internal enum CheckForm { Provider, ProviderLiteral, Async, PolicyWithPurpose, PolicyFixed, DerivedProvider, TaskOfBool }

internal enum DemandForm { WithPurpose, Fixed }

internal enum SinkKind { Corpus, Feed, TrainVia, ShowVia, Writer, Board, Implementation, SinkType, Constructor }

/// <summary>What is read of a collection: <c>string.Join(",", c)</c>, ordered, selected, its first element, or (not personal) counts and tests.</summary>
internal enum CollectionView { Join, OrderedJoin, SelectedJoin, First, DistinctCount, Any }

internal enum ExitKind { Return, Throw, Continue, Break }

internal enum CatchKind { Swallow, Log, Return, Rethrow }

/// <summary>Blocks that change no guard but add regions to the control-flow graph: <c>lock</c>, <c>using</c>, <c>try/finally</c>, <c>checked</c>.</summary>
internal enum RegionKind { Lock, Using, Finally, Checked }

/// <summary>How a value is put into an existing string local: <c>s += v</c>, <c>s = flag1 ? v : s</c>, <c>s = s + v</c>.</summary>
internal enum AccumulateForm { PlusAssign, ConditionalAssign, Reassign }

/// <summary><c>var v = e;</c>, <c>Copy(e, out var v);</c>, <c>var (v, _) = (e, 1);</c></summary>
internal enum DefineForm { Var, Out, Deconstruct }

internal abstract record Expr;
internal sealed record Read(Field Field) : Expr;
internal sealed record VarRef(int Index) : Expr;
internal sealed record Unary(UnaryKind Kind, Expr Operand) : Expr;
internal sealed record Binary(BinaryKind Kind, Expr Left, Expr Right) : Expr;
internal sealed record Joined(int List, CollectionView View) : Expr;
internal sealed record Built(int Builder) : Expr;
internal sealed record ListCount(int List) : Expr;
internal sealed record Guarded(Cond Cond, GuardShape Shape, Expr Value) : Expr;
/// <summary>The string local <c>s{Slot}</c>, declared <c>""</c> before the body and only ever extended.</summary>
internal sealed record SlotRef(int Slot) : Expr;
/// <summary><c>h0.Text</c> of the local object <c>h0</c>.</summary>
internal sealed record HolderRead : Expr;
/// <summary><c>l0[0]</c>, <c>l1[0]</c>, <c>a0[0]</c>.</summary>
internal sealed record Element(int List) : Expr;
/// <summary><c>string.Join(",", l0.Where(x =&gt; c))</c>.</summary>
internal sealed record Filtered(int List, Cond Cond) : Expr;

internal abstract record Cond;
internal sealed record Check(int Purpose, CheckForm Form) : Cond;
internal sealed record Flag(int Index) : Cond;
internal sealed record BoolRef(int Index) : Cond;
internal sealed record And(Cond Left, Cond Right) : Cond;
internal sealed record Or(Cond Left, Cond Right) : Cond;
internal sealed record Not(Cond Operand) : Cond;
/// <summary><c>(c) is true</c>, <c>(c) is false</c>, <c>(c) == false</c>, <c>(c) != true</c>…</summary>
internal sealed record IsConst(Cond Operand, bool Value, bool UseEquals) : Cond;

internal abstract record Stmt;
internal sealed record Define(Expr Value, DefineForm Form) : Stmt;
internal sealed record Accumulate(int Slot, AccumulateForm Form, Expr Value) : Stmt;
internal sealed record HolderSet(Expr Value) : Stmt;
internal sealed record DefineBool(Cond Cond) : Stmt;
internal sealed record ListAdd(int List, Expr Value) : Stmt;
internal sealed record Append(Expr Value) : Stmt;
internal sealed record Sink(SinkKind Kind, int Depth, Expr Value) : Stmt;
/// <summary><c>batch.AddRange(l0)</c>, or of <c>l0.Where(x =&gt; Filter)</c>.</summary>
internal sealed record BatchSink(int List, Cond? Filter) : Stmt;
internal sealed record If(Cond Cond, ImmutableArray<Stmt> Then, ImmutableArray<Stmt> Else) : Stmt;
internal sealed record ExitIf(Cond Cond, ExitKind Kind) : Stmt;
internal sealed record Demand(int Purpose, DemandForm Form) : Stmt;
internal sealed record Switch(Cond Cond, ImmutableArray<Stmt> OnTrue, ImmutableArray<Stmt> OnFalse) : Stmt;
internal sealed record Try(ImmutableArray<Stmt> Body, CatchKind Catch) : Stmt;
internal sealed record Region(RegionKind Kind, ImmutableArray<Stmt> Body) : Stmt;
/// <summary><c>for</c> over <c>m.Connections</c> when <paramref name="Over"/> is negative, else <c>foreach</c> over that collection.</summary>
internal sealed record Loop(ImmutableArray<Stmt> Body, int Over) : Stmt;

/// <summary>
/// A generated program: the statements of <c>Run</c>'s body; the purposes <c>Run</c> is <c>[ConsentExempt]</c> for; whether
/// another method of the class writes personal data (Member.Bio, unchecked) into the private field <c>_buffer</c>.
/// </summary>
internal sealed record FlowProgram(ImmutableArray<Stmt> Body, int Exempt = 0, bool ForeignWrite = false)
{
    public int Size => Body.Sum(StmtSize);

    private static int StmtSize(Stmt s) => s switch
    {
        If i => 1 + i.Then.Sum(StmtSize) + i.Else.Sum(StmtSize),
        Switch w => 1 + w.OnTrue.Sum(StmtSize) + w.OnFalse.Sum(StmtSize),
        Try t => 1 + t.Body.Sum(StmtSize),
        Region r => 1 + r.Body.Sum(StmtSize),
        Loop l => 1 + l.Body.Sum(StmtSize),
        _ => 1,
    };
}

/// <summary>CsCheck generators for <see cref="FlowProgram"/>. Alternatives are listed simplest first, so shrinking moves towards them.</summary>
internal static class FlowGen
{
    /// <summary>Whether programs may read through the generated views (needs the generator in the compilation).</summary>
    public static bool Views { get; set; } = !ConsentGuard.Tests.Infrastructure.ConsentGuardComponents.GeneratorTypes.IsEmpty;

    private static readonly Gen<int> Purpose = Gen.Frequency((3, Gen.Const(P.GenerativeTraining)), (2, Gen.Const(P.Personalization)), (1, Gen.Const(P.Analytics)));
    /// <summary>Collections: <c>l0</c>, <c>l1</c> (lists), <c>a0</c> (an array) and the private field <c>_buffer</c>.</summary>
    private static readonly Gen<int> ListIndex = Gen.Int[0, 3];
    private static readonly Gen<int> SlotIndex = Gen.Int[0, 1];
    private static readonly Gen<int> LocalIndex = Gen.Int[0, 7];

    private static Gen<Field> FieldGen() => Gen.Frequency(
        (4, Gen.Const(Field.Headline)), (2, Gen.Const(Field.Bio)), (2, Gen.Const(Field.City)), (2, Gen.Const(Field.Email)),
        (1, Gen.Const(Field.Theme)), (1, Gen.Const(Field.Connections)), (1, Gen.Const(Field.Literal)),
        (1, Gen.Int[0, 2].Select(i => Views ? (Field)((int)Field.TrainingViewHeadline + i) : Field.Headline)),
        (1, Gen.Int[0, 2].Select(i => (Field)((int)Field.Note + i))));

    public static readonly Gen<Cond> CheckAtom = Gen.Select(Purpose, Gen.Frequency(
        (4, Gen.Const(CheckForm.Provider)), (1, Gen.Const(CheckForm.ProviderLiteral)), (2, Gen.Const(CheckForm.Async)),
        (1, Gen.Const(CheckForm.PolicyWithPurpose)), (1, Gen.Const(CheckForm.PolicyFixed)), (1, Gen.Const(CheckForm.DerivedProvider)),
        (1, Gen.Const(CheckForm.TaskOfBool))), (p, f) => (Cond)new Check(p, f));

    private static readonly Gen<Cond> CondAtom = Gen.Frequency(
        (5, CheckAtom),
        (1, Gen.Int[1, 2].Select(i => (Cond)new Flag(i))),
        (1, LocalIndex.Select(i => (Cond)new BoolRef(i))));

    private static readonly Gen<Cond>[] CondByDepth = BuildConds(3);

    private static Gen<Cond>[] BuildConds(int depth)
    {
        var gens = new Gen<Cond>[depth];
        gens[0] = CondAtom;
        for (var d = 1; d < depth; d++)
        {
            var sub = gens[d - 1];
            gens[d] = Gen.Frequency(
                (6, CondAtom),
                (2, Gen.Select(sub, sub, (l, r) => (Cond)new And(l, r))),
                (2, Gen.Select(sub, sub, (l, r) => (Cond)new Or(l, r))),
                (2, sub.Select(c => (Cond)new Not(c))),
                (1, Gen.Select(sub, Gen.Bool, Gen.Bool, (c, v, eq) => (Cond)new IsConst(c, v, eq))));
        }
        return gens;
    }

    /// <summary>Conditions of early exits: mostly <c>!check</c>, sometimes anything.</summary>
    private static readonly Gen<Cond> ExitCond = Gen.Frequency(
        (3, CheckAtom.Select(c => (Cond)new Not(c))),
        (2, CondByDepth[2]));

    private static readonly Gen<Expr>[] ExprByDepth = BuildExprs(3);

    private static Gen<Expr>[] BuildExprs(int depth)
    {
        var gens = new Gen<Expr>[depth];
        gens[0] = Gen.Frequency(
            (4, FieldGen().Select(f => (Expr)new Read(f))),
            (4, LocalIndex.Select(i => (Expr)new VarRef(i))),
            (1, SlotIndex.Select(i => (Expr)new SlotRef(i))),
            (1, Gen.Const((Expr)new HolderRead())));
        for (var d = 1; d < depth; d++)
        {
            var sub = gens[d - 1];
            gens[d] = Gen.Frequency(
                (8, gens[0]),
                (4, Gen.Select(Gen.Enum<UnaryKind>(), sub, (k, e) => (Expr)new Unary(k, e))),
                (3, Gen.Select(Gen.Enum<BinaryKind>(), sub, sub, (k, l, r) => (Expr)new Binary(k, l, r))),
                (3, Gen.Select(ListIndex, Gen.Frequency((4, Gen.Const(CollectionView.Join)), (3, Gen.Enum<CollectionView>())), (i, v) => (Expr)new Joined(i, v))),
                (1, Gen.Const((Expr)new Built(0))),
                (1, ListIndex.Select(i => (Expr)new ListCount(i))),
                (1, ListIndex.Select(i => (Expr)new Element(i))),
                (1, Gen.Select(ListIndex, CondByDepth[1], (i, c) => (Expr)new Filtered(i, c))),
                (3, Gen.Select(CondByDepth[1], Gen.Enum<GuardShape>(), sub, (c, s, e) => (Expr)new Guarded(c, s, e))));
        }
        return gens;
    }

    private static readonly Gen<Stmt> SinkGen = Gen.Select(
        Gen.Frequency((4, Gen.Const(SinkKind.Corpus)), (3, Gen.Const(SinkKind.Feed)), (1, Gen.Const(SinkKind.TrainVia)),
                      (1, Gen.Const(SinkKind.ShowVia)), (1, Gen.Const(SinkKind.Writer)), (1, Gen.Const(SinkKind.Board)),
                      (1, Gen.Const(SinkKind.Implementation)), (1, Gen.Const(SinkKind.SinkType)), (1, Gen.Const(SinkKind.Constructor))),
        Gen.Int[1, 3], ExprByDepth[2], (k, d, e) => (Stmt)new Sink(k, d, e));

    private static readonly Gen<Stmt> AnySink = Gen.Frequency((6, SinkGen),
        (2, Gen.Select(ListIndex, Gen.Frequency((2, Gen.Const((Cond?)null)), (1, CondByDepth[1].Select(c => (Cond?)c))), (i, f) => (Stmt)new BatchSink(i, f))));

    private static readonly Gen<Stmt>[] StmtByDepth = BuildStmts(3);

    private static Gen<Stmt>[] BuildStmts(int depth)
    {
        var gens = new Gen<Stmt>[depth];
        var simple = new (int, IGen<Stmt>)[]
        {
            (5, Gen.Select(ExprByDepth[2], Gen.Frequency((6, Gen.Const(DefineForm.Var)), (1, Gen.Const(DefineForm.Out)), (1, Gen.Const(DefineForm.Deconstruct))),
                (e, f) => (Stmt)new Define(e, f))),
            (2, Gen.Select(SlotIndex, Gen.Enum<AccumulateForm>(), ExprByDepth[1], (i, f, e) => (Stmt)new Accumulate(i, f, e))),
            (1, ExprByDepth[1].Select(e => (Stmt)new HolderSet(e))),
            (5, AnySink),
            (2, Gen.Select(ListIndex, ExprByDepth[1], (l, e) => (Stmt)new ListAdd(l, e))),
            (1, ExprByDepth[1].Select(e => (Stmt)new Append(e))),
            (1, CondByDepth[2].Select(c => (Stmt)new DefineBool(c))),
            (3, Gen.Select(ExitCond, Gen.Enum<ExitKind>(), (c, k) => (Stmt)new ExitIf(c, k))),
            (1, Gen.Select(Purpose, Gen.Enum<DemandForm>(), (p, f) => (Stmt)new Demand(p, f))),
        };
        gens[0] = Gen.Frequency(simple);
        for (var d = 1; d < depth; d++)
        {
            var body = Block(gens[d - 1], 0, 3);
            var guardFirst = Gen.Select(Gen.Frequency(
                    (3, Gen.Select(ExitCond, Gen.Enum<ExitKind>(), (c, k) => (Stmt)new ExitIf(c, k))),
                    (1, Gen.Select(Purpose, Gen.Enum<DemandForm>(), (p, f) => (Stmt)new Demand(p, f)))),
                body, (g, b) => b.Insert(0, g));
            gens[d] = Gen.Frequency(simple.Concat(new (int, IGen<Stmt>)[]
            {
                (4, Gen.Select(CondByDepth[2], body, Gen.Frequency((3, Gen.Const(ImmutableArray<Stmt>.Empty)), (1, body)), (c, t, e) => (Stmt)new If(c, t, e))),
                (1, Gen.Select(CondByDepth[1], body, body, (c, t, f) => (Stmt)new Switch(c, t, f))),
                (2, Gen.Select(guardFirst, Gen.Enum<CatchKind>(), (b, k) => (Stmt)new Try(b, k))),
                (1, Gen.Select(Gen.Enum<RegionKind>(), Gen.Frequency((1, guardFirst), (1, body)), (k, b) => (Stmt)new Region(k, b))),
                (1, Gen.Select(guardFirst, Gen.Int[-1, 3], (b, over) => (Stmt)new Loop(b, over))),
                (1, Gen.Select(body, ListIndex, (b, over) => (Stmt)new Loop(b, over))),
            }).ToArray());
        }
        return gens;
    }

    private static Gen<ImmutableArray<Stmt>> Block(Gen<Stmt> stmt, int min, int max) => stmt.Array[min, max].Select(a => a.ToImmutableArray());

    /// <summary>A body: some statements of nesting depth up to 2, then one to three sinks.</summary>
    public static readonly Gen<FlowProgram> Program = Gen.Select(
        Block(StmtByDepth[2], 0, 7), AnySink.Array[1, 3],
        Gen.Frequency((6, Gen.Const(0)), (1, Purpose)), Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true))),
        (body, sinks, exempt, foreign) => new FlowProgram(body.AddRange(sinks), exempt, foreign));
}
