using System;

namespace ConsentGuard
{
    /// <summary>
    /// Reading this member yields personal data. On a type: every value of the type is personal data.
    /// On a positional record parameter it also covers the generated property.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue
                    | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
    public sealed class PersonalDataAttribute : Attribute
    {
        /// <summary>Marks personal data of no particular category.</summary>
        public PersonalDataAttribute() : this(PersonalDataCategory.Unspecified) { }

        /// <summary>Marks personal data of the given category.</summary>
        public PersonalDataAttribute(PersonalDataCategory category) => Category = category;

        /// <summary>What kind of personal data this is.</summary>
        public PersonalDataCategory Category { get; }
    }
}
