using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Flow;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>
    /// CG0004: a person's consent choice must start as "not granted". Reported at the <c>true</c> of an
    /// initializer, a constructor's assignment, a record parameter's default, <c>[DefaultValue(true)]</c>, or a getter
    /// that returns nothing but <c>true</c> (granted by default and never to be turned off).
    /// Only for purposes that rest on consent: a legitimate-interest purpose's setting is an objection switch.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConsentSettingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.SettingDefaultsToGranted);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                // Every report is about a [ConsentSetting] member (or the field behind one): where no symbol can carry the
                // attribute, no initializer, assignment or member is visited.
                if (!ConsentGuardUse.Of(model).MayCarry(model.Types.ConsentSetting))
                    return;
                var settings = new Settings(model);
                start.RegisterOperationAction(o => AnalyzeFieldInitializer(o, settings), OperationKind.FieldInitializer);
                start.RegisterOperationAction(o => AnalyzePropertyInitializer(o, settings), OperationKind.PropertyInitializer);
                start.RegisterOperationAction(o => AnalyzeParameterInitializer(o, settings), OperationKind.ParameterInitializer);
                start.RegisterOperationAction(o => AnalyzeAssignment(o, settings), OperationKind.SimpleAssignment);
                start.RegisterSymbolAction(s => AnalyzeDefaultValue(s, settings), SymbolKind.Property, SymbolKind.Field);
                start.RegisterOperationBlockAction(b => AnalyzeGetter(b, settings));
            });
        }

        /// <summary>
        /// The compilation's model and the settings found so far: every field, property, initializer and constructor assignment
        /// asks, so each member's answer is worked out once.
        /// </summary>
        private sealed class Settings(ConsentModel model)
        {
            private readonly ConcurrentDictionary<ISymbol, string?> _purposes = new ConcurrentDictionary<ISymbol, string?>(SymbolEqualityComparer.Default);

            public ConsentModel Model { get; } = model;

            public WellKnownTypes Types => Model.Types;

            /// <summary>
            /// The purpose of the [ConsentSetting] <paramref name="member"/> is (or is behind); null when it is none, or when the
            /// purpose rests on legitimate interest: that setting is the member's objection switch, and "not objected" (true)
            /// is its lawful default (docs/legal-basis.md).
            /// </summary>
            public string? PurposeOf(ISymbol member) =>
                CanHoldTrue(member) && _purposes.GetOrAdd(member.OriginalDefinition, definition => SettingPurpose(definition, this)) is { } purpose
                && !Model.LegalBases.IsLegitimateInterest(purpose)
                    ? purpose
                    : null;

            /// <summary>CG0004 is about the constant <c>true</c>, which only a bool (or a nullable bool, object or dynamic) member can hold.</summary>
            private static bool CanHoldTrue(ISymbol member)
            {
                var type = member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };
                return type is null || TypeFacts.IsBoolLike(type)
                    || type.SpecialType == SpecialType.System_Object || type.TypeKind is TypeKind.Dynamic or TypeKind.Error;
            }
        }

        private static string? SettingPurpose(ISymbol member, Settings settings)
        {
            var model = settings.Model;
            foreach (var declaration in model.Declarations(member))
                foreach (var attribute in declaration.GetAttributes())
                    if (AttributeReader.Is(attribute, model.Types.ConsentSetting))
                        return AttributeReader.FirstString(attribute) ?? "";
            return member is IFieldSymbol { Type.SpecialType: SpecialType.System_Boolean, IsImplicitlyDeclared: false } field ? BackedSettingPurpose(field, settings) : null;
        }

        /// <summary>
        /// A field behind a setting property (<c>private bool _share = true;</c> with <c>[ConsentSetting(P)] bool Share { get => _share; … }</c>):
        /// its default is the setting's default.
        /// </summary>
        private static string? BackedSettingPurpose(IFieldSymbol field, Settings settings)
        {
            foreach (var property in field.ContainingType.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.Type.SpecialType != SpecialType.System_Boolean || !ReturnsField(property, field.Name))
                    continue;
                if (settings.PurposeOf(property) is { } purpose)
                    return purpose;
            }
            return null;
        }

        private static bool ReturnsField(IPropertySymbol property, string fieldName)
        {
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not PropertyDeclarationSyntax declaration)
                    continue;
                var returned = declaration.ExpressionBody?.Expression;
                var getter = declaration.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
                returned ??= getter?.ExpressionBody?.Expression
                    ?? (getter?.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } expression } ? expression : null);
                var name = returned switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member } => member.Identifier.ValueText,
                    _ => null,
                };
                if (name == fieldName)
                    return true;
            }
            return false;
        }

        private static void ReportIfTrue(System.Action<Diagnostic> report, IOperation value, ISymbol member, string purpose)
        {
            if (IsConstantTrue(value))
                report(Diagnostic.Create(DiagnosticDescriptors.SettingDefaultsToGranted, value.WithoutConversions().Syntax.GetLocation(), member.Name, purpose));
        }

        private static void AnalyzeFieldInitializer(OperationAnalysisContext context, Settings settings)
        {
            var initializer = (IFieldInitializerOperation)context.Operation;
            foreach (var field in initializer.InitializedFields)
                if (settings.PurposeOf(field) is { } purpose)
                    ReportIfTrue(context.ReportDiagnostic, initializer.Value, field, purpose);
        }

        private static void AnalyzePropertyInitializer(OperationAnalysisContext context, Settings settings)
        {
            var initializer = (IPropertyInitializerOperation)context.Operation;
            foreach (var property in initializer.InitializedProperties)
                if (settings.PurposeOf(property) is { } purpose)
                    ReportIfTrue(context.ReportDiagnostic, initializer.Value, property, purpose);
        }

        /// <summary>A positional record's <c>[property: ConsentSetting(P)] bool Opted = true</c>.</summary>
        private static void AnalyzeParameterInitializer(OperationAnalysisContext context, Settings settings)
        {
            var initializer = (IParameterInitializerOperation)context.Operation;
            var parameter = initializer.Parameter;
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } type })
                return;
            var property = type.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault();
            if (property is not null && settings.PurposeOf(property) is { } purpose)
                ReportIfTrue(context.ReportDiagnostic, initializer.Value, property, purpose);
        }

        /// <summary>A constructor of the setting's type (or a derived one) that assigns <c>true</c>.</summary>
        private static void AnalyzeAssignment(OperationAnalysisContext context, Settings settings)
        {
            if (context.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor)
                return;
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var member = assignment.Target switch
            {
                IPropertyReferenceOperation p => (ISymbol)p.Property,
                IFieldReferenceOperation f => f.Field,
                _ => null,
            };
            if (member is null || settings.PurposeOf(member) is not { } purpose)
                return;
            for (var type = constructor.ContainingType; type is not null; type = type.BaseType)
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, member.ContainingType?.OriginalDefinition))
                {
                    ReportIfTrue(context.ReportDiagnostic, assignment.Value, member, purpose);
                    return;
                }
        }

        /// <summary>
        /// A setting's getter whose every return is the constant <c>true</c> (<c>bool Share => true;</c>): the setting is
        /// granted before anyone chose, like an initializer <c>true</c>, and no stored choice can change it. A getter that
        /// returns anything else somewhere (a field, <c>false</c> on some path) is a real setting and not reported here.
        /// </summary>
        private static void AnalyzeGetter(OperationBlockAnalysisContext context, Settings settings)
        {
            if (context.OwningSymbol is not IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property }
                || settings.PurposeOf(property) is not { } purpose)
                return;
            var returned = context.OperationBlocks.SelectMany(ReturnedValues).ToList();
            if (returned.Count == 0 || !returned.All(IsConstantTrue))
                return;
            foreach (var value in returned)
                ReportIfTrue(context.ReportDiagnostic, value, property, purpose);
        }

        /// <summary>The values a body returns itself (not those of the lambdas and local functions inside it).</summary>
        private static IEnumerable<IOperation> ReturnedValues(IOperation block)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value } && !IsInNestedFunction(operation, block))
                    yield return value;
            }
        }

        private static bool IsInNestedFunction(IOperation operation, IOperation block)
        {
            for (var current = operation.Parent; current is not null && current != block; current = current.Parent)
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                    return true;
            return false;
        }

        private static bool IsConstantTrue(IOperation value) => value.WithoutConversions().ConstantValue is { HasValue: true, Value: true };

        private static void AnalyzeDefaultValue(SymbolAnalysisContext context, Settings settings)
        {
            if (settings.Types.DefaultValueAttribute is null || settings.PurposeOf(context.Symbol) is not { } purpose)
                return;
            foreach (var attribute in context.Symbol.GetAttributes())
            {
                if (!AttributeReader.Is(attribute, settings.Types.DefaultValueAttribute)
                    || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not true
                    || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } arguments })
                    continue;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SettingDefaultsToGranted, arguments[0].Expression.GetLocation(), context.Symbol.Name, purpose));
            }
        }
    }
}
