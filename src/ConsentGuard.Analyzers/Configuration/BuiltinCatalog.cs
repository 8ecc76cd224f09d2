using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// The declarations ConsentGuard ships for third-party AI SDKs (BuiltinCatalog.txt, embedded), in groups
    /// (<see cref="CatalogGroup"/>) set up by <see cref="CatalogSettings"/>. Entries whose package a compilation
    /// does not reference resolve to nothing and are silently skipped.
    /// </summary>
    /// <remarks>
    /// The file is a ConsentGuard.txt (docs/third-party-apis.md) with two directives of its own: <c>package NAME VERSION</c> names the
    /// package (and the version it is tested against) of the entries that follow, <c>group NAME</c> their group.
    /// In the retrieval and inference groups an entry's purpose is <c>*</c>: the purpose the group is configured with.
    /// </remarks>
    internal static class BuiltinCatalog
    {
        public const string OptionName = "consentguard.builtin_catalog";

        /// <summary>Set in the project file (LogicalName), so it does not depend on the folder layout.</summary>
        public const string ResourceName = "ConsentGuard.Analyzers.BuiltinCatalog.txt";

        /// <summary>Where catalog entries say they come from (they are never reported, but the audit can name them).</summary>
        public const string Path = "ConsentGuard (built-in catalog)";

        private const string PackageDirective = "package";
        private const string GroupDirective = "group";

        private static readonly Lazy<string> s_text = new Lazy<string>(ReadResource);
        private static readonly Lazy<ParsedCatalog> s_parsed = new Lazy<ParsedCatalog>(() => Parse(SourceText.From(s_text.Value)));
        private static readonly ConcurrentDictionary<CatalogSettings, ParsedConfigFile> s_bySettings = new ConcurrentDictionary<CatalogSettings, ParsedConfigFile>();

        /// <summary>The catalog as shipped.</summary>
        public static string Text => s_text.Value;

        /// <summary>Every entry as written (group purposes still <c>*</c>), with its group and package.</summary>
        public static ImmutableArray<CatalogEntry> Entries => s_parsed.Value.Entries;

        /// <summary>What is wrong with the shipped text; a test keeps it empty.</summary>
        public static ImmutableArray<ConfigProblem> Problems => s_parsed.Value.Problems;

        /// <summary>The declarations in force under <paramref name="settings"/>: entries of groups that are on, <c>*</c> replaced by the group's purpose.</summary>
        public static ParsedConfigFile DeclarationsFor(CatalogSettings settings) =>
            s_bySettings.GetOrAdd(settings, s => new ParsedConfigFile(
                Entries.Where(e => s.IsOn(e.Group))
                    .Select(e => e.HasGroupPurpose ? e.Declaration.WithArgument(s.PurposeOf(e.Group)!) : e.Declaration)
                    .ToImmutableArray(),
                ImmutableArray<ConfigProblem>.Empty));

        internal static ParsedCatalog Parse(SourceText text)
        {
            var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
            var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
            string? package = null, version = null;
            CatalogGroup? group = null;
            foreach (var textLine in text.Lines)
            {
                var line = new ConfigLine(textLine.LineNumber + 1, textLine.Span, text.Lines.GetLinePositionSpan(textLine.Span));
                var fields = ConfigFileParser.Tokenize(text.ToString(textLine.Span));
                if (fields.Count == 0)
                    continue;
                if (fields[0] == PackageDirective)
                {
                    if (fields.Count != 3)
                        problems.Add(new ConfigProblem(line, "expected 'package NAME VERSION'"));
                    else
                        (package, version) = (fields[1], fields[2]);
                    continue;
                }
                if (fields[0] == GroupDirective)
                {
                    if (fields.Count != 2 || !CatalogGroups.TryParse(fields[1], out var parsed))
                        problems.Add(new ConfigProblem(line, "expected 'group training|retrieval|inference'"));
                    else
                        group = parsed;
                    continue;
                }
                if (group is not { } current || package is null || version is null)
                {
                    problems.Add(new ConfigProblem(line, "an entry before its 'package' and 'group' lines"));
                    continue;
                }
                var groupPurpose = CatalogGroups.HasConfigurablePurpose(current) ? GroupPurposeStandIn : null;
                var problem = ConfigFileParser.ParseFields(fields, line, groupPurpose, out var declaration);
                if (problem is not null)
                    problems.Add(problem);
                else if (declaration is not null)
                {
                    var hasGroupPurpose = declaration.Argument == GroupPurposeStandIn;
                    if (CatalogGroups.HasConfigurablePurpose(current) && !hasGroupPurpose && declaration.Verb == DeclarationVerb.Sink)
                        problems.Add(new ConfigProblem(line, "a " + CatalogGroups.Name(current) + " sink's purpose is '*', the group's configured one"));
                    else
                        entries.Add(new CatalogEntry(current, package, version, declaration, hasGroupPurpose));
                }
            }
            return new ParsedCatalog(entries.ToImmutable(), problems.ToImmutable());
        }

        /// <summary>What a <c>*</c> purpose is parsed to until the settings replace it: never a purpose name (not an identifier).</summary>
        private const string GroupPurposeStandIn = "<group purpose>";

        private static string ReadResource()
        {
            using var stream = typeof(BuiltinCatalog).Assembly.GetManifestResourceStream(ResourceName);
            if (stream is null)
                return ""; // a broken build; the catalog test catches it, the analyzer must not throw
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }

    /// <summary>One line of the built-in catalog, with the group and package it is written under.</summary>
    internal sealed class CatalogEntry
    {
        public CatalogEntry(CatalogGroup group, string package, string version, ConfigDeclaration declaration, bool hasGroupPurpose)
        {
            Group = group;
            Package = package;
            Version = version;
            Declaration = declaration;
            HasGroupPurpose = hasGroupPurpose;
        }

        public CatalogGroup Group { get; }

        public string Package { get; }

        /// <summary>The version the entry is tested to resolve against.</summary>
        public string Version { get; }

        public ConfigDeclaration Declaration { get; }

        /// <summary>True when the entry's purpose is the group's configured one (<c>*</c>).</summary>
        public bool HasGroupPurpose { get; }
    }

    internal sealed class ParsedCatalog
    {
        public ParsedCatalog(ImmutableArray<CatalogEntry> entries, ImmutableArray<ConfigProblem> problems)
        {
            Entries = entries;
            Problems = problems;
        }

        public ImmutableArray<CatalogEntry> Entries { get; }

        public ImmutableArray<ConfigProblem> Problems { get; }
    }
}
