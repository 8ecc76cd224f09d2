using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Cli.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Cli.Tests.Inventory;

/// <summary>
/// MSBuildWorkspace (like the IDE) references a project's project references as compilations, not metadata.
/// The analyzer must then treat another project's source methods as the build does (as metadata), not try to
/// read their bodies: that once made every such call an "unverified member" (CG0012) in the audit.
/// </summary>
public sealed class CrossCompilationTests
{
    [Fact]
    public async Task A_call_into_a_referenced_compilation_is_judged_as_in_the_build_not_reported_unverified()
    {
        var library = TestCompilation.Compile("Library", ("/lib/Text.cs", "namespace Library; public static class Text { public static string Trim(string s) => s.Trim(); }"));
        var app = TestCompilation.Compile("App", new[] { TestCompilation.RuntimeReference, library.ToMetadataReference() }, ("/app/App.cs", """
            using ConsentGuard;
            public class Member
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] public string Headline { get; set; } = "";
            }
            public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
            public class Exporter(ICorpus corpus)
            {
                public void Export(Member m) => corpus.Add(Library.Text.Trim(m.Headline));
            }
            """));
        Assert.Contains(app.References, r => r is CompilationReference);

        var analyzed = await TestCompilation.AnalyzeAsync(app);

        Assert.DoesNotContain(analyzed.Diagnostics, d => d.Id == "CG0012");
        Assert.Equal("CG0001", Assert.Single(analyzed.Diagnostics, d => d.Id.StartsWith("CG") && d.Severity >= DiagnosticSeverity.Warning).Id);
    }
}
