using System.Collections.Generic;

namespace ProNet.Mistakes;

/// <summary>Every headline goes to the corpus; nobody asked anyone.</summary>
public sealed class UncheckedExport(TrainingCorpus corpus)
{
    public void Run(IEnumerable<Profile> profiles)
    {
        foreach (var profile in profiles)
            corpus.Add(profile.Headline); // mistake: no consent check (CG0001)
    }
}
