using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ConsentGuard.Analyzers.Model;
using Definitions = System.Collections.Immutable.ImmutableDictionary<object,
    System.Collections.Immutable.ImmutableDictionary<Microsoft.CodeAnalysis.IOperation, ConsentGuard.Analyzers.Model.PurposeSet>>;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Locals followed write by write: a read sees only the assignments that reach it, so
    /// <c>text = Redact(text); corpus.Add(text);</c> no longer carries what <c>text</c> held before, and a sink before
    /// the personal assignment sees nothing. Each assignment is a definition; mutations (<c>list.Add</c>,
    /// <c>sb.Append</c>, members of a local object) add to the definitions the local may hold there. A definition also
    /// carries the purposes established on every path from it to here (<c>var t = m.Headline; if (!check) t = "";</c>: the
    /// first definition reaches the sink only where the check passed). Locals shared with
    /// a lambda or local function, and reads where no definition is known (a catch or finally block), fall back to
    /// everything the local is ever given.
    /// </summary>
    internal sealed partial class BodyAnalysis
    {
        private static readonly Definitions NoDefinitions =
            ImmutableDictionary.Create<object, ImmutableDictionary<IOperation, PurposeSet>>(VariableComparer.Instance);

        /// <summary>A field or property of a value-type local, followed as a variable of its own (<see cref="LocalWrites.StructFields"/>).</summary>
        private readonly struct StructField : System.IEquatable<StructField>
        {
            public StructField(ILocalSymbol local, ISymbol member)
            {
                Local = local;
                Member = member.OriginalDefinition;
            }

            public ILocalSymbol Local { get; }

            public ISymbol Member { get; }

            public bool Equals(StructField other) =>
                SymbolEqualityComparer.Default.Equals(Local, other.Local) && SymbolEqualityComparer.Default.Equals(Member, other.Member);

            public override bool Equals(object? obj) => obj is StructField other && Equals(other);

            public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Local) * 31 + SymbolEqualityComparer.Default.GetHashCode(Member);
        }

        /// <summary>Variables followed write by write: symbols (locals, parameters) and struct fields of locals.</summary>
        private sealed class VariableComparer : IEqualityComparer<object>
        {
            public static readonly VariableComparer Instance = new VariableComparer();

            public new bool Equals(object? x, object? y) =>
                x is ISymbol a ? y is ISymbol b && SymbolEqualityComparer.Default.Equals(a, b) : x is not null && x.Equals(y);

            public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
        }

        private readonly Dictionary<IOperation, Taint> _definitionValues = new Dictionary<IOperation, Taint>();
        private readonly Dictionary<BasicBlock, Definitions> _definitionsAtEntry = new Dictionary<BasicBlock, Definitions>();
        private readonly Dictionary<BasicBlock, Definitions> _definitionsAtExit = new Dictionary<BasicBlock, Definitions>();
        private Definitions _definitions = NoDefinitions;

        /// <summary>
        /// Following locals costs up to (blocks × locals) set operations: a machine-written method with thousands of both
        /// gets the flow-insensitive reading instead (sound, less precise), so no body takes seconds.
        /// </summary>
        private const long FollowedLocalsBudget = 2_000_000;

        private bool _followLocals = true;

        private void DecideLocalFollowing(ControlFlowGraph root) =>
            _followLocals = _localWrites is not null && (long)root.Blocks.Length * _localWrites.Written <= FollowedLocalsBudget;

        private bool IsFollowed(ILocalSymbol local) => _followLocals && _localWrites is not null && !_localWrites.Shared.Contains(local);

        /// <summary>A parameter of the analyzed function that it reassigns (<see cref="LocalWrites.ReassignedParameters"/>).</summary>
        private bool IsFollowed(IParameterSymbol parameter) =>
            _followLocals && _localWrites is not null && _localWrites.ReassignedParameters.Contains(parameter)
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _ownerMethod);

        /// <summary>The definition every followed parameter starts with: what its caller passed (or its declaration says).</summary>
        private IOperation? _entryDefinition;

        /// <summary>What mutations added to a followed parameter while it still held what it was given.</summary>
        private readonly Dictionary<ISymbol, Taint> _addedToEntry = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);

        /// <summary>At the root graph's entry, each followed parameter holds what it was given.</summary>
        private Definitions EntryDefinitions()
        {
            var result = NoDefinitions;
            if (!_current.IsRoot || _ownerMethod is null || _localWrites is null || _localWrites.ReassignedParameters.Count == 0)
                return result;
            _entryDefinition = _current.Graph.OriginalOperation;
            foreach (var parameter in _ownerMethod.Parameters)
                if (IsFollowed(parameter))
                    result = result.Add(parameter, ImmutableDictionary<IOperation, PurposeSet>.Empty.Add(_entryDefinition, PurposeSet.Empty));
            return result;
        }

        /// <summary>
        /// A followed parameter's value where it is read: the assignments that reach here, and what it was given when its entry
        /// definition does (<paramref name="given"/>, cleared as that definition is). Null when it is not followed here.
        /// </summary>
        private Taint? FollowedParameterValue(IParameterSymbol parameter, System.Func<PurposeSet, Taint> given)
        {
            if (!IsFollowed(parameter) || !_definitions.TryGetValue(parameter, out var definitions))
                return null;
            var value = Taint.Empty;
            foreach (var definition in definitions)
                if (definition.Key == _entryDefinition)
                    value = value.Union(given(definition.Value)).Union(_addedToEntry.TryGetValue(parameter, out var added) ? added.ClearedFor(definition.Value) : Taint.Empty);
                else if (_definitionValues.TryGetValue(definition.Key, out var defined))
                    value = value.Union(defined.ClearedFor(definition.Value));
            return value;
        }

        /// <summary>
        /// The definitions reaching a block: those leaving its predecessors (and the finally blocks a branch runs), each
        /// cleared for what its branch establishes; a definition arriving along several branches keeps what all of them do.
        /// </summary>
        private void EnterBlock(BasicBlock block)
        {
            if (!_followLocals)
                return;
            Definitions? merged = null;
            foreach (var branch in block.Predecessors)
            {
                merged = MergeExit(merged, branch.Source, _current.Guards.EstablishedOnEdge(branch.Source, block));
                foreach (var region in branch.FinallyRegions)
                    for (var ordinal = region.FirstBlockOrdinal; ordinal >= 0 && ordinal <= region.LastBlockOrdinal && ordinal < _current.Graph.Blocks.Length; ordinal++)
                        merged = MergeExit(merged, _current.Graph.Blocks[ordinal], PurposeSet.Empty);
            }
            if (block.Predecessors.IsEmpty && block.Kind != BasicBlockKind.Entry)
                merged = AnywhereUncleared(TryRegionOf(block)); // a catch or finally block: entered from anywhere in its try
            if (block.Kind == BasicBlockKind.Entry)
                merged = EntryDefinitions();
            _definitions = merged ?? NoDefinitions;
            if (!_definitionsAtEntry.TryGetValue(block, out var previous) || !SameDefinitions(previous, _definitions))
            {
                _definitionsAtEntry[block] = _definitions;
                if (previous is not null)
                    _changed = true;
            }
        }

        /// <summary>The try region whose handler <paramref name="block"/> starts; null when it is not in one.</summary>
        private static ControlFlowRegion? TryRegionOf(BasicBlock block)
        {
            for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
                if (region.Kind is ControlFlowRegionKind.TryAndCatch or ControlFlowRegionKind.TryAndFinally)
                    foreach (var nested in region.NestedRegions)
                        if (nested.Kind == ControlFlowRegionKind.Try)
                            return nested;
            return null;
        }

        /// <summary>
        /// Every definition known at the end of a block of <paramref name="region"/> (of the whole graph when null), cleared
        /// for nothing: where control may come from any point in it.
        /// </summary>
        private Definitions AnywhereUncleared(ControlFlowRegion? region)
        {
            var result = NoDefinitions;
            foreach (var other in _current.Graph.Blocks)
            {
                if (region is not null && (other.Ordinal < region.FirstBlockOrdinal || other.Ordinal > region.LastBlockOrdinal))
                    continue;
                // What held on entry too: an exception can leave a block before its first assignment.
                if (_definitionsAtEntry.TryGetValue(other, out var entry))
                    result = AddUncleared(result, entry);
                if (_definitionsAtExit.TryGetValue(other, out var exit))
                    result = AddUncleared(result, exit);
            }
            return result;
        }

        private static Definitions AddUncleared(Definitions result, Definitions more)
        {
            foreach (var pair in more)
            {
                var definitions = result.TryGetValue(pair.Key, out var known) ? known : ImmutableDictionary<IOperation, PurposeSet>.Empty;
                foreach (var definition in pair.Value)
                    definitions = definitions.SetItem(definition.Key, PurposeSet.Empty);
                result = result.SetItem(pair.Key, definitions);
            }
            return result;
        }

        private void LeaveBlock(BasicBlock block)
        {
            if (_followLocals)
                _definitionsAtExit[block] = _definitions;
        }

        private Definitions? MergeExit(Definitions? merged, BasicBlock source, PurposeSet onEdge)
        {
            if (!_definitionsAtExit.TryGetValue(source, out var exit))
                return merged;
            if (!onEdge.IsEmpty)
                exit = ClearedOnEdge(exit, onEdge);
            if (merged is null)
                return exit;
            if (ReferenceEquals(merged, exit))
                return merged;
            foreach (var pair in exit)
            {
                if (!merged.TryGetValue(pair.Key, out var mine))
                {
                    merged = merged.SetItem(pair.Key, pair.Value);
                    continue;
                }
                // Branches mostly share their definitions with the block they left: skip those without allocating.
                if (ReferenceEquals(mine, pair.Value))
                    continue;
                var joined = mine;
                foreach (var definition in pair.Value)
                    joined = joined.TryGetValue(definition.Key, out var cleared)
                        ? (cleared.Equals(definition.Value) ? joined : joined.SetItem(definition.Key, cleared.Intersect(definition.Value)))
                        : joined.Add(definition.Key, definition.Value);
                if (!ReferenceEquals(joined, mine))
                    merged = merged.SetItem(pair.Key, joined);
            }
            return merged;
        }

        private static Definitions ClearedOnEdge(Definitions exit, PurposeSet onEdge)
        {
            var result = exit;
            foreach (var pair in exit)
            {
                var cleared = pair.Value;
                foreach (var definition in pair.Value)
                {
                    var union = definition.Value.Union(onEdge);
                    if (!union.Equals(definition.Value))
                        cleared = cleared.SetItem(definition.Key, union);
                }
                if (!ReferenceEquals(cleared, pair.Value))
                    result = result.SetItem(pair.Key, cleared);
            }
            return result;
        }

        private static bool SameDefinitions(Definitions a, Definitions b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a.Count != b.Count) return false;
            foreach (var pair in a)
            {
                if (!b.TryGetValue(pair.Key, out var other) || other.Count != pair.Value.Count)
                    return false;
                foreach (var definition in pair.Value)
                    if (!other.TryGetValue(definition.Key, out var cleared) || !cleared.Equals(definition.Value))
                        return false;
            }
            return true;
        }

        private Taint ReadLocal(ILocalSymbol local)
        {
            if (!IsFollowed(local) || !_definitions.TryGetValue(local, out var definitions))
                return Read(local);
            return ValueOf(definitions);
        }

        /// <summary>What the definitions that reach a read hold, each cleared as it is on the way here.</summary>
        private Taint ValueOf(ImmutableDictionary<IOperation, PurposeSet> definitions)
        {
            var value = Taint.Empty;
            foreach (var definition in definitions)
                if (_definitionValues.TryGetValue(definition.Key, out var defined))
                    value = value.Union(defined.ClearedFor(definition.Value));
            return value;
        }

        /// <summary>An assignment: from here on the local holds this value alone (and so does each of its followed struct fields).</summary>
        private void WriteLocal(ILocalSymbol local, IOperation definition, Taint stored)
        {
            Write(local, stored);
            if (!IsFollowed(local))
                return;
            Define(local, definition, stored);
            foreach (var field in StructFieldsOf(local))
                Define(field, definition, stored);
        }

        private IEnumerable<StructField> StructFieldsOf(ILocalSymbol local)
        {
            if (_localWrites is not null && _localWrites.StructFields.TryGetValue(local, out var fields))
                foreach (var field in fields)
                    yield return new StructField(local, field);
        }

        /// <summary>
        /// <c>s.Text = v</c> on a followed value-type local: from here on that field holds <paramref name="stored"/> alone (a strong
        /// update, issue #18 shape 8), and the local as a whole holds it too. False when the write is not one of those.
        /// </summary>
        private bool TryWriteStructField(ISymbol member, IOperation? instance, Taint stored)
        {
            if (instance is not ILocalReferenceOperation { Local: var local } || !IsFollowed(local) || !_localWrites!.StructFields.ContainsKey(local))
                return false;
            Write(local, stored);
            AddToDefinitions(local, stored);
            Define(new StructField(local, member), instance, stored);
            return true;
        }

        /// <summary>What a followed struct field of a local holds where it is read (<c>s.Text</c>); null when it is not followed here.</summary>
        private Taint? StructFieldValue(ISymbol member, IOperation? instance)
        {
            if (instance is not ILocalReferenceOperation { Local: var local } || !IsFollowed(local)
                || !_definitions.TryGetValue(new StructField(local, member), out var definitions))
                return null;
            return ValueOf(definitions);
        }

        /// <summary>From here on <paramref name="variable"/> holds <paramref name="stored"/> alone.</summary>
        private void Define(object variable, IOperation definition, Taint stored)
        {
            _definitions = _definitions.SetItem(variable, ImmutableDictionary<IOperation, PurposeSet>.Empty.Add(definition, PurposeSet.Empty));
            Write(_definitionValues, definition, stored);
        }

        /// <summary>A mutation (<c>list.Add(x)</c>): what the local holds here now holds more.</summary>
        private void AddToLocal(ILocalSymbol local, Taint stored)
        {
            Write(local, stored);
            if (!IsFollowed(local))
                return;
            AddToDefinitions(local, stored);
            foreach (var field in StructFieldsOf(local))
                AddToDefinitions(field, stored); // a call on the struct, a ref to it: any of its fields may hold more
        }

        /// <summary>A mutation of a followed variable: every definition it may hold here holds more.</summary>
        private void AddToDefinitions(object variable, Taint stored)
        {
            if (_definitions.TryGetValue(variable, out var definitions))
                foreach (var definition in definitions)
                    if (definition.Key != _entryDefinition)
                        Write(_definitionValues, definition.Key, stored);
                    else if (variable is ISymbol parameter)
                        Write(_addedToEntry, parameter, stored);
        }
    }
}
