using System;
using System.Collections.Generic;

namespace ConsentGuard
{
    /// <summary>
    /// Remembers which subjects' data each training run used, so that when someone later withdraws
    /// consent the runs (and so the models) that hold their data can be listed for retraining or
    /// unlearning. Every method throws on failure: a lost record of use, or a look-up that silently
    /// found nothing, would hide exactly the runs a revocation must reach.
    /// </summary>
    public interface ITrainingRunRegister
    {
        /// <summary>Starts a run that uses data for <paramref name="purpose"/>.</summary>
        TrainingRun StartRun(string purpose, string? label = null);

        /// <summary>
        /// Records that the run read the data of <paramref name="subjectIds"/>, now. Recording a subject
        /// again keeps its first use: the model has held the data since then.
        /// </summary>
        /// <exception cref="InvalidOperationException">The run is unknown or already completed.</exception>
        void RecordSubjects(string runId, IEnumerable<string> subjectIds);

        /// <summary>Marks the run completed: it reads no more data.</summary>
        /// <exception cref="InvalidOperationException">The run is unknown.</exception>
        TrainingRun CompleteRun(string runId);

        /// <summary>The run with id <paramref name="runId"/>, or null.</summary>
        TrainingRun? FindRun(string runId);

        /// <summary>
        /// The runs for <paramref name="purpose"/> that read <paramref name="subjectId"/>'s data at or
        /// before <paramref name="revokedAt"/>, oldest first. A use at the very instant of the revocation
        /// is listed: the register errs on the side of listing a run.
        /// </summary>
        IReadOnlyList<TrainingRun> GetRunsAffectedByRevocation(string subjectId, string purpose, DateTimeOffset revokedAt);
    }
}
