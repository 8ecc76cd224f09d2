using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.Analyzers.Governance
{
    /// <summary>The <c>Expires = "yyyy-MM-dd"</c> of a <c>[ConsentExempt]</c>, read one way for CG0013 (expired) and CG0005 (not a date).</summary>
    internal readonly struct ExemptionExpires
    {
        private ExemptionExpires(ExpressionSyntax value, string text, DateTime? lastDay)
        {
            Value = value;
            Text = text;
            LastDay = lastDay;
        }

        /// <summary>The expression after <c>Expires =</c>: where both rules report, and what the code fix "extend" replaces.</summary>
        public ExpressionSyntax Value { get; }

        public string Text { get; }

        /// <summary>The last day the exemption holds; null when <see cref="Text"/> is not a <c>yyyy-MM-dd</c> date.</summary>
        public DateTime? LastDay { get; }

        /// <summary>The Expires of an attribute already known to be [ConsentExempt]; null when it has none (or <c>Expires = null</c>).</summary>
        public static ExemptionExpires? Of(AttributeSyntax attribute, SemanticModel semanticModel, System.Threading.CancellationToken cancellationToken)
        {
            if (attribute.ArgumentList is not { } arguments)
                return null;
            foreach (var argument in arguments.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText != "Expires")
                    continue;
                var constant = semanticModel.GetConstantValue(argument.Expression, cancellationToken);
                if (!constant.HasValue || constant.Value is null)
                    return null; // no end date (a non-constant is already a compiler error)
                var text = constant.Value as string ?? "";
                return new ExemptionExpires(argument.Expression, text, GovernanceSettings.TryParseDate(text, out var date) ? date : null);
            }
            return null;
        }
    }
}
