using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>Small, defensive readers of attribute data: attributes on half-typed code may lack arguments or types.</summary>
    internal static class AttributeReader
    {
        public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
            type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

        /// <summary>The first constructor argument when it is a string (null for a missing, null or non-string argument).</summary>
        public static string? FirstString(AttributeData attribute) =>
            attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Primitive
                ? attribute.ConstructorArguments[0].Value as string
                : null;

        public static string? NamedString(AttributeData attribute, string name)
        {
            foreach (var pair in attribute.NamedArguments)
                if (pair.Key == name && pair.Value.Kind == TypedConstantKind.Primitive)
                    return pair.Value.Value as string;
            return null;
        }

        /// <summary>The purposes of every attribute of <paramref name="type"/> on <paramref name="symbol"/>.</summary>
        public static IEnumerable<string> Purposes(ISymbol symbol, INamedTypeSymbol? type)
        {
            if (type is null)
                yield break;
            foreach (var attribute in symbol.GetAttributes())
                if (Is(attribute, type) && FirstString(attribute) is { } purpose)
                    yield return purpose;
        }

        public static IEnumerable<string> ReturnPurposes(IMethodSymbol method, INamedTypeSymbol? type)
        {
            if (type is null)
                yield break;
            foreach (var attribute in method.GetReturnTypeAttributes())
                if (Is(attribute, type) && FirstString(attribute) is { } purpose)
                    yield return purpose;
        }

        public static bool Has(ISymbol symbol, INamedTypeSymbol? type)
        {
            if (type is null)
                return false;
            foreach (var attribute in symbol.GetAttributes())
                if (Is(attribute, type))
                    return true;
            return false;
        }

        /// <summary>True when the attribute's class or one of its bases has the full metadata name <paramref name="fullName"/>.</summary>
        public static bool DerivesFromName(AttributeData attribute, string fullName)
        {
            for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
                if (SymbolNames.HasFullName(type, fullName))
                    return true;
            return false;
        }
    }
}
