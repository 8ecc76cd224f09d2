using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Governance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// Everything ConsentGuard knows about a compilation's symbols: what is personal data and for which
    /// purposes, what is a sink, a check, a cleared member, an anonymizer or an exemption, and which
    /// purposes exist. The one place that decides; built once per compilation and shared by every
    /// analyzer (and the audit command). Answers are cached per symbol.
    /// </summary>
    /// <remarks>
    /// One file per concern: <c>ConsentModel.Purposes.cs</c>, <c>.PersonalData.cs</c>, <c>.Sinks.cs</c>, <c>.Checks.cs</c>,
    /// <c>.Exemptions.cs</c> and <c>.Declarations.cs</c> (which declarations' attributes apply to a symbol); this one holds the
    /// per-compilation life cycle and the settings read from the options.
    /// </remarks>
    internal sealed partial class ConsentModel
    {
        private static readonly ConditionalWeakTable<Compilation, ModelsOfCompilation> Models = new ConditionalWeakTable<Compilation, ModelsOfCompilation>();

        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        private readonly Lazy<ImmutableArray<UsingAlias>> _usingAliases;
        private readonly Lazy<GovernanceSettings> _governance;
        private readonly Lazy<Baseline> _baseline;

        private ConsentModel(Compilation compilation, AnalyzerOptions? options)
        {
            Compilation = compilation;
            Types = new WellKnownTypes(compilation);
            _definedPurposes = new Lazy<ImmutableDictionary<string, string?>>(ReadDefinedPurposes);
            _usingAliases = new Lazy<ImmutableArray<UsingAlias>>(() => AttributeNameFilter.UsingAliasesOf(compilation));
            _governance = new Lazy<GovernanceSettings>(() => GovernanceSettings.Read(options, KnownPurposes));
            _baseline = new Lazy<Baseline>(() => Baseline.Read(options));
            External = Types.HasConsentGuard ? ExternalDeclarations.Create(compilation, options, IsKnownPurpose) : ExternalDeclarations.Empty;
            _legalBases = new Lazy<LegalBases>(() => LegalBases.Read(compilation, Types.LegalBasis, External.LegalBases, CanDeclare));
            _sourceKnowsInterop = new Lazy<bool>(SourceKnowsInterop);
            InterproceduralEnabled = !(options?.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(InterproceduralOption, out var value) == true
                && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The .globalconfig key that turns interprocedural summaries off (for troubleshooting and measurement).</summary>
        public const string InterproceduralOption = "consentguard.interprocedural";

        /// <summary>False when <c>consentguard.interprocedural = false</c>: calls are then judged by declared attributes alone.</summary>
        public bool InterproceduralEnabled { get; }

        /// <summary>
        /// The model of <paramref name="compilation"/> read with <paramref name="options"/>. The analyzers of one build share
        /// one options object and so one model; a caller with other options (a code fix's project options, the CLI, no
        /// options at all) gets its own, so the first caller does not decide ConsentGuard.txt, the baseline or the
        /// .globalconfig switches for everyone.
        /// </summary>
        public static ConsentModel For(Compilation compilation, AnalyzerOptions? options = null) =>
            Models.GetValue(compilation, _ => new ModelsOfCompilation()).For(compilation, options);

        /// <summary>The models of one compilation, one per options object (almost always exactly one).</summary>
        private sealed class ModelsOfCompilation
        {
            private readonly object _gate = new object();
            private ImmutableArray<(AnalyzerOptions? Options, ConsentModel Model)> _models = ImmutableArray<(AnalyzerOptions?, ConsentModel)>.Empty;

            public ConsentModel For(Compilation compilation, AnalyzerOptions? options)
            {
                if (Find(_models, options) is { } known)
                    return known;
                lock (_gate)
                {
                    if (Find(_models, options) is { } raced)
                        return raced;
                    var model = new ConsentModel(compilation, options);
                    _models = _models.Add((options, model));
                    return model;
                }
            }

            private static ConsentModel? Find(ImmutableArray<(AnalyzerOptions? Options, ConsentModel Model)> models, AnalyzerOptions? options)
            {
                foreach (var (known, model) in models)
                {
                    if (SameInputs(known, options))
                        return model;
                }
                return null;
            }

            /// <summary>
            /// Options the model reads the same way: the same object, or (should a host wrap the options per analyzer) the
            /// same configuration provider and the same additional files.
            /// </summary>
            private static bool SameInputs(AnalyzerOptions? a, AnalyzerOptions? b) =>
                ReferenceEquals(a, b)
                || (a is not null && b is not null
                    && ReferenceEquals(a.AnalyzerConfigOptionsProvider, b.AnalyzerConfigOptionsProvider)
                    && a.AdditionalFiles.SequenceEqual(b.AdditionalFiles, (x, y) => ReferenceEquals(x, y)));
        }

        public Compilation Compilation { get; }

        public WellKnownTypes Types { get; }

        public ExternalDeclarations External { get; }

        /// <summary>The compilation's using aliases, read once for all attribute analyzers (<see cref="AttributeNameFilter"/>).</summary>
        public ImmutableArray<UsingAlias> UsingAliases => _usingAliases.Value;

        /// <summary>Per-purpose enforcement and the reference date of exemptions, from <c>.globalconfig</c> (docs/adoption.md).</summary>
        public GovernanceSettings Governance => _governance.Value;

        /// <summary>The findings ConsentGuard.baseline.json lists (empty without one).</summary>
        public Baseline Baseline => _baseline.Value;

        // ---------------------------------------------------------------- bodies of other members

        /// <summary>A semantic model for a tree of this compilation, created once (interprocedural analysis reads other members' bodies).</summary>
        public SemanticModel SemanticModelFor(SyntaxTree tree) =>
#pragma warning disable RS1030 // Interprocedural summaries must read bodies outside the member being analyzed.
            _semanticModels.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }
}
