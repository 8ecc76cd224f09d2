using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Editing;

namespace ConsentGuard.CodeFixes
{
    /// <summary>
    /// CG0001/CG0003 "Require consent from callers": marks the parameter the flagged data came from
    /// <c>[ConsentSink(Purposes.P)]</c> (the method, when it came from several), so inside the data counts as
    /// cleared and every caller must establish consent instead. Offered only where that moves the obligation to
    /// all callers: not for data that comes from no parameter (the method's callers could not clear it), nor on
    /// overrides, interface implementations or lambdas (callers through the base, the interface or a delegate
    /// would not see the new obligation).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequireConsentFromCallersCodeFixProvider)), Shared]
    public sealed class RequireConsentFromCallersCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKeyPrefix = "ConsentGuard.RequireConsentFromCallers.";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.UncheckedFlow, DiagnosticIds.WrongPurposeChecked);

        /// <summary>Fix All adds each attribute once, however many findings lead to the same parameter.</summary>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = await FixDocument.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (document is null)
                return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (Plan(document, diagnostic, context.CancellationToken) is not { } plan)
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create("Require consent from callers", ct => ApplyAsync(document.Document, new[] { plan }, ct), EquivalenceKeyPrefix + plan.Purpose),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var fixDocument = await FixDocument.CreateAsync(document, context.CancellationToken).ConfigureAwait(false);
            if (fixDocument is null)
                return null;
            var plans = diagnostics
                .Select(d => Plan(fixDocument, d, context.CancellationToken))
                .Where(p => p is not null && EquivalenceKeyPrefix + p.Purpose == context.CodeActionEquivalenceKey)
                .Cast<SinkPlan>()
                .ToList();
            return plans.Count == 0 ? null : await ApplyAsync(document, plans, context.CancellationToken).ConfigureAwait(false);
        }

        private static SinkPlan? Plan(FixDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (DiagnosticPurpose.Of(diagnostic) is not { } purpose || document.NodeOf(diagnostic) is not { } flagged)
                return null;
            var parameters = ParameterOrigins.Find(document.SemanticModel, document.Model, flagged, cancellationToken);
            if (parameters.Count == 0 || parameters[0].ContainingSymbol is not IMethodSymbol method
                || parameters.Any(p => !SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, method))
                || !ObligationCanMoveToCallers(method) || !IsInBodyOf(method, flagged, cancellationToken))
                return null;
            ISymbol target = parameters.Count == 1 ? parameters[0] : method;
            return target.DeclaringSyntaxReferences.FirstOrDefault(r => r.SyntaxTree == document.Root.SyntaxTree)?.GetSyntax(cancellationToken) is { } declaration
                ? new SinkPlan(purpose, declaration)
                : null;
        }

        /// <summary>Every call of the method is a call the analyzer sees as a call of this very declaration.</summary>
        private static bool ObligationCanMoveToCallers(IMethodSymbol method)
        {
            if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction))
                return false;
            if (method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty || method.IsAbstract || method.IsImplicitlyDeclared)
                return false;
            var type = method.ContainingType;
            return type is null || method.IsStatic || !type.AllInterfaces.SelectMany(i => i.GetMembers(method.Name))
                .Any(member => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method));
        }

        /// <summary>
        /// The flagged data is used in the method's own body (not in a member that reads a primary-constructor
        /// parameter): only there does a <c>[ConsentSink]</c> parameter count as cleared.
        /// </summary>
        private static bool IsInBodyOf(IMethodSymbol method, SyntaxNode flagged, CancellationToken cancellationToken) =>
            method.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == flagged.SyntaxTree && r.Span.Contains(flagged.Span)
                && r.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax);

        private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<SinkPlan> plans, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var plan in plans.GroupBy(p => (p.Declaration, p.Purpose)).Select(g => g.First()))
                ConsentGuardSyntax.AddAttribute(editor, plan.Declaration, ConsentGuardSyntax.AttributeList("ConsentSink", plan.Purpose));
            return editor.GetChangedDocument();
        }

        private sealed class SinkPlan
        {
            public SinkPlan(string purpose, SyntaxNode declaration)
            {
                Purpose = purpose;
                Declaration = declaration;
            }

            public string Purpose { get; }

            /// <summary>The parameter or method declaration that gets <c>[ConsentSink]</c>.</summary>
            public SyntaxNode Declaration { get; }
        }
    }
}
