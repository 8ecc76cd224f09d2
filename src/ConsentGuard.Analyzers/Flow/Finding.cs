using System.Collections.Immutable;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>What went wrong at a sink, independent of how it is reported.</summary>
    internal enum FindingKind
    {
        /// <summary>CG0001: consent for the purpose is not established.</summary>
        Unchecked,
        /// <summary>CG0002: an origin does not declare the purpose (purpose limitation).</summary>
        UndeclaredPurpose,
        /// <summary>CG0003: consent is established only for other purposes.</summary>
        OtherPurposeChecked,
        /// <summary>CG0016: special-category data reaches a purpose that rests on legitimate interest (UndeclaredOrigins: those origins).</summary>
        SpecialCategoryUnderLegitimateInterest,
    }

    /// <summary>A personal value reaching a sink for <see cref="Purpose"/> without what it needs.</summary>
    internal sealed class Finding
    {
        public Finding(FindingKind kind, string purpose, SyntaxNode node, ImmutableArray<string> origins, ImmutableArray<string> undeclaredOrigins, PurposeSet otherPurposes)
        {
            Kind = kind;
            Purpose = purpose;
            Node = node;
            Origins = origins;
            UndeclaredOrigins = undeclaredOrigins;
            OtherPurposes = otherPurposes;
        }

        public FindingKind Kind { get; }
        public string Purpose { get; }

        /// <summary>The argument, assigned value or returned expression.</summary>
        public SyntaxNode Node { get; }

        public ImmutableArray<string> Origins { get; }
        public ImmutableArray<string> UndeclaredOrigins { get; }
        public PurposeSet OtherPurposes { get; }
    }

    /// <summary>A flow to a purpose that a [ConsentExempt] let through: not reported, but listed by audits.</summary>
    internal sealed class ExemptFlow
    {
        public ExemptFlow(string purpose, SyntaxNode node, ImmutableArray<string> origins)
        {
            Purpose = purpose;
            Node = node;
            Origins = origins;
        }

        public string Purpose { get; }
        public SyntaxNode Node { get; }
        public ImmutableArray<string> Origins { get; }
    }
}
