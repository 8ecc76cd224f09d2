using Microsoft.CodeAnalysis;

namespace ConsentGuard.Cli.Loading;

/// <summary>A project to audit: the workspace project with its name and target framework as the report shows them.</summary>
internal sealed record LoadedProject(Project Project, string Name, string? TargetFramework);
