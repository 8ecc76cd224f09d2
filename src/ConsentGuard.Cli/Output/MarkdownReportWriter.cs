using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConsentGuard.Cli.Inventory;

namespace ConsentGuard.Cli.Output;

/// <summary>
/// The default report: Markdown that reads well in a terminal and renders on GitHub (a CI job summary,
/// a pull-request comment). Sections follow docs/audit.md's order; a Project column appears only when the
/// audit covers several projects.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    private const string Nothing = "—";

    public void Write(AuditReport report, TextWriter output)
    {
        var multiProject = report.Projects.Select(p => p.Name).Distinct().Count() > 1;
        output.WriteLine($"# ConsentGuard audit: {report.Input}");
        output.WriteLine();
        output.WriteLine(Summary(report));
        if (report.Totals.CompilerErrors > 0)
        {
            output.WriteLine();
            output.WriteLine($"> **Warning:** the code has {report.Totals.CompilerErrors} compiler error(s); this inventory may be incomplete.");
        }

        Section(output, "Personal data", report.PersonalData.Count, () =>
        {
            var table = new MarkdownTable(Headers(multiProject, "Type", "Member", "Category", "Declared purposes", "Location"));
            foreach (var e in report.PersonalData)
                table.Add(Row(multiProject, e.Project, MarkdownTable.Code(e.Type), MemberCell(e.Member, e.Parameter, e.Kind),
                    e.IsSpecialCategory ? $"**{e.Category}** (Art. 9)" : e.Category, Purposes(e.Purposes), e.Location.ToString()));
            return table;
        });
        WriteMatrix(report, output);
        Section(output, "Sinks", report.Sinks.Count, () =>
        {
            var table = new MarkdownTable(Headers(multiProject, "Member", "Receives", "Purposes", "Location"));
            foreach (var e in report.Sinks)
                table.Add(Row(multiProject, e.Project, MarkdownTable.Code(e.Type + "." + e.Member),
                    e.Parameter is null ? "assigned value" : "parameter " + MarkdownTable.Code(e.Parameter), Purposes(e.Purposes), e.Location.ToString()));
            return table;
        });
        Section(output, "Consent checks", report.Checks.Count, () =>
        {
            var table = new MarkdownTable(Headers(multiProject, "Method", "Purpose", "Answer", "Location"));
            foreach (var e in report.Checks)
                table.Add(Row(multiProject, e.Project, MarkdownTable.Code(e.Type + "." + e.Member),
                    e.Purpose ?? "the `purpose` argument", e.Answer, e.Location.ToString()));
            return table;
        });
        Section(output, "Cleared members", report.Cleared.Count, () =>
        {
            var table = new MarkdownTable(Headers(multiProject, "Member", "Cleared for", "Location"));
            foreach (var e in report.Cleared)
                table.Add(Row(multiProject, e.Project, MarkdownTable.Code(e.Type + "." + e.Member), Purposes(e.Purposes), Where(e.Location)));
            return table;
        });
        Section(output, "Anonymizers", report.Anonymizers.Count, () =>
        {
            var table = new MarkdownTable(Headers(multiProject, "Method", "Location"));
            foreach (var e in report.Anonymizers)
                table.Add(Row(multiProject, e.Project, MarkdownTable.Code(e.Type + "." + e.Member), e.Location.ToString()));
            return table;
        });
        WriteExemptions(report, output, multiProject);
        WriteLegalBases(report, output, multiProject);
        WriteFindings(report, output, multiProject);
        WritePurposes(report, output);
    }

    /// <summary>Every purpose with its enforcement (CG0001–CG0003's severity for flows to it).</summary>
    private static void WritePurposes(AuditReport report, TextWriter output)
    {
        Section(output, "Purposes", report.Purposes.Count, () =>
        {
            var table = new MarkdownTable("Purpose", "Origin", "Enforcement", "Fides data use", "W3C DPV", "IAB TCF", "Description");
            foreach (var p in report.Purposes)
                table.Add(p.Name, p.IsBuiltIn ? "built in" : "defined in code", p.Enforcement == "error" ? "error" : $"**{p.Enforcement}**",
                    Code(p.Taxonomy?.Fides), Code(p.Taxonomy?.Dpv), p.Taxonomy is { Tcf.Count: > 0 } t ? string.Join(", ", t.Tcf) : Nothing, p.Description ?? Nothing);
            return table;
        }, "Equivalents in other taxonomies: docs/taxonomy.md.");
        Section(output, "Categories", report.Categories.Count, () =>
        {
            var table = new MarkdownTable("Category", "Fides data category");
            foreach (var c in report.Categories)
                table.Add(c.IsSpecialCategory ? $"**{c.Name}** (Art. 9)" : c.Name, Code(c.Fides));
            return table;
        });
    }

    private static void WriteLegalBases(AuditReport report, TextWriter output, bool multiProject)
    {
        Section(output, "Legal bases", report.LegalBases.Count, () =>
        {
            var table = new MarkdownTable(Headers(multiProject, "Purpose", "Basis", "Assessment", "Notice date", "Declared at"));
            foreach (var b in report.LegalBases)
                table.Add(Row(multiProject, b.Project, b.Purpose, b.IsDeclared ? b.Basis : b.Basis + " (default)",
                    b.Assessment ?? Nothing, b.NoticeDate ?? Nothing, b.IsDeclared ? (b.Location.Line > 0 ? b.Location.ToString() : "a referenced assembly") : Nothing));
            return table;
        }, "Consent unless declared otherwise; legitimate interest is granted only to members notified before the processing who did not object (docs/legal-basis.md).");
        if (report.BasisAdvisories.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine("Exemptions that belong in a legal-basis declaration (an exemption asks no provider, so objections are not enforced):");
        output.WriteLine();
        foreach (var a in report.BasisAdvisories)
            output.WriteLine($"- [ConsentExempt({a.Purpose})] on {MarkdownTable.Code(a.DeclaredOn)} at {a.Location}{(multiProject ? " (" + a.Project + ")" : "")}: {a.Reason}");
    }

    public static string Summary(AuditReport report)
    {
        var t = report.Totals;
        var f = t.Findings;
        return $"{Count(t.Projects, "project")} · {Count(t.PersonalData, "personal-data member")} in {Count(t.PersonalDataTypes, "type")}"
            + $" ({t.SpecialCategoryData} special-category) · {Count(t.Sinks, "sink")} · {Count(t.Checks, "consent check")} · {t.Cleared} cleared"
            + $" · {Count(t.Anonymizers, "anonymizer")} · {Count(t.Exemptions, "exemption")} ({Count(t.ExemptFlows, "exempt flow")})"
            + $" · findings: {Count(f.Errors, "error")}, {Count(f.Warnings, "warning")}, {f.Infos} info, {f.Suppressed} suppressed";
    }

    private static string Code(string? text) => text is null ? Nothing : MarkdownTable.Code(text);

    private static string Count(int count, string noun) => count + " " + noun + (count == 1 ? "" : "s");

    private static void WriteMatrix(AuditReport report, TextWriter output)
    {
        var matrix = report.Matrix;
        Section(output, "Purpose × category", matrix.Categories.Count, () =>
        {
            var table = new MarkdownTable(new[] { "Purpose" }.Concat(matrix.Categories.Select(c => AuditInventory.SpecialCategories.Contains(c) ? c + " (Art. 9)" : c)).Append("Total").ToArray());
            foreach (var purpose in matrix.Purposes)
            {
                var counts = matrix.Categories.Select(c => matrix.Count(purpose, c)).ToList();
                if (counts.Sum() == 0 && purpose == AuditReport.NoPurposeRow)
                    continue;
                table.Add(new[] { purpose == AuditReport.NoPurposeRow ? "_no purpose declared_" : purpose }
                    .Concat(counts.Select(n => n == 0 ? "·" : n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Append(counts.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            }
            return table;
        }, "Each cell counts the personal-data members of a category that declare the purpose.");
    }

    private static void WriteExemptions(AuditReport report, TextWriter output, bool multiProject)
    {
        Section(output, "Exemptions", report.Exemptions.Count, () =>
        {
            var table = new MarkdownTable(Headers(multiProject, "Purpose", "Declared on", "Justification", "Ticket", "Expires", "Exempt flows", "Location"));
            foreach (var e in report.Exemptions)
                table.Add(Row(multiProject, e.Project, e.Purpose, MarkdownTable.Code(e.DeclaredOn),
                    e.Justification ?? "**missing** (CG0009)", e.Ticket ?? "·", e.Expires ?? "·",
                    e.Flows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Location.ToString()));
            return table;
        });
        var flows = report.Exemptions.SelectMany(e => e.Flows.Select(f => (e.Purpose, Flow: f))).ToList();
        if (flows.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine("Exempt flows (not reported as findings because of the exemption):");
        output.WriteLine();
        foreach (var (purpose, flow) in flows)
            output.WriteLine($"- {string.Join(", ", flow.Origins)} → {purpose} in {MarkdownTable.Code(flow.Member)} at {flow.Location}");
    }

    private static void WriteFindings(AuditReport report, TextWriter output, bool multiProject)
    {
        Section(output, "Findings", report.Findings.Count, () =>
        {
            var table = new MarkdownTable(Headers(multiProject, "Rule", "Severity", "Message", "Location", "Suppressed"));
            foreach (var f in report.Findings)
                table.Add(Row(multiProject, f.Project, f.HelpUri is null ? f.Id : $"[{f.Id}]({f.HelpUri})",
                    f.IsSuppressed ? f.Severity : $"**{f.Severity}**", f.Message, f.Location.ToString(), SuppressionCell(f.Suppression)));
            return table;
        });
    }

    private static string SuppressionCell(SuppressionEntry? suppression) => suppression switch
    {
        null => "no",
        { Justification: { } why } => $"yes ({suppression.Kind}): {why}",
        _ => $"yes ({suppression.Kind}), no justification given",
    };

    private static void Section(TextWriter output, string title, int count, System.Func<MarkdownTable> table, string? note = null)
    {
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        if (count == 0)
        {
            output.WriteLine("_None._");
            return;
        }
        if (note is not null)
        {
            output.WriteLine(note);
            output.WriteLine();
        }
        table().WriteTo(output);
    }

    private static string MemberCell(string member, string? parameter, string kind) => kind switch
    {
        "type" => "_(the type itself)_",
        "parameter" => $"{MarkdownTable.Code(member)} parameter {MarkdownTable.Code(parameter ?? "")}",
        "return" => $"{MarkdownTable.Code(member)} return value",
        _ => MarkdownTable.Code(member),
    };

    private static string Where(SourceLocation location) => location.IsGenerated ? location + " (generated)" : location.ToString();

    private static string Purposes(IReadOnlyList<string> purposes) => purposes.Count == 0 ? Nothing : string.Join(", ", purposes);

    private static string[] Headers(bool multiProject, params string[] headers) => multiProject ? headers.Prepend("Project").ToArray() : headers;

    private static string[] Row(bool multiProject, string project, params string[] cells) => multiProject ? cells.Prepend(project).ToArray() : cells;
}
