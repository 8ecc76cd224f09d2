using System;

namespace ConsentGuard
{
    /// <summary>
    /// With the person's consent, this data may be used for <see cref="Purpose"/>. Personal data
    /// without it for a purpose may never reach a sink of that purpose (purpose limitation).
    /// On a type it applies to every personal member of the type.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue
                    | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = true)]
    public sealed class ConsentPurposeAttribute : Attribute
    {
        /// <summary>Declares a purpose this data may be used for once consented.</summary>
        public ConsentPurposeAttribute(string purpose) => Purpose = purpose;

        /// <summary>The purpose, e.g. <see cref="Purposes.GenerativeTraining"/>.</summary>
        public string Purpose { get; }
    }
}
