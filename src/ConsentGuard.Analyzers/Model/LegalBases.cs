using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// The legal basis of every purpose that declares one: <c>[assembly: LegalBasis]</c> of this compilation first, then
    /// the <c>basis</c> lines of its ConsentGuard.txt files, then referenced assemblies' attributes. A purpose without a valid
    /// declaration rests on consent, the stricter basis, so an invalid or conflicting declaration can only ever make the
    /// analysis stricter. Built once per compilation by <see cref="ConsentModel"/>.
    /// </summary>
    internal sealed class LegalBases
    {
        private readonly Dictionary<string, LegalBasisDeclaration> _byPurpose;

        private LegalBases(Dictionary<string, LegalBasisDeclaration> byPurpose, ImmutableArray<LegalBasisDeclaration> all, ImmutableArray<LegalBasisProblem> problems)
        {
            _byPurpose = byPurpose;
            All = all;
            Problems = problems;
        }

        /// <summary>The declarations in force, one per purpose, in the order they were read.</summary>
        public ImmutableArray<LegalBasisDeclaration> All { get; }

        /// <summary>What is wrong with this compilation's own declarations (never a referenced assembly's).</summary>
        public ImmutableArray<LegalBasisProblem> Problems { get; }

        /// <summary>The declaration in force for <paramref name="purpose"/>; null means consent by default.</summary>
        public LegalBasisDeclaration? Of(string? purpose) =>
            purpose is not null && _byPurpose.TryGetValue(purpose, out var declaration) ? declaration : null;

        public bool IsLegitimateInterest(string? purpose) => Of(purpose)?.IsLegitimateInterest == true;

        public static LegalBases Read(Compilation compilation, INamedTypeSymbol? attributeType, ImmutableArray<LegalBasisDeclaration> configLines, Func<IAssemblySymbol, bool> canDeclare)
        {
            var byPurpose = new Dictionary<string, LegalBasisDeclaration>(StringComparer.Ordinal);
            var order = ImmutableArray.CreateBuilder<LegalBasisDeclaration>();
            var problems = ImmutableArray.CreateBuilder<LegalBasisProblem>();

            void Add(LegalBasisDeclaration declaration)
            {
                byPurpose.Add(declaration.Purpose, declaration);
                order.Add(declaration);
            }

            foreach (var attribute in Attributes(compilation.Assembly, attributeType))
            {
                var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;
                var read = ReadAttribute(attribute, location, inThisCompilation: true, out var problem);
                if (problem is not null)
                    problems.Add(new LegalBasisProblem(purpose: AttributeReader.FirstString(attribute) ?? "", location, problem, isConfigLine: false));
                else if (read is not null && byPurpose.ContainsKey(read.Purpose))
                    problems.Add(new LegalBasisProblem(read.Purpose, location, "the legal basis of '" + read.Purpose + "' is already declared; a purpose has one basis", isConfigLine: false));
                else if (read is not null)
                    Add(read);
            }
            foreach (var line in configLines)
            {
                if (byPurpose.ContainsKey(line.Purpose))
                    problems.Add(new LegalBasisProblem(line.Purpose, line.Location, "the legal basis of '" + line.Purpose + "' is already declared by [assembly: LegalBasis]; this line is ignored", isConfigLine: true));
                else
                    Add(line);
            }
            // Only an assembly that references ConsentGuard can apply its attribute (the framework's are not read at every keystroke).
            foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols.Where(canDeclare))
                foreach (var attribute in Attributes(referenced, attributeType))
                    if (ReadAttribute(attribute, Location.None, inThisCompilation: false, out _) is { } read && !byPurpose.ContainsKey(read.Purpose))
                        Add(read);
            return new LegalBases(byPurpose, order.ToImmutable(), problems.ToImmutable());
        }

        private static IEnumerable<AttributeData> Attributes(IAssemblySymbol assembly, INamedTypeSymbol? attributeType) =>
            attributeType is null ? Enumerable.Empty<AttributeData>() : assembly.GetAttributes().Where(a => AttributeReader.Is(a, attributeType));

        /// <summary>
        /// One attribute: a valid declaration, or null with the problem (null too, without a problem, for an attribute whose
        /// purpose is not a purpose name: CG0005 reports that at the argument already).
        /// </summary>
        private static LegalBasisDeclaration? ReadAttribute(AttributeData attribute, Location location, bool inThisCompilation, out string? problem)
        {
            problem = null;
            var purpose = AttributeReader.FirstString(attribute);
            if (!ConsentModel.IsWellFormedPurpose(purpose) || attribute.ConstructorArguments.Length < 2)
                return null;
            if (attribute.ConstructorArguments[1].Value is not int value || !Enum.IsDefined(typeof(LegalBasisKind), value))
            {
                problem = "the basis is neither LegalBasisKind.Consent nor LegalBasisKind.LegitimateInterest";
                return null;
            }
            var kind = (LegalBasisKind)value;
            var assessment = AttributeReader.NamedString(attribute, "Assessment");
            var noticeDate = AttributeReader.NamedString(attribute, "NoticeDate");
            problem = LegalBasisRules.Problem(kind, assessment, noticeDate);
            if (problem is not null)
                return null;
            return kind == LegalBasisKind.Consent
                ? new LegalBasisDeclaration(purpose!, kind, null, null, location, inThisCompilation)
                : new LegalBasisDeclaration(purpose!, kind, assessment!.Trim(), noticeDate, location, inThisCompilation);
        }
    }

    /// <summary>An invalid or conflicting basis declaration of this compilation: CG0005 on an attribute, CG0010 on a ConsentGuard.txt line.</summary>
    internal sealed class LegalBasisProblem
    {
        public LegalBasisProblem(string purpose, Location location, string message, bool isConfigLine)
        {
            Purpose = purpose;
            Location = location;
            Message = message;
            IsConfigLine = isConfigLine;
        }

        public string Purpose { get; }
        public Location Location { get; }

        /// <summary>What is wrong, as a clause: "legitimate interest needs …".</summary>
        public string Message { get; }

        public bool IsConfigLine { get; }
    }
}
