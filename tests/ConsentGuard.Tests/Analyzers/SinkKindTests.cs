using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>Every kind of sink of SPEC §3/§5, and CG0002/CG0003 wording of the verdict.</summary>
public sealed class SinkKindTests
{
    [Fact]
    public Task Parameter_method_constructor_and_base_initializer() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Writer
        {
            public void One([ConsentSink(Purposes.GenerativeTraining)] string text, string label) { }
            [ConsentSink(Purposes.GenerativeTraining)] public void All(string a, string b) { }
        }
        public class Upload
        {
            [ConsentSink(Purposes.GenerativeTraining)] public Upload(string text) { }
        }
        public class DerivedUpload : Upload
        {
            public DerivedUpload(Member m) : base({|CG0001:m.Headline|}) { }
        }
        public class Job(Writer w)
        {
            public void Run(Member m)
            {
                w.One({|CG0001:m.Headline|}, m.Headline);
                w.All("x", {|CG0001:m.Headline|});
                _ = new Upload({|CG0001:m.Headline|});
            }
        }
        """));

    [Fact]
    public Task Property_field_indexer_and_type() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Record
        {
            [ConsentSink(Purposes.GenerativeTraining)] public string Text { get; set; } = "";
            [ConsentSink(Purposes.GenerativeTraining)] public string Raw = "";
        }
        [ConsentSink(Purposes.GenerativeTraining)]
        public class Dataset
        {
            public string this[int i] { get => ""; set { } }
            public string Title { get; set; } = "";
            public void Add(string line) { }
            internal void AddInternal(string line) { }
        }
        public class Job
        {
            public void Run(Member m, Record r, Dataset d)
            {
                r.Text = {|CG0001:m.Headline|};
                r.Raw = {|CG0001:m.Headline|};
                r.Text += {|CG0001:m.Headline|};
                d[0] = {|CG0001:m.Headline|};
                d.Title = {|CG0001:m.Headline|};
                d.Add({|CG0001:m.Headline|});
                d.AddInternal(m.Headline);
                _ = new Record { Text = {|CG0001:m.Headline|} };
            }
        }
        """));

    [Fact]
    public Task Overrides_and_implementations_inherit_sinks() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public abstract class Trainer
        {
            [ConsentSink(Purposes.GenerativeTraining)] public abstract void Train(string text);
        }
        public sealed class LlmTrainer : Trainer
        {
            public override void Train(string text) { }
        }
        public sealed class ExplicitCorpus : ICorpus
        {
            void ICorpus.Add(string text) { }
        }
        public sealed class FileCorpus : ICorpus
        {
            public void Add(string text) { }
        }
        public class Job
        {
            public void Run(Member m, LlmTrainer t, FileCorpus f, ExplicitCorpus e)
            {
                t.Train({|CG0001:m.Headline|});
                f.Add({|CG0001:m.Headline|});
                ((ICorpus)e).Add({|CG0001:m.Headline|});
            }
        }
        """));

    [Fact]
    public Task Purpose_limitation_and_wrong_purpose() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public interface IRaw { [ConsentSink(Purposes.GenerativeTraining)] void Write(object row); }
        public class Job(IConsentProvider consent, ICorpus corpus, IRaw raw)
        {
            public void Run(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add({|CG0002:m.Email|});
                    corpus.Add({|CG0002:m.Email + m.Headline|});
                    raw.Write({|CG0002:m|});
                    raw.Write({|CG0002:new { m.Email }|});
                    corpus.Add(m.Headline);
                }
                if (consent.IsGranted(m.Id, Purposes.Personalization))
                    corpus.Add({|CG0003:m.Headline|});
                if (consent.IsGranted(m.Id, Purposes.Personalization) && consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    corpus.Add(m.Headline);
            }
        }
        """));

    [Fact]
    public Task Consent_cleared_is_verified_and_trusted() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Repo(IConsentProvider consent, List<Member> members)
        {
            [return: ConsentCleared(Purposes.GenerativeTraining)]
            public IEnumerable<string> Good() => members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline);

            [return: ConsentCleared(Purposes.GenerativeTraining)]
            public string? One(Member m)
            {
                if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return null;
                return m.Headline;
            }

            [return: ConsentCleared(Purposes.GenerativeTraining)]
            public string Bad(Member m) => {|CG0001:m.Headline|};

            [return: ConsentCleared(Purposes.Personalization)]
            public async Task<string> BadAsync(Member m) { await Task.Yield(); return {|CG0001:m.Headline|}; }
        }
        public class Job(Repo repo, IBatchSink sink, ICorpus corpus)
        {
            public void Run(Member m)
            {
                sink.AddRange(repo.Good());
                corpus.Add(repo.One(m) ?? "");
                corpus.Add({|CG0003:repo.BadAsync(m).Result|});
            }
        }
        """));

    [Fact]
    public Task Exemptions_and_anonymizers() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic fixtures only")]
        public class Fixtures(ICorpus corpus)
        {
            public void Seed(Member m) => corpus.Add(m.Headline);
            public void Lambda(List<Member> ms) => ms.ForEach(m => corpus.Add(m.Headline));
        }
        public static class Redact { [Anonymizer] public static string Hash(string s) => s.GetHashCode().ToString(); }
        public class Job(ICorpus corpus)
        {
            [ConsentExempt(Purposes.Personalization, Justification = "other purpose")]
            public void Run(Member m) => corpus.Add({|CG0001:m.Headline|});
            public void Hashed(Member m) => corpus.Add(Redact.Hash(m.Email));
        }
        """));

    [Fact]
    public Task Non_personal_values_are_clean() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Job(ICorpus corpus)
        {
            public void Run(Member m, List<Member> ms)
            {
                corpus.Add(m.Id);
                corpus.Add(m.Connections.ToString());
                corpus.Add(m.Email.Length.ToString());
                corpus.Add(ms.Count.ToString());
                corpus.Add(ms.Count(x => x.Email.EndsWith(".org")).ToString());
                corpus.Add(ms.Any(x => x.Headline == "CEO") ? "yes" : "no");
                corpus.Add(m.Email.Contains('@') ? "has" : "none");
                corpus.Add(ms.Sum(x => x.Connections).ToString());
                corpus.Add({|CG0001:ms.Max(x => x.Headline) ?? ""|});
            }
        }
        """));
}

public sealed class SinkLocationTests
{
    [Fact]
    public Task The_whole_argument_is_marked_including_parentheses_and_suppressions() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Job(ICorpus corpus)
        {
            public void Run(Member m, Member? maybe)
            {
                corpus.Add({|CG0001:(m.Headline)|});
                corpus.Add({|CG0001:maybe?.Headline!|});
                corpus.Add(text: {|CG0001:m.Headline|});
            }
        }
        """));
}
