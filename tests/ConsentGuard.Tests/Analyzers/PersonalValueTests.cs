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
}
