using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.CodeFixes.Semantics
{
    /// <summary>
    /// Finds whom flagged data is about, as expressions usable at a position: for <c>m.Headline</c> the
    /// <c>[DataSubject]</c> member of m's type (<c>m.Id</c>), for a <c>[PersonalData]</c> parameter the method's
    /// <c>[DataSubject]</c> parameter. Only side-effect-free receivers in scope at the position qualify, so the
    /// check written before the statement asks about the same person the statement then uses.
    /// </summary>
    internal sealed class DataSubjectLookup
    {
        /// <summary>How many locals deep <c>var h = m.Headline; corpus.Add(h);</c> is followed.</summary>
        private const int MaxLocalDepth = 3;

        private readonly SemanticModel _semanticModel;
        private readonly ConsentModel _model;
        private readonly int _position;
        private readonly CancellationToken _cancellationToken;
        private readonly List<ExpressionSyntax> _subjects = new List<ExpressionSyntax>();
        private readonly HashSet<string> _seen = new HashSet<string>();

        private DataSubjectLookup(SemanticModel semanticModel, ConsentModel model, int position, CancellationToken cancellationToken)
        {
            _semanticModel = semanticModel;
            _model = model;
            _position = position;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The distinct subjects of the personal data in <paramref name="flagged"/>, nearest receiver first; empty when none can be named.</summary>
        public static IReadOnlyList<ExpressionSyntax> Find(SemanticModel semanticModel, ConsentModel model, SyntaxNode flagged, int position, CancellationToken cancellationToken)
        {
            var lookup = new DataSubjectLookup(semanticModel, model, position, cancellationToken);
            if (semanticModel.GetOperation(flagged, cancellationToken) is { } operation)
                lookup.Visit(operation, 0);
            return lookup._subjects;
        }

        private void Visit(IOperation root, int depth)
        {
            // Pre-order: for m.Manager.Headline the receiver nearest to the data (m.Manager) comes before m.
            foreach (var operation in Preorder(root))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IParameterReferenceOperation { Parameter: var parameter } when _model.GetPersonalData(parameter) is not null:
                        AddSubjectParameterOf(parameter);
                        break;
                    case ILocalReferenceOperation { Local: var local } when depth < MaxLocalDepth && InitializerOf(local) is { } initializer:
                        Visit(initializer, depth + 1);
                        break;
                }
                // A receiver of personal data, or a whole domain object passed as is.
                if (operation.Type is { } type && _model.GetTypeOrigins(type).Length > 0 && SubjectMemberOf(type) is { } member && AsStableReference(operation) is { } receiver)
                    Add(MemberAccess(receiver, member.Name), TypeOf(member));
                if (operation is IMemberReferenceOperation { Instance: { } instance, Member: var personal } && _model.GetPersonalData(personal) is not null
                    && instance.Type is { } ownerType && SubjectMemberOf(ownerType) is { } subject)
                {
                    if (AsStableReference(instance) is { } stable)
                        Add(MemberAccess(stable, subject.Name), TypeOf(subject));
                }
            }
        }

        private static IEnumerable<IOperation> Preorder(IOperation root)
        {
            var stack = new Stack<IOperation>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                yield return current;
                foreach (var child in current.ChildOperations.Reverse())
                    stack.Push(child);
            }
        }

        private void AddSubjectParameterOf(IParameterSymbol personal)
        {
            if (personal.ContainingSymbol is not IMethodSymbol method)
                return;
            foreach (var candidate in method.Parameters)
                if (_model.IsDataSubject(candidate) && IsInScope(candidate))
                    Add(SyntaxFactory.IdentifierName(candidate.Name), candidate.Type);
        }

        /// <summary>The [DataSubject] field or property of a type or its bases.</summary>
        private ISymbol? SubjectMemberOf(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
                foreach (var member in current.GetMembers())
                    if (member is IFieldSymbol { IsStatic: false, AssociatedSymbol: null } or IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null }
                        && _model.IsDataSubject(member))
                        return member;
            return null;
        }

        /// <summary>
        /// The syntax of a reference that can be read again at the position with the same meaning: a parameter or
        /// local in scope there, <c>this</c>, and fields or properties of those. Null (and no subject) otherwise.
        /// An implicit <c>this</c> yields <see cref="SyntaxFactory.ThisExpression()"/>.
        /// </summary>
        private ExpressionSyntax? AsStableReference(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
                operation = conversion.Operand;
            switch (operation)
            {
                case IParameterReferenceOperation { Parameter: var parameter } when IsInScope(parameter):
                case ILocalReferenceOperation { Local: var local } when IsInScope(local):
                    return ((ExpressionSyntax)operation.Syntax).WithoutTrivia();
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } instance:
                    return instance.IsImplicit ? SyntaxFactory.ThisExpression() : ((ExpressionSyntax)instance.Syntax).WithoutTrivia();
                case IFieldReferenceOperation { Instance: { } fieldOwner, Field.IsStatic: false } when operation.Syntax is MemberAccessExpressionSyntax or IdentifierNameSyntax:
                    return AsStableReference(fieldOwner) is null ? null : ((ExpressionSyntax)operation.Syntax).WithoutTrivia();
                case IPropertyReferenceOperation { Instance: { } propertyOwner, Property.IsIndexer: false, Property.IsStatic: false } when operation.Syntax is MemberAccessExpressionSyntax or IdentifierNameSyntax:
                    return AsStableReference(propertyOwner) is null ? null : ((ExpressionSyntax)operation.Syntax).WithoutTrivia();
                default:
                    return null;
            }
        }

        private bool IsInScope(ISymbol symbol) =>
            _semanticModel.LookupSymbols(_position, name: symbol.Name).Any(s => SymbolEqualityComparer.Default.Equals(s, symbol))
            && (symbol is not ILocalSymbol || symbol.DeclaringSyntaxReferences.All(r => ConsentProviderLookup.IsDeclaredBefore(r, _position)));

        private IOperation? InitializerOf(ILocalSymbol local)
        {
            if (local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value }
                || value.SyntaxTree != _semanticModel.SyntaxTree)
                return null;
            return _semanticModel.GetOperation(value, _cancellationToken);
        }

        private static ITypeSymbol? TypeOf(ISymbol member) => member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };

        /// <summary><c>receiver.name</c>; just <c>name</c> on <c>this</c>, as code inside the type would write it.</summary>
        private static ExpressionSyntax MemberAccess(ExpressionSyntax receiver, string name) =>
            receiver is ThisExpressionSyntax
                ? SyntaxFactory.IdentifierName(name)
                : SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(name));

        private static ExpressionSyntax Invoke(ExpressionSyntax receiver, string name) =>
            SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(name)));

        /// <summary>Consent is looked up by a string id: other id types are passed as their <c>ToString()</c>.</summary>
        private void Add(ExpressionSyntax subject, ITypeSymbol? type)
        {
            if (type is not null && type.SpecialType != SpecialType.System_String)
                subject = Invoke(subject, "ToString");
            if (_seen.Add(subject.ToString()))
                _subjects.Add(subject);
        }
    }
}
