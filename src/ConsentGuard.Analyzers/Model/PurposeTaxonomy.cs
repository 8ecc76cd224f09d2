using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// A purpose's or category's equivalents in the taxonomies auditors use: a Fides (fideslang) data use or data
    /// category, a W3C DPV purpose, IAB TCF v2.2 purpose numbers. Null or empty where the taxonomy has none.
    /// </summary>
    internal sealed class TaxonomyMapping
    {
        public TaxonomyMapping(string? fides, string? dpv, ImmutableArray<int> tcf)
        {
            Fides = fides;
            Dpv = dpv;
            Tcf = tcf.IsDefault ? ImmutableArray<int>.Empty : tcf;
        }

        public string? Fides { get; }
        public string? Dpv { get; }
        public ImmutableArray<int> Tcf { get; }
    }

    /// <summary>
    /// The mappings of the built-in purposes and categories (sources and reasons: docs/taxonomy.md), and those a code
    /// base declares for its own purposes on <c>[assembly: DefinePurpose(…, FidesDataUse = …, DpvPurpose = …, TcfPurposes = …)]</c>.
    /// </summary>
    internal static class PurposeTaxonomy
    {
        private static TaxonomyMapping Map(string? fides, string? dpv, params int[] tcf) => new TaxonomyMapping(fides, dpv, tcf.ToImmutableArray());

        /// <summary>fideslang data uses, DPV purposes, TCF v2.2 purposes. Generative training has no TCF purpose.</summary>
        public static readonly ImmutableDictionary<string, TaxonomyMapping> BuiltInPurposes = new Dictionary<string, TaxonomyMapping>
        {
            ["GenerativeTraining"] = Map("train_ai_system", "dpv:ResearchAndDevelopment"),
            ["ModelTraining"] = Map("train_ai_system", "dpv:ResearchAndDevelopment", 10),
            ["Personalization"] = Map("personalize.content", "dpv:ServicePersonalisation", 5, 6),
            ["ContentModeration"] = Map("essential.fraud_detection", "dpv:MisusePreventionAndDetection"),
            ["Analytics"] = Map("analytics.reporting", "dpv:ServiceUsageAnalytics", 8, 9),
            ["Advertising"] = Map("marketing.advertising", "dpv:Advertising", 2, 3, 4, 7),
        }.ToImmutableDictionary();

        /// <summary>fideslang data categories of <c>PersonalDataCategory</c> (DPV and TCF have no data-category list to map to here).</summary>
        public static readonly ImmutableDictionary<string, string> CategoryFides = new Dictionary<string, string>
        {
            ["Unspecified"] = "user",
            ["Identifier"] = "user.unique_id",
            ["Contact"] = "user.contact",
            ["Demographic"] = "user.demographic",
            ["Professional"] = "user.professional_information",
            ["UserContent"] = "user.content",
            ["Behavioral"] = "user.behavior",
            ["Location"] = "user.location",
            ["Financial"] = "user.financial",
            ["Health"] = "user.health",
            ["Biometric"] = "user.biometrics",
            ["Genetic"] = "user.health.genetic",
            ["SpecialCategory"] = "user.demographic.protected_classifications",
        }.ToImmutableDictionary();

        /// <summary>The mapping of a purpose: built in, or declared on its DefinePurpose (here or in a referenced assembly).</summary>
        public static TaxonomyMapping? Of(ConsentModel model, string purpose)
        {
            if (BuiltInPurposes.TryGetValue(purpose, out var builtIn))
                return builtIn;
            if (model.Types.DefinePurpose is null)
                return null;
            foreach (var assembly in new[] { model.Compilation.Assembly }.Concat(model.Compilation.SourceModule.ReferencedAssemblySymbols))
                foreach (var attribute in assembly.GetAttributes())
                    if (AttributeReader.Is(attribute, model.Types.DefinePurpose) && AttributeReader.FirstString(attribute) == purpose)
                        return new TaxonomyMapping(AttributeReader.NamedString(attribute, "FidesDataUse"), AttributeReader.NamedString(attribute, "DpvPurpose"), TcfOf(attribute));
            return null;
        }

        private static ImmutableArray<int> TcfOf(AttributeData attribute)
        {
            foreach (var pair in attribute.NamedArguments)
                if (pair.Key == "TcfPurposes" && pair.Value.Kind == TypedConstantKind.Array && !pair.Value.IsNull)
                    return pair.Value.Values.Select(v => v.Value).OfType<int>().ToImmutableArray();
            return ImmutableArray<int>.Empty;
        }
    }
}
