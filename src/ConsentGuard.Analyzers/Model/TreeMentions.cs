using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
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

        /// <summary>What every compilation asks of every tree (<see cref="ConsentGuardUse"/>): the names of our attributes.</summary>
        private static readonly ImmutableArray<string> AlwaysAsked = WellKnownTypes.AttributeShortNames;

        private readonly SyntaxTree _tree;
        private readonly ConcurrentDictionary<string, bool> _answers = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        private TreeMentions(SyntaxTree tree) => _tree = tree;

        public static TreeMentions Of(SyntaxTree tree) => ByTree.GetValue(tree, t => new TreeMentions(t));

        // -1 until read; a benign race: two threads compute the same bits.
        private int _attributeNameBits = -1;

        /// <summary>
        /// Bit <c>i</c> set when the text contains <c>WellKnownTypes.AttributeShortNames[i]</c>: what every compilation asks of
        /// every tree, answered once per tree, so that a compilation's answer is an OR over its trees (cheap at every keystroke).
        /// </summary>
        public int AttributeNamesMentioned
        {
            get
            {
                if (_attributeNameBits >= 0)
                    return _attributeNameBits;
                var found = Search(AlwaysAsked);
                var bits = 0;
                for (var i = 0; i < AlwaysAsked.Length; i++)
                    if (found.Contains(AlwaysAsked[i]))
                        bits |= 1 << i;
                return _attributeNameBits = bits;
            }
        }

        /// <summary>True when the tree's text contains <paramref name="name"/>.</summary>
        public bool Mentions(string name) => _answers.TryGetValue(name, out var known) ? known : Search(new[] { name }).Contains(name);

        /// <summary>True when the tree's text contains any of <paramref name="names"/>.</summary>
        public bool MentionsAny(string[] names)
        {
            foreach (var name in names)
                if (!_answers.TryGetValue(name, out var known))
                    return Search(names).Overlaps(names);
                else if (known)
                    return true;
            return false;
        }

        /// <summary>
        /// Answers <paramref name="names"/> and every name of <see cref="AlwaysAsked"/> not answered before, in one pass over the
        /// text (the compilation-level questions ask every tree the same few names, and the IDE asks again per keystroke:
        /// cached answers cost a look-up and allocate nothing). Returns the names the text contains.
        /// </summary>
        private HashSet<string> Search(IEnumerable<string> names)
        {
            var text = _tree.GetText().ToString();
            var escaped = text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0 ? EscapedIdentifiers() : null;
            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names.Concat(AlwaysAsked))
            {
                if (_answers.TryGetValue(name, out var known))
                {
                    if (known)
                        found.Add(name);
                    continue;
                }
                var mentioned = text.IndexOf(name, StringComparison.Ordinal) >= 0
                    || escaped is not null && escaped.Any(identifier => identifier.IndexOf(name, StringComparison.Ordinal) >= 0);
                _answers[name] = mentioned;
                if (mentioned)
                    found.Add(name);
            }
            return found;
        }

        /// <summary>Identifiers spelled with Unicode escapes (<c>Personal\u0044ata</c>), by the name they stand for.</summary>
        private List<string> EscapedIdentifiers() =>
            _tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Text != t.ValueText).Select(t => t.ValueText).ToList();
    }
}
