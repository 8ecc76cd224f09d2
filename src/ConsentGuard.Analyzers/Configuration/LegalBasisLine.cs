using System.Collections.Generic;
using ConsentGuard.Analyzers.Model;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// A <c>basis</c> line of ConsentGuard.txt, as <c>[assembly: LegalBasis]</c> for a purpose:
    /// <c>basis PURPOSE consent</c> or <c>basis PURPOSE legitimate-interest ASSESSMENT NOTICE-DATE</c>. It names a purpose,
    /// not a symbol, so it is not a <see cref="ConfigDeclaration"/>; whether the purpose is known is checked against the
    /// compilation (<see cref="ExternalDeclarations"/>).
    /// </summary>
    internal sealed class LegalBasisLine
    {
        public const string Verb = "basis";
        public const string Usage = "basis PURPOSE consent' or 'basis PURPOSE legitimate-interest ASSESSMENT yyyy-MM-dd";

        public LegalBasisLine(string purpose, LegalBasisKind kind, string? assessment, string? noticeDate, ConfigLine line)
        {
            Purpose = purpose;
            Kind = kind;
            Assessment = assessment;
            NoticeDate = noticeDate;
            Line = line;
        }

        public string Purpose { get; }
        public LegalBasisKind Kind { get; }
        public string? Assessment { get; }
        public string? NoticeDate { get; }
        public ConfigLine Line { get; }

        /// <summary>Parses the fields of a line whose verb is <see cref="Verb"/>: a basis, or a problem.</summary>
        public static ConfigProblem? Parse(List<string> fields, ConfigLine line, out LegalBasisLine? basis)
        {
            basis = null;
            if (fields.Count < 3)
                return new ConfigProblem(line, "expected '" + Usage + "', found " + fields.Count + " fields");
            var purpose = fields[1];
            if (!ConsentModel.IsWellFormedPurpose(purpose))
                return new ConfigProblem(line, "'" + DocumentationId.Shorten(purpose) + "' is not a purpose name (a C# identifier)");
            if (!LegalBasisRules.TryParseKind(fields[2], out var kind))
                return new ConfigProblem(line, "unknown legal basis '" + DocumentationId.Shorten(fields[2]) + "'; expected " + LegalBasisRules.ConsentName + " or " + LegalBasisRules.LegitimateInterestName);
            var expected = kind == LegalBasisKind.Consent ? 3 : 5;
            if (fields.Count != expected)
                return new ConfigProblem(line, "expected '" + Usage + "', found " + fields.Count + " fields");
            var assessment = kind == LegalBasisKind.Consent ? null : fields[3];
            var noticeDate = kind == LegalBasisKind.Consent ? null : fields[4];
            if (LegalBasisRules.Problem(kind, assessment, noticeDate) is { } problem)
                return new ConfigProblem(line, problem);
            basis = new LegalBasisLine(purpose, kind, assessment, noticeDate, line);
            return null;
        }
    }
}
