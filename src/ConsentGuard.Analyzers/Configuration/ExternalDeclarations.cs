using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// Declarations of third-party APIs that carry none of our attributes: the ConsentGuard.txt files of
    /// the compilation (SPEC §7) and the built-in catalog. Read by <see cref="Model.ConsentModel"/> as if
    /// the attributes were there. Resolved once per compilation.
    /// </summary>
    internal sealed class ExternalDeclarations
    {
        public static readonly ExternalDeclarations Empty = new ExternalDeclarations();

        private ExternalDeclarations() { }

        /// <summary>True when no declaration resolved to a symbol of this compilation.</summary>
        public bool IsEmpty => true;

        /// <summary>Reads the compilation's ConsentGuard.txt files and, unless turned off, the built-in catalog.</summary>
        public static ExternalDeclarations Create(Compilation compilation, AnalyzerOptions? options, Func<string, bool> isKnownPurpose) => Empty;

        /// <summary>Purposes for which <paramref name="symbol"/> (a method: all its parameters; a property or field: assigned values; a type: as [ConsentSink] on it) is a sink.</summary>
        public ImmutableArray<string> SinkPurposesOf(ISymbol symbol) => ImmutableArray<string>.Empty;

        /// <summary>The category name (a <c>PersonalDataCategory</c> member) when <paramref name="symbol"/> is declared a source of personal data.</summary>
        public string? SourceCategoryOf(ISymbol symbol) => null;

        /// <summary>Purposes declared for <paramref name="symbol"/>'s data (as [ConsentPurpose]).</summary>
        public ImmutableArray<string> DeclaredPurposesOf(ISymbol symbol) => ImmutableArray<string>.Empty;

        /// <summary>The purpose when <paramref name="method"/> is declared a consent check.</summary>
        public string? CheckPurposeOf(IMethodSymbol method) => null;

        /// <summary>Purposes <paramref name="method"/>'s return value is declared cleared for.</summary>
        public ImmutableArray<string> ClearedPurposesOf(IMethodSymbol method) => ImmutableArray<string>.Empty;

        /// <summary>True when <paramref name="method"/> is declared an anonymizer.</summary>
        public bool IsAnonymizer(IMethodSymbol method) => false;
    }
}
