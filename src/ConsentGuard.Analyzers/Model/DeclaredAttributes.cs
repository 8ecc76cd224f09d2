using System.Collections.Generic;
using ConsentGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// Every attribute an assembly's declarations carry, with the member or type it is on: on the assembly, its types, their
    /// members, and the return values and parameters of methods and indexers (where our attributes can sit). For walks of
    /// referenced assemblies that can declare (<see cref="ConsentModel.CanDeclare"/>), done once per compilation or per assembly.
    /// </summary>
    internal static class DeclaredAttributes
    {
        public static IEnumerable<(ISymbol Owner, AttributeData Attribute)> In(IAssemblySymbol assembly)
        {
            foreach (var attribute in assembly.GetAttributes())
                yield return (assembly, attribute);
            foreach (var type in FlowScope.TypesIn(assembly.GlobalNamespace))
            {
                foreach (var attribute in type.GetAttributes())
                    yield return (type, attribute);
                foreach (var member in type.GetMembers())
                {
                    foreach (var attribute in member.GetAttributes())
                        yield return (member, attribute);
                    var parameters = member switch
                    {
                        IMethodSymbol method => method.Parameters,
                        IPropertySymbol property => property.Parameters,
                        _ => default,
                    };
                    if (member is IMethodSymbol returning)
                        foreach (var attribute in returning.GetReturnTypeAttributes())
                            yield return (member, attribute);
                    if (!parameters.IsDefault)
                        foreach (var parameter in parameters)
                            foreach (var attribute in parameter.GetAttributes())
                                yield return (member, attribute);
                }
            }
        }
    }
}
