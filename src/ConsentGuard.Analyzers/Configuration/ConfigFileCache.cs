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
    internal static class ConfigFileCache
    {
        private const int MaxContents = 64;

        private static readonly ConditionalWeakTable<SourceText, ParsedConfigFile> ByText = new ConditionalWeakTable<SourceText, ParsedConfigFile>();
        private static readonly ConcurrentDictionary<string, ParsedConfigFile> ByContent = new ConcurrentDictionary<string, ParsedConfigFile>(StringComparer.Ordinal);
        private static int s_parses;

        /// <summary>How many texts were actually parsed since the process started; lets tests see the cache work.</summary>
        internal static int ParseCount => Volatile.Read(ref s_parses);

        public static ParsedConfigFile Get(SourceText text)
        {
            if (ByText.TryGetValue(text, out var parsed))
                return parsed;
            var content = text.ToString();
            if (!ByContent.TryGetValue(content, out parsed))
            {
                Interlocked.Increment(ref s_parses);
                parsed = ConfigFileParser.Parse(text);
                if (ByContent.Count >= MaxContents)
                    ByContent.Clear();
                parsed = ByContent.GetOrAdd(content, parsed);
            }
            return ByText.GetValue(text, _ => parsed);
        }
    }
}
