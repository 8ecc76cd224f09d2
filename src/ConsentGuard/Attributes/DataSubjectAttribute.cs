using System;

namespace ConsentGuard
{
    /// <summary>
    /// The identifier of the person the data is about: consent is looked up by it. On a consent
    /// check's parameter: which argument names the person.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
    public sealed class DataSubjectAttribute : Attribute
    {
    }
}
