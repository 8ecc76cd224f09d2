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
        /// Batch look-up used by generated code (<see cref="ConsentBatch"/>): the subset of <paramref name="subjectIds"/>
        /// that have consent in force for <paramref name="purpose"/>. The generated <c>For{Purpose}</c> extension methods
        /// call it once per chunk of up to <see cref="ConsentBatch.DefaultChunkSize"/> elements, so a large export does a
        /// bounded number of store round-trips per chunk instead of one per element.
        /// </summary>
        /// <param name="subjectIds">Distinct, non-empty subject ids (at most one chunk's worth).</param>
        /// <param name="purpose">The purpose, as for <see cref="IsGranted"/>.</param>
        /// <returns>
        /// The granted ids. Ids that were not asked for are ignored by callers. Fails closed: on a store error, return
        /// the subjects it could confirm (possibly none), never more; generated callers also treat an exception or a
        /// null result as "none granted".
        /// </returns>
        ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose);
    }
}
