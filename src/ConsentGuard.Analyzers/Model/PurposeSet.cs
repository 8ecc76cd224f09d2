using System;
using System.Collections.Generic;
using System.Linq;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// An immutable, ordered set of purpose names with value equality. <see cref="All"/> stands for
    /// "every purpose": what a condition that can never be true establishes.
    /// </summary>
    internal sealed class PurposeSet : IEquatable<PurposeSet>
    {
        public static readonly PurposeSet Empty = new PurposeSet(Array.Empty<string>(), isAll: false);
        public static readonly PurposeSet All = new PurposeSet(Array.Empty<string>(), isAll: true);

        private readonly string[] _items;

        private PurposeSet(string[] sortedDistinct, bool isAll)
        {
            _items = sortedDistinct;
            IsAll = isAll;
        }

        public bool IsAll { get; }

        public bool IsEmpty => !IsAll && _items.Length == 0;

        /// <summary>The named purposes (empty for <see cref="All"/>).</summary>
        public IReadOnlyList<string> Items => _items;

        public static PurposeSet Of(string purpose) => new PurposeSet(new[] { purpose }, isAll: false);

        public static PurposeSet Of(IEnumerable<string> purposes)
        {
            var items = purposes.Where(p => p is not null).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            return items.Length == 0 ? Empty : new PurposeSet(items, isAll: false);
        }

        public bool Contains(string purpose) => IsAll || Array.BinarySearch(_items, purpose, StringComparer.Ordinal) >= 0;

        public PurposeSet Union(PurposeSet other)
        {
            if (IsAll || other.IsEmpty) return this;
            if (other.IsAll || IsEmpty) return other;
            return Of(_items.Concat(other._items));
        }

        public PurposeSet Intersect(PurposeSet other)
        {
            if (IsAll) return other;
            if (other.IsAll) return this;
            if (IsEmpty || other.IsEmpty) return Empty;
            if (Equals(other)) return this;
            return Of(_items.Where(other.Contains));
        }

        /// <summary>
        /// Summary markers (<c>#p0</c>, <c>#this</c>) are not purposes: they stand, inside a method summary, for
        /// "whatever the caller's argument (or receiver) was cleared for". They never reach a diagnostic.
        /// </summary>
        public const char MarkerPrefix = '#';

        public static string ParameterMarker(int ordinal) => MarkerPrefix + "p" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public const string ThisMarker = "#this";

        // Malformed purposes ("") exist in half-typed code: a marker is recognised by its first character, if any.
        private static bool IsMarker(string purpose) => purpose.Length > 0 && purpose[0] == MarkerPrefix;

        public bool HasMarkers => !IsAll && _items.Any(IsMarker);

        public PurposeSet WithoutMarkers() => HasMarkers ? Of(_items.Where(p => !IsMarker(p))) : this;

        public IEnumerable<string> Markers => IsAll ? Enumerable.Empty<string>() : _items.Where(IsMarker);

        public PurposeSet Without(string purpose) => IsAll || !Contains(purpose) ? this : Of(_items.Where(p => !string.Equals(p, purpose, StringComparison.Ordinal)));

        public bool Equals(PurposeSet? other) =>
            other is not null && IsAll == other.IsAll && _items.SequenceEqual(other._items, StringComparer.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as PurposeSet);

        public override int GetHashCode()
        {
            var hash = IsAll ? 17 : 0;
            foreach (var item in _items)
                hash = unchecked(hash * 31 + StringComparer.Ordinal.GetHashCode(item));
            return hash;
        }

        public override string ToString() => IsAll ? "*" : string.Join(", ", _items);

        /// <summary>For messages: 'A', 'A' and 'B', …</summary>
        public string ToQuotedList() => IsAll ? "every purpose" : _items.Length == 0 ? "no purpose" : string.Join(", ", _items.Select(p => "'" + p + "'"));
    }
}
