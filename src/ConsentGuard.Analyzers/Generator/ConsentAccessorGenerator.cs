using ConsentGuard.Analyzers.Generator.Model;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Generator
{
    /// <summary>
    /// SPEC §6: for each partial class, record or struct with personal data and one [DataSubject] member, per declared
    /// purpose P, the nested <c>{P}View</c>, <c>For{P}</c>, <c>For{P}Async</c> and the streaming <c>For{P}</c> extension.
    /// </summary>
    /// <remarks>
    /// Keyed on [DataSubject] because each eligible type has exactly one: every type is found once, and a type gets its
    /// own file without collecting all types together (which would make every file depend on every type). Reports
    /// nothing: CG0006 and CG0011 come from <c>AccessorEligibilityAnalyzer</c>, which applies the same
    /// <see cref="AccessorEligibility"/> rule.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class ConsentAccessorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var fromSubjectAttributes = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    WellKnownTypes.DataSubjectName,
                    static (node, _) => Parser.IsSubjectMemberSyntax(node),
                    static (attributeContext, cancellationToken) => Parser.FromSubjectAttribute(attributeContext, cancellationToken))
                .WithTrackingName(TrackingNames.SubjectAttributes);

            var fromPropertyTargets = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => Parser.IsPropertyTargetedRecordParameter(node),
                    static (syntaxContext, cancellationToken) => Parser.FromPropertyTargetedParameter(syntaxContext, cancellationToken))
                .WithTrackingName(TrackingNames.PropertyTargetedSubjects);

            Register(context, fromSubjectAttributes);
            Register(context, fromPropertyTargets);
        }

        private static void Register(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<AccessorTypeSpec?> specs)
        {
            var eligible = specs
                .Where(static spec => spec is not null)
                .Select(static (spec, _) => spec!)
                .WithTrackingName(TrackingNames.Specs);
            context.RegisterSourceOutput(eligible, static (production, spec) =>
                production.AddSource(spec.HintName, SourceText.From(Emitter.Emit(spec), System.Text.Encoding.UTF8)));
        }
    }
}
