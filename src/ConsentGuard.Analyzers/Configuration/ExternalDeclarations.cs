using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// Declarations of third-party APIs that carry none of our attributes: the ConsentGuard.txt files of
    /// the compilation (docs/third-party-apis.md) and the built-in catalog. Read by <see cref="Model.ConsentModel"/> as if
    /// the attributes were there. Resolved once per compilation; each file's text is parsed once per content
    /// (<see cref="ConfigFileCache"/>). Also the one place that knows what is wrong with those files: the
    /// CG0010 analyzer only reports <see cref="Problems"/>.
    /// </summary>
    internal sealed class ExternalDeclarations
    {
        public const string FileName = "ConsentGuard.txt";

        public static readonly ExternalDeclarations Empty = new ExternalDeclarations(
            new Dictionary<ISymbol, SymbolDeclarations>(SymbolEqualityComparer.Default), ImmutableArray<ResolvedDeclaration>.Empty, ImmutableArray<ConfigFileProblem>.Empty, CatalogSettings.Default,
            ImmutableArray<LegalBasisDeclaration>.Empty);

        /// <summary>Keyed by definition (see <see cref="DeclarationIdResolver.Normalize"/>). Never written after construction, so concurrent reads are safe.</summary>
        private readonly Dictionary<ISymbol, SymbolDeclarations> _bySymbol;

        private ExternalDeclarations(Dictionary<ISymbol, SymbolDeclarations> bySymbol, ImmutableArray<ResolvedDeclaration> declarations, ImmutableArray<ConfigFileProblem> problems, CatalogSettings catalog,
                                     ImmutableArray<LegalBasisDeclaration> legalBases)
        {
            _bySymbol = bySymbol;
            Declarations = declarations;
            Problems = problems;
            Catalog = catalog;
            LegalBases = legalBases;
        }

        /// <summary>How the .globalconfig set the built-in catalog up (its groups and their purposes, and option values that name no purpose).</summary>
        public CatalogSettings Catalog { get; }

        /// <summary>The valid <c>basis</c> lines of the compilation's ConsentGuard.txt files, one per purpose (the first line wins).</summary>
        public ImmutableArray<LegalBasisDeclaration> LegalBases { get; }

        /// <summary>Every declaration that resolved, with its symbols and where it was written (for the audit).</summary>
        public ImmutableArray<ResolvedDeclaration> Declarations { get; }

        /// <summary>What is wrong with the compilation's ConsentGuard.txt files (never with the built-in catalog), in file and line order.</summary>
        public ImmutableArray<ConfigFileProblem> Problems { get; }

        /// <summary>True for a file ConsentGuard reads: named ConsentGuard.txt, in any folder, in any letter case (Windows does not care either).</summary>
        public static bool IsConfigFile(string? path) =>
            path is { Length: > 0 } && string.Equals(SafeFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// True when no declaration resolved to a symbol of this compilation (no ConsentGuard.txt, and no
        /// catalog package referenced): ConsentModel then skips looking for declarations on overridden and
        /// implemented members of assemblies that cannot carry our attributes.
        /// </summary>
        public bool IsEmpty => _bySymbol.Count == 0;

        /// <summary>Reads the compilation's ConsentGuard.txt files and, unless turned off, the built-in catalog.</summary>
        public static ExternalDeclarations Create(Compilation compilation, AnalyzerOptions? options, Func<string, bool> isKnownPurpose,
            CancellationToken cancellationToken = default)
        {
            var catalog = CatalogSettings.Read(options, isKnownPurpose);
            var builder = new Builder(compilation, isKnownPurpose, catalog);
            if (options is not null)
            {
                foreach (var file in options.AdditionalFiles)
                {
                    if (!IsConfigFile(file.Path))
                        continue;
                    cancellationToken.ThrowIfCancellationRequested();
                    if (ReadText(file, cancellationToken) is { } text)
                        builder.Add(file.Path, ConfigFileCache.Shared.Get(text), isCatalog: false);
                }
            }
            if (catalog.Enabled)
                builder.Add(BuiltinCatalog.Path, BuiltinCatalog.DeclarationsFor(catalog), isCatalog: true);
            return builder.Build();
        }

        /// <summary>Purposes for which <paramref name="symbol"/> (a method: all its parameters; a property or field: assigned values; a type: as [ConsentSink] on it) is a sink.</summary>
        public ImmutableArray<string> SinkPurposesOf(ISymbol symbol) => Find(symbol)?.Sinks ?? ImmutableArray<string>.Empty;

        /// <summary>Sinks of <paramref name="method"/> that hold only for calls meeting a condition on their arguments (<c>sink … when …</c>).</summary>
        public ImmutableArray<ConditionalSink> ConditionalSinksOf(IMethodSymbol method) => Find(method)?.ConditionalSinks ?? ImmutableArray<ConditionalSink>.Empty;

        /// <summary>The category name (a <c>PersonalDataCategory</c> member) when <paramref name="symbol"/> is declared a source of personal data.</summary>
        public string? SourceCategoryOf(ISymbol symbol) => Find(symbol)?.Category;

        /// <summary>Purposes declared for <paramref name="symbol"/>'s data (as [ConsentPurpose]).</summary>
        public ImmutableArray<string> DeclaredPurposesOf(ISymbol symbol) => Find(symbol)?.Purposes ?? ImmutableArray<string>.Empty;

        /// <summary>The purpose when <paramref name="method"/> is declared a consent check.</summary>
        public string? CheckPurposeOf(IMethodSymbol method) => Find(method)?.CheckPurpose;

        /// <summary>Purposes <paramref name="method"/>'s return value is declared cleared for.</summary>
        public ImmutableArray<string> ClearedPurposesOf(IMethodSymbol method) => Find(method)?.Cleared ?? ImmutableArray<string>.Empty;

        /// <summary>True when <paramref name="method"/> is declared an anonymizer.</summary>
        public bool IsAnonymizer(IMethodSymbol method) => Find(method)?.IsAnonymizer ?? false;

        /// <summary>The problems of one file, for the analyzer that reports per additional file.</summary>
        public IEnumerable<ConfigFileProblem> ProblemsIn(string path) => Problems.Where(p => string.Equals(p.Path, path, StringComparison.Ordinal));

        private SymbolDeclarations? Find(ISymbol symbol)
        {
            if (_bySymbol.Count == 0)
                return null;
            return _bySymbol.TryGetValue(DeclarationIdResolver.Normalize(symbol), out var found) ? found : null;
        }

        private static SourceText? ReadText(AdditionalText file, CancellationToken cancellationToken)
        {
            try
            {
                return file.GetText(cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                // An unreadable file declares nothing; the compiler reports missing additional files itself.
                return null;
            }
        }

        private static string SafeFileName(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash < 0 ? path : path.Substring(slash + 1);
        }

        /// <summary>Collects the declarations of every file, in order, resolving each against the compilation.</summary>
        private sealed class Builder
        {
            private readonly Compilation _compilation;
            private readonly Func<string, bool> _isKnownPurpose;
            private readonly Dictionary<ISymbol, SymbolDeclarations.Builder> _bySymbol = new Dictionary<ISymbol, SymbolDeclarations.Builder>(SymbolEqualityComparer.Default);
            private readonly ImmutableArray<ResolvedDeclaration>.Builder _declarations = ImmutableArray.CreateBuilder<ResolvedDeclaration>();
            private readonly ImmutableArray<ConfigFileProblem>.Builder _problems = ImmutableArray.CreateBuilder<ConfigFileProblem>();
            private readonly HashSet<ISymbol> _userSinks = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            private readonly CatalogSettings _catalog;
            private readonly DeclaredNames _names;
            private readonly Dictionary<string, LegalBasisDeclaration> _legalBases = new Dictionary<string, LegalBasisDeclaration>(StringComparer.Ordinal);
            private readonly ImmutableArray<LegalBasisDeclaration>.Builder _legalBasisOrder = ImmutableArray.CreateBuilder<LegalBasisDeclaration>();

            public Builder(Compilation compilation, Func<string, bool> isKnownPurpose, CatalogSettings catalog)
            {
                _compilation = compilation;
                _isKnownPurpose = isKnownPurpose;
                _catalog = catalog;
                _names = new DeclaredNames(compilation);
            }

            /// <summary>
            /// Adds one parsed file. The catalog is silent: its lines are tested to parse, and an entry whose
            /// package the compilation does not reference simply does not apply.
            /// </summary>
            public void Add(string path, ParsedConfigFile file, bool isCatalog)
            {
                var problems = new List<ConfigProblem>();
                if (!isCatalog)
                    problems.AddRange(file.Problems);
                foreach (var declaration in file.Declarations)
                {
                    var problem = Resolve(path, declaration, isCatalog);
                    if (problem is not null && !isCatalog)
                        problems.Add(problem);
                }
                if (!isCatalog)
                    foreach (var basis in file.LegalBases)
                        if (ResolveLegalBasis(path, basis) is { } problem)
                            problems.Add(problem);
                foreach (var problem in problems.OrderBy(p => p.Line.Number))
                    _problems.Add(new ConfigFileProblem(path, problem));
            }

            private ConfigProblem? Resolve(string path, ConfigDeclaration declaration, bool isCatalog)
            {
                if (declaration.Verb is not (DeclarationVerb.Source or DeclarationVerb.Anonymizer)
                    && declaration.Argument is { } purpose && !_isKnownPurpose(purpose))
                    return new ConfigProblem(declaration.Line, "unknown purpose '" + purpose + "'; use a ConsentGuard.Purposes name or declare it with [assembly: DefinePurpose(\"" + purpose + "\")]");

                var symbols = _names.MayDeclare(declaration.Id) ? DeclarationIdResolver.Resolve(_compilation, declaration.Id) : ImmutableArray<ISymbol>.Empty;
                if (symbols.IsEmpty)
                    return isCatalog ? null : NoMatch(declaration);

                if (declaration.Verb == DeclarationVerb.Check && !symbols.OfType<IMethodSymbol>().Any(m => CheckKinds.Of(m.ReturnType) is not null))
                    return new ConfigProblem(declaration.Line, "'" + DocumentationId.Shorten(declaration.Id.Text) + "' cannot be a consent check: a check returns bool, Task<bool> or ValueTask<bool>, or is void and throws");

                if (declaration.Condition is { } condition && !symbols.OfType<IMethodSymbol>().Any(condition.AppliesTo))
                    return isCatalog ? null : new ConfigProblem(declaration.Line, "'" + DocumentationId.Shorten(declaration.Id.Text) + "' has no parameter named '" + condition.ParameterName + "'");

                // A project's own sink line for a symbol overrides the catalog's (its files are read first).
                if (isCatalog && declaration.Verb == DeclarationVerb.Sink)
                    symbols = symbols.RemoveAll(s => _userSinks.Contains(DeclarationIdResolver.Normalize(s)));
                if (symbols.IsEmpty)
                    return null;

                foreach (var symbol in symbols)
                {
                    var key = DeclarationIdResolver.Normalize(symbol);
                    if (!isCatalog && declaration.Verb == DeclarationVerb.Sink)
                        _userSinks.Add(key);
                    if (!_bySymbol.TryGetValue(key, out var entry))
                        _bySymbol.Add(key, entry = new SymbolDeclarations.Builder());
                    entry.Add(declaration);
                }
                _declarations.Add(new ResolvedDeclaration(path, isCatalog, declaration, symbols));
                return null;
            }

            /// <summary>A purpose has one basis: a second <c>basis</c> line for it, in any file, is a problem rather than a silent override.</summary>
            private ConfigProblem? ResolveLegalBasis(string path, LegalBasisLine basis)
            {
                if (!_isKnownPurpose(basis.Purpose))
                    return new ConfigProblem(basis.Line, "unknown purpose '" + basis.Purpose + "'; use a ConsentGuard.Purposes name or declare it with [assembly: DefinePurpose(\"" + basis.Purpose + "\")]");
                if (_legalBases.TryGetValue(basis.Purpose, out var earlier))
                    return new ConfigProblem(basis.Line, "the legal basis of '" + basis.Purpose + "' is already declared (" + earlier.Location.GetLineSpan().Path + " line " + (earlier.Location.GetLineSpan().StartLinePosition.Line + 1) + ")");
                var declaration = new LegalBasisDeclaration(basis.Purpose, basis.Kind, basis.Assessment, basis.NoticeDate,
                    Location.Create(path, basis.Line.Span, basis.Line.Positions), inThisCompilation: true);
                _legalBases.Add(basis.Purpose, declaration);
                _legalBasisOrder.Add(declaration);
                return null;
            }

            private ConfigProblem NoMatch(ConfigDeclaration declaration)
            {
                var message = "'" + DocumentationId.Shorten(declaration.Id.Text) + "' matches no symbol in this compilation or its references";
                var overloads = DeclarationIdResolver.ExistingOverloads(_compilation, declaration.Id, max: 3);
                if (!overloads.IsEmpty)
                    message += "; it has: " + string.Join(", ", overloads.Select(DocumentationId.Shorten));
                return new ConfigProblem(declaration.Line, message);
            }

            public ExternalDeclarations Build()
            {
                if (_bySymbol.Count == 0 && _problems.Count == 0 && _legalBasisOrder.Count == 0 && _catalog.Equals(CatalogSettings.Default) && _catalog.Problems.IsEmpty)
                    return Empty;
                var bySymbol = new Dictionary<ISymbol, SymbolDeclarations>(_bySymbol.Count, SymbolEqualityComparer.Default);
                foreach (var pair in _bySymbol)
                    bySymbol.Add(pair.Key, pair.Value.ToImmutable());
                return new ExternalDeclarations(bySymbol, _declarations.ToImmutable(), _problems.ToImmutable(), _catalog, _legalBasisOrder.ToImmutable());
            }
        }
    }

    /// <summary>A ConsentGuard.txt (or catalog) line and the symbols it applies to.</summary>
    internal sealed class ResolvedDeclaration
    {
        public ResolvedDeclaration(string path, bool isBuiltin, ConfigDeclaration declaration, ImmutableArray<ISymbol> symbols)
        {
            Path = path;
            IsBuiltin = isBuiltin;
            Declaration = declaration;
            Symbols = symbols;
        }

        public string Path { get; }

        public bool IsBuiltin { get; }

        public ConfigDeclaration Declaration { get; }

        public ImmutableArray<ISymbol> Symbols { get; }
    }

    /// <summary>A CG0010 finding: a line of one ConsentGuard.txt file and what is wrong with it.</summary>
    internal sealed class ConfigFileProblem
    {
        public ConfigFileProblem(string path, ConfigProblem problem)
        {
            Path = path;
            LineNumber = problem.Line.Number;
            Message = problem.Message;
            Location = Location.Create(path, problem.Line.Span, problem.Line.Positions);
        }

        public string Path { get; }

        public int LineNumber { get; }

        public string Message { get; }

        /// <summary>The whole line (without its line break) in the additional file.</summary>
        public Location Location { get; }

        public Diagnostic ToDiagnostic() => Diagnostic.Create(DiagnosticDescriptors.InvalidConfigLine, Location, ExternalDeclarations.FileName + " line " + LineNumber, Message);
    }
}
