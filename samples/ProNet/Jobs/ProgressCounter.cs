using System;
using System.Collections.Generic;

namespace ProNet;

/// <summary>Counts the elements a job reads from its source, and reports every <see cref="Every"/> of them.</summary>
public sealed class ProgressCounter(IProgress<int>? progress)
{
    /// <summary>The generated accessors read 1,024 elements per consent look-up: one report per batch.</summary>
    public const int Every = 1_024;

    public int Count { get; private set; }

    public IEnumerable<T> Track<T>(IEnumerable<T> source)
    {
        foreach (var item in source)
        {
            Count++;
            if (Count % Every == 0)
                progress?.Report(Count);
            yield return item;
        }
    }
}
