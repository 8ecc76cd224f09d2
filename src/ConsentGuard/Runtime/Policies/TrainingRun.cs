using System;

namespace ConsentGuard
{
    /// <summary>One training run as an <see cref="ITrainingRunRegister"/> remembers it.</summary>
    public sealed class TrainingRun
    {
        /// <summary>Creates the record of a run.</summary>
        public TrainingRun(string runId, string purpose, string? label, DateTimeOffset startedAt, DateTimeOffset? completedAt)
        {
            RunId = runId ?? throw new ArgumentNullException(nameof(runId));
            Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose));
            Label = label;
            StartedAt = startedAt;
            CompletedAt = completedAt;
        }

        /// <summary>The register's id for the run.</summary>
        public string RunId { get; }

        /// <summary>The purpose the run used data for (<see cref="Purposes.GenerativeTraining"/>, …).</summary>
        public string Purpose { get; }

        /// <summary>A human-readable name (model name and version, job id); optional.</summary>
        public string? Label { get; }

        /// <summary>When the run was started.</summary>
        public DateTimeOffset StartedAt { get; }

        /// <summary>When the run was completed; null while it still reads data.</summary>
        public DateTimeOffset? CompletedAt { get; }

        /// <inheritdoc />
        public override string ToString() => $"{RunId} ({Purpose}{(Label is null ? "" : ", " + Label)})";
    }
}
