using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ConsentGuard.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// What of ConsentGuard a compilation can use, decided once per compilation without binding anything, so that each rule
    /// registers its per-node, per-operation and per-symbol actions only where it can report (issue #16: on a code base that
    /// never uses ConsentGuard, the analyzers still visited every invocation, assignment, initializer, type and member).
    /// Every answer is a "may": the text of the trees (<see cref="TreeMentions"/>: a name that appears in no tree is on no
    /// declaration, in no alias and in no call of this compilation), the declarations of the references that can carry our
    /// attributes (<see cref="ConsentModel.CanDeclare"/>, read once per assembly), and ConsentGuard.txt with the built-in
    /// catalog (<see cref="ConsentModel.External"/>). The flow analysis has its own, finer gate (<see cref="Flow.FlowScope"/>).
    /// </summary>
    internal sealed class ConsentGuardUse
    {
        private static readonly ConditionalWeakTable<ConsentModel, ConsentGuardUse> Instances = new ConditionalWeakTable<ConsentModel, ConsentGuardUse>();

        private readonly ConsentModel _model;
        private readonly Lazy<ImmutableHashSet<string>> _writtenAttributes;
        private readonly Lazy<ReferencedDeclarations> _referenced;
        private readonly Lazy<bool> _mayCallCheck;
        private readonly Lazy<bool> _mayCallConditionalSink;

        private ConsentGuardUse(ConsentModel model)
        {
            _model = model;
            _writtenAttributes = new Lazy<ImmutableHashSet<string>>(ReadWrittenAttributes);
            _referenced = new Lazy<ReferencedDeclarations>(() => ReferencedDeclarations.Union(model));
            _mayCallCheck = new Lazy<bool>(ComputeMayCallCheck);
            _mayCallConditionalSink = new Lazy<bool>(() => MayNameAny(ConfiguredMethodNames(d => d.Verb == DeclarationVerb.Sink && d.Condition is not null)));
        }

        public static ConsentGuardUse Of(ConsentModel model) => Instances.GetValue(model, m => new ConsentGuardUse(m));

        /// <summary>
        /// False when no attribute of these types can be applied in this compilation's source: no tree names any of them
        /// (<c>X</c> and <c>XAttribute</c> both contain <c>X</c>; an alias's directive names its target).
        /// </summary>
        public bool MayWriteAttribute(params INamedTypeSymbol?[] attributeTypes) =>
            attributeTypes.Any(type => type is not null && _writtenAttributes.Value.Contains(WellKnownTypes.ShortAttributeName(type.Name)));

        /// <summary>
        /// False when no symbol this compilation sees can carry the attribute: it is written in no tree and no reference that
        /// can declare (one that references ConsentGuard) puts it on a type, member, parameter or return value.
        /// </summary>
        public bool MayCarry(INamedTypeSymbol? attributeType) =>
            attributeType is not null && (MayWriteAttribute(attributeType) || _referenced.Value.AttributeNames.Contains(attributeType.Name));

        /// <summary>
        /// False when no invocation of this compilation can call a consent check (<see cref="ConsentModel.GetCheck"/>): no tree
        /// writes <c>[ConsentCheck]</c>, and no tree names a method that a reference declares a check (its overrides and
        /// implementations share the name) or that ConsentGuard.txt or the catalog declares one. A call names its method.
        /// </summary>
        public bool MayCallCheck => _mayCallCheck.Value;

        /// <summary>
        /// False when no invocation can call a sink that ConsentGuard.txt or the catalog declares with a condition
        /// (<see cref="ConsentModel.GetConditionalSinks"/>: the method, or one that overrides or implements it, by the same name).
        /// </summary>
        public bool MayCallConditionalSink => _mayCallConditionalSink.Value;

        private bool ComputeMayCallCheck()
        {
            if (_model.Types.ConsentCheck is not { } check)
                return false;
            if (MayWriteAttribute(check))
                return true;
            var names = new HashSet<string>(_referenced.Value.CheckNames, StringComparer.Ordinal);
            names.UnionWith(ConfiguredMethodNames(d => d.Verb == DeclarationVerb.Check));
            return MayNameAny(names);
        }

        /// <summary>The names of the methods that ConsentGuard.txt and the catalog declare with lines that <paramref name="match"/>.</summary>
        private HashSet<string> ConfiguredMethodNames(Func<ConfigDeclaration, bool> match)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declaration in _model.External.Declarations)
                if (match(declaration.Declaration))
                    foreach (var method in declaration.Symbols.OfType<IMethodSymbol>())
                        names.Add(method.Name);
            return names;
        }

        private bool MayNameAny(HashSet<string> names)
        {
            var asked = names.ToArray();
            return asked.Length > 0 && _model.Compilation.SyntaxTrees.Any(tree => TreeMentions.Of(tree).MentionsAny(asked));
        }

        /// <summary>The short names of our attributes (<see cref="WellKnownTypes.AttributeShortNames"/>) that some tree's text contains.</summary>
        private ImmutableHashSet<string> ReadWrittenAttributes()
        {
            var bits = 0;
            foreach (var tree in _model.Compilation.SyntaxTrees)
                bits |= TreeMentions.Of(tree).AttributeNamesMentioned;
            return WellKnownTypes.AttributeShortNames.Where((_, i) => (bits & (1 << i)) != 0).ToImmutableHashSet(StringComparer.Ordinal);
        }

        /// <summary>
        /// What the declarations of referenced assemblies that can declare carry: the names of our attribute types (in the
        /// <c>ConsentGuard</c> namespace, by name, which covers the real ones) and the names of the methods marked
        /// <c>[ConsentCheck]</c>. Read once per assembly symbol, which an IDE shares between the compilations of every keystroke.
        /// </summary>
        private sealed class ReferencedDeclarations
        {
            private static readonly ConditionalWeakTable<IAssemblySymbol, ReferencedDeclarations> ByAssembly = new ConditionalWeakTable<IAssemblySymbol, ReferencedDeclarations>();

            private static readonly string CheckAttributeName = WellKnownTypes.ConsentCheckName.Substring(WellKnownTypes.Namespace.Length + 1);

            private ReferencedDeclarations(ImmutableHashSet<string> attributeNames, ImmutableHashSet<string> checkNames)
            {
                AttributeNames = attributeNames;
                CheckNames = checkNames;
            }

            private static readonly ReferencedDeclarations None = new ReferencedDeclarations(ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty);

            public ImmutableHashSet<string> AttributeNames { get; }

            public ImmutableHashSet<string> CheckNames { get; }

            public static ReferencedDeclarations Union(ConsentModel model)
            {
                var attributes = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                var checks = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                foreach (var assembly in model.Compilation.SourceModule.ReferencedAssemblySymbols)
                {
                    // Per assembly symbol, which the compilations of an IDE's keystrokes share: only the first asks whether it can declare.
                    if (!ByAssembly.TryGetValue(assembly, out var declared))
                        declared = ByAssembly.GetValue(assembly, a => model.CanDeclare(a) ? Read(a) : None);
                    if (ReferenceEquals(declared, None))
                        continue;
                    attributes.UnionWith(declared.AttributeNames);
                    checks.UnionWith(declared.CheckNames);
                }
                return new ReferencedDeclarations(attributes.ToImmutable(), checks.ToImmutable());
            }

            private static ReferencedDeclarations Read(IAssemblySymbol assembly)
            {
                var attributes = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                var checks = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                foreach (var (owner, attribute) in DeclaredAttributes.In(assembly))
                {
                    if (attribute.AttributeClass is not { ContainingNamespace: { Name: WellKnownTypes.Namespace, ContainingNamespace.IsGlobalNamespace: true } } type)
                        continue;
                    attributes.Add(type.Name);
                    // A [ConsentCheck] anywhere on a method (only the method itself makes a check; more names only open the gate more often).
                    if (type.Name == CheckAttributeName && owner is IMethodSymbol method)
                        checks.Add(method.Name);
                }
                return new ReferencedDeclarations(attributes.ToImmutable(), checks.ToImmutable());
            }
        }
    }
}
