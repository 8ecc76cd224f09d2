using System.Threading.Tasks;
using ConsentGuard.CodeFixes;
using ConsentGuard.Tests.Infrastructure;
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
}
