using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.Cli.Inventory;

/// <summary>
/// Visits every type and member declared in source and records what the model says each one is.
/// Accessors are reported through their property, implicitly declared members not at all (a positional
/// record's property is reported once, not also as its constructor parameter).
/// </summary>
internal sealed class DeclarationWalker
{
    private readonly ConsentModel _model;
    private readonly SourceLocations _locations;
    private readonly ProjectInventory _inventory;
    private readonly string _project;
    private readonly ExemptFlowCollector _exemptFlows;
    private readonly CancellationToken _cancellationToken;

    public DeclarationWalker(ConsentModel model, SourceLocations locations, ProjectInventory inventory, string project, CancellationToken cancellationToken)
    {
        _model = model;
        _locations = locations;
        _inventory = inventory;
        _project = project;
        _cancellationToken = cancellationToken;
        _exemptFlows = new ExemptFlowCollector(model, locations, cancellationToken);
    }

    public void WalkAssembly(IAssemblySymbol assembly) => WalkNamespace(assembly.GlobalNamespace);

    private void WalkNamespace(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol nested)
                WalkNamespace(nested);
            else if (member is INamedTypeSymbol type)
                WalkType(type);
        }
    }

    private void WalkType(INamedTypeSymbol type)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (type.IsImplicitlyDeclared || !type.Locations.Any(l => l.IsInSource))
            return;
        var typeName = AuditNames.TypeName(type);
        if (_model.GetPersonalData(type) is { } typeInfo)
            AddPersonalData(type, typeName, "", null, "type", typeInfo);
        AddExemptions(type);

        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared)
                continue;
            switch (member)
            {
                case INamedTypeSymbol nested:
                    WalkType(nested);
                    break;
                case IFieldSymbol field:
                    VisitStorage(field, typeName, "field");
                    break;
                case IPropertySymbol property:
                    VisitStorage(property, typeName, property.IsIndexer ? "indexer" : "property");
                    if (property.IsIndexer && (property.SetMethod ?? property.GetMethod) is { } accessor)
                        AddParameterSinks(accessor, typeName, AuditNames.MemberName(property));
                    break;
                case IMethodSymbol method when IsDeclaredMethod(method):
                    VisitMethod(method, typeName);
                    break;
            }
        }
    }

    private static bool IsDeclaredMethod(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.StaticConstructor
            or MethodKind.ExplicitInterfaceImplementation or MethodKind.UserDefinedOperator or MethodKind.Conversion;

    private void VisitStorage(ISymbol member, string typeName, string kind)
    {
        var memberName = AuditNames.MemberName(member);
        if (_model.GetPersonalData(member) is { } info)
            AddPersonalData(member, typeName, memberName, null, kind, info);
        var sinkPurposes = _model.GetAssignmentSinkPurposes(member);
        if (!sinkPurposes.IsEmpty)
            _inventory.Sinks.Add(new SinkEntry(_project, typeName, memberName, null, kind, sinkPurposes.Items.ToList(), AuditNames.IdOf(member), _locations.Of(member)));
    }

    private void VisitMethod(IMethodSymbol method, string typeName)
    {
        var memberName = AuditNames.MemberName(method);
        var id = AuditNames.IdOf(method);
        var location = _locations.Of(method);

        if (method.MethodKind != MethodKind.Constructor && _model.GetPersonalData(method) is { } returned)
            AddPersonalData(method, typeName, memberName, null, "return", returned);
        foreach (var parameter in method.Parameters)
            if (_model.GetPersonalData(parameter) is { } info && !IsPositionalRecordProperty(method, parameter))
                AddPersonalData(parameter, typeName, memberName, parameter.Name, "parameter", info);
        AddParameterSinks(method, typeName, memberName);

        if (_model.GetCheck(method) is { } check)
            _inventory.Checks.Add(new CheckEntry(_project, typeName, memberName, check.FixedPurpose, AnswerOf(check.Kind), id, location));
        var cleared = _model.GetClearedPurposes(method);
        if (!cleared.IsEmpty)
            _inventory.Cleared.Add(new ClearedEntry(_project, typeName, memberName, cleared.Items.ToList(), id, location));
        if (_model.IsAnonymizer(method))
            _inventory.Anonymizers.Add(new AnonymizerEntry(_project, typeName, memberName, id, location));
        AddExemptions(method);
    }

    private void AddParameterSinks(IMethodSymbol method, string typeName, string memberName)
    {
        foreach (var parameter in method.Parameters)
        {
            var purposes = _model.GetParameterSinkPurposes(parameter);
            if (!purposes.IsEmpty)
                _inventory.Sinks.Add(new SinkEntry(_project, typeName, memberName, parameter.Name, "parameter", purposes.Items.ToList(),
                    AuditNames.IdOf(method), _locations.Of(parameter)));
        }
    }

    private void AddPersonalData(ISymbol symbol, string typeName, string memberName, string? parameter, string kind, PersonalDataInfo info)
    {
        var location = _locations.Of(symbol);
        // The properties of a generated For{Purpose} view copy a member the user declared and that is already listed:
        // counting them again would inflate the inventory and the purpose × category matrix. Other generated code is listed.
        if (IsConsentGuardView(symbol.ContainingType))
            return;
        var id = symbol is IParameterSymbol p && p.ContainingSymbol is { } owner ? AuditNames.IdOf(owner) : AuditNames.IdOf(symbol);
        _inventory.PersonalData.Add(new PersonalDataEntry(_project, typeName, memberName, parameter, kind, info.Category,
            info.Purposes.Items.ToList(), AuditInventory.SpecialCategories.Contains(info.Category), id, location));
    }

    private static bool IsConsentGuardView(INamedTypeSymbol? type) =>
        type is not null && type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "ConsentGuard");

    /// <summary>Exemptions declared on <paramref name="symbol"/> itself (those of containing types are listed there).</summary>
    private void AddExemptions(ISymbol symbol)
    {
        foreach (var exemption in _model.GetExemptions(symbol))
        {
            if (!SymbolEqualityComparer.Default.Equals(exemption.DeclaredOn, symbol))
                continue;
            _inventory.Exemptions.Add(new ExemptionEntry(_project, AuditNames.ShortName(symbol), exemption.Purpose,
                string.IsNullOrWhiteSpace(exemption.Justification) ? null : exemption.Justification,
                AuditNames.IdOf(symbol), _locations.Of(exemption.Attribute.ApplicationSyntaxReference),
                _exemptFlows.FlowsExemptedBy(symbol, exemption.Purpose),
                string.IsNullOrWhiteSpace(exemption.Ticket) ? null : exemption.Ticket,
                string.IsNullOrWhiteSpace(exemption.Expires) ? null : exemption.Expires));
        }
    }

    /// <summary>A record's primary-constructor parameter that is also its property: the property is the entry.</summary>
    private bool IsPositionalRecordProperty(IMethodSymbol method, IParameterSymbol parameter) =>
        method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRecord
        && method.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) is TypeDeclarationSyntax)
        && method.ContainingType.GetMembers(parameter.Name).OfType<IPropertySymbol>().Any(property => _model.GetPersonalData(property) is not null);

    private static string AnswerOf(CheckKind kind) => kind switch
    {
        CheckKind.Boolean => "bool",
        CheckKind.AsyncBoolean => "async bool",
        _ => "throws",
    };
}
