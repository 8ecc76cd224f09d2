using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Whether a compilation can hold a flow the flow analysis reports at all: personal data must be declared somewhere it
    /// can see (its own source, a reference that carries our attributes, a <c>source</c> line of ConsentGuard.txt, the
    /// interop attributes, a <c>[ConsentCleared]</c> value) and a sink must exist (<c>[ConsentSink]</c> here or in a
    /// reference, a <c>sink</c> line of ConsentGuard.txt or of the built-in catalog that resolved, a <c>[ConsentCleared]</c>
    /// return). When either side is missing, no body can produce a finding and the analyzer registers no per-body work,
    /// as roslyn-analyzers' taint rules run only where a source and a sink type exist. Decided once per compilation,
    /// without binding a body: a text search of the trees and a walk of the declarations of the references that can carry
    /// our attributes.
    /// </summary>
    internal sealed class FlowScope
    {
        private static readonly ConditionalWeakTable<ConsentModel, FlowScope> Instances = new ConditionalWeakTable<ConsentModel, FlowScope>();

        /// <summary>
        /// A name that appears in no tree is on no declaration and in no using alias of this compilation (the attributes are
        /// sealed, so no derived attribute can stand for them). A Unicode escape could spell one unseen: such a tree counts.
        /// </summary>
        private const string PersonalDataName = "PersonalData", ConsentSinkName = "ConsentSink", ConsentClearedName = "ConsentCleared";

        private FlowScope(ConsentModel model)
        {
            var personal = false;
            var sinks = false;
            foreach (var tree in model.Compilation.SyntaxTrees)
            {
                if (personal && sinks)
                    break;
                var mentions = Mentions.Of(tree);
                personal |= mentions.Personal;
                sinks |= mentions.Sinks;
            }
            foreach (var declaration in model.External.Declarations)
            {
                personal |= declaration.Declaration.Verb is DeclarationVerb.Source or DeclarationVerb.Cleared;
                sinks |= declaration.Declaration.Verb is DeclarationVerb.Sink or DeclarationVerb.Cleared;
            }
            // Identity's [PersonalData] and Microsoft.Extensions.Compliance's classifications need not be named in source.
            personal |= model.InteropAttributesReachable;
            if (!personal || !sinks)
            {
                foreach (var assembly in model.Compilation.SourceModule.ReferencedAssemblySymbols)
                {
                    if (personal && sinks)
                        break;
                    if (!model.CanDeclare(assembly))
                        continue;
                    var found = DeclaredIn(assembly, model.Types);
                    personal |= found.Personal;
                    sinks |= found.Sinks;
                }
            }
            MayHavePersonalData = personal;
            MayHaveSinks = sinks;
        }

        public static FlowScope Of(ConsentModel model) => Instances.GetValue(model, m => new FlowScope(m));

        /// <summary>False when nothing in the compilation or its references can be personal data.</summary>
        public bool MayHavePersonalData { get; }

        /// <summary>False when nothing in the compilation or its references can be a sink.</summary>
        public bool MayHaveSinks { get; }

        /// <summary>False when no body of the compilation can produce a finding.</summary>
        public bool CanHoldFlows => MayHavePersonalData && MayHaveSinks;

        /// <summary>
        /// What one tree's text names, kept per tree: the IDE makes a new compilation on every keystroke, but only the edited
        /// tree is new, so only it is searched again.
        /// </summary>
        private sealed class Mentions
        {
            private static readonly ConditionalWeakTable<SyntaxTree, Mentions> ByTree = new ConditionalWeakTable<SyntaxTree, Mentions>();

            private Mentions(SyntaxTree tree)
            {
                var text = tree.GetText().ToString();
                bool Names(string name) => text.IndexOf(name, StringComparison.Ordinal) >= 0
                    || text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0 && EscapedIdentifiers(tree).Any(i => i.IndexOf(name, StringComparison.Ordinal) >= 0);
                var cleared = Names(ConsentClearedName);
                Personal = cleared || Names(PersonalDataName);
                Sinks = cleared || Names(ConsentSinkName);
            }

            public bool Personal { get; }

            public bool Sinks { get; }

            public static Mentions Of(SyntaxTree tree) => ByTree.GetValue(tree, t => new Mentions(t));
        }

        /// <summary>Identifiers spelled with Unicode escapes (<c>Personal\u0044ata</c>), by the name they stand for.</summary>
        private static IEnumerable<string> EscapedIdentifiers(SyntaxTree tree) =>
            tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Text != t.ValueText).Select(t => t.ValueText);

        /// <summary>Whether a referenced assembly that knows our attributes puts them on any type, member, parameter or return value.</summary>
        private static (bool Personal, bool Sinks) DeclaredIn(IAssemblySymbol assembly, WellKnownTypes types)
        {
            var personal = false;
            var sinks = false;
            void Look(IEnumerable<AttributeData> attributes)
            {
                foreach (var attribute in attributes)
                {
                    personal |= AttributeReader.Is(attribute, types.PersonalData) || AttributeReader.Is(attribute, types.ConsentCleared);
                    sinks |= AttributeReader.Is(attribute, types.ConsentSink) || AttributeReader.Is(attribute, types.ConsentCleared);
                }
            }
            foreach (var type in TypesIn(assembly.GlobalNamespace))
            {
                if (personal && sinks)
                    break;
                Look(type.GetAttributes());
                foreach (var member in type.GetMembers())
                {
                    Look(member.GetAttributes());
                    if (member is IMethodSymbol method)
                    {
                        Look(method.GetReturnTypeAttributes());
                        foreach (var parameter in method.Parameters)
                            Look(parameter.GetAttributes());
                    }
                    else if (member is IPropertySymbol property)
                    {
                        foreach (var parameter in property.Parameters)
                            Look(parameter.GetAttributes());
                    }
                }
            }
            return (personal, sinks);
        }

        /// <summary>Every type declared in a namespace, nested types included.</summary>
        internal static IEnumerable<INamedTypeSymbol> TypesIn(INamespaceSymbol root)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (current is INamedTypeSymbol type)
                    yield return type;
                foreach (var nested in current.GetTypeMembers())
                    pending.Push(nested);
                if (current is INamespaceSymbol ns)
                    foreach (var child in ns.GetNamespaceMembers())
                        pending.Push(child);
            }
        }
    }
}
