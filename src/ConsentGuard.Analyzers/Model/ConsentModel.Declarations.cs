using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    // Which declarations' attributes apply to a symbol, and which assemblies can carry our attributes or the interop ones.
    internal sealed partial class ConsentModel
    {
        private readonly Lazy<bool> _sourceKnowsInterop;

        /// <summary>
        /// The symbol and every declaration whose attributes apply to it: the positional-record parameter
        /// behind a property, overridden members, implemented interface members; for a parameter the
        /// same-ordinal parameters of those.
        /// </summary>
        public IEnumerable<ISymbol> Declarations(ISymbol symbol)
        {
            yield return symbol;
            // Overridden and implemented members can only carry our attributes in assemblies that know them
            // (ConsentGuard.txt can declare any, e.g. an interface whose implementations are all sinks).
            if (!CanDeclare(symbol.ContainingAssembly) && External.IsEmpty)
                yield break;
            switch (symbol)
            {
                case IParameterSymbol parameter when parameter.ContainingSymbol is IMethodSymbol method:
                    foreach (var related in Related(method))
                        if (related is IMethodSymbol relatedMethod && parameter.Ordinal < relatedMethod.Parameters.Length)
                            yield return relatedMethod.Parameters[parameter.Ordinal];
                    break;
                case IPropertySymbol property:
                    if (PersonalDataAttributes.PositionalParameterOf(property) is { } positional)
                        yield return positional;
                    foreach (var related in Related(property))
                        yield return related;
                    break;
                case IMethodSymbol or IEventSymbol or IFieldSymbol:
                    foreach (var related in Related(symbol))
                        yield return related;
                    break;
            }
        }

        private static IEnumerable<ISymbol> Related(ISymbol symbol)
        {
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { symbol };
            for (var overridden = Overridden(symbol); overridden is not null && seen.Add(overridden); overridden = Overridden(overridden))
                yield return overridden;
            foreach (var member in seen.ToArray())
                foreach (var implemented in ImplementedInterfaceMembers(member))
                    if (seen.Add(implemented))
                        yield return implemented;
        }

        private static ISymbol? Overridden(ISymbol symbol) => symbol switch
        {
            IMethodSymbol m => m.OverriddenMethod,
            IPropertySymbol p => p.OverriddenProperty,
            IEventSymbol e => e.OverriddenEvent,
            _ => null,
        };

        private static IEnumerable<ISymbol> ImplementedInterfaceMembers(ISymbol member)
        {
            var explicitImplementations = member switch
            {
                IMethodSymbol m => m.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                IPropertySymbol p => p.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                _ => Enumerable.Empty<ISymbol>(),
            };
            foreach (var implemented in explicitImplementations)
                yield return implemented;
            var type = member.ContainingType;
            if (type is null || member.IsStatic || type.TypeKind == TypeKind.Interface)
                yield break;
            foreach (var iface in type.AllInterfaces)
                foreach (var candidate in iface.GetMembers(member.Name))
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                        yield return candidate;
        }

        /// <summary>
        /// Fast path for the framework and other libraries that know nothing of ConsentGuard: they declare no
        /// sinks, checks, cleared members or anonymizers (unless ConsentGuard.txt says so). Personal data is
        /// still looked up everywhere, for the interop attributes.
        /// </summary>
        private bool CannotDeclare(ISymbol symbol) => External.IsEmpty && !CanDeclare(symbol.ContainingAssembly);

        /// <summary>True for this compilation's assembly and assemblies that reference ConsentGuard (or have no identity to tell).</summary>
        public bool CanDeclare(IAssemblySymbol? assembly) =>
            // The compilation's own assembly is asked most, and its identity is the cheapest question.
            assembly is null || IsThisAssembly(assembly) || ReferencesConsentGuard(assembly);

        private bool IsThisAssembly(IAssemblySymbol assembly) =>
            ReferenceEquals(assembly, Compilation.Assembly) || SymbolEqualityComparer.Default.Equals(assembly, Compilation.Assembly);

        /// <summary>
        /// A yes/no fact of a referenced assembly symbol, computed once and kept with the symbol: the IDE's compilations share
        /// the symbols of unchanged references from keystroke to keystroke.
        /// </summary>
        private static bool Remembered(ConditionalWeakTable<IAssemblySymbol, object> answers, IAssemblySymbol assembly, Func<IAssemblySymbol, bool> fact) =>
            ReferenceEquals(answers.GetValue(assembly, a => fact(a) ? Yes : No), Yes);

        private static readonly object Yes = new object();
        private static readonly object No = new object();

        private static readonly ConditionalWeakTable<IAssemblySymbol, object> ReferencingAssemblies = new ConditionalWeakTable<IAssemblySymbol, object>();

        /// <summary>Whether a referenced assembly is ConsentGuard or references it (<see cref="Remembered"/>).</summary>
        private static bool ReferencesConsentGuard(IAssemblySymbol assembly) =>
            Remembered(ReferencingAssemblies, assembly, a =>
                a.Name == WellKnownTypes.Namespace || a.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == WellKnownTypes.Namespace)));

        /// <summary>
        /// Fast path for personal data: most symbols a body meets are the framework's (strings, collections, LINQ), whose
        /// assemblies can carry neither our attributes nor the interop ones, so their attributes need not be read.
        /// </summary>
        private bool CannotHoldPersonalData(ISymbol symbol) =>
            CannotDeclare(symbol) && !KnowsInteropAttributes(symbol.ContainingAssembly);

        /// <summary>The assemblies that define the interop attributes (docs/semantics.md §1.1): ASP.NET Core Identity's and Microsoft.Extensions.Compliance's.</summary>
        private static readonly ImmutableHashSet<string> InteropAssemblyNames = ImmutableHashSet.Create(StringComparer.Ordinal,
            "Microsoft.Extensions.Identity.Stores", "Microsoft.Extensions.Compliance.Abstractions");

        /// <summary>True when the interop attributes can be on anything this compilation sees (its assembly or any reference).</summary>
        public bool InteropAttributesReachable => KnowsInteropAttributes(Compilation.Assembly);

        /// <summary>
        /// True when an interop assembly is the assembly or in its references, however indirect: an attribute derived
        /// from DataClassificationAttribute in a third library is applied by assemblies that reference only that library.
        /// An assembly that defines an attribute of an interop name itself (a copy) counts as an interop assembly.
        /// The compilation's own assembly is answered per compilation (its source changes with every edit); a referenced
        /// assembly's answer depends only on that assembly symbol and its references, which an IDE shares between the
        /// compilations of every keystroke, so it is kept with the symbol (<see cref="ReferencedInterop"/>).
        /// </summary>
        private bool KnowsInteropAttributes(IAssemblySymbol assembly) =>
            IsThisAssembly(assembly) ? _sourceKnowsInterop.Value
                : ReferencedInterop.Knows(assembly);

        private bool SourceKnowsInterop() =>
            DefinesInteropAttribute(Compilation.Assembly) || Compilation.Assembly.Modules.Any(module =>
                NamesInteropAssembly(module) || module.ReferencedAssemblySymbols.Any(ReferencedInterop.Knows));

        /// <summary>True when a module references an interop assembly by name (resolved or not).</summary>
        private static bool NamesInteropAssembly(IModuleSymbol module) =>
            module.ReferencedAssemblies.Any(identity => InteropAssemblyNames.Contains(identity.Name));

        private static bool DefinesInteropAttribute(IAssemblySymbol assembly) =>
            assembly.GetTypeByMetadataName(WellKnownTypes.IdentityPersonalDataName) is not null
            || assembly.GetTypeByMetadataName(WellKnownTypes.DataClassificationAttributeName) is not null;

        /// <summary>Whether a referenced assembly, or anything it references however indirectly, is or defines an interop assembly.</summary>
        private static class ReferencedInterop
        {
            private static readonly ConditionalWeakTable<IAssemblySymbol, object> Answers = new ConditionalWeakTable<IAssemblySymbol, object>();

            public static bool Knows(IAssemblySymbol assembly) => Remembered(Answers, assembly, Walk);

            private static bool Walk(IAssemblySymbol start)
            {
                var seen = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default) { start };
                var pending = new Stack<IAssemblySymbol>(seen);
                while (pending.Count > 0)
                {
                    var current = pending.Pop();
                    if (InteropAssemblyNames.Contains(current.Name) || DefinesInteropAttribute(current))
                        return true;
                    foreach (var module in current.Modules)
                    {
                        if (NamesInteropAssembly(module))
                            return true;
                        foreach (var referenced in module.ReferencedAssemblySymbols)
                        {
                            // An answer already known for a reference settles its part of the walk.
                            if (Answers.TryGetValue(referenced, out var known))
                            {
                                if (ReferenceEquals(known, Yes))
                                    return true;
                                seen.Add(referenced);
                            }
                            else if (seen.Add(referenced))
                                pending.Push(referenced);
                        }
                    }
                }
                return false;
            }
        }
    }
}
