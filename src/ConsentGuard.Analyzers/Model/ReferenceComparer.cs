using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// Identity comparison, for caches in front of symbol-equality ones: a compilation mostly hands out the same symbol
    /// instance for the same symbol, and hashing a reference is far cheaper than hashing a constructed generic type.
    /// </summary>
    internal sealed class ReferenceComparer<T> : IEqualityComparer<T> where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new ReferenceComparer<T>();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
