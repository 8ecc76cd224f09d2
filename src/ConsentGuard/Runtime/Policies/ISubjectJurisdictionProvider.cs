using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard
{
    /// <summary>
    /// Tells which jurisdiction a data subject falls under (see <see cref="Jurisdictions"/> for the
    /// code format), for policies that exclude purposes in some jurisdictions. It answers with what
    /// the application knows (billing country, residence, account region); null means unknown, and
    /// a policy that needs the answer then treats the subject as excluded.
    /// </summary>
    public interface ISubjectJurisdictionProvider
    {
        /// <summary>The subject's jurisdiction code, or null when unknown.</summary>
        string? GetJurisdiction(string subjectId);

        /// <summary>The subject's jurisdiction code, or null when unknown.</summary>
        ValueTask<string?> GetJurisdictionAsync(string subjectId, CancellationToken cancellationToken = default);

        /// <summary>
        /// Batch form for exports: the known jurisdictions of <paramref name="subjectIds"/>. A subject
        /// missing from the result is unknown.
        /// </summary>
        IReadOnlyDictionary<string, string> GetJurisdictions(IReadOnlyCollection<string> subjectIds);
    }
}
