using System.Threading;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// What one flow analyzer instance did, counted as it went: how much of a compilation's code it passed over and how
    /// much it analyzed. Read by tests (that a gate really skips work, not that it is fast) and by the benchmarks.
    /// </summary>
    internal sealed class FlowWork
    {
        private int _compilationsSkipped;
        private int _bodiesSeen;
        private int _bodiesAnalyzed;
        private int _summariesComputed;
        private int _summariesSpared;
        private int _guardsComputed;
        private int _fieldWritesComputed;
        private int _fieldWritesSpared;
        private int _storageProbesSpared;

        /// <summary>Compilations where nothing could be personal or nothing a sink (<see cref="FlowScope"/>): no per-body work was registered.</summary>
        public int CompilationsSkipped => Volatile.Read(ref _compilationsSkipped);

        /// <summary>Executable bodies handed to the analyzer in compilations that can hold flows.</summary>
        public int BodiesSeen => Volatile.Read(ref _bodiesSeen);

        /// <summary>Bodies analyzed in full (a control flow graph built and the analysis run in Report mode).</summary>
        public int BodiesAnalyzed => Volatile.Read(ref _bodiesAnalyzed);

        /// <summary>Method summaries computed (a body analysis each, <see cref="FlowSummaries.SummaryOf"/>).</summary>
        public int SummariesComputed => Volatile.Read(ref _summariesComputed);

        /// <summary>Requests for a summary answered without one: the callee can yield no personal data or establish no consent (<see cref="PersonalReach"/>).</summary>
        public int SummariesSpared => Volatile.Read(ref _summariesSpared);

        /// <summary>Helper checks whose guard analysis alone was run (no summary): what they establish is all their callers need.</summary>
        public int GuardsComputed => Volatile.Read(ref _guardsComputed);

        /// <summary>Types whose bodies were all analyzed for what their private storage holds.</summary>
        public int FieldWriteTypesComputed => Volatile.Read(ref _fieldWritesComputed);

        /// <summary>Reads of private storage answered "nothing personal" without analyzing its type's bodies.</summary>
        public int FieldWriteReadsSpared => Volatile.Read(ref _fieldWritesSpared);

        /// <summary>Bodies not probed for storage they send to a sink, because they reach no sink (<see cref="SinkReach"/>).</summary>
        public int StorageProbesSpared => Volatile.Read(ref _storageProbesSpared);

        public void CompilationSkipped() => Interlocked.Increment(ref _compilationsSkipped);

        public void BodySeen() => Interlocked.Increment(ref _bodiesSeen);

        public void BodyAnalyzed() => Interlocked.Increment(ref _bodiesAnalyzed);

        public void SummaryComputed() => Interlocked.Increment(ref _summariesComputed);

        public void SummarySpared() => Interlocked.Increment(ref _summariesSpared);

        public void GuardsOnlyComputed() => Interlocked.Increment(ref _guardsComputed);

        public void FieldWriteTypeComputed() => Interlocked.Increment(ref _fieldWritesComputed);

        public void FieldWriteReadSpared() => Interlocked.Increment(ref _fieldWritesSpared);

        public void StorageProbeSpared() => Interlocked.Increment(ref _storageProbesSpared);
    }
}
