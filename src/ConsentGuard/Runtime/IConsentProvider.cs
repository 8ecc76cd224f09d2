using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard
{
    /// <summary>
    /// Answers whether a person consented to a purpose. Implementations fail closed: an unknown
    /// subject, an unknown purpose, revoked consent or a store error all mean "not granted", never
    /// an exception that a caller could swallow into "granted".
    /// </summary>
    public interface IConsentProvider
    {
        /// <summary>True only when <paramref name="subjectId"/> has consent in force for <paramref name="purpose"/>.</summary>
        [ConsentCheck]
        bool IsGranted([DataSubject] string subjectId, string purpose);

        /// <summary>True only when <paramref name="subjectId"/> has consent in force for <paramref name="purpose"/>.</summary>
        [ConsentCheck]
        ValueTask<bool> IsGrantedAsync([DataSubject] string subjectId, string purpose, CancellationToken cancellationToken = default);

        /// <summary>
        /// Batch look-up used by generated code: the subset of <paramref name="subjectIds"/> that have
        /// consent in force for <paramref name="purpose"/>. One call per chunk, so a large export does a
        /// bounded number of store round-trips. Fails closed: on error, returns the subjects it could
        /// confirm (possibly none), never more.
        /// </summary>
        ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose);
    }
}
