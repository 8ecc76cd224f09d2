using System;
using System.Linq;
using ConsentGuard.Benchmarks.Build;

namespace ConsentGuard.Tests.Benchmarks;

/// <summary>
/// The parser behind `bench/ConsentGuard.Benchmarks -- build-matrix`, on output captured from `dotnet build
/// -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary` (SDK 10.0.401; excerpt, with the lines around the tables
/// that the parser must skip). Running the harness itself takes minutes of builds: it is not a test.
/// </summary>
public class BuildReportTests
{
    private const string CapturedLog = """
               /usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/csc /noconfig /unsafe- /checked- /reportanalyzer Domain/Entity0.cs
               CompilerServer: server - server processed compilation - consentguard-bench
               Features/Endpoint21.cs(18,27): warning CA3001: Potential SQL injection vulnerability was found [/tmp/s200/Synthetic.csproj]
               NOTE: Elapsed time may be less than analyzer execution time because analyzers can run concurrently.
               
               Total analyzer execution time: 3.928 seconds.
               
               Time (s)    %   Analyzer
                  2.506   63   Microsoft.CodeAnalysis.NetAnalyzers, Version=10.0.401.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
                  0.875   22      Microsoft.NetCore.Analyzers.Security.ReviewCodeForCommandExecutionVulnerabilities (CA3006)
                  0.461   11      Microsoft.NetCore.Analyzers.Security.ReviewCodeForSqlInjectionVulnerabilities (CA3001)
                  0.120    3      Microsoft.NetCore.Analyzers.Security.DoNotUseInsecureDeserializerBinaryFormatterWithoutBinder (CA2301, CA2302)
                 <0.001   <1      Microsoft.CodeQuality.Analyzers.ApiDesignGuidelines.IdentifiersShouldNotHaveIncorrectSuffixAnalyzer (CA1711)
               
                  1.567   40   ConsentGuard.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
                  1.082   28      ConsentGuard.Analyzers.Analyzers.ConsentFlowAnalyzer (CG0001, CG0002, CG0003, CG0012)
                  0.485   12      ConsentGuard.Analyzers.Analyzers.ExemptionJustificationAnalyzer (CG0009)
               
               NOTE: 1 diagnostic suppressors were found. Diagnostic suppressors never run concurrently.
               All analyzers have enabled concurrent execution.
               
               Total generator execution time: 2.354 seconds.
               
               Time (s)    %   Generator
                  0.910   38   Microsoft.Interop.ComInterfaceGenerator, Version=10.0.14.42308, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a
                  0.738   31      Microsoft.Interop.ComInterfaceGenerator
                  0.884   37   ConsentGuard.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
                  0.884   37      ConsentGuard.Analyzers.Generator.ConsentAccessorGenerator
             Done executing task "Csc".
           1>Done building target "CoreCompile" in project "Synthetic.csproj".
           Task "Copy"
             Copying file from "/tmp/s200/obj/Debug/net10.0/Synthetic.dll" to "/tmp/s200/bin/Debug/net10.0/Synthetic.dll".
    Task Performance Summary:
            0 ms  GetAssemblyVersion                         1 calls
           12 ms  Copy                                       2 calls
        14269 ms  Csc                                        1 calls
    Build succeeded.
    """;

    [Fact]
    public void Reads_the_compile_time_from_the_task_performance_summary() =>
        Assert.Equal(14269, BuildReport.Parse(CapturedLog).CscMilliseconds);

    [Fact]
    public void Totals_an_assembly_by_its_own_row_not_by_adding_its_types_again()
    {
        var report = BuildReport.Parse(CapturedLog);
        Assert.Equal(1567, report.AnalyzerAssemblyMilliseconds("ConsentGuard.Analyzers"), precision: 6);
        Assert.Equal(884, report.GeneratorAssemblyMilliseconds("ConsentGuard.Analyzers"), precision: 6);
        Assert.Equal(2506, report.AnalyzerAssemblyMilliseconds("Microsoft.CodeAnalysis.NetAnalyzers"), precision: 6);
    }

    [Fact]
    public void Selects_analyzer_types_by_the_diagnostic_ids_they_report()
    {
        var report = BuildReport.Parse(CapturedLog);
        // The peer: CA3001 and CA3006 are dataflow rules; CA2301/CA2302 and CA1711 are not.
        Assert.Equal(875 + 461, report.AnalyzerTypesMilliseconds(id => id is "CA3001" or "CA3006"), precision: 6);
        var flow = Assert.Single(report.Analyzers, a => a.Type == "ConsentGuard.Analyzers.Analyzers.ConsentFlowAnalyzer");
        Assert.Equal(["CG0001", "CG0002", "CG0003", "CG0012"], flow.Ids);
        Assert.Equal("ConsentGuard.Analyzers", flow.Assembly);
    }

    [Fact]
    public void Counts_a_time_below_the_compilers_resolution_as_zero()
    {
        var suffix = Assert.Single(BuildReport.Parse(CapturedLog).Analyzers, a => a.Ids.Contains("CA1711"));
        Assert.Equal(0, suffix.Milliseconds);
    }

    [Fact]
    public void Generators_are_read_from_their_own_table_only()
    {
        var report = BuildReport.Parse(CapturedLog);
        Assert.Equal(["Microsoft.Interop.ComInterfaceGenerator", "ConsentGuard.Analyzers"], report.Generators.Where(g => g.Type is null).Select(g => g.Assembly));
        Assert.DoesNotContain(report.Analyzers, a => a.Type == "ConsentGuard.Analyzers.Generator.ConsentAccessorGenerator");
    }

    [Fact]
    public void A_compile_without_analyzers_has_empty_tables()
    {
        var report = BuildReport.Parse("Task Performance Summary:\n     3371 ms  Csc                                        1 calls\n");
        Assert.Equal(3371, report.CscMilliseconds);
        Assert.Empty(report.Analyzers);
        Assert.Empty(report.Generators);
    }

    [Fact]
    public void A_log_without_a_compile_is_refused_with_a_message_that_says_what_is_missing()
    {
        var error = Assert.Throws<FormatException>(() => BuildReport.Parse("Build FAILED.\n"));
        Assert.Contains("-clp:PerformanceSummary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Medians_of_an_even_number_of_builds_average_the_middle_two()
    {
        Assert.Equal(150, Statistics.Median([100, 300, 200, 100]));
        Assert.Equal(200, Statistics.Median([300, 100, 200]));
    }
}
