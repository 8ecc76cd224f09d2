using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// The types ConsentGuard knows by name, resolved once per compilation. Everything else asks this,
    /// never the compilation (BannedSymbols.txt bans <c>GetTypeByMetadataName</c> elsewhere).
    /// </summary>
    /// <remarks>
    /// Which definition counts when a name has several (the "best type" rule, as Mapperly's and the SDK analyzers'
    /// <c>GetBestTypeByMetadataName</c>): the compilation's own wins; otherwise only definitions this assembly can see
    /// count, and of those ConsentGuard's own assembly wins, else the only one (a single definition anywhere counts even
    /// when it is not visible, as before). <c>Compilation.GetTypeByMetadataName</c>
    /// alone answers null as soon as two references define the name, so a library carrying an internal copy of our
    /// attributes (a source-only package, a vendored file) would switch every rule off without a word.
    /// </remarks>
    internal sealed class WellKnownTypes
    {
        public const string Namespace = "ConsentGuard";
        public const string PersonalDataName = "ConsentGuard.PersonalDataAttribute";
        public const string ConsentPurposeName = "ConsentGuard.ConsentPurposeAttribute";
        public const string ConsentSinkName = "ConsentGuard.ConsentSinkAttribute";
        public const string ConsentCheckName = "ConsentGuard.ConsentCheckAttribute";
        public const string ConsentClearedName = "ConsentGuard.ConsentClearedAttribute";
        public const string DataSubjectName = "ConsentGuard.DataSubjectAttribute";
        public const string AnonymizerName = "ConsentGuard.AnonymizerAttribute";
        public const string ConsentSettingName = "ConsentGuard.ConsentSettingAttribute";
        public const string ConsentExemptName = "ConsentGuard.ConsentExemptAttribute";
        public const string DefinePurposeName = "ConsentGuard.DefinePurposeAttribute";
        public const string LegalBasisName = "ConsentGuard.LegalBasisAttribute";
        public const string ConsentProviderName = "ConsentGuard.IConsentProvider";

        /// <summary>Interop: read as [PersonalData] with no purposes (docs/semantics.md §1.1), matched by name.</summary>
        public const string IdentityPersonalDataName = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
        public const string IdentityProtectedPersonalDataName = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";
        public const string DataClassificationAttributeName = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

        /// <summary>
        /// ConsentGuard's attributes as source names them (<c>[PersonalData]</c>): the type name without its namespace and
        /// <c>Attribute</c>, which also occurs in <c>[PersonalDataAttribute]</c>, in qualified names and in alias directives.
        /// </summary>
        public static readonly ImmutableArray<string> AttributeShortNames = ImmutableArray.Create(
            PersonalDataName, ConsentPurposeName, ConsentSinkName, ConsentCheckName, ConsentClearedName, DataSubjectName, AnonymizerName,
            ConsentSettingName, ConsentExemptName, DefinePurposeName, LegalBasisName).Select(ShortAttributeName).ToImmutableArray();

        /// <summary><c>ConsentGuard.PersonalDataAttribute</c> or <c>PersonalDataAttribute</c> → <c>PersonalData</c>.</summary>
        public static string ShortAttributeName(string typeName)
        {
            const string suffix = "Attribute";
            var name = typeName.Substring(typeName.LastIndexOf('.') + 1);
            return name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length ? name.Substring(0, name.Length - suffix.Length) : name;
        }

        public WellKnownTypes(Compilation compilation)
        {
            var fromReferences = ReferenceSetTypes.For(compilation);
            INamedTypeSymbol? Get(string name) => compilation.Assembly.GetTypeByMetadataName(name) ?? fromReferences.Get(compilation, name);
            PersonalData = Get(PersonalDataName);
            ConsentPurpose = Get(ConsentPurposeName);
            ConsentSink = Get(ConsentSinkName);
            ConsentCheck = Get(ConsentCheckName);
            ConsentCleared = Get(ConsentClearedName);
            DataSubject = Get(DataSubjectName);
            Anonymizer = Get(AnonymizerName);
            ConsentSetting = Get(ConsentSettingName);
            ConsentExempt = Get(ConsentExemptName);
            DefinePurpose = Get(DefinePurposeName);
            LegalBasis = Get(LegalBasisName);
            ConsentProvider = Get(ConsentProviderName);
            DefaultValueAttribute = Get("System.ComponentModel.DefaultValueAttribute");
        }

        public INamedTypeSymbol? PersonalData { get; }
        public INamedTypeSymbol? ConsentPurpose { get; }
        public INamedTypeSymbol? ConsentSink { get; }
        public INamedTypeSymbol? ConsentCheck { get; }
        public INamedTypeSymbol? ConsentCleared { get; }
        public INamedTypeSymbol? DataSubject { get; }
        public INamedTypeSymbol? Anonymizer { get; }
        public INamedTypeSymbol? ConsentSetting { get; }
        public INamedTypeSymbol? ConsentExempt { get; }
        public INamedTypeSymbol? DefinePurpose { get; }
        public INamedTypeSymbol? LegalBasis { get; }
        public INamedTypeSymbol? ConsentProvider { get; }
        public INamedTypeSymbol? DefaultValueAttribute { get; }

        /// <summary>True when the compilation references ConsentGuard at all; otherwise the analyzers have nothing to do.</summary>
        public bool HasConsentGuard => PersonalData is not null || ConsentSink is not null;

        /// <summary>
        /// The well-known types the referenced assemblies define. <c>Compilation.GetTypeByMetadataName</c> searches the
        /// compilation's assembly first and then every reference (about 0.1 ms a name with the framework referenced), so what
        /// the references answer is kept per set of references (<see cref="ReferenceSetCache{T}"/>).
        /// </summary>
        private sealed class ReferenceSetTypes
        {
            private static readonly ReferenceSetCache<ReferenceSetTypes> Cache = new ReferenceSetCache<ReferenceSetTypes>(_ => new ReferenceSetTypes());

            private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new ConcurrentDictionary<string, INamedTypeSymbol?>(StringComparer.Ordinal);

            public static ReferenceSetTypes For(Compilation compilation) => Cache.For(compilation);

            /// <summary>
            /// Asked only for a type the compilation's own assembly does not define: <c>GetTypeByMetadataName</c> then answers
            /// from the references alone, so the answer holds for every compilation over the same references.
            /// </summary>
            public INamedTypeSymbol? Get(Compilation compilation, string metadataName) =>
                _types.GetOrAdd(metadataName, name => BestReferencedType(compilation, name));
        }

        /// <summary>The best definition of <paramref name="metadataName"/> among the references (see the class remarks).</summary>
        private static INamedTypeSymbol? BestReferencedType(Compilation compilation, string metadataName)
        {
            INamedTypeSymbol? onlyVisible = null, onlyOne = null;
            int visible = 0, all = 0;
            foreach (var candidate in compilation.GetTypesByMetadataName(metadataName))
            {
                if (ReferenceEquals(candidate.ContainingAssembly, compilation.Assembly))
                    continue;
                onlyOne = candidate;
                all++;
                if (!IsVisibleFrom(candidate, compilation.Assembly))
                    continue;
                if (candidate.ContainingAssembly.Name == Namespace)
                    return candidate;
                onlyVisible = candidate;
                visible++;
            }
            // A single definition counts even when this assembly cannot name it: members of that reference may carry it.
            return visible == 1 ? onlyVisible : visible == 0 && all == 1 ? onlyOne : null;
        }

        private static bool IsVisibleFrom(INamedTypeSymbol type, IAssemblySymbol assembly)
        {
            for (ISymbol? symbol = type; symbol is INamedTypeSymbol named; symbol = named.ContainingType)
            {
                switch (named.DeclaredAccessibility)
                {
                    case Accessibility.Public:
                        continue;
                    case Accessibility.Internal or Accessibility.ProtectedOrInternal when named.ContainingAssembly.GivesAccessTo(assembly):
                        continue;
                    default:
                        return false;
                }
            }
            return true;
        }
    }
}
