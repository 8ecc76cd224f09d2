using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public interface IAiConsent
{
    [ConsentCheck(Purposes.GenerativeTraining)] bool MayTrainOn([DataSubject] string memberId);
}

public sealed class AiConsent(IConsentProvider consent) : IAiConsent
{
    public bool MayTrainOn(string memberId) => consent.IsGranted(memberId, Purposes.GenerativeTraining);
}

public abstract class ConsentPolicy
{
    [ConsentCheck(Purposes.GenerativeTraining)] public abstract bool Allows([DataSubject] string memberId);
}

public sealed class StrictPolicy(IConsentProvider consent) : ConsentPolicy
{
    public override bool Allows(string memberId) => consent.IsGranted(memberId, Purposes.GenerativeTraining);
}

public sealed class CachingProvider(IConsentProvider inner) : IConsentProvider
{
    public bool IsGranted(string subjectId, string purpose) => inner.IsGranted(subjectId, purpose);

    public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) =>
        inner.IsGrantedAsync(subjectId, purpose, cancellationToken);

    public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose) =>
        inner.GetGrantedSubjects(subjectIds, purpose);
}

public class Exporter(AiConsent ai, StrictPolicy policy, CachingProvider provider, ICorpus corpus)
{
    public void InterfaceImplementation(Member m)
    {
        if (ai.MayTrainOn(m.Id))
            corpus.Add(m.Headline);
    }

    public void Override(Member m)
    {
        if (!policy.Allows(m.Id)) return;
        corpus.Add(m.Headline);
    }

    public void ProviderImplementation(Member m)
    {
        if (provider.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    }

    public void ProviderImplementationWrongPurpose(Member m)
    {
        if (provider.IsGranted(m.Id, Purposes.Personalization))
            corpus.Add({|CG0003:m.Headline|});
    }

    public void ImplementationDiscarded(Member m)
    {
        {|CG0007:ai.MayTrainOn(m.Id)|};
        corpus.Add({|CG0001:m.Headline|});
    }
}
