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
    /// Finds the symbol behind an origin name of a CG0002 message (<c>Member.Email</c>): first among the
    /// personal data the flagged expression reads (members, parameters, whole objects, locals' initializers),
    /// which is exact; else by name among the compilation's source symbols, when exactly one matches.
    /// </summary>
    internal static class OriginLookup
    {
        private const int MaxLocalDepth = 3;

        public static ISymbol? Find(string originName, SyntaxNode flagged, SemanticModel semanticModel, ConsentModel model, CancellationToken cancellationToken)
        {
            var read = new Dictionary<string, ISymbol>();
            if (semanticModel.GetOperation(flagged, cancellationToken) is { } operation)
                CollectOrigins(operation, semanticModel, model, read, 0, cancellationToken);
            return read.TryGetValue(originName, out var symbol) ? symbol : FindByName(originName, semanticModel.Compilation, model, cancellationToken);
        }

        private static void CollectOrigins(IOperation root, SemanticModel semanticModel, ConsentModel model, Dictionary<string, ISymbol> read, int depth, CancellationToken cancellationToken)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var referenced = operation switch
                {
                    IMemberReferenceOperation member => member.Member,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    IInvocationOperation invocation => invocation.TargetMethod,
                    _ => null,
                };
                if (referenced is not null && model.GetPersonalData(referenced) is { } info)
                    Add(read, model.OriginOf(referenced, info));
                foreach (var origin in model.GetTypeOrigins(operation.Type))
                    Add(read, origin);
                if (operation is ILocalReferenceOperation { Local: var local } && depth < MaxLocalDepth
                    && local.DeclaringSyntaxReferences.Length == 1
                    && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                    && value.SyntaxTree == semanticModel.SyntaxTree
                    && semanticModel.GetOperation(value, cancellationToken) is { } initializer)
                    CollectOrigins(initializer, semanticModel, model, read, depth + 1, cancellationToken);
            }
        }

        private static void Add(Dictionary<string, ISymbol> read, Origin origin)
        {
            if (origin.Symbol is { } symbol && !read.ContainsKey(origin.Display))
                read.Add(origin.Display, symbol);
        }

        /// <summary><c>Type.Member</c>, <c>Type.Method()</c> or <c>Type</c>, as <see cref="Origin.DisplayOf"/> writes them; parameters only by the expression.</summary>
        private static ISymbol? FindByName(string originName, Compilation compilation, ConsentModel model, CancellationToken cancellationToken)
        {
            if (originName.Contains(' '))
                return null;
            var dot = originName.LastIndexOf('.');
            var typeName = dot < 0 ? null : originName.Substring(0, dot);
            var name = (dot < 0 ? originName : originName.Substring(dot + 1)).TrimEnd('(', ')');
            var filter = typeName is null ? SymbolFilter.Type : SymbolFilter.Member;
            var matches = compilation.GetSymbolsWithName(name, filter, cancellationToken)
                .Where(s => (typeName is null || s.ContainingType?.Name == typeName) && model.GetPersonalData(s) is not null)
                .Where(s => Origin.DisplayOf(s) == originName)
                .Take(2)
                .ToList();
            return matches.Count == 1 ? matches[0] : null;
        }
    }
}
