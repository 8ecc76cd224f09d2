using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>Which personal data each operation's value carries (SPEC §5 "personal value"), and what it stores where.</summary>
    internal sealed partial class BodyAnalysis
    {
        /// <summary>The personal data <paramref name="operation"/>'s value carries, where <paramref name="established"/> holds; records its stores and judges its sinks.</summary>
        private Taint Evaluate(IOperation? operation, PurposeSet established)
        {
            switch (operation)
            {
                case null:
                    return Taint.Empty;
                case ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or ISizeOfOperation or INameOfOperation
                    or IIsNullOperation or ICaughtExceptionOperation or IStaticLocalInitializationSemaphoreOperation or IEventReferenceOperation:
                    return Taint.Empty;
                case IExpressionStatementOperation statement:
                    Evaluate(statement.Operation, established);
                    return Taint.Empty;
                case IConversionOperation conversion:
                    {
                        var operand = Evaluate(conversion.Operand, established);
                        return OperatorCallValue(conversion.OperatorMethod, new[] { operand }, new[] { conversion.Operand }, established) ?? operand;
                    }
                case IAwaitOperation awaitOperation:
                    return Evaluate(awaitOperation.Operation, established);
                case ILocalReferenceOperation local:
                    return ReadLocal(local.Local);
                case IParameterReferenceOperation parameter:
                    return ParameterValue(parameter.Parameter, established);
                case IInstanceReferenceOperation instance:
                    // While summarizing, what `this` holds is cleared as far as the caller's receiver was.
                    return instance.ReferenceKind != InstanceReferenceKind.ContainingTypeInstance ? Taint.Empty
                        : TypeTaint(instance.Type, Summarizing ? established.Union(PurposeSet.Of(PurposeSet.ThisMarker)) : established);
                case IFlowCaptureReferenceOperation captureReference:
                    return Read(new CaptureKey(_current.Graph, captureReference.Id));
                case IFlowCaptureOperation capture:
                    {
                        var key = new CaptureKey(_current.Graph, capture.Id);
                        // The CFG captures a variable before mutating or compound-assigning it (`sb.Append($"…")`, `x ??= y`):
                        // remember which variable, so the mutation lands on it rather than on the temporary.
                        if (StorageOf(capture.Value) is { } variable)
                            _captureAliases[key] = variable;
                        // `a.B = cond ? x : y` captures the target `a.B` itself: an assignment to the capture is one to a.B.
                        // `Posted?.Invoke(x)` captures the event: a call through the capture is one through the event.
                        // `b.GetItems().Add(new Box { … })` captures the getter's result: a mutation through it lands in b.
                        if (capture.Value is IPropertyReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation or IEventReferenceOperation
                            || capture.Value is IInvocationOperation { Instance: { } owner, Arguments.Length: 0, TargetMethod: { IsImplicitlyDeclared: false } getter } getterCall
                               && IsOwnAccessor(getter) && !SymbolEqualityComparer.Default.Equals(getterCall.Type, owner.Type))
                            _capturedTargets[key] = capture.Value;
                        Write(key, Evaluate(capture.Value, established).ClearedFor(established));
                        return Taint.Empty;
                    }
                case IFlowAnonymousFunctionOperation lambda:
                    return Read(lambda.Symbol);
                case IDelegateCreationOperation delegateCreation:
                    return Evaluate(delegateCreation.Target, established).Union(BoundReceiverValue(delegateCreation, established));
                case IMethodReferenceOperation methodReference:
                    return Evaluate(methodReference.Instance, established).Union(MethodGroupValue(methodReference.Method, established));
                case IFieldReferenceOperation field:
                    return MemberValue(field.Field, field.Instance, established);
                case IPropertyReferenceOperation property:
                    return PropertyValue(property, established);
                case IArrayElementReferenceOperation element:
                    foreach (var index in element.Indices)
                        Evaluate(index, established);
                    return Evaluate(element.ArrayReference, established);
                case IInvocationOperation invocation:
                    return InvocationValue(invocation, established);
                case IObjectCreationOperation creation:
                    return ObjectCreationValue(creation, established);
                case ISimpleAssignmentOperation assignment:
                    {
                        RecordDelegateTarget(assignment.Target, assignment.Value);
                        var value = Evaluate(assignment.Value, established);
                        Assign(assignment.Target, value, established, assignment.Value);
                        return value;
                    }
                case ICompoundAssignmentOperation compound:
                    {
                        // `send += Log`: a combined delegate calls both, so the local may hold one more function.
                        if (compound.OperatorKind == BinaryOperatorKind.Add)
                            RecordDelegateTarget(compound.Target, compound.Value);
                        var operand = Evaluate(compound.Value, established);
                        var target = Evaluate(compound.Target, established);
                        var value = OperatorCallValue(compound.OperatorMethod, new[] { target, operand }, new[] { compound.Target, compound.Value }, established)
                            ?? operand.Union(target);
                        Assign(compound.Target, value, established, compound.Value);
                        return value;
                    }
                case ICoalesceAssignmentOperation coalesce:
                    {
                        var value = Evaluate(coalesce.Value, established).Union(Evaluate(coalesce.Target, established));
                        Assign(coalesce.Target, value, established, coalesce.Value);
                        return value;
                    }
                case IDeconstructionAssignmentOperation deconstruction:
                    {
                        var value = Evaluate(deconstruction.Value, established);
                        Deconstruct(deconstruction.Target, deconstruction.Value, value, established);
                        return value;
                    }
                case IIncrementOrDecrementOperation increment:
                    return Evaluate(increment.Target, established);
                case IBinaryOperation binary:
                    {
                        var left = Evaluate(binary.LeftOperand, established);
                        var right = Evaluate(binary.RightOperand, established);
                        var value = OperatorCallValue(binary.OperatorMethod, new[] { left, right }, new[] { binary.LeftOperand, binary.RightOperand }, established)
                            ?? left.Union(right);
                        return TypeFacts.IsBoolLike(binary.Type) ? Taint.Empty : value;
                    }
                case IUnaryOperation unary:
                    {
                        var operand = Evaluate(unary.Operand, established);
                        var value = OperatorCallValue(unary.OperatorMethod, new[] { operand }, new[] { unary.Operand }, established) ?? operand;
                        return TypeFacts.IsBoolLike(unary.Type) ? Taint.Empty : value;
                    }
                case IIsPatternOperation isPattern:
                    Bind(isPattern.Pattern, Evaluate(isPattern.Value, established), established);
                    return Taint.Empty;
                case IIsTypeOperation isType:
                    Evaluate(isType.ValueOperand, established);
                    return Taint.Empty;
                case IReturnOperation yieldReturn when yieldReturn.Syntax.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.YieldReturnStatement):
                    RecordReturn(Evaluate(yieldReturn.ReturnedValue, established), established, yieldReturn.ReturnedValue ?? yieldReturn);
                    return Taint.Empty;
                case ITupleOperation tuple:
                    return TupleValue(tuple, established);
                case IDynamicInvocationOperation dynamicInvocation:
                    return DynamicInvocationValue(dynamicInvocation, established);
                case IDynamicMemberReferenceOperation dynamicMember:
                    return DynamicMemberValue(dynamicMember, established);
                case IAnonymousObjectCreationOperation anonymous:
                    {
                        // Each property of an anonymous type is written only here: remember what it holds, so that
                        // `x.h` of a `let h = …` or `new { m.Id, m.Headline }` reads that property alone.
                        var value = Taint.Empty;
                        foreach (var initializer in anonymous.Initializers)
                        {
                            if (initializer is IAssignmentOperation { Target: IPropertyReferenceOperation property } assigned)
                            {
                                var member = Evaluate(assigned.Value, established);
                                Write(property.Property.OriginalDefinition, member.ClearedFor(established));
                                value = value.Union(member);
                            }
                            else
                                value = value.Union(Evaluate(initializer, established));
                        }
                        return value;
                    }
                default:
                    {
                        // Everything else derives from its parts (tuples, arrays, collection expressions,
                        // interpolations, switch expressions, dynamic operations, `with`, ranges, …).
                        var value = Taint.Empty;
                        foreach (var child in operation.ChildOperations)
                            value = value.Union(Evaluate(child, established));
                        return value;
                    }
            }
        }

        // ------------------------------------------------------------------ sources

        /// <summary>Personal data a value of <paramref name="type"/> carries by its type alone, cleared for <paramref name="cleared"/>.</summary>
        private Taint TypeTaint(ITypeSymbol? type, PurposeSet cleared)
        {
            var origins = _model.GetTypeOrigins(type);
            if (origins.IsEmpty)
                return Taint.Empty;
            if (!_typeTaints.TryGetValue((type!, cleared), out var taint))
                _typeTaints[(type!, cleared)] = taint = Taint.Of(origins, cleared);
            return taint;
        }

        private Taint ParameterValue(IParameterSymbol parameter, PurposeSet established)
        {
            var stored = Read(parameter);
            switch (parameter.ContainingSymbol)
            {
                case IMethodSymbol method when Summarizing && SymbolEqualityComparer.Default.Equals(method, _ownerMethod):
                    {
                        Taint Given(PurposeSet cleared) =>
                            Taint.Of(new Fact(Origin.Parameter(parameter.Ordinal), established.Union(cleared).Union(PurposeSet.Of(PurposeSet.ParameterMarker(parameter.Ordinal)))));
                        // A reassigned parameter holds what reaches the read, as a local would (issue #18: strong updates).
                        return FollowedParameterValue(parameter, Given) ?? stored.Union(Given(PurposeSet.Empty));
                    }
                case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda:
                    // A lambda passed to a call gets its parameters from the call's source; one that is not starts like a method.
                    return _seededLambdas.Contains(lambda) ? stored : stored.Union(DeclaredParameterTaint(parameter, established));
                case IMethodSymbol { MethodKind: MethodKind.LocalFunction }:
                    return stored.Union(PersonalParameterTaint(parameter, established));
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when ProbingStorage && !SymbolEqualityComparer.Default.Equals(constructor, _ownerMethod):
                    // A primary-constructor parameter captured by another member: storage of the type.
                    return stored.Union(DeclaredParameterTaint(parameter, established)).Union(StorageProbe(parameter, established));
                default:
                    return FollowedParameterValue(parameter, cleared => DeclaredParameterTaint(parameter, established.Union(cleared)))
                        ?? stored.Union(DeclaredParameterTaint(parameter, established));
            }
        }

        /// <summary>
        /// What a parameter holds on entry: a [PersonalData] parameter is personal inside its method, and so
        /// is a parameter of a personal type. When the parameter is a sink, the obligation is the callers':
        /// inside, its data counts as cleared for the sink's purposes.
        /// </summary>
        private Taint DeclaredParameterTaint(IParameterSymbol parameter, PurposeSet cleared)
        {
            cleared = cleared.Union(_model.GetParameterSinkPurposes(parameter));
            return PersonalParameterTaint(parameter, cleared).Union(TypeTaint(parameter.Type, cleared));
        }

        private Taint PersonalParameterTaint(IParameterSymbol parameter, PurposeSet cleared) =>
            _model.GetPersonalData(parameter) is { } info ? Taint.Of(new Fact(_model.OriginOf(parameter, info), cleared)) : Taint.Empty;

        private Taint PropertyValue(IPropertyReferenceOperation property, PurposeSet established)
        {
            if (property.Arguments.Length == 0)
                return MemberValue(property.Property, property.Instance, established);
            // An indexer: the element of a personal collection is personal, and so is a look-up by a personal key.
            var value = MemberValue(property.Property, property.Instance, established);
            var arguments = new Taint[property.Arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Evaluate(property.Arguments[i].Value, established);
                value = value.Union(arguments[i]);
            }
            if (property.Property.GetMethod is not null && IsIndexerRead(property))
                JudgeArguments(property.Arguments, arguments, established, null);
            return value;
        }

        /// <summary>
        /// A read of a field or property: a [PersonalData] member yields its own origin (cleared as its receiver
        /// was); other members of a personal value carry the receiver's data, except non-personal members of an
        /// object that merely has personal members (<c>member.Connections</c>); <c>.Length</c>/<c>.Count</c> carry nothing.
        /// </summary>
        private Taint MemberValue(ISymbol member, IOperation? instance, PurposeSet established)
        {
            // A followed struct field of a local (`s.Text`) holds what its last writes put there, not all the local ever held.
            var receiver = instance is null ? Taint.Empty : StructFieldValue(member, instance) ?? Evaluate(instance, established);
            return MemberValue(member, instance, receiver, instance?.Type, established);
        }

        /// <summary>A read of <paramref name="member"/> from <paramref name="instance"/>, whose value carries <paramref name="receiver"/> and whose static type is <paramref name="receiverType"/>.</summary>
        private Taint MemberValue(ISymbol member, IOperation? instance, Taint receiver, ITypeSymbol? receiverType, PurposeSet established)
        {
            if (IsSizeMember(member))
                return Taint.Empty;
            if (_deferReadsFromEmptyElements && instance is not null && receiver.IsEmpty)
                return Taint.Empty;
            var value = MemberOf(member, receiver, receiverType, established);
            if (value.IsEmpty && member is IPropertySymbol { GetMethod: { } getter } && MaySummarize(getter) && _summaries.MayYieldPersonalData(getter)
                && _summaries.SummaryOf(getter, _stack) is { } summary)
            {
                // A computed property (`string Summary => Headline + "!"`) returns what its getter reads.
                value = MethodSummary.Instantiate(summary.Returned, _ => Taint.Empty, receiver, established);
            }
            if (instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            {
                value = value.Union(Read(member));
                if (ProbingStorage && FlowSummaries.IsTrackedStorage(member))
                    value = value.Union(StorageProbe(member, established));
            }
            // Written here through an object this body does not follow (`b.GetBox().Elem = x`): whichever object it is read from.
            value = value.Union(ReadEscaped(member));
            // Private storage holds what its type's bodies write to it, in whichever instance it is read: `other._text` in
            // the same type, or a nested type's `owner._text`, as well as `_text`.
            if (FlowSummaries.IsTrackedStorage(member))
                value = value.Union(_summaries.FieldTaint(member, _stack));
            if (value.IsEmpty)
                value = TypeTaint(MemberType(member), receiver.CommonClearance().Union(established));
            return value;
        }

        /// <summary>
        /// <c>d.X</c>, bound at run time (issue #18 shape 5; docs/semantics.md §6). When the value's static origin is known (a cast
        /// <c>((dynamic)m).X</c>, or a local assigned once from a typed expression, <c>dynamic d = m</c>) and that type has a field or
        /// property X, the read is that member's read from that type, as a static read would be (<c>d.Motto</c> of a Member is not
        /// personal). Otherwise every member it could read lends what it holds (<see cref="DynamicMembers"/>), with the receiver's data.
        /// </summary>
        private Taint DynamicMemberValue(IDynamicMemberReferenceOperation dynamicMember, PurposeSet established)
        {
            var receiver = Evaluate(dynamicMember.Instance, established);
            if (dynamicMember.Instance is { } instance && DynamicOriginType(instance) is { } origin)
            {
                var known = DynamicMembers.MembersOf(origin, dynamicMember.MemberName).ToList();
                if (known.Count > 0)
                {
                    var read = Taint.Empty;
                    foreach (var member in known)
                        read = read.Union(MemberValue(member, instance, receiver, origin, established));
                    return read;
                }
            }
            var value = receiver;
            foreach (var candidate in DynamicMembers.Candidates(_model.Compilation, dynamicMember))
                value = value.Union(MemberValue(candidate, null, established));
            return value;
        }

        /// <summary>The static type a dynamic value had before it became dynamic, when known: a cast's operand, a local assigned once from a typed initializer.</summary>
        private ITypeSymbol? DynamicOriginType(IOperation instance)
        {
            var type = instance.WithoutConversions().Type;
            if (type is { TypeKind: TypeKind.Dynamic } && instance.WithoutConversions() is ILocalReferenceOperation { Local: var local }
                && _localWrites is not null && _localWrites.AssignedOnce.Contains(local)
                && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } initializer })
                type = _model.SemanticModelFor(initializer.SyntaxTree).GetTypeInfo(initializer, _cancellationToken).Type;
            return type is { TypeKind: not TypeKind.Dynamic and not TypeKind.Error } && type.SpecialType != SpecialType.System_Object ? type : null;
        }

        /// <summary>What reading <paramref name="member"/> from a receiver carrying <paramref name="receiver"/> yields, before storage and type are considered.</summary>
        private Taint MemberOf(ISymbol member, Taint receiver, ITypeSymbol? receiverType, PurposeSet established)
        {
            if (IsSizeMember(member))
                return Taint.Empty;
            if (_model.GetPersonalData(member) is { } info)
                return Taint.Of(new Fact(_model.OriginOf(member, info), receiver.CommonClearance().Union(established)));
            if (receiverType is { IsAnonymousType: true } && member is IPropertySymbol)
                return receiver.IsEmpty ? Taint.Empty : Read(member.OriginalDefinition).ClearedFor(receiver.CommonClearance());
            return !receiver.IsEmpty && !_model.HasPersonalMembersOnly(receiverType) ? OnlyWhatWentInto(member, receiver) : Taint.Empty;
        }

        /// <summary>An indexer read, not the target of an assignment (whose arguments are judged with the setter).</summary>
        private static bool IsIndexerRead(IPropertyReferenceOperation property) =>
            !(property.Parent is IAssignmentOperation assignment && assignment.Target == property);

        private static bool IsSizeMember(ISymbol member) =>
            member is IPropertySymbol { Name: "Length" or "Count" or "LongLength", Type.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 };

        private static ITypeSymbol? MemberType(ISymbol member) => member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        /// <summary>
        /// A user-defined operator or conversion is a call (docs/semantics.md §6): with a summary of its body, its result is what
        /// the body returns of its operands (and of its own reads), and an operand the body sends to a sink is judged where it is
        /// written. Null without a summary (a library's operator, summaries off): the caller then lets every operand through.
        /// </summary>
        private Taint? OperatorCallValue(IMethodSymbol? method, Taint[] operands, IOperation[] written, PurposeSet established)
        {
            if (method is null || !MaySummarize(method) || _summaries.SummaryOf(method, _stack) is not { } summary)
                return null;
            if (_judging || Summarizing)
                for (var i = 0; i < operands.Length; i++)
                    foreach (var purpose in summary.SinkPurposesOf(i).Items)
                        Judge(operands[i], purpose, established, written[i].Syntax);
            return MethodSummary.Instantiate(summary.Returned, ordinal => ordinal < operands.Length ? operands[ordinal] : Taint.Empty, Taint.Empty, established);
        }

        // ------------------------------------------------------------------ stores

        /// <summary>Stores <paramref name="value"/> (cleared for what is established here) into <paramref name="target"/>, judging assignment sinks.</summary>
        private void Assign(IOperation target, Taint value, PurposeSet established, IOperation valueOperation)
        {
            var stored = value.ClearedFor(established);
            switch (target)
            {
                case ILocalReferenceOperation local:
                    WriteLocal(local.Local, local, stored);
                    RecordWrapped(local.Local, valueOperation);
                    break;
                case IParameterReferenceOperation parameter:
                    Write(parameter.Parameter, stored);
                    if (IsFollowed(parameter.Parameter))
                        Define(parameter.Parameter, parameter, stored);
                    break;
                case IFlowCaptureReferenceOperation capture:
                    {
                        var key = new CaptureKey(_current.Graph, capture.Id);
                        Write(key, stored);
                        if (_captureAliases.TryGetValue(key, out var variable))
                            WriteRoot(variable, stored);
                        if (_capturedTargets.TryGetValue(key, out var captured))
                            Assign(captured, value, established, valueOperation);
                        break;
                    }
                case IFieldReferenceOperation field:
                    JudgeAssignment(field.Field, value, established, valueOperation);
                    StoreIntoMember(field.Field, field.Instance, stored, established);
                    break;
                case IPropertyReferenceOperation property:
                    JudgeAssignment(property.Property, value, established, valueOperation);
                    foreach (var argument in property.Arguments)
                        stored = stored.Union(Evaluate(argument.Value, established).ClearedFor(established));
                    StoreIntoMember(property.Property, property.Instance, stored, established);
                    break;
                case IArrayElementReferenceOperation element:
                    RecordWriteThrough(element.ArrayReference, stored);
                    if (MutationRoot(element.ArrayReference) is { } arrayRoot)
                        WriteRoot(arrayRoot, stored);
                    break;
                case IDeclarationExpressionOperation declaration:
                    Assign(declaration.Expression, value, established, valueOperation);
                    break;
                case ITupleOperation tuple:
                    foreach (var element in tuple.Elements)
                        Assign(element, value, established, valueOperation);
                    break;
                case IConversionOperation conversion:
                    Assign(conversion.Operand, value, established, valueOperation);
                    break;
                default:
                    if (target.ChildOperations.FirstOrDefault() is { } instance && MutationRoot(instance) is { } root)
                        WriteRoot(root, stored);
                    break;
            }
        }

        /// <summary>A field or property written: of this instance (or static), it is storage; of a local object, the object now holds the data.</summary>
        private void StoreIntoMember(ISymbol member, IOperation? instance, Taint stored, PurposeSet established)
        {
            if (instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
                WriteMember(member, stored);
            else if (TryWriteStructField(member, instance, stored))
                RecordMemberWrite(member, stored);
            else if (MutationRoot(instance) is { } root)
            {
                RecordMemberWrite(member, stored);
                if (IsOwnParameter(root))
                    RecordFilledPath(member, instance, stored);
                WriteRoot(root, stored);
            }
            else
            {
                Evaluate(instance, established);
                WriteEscaped(member, stored);
            }
        }

        /// <summary>
        /// The storage a mutation of <paramref name="receiver"/> lands in: a local, parameter, capture, or a field
        /// of this instance; through fluent calls (<c>sb.Append(a).Append(b)</c>) to their first receiver.
        /// </summary>
        private object? MutationRoot(IOperation? receiver)
        {
            switch (receiver)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                case IFlowCaptureReferenceOperation capture:
                    {
                        // A captured member path (`b.Items` spilled before `Add(new Box { … })`) is mutated where it leads.
                        var key = new CaptureKey(_current.Graph, capture.Id);
                        return _captureAliases.TryGetValue(key, out var variable) ? variable
                            : _capturedTargets.TryGetValue(key, out var captured) && MutationRoot(captured) is { } capturedRoot ? capturedRoot
                            : key;
                    }
                case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field:
                    return field.Field;
                case IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Arguments.Length: 0 } property:
                    return property.Property;
                case IConversionOperation conversion:
                    return MutationRoot(conversion.Operand);
                case IFieldReferenceOperation { Instance: { } owner } field:
                    return MemberObjectRoot(field.Field, owner); // `batch.Lines.Add(x)`: a local object holds what its members hold
                case IPropertyReferenceOperation { Instance: { } owner } property:
                    return MemberObjectRoot(property.Property, owner);
                case IInvocationOperation { Instance: { } instance } invocation
                    when SymbolEqualityComparer.Default.Equals(invocation.Type, instance.Type):
                    return MutationRoot(instance);
                case IInvocationOperation { Instance: { } owner, Arguments.Length: 0, TargetMethod: var getter } when IsOwnAccessor(getter):
                    return PartRoot(owner); // `o.GetBox().Elem = x`: a getter of our own type returns a part of its object
                default:
                    return null;
            }
        }

        /// <summary>
        /// Only objects made here (locals, temporaries) are held to hold their members' data: a service in a field
        /// (`_ml.Data.LoadFromEnumerable(xs)`) does not become personal because one of its parts was handed some.
        /// </summary>
        private object? LocalObjectRoot(IOperation owner) => MutationRoot(owner) is { } root && root is ILocalSymbol or CaptureKey ? root : null;

        /// <summary>
        /// The storage a mutation through <paramref name="member"/> of <paramref name="owner"/> lands in. A plain data member
        /// declared in this code (a field or auto-property of our own batch/row type) passes it to its object wherever that
        /// object is kept, a field included (<c>_current.Lines.Add(x)</c>); a library type's member only when the object is local.
        /// </summary>
        private object? MemberObjectRoot(ISymbol member, IOperation owner) =>
            IsPlainStorage(member) && !member.DeclaringSyntaxReferences.IsDefaultOrEmpty ? MutationRoot(owner)
            : member is IPropertySymbol { GetMethod: { } getter } && IsOwnAccessor(getter) ? PartRoot(owner)
            : LocalObjectRoot(owner);

        /// <summary>A getter of a type of this compilation (a computed property, a <c>GetBox()</c> method) that returns a mutable part of its object.</summary>
        private static bool IsOwnAccessor(IMethodSymbol getter) =>
            !getter.ReturnsVoid && !getter.IsStatic && !IsImmutable(getter.ReturnType) && !getter.DeclaringSyntaxReferences.IsDefaultOrEmpty;

        /// <summary>
        /// The storage a mutation through a part its owner's own getter returned lands in (<c>o.Inner.Text = x</c> with
        /// <c>Inner => _inner</c>): an object made here, or, in a helper, the object its caller passed in (the caller's object holds
        /// it, issue #18 shape 2). Not a service kept in a field: see <see cref="LocalObjectRoot"/>.
        /// </summary>
        private object? PartRoot(IOperation owner) =>
            MutationRoot(owner) is { } root && (root is ILocalSymbol or CaptureKey || IsOwnParameter(root)) ? root : null;

        private bool IsOwnParameter(object root) =>
            Summarizing && root is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _ownerMethod);

        /// <summary>While summarizing, the members along a path written into a parameter's object (<c>o.Plain.Text</c>: Text, then Plain).</summary>
        private void RecordFilledPath(ISymbol member, IOperation? instance, Taint stored)
        {
            if (stored.IsEmpty)
                return;
            for (ISymbol? current = member; current is not null; )
            {
                if (IsPlainStorage(current))
                {
                    var key = MemberKey(current);
                    _result.FilledMembers[key] = _result.FilledMembers.TryGetValue(key, out var known) ? known.Union(stored) : stored;
                }
                (current, instance) = instance?.WithoutConversions() switch
                {
                    IFieldReferenceOperation field => (field.Field, field.Instance),
                    IPropertyReferenceOperation property => (property.Property, property.Instance),
                    _ => ((ISymbol?)null, (IOperation?)null),
                };
            }
        }

        /// <summary>The variable an operation reads as a whole (a local, parameter, or field/auto-property of this instance), if any.</summary>
        private static ISymbol? StorageOf(IOperation operation)
        {
            return operation.WithoutConversions() switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
                IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Arguments.Length: 0 } property => property.Property,
                _ => null,
            };
        }

        private void WriteRoot(object root, Taint stored)
        {
            switch (root)
            {
                case IFieldSymbol or IPropertySymbol:
                    WriteMember((ISymbol)root, stored);
                    break;
                case ILocalSymbol local:
                    AddToLocal(local, stored);
                    WriteWrapped(local, stored);
                    break;
                case IParameterSymbol parameter when Summarizing && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _ownerMethod):
                    // What a helper puts into an object its caller passed in lands in the caller's object.
                    _result.FilledParameters[parameter.Ordinal] = _result.FilledParameters.TryGetValue(parameter.Ordinal, out var filled) ? filled.Union(stored) : stored;
                    Write(parameter, stored);
                    if (IsFollowed(parameter))
                        AddToDefinitions(parameter, stored);
                    break;
                case IParameterSymbol parameter:
                    Write(parameter, stored);
                    if (IsFollowed(parameter))
                        AddToDefinitions(parameter, stored);
                    break;
                case ISymbol symbol:
                    Write(symbol, stored);
                    break;
                case CaptureKey capture:
                    Write(capture, stored);
                    break;
            }
        }

        private readonly Dictionary<ILocalSymbol, HashSet<ILocalSymbol>> _wrapped = new Dictionary<ILocalSymbol, HashSet<ILocalSymbol>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// A library object made over an object of this body (<c>new StreamWriter(ms)</c>, <c>new Utf8JsonWriter(buffer)</c>, a
        /// compressor over a stream) writes into it: what is written to the wrapper lands in the wrapped object too (probe17;
        /// SPEC §5 "serializers"). Only locals are linked: a shared object (<c>Encoding.UTF8</c>) is not written by its users.
        /// </summary>
        private void RecordWrapped(ILocalSymbol wrapper, IOperation value)
        {
            var creation = value.WithoutConversions() as IObjectCreationOperation
                ?? _model.SemanticModelFor(value.Syntax.SyntaxTree).GetOperation(value.Syntax, _cancellationToken)?.WithoutConversions() as IObjectCreationOperation;
            if (creation is not { Constructor: { } constructor } || !constructor.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                return;
            foreach (var argument in creation.Arguments)
                if (argument.Value.WithoutConversions() is ILocalReferenceOperation { Local: var wrapped } && !IsImmutable(wrapped.Type)
                    && wrapped.Type is { IsReferenceType: true, TypeKind: not TypeKind.Delegate } && !SymbolEqualityComparer.Default.Equals(wrapped, wrapper))
                {
                    if (!_wrapped.TryGetValue(wrapper, out var set))
                        _wrapped[wrapper] = set = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
                    if (set.Add(wrapped))
                        _changed = true;
                }
        }

        /// <summary>What is written into a wrapper lands in the objects it wraps (a few levels: a writer over a compressor over a stream).</summary>
        private void WriteWrapped(ILocalSymbol wrapper, Taint stored, int depth = 0)
        {
            if (depth > 4 || !_wrapped.TryGetValue(wrapper, out var wrapped))
                return;
            foreach (var inner in wrapped)
            {
                AddToLocal(inner, stored);
                WriteWrapped(inner, stored, depth + 1);
            }
        }

        /// <summary>Declarations in patterns (<c>is { } view</c>, <c>is { Headline: var h }</c>) receive what they match.</summary>
        private void Bind(IPatternOperation? pattern, Taint value, PurposeSet established)
        {
            switch (pattern)
            {
                case IDeclarationPatternOperation declaration:
                    if (declaration.DeclaredSymbol is ILocalSymbol local)
                        WriteLocal(local, declaration, value);
                    break;
                case IRecursivePatternOperation recursive:
                    if (recursive.DeclaredSymbol is ILocalSymbol declared)
                        WriteLocal(declared, recursive, value);
                    foreach (var positional in recursive.DeconstructionSubpatterns)
                        Bind(positional, value, established);
                    foreach (var property in recursive.PropertySubpatterns)
                        Bind(property.Pattern, SubpatternValue(property.Member, value, recursive.MatchedType, established), established);
                    break;
                case IListPatternOperation list:
                    if (list.DeclaredSymbol is ILocalSymbol listLocal)
                        WriteLocal(listLocal, list, value);
                    foreach (var element in list.Patterns)
                        Bind(element, value, established);
                    break;
                case ISlicePatternOperation slice:
                    Bind(slice.Pattern, value, established);
                    break;
                case IBinaryPatternOperation binary:
                    Bind(binary.LeftPattern, value, established);
                    Bind(binary.RightPattern, value, established);
                    break;
                case INegatedPatternOperation negated:
                    Bind(negated.Pattern, value, established);
                    break;
            }
        }

        private Taint SubpatternValue(IOperation member, Taint matched, ITypeSymbol? matchedType, PurposeSet established)
        {
            var symbol = member switch
            {
                IPropertyReferenceOperation property => (ISymbol)property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (symbol is null)
                return matched;
            var value = MemberOf(symbol, matched, matchedType ?? symbol.ContainingType, established);
            return value.IsEmpty && !IsSizeMember(symbol) ? TypeTaint(MemberType(symbol), matched.CommonClearance().Union(established)) : value;
        }

        /// <summary>
        /// <c>var (a, b) = x</c>: a tuple literal deconstructs element by element; an object through its Deconstruct
        /// method's out parameters, matched to its properties by name (positional records); anything else as a whole.
        /// </summary>
        private void Deconstruct(IOperation target, IOperation valueOperation, Taint value, PurposeSet established)
        {
            var targets = (target is IDeclarationExpressionOperation declaration ? declaration.Expression : target) as ITupleOperation;
            if (targets is null)
            {
                Assign(target, value, established, valueOperation);
                return;
            }
            if (valueOperation.WithoutConversions() is ITupleOperation tuple && tuple.Elements.Length == targets.Elements.Length)
            {
                // The right side is evaluated before any element is written: `(a, b) = (b, a)` swaps.
                var elements = tuple.Elements.Select(element => Evaluate(element, established)).ToArray();
                for (var i = 0; i < targets.Elements.Length; i++)
                    Deconstruct(targets.Elements[i], tuple.Elements[i], elements[i], established);
                return;
            }
            var properties = DeconstructedProperties(valueOperation.Type, targets.Elements.Length);
            for (var i = 0; i < targets.Elements.Length; i++)
            {
                var element = properties.IsDefault ? value : MemberOf(properties[i], value, valueOperation.Type, established);
                if (!properties.IsDefault && element.IsEmpty)
                    element = TypeTaint(MemberType(properties[i]), value.CommonClearance().Union(established));
                Deconstruct(targets.Elements[i], valueOperation, element, established);
            }
        }

        private static System.Collections.Immutable.ImmutableArray<ISymbol> DeconstructedProperties(ITypeSymbol? type, int count)
        {
            if (type is null)
                return default;
            foreach (var method in type.GetMembers("Deconstruct").OfType<IMethodSymbol>())
            {
                if (method.Parameters.Length != count)
                    continue;
                var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<ISymbol>(count);
                foreach (var parameter in method.Parameters)
                {
                    var property = type.GetMembers().FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol && string.Equals(m.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase));
                    if (property is null)
                        return default;
                    builder.Add(property);
                }
                return builder.MoveToImmutable();
            }
            return default;
        }
    }
}
