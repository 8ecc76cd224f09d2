using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace ConsentGuard.Analyzers.Generator.Model
{
    /// <summary>
    /// An immutable array with value equality, so generator models built from it compare equal when their contents do
    /// and the incremental pipeline can stop early (ImmutableArray compares by reference).
    /// </summary>
    internal sealed class ImmutableEquatableArray<T> : IEquatable<ImmutableEquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly ImmutableEquatableArray<T> Empty = new ImmutableEquatableArray<T>(Array.Empty<T>());

        private readonly T[] _items;

        public ImmutableEquatableArray(IEnumerable<T> items) => _items = items.ToArray();

        private ImmutableEquatableArray(T[] items) => _items = items;

        public int Count => _items.Length;

        public T this[int index] => _items[index];

        public bool Equals(ImmutableEquatableArray<T>? other)
        {
            if (ReferenceEquals(this, other))
                return true;
            if (other is null || other._items.Length != _items.Length)
                return false;
            for (var i = 0; i < _items.Length; i++)
                if (!EqualityComparer<T>.Default.Equals(_items[i], other._items[i]))
                    return false;
            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ImmutableEquatableArray<T>);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in _items)
                hash = unchecked(hash * 31 + (item is null ? 0 : item.GetHashCode()));
            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }

    internal static class ImmutableEquatableArray
    {
        public static ImmutableEquatableArray<T> ToImmutableEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new ImmutableEquatableArray<T>(items);
    }
}
