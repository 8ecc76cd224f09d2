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

        /// <summary>Compilations where nothing could be personal or nothing a sink (<see cref="FlowScope"/>): no per-body work was registered.</summary>
        public int CompilationsSkipped => Volatile.Read(ref _compilationsSkipped);

        /// <summary>Executable bodies handed to the analyzer in compilations that can hold flows.</summary>
        public int BodiesSeen => Volatile.Read(ref _bodiesSeen);

        /// <summary>Bodies analyzed in full (a control flow graph built and the analysis run in Report mode).</summary>
        public int BodiesAnalyzed => Volatile.Read(ref _bodiesAnalyzed);

        public void CompilationSkipped() => Interlocked.Increment(ref _compilationsSkipped);

        public void BodySeen() => Interlocked.Increment(ref _bodiesSeen);

        public void BodyAnalyzed() => Interlocked.Increment(ref _bodiesAnalyzed);
    }
}
