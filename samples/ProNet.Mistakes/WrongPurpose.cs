using System.Collections.Generic;
using ConsentGuard;

namespace ProNet.Mistakes;

/// <summary>A check is there, but the member agreed to a personalized feed, not to training a model.</summary>
public sealed class WrongPurposeExport(IConsentProvider consent, TrainingCorpus corpus)
{
    public void Run(IEnumerable<Profile> profiles)
    {
        foreach (var profile in profiles)
        {
            if (consent.IsGranted(profile.MemberId, Purposes.Personalization))
                corpus.Add(profile.Headline); // mistake: consent for another purpose (CG0003)
        }
    }
}
