using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Local functions, and lambdas called through a delegate local (<c>Action&lt;string&gt; send = s => corpus.Add(s); send(x)</c>),
    /// called like methods. One that touches no variable of the body around it is summarized like a source method
    /// (SPEC §5: a parameter that reaches a sink inside makes the call site the sink; each call site gets back what it
    /// passed in). One that shares variables with the body is analyzed with it instead: its parameters hold what
    /// every call passes, and its sinks are judged inside.
    /// </summary>
    internal sealed partial class BodyAnalysis
    {
        private readonly Dictionary<IMethodSymbol, MethodSummary?> _nestedSummaries = new Dictionary<IMethodSymbol, MethodSummary?>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ILocalSymbol, HashSet<IMethodSymbol>> _delegateTargets = new Dictionary<ILocalSymbol, HashSet<IMethodSymbol>>(SymbolEqualityComparer.Default);

        /// <summary>The summary of a self-contained local function or lambda of this body; null when it shares variables with the body.</summary>
        private MethodSummary? NestedSummary(IMethodSymbol function)
        {
            function = function.OriginalDefinition;
            if (_nestedSummaries.TryGetValue(function, out var summary))
                return summary;
            _nestedSummaries[function] = null; // a function that calls itself is analyzed with its body
            var graph = GraphOf(function);
            if (graph is not null && !SymbolEqualityComparer.Default.Equals(function, _owner) && IsSelfContained(function, graph.OriginalOperation))
                summary = Run(_model, _summaries, function, graph, BodyAnalysisMode.Summarize, _stack, _cancellationToken).ToSummary();
            else if (graph is null)
                summary = _summaries.FunctionSummary(function, _stack); // a lambda of another body, held by a delegate field
            _nestedSummaries[function] = summary;
            return summary;
        }

        private ControlFlowGraph? GraphOf(IMethodSymbol function)
        {
            foreach (var info in _graphs)
                if (SymbolEqualityComparer.Default.Equals(info.Owner.OriginalDefinition, function))
                    return info.Graph;
            return null;
        }

        /// <summary>
        /// A function as this body knows it: a lambda found by <see cref="DelegateTargets"/> was bound by another semantic model, so
        /// the same lambda here (by its syntax) stands for it; anything else is itself.
        /// </summary>
        private IMethodSymbol InThisBody(IMethodSymbol function)
        {
            if (function.MethodKind != MethodKind.AnonymousFunction || function.DeclaringSyntaxReferences.FirstOrDefault() is not { } reference)
                return function;
            foreach (var info in _graphs)
                if (info.Owner is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } owner
                    && owner.DeclaringSyntaxReferences.FirstOrDefault() is { } own && own.Span == reference.Span && own.SyntaxTree == reference.SyntaxTree)
                    return owner;
            return function;
        }

        /// <summary>
        /// True when <paramref name="body"/> uses no local, parameter or local function of the body around <paramref name="function"/>
        /// (a type's fields and primary-constructor parameters belong to no body: they are what any method may use).
        /// </summary>
        private bool IsSelfContained(IMethodSymbol function, IOperation body)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                var used = operation switch
                {
                    ILocalReferenceOperation local => local.Local.ContainingSymbol,
                    IParameterReferenceOperation parameter => parameter.Parameter.ContainingSymbol,
                    IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call => call.TargetMethod.OriginalDefinition.ContainingSymbol,
                    IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference => reference.Method.OriginalDefinition.ContainingSymbol,
                    _ => null,
                };
                if (used is not null && IsWithin(used, _owner) && !IsWithin(used, function))
                    return false;
            }
            return true;
        }

        private static bool IsWithin(ISymbol symbol, ISymbol container)
        {
            container = container.OriginalDefinition;
            for (ISymbol? current = symbol; current is not null; current = current.ContainingSymbol)
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, container))
                    return true;
            return false;
        }

        /// <summary>
        /// Remembers the functions a delegate local may hold (<c>Action&lt;string&gt; send = s => …</c>, <c>= Send</c>, an element of
        /// a container of functions: <c>var h = handlers[0]</c>).
        /// </summary>
        private void RecordDelegateTarget(IOperation target, IOperation value)
        {
            if (target is not ILocalReferenceOperation { Local: var local })
                return;
            var functions = DelegateTargets.FunctionOf(value) is { } function ? new[] { function } : HeldFunctions(value);
            if (functions.Count == 0)
                return;
            if (!_delegateTargets.TryGetValue(local, out var targets))
                _delegateTargets[local] = targets = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var held in functions)
                if (targets.Add(held))
                    _changed = true;
        }

        /// <summary>
        /// The functions the delegate a call invokes may be, when it is a local of this body; <paramref name="onlyTarget"/>
        /// is set when the local is assigned once, with that function, so the call is that function's call and nothing else.
        /// </summary>
        private IEnumerable<IMethodSymbol> DelegateTargetsOf(IInvocationOperation invocation, out IMethodSymbol? onlyTarget)
        {
            onlyTarget = null;
            return invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke && invocation.Instance is not null
                ? DelegateLocalTargets(invocation.Instance, out onlyTarget)
                : System.Array.Empty<IMethodSymbol>();
        }

        /// <summary>The one function a delegate local holds, when it is assigned once (<c>Func&lt;Member, bool&gt; ok = x => …; Where(ok)</c>).</summary>
        private IMethodSymbol? OnlyDelegateTarget(IOperation value)
        {
            DelegateLocalTargets(value, out var onlyTarget);
            return onlyTarget;
        }

        /// <summary>
        /// The functions <paramref name="value"/> may be when it reads a delegate local of this body (directly or through a capture),
        /// or a delegate field or property of this compilation (every function assigned to it anywhere: <see cref="DelegateTargets"/>).
        /// </summary>
        private IEnumerable<IMethodSymbol> DelegateLocalTargets(IOperation value, out IMethodSymbol? onlyTarget)
        {
            onlyTarget = null;
            if (HeldFunctions(value) is { Count: > 0 } held)
                return held;
            ISymbol? variable = value.WithoutConversions() switch
            {
                ILocalReferenceOperation local => local.Local,
                IFlowCaptureReferenceOperation capture => _captureAliases.TryGetValue(new CaptureKey(_current.Graph, capture.Id), out var aliased) ? aliased
                    : _capturedTargets.TryGetValue(new CaptureKey(_current.Graph, capture.Id), out var captured) && captured is IMemberReferenceOperation { Member: var capturedMember } ? capturedMember
                    : null,
                _ => null,
            };
            if (variable is null && value.WithoutConversions() is IMemberReferenceOperation member)
                variable = member.Member;
            if (variable is IFieldSymbol or IPropertySymbol or IEventSymbol && _summaries.Enabled && _summaries.Delegates.IsStoredDelegate(variable))
                return _summaries.Delegates.StoredIn(variable, _cancellationToken).Select(InThisBody); // may be reassigned anywhere: never the only target
            if (variable is ILocalSymbol iterated && HeldByDeclaration(iterated) is { Count: > 0 } declaredFrom)
                return _delegateTargets.TryGetValue(iterated, out var alsoAssigned) ? declaredFrom.Union(alsoAssigned, (IEqualityComparer<IMethodSymbol>)SymbolEqualityComparer.Default) : declaredFrom;
            if (variable is not ILocalSymbol delegateLocal || !_delegateTargets.TryGetValue(delegateLocal, out var targets))
                return System.Array.Empty<IMethodSymbol>();
            if (targets.Count == 1 && _localWrites is not null && _localWrites.AssignedOnce.Contains(delegateLocal))
                onlyTarget = targets.First();
            return targets;
        }

        /// <summary>
        /// The functions a delegate read out of a container may be (issue #18, shape 1): an element (<c>handlers[0]</c>,
        /// <c>handlers["x"]</c>) or a call on the container returning a delegate (<c>First()</c>, <c>GetValueOrDefault(k)</c>) is any
        /// function put into it (<see cref="DelegateTargets.HeldIn"/>). A flow capture stands for the expression it captured.
        /// </summary>
        private IReadOnlyCollection<IMethodSymbol> HeldFunctions(IOperation value)
        {
            if (!_summaries.Enabled || value.Type is not { TypeKind: TypeKind.Delegate })
                return System.Array.Empty<IMethodSymbol>();
            var read = value.WithoutConversions();
            if (read is IFlowCaptureReferenceOperation)
                read = _model.SemanticModelFor(read.Syntax.SyntaxTree).GetOperation(read.Syntax, _cancellationToken)?.WithoutConversions() ?? read;
            var container = read switch
            {
                IArrayElementReferenceOperation element => element.ArrayReference,
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
                IInvocationOperation { Instance: { } instance } => instance,
                IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } call => call.Arguments[0].Value,
                _ => null,
            };
            return container is not null && ContainerSymbol(container) is { } symbol
                ? _summaries.Delegates.HeldIn(symbol, _cancellationToken).Select(InThisBody).ToList()
                : (IReadOnlyCollection<IMethodSymbol>)System.Array.Empty<IMethodSymbol>();
        }

        /// <summary>
        /// The functions a local declared from a container may be: a <c>foreach</c> variable over it, an out variable of a call on it
        /// (<c>handlers.TryGetValue(k, out var h)</c>).
        /// </summary>
        private IReadOnlyCollection<IMethodSymbol> HeldByDeclaration(ILocalSymbol local)
        {
            if (!_summaries.Enabled || local.Type.TypeKind != TypeKind.Delegate || local.DeclaringSyntaxReferences.FirstOrDefault() is not { } reference)
                return System.Array.Empty<IMethodSymbol>();
            var container = reference.GetSyntax(_cancellationToken) switch
            {
                ForEachStatementSyntax loop => loop.Expression,
                SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } } } } } => access.Expression,
                _ => null,
            };
            return container is not null && _model.SemanticModelFor(container.SyntaxTree).GetSymbolInfo(container, _cancellationToken).Symbol is { } symbol
                ? _summaries.Delegates.HeldIn(symbol, _cancellationToken).Select(InThisBody).ToList()
                : (IReadOnlyCollection<IMethodSymbol>)System.Array.Empty<IMethodSymbol>();
        }

        private ISymbol? ContainerSymbol(IOperation container) =>
            container.WithoutConversions() switch
            {
                ILocalReferenceOperation local => local.Local,
                IMemberReferenceOperation member => member.Member,
                { Syntax: ExpressionSyntax expression } => _model.SemanticModelFor(expression.SyntaxTree).GetSymbolInfo(expression, _cancellationToken).Symbol,
                _ => null,
            };

        /// <summary>A call of a local function, or of the functions a delegate local holds: judged and returned like a method call.</summary>
        private Taint NestedCall(IMethodSymbol function, IInvocationOperation invocation, Taint[] argumentValues, PurposeSet established)
        {
            var arguments = invocation.Arguments;
            var summary = function.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction
                ? NestedSummary(function)
                : MaySummarize(function) ? _summaries.SummaryOf(function, _stack) : null;
            JudgeArguments(arguments, argumentValues, established, summary, forwardedTo: function);

            if (summary is null && function.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
            {
                // Shares variables with this body: its parameters hold what every call passes.
                if (function.MethodKind == MethodKind.AnonymousFunction && _seededLambdas.Add(function.OriginalDefinition))
                    _changed = true;
                for (var i = 0; i < arguments.Length; i++)
                    if (arguments[i].Parameter is { } parameter && parameter.Ordinal < function.Parameters.Length)
                        Write(function.Parameters[parameter.Ordinal].OriginalDefinition, argumentValues[i].ClearedFor(established));
                return Read(function.OriginalDefinition);
            }

            // An extension bound to its receiver numbers its summary from `this` (DelegateTargets.DeclaredOrdinal); its sinks are
            // judged above with that numbering, its result below; its writes into arguments and out parameters are not mapped.
            if (function.ReducedFrom is not null)
                summary = null;
            if (summary is not null)
                FillArguments(invocation.Arguments, summary, argumentValues, Taint.Empty, established);
            Taint result;
            if (function.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                result = MethodSummary.Instantiate(summary!.Returned, ordinal => ArgumentFor(invocation, ordinal, argumentValues), Taint.Empty, established);
            else
            {
                // A method group (`Func<Member, string> describe = Describe;`): what that method makes of its arguments,
                // and of the receiver the delegate was made with.
                var passed = Taint.Empty;
                foreach (var value in argumentValues)
                    passed = passed.Union(value ?? Taint.Empty);
                result = MethodGroupResult(function, passed, established).Union(invocation.Instance is null ? Taint.Empty : Evaluate(invocation.Instance, established));
            }
            if (summary is not null)
                AssignOutArguments(arguments, parameter => MethodSummary.Instantiate(summary.OutParameterTaint(parameter.Ordinal), ordinal => ArgumentFor(invocation, ordinal, argumentValues), Taint.Empty, established),
                    established);
            return result;
        }
    }
}
