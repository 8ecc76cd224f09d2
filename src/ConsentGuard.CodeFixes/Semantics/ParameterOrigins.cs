using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.CodeFixes.Semantics
{
    /// <summary>
    /// The parameters a flagged value derives from: read directly, or through locals initialized from them
    /// (<c>var h = m.Headline; corpus.Add(h);</c>). Only parameters that carry personal data count, so a
    /// <c>string suffix</c> appended to it does not become the callers' obligation.
    /// </summary>
    internal static class ParameterOrigins
    {
        private const int MaxLocalDepth = 3;

        public static IReadOnlyList<IParameterSymbol> Find(SemanticModel semanticModel, ConsentModel model, SyntaxNode flagged, CancellationToken cancellationToken)
        {
            var found = new List<IParameterSymbol>();
            if (semanticModel.GetOperation(flagged, cancellationToken) is { } operation)
                Collect(operation, semanticModel, model, found, 0, cancellationToken);
            return found;
        }

        private static void Collect(IOperation root, SemanticModel semanticModel, ConsentModel model, List<IParameterSymbol> found, int depth, CancellationToken cancellationToken)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IParameterReferenceOperation { Parameter: var parameter } when CarriesPersonalData(parameter, model) && !found.Contains(parameter, SymbolEqualityComparer.Default):
                        found.Add(parameter);
                        break;
                    case ILocalReferenceOperation { Local: var local } when depth < MaxLocalDepth
                        && local.DeclaringSyntaxReferences.Length == 1
                        && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                        && value.SyntaxTree == semanticModel.SyntaxTree
                        && semanticModel.GetOperation(value, cancellationToken) is { } initializer:
                        Collect(initializer, semanticModel, model, found, depth + 1, cancellationToken);
                        break;
                }
            }
        }

        private static bool CarriesPersonalData(IParameterSymbol parameter, ConsentModel model) =>
            model.GetPersonalData(parameter) is not null || !model.GetTypeOrigins(parameter.Type).IsEmpty;
    }
}
