namespace ConsentGuard.Analyzers.Generator.Model
{
    // The generator's model: plain strings, booleans and equatable arrays, so two runs over unchanged declarations
    // produce equal values and the pipeline stops before emitting. Nothing here holds an ISymbol, SyntaxNode,
    // Location or Compilation (a test walks the graph to keep it so).

    /// <summary>Everything needed to write one type's generated file.</summary>
    /// <param name="HintName">Unique per type: its metadata name plus <c>.ConsentAccessors.g.cs</c>.</param>
    /// <param name="Namespace">Dotted namespace, or null for the global namespace.</param>
    /// <param name="ContainingTypes">Outermost first; each re-declared <c>partial</c> around the type.</param>
    /// <param name="Type">The annotated type's own declaration header.</param>
    /// <param name="FullyQualifiedName"><c>global::N.Outer&lt;TA&gt;.Profile</c>: how the extension names the type.</param>
    /// <param name="Subject">How the generated code reads the subject id.</param>
    /// <param name="Purposes">One entry per purpose whose accessors are generated.</param>
    /// <param name="Extensions">The <c>{T}ConsentExtensions</c> class, or null when it is not generated.</param>
    internal sealed record AccessorTypeSpec(
        string HintName,
        string? Namespace,
        ImmutableEquatableArray<TypeDeclarationSpec> ContainingTypes,
        TypeDeclarationSpec Type,
        string FullyQualifiedName,
        SubjectSpec Subject,
        ImmutableEquatableArray<PurposeSpec> Purposes,
        ExtensionClassSpec? Extensions);

    /// <summary>A type declaration header to re-declare as <c>{Modifiers}partial {Keyword} {Name}{TypeParameters}</c>.</summary>
    /// <param name="Modifiers">"" or "ref " (parts of a ref struct must say so).</param>
    /// <param name="Keyword"><c>class</c>, <c>struct</c>, <c>interface</c>, <c>record</c> or <c>record struct</c>.</param>
    /// <param name="Name">The escaped identifier.</param>
    /// <param name="TypeParameters"><c>&lt;TA, out TB&gt;</c> or "".</param>
    internal sealed record TypeDeclarationSpec(string Modifiers, string Keyword, string Name, string TypeParameters);

    /// <param name="MemberName">The escaped name of the [DataSubject] member.</param>
    /// <param name="IsString">True when it is a string (used as is); otherwise it is converted with the invariant culture.</param>
    internal sealed record SubjectSpec(string MemberName, bool IsString);

    /// <summary>The accessors of one purpose.</summary>
    /// <param name="Purpose">A C# identifier (only well-formed purposes get accessors).</param>
    /// <param name="IsPublic">Public, or internal when a view property's type is internal.</param>
    /// <param name="Members">The view's properties, in the type's declaration order.</param>
    internal sealed record PurposeSpec(string Purpose, bool IsPublic, ImmutableEquatableArray<ViewMemberSpec> Members)
    {
        public string ViewName => Purpose + "View";
        public string MethodName => "For" + Purpose;
        public string AsyncMethodName => "For" + Purpose + "Async";
    }

    /// <summary>One get-only property of a view: the original member's name and type, and copies of its attributes.</summary>
    /// <param name="Name">The member's name, escaped when it is a keyword.</param>
    /// <param name="DisplayName">The unescaped name, for documentation.</param>
    /// <param name="ParameterName">The view constructor's parameter for it (camel case, escaped, unique).</param>
    /// <param name="Type">Fully qualified, with nullable annotations.</param>
    /// <param name="Category">A <c>global::ConsentGuard.PersonalDataCategory</c> expression.</param>
    /// <param name="Purposes">Every purpose declared for the original member, not only the view's: the analyzer keeps purpose limitation on view data.</param>
    internal sealed record ViewMemberSpec(string Name, string DisplayName, string ParameterName, string Type, string Category, ImmutableEquatableArray<string> Purposes);

    /// <summary>The namespace-level <c>static partial class {T}ConsentExtensions</c>.</summary>
    /// <param name="ClassName">Its name.</param>
    /// <param name="TypeParameters">The type parameters of the type and its containers, for each method: <c>&lt;TA, TB&gt;</c> or "".</param>
    /// <param name="Constraints">Their <c>where</c> clauses.</param>
    /// <param name="Methods">One extension method per purpose.</param>
    internal sealed record ExtensionClassSpec(string ClassName, string TypeParameters, ImmutableEquatableArray<string> Constraints, ImmutableEquatableArray<ExtensionMethodSpec> Methods)
    {
        /// <summary>Partial parts may leave accessibility out, not disagree: one public method makes the class say public.</summary>
        public bool IsPublic
        {
            get
            {
                foreach (var method in Methods)
                    if (method.IsPublic)
                        return true;
                return false;
            }
        }
    }

    /// <param name="Purpose">The purpose.</param>
    /// <param name="IsPublic">Public when the type and the view are public; internal otherwise.</param>
    internal sealed record ExtensionMethodSpec(string Purpose, bool IsPublic);
}
