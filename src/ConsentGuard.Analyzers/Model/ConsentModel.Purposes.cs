using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Analyzers.Model
{
    // Which purposes exist: the built-in ones, those declared with [assembly: DefinePurpose], and their legal bases.
    internal sealed partial class ConsentModel
    {
        /// <summary>
        /// The built-in purposes (README 'Personal data'). A test ties this list to the runtime's <c>Purposes</c> constants, the audit's
        /// descriptions and the taxonomy mapping.
        /// </summary>
        public static readonly ImmutableArray<string> BuiltInPurposes = ImmutableArray.Create(
            "GenerativeTraining", "ModelTraining", "Personalization", "ContentModeration", "Analytics", "Advertising");

        private readonly Lazy<ImmutableDictionary<string, string?>> _definedPurposes;
        private readonly Lazy<LegalBases> _legalBases;

        /// <summary>Custom purposes declared with [assembly: DefinePurpose] here or in a referenced assembly, with their descriptions.</summary>
        public ImmutableDictionary<string, string?> DefinedPurposes => _definedPurposes.Value;

        public bool IsKnownPurpose(string? purpose) =>
            purpose is not null && (BuiltInPurposes.Contains(purpose) || DefinedPurposes.ContainsKey(purpose));

        /// <summary>The legal basis of each purpose (consent unless a valid declaration says legitimate interest).</summary>
        public LegalBases LegalBases => _legalBases.Value;

        public IEnumerable<string> KnownPurposes => BuiltInPurposes.Concat(DefinedPurposes.Keys.OrderBy(k => k, StringComparer.Ordinal));

        public static bool IsWellFormedPurpose(string? purpose) =>
            purpose is { Length: > 0 } && SyntaxFacts.IsValidIdentifier(purpose) && SyntaxFacts.GetKeywordKind(purpose) == SyntaxKind.None;

        private ImmutableDictionary<string, string?> ReadDefinedPurposes()
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            if (Types.DefinePurpose is null)
                return builder.ToImmutable();
            void Read(IAssemblySymbol assembly)
            {
                foreach (var attribute in assembly.GetAttributes())
                    if (AttributeReader.Is(attribute, Types.DefinePurpose) && AttributeReader.FirstString(attribute) is { } name && IsWellFormedPurpose(name))
                        builder[name] = AttributeReader.NamedString(attribute, "Description");
            }
            Read(Compilation.Assembly);
            // Only an assembly that references ConsentGuard can apply its attribute: the framework's are not read at every keystroke.
            foreach (var referenced in Compilation.SourceModule.ReferencedAssemblySymbols)
                if (CanDeclare(referenced))
                    Read(referenced);
            return builder.ToImmutable();
        }
    }
}
