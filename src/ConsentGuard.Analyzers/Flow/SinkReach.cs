using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Sink first: whether a body can reach a sink at all, directly or through the callees whose summaries the analysis
    /// follows. A finding sits at a sink use in the body analyzed (a sink argument, a sink assignment, a call or <c>new</c>
    /// whose callee's body reaches a sink, the return of a <c>[ConsentCleared]</c> member), so a body that reaches none is
    /// not analyzed, and neither the pre-scan's summaries nor a control flow graph are computed for it.
    /// <para>
    /// The body's own operations are judged exactly (the driver has bound them). Its callees are judged from a per-compilation
    /// index built from syntax alone, with no binding: the names each member's declaration mentions, closed over the names of
    /// members that reach a sink (<see cref="Index"/>). Names over-approximate calls (every overload, every receiver), so the
    /// index may keep a body in, never leave one out.
    /// </para>
    /// </summary>
    internal sealed class SinkReach
    {
        private static readonly ConditionalWeakTable<ConsentModel, SinkReach> Instances = new ConditionalWeakTable<ConsentModel, SinkReach>();

        private readonly ConsentModel _model;
        private readonly Lazy<Index> _index;

        private SinkReach(ConsentModel model)
        {
            _model = model;
            _index = new Lazy<Index>(() => new Index(model));
        }

        public static SinkReach Of(ConsentModel model) => Instances.GetValue(model, m => new SinkReach(m));

        /// <summary>True when the body under <paramref name="root"/>, owned by <paramref name="owner"/>, may use a value at a sink.</summary>
        public bool MayReachSink(IOperation root, ISymbol owner)
        {
            if (owner is IMethodSymbol ownerMethod && !_model.GetClearedPurposes(ownerMethod).IsEmpty)
                return true;
            // Its own sinks first: most bodies that reach one do so directly, and then the index is not needed (in the IDE, not built).
            return root.DescendantsAndSelf().Any(IsDirectSink) || root.DescendantsAndSelf().Any(ReachesThroughCallee);
        }

        private bool IsDirectSink(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => HasSinkParameter(invocation.TargetMethod),
            IMethodReferenceOperation reference => HasSinkParameter(reference.Method),
            IObjectCreationOperation { Constructor: { } constructor } => HasSinkParameter(constructor),
            IPropertyReferenceOperation { Property: var property } => !_model.GetAssignmentSinkPurposes(property).IsEmpty || property.Parameters.Any(IsSinkParameter)
                || property.SetMethod is { } setter && HasSinkParameter(setter),
            IFieldReferenceOperation field => !_model.GetAssignmentSinkPurposes(field.Field).IsEmpty,
            IDynamicInvocationOperation { Operation: IDynamicMemberReferenceOperation { Instance.Type: { } receiverType } member } =>
                receiverType.GetMembers(member.MemberName).OfType<IMethodSymbol>().Any(HasSinkParameter),
            ILocalFunctionOperation { Symbol: var function } => !_model.GetClearedPurposes(function).IsEmpty,
            IAnonymousFunctionOperation { Symbol: var lambda } => !_model.GetClearedPurposes(lambda).IsEmpty,
            _ => false,
        };

        private bool ReachesThroughCallee(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => CalleeMayReachSink(invocation.TargetMethod) || KeeperMayReachSink(invocation.TargetMethod),
            IMethodReferenceOperation reference => CalleeMayReachSink(reference.Method),
            IObjectCreationOperation { Constructor: { } constructor } => CalleeMayReachSink(constructor) || TypeMayReachSink(constructor.ContainingType),
            IPropertyReferenceOperation { Property: var property } => property.GetMethod is { } getter && CalleeMayReachSink(getter)
                || property.SetMethod is { } setter && (CalleeMayReachSink(setter) || KeeperMayReachSink(setter)) || StoredDelegateMayReachSink(property),
            IFieldReferenceOperation { Field: var field } => StoredDelegateMayReachSink(field),
            IEventReferenceOperation { Event: var raised } => StoredDelegateMayReachSink(raised),
            // User-defined operators and conversions are calls of their bodies.
            IBinaryOperation { OperatorMethod: { } binary } => CalleeMayReachSink(binary),
            IUnaryOperation { OperatorMethod: { } unary } => CalleeMayReachSink(unary),
            IConversionOperation { OperatorMethod: { } conversion } => CalleeMayReachSink(conversion),
            ICompoundAssignmentOperation { OperatorMethod: { } compound } => CalleeMayReachSink(compound),
            _ => false,
        };

        /// <summary>
        /// A delegate field, property or event may hold any function assigned or subscribed to it in this compilation, a container
        /// of delegates any function put into it (<see cref="DelegateTargets"/>): a read of it reaches a sink when a declaration
        /// that names it (its initializer, an assignment, an <c>Add</c>) reaches one.
        /// </summary>
        private bool StoredDelegateMayReachSink(ISymbol member) =>
            member switch
            {
                IFieldSymbol field => DelegateTargets.MayHoldFunctions(field.Type),
                IPropertySymbol property => DelegateTargets.MayHoldFunctions(property.Type),
                IEventSymbol raised => raised.Type.TypeKind == TypeKind.Delegate,
                _ => false,
            }
            && SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _model.Compilation.Assembly)
            && _index.Value.NamedByReaching(member.Name);

        private bool HasSinkParameter(IMethodSymbol method) =>
            IsSinkMethod(_model, method) || method.ReducedFrom is { } extension && IsSinkMethod(_model, extension);

        /// <summary>
        /// A method some argument of which may go to a sink: a sink parameter, or a conditioned <c>sink … when …</c> line
        /// (ConsentGuard.txt or the built-in catalog), which only the call's arguments decide, so every call may be one.
        /// </summary>
        private static bool IsSinkMethod(ConsentModel model, IMethodSymbol method) =>
            method.Parameters.Any(p => !model.GetParameterSinkPurposes(p).IsEmpty) || !model.GetConditionalSinks(method).IsEmpty;

        private bool IsSinkParameter(IParameterSymbol parameter) => !_model.GetParameterSinkPurposes(parameter).IsEmpty;

        /// <summary>Whether a callee the analysis follows into (its summary) may reach a sink inside.</summary>
        /// <summary>Whether a call of <paramref name="method"/> may use an argument at a sink through its body (the index alone).</summary>
        public bool CalleeMayReachSink(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.LocalFunction)
                return false; // its body is part of the body being decided
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            definition = definition.PartialImplementationPart ?? definition;
            if (!FlowSummaries.MayHaveSummary(definition) || !SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _model.Compilation.Assembly))
                return false;
            return _index.Value.MayReachSink(definition.DeclaringSyntaxReferences);
        }

        /// <summary>
        /// An instance method or setter may keep its arguments for the type's other members (<c>Enqueue(t) => _pending.Add(t)</c>,
        /// flushed to a sink later): the call is a sink when one of them reaches one (FlowSummaries.StoredArgumentSinks).
        /// </summary>
        private bool KeeperMayReachSink(IMethodSymbol method) =>
            !method.IsStatic && method.Parameters.Length > 0 && method.MethodKind is MethodKind.Ordinary or MethodKind.PropertySet
            && !method.DeclaringSyntaxReferences.IsDefaultOrEmpty && TypeMayReachSink(method.ContainingType);

        /// <summary>A constructor keeps its arguments for the type's other members: the <c>new</c> is a sink when one of them reaches one.</summary>
        private bool TypeMayReachSink(INamedTypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _model.Compilation.Assembly) && _index.Value.TypeMayReachSink(type.OriginalDefinition.DeclaringSyntaxReferences);

        /// <summary>
        /// The per-compilation index: one entry per member declaration with a body or initializer, holding the names its
        /// syntax mentions; closed over the names of sinks and of the members that reach them. The entries come from syntax
        /// alone, so they are kept per syntax tree (<see cref="TreeEntries"/>): a new compilation after an edit (the IDE's
        /// keystroke) reads again only the edited tree; the closure, which depends on every tree and on the sinks, is per compilation.
        /// </summary>
        private sealed class Index
        {
            /// <summary>The name an indexer is called by (element access mentions none).</summary>
            private const string IndexerName = "this[]";

            /// <summary>The name a target-typed <c>new(…)</c> calls a constructor by (and any <c>new</c>, where using aliases may rename types).</summary>
            private const string ImplicitNew = "new()";

            /// <summary>The name <c>new T(…)</c> and <c>: base(…)</c> call T's constructors by.</summary>
            private static string NewOf(string typeName) => "new " + typeName;

            private static readonly string[] QueryMethods =
            {
                "Select", "SelectMany", "Where", "Join", "GroupJoin", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy", "Cast",
            };

            private readonly Dictionary<SyntaxNode, Entry> _entries = new Dictionary<SyntaxNode, Entry>();
            private readonly HashSet<Entry> _reaching = new HashSet<Entry>();
            private readonly HashSet<SyntaxNode> _typesReaching = new HashSet<SyntaxNode>();

            public Index(ConsentModel model)
            {
                var trees = model.Compilation.SyntaxTrees.Select(TreeEntries.Of).ToList();
                // A using alias may rename a type anywhere: then every `new T` and base type may call any constructor.
                var aliases = trees.Any(t => t.HasAliases);
                var sealedTypes = new HashSet<string>(StringComparer.Ordinal);
                foreach (var tree in trees)
                {
                    sealedTypes.UnionWith(tree.SealedTypes);
                    foreach (var entry in tree.Entries)
                        _entries[entry.Node] = entry;
                }
                Close(trees, SinkNames(model), sealedTypes, aliases);
            }

            public bool MayReachSink(IEnumerable<SyntaxReference> declarations)
            {
                foreach (var reference in declarations)
                {
                    // A member's declaring syntax is its declaration, an accessor, an arrow clause or (primary constructors) its type.
                    var entry = reference.GetSyntax().AncestorsAndSelf().Select(n => _entries.TryGetValue(n, out var e) ? e : null).FirstOrDefault(e => e is not null);
                    if (entry is null || _reaching.Contains(entry))
                        return true; // not indexed: when in doubt, analyze
                }
                return false;
            }

            private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _namedByReaching = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

            /// <summary>Whether a declaration that reaches a sink is named <paramref name="name"/> or mentions it.</summary>
            public bool NamedByReaching(string name) =>
                _namedByReaching.GetOrAdd(name, n => _reaching.Any(e => e.Name == n || e.Names.Contains(n)));

            public bool TypeMayReachSink(IEnumerable<SyntaxReference> declarations) => declarations.Any(r => _typesReaching.Contains(r.GetSyntax()));

            /// <summary>One tree's entries, from its syntax alone: computed once per tree, shared by every compilation that holds it.</summary>
            private sealed class TreeEntries
            {
                private static readonly ConditionalWeakTable<SyntaxTree, TreeEntries> ByTree = new ConditionalWeakTable<SyntaxTree, TreeEntries>();

                private TreeEntries(SyntaxTree tree)
                {
                    var root = tree.GetRoot();
                    HasAliases = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                        .OfType<UsingDirectiveSyntax>().Any(u => u.Alias is not null);
                    foreach (var type in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<TypeDeclarationSyntax>())
                    {
                        if (type.Modifiers.Any(SyntaxKind.SealedKeyword) || type.Modifiers.Any(SyntaxKind.StaticKeyword) || type is StructDeclarationSyntax
                            || type is RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: (int)SyntaxKind.StructKeyword })
                            SealedTypes.Add(type.Identifier.ValueText);
                        AddEntries(type, Entries);
                    }
                    foreach (var entry in Entries)
                        foreach (var name in entry.Names)
                        {
                            if (!ByName.TryGetValue(name, out var list))
                                ByName[name] = list = new List<Entry>();
                            list.Add(entry);
                        }
                }

                public static TreeEntries Of(SyntaxTree tree) => ByTree.GetValue(tree, t => new TreeEntries(t));

                public bool HasAliases { get; }

                /// <summary>Names of types declared sealed, static or struct here (a virtual member of such a type is summarized).</summary>
                public HashSet<string> SealedTypes { get; } = new HashSet<string>(StringComparer.Ordinal);

                public List<Entry> Entries { get; } = new List<Entry>();

                /// <summary>The entries that mention each name.</summary>
                public Dictionary<string, List<Entry>> ByName { get; } = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
            }

            private static void AddEntries(TypeDeclarationSyntax type, List<Entry> entries)
            {
                var typeName = type.Identifier.ValueText;
                // `: base(…)` (or the base's parameterless constructor, called implicitly) names the base types' constructors.
                var baseNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var baseType in type.BaseList?.Types ?? default)
                    baseNames.Add(NewOf(RightmostName(baseType.Type)));
                var hasBase = baseNames.Count > 0;
                if (type.ParameterList is not null || type.BaseList is not null)
                {
                    // The primary constructor: its parameters and the base constructor's arguments.
                    var header = MentionedNames(type.ParameterList, out var headerCreates);
                    header.UnionWith(MentionedNames(type.BaseList, out var baseCreates));
                    header.UnionWith(baseNames);
                    entries.Add(new Entry(type, NewOf(typeName), type, typeName, header, headerCreates || baseCreates || hasBase, propagates: true, isConstructor: true));
                }
                foreach (var member in type.Members)
                {
                    switch (member)
                    {
                        case ConstructorDeclarationSyntax constructor:
                            var names = MentionedNames(constructor, out var creates);
                            names.UnionWith(baseNames);
                            names.Add(NewOf(typeName)); // `: this(…)`
                            entries.Add(new Entry(constructor, NewOf(typeName), type, typeName, names, creates || hasBase, propagates: true, isConstructor: true));
                            break;
                        case MethodDeclarationSyntax method:
                            entries.Add(Member(method, method.Identifier.ValueText, Summarizable(method.Modifiers)));
                            break;
                        case IndexerDeclarationSyntax indexer:
                            entries.Add(Member(indexer, IndexerName, Summarizable(indexer.Modifiers)));
                            break;
                        case PropertyDeclarationSyntax property:
                            entries.Add(Member(property, property.Identifier.ValueText, Summarizable(property.Modifiers)));
                            break;
                        case BaseMethodDeclarationSyntax other: // operators, conversions, finalizers: never summarized, still indexed
                            entries.Add(Member(other, "~", propagates: false));
                            break;
                        case FieldDeclarationSyntax field:
                            foreach (var variable in field.Declaration.Variables)
                                entries.Add(Member(variable, variable.Identifier.ValueText, propagates: false));
                            break;
                    }
                }

                Entry Member(SyntaxNode node, string name, bool propagates)
                {
                    var names = MentionedNames(node, out var creates);
                    return new Entry(node, name, type, typeName, names, creates, propagates, isConstructor: false);
                }

                // Virtual members are never summarized (callers go by declared attributes), unless their type is sealed somewhere.
                bool Summarizable(SyntaxTokenList modifiers) =>
                    type is InterfaceDeclarationSyntax
                    || !(modifiers.Any(SyntaxKind.VirtualKeyword) || modifiers.Any(SyntaxKind.AbstractKeyword) || modifiers.Any(SyntaxKind.OverrideKeyword))
                    || modifiers.Any(SyntaxKind.SealedKeyword); // or the type is sealed in another part: see Close
            }

            /// <summary>
            /// The names a declaration's syntax mentions, and the names of what it calls without naming it. <paramref name="creates"/>:
            /// it creates an object by a type's name (which a using alias elsewhere may make any type's).
            /// </summary>
            private static HashSet<string> MentionedNames(SyntaxNode? node, out bool creates)
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                creates = false;
                if (node is null)
                    return names;
                foreach (var descendant in node.DescendantNodesAndSelf())
                {
                    switch (descendant)
                    {
                        case SimpleNameSyntax name:
                            names.Add(name.Identifier.ValueText);
                            break;
                        case ImplicitObjectCreationExpressionSyntax:
                            names.Add(ImplicitNew);
                            break;
                        case ObjectCreationExpressionSyntax creation:
                            names.Add(NewOf(RightmostName(creation.Type)));
                            creates = true;
                            break;
                        case ElementAccessExpressionSyntax or ImplicitElementAccessSyntax or ElementBindingExpressionSyntax:
                            names.Add(IndexerName);
                            break;
                        case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression } or CollectionExpressionSyntax:
                            names.Add("Add");
                            break;
                        case CommonForEachStatementSyntax:
                            names.Add("GetEnumerator");
                            names.Add("MoveNext");
                            names.Add("Current");
                            names.Add("Deconstruct");
                            break;
                        case AwaitExpressionSyntax:
                            names.Add("GetAwaiter");
                            names.Add("GetResult");
                            break;
                        case UsingStatementSyntax or LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword }:
                            names.Add("Dispose");
                            names.Add("DisposeAsync");
                            break;
                        case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } or PositionalPatternClauseSyntax:
                            names.Add("Deconstruct");
                            break;
                        case QueryExpressionSyntax:
                            names.UnionWith(QueryMethods);
                            break;
                        case InterpolatedStringExpressionSyntax:
                            names.Add("AppendFormatted");
                            names.Add("AppendLiteral");
                            break;
                    }
                }
                return names;
            }

            private static string RightmostName(TypeSyntax type) => type switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => "",
            };

            /// <summary>The names of every member that is a sink: declared here, in a reference, in ConsentGuard.txt or the catalog.</summary>
            private static HashSet<string> SinkNames(ConsentModel model)
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                var assemblies = new List<IAssemblySymbol> { model.Compilation.Assembly };
                assemblies.AddRange(model.Compilation.SourceModule.ReferencedAssemblySymbols.Where(a => MayDeclareSinks(model, a)));
                foreach (var assembly in assemblies)
                    foreach (var type in FlowScope.TypesIn(assembly.GlobalNamespace))
                        foreach (var member in type.GetMembers())
                            if (IsSink(model, member))
                                names.Add(CallName(member));
                return names;
            }

            /// <summary>
            /// A reference can hold a sink when it knows our attributes, holds a ConsentGuard.txt or catalog sink, or references
            /// (however indirectly) an assembly that does (its types may implement a sink interface).
            /// </summary>
            private static bool MayDeclareSinks(ConsentModel model, IAssemblySymbol assembly)
            {
                var declaring = new HashSet<IAssemblySymbol>(
                    model.External.Declarations.Where(d => d.Declaration.Verb == DeclarationVerb.Sink).SelectMany(d => d.Symbols).Select(s => s.ContainingAssembly ?? (s as IAssemblySymbol)!).Where(a => a is not null),
                    SymbolEqualityComparer.Default);
                var seen = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default) { assembly };
                var pending = new Stack<IAssemblySymbol>(seen);
                while (pending.Count > 0)
                {
                    var current = pending.Pop();
                    if (model.CanDeclare(current) || declaring.Contains(current))
                        return true;
                    foreach (var module in current.Modules)
                        foreach (var referenced in module.ReferencedAssemblySymbols)
                            if (seen.Add(referenced))
                                pending.Push(referenced);
                }
                return false;
            }

            private static bool IsSink(ConsentModel model, ISymbol member) => member switch
            {
                IMethodSymbol method => IsSinkMethod(model, method),
                IPropertySymbol or IFieldSymbol => !model.GetAssignmentSinkPurposes(member).IsEmpty,
                _ => false,
            };

            /// <summary>The name a call to <paramref name="member"/> mentions.</summary>
            private static string CallName(ISymbol member) => member switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => NewOf(constructor.ContainingType.Name),
                IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: true } } => IndexerName,
                IMethodSymbol { AssociatedSymbol: { } associated } => associated.Name,
                IPropertySymbol { IsIndexer: true } => IndexerName,
                _ => member.Name,
            };

            /// <summary>Marks every entry that mentions a reaching name, until no new name reaches.</summary>
            private void Close(List<TreeEntries> trees, HashSet<string> sinkNames, HashSet<string> sealedTypes, bool aliases)
            {
                var reaching = new HashSet<string>(StringComparer.Ordinal);
                var pending = new Queue<string>();
                void Reach(string name)
                {
                    if (reaching.Add(name))
                        pending.Enqueue(name);
                }
                void Mark(Entry entry)
                {
                    if (!_reaching.Add(entry))
                        return;
                    if (entry.Propagates || sealedTypes.Contains(entry.TypeName))
                        Reach(entry.Name);
                    if (entry.IsConstructor)
                        Reach(ImplicitNew);
                    else
                    {
                        // `new T(…)` is a sink when a member of T sends what the constructor kept to one.
                        _typesReaching.Add(entry.Type);
                        Reach(NewOf(entry.TypeName));
                        Reach(ImplicitNew);
                    }
                }
                foreach (var name in sinkNames)
                    Reach(name);
                while (pending.Count > 0)
                {
                    var name = pending.Dequeue();
                    foreach (var tree in trees)
                        if (tree.ByName.TryGetValue(name, out var mentioning))
                            foreach (var entry in mentioning)
                                Mark(entry);
                    // With a using alias somewhere, a creation by a type's name may call any constructor.
                    if (aliases && name == ImplicitNew)
                        foreach (var tree in trees)
                            foreach (var entry in tree.Entries)
                                if (entry.CreatesByName)
                                    Mark(entry);
                }
            }

            /// <summary>One member declaration: immutable, shared by every compilation that holds its tree.</summary>
            private sealed class Entry
            {
                public Entry(SyntaxNode node, string name, TypeDeclarationSyntax type, string typeName, HashSet<string> names, bool createsByName, bool propagates, bool isConstructor)
                {
                    Node = node;
                    Name = name;
                    Type = type;
                    TypeName = typeName;
                    Names = names;
                    CreatesByName = createsByName;
                    Propagates = propagates;
                    IsConstructor = isConstructor;
                }

                public SyntaxNode Node { get; }

                public string Name { get; }

                public TypeDeclarationSyntax Type { get; }

                public string TypeName { get; }

                public HashSet<string> Names { get; }

                /// <summary>Creates an object by a type's name or has a base type: with a using alias anywhere, it may call any constructor.</summary>
                public bool CreatesByName { get; }

                /// <summary>Reaching a sink, it makes its callers reach one (false for virtual members, unless their type is sealed: see Close).</summary>
                public bool Propagates { get; }

                public bool IsConstructor { get; }
            }
        }
    }
}
