using System;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// Where a piece of personal data comes from: a [PersonalData] member, parameter or type, a value
    /// cleared by another assembly (origin unknown), or, while summarizing a method, one of its parameters.
    /// </summary>
    internal sealed class Origin : IEquatable<Origin>
    {
        private Origin(ISymbol? symbol, string display, PurposeSet? declaredPurposes, string category, int parameterOrdinal)
        {
            Symbol = symbol;
            Display = display;
            DeclaredPurposes = declaredPurposes;
            Category = category;
            ParameterOrdinal = parameterOrdinal;
        }

        /// <summary>The declaring symbol; null for an unknown origin.</summary>
        public ISymbol? Symbol { get; }

        /// <summary>How messages name it: <c>Member.Headline</c>.</summary>
        public string Display { get; }

        /// <summary>The purposes its data may be used for; null when unknown (purpose limitation is not checked).</summary>
        public PurposeSet? DeclaredPurposes { get; }

        /// <summary>The <c>PersonalDataCategory</c> member name.</summary>
        public string Category { get; }

        /// <summary>&gt;= 0 for the placeholder of a parameter while a method is summarized.</summary>
        public int ParameterOrdinal { get; }

        public bool IsParameterPlaceholder => ParameterOrdinal >= 0;

        public static Origin ForSymbol(ISymbol symbol, PersonalDataInfo info) =>
            new Origin(symbol, DisplayOf(symbol), info.Purposes, info.Category, -1);

        /// <summary>Data cleared by a member whose body we cannot see: its origins are unknown.</summary>
        public static Origin Unknown(string display) => new Origin(null, display, null, "Unspecified", -1);

        public static Origin Parameter(int ordinal) => new Origin(null, "parameter #" + ordinal, null, "Unspecified", ordinal);

        public static string DisplayOf(ISymbol symbol) => symbol switch
        {
            IParameterSymbol p => "parameter '" + p.Name + "'",
            ITypeSymbol t => t.Name,
            IMethodSymbol m => (m.ContainingType?.Name is { } owner ? owner + "." : "") + m.Name + "()",
            _ => (symbol.ContainingType?.Name is { } type ? type + "." : "") + symbol.Name,
        };

        public bool Equals(Origin? other) =>
            other is not null
            && ParameterOrdinal == other.ParameterOrdinal
            && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol)
            && (Symbol is not null || string.Equals(Display, other.Display, StringComparison.Ordinal));

        public override bool Equals(object? obj) => Equals(obj as Origin);

        public override int GetHashCode() =>
            Symbol is not null ? SymbolEqualityComparer.Default.GetHashCode(Symbol) : unchecked(StringComparer.Ordinal.GetHashCode(Display) * 7 + ParameterOrdinal);

        public override string ToString() => Display;
    }

    /// <summary>What a [PersonalData] declaration says: its category and the purposes declared for it.</summary>
    internal sealed class PersonalDataInfo
    {
        public PersonalDataInfo(string category, PurposeSet purposes)
        {
            Category = category;
            Purposes = purposes;
        }

        public string Category { get; }

        public PurposeSet Purposes { get; }
    }

    /// <summary>How a consent check reports its answer.</summary>
    internal enum CheckKind
    {
        /// <summary>Returns bool: true only when consent is granted.</summary>
        Boolean,
        /// <summary>Returns Task&lt;bool&gt;/ValueTask&lt;bool&gt;: awaited, true only when consent is granted.</summary>
        AsyncBoolean,
        /// <summary>Returns nothing (void, Task, ValueTask): throws when consent is not granted.</summary>
        Throwing,
    }

    /// <summary>A consent check: which purpose it checks (fixed or an argument), and how it answers.</summary>
    internal sealed class CheckInfo
    {
        public CheckInfo(CheckKind kind, string? fixedPurpose, int purposeParameterOrdinal)
        {
            Kind = kind;
            FixedPurpose = fixedPurpose;
            PurposeParameterOrdinal = purposeParameterOrdinal;
        }

        public CheckKind Kind { get; }

        /// <summary>The purpose of <c>[ConsentCheck("P")]</c>; null when it is the <c>purpose</c> argument.</summary>
        public string? FixedPurpose { get; }

        /// <summary>Ordinal of the <c>string purpose</c> parameter, or -1.</summary>
        public int PurposeParameterOrdinal { get; }
    }

    /// <summary>A [ConsentExempt] in force: the purpose, its justification and where it is declared.</summary>
    internal sealed class Exemption
    {
        public Exemption(string purpose, string? justification, ISymbol declaredOn, AttributeData attribute, string? ticket = null, string? expires = null)
        {
            Ticket = ticket;
            Expires = expires;
            Purpose = purpose;
            Justification = justification;
            DeclaredOn = declaredOn;
            Attribute = attribute;
        }

        public string Purpose { get; }
        public string? Justification { get; }
        public ISymbol DeclaredOn { get; }
        public AttributeData Attribute { get; }

        /// <summary>The owner's ticket (<c>Ticket = "PRIV-123"</c>), when given.</summary>
        public string? Ticket { get; }

        /// <summary>The last day the exemption holds, as written (<c>yyyy-MM-dd</c>); CG0013 reports it once past.</summary>
        public string? Expires { get; }
    }
}
