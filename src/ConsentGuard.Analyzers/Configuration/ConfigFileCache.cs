using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// Parses each ConsentGuard.txt content once. An IDE builds a new compilation on every keystroke, and
    /// the file rarely changes in between: the same <see cref="SourceText"/> instance is looked up first, then
    /// the content itself (a host may hand over a fresh SourceText of unchanged content). The content cache is
    /// small and simply starts over when full, so an editing session cannot grow it without bound.
    /// </summary>
    internal sealed class ConfigFileCache
    {
        /// <summary>The process-wide cache the analyzers use.</summary>
        public static readonly ConfigFileCache Shared = new ConfigFileCache(maxContents: 64);

        private readonly int _maxContents;
        private readonly ConditionalWeakTable<SourceText, ParsedConfigFile> _byText = new ConditionalWeakTable<SourceText, ParsedConfigFile>();
        private readonly ConcurrentDictionary<string, ParsedConfigFile> _byContent = new ConcurrentDictionary<string, ParsedConfigFile>(StringComparer.Ordinal);
        private int _parses;

        internal ConfigFileCache(int maxContents) => _maxContents = maxContents;

        /// <summary>How many texts this cache actually parsed; lets tests see it work.</summary>
        internal int ParseCount => Volatile.Read(ref _parses);

        public ParsedConfigFile Get(SourceText text)
        {
            if (_byText.TryGetValue(text, out var parsed))
                return parsed;
            var content = text.ToString();
            if (!_byContent.TryGetValue(content, out parsed))
            {
                Interlocked.Increment(ref _parses);
                parsed = ConfigFileParser.Parse(text);
                if (_byContent.Count >= _maxContents)
                    _byContent.Clear();
                parsed = _byContent.GetOrAdd(content, parsed);
            }
            return _byText.GetValue(text, _ => parsed);
        }
    }
}
