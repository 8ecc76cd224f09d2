using ConsentGuard.Analyzers.Generator.Model;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Generator
{
    /// <summary>
    /// README 'Generated accessors': for each partial class, record or struct with personal data and one [DataSubject] member, per declared
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

            // Not CreateSyntaxProvider: its predicate is called on every node of every tree, member bodies included, which
            // cost more than the rest of the generator together (bench generator-cost). Records are declared only at
            // namespace and type level, so each tree is searched there alone, once per tree version: the per-tree step
            // is cached by tree identity (an edit re-runs it for the edited tree only), and only trees with candidates
            // meet the compilation.
            var fromPropertyTargets = context.CompilationProvider
                .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
                .Select(static (tree, cancellationToken) => Parser.PropertyTargetedRecordParameters(tree, cancellationToken))
                .Where(static parameters => !parameters.IsEmpty)
                .Combine(context.CompilationProvider)
                .SelectMany(static (candidates, cancellationToken) => Parser.FromPropertyTargetedParameters(candidates.Left, candidates.Right, cancellationToken))
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
