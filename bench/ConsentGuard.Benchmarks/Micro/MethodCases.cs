using System;
using System.Linq;
using System.Text;

namespace ConsentGuard.Benchmarks.Micro;

/// <summary>
/// The single methods the IDE benchmarks analyze: one typical, three pathological. Each is the method
/// <c>Subject.Run</c> in a file of its own, added to an ordinary synthetic code base; all of them move personal
/// data of <c>Entity0</c> (declared by the code base) to sinks, so the flow analysis has real work to do.
/// </summary>
public static class MethodCases
{
    public const string Typical = nameof(Typical);
    public const string Statements5000 = nameof(Statements5000);
    public const string Concatenation2000 = nameof(Concatenation2000);
    public const string NestedLambdas50 = nameof(NestedLambdas50);

    public static readonly string[] All = [Typical, Statements5000, Concatenation2000, NestedLambdas50];

    public const string Path = "Features/Subject.cs";

    public static string Source(string name) => Header + name switch
    {
        Typical => TypicalBody,
        Statements5000 => ManyStatements(1000),
        Concatenation2000 => Concatenation(2000),
        NestedLambdas50 => NestedLambdas(50),
        _ => throw new ArgumentException($"unknown case {name}", nameof(name)),
    } + Footer;

    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using ConsentGuard;

        namespace Synthetic;

        public sealed class Subject(IConsentProvider consent, ITrainingCorpus corpus, IAnalytics analytics)
        {
            public void Run(Entity0 m, IEnumerable<Entity0> members)
            {

        """;

    private const string Footer = """

            }
        }
        """;

    /// <summary>What a service method of the code base looks like: a check, a loop, a sink, some bookkeeping.</summary>
    private const string TypicalBody = """
                var count = 0;
                foreach (var other in members.Where(o => o.Metric0 > 0))
                {
                    if (!consent.IsGranted(other.Id, Purposes.GenerativeTraining)) continue;
                    corpus.Add($"Headline: {other.Headline.Trim()}");
                    count++;
                }
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    corpus.Add(m.Headline);
                analytics.Track("exported", count);
        """;

    /// <summary>Five statements per round (a derived value, a conditional, a branch, a checked sink, a plain call).</summary>
    private static string ManyStatements(int rounds)
    {
        var sb = new StringBuilder("        var total = 0;\n");
        for (var k = 0; k < rounds; k++)
        {
            sb.Append($"        var a{k} = m.Metric0 + {k};\n");
            sb.Append($"        var t{k} = a{k} > 10 ? m.Headline : \"x{k}\";\n");
            sb.Append($"        if (a{k} % 3 == 0) total += a{k};\n");
            sb.Append($"        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) corpus.Add(t{k});\n");
            sb.Append($"        analytics.Track(\"k{k}\", a{k});\n");
        }
        return sb.ToString();
    }

    /// <summary>One unchecked sink call whose argument is a 2,000-term concatenation mixing personal data, numbers and literals.</summary>
    private static string Concatenation(int terms) =>
        "        corpus.Add(" + string.Join(" + ", Enumerable.Range(0, terms).Select(k => (k % 3) switch
        {
            0 => $"\"t{k}\"",
            1 => "m.Metric0",
            _ => k % 100 == 2 ? "m.Headline" : $"{k}",
        })) + ");\n";

    /// <summary>50 lambdas, each declared inside the previous one's body, the innermost sending personal data to a sink.</summary>
    private static string NestedLambdas(int depth)
    {
        var sb = new StringBuilder();
        for (var k = 0; k < depth; k++)
            sb.Append(' ', 8 + k).Append($"Func<int, int> f{k} = x{k} =>\n").Append(' ', 8 + k).Append("{\n");
        sb.Append(' ', 8 + depth).Append("corpus.Add(m.Headline + x0);\n").Append(' ', 8 + depth).Append($"return x{depth - 1};\n");
        for (var k = depth - 1; k >= 0; k--)
        {
            sb.Append(' ', 8 + k).Append("};\n");
            sb.Append(' ', 8 + k).Append(k == 0 ? "analytics.Track(\"f\", f0(1));\n" : $"return f{k}(x{k - 1});\n");
        }
        return sb.ToString();
    }
}
