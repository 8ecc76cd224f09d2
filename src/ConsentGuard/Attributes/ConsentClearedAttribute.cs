using System;

namespace ConsentGuard
{
    /// <summary>
    /// What the method returns has already passed a consent check for <see cref="Purpose"/>: callers
    /// may send it to that purpose. The analyzer verifies the method: returning uncleared personal
    /// data from it is an error.
    /// </summary>
    [AttributeUsage(AttributeTargets.ReturnValue | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
    public sealed class ConsentClearedAttribute : Attribute
    {
        /// <summary>Declares the returned value cleared for <paramref name="purpose"/>.</summary>
        public ConsentClearedAttribute(string purpose) => Purpose = purpose;

        /// <summary>The purpose the returned value is cleared for.</summary>
        public string Purpose { get; }
    }
}
