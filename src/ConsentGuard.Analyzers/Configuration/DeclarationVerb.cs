namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>The verbs of a ConsentGuard.txt line (docs/third-party-apis.md), each standing for one attribute.</summary>
    internal enum DeclarationVerb
    {
        /// <summary><c>sink PURPOSE ID</c>: as [ConsentSink(PURPOSE)].</summary>
        Sink,

        /// <summary><c>source CATEGORY ID</c>: as [PersonalData(PersonalDataCategory.CATEGORY)].</summary>
        Source,

        /// <summary><c>purpose PURPOSE ID</c>: as [ConsentPurpose(PURPOSE)].</summary>
        Purpose,

        /// <summary><c>check PURPOSE ID</c>: as [ConsentCheck(PURPOSE)].</summary>
        Check,

        /// <summary><c>cleared PURPOSE ID</c>: as [ConsentCleared(PURPOSE)].</summary>
        Cleared,

        /// <summary><c>anonymizer ID</c>: as [Anonymizer].</summary>
        Anonymizer,
    }

    internal static class DeclarationVerbs
    {
        public const string Expected = "sink, source, purpose, check, cleared, anonymizer or basis";

        /// <summary>Verbs are lower case, as written in docs/third-party-apis.md; anything else is a typo worth reporting.</summary>
        public static bool TryParse(string text, out DeclarationVerb verb)
        {
            switch (text)
            {
                case "sink": verb = DeclarationVerb.Sink; return true;
                case "source": verb = DeclarationVerb.Source; return true;
                case "purpose": verb = DeclarationVerb.Purpose; return true;
                case "check": verb = DeclarationVerb.Check; return true;
                case "cleared": verb = DeclarationVerb.Cleared; return true;
                case "anonymizer": verb = DeclarationVerb.Anonymizer; return true;
                default: verb = default; return false;
            }
        }

        public static string Name(DeclarationVerb verb) => verb switch
        {
            DeclarationVerb.Sink => "sink",
            DeclarationVerb.Source => "source",
            DeclarationVerb.Purpose => "purpose",
            DeclarationVerb.Check => "check",
            DeclarationVerb.Cleared => "cleared",
            _ => "anonymizer",
        };

        /// <summary>The shape of a line with this verb, for messages.</summary>
        public static string Usage(DeclarationVerb verb) => verb switch
        {
            DeclarationVerb.Anonymizer => "anonymizer ID",
            DeclarationVerb.Source => "source CATEGORY ID",
            _ => Name(verb) + " PURPOSE ID",
        };

        /// <summary>Whether the verb takes a purpose or category before the ID.</summary>
        public static bool HasArgument(DeclarationVerb verb) => verb != DeclarationVerb.Anonymizer;

        /// <summary>
        /// The ID kinds a verb accepts: the symbols its attribute may stand on. Checks, cleared members and
        /// anonymizers are methods only (their attributes are method attributes, and ConsentModel asks about
        /// methods); sinks, sources and purposes also stand on properties, fields and whole types.
        /// </summary>
        public static bool Accepts(DeclarationVerb verb, DocumentationIdKind kind) => verb switch
        {
            DeclarationVerb.Check or DeclarationVerb.Cleared or DeclarationVerb.Anonymizer => kind == DocumentationIdKind.Method,
            _ => true,
        };

        public static string AcceptedKinds(DeclarationVerb verb) =>
            verb is DeclarationVerb.Check or DeclarationVerb.Cleared or DeclarationVerb.Anonymizer ? "a method ID (M:)" : "an M:, P:, F: or T: ID";
    }
}
