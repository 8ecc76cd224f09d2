using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.CodeFixes.Semantics;
using ConsentGuard.CodeFixes.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace ConsentGuard.CodeFixes
{
    /// <summary>
    /// CG0002 "Declare purpose 'P' for Member.Email": adds <c>[ConsentPurpose(Purposes.P)]</c> to the declaration of
    /// an origin that does not declare the purpose, one action per such origin, wherever in the solution it is
    /// declared; not offered for origins outside the source. No Fix All, on purpose: declaring what personal data may
    /// be used for is purpose limitation itself, a decision per member that a bulk edit must not take.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclarePurposeCodeFixProvider)), Shared]
    public sealed class DeclarePurposeCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKeyPrefix = "ConsentGuard.DeclarePurpose.";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UndeclaredPurpose);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = await FixDocument.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (document is null)
                return;
            var solution = context.Document.Project.Solution;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (DiagnosticPurpose.Of(diagnostic) is not { } purpose || document.NodeOf(diagnostic) is not { } flagged)
                    continue;
                foreach (var originName in DiagnosticPurpose.UndeclaredOrigins(diagnostic))
                {
                    if (OriginLookup.Find(originName, flagged, document.SemanticModel, document.Model, context.CancellationToken) is not { } origin
                        || DeclarationOf(origin, context.CancellationToken) is not { } declaration
                        || solution.GetDocument(declaration.Node.SyntaxTree) is not { } target)
                        continue;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Declare purpose '" + purpose + "' for " + originName,
                            ct => DeclareAsync(target, declaration, purpose, ct),
                            EquivalenceKeyPrefix + purpose + "." + originName),
                        diagnostic);
                }
            }
        }

        /// <summary>Where <c>[ConsentPurpose]</c> goes for the origin, and with which target; null when it cannot go anywhere in source.</summary>
        private static PurposeDeclaration? DeclarationOf(ISymbol origin, CancellationToken cancellationToken)
        {
            foreach (var reference in origin.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax(cancellationToken);
                switch (origin, node)
                {
                    // A positional record property is declared by its parameter, where the model reads its attributes too.
                    case (IPropertySymbol or IParameterSymbol, ParameterSyntax):
                    case (IPropertySymbol, PropertyDeclarationSyntax):
                        return new PurposeDeclaration(node, null);
                    case (IFieldSymbol, VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } }):
                        return new PurposeDeclaration(field, null); // not for `string A, B;`: the attribute would declare it for B too
                    case (IMethodSymbol, MethodDeclarationSyntax):
                        return new PurposeDeclaration(node, SyntaxKind.ReturnKeyword);
                    case (INamedTypeSymbol, TypeDeclarationSyntax):
                        return new PurposeDeclaration(node, null);
                }
            }
            return null;
        }

        private static async Task<Solution> DeclareAsync(Document target, PurposeDeclaration declaration, string purpose, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(target, cancellationToken).ConfigureAwait(false);
            ConsentGuardSyntax.AddAttribute(editor, declaration.Node, ConsentGuardSyntax.AttributeList("ConsentPurpose", purpose, declaration.Target));
            return editor.GetChangedDocument().Project.Solution;
        }

        private sealed class PurposeDeclaration
        {
            public PurposeDeclaration(SyntaxNode node, SyntaxKind? target)
            {
                Node = node;
                Target = target;
            }

            public SyntaxNode Node { get; }

            /// <summary><c>return</c> for a method's return value; null for the declaration itself.</summary>
            public SyntaxKind? Target { get; }
        }
    }
}
