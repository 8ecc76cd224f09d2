using System;
using System.Reflection;
using System.Reflection.Emit;

[assembly: ConsentGuard.LegalBasis(ConsentGuard.Purposes.Analytics, ConsentGuard.LegalBasisKind.LegitimateInterest, Assessment = "LIA-TEST-1", NoticeDate = "2025-09-01")]
[assembly: ConsentGuard.LegalBasis(ConsentGuard.Purposes.GenerativeTraining, ConsentGuard.LegalBasisKind.Consent)]

namespace ConsentGuard.Sqlite.Tests.LegalBasis;

/// <summary><see cref="ConsentPolicy.WithLegalBases"/>: the code's declarations become the run-time policy; an invalid one stops start-up.</summary>
public sealed class LegalBasesFromAssemblyTests
{
    [Fact]
    public void The_declarations_of_an_assembly_become_the_policy()
    {
        var policy = ConsentPolicy.Default.WithLegalBases(typeof(LegalBasesFromAssemblyTests).Assembly);

        var analytics = Assert.Single(policy.LegitimateInterests);
        Assert.Equal(Purposes.Analytics, analytics.Purpose);
        Assert.Equal("LIA-TEST-1", analytics.Assessment);
        Assert.Equal(new DateTime(2025, 9, 1), analytics.NoticeDate);
        Assert.Null(policy.GetLegitimateInterest(Purposes.GenerativeTraining));
    }

    [Theory]
    [InlineData(1, null, "2025-09-01", "needs the reference of its assessment")]
    [InlineData(1, "LIA-1", null, "needs a notice date yyyy-MM-dd")]
    [InlineData(1, "LIA-1", "1 Sept 2025", "needs a notice date yyyy-MM-dd")]
    [InlineData(7, "LIA-1", "2025-09-01", "unknown legal basis")]
    public void An_invalid_declaration_is_refused_at_start_up(int basis, string? assessment, string? noticeDate, string message)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Declares" + Guid.NewGuid().ToString("N")), AssemblyBuilderAccess.Run);
        var type = typeof(LegalBasisAttribute);
        var named = new System.Collections.Generic.List<PropertyInfo>();
        var values = new System.Collections.Generic.List<object?>();
        if (assessment is not null) { named.Add(type.GetProperty(nameof(LegalBasisAttribute.Assessment))!); values.Add(assessment); }
        if (noticeDate is not null) { named.Add(type.GetProperty(nameof(LegalBasisAttribute.NoticeDate))!); values.Add(noticeDate); }
        assembly.SetCustomAttribute(new CustomAttributeBuilder(type.GetConstructor(new[] { typeof(string), typeof(LegalBasisKind) })!,
            new object[] { Purposes.Personalization, (LegalBasisKind)basis }, named.ToArray(), values.ToArray()));

        var error = Assert.Throws<ArgumentException>(() => ConsentPolicy.Default.WithLegalBases(assembly));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
