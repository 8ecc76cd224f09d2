using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace ConsentGuard.Tests.Robustness.Properties;

/// <summary>A diagnostic the reference semantics requires at a sink argument.</summary>
internal sealed record ExpectedDiagnostic(string Id, int Start, int Length);

/// <summary>A rendered program: plain C#, the diagnostics SPEC §5 requires, and the same as test markup.</summary>
internal sealed record RenderedProgram(string Source, ImmutableArray<ExpectedDiagnostic> Expected, int Sinks, int AmbiguousSinks, int OrderDependentSinks)
{
    public string Markup
    {
        get
        {
            var text = new StringBuilder(Source);
            foreach (var e in Expected.OrderByDescending(e => e.Start))
            {
                text.Insert(e.Start + e.Length, "|}");
                text.Insert(e.Start, "{|" + e.Id + ":");
            }
            return text.ToString();
        }
    }

    /// <summary>Only the body of <c>Run</c>, with markup: what a reader of a failure needs to see.</summary>
    public string BodyMarkup
    {
        get
        {
            var markup = Markup;
            var start = markup.IndexOf(FlowRenderer.BodyStartMarker, StringComparison.Ordinal) + FlowRenderer.BodyStartMarker.Length;
            var end = markup.IndexOf(FlowRenderer.BodyEndMarker, start, StringComparison.Ordinal);
            return markup[start..end].TrimEnd();
        }
    }
}

/// <summary>
/// The reference semantics of SPEC §5 over <see cref="FlowProgram"/>, and its rendering as C#. One walk over the tree
/// both prints each statement and interprets it abstractly:
/// <list type="bullet">
/// <item>a value's taint is a set of (origin, purposes it was cleared for) pairs, encoded as bits <c>origin * 8 + mask</c>;</item>
/// <item><c>_guard</c> is the set of purposes for which a consent check returned true on every path to the current point
/// (a must-analysis: joins intersect; a catch that falls through resets to the state before the <c>try</c>);</item>
/// <item>a value put into a collection or builder, or produced by a guarding <c>?:</c>/switch, is cleared for the purposes
/// established there (SPEC: "every personal value put into a collection or object was cleared for P when it was put in");</item>
/// <item>a sink for P reports CG0002 if an origin does not declare P; else nothing if P is established at the sink or every
/// pair is cleared for P; else CG0003 if some other purpose is established for the whole value; else CG0001.</item>
/// </list>
/// Lists and the builder are flow-sensitive and loop bodies are iterated to a fixpoint.
/// </summary>
internal sealed class FlowRenderer
{
    public const string BodyStartMarker = "        var h0 = new Holder();\n";
    public const string BodyEndMarker = "        static string Echo(string s) => s;\n    }\n\n    private static string Relay1";

    /// <summary>The fixed domain around the generated body.</summary>
    public const string Prologue = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;
        using ConsentGuard;

        public partial class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Professional)]
            [ConsentPurpose(Purposes.GenerativeTraining)]
            [ConsentPurpose(Purposes.Personalization)]
            public string Headline { get; set; } = "";
            [PersonalData(PersonalDataCategory.UserContent)]
            [ConsentPurpose(Purposes.GenerativeTraining)]
            public string Bio { get; set; } = "";
            [PersonalData(PersonalDataCategory.Location)]
            [ConsentPurpose(Purposes.Personalization)]
            public string City { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
            public string Theme { get; set; } = "";
            public int Connections { get; set; }
        }

        public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
        public interface IFeed { [ConsentSink(Purposes.Personalization)] void Show(string text); }
        public interface IBatchSink { [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts); }
        public class Board { [ConsentSink(Purposes.Personalization)] public string Banner { get; set; } = ""; }
        public class Holder { public string Text { get; set; } = ""; }
        [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
        public class Diary { public string Text { get; set; } = ""; }
        public class LocalCorpus : ICorpus { public void Add(string text) { } }
        [ConsentSink(Purposes.GenerativeTraining)] public class TrainingSet { public void Add(string text) { } }
        public class Example { [ConsentSink(Purposes.Personalization)] public Example(string text) => Text = text; public string Text { get; } }
        public interface IPolicy { [ConsentCheck] bool Permits([DataSubject] string subjectId, string purpose); }
        public class StrictPolicy : IPolicy { public bool Permits(string subjectId, string purpose) => false; }

        public class TrainingWriter(ICorpus corpus)
        {
            public void Write([ConsentSink(Purposes.GenerativeTraining)] string text) => corpus.Add(text.Trim());
        }

        public class Policy
        {
            private readonly HashSet<string> _granted = new();
            [ConsentCheck] public bool Allows([DataSubject] string subjectId, string purpose) => _granted.Contains(subjectId + "/" + purpose);
            [ConsentCheck(Purposes.GenerativeTraining)] public bool MayTrain([DataSubject] string subjectId) => _granted.Contains(subjectId + "/t");
            [ConsentCheck(Purposes.Personalization)] public bool MayPersonalize([DataSubject] string subjectId) => _granted.Contains(subjectId + "/p");
            [ConsentCheck(Purposes.Analytics)] public bool MayAnalyze([DataSubject] string subjectId) => _granted.Contains(subjectId + "/a");
            [ConsentCheck] public Task<bool> AllowsAsync([DataSubject] string subjectId, string purpose) => Task.FromResult(_granted.Contains(subjectId + "/" + purpose));
        }

        public class Gate
        {
            private readonly HashSet<string> _granted = new();
            [ConsentCheck] public void Demand([DataSubject] string subjectId, string purpose) { if (!_granted.Contains(subjectId + "/" + purpose)) throw new UnauthorizedAccessException(); }
            [ConsentCheck(Purposes.GenerativeTraining)] public void DemandTraining([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/t")) throw new UnauthorizedAccessException(); }
            [ConsentCheck(Purposes.Personalization)] public void DemandPersonalization([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/p")) throw new UnauthorizedAccessException(); }
            [ConsentCheck(Purposes.Analytics)] public void DemandAnalytics([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/a")) throw new UnauthorizedAccessException(); }
        }

        public class Exporter(IConsentProvider consent, Policy policy, Gate gate, ICorpus corpus, IFeed feed, IBatchSink batch, Board board, TrainingWriter writer,
            LocalCorpus localCorpus, TrainingSet trainingSet, StrictPolicy strict)
        {
            private readonly List<string> _buffer = new();

            public async Task Run(Member m, bool flag1, bool flag2, [PersonalData, ConsentPurpose(Purposes.Personalization)] string note, Diary diary)
            {
                var l0 = new List<string>();
                var l1 = new List<string>();
                var a0 = new string[2];
                var sb0 = new StringBuilder();
                var s0 = "";
                var s1 = "";
                var h0 = new Holder();

        """;

    public const string Epilogue = """
                static string Echo(string s) => s;
            }

            private static string Relay1(string s) => s;
            private static string Relay2(string s) => Relay1(s);
            private static string Relay3(string s) => Relay2(s);
            private static string Decorate(string s) => "<" + s + ">";
            private static void Copy(string s, out string r) => r = s;
            [Anonymizer] private static string Redact(string s) => new string('*', s.Length);
            [return: PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose(Purposes.Personalization)]
            private static string Secret() => "";
            [return: ConsentCleared(Purposes.GenerativeTraining)]
            private string ClearedForTraining(string text, string subjectId) => consent.IsGranted(subjectId, Purposes.GenerativeTraining) ? text : "";
            [return: ConsentCleared(Purposes.Personalization)]
            private string ClearedForPersonalization(string text, string subjectId) => consent.IsGranted(subjectId, Purposes.Personalization) ? text : "";
            public void Collect(Member x) => _buffer.Add(x.Theme);
            private void TrainVia1(string s) => corpus.Add(s);
            private void TrainVia2(string s) => TrainVia1(s);
            private void TrainVia3(string s) => TrainVia2(s);
            private void ShowVia1(string s) => feed.Show(s);
            private void ShowVia2(string s) => ShowVia1(s);
        }

        """;

    // Origins and the purposes each declares: Member.Headline, Bio, City, Email; the parameter note; Diary (a personal
    // type); the return value of Secret().
    private static readonly int[] Declared =
        [P.GenerativeTraining | P.Personalization, P.GenerativeTraining, P.Personalization, 0, P.Personalization, P.GenerativeTraining, P.GenerativeTraining | P.Personalization];
    private static readonly string[] OriginNames = ["Headline", "Bio", "City", "Email", "note", "Diary", "Secret()"];

    private StringBuilder _out = new();
    private List<ExpectedDiagnostic> _marks = new();
    private int _indent = 2;
    private int _guard;
    // Mutable state, indexed: 0..3 the collections l0, l1, a0 and the private field _buffer; 4 the builder sb0; 5..6 the string
    // locals s0, s1; 7 the object h0.
    private const int BufferField = 3, Builder = 4, Slot0 = 5, Holder = 7, StateSize = 8;
    private int _exempt;
    private bool _awaitAllowed = true;
    private ulong _field;
    private readonly ulong[] _state = new ulong[StateSize];

    /// <summary>
    /// Order-agnostic mode: what each piece of mutable state holds by the end of the method, read everywhere (the
    /// analyzer's reading of "locals / collections it was added to" without regard to order). Null: flow-sensitive.
    /// </summary>
    private readonly ulong[]? _eventually;

    /// <summary>Sinks (by index) whose verdict depends on statement order: printed but not asserted.</summary>
    private readonly ISet<int> _orderDependent;

    private readonly List<string?> _verdicts = new();

    private FlowRenderer(ulong[]? eventually, ISet<int> orderDependent) => (_eventually, _orderDependent) = (eventually, orderDependent);

    private ulong Get(int index) => _state[index] | (_eventually?[index] ?? 0) | (index == BufferField ? _field : 0);
    private readonly List<List<(string Name, ulong Taint)>> _locals = [[]];
    private readonly List<List<(string Name, int WhenTrue, int WhenFalse)>> _bools = [[]];
    private int _nextLocal, _nextBool, _nextLoop;
    private bool _inLoop, _breakLeavesLoop;
    private int _sinks, _ambiguous;

    public static RenderedProgram Render(FlowProgram program)
    {
        // What the mutable state holds by the end, read everywhere: iterate whole-body passes to a fixpoint.
        var eventually = new ulong[StateSize];
        eventually[BufferField] = program.ForeignWrite ? Pair(1, 0) : 0;
        while (true)
        {
            var pass = new FlowRenderer(eventually, new HashSet<int>()) { _exempt = program.Exempt };
            pass.Statements(program.Body);
            var grown = false;
            for (var i = 0; i < StateSize; i++)
            {
                grown |= (pass._state[i] & ~eventually[i]) != 0;
                eventually[i] |= pass._state[i];
            }
            if (!grown)
                break;
        }
        // The private field is read as everything written into it anywhere in the type (SPEC §5), in every mode.
        var field = eventually[BufferField];
        var orderAgnostic = new FlowRenderer(eventually, new HashSet<int>()) { _exempt = program.Exempt };
        orderAgnostic.Statements(program.Body);
        var sensitive = new FlowRenderer(null, new HashSet<int>()) { _exempt = program.Exempt, _field = field };
        sensitive.Statements(program.Body);
        var orderDependent = Enumerable.Range(0, sensitive._verdicts.Count).Where(i => sensitive._verdicts[i] != orderAgnostic._verdicts[i]).ToHashSet();

        var renderer = new FlowRenderer(null, orderDependent) { _exempt = program.Exempt, _field = field };
        renderer.Statements(program.Body);
        var body = renderer._out.ToString();
        var prologue = program.Exempt == 0
            ? Prologue
            : Prologue.Replace("    public async Task Run(", $"    [ConsentExempt(Purposes.{P.Name(program.Exempt)}, Justification = \"property test\")]\n    public async Task Run(");
        var epilogue = program.ForeignWrite ? Epilogue.Replace("_buffer.Add(x.Theme)", "_buffer.Add(x.Bio)") : Epilogue;
        var source = prologue + body + epilogue;
        var expected = renderer._marks.Select(m => m with { Start = m.Start + prologue.Length }).ToImmutableArray();
        return new RenderedProgram(source, expected, renderer._sinks, renderer._ambiguous, orderDependent.Count);
    }

    // ---- taint algebra -------------------------------------------------------------------------------------------

    private static ulong Pair(int origin, int cleared) => 1ul << (origin * 8 + cleared);

    private static IEnumerable<(int Origin, int Cleared)> Pairs(ulong taint)
    {
        for (var bit = 0; bit < 64; bit++)
            if ((taint & (1ul << bit)) != 0)
                yield return (bit >> 3, bit & 7);
    }

    private static ulong Clear(ulong taint, int purposes)
    {
        ulong result = 0;
        foreach (var (origin, cleared) in Pairs(taint))
            result |= Pair(origin, cleared | purposes);
        return result;
    }

    /// <summary>SPEC §5's table for a value with <paramref name="taint"/> reaching a sink for <paramref name="purpose"/>; "?" when SPEC does not decide.</summary>
    internal static string? Verdict(ulong taint, int guard, int purpose)
    {
        if (taint == 0)
            return null;
        var pairs = Pairs(taint).ToList();
        if (pairs.Any(p => (Declared[p.Origin] & purpose) == 0))
            return "CG0002";
        var strict = guard | pairs.Aggregate(P.All, (acc, p) => acc & p.Cleared);
        var loose = guard | pairs.Aggregate(0, (acc, p) => acc | p.Cleared);
        if ((strict & purpose) != 0)
            return null;
        if (strict != 0)
            return "CG0003";
        // Parts of the value are cleared for other purposes, but no purpose is established for all of it: SPEC's
        // "established only for other purposes" does not say whether that is CG0003 or CG0001.
        if ((loose & ~purpose) != 0)
            return "?";
        return "CG0001";
    }

    internal static string Describe(ulong taint) =>
        taint == 0 ? "non-personal" : string.Join(", ", Pairs(taint).Select(p => OriginNames[p.Origin] + (p.Cleared == 0 ? "" : " cleared for " + PurposeList(p.Cleared))));

    private static string PurposeList(int mask) => string.Join("+", new[] { P.GenerativeTraining, P.Personalization, P.Analytics }.Where(p => (mask & p) != 0).Select(P.Name));

    // ---- statements ----------------------------------------------------------------------------------------------

    private void Line(string text) => _out.Append(' ', _indent * 4).Append(text).Append('\n');

    private void Statements(IEnumerable<Stmt> statements)
    {
        foreach (var statement in statements)
            Statement(statement);
    }

    private void Block(IEnumerable<Stmt> statements)
    {
        Line("{");
        _indent++;
        _locals.Add([]);
        _bools.Add([]);
        Statements(statements);
        _locals.RemoveAt(_locals.Count - 1);
        _bools.RemoveAt(_bools.Count - 1);
        _indent--;
        Line("}");
    }

    private void Statement(Stmt statement)
    {
        switch (statement)
        {
            case Define d:
                {
                    var (text, taint, _) = Expression(d.Value, _guard, allowAwait: _awaitAllowed);
                    var name = "v" + _nextLocal++;
                    Line(d.Form switch
                    {
                        DefineForm.Out => $"Copy({text}, out var {name});",
                        DefineForm.Deconstruct => $"var ({name}, _) = ({text}, 1);",
                        _ => $"var {name} = {text};",
                    });
                    _locals[^1].Add((name, taint));
                    break;
                }
            case Accumulate a:
                {
                    var (text, taint, primary) = Expression(a.Value, _guard, allowAwait: _awaitAllowed);
                    var slot = "s" + a.Slot;
                    Line(a.Form switch
                    {
                        AccumulateForm.PlusAssign => $"{slot} += {text};",
                        AccumulateForm.ConditionalAssign => $"{slot} = flag1 ? {text} : {slot};",
                        _ => $"{slot} = {slot} + {(primary ? text : "(" + text + ")")};",
                    });
                    _state[Slot0 + a.Slot] |= Clear(taint, _guard);
                    break;
                }
            case HolderSet h:
                {
                    var (text, taint, _) = Expression(h.Value, _guard, allowAwait: _awaitAllowed);
                    Line($"h0.Text = {text};");
                    _state[Holder] |= Clear(taint, _guard);
                    break;
                }
            case DefineBool b:
                {
                    var c = Condition(b.Cond, allowAwait: _awaitAllowed);
                    var name = "ok" + _nextBool++;
                    Line($"var {name} = {c.Text};");
                    _bools[^1].Add((name, c.WhenTrue, c.WhenFalse));
                    break;
                }
            case ListAdd add:
                {
                    var (text, taint, _) = Expression(add.Value, _guard, allowAwait: _awaitAllowed);
                    Line(add.List == 2 ? $"a0[0] = {text};" : $"{Collection(add.List)}.Add({text});");
                    _state[add.List] |= Clear(taint, _guard);
                    break;
                }
            case Append append:
                {
                    var (text, taint, _) = Expression(append.Value, _guard, allowAwait: _awaitAllowed);
                    Line($"sb0.Append({text});");
                    _state[Builder] |= Clear(taint, _guard);
                    break;
                }
            case Sink sink:
                {
                    var (text, taint, _) = Expression(sink.Value, _guard, allowAwait: _awaitAllowed);
                    var (purpose, prefix, suffix) = sink.Kind switch
                    {
                        SinkKind.Corpus => (P.GenerativeTraining, "corpus.Add(", ");"),
                        SinkKind.Feed => (P.Personalization, "feed.Show(", ");"),
                        SinkKind.TrainVia => (P.GenerativeTraining, $"TrainVia{sink.Depth}(", ");"),
                        SinkKind.ShowVia => (P.Personalization, $"ShowVia{Math.Min(sink.Depth, 2)}(", ");"),
                        SinkKind.Writer => (P.GenerativeTraining, "writer.Write(", ");"),
                        SinkKind.Board => (P.Personalization, "board.Banner = ", ";"),
                        SinkKind.Implementation => (P.GenerativeTraining, "localCorpus.Add(", ");"),
                        SinkKind.SinkType => (P.GenerativeTraining, "trainingSet.Add(", ");"),
                        SinkKind.Constructor => (P.Personalization, "_ = new Example(", ");"),
                        _ => throw new ArgumentOutOfRangeException(nameof(statement)),
                    };
                    EmitSink(prefix, text, suffix, taint, purpose);
                    break;
                }
            case BatchSink batch:
                {
                    if (batch.Filter is null)
                    {
                        EmitSink("batch.AddRange(", Collection(batch.List), ");", Get(batch.List), P.GenerativeTraining);
                        break;
                    }
                    var c = Condition(batch.Filter, allowAwait: false);
                    EmitSink("batch.AddRange(", $"{Collection(batch.List)}.Where(x => {c.Text})", ");", Clear(Get(batch.List), c.WhenTrue), P.GenerativeTraining);
                    break;
                }
            case If i:
                {
                    var c = Condition(i.Cond, allowAwait: _awaitAllowed);
                    var before = _guard;
                    Line($"if ({c.Text})");
                    _guard = before | c.WhenTrue;
                    Block(i.Then);
                    var thenEnd = _guard;
                    _guard = before | c.WhenFalse;
                    if (i.Else.Length > 0)
                    {
                        Line("else");
                        Block(i.Else);
                    }
                    _guard = thenEnd & _guard;
                    break;
                }
            case ExitIf exit:
                {
                    var c = Condition(exit.Cond, allowAwait: _awaitAllowed);
                    var jump = exit.Kind switch
                    {
                        ExitKind.Continue when _inLoop => "continue;",
                        ExitKind.Break when _inLoop && _breakLeavesLoop => "break;",
                        ExitKind.Break when _inLoop => "continue;",
                        ExitKind.Throw => "throw new InvalidOperationException(\"no consent\");",
                        _ => "return;",
                    };
                    Line($"if ({c.Text}) {jump}");
                    _guard |= c.WhenFalse;
                    break;
                }
            case Demand demand:
                {
                    var call = demand.Form == DemandForm.WithPurpose
                        ? $"gate.Demand(m.Id, Purposes.{P.Name(demand.Purpose)});"
                        : $"gate.Demand{(demand.Purpose == P.GenerativeTraining ? "Training" : P.Name(demand.Purpose))}(m.Id);";
                    Line(call);
                    _guard |= demand.Purpose;
                    break;
                }
            case Switch s:
                {
                    var c = Condition(s.Cond, allowAwait: _awaitAllowed);
                    var before = _guard;
                    var breakLeaves = _breakLeavesLoop;
                    _breakLeavesLoop = false;
                    Line($"switch ({c.Text})");
                    Line("{");
                    _indent++;
                    Line("case true:");
                    _indent++;
                    _guard = before | c.WhenTrue;
                    Block(s.OnTrue);
                    Line("break;");
                    var trueEnd = _guard;
                    _indent--;
                    Line("case false:");
                    _indent++;
                    _guard = before | c.WhenFalse;
                    Block(s.OnFalse);
                    Line("break;");
                    _indent--;
                    _indent--;
                    Line("}");
                    _guard = trueEnd & _guard;
                    _breakLeavesLoop = breakLeaves;
                    break;
                }
            case Try t:
                {
                    var before = _guard;
                    Line("try");
                    Block(t.Body);
                    var end = _guard;
                    Line("catch (Exception)");
                    Line("{");
                    Line(t.Catch switch
                    {
                        CatchKind.Swallow => "    // a store outage must not become consent",
                        CatchKind.Log => "    Console.WriteLine(\"consent store unavailable\");",
                        CatchKind.Return => "    return;",
                        _ => "    throw;",
                    });
                    Line("}");
                    // Control reaches the catch from anywhere in the try, where only `before` is certain.
                    _guard = t.Catch is CatchKind.Return or CatchKind.Rethrow ? end : before & end;
                    break;
                }
            case Region region:
                {
                    // No catch: whatever the body establishes holds after it.
                    switch (region.Kind)
                    {
                        case RegionKind.Lock:
                            // No await in the body of a lock: async checks inside are printed in their synchronous form.
                            Line("lock (sb0)");
                            var awaitAllowed = _awaitAllowed;
                            _awaitAllowed = false;
                            Block(region.Body);
                            _awaitAllowed = awaitAllowed;
                            break;
                        case RegionKind.Using:
                            Line($"using (var d{_nextLoop++} = new System.IO.MemoryStream())");
                            Block(region.Body);
                            break;
                        case RegionKind.Finally:
                            Line("try");
                            Block(region.Body);
                            Line("finally");
                            Line("{");
                            Line("    Console.WriteLine(\"done\");");
                            Line("}");
                            break;
                        default:
                            Line("checked");
                            Block(region.Body);
                            break;
                    }
                    break;
                }
            case Loop loop:
                {
                    var before = _guard;
                    var (inLoop, breakLeaves) = (_inLoop, _breakLeavesLoop);
                    (_inLoop, _breakLeavesLoop) = (true, true);
                    var index = (loop.Over < 0 ? "i" : "e") + _nextLoop++;
                    // Iterate the body without output until lists and builder stop growing, then print it once.
                    var (local, boolean, loops) = (_nextLocal, _nextBool, _nextLoop);
                    var (output, marks, sinks, ambiguous, verdicts) = (_out, _marks, _sinks, _ambiguous, _verdicts.Count);
                    while (true)
                    {
                        var snapshot = State();
                        (_out, _marks, _guard) = (new StringBuilder(), new List<ExpectedDiagnostic>(), before);
                        (_nextLocal, _nextBool, _nextLoop) = (local, boolean, loops);
                        LoopBody();
                        if (snapshot == State())
                            break;
                    }
                    (_out, _marks, _sinks, _ambiguous, _guard) = (output, marks, sinks, ambiguous, before);
                    _verdicts.RemoveRange(verdicts, _verdicts.Count - verdicts);
                    (_nextLocal, _nextBool, _nextLoop) = (local, boolean, loops);
                    Line(loop.Over < 0 ? $"for (var {index} = 0; {index} < m.Connections; {index}++)" : $"foreach (var {index} in {Collection(loop.Over)})");
                    LoopBody();
                    (_inLoop, _breakLeavesLoop) = (inLoop, breakLeaves);
                    _guard = before;
                    break;

                    void LoopBody()
                    {
                        // The element variable of a foreach carries what the collection holds at the loop head.
                        _locals.Add(loop.Over < 0 ? [] : [(index, Get(loop.Over))]);
                        Block(loop.Body);
                        _locals.RemoveAt(_locals.Count - 1);
                    }
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(statement), statement.GetType().Name);
        }
    }

    private static string Collection(int index) => index switch { 2 => "a0", 3 => "_buffer", _ => "l" + index };

    private string State() => string.Join(",", _state);

    private void EmitSink(string prefix, string argument, string suffix, ulong taint, int purpose)
    {
        var index = _sinks++;
        // Inside [ConsentExempt(P)] flows to P sinks are not reported.
        var verdict = (purpose & _exempt) != 0 ? null : Verdict(taint, _guard, purpose);
        _verdicts.Add(verdict);
        if (_orderDependent.Contains(index))
        {
            Line($"// not asserted, the verdict depends on statement order ({Describe(taint)} here): {prefix}{argument}{suffix}");
            return;
        }
        if (verdict == "?")
        {
            _ambiguous++;
            Line($"// not asserted, SPEC §5 leaves the verdict open ({Describe(taint)}): {prefix}{argument}{suffix}");
            return;
        }
        _out.Append(' ', _indent * 4).Append(prefix);
        if (verdict is not null)
            _marks.Add(new ExpectedDiagnostic(verdict, _out.Length, argument.Length));
        _out.Append(argument).Append(suffix).Append('\n');
    }

    // ---- expressions ---------------------------------------------------------------------------------------------

    /// <summary>Text, taint, and whether the text is primary (safe as an operand or receiver without parentheses).</summary>
    private (string Text, ulong Taint, bool Primary) Expression(Expr expr, int guard, bool allowAwait)
    {
        switch (expr)
        {
            case Read r:
                return r.Field switch
                {
                    Field.Headline => ("m.Headline", Pair(0, 0), true),
                    Field.Bio => ("m.Bio", Pair(1, 0), true),
                    Field.City => ("m.City", Pair(2, 0), true),
                    Field.Email => ("m.Email", Pair(3, 0), true),
                    Field.Theme => ("m.Theme", 0, true),
                    Field.Connections => ("m.Connections.ToString()", 0, true),
                    Field.Literal => ("\"text\"", 0, true),
                    Field.TrainingViewHeadline => ("(m.ForGenerativeTraining(consent)?.Headline ?? \"\")", Pair(0, P.GenerativeTraining), true),
                    Field.TrainingViewBio => ("(m.ForGenerativeTraining(consent)?.Bio ?? \"\")", Pair(1, P.GenerativeTraining), true),
                    Field.PersonalizationViewCity => ("(m.ForPersonalization(consent)?.City ?? \"\")", Pair(2, P.Personalization), true),
                    Field.Note => ("note", Pair(4, 0), true),
                    Field.DiaryText => ("diary.Text", Pair(5, 0), true),
                    Field.Secret => ("Secret()", Pair(6, 0), true),
                    _ => throw new ArgumentOutOfRangeException(nameof(expr)),
                };
            case VarRef v:
                {
                    var visible = _locals.SelectMany(s => s).ToList();
                    if (visible.Count == 0)
                        return ("\"none\"", 0, true);
                    var (name, taint) = visible[v.Index % visible.Count];
                    return (name, taint, true);
                }
            case Unary u:
                {
                    var (text, taint, primary) = Expression(u.Operand, guard, allowAwait && u.Kind != UnaryKind.Lambda);
                    var operand = primary ? text : "(" + text + ")";
                    return u.Kind switch
                    {
                        UnaryKind.ToUpper => ($"{operand}.ToUpper()", taint, true),
                        UnaryKind.Trim => ($"{operand}.Trim()", taint, true),
                        UnaryKind.FlagConditional => ($"(flag1 ? {text} : \"-\")", taint, true),
                        UnaryKind.Coalesce => ($"({text} ?? \"?\")", taint, true),
                        UnaryKind.Relay1 => ($"Relay1({text})", taint, true),
                        UnaryKind.Relay2 => ($"Relay2({text})", taint, true),
                        UnaryKind.Relay3 => ($"Relay3({text})", taint, true),
                        UnaryKind.Decorate => ($"Decorate({text})", taint, true),
                        UnaryKind.Format => ($"string.Format(\"<{{0}}>\", {text})", taint, true),
                        UnaryKind.Interpolate => ($"$\"<{{{operand}}}>\"", taint, true),
                        UnaryKind.CastThroughObject => ($"((string)(object){operand})", taint, true),
                        UnaryKind.Lambda => ($"new Func<string>(() => {text})()", taint, true),
                        UnaryKind.Tuple => ($"({text}, 1).Item1", taint, true),
                        UnaryKind.ArrayElement => ($"new[] {{ {text}, \"x\" }}[0]", taint, true),
                        UnaryKind.LinqSelect => ($"new[] {{ {text} }}.Select(x => x.ToUpper()).First()", taint, true),
                        UnaryKind.LinqWhere => ($"new[] {{ {text} }}.Where(x => x.Length > 0).First()", taint, true),
                        UnaryKind.FlagSwitch => ($"(flag2 switch {{ true => {text}, false => \"-\" }})", taint, true),
                        UnaryKind.ListInit => ($"string.Join(\",\", new List<string> {{ {text} }})", taint, true),
                        UnaryKind.LocalFunction => ($"Echo({text})", taint, true),
                        UnaryKind.AwaitTask => (allowAwait ? $"(await Task.FromResult({text}))" : $"Task.FromResult({text}).Result", taint, true),
                        UnaryKind.ClearedForTraining => ($"ClearedForTraining({text}, m.Id)", Clear(taint, P.GenerativeTraining), true),
                        UnaryKind.ClearedForPersonalization => ($"ClearedForPersonalization({text}, m.Id)", Clear(taint, P.Personalization), true),
                        UnaryKind.Redact => ($"Redact({text})", 0, true),
                        UnaryKind.Length => ($"{operand}.Length.ToString()", 0, true),
                        UnaryKind.LinqCount => ($"new[] {{ {text} }}.Count(x => x.Length > 0).ToString()", 0, true),
                        _ => throw new ArgumentOutOfRangeException(nameof(expr)),
                    };
                }
            case Binary b:
                {
                    var (l, lt, lp) = Expression(b.Left, guard, allowAwait);
                    var (r, rt, rp) = Expression(b.Right, guard, allowAwait);
                    var taint = lt | rt;
                    return b.Kind switch
                    {
                        BinaryKind.Plus => ($"({l} + \" \" + {r})", taint, true),
                        BinaryKind.Interpolate => ($"$\"{{{(lp ? l : "(" + l + ")")}}}/{{{(rp ? r : "(" + r + ")")}}}\"", taint, true),
                        BinaryKind.Concat => ($"string.Concat({l}, {r})", taint, true),
                        BinaryKind.Join => ($"string.Join(\"/\", {l}, {r})", taint, true),
                        BinaryKind.Format => ($"string.Format(\"{{0}}:{{1}}\", {l}, {r})", taint, true),
                        _ => throw new ArgumentOutOfRangeException(nameof(expr)),
                    };
                }
            case Joined j:
                {
                    var c = Collection(j.List);
                    return j.View switch
                    {
                        CollectionView.OrderedJoin => ($"string.Join(\",\", {c}.OrderBy(x => x))", Get(j.List), true),
                        CollectionView.SelectedJoin => ($"string.Join(\",\", {c}.Select(x => x.Trim()))", Get(j.List), true),
                        CollectionView.First => ($"({c}.FirstOrDefault() ?? \"\")", Get(j.List), true),
                        CollectionView.DistinctCount => ($"{c}.Distinct().Count().ToString()", 0, true),
                        CollectionView.Any => ($"{c}.Any().ToString()", 0, true),
                        _ => ($"string.Join(\",\", {c})", Get(j.List), true),
                    };
                }
            case Element el:
                return ($"{Collection(el.List)}[0]", Get(el.List), true);
            case Filtered f:
                {
                    var c = Condition(f.Cond, allowAwait: false);
                    return ($"string.Join(\",\", {Collection(f.List)}.Where(x => {c.Text}))", Clear(Get(f.List), c.WhenTrue), true);
                }
            case SlotRef slot:
                return ("s" + slot.Slot, Get(Slot0 + slot.Slot), true);
            case HolderRead:
                return ("h0.Text", Get(Holder), true);
            case Built:
                return ("sb0.ToString()", Get(Builder), true);
            case ListCount c:
                return (c.List == 2 ? "a0.Length.ToString()" : $"{Collection(c.List)}.Count.ToString()", 0, true);
            case Guarded g:
                {
                    var c = Condition(g.Cond, allowAwait);
                    var established = guard | (g.Shape == GuardShape.WhenFalse ? c.WhenFalse : c.WhenTrue);
                    var (v, taint, _) = Expression(g.Value, established, allowAwait);
                    var cond = c.Primary ? c.Text : "(" + c.Text + ")";
                    var text = g.Shape switch
                    {
                        GuardShape.WhenTrue => $"({cond} ? {v} : \"\")",
                        GuardShape.WhenFalse => $"({cond} ? \"\" : {v})",
                        _ => $"({cond} switch {{ true => {v}, false => \"\" }})",
                    };
                    return (text, Clear(taint, established), true);
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name);
        }
    }

    /// <summary>A condition's text, the purposes established when it is true and when it is false.</summary>
    private (string Text, int WhenTrue, int WhenFalse, bool Primary) Condition(Cond cond, bool allowAwait)
    {
        switch (cond)
        {
            case Check c:
                {
                    var purpose = P.Name(c.Purpose);
                    var form = c.Form is CheckForm.Async or CheckForm.TaskOfBool && !allowAwait ? CheckForm.Provider : c.Form;
                    return form switch
                    {
                        CheckForm.Provider => ($"consent.IsGranted(m.Id, Purposes.{purpose})", c.Purpose, 0, true),
                        CheckForm.ProviderLiteral => ($"consent.IsGranted(m.Id, \"{purpose}\")", c.Purpose, 0, true),
                        CheckForm.Async => ($"await consent.IsGrantedAsync(m.Id, Purposes.{purpose})", c.Purpose, 0, false),
                        CheckForm.PolicyWithPurpose => ($"policy.Allows(m.Id, Purposes.{purpose})", c.Purpose, 0, true),
                        CheckForm.DerivedProvider => ($"strict.Permits(m.Id, Purposes.{purpose})", c.Purpose, 0, true),
                        CheckForm.TaskOfBool => ($"await policy.AllowsAsync(m.Id, Purposes.{purpose})", c.Purpose, 0, false),
                        _ => (c.Purpose switch
                        {
                            P.GenerativeTraining => "policy.MayTrain(m.Id)",
                            P.Personalization => "policy.MayPersonalize(m.Id)",
                            _ => "policy.MayAnalyze(m.Id)",
                        }, c.Purpose, 0, true),
                    };
                }
            case Flag f:
                return ("flag" + f.Index, 0, 0, true);
            case BoolRef b:
                {
                    var visible = _bools.SelectMany(s => s).ToList();
                    if (visible.Count == 0)
                        return ("flag2", 0, 0, true);
                    var (name, whenTrue, whenFalse) = visible[b.Index % visible.Count];
                    return (name, whenTrue, whenFalse, true);
                }
            case And a:
                {
                    var l = Condition(a.Left, allowAwait);
                    var r = Condition(a.Right, allowAwait);
                    return ($"{Operand(l)} && {Operand(r)}", l.WhenTrue | r.WhenTrue, l.WhenFalse & r.WhenFalse, false);
                }
            case Or o:
                {
                    var l = Condition(o.Left, allowAwait);
                    var r = Condition(o.Right, allowAwait);
                    return ($"{Operand(l)} || {Operand(r)}", l.WhenTrue & r.WhenTrue, l.WhenFalse | r.WhenFalse, false);
                }
            case Not n:
                {
                    var x = Condition(n.Operand, allowAwait);
                    return ("!" + Operand(x), x.WhenFalse, x.WhenTrue, true);
                }
            case IsConst i:
                {
                    var x = Condition(i.Operand, allowAwait);
                    var text = i.UseEquals ? $"{Operand(x)} == {(i.Value ? "true" : "false")}" : $"{Operand(x)} is {(i.Value ? "true" : "false")}";
                    return i.Value ? (text, x.WhenTrue, x.WhenFalse, false) : (text, x.WhenFalse, x.WhenTrue, false);
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(cond), cond.GetType().Name);
        }

        static string Operand((string Text, int WhenTrue, int WhenFalse, bool Primary) c) => c.Primary ? c.Text : "(" + c.Text + ")";
    }
}
