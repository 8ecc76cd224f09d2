using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace ConsentGuard.CodeFixes.Syntax
{
    /// <summary>
    /// Where a guard can go around a flagged expression: the expression statement containing it, or the
    /// expression body of a member that returns nothing (made a block body first). Anything else, such as a
    /// declaration whose local is used later, a <c>return</c> of a value, a field initializer or an
    /// expression-bodied lambda (run later, if at all), is not supported and no fix is offered.
    /// </summary>
    internal sealed class GuardTarget
    {
        private GuardTarget(ExpressionStatementSyntax? statement, ArrowExpressionClauseSyntax? arrow)
        {
            Statement = statement;
            Arrow = arrow;
        }

        /// <summary>The statement to wrap, when the flagged expression is in one.</summary>
        public ExpressionStatementSyntax? Statement { get; }

        /// <summary>The expression body to turn into a guarded block body, when the flagged expression is in one.</summary>
        public ArrowExpressionClauseSyntax? Arrow { get; }

        /// <summary>The node the fix replaces: the statement, or the member whose body changes.</summary>
        public SyntaxNode ReplacedNode => (SyntaxNode?)Statement ?? Arrow!.Parent!;

        /// <summary>The expression the guard will protect: the statement's, or the expression body.</summary>
        public ExpressionSyntax GuardedExpression => Statement?.Expression ?? Arrow!.Expression;

        /// <summary>Where the guard will stand, to ask what is in scope there.</summary>
        public int Position => Statement?.SpanStart ?? Arrow!.Expression.SpanStart;

        public static GuardTarget? Find(SyntaxNode flagged, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            foreach (var ancestor in flagged.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case ExpressionStatementSyntax statement:
                        return new GuardTarget(statement, null);
                    case StatementSyntax:
                    case AnonymousFunctionExpressionSyntax:
                    case MemberDeclarationSyntax:
                        return null;
                    case ArrowExpressionClauseSyntax arrow:
                        return ReturnsNothing(arrow, semanticModel, cancellationToken) ? new GuardTarget(null, arrow) : null;
                }
            }
            return null;
        }

        /// <summary><c>void M() => …</c>, a setter, or <c>async Task M() => …</c>: its body can become a statement.</summary>
        private static bool ReturnsNothing(ArrowExpressionClauseSyntax arrow, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (arrow.Parent is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax))
                return false;
            if (semanticModel.GetDeclaredSymbol(arrow.Parent, cancellationToken) is not IMethodSymbol method)
                return false;
            return method.ReturnsVoid || method.IsAsync && method.ReturnType is INamedTypeSymbol { IsGenericType: false, Name: "Task" or "ValueTask" };
        }

        /// <summary>The replacement for <see cref="ReplacedNode"/> (as it is now, after other edits inside it) guarded by <paramref name="condition"/>.</summary>
        public SyntaxNode Guard(SyntaxNode current, ExpressionSyntax condition)
        {
            if (Statement is not null)
            {
                var statement = (ExpressionStatementSyntax)current;
                var guarded = If(condition, statement);
                // `if (a) M(); else …` must not become `if (a) if (c) { M(); } else …`: the else would change owner.
                return Statement.Parent is IfStatementSyntax { Else: not null } owner && owner.Statement == Statement
                    ? SyntaxFactory.Block(guarded).WithTriviaFrom(guarded).WithAdditionalAnnotations(Formatter.Annotation)
                    : guarded;
            }
            return ToGuardedBlockBody(current, condition);
        }

        private static IfStatementSyntax If(ExpressionSyntax condition, StatementSyntax statement) =>
            SyntaxFactory.IfStatement(condition, MultiLineBlock(statement.WithoutLeadingTrivia().WithoutTrailingTrivia()))
                .WithLeadingTrivia(statement.GetLeadingTrivia())
                .WithTrailingTrivia(statement.GetTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);

        /// <summary>
        /// <c>{ statement }</c> with (elastic) line breaks: the formatter keeps blocks that are on one line on one
        /// line in some places (local functions, lambdas, accessors), and a guard should read like one.
        /// </summary>
        private static BlockSyntax MultiLineBlock(StatementSyntax statement) =>
            SyntaxFactory.Block(
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.ElasticLineFeed),
                SyntaxFactory.SingletonList(statement.WithTrailingTrivia(SyntaxFactory.ElasticLineFeed)),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken));

        /// <summary><c>void M() => E;</c> becomes <c>void M() { if (c) { E; } }</c>.</summary>
        private static SyntaxNode ToGuardedBlockBody(SyntaxNode member, ExpressionSyntax condition)
        {
            ArrowExpressionClauseSyntax? arrow;
            SyntaxToken semicolon;
            switch (member)
            {
                case BaseMethodDeclarationSyntax method:
                    (arrow, semicolon) = (method.ExpressionBody, method.SemicolonToken);
                    break;
                case LocalFunctionStatementSyntax local:
                    (arrow, semicolon) = (local.ExpressionBody, local.SemicolonToken);
                    break;
                case AccessorDeclarationSyntax accessor:
                    (arrow, semicolon) = (accessor.ExpressionBody, accessor.SemicolonToken);
                    break;
                default:
                    return member;
            }
            if (arrow is null)
                return member;
            var statement = SyntaxFactory.ExpressionStatement(arrow.Expression.WithoutTrivia());
            var body = MultiLineBlock(If(condition, statement)).WithTrailingTrivia(semicolon.TrailingTrivia).WithAdditionalAnnotations(Formatter.Annotation);
            SyntaxNode converted = member switch
            {
                BaseMethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body),
                LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body),
                AccessorDeclarationSyntax accessor => accessor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body),
                _ => member,
            };
            // The whole member, so the space before the old `=>` becomes the line break before `{` of the house style.
            return converted.WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
