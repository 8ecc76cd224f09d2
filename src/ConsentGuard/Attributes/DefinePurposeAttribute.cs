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

        /// <summary>The equivalent Fides (fideslang) data use, e.g. <c>"essential.fraud_detection"</c>. Shown in audits (docs/taxonomy.md).</summary>
        public string? FidesDataUse { get; set; }

        /// <summary>The equivalent W3C Data Privacy Vocabulary purpose, e.g. <c>"dpv:FraudPreventionAndDetection"</c>. Shown in audits.</summary>
        public string? DpvPurpose { get; set; }

        /// <summary>The equivalent IAB TCF v2.2 purpose numbers (1–11), if any. Shown in audits.</summary>
        public int[]? TcfPurposes { get; set; }
    }
}
