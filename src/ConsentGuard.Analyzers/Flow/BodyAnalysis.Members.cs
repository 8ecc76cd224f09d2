using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Members of objects made in this body, one by one: a tuple element, a member of a local object or a grouping's key
    /// carries what was put into that member, not everything its object holds. A value keeps its personal data
    /// in one taint, so a read filters it by origin: data whose origin went into some member of that type here is kept
    /// only if it went into this member; data whose origin this body never put into the type (it came from elsewhere)
    /// is always kept.
    /// </summary>
    internal sealed partial class BodyAnalysis
    {
        private readonly Dictionary<ISymbol, HashSet<Origin>> _memberOrigins = new Dictionary<ISymbol, HashSet<Origin>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, HashSet<Origin>> _containerOrigins = new Dictionary<ISymbol, HashSet<Origin>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// Members that hold exactly what is put into them: fields (tuple elements too), auto-properties written in source,
        /// and a grouping's key. Anything else (a computed property, an indexer, a library type's property such as
        /// <c>UriBuilder.Uri</c>) may show what other members hold, so a read of it keeps all its object's data.
        /// </summary>
        private static bool IsPlainStorage(ISymbol member) => member switch
        {
            IFieldSymbol { IsConst: false } => true,
            IPropertySymbol { IsIndexer: false, Name: "Key", ContainingType: { Name: "IGrouping", ContainingNamespace: var ns } } => SymbolNames.HasFullName(ns, "System.Linq"),
            IPropertySymbol { IsIndexer: false } property => FlowSummaries.IsAutoProperty(property),
            _ => false,
        };

        private static ISymbol MemberKey(ISymbol member) =>
            (member is IFieldSymbol { CorrespondingTupleField: { } tupleField } ? tupleField : member).OriginalDefinition;

        private static ISymbol? ContainerKey(ISymbol memberKey) => memberKey.ContainingType?.OriginalDefinition;

        /// <summary>Data put into <paramref name="member"/> of an object made here.</summary>
        private void RecordMemberWrite(ISymbol member, Taint stored)
        {
            if (stored.IsEmpty || !IsPlainStorage(member))
                return;
            var key = MemberKey(member);
            Add(_memberOrigins, key, stored);
            if (ContainerKey(key) is { } container)
                Add(_containerOrigins, container, stored);
        }

        /// <summary>Data that went into an object of <paramref name="container"/>'s type without a member of its own (a grouping's elements).</summary>
        private void RecordContainerWrite(ISymbol container, Taint stored)
        {
            if (!stored.IsEmpty)
                Add(_containerOrigins, container.OriginalDefinition, stored);
        }

        private void Add(Dictionary<ISymbol, HashSet<Origin>> origins, ISymbol key, Taint stored)
        {
            if (!origins.TryGetValue(key, out var set))
                origins[key] = set = new HashSet<Origin>();
            foreach (var fact in stored.Facts)
                if (set.Add(fact.Origin))
                    _changed = true;
        }

        /// <summary>A mutation through a member (<c>row.Tags.Add(x)</c>, <c>row.Cells[0] = x</c>) puts data into that member.</summary>
        private void RecordWriteThrough(IOperation? receiver, Taint stored)
        {
            if (receiver is null)
                return;
            switch (receiver.WithoutConversions())
            {
                case IPropertyReferenceOperation { Instance: { } instance } property when instance is not IInstanceReferenceOperation:
                    RecordMemberWrite(property.Property, stored);
                    break;
                case IFieldReferenceOperation { Instance: { } instance } field when instance is not IInstanceReferenceOperation:
                    RecordMemberWrite(field.Field, stored);
                    break;
            }
        }

        private readonly Dictionary<ISymbol, Taint> _escaped = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);

        /// <summary>
        /// Data written into <paramref name="member"/> of an object this body does not follow (one a call returned:
        /// <c>b.GetBox().Elem = x</c>; a member of another object's member): which object that is, is not known here, so the
        /// member, by symbol, may hold it in any object it is read from in this body (issue #18, shape 2; docs/semantics.md §1.3).
        /// </summary>
        private void WriteEscaped(ISymbol member, Taint stored)
        {
            if (IsPlainStorage(member))
                Write(_escaped, MemberKey(member), stored);
        }

        private Taint ReadEscaped(ISymbol member) =>
            _escaped.Count > 0 && _escaped.TryGetValue(MemberKey(member), out var stored) ? stored : Taint.Empty;

        /// <summary>What reading <paramref name="member"/> keeps of its receiver's data.</summary>
        private Taint OnlyWhatWentInto(ISymbol member, Taint receiver)
        {
            if (!IsPlainStorage(member))
                return receiver;
            var key = MemberKey(member);
            if (ContainerKey(key) is not { } container || !_containerOrigins.TryGetValue(container, out var putIntoType))
                return receiver;
            _memberOrigins.TryGetValue(key, out var putIntoMember);
            return receiver.Where(fact => !putIntoType.Contains(fact.Origin) || putIntoMember is not null && putIntoMember.Contains(fact.Origin));
        }

        /// <summary>A grouping's key is what the key selector returned; its elements are the source's (<c>GroupBy(m => m.Headline).Select(g => g.Key)</c>).</summary>
        private void RecordGrouping(IMethodSymbol method, Taint elements, Taint keys)
        {
            if (GroupingKey(method.ReturnType) is not { } key)
                return;
            RecordMemberWrite(key, keys);
            RecordContainerWrite(key.ContainingType, elements);
        }

        private static IPropertySymbol? GroupingKey(ITypeSymbol type)
        {
            foreach (var candidate in new[] { type }.Concat(type.AllInterfaces))
                if (candidate is INamedTypeSymbol { Name: "IEnumerable", TypeArguments.Length: 1 } enumerable
                    && enumerable.TypeArguments[0] is INamedTypeSymbol { Name: "IGrouping" } grouping)
                    return grouping.GetMembers("Key").OfType<IPropertySymbol>().FirstOrDefault();
            return null;
        }

        /// <summary>A tuple made here: each element is remembered for its field (<c>(m.Headline, m.Email)</c> then <c>.Headline</c>).</summary>
        private Taint TupleValue(ITupleOperation tuple, PurposeSet established)
        {
            var value = Taint.Empty;
            var elements = (tuple.Type as INamedTypeSymbol)?.TupleElements ?? default;
            for (var i = 0; i < tuple.Elements.Length; i++)
            {
                var element = Evaluate(tuple.Elements[i], established);
                if (!elements.IsDefault && i < elements.Length)
                    RecordMemberWrite(elements[i], element.ClearedFor(established));
                value = value.Union(element);
            }
            return value;
        }
    }
}
