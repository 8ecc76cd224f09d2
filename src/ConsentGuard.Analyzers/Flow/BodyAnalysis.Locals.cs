using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Locals followed write by write: a read sees only the assignments that reach it, so
    /// <c>text = Redact(text); corpus.Add(text);</c> no longer carries what <c>text</c> held before, and a sink before
    /// the personal assignment sees nothing. Each assignment is a definition; mutations (<c>list.Add</c>,
    /// <c>sb.Append</c>, members of a local object) add to the definitions the local may hold there. Locals shared with
    /// a lambda or local function, and reads where no definition is known (a catch or finally block), fall back to
    /// everything the local is ever given.
    /// </summary>
    internal sealed partial class BodyAnalysis
    {
        private static readonly ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>> NoDefinitions =
            ImmutableDictionary.Create<ILocalSymbol, ImmutableHashSet<IOperation>>(SymbolEqualityComparer.Default);

        private readonly Dictionary<IOperation, Taint> _definitionValues = new Dictionary<IOperation, Taint>();
        private readonly Dictionary<BasicBlock, ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>>> _definitionsAtEntry = new Dictionary<BasicBlock, ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>>>();
        private readonly Dictionary<BasicBlock, ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>>> _definitionsAtExit = new Dictionary<BasicBlock, ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>>>();
        private ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>> _definitions = NoDefinitions;

        /// <summary>
        /// Following locals costs up to (blocks × locals) set operations: a machine-written method with thousands of both
        /// gets the flow-insensitive reading instead (sound, less precise), so no body takes seconds.
        /// </summary>
        private const long FollowedLocalsBudget = 2_000_000;

        private bool _followLocals = true;

        private void DecideLocalFollowing(ControlFlowGraph root) =>
            _followLocals = _localWrites is not null && (long)root.Blocks.Length * _localWrites.Written <= FollowedLocalsBudget;

        private bool IsFollowed(ILocalSymbol local) => _followLocals && _localWrites is not null && !_localWrites.Shared.Contains(local);

        /// <summary>The definitions reaching a block: those leaving its predecessors (and the finally blocks a branch runs).</summary>
        private void EnterBlock(BasicBlock block)
        {
            if (!_followLocals)
                return;
            ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>>? merged = null;
            foreach (var branch in block.Predecessors)
            {
                merged = MergeExit(merged, branch.Source);
                foreach (var region in branch.FinallyRegions)
                    for (var ordinal = region.FirstBlockOrdinal; ordinal >= 0 && ordinal <= region.LastBlockOrdinal && ordinal < _current.Graph.Blocks.Length; ordinal++)
                        merged = MergeExit(merged, _current.Graph.Blocks[ordinal]);
            }
            _definitions = merged ?? NoDefinitions;
            if (!_definitionsAtEntry.TryGetValue(block, out var previous) || !SameDefinitions(previous, _definitions))
            {
                _definitionsAtEntry[block] = _definitions;
                if (previous is not null)
                    _changed = true;
            }
        }

        private void LeaveBlock(BasicBlock block)
        {
            if (_followLocals)
                _definitionsAtExit[block] = _definitions;
        }

        private ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>>? MergeExit(ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>>? merged, BasicBlock source)
        {
            if (!_definitionsAtExit.TryGetValue(source, out var exit))
                return merged;
            if (merged is null || merged.Count == 0)
                return exit;
            if (ReferenceEquals(merged, exit))
                return merged;
            foreach (var pair in exit)
            {
                // Branches mostly share their definition sets with the block they left: skip those without allocating.
                if (merged.TryGetValue(pair.Key, out var mine) && (ReferenceEquals(mine, pair.Value) || mine.IsSupersetOf(pair.Value)))
                    continue;
                merged = merged.SetItem(pair.Key, mine is null ? pair.Value : mine.Union(pair.Value));
            }
            return merged;
        }

        private static bool SameDefinitions(ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>> a, ImmutableDictionary<ILocalSymbol, ImmutableHashSet<IOperation>> b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a.Count != b.Count) return false;
            foreach (var pair in a)
                if (!b.TryGetValue(pair.Key, out var other) || !other.SetEquals(pair.Value))
                    return false;
            return true;
        }

        private Taint ReadLocal(ILocalSymbol local)
        {
            if (!IsFollowed(local) || !_definitions.TryGetValue(local, out var definitions))
                return Read(local);
            var value = Taint.Empty;
            foreach (var definition in definitions)
                if (_definitionValues.TryGetValue(definition, out var defined))
                    value = value.Union(defined);
            return value;
        }

        /// <summary>An assignment: from here on the local holds this value alone.</summary>
        private void WriteLocal(ILocalSymbol local, IOperation definition, Taint stored)
        {
            Write(local, stored);
            if (!IsFollowed(local))
                return;
            _definitions = _definitions.SetItem(local, ImmutableHashSet.Create(definition));
            Write(_definitionValues, definition, stored);
        }

        /// <summary>A mutation (<c>list.Add(x)</c>): what the local holds here now holds more.</summary>
        private void AddToLocal(ILocalSymbol local, Taint stored)
        {
            Write(local, stored);
            if (IsFollowed(local) && _definitions.TryGetValue(local, out var definitions))
                foreach (var definition in definitions)
                    Write(_definitionValues, definition, stored);
        }
    }
}
