using System.Linq;
using System.Reflection;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Cli.Inventory;

namespace ConsentGuard.Cli.Tests.Inventory;

/// <summary>
/// The built-in purposes are written down in four places that cannot share one list: the runtime's constants (what user
/// code writes), the analyzer's model (which does not reference the runtime), the audit's descriptions and the taxonomy
/// mapping. A purpose added to one and forgotten in another would be CG0005 in user code or a blank row in the audit.
/// </summary>
public sealed class BuiltInPurposesTests
{
    private static readonly string[] RuntimeConstants = typeof(Purposes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_runtime_constant_equals_its_own_name_and_is_listed_in_declaration_order()
    {
        var names = typeof(Purposes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => f.Name);
        Assert.Equal(names, RuntimeConstants);
        Assert.Equal(RuntimeConstants, Purposes.BuiltIn);
    }

    [Fact]
    public void The_analyzer_knows_exactly_the_runtime_purposes_in_the_same_order()
    {
        Assert.Equal(RuntimeConstants, ConsentModel.BuiltInPurposes);
    }

    [Fact]
    public void The_audit_describes_and_the_taxonomy_maps_every_built_in_purpose_and_no_other()
    {
        Assert.Equal(RuntimeConstants.OrderBy(p => p), AuditInventory.BuiltInDescriptions.Keys.OrderBy(p => p));
        Assert.All(AuditInventory.BuiltInDescriptions.Values, description => Assert.False(string.IsNullOrWhiteSpace(description)));
        Assert.Equal(RuntimeConstants.OrderBy(p => p), PurposeTaxonomy.BuiltInPurposes.Keys.OrderBy(p => p));
    }
}
