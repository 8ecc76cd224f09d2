using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>One well-formed line of a ConsentGuard.txt file (or of the built-in catalog), not yet resolved to symbols.</summary>
    internal sealed class ConfigDeclaration
    {
        public ConfigDeclaration(DeclarationVerb verb, string? argument, DocumentationId id, ConfigLine line, SinkCondition? condition = null)
        {
            Verb = verb;
            Argument = argument;
            Id = id;
            Line = line;
            Condition = condition;
        }

        /// <summary>The same line for another purpose (a catalog group's configured one).</summary>
        public ConfigDeclaration WithArgument(string argument) => new ConfigDeclaration(Verb, argument, Id, Line, Condition);

        public DeclarationVerb Verb { get; }

        /// <summary>The purpose (or, for <c>source</c>, the category); null for <c>anonymizer</c>.</summary>
        public string? Argument { get; }

        public DocumentationId Id { get; }

        public ConfigLine Line { get; }

        /// <summary>For a <c>sink</c> line ending in <c>when PARAMETER=VALUE</c>: the argument value that makes a call a sink.</summary>
        public SinkCondition? Condition { get; }
    }

    /// <summary>Where a line is in its file: what a CG0010 on it points at.</summary>
    internal readonly struct ConfigLine
    {
        public ConfigLine(int number, TextSpan span, LinePositionSpan positions)
        {
            Number = number;
            Span = span;
            Positions = positions;
        }

        /// <summary>1-based, as editors and the CG0010 message count.</summary>
        public int Number { get; }

        /// <summary>The whole line without its line break.</summary>
        public TextSpan Span { get; }

        public LinePositionSpan Positions { get; }
    }

    /// <summary>What is wrong with one line, before it has a file path and becomes a diagnostic.</summary>
    internal sealed class ConfigProblem
    {
        public ConfigProblem(ConfigLine line, string message)
        {
            Line = line;
            Message = message;
        }

        public ConfigLine Line { get; }

        /// <summary>Fills the "{1}" of CG0010's message: "ConsentGuard.txt line {0}: {1}".</summary>
        public string Message { get; }
    }
}
