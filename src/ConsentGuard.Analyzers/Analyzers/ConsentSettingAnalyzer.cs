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
    /// initializer, a constructor's assignment, a record parameter's default, or <c>[DefaultValue(true)]</c>.
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
                if (model.Types.ConsentSetting is null)
                    return;
                start.RegisterOperationAction(o => AnalyzeFieldInitializer(o, model), OperationKind.FieldInitializer);
                start.RegisterOperationAction(o => AnalyzePropertyInitializer(o, model), OperationKind.PropertyInitializer);
                start.RegisterOperationAction(o => AnalyzeParameterInitializer(o, model), OperationKind.ParameterInitializer);
                start.RegisterOperationAction(o => AnalyzeAssignment(o, model), OperationKind.SimpleAssignment);
                start.RegisterSymbolAction(s => AnalyzeDefaultValue(s, model), SymbolKind.Property, SymbolKind.Field);
            });
        }

        private static string? SettingPurpose(ISymbol member, ConsentModel model)
        {
            foreach (var declaration in model.Declarations(member))
                foreach (var attribute in declaration.GetAttributes())
                    if (AttributeReader.Is(attribute, model.Types.ConsentSetting))
                        return AttributeReader.FirstString(attribute) ?? "";
            return member is IFieldSymbol { Type.SpecialType: SpecialType.System_Boolean, IsImplicitlyDeclared: false } field ? BackedSettingPurpose(field, model) : null;
        }

        /// <summary>
        /// A field behind a setting property (<c>private bool _share = true;</c> with <c>[ConsentSetting(P)] bool Share { get => _share; … }</c>):
        /// its default is the setting's default.
        /// </summary>
        private static string? BackedSettingPurpose(IFieldSymbol field, ConsentModel model)
        {
            foreach (var property in field.ContainingType.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.Type.SpecialType != SpecialType.System_Boolean || !ReturnsField(property, field.Name))
                    continue;
                if (SettingPurpose(property, model) is { } purpose)
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
            value = value.WithoutConversions();
            if (value.ConstantValue is { HasValue: true, Value: true })
                report(Diagnostic.Create(DiagnosticDescriptors.SettingDefaultsToGranted, value.Syntax.GetLocation(), member.Name, purpose));
        }

        private static void AnalyzeFieldInitializer(OperationAnalysisContext context, ConsentModel model)
        {
            var initializer = (IFieldInitializerOperation)context.Operation;
            foreach (var field in initializer.InitializedFields)
                if (SettingPurpose(field, model) is { } purpose)
                    ReportIfTrue(context.ReportDiagnostic, initializer.Value, field, purpose);
        }

        private static void AnalyzePropertyInitializer(OperationAnalysisContext context, ConsentModel model)
        {
            var initializer = (IPropertyInitializerOperation)context.Operation;
            foreach (var property in initializer.InitializedProperties)
                if (SettingPurpose(property, model) is { } purpose)
                    ReportIfTrue(context.ReportDiagnostic, initializer.Value, property, purpose);
        }

        /// <summary>A positional record's <c>[property: ConsentSetting(P)] bool Opted = true</c>.</summary>
        private static void AnalyzeParameterInitializer(OperationAnalysisContext context, ConsentModel model)
        {
            var initializer = (IParameterInitializerOperation)context.Operation;
            var parameter = initializer.Parameter;
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } type })
                return;
            var property = type.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault();
            if (property is not null && SettingPurpose(property, model) is { } purpose)
                ReportIfTrue(context.ReportDiagnostic, initializer.Value, property, purpose);
        }

        /// <summary>A constructor of the setting's type (or a derived one) that assigns <c>true</c>.</summary>
        private static void AnalyzeAssignment(OperationAnalysisContext context, ConsentModel model)
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
            if (member is null || SettingPurpose(member, model) is not { } purpose)
                return;
            for (var type = constructor.ContainingType; type is not null; type = type.BaseType)
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, member.ContainingType?.OriginalDefinition))
                {
                    ReportIfTrue(context.ReportDiagnostic, assignment.Value, member, purpose);
                    return;
                }
        }

        private static void AnalyzeDefaultValue(SymbolAnalysisContext context, ConsentModel model)
        {
            if (model.Types.DefaultValueAttribute is null || SettingPurpose(context.Symbol, model) is not { } purpose)
                return;
            foreach (var attribute in context.Symbol.GetAttributes())
            {
                if (!AttributeReader.Is(attribute, model.Types.DefaultValueAttribute)
                    || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not true
                    || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } arguments })
                    continue;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SettingDefaultsToGranted, arguments[0].Expression.GetLocation(), context.Symbol.Name, purpose));
            }
        }
    }
}
