using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using Verify = ConsentGuard.Tests.Infrastructure.ConsentGuardCodeFixTest<ConsentGuard.CodeFixes.DiscardedCheckCodeFixProvider>;

namespace ConsentGuard.Tests.CodeFixes;

/// <summary>CG0007 "Protect the rest of the block with the check".</summary>
public sealed class DiscardedCheckTests
{
    private const string Key = "ConsentGuard.GuardRestOfBlock";

    [Fact]
    public Task The_rest_of_the_block_moves_under_the_check_and_the_leak_is_gone() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                Console.WriteLine("export");
                {|CG0007:consent.IsGranted(m.Id, Purposes.GenerativeTraining)|}; // must consent
                var text = m.Headline.Trim();
                corpus.Add({|CG0001:text|});
            }
        }
        """), Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                Console.WriteLine("export");
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) // must consent
                {
                    var text = m.Headline.Trim();
                    corpus.Add(text);
                }
            }
        }
        """), Key);

    [Fact]
    public Task Awaited_and_discarded_checks_are_kept_as_written() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public async Task Export(Member m)
            {
                await {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)|};
                corpus.Add({|CG0001:m.Headline|});
            }

            public void Discard(Member m)
            {
                _ = {|CG0007:consent.IsGranted(m.Id, Purposes.GenerativeTraining)|};
                corpus.Add({|CG0001:m.Headline|});
            }
        }
        """), Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public async Task Export(Member m)
            {
                if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(m.Headline);
                }
            }

            public void Discard(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(m.Headline);
                }
            }
        }
        """), Key);

    [Fact]
    public Task Two_checks_in_one_block_nest_in_order_and_a_void_body_may_end_in_return() => Verify.VerifyAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                {|CG0007:consent.IsGranted(m.Id, Purposes.GenerativeTraining)|};
                corpus.Add({|CG0001:m.Headline|});
                {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
                Console.WriteLine(m.Connections);
                return;
            }
        }
        """), Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                {
                    corpus.Add(m.Headline);
                    if (consent.IsGranted(m.Id, Purposes.Analytics))
                    {
                        Console.WriteLine(m.Connections);
                        return;
                    }
                }
            }
        }
        """), Key);

    [Fact]
    public Task Not_offered_where_the_rest_cannot_move() => Verify.VerifyNotOfferedAsync(Prelude.With("""
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            // Nothing after it to protect.
            public void Last(Member m)
            {
                Console.WriteLine(m.Connections);
                {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
            }

            // The method must return a value on every path.
            public int Value(Member m)
            {
                {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
                return m.Connections;
            }

            // An unawaited ValueTask<bool> is no condition.
            public void Unawaited(Member m)
            {
                _ = {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.Analytics)|};
                Console.WriteLine(m.Connections);
            }

            // A local function may be called from before the check; a label may be a goto's target.
            public void Local(Member m)
            {
                {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
                Print();
                void Print() => Console.WriteLine(m.Connections);
            }

            // Falling out of a switch section is an error.
            public void Switch(Member m, int kind)
            {
                switch (kind)
                {
                    case 1:
                    {
                        {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
                        Console.WriteLine(m.Connections);
                        break;
                    }
                }
            }

            // Not in a block: there is no rest.
            public void Embedded(Member m, bool b)
            {
                if (b)
                    {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
            }
        }
        """));
}
