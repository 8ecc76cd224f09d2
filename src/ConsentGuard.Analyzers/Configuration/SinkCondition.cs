using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>What one call's arguments say about a <see cref="SinkCondition"/>.</summary>
    internal enum ConditionResult
    {
        /// <summary>The argument is a constant among the condition's values: the call is a sink.</summary>
        Met,

        /// <summary>The argument is a constant (or absent) and none of the values: the call is not a sink.</summary>
        NotMet,

        /// <summary>The argument is computed at run time: the call counts as a sink (when in doubt, flag) and CG0008 says why.</summary>
        Unknown,
    }

    /// <summary>
    /// <c>when purpose=FineTune|fine-tune</c> after a <c>sink</c> line: the method is a sink only for calls whose
    /// <c>purpose</c> argument is one of the values (docs/third-party-apis.md 'The built-in catalog': a file upload is a training sink only when its
    /// purpose is fine-tuning). A value matches a string constant equal to it (also through an implicit
    /// conversion or a constructor taking one string), or a static field, property or enum member of that name
    /// (<c>FileUploadPurpose.FineTune</c>). <c>options.Purpose=…</c> looks at a member set in the argument's object
    /// initializer (<c>new HostedFileClientOptions { Purpose = "fine-tune" }</c>); a null argument or an unset
    /// member is "absent", which no value matches. A local variable is followed to its one initializer when
    /// nothing else writes it; anything else is <see cref="ConditionResult.Unknown"/>.
    /// </summary>
    internal sealed class SinkCondition
    {
        public const string Keyword = "when";

        private SinkCondition(string parameterName, string? memberName, ImmutableArray<string> values)
        {
            ParameterName = parameterName;
            MemberName = memberName;
            Values = values;
        }

        /// <summary>The parameter whose argument decides.</summary>
        public string ParameterName { get; }

        /// <summary>For <c>options.Purpose</c>: the member of the argument that decides; otherwise null.</summary>
        public string? MemberName { get; }

        public ImmutableArray<string> Values { get; }

        /// <summary><c>purpose</c> or <c>options.Purpose</c>, as written.</summary>
        public string Path => MemberName is null ? ParameterName : ParameterName + "." + MemberName;

        public override string ToString() => Path + "=" + string.Join("|", Values);

        /// <summary>Parses <c>PARAMETER[.MEMBER]=VALUE[|VALUE…]</c>; values are identifiers or strings without blanks.</summary>
        public static bool TryParse(string text, out SinkCondition? condition, out string error)
        {
            condition = null;
            error = "";
            var equals = text.IndexOf('=');
            if (equals <= 0 || equals == text.Length - 1)
            {
                error = "expected 'when PARAMETER=VALUE' (values separated by |), found '" + DocumentationId.Shorten(text) + "'";
                return false;
            }
            var path = text.Substring(0, equals).Split('.');
            if (path.Length > 2 || path.Any(p => !Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(p)))
            {
                error = "'" + DocumentationId.Shorten(text.Substring(0, equals)) + "' is not a parameter name (or PARAMETER.MEMBER)";
                return false;
            }
            var values = text.Substring(equals + 1).Split('|');
            if (values.Any(v => v.Length == 0))
            {
                error = "an empty value in '" + DocumentationId.Shorten(text) + "'";
                return false;
            }
            condition = new SinkCondition(path[0], path.Length == 2 ? path[1] : null, values.ToImmutableArray());
            return true;
        }

        /// <summary>True when <paramref name="method"/> has the parameter this condition reads.</summary>
        public bool AppliesTo(IMethodSymbol method) => method.Parameters.Any(p => p.Name == ParameterName);

        /// <summary>The verdict for one call, from its arguments (as <see cref="IInvocationOperation.Arguments"/> gives them).</summary>
        /// <param name="arguments">The call's arguments.</param>
        /// <param name="written">
        /// For arguments of a control-flow graph (captures, without a semantic model of their own): the operation of the
        /// written expression, from a semantic model of its tree.
        /// </param>
        public ConditionResult Evaluate(ImmutableArray<IArgumentOperation> arguments, Func<SyntaxNode, IOperation?>? written = null)
        {
            IArgumentOperation? argument = null;
            foreach (var candidate in arguments)
                if (candidate.Parameter?.Name == ParameterName)
                    argument = candidate;
            if (argument is null)
                return ConditionResult.Unknown;
            var value = Follow(argument.Value, written);
            if (MemberName is not null)
            {
                if (value is null || IsAbsent(value))
                    return ConditionResult.NotMet;
                if (value is not IObjectCreationOperation creation)
                    return ConditionResult.Unknown;
                var assigned = AssignedInInitializer(creation, MemberName);
                if (assigned is null)
                    return creation.Arguments.IsEmpty ? ConditionResult.NotMet : ConditionResult.Unknown; // a copy constructor may have set it
                value = Follow(assigned, written);
            }
            return Match(value);
        }

        /// <summary>The syntax a CG0008 for an unknown verdict points at: the argument, or the member's value in it.</summary>
        public SyntaxNode? Culprit(ImmutableArray<IArgumentOperation> arguments)
        {
            var argument = arguments.FirstOrDefault(a => a.Parameter?.Name == ParameterName);
            if (argument is null || argument.IsImplicit)
                return argument?.Parent?.Syntax;
            if (MemberName is not null && Follow(argument.Value) is IObjectCreationOperation creation && AssignedInInitializer(creation, MemberName) is { IsImplicit: false } assigned)
                return assigned.Syntax;
            return argument.Value.Syntax;
        }

        private ConditionResult Match(IOperation? value)
        {
            if (value is null || IsAbsent(value))
                return ConditionResult.NotMet;
            switch (value)
            {
                case IFieldReferenceOperation { Field: { IsStatic: true } field }:
                    return Result(Values.Contains(field.Name) || field.HasConstantValue && field.ConstantValue is string s && Values.Contains(s));
                case IPropertyReferenceOperation { Property: { IsStatic: true } property }:
                    return Result(Values.Contains(property.Name));
                case IObjectCreationOperation { Arguments: { Length: 1 } single } when single[0].Value.ConstantValue is { HasValue: true, Value: string text }:
                    return Result(Values.Contains(text));
                case IConversionOperation { OperatorMethod: not null } conversion when conversion.Operand.ConstantValue is { HasValue: true, Value: string text }:
                    return Result(Values.Contains(text));
            }
            if (value.ConstantValue is { HasValue: true } constant)
                return Result(constant.Value is string text && Values.Contains(text));
            return ConditionResult.Unknown;
        }

        private static ConditionResult Result(bool met) => met ? ConditionResult.Met : ConditionResult.NotMet;

        /// <summary>null, <c>default</c>: no value, which no condition value matches.</summary>
        private static bool IsAbsent(IOperation value) =>
            value is IDefaultValueOperation || value.ConstantValue is { HasValue: true, Value: null };

        private static IOperation? AssignedInInitializer(IObjectCreationOperation creation, string member)
        {
            if (creation.Initializer is null)
                return null;
            foreach (var initializer in creation.Initializer.Initializers)
                if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment && target.Member.Name == member)
                    return assignment.Value;
            return null;
        }

        /// <summary>
        /// The value without compiler-inserted conversions that change nothing (not user-defined ones), through a local's one
        /// initializer. The flow analysis hands over arguments of a control-flow graph, where they are captures: the
        /// written expression is read back from its syntax, in the operation tree the semantic model builds.
        /// </summary>
        private static IOperation? Follow(IOperation? value, Func<SyntaxNode, IOperation?>? written = null)
        {
            for (var depth = 0; value is not null && depth < 8; depth++)
            {
                if (value is IFlowCaptureReferenceOperation capture)
                {
                    var original = capture.SemanticModel?.GetOperation(capture.Syntax) ?? written?.Invoke(capture.Syntax);
                    if (original is null or IFlowCaptureReferenceOperation)
                        break; // not decidable: Unknown
                    value = original;
                }
                else if (value is IConversionOperation { OperatorMethod: null } conversion)
                    value = conversion.Operand;
                else if (value is IParenthesizedOperation parenthesized)
                    value = parenthesized.Operand;
                else if (value is ILocalReferenceOperation local && SingleInitializer(local) is { } initializer)
                    value = initializer;
                else
                    break;
            }
            return value;
        }

        /// <summary>The initializer of a local that is never written again (nor passed by reference) in its body; null when there is no such one value.</summary>
        private static IOperation? SingleInitializer(ILocalReferenceOperation reference)
        {
            var root = (IOperation)reference;
            while (root.Parent is not null)
                root = root.Parent;
            IOperation? initializer = null;
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                        if (declarator.GetVariableInitializer() is not { } init || initializer is not null)
                            return null;
                        initializer = init.Value;
                        break;
                    case IAssignmentOperation { Target: var target } when WritesTo(target, reference.Local):
                        return null;
                    case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: var passed } when WritesTo(passed, reference.Local):
                        return null;
                    case IIncrementOrDecrementOperation { Target: var target } when WritesTo(target, reference.Local):
                        return null;
                }
            }
            return initializer;
        }

        /// <summary>The local itself or a member of it (<c>options.Purpose = …</c> after the declaration).</summary>
        private static bool WritesTo(IOperation target, ILocalSymbol local) => target switch
        {
            ILocalReferenceOperation l => SymbolEqualityComparer.Default.Equals(l.Local, local),
            IMemberReferenceOperation { Instance: { } instance } => WritesTo(instance, local),
            _ => false,
        };
    }
}
