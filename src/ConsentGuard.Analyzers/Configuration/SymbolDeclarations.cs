using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>What the ConsentGuard.txt files and the catalog say about one symbol, merged over every line that names it.</summary>
    internal sealed class SymbolDeclarations
    {
        private SymbolDeclarations(ImmutableArray<string> sinks, ImmutableArray<ConditionalSink> conditionalSinks, ImmutableArray<string> purposes, ImmutableArray<string> cleared, string? category, string? checkPurpose, bool isAnonymizer)
        {
            Sinks = sinks;
            ConditionalSinks = conditionalSinks;
            Purposes = purposes;
            Cleared = cleared;
            Category = category;
            CheckPurpose = checkPurpose;
            IsAnonymizer = isAnonymizer;
        }

        public ImmutableArray<string> Sinks { get; }

        /// <summary>Sink lines with a <c>when</c>: a sink only for calls whose arguments meet the condition.</summary>
        public ImmutableArray<ConditionalSink> ConditionalSinks { get; }

        public ImmutableArray<string> Purposes { get; }

        public ImmutableArray<string> Cleared { get; }

        public string? Category { get; }

        public string? CheckPurpose { get; }

        public bool IsAnonymizer { get; }

        /// <summary>
        /// Purposes accumulate (several <c>sink</c> lines make a sink for several purposes, as several
        /// attributes would). A symbol has one category and a check one fixed purpose: the first line wins,
        /// the user's files before the catalog, in the order the project lists them.
        /// </summary>
        internal sealed class Builder
        {
            private readonly List<string> _sinks = new List<string>();
            private readonly List<ConditionalSink> _conditionalSinks = new List<ConditionalSink>();
            private readonly List<string> _purposes = new List<string>();
            private readonly List<string> _cleared = new List<string>();
            private string? _category;
            private string? _checkPurpose;
            private bool _isAnonymizer;

            public void Add(ConfigDeclaration declaration)
            {
                var argument = declaration.Argument ?? "";
                switch (declaration.Verb)
                {
                    case DeclarationVerb.Sink when declaration.Condition is { } condition: _conditionalSinks.Add(new ConditionalSink(argument, condition)); break;
                    case DeclarationVerb.Sink: AddOnce(_sinks, argument); break;
                    case DeclarationVerb.Purpose: AddOnce(_purposes, argument); break;
                    case DeclarationVerb.Cleared: AddOnce(_cleared, argument); break;
                    case DeclarationVerb.Source: _category ??= argument; break;
                    case DeclarationVerb.Check: _checkPurpose ??= argument; break;
                    case DeclarationVerb.Anonymizer: _isAnonymizer = true; break;
                }
            }

            public SymbolDeclarations ToImmutable() =>
                new SymbolDeclarations(_sinks.ToImmutableArray(), _conditionalSinks.ToImmutableArray(), _purposes.ToImmutableArray(), _cleared.ToImmutableArray(), _category, _checkPurpose, _isAnonymizer);

            private static void AddOnce(List<string> list, string item)
            {
                if (!list.Contains(item))
                    list.Add(item);
            }
        }
    }

    /// <summary>A sink for <see cref="Purpose"/> in calls that meet <see cref="Condition"/>.</summary>
    internal sealed class ConditionalSink
    {
        public ConditionalSink(string purpose, SinkCondition condition)
        {
            Purpose = purpose;
            Condition = condition;
        }

        public string Purpose { get; }

        public SinkCondition Condition { get; }
    }
}
