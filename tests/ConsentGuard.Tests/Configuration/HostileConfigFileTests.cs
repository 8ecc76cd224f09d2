using System;
using System.Linq;
using System.Text;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Configuration;

/// <summary>Whatever a ConsentGuard.txt holds, no analyzer or generator crashes: bad lines are CG0010, never an exception.</summary>
public sealed class HostileConfigFileTests
{
    private const string Code = """
        using ConsentGuard;
        public class Member { [DataSubject] public string Id { get; set; } = ""; [PersonalData] public string Email { get; set; } = ""; }
        public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
        public class Exporter(ICorpus corpus) { public void Export(Member m) => corpus.Add(m.Email); }
        """;

    public static TheoryData<string, string> HostileFiles()
    {
        var random = new Random(7);
        var binary = new string(Enumerable.Range(0, 4096).Select(_ => (char)random.Next(0, 0xD7FF)).ToArray());
        return new TheoryData<string, string>
        {
            { "empty", "" },
            { "only comments", "# a\n#b\n   # c" },
            { "binary", binary },
            { "huge line", "sink GenerativeTraining M:" + new string('A', 2_000_000) },
            { "deep nesting", "sink GenerativeTraining M:A.B(" + string.Concat(Enumerable.Repeat("System.Func{", 5000)) + ")" },
            { "many lines", string.Join("\n", Enumerable.Repeat("sink GenerativeTraining M:Exporter.Export(Member)", 20_000)) },
            { "every kind of wrong", "sink\nsink X\nsink X Y Z W\nsource Nope T:Member\ncheck GenerativeTraining T:Member\ncheck GenerativeTraining M:Exporter.Export(Member)\nanonymizer\nN:ConsentGuard\n\0\0\0" },
            { "lone surrogates", "sink GenerativeTraining M:\uD800.\uDC00" },
        };
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void No_analyzer_crashes_on_a_hostile_file(string name, string content)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Empty(CrashHarness.Crashes(new[] { Code }, content));
    }
}
