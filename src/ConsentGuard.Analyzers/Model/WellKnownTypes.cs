using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// The types ConsentGuard knows by name, resolved once per compilation. Everything else asks this,
    /// never the compilation (BannedSymbols.txt bans <c>GetTypeByMetadataName</c> elsewhere).
    /// </summary>
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
        public const string ConsentProviderName = "ConsentGuard.IConsentProvider";

        /// <summary>Interop: read as [PersonalData] with no purposes (SPEC §3), matched by name.</summary>
        public const string IdentityPersonalDataName = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
        public const string IdentityProtectedPersonalDataName = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";
        public const string DataClassificationAttributeName = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

        public WellKnownTypes(Compilation compilation)
        {
#pragma warning disable RS0030 // The one place that resolves well-known types.
            INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);
#pragma warning restore RS0030
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
            ConsentProvider = Get(ConsentProviderName);
            StringBuilder = Get("System.Text.StringBuilder");
            Enumerable = Get("System.Linq.Enumerable");
            Queryable = Get("System.Linq.Queryable");
            AsyncEnumerable = Get("System.Linq.AsyncEnumerable");
            Task = Get("System.Threading.Tasks.Task");
            TaskOfT = Get("System.Threading.Tasks.Task`1");
            ValueTaskOfT = Get("System.Threading.Tasks.ValueTask`1");
            IEnumerableOfT = Get("System.Collections.Generic.IEnumerable`1");
            IEnumerable = Get("System.Collections.IEnumerable");
            DefaultValueAttribute = Get("System.ComponentModel.DefaultValueAttribute");
            String = compilation.GetSpecialType(SpecialType.System_String);
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
        public INamedTypeSymbol? ConsentProvider { get; }
        public INamedTypeSymbol? StringBuilder { get; }
        public INamedTypeSymbol? Enumerable { get; }
        public INamedTypeSymbol? Queryable { get; }
        public INamedTypeSymbol? AsyncEnumerable { get; }
        public INamedTypeSymbol? Task { get; }
        public INamedTypeSymbol? TaskOfT { get; }
        public INamedTypeSymbol? ValueTaskOfT { get; }
        public INamedTypeSymbol? IEnumerableOfT { get; }
        public INamedTypeSymbol? IEnumerable { get; }
        public INamedTypeSymbol? DefaultValueAttribute { get; }
        public INamedTypeSymbol String { get; }

        /// <summary>True when the compilation references ConsentGuard at all; otherwise the analyzers have nothing to do.</summary>
        public bool HasConsentGuard => PersonalData is not null || ConsentSink is not null;
    }
}
