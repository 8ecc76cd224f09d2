using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// The declarations ConsentGuard ships for third-party AI SDKs (BuiltinCatalog.txt, embedded): on unless
    /// the global analyzer config says <c>consentguard.builtin_catalog = false</c>. Entries whose package a
    /// compilation does not reference resolve to nothing and are silently skipped.
    /// </summary>
    internal static class BuiltinCatalog
    {
        public const string OptionName = "consentguard.builtin_catalog";

        /// <summary>Set in the project file (LogicalName), so it does not depend on the folder layout.</summary>
        public const string ResourceName = "ConsentGuard.Analyzers.BuiltinCatalog.txt";

        /// <summary>Where catalog entries say they come from (they are never reported, but the audit can name them).</summary>
        public const string Path = "ConsentGuard (built-in catalog)";

        private static readonly Lazy<string> s_text = new Lazy<string>(ReadResource);
        private static readonly Lazy<ParsedConfigFile> s_parsed = new Lazy<ParsedConfigFile>(() => ConfigFileParser.Parse(SourceText.From(s_text.Value)));

        /// <summary>The catalog as shipped.</summary>
        public static string Text => s_text.Value;

        public static ParsedConfigFile Parsed => s_parsed.Value;

        /// <summary>Only an explicit <c>false</c> turns the catalog off: anything else keeps the safe default.</summary>
        public static bool IsEnabled(AnalyzerOptions? options)
        {
            if (options?.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptionName, out var value) == true)
                return !string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            return true;
        }

        private static string ReadResource()
        {
            using var stream = typeof(BuiltinCatalog).Assembly.GetManifestResourceStream(ResourceName);
            if (stream is null)
                return ""; // a broken build; the catalog test catches it, the analyzer must not throw
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
