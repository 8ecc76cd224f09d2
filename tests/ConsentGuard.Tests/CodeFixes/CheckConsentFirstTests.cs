using System.Threading.Tasks;
using ConsentGuard.CodeFixes;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Verify = ConsentGuard.Tests.Infrastructure.ConsentGuardCodeFixTest<ConsentGuard.CodeFixes.CheckConsentFirstCodeFixProvider>;

namespace ConsentGuard.Tests.CodeFixes;

/// <summary>CG0001/CG0003 "Check consent for 'P' first".</summary>
public sealed class CheckConsentFirstTests
{
    private const string Key = "ConsentGuard.CheckConsentFirst.GenerativeTraining";

    [Fact]
    public Task Expression_bodied_method_becomes_a_guarded_block_with_the_primary_constructor_provider() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m) => corpus.Add({|CG0001:m.Headline|});
        }
        """), Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(m.Headline);
                }
            }
        }
        """), Key);

    [Fact]
    public Task Statement_in_a_block_keeps_its_comment_and_neighbours() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                var n = m.Connections;
                // the profile text
                corpus.Add({|CG0001:m.Headline|});
                Console.WriteLine(n);
            }
        }
        """), Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                var n = m.Connections;
                // the profile text
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(m.Headline);
                }
                Console.WriteLine(n);
            }
        }
        """), Key);

    [Fact]
    public Task Without_using_ConsentGuard_the_purpose_is_qualified() => Verify.VerifyAsync("""
        namespace App
        {
            public class Member
            {
                [ConsentGuard.DataSubject] public string Id { get; set; } = "";
                [ConsentGuard.PersonalData, ConsentGuard.ConsentPurpose(ConsentGuard.Purposes.Analytics)] public string Page { get; set; } = "";
            }
            public interface IStats { [ConsentGuard.ConsentSink(ConsentGuard.Purposes.Analytics)] void Track(string page); }
            public class Tracker(ConsentGuard.IConsentProvider consent, IStats stats)
            {
                public void Run(Member m)
                {
                    stats.Track({|CG0001:m.Page|});
                }
            }
        }
        """, """
        namespace App
        {
            public class Member
            {
                [ConsentGuard.DataSubject] public string Id { get; set; } = "";
                [ConsentGuard.PersonalData, ConsentGuard.ConsentPurpose(ConsentGuard.Purposes.Analytics)] public string Page { get; set; } = "";
            }
            public interface IStats { [ConsentGuard.ConsentSink(ConsentGuard.Purposes.Analytics)] void Track(string page); }
            public class Tracker(ConsentGuard.IConsentProvider consent, IStats stats)
            {
                public void Run(Member m)
                {
                    if (consent.IsGranted(m.Id, ConsentGuard.Purposes.Analytics))
                    {
                        stats.Track(m.Page);
                    }
                }
            }
        }
        """, "ConsentGuard.CheckConsentFirst.Analytics");

    [Fact]
    public Task A_custom_purpose_is_written_as_a_string_literal() => Verify.VerifyAsync(Prelude.Usings + """
        [assembly: DefinePurpose("FraudDetection", Description = "Fake accounts")]
        public class Login
        {
            [DataSubject] public string UserId { get; set; } = "";
            [PersonalData, ConsentPurpose("FraudDetection")] public string Ip { get; set; } = "";
        }
        public interface IFraudModel { [ConsentSink("FraudDetection")] void Score(string ip); }
        public class Job(IConsentProvider consent, IFraudModel model)
        {
            public void Run(Login login)
            {
                model.Score({|CG0001:login.Ip|});
            }
        }
        """, Prelude.Usings + """
        [assembly: DefinePurpose("FraudDetection", Description = "Fake accounts")]
        public class Login
        {
            [DataSubject] public string UserId { get; set; } = "";
            [PersonalData, ConsentPurpose("FraudDetection")] public string Ip { get; set; } = "";
        }
        public interface IFraudModel { [ConsentSink("FraudDetection")] void Score(string ip); }
        public class Job(IConsentProvider consent, IFraudModel model)
        {
            public void Run(Login login)
            {
                if (consent.IsGranted(login.UserId, "FraudDetection"))
                {
                    model.Score(login.Ip);
                }
            }
        }
        """, "ConsentGuard.CheckConsentFirst.FraudDetection");

    [Fact]
    public Task The_closest_provider_wins_and_the_subject_follows_a_local() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(ICorpus corpus)
        {
            private readonly IConsentProvider _fallback = new InMemoryConsentProvider();
            public int Id { get; } = 1;

            public void Export(Member m, IConsentProvider perRequest)
            {
                var text = m.Headline.Trim();
                corpus.Add({|CG0001:text|});
            }
        }
        """), Prelude.With("""
        public class Exporter(ICorpus corpus)
        {
            private readonly IConsentProvider _fallback = new InMemoryConsentProvider();
            public int Id { get; } = 1;

            public void Export(Member m, IConsentProvider perRequest)
            {
                var text = m.Headline.Trim();
                if (perRequest.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(text);
                }
            }
        }
        """), Key);

    [Fact]
    public Task A_field_provider_and_a_non_string_subject() => Verify.VerifyAsync(Prelude.Usings + Prelude.Domain + """
        public class Author
        {
            [DataSubject] public Guid Key { get; set; }
            [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] public string Bio { get; set; } = "";
        }
        public class Exporter
        {
            private readonly IConsentProvider _consent;
            private readonly ICorpus _corpus;
            public Exporter(IConsentProvider consent, ICorpus corpus) { _consent = consent; _corpus = corpus; }

            public void Export(Author a)
            {
                _corpus.Add({|CG0001:a.Bio|});
            }
        }
        """, Prelude.Usings + Prelude.Domain + """
        public class Author
        {
            [DataSubject] public Guid Key { get; set; }
            [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] public string Bio { get; set; } = "";
        }
        public class Exporter
        {
            private readonly IConsentProvider _consent;
            private readonly ICorpus _corpus;
            public Exporter(IConsentProvider consent, ICorpus corpus) { _consent = consent; _corpus = corpus; }

            public void Export(Author a)
            {
                if (_consent.IsGranted(a.Key.ToString(), Purposes.GenerativeTraining))
                {
                    _corpus.Add(a.Bio);
                }
            }
        }
        """, Key);

    [Fact]
    public Task CG0003_gets_the_check_for_the_purpose_the_sink_needs() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.Personalization))
                    corpus.Add({|CG0003:m.Headline|});
            }
        }
        """), Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.Personalization))
                    if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    {
                        corpus.Add(m.Headline);
                    }
            }
        }
        """), Key);

    [Fact]
    public Task An_else_keeps_its_owner() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m, bool full)
            {
                if (full)
                    corpus.Add({|CG0001:m.Headline|});
                else
                    Console.WriteLine("skipped");
            }
        }
        """), Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m, bool full)
            {
                if (full)
                {
                    if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    {
                        corpus.Add(m.Headline);
                    }
                }
                else
                    Console.WriteLine("skipped");
            }
        }
        """), Key);

    [Fact]
    public Task Not_offered_when_whose_consent_it_is_cannot_be_named() => Verify.VerifyNotOfferedAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(List<Member> members) => corpus.Add({|CG0001:members[0].Headline|});
            public void Fetched(Func<Member> fetch) => corpus.Add({|CG0001:fetch().Headline|});
        }
        """));

    [Fact]
    public Task One_guard_per_statement_checks_every_subject_the_statement_uses() => Verify.VerifyAsync(Prelude.With("""
        public interface IPairs { [ConsentSink(Purposes.GenerativeTraining)] void Pair(string a, string b); }
        public class Exporter(IConsentProvider consent, ICorpus corpus, IPairs pairs)
        {
            public void Export(Member a, Member b)
            {
                corpus.Add({|CG0001:a.Headline|});
                pairs.Pair({|CG0001:a.Headline|}, {|CG0001:b.Headline|});
            }

            public void Other(Member m) => corpus.Add({|CG0001:m.Headline|});
        }
        """), Prelude.With("""
        public interface IPairs { [ConsentSink(Purposes.GenerativeTraining)] void Pair(string a, string b); }
        public class Exporter(IConsentProvider consent, ICorpus corpus, IPairs pairs)
        {
            public void Export(Member a, Member b)
            {
                if (consent.IsGranted(a.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(a.Headline);
                }
                if (consent.IsGranted(a.Id, Purposes.GenerativeTraining) && consent.IsGranted(b.Id, Purposes.GenerativeTraining))
                {
                    pairs.Pair(a.Headline, b.Headline);
                }
            }

            public void Other(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(m.Headline);
                }
            }
        }
        """), Key);

    [Fact]
    public Task A_local_function_body_and_the_data_subject_parameter_of_a_personal_parameter() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export([DataSubject] string userId, [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] string bio)
            {
                Send();
                void Send() => corpus.Add({|CG0001:bio|});
            }
        }
        """), Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export([DataSubject] string userId, [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] string bio)
            {
                Send();
                void Send()
                {
                    if (consent.IsGranted(userId, Purposes.GenerativeTraining))
                    {
                        corpus.Add(bio);
                    }
                }
            }
        }
        """), Key);

    [Fact]
    public Task Top_level_statements_use_a_local_provider()
    {
        var test = new Verify
        {
            TestCode = Prelude.Usings + """
                IConsentProvider consent = new InMemoryConsentProvider();
                ICorpus corpus = null!;
                var m = new Member();
                corpus.Add({|CG0001:m.Headline|});

                """ + Prelude.Domain,
            FixedCode = Prelude.Usings + """
                IConsentProvider consent = new InMemoryConsentProvider();
                ICorpus corpus = null!;
                var m = new Member();
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(m.Headline);
                }

                """ + Prelude.Domain,
            CodeActionEquivalenceKey = Key,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_without_a_provider_in_scope() => Verify.VerifyNotOfferedAsync(Prelude.With("""
        public class Exporter(ICorpus corpus)
        {
            public void Export(Member m) => corpus.Add({|CG0001:m.Headline|});
            public static void Static(Member m, ICorpus c) => c.Add({|CG0001:m.Headline|});
        }
        public class Holder(IConsentProvider consent)
        {
            // An instance provider is no use to a static method.
            public static void Export(Member m, ICorpus c) => c.Add({|CG0001:m.Headline|});
            public bool Uses => consent is not null;
        }
        """));

    [Fact]
    public Task Not_offered_where_a_guard_cannot_go() => Verify.VerifyNotOfferedAsync(Prelude.With("""
        public interface IRanker { [ConsentSink(Purposes.GenerativeTraining)] string Rank(string text); }
        public class Exporter(IConsentProvider consent, ICorpus corpus, IRanker ranker)
        {
            // A lambda runs later, if at all; a local's scope, a returned value and an initializer cannot be wrapped.
            public void Later(List<Member> members) => members.ForEach(x => corpus.Add({|CG0001:x.Headline|}));
            public string Ranked(Member m) => ranker.Rank({|CG0001:m.Headline|});
            public void Local(Member m)
            {
                var rank = ranker.Rank({|CG0001:m.Headline|});
                Console.WriteLine(rank);
            }
            public string Returned(Member m) { return ranker.Rank({|CG0001:m.Headline|}); }
        }
        """));
}
