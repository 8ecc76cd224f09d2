using System;

namespace ConsentGuard
{
    /// <summary>
    /// The method checks consent. It returns <c>bool</c> (or <c>Task&lt;bool&gt;</c>/<c>ValueTask&lt;bool&gt;</c>) that is
    /// true only when consent for the purpose is granted; a <c>void</c> one throws when it is not.
    /// Without a fixed purpose, the purpose is the argument of its <c>string</c> parameter named <c>purpose</c>.
    /// Overrides and implementations of a check are checks.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class ConsentCheckAttribute : Attribute
    {
        /// <summary>A check whose purpose is its <c>purpose</c> argument.</summary>
        public ConsentCheckAttribute() { }

        /// <summary>A check for a fixed purpose.</summary>
        public ConsentCheckAttribute(string purpose) => Purpose = purpose;

        /// <summary>The fixed purpose, or null when the purpose is an argument.</summary>
        public string? Purpose { get; }
    }
}
