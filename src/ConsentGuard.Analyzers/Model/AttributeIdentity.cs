using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// How a reader tells one of ConsentGuard's attribute types: by the compilation's best definition of it
    /// (<see cref="WellKnownTypes"/>, what the analyzers' model does) or by its full name (what the accessor generator does,
    /// which resolves no types per compilation). Readers that take one (<see cref="PersonalDataAttributes"/>) read the
    /// attribute the same way for both.
    /// </summary>
    internal readonly struct AttributeIdentity
    {
        private readonly INamedTypeSymbol? _resolved;
        private readonly string? _fullName;

        private AttributeIdentity(INamedTypeSymbol? resolved, string? fullName)
        {
            _resolved = resolved;
            _fullName = fullName;
        }

        /// <summary>The attribute class is <paramref name="type"/>; nothing matches when the compilation has no such type.</summary>
        public static AttributeIdentity Of(INamedTypeSymbol? type) => new AttributeIdentity(type, null);

        /// <summary>The attribute class has the full name <paramref name="fullName"/> (non-generic, not nested), whichever assembly defines it.</summary>
        public static AttributeIdentity Named(string fullName) => new AttributeIdentity(null, fullName);

        public bool Matches(AttributeData attribute) =>
            _fullName is not null ? SymbolNames.HasFullName(attribute.AttributeClass, _fullName) : AttributeReader.Is(attribute, _resolved);
    }
}
