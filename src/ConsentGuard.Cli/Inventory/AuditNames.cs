using Microsoft.CodeAnalysis;

namespace ConsentGuard.Cli.Inventory;

/// <summary>How the audit names symbols: types with their namespace, members short enough to read in a table.</summary>
internal static class AuditNames
{
    private static readonly SymbolDisplayFormat TypeFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>Methods with their parameter types, so overloads stay apart: <c>Add(string)</c>.</summary>
    private static readonly SymbolDisplayFormat MemberFormat = new(
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static string TypeName(ITypeSymbol? type) => type?.ToDisplayString(TypeFormat) ?? "";

    /// <summary>The member as written inside its type; constructors read as the type's name.</summary>
    public static string MemberName(ISymbol member)
    {
        var display = member.ToDisplayString(MemberFormat);
        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor)
            return constructor.ContainingType.Name + display.Substring(display.IndexOf('('));
        return display;
    }

    /// <summary><c>Type.Member</c> without namespaces, for sentences and tables.</summary>
    public static string ShortName(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => type.Name,
        _ when symbol.ContainingType is { } owner => owner.Name + "." + MemberName(symbol),
        _ => MemberName(symbol),
    };

    /// <summary>The documentation-comment ID (as in ConsentGuard.txt), or the display name when there is none.</summary>
    public static string IdOf(ISymbol symbol) => symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString();
}
