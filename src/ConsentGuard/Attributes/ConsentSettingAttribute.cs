using System;

namespace ConsentGuard
{
    /// <summary>
    /// The person's own consent choice for <see cref="Purpose"/>. It must not default to granted.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class ConsentSettingAttribute : Attribute
    {
        /// <summary>Marks the person's consent choice for <paramref name="purpose"/>.</summary>
        public ConsentSettingAttribute(string purpose) => Purpose = purpose;

        /// <summary>The purpose this setting grants or refuses.</summary>
        public string Purpose { get; }
    }
}
