using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    // What is personal data, of which category, for which purposes; the origins a value of a type carries.
    internal sealed partial class ConsentModel
    {
        private readonly ConcurrentDictionary<ISymbol, PersonalDataInfo?> _personalData = new ConcurrentDictionary<ISymbol, PersonalDataInfo?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<Origin>> _typeOrigins = new ConcurrentDictionary<ITypeSymbol, ImmutableArray<Origin>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<Origin>> _declaredPersonalMembers = new ConcurrentDictionary<ITypeSymbol, ImmutableArray<Origin>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _domainObjects = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, Origin> _origins = new ConcurrentDictionary<ISymbol, Origin>(SymbolEqualityComparer.Default);

        /// <summary>
        /// The [PersonalData] declaration of a field, property, parameter, method (its return value) or
        /// type, including positional-record parameters, overridden and implemented members, interop
        /// attributes and ConsentGuard.txt; null when it is not personal data.
        /// </summary>
        public PersonalDataInfo? GetPersonalData(ISymbol symbol) =>
            CannotHoldPersonalData(symbol) ? null : _personalData.GetOrAdd(symbol.OriginalDefinition, ComputePersonalData);

        private PersonalDataInfo? ComputePersonalData(ISymbol symbol)
        {
            string? category = null;
            foreach (var declaration in Declarations(symbol))
            {
                category ??= CategoryAmong(declaration.GetAttributes());
                if (declaration is IMethodSymbol method)
                    category ??= CategoryAmong(method.GetReturnTypeAttributes());
            }
            if (symbol is ITypeSymbol type)
                for (var baseType = type.BaseType; category is null && baseType is not null; baseType = baseType.BaseType)
                    category = CategoryAmong(baseType.GetAttributes());
            category ??= External.SourceCategoryOf(symbol);
            return category is null ? null : new PersonalDataInfo(category, DeclaredPurposes(symbol));
        }

        private string? CategoryAmong(ImmutableArray<AttributeData> attributes) =>
            PersonalDataAttributes.PersonalDataAmong(attributes, PersonalDataAttribute) is { } attribute ? CategoryOf(attribute) : null;

        /// <summary>The category name of a personal-data attribute (Unspecified for a number no category has); null for other attributes.</summary>
        private string? CategoryOf(AttributeData attribute) =>
            PersonalDataAttributes.CategoryValue(attribute, PersonalDataAttribute) is { } value
                ? PersonalDataCategories.Names[value >= 0 && value < PersonalDataCategories.Names.Length ? value : 0]
                : null;

        private AttributeIdentity PersonalDataAttribute => AttributeIdentity.Of(Types.PersonalData);

        private AttributeIdentity ConsentPurposeAttribute => AttributeIdentity.Of(Types.ConsentPurpose);

        /// <summary>Purposes declared for a symbol's data: on it, on its containing type, and in ConsentGuard.txt.</summary>
        private PurposeSet DeclaredPurposes(ISymbol symbol)
        {
            var purposes = new List<string>();
            foreach (var declaration in Declarations(symbol))
            {
                purposes.AddRange(PersonalDataAttributes.Purposes(declaration.GetAttributes(), ConsentPurposeAttribute));
                if (declaration is IMethodSymbol method)
                    purposes.AddRange(PersonalDataAttributes.Purposes(method.GetReturnTypeAttributes(), ConsentPurposeAttribute));
                purposes.AddRange(External.DeclaredPurposesOf(declaration));
            }
            var owner = symbol as ITypeSymbol ?? symbol.ContainingType;
            if (symbol is IParameterSymbol)
                owner = null; // a parameter's purposes are its own
            purposes.AddRange(PersonalDataAttributes.TypeLevelPurposes(owner, ConsentPurposeAttribute));
            for (var type = owner; type is not null; type = type.BaseType)
                purposes.AddRange(External.DeclaredPurposesOf(type));
            return PurposeSet.Of(purposes);
        }

        /// <summary>True when the symbol (member or parameter) is marked [DataSubject].</summary>
        public bool IsDataSubject(ISymbol symbol) => Declarations(symbol).Any(d => PersonalDataAttributes.IsDataSubject(d, AttributeIdentity.Of(Types.DataSubject)));

        /// <summary>One origin per declaration: a member of a constructed generic type is its definition's origin.</summary>
        public Origin OriginOf(ISymbol symbol, PersonalDataInfo info) => _origins.GetOrAdd(symbol.OriginalDefinition, s => Origin.ForSymbol(s, info));

        /// <summary>
        /// The origins of a value of <paramref name="type"/>: the type itself when it is [PersonalData];
        /// else its [PersonalData] fields and properties; for arrays and generic types (collections, tasks,
        /// nullables, tuples) those of their element and type arguments. Empty when the type is not personal.
        /// </summary>
        public ImmutableArray<Origin> GetTypeOrigins(ITypeSymbol? type)
        {
            if (type is null || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Error or TypeKind.Pointer or TypeKind.TypeParameter or TypeKind.Dynamic)
                return ImmutableArray<Origin>.Empty;
            return _typeOrigins.GetOrAdd(type, ComputeTypeOrigins);
        }

        // Recursion goes through the cache: type arguments and array elements are structurally smaller, so it ends.
        private ImmutableArray<Origin> ComputeTypeOrigins(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
                return GetTypeOrigins(array.ElementType);
            if (IsTypePersonal(type) is { } typeInfo)
                return ImmutableArray.Create(OriginOf(type, typeInfo));

            var origins = ImmutableArray.CreateBuilder<Origin>();
            if (type is INamedTypeSymbol named && !named.TypeArguments.IsDefaultOrEmpty)
                foreach (var argument in named.TypeArguments)
                    origins.AddRange(GetTypeOrigins(argument));
            if (type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface)
                origins.AddRange(DeclaredPersonalMembers(type));
            return origins.Count == 0 ? ImmutableArray<Origin>.Empty : origins.Distinct().ToImmutableArray();
        }

        private PersonalDataInfo? IsTypePersonal(ITypeSymbol type)
        {
            if (GetPersonalData(type) is { } info)
                return info;
            foreach (var iface in type.AllInterfaces)
                if (GetPersonalData(iface) is { } inherited)
                    return inherited;
            return null;
        }

        /// <summary>
        /// <see cref="PersonalMembers"/> of a type's definition, once per definition: attributes sit on declarations, so
        /// <c>List&lt;Member&gt;</c> and <c>List&lt;int&gt;</c> share <c>List&lt;T&gt;</c>'s answer, and the framework's generic
        /// types are not walked member by member for every instantiation.
        /// </summary>
        private ImmutableArray<Origin> DeclaredPersonalMembers(ITypeSymbol type) =>
            _declaredPersonalMembers.GetOrAdd(type.OriginalDefinition, definition => PersonalMembers(definition).Distinct().ToImmutableArray());

        /// <summary>The [PersonalData] instance fields and properties of a type and its base types.</summary>
        public IEnumerable<Origin> PersonalMembers(ITypeSymbol type)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                // A level from an assembly that can hold no personal data (the framework's List<T>, Exception) has no
                // [PersonalData] member: GetPersonalData would say null for each of them, so they are not walked.
                if (!CannotHoldPersonalData(current))
                {
                    foreach (var member in current.GetMembers())
                    {
                        if (member.IsStatic || member.IsImplicitlyDeclared && member is not IPropertySymbol)
                            continue;
                        if (member is IFieldSymbol { AssociatedSymbol: null } or IPropertySymbol && GetPersonalData(member) is { } info)
                            yield return OriginOf(member, info);
                    }
                }
                if (type.TypeKind == TypeKind.Interface)
                    break;
            }
        }

        /// <summary>
        /// True for an object that merely has personal members (a domain object such as <c>Member</c>), whose
        /// other members (<c>member.Connections</c>) are not personal; false for [PersonalData] types,
        /// collections, tuples, strings and anything else whose parts all carry what the whole carries.
        /// </summary>
        public bool HasPersonalMembersOnly(ITypeSymbol? type) =>
            type is not null && type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && _domainObjects.GetOrAdd(type, t => !IsPersonalType(t) && PersonalMembers(t).Any());

        /// <summary>True when values of the type are personal because of the type itself, not just because it has personal members.</summary>
        public bool IsPersonalType(ITypeSymbol? type) => type is not null && IsTypePersonal(type) is not null;
    }
}
