using System;

namespace ConsentGuard
{
    /// <summary>
    /// A value passed in here (argument, assigned value) is used for <see cref="Purpose"/>.
    /// On a method or constructor: all its parameters. On a type: every parameter of its public
    /// methods, constructors and indexers, and its settable properties. Overrides and interface
    /// implementations of a sink are sinks.
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property
                    | AttributeTargets.Field | AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = true, Inherited = true)]
    public sealed class ConsentSinkAttribute : Attribute
    {
        /// <summary>Declares that values passed here are used for <paramref name="purpose"/>.</summary>
        public ConsentSinkAttribute(string purpose) => Purpose = purpose;

        /// <summary>The purpose the values are used for.</summary>
        public string Purpose { get; }
    }
}
