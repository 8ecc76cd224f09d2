using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    internal static class OperationExtensions
    {
        /// <summary>The value under its implicit and explicit conversions (<c>(object)x</c>, a string to <c>IEnumerable&lt;char&gt;</c>, …).</summary>
        public static IOperation WithoutConversions(this IOperation operation)
        {
            while (operation is IConversionOperation conversion)
                operation = conversion.Operand;
            return operation;
        }
    }
}
