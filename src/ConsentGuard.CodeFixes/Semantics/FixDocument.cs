using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.CodeFixes.Semantics
{
    /// <summary>What most fixes need about a document: its root, semantic model and the consent model of its compilation.</summary>
    internal sealed class FixDocument
    {
        private FixDocument(Document document, SyntaxNode root, SemanticModel semanticModel, ConsentModel model)
        {
            Document = document;
            Root = root;
            SemanticModel = semanticModel;
            Model = model;
        }

        public Document Document { get; }
        public SyntaxNode Root { get; }
        public SemanticModel SemanticModel { get; }

        /// <summary>Built with the project's analyzer options, so ConsentGuard.txt declarations count as they do for the analyzer.</summary>
        public ConsentModel Model { get; }

        public static async Task<FixDocument?> CreateAsync(Document document, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
                return null;
            var model = ConsentModel.For(semanticModel.Compilation, document.Project.AnalyzerOptions);
            return model.Types.HasConsentGuard ? new FixDocument(document, root, semanticModel, model) : null;
        }

        /// <summary>The node a diagnostic is reported at (the argument, value, attribute, …), or null when the tree changed under it.</summary>
        public SyntaxNode? NodeOf(Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (diagnostic.Location.SourceTree != Root.SyntaxTree || span.End > Root.FullSpan.End)
                return null;
            return Root.FindNode(span, getInnermostNodeForTie: true);
        }
    }
}
