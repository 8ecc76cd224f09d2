using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// The one rule (README 'Generated accessors') for which types get generated consent accessors, what goes into each view, and why a
    /// type or purpose gets none. The generator's parser turns an eligible plan into code; the
    /// <c>AccessorEligibilityAnalyzer</c> turns the reasons into CG0006 and CG0011. Because both read this, what is
    /// reported is exactly what is (not) generated.
    /// </summary>
    /// <remarks>
    /// Only attributes are read (by name, so no per-compilation type resolution is needed in the generator), and only
    /// the members the type itself declares, including positional record parameters. ConsentGuard.txt declares
    /// third-party APIs and does not shape generated code.
    /// </remarks>
    internal static class AccessorEligibility
    {
        /// <summary>Every generated file's name ends so; how the analyzer tells generated members from the user's.</summary>
        public const string GeneratedFileSuffix = ".ConsentAccessors.g.cs";

        /// <summary>The generated files use <c>#nullable enable</c> and nullable annotations.</summary>
        public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp8;

        private static readonly AttributeIdentity PersonalDataAttribute = AttributeIdentity.Named(WellKnownTypes.PersonalDataName);
        private static readonly AttributeIdentity ConsentPurposeAttribute = AttributeIdentity.Named(WellKnownTypes.ConsentPurposeName);
        private static readonly AttributeIdentity DataSubjectAttribute = AttributeIdentity.Named(WellKnownTypes.DataSubjectName);

        /// <summary>Names a view property may not have: they would hide a member of <c>object</c> (CS0108).</summary>
        private static readonly ImmutableHashSet<string> ObjectMemberNames = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize");

        /// <summary>
        /// The plan for <paramref name="type"/>; null when it is no candidate (no personal member of its own declares a
        /// well-formed purpose, it is not a class or struct) or when its declaration is already broken, which the
        /// compiler reports.
        /// </summary>
        public static AccessorPlan? Evaluate(INamedTypeSymbol type, LanguageVersion languageVersion, CancellationToken cancellationToken)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsStatic || type.IsImplicitlyDeclared
                || !type.CanBeReferencedByName || ContainingTypes(type).Any(t => !t.CanBeReferencedByName))
                return null; // half-typed declarations (no name yet) have nothing to extend

            if (!AnyMemberCarriesAttributes(type, cancellationToken))
                return null;
            var members = PersonalMembers(type, cancellationToken);
            if (!members.Any(m => m.Purposes.Length > 0))
                return null;

            var subjects = SubjectMembers(type);
            if (IsBroken(type) || subjects.Length == 1 && (SubjectType(subjects[0]) is { TypeKind: TypeKind.Error } || IsAmbiguous(type, subjects[0])))
                return null;

            var notPartial = ContainingTypes(type).Prepend(type).Where(t => !IsPartial(t, cancellationToken)).ToImmutableArray();
            var problems = TypeProblems(type, notPartial, subjects, languageVersion);
            if (problems.Length > 0)
                return new AccessorPlan(type, problems, subject: null, ImmutableArray<PurposePlan>.Empty, extensionClassName: null, extensionProblem: null)
                {
                    NotPartial = notPartial,
                    LacksSubject = subjects.IsEmpty,
                };

            var purposes = PlanPurposes(type, members, languageVersion, cancellationToken);
            var extensionClassName = type.Name + "ConsentExtensions";
            string? extensionProblem = null;
            if (!ExtensionsPossible(type))
                extensionClassName = null;
            else if (ExistingNamespaceMember(type.ContainingNamespace, extensionClassName) is { } existing)
            {
                extensionProblem = $"the extension class '{extensionClassName}' is not generated because {Describe(existing)} '{extensionClassName}' already exists in {NamespaceDisplay(type.ContainingNamespace)}";
                extensionClassName = null;
            }
            return new AccessorPlan(type, ImmutableArray<string>.Empty, subjects[0], purposes, extensionClassName, extensionProblem);
        }

        // ------------------------------------------------------------------ members

        /// <summary>The instance fields and properties <paramref name="type"/> declares that are personal data, in declaration order.</summary>
        private static ImmutableArray<PersonalMember> PersonalMembers(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            // Most types have no personal member: the type's own purposes are read only once one is found.
            ImmutableArray<string>? typePurposes = null;
            ImmutableArray<PersonalMember>.Builder? builder = null;
            foreach (var member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!IsDataMember(member))
                    continue;
                var declarations = Declarations(member);
                if (PersonalDataAttributeOn(declarations) is not { } personal)
                    continue;
                typePurposes ??= PersonalDataAttributes.TypeLevelPurposes(type, ConsentPurposeAttribute).ToImmutableArray();
                builder ??= ImmutableArray.CreateBuilder<PersonalMember>();
                var purposes = declarations
                    .SelectMany(d => PersonalDataAttributes.Purposes(d.GetAttributes(), ConsentPurposeAttribute))
                    .Concat(typePurposes.Value)
                    .Where(ConsentModel.IsWellFormedPurpose)
                    .Distinct(StringComparer.Ordinal)
                    .ToImmutableArray();
                builder.Add(new PersonalMember(member, MemberType(member), CategoryOf(personal), purposes));
            }
            return builder?.ToImmutable() ?? ImmutableArray<PersonalMember>.Empty;
        }

        private static AttributeData? PersonalDataAttributeOn(ImmutableArray<ISymbol> declarations)
        {
            foreach (var declaration in declarations)
                if (PersonalDataAttributes.PersonalDataAmong(declaration.GetAttributes(), PersonalDataAttribute) is { } attribute)
                    return attribute;
            return null;
        }

        /// <summary>
        /// Personal data is marked on a field, a property or a positional record parameter of the type itself: a type whose
        /// declarations put no attribute on any of them has none, and its members' attributes need not be bound (most
        /// types of a code base; the analyzer asks about every one).
        /// </summary>
        private static bool AnyMemberCarriesAttributes(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (type.DeclaringSyntaxReferences.IsEmpty)
                return true; // from metadata: nothing to read cheaply
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
                    return true;
                if (declaration is RecordDeclarationSyntax { ParameterList: { } parameters } && parameters.Parameters.Any(p => p.AttributeLists.Count > 0))
                    return true;
                foreach (var member in declaration.Members)
                    if (member is BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax && member.AttributeLists.Count > 0)
                        return true;
            }
            return false;
        }

        /// <summary>Instance fields and properties that code can name (no indexers, backing fields or explicit implementations).</summary>
        private static bool IsDataMember(ISymbol member) => member switch
        {
            IPropertySymbol p => !p.IsStatic && !p.IsIndexer && p.CanBeReferencedByName && p.ExplicitInterfaceImplementations.IsEmpty,
            IFieldSymbol f => !f.IsStatic && !f.IsConst && !f.IsImplicitlyDeclared && f.AssociatedSymbol is null && f.CanBeReferencedByName,
            _ => false,
        };

        private static ITypeSymbol MemberType(ISymbol member) => member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type;

        private static ImmutableArray<ISymbol> SubjectMembers(INamedTypeSymbol type) =>
            type.GetMembers()
                .Where(m => IsDataMember(m) && Declarations(m).Any(d => PersonalDataAttributes.IsDataSubject(d, DataSubjectAttribute)))
                .ToImmutableArray();

        private static ITypeSymbol SubjectType(ISymbol subject) => MemberType(subject);

        /// <summary>The member and, for a positional record property, the parameter that declares it (where unprefixed attributes land).</summary>
        private static ImmutableArray<ISymbol> Declarations(ISymbol member)
        {
            if (member is IPropertySymbol property && PersonalDataAttributes.PositionalParameterOf(property) is { } parameter)
                return ImmutableArray.Create<ISymbol>(member, parameter);
            return ImmutableArray.Create(member);
        }

        // ------------------------------------------------------------------ the type (CG0006)

        /// <summary>Why no accessors are generated for the type at all: the reasons CG0006 gives.</summary>
        /// <param name="notPartial">The type and those of its containers that are not partial.</param>
        private static ImmutableArray<string> TypeProblems(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> notPartial, ImmutableArray<ISymbol> subjects, LanguageVersion languageVersion)
        {
            var problems = ImmutableArray.CreateBuilder<string>();
            foreach (var nonPartial in notPartial)
                problems.Add(SymbolEqualityComparer.Default.Equals(nonPartial, type) ? "it is not partial" : $"its containing type '{nonPartial.Name}' is not partial");
            if (type.IsFileLocal || ContainingTypes(type).Any(t => t.IsFileLocal))
                problems.Add("it is file-local, so a generated file cannot extend it");
            if (type.IsRefLikeType)
                problems.Add("it is a ref struct, whose values cannot be viewed or enumerated");
            if (subjects.Length == 0)
                problems.Add("it declares no [DataSubject] member to look consent up by");
            else if (subjects.Length > 1)
                problems.Add($"it declares {subjects.Length} [DataSubject] members ({string.Join(", ", subjects.Select(s => "'" + s.Name + "'"))}); exactly one names the person consent is looked up for");
            else if (subjects[0] is IPropertySymbol { GetMethod: null })
                problems.Add($"its [DataSubject] property '{subjects[0].Name}' has no getter");
            else if (SubjectType(subjects[0]) is var subjectType && !CanBeBoxed(subjectType))
                problems.Add($"its [DataSubject] member '{subjects[0].Name}' has a type that cannot be turned into a subject id");
            if (languageVersion < MinimumLanguageVersion)
                problems.Add($"generated accessors need C# 8 or later (the project uses C# {languageVersion.ToDisplayString()})");
            return problems.ToImmutable();
        }

        private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Length > 0
            && type.DeclaringSyntaxReferences.All(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

        private static bool CanBeBoxed(ITypeSymbol type) =>
            !type.IsRefLikeType && type.TypeKind is not (TypeKind.Pointer or TypeKind.FunctionPointer);

        /// <summary>
        /// Declarations the compiler already rejects, where generated code could only add confusion: the type or a
        /// container shares its name and arity with a sibling (duplicate or conflicting declarations), or uses error types.
        /// </summary>
        private static bool IsBroken(INamedTypeSymbol type)
        {
            foreach (var current in ContainingTypes(type).Prepend(type))
            {
                var siblings = current.ContainingType is { } parent
                    ? parent.GetTypeMembers(current.Name, current.Arity)
                    : current.ContainingNamespace is { } ns ? ns.GetTypeMembers(current.Name, current.Arity) : ImmutableArray<INamedTypeSymbol>.Empty;
                if (siblings.Length > 1)
                    return true;
            }
            return false;
        }

        /// <summary>Another member of the same name (CS0102): <c>this.Name</c> would not bind.</summary>
        private static bool IsAmbiguous(INamedTypeSymbol type, ISymbol member) =>
            type.GetMembers(member.Name).Count(m => !IsGenerated(m)) > 1;

        private static IEnumerable<INamedTypeSymbol> ContainingTypes(INamedTypeSymbol type)
        {
            for (var container = type.ContainingType; container is not null; container = container.ContainingType)
                yield return container;
        }

        // ------------------------------------------------------------------ purposes (CG0011)

        /// <summary>One plan per purpose, in order of first declaration. Purposes whose view would use an error type are left out.</summary>
        private static ImmutableArray<PurposePlan> PlanPurposes(INamedTypeSymbol type, ImmutableArray<PersonalMember> members, LanguageVersion languageVersion, CancellationToken cancellationToken)
        {
            var order = members.SelectMany(m => m.Purposes).Distinct(StringComparer.Ordinal).ToArray();
            var taken = new Dictionary<string, string>(StringComparer.Ordinal); // generated name -> purpose that generates it
            var plans = ImmutableArray.CreateBuilder<PurposePlan>();
            foreach (var purpose in order)
            {
                var viewMembers = members.Where(m => m.Purposes.Contains(purpose)).ToImmutableArray();
                if (viewMembers.Any(m => ContainsErrorType(m.Type) || IsAmbiguous(type, m.Symbol)))
                    continue; // half-typed code or duplicate members: the compiler already reports them
                var names = GeneratedNames(purpose);
                var clash = NameClash(type, names, taken, languageVersion, cancellationToken) ?? ViewClash(type, viewMembers);
                var problem = clash is null ? null : $"the accessors for purpose '{purpose}' ({string.Join(", ", names)}) are not generated because {clash}";
                if (problem is null)
                    foreach (var name in names)
                        taken[name] = purpose;
                var accessibility = problem is null ? ViewAccessibility(viewMembers) : Accessibility.NotApplicable;
                plans.Add(new PurposePlan(purpose, names[0], viewMembers, accessibility, problem));
            }
            return plans.ToImmutable();
        }

        /// <summary><c>{P}View</c>, <c>For{P}</c>, <c>For{P}Async</c>.</summary>
        public static ImmutableArray<string> GeneratedNames(string purpose) =>
            ImmutableArray.Create(purpose + "View", "For" + purpose, "For" + purpose + "Async");

        /// <summary>Why one of the generated names cannot be declared in the type, if one cannot.</summary>
        private static string? NameClash(INamedTypeSymbol type, ImmutableArray<string> names, Dictionary<string, string> taken, LanguageVersion languageVersion, CancellationToken cancellationToken)
        {
            foreach (var name in names)
            {
                string? clash = null;
                if (name == type.Name)
                    clash = $"'{name}' is the name of the type itself";
                else if (type.TypeParameters.Any(t => t.Name == name))
                    clash = $"'{name}' is the name of a type parameter of '{type.Name}'";
                else if (type.GetMembers(name).FirstOrDefault(m => !IsGenerated(m)) is { } own)
                    clash = $"{Describe(own)} '{name}' already exists in '{type.Name}'";
                else if (InheritedMember(type, name) is { } inherited)
                    clash = $"{Describe(inherited)} '{name}' is inherited from '{inherited.ContainingType?.Name}'";
                else if (BaseGenerating(type, name, languageVersion, cancellationToken) is { } baseType)
                    clash = $"'{name}' is also generated for its base type '{baseType.Name}' and would be hidden";
                else if (taken.TryGetValue(name, out var other))
                    clash = $"'{name}' is already generated for purpose '{other}'";
                if (clash is not null)
                    return clash;
            }
            return null;
        }

        /// <summary>A non-private member of a base type that a generated member would hide (CS0108), other than generated ones.</summary>
        private static ISymbol? InheritedMember(INamedTypeSymbol type, string name)
        {
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
                foreach (var member in baseType.GetMembers(name))
                    if (member.DeclaredAccessibility != Accessibility.Private && !member.IsImplicitlyDeclared && !IsGenerated(member))
                        return member;
            return null;
        }

        /// <summary>
        /// A source base type whose own generated accessors include <paramref name="name"/>. The generator cannot see
        /// those members, so it asks the same rule about the base; the analyzer, which sees them, gets the same answer.
        /// </summary>
        private static INamedTypeSymbol? BaseGenerating(INamedTypeSymbol type, string name, LanguageVersion languageVersion, CancellationToken cancellationToken)
        {
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (baseType.DeclaringSyntaxReferences.IsEmpty)
                    continue;
                var plan = Evaluate(baseType.OriginalDefinition, languageVersion, cancellationToken);
                if (plan is { IsEligible: true } && plan.Purposes.Any(p => p.Problem is null && GeneratedNames(p.Purpose).Contains(name)))
                    return baseType;
            }
            return null;
        }

        /// <summary>Why a view of these members would not compile, if it would not.</summary>
        private static string? ViewClash(INamedTypeSymbol type, ImmutableArray<PersonalMember> members)
        {
            foreach (var member in members)
            {
                var name = member.Symbol.Name;
                string? problem = null;
                if (member.Symbol is IPropertySymbol { GetMethod: null })
                    problem = $"'{name}' has no getter";
                else if (!CanBeBoxed(member.Type) || ContainsPointer(member.Type))
                    problem = $"'{name}' has a type that cannot be stored in a view (a ref struct or pointer)";
                else if (EffectiveAccessibility(member.Type) is not (Accessibility.Public or Accessibility.Internal))
                    problem = $"the type of '{name}' is not accessible outside '{type.Name}'";
                else if (ObjectMemberNames.Contains(name))
                    problem = $"a view property '{name}' would hide object.{name}";
                if (problem is not null)
                    return problem;
            }
            return null;
        }

        /// <summary>Public when every view property's type is public; internal when one is internal.</summary>
        private static Accessibility ViewAccessibility(ImmutableArray<PersonalMember> members) =>
            members.All(m => EffectiveAccessibility(m.Type) == Accessibility.Public) ? Accessibility.Public : Accessibility.Internal;

        /// <summary>
        /// How far a type can be seen: the least accessible of itself, its containers and its type arguments, reduced to
        /// Public, Internal (internal or protected internal) or Private (anything narrower). Type parameters are public.
        /// </summary>
        public static Accessibility EffectiveAccessibility(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return EffectiveAccessibility(array.ElementType);
                case IPointerTypeSymbol pointer:
                    return EffectiveAccessibility(pointer.PointedAtType);
                case ITypeParameterSymbol:
                case IDynamicTypeSymbol:
                    return Accessibility.Public;
                case INamedTypeSymbol named:
                    var result = Accessibility.Public;
                    for (var current = named; current is not null; current = current.ContainingType)
                        result = Narrower(result, Reduce(current.DeclaredAccessibility));
                    foreach (var argument in named.TypeArguments)
                        result = Narrower(result, EffectiveAccessibility(argument));
                    return result;
                default:
                    return Accessibility.Public;
            }
        }

        private static Accessibility Reduce(Accessibility accessibility) => accessibility switch
        {
            Accessibility.Public => Accessibility.Public,
            Accessibility.Internal or Accessibility.ProtectedOrInternal => Accessibility.Internal,
            Accessibility.NotApplicable => Accessibility.Public, // e.g. tuple and error types
            _ => Accessibility.Private,
        };

        private static Accessibility Narrower(Accessibility a, Accessibility b) =>
            a == Accessibility.Private || b == Accessibility.Private ? Accessibility.Private
            : a == Accessibility.Internal || b == Accessibility.Internal ? Accessibility.Internal
            : Accessibility.Public;

        private static bool ContainsErrorType(ITypeSymbol type) => type switch
        {
            { TypeKind: TypeKind.Error } => true,
            IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(ContainsErrorType),
            _ => false,
        };

        private static bool ContainsPointer(ITypeSymbol type) => type switch
        {
            { TypeKind: TypeKind.Pointer or TypeKind.FunctionPointer } => true,
            IArrayTypeSymbol array => ContainsPointer(array.ElementType),
            _ => false,
        };

        // ------------------------------------------------------------------ the extension class

        /// <summary>
        /// The namespace-level extension class can name the type only when the type and its containers are at least
        /// internal, and its methods can declare the type parameters only when no two containers reuse a name.
        /// </summary>
        private static bool ExtensionsPossible(INamedTypeSymbol type)
        {
            if (EffectiveAccessibility(type) == Accessibility.Private)
                return false;
            var typeParameterNames = ContainingTypes(type).Prepend(type).SelectMany(t => t.TypeParameters).Select(t => t.Name).ToArray();
            return typeParameterNames.Distinct(StringComparer.Ordinal).Count() == typeParameterNames.Length;
        }

        /// <summary>A type (of arity 0) or namespace named <paramref name="name"/> that the user, not this generator, declared.</summary>
        private static ISymbol? ExistingNamespaceMember(INamespaceSymbol? containingNamespace, string name)
        {
            if (containingNamespace is null)
                return null;
            foreach (var member in containingNamespace.GetMembers(name))
                if (member is INamespaceSymbol || member is INamedTypeSymbol { Arity: 0 } && !IsGenerated(member))
                    return member;
            return null;
        }

        /// <summary>
        /// True for a symbol this generator declared: every declaration is in one of its files. (The analyzer sees the
        /// generated code; the generator does not. Metadata symbols have no declarations and are never "generated".)
        /// </summary>
        public static bool IsGenerated(ISymbol symbol) =>
            symbol.DeclaringSyntaxReferences.Length > 0
            && symbol.DeclaringSyntaxReferences.All(r => r.SyntaxTree.FilePath.EndsWith(GeneratedFileSuffix, StringComparison.Ordinal));

        // ------------------------------------------------------------------ attributes

        public static bool IsDataSubjectAttribute(AttributeData attribute) => DataSubjectAttribute.Matches(attribute);

        /// <summary>The category as a <c>PersonalDataCategory</c> member name, or its number when it names none; Unspecified for interop attributes.</summary>
        private static PersonalDataCategoryValue CategoryOf(AttributeData attribute)
        {
            var value = PersonalDataAttributes.CategoryValue(attribute, PersonalDataAttribute) ?? 0;
            if (value == 0)
                return new PersonalDataCategoryValue("Unspecified", 0);
            // A declared category (the enum is the runtime's, which may know categories this analyzer does not).
            var name = attribute.ConstructorArguments[0].Type?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && f.ConstantValue is int v && v == value)?.Name;
            return new PersonalDataCategoryValue(name, value);
        }

        private static string Describe(ISymbol symbol) => symbol switch
        {
            INamespaceSymbol => "a namespace",
            INamedTypeSymbol => "a type",
            IMethodSymbol => "a method",
            IPropertySymbol => "a property",
            IFieldSymbol => "a field",
            IEventSymbol => "an event",
            _ => "a member",
        };

        private static string NamespaceDisplay(INamespaceSymbol? ns) =>
            ns is null || ns.IsGlobalNamespace ? "the global namespace" : $"namespace '{ns.ToDisplayString()}'";
    }

    /// <summary>What <see cref="AccessorEligibility"/> decided for one type. Holds symbols: used within one compilation, never cached.</summary>
    internal sealed class AccessorPlan
    {
        public AccessorPlan(INamedTypeSymbol type, ImmutableArray<string> problems, ISymbol? subject, ImmutableArray<PurposePlan> purposes,
                            string? extensionClassName, string? extensionProblem)
        {
            Type = type;
            Problems = problems;
            Subject = subject;
            Purposes = purposes;
            ExtensionClassName = extensionClassName;
            ExtensionProblem = extensionProblem;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>Why nothing is generated for the type (CG0006); empty when accessors are generated.</summary>
        public ImmutableArray<string> Problems { get; }

        public bool IsEligible => Problems.IsEmpty;

        /// <summary>When not eligible: the type and those of its containers that must be made partial (innermost first).</summary>
        public ImmutableArray<INamedTypeSymbol> NotPartial { get; set; } = ImmutableArray<INamedTypeSymbol>.Empty;

        /// <summary>When not eligible: the type declares no [DataSubject] member.</summary>
        public bool LacksSubject { get; set; }

        /// <summary>The one [DataSubject] member, when eligible.</summary>
        public ISymbol? Subject { get; }

        /// <summary>Every well-formed purpose declared on a personal member, in order of first declaration.</summary>
        public ImmutableArray<PurposePlan> Purposes { get; }

        /// <summary><c>{T}ConsentExtensions</c>, or null when no extension class is generated.</summary>
        public string? ExtensionClassName { get; }

        /// <summary>Why the extension class is not generated when that is worth a CG0011; null otherwise.</summary>
        public string? ExtensionProblem { get; }
    }

    /// <summary>The accessors of one purpose: the view's members, or why they are not generated (CG0011).</summary>
    internal sealed class PurposePlan
    {
        public PurposePlan(string purpose, string viewName, ImmutableArray<PersonalMember> members, Accessibility accessibility, string? problem)
        {
            Purpose = purpose;
            ViewName = viewName;
            Members = members;
            Accessibility = accessibility;
            Problem = problem;
        }

        public string Purpose { get; }
        public string ViewName { get; }

        /// <summary>The personal members declared for the purpose, in declaration order.</summary>
        public ImmutableArray<PersonalMember> Members { get; }

        /// <summary>Public or Internal: what the view's property types allow.</summary>
        public Accessibility Accessibility { get; }

        public string? Problem { get; }
    }

    /// <summary>A personal field or property the type declares, with its category and every purpose declared for it.</summary>
    internal sealed class PersonalMember
    {
        public PersonalMember(ISymbol symbol, ITypeSymbol type, PersonalDataCategoryValue category, ImmutableArray<string> purposes)
        {
            Symbol = symbol;
            Type = type;
            Category = category;
            Purposes = purposes;
        }

        public ISymbol Symbol { get; }
        public ITypeSymbol Type { get; }
        public PersonalDataCategoryValue Category { get; }

        /// <summary>Member-level purposes in attribute order, then type-level ones; well-formed and distinct.</summary>
        public ImmutableArray<string> Purposes { get; }
    }

    /// <summary>A <c>PersonalDataCategory</c>: the member's name when it has one, and its value.</summary>
    internal readonly struct PersonalDataCategoryValue
    {
        public PersonalDataCategoryValue(string? name, int value)
        {
            Name = name;
            Value = value;
        }

        public string? Name { get; }
        public int Value { get; }
    }
}
