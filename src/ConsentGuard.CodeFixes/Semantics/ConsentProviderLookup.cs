using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.CodeFixes.Semantics
{
    /// <summary>
    /// Finds the <c>IConsentProvider</c> a consent check can be written against: a local, parameter, field,
    /// property or primary-constructor parameter visible at a position. The closest wins, because that is the
    /// one the surrounding code already uses (a local over the method's parameter over the type's field).
    /// </summary>
    internal static class ConsentProviderLookup
    {
        /// <summary>The name of the closest usable provider at <paramref name="position"/>, or null when there is none.</summary>
        public static string? FindClosest(SemanticModel semanticModel, SyntaxNode context, int position, INamedTypeSymbol providerType)
        {
            var enclosingFunctions = EnclosingFunctions(semanticModel, context);
            var isStaticContext = enclosingFunctions.LastOrDefault()?.IsStatic ?? true;
            ISymbol? best = null;
            var bestRank = int.MaxValue;
            foreach (var symbol in semanticModel.LookupSymbols(position))
            {
                var rank = Rank(symbol, enclosingFunctions, isStaticContext, position);
                if (rank < bestRank && IsUsableProvider(semanticModel, position, TypeOf(symbol), providerType))
                {
                    best = symbol;
                    bestRank = rank;
                }
            }
            return best?.Name;
        }

        /// <summary>Smaller is closer; <see cref="int.MaxValue"/> for symbols that cannot be used here.</summary>
        private static int Rank(ISymbol symbol, IReadOnlyList<IMethodSymbol> enclosingFunctions, bool isStaticContext, int position)
        {
            switch (symbol)
            {
                case ILocalSymbol local:
                    // A local is in scope in its whole block, but only usable after its declaration.
                    return local.DeclaringSyntaxReferences.All(r => IsDeclaredBefore(r, position)) ? 0 : int.MaxValue;
                case IParameterSymbol parameter:
                    for (var i = 0; i < enclosingFunctions.Count; i++)
                        if (SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, enclosingFunctions[i]))
                            return 1 + i;
                    // A primary-constructor parameter: captured state of the instance.
                    return isStaticContext ? int.MaxValue : 1000;
                case IFieldSymbol or IPropertySymbol when !symbol.IsImplicitlyDeclared:
                    if (!symbol.IsStatic && isStaticContext)
                        return int.MaxValue;
                    return symbol is IPropertySymbol { IsIndexer: true } or IPropertySymbol { GetMethod: null } ? int.MaxValue : 2000;
                default:
                    return int.MaxValue;
            }
        }

        /// <summary><c>var x = …;</c> must be complete; <c>foreach (var x …)</c>, <c>out var x</c> and patterns need only start before.</summary>
        internal static bool IsDeclaredBefore(SyntaxReference reference, int position) =>
            reference.GetSyntax() is VariableDeclaratorSyntax ? reference.Span.End <= position : reference.Span.Start < position;

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        /// <summary>A provider whose <c>IsGranted</c> can be called by name (not an explicit implementation only).</summary>
        private static bool IsUsableProvider(SemanticModel semanticModel, int position, ITypeSymbol? type, INamedTypeSymbol providerType)
        {
            if (type is null)
                return false;
            var isProvider = SymbolEqualityComparer.Default.Equals(type, providerType)
                || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, providerType));
            return isProvider && semanticModel.LookupSymbols(position, type, "IsGranted").Any(s => s is IMethodSymbol);
        }

        /// <summary>The functions around <paramref name="node"/>, innermost first: lambdas, local functions, then the member.</summary>
        private static IReadOnlyList<IMethodSymbol> EnclosingFunctions(SemanticModel semanticModel, SyntaxNode node)
        {
            var functions = new List<IMethodSymbol>();
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                var symbol = ancestor switch
                {
                    AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax => semanticModel.GetSymbolInfo(ancestor).Symbol
                        ?? semanticModel.GetDeclaredSymbol(ancestor),
                    BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => semanticModel.GetDeclaredSymbol(ancestor),
                    _ => null,
                };
                if (symbol is IMethodSymbol method)
                    functions.Add(method);
                if (ancestor is MemberDeclarationSyntax)
                    break;
            }
            return functions;
        }
    }
}
