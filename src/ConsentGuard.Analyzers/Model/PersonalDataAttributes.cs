using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// How the attributes that describe personal data are read: <c>[PersonalData]</c> and the interop attributes read as
    /// it (docs/semantics.md §1.1), its category, <c>[ConsentPurpose]</c> on a member and on its type, <c>[DataSubject]</c>,
    /// and where a positional record property's attributes sit. One reading for the analyzers' model
    /// (<see cref="ConsentModel"/>) and for the accessor rule (<see cref="AccessorEligibility"/>): what the flow rules call
    /// personal, and for which purposes, is what the generated views expose. The two tell ConsentGuard's own attribute
    /// types apart differently (<see cref="AttributeIdentity"/>); everything else is read here.
    /// </summary>
    internal static class PersonalDataAttributes
    {
        /// <summary>The first of <paramref name="attributes"/> that marks personal data: <c>[PersonalData]</c> or an interop attribute.</summary>
        public static AttributeData? PersonalDataAmong(ImmutableArray<AttributeData> attributes, AttributeIdentity personalData)
        {
            foreach (var attribute in attributes)
                if (personalData.Matches(attribute) || IsInterop(attribute))
                    return attribute;
            return null;
        }

        /// <summary>
        /// The <c>PersonalDataCategory</c> value the attribute declares: <c>[PersonalData]</c>'s argument, or 0 (Unspecified)
        /// when it has none; 0 for an interop attribute; null when the attribute does not mark personal data.
        /// </summary>
        public static int? CategoryValue(AttributeData attribute, AttributeIdentity personalData)
        {
            if (personalData.Matches(attribute))
                return attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Enum, Value: int value }
                    ? value
                    : 0;
            return IsInterop(attribute) ? 0 : null;
        }

        /// <summary>
        /// An interop attribute, by full name through the attribute's base types (compared name by name: this runs for every
        /// attribute of every member): ASP.NET Core Identity's <c>[PersonalData]</c> and <c>[ProtectedPersonalData]</c> (which
        /// derives from it, but a copy of it need not), and <c>DataClassificationAttribute</c> with every classification
        /// derived from it.
        /// </summary>
        public static bool IsInterop(AttributeData attribute)
        {
            for (var type = attribute.AttributeClass; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                var interop = type.Name switch
                {
                    "PersonalDataAttribute" => SymbolNames.HasFullName(type, WellKnownTypes.IdentityPersonalDataName),
                    "ProtectedPersonalDataAttribute" => SymbolNames.HasFullName(type, WellKnownTypes.IdentityProtectedPersonalDataName),
                    "DataClassificationAttribute" => SymbolNames.HasFullName(type, WellKnownTypes.DataClassificationAttributeName),
                    _ => false,
                };
                if (interop)
                    return true;
            }
            return false;
        }

        /// <summary>The purpose of each <c>[ConsentPurpose]</c> among <paramref name="attributes"/> that names one.</summary>
        public static IEnumerable<string> Purposes(ImmutableArray<AttributeData> attributes, AttributeIdentity consentPurpose)
        {
            foreach (var attribute in attributes)
                if (consentPurpose.Matches(attribute) && AttributeReader.FirstString(attribute) is { } purpose)
                    yield return purpose;
        }

        /// <summary><c>[ConsentPurpose]</c> on a type and its base types, which applies to every personal member of the type.</summary>
        public static IEnumerable<string> TypeLevelPurposes(ITypeSymbol? type, AttributeIdentity consentPurpose)
        {
            for (var current = type; current is not null; current = current.BaseType)
                foreach (var purpose in Purposes(current.GetAttributes(), consentPurpose))
                    yield return purpose;
        }

        public static bool IsDataSubject(ISymbol symbol, AttributeIdentity dataSubject) => symbol.GetAttributes().Any(dataSubject.Matches);

        /// <summary>
        /// The primary-constructor parameter a record's positional property was declared by (the same syntax), where the
        /// attributes written on the positional member without a <c>property:</c> target land.
        /// </summary>
        public static IParameterSymbol? PositionalParameterOf(IPropertySymbol property)
        {
            if (property.ContainingType is not { IsRecord: true } type || property.DeclaringSyntaxReferences.Length != 1)
                return null;
            var declaration = property.DeclaringSyntaxReferences[0];
            foreach (var constructor in type.InstanceConstructors)
                foreach (var parameter in constructor.Parameters)
                    if (parameter.Name == property.Name
                        && parameter.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == declaration.SyntaxTree && r.Span == declaration.Span))
                        return parameter;
            return null;
        }
    }
}
