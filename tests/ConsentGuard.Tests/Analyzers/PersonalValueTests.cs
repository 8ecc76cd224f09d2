using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>What counts as a personal value (SPEC §5): reads through every syntax, and every derivation.</summary>
public sealed class PersonalValueTests
{
    [Fact]
    public Task Reads_through_conditional_access_patterns_and_deconstruction() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public sealed record Review([property: DataSubject] string AuthorId, [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string Body, int Stars);
        public class Job(ICorpus corpus)
        {
            public void Run(Member? m, Review r)
            {
                corpus.Add({|CG0001:m?.Headline ?? ""|});
                if (m is { Headline: var h }) corpus.Add({|CG0001:h|});
                if (m is { Connections: var c }) corpus.Add(c.ToString());
                var (author, body, stars) = r;
                corpus.Add(author);
                corpus.Add(stars.ToString());
                corpus.Add({|CG0001:body|});
                var (x, y) = (m!.Headline, m.Connections);
                corpus.Add({|CG0001:x|});
                corpus.Add(y.ToString());
            }
        }
        """));

    [Fact]
    public Task Derivations() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Job(ICorpus corpus, IBatchSink batch)
        {
            [return: PersonalData(PersonalDataCategory.Contact)] public static string Lookup(string id) => id;
            public void Run(Member m, List<Member> ms, Member? maybe)
            {
                corpus.Add({|CG0001:string.Format("{0}", m.Headline)|});
                corpus.Add({|CG0001:string.Join(",", ms.Select(x => x.Headline))|});
                corpus.Add({|CG0001:string.Concat("a", m.Headline)|});
                corpus.Add({|CG0001:(string)(object)m.Headline|});
                corpus.Add({|CG0001:maybe?.Headline ?? "none"|});
                corpus.Add({|CG0001:System.Text.Json.JsonSerializer.Serialize(new { m.Headline })|});
                corpus.Add({|CG0002:Lookup(m.Id)|});
                batch.AddRange({|CG0001:new List<string> { m.Headline }|});
                batch.AddRange({|CG0001:[m.Headline]|});
                var pair = (m.Headline, 1);
                corpus.Add({|CG0001:pair.Item1|});
                Func<string> later = () => m.Headline;
                corpus.Add({|CG0001:later()|});
                corpus.Add({|CG0001:Local()|});
                string Local() => m.Headline.ToLowerInvariant();
                dynamic d = m.Headline;
                corpus.Add({|CG0001:d|});
            }
        }
        """));

    [Fact]
    public Task Local_helper_checks_and_lambdas_guard_like_methods() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Job(IConsentProvider consent, ICorpus corpus, IBatchSink batch)
        {
            public void Run(Member m, List<Member> ms)
            {
                if (MayTrain(m)) corpus.Add(m.Headline);
                bool MayTrain(Member x) => consent.IsGranted(x.Id, Purposes.GenerativeTraining);
                Func<Member, bool> ok = x => consent.IsGranted(x.Id, Purposes.GenerativeTraining) && x.Connections > 0;
                batch.AddRange(ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining) && x.Connections > 0).Select(x => x.Headline));
                batch.AddRange({|CG0001:ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining) || x.Connections > 0).Select(x => x.Headline)|});
            }
        }
        """));
}

public sealed class MoreDerivationTests
{
    [Fact]
    public Task With_local_objects_personal_parameters_and_collections_of_personal_types() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public sealed record Draft(string Text, int Weight);
        public sealed class Box { public string? Content { get; set; } }
        public interface IRaw { [ConsentSink(Purposes.GenerativeTraining)] void Write(object row); }
        public class Job(ICorpus corpus, IRaw raw, IConsentProvider consent)
        {
            public void Run(Member m, List<Member> ms, [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string note)
            {
                var draft = new Draft("", 1) with { Text = m.Headline };
                raw.Write({|CG0001:draft|});
                var box = new Box();
                box.Content = m.Headline;
                corpus.Add({|CG0001:box.Content|});
                corpus.Add({|CG0001:note|});
                raw.Write({|CG0002:ms|});
                raw.Write({|CG0002:ms.ToArray()|});
                raw.Write({|CG0002:Task.FromResult(m)|});
            }
            public async Task Configured(Member m)
            {
                if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining).ConfigureAwait(false)) return;
                corpus.Add(m.Headline);
            }
        }
        """));
    /// <summary>Locals are followed write by write: a read sees the assignments that reach it, not every value the local ever held.</summary>
    [Fact]
    public Task Locals_hold_what_their_last_assignment_gave_them() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public static class Redaction { [Anonymizer] public static string Redact(string s) => "***"; }
        public class Job(ICorpus corpus, IConsentProvider consent)
        {
            public void Redacted(Member m) { var text = m.Headline; text = Redaction.Redact(text); corpus.Add(text); }
            public void Overwritten(Member m) { var text = m.Headline; System.Console.WriteLine(text); text = "fixed"; corpus.Add(text); }
            public void SinkBeforeAssignment(Member m) { var text = ""; corpus.Add(text); text += m.Headline; }
            public void RedactedOnOnePath(Member m, bool strict) { var text = m.Headline; if (strict) text = Redaction.Redact(text); corpus.Add({|CG0001:text|}); }
            public void AssignedOnBothPaths(Member m, bool strict) { string text; if (strict) text = Redaction.Redact(m.Headline); else text = m.Headline; corpus.Add({|CG0001:text|}); }
            public void CheckedThenReassigned(Member m, Member other)
            {
                var text = "";
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) text = m.Headline;
                corpus.Add(text);
                text = other.Headline;
                corpus.Add({|CG0001:text|});
            }
            public void LoopCarried(List<Member> ms)
            {
                var text = "";
                foreach (var m in ms)
                {
                    corpus.Add({|CG0001:text|});
                    text += m.Headline;
                }
            }
            public void RedactedInLoop(List<Member> ms)
            {
                foreach (var m in ms)
                {
                    var text = m.Headline;
                    text = Redaction.Redact(text);
                    corpus.Add(text);
                }
            }
            public void MutatedAfterAssignment(Member m)
            {
                var lines = new List<string>();
                corpus.Add(string.Join(",", lines));
                lines.Add(m.Headline);
                corpus.Add({|CG0001:string.Join(",", lines)|});
            }
            public void WrittenInFinally(Member m)
            {
                var text = "";
                try { text = "start"; }
                finally { text = m.Headline; }
                corpus.Add({|CG0001:text|});
            }
            public void WrittenInCatch(Member m)
            {
                var text = "";
                try { text = Load(); }
                catch (System.InvalidOperationException) { text = m.Headline; }
                corpus.Add({|CG0001:text|});
            }
            public void EmptyCheckedBranch(Member m)
            {
                var lines = new List<string>();
                lines.Add(m.Headline);
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) { }
                corpus.Add({|CG0001:lines[0]|});
            }
            public void ReadInCatchBeforeReassignment(Member m)
            {
                var text = m.Headline;
                try { text = Load(); }
                catch (System.InvalidOperationException) { corpus.Add({|CG0001:text|}); }
            }
            [ConsentCheck] private void Demand([DataSubject] string id, string purpose) { if (!consent.IsGranted(id, purpose)) throw new UnauthorizedAccessException(); }
            public void CheckSwallowedInCatch(Member m)
            {
                var parts = new string[1];
                parts[0] = m.Headline;
                try { Demand(m.Id, Purposes.Analytics); }
                catch (Exception) { }
                corpus.Add({|CG0001:parts[0]|});
            }
            // A local a lambda writes is not followed write by write (the lambda may run at any time): it holds all it is given.
            public void SharedWithALambda(Member m, List<string> xs)
            {
                var text = m.Headline;
                xs.ForEach(x => text = x);
                text = Redaction.Redact(text);
                corpus.Add({|CG0001:text|});
            }
            private static string Load() => "";
        }
        """));
    /// <summary>Members of objects made in the body are followed one by one; data that came from elsewhere is never filtered out.</summary>
    [Fact]
    public Task Members_of_objects_made_here_hold_what_was_put_into_them() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public sealed class Row { public string Text { get; set; } = ""; public string Label { get; set; } = ""; public int Weight { get; set; } public List<string> Tags { get; } = new(); }
        public class Job(ICorpus corpus, IBatchSink batch)
        {
            public void TupleElements(Member m)
            {
                var pair = (Name: m.Headline, Mail: m.Email);
                corpus.Add({|CG0001:pair.Name|});
                corpus.Add({|CG0002:pair.Mail|});
                corpus.Add({|CG0002:pair.ToString()|});
            }
            public void ObjectMembers(Member m)
            {
                var row = new Row { Text = m.Headline, Label = "fixed", Weight = m.Connections };
                corpus.Add({|CG0001:row.Text|});
                corpus.Add(row.Label);
                corpus.Add(row.Weight.ToString());
                row.Tags.Add(m.Email);
                batch.AddRange({|CG0002:row.Tags|});
            }
            public void TupleFromElsewhere(Member m)
            {
                var local = (m.Headline, "x");
                var other = Pair(m);
                corpus.Add({|CG0002:other.Item2|});
                corpus.Add(local.Item2);
            }
            public void GroupKeys(List<Member> ms)
            {
                batch.AddRange({|CG0001:ms.GroupBy(m => m.Headline).Select(g => g.Key)|});
                batch.AddRange({|CG0002:ms.GroupBy(m => m.Connections).SelectMany(g => g.Select(m => m.Email))|});
            }
            // Members are told apart per body and type: in a body of its own, a non-personal key stays non-personal.
            public void NonPersonalGroupKeys(List<Member> ms) => batch.AddRange(ms.GroupBy(m => m.Connections).Select(g => g.Key.ToString()));
            public void ComputedAndLibraryMembers(Member m)
            {
                var builder = new UriBuilder("https://example.org") { Query = m.Headline };
                corpus.Add({|CG0001:builder.Uri.ToString()|});
                var d = new Dictionary<string, string>();
                d[m.Id] = m.Headline;
                batch.AddRange({|CG0001:d.Values|});
            }
            private static (string, string) Pair(Member m) => (m.Id, m.Email);
        }
        """));
}
