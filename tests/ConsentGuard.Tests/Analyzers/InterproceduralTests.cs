using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>Issue #3: helpers that return personal data, inferred sinks, buffered private fields, several calls deep.</summary>
public sealed class InterproceduralTests
{
    [Fact]
    public Task Inferred_sinks_through_one_to_four_helpers() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Chain(ICorpus corpus)
        {
            public void One(string t) => corpus.Add(t);
            public void Two(string t) => One(t.Trim());
            public void Three(string t) { var x = "> " + t; Two(x); }
            public void Four(string t) => Three(t);
            public void Unrelated(string t, string label) => corpus.Add(label);
        }
        public class Job(Chain c, IConsentProvider consent)
        {
            public void Run(Member m)
            {
                c.One({|CG0001:m.Headline|});
                c.Two({|CG0001:m.Headline|});
                c.Three({|CG0001:m.Headline|});
                c.Four({|CG0001:m.Headline|});
                c.Unrelated(m.Headline, "x");
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) c.Four(m.Headline);
                c.Four({|CG0002:m.Email|});
            }
        }
        """));

    [Fact]
    public Task Helpers_returning_personal_data_one_to_four_deep_with_out_and_async() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Repo
        {
            private readonly Dictionary<string, Member> _all = new();
            public Member Find(string id) => _all[id];
            public string H1(string id) => Find(id).Headline;
            public string H2(string id) => H1(id).ToUpperInvariant();
            public string H3(string id) { var s = H2(id); return s; }
            public string H4(string id) => $"{H3(id)}!";
            public bool TryGet(string id, out string headline) { headline = Find(id).Headline; return true; }
            public async Task<string> LoadAsync(string id) { await Task.Yield(); return Find(id).Headline; }
            public string Safe(string id) => Find(id).Connections.ToString();
        }
        public class Job(Repo repo, ICorpus corpus)
        {
            public async Task Run(string id)
            {
                corpus.Add({|CG0001:repo.H1(id)|});
                corpus.Add({|CG0001:repo.H4(id)|});
                if (repo.TryGet(id, out var h)) corpus.Add({|CG0001:h|});
                corpus.Add({|CG0001:await repo.LoadAsync(id)|});
                corpus.Add(repo.Safe(id));
            }
        }
        """));

    [Fact]
    public Task Helpers_that_check_consent_themselves_are_clean() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Gate(IConsentProvider consent)
        {
            public bool MayTrain(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);
            public void Ensure(Member m) { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) throw new InvalidOperationException(); }
            public bool Weak(Member m) => m.Connections > 3;
        }
        public class Sender(IConsentProvider consent, ICorpus corpus)
        {
            public void SendChecked(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) corpus.Add(m.Headline); }
            public void Forward(string text) { if (consent.IsGranted("x", Purposes.GenerativeTraining)) corpus.Add(text); }
        }
        public class Job(Gate gate, Sender sender, ICorpus corpus)
        {
            public void Run(Member m)
            {
                if (gate.MayTrain(m)) corpus.Add(m.Headline);
                gate.Ensure(m);
                corpus.Add(m.Headline);
                sender.SendChecked(m);
                sender.Forward(m.Headline);
            }
            public void Weak(Member m) { if (gate.Weak(m)) corpus.Add({|CG0001:m.Headline|}); }
        }
        """));

    [Fact]
    public Task Recursion_terminates() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Rec(ICorpus corpus)
        {
            public string Loop(string s, int n) => n == 0 ? s : Loop(s + ".", n - 1);
            public string Ping(string s, int n) => n == 0 ? s : Pong(s, n - 1);
            public string Pong(string s, int n) => Ping(s, n);
            public void Send(string s, int n) { if (n > 0) Send(s, n - 1); else corpus.Add(s); }
            public void Run(Member m)
            {
                corpus.Add({|CG0001:Loop(m.Headline, 3)|});
                corpus.Add({|CG0001:Ping(m.Headline, 3)|});
                Send({|CG0001:m.Headline|}, 2);
            }
        }
        """));

    [Fact]
    public Task Generic_and_extension_helpers() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public static class Text
        {
            public static string Quote(this string s) => "\"" + s + "\"";
            public static T Pick<T>(T a, T b) => a;
            public static void Train(this ICorpus c, string s) => c.Add(s);
        }
        public class Job(ICorpus corpus)
        {
            public void Run(Member m)
            {
                corpus.Add({|CG0001:m.Headline.Quote()|});
                corpus.Add({|CG0001:Text.Pick(m.Headline, "")|});
                corpus.Train({|CG0001:m.Headline|});
            }
        }
        """));

    [Fact]
    public Task Private_buffers_written_under_a_check_and_once_without() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Buffered(IConsentProvider consent, IBatchSink sink)
        {
            private readonly List<string> _checked = new();
            private readonly List<string> _leaky = new();
            private static readonly List<string> s_shared = new();
            private string _last { get; set; } = "";

            public void Collect(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    _checked.Add(m.Headline);
                    _leaky.Add(m.Headline);
                }
            }
            public void CollectCareless(Member m) { _leaky.Add(m.Headline); s_shared.Add(m.Headline); _last = m.Headline; }
            public void Flush()
            {
                sink.AddRange(_checked);
                sink.AddRange({|CG0001:_leaky|});
                sink.AddRange({|CG0001:s_shared|});
                sink.AddRange({|CG0001:new[] { _last }|});
            }
        }
        """));

    [Fact]
    public Task Helpers_in_other_files_and_partial_classes() => new ConsentGuardTest
    {
        TestState =
        {
            Sources =
            {
                Prelude.With("""
                    public partial class Job(ICorpus corpus)
                    {
                        public void Run(Member m) => Send({|CG0001:Describe(m)|});
                    }
                    """),
                """
                using ConsentGuard;
                public partial class Job
                {
                    private string Describe(Member m) => m.Headline + " (" + m.Connections + ")";
                    private void Send(string text) => Emit(text);
                }
                """,
                """
                public partial class Job
                {
                    private void Emit(string text) => corpus.Add(text);
                }
                """,
            },
        },
    }.RunAsync();
}

public sealed class MemberHelperTests
{
    [Fact]
    public Task Computed_properties_and_instance_helpers_return_what_they_read() => ConsentGuardTest.VerifyAsync(Prelude.Usings + """
        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)] public string Headline { get; set; } = "";
            public int Connections { get; set; }
            public string Summary => Headline + " (" + Connections + ")";
            public string Stats => Connections.ToString();
            public string Describe() => "I am " + Headline;
            public string Contact() { return Email; }
        }
        public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
        public class Job(IConsentProvider consent, ICorpus corpus)
        {
            public void Run(Member m, IEnumerable<Member> ms)
            {
                corpus.Add({|CG0001:m.Summary|});
                corpus.Add(m.Stats);
                corpus.Add({|CG0001:m.Describe()|});
                corpus.Add({|CG0002:m.Contact()|});
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) corpus.Add(m.Describe());
                foreach (var x in ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining))) corpus.Add(x.Summary);
            }
        }
        """);
    /// <summary>
    /// Local functions and delegate locals are called like methods: a self-contained one is summarized (the call site is
    /// the sink, each call gets back what it passed); one that shares variables with its body is analyzed with it.
    /// </summary>
    [Fact]
    public Task Local_functions_and_delegate_locals_are_called_like_methods() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Job(ICorpus corpus, IConsentProvider consent)
        {
            public void LocalSink(Member m)
            {
                void Send(string s) => corpus.Add(s.Trim());
                Send({|CG0001:m.Headline|});
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Send(m.Headline);
                Send("constant");
            }

            public void LocalEcho(Member m)
            {
                static string Echo(string s) => "> " + s;
                corpus.Add(Echo("constant"));
                corpus.Add({|CG0001:Echo(m.Headline)|});
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) corpus.Add(Echo(m.Headline));
            }

            public void SharesABuffer(Member m)
            {
                var buffer = new List<string>();
                void Keep(string s) => buffer.Add(s);
                Keep(m.Headline);
                corpus.Add({|CG0001:string.Join(",", buffer)|});
            }

            public void LambdaLocal(Member m)
            {
                Action<string> send = s => corpus.Add(s);
                send({|CG0001:m.Headline|});
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) send(m.Headline);
                send("constant");
            }

            public void FuncLocal(Member m)
            {
                Func<Member, string> headline = x => x.Headline;
                corpus.Add({|CG0001:headline(m)|});
            }

            public void MethodGroupLocal(Member m)
            {
                Action<string> add = corpus.Add;
                add({|CG0001:m.Headline|});
                add.Invoke({|CG0001:m.Headline|});
                Func<string, string> trim = Tidy;
                corpus.Add({|CG0001:trim(m.Headline)|});
                Func<string, string> upper = string.Concat;
                corpus.Add({|CG0001:upper(m.Headline)|});
                corpus.Add(trim("constant"));
            }

            private static string Tidy(string s) => s.Trim();

            public void CapturingLambda(Member m)
            {
                var email = m.Email;
                Action<string> send = s => corpus.Add({|CG0002:email + s|});
                send("x");
            }
        }
        """));
    /// <summary>A constructor argument kept in the type's storage and sent to a sink by another member makes the <c>new</c> the sink.</summary>
    [Fact]
    public Task Command_objects_that_keep_an_argument_for_a_sink() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public sealed class Upload(ICorpus corpus, string text) { public void Run() => corpus.Add("> " + text); }
        public sealed class StoredUpload
        {
            private readonly ICorpus _corpus; private readonly string _text;
            public StoredUpload(ICorpus corpus, string text) { _corpus = corpus; _text = text; }
            public void Run() => _corpus.Add(_text.Trim());
        }
        public sealed class SelfCheckingUpload(ICorpus corpus, IConsentProvider consent, string memberId, string text)
        {
            public void Run() { if (consent.IsGranted(memberId, Purposes.GenerativeTraining)) corpus.Add(text); }
        }
        public sealed class Printer(string text) { public void Run() => System.Console.WriteLine(text); }
        public class Job(ICorpus corpus, IConsentProvider consent)
        {
            public void Unchecked(Member m)
            {
                new Upload(corpus, {|CG0001:m.Headline|}).Run();
                new StoredUpload(corpus, {|CG0001:m.Headline|}).Run();
                new SelfCheckingUpload(corpus, consent, m.Id, m.Headline).Run();
                new Printer(m.Headline).Run();
            }
            public void Checked(Member m)
            {
                if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
                new Upload(corpus, m.Headline).Run();
                new StoredUpload(corpus, m.Headline).Run();
            }
        }
        """));

    /// <summary>
    /// Reads of private storage are skipped by the pre-scan when none of the type's bodies can carry personal data; a body
    /// that reads only storage must still be analyzed when one can, including storage filled from a container's own.
    /// </summary>
    [Fact]
    public Task Bodies_that_read_only_private_storage_are_still_analyzed() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Buffer(ICorpus corpus)
        {
            private string _last = "";
            private readonly List<string> _lines = new();
            private int _count;

            public void Keep(Member m) { _last = m.Headline; _lines.Add(m.Headline); _count++; }
            public void Flush() { corpus.Add({|CG0001:_last|}); foreach (var line in _lines) corpus.Add({|CG0001:line|}); }
            public void Count() => corpus.Add(_count.ToString());

            private sealed class Copy(Buffer owner, ICorpus corpus)
            {
                private string _copied = "";
                public void Take() => _copied = owner._last;
                public void Send() => corpus.Add({|CG0001:_copied|});
            }
        }

        public class Plain(ICorpus corpus)
        {
            private string _greeting = "hello";
            private readonly Dictionary<string, int> _counts = new();
            public void Note(string word) => _counts[word] = _counts.TryGetValue(word, out var n) ? n + 1 : 1;
            public void Send() => corpus.Add(_greeting + _counts.Count);
        }
        """));
}
