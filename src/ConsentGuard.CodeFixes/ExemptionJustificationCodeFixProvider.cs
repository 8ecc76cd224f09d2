using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.CodeFixes
{
    /// <summary>
    /// CG0009: adds <c>Justification = ""</c> to a <c>[ConsentExempt]</c> and asks the IDE to put the caret on the
    /// empty string. Only a person can say why an exemption is lawful, so the finding stays until the string says
    /// something; not offered when a Justification is already written.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExemptionJustificationCodeFixProvider)), Shared]
    public sealed class ExemptionJustificationCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "ConsentGuard.AddJustification";
        private const string JustificationName = "Justification";

        /// <summary>
        /// The kind of Roslyn's NavigationAnnotation ("put the caret here after the fix"), which Visual Studio acts
        /// on; the type itself is internal (4.8 to 4.14), its kind string is what hosts look for. A host that does
        /// not know it ignores it. RenameAnnotation is no substitute: it starts an inline rename, which a string
        /// literal does not support.
        /// </summary>
        internal static readonly SyntaxAnnotation CaretHere = new SyntaxAnnotation("CodeAction_Navigation");

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ExemptionWithoutJustification);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AttributeSyntax attribute
                    || attribute.ArgumentList?.Arguments.Any(a => a.NameEquals?.Name.Identifier.ValueText == JustificationName) == true)
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create("Add a justification", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, WithJustification(attribute)))), EquivalenceKey),
                    diagnostic);
            }
        }

        private static AttributeSyntax WithJustification(AttributeSyntax attribute)
        {
            var empty = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(""))
                .WithAdditionalAnnotations(CaretHere);
            var argument = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(JustificationName), null, empty);
            var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            return attribute.WithArgumentList(arguments.AddArguments(argument));
        }
    }
}
