using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Generator.Model;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.Analyzers.Generator
{
    /// <summary>
    /// Symbols to <see cref="AccessorTypeSpec"/>. Every decision (which types, which members, which purposes, what
    /// collides) is <see cref="AccessorEligibility"/>'s; this only finds the type from where the generator was told to
    /// look and writes the plan down as strings.
    /// </summary>
    internal static class Parser
    {
        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        // ------------------------------------------------------------------ where to look

        /// <summary>Syntax that can declare a [DataSubject] member: a property, a field's variable, a positional record parameter.</summary>
        public static bool IsSubjectMemberSyntax(SyntaxNode node) =>
            node is PropertyDeclarationSyntax
                or VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax }
                or ParameterSyntax { Parent.Parent: RecordDeclarationSyntax };

        /// <summary>
        /// The positional record parameters in <paramref name="tree"/> with a <c>[property: …]</c> attribute list.
        /// ForAttributeWithMetadataName matches attributes of the parameter symbol only, so <c>[property: DataSubject]</c>
        /// needs this syntactic path. Records are declared only in compilation units, namespaces and types (never in a
        /// member body), so only those are walked: member bodies, the bulk of every tree, are never visited.
        /// </summary>
        public static ImmutableArray<ParameterSyntax> PropertyTargetedRecordParameters(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
                return ImmutableArray<ParameterSyntax>.Empty;
            ImmutableArray<ParameterSyntax>.Builder? found = null;
            CollectPropertyTargetedParameters(root.Members, ref found, cancellationToken);
            return found?.ToImmutable() ?? ImmutableArray<ParameterSyntax>.Empty;
        }

        private static void CollectPropertyTargetedParameters(SyntaxList<MemberDeclarationSyntax> members, ref ImmutableArray<ParameterSyntax>.Builder? found, CancellationToken cancellationToken)
        {
            foreach (var member in members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        CollectPropertyTargetedParameters(ns.Members, ref found, cancellationToken);
                        break;
                    case TypeDeclarationSyntax type:
                        if (type is RecordDeclarationSyntax { ParameterList: { } parameters })
                            foreach (var parameter in parameters.Parameters)
                                if (HasPropertyTargetedAttributes(parameter))
                                    (found ??= ImmutableArray.CreateBuilder<ParameterSyntax>()).Add(parameter);
                        CollectPropertyTargetedParameters(type.Members, ref found, cancellationToken);
                        break;
                }
            }
        }

        private static bool HasPropertyTargetedAttributes(ParameterSyntax parameter) =>
            parameter.AttributeLists.Any(list => list.Target?.Identifier.IsKind(SyntaxKind.PropertyKeyword) == true);

        /// <summary>A [DataSubject] found by ForAttributeWithMetadataName on a property, field or positional parameter.</summary>
        public static AccessorTypeSpec? FromSubjectAttribute(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var type = context.TargetSymbol switch
            {
                IPropertySymbol property => property.ContainingType,
                IFieldSymbol field => field.ContainingType,
                IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType.IsRecord: true } constructor } => constructor.ContainingType,
                _ => null,
            };
            if (type is null)
                return null;
            var plan = AccessorEligibility.Evaluate(type, LanguageVersionOf(context.SemanticModel.Compilation), cancellationToken);
            // The type's one subject member is found exactly once (here, or by FromPropertyTargetedParameters), so each type
            // gets exactly one file without a de-duplicating Collect() that would make every type depend on every other.
            return plan is { IsEligible: true, Subject: { } subject } && DeclaresSubject(context.TargetSymbol, subject) ? Parse(plan, cancellationToken) : null;
        }

        /// <summary>
        /// For each of <paramref name="parameters"/> (all in one tree), its type's spec when the parameter declares the
        /// subject by way of its property's [DataSubject], else null: one result per candidate, as ForAttributeWithMetadataName gives.
        /// </summary>
        public static ImmutableArray<AccessorTypeSpec?> FromPropertyTargetedParameters(ImmutableArray<ParameterSyntax> parameters, Compilation compilation, CancellationToken cancellationToken)
        {
            var tree = parameters.IsEmpty ? null : parameters[0].SyntaxTree;
            // A tree whose candidates were cached from an earlier run is the same instance in this compilation; anything else
            // (a driver fed an unrelated compilation) has nothing to bind here.
            if (tree is null || !compilation.ContainsSyntaxTree(tree))
                return ImmutableArray<AccessorTypeSpec?>.Empty;
            var semanticModel = compilation.GetSemanticModel(tree);
            var specs = ImmutableArray.CreateBuilder<AccessorTypeSpec?>(parameters.Length);
            foreach (var parameter in parameters)
                specs.Add(FromPropertyTargetedParameter(semanticModel, parameter, cancellationToken));
            return specs.MoveToImmutable();
        }

        /// <summary>A positional parameter whose property, not the parameter itself, carries [DataSubject].</summary>
        private static AccessorTypeSpec? FromPropertyTargetedParameter(SemanticModel semanticModel, ParameterSyntax syntax, CancellationToken cancellationToken)
        {
            if (semanticModel.GetDeclaredSymbol(syntax, cancellationToken) is not
                { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { IsRecord: true } type } } parameter
                || parameter.GetAttributes().Any(AccessorEligibility.IsDataSubjectAttribute))
                return null; // FromSubjectAttribute handles an attribute on the parameter itself
            var plan = AccessorEligibility.Evaluate(type, LanguageVersionOf(semanticModel.Compilation), cancellationToken);
            return plan is { IsEligible: true, Subject: { } subject } && DeclaresSubject(parameter, subject) ? Parse(plan, cancellationToken) : null;
        }

        /// <summary>True when <paramref name="found"/> is the subject member, or the positional parameter that declares it.</summary>
        private static bool DeclaresSubject(ISymbol found, ISymbol subject)
        {
            if (SymbolEqualityComparer.Default.Equals(found, subject))
                return true;
            return found is IParameterSymbol && subject is IPropertySymbol && found.Name == subject.Name
                && found.DeclaringSyntaxReferences.Any(p => subject.DeclaringSyntaxReferences.Any(s => s.SyntaxTree == p.SyntaxTree && s.Span == p.Span));
        }

        private static LanguageVersion LanguageVersionOf(Compilation compilation) =>
            compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;

        // ------------------------------------------------------------------ plan to spec

        private static AccessorTypeSpec? Parse(AccessorPlan plan, CancellationToken cancellationToken)
        {
            var type = plan.Type;
            var purposes = plan.Purposes
                .Where(p => p.Problem is null)
                .Select(p => new PurposeSpec(p.Purpose, p.Accessibility == Accessibility.Public, ViewMembers(p, cancellationToken)))
                .ToImmutableEquatableArray();
            if (purposes.Count == 0)
                return null;

            var containers = new List<INamedTypeSymbol>();
            for (var container = type.ContainingType; container is not null; container = container.ContainingType)
                containers.Insert(0, container);

            return new AccessorTypeSpec(
                HintName(type),
                type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
                containers.Select(Declaration).ToImmutableEquatableArray(),
                Declaration(type),
                type.ToDisplayString(TypeFormat),
                Subject(plan.Subject!),
                purposes,
                plan.ExtensionClassName is { } className ? Extensions(className, type, containers, purposes) : null);
        }

        private static string HintName(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingSymbol)
                parts.Insert(0, named.MetadataName);
            if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
                parts.Insert(0, ns.ToDisplayString());
            return string.Join(".", parts) + AccessorEligibility.GeneratedFileSuffix;
        }

        private static TypeDeclarationSpec Declaration(INamedTypeSymbol type)
        {
            var keyword = type switch
            {
                { TypeKind: TypeKind.Interface } => "interface",
                { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
                { IsRecord: true } => "record",
                { TypeKind: TypeKind.Struct } => "struct",
                _ => "class",
            };
            var typeParameters = type.TypeParameters.IsEmpty
                ? ""
                : "<" + string.Join(", ", type.TypeParameters.Select(t => Variance(t) + Escape(t.Name))) + ">";
            return new TypeDeclarationSpec(type.IsRefLikeType ? "ref " : "", keyword, Escape(type.Name), typeParameters);
        }

        private static string Variance(ITypeParameterSymbol parameter) => parameter.Variance switch
        {
            VarianceKind.In => "in ",
            VarianceKind.Out => "out ",
            _ => "",
        };

        private static SubjectSpec Subject(ISymbol subject)
        {
            var type = subject is IPropertySymbol property ? property.Type : ((IFieldSymbol)subject).Type;
            return new SubjectSpec(Escape(subject.Name), type.SpecialType == SpecialType.System_String);
        }

        private static ImmutableEquatableArray<ViewMemberSpec> ViewMembers(PurposePlan purpose, CancellationToken cancellationToken)
        {
            var parameterNames = new HashSet<string>(StringComparer.Ordinal);
            var members = new List<ViewMemberSpec>();
            foreach (var member in purpose.Members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = member.Symbol.Name;
                members.Add(new ViewMemberSpec(
                    Escape(name),
                    name,
                    Escape(UniqueParameterName(name, parameterNames)),
                    member.Type.ToDisplayString(TypeFormat),
                    Category(member.Category),
                    member.Purposes.ToImmutableEquatableArray()));
            }
            return members.ToImmutableEquatableArray();
        }

        /// <summary><c>Headline</c> → <c>headline</c>; a numeric suffix when two members differ only in their first letter's case.</summary>
        private static string UniqueParameterName(string name, HashSet<string> taken)
        {
            var camel = char.ToLowerInvariant(name[0]) + name.Substring(1);
            var candidate = camel;
            for (var i = 2; !taken.Add(candidate); i++)
                candidate = camel + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }

        private static string Category(PersonalDataCategoryValue category) =>
            category.Name is { } name
                ? "global::ConsentGuard.PersonalDataCategory." + name
                : "(global::ConsentGuard.PersonalDataCategory)(" + category.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

        private static ExtensionClassSpec Extensions(string className, INamedTypeSymbol type, List<INamedTypeSymbol> containers, ImmutableEquatableArray<PurposeSpec> purposes)
        {
            var typeParameters = containers.Append(type).SelectMany(t => t.TypeParameters).ToArray();
            var typeIsPublic = AccessorEligibility.EffectiveAccessibility(type) == Accessibility.Public;
            return new ExtensionClassSpec(
                className,
                typeParameters.Length == 0 ? "" : "<" + string.Join(", ", typeParameters.Select(t => Escape(t.Name))) + ">",
                typeParameters.Select(ConstraintClause).Where(c => c is not null).Select(c => c!).ToImmutableEquatableArray(),
                purposes.Select(p => new ExtensionMethodSpec(p.Purpose, typeIsPublic && p.IsPublic)).ToImmutableEquatableArray());
        }

        /// <summary>The type parameter's constraints, restated on the extension method (where the type needs them to be named at all).</summary>
        private static string? ConstraintClause(ITypeParameterSymbol parameter)
        {
            var constraints = new List<string>();
            if (parameter.HasUnmanagedTypeConstraint)
                constraints.Add("unmanaged");
            else if (parameter.HasValueTypeConstraint)
                constraints.Add("struct");
            else if (parameter.HasReferenceTypeConstraint)
                constraints.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
            else if (parameter.HasNotNullConstraint)
                constraints.Add("notnull");
            foreach (var constraintType in parameter.ConstraintTypes)
                constraints.Add(constraintType.ToDisplayString(TypeFormat));
            if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint)
                constraints.Add("new()");
            return constraints.Count == 0 ? null : "where " + Escape(parameter.Name) + " : " + string.Join(", ", constraints);
        }

        /// <summary>An identifier as it must be written: <c>@class</c> for a keyword.</summary>
        private static string Escape(string identifier) =>
            SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }
}
