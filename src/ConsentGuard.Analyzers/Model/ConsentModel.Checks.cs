using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    // What is a consent check, a member whose value is cleared for purposes, and an anonymizer.
    internal sealed partial class ConsentModel
    {
        private readonly ConcurrentDictionary<IMethodSymbol, CheckInfo?> _checks = new ConcurrentDictionary<IMethodSymbol, CheckInfo?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, PurposeSet> _cleared = new ConcurrentDictionary<IMethodSymbol, PurposeSet>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _anonymizers = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>The consent check <paramref name="method"/> is, declared on it, an overridden or implemented member, or in ConsentGuard.txt.</summary>
        public CheckInfo? GetCheck(IMethodSymbol method) => CannotDeclare(method) ? null : _checks.GetOrAdd(method.OriginalDefinition, ComputeCheck);

        private CheckInfo? ComputeCheck(IMethodSymbol method)
        {
            AttributeData? found = null;
            foreach (var declaration in Declarations(method))
            {
                foreach (var attribute in declaration.GetAttributes())
                    if (AttributeReader.Is(attribute, Types.ConsentCheck)) { found = attribute; break; }
                if (found is not null)
                    break;
            }
            var externalPurpose = found is null ? External.CheckPurposeOf(method) : null;
            if (found is null && externalPurpose is null)
                return null;
            var kind = CheckKinds.Of(method.ReturnType);
            if (kind is null)
                return null;
            var fixedPurpose = found is not null ? AttributeReader.FirstString(found) : externalPurpose;
            var purposeOrdinal = -1;
            foreach (var parameter in method.Parameters)
                if (parameter.Name == "purpose" && parameter.Type.SpecialType == SpecialType.System_String)
                    purposeOrdinal = parameter.Ordinal;
            return new CheckInfo(kind.Value, fixedPurpose, purposeOrdinal);
        }

        /// <summary>Purposes the return value of <paramref name="method"/> is cleared for.</summary>
        public PurposeSet GetClearedPurposes(IMethodSymbol method) => CannotDeclare(method) ? PurposeSet.Empty : _cleared.GetOrAdd(method.OriginalDefinition, m =>
        {
            var purposes = new List<string>();
            foreach (var declaration in Declarations(m).OfType<IMethodSymbol>())
            {
                purposes.AddRange(AttributeReader.Purposes(declaration, Types.ConsentCleared));
                purposes.AddRange(AttributeReader.ReturnPurposes(declaration, Types.ConsentCleared));
                purposes.AddRange(External.ClearedPurposesOf(declaration));
            }
            return PurposeSet.Of(purposes);
        });

        public bool IsAnonymizer(IMethodSymbol method) => !CannotDeclare(method) && _anonymizers.GetOrAdd(method.OriginalDefinition, m =>
            Declarations(m).OfType<IMethodSymbol>().Any(d => AttributeReader.Has(d, Types.Anonymizer) || External.IsAnonymizer(d)));
    }
}
