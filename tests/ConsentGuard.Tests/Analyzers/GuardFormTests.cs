using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>Every guard form of SPEC §5, each with a twin that must be flagged (or stay clean).</summary>
public sealed class GuardFormTests
{
    private static Task Verify(string body) => ConsentGuardTest.VerifyAsync(Prelude.With($$"""
        public class Exporter(IConsentProvider consent, ICorpus corpus, IBatchSink batchSink)
        {
        {{body}}
        }
        """));

    [Fact]
    public Task If_guard() => Verify("""
        public void Checked(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) corpus.Add(m.Headline); }
        public void AfterIf(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) { } corpus.Add({|CG0001:m.Headline|}); }
        public void Else(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) { } else corpus.Add({|CG0001:m.Headline|}); }
        """);

    [Fact]
    public Task Early_exits() => Verify("""
        public void Return(Member m) { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return; corpus.Add(m.Headline); }
        public void Throw(Member m) { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) throw new InvalidOperationException(); corpus.Add(m.Headline); }
        public void Continue(IEnumerable<Member> ms) { foreach (var m in ms) { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) continue; corpus.Add(m.Headline); } }
        public void Break(List<Member> ms) { var i = 0; while (i < ms.Count) { var m = ms[i++]; if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) break; corpus.Add(m.Headline); } }
        public void ReturnOnlyLogged(Member m) { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Console.WriteLine("no consent"); corpus.Add({|CG0001:m.Headline|}); }
        """);

    [Fact]
    public Task Logical_operators() => Verify("""
        public void And(Member m, bool active) { if (active && consent.IsGranted(m.Id, Purposes.GenerativeTraining)) corpus.Add(m.Headline); }
        public void AndFirst(Member m, bool active) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) && active) corpus.Add(m.Headline); }
        public void Or(Member m, bool active) { if (active || consent.IsGranted(m.Id, Purposes.GenerativeTraining)) corpus.Add({|CG0001:m.Headline|}); }
        public void NotOr(Member m, bool banned) { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining) || banned) return; corpus.Add(m.Headline); }
        public void NotAnd(Member m, bool vip) { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining) && vip) return; corpus.Add({|CG0001:m.Headline|}); }
        """);

    [Fact]
    public Task Conditional_expression() => Verify("""
        public void Guarded(Member m) => corpus.Add(consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : "");
        public void Negated(Member m) => corpus.Add(!consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? "" : m.Headline);
        public void Inverted(Member m) => corpus.Add({|CG0001:consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? "" : m.Headline|});
        public void Local(Member m) { var text = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : null; if (text != null) corpus.Add(text); }
        """);

    [Fact]
    public Task Bool_locals() => Verify("""
        public void Tested(Member m) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); Console.WriteLine(ok); if (ok) corpus.Add(m.Headline); }
        public void Negated(Member m) { bool ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); if (!ok) return; corpus.Add(m.Headline); }
        public void Reassigned(Member m, bool force) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); ok = force; if (ok) corpus.Add({|CG0001:m.Headline|}); }
        public void SetUnderCheck(Member m) { var ok = false; if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) ok = true; if (ok) corpus.Add(m.Headline); }
        """);

    [Fact]
    public Task Constant_comparisons_and_patterns() => Verify("""
        public void IsTrue(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) is true) corpus.Add(m.Headline); }
        public void IsFalse(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) is false) return; corpus.Add(m.Headline); }
        public void EqualsFalse(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) == false) return; corpus.Add(m.Headline); }
        public void NotEqualsTrue(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) != true) return; corpus.Add(m.Headline); }
        public void IsNotTrue(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) is not true) corpus.Add({|CG0001:m.Headline|}); }
        """);

    [Fact]
    public Task Switch() => Verify("""
        public void OnTrue(Member m)
        {
            switch (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            {
                case true: corpus.Add(m.Headline); break;
                case false: corpus.Add({|CG0001:m.Headline|}); break;
            }
        }
        public void Expression(Member m) => corpus.Add(consent.IsGranted(m.Id, Purposes.GenerativeTraining) switch { true => m.Headline, false => "" });
        public void WrongArm(Member m) => corpus.Add({|CG0001:consent.IsGranted(m.Id, Purposes.GenerativeTraining) switch { true => "", false => m.Headline }|});
        """);

    [Fact]
    public Task Await() => Verify("""
        public async Task Direct(Member m) { if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)) corpus.Add(m.Headline); }
        public async Task Local(Member m) { var ok = await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining); if (!ok) return; corpus.Add(m.Headline); }
        public async Task Pending(Member m) { var pending = consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining); if (!await pending) return; corpus.Add(m.Headline); }
        public async Task TooEarly(Member m) { var pending = consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining); corpus.Add({|CG0001:m.Headline|}); await pending; }
        """);

    [Fact]
    public Task Linq_where_in_method_and_query_syntax() => Verify("""
        public void Method(IEnumerable<Member> ms) => batchSink.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline));
        public void Query(IEnumerable<Member> ms) => batchSink.AddRange(from m in ms where consent.IsGranted(m.Id, Purposes.GenerativeTraining) select m.Headline);
        public void QueryUnfiltered(IEnumerable<Member> ms) => batchSink.AddRange({|CG0001:from m in ms select m.Headline|});
        public void Derived(IEnumerable<Member> ms) { var ok = ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).ToList(); foreach (var m in ok) corpus.Add(m.Headline); }
        public void WrongFilter(IEnumerable<Member> ms) => batchSink.AddRange({|CG0001:ms.Where(m => m.Connections > 10).Select(m => m.Headline)|});
        public void Count(IEnumerable<Member> ms) => corpus.Add(ms.Count().ToString());
        """);

    [Fact]
    public Task Linq_where_on_a_captured_check_result() => Verify("""
        public void Captured(Member m, List<string> texts) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); texts.Add(m.Headline); batchSink.AddRange(texts.Where(t => ok)); }
        public void Negated(Member m, List<string> texts) { var denied = !consent.IsGranted(m.Id, Purposes.GenerativeTraining); texts.Add(m.Headline); batchSink.AddRange(texts.Where(t => !denied)); }
        public void WrongPurpose(Member m, List<string> texts) { var ok = consent.IsGranted(m.Id, Purposes.Personalization); texts.Add(m.Headline); batchSink.AddRange({|CG0003:texts.Where(t => ok)|}); }
        public void ReassignedLater(Member m, List<string> texts) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); texts.Add(m.Headline); var q = texts.Where(t => ok); ok = true; batchSink.AddRange({|CG0001:q|}); }
        public void WrittenInside(Member m, List<string> texts) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); texts.Add(m.Headline); batchSink.AddRange({|CG0001:texts.Where(t => ok = true)|}); }
        public void ByRef(Member m, List<string> texts) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); Reset(ref ok); texts.Add(m.Headline); batchSink.AddRange({|CG0001:texts.Where(t => ok)|}); }
        private static void Reset(ref bool flag) => flag = true;
        """);

    [Fact]
    public Task Switch_over_a_bool_with_both_cases() => Verify("""
        [ConsentCheck(Purposes.GenerativeTraining)] private void Demand([DataSubject] string id) { if (!consent.IsGranted(id, Purposes.GenerativeTraining)) throw new UnauthorizedAccessException(); }
        public void BothCasesCheck(Member m, bool fast) { switch (fast) { case true: Demand(m.Id); break; case false: Demand(m.Id); break; } corpus.Add(m.Headline); }
        public void OneCaseChecks(Member m, bool fast) { switch (fast) { case true: Demand(m.Id); break; case false: break; } corpus.Add({|CG0001:m.Headline|}); }
        public void OnlyTrueCase(Member m, bool fast) { switch (fast) { case true: Demand(m.Id); break; } corpus.Add({|CG0001:m.Headline|}); }
        public void NullableBool(Member m, bool? fast) { switch (fast) { case true: Demand(m.Id); break; case false: Demand(m.Id); break; } corpus.Add({|CG0001:m.Headline|}); }
        """);

    [Fact]
    public Task Bool_local_overwritten_through_ref_or_out() => Verify("""
        public void ByRef(Member m) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); Reset(ref ok); if (ok) corpus.Add({|CG0001:m.Headline|}); }
        public void ByOut(Member m) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); Parse("true", out ok); if (ok) corpus.Add({|CG0001:m.Headline|}); }
        public void Deconstructed(Member m) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); (ok, _) = (true, 1); if (ok) corpus.Add({|CG0001:m.Headline|}); }
        public void ReadOnlyIn(Member m) { var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining); Inspect(in ok); if (ok) corpus.Add(m.Headline); }
        private static void Reset(ref bool flag) => flag = true;
        private static void Parse(string text, out bool flag) => flag = text == "true";
        private static void Inspect(in bool flag) { }
        """);

    [Fact]
    public Task Linq_where_between_projections_of_anonymous_objects() => Verify("""
        public void Wrapped(IEnumerable<Member> ms) => batchSink.AddRange(ms.Select(m => new { m, n = m.Connections }).Where(x => consent.IsGranted(x.m.Id, Purposes.GenerativeTraining)).Select(x => x.m.Headline));
        public void Unfiltered(IEnumerable<Member> ms) => batchSink.AddRange({|CG0001:ms.Select(m => new { m }).Select(x => x.m.Headline)|});
        public void AfterIdentity(IEnumerable<Member> ms) => batchSink.AddRange(ms.Select(m => m).Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Headline));
        public void QueryLet(IEnumerable<Member> ms) => batchSink.AddRange(from m in ms let n = m.Connections where consent.IsGranted(m.Id, Purposes.GenerativeTraining) select m.Headline);
        public void TupleWrapped(IEnumerable<Member> ms) => batchSink.AddRange(ms.Select(m => (m, 1)).Where(x => consent.IsGranted(x.m.Id, Purposes.GenerativeTraining)).Select(x => x.m.Headline));
        public void WrongPurpose(IEnumerable<Member> ms) => batchSink.AddRange({|CG0003:ms.Select(m => new { m }).Where(x => consent.IsGranted(x.m.Id, Purposes.Personalization)).Select(x => x.m.Headline)|});
        """);

    [Fact]
    public Task Void_and_throwing_checks() => Verify("""
        [ConsentCheck(Purposes.GenerativeTraining)] private void Demand([DataSubject] string id) { if (!consent.IsGranted(id, Purposes.GenerativeTraining)) throw new UnauthorizedAccessException(); }
        public void Demanded(Member m) { Demand(m.Id); corpus.Add(m.Headline); }
        public void Swallowed(Member m) { try { Demand(m.Id); } catch (UnauthorizedAccessException) { } corpus.Add({|CG0001:m.Headline|}); }
        public void InsideTry(Member m) { try { Demand(m.Id); corpus.Add(m.Headline); } catch (UnauthorizedAccessException) { } }
        public void Rethrown(Member m) { try { Demand(m.Id); } catch (UnauthorizedAccessException) { throw; } corpus.Add(m.Headline); }
        """);

    [Fact]
    public Task Filled_under_check() => Verify("""
        public void List(IEnumerable<Member> ms) { var l = new List<string>(); foreach (var m in ms) if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) l.Add(m.Headline); batchSink.AddRange(l); }
        public void Builder(IEnumerable<Member> ms) { var sb = new System.Text.StringBuilder(); foreach (var m in ms) if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) sb.Append(m.Headline).Append('\n'); corpus.Add(sb.ToString()); }
        public void Mixed(IEnumerable<Member> ms) { var l = new List<string>(); foreach (var m in ms) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) l.Add(m.Headline); l.Add(m.Headline); } batchSink.AddRange({|CG0001:l|}); }
        public void Array(Member m) { var a = new string[1]; a[0] = m.Headline; batchSink.AddRange({|CG0001:a|}); }
        """);
}
