using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Governance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// Everything ConsentGuard knows about a compilation's symbols: what is personal data and for which
    /// purposes, what is a sink, a check, a cleared member, an anonymizer or an exemption, and which
    /// purposes exist. The one place that decides; built once per compilation and shared by every
    /// analyzer (and the audit command). Answers are cached per symbol.
    /// </summary>
    internal sealed class ConsentModel
    {
        private static readonly ConditionalWeakTable<Compilation, ModelsOfCompilation> Models = new ConditionalWeakTable<Compilation, ModelsOfCompilation>();

        /// <summary>
        /// The built-in purposes (README 'Personal data'). A test ties this list to the runtime's <c>Purposes</c> constants, the audit's
        /// descriptions and the taxonomy mapping.
        /// </summary>
        public static readonly ImmutableArray<string> BuiltInPurposes = ImmutableArray.Create(
            "GenerativeTraining", "ModelTraining", "Personalization", "ContentModeration", "Analytics", "Advertising");

        private readonly ConcurrentDictionary<ISymbol, PersonalDataInfo?> _personalData = new ConcurrentDictionary<ISymbol, PersonalDataInfo?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<Origin>> _typeOrigins = new ConcurrentDictionary<ITypeSymbol, ImmutableArray<Origin>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<Origin>> _declaredPersonalMembers = new ConcurrentDictionary<ITypeSymbol, ImmutableArray<Origin>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _declaringAssemblies = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _interopAssemblies = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _interopDefiningAssemblies = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _domainObjects = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, Origin> _origins = new ConcurrentDictionary<ISymbol, Origin>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, PurposeSet> _sinks = new ConcurrentDictionary<ISymbol, PurposeSet>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<ConditionalSink>> _conditionalSinks = new ConcurrentDictionary<ISymbol, ImmutableArray<ConditionalSink>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, CheckInfo?> _checks = new ConcurrentDictionary<IMethodSymbol, CheckInfo?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, PurposeSet> _cleared = new ConcurrentDictionary<IMethodSymbol, PurposeSet>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _anonymizers = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<Exemption>> _exemptions = new ConcurrentDictionary<ISymbol, ImmutableArray<Exemption>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        private readonly Lazy<ImmutableDictionary<string, string?>> _definedPurposes;
        private readonly Lazy<ImmutableArray<UsingAlias>> _usingAliases;
        private readonly Lazy<GovernanceSettings> _governance;
        private readonly Lazy<Baseline> _baseline;
        private readonly Lazy<LegalBases> _legalBases;

        private ConsentModel(Compilation compilation, AnalyzerOptions? options)
        {
            Compilation = compilation;
            Types = new WellKnownTypes(compilation);
            _definedPurposes = new Lazy<ImmutableDictionary<string, string?>>(ReadDefinedPurposes);
            _usingAliases = new Lazy<ImmutableArray<UsingAlias>>(() => AttributeNameFilter.UsingAliasesOf(compilation));
            _governance = new Lazy<GovernanceSettings>(() => GovernanceSettings.Read(options, KnownPurposes));
            _baseline = new Lazy<Baseline>(() => Baseline.Read(options));
            External = Types.HasConsentGuard ? ExternalDeclarations.Create(compilation, options, IsKnownPurpose) : ExternalDeclarations.Empty;
            _legalBases = new Lazy<LegalBases>(() => LegalBases.Read(compilation, Types.LegalBasis, External.LegalBases));
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

        // ---------------------------------------------------------------- purposes

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
            foreach (var referenced in Compilation.SourceModule.ReferencedAssemblySymbols)
                Read(referenced);
            return builder.ToImmutable();
        }

        // ---------------------------------------------------------------- personal data

        /// <summary>
        /// The [PersonalData] declaration of a field, property, parameter, method (its return value) or
        /// type, including positional-record parameters, overridden and implemented members, interop
        /// attributes and ConsentGuard.txt; null when it is not personal data.
        /// </summary>
        public PersonalDataInfo? GetPersonalData(ISymbol symbol) =>
            CannotHoldPersonalData(symbol) ? null : _personalData.GetOrAdd(symbol.OriginalDefinition, ComputePersonalData);

        private PersonalDataInfo? ComputePersonalData(ISymbol symbol)
        {
            string? category = null;
            foreach (var declaration in Declarations(symbol))
            {
                category ??= CategoryAmong(declaration.GetAttributes());
                if (declaration is IMethodSymbol method)
                    category ??= CategoryAmong(method.GetReturnTypeAttributes());
            }
            if (symbol is ITypeSymbol type)
                for (var baseType = type.BaseType; category is null && baseType is not null; baseType = baseType.BaseType)
                    category = CategoryAmong(baseType.GetAttributes());
            category ??= External.SourceCategoryOf(symbol);
            return category is null ? null : new PersonalDataInfo(category, DeclaredPurposes(symbol));
        }

        private string? CategoryAmong(ImmutableArray<AttributeData> attributes) =>
            PersonalDataAttributes.PersonalDataAmong(attributes, PersonalDataAttribute) is { } attribute ? CategoryOf(attribute) : null;

        /// <summary>The category name of a personal-data attribute (Unspecified for a number no category has); null for other attributes.</summary>
        private string? CategoryOf(AttributeData attribute) =>
            PersonalDataAttributes.CategoryValue(attribute, PersonalDataAttribute) is { } value
                ? PersonalDataCategories.Names[value >= 0 && value < PersonalDataCategories.Names.Length ? value : 0]
                : null;

        private AttributeIdentity PersonalDataAttribute => AttributeIdentity.Of(Types.PersonalData);

        private AttributeIdentity ConsentPurposeAttribute => AttributeIdentity.Of(Types.ConsentPurpose);

        /// <summary>Purposes declared for a symbol's data: on it, on its containing type, and in ConsentGuard.txt.</summary>
        private PurposeSet DeclaredPurposes(ISymbol symbol)
        {
            var purposes = new List<string>();
            foreach (var declaration in Declarations(symbol))
            {
                purposes.AddRange(PersonalDataAttributes.Purposes(declaration.GetAttributes(), ConsentPurposeAttribute));
                if (declaration is IMethodSymbol method)
                    purposes.AddRange(PersonalDataAttributes.Purposes(method.GetReturnTypeAttributes(), ConsentPurposeAttribute));
                purposes.AddRange(External.DeclaredPurposesOf(declaration));
            }
            var owner = symbol as ITypeSymbol ?? symbol.ContainingType;
            if (symbol is IParameterSymbol)
                owner = null; // a parameter's purposes are its own
            purposes.AddRange(PersonalDataAttributes.TypeLevelPurposes(owner, ConsentPurposeAttribute));
            for (var type = owner; type is not null; type = type.BaseType)
                purposes.AddRange(External.DeclaredPurposesOf(type));
            return PurposeSet.Of(purposes);
        }

        /// <summary>True when the symbol (member or parameter) is marked [DataSubject].</summary>
        public bool IsDataSubject(ISymbol symbol) => Declarations(symbol).Any(d => PersonalDataAttributes.IsDataSubject(d, AttributeIdentity.Of(Types.DataSubject)));

        /// <summary>One origin per declaration: a member of a constructed generic type is its definition's origin.</summary>
        public Origin OriginOf(ISymbol symbol, PersonalDataInfo info) => _origins.GetOrAdd(symbol.OriginalDefinition, s => Origin.ForSymbol(s, info));

        /// <summary>
        /// The origins of a value of <paramref name="type"/>: the type itself when it is [PersonalData];
        /// else its [PersonalData] fields and properties; for arrays and generic types (collections, tasks,
        /// nullables, tuples) those of their element and type arguments. Empty when the type is not personal.
        /// </summary>
        public ImmutableArray<Origin> GetTypeOrigins(ITypeSymbol? type)
        {
            if (type is null || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Error or TypeKind.Pointer or TypeKind.TypeParameter or TypeKind.Dynamic)
                return ImmutableArray<Origin>.Empty;
            return _typeOrigins.GetOrAdd(type, ComputeTypeOrigins);
        }

        // Recursion goes through the cache: type arguments and array elements are structurally smaller, so it ends.
        private ImmutableArray<Origin> ComputeTypeOrigins(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
                return GetTypeOrigins(array.ElementType);
            if (IsTypePersonal(type) is { } typeInfo)
                return ImmutableArray.Create(OriginOf(type, typeInfo));

            var origins = ImmutableArray.CreateBuilder<Origin>();
            if (type is INamedTypeSymbol named && !named.TypeArguments.IsDefaultOrEmpty)
                foreach (var argument in named.TypeArguments)
                    origins.AddRange(GetTypeOrigins(argument));
            if (type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface)
                origins.AddRange(DeclaredPersonalMembers(type));
            return origins.Count == 0 ? ImmutableArray<Origin>.Empty : origins.Distinct().ToImmutableArray();
        }

        private PersonalDataInfo? IsTypePersonal(ITypeSymbol type)
        {
            if (GetPersonalData(type) is { } info)
                return info;
            foreach (var iface in type.AllInterfaces)
                if (GetPersonalData(iface) is { } inherited)
                    return inherited;
            return null;
        }

        /// <summary>
        /// <see cref="PersonalMembers"/> of a type's definition, once per definition: attributes sit on declarations, so
        /// <c>List&lt;Member&gt;</c> and <c>List&lt;int&gt;</c> share <c>List&lt;T&gt;</c>'s answer, and the framework's generic
        /// types are not walked member by member for every instantiation.
        /// </summary>
        private ImmutableArray<Origin> DeclaredPersonalMembers(ITypeSymbol type) =>
            _declaredPersonalMembers.GetOrAdd(type.OriginalDefinition, definition => PersonalMembers(definition).Distinct().ToImmutableArray());

        /// <summary>The [PersonalData] instance fields and properties of a type and its base types.</summary>
        public IEnumerable<Origin> PersonalMembers(ITypeSymbol type)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || member.IsImplicitlyDeclared && member is not IPropertySymbol)
                        continue;
                    if (member is IFieldSymbol { AssociatedSymbol: null } or IPropertySymbol && GetPersonalData(member) is { } info)
                        yield return OriginOf(member, info);
                }
                if (type.TypeKind == TypeKind.Interface)
                    break;
            }
        }

        /// <summary>
        /// True for an object that merely has personal members (a domain object such as <c>Member</c>), whose
        /// other members (<c>member.Connections</c>) are not personal; false for [PersonalData] types,
        /// collections, tuples, strings and anything else whose parts all carry what the whole carries.
        /// </summary>
        public bool HasPersonalMembersOnly(ITypeSymbol? type) =>
            type is not null && type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && _domainObjects.GetOrAdd(type, t => !IsPersonalType(t) && PersonalMembers(t).Any());

        /// <summary>True when values of the type are personal because of the type itself, not just because it has personal members.</summary>
        public bool IsPersonalType(ITypeSymbol? type) => type is not null && IsTypePersonal(type) is not null;

        // ---------------------------------------------------------------- sinks

        /// <summary>Purposes an argument passed for <paramref name="parameter"/> is used for.</summary>
        public PurposeSet GetParameterSinkPurposes(IParameterSymbol parameter) =>
            CannotDeclare(parameter) ? PurposeSet.Empty : _sinks.GetOrAdd(parameter.OriginalDefinition, ComputeParameterSink);

        private PurposeSet ComputeParameterSink(ISymbol symbol)
        {
            var parameter = (IParameterSymbol)symbol;
            // An indexer's parameter (as arguments name it) is the same as its accessors' parameter.
            if (parameter.ContainingSymbol is IPropertySymbol { } owner && (owner.GetMethod ?? owner.SetMethod) is { } accessor
                && parameter.Ordinal < accessor.Parameters.Length)
                parameter = accessor.Parameters[parameter.Ordinal];
            var purposes = new List<string>();
            if (parameter.ContainingSymbol is IMethodSymbol method)
            {
                foreach (var declaringMethod in Declarations(method).OfType<IMethodSymbol>())
                {
                    purposes.AddRange(AttributeReader.Purposes(declaringMethod, Types.ConsentSink));
                    purposes.AddRange(External.SinkPurposesOf(declaringMethod));
                    if (parameter.Ordinal < declaringMethod.Parameters.Length)
                        purposes.AddRange(AttributeReader.Purposes(declaringMethod.Parameters[parameter.Ordinal], Types.ConsentSink));
                    if (declaringMethod.AssociatedSymbol is IPropertySymbol indexer && indexer.IsIndexer)
                        purposes.AddRange(AttributeReader.Purposes(indexer, Types.ConsentSink));
                    if (IsReachableThroughTypeSink(declaringMethod))
                        purposes.AddRange(TypeSinkPurposes(declaringMethod.ContainingType));
                }
            }
            return PurposeSet.Of(purposes);
        }

        private static bool IsReachableThroughTypeSink(IMethodSymbol method) =>
            method.DeclaredAccessibility == Accessibility.Public || method.ContainingType?.TypeKind == TypeKind.Interface
                ? method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.PropertySet or MethodKind.PropertyGet
                    && !(method.MethodKind == MethodKind.PropertyGet && method.AssociatedSymbol is IPropertySymbol { IsIndexer: false })
                : false;

        private IEnumerable<string> TypeSinkPurposes(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var purpose in AttributeReader.Purposes(current, Types.ConsentSink))
                    yield return purpose;
                foreach (var purpose in External.SinkPurposesOf(current))
                    yield return purpose;
            }
            if (type is not null)
                foreach (var iface in type.AllInterfaces)
                    foreach (var purpose in AttributeReader.Purposes(iface, Types.ConsentSink).Concat(External.SinkPurposesOf(iface)))
                        yield return purpose;
        }

        /// <summary>
        /// Purposes an argument passed for <paramref name="parameter"/> is used for in this call only: sinks declared
        /// with a condition on the call's arguments (<c>sink … when purpose=FineTune</c>), met or not decidable.
        /// </summary>
        public PurposeSet GetConditionalSinkPurposes(IParameterSymbol parameter, ImmutableArray<Microsoft.CodeAnalysis.Operations.IArgumentOperation> arguments)
        {
            if (External.IsEmpty || parameter.ContainingSymbol is not IMethodSymbol method)
                return PurposeSet.Empty;
            var sinks = GetConditionalSinks(method);
            if (sinks.IsEmpty)
                return PurposeSet.Empty;
            List<string>? purposes = null;
            foreach (var sink in sinks)
                if (sink.Condition.Evaluate(arguments, node => SemanticModelFor(node.SyntaxTree).GetOperation(node)) != ConditionResult.NotMet)
                    (purposes ??= new List<string>()).Add(sink.Purpose);
            return purposes is null ? PurposeSet.Empty : PurposeSet.Of(purposes);
        }

        /// <summary>The conditioned sinks of <paramref name="method"/>, declared on it or on a member it overrides or implements.</summary>
        public ImmutableArray<ConditionalSink> GetConditionalSinks(IMethodSymbol method) =>
            External.IsEmpty ? ImmutableArray<ConditionalSink>.Empty
                : _conditionalSinks.GetOrAdd(DeclarationIdResolver.Normalize(method), m => Declarations(m).OfType<IMethodSymbol>().SelectMany(d => (IEnumerable<ConditionalSink>)External.ConditionalSinksOf(d)).ToImmutableArray());

        /// <summary>Purposes a value assigned to <paramref name="member"/> (a property or field) is used for.</summary>
        public PurposeSet GetAssignmentSinkPurposes(ISymbol member) =>
            CannotDeclare(member) ? PurposeSet.Empty : _sinks.GetOrAdd(member.OriginalDefinition, ComputeAssignmentSink);

        private PurposeSet ComputeAssignmentSink(ISymbol member)
        {
            var purposes = new List<string>();
            foreach (var declaration in Declarations(member))
            {
                purposes.AddRange(AttributeReader.Purposes(declaration, Types.ConsentSink));
                purposes.AddRange(External.SinkPurposesOf(declaration));
                if (declaration is IPropertySymbol { SetMethod: { } setter } && !declaration.IsStatic
                    && (setter.DeclaredAccessibility == Accessibility.Public || declaration.ContainingType?.TypeKind == TypeKind.Interface))
                    purposes.AddRange(TypeSinkPurposes(declaration.ContainingType));
            }
            return PurposeSet.Of(purposes);
        }

        // ---------------------------------------------------------------- checks, cleared, anonymizers

        /// <summary>The consent check <paramref name="method"/> is, declared on it, an overridden or implemented member, or in ConsentGuard.txt.</summary>
        public CheckInfo? GetCheck(IMethodSymbol method) => CannotDeclare(method) ? null : _checks.GetOrAdd(method.OriginalDefinition, ComputeCheck);

        private CheckInfo? ComputeCheck(IMethodSymbol method)
        {
            AttributeData? found = null;
            foreach (var declaration in Declarations(method))
            {
                foreach (var attribute in declaration.GetAttributes())
                    if (AttributeReader.Is(attribute, Types.ConsentCheck)) { found = attribute; break; }
                if (found is not null)
                    break;
            }
            var externalPurpose = found is null ? External.CheckPurposeOf(method) : null;
            if (found is null && externalPurpose is null)
                return null;
            var kind = CheckKinds.Of(method.ReturnType);
            if (kind is null)
                return null;
            var fixedPurpose = found is not null ? AttributeReader.FirstString(found) : externalPurpose;
            var purposeOrdinal = -1;
            foreach (var parameter in method.Parameters)
                if (parameter.Name == "purpose" && parameter.Type.SpecialType == SpecialType.System_String)
                    purposeOrdinal = parameter.Ordinal;
            return new CheckInfo(kind.Value, fixedPurpose, purposeOrdinal);
        }

        /// <summary>Purposes the return value of <paramref name="method"/> is cleared for.</summary>
        public PurposeSet GetClearedPurposes(IMethodSymbol method) => CannotDeclare(method) ? PurposeSet.Empty : _cleared.GetOrAdd(method.OriginalDefinition, m =>
        {
            var purposes = new List<string>();
            foreach (var declaration in Declarations(m).OfType<IMethodSymbol>())
            {
                purposes.AddRange(AttributeReader.Purposes(declaration, Types.ConsentCleared));
                purposes.AddRange(AttributeReader.ReturnPurposes(declaration, Types.ConsentCleared));
                purposes.AddRange(External.ClearedPurposesOf(declaration));
            }
            return PurposeSet.Of(purposes);
        });

        public bool IsAnonymizer(IMethodSymbol method) => !CannotDeclare(method) && _anonymizers.GetOrAdd(method.OriginalDefinition, m =>
            Declarations(m).OfType<IMethodSymbol>().Any(d => AttributeReader.Has(d, Types.Anonymizer) || External.IsAnonymizer(d)));

        // ---------------------------------------------------------------- exemptions

        /// <summary>The [ConsentExempt]s in force inside <paramref name="context"/>: on it, its containing members and types.</summary>
        public ImmutableArray<Exemption> GetExemptions(ISymbol? context)
        {
            if (context is null)
                return ImmutableArray<Exemption>.Empty;
            return _exemptions.GetOrAdd(context, c =>
            {
                var builder = ImmutableArray.CreateBuilder<Exemption>();
                for (var current = c; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
                    foreach (var attribute in current.GetAttributes())
                        if (AttributeReader.Is(attribute, Types.ConsentExempt) && AttributeReader.FirstString(attribute) is { } purpose)
                            builder.Add(new Exemption(purpose, AttributeReader.NamedString(attribute, "Justification"), current, attribute,
                                AttributeReader.NamedString(attribute, "Ticket"), AttributeReader.NamedString(attribute, "Expires")));
                return builder.ToImmutable();
            });
        }

        public bool IsExempt(ISymbol? context, string purpose) => GetExemptions(context).Any(e => e.Purpose == purpose);

        // ---------------------------------------------------------------- declarations

        /// <summary>
        /// The symbol and every declaration whose attributes apply to it: the positional-record parameter
        /// behind a property, overridden members, implemented interface members; for a parameter the
        /// same-ordinal parameters of those.
        /// </summary>
        public IEnumerable<ISymbol> Declarations(ISymbol symbol)
        {
            yield return symbol;
            // Overridden and implemented members can only carry our attributes in assemblies that know them
            // (ConsentGuard.txt can declare any, e.g. an interface whose implementations are all sinks).
            if (!CanDeclare(symbol.ContainingAssembly) && External.IsEmpty)
                yield break;
            switch (symbol)
            {
                case IParameterSymbol parameter when parameter.ContainingSymbol is IMethodSymbol method:
                    foreach (var related in Related(method))
                        if (related is IMethodSymbol relatedMethod && parameter.Ordinal < relatedMethod.Parameters.Length)
                            yield return relatedMethod.Parameters[parameter.Ordinal];
                    break;
                case IPropertySymbol property:
                    if (PersonalDataAttributes.PositionalParameterOf(property) is { } positional)
                        yield return positional;
                    foreach (var related in Related(property))
                        yield return related;
                    break;
                case IMethodSymbol or IEventSymbol or IFieldSymbol:
                    foreach (var related in Related(symbol))
                        yield return related;
                    break;
            }
        }

        private static IEnumerable<ISymbol> Related(ISymbol symbol)
        {
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { symbol };
            for (var overridden = Overridden(symbol); overridden is not null && seen.Add(overridden); overridden = Overridden(overridden))
                yield return overridden;
            foreach (var member in seen.ToArray())
                foreach (var implemented in ImplementedInterfaceMembers(member))
                    if (seen.Add(implemented))
                        yield return implemented;
        }

        private static ISymbol? Overridden(ISymbol symbol) => symbol switch
        {
            IMethodSymbol m => m.OverriddenMethod,
            IPropertySymbol p => p.OverriddenProperty,
            IEventSymbol e => e.OverriddenEvent,
            _ => null,
        };

        private static IEnumerable<ISymbol> ImplementedInterfaceMembers(ISymbol member)
        {
            var explicitImplementations = member switch
            {
                IMethodSymbol m => m.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                IPropertySymbol p => p.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                _ => Enumerable.Empty<ISymbol>(),
            };
            foreach (var implemented in explicitImplementations)
                yield return implemented;
            var type = member.ContainingType;
            if (type is null || member.IsStatic || type.TypeKind == TypeKind.Interface)
                yield break;
            foreach (var iface in type.AllInterfaces)
                foreach (var candidate in iface.GetMembers(member.Name))
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                        yield return candidate;
        }

        /// <summary>
        /// Fast path for the framework and other libraries that know nothing of ConsentGuard: they declare no
        /// sinks, checks, cleared members or anonymizers (unless ConsentGuard.txt says so). Personal data is
        /// still looked up everywhere, for the interop attributes.
        /// </summary>
        private bool CannotDeclare(ISymbol symbol) => External.IsEmpty && !CanDeclare(symbol.ContainingAssembly);

        /// <summary>True for this compilation's assembly and assemblies that reference ConsentGuard (or have no identity to tell).</summary>
        public bool CanDeclare(IAssemblySymbol? assembly) =>
            // The compilation's own assembly is asked most, and its identity is the cheapest question.
            assembly is null || ReferenceEquals(assembly, Compilation.Assembly) || _declaringAssemblies.GetOrAdd(assembly, a =>
                SymbolEqualityComparer.Default.Equals(a, Compilation.Assembly)
                || a.Name == WellKnownTypes.Namespace
                || a.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == WellKnownTypes.Namespace)));

        /// <summary>
        /// Fast path for personal data: most symbols a body meets are the framework's (strings, collections, LINQ), whose
        /// assemblies can carry neither our attributes nor the interop ones, so their attributes need not be read.
        /// </summary>
        private bool CannotHoldPersonalData(ISymbol symbol) =>
            CannotDeclare(symbol) && !KnowsInteropAttributes(symbol.ContainingAssembly);

        /// <summary>The assemblies that define the interop attributes (docs/semantics.md §1.1): ASP.NET Core Identity's and Microsoft.Extensions.Compliance's.</summary>
        private static readonly ImmutableHashSet<string> InteropAssemblyNames = ImmutableHashSet.Create(StringComparer.Ordinal,
            "Microsoft.Extensions.Identity.Stores", "Microsoft.Extensions.Compliance.Abstractions");

        /// <summary>True when the interop attributes can be on anything this compilation sees (its assembly or any reference).</summary>
        public bool InteropAttributesReachable => KnowsInteropAttributes(Compilation.Assembly);

        /// <summary>
        /// True when an interop assembly is the assembly or in its references, however indirect: an attribute derived
        /// from DataClassificationAttribute in a third library is applied by assemblies that reference only that library.
        /// An assembly that defines an attribute of an interop name itself (a copy) counts as an interop assembly.
        /// </summary>
        private bool KnowsInteropAttributes(IAssemblySymbol assembly) =>
            _interopAssemblies.GetOrAdd(assembly, start =>
            {
                var seen = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default) { start };
                var pending = new Stack<IAssemblySymbol>(seen);
                while (pending.Count > 0)
                {
                    var current = pending.Pop();
                    if (InteropAssemblyNames.Contains(current.Name) || DefinesInteropAttribute(current))
                        return true;
                    foreach (var module in current.Modules)
                    {
                        if (module.ReferencedAssemblies.Any(identity => InteropAssemblyNames.Contains(identity.Name)))
                            return true;
                        foreach (var referenced in module.ReferencedAssemblySymbols)
                            if (seen.Add(referenced))
                                pending.Push(referenced);
                    }
                }
                return false;
            });

        private bool DefinesInteropAttribute(IAssemblySymbol assembly) =>
            _interopDefiningAssemblies.GetOrAdd(assembly, a =>
                a.GetTypeByMetadataName(WellKnownTypes.IdentityPersonalDataName) is not null
                || a.GetTypeByMetadataName(WellKnownTypes.DataClassificationAttributeName) is not null);

        // ---------------------------------------------------------------- bodies of other members

        /// <summary>A semantic model for a tree of this compilation, created once (interprocedural analysis reads other members' bodies).</summary>
        public SemanticModel SemanticModelFor(SyntaxTree tree) =>
#pragma warning disable RS1030 // Interprocedural summaries must read bodies outside the member being analyzed.
            _semanticModels.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }
}
