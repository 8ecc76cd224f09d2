using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Flow;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Cli.Inventory;

/// <summary>
/// The flows an exemption let through: the analyzer's own body analysis, run in report mode over the bodies
/// inside the exempt member or type, lists them (it does not report them). Only exempt bodies are analyzed,
/// so this costs little. Best effort: a body the analysis cannot take is skipped, as the analyzer would
/// report it (CG0012) among the findings.
/// </summary>
internal sealed class ExemptFlowCollector
{
    private readonly ConsentModel _model;
    private readonly FlowSummaries _summaries;
    private readonly SourceLocations _locations;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, IReadOnlyList<ExemptFlow>> _flowsByMember = new(SymbolEqualityComparer.Default);

    public ExemptFlowCollector(ConsentModel model, SourceLocations locations, CancellationToken cancellationToken)
    {
        _model = model;
        _summaries = FlowSummaries.For(model);
        _locations = locations;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<ExemptFlowEntry> FlowsExemptedBy(ISymbol declaredOn, string purpose)
    {
        var entries = new List<ExemptFlowEntry>();
        foreach (var member in MembersWithBodies(declaredOn))
            foreach (var flow in FlowsIn(member))
                if (flow.Purpose == purpose)
                    entries.Add(new ExemptFlowEntry(AuditNames.ShortName(member), flow.Origins.ToList(), _locations.Of(flow.Node.GetLocation())));
        return entries.OrderBy(e => e.Location.Path, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ToList();
    }

    private static IEnumerable<ISymbol> MembersWithBodies(ISymbol symbol)
    {
        if (symbol is not INamedTypeSymbol type)
        {
            yield return symbol;
            yield break;
        }
        foreach (var member in type.GetMembers())
        {
            if (member is INamedTypeSymbol nested)
                foreach (var inner in MembersWithBodies(nested))
                    yield return inner;
            else if (member is IMethodSymbol && !member.IsImplicitlyDeclared)
                yield return member;
        }
    }

    private IReadOnlyList<ExemptFlow> FlowsIn(ISymbol member)
    {
        if (_flowsByMember.TryGetValue(member, out var cached))
            return cached;
        var flows = new List<ExemptFlow>();
        foreach (var root in _summaries.BodyRoots(member))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (FlowSummaries.TryCreateGraph(root) is { } graph)
                    flows.AddRange(BodyAnalysis.Run(_model, _summaries, member, graph, BodyAnalysisMode.Report, AnalysisStack.Empty, _cancellationToken).ExemptFlows);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The analyzer reports such a body as unverified (CG0012); the inventory just lists no flows for it.
            }
        }
        _flowsByMember[member] = flows;
        return flows;
    }
}
