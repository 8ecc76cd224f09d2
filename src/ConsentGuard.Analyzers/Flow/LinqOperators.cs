using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>How a LINQ operator's result relates to its source, element by element (SPEC §5).</summary>
    internal enum LinqShape
    {
        /// <summary>Not a LINQ operator.</summary>
        None,
        /// <summary>Carries nothing: Count, Any, All, Contains, …</summary>
        Nothing,
        /// <summary>Carries the source's elements, kept only where the predicate was true: Where, First, Single, …</summary>
        Filter,
        /// <summary>Carries what the (last) selector returns: Select, SelectMany, and aggregates with a selector.</summary>
        Projection,
        /// <summary>Carries the source's elements: OrderBy, Take, Distinct, ToList, MinBy, …</summary>
        Source,
        /// <summary>Carries the sources' elements and what every selector returns: GroupBy, ToDictionary, Join, Zip.</summary>
        SourceAndSelectors,
    }

    internal static class LinqOperators
    {
        public static LinqShape ShapeOf(IMethodSymbol method, bool hasSelector)
        {
            if (!TypeFacts.IsLinqOperatorContainer(method.ContainingType))
                return LinqShape.None;
            switch (method.Name)
            {
                case "Count": case "LongCount": case "Any": case "All": case "Contains": case "SequenceEqual":
                case "CountAsync": case "LongCountAsync": case "AnyAsync": case "AllAsync": case "ContainsAsync":
                    return LinqShape.Nothing;
                case "Where": case "First": case "FirstOrDefault": case "Single": case "SingleOrDefault":
                case "Last": case "LastOrDefault": case "TakeWhile":
                case "FirstAsync": case "FirstOrDefaultAsync": case "SingleAsync": case "SingleOrDefaultAsync":
                case "LastAsync": case "LastOrDefaultAsync":
                    return LinqShape.Filter;
                case "Select": case "SelectMany":
                    return LinqShape.Projection;
                case "Join": case "GroupJoin": case "Zip":
                    return hasSelector ? LinqShape.Projection : LinqShape.Source;
                case "Sum": case "Min": case "Max": case "Average": case "Aggregate":
                case "SumAsync": case "MinAsync": case "MaxAsync": case "AverageAsync": case "AggregateAsync":
                    return hasSelector ? LinqShape.Projection : LinqShape.Source;
                case "GroupBy": case "ToDictionary": case "ToLookup":
                    return LinqShape.SourceAndSelectors;
                default:
                    return LinqShape.Source;
            }
        }
    }
}
