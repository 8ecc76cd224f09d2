using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConsentGuard.Cli.CommandLine;

namespace ConsentGuard.Cli.Diff;

/// <summary>Two snapshots compared: per section, the entries added, removed and changed; and what --fail-on asks about.</summary>
internal sealed class PrivacyDiff
{
    public sealed record Change(string Key, string? Before, string? After);

    public sealed record SectionDiff(string Title, IReadOnlyList<Change> Added, IReadOnlyList<Change> Removed, IReadOnlyList<Change> Changed)
    {
        public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
    }

    private PrivacyDiff(IReadOnlyList<SectionDiff> sections, IReadOnlyList<string> newPurposes, IReadOnlyList<string> newPersonalData, IReadOnlyList<string> newFindings)
    {
        Sections = sections;
        NewPurposes = newPurposes;
        NewPersonalData = newPersonalData;
        NewFindings = newFindings;
    }

    public IReadOnlyList<SectionDiff> Sections { get; }

    /// <summary>Purposes the head adds: a new purpose, or a purpose newly declared on personal data ("Member.Email → Analytics").</summary>
    public IReadOnlyList<string> NewPurposes { get; }

    public IReadOnlyList<string> NewPersonalData { get; }

    /// <summary>Active findings the head has more of than the base.</summary>
    public IReadOnlyList<string> NewFindings { get; }

    public static PrivacyDiff Compare(PrivacySnapshot head, PrivacySnapshot @base)
    {
        var sections = PrivacySnapshot.Order.Select(title => Section(title, @base.Sections[title], head.Sections[title])).ToList();
        var newPurposes = head.Sections[PrivacySnapshot.Purposes].Keys.Where(p => !@base.Sections[PrivacySnapshot.Purposes].ContainsKey(p)).ToList();
        foreach (var (member, purposes) in head.PersonalPurposes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var before = @base.PersonalPurposes.TryGetValue(member, out var b) ? b : [];
            newPurposes.AddRange(purposes.Where(p => !before.Contains(p)).OrderBy(p => p, StringComparer.Ordinal).Select(p => $"{member} → {p}"));
        }
        var newPersonal = head.Sections[PrivacySnapshot.PersonalData].Keys.Where(k => !@base.Sections[PrivacySnapshot.PersonalData].ContainsKey(k)).ToList();
        var newFindings = head.ActiveFindings.Where(f => f.Value > (@base.ActiveFindings.TryGetValue(f.Key, out var n) ? n : 0)).Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        return new PrivacyDiff(sections, newPurposes, newPersonal, newFindings);
    }

    private static SectionDiff Section(string title, Dictionary<string, string> before, Dictionary<string, string> after) => new(
        title,
        after.Keys.Except(before.Keys).OrderBy(k => k, StringComparer.Ordinal).Select(k => new Change(k, null, after[k])).ToList(),
        before.Keys.Except(after.Keys).OrderBy(k => k, StringComparer.Ordinal).Select(k => new Change(k, before[k], null)).ToList(),
        after.Keys.Intersect(before.Keys).Where(k => before[k] != after[k]).OrderBy(k => k, StringComparer.Ordinal).Select(k => new Change(k, before[k], after[k])).ToList());

    /// <summary>What --fail-on names, as reasons (empty: exit code 0).</summary>
    public IReadOnlyList<string> Failures(DiffFailOn failOn) => failOn switch
    {
        DiffFailOn.NewPersonalData => NewPersonalData,
        DiffFailOn.NewPurpose => NewPurposes,
        DiffFailOn.NewFinding => NewFindings,
        _ => [],
    };

    /// <summary>Markdown for a pull-request comment: a summary line, then one section per kind of entry that changed.</summary>
    public void WriteMarkdown(TextWriter output, string baseLabel, string headLabel)
    {
        output.WriteLine($"## ConsentGuard privacy diff: {baseLabel} → {headLabel}");
        output.WriteLine();
        if (Sections.All(s => s.IsEmpty))
        {
            output.WriteLine("No change to personal data, categories, purposes, sinks, consent checks, cleared members, anonymizers, exemptions or findings.");
            return;
        }
        output.WriteLine(string.Join(" · ", Sections.Where(s => !s.IsEmpty).Select(s => $"{s.Title}: +{s.Added.Count} −{s.Removed.Count} ~{s.Changed.Count}")));
        if (NewPurposes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("**New purposes:** " + string.Join(", ", NewPurposes));
        }
        foreach (var section in Sections.Where(s => !s.IsEmpty))
        {
            output.WriteLine();
            output.WriteLine($"### {section.Title}");
            output.WriteLine();
            output.WriteLine("| change | entry | before | after |");
            output.WriteLine("|---|---|---|---|");
            foreach (var c in section.Added)
                output.WriteLine($"| added | {Cell(c.Key)} | | {Cell(c.After)} |");
            foreach (var c in section.Removed)
                output.WriteLine($"| removed | {Cell(c.Key)} | {Cell(c.Before)} | |");
            foreach (var c in section.Changed)
                output.WriteLine($"| changed | {Cell(c.Key)} | {Cell(c.Before)} | {Cell(c.After)} |");
        }
    }

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
