using System;

namespace ConsentGuard
{
    /// <summary>
    /// The method's return value is no longer personal data (redaction, aggregation, k-anonymity, …).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class AnonymizerAttribute : Attribute
    {
    }
}
