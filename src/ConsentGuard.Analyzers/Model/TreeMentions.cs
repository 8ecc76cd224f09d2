using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// Which names one syntax tree's text contains, kept per tree: the IDE makes a new compilation on every keystroke, but
    /// only the edited tree is new, so only it is searched again. A plain text search over-approximates every way code can
    /// name a symbol (declarations, attributes, calls, aliases; comments only add false "yes"), except an identifier spelled
    /// with Unicode escapes (<c>IsGr\u0061nted</c>): a tree whose text holds <c>\u</c> is also read token by token.
    /// </summary>
    internal sealed class TreeMentions
    {
        private static readonly ConditionalWeakTable<SyntaxTree, TreeMentions> ByTree = new ConditionalWeakTable<SyntaxTree, TreeMentions>();

        private readonly SyntaxTree _tree;
        private readonly ConcurrentDictionary<string, bool> _answers = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        private TreeMentions(SyntaxTree tree) => _tree = tree;

        public static TreeMentions Of(SyntaxTree tree) => ByTree.GetValue(tree, t => new TreeMentions(t));

        /// <summary>True when the tree's text contains any of <paramref name="names"/>.</summary>
        public bool MentionsAny(IReadOnlyCollection<string> names)
        {
            Search(names);
            return names.Any(name => _answers[name]);
        }

        /// <summary>The subset of <paramref name="names"/> the tree's text contains.</summary>
        public IEnumerable<string> Which(IReadOnlyCollection<string> names)
        {
            Search(names);
            return names.Where(name => _answers[name]);
        }

        /// <summary>Answers every name not asked before, in one pass over the text (a tree is read once however many names are asked).</summary>
        private void Search(IReadOnlyCollection<string> names)
        {
            var unknown = names.Where(name => !_answers.ContainsKey(name)).ToList();
            if (unknown.Count == 0)
                return;
            var text = _tree.GetText().ToString();
            var escaped = text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0 ? EscapedIdentifiers() : null;
            foreach (var name in unknown)
                _answers[name] = text.IndexOf(name, StringComparison.Ordinal) >= 0
                    || escaped is not null && escaped.Any(identifier => identifier.IndexOf(name, StringComparison.Ordinal) >= 0);
        }

        /// <summary>Identifiers spelled with Unicode escapes (<c>Personal\u0044ata</c>), by the name they stand for.</summary>
        private List<string> EscapedIdentifiers() =>
            _tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Text != t.ValueText).Select(t => t.ValueText).ToList();
    }
}
