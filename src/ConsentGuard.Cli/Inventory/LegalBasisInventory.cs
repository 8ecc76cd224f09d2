using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ConsentGuard.Analyzers.Model;

namespace ConsentGuard.Cli.Inventory;

/// <summary>
/// A purpose's legal basis as the audited code declares it (docs/legal-basis.md): <c>consent</c> (declared or, with
/// <see cref="IsDeclared"/> false, by default) or <c>legitimate-interest</c> with its assessment reference and notice date.
/// </summary>
public sealed record LegalBasisEntry(
    string Project, string Purpose, string Basis, bool IsDeclared, string? Assessment, string? NoticeDate, SourceLocation Location);

/// <summary>
/// An exemption that looks like a legitimate interest modelled as <c>[ConsentExempt]</c>: it asks no provider, so an
/// objection is never checked. <see cref="Reason"/> says which rule of <see cref="LegalBasisInventory.Advise"/> matched.
/// </summary>
public sealed record BasisAdvisoryEntry(string Project, string Purpose, string DeclaredOn, string Reason, SourceLocation Location);

/// <summary>The legal bases of a project, asked of the analyzer's <see cref="ConsentModel"/>, and the exemptions that belong in a basis declaration.</summary>
public static class LegalBasisInventory
{
    public const string Consent = "consent";
    public const string LegitimateInterest = "legitimate-interest";

    /// <summary>
    /// Words in a justification that name legitimate interest or its opt-out: "legitimate interest", Art. 6(1)(f), an LIA
    /// reference, "opt-out", "right to object". Deliberately narrow: a false hint costs a reviewer's minute, a vague rule
    /// that fires on every exemption would be ignored.
    /// </summary>
    private static readonly Regex LegitimateInterestWords = new(
        @"legitimate[\s-]+interest|\b6\s*\(\s*1\s*\)\s*\(\s*f\s*\)|\bLIA\b|\bopt[\s-]?out\b|\bright\s+to\s+object\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    internal static void Add(ConsentModel model, ProjectInventory inventory, SourceLocations locations, string project)
    {
        foreach (var purpose in inventory.Purposes)
        {
            var declared = model.LegalBases.Of(purpose.Name);
            inventory.LegalBases.Add(declared is null
                ? new LegalBasisEntry(project, purpose.Name, Consent, IsDeclared: false, null, null, SourceLocation.None)
                : new LegalBasisEntry(project, purpose.Name, declared.IsLegitimateInterest ? LegitimateInterest : Consent, IsDeclared: true,
                    declared.Assessment, declared.NoticeDate, declared.InThisCompilation ? locations.Of(declared.Location) : SourceLocation.None));
        }
    }

    /// <summary>
    /// The rule (docs/audit.md): an exemption is pointed out when (1) its purpose rests on legitimate interest in its project
    /// (the exemption skips the check that answers "not objected", so objections to that purpose are not enforced there), or
    /// (2) its justification names legitimate interest, Art. 6(1)(f), an LIA, an opt-out or the right to object: the basis
    /// belongs in <c>[assembly: LegalBasis]</c>, where objections are enforced.
    /// </summary>
    public static IReadOnlyList<BasisAdvisoryEntry> Advise(IEnumerable<ExemptionEntry> exemptions, IEnumerable<LegalBasisEntry> bases)
    {
        var legitimate = bases.Where(b => b.Basis == LegitimateInterest).Select(b => (b.Project, b.Purpose)).ToHashSet();
        var advisories = new List<BasisAdvisoryEntry>();
        foreach (var exemption in exemptions)
        {
            string? reason = null;
            if (legitimate.Contains((exemption.Project, exemption.Purpose)))
                reason = $"'{exemption.Purpose}' rests on legitimate interest: this exemption skips the objection check, so members who objected are still processed here";
            else if (exemption.Justification is { } why && LegitimateInterestWords.Match(why) is { Success: true } match)
                reason = $"the justification names \"{match.Value}\": declare [assembly: LegalBasis({exemption.Purpose}, LegalBasisKind.LegitimateInterest, …)] and check the purpose, so objections are enforced";
            if (reason is not null)
                advisories.Add(new BasisAdvisoryEntry(exemption.Project, exemption.Purpose, exemption.DeclaredOn, reason, exemption.Location));
        }
        return advisories;
    }
}
