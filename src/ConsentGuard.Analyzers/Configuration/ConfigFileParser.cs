using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>The declarations and line problems of one ConsentGuard.txt text: everything that needs no compilation.</summary>
    internal sealed class ParsedConfigFile
    {
        public static readonly ParsedConfigFile Empty = new ParsedConfigFile(ImmutableArray<ConfigDeclaration>.Empty, ImmutableArray<ConfigProblem>.Empty);

        public ParsedConfigFile(ImmutableArray<ConfigDeclaration> declarations, ImmutableArray<ConfigProblem> problems)
            : this(declarations, problems, ImmutableArray<LegalBasisLine>.Empty)
        {
        }

        public ParsedConfigFile(ImmutableArray<ConfigDeclaration> declarations, ImmutableArray<ConfigProblem> problems, ImmutableArray<LegalBasisLine> legalBases)
        {
            Declarations = declarations;
            Problems = problems;
            LegalBases = legalBases;
        }

        public ImmutableArray<ConfigDeclaration> Declarations { get; }

        /// <summary>The well-formed <c>basis</c> lines, in file order.</summary>
        public ImmutableArray<LegalBasisLine> LegalBases { get; }

        public ImmutableArray<ConfigProblem> Problems { get; }
    }

    /// <summary>
    /// Reads the docs/third-party-apis.md format: one declaration a line, blank lines and <c>#</c> comments ignored. Syntax
    /// only (verb, field count, ID shape, category and purpose-name shape); whether a purpose is known and an
    /// ID resolves depends on the compilation and is <see cref="ExternalDeclarations"/>' job. Never throws:
    /// whatever the text holds, each line is a declaration, nothing, or a problem.
    /// </summary>
    internal static class ConfigFileParser
    {
        /// <summary>A garbage file (a binary renamed ConsentGuard.txt) must not flood the error list.</summary>
        internal const int MaxProblemsPerFile = 100;

        public static ParsedConfigFile Parse(SourceText text)
        {
            var declarations = ImmutableArray.CreateBuilder<ConfigDeclaration>();
            var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
            var legalBases = ImmutableArray.CreateBuilder<LegalBasisLine>();
            foreach (var textLine in text.Lines)
            {
                var line = new ConfigLine(textLine.LineNumber + 1, textLine.Span, text.Lines.GetLinePositionSpan(textLine.Span));
                var problem = ParseLine(text.ToString(textLine.Span), line, out var declaration, out var legalBasis);
                if (declaration is not null)
                    declarations.Add(declaration);
                if (legalBasis is not null)
                    legalBases.Add(legalBasis);
                if (problem is null)
                    continue;
                if (problems.Count == MaxProblemsPerFile)
                {
                    problems.Add(new ConfigProblem(line, "more than " + MaxProblemsPerFile + " invalid lines; the rest are not reported"));
                    break;
                }
                problems.Add(problem);
            }
            return new ParsedConfigFile(declarations.ToImmutable(), problems.ToImmutable(), legalBases.ToImmutable());
        }

        /// <summary>One line: a declaration, nothing (blank or comment), or a problem.</summary>
        internal static ConfigProblem? ParseLine(string content, ConfigLine line, out ConfigDeclaration? declaration) =>
            ParseLine(content, line, out declaration, out _);

        /// <summary>One line: a declaration, a purpose's legal basis, nothing (blank or comment), or a problem.</summary>
        internal static ConfigProblem? ParseLine(string content, ConfigLine line, out ConfigDeclaration? declaration, out LegalBasisLine? legalBasis)
        {
            legalBasis = null;
            var fields = Tokenize(content);
            if (fields.Count > 0 && fields[0] == LegalBasisLine.Verb)
            {
                declaration = null;
                return LegalBasisLine.Parse(fields, line, out legalBasis);
            }
            return ParseFields(fields, line, groupPurpose: null, out declaration);
        }

        /// <summary>
        /// The fields of one declaration line. <paramref name="groupPurpose"/> is the built-in catalog's: a <c>*</c> purpose there
        /// stands for the purpose its group is configured with, and the declaration carries that stand-in.
        /// </summary>
        internal static ConfigProblem? ParseFields(System.Collections.Generic.IReadOnlyList<string> fields, ConfigLine line, string? groupPurpose, out ConfigDeclaration? declaration)
        {
            declaration = null;
            if (fields.Count == 0)
                return null;

            if (!DeclarationVerbs.TryParse(fields[0], out var verb))
                return new ConfigProblem(line, "unknown verb '" + DocumentationId.Shorten(fields[0]) + "'; expected " + DeclarationVerbs.Expected);

            var expected = DeclarationVerbs.HasArgument(verb) ? 3 : 2;
            SinkCondition? condition = null;
            if (verb == DeclarationVerb.Sink && fields.Count > expected && fields[expected] == SinkCondition.Keyword)
            {
                if (fields.Count != expected + 2)
                    return new ConfigProblem(line, "expected 'sink PURPOSE ID when PARAMETER=VALUE', found " + fields.Count + " fields");
                if (!SinkCondition.TryParse(fields[expected + 1], out condition, out var conditionError))
                    return new ConfigProblem(line, conditionError);
            }
            else if (fields.Count != expected)
                return new ConfigProblem(line, "expected '" + DeclarationVerbs.Usage(verb) + "', found " + fields.Count + " fields");

            string? argument = null;
            if (DeclarationVerbs.HasArgument(verb))
            {
                argument = fields[1];
                if (verb == DeclarationVerb.Source)
                {
                    if (!PersonalDataCategories.IsKnown(argument))
                        return new ConfigProblem(line, "unknown category '" + DocumentationId.Shorten(argument) + "'; expected one of " + string.Join(", ", PersonalDataCategories.Names));
                }
                else if (argument == GroupPurpose && groupPurpose is not null)
                    argument = groupPurpose;
                else if (!ConsentModel.IsWellFormedPurpose(argument))
                    return new ConfigProblem(line, "'" + DocumentationId.Shorten(argument) + "' is not a purpose name (a C# identifier)");
            }

            var idText = fields[expected - 1];
            if (!DocumentationId.TryParse(idText, out var id, out var error) || id is null)
                return new ConfigProblem(line, "'" + DocumentationId.Shorten(idText) + "' " + error);
            if (!DeclarationVerbs.Accepts(verb, id.Kind))
                return new ConfigProblem(line, "'" + DeclarationVerbs.Name(verb) + "' needs " + DeclarationVerbs.AcceptedKinds(verb) + ", not '" + DocumentationId.Shorten(idText) + "'");
            if (condition is not null && id.Kind != DocumentationIdKind.Method)
                return new ConfigProblem(line, "'when' needs a method ID (M:): only a call has arguments");

            declaration = new ConfigDeclaration(verb, argument, id, line, condition);
            return null;
        }

        /// <summary>In the built-in catalog, the purpose field of an entry whose group's purpose is configurable.</summary>
        internal const string GroupPurpose = "*";

        /// <summary>
        /// Splits a line into whitespace-separated fields. A <c>#</c> that starts a field starts a comment (a
        /// <c>#</c> inside an ID, as in <c>#ctor</c>, does not). Whitespace inside (), [] or {} belongs to the
        /// field and is dropped, so <c>M:N.C.M(System.Int32, System.String)</c> is one ID as people write it.
        /// </summary>
        internal static List<string> Tokenize(string line)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var depth = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                var blank = IsBlank(c);
                if (field.Length == 0 && depth == 0)
                {
                    if (blank)
                        continue;
                    if (c == '#')
                        break;
                }
                if (blank)
                {
                    if (depth > 0)
                        continue;
                    fields.Add(field.ToString());
                    field.Clear();
                    continue;
                }
                if (c is '(' or '[' or '{')
                    depth++;
                else if (c is ')' or ']' or '}' && depth > 0)
                    depth--;
                field.Append(c);
            }
            if (field.Length > 0)
                fields.Add(field.ToString());
            return fields;
        }

        /// <summary>Whitespace, and the byte-order mark an editor may leave at the start of the file.</summary>
        private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
    }
}
