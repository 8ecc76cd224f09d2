using System.Linq;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Model;

/// <summary>
/// The one reading of the personal-data attributes (<see cref="PersonalDataAttributes"/>) that the model and the accessor
/// rule share: by the resolved type (the model) and by name (the generator) it finds the same attributes, categories,
/// purposes and positional parameters.
/// </summary>
public sealed class PersonalDataAttributesTests
{
    private const string Source = """
        using ConsentGuard;
        namespace Microsoft.AspNetCore.Identity
        {
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : System.Attribute { } // a copy that does not derive from the one above
        }
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public class DataClassificationAttribute : System.Attribute { }
        }
        public sealed class EuiiAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        namespace Other { public sealed class PersonalDataAttribute : System.Attribute { } }

        [ConsentPurpose(Purposes.Analytics)]
        public record Base;

        [ConsentPurpose(Purposes.Personalization)]
        public partial record Person(
            [PersonalData(PersonalDataCategory.Contact)][ConsentPurpose(Purposes.GenerativeTraining)] string Email,
            string Nickname) : Base
        {
            [PersonalData] public string Plain { get; set; } = "";
            [PersonalData(PersonalDataCategory.Health)] public string Health { get; set; } = "";
            [PersonalData((PersonalDataCategory)99)] public string Future { get; set; } = "";
            [Microsoft.AspNetCore.Identity.PersonalData] public string Identity { get; set; } = "";
            [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Protected { get; set; } = "";
            [Euii] public string Classified { get; set; } = "";
            [Other.PersonalData] public string LookAlike { get; set; } = "";
            [DataSubject] public string Id { get; set; } = "";
        }
        """;

    private static readonly CSharpCompilation Compilation = CSharpCompilation.Create("Attributes", [CSharpSyntaxTree.ParseText(Source)],
        ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static readonly WellKnownTypes Types = new(Compilation);

    private static INamedTypeSymbol Person => Compilation.GetTypeByMetadataName("Person")!;

    private static IPropertySymbol Property(string name) => Person.GetMembers(name).OfType<IPropertySymbol>().Single();

    /// <summary>Where a positional member's unprefixed attributes are: the parameter, for a positional property; the property otherwise.</summary>
    private static ISymbol Declaring(string name) => (ISymbol?)PersonalDataAttributes.PositionalParameterOf(Property(name)) ?? Property(name);

    [Theory]
    [InlineData("Email", 2)]
    [InlineData("Plain", 0)]
    [InlineData("Health", 9)]
    [InlineData("Future", 99)]
    [InlineData("Identity", 0)]
    [InlineData("Protected", 0)]
    [InlineData("Classified", 0)]
    [InlineData("LookAlike", null)]
    [InlineData("Nickname", null)]
    [InlineData("Id", null)]
    public void Resolved_and_named_readings_agree_on_personal_data_and_its_category(string member, int? category)
    {
        foreach (var identity in new[] { AttributeIdentity.Of(Types.PersonalData), AttributeIdentity.Named(WellKnownTypes.PersonalDataName) })
        {
            var attribute = PersonalDataAttributes.PersonalDataAmong(Declaring(member).GetAttributes(), identity);
            Assert.Equal(category is not null, attribute is not null);
            if (attribute is not null)
                Assert.Equal(category, PersonalDataAttributes.CategoryValue(attribute, identity));
        }
    }

    [Fact]
    public void The_source_compiles() =>
        Assert.Empty(Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

    [Fact]
    public void A_positional_property_reads_its_parameter_and_other_properties_read_themselves()
    {
        Assert.Equal(SymbolKind.Parameter, PersonalDataAttributes.PositionalParameterOf(Property("Email"))!.Kind);
        Assert.NotNull(PersonalDataAttributes.PositionalParameterOf(Property("Nickname")));
        Assert.Null(PersonalDataAttributes.PositionalParameterOf(Property("Plain")));
    }

    [Fact]
    public void Purposes_on_the_member_and_on_the_type_and_its_bases()
    {
        foreach (var identity in new[] { AttributeIdentity.Of(Types.ConsentPurpose), AttributeIdentity.Named(WellKnownTypes.ConsentPurposeName) })
        {
            Assert.Equal(new[] { "GenerativeTraining" }, PersonalDataAttributes.Purposes(Declaring("Email").GetAttributes(), identity));
            Assert.Empty(PersonalDataAttributes.Purposes(Declaring("Plain").GetAttributes(), identity));
            Assert.Equal(new[] { "Personalization", "Analytics" }, PersonalDataAttributes.TypeLevelPurposes(Person, identity));
        }
    }

    [Fact]
    public void The_data_subject()
    {
        foreach (var identity in new[] { AttributeIdentity.Of(Types.DataSubject), AttributeIdentity.Named(WellKnownTypes.DataSubjectName) })
        {
            Assert.True(PersonalDataAttributes.IsDataSubject(Declaring("Id"), identity));
            Assert.False(PersonalDataAttributes.IsDataSubject(Declaring("Email"), identity));
        }
    }

    [Fact]
    public void The_model_reads_what_the_helpers_read()
    {
        var model = ConsentModel.For(Compilation);
        Assert.Equal("Contact", model.GetPersonalData(Property("Email"))!.Category);
        Assert.Equal("Health", model.GetPersonalData(Property("Health"))!.Category);
        Assert.Equal("Unspecified", model.GetPersonalData(Property("Future"))!.Category); // a number no category of this analyzer has
        Assert.Equal("Unspecified", model.GetPersonalData(Property("Protected"))!.Category);
        Assert.Null(model.GetPersonalData(Property("LookAlike")));
        Assert.Null(model.GetPersonalData(Property("Nickname")));
        Assert.True(model.IsDataSubject(Property("Id")));
    }
}
