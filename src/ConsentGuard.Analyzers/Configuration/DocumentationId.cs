namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>The kinds of documentation-comment ID a ConsentGuard.txt line may name.</summary>
    internal enum DocumentationIdKind
    {
        Method,
        Property,
        Field,
        Type,
    }

    /// <summary>
    /// A syntactically checked documentation-comment ID (<c>M:</c>, <c>P:</c>, <c>F:</c>, <c>T:</c>), as in
    /// BannedSymbols.txt. Roslyn's own parser is lenient (it resolves <c>M:N.C.M(System.Int32</c>), so this
    /// checks the shape first and says what is wrong, instead of reporting a well-meant typo as "matches nothing".
    /// A method or indexer ID without a parameter list, or with <c>(...)</c>, stands for every overload
    /// (the SPEC's own example writes <c>CreateFineTuningJob(...)</c>); <c>()</c> is the parameterless one.
    /// </summary>
    internal sealed class DocumentationId
    {
        private const string AnyParameters = "(...)";

        private DocumentationId(DocumentationIdKind kind, string text, string namePath, bool allOverloads)
        {
            Kind = kind;
            Text = text;
            NamePath = namePath;
            AllOverloads = allOverloads;
        }

        public DocumentationIdKind Kind { get; }

        /// <summary>The ID as written, without whitespace.</summary>
        public string Text { get; }

        /// <summary>The qualified member or type name, without prefix, parameter list or return type: <c>N.C.M``1</c>.</summary>
        public string NamePath { get; }

        /// <summary>True for <c>M:N.C.M</c> and <c>M:N.C.M(...)</c> (and the same for <c>P:</c>): every method (or property and indexer) of that name.</summary>
        public bool AllOverloads { get; }

        /// <summary>The containing type's ID (<c>T:N.C</c>) and the member name (<c>M``1</c>), for an overload look-up.</summary>
        public (string ContainerId, string MemberName)? SplitMember()
        {
            var dot = LastTopLevelDot(NamePath);
            if (dot <= 0 || dot == NamePath.Length - 1)
                return null;
            return ("T:" + NamePath.Substring(0, dot), NamePath.Substring(dot + 1));
        }

        public static bool TryParse(string text, out DocumentationId? id, out string error)
        {
            id = null;
            error = "";
            if (text.Length < 3 || text[1] != ':')
            {
                error = "is not a documentation-comment ID: expected M:, P:, F: or T: followed by a name";
                return false;
            }
            DocumentationIdKind kind;
            switch (text[0])
            {
                case 'M': kind = DocumentationIdKind.Method; break;
                case 'P': kind = DocumentationIdKind.Property; break;
                case 'F': kind = DocumentationIdKind.Field; break;
                case 'T': kind = DocumentationIdKind.Type; break;
                case 'E':
                    error = "is an event ID; ConsentGuard.txt declares methods (M:), properties (P:), fields (F:) and types (T:)";
                    return false;
                case 'N':
                    error = "is a namespace ID; ConsentGuard.txt declares methods (M:), properties (P:), fields (F:) and types (T:)";
                    return false;
                default:
                    error = "is not a documentation-comment ID: expected M:, P:, F: or T: followed by a name";
                    return false;
            }

            var body = text.Substring(2);
            var open = IndexOfTopLevel(body, '(');
            var namePath = open < 0 ? StripReturnType(body) : body.Substring(0, open);
            if (!IsValidNamePath(namePath))
            {
                error = "is not a documentation-comment ID: '" + Shorten(namePath) + "' is not a dotted name";
                return false;
            }

            var allOverloads = false;
            if (open >= 0)
            {
                if (kind is DocumentationIdKind.Field or DocumentationIdKind.Type)
                {
                    error = "is not a documentation-comment ID: a " + (kind == DocumentationIdKind.Field ? "field" : "type") + " has no parameter list";
                    return false;
                }
                var rest = body.Substring(open);
                var close = MatchingClose(rest);
                if (close < 0)
                {
                    error = "is not a documentation-comment ID: the parameter list is not closed";
                    return false;
                }
                var parameters = rest.Substring(0, close + 1);
                var trailer = rest.Substring(close + 1);
                if (trailer.Length > 0 && (trailer[0] != '~' || trailer.Length == 1 || !IsValidParameterText(trailer.Substring(1))))
                {
                    error = "is not a documentation-comment ID: unexpected '" + Shorten(trailer) + "' after the parameter list";
                    return false;
                }
                if (parameters == AnyParameters)
                    allOverloads = true;
                else if (!IsValidParameterText(parameters.Substring(1, parameters.Length - 2)))
                {
                    error = "is not a documentation-comment ID: '" + Shorten(parameters) + "' is not a parameter list of type IDs";
                    return false;
                }
            }
            else
            {
                // No parameter list: a method or an indexer by name stands for all its overloads.
                allOverloads = kind is DocumentationIdKind.Method or DocumentationIdKind.Property;
            }

            id = new DocumentationId(kind, text, namePath, allOverloads);
            return true;
        }

        private static string StripReturnType(string body)
        {
            var tilde = IndexOfTopLevel(body, '~');
            return tilde < 0 ? body : body.Substring(0, tilde);
        }

        /// <summary>
        /// Dotted segments of identifier characters; a segment may carry generic arity (<c>`1</c>, <c>``1</c>),
        /// be <c>#ctor</c>/<c>#cctor</c>, or be an explicit implementation (<c>System#IDisposable#Dispose</c>,
        /// whose interface may have type arguments in braces).
        /// </summary>
        private static bool IsValidNamePath(string path)
        {
            if (path.Length == 0)
                return false;
            var depth = 0;
            var segmentLength = 0;
            foreach (var c in path)
            {
                switch (c)
                {
                    case '{': depth++; break;
                    case '}': if (--depth < 0) return false; break;
                    case '.' when depth == 0:
                        if (segmentLength == 0) return false;
                        segmentLength = 0;
                        continue;
                    case ',' or '.' when depth > 0: break;
                    default:
                        if (!IsNameChar(c)) return false;
                        break;
                }
                segmentLength++;
            }
            return depth == 0 && segmentLength > 0;
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '`' or '#';

        /// <summary>The inside of a parameter list: type IDs with generic braces, arrays, pointers, by-ref markers.</summary>
        private static bool IsValidParameterText(string text)
        {
            var braces = 0;
            var brackets = 0;
            foreach (var c in text)
            {
                switch (c)
                {
                    case '{': braces++; break;
                    case '}': if (--braces < 0) return false; break;
                    case '[': brackets++; break;
                    case ']': if (--brackets < 0) return false; break;
                    case '.' or ',' or ':' or '*' or '@' or '^':
                        break;
                    default:
                        if (!IsNameChar(c)) return false;
                        break;
                }
            }
            return braces == 0 && brackets == 0;
        }

        private static int IndexOfTopLevel(string text, char wanted)
        {
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == wanted && depth == 0)
                    return i;
                if (c is '{' or '[') depth++;
                else if (c is '}' or ']') depth--;
            }
            return -1;
        }

        private static int MatchingClose(string text)
        {
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '(') depth++;
                else if (text[i] == ')' && --depth == 0) return i;
            }
            return -1;
        }

        private static int LastTopLevelDot(string path)
        {
            var depth = 0;
            for (var i = path.Length - 1; i >= 0; i--)
            {
                var c = path[i];
                if (c == '}') depth++;
                else if (c == '{') depth--;
                else if (c == '.' && depth == 0) return i;
            }
            return -1;
        }

        /// <summary>Keeps messages readable when a line is huge or garbage.</summary>
        public static string Shorten(string text) => text.Length <= 120 ? text : text.Substring(0, 117) + "...";
    }
}
