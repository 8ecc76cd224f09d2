using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Diagnostics
{
    /// <summary>Every diagnostic ConsentGuard reports, in one place. The help link of each points to its page in docs/rules.</summary>
    public static class DiagnosticDescriptors
    {
        public const string HelpLinkBase = "https://github.com/consentguard/consentguard/blob/main/docs/rules/";

        private const string Flow = "ConsentGuard.Flow";
        private const string Declarations = "ConsentGuard.Declarations";
        private const string Generator = "ConsentGuard.Generator";
        private const string Configuration = "ConsentGuard.Configuration";
        private const string Governance = "ConsentGuard.Governance";

        /// <summary>{0}: origins, {1}: purpose.</summary>
        public static readonly DiagnosticDescriptor UncheckedFlow = Create(
            DiagnosticIds.UncheckedFlow, Flow, DiagnosticSeverity.Error,
            "Personal data reaches a purpose without a consent check",
            "Personal data from {0} is used for '{1}' without a consent check for '{1}'",
            "Personal data may reach a sink for a purpose only after a consent check for that very purpose returned true on every path.");

        /// <summary>{0}: origins, {1}: purpose, {2}: origins that do not declare it.</summary>
        public static readonly DiagnosticDescriptor UndeclaredPurpose = Create(
            DiagnosticIds.UndeclaredPurpose, Flow, DiagnosticSeverity.Error,
            "Personal data reaches a purpose it does not declare",
            "Personal data from {0} is used for '{1}', but {2} does not declare [ConsentPurpose({1})]",
            "Purpose limitation: personal data may only be used for the purposes declared for every one of its origins, whatever the consent.");

        /// <summary>{0}: origins, {1}: purpose, {2}: purposes that were checked.</summary>
        public static readonly DiagnosticDescriptor WrongPurposeChecked = Create(
            DiagnosticIds.WrongPurposeChecked, Flow, DiagnosticSeverity.Error,
            "Consent was checked for another purpose",
            "Personal data from {0} is used for '{1}', but consent is established only for {2}",
            "Consent is given per purpose: a check for one purpose does not allow using the data for another.");

        /// <summary>{0}: member, {1}: purpose.</summary>
        public static readonly DiagnosticDescriptor SettingDefaultsToGranted = Create(
            DiagnosticIds.SettingDefaultsToGranted, Declarations, DiagnosticSeverity.Error,
            "A consent setting defaults to granted",
            "Consent setting '{0}' for '{1}' defaults to granted; consent must be an explicit opt-in",
            "A person's consent choice must start as 'not granted': a default of true is a silent opt-in.");

        /// <summary>{0}: the purpose text, {1}: why (unknown, malformed, with a suggestion).</summary>
        // Also reported at compilation end (an unknown catalog-option purpose), but without the CompilationEnd tag: the
        // per-attribute CG0005 must stay live in the IDE (see PurposeArgumentAnalyzer).
#pragma warning disable RS1037
        public static readonly DiagnosticDescriptor UnknownPurpose = Create(
            DiagnosticIds.UnknownPurpose, Declarations, DiagnosticSeverity.Error,
            "Unknown or malformed purpose",
            "'{0}' {1}",
            "Every purpose must be built in (ConsentGuard.Purposes) or declared with [assembly: DefinePurpose(...)] in this compilation or a referenced assembly, and be a C# identifier.");
#pragma warning restore RS1037

        /// <summary>{0}: type, {1}: reason.</summary>
        public static readonly DiagnosticDescriptor NoAccessorsGenerated = Create(
            DiagnosticIds.NoAccessorsGenerated, Generator, DiagnosticSeverity.Info,
            "No consent accessors are generated for this type",
            "No consent-guarded accessors are generated for '{0}': {1}",
            "Types whose personal members declare purposes get generated For{Purpose} accessors when they are partial and have one [DataSubject] member.");

        /// <summary>{0}: type, {1}: what is not generated and why.</summary>
        public static readonly DiagnosticDescriptor AccessorNameCollision = Create(
            DiagnosticIds.AccessorNameCollision, Generator, DiagnosticSeverity.Warning,
            "Generated consent accessors would collide with existing code",
            "Consent accessors of '{0}': {1}",
            "When a generated name (For{Purpose}, For{Purpose}Async, {Purpose}View, {Type}ConsentExtensions) is already taken, or a view could not hold a member, ConsentGuard generates nothing for that purpose (or no extension class) so the build still compiles, and says so here.");

        /// <summary>{0}: check method.</summary>
        public static readonly DiagnosticDescriptor DiscardedCheck = Create(
            DiagnosticIds.DiscardedCheck, Flow, DiagnosticSeverity.Warning,
            "The result of a consent check is discarded",
            "The result of consent check '{0}' is discarded, so it protects nothing",
            "A consent check that returns a result only protects the code that depends on that result.");

        /// <summary>{0}: check method.</summary>
        public static readonly DiagnosticDescriptor NonConstantPurpose = Create(
            DiagnosticIds.NonConstantPurpose, Declarations, DiagnosticSeverity.Error,
            "A purpose argument is not a compile-time constant",
            "The purpose passed to {0} must be a compile-time constant{1}",
            "The analyzer can only prove which purpose a check established, or whether a call declared with a condition on its purpose (a fine-tuning upload) is a sink, when the purpose is a constant.");

        /// <summary>{0}: purpose.</summary>
        public static readonly DiagnosticDescriptor ExemptionWithoutJustification = Create(
            DiagnosticIds.ExemptionWithoutJustification, Declarations, DiagnosticSeverity.Error,
            "A consent exemption has no justification",
            "[ConsentExempt({0})] needs a non-empty Justification; the exemption still applies",
            "Every exemption from consent checks must say why it is lawful; the justification shows up in audits.");

        /// <summary>{0}: where ("ConsentGuard.txt line N", ".globalconfig KEY"), {1}: what is wrong.</summary>
        // Also reported at compilation end (a .globalconfig setting that cannot be read), but without the CompilationEnd
        // tag: the per-line CG0010 on ConsentGuard.txt must stay live in the IDE (see ConfigFileAnalyzer).
#pragma warning disable RS1037
        public static readonly DiagnosticDescriptor InvalidConfigLine = Create(
            DiagnosticIds.InvalidConfigLine, Configuration, DiagnosticSeverity.Warning,
            "A line of ConsentGuard.txt or a ConsentGuard setting in .globalconfig is invalid",
            "{0}: {1}",
            "Each line of ConsentGuard.txt declares one third-party sink, source, purpose, check, cleared member or anonymizer by documentation-comment ID; the consentguard.* keys of .globalconfig take the values docs/adoption.md lists.");
#pragma warning restore RS1037

        /// <summary>{0}: member, {1}: what failed.</summary>
        public static readonly DiagnosticDescriptor AnalysisFailed = Create(
            DiagnosticIds.AnalysisFailed, Flow, DiagnosticSeverity.Warning,
            "ConsentGuard could not verify this member",
            "ConsentGuard could not verify the consent flows in '{0}' ({1}); they are unverified, not approved",
            "An internal error, or one of the analysis's limits, stopped the consent-flow analysis of a member before it was complete. Instead of crashing the build or staying silent, ConsentGuard says so here.");

        /// <summary>{0}: purpose, {1}: the expiry date, {2}: " (ticket PRIV-123)" or "".</summary>
        public static readonly DiagnosticDescriptor ExemptionExpired = Create(
            DiagnosticIds.ExemptionExpired, Governance, DiagnosticSeverity.Warning,
            "A consent exemption has expired",
            "The exemption from consent checks for '{0}' expired after {1}{2}: review it, then extend or remove it",
            "An exemption with an Expires date holds until the end of that day. After it, the exemption still applies, but it is reported so that its owner reviews it: extend the date if it is still lawful, or remove it and check consent.");

        /// <summary>{0}: rule, {1}: purpose, {2}: member, {3}: origins.</summary>
        public static readonly DiagnosticDescriptor StaleBaselineEntry = new DiagnosticDescriptor(
            DiagnosticIds.StaleBaselineEntry,
            "A baseline entry matches no finding",
            "ConsentGuard.baseline.json: the {0} entry for '{1}' in '{2}' (from {3}) matches no finding any more; remove it so the baseline only shrinks",
            Governance, DiagnosticSeverity.Info, isEnabledByDefault: true,
            description: "Each entry of ConsentGuard.baseline.json suppresses findings that existed when the baseline was written. When the code no longer has such a finding, the entry is stale: removing it keeps a fixed flow from coming back unnoticed.",
            helpLinkUri: HelpLink(DiagnosticIds.StaleBaselineEntry),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>{0}: purpose, {1}: assessment reference.</summary>
        public static readonly DiagnosticDescriptor NoObjectionSetting = Create(
            DiagnosticIds.NoObjectionSetting, Declarations, DiagnosticSeverity.Warning,
            "A legitimate-interest purpose offers no way to object",
            "'{0}' rests on legitimate interest ({1}), but no [ConsentSetting({0})] lets a member object to it",
            "Legitimate interest is lawful only with a real and easy right to object (EDPB Opinion 28/2024): a purpose on that basis needs a [ConsentSetting] through which members object.",
            WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>{0}: origins, {1}: purpose, {2}: the special-category origins and their categories.</summary>
        public static readonly DiagnosticDescriptor SpecialCategoryUnderLegitimateInterest = Create(
            DiagnosticIds.SpecialCategoryUnderLegitimateInterest, Flow, DiagnosticSeverity.Error,
            "Special-category data reaches a legitimate-interest purpose",
            "Personal data from {0} is used for '{1}', which rests on legitimate interest, but {2} is special-category data that needs explicit consent",
            "Health, biometric, genetic and other special-category data (GDPR Art. 9) can never be processed on legitimate interest: the purpose needs explicit consent, or the data must stay out of it.");

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message, string description, params string[] customTags) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id), customTags: customTags);
    }
}
