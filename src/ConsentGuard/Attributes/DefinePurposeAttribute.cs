using System;

namespace ConsentGuard
{
    /// <summary>Declares a custom purpose for this code base. The name must be a C# identifier.</summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class DefinePurposeAttribute : Attribute
    {
        /// <summary>Declares the purpose <paramref name="name"/>.</summary>
        public DefinePurposeAttribute(string name) => Name = name;

        /// <summary>The purpose's name.</summary>
        public string Name { get; }

        /// <summary>What the purpose means, for audits.</summary>
        public string? Description { get; set; }
    }
}
