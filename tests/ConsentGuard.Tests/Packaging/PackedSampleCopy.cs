using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// samples/ProNet (with samples/ProNet.LocalAi beside it) as a consumer of this run's pack: a copy outside the
/// repository whose ConsentGuard, ConsentGuard.Sqlite and ConsentGuard.PostgreSql come from the fixture's feed by
/// PackageReference (the analyzer with the ConsentGuard package) instead of the sample's ProjectReferences, and whose
/// other packages get the versions the repository pins. The copy drops the sample's <c>[SuppressMessage]</c>s, so its
/// one CG0001 (a Personalization flow in <c>Pipelines.ReplayFeedForSupport</c>) reports. Built from the sample's own
/// project files, so the copy keeps building as the sample grows.
/// </summary>
internal static class PackedSampleCopy
{
    /// <summary>The copied sample's project, relative to the consumer folder.</summary>
    public static readonly string ProjectPath = Path.Combine("ProNet", "ProNet.csproj");

    private static readonly string[] SampleProjects = ["ProNet", "ProNet.LocalAi"];

    /// <summary>
    /// Creates the copy in <c>consumers/<paramref name="name"/></c>; returns the consumer folder. <paramref name="additionalFiles"/>
    /// are added to ProNet's project as <c>AdditionalFiles</c> (paths relative to it).
    /// </summary>
    public static async Task<string> CreateAsync(PackedSolutionFixture fixture, string name, params string[] additionalFiles)
    {
        var directory = await ConsumerDirectory.CreateAsync(fixture, name, new Dictionary<string, string>
        {
            // What the repository's Directory.Build.props gives the sample, which the copy no longer sits under.
            ["Directory.Build.props"] = "<Project><PropertyGroup><Nullable>enable</Nullable><LangVersion>latest</LangVersion></PropertyGroup></Project>\n",
            [".gitignore"] = "bin/\nobj/\n",
        });
        var versions = CentralVersions();
        foreach (var project in SampleProjects)
        {
            var source = Path.Combine(TestPaths.RepositoryRoot, "samples", project);
            var target = Path.Combine(directory, project);
            foreach (var file in Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
                    continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
                await File.WriteAllLinesAsync(Path.Combine(target, relative),
                    (await File.ReadAllLinesAsync(file)).Where(line => !line.Contains("[SuppressMessage(", StringComparison.Ordinal)));
            }
            var xml = ConsumerProject(XDocument.Load(Path.Combine(source, project + ".csproj")), fixture.ExpectedVersion, versions);
            if (project == "ProNet" && additionalFiles.Length > 0)
                xml.Root!.Add(new XElement("ItemGroup", additionalFiles.Select(f => new XElement("AdditionalFiles", new XAttribute("Include", f)))));
            xml.Save(Path.Combine(target, project + ".csproj"));
        }
        return directory;
    }

    /// <summary>The sample's project with ConsentGuard's projects swapped for this run's packages and every package versioned.</summary>
    private static XDocument ConsumerProject(XDocument project, string version, IReadOnlyDictionary<string, string> versions)
    {
        foreach (var reference in project.Descendants("ProjectReference").ToList())
        {
            var name = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/'));
            if (name == "ConsentGuard.Analyzers")
                reference.Remove(); // the ConsentGuard package brings the analyzer
            else if (name.StartsWith("ConsentGuard", StringComparison.Ordinal))
                reference.ReplaceWith(new XElement("PackageReference", new XAttribute("Include", name), new XAttribute("Version", $"[{version}]")));
            // Any other (ProNet.LocalAi) is a sibling in the copy as in the repository.
        }
        foreach (var reference in project.Descendants("PackageReference").Where(r => r.Attribute("Version") is null))
        {
            var name = reference.Attribute("Include")!.Value;
            reference.SetAttributeValue("Version", versions.TryGetValue(name, out var pinned)
                ? pinned
                : throw new InvalidOperationException($"Directory.Packages.props pins no version of {name}, which the sample references"));
        }
        project.Root!.Add(XElement.Parse(ConsumerDirectory.ShowConsentGuardInputsTarget));
        return project;
    }

    private static Dictionary<string, string> CentralVersions() =>
        XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value, StringComparer.OrdinalIgnoreCase);
}
