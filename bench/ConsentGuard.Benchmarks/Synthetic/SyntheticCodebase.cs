using System;
using System.Collections.Generic;
using System.Text;

namespace ConsentGuard.Benchmarks.Synthetic;

/// <summary>
/// Generates a deterministic, realistic code base: mostly ordinary business code, with entity types
/// carrying personal data, services with consent checks, sinks, LINQ pipelines, helper chains and
/// buffered exporters in fixed proportions. Same seed and size, same files.
/// </summary>
/// <remarks>
/// Proportions, per 100 files: 4 entities with personal data, 8 plain domain types, about 60 files of
/// ordinary business code (pricing, validation, state machines, reports over non-personal metrics) and
/// about 28 that move personal data (checked services, LINQ pipelines, helper chains, buffers), one in
/// twenty of the checked services leaking on purpose. With <c>web</c>, about 4 in 100 feature files are
/// ASP.NET Core endpoints that pass request input to SQL and to file paths: the inputs the peer
/// (CA3001–CA3012) tracks, so that both analyzers have their own kind of flow to follow in the same code.
/// </remarks>
public static class SyntheticCodebase
{
    /// <summary>One generated file: a relative path and its C# text.</summary>
    public sealed record SourceFile(string Path, string Text);

    /// <summary>The kinds of file, for the proportions check.</summary>
    public static readonly string[] PersonalDataKinds = ["Entity", "CheckedService", "LinqPipeline", "HelperChain", "BufferedExporter"];

    public static IReadOnlyList<SourceFile> Generate(int fileCount, int seed = 42, bool web = false)
    {
        var random = new Random(seed);
        var files = new List<SourceFile> { new("Shared/Sinks.cs", SharedSinks) };
        var entityCount = Math.Max(1, fileCount / 25);
        for (var i = 0; i < entityCount; i++)
            files.Add(new($"Domain/Entity{i}.cs", Entity(i, random)));
        for (var i = 0; i < Math.Max(1, fileCount / 12); i++)
            files.Add(new($"Domain/Product{i}.cs", PlainDomainType(i, random)));
        for (var i = files.Count; i < fileCount; i++)
        {
            var entity = random.Next(entityCount);
            var (kind, text) = random.Next(100) switch
            {
                < 30 => ("PlainBusinessCode", PlainBusinessCode(i, random)),
                < 44 => ("Validator", Validator(i, random)),
                < 56 => ("StateMachine", StateMachine(i, random)),
                < 64 => ("Reporting", Reporting(i, entity, random)),
                < 74 => ("CheckedService", CheckedService(i, entity, random)),
                < 82 => ("LinqPipeline", LinqPipeline(i, entity, random)),
                < 89 => ("HelperChain", HelperChain(i, entity, random)),
                < 96 => ("BufferedExporter", BufferedExporter(i, entity, random)),
                _ => web ? ("Endpoint", Endpoint(i, random)) : ("PlainBusinessCode", PlainBusinessCode(i, random)),
            };
            files.Add(new($"Features/{kind}{i}.cs", text));
        }
        return files;
    }

    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Text;\nusing System.Threading.Tasks;\nusing ConsentGuard;\n\nnamespace Synthetic;\n\n";

    private const string SharedSinks = Usings + """
        public interface ITrainingCorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
        public interface IFeatureStore { [ConsentSink(Purposes.Personalization)] void Put(string key, [ConsentSink(Purposes.Personalization)] string value); }
        public interface IModerationSet { [ConsentSink(Purposes.ContentModeration)] void AddRange(IEnumerable<string> items); }
        public interface IAnalytics { void Track(string name, int value); }
        public static class Redaction { [Anonymizer] public static string Mask(string s) => new string('*', s.Length); }
        """;

    private static string Entity(int i, Random random)
    {
        var sb = new StringBuilder(Usings);
        sb.AppendLine($"public partial class Entity{i}");
        sb.AppendLine("{");
        sb.AppendLine("    [DataSubject] public string Id { get; set; } = \"\";");
        sb.AppendLine("    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = \"\";");
        sb.AppendLine("    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose(Purposes.Personalization)] public string Headline { get; set; } = \"\";");
        sb.AppendLine("    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.ContentModeration)] public string About { get; set; } = \"\";");
        for (var p = 0; p < 4 + random.Next(6); p++)
            sb.AppendLine($"    public int Metric{p} {{ get; set; }}");
        sb.AppendLine("    public DateTime Created { get; set; }");
        sb.AppendLine("    public string Display => Headline.Length > 20 ? Headline.Substring(0, 20) : Headline;");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string PlainBusinessCode(int i, Random random)
    {
        var sb = new StringBuilder(Usings);
        sb.AppendLine($"public sealed record Order{i}(string Sku, int Quantity, decimal Price);");
        sb.AppendLine($"public sealed class Pricing{i}");
        sb.AppendLine("{");
        for (var m = 0; m < 3 + random.Next(5); m++)
        {
            sb.AppendLine($"    public decimal Total{m}(IEnumerable<Order{i}> orders, decimal discount)");
            sb.AppendLine("    {");
            sb.AppendLine("        var total = 0m;");
            sb.AppendLine("        foreach (var o in orders.Where(o => o.Quantity > 0).OrderBy(o => o.Sku))");
            sb.AppendLine($"            total += o.Price * o.Quantity * (1 - discount) + {m};");
            sb.AppendLine("        var label = string.Join(\",\", orders.Select(o => o.Sku.ToUpperInvariant()));");
            sb.AppendLine("        return label.Length > 100 ? Math.Round(total, 2) : total;");
            sb.AppendLine("    }");
        }
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string CheckedService(int i, int entity, Random random)
    {
        var leak = random.Next(20) == 0;
        return Usings + $$"""
            public sealed class TrainingService{{i}}(IConsentProvider consent, ITrainingCorpus corpus, IAnalytics analytics)
            {
                public void Export(IEnumerable<Entity{{entity}}> members)
                {
                    var count = 0;
                    foreach (var m in members)
                    {
                        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) continue;
                        corpus.Add($"Headline: {m.Headline}");
                        count++;
                    }
                    analytics.Track("exported", count);
                }

                public async Task ExportOneAsync(Entity{{entity}} m)
                {
                    if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining))
                        corpus.Add(m.Headline.Trim());
                    {{(leak ? "corpus.Add(m.Headline);" : "analytics.Track(\"one\", m.Metric0);")}}
                }
            }
            """;
    }

    private static string LinqPipeline(int i, int entity, Random random) => Usings + $$"""
        public sealed class ModerationJob{{i}}(IConsentProvider consent, IModerationSet set)
        {
            public void Run(List<Entity{{entity}}> members, int minMetric)
            {
                set.AddRange(members
                    .Where(m => m.Metric0 >= minMetric)
                    .Where(m => consent.IsGranted(m.Id, Purposes.ContentModeration))
                    .OrderBy(m => m.Created)
                    .Select(m => m.About.ToLowerInvariant())
                    .Take({{10 + random.Next(100)}}));
                var stats = members.GroupBy(m => m.Metric0 % 7).Select(g => g.Count()).ToList();
                set.AddRange(stats.Select(s => s.ToString()));
            }
        }
        """;

    private static string HelperChain(int i, int entity, Random random) => Usings + $$"""
        public sealed class FeatureBuilder{{i}}(IConsentProvider consent, IFeatureStore store)
        {
            private string Normalize(string s) => s.Trim().ToLowerInvariant();
            private string Describe(Entity{{entity}} m) => Normalize(m.Headline) + "#" + m.Metric0;
            private void Put(string key, string value) => store.Put(key, value);

            public void Build(Entity{{entity}} m)
            {
                if (!consent.IsGranted(m.Id, Purposes.Personalization))
                    return;
                Put(m.Id, Describe(m));
                store.Put(m.Id + ":masked", Redaction.Mask(m.Email));
            }
        }
        """;

    private static string BufferedExporter(int i, int entity, Random random) => Usings + $$"""
        public sealed class Buffered{{i}}(IConsentProvider consent, ITrainingCorpus corpus)
        {
            private readonly List<string> _pending = new();

            public void Collect(Entity{{entity}} m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    _pending.Add(m.Headline);
            }

            public void Flush()
            {
                var sb = new StringBuilder();
                foreach (var line in _pending)
                    sb.AppendLine(line);
                corpus.Add(sb.ToString());
                _pending.Clear();
            }
        }
        """;

    private static string Reporting(int i, int entity, Random random) => Usings + $$"""
        public sealed class Report{{i}}(IAnalytics analytics)
        {
            public string Render(IReadOnlyList<Entity{{entity}}> members)
            {
                var sb = new StringBuilder();
                sb.Append("members: ").Append(members.Count);
                for (var k = 0; k < members.Count; k++)
                    analytics.Track("metric", members[k].Metric1 + k);
                return sb.ToString();
            }
        }
        """;

    private static string PlainDomainType(int i, Random random)
    {
        var sb = new StringBuilder(Usings);
        sb.AppendLine($"public sealed class Product{i}");
        sb.AppendLine("{");
        sb.AppendLine("    public string Sku { get; set; } = \"\";");
        sb.AppendLine("    public string Title { get; set; } = \"\";");
        for (var p = 0; p < 3 + random.Next(6); p++)
            sb.AppendLine($"    public decimal Price{p} {{ get; set; }}");
        sb.AppendLine("    public bool IsAvailable(int stock) => stock > 0 && Price0 > 0;");
        sb.AppendLine("    public override string ToString() => $\"{Sku}: {Title}\";");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Validator(int i, Random random)
    {
        var sb = new StringBuilder(Usings);
        sb.AppendLine($"public sealed record Address{i}(string Street, string Zip, string Country);");
        sb.AppendLine($"public static class AddressValidator{i}");
        sb.AppendLine("{");
        sb.AppendLine($"    public static IReadOnlyList<string> Validate(Address{i} a)");
        sb.AppendLine("    {");
        sb.AppendLine("        var errors = new List<string>();");
        for (var r = 0; r < 3 + random.Next(5); r++)
        {
            sb.AppendLine($"        if (string.IsNullOrWhiteSpace(a.Street) || a.Zip.Length < {3 + r})");
            sb.AppendLine($"            errors.Add(\"rule {r}: \" + a.Country);");
        }
        sb.AppendLine("        switch (a.Country)");
        sb.AppendLine("        {");
        sb.AppendLine("            case \"DE\" when a.Zip.Length != 5: errors.Add(\"zip\"); break;");
        sb.AppendLine("            case \"FR\": if (!a.Zip.All(char.IsDigit)) errors.Add(\"zip\"); break;");
        sb.AppendLine("            default: break;");
        sb.AppendLine("        }");
        sb.AppendLine("        return errors;");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string StateMachine(int i, Random random) => Usings + $$"""
        public enum ShipmentState{{i}} { Created, Packed, Shipped, Delivered, Returned }
        public sealed class Shipment{{i}}
        {
            private readonly List<(ShipmentState{{i}} From, ShipmentState{{i}} To, DateTime At)> _history = new();
            public ShipmentState{{i}} State { get; private set; }

            public bool Advance(string evt, DateTime now)
            {
                var next = (State, evt) switch
                {
                    (ShipmentState{{i}}.Created, "pack") => ShipmentState{{i}}.Packed,
                    (ShipmentState{{i}}.Packed, "ship") => ShipmentState{{i}}.Shipped,
                    (ShipmentState{{i}}.Shipped, "deliver") => ShipmentState{{i}}.Delivered,
                    (ShipmentState{{i}}.Delivered, "return") when now.DayOfYear % {{2 + random.Next(5)}} == 0 => ShipmentState{{i}}.Returned,
                    _ => State,
                };
                if (next == State) return false;
                _history.Add((State, next, now));
                State = next;
                return true;
            }

            public TimeSpan TimeIn(ShipmentState{{i}} state) =>
                _history.Where(h => h.From == state).Aggregate(TimeSpan.Zero, (sum, h) => sum + (h.At - DateTime.MinValue));
        }
        """;

    /// <summary>Request input to SQL text and to a file path: what CA3001 and CA3003 track (web code bases only).</summary>
    private static string Endpoint(int i, Random random) => Usings.Replace("using ConsentGuard;\n", "using System.Data;\nusing System.IO;\nusing Microsoft.AspNetCore.Http;\n", StringComparison.Ordinal) + $$"""
        public sealed class SearchEndpoint{{i}}(IDbConnection connection)
        {
            public string Handle(HttpRequest request)
            {
                string? term = request.Query["q"];
                string file = request.Form["template"].FirstOrDefault() ?? "index.html";
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT id FROM items WHERE title LIKE '%" + term + "%' LIMIT {{10 + random.Next(90)}}";
                var template = File.ReadAllText(Path.Combine("/srv/templates", file));
                return template.Replace("{count}", command.ExecuteScalar()?.ToString() ?? "0");
            }
        }
        """;
}
