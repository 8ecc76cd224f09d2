using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentGuard.Cli.Loading;

namespace ConsentGuard.Cli.Diff;

/// <summary>
/// What a privacy diff compares, read from an audit's JSON (docs/audit-schema.json): each kind of entry by a key that
/// survives edits elsewhere (names and documentation IDs, never lines), with a description of what a reviewer must
/// see change. Reading the JSON, rather than the in-memory report, makes a saved audit and a fresh one the same input.
/// </summary>
internal sealed class PrivacySnapshot
{
    /// <summary>Section title → entries by key → what the entry says (compared for "changed").</summary>
    public Dictionary<string, Dictionary<string, string>> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>Personal-data key → its declared purposes (for "a purpose added to Email").</summary>
    public Dictionary<string, HashSet<string>> PersonalPurposes { get; } = new(StringComparer.Ordinal);

    /// <summary>Unsuppressed findings, by key, with how many there are of each.</summary>
    public Dictionary<string, int> ActiveFindings { get; } = new(StringComparer.Ordinal);

    public const string PersonalData = "Personal data";
    public const string Categories = "Categories";
    public const string Purposes = "Purposes";
    public const string Sinks = "Sinks";
    public const string Checks = "Consent checks";
    public const string Cleared = "Cleared members";
    public const string Anonymizers = "Anonymizers";
    public const string Exemptions = "Exemptions";
    public const string Findings = "Findings";

    public static readonly string[] Order = [PersonalData, Categories, Purposes, Sinks, Checks, Cleared, Anonymizers, Exemptions, Findings];

    public static PrivacySnapshot FromJson(string json, string origin)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new AuditInputException($"'{origin}' is not an audit JSON file: {ex.Message.Split('\n')[0]}");
        }
        if (root is not JsonObject audit || audit["personalData"] is not JsonArray)
            throw new AuditInputException($"'{origin}' is not an audit JSON file (consentguard audit --format json)");
        var snapshot = new PrivacySnapshot();
        foreach (var title in Order)
            snapshot.Sections[title] = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var e in Items(audit, "personalData"))
        {
            var key = Code(Text(e, "type") + (Text(e, "member") is { Length: > 0 } m ? "." + m : "") + (Text(e, "parameter") is { } p ? $" ({p})" : ""));
            var purposes = List(e, "purposes");
            snapshot.Sections[PersonalData][key] = $"{Text(e, "category")}; purposes: {Join(purposes)}";
            snapshot.PersonalPurposes[key] = purposes.ToHashSet(StringComparer.Ordinal);
            snapshot.Sections[Categories][Text(e, "category") ?? ""] = "";
        }
        // An audit written before categories carried their Fides equivalent lists them only through personal data.
        foreach (var e in Items(audit, "categories"))
            snapshot.Sections[Categories][Text(e, "name") ?? ""] = Taxonomy(("Fides", CodeOrNull(Text(e, "fides"))));
        foreach (var e in Items(audit, "purposes"))
            snapshot.Sections[Purposes][Text(e, "name") ?? ""] = string.Join("; ", new[] { $"enforcement: {Text(e, "enforcement") ?? "error"}", PurposeTaxonomy(e) }.Where(s => s.Length > 0));
        foreach (var e in Items(audit, "sinks"))
            snapshot.Sections[Sinks][Code(Text(e, "type") + "." + Text(e, "member")) + (Text(e, "parameter") is { } p ? $" parameter `{p}`" : "")] = $"purposes: {Join(List(e, "purposes"))}";
        foreach (var e in Items(audit, "checks"))
            snapshot.Sections[Checks][Code(Text(e, "type") + "." + Text(e, "member"))] = $"purpose: {Text(e, "purpose") ?? "the `purpose` argument"}";
        foreach (var e in Items(audit, "cleared"))
            snapshot.Sections[Cleared][Code(Text(e, "type") + "." + Text(e, "member"))] = $"purposes: {Join(List(e, "purposes"))}";
        foreach (var e in Items(audit, "anonymizers"))
            snapshot.Sections[Anonymizers][Code(Text(e, "type") + "." + Text(e, "member"))] = "";
        foreach (var e in Items(audit, "exemptions"))
            snapshot.Sections[Exemptions][$"{Text(e, "purpose")} on {Code(Text(e, "declaredOn"))}"] =
                $"justification: {Text(e, "justification") ?? "missing"}; ticket: {Text(e, "ticket") ?? "none"}; expires: {Text(e, "expires") ?? "never"}";
        foreach (var group in Items(audit, "findings").GroupBy(FindingKey, StringComparer.Ordinal))
        {
            var active = group.Count(e => e["suppression"] is null);
            var suppressed = group.Count() - active;
            snapshot.Sections[Findings][group.Key] = $"{active} active" + (suppressed > 0 ? $", {suppressed} suppressed" : "");
            if (active > 0)
                snapshot.ActiveFindings[group.Key] = active;
        }
        return snapshot;
    }

    /// <summary>A flow finding by its baseline key; any other by rule and message (which names what it is about, not where).</summary>
    private static string FindingKey(JsonObject e) =>
        Text(e, "member") is { } member
            ? $"{Text(e, "id")} {Text(e, "purpose")} in {Code(member)} from {Join(List(e, "origins"))}"
            : $"{Text(e, "id")}: {Text(e, "message")}";

    /// <summary>A purpose's Fides data use, DPV purpose and TCF purpose numbers (docs/taxonomy.md), those it has.</summary>
    private static string PurposeTaxonomy(JsonObject purpose)
    {
        if (purpose["taxonomy"] is not JsonObject taxonomy)
            return "";
        var tcf = taxonomy["tcf"] is JsonArray numbers ? string.Join(", ", numbers.Select(n => n?.ToJsonString())) : "";
        return Taxonomy(("Fides", CodeOrNull(Text(taxonomy, "fides"))), ("DPV", CodeOrNull(Text(taxonomy, "dpv"))), ("TCF", tcf.Length > 0 ? tcf : null));
    }

    /// <summary>"Fides: `x`; DPV: `y`; TCF: 5, 6" for the values present; empty when none is.</summary>
    private static string Taxonomy(params (string Name, string? Value)[] values) =>
        string.Join("; ", values.Where(v => v.Value is not null).Select(v => $"{v.Name}: {v.Value}"));

    private static string? CodeOrNull(string? text) => text is { Length: > 0 } ? Code(text) : null;

    private static IEnumerable<JsonObject> Items(JsonObject audit, string name) =>
        audit[name] is JsonArray array ? array.OfType<JsonObject>() : Enumerable.Empty<JsonObject>();

    private static string? Text(JsonObject e, string name) => e[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static List<string> List(JsonObject e, string name) =>
        e[name] is JsonArray a ? a.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().OrderBy(s => s, StringComparer.Ordinal).ToList() : [];

    private static string Join(IReadOnlyCollection<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    private static string Code(string? text) => "`" + text + "`";
}
